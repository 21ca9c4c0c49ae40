/* Behörden as data you can fix (docs/behoerden.md): rename, move under another parent,
 * merge one into another and remove an empty one. Shared by `wolkenplan behoerde` and the
 * dashboard's Behörden tree. Each operation checks first, changes the workspace in memory
 * and writes it in ONE transaction (store_tx); on any failure the workspace in memory is
 * as it was and nothing is stored. Given a journal (data/edit.h; l may be NULL) each is
 * one undo step that restores exactly what was (the removed Behörde comes back with its
 * store id, its index and its fields). Names are compared as model/behname.h says:
 * trimmed, whitespace collapsed, ignoring case; they are unique in a workspace. */
#ifndef WP_DATA_EDIT_BEHOERDE_H
#define WP_DATA_EDIT_BEHOERDE_H

#include <stddef.h>
#include <stdint.h>

#include "data/edit.h"
#include "data/store.h"
#include "model/err.h"
#include "model/ws.h"

/* What a step did, as the journal describes it and the dashboard reports it (msgids with
 * printf formats, translate where used): the Behörde's name, then the other's. */
#define BEH_TXT_UMBENANNT N_("Behörde \"%s\" umbenannt in \"%s\"")
#define BEH_TXT_UNTER N_("Behörde \"%s\" unter \"%s\"")
#define BEH_TXT_OBEN N_("Behörde \"%s\" auf oberster Ebene")
#define BEH_TXT_ZUSAMMEN N_("Behörde \"%s\" mit \"%s\" zusammengeführt")
#define BEH_TXT_ENTFERNT N_("Behörde \"%s\" entfernt")
#define BEH_TXT_GONE N_("die Behörde gibt es nicht mehr")

/* Longest Behörde name in bytes (after normalising). */
#define BEH_NAME_MAX 255

/* Normalises name (model/behname.h) into out (n > BEH_NAME_MAX bytes) and checks it as the
 * name of Behörde self (WP_NONE: a new one): not empty, at most BEH_NAME_MAX bytes, and no
 * other Behörde named like it ignoring case. Returns 0, -WP_EINVAL or -WP_EEXIST (message
 * in e). */
int edit_beh_name_check(const struct ws *w, const char *name, uint32_t self, char *out,
			size_t n, struct wp_err *e);

/* Renames Behörde b to name (normalised). The same name in other letter case is allowed
 * for b itself; a name another Behörde has (ignoring case) is refused with -WP_EEXIST and
 * the hint to merge instead. */
int edit_beh_rename(struct edit_log *l, struct store *s, struct ws *w, uint32_t b,
		    const char *name, struct wp_err *e);
/* Puts Behörde b under parent (WP_NONE: the top level). Refuses (-WP_EINVAL) a parent
 * that is b itself or lies below b. Moving to where it is already is no error (and is
 * journaled like any step). */
int edit_beh_move(struct edit_log *l, struct store *s, struct ws *w, uint32_t b,
		  uint32_t parent, struct wp_err *e);
/* Merges Behörde von into nach: von's objects go to nach, von's child Behörden go under
 * nach, nach takes von's KGSt number and contact where its own are empty, and von is
 * removed. Refuses (-WP_EINVAL) von == nach and a nach that lies below von. Indexes of
 * Behörden above von shift down by one (object indexes stay). */
int edit_beh_merge(struct edit_log *l, struct store *s, struct ws *w, uint32_t von,
		   uint32_t nach, struct wp_err *e);
/* Removes Behörde b if it is empty: no objects and no child Behörden; otherwise
 * -WP_EINVAL with a message naming what is in it. Higher indexes shift down by one. */
int edit_beh_remove(struct edit_log *l, struct store *s, struct ws *w, uint32_t b,
		    struct wp_err *e);

#endif
