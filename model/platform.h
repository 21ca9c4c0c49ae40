/* The rules of a target platform's identity: the code syntax and the rank range. One
 * definition for the store, the CLI and the dashboard, so all of them accept the same
 * values and refuse the others with the same message. */
#ifndef WP_MODEL_PLATFORM_H
#define WP_MODEL_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

#include "model/err.h"
#include "model/ws.h"

/* wp_err.field of a refused platform value (platforms are not objects: these lie beyond
 * enum field_id). */
enum pf_field { PF_FIELD_CODE = 1000, PF_FIELD_NAME, PF_FIELD_RANG, PF_FIELD_FAKTOR };

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

/* The Kostenfaktor (docs/kosten.md): operating cost on the platform relative to today, in
 * basis points (COST_BP = 1.0), 0..COST_FAKTOR_MAX (0 to 10). pf_faktor_check checks bp;
 * pf_faktor_parse reads text ("0,8", "0.8", "1", at most four decimals, spaces around it)
 * into *bp. Both return 0 or -WP_EINVAL with a message naming the range; e->field is
 * PF_FIELD_FAKTOR. */
int pf_faktor_check(long bp, struct wp_err *e);
int pf_faktor_parse(const char *text, int32_t *bp, struct wp_err *e);
/* The Kostenfaktor bp as people write it: "0,8" (german) / "0.8", "1". Returns buf
 * (caller-owned, n bytes, 16 are enough). */
char *pf_faktor_format(int32_t bp, int german, char *buf, size_t n);

#endif
