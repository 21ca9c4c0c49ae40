/* Headless screen tests of the Bewertung (tab 3) and Plattformen (tab 4) views and of the
 * x export: the app runs on the seeded demo against newterm() on /dev/null at a fixed
 * size, gets keys as a user types them, and the checks read the screen back and compare
 * with figures computed here independently (a fresh load and assess_run), with the
 * store, and with the CSV writer of `wolkenplan export bewertung`; the xlsx and PDF
 * entries of x write their files. */
#define _GNU_SOURCE /* strcasestr */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "data/csvwrite.h"
#include "data/export.h"
#include "data/report.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/assess.h"
#include "model/date.h"
#include "tests/tui_harness.h"
#include "tui/actions.h"
#include "tui/app.h"
#include "tui/export_dialog.h"

static void dump(void)
{
	char line[2048];
	for (int y = 0; y < LINES; y++)
		printf("| %s\n", screen_line(y, line, sizeof line));
}

#define assert_screen(s)                                                                  \
	do {                                                                              \
		if (screen_find(s) < 0) {                                                 \
			dump();                                                           \
			fail_msg("screen lacks \"%s\"", s);                               \
		}                                                                         \
	} while (0)
#define assert_not_screen(s)                                                              \
	do {                                                                              \
		if (screen_find(s) >= 0) {                                                \
			dump();                                                           \
			fail_msg("screen shows \"%s\"", s);                               \
		}                                                                         \
	} while (0)

/* The demo as the engine sees it, loaded afresh from the store. */
struct truth {
	struct ws *w;
	struct assessment *a;
};

static void truth_load(struct fixture *f, struct truth *t)
{
	struct wp_err e = { 0 };
	assert_int_equal(store_load(f->store, &t->w, &e), 0);
	assert_int_equal(assess_run(t->w, &t->a), 0);
}

static void truth_free(struct truth *t)
{
	assessment_free(&t->a);
	ws_free(&t->w);
}

static size_t count_verdict(const struct truth *t, uint32_t pf, int v)
{
	size_t n = 0;
	for (size_t o = 0; o < t->w->n_obj; o++)
		n += t->a->verdict[o * t->a->n_pf + pf] == v;
	return n;
}

/* ---- Bewertung ---- */

static void test_bewertung_matrix(void **state)
{
	struct fixture *f = *state;
	struct truth t = { 0 };
	char want[128], line[2048];
	truth_load(f, &t);
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	assert_int_equal(app_tab(f->app), TAB_BEWERTUNG);
	assert_screen("DVC-OEFF");
	assert_screen("Schutz");
	/* five platforms do not fit at 80 columns: an arrow says there are more */
	int hy = screen_find("DVC-OEFF");
	assert_non_null(strstr(screen_line(hy, line, sizeof line), "→"));
	assert_not_screen("HYPER-EU");
	/* the totals row of zulässig names the first platform's count */
	int ty = screen_find("Summe ✓ zulässig");
	assert_true(ty > 0);
	snprintf(want, sizeof want, " %zu", count_verdict(&t, 0, V_ZULAESSIG));
	assert_non_null(strstr(screen_line(ty, line, sizeof line), want));
	/* the first row is the first object by Kennung, its Bereitschaft on the row */
	uint32_t o0 = t.w->by_kennung[0];
	snprintf(want, sizeof want, "%u %%", (unsigned)t.a->obj[o0].bereitschaft);
	int ry = screen_find(t.w->obj[o0].kennung);
	assert_true(ry > hy);
	assert_non_null(strstr(screen_line(ry, line, sizeof line), want));
	/* the cursor cell is bracketed, the recommended platform starred: reads without colour */
	assert_non_null(strstr(line, t.a->obj[o0].empfohlen == 0 ? "[✓*]" : "[✓]"));
	/* sideways: the last platform comes into view, the first goes */
	for (int i = 0; i < 4; i++)
		key(f, 'l');
	assert_screen("HYPER-EU");
	hy = screen_find("HYPER-EU");
	assert_non_null(strstr(screen_line(hy, line, sizeof line), "←"));
	assert_not_screen("DVC-OEFF");
	snprintf(want, sizeof want, " %zu", count_verdict(&t, 4, V_BLOCKIERT));
	assert_non_null(strstr(screen_line(screen_find("Summe ✗ blockiert"), line, sizeof line),
			       want));
	stop(f);
	/* wide: all five side by side, no arrow */
	start(f, "xterm-256color", 40, 120);
	key(f, '3');
	hy = screen_find("DVC-OEFF");
	screen_line(hy, line, sizeof line);
	for (size_t p = 0; p < t.w->n_pf; p++)
		assert_non_null(strstr(line, t.w->pf[p].code));
	assert_null(strstr(line, "→"));
	/* narrowed with the cursor on the last platform: it stays in view */
	for (int i = 0; i < 4; i++)
		key(f, 'l');
	resizeterm(24, 80);
	assert_int_equal(app_relayout(f->app), 0);
	app_draw(f->app);
	assert_screen("HYPER-EU");
	assert_not_screen("DVC-OEFF");
	assert_screen("Objekt 1 von 74 · HYPER-EU");
	stop(f);
	truth_free(&t);
}

