/* Objekt-Detail: one object with all its fields in groups, its dependencies in both
 * directions, the verdict per platform with the reason, and the full explanation of the
 * assessment. Fields are edited in place (pick lists for fixed values, a prompt with a
 * validation line for text, numbers and dates); every confirmed edit goes through the
 * session (one transaction, re-score). Not a tab: the app opens it over the Inventar
 * (Enter) and closes it with Esc. It also hosts the forms for a new object and a new
 * Behörde, drawn over the view beneath. */
#ifndef WP_TUI_DETAIL_H
#define WP_TUI_DETAIL_H

#include <stdint.h>

#include "tui/view.h"

extern const struct view_ops view_detail_ops;

/* Shows object o (index into env->ws) in the detail view v, scrolled to the top. */
void detail_show(struct view *v, uint32_t o);
/* Opens the form for a new object / a new Behörde in v. With overlay set, the view
 * beneath stays visible and the detail closes (VF_CLOSE) when the form is done or
 * cancelled; a new object is then shown in the detail. */
int detail_new_object(struct view *v, int overlay);
int detail_new_behoerde(struct view *v, int overlay);
/* Asks whether to delete the object shown (the confirmation names its dependents). */
void detail_ask_delete(struct view *v);
/* 1 while v only hosts a form over the view beneath (the app draws that view first). */
int detail_overlay(const struct view *v);
/* 1 while a widget (pick list, prompt, confirmation, form) is open in v. */
int detail_modal(const struct view *v);

#endif
