/* Renders explanations as German text (gettext msgids) that reads like an argument for a
 * committee: the full reasoning for one object, a one-line verdict reason, and the codes of
 * the red lines in question for the CSV column Rote_Linien. snprintf-style only, no I/O. */
#ifndef WP_MODEL_EXPLAIN_TEXT_H
#define WP_MODEL_EXPLAIN_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "model/assess.h"

/* The full explanation of object obj under assessment a (from assess_run on w, unchanged
 * since) as lines separated by '\n': Schutzbedarf, red lines (all platforms, or only pf
 * unless pf is WP_NONE), recommended platform, readiness, strategy, effort, quick win and
 * pilot. Returns a malloc'd NUL-terminated string owned by the caller (free()), or NULL on
 * out of memory or if obj or pf is out of range. */
char *explain_text(const struct ws *w, const struct assessment *a, uint32_t obj, uint32_t pf);

/* One line giving the verdict of (obj, pf) and its reason, e.g.
 * "blockiert: RL-GEO nicht erfüllt (gefordert: erfüllt); VS-NfD-Zulassung fehlt".
 * Returns a malloc'd string owned by the caller, or NULL on out of memory / bad index. */
char *verdict_reason_text(const struct ws *w, const struct assessment *a, uint32_t obj,
			  uint32_t pf);

/* The word for readiness class c (enum readiness_class, model/assess.h), translated:
 * "bereit", "mit Anpassungen", "nicht bereit"; "?" out of range (static or catalogue
 * string, never freed). */
const char *readiness_word(int c);

/* Writes the codes of the red lines of pf that fail or are unknown for obj, in catalogue
 * order and separated by ",", followed by "VS-NfD" if that rule fails or is unknown, into
 * buf (n bytes, always NUL-terminated if n > 0; "" if none). Returns the length the full
 * text has (like snprintf), so a result ≥ n means it was cut. */
size_t verdict_codes(const struct ws *w, const struct assessment *a, uint32_t obj, uint32_t pf,
		     char *buf, size_t n);

#endif