static void test_bewertung_explains_a_cell(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	/* ANW-RIS on SOUV-US is blockiert (demo): find the row, move to the column */
	for (int i = 0; i < 80 && screen_find("ANW-RIS ") < 0; i++)
		key(f, 'j');
	char line[2048];
	while (!strstr(screen_line(screen_find("ANW-RIS "), line, sizeof line), "["))
		key(f, 'j');
	for (int i = 0; i < 3; i++)
		key(f, 'l');
	assert_non_null(strstr(screen_line(screen_find("ANW-RIS "), line, sizeof line), "[✗]"));
	key(f, '\r');
	assert_screen("ANW-RIS auf SOUV-US");
	assert_screen("blockiert: RL-INFRA teilweise");
	assert_screen("Schutzklasse: hoch");
	/* required vs. offered, scrolled to */
	for (int i = 0; i < 40 && screen_find("RL-LCM Lifecycle-Management: angeboten") < 0; i++)
		key(f, TK_FN(KEY_DOWN));
	assert_screen("RL-LCM Lifecycle-Management: angeboten nicht erfüllt, gefordert");
	key(f, TK_ESC);
	assert_not_screen("ANW-RIS auf SOUV-US");
	stop(f);
}

static void test_bewertung_filter_and_sort(void **state)
{
	struct fixture *f = *state;
	struct truth t = { 0 };
	char want[128], line[2048];
	truth_load(f, &t);
	size_t regs = 0;
	for (size_t o = 0; o < t.w->n_obj; o++)
		regs += t.w->obj[o].typ == TYP_REGISTER;
	assert_true(regs > 0 && regs < t.w->n_obj);
	/* objects of 10 Hauptamt and its sub-Behörden, by walking the parents */
	uint32_t hb = ws_find_behoerde(t.w, "10 Hauptamt");
	assert_int_not_equal(hb, WP_NONE);
	size_t in_hb = 0;
	for (size_t o = 0; o < t.w->n_obj; o++)
		for (uint32_t b = t.w->obj[o].behoerde, k = 0; b < t.w->n_beh && k < 64;
		     b = t.w->beh[b].parent, k++)
			if (b == hb) {
				in_hb++;
				break;
			}
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	/* the Behörden as a tree with their object counts */
	key(f, 'f');
	key(f, '\r');
	snprintf(want, sizeof want, "Stadtverwaltung Musterstadt (%zu)", t.w->n_obj);
	assert_screen(want);
	keys(f, "Hauptamt");
	key(f, '\r');
	snprintf(want, sizeof want, "Objekt 1 von %zu (gefiltert aus %zu)", in_hb, t.w->n_obj);
	assert_screen(want);
	key(f, 'F');
	key(f, 'f');
	assert_screen("Filtern nach");
	key(f, TK_FN(KEY_DOWN)); /* Behörde, Typ */
	key(f, '\r');
	assert_screen("Filter: Typ");
	keys(f, "Reg");
	key(f, '\r');
	assert_screen("Filter: Typ: Register (F hebt auf)");
	assert_screen("REG-");
	assert_not_screen("ANW-");
	snprintf(want, sizeof want, "Objekt 1 von %zu (gefiltert aus %zu)", regs, t.w->n_obj);
	assert_screen(want);
	assert_screen("(gefiltert)");
	key(f, 'F');
	assert_not_screen("gefiltert aus");
	/* s: Name, Schutzklasse, Bereitschaft, then the verdict on the cursor's platform */
	key(f, 'l'); /* LAND-OSS */
	for (int i = 0; i < 4; i++)
		key(f, 's');
	assert_screen("sortiert: Urteil auf LAND-OSS ▲");
	key(f, 'S');
	assert_screen("sortiert: Urteil auf LAND-OSS ▼");
	/* descending verdicts: a blocked or open one comes first if any exists */
	int worst = V_ZULAESSIG;
	for (size_t o = 0; o < t.w->n_obj; o++)
		if (t.a->verdict[o * t.a->n_pf + 1] > worst)
			worst = t.a->verdict[o * t.a->n_pf + 1];
	screen_line(3, line, sizeof line);
	assert_non_null(strstr(line, worst == V_ZULAESSIG ? "✓" : worst == V_OFFEN ? "?" : "✗"));
	stop(f);
	truth_free(&t);
}

