/* Pilots as a user edits them (docs/planung.md "Piloten"): create, rename, delete, members,
 * status, OZG link, checklist. Each function checks its input against the workspace first
 * (nothing is written when it fails; the message names the bad argument), then changes w
 * and writes the pilot within the caller's transaction (store_begin). If the write fails,
 * roll back and reload: w may then differ from the file. */
#ifndef WP_DATA_STORE_PILOT_H
#define WP_DATA_STORE_PILOT_H

#include <stddef.h>
#include <stdint.h>

#include "data/store.h"

/* Index of the pilot called name (exact match first, then ignoring case), or WP_NONE. */
uint32_t pilot_find(const struct ws *w, const char *name);

/* Creates a pilot (status Idee) with goal ziel and OZG link ozg (either may be NULL or "").
 * The name must be non-empty, valid UTF-8 without control characters, at most 100 bytes,
 * and differ (ignoring case) from every other pilot's. Stores its index in *out (may be
 * NULL). Returns 0, -WP_EINVAL, -WP_EEXIST or another -WP_E*. */
int store_pilot_create(struct store *s, struct ws *w, const char *name, const char *ziel,
		       const char *ozg, uint32_t *out, struct wp_err *e);
/* Renames pilot pi (same rules for the new name). */
int store_pilot_rename(struct store *s, struct ws *w, uint32_t pi, const char *name,
		       struct wp_err *e);
/* Gives pilot pi, stored without members or checklist yet, the store id id of a pilot
 * deleted before (an undone deletion keeps the id the journal names it by). */
int store_pilot_set_id(struct store *s, struct ws *w, uint32_t pi, int64_t id,
		       struct wp_err *e);
/* Deletes pilot pi with its members and checklist; indexes of later pilots shift down. */
int store_pilot_delete(struct store *s, struct ws *w, uint32_t pi, struct wp_err *e);
/* Adds (add != 0) or removes the n objects objs[] to / from pilot pi. Refuses the whole
 * call (-WP_EEXIST / -WP_ENOTFOUND) if an object is already / not a member, or named twice.
 * Members stay ordered by Kennung. */
int store_pilot_members(struct store *s, struct ws *w, uint32_t pi, int add,
			const uint32_t *objs, size_t n, struct wp_err *e);
/* Sets the status (enum pilot_status). */
int store_pilot_status(struct store *s, struct ws *w, uint32_t pi, int status,
		       struct wp_err *e);
/* Sets the OZG link: one OZG id (1–6 digits), one 14-digit LeiKa key, or "" for none. */
int store_pilot_ozg(struct store *s, struct ws *w, uint32_t pi, const char *ozg,
		    struct wp_err *e);
/* Appends an open checklist item (non-empty text, valid UTF-8, at most 500 bytes). */
int store_pilot_todo_add(struct store *s, struct ws *w, uint32_t pi, const char *text,
			 struct wp_err *e);
/* Marks checklist item nr (1-based, as listed) done (done != 0) or open again. */
int store_pilot_todo_done(struct store *s, struct ws *w, uint32_t pi, size_t nr, int done,
			  struct wp_err *e);

#endif
