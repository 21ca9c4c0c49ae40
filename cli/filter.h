/* Object selection shared by the CLI commands list and score: the filter options (the
 * dimensions of the dashboard's Inventar filter, model/objfilter.h) and the selected
 * objects in a stable order (Behörde name in DIN 5007 order, then Kennung). */
#ifndef WP_CLI_FILTER_H
#define WP_CLI_FILTER_H

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>

#include "cli/cli.h"
#include "model/objfilter.h"
#include "model/tree.h"
#include "model/ws.h"

/* getopt_long values of the filter options (above any short option character). */
enum {
	FO_BEHOERDE = 256, FO_TYP, FO_URTEIL, FO_STRATEGIE, FO_BEREIT, FO_RL, FO_VERTRAG,
	FO_WELLE, FO_QUICKWIN
};

/* The filter options as struct option initialisers, for a command's option table. */
#define FILTER_LONG_OPTIONS \
	{ "behoerde", required_argument, NULL, FO_BEHOERDE }, \
	{ "typ", required_argument, NULL, FO_TYP }, \
	{ "urteil", required_argument, NULL, FO_URTEIL }, \
	{ "strategie", required_argument, NULL, FO_STRATEGIE }, \
	{ "bereitschaft", required_argument, NULL, FO_BEREIT }, \
	{ "rote-linie", required_argument, NULL, FO_RL }, \
	{ "vertragsende-bis", required_argument, NULL, FO_VERTRAG }, \
	{ "welle", required_argument, NULL, FO_WELLE }, \
	{ "quickwin", no_argument, NULL, FO_QUICKWIN }

/* A filter from the command line. Zero it, then filter_init. */
struct cli_filter {
	struct obj_filter f;    /* the parsed dimensions (behoerde stays WP_NONE: see beh) */
	const char *behoerde;   /* --behoerde as given (borrowed from argv), or NULL */
	const char *rl;         /* --rote-linie as given, or NULL */
	uint8_t *beh;           /* per Behörde: 1 if selected with its subtree (owned), or NULL */
	struct beh_tree tree;   /* owned (filter_resolve) */
	uint32_t *welle_of;     /* wave per object (owned), NULL unless --welle */
};

/* Sets every dimension to "off". */
void filter_init(struct cli_filter *cf);
/* Takes option opt (an FO_* value) with argument arg (borrowed; must outlive cf). Returns 0
 * when taken, 1 when opt is no filter option, EXIT_USAGE after printing an error for a
 * bad value. Values that need the workspace are checked by filter_resolve. */
int filter_option(struct cli_filter *cf, int opt, const char *arg);
/* After cli_load: resolves the Behörde (exact name, KGSt number, else case-insensitively
 * the start of names; each with its sub-units), the red line, and the waves (stored plan,
 * else pins) when --welle was given. Returns 0, EXIT_USAGE (message printed) when nothing
 * matches, or EXIT_PROBLEM (message printed) when out of memory. */
int filter_resolve(struct cli *c, struct cli_filter *cf);
/* Fills *out (caller frees) with the objects passing cf, sorted by Behörde name (as
 * beh_sort_by_name) then Kennung. Returns the count (0 on out of memory, with *out NULL). */
size_t filter_objects(const struct cli *c, const struct cli_filter *cf, uint32_t **out);
/* Frees what cf owns; accepts a filter never resolved. */
void filter_free(struct cli_filter *cf);
/* Formats a date for terminal output in the user's language (TT.MM.JJJJ in German). */
const char *filter_date(int32_t days, char *buf, size_t n);

#endif