/* Reads a whole file. */
static char *slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	*n = 0;
	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	long len = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)len + 1);
	if (buf && fread(buf, 1, (size_t)len, fp) == (size_t)len)
		*n = (size_t)len;
	fclose(fp);
	return buf;
}

static void write_reference(struct fixture *f, const char *path, int dialect)
{
	struct truth t = { 0 };
	struct csvout *o = NULL;
	struct wp_err e = { 0 };
	truth_load(f, &t);
	assert_int_equal(csvout_open(path, (enum csv_dialect)dialect, &o, &e), 0);
	export_bewertung(t.w, t.a, o);
	assert_int_equal(csvout_close(&o, 1, &e), 0);
	truth_free(&t);
}

static void test_export_bewertung(void **state)
{
	struct fixture *f = *state;
	char name[128], msg[256];
	size_t na, nb;
	export_default_name(f->opts.db_path, "bewertung", f->opts.heute, name, sizeof name);
	assert_string_equal(name, "musterstadt-bewertung-2026-11-23.csv");
	assert_string_equal(export_default_name(NULL, "roadmap", f->opts.heute, name, sizeof name),
			    "wolkenplan-roadmap-2026-11-23.csv");
	assert_string_equal(export_default_name("/x/.kreis.wolkenplan.db", "inventar",
						f->opts.heute, name, sizeof name),
			    "kreis-inventar-2026-11-23.csv");
	assert_string_equal(export_default_name("/x/...", "pilote", f->opts.heute, name,
						sizeof name),
			    "wolkenplan-pilote-2026-11-23.csv");
	export_default_name(f->opts.db_path, "bewertung", f->opts.heute, name, sizeof name);
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	key(f, 'x');
	assert_screen("Bewertung exportieren: Format");
	assert_screen("excel-de");
	key(f, '\r');
	assert_screen("Bewertung exportieren: Datei");
	assert_screen(name);
	key(f, '\r');
	/* the status line names the file and the rows: objects × platforms */
	snprintf(msg, sizeof msg,
		 "Bewertung exportiert: %d Zeilen nach %s (excel-de) · %d davon auf ungeprüften "
		 "Plattformprofilen (Profil_geprueft = nein)", 74 * 5, name, 74 * 5);
	assert_string_equal(app_message(f->app), msg);
	write_reference(f, "reference.csv", DIALECT_EXCEL_DE);
	char *a = slurp(name, &na), *b = slurp("reference.csv", &nb);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na); /* byte for byte */
	free(a);
	free(b);

	/* again: the existing file is not overwritten without asking */
	FILE *fp = fopen(name, "w");
	assert_non_null(fp);
	fputs("keep me\n", fp);
	fclose(fp);
	key(f, 'x');
	key(f, '\r');
	key(f, '\r');
	assert_screen("gibt es schon.");
	assert_screen("Datei überschreiben?");
	key(f, 'n'); /* back to the name */
	assert_screen("Bewertung exportieren: Datei");
	key(f, TK_ESC);
	a = slurp(name, &na);
	assert_int_equal(na, 8);
	assert_memory_equal(a, "keep me\n", 8);
	free(a);
	/* rfc4180 under another name, then overwrite confirmed with j */
	key(f, 'x');
	key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	for (int i = 0; i < 40; i++)
		key(f, 127); /* Backspace clears the default */
	keys(f, "bew.csv");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "bew.csv (rfc4180)"));
	write_reference(f, "reference2.csv", DIALECT_RFC4180);
	a = slurp("bew.csv", &na);
	b = slurp("reference2.csv", &nb);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na);
	free(a);
	free(b);
	key(f, 'x');
	key(f, '\r');
	key(f, '\r');
	key(f, 'j');
	a = slurp(name, &na);
	assert_true(na > 1000);
	free(a);
	/* a directory that does not exist: the error stays in the prompt */
	key(f, 'x');
	key(f, '\r');
	for (int i = 0; i < 40; i++)
		key(f, 127);
	keys(f, "nope/x.csv");
	key(f, '\r');
	assert_screen("kann nicht geschrieben werden");
	key(f, TK_ESC);
	/* ~/ is the home directory */
	setenv("HOME", f->dir, 1);
	key(f, 'x');
	key(f, '\r');
	key(f, TK_CTRL('u'));
	keys(f, "~/home.csv");
	key(f, '\r');
	char home[300];
	snprintf(home, sizeof home, "%s/home.csv", f->dir);
	assert_int_equal(access(home, R_OK), 0);
	assert_non_null(strstr(app_message(f->app), home));
	/* a view without a CSV says where x works */
	key(f, '4');
	key(f, 'x');
	assert_string_equal(app_message(f->app), "hier kein Export; x in den Ansichten 2, 3, 5, 6, 7 und 8");
	/* the Inventar exports its own CSV */
	key(f, '2');
	key(f, 'x');
	key(f, '\r');
	assert_screen("musterstadt-inventar-2026-11-23.csv");
	key(f, '\r');
	assert_non_null(strstr(app_message(f->app), "Inventar exportiert: 74 Zeilen"));
	stop(f);
}

