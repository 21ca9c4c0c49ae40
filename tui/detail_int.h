/* Inside the Objekt-Detail (tui/detail.h): its state and rows, shared by the view
 * (view_detail.c), the rows (detail_rows.c) and the editing overlays (detail_edit.c).
 * Not for other views. */
#ifndef WP_TUI_DETAIL_INT_H
#define WP_TUI_DETAIL_INT_H

#include <stddef.h>
#include <stdint.h>

#include "tui/table.h"
#include "tui/view.h"

enum row_kind {
	R_HEAD,    /* group heading: msgid in text (static) */
	R_FIELD,   /* editable field a (EDIT_CRIT for criteria) */
	R_INFO,    /* computed value a (enum info) */
	R_DEP_OUT, /* this object benötigt object b */
	R_DEP_IN,  /* object b benötigt this object */
	R_ADD_OUT, /* "add what it benötigt" */
	R_ADD_IN,  /* "add who benötigt it" */
	R_NONE,    /* "(keine)" under a dependency heading */
	R_VERDICT, /* platform b: owned reason text */
	R_TEXT,    /* a line of the explanation: owned text */
	R_OZG,     /* an OZG / LeiKa id with its catalogue name: owned text */
};

enum info { I_SCHUTZ, I_BEREIT, I_STRAT, I_AUFWAND, I_EMPF };

struct drow {
	uint8_t kind;
	int a;
	uint32_t b;
	char *text; /* owned for R_VERDICT, R_TEXT and R_OZG; a static msgid for R_HEAD */
};

struct detail {
	const struct view_env *env;
	struct session *ses;
	struct table t;   /* all rows; in the wide layout the rows before split */
	struct table t2;  /* wide layout: the rows from split on (verdicts, explanation) */
	size_t split;     /* first row of the verdicts (the right pane when wide) */
	int wide;         /* 1: two panes side by side */
	int focus;        /* wide: 0 left pane, 1 right pane */
	int lw;           /* wide: width of the left pane */
	struct drow *rows;
	size_t n_rows, cap;
	uint32_t o;       /* object shown, WP_NONE if none */
	int64_t id;       /* its store id: survives index shifts */
	unsigned gen;     /* session generation the rows were built for */
	int width;        /* width the explanation was wrapped for */
	int built_wide;   /* the layout (wide or not) the rows were split for */
	int height;
	/* what the open editing overlay is about (tui/overlay.h holds the overlay itself) */
	int fld;          /* the field being edited */
	int ekind;        /* its enum kind, for the value pick list */
	uint32_t dep_von, dep_zu; /* the dependency whose label is asked for */
};

/* ---- rows (detail_rows.c) ---- */

/* Rebuilds every row for the object of p->id (after a change or a new object), keeping
 * the selection's place. Returns 0 or -WP_ENOMEM. */
int detail_build(struct detail *p);
/* Rebuilds when the session changed something since the last build. */
void detail_sync(struct detail *p);
/* Frees the rows' texts (the array stays for reuse). */
void detail_free_rows(struct detail *p);
/* 1 if row can hold the selection. */
int detail_row_selectable(const void *ctx, size_t row);
/* Display label of a field (msgid); the enum kind of a field or -1 (free text, Behörde);
 * what an empty value means (msgid). */
const char *detail_field_title(int f);
int detail_field_enum(const struct ws *w, int f);
const char *detail_empty_text(int f);
/* The computed value `which` (enum info) of the object shown, into buf; its label
 * (msgid). */
void detail_info_text(const struct detail *p, int which, char *buf, size_t n);
const char *detail_info_title(int which);

/* ---- editing overlays (detail_edit.c); each returns 0 or -WP_ENOMEM ---- */

/* Edits field fld of the object shown: a pick list for fixed values and the Behörde,
 * else a prompt that refuses an invalid value with the reason and stays open. */
int detail_edit_field(struct detail *p, int fld);
/* The searchable list of objects for a new dependency (incoming: who needs the object
 * shown), then the prompt for its label. */
int detail_pick_dep(struct detail *p, int incoming);
/* The confirmation before deleting the object shown, naming its dependents. */
int detail_confirm_delete(struct detail *p);
/* The forms for a new object (with the Behörde of the object shown preselected when
 * in_detail) and a new Behörde. A new object is then shown in the Objekt-Detail (an app
 * request, tui/request.h). */
int detail_form_object(struct detail *p, int in_detail);
int detail_form_behoerde(struct detail *p);

#endif
