/* The rules of a target platform's identity: the code syntax and the rank range. One
 * definition for the store, the CLI and the dashboard, so all of them accept the same
 * values and refuse the others with the same message. */
#ifndef WP_MODEL_PLATFORM_H
#define WP_MODEL_PLATFORM_H

#include "model/err.h"
#include "model/ws.h"

/* wp_err.field of a refused platform value (platforms are not objects: these lie beyond
 * enum field_id). */
enum pf_field { PF_FIELD_CODE = 1000, PF_FIELD_NAME, PF_FIELD_RANG };

/* A platform's rank (smaller = preferred when scores tie): PF_RANG_MIN..PF_RANG_MAX. */
#define PF_RANG_MIN 1
#define PF_RANG_MAX 1000

/* The longest platform code, in characters. */
#define PF_CODE_MAX 32

/* Checks a platform code: 1–PF_CODE_MAX characters of A–Z a–z 0–9 . _ -, starting with a
 * letter or digit (a short code, stricter than a Kennung). code may be NULL (refused). Returns 0 or -WP_EINVAL with a message naming the expected
 * form; e->field is PF_FIELD_CODE. */
int pf_code_check(const char *code, struct wp_err *e);
/* Checks the code of a new platform: its syntax (pf_code_check), and that w has no
 * platform with it yet, ignoring case (-WP_EEXIST). */
int pf_new_code_check(const struct ws *w, const char *code, struct wp_err *e);
/* 1 if the red-line profile of platform p is checked: not a shipped example
 * (plattform.beispiel, "Beispielbewertung — vor Verwendung prüfen"); 0 otherwise. The
 * export column Profil_geprueft (docs/csv.md). */
int pf_geprueft(const struct ws *w, uint32_t p);
/* Whether a verdict that rests on the profile of platform p (WP_NONE: on all profiles, as
 * a verdict without a recommended platform does) rests only on checked ones; 1 or 0. */
int pf_verdict_geprueft(const struct ws *w, uint32_t p);
/* Checks rank r. Returns 0 or -WP_EINVAL with a message naming the range; e->field is
 * PF_FIELD_RANG. */
int pf_rang_check(long r, struct wp_err *e);
/* Parses text (a decimal integer, spaces around it allowed) as a rank and checks it; *out
 * gets it on success. Returns 0 or -WP_EINVAL with the message of pf_rang_check, quoting
 * text. */
int pf_rang_parse(const char *text, int *out, struct wp_err *e);

#endif