/* x offers the workbook beside the CSV dialects: its own default name, written whole */
static void test_export_xlsx(void **state)
{
	struct fixture *f = *state;
	size_t n;
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	key(f, 'x');
	assert_screen("xlsx — Excel-Arbeitsmappe");
	key(f, TK_FN(KEY_DOWN));
	key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	assert_screen("Arbeitsmappe exportieren: Datei");
	assert_screen("musterstadt-arbeitsmappe-2026-11-23.xlsx");
	key(f, '\r');
	assert_string_equal(app_message(f->app),
			    "Arbeitsmappe exportiert nach musterstadt-arbeitsmappe-2026-11-23.xlsx "
			    "(xlsx)");
	char *a = slurp("musterstadt-arbeitsmappe-2026-11-23.xlsx", &n);
	assert_non_null(a);
	assert_true(n > 1000);
	assert_memory_equal(a, "PK", 2); /* a zip container */
	free(a);
	/* an unwritable place: the error stays in the prompt */
	key(f, 'x');
	key(f, TK_FN(KEY_DOWN));
	key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	key(f, TK_CTRL('u'));
	keys(f, "nope/x.xlsx");
	key(f, '\r');
	assert_screen("kann nicht geschrieben werden");
	key(f, TK_ESC);
	stop(f);
}

/* The fourth entry of x writes the PDF report of `wolkenplan report` under the default
 * name; the status line names the file and the pages; a write error stays in the prompt. */
