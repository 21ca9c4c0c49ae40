/* The decision log (docs/beschluesse.md): what a body decided, when, and what it names —
 * objects, pilots, waves, a scenario. A decision is never rewritten: it is recorded and
 * may be removed, nothing else. Linked objects and pilots are held by store id next to
 * their Kennung or name as decided, so a decision stays readable after they are deleted.
 * Pure C11, no I/O. */
#ifndef WP_MODEL_BESCHLUSS_H
#define WP_MODEL_BESCHLUSS_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

enum bes_link_art { BL_OBJEKT, BL_PILOT, BL_WELLE, BL__N };

struct bes_link {
	uint8_t art;      /* enum bes_link_art */
	int64_t ref;      /* store id of the object or pilot (0 = deleted since), wave number */
	const char *text; /* Kennung or pilot name as decided (pool string), NULL for a wave */
};

struct beschluss {
	int64_t id;                  /* store id */
	int32_t datum;               /* days since 1970-01-01 */
	const char *gremium, *text;  /* pool strings, never empty */
	const char *szenario;        /* pool string, "" = none */
	int64_t erstellt;            /* unix seconds when recorded */
	struct bes_link *links;      /* owned by the decision: objects, pilots, waves in order */
	size_t n_links;
};

/* Frees the links of the n decisions b[] (not b itself). */
void beschluss_free_links(struct beschluss *b, size_t n);
/* Orders the log: by date, then when recorded, then store id. The list numbers the CLI
 * and the dashboard show are positions in this order, counted from 1. */
void beschluss_sort(struct beschluss *b, size_t n);
/* Number of links of kind art in b. */
size_t beschluss_n_links(const struct beschluss *b, int art);
/* 1 if b names the object / pilot with store id id (id > 0), else 0. */
int beschluss_nennt(const struct beschluss *b, int art, int64_t id);
/* The object the object link l stands for, or WP_NONE when it was deleted. Uses the
 * Kennung index (ws_index current) and falls back to a scan when the Kennung changed. */
uint32_t beschluss_link_objekt(const struct ws *w, const struct bes_link *l);
/* The pilot the pilot link l stands for, or WP_NONE when it was deleted. */
uint32_t beschluss_link_pilot(const struct ws *w, const struct bes_link *l);
/* The links of kind art of b as one line: "AB-001, AB-002 (gelöscht)", waves as numbers,
 * "" for none (German msgids through gettext). snprintf contract. */
int beschluss_links_text(const struct ws *w, const struct beschluss *b, int art, char *buf,
			 size_t size);
/* b in one line for a short block (the object's and the pilot's decisions): "TT.MM.JJJJ
 * Gremium: Text" (ISO date unless german). snprintf contract. */
int beschluss_kurz(const struct beschluss *b, int german, char *buf, size_t size);
/* The object b names when it names exactly one, for "Enter opens it": returns 1 and its
 * index in *obj when that object still exists, else 0. */
int beschluss_ein_objekt(const struct ws *w, const struct beschluss *b, uint32_t *obj);

#endif