static void test_export_pdf(void **state)
{
	struct fixture *f = *state;
	size_t n;
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	key(f, 'x');
	assert_screen("PDF-Bericht");
	for (int i = 0; i < 3; i++)
		key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	assert_screen("Bericht exportieren: Datei");
	assert_screen("musterstadt-bericht-2026-11-23.pdf");
	key(f, '\r');
	const char *msg = app_message(f->app);
	assert_non_null(strstr(msg, "Bericht geschrieben: musterstadt-bericht-2026-11-23.pdf ("));
	assert_non_null(strstr(msg, " Seiten)"));
	char *a = slurp("musterstadt-bericht-2026-11-23.pdf", &n);
	assert_non_null(a);
	assert_true(n > 1000);
	assert_memory_equal(a, "%PDF-", 5);
	free(a);
	/* an unwritable place: the error stays in the prompt, nothing is written */
	key(f, 'x');
	for (int i = 0; i < 3; i++)
		key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	key(f, TK_CTRL('u'));
	keys(f, "nope/x.pdf");
	key(f, '\r');
	assert_screen("kann nicht geschrieben werden");
	assert_screen("Bericht exportieren: Datei");
	key(f, TK_ESC);
	struct stat st;
	assert_int_not_equal(stat("nope/x.pdf", &st), 0);
	stop(f);
}

/* ---- Plattformen ---- */

static void test_plattformen_whatif_apply_undo(void **state)
{
	struct fixture *f = *state;
	struct truth t = { 0 };
	char want[256], line[2048];
	truth_load(f, &t);
	uint32_t p = ws_find_plattform(t.w, "DE-PRIVAT"), netz = ws_find_rl(t.w, "RL-NETZ");
	size_t blocked = count_verdict(&t, p, V_BLOCKIERT);
	start(f, "xterm-256color", 24, 80);
	key(f, '4');
	assert_int_equal(app_tab(f->app), TAB_PLATTFORMEN);
	assert_screen("Beispielbewertung — vor Verwendung prüfen");
	assert_screen("e e t e e e e"); /* DE-PRIVAT's profile letters */
	key(f, 'j');
	key(f, 'j');
	assert_screen("DE-PRIVAT — Deutscher privatwirtschaftlicher");
	key(f, 'l');
	key(f, 'j');
	key(f, 'j');
	key(f, '\r');
	assert_screen("DE-PRIVAT: RL-NETZ");
	key(f, TK_FN(KEY_UP)); /* teilweise → erfüllt */
	key(f, '\r');
	assert_screen("Quelle / Begründung");
	for (int i = 0; i < 60; i++)
		key(f, 127);
	keys(f, "Vertrag 2026");
	key(f, '\r');
	/* the what-if: the count and the list before anything is stored */
	assert_screen("Was wäre, wenn: DE-PRIVAT RL-NETZ = erfüllt");
	/* the footer names the question's keys: here j means "ja", never "ab" */
	assert_screen("j ja  n nein");
	assert_not_screen("j ab");
	size_t changes = 0;
	{
		struct truth t2 = { 0 };
		truth_load(f, &t2);
		assert_int_equal(t2.w->rl_val[(size_t)p * t2.w->n_rl + netz], RL_TEILWEISE);
		t2.w->rl_val[(size_t)p * t2.w->n_rl + netz] = RL_ERFUELLT;
		struct assessment *b = NULL;
		assert_int_equal(assess_run(t2.w, &b), 0);
		for (size_t o = 0; o < t2.w->n_obj; o++)
			changes += b->verdict[o * b->n_pf + p] != t.a->verdict[o * t.a->n_pf + p];
		assessment_free(&b);
		truth_free(&t2);
	}
	assert_true(changes > 0);
	snprintf(want, sizeof want, "%zu Objekte ändern ihr Urteil auf DE-PRIVAT", changes);
	assert_screen(want);
	assert_screen("blockiert → zulässig");
	key(f, 'j'); /* apply */
	assert_screen("RL-NETZ geändert");
	assert_screen("e e e e e e e");
	snprintf(want, sizeof want, "%zu", blocked - changes);
	{
		struct truth t3 = { 0 };
		truth_load(f, &t3);
		assert_int_equal(t3.w->rl_val[(size_t)p * t3.w->n_rl + netz], RL_ERFUELLT);
		assert_string_equal(t3.w->rl_quelle[(size_t)p * t3.w->n_rl + netz], "Vertrag 2026");
		assert_int_equal(count_verdict(&t3, p, V_BLOCKIERT), blocked - changes);
		truth_free(&t3);
	}
	assert_screen("Vertrag 2026");
	/* the Bewertung shows the new verdicts at once */
	key(f, '3');
	snprintf(want, sizeof want, "%zu", count_verdict(&t, p, V_ZULAESSIG) + changes);
	assert_non_null(strstr(screen_line(screen_find("Summe ✓ zulässig"), line, sizeof line), want));
	/* u undoes it, in memory and in the store */
	key(f, 'u');
	assert_string_equal(app_message(f->app), "Rückgängig: Plattform DE-PRIVAT: RL-NETZ = teilweise");
	{
		struct truth t4 = { 0 };
		truth_load(f, &t4);
		assert_int_equal(t4.w->rl_val[(size_t)p * t4.w->n_rl + netz], RL_TEILWEISE);
		assert_int_equal(count_verdict(&t4, p, V_BLOCKIERT), blocked);
		truth_free(&t4);
	}
	key(f, '4');
	assert_screen("e e t e e e e");
	/* a what-if answered with n changes nothing */
	key(f, '\r');
	key(f, TK_FN(KEY_UP));
	key(f, '\r');
	key(f, '\r');
	assert_screen("Was wäre, wenn");
	key(f, 'n');
	assert_screen("abgebrochen, nichts geändert");
	assert_screen("e e t e e e e");
	stop(f);
	truth_free(&t);
}

/* The VS-NfD approval is a profile row too: what-if, apply, stored. */
/* The platform list is a list like the others: : jumps to a code, / searches. */
static void test_plattformen_jump_and_search(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	key(f, '4');
	key(f, ':');
	assert_screen("Code:");
	keys(f, "land-oss");
	key(f, '\r');
	assert_non_null(strstr(screen_line(selected_line(0), line, sizeof line), "LAND-OSS"));
	key(f, ':');
	keys(f, "NOPE");
	key(f, '\r');
	assert_screen("Code „NOPE“ nicht gefunden");
	key(f, '/');
	keys(f, "privat");
	key(f, '\r');
	assert_non_null(strstr(screen_line(selected_line(0), line, sizeof line), "DE-PRIVAT"));
	stop(f);
}

static void test_plattformen_vs_nfd(void **state)
{
	struct fixture *f = *state;
	struct truth t = { 0 }, t2 = { 0 };
	char want[160];
	truth_load(f, &t);
	truth_load(f, &t2);
	uint32_t p = ws_find_plattform(t.w, "DVC-OEFF");
	assert_int_equal(t.w->pf[p].vs_nfd, TRI_UNBEKANNT);
	t2.w->pf[p].vs_nfd = TRI_JA;
	struct assessment *b = NULL;
	assert_int_equal(assess_run(t2.w, &b), 0);
	size_t changes = 0;
	for (size_t o = 0; o < t.w->n_obj; o++)
		changes += b->verdict[o * b->n_pf + p] != t.a->verdict[o * t.a->n_pf + p];
	assessment_free(&b);
	truth_free(&t2);
	assert_true(changes > 0); /* the VS-NfD objects were only offen there */
	start(f, "xterm-256color", 24, 80);
	key(f, '4');
	key(f, '\r'); /* into DVC-OEFF's profile */
	key(f, 'G'); /* the last row: VS-NfD */
	key(f, '\r');
	assert_screen("DVC-OEFF: VS-NfD-Zulassung");
	key(f, TK_FN(KEY_UP));
	key(f, TK_FN(KEY_UP)); /* unbekannt → nein → ja */
	key(f, '\r');
	snprintf(want, sizeof want, ngettext("%zu Objekt ändert", "%zu Objekte ändern", changes),
		 changes);
	assert_screen(want);
	assert_screen("offen → zulässig");
	key(f, 'j');
	truth_free(&t);
	truth_load(f, &t);
	assert_int_equal(t.w->pf[p].vs_nfd, TRI_JA);
	assert_int_equal(count_verdict(&t, p, V_OFFEN), 0);
	truth_free(&t);
	stop(f);
}

static void test_plattformen_new_edit_remove(void **state)
{
	struct fixture *f = *state;
	struct truth t = { 0 };
	start(f, "xterm-256color", 40, 120);
	key(f, '4');
	key(f, 'a');
	assert_screen("Neue Plattform");
	keys(f, "KREIS-RZ");
	key(f, TK_TAB);
	keys(f, "Rechenzentrum des Kreises");
	key(f, '\r');
	assert_screen("Plattform KREIS-RZ angelegt");
	assert_screen("? ? ? ? ? ? ?");
	truth_load(f, &t);
	assert_int_equal(t.w->n_pf, 6);
	assert_int_equal(t.w->pf[ws_find_plattform(t.w, "KREIS-RZ")].rang, 6);
	truth_free(&t);
	/* the Bewertung gets a column for it, sideways at the end */
	key(f, '3');
	assert_not_screen("KREIS-RZ");
	for (int i = 0; i < 5; i++)
		key(f, 'l');
	assert_screen("KREIS-RZ");
	key(f, '4');
	/* a duplicate code is refused in the form */
	key(f, 'a');
	keys(f, "KREIS-RZ");
	key(f, TK_TAB);
	keys(f, "x");
	key(f, '\r');
	assert_screen("gibt es schon");
	key(f, TK_ESC);
	/* e: rename; the example label of a shipped platform can be cleared */
	key(f, 'g');
	key(f, 'e');
	assert_screen("Plattform DVC-OEFF bearbeiten");
	key(f, TK_ESC);
	/* D on the new one (last row), confirmed; then u brings it back */
	key(f, 'G');
	key(f, 'D');
	assert_screen("Plattform KREIS-RZ entfernen");
	key(f, 'j');
	assert_screen("Plattform KREIS-RZ entfernt");
	assert_not_screen("KREIS-RZ —");
	truth_load(f, &t);
	assert_int_equal(t.w->n_pf, 5);
	truth_free(&t);
	key(f, 'u');
	assert_screen("KREIS-RZ");
	truth_load(f, &t);
	assert_int_equal(t.w->n_pf, 6);
	truth_free(&t);
	stop(f);
}

/* The row holding the bracketed cursor cell (the selection), as text. */
static char *selected_row(char *line, size_t n)
{
	for (int y = 3; y < LINES - 6; y++)
		if (strchr(screen_line(y, line, n), '['))
			return line;
	line[0] = '\0';
	return line;
}

static void test_bewertung_search_and_jump(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	/* : jumps to a Kennung, ignoring case; a filter that hides it is lifted */
	key(f, 'f');
	key(f, TK_FN(KEY_DOWN));
	key(f, '\r');
	keys(f, "Anw");
	key(f, '\r');
	assert_screen("Filter: Typ: Anwendung");
	key(f, ':'); /* the same prompt as in the Inventar, in the view's last line */
	assert_screen("Kennung:");
	keys(f, "reg-melde");
	key(f, '\r');
	assert_non_null(strstr(selected_row(line, sizeof line), "REG-MELDE "));
	assert_not_screen("Filter: Typ");
	/* / finds Kennung or Name text, n goes on, at the end it wraps */
	key(f, 'g');
	assert_screen("j ab");
	key(f, '/');
	/* the footer names the prompt's keys only: j types, it does not move */
	assert_screen("Esc abbrechen");
	assert_not_screen("j ab");
	keys(f, "REGISTER");
	key(f, '\r');
	{ /* the first object in Kennung order with "register" in Kennung or Name */
		struct truth t = { 0 };
		truth_load(f, &t);
		const char *want = NULL;
		for (size_t i = 0; i < t.w->n_obj && !want; i++) {
			const struct objekt *ob = &t.w->obj[t.w->by_kennung[i]];
			if (strcasestr(ob->kennung, "register") || strcasestr(ob->name, "register"))
				want = ob->kennung;
		}
		assert_non_null(want);
		char k[64];
		snprintf(k, sizeof k, "%.12s", want); /* the column may crop it */
		if (!strstr(selected_row(line, sizeof line), k)) {
			dump();
			fail_msg("want %s, row: %s", k, line);
		}
		truth_free(&t);
	}
	char first[2048];
	snprintf(first, sizeof first, "%s", line);
	key(f, 'n');
	assert_string_not_equal(selected_row(line, sizeof line), first);
	key(f, 'N');
	assert_string_equal(selected_row(line, sizeof line), first);
	key(f, ':');
	keys(f, "GIBT-ES-NICHT");
	key(f, '\r');
	assert_screen("Kennung „GIBT-ES-NICHT“ nicht gefunden");
	stop(f);
}

/* The Bewertung follows a removed platform: its column goes, the cursor stays inside. */
static void test_bewertung_after_platform_removed(void **state)
{
	struct fixture *f = *state;
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	for (int i = 0; i < 6; i++)
		key(f, 'l');
	assert_screen("Objekt 1 von 74 · HYPER-EU");
	key(f, '4');
	key(f, 'G');
	key(f, 'D');
	key(f, 'j');
	assert_non_null(strstr(app_message(f->app), "HYPER-EU entfernt"));
	key(f, '3');
	assert_not_screen("HYPER-EU");
	assert_screen("Objekt 1 von 74 · SOUV-US");
	key(f, '\r');
	assert_screen("auf SOUV-US");
	key(f, TK_ESC);
	key(f, 'u'); /* back: the column returns at the end */
	for (int i = 0; i < 6; i++)
		key(f, 'l');
	assert_screen("Objekt 1 von 74 · HYPER-EU");
	stop(f);
}

/* ASCII terminal and no colours: the verdicts still read, by glyph and brackets. */
static void test_bewertung_ascii_monochrome(void **state)
{
	struct fixture *f = *state;
	char line[2048];
	f->opts.ascii = 1;
	f->opts.no_color = 1;
	start(f, "xterm-256color", 24, 80);
	key(f, '3');
	int hy = screen_find("DVC-OEFF");
	assert_true(hy > 0);
	assert_non_null(strstr(screen_line(hy, line, sizeof line), ">")); /* more to the right */
	assert_screen("[+*]"); /* the first object's recommended platform is the first */
	assert_screen("* empfohlen");
	assert_screen("Summe + zulaessig");
	assert_screen("Summe x blockiert");
	/* DE-PRIVAT blocks the first object: an x in its column, no UTF-8 anywhere */
	screen_line(hy + 1, line, sizeof line);
	assert_non_null(strstr(line, "x"));
	for (int y = 0; y < LINES; y++)
		for (const char *c = screen_line(y, line, sizeof line); *c; c++)
			assert_true((unsigned char)*c < 0x80);
	key(f, 'l');
	key(f, 'l');
	key(f, 'l');
	assert_non_null(strstr(screen_line(hy, line, sizeof line), "<")); /* more to the left */
	key(f, '4');
	assert_screen("* Beispielbewertung - vor Verwendung pruefen");
	stop(f);
}

int main(void)
{
	harness_env();
	setenv("LANGUAGE", "de", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_bewertung_matrix, open_demo_tmpdir, close_demo),
		cmocka_unit_test_setup_teardown(test_bewertung_explains_a_cell, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_bewertung_filter_and_sort, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_export_bewertung, open_demo_tmpdir, close_demo),
		cmocka_unit_test_setup_teardown(test_export_xlsx, open_demo_tmpdir, close_demo),
		cmocka_unit_test_setup_teardown(test_export_pdf, open_demo_tmpdir, close_demo),
		cmocka_unit_test_setup_teardown(test_plattformen_whatif_apply_undo, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_plattformen_vs_nfd, open_demo_tmpdir, close_demo),
		cmocka_unit_test_setup_teardown(test_plattformen_jump_and_search, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_plattformen_new_edit_remove, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_bewertung_ascii_monochrome, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_bewertung_search_and_jump, open_demo_tmpdir,
						close_demo),
		cmocka_unit_test_setup_teardown(test_bewertung_after_platform_removed, open_demo_tmpdir,
						close_demo),
	};
	int rc = cmocka_run_group_tests_name("tui_assess", tests, NULL, NULL);
	report_cleanup(); /* the program's exit path, as in cli/main.c */
	return rc;
}
