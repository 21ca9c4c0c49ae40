/* The Roadmap's state shared by its files (docs/dashboard.md): tui/view_roadmap.c (the view,
 * its rows and actions), tui/roadmap_gantt.c (time axis and bars) and tui/roadmap_hist.c (the
 * load per month against the capacity line). Internal to the Roadmap; no other view uses it. */
#ifndef WP_TUI_ROADMAP_H
#define WP_TUI_ROADMAP_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>

#include "model/zeitplan.h"
#include "tui/listview.h"
#include "tui/view.h"

/* A row item is an object index, or RM_HDR | group number for a group's header line. */
#define RM_HDR 0x80000000u

enum rm_zoom { RZ_MONAT, RZ_QUARTAL, RZ_JAHR, RZ__N };
enum rm_gruppierung { RG_BEHOERDE, RG_STRATEGIE };
enum { RMC_MARK, RMC_KENNUNG, RMC_GRUPPE, RMC_BALKEN, RMC__N };

struct roadmap {
	const struct view_env *env;   /* borrowed */
	struct zeitplan *zp;          /* the plan shown (owned), NULL when it failed */
	int vorschau;                 /* 1: none is stored, zp is what p would store */
	char err[1024];               /* why there is no plan */
	int gruppierung;              /* enum rm_gruppierung */
	int zoom;                     /* enum rm_zoom */
	int32_t t0;                   /* first month shown, at the start of a zoom unit */
	size_t n_grp;                 /* groups with objects; group n_grp − 1 is "not planned" */
	uint32_t *grp_key;            /* per group: Behörde index or strategy (last: unused) */
	size_t *grp_n;                /* per group: its objects */
	uint8_t *zu;                  /* per group: 1 = collapsed */
	uint32_t *grp_of;             /* per object: its group */
	uint32_t *sorted;             /* objects by group, Beginn, Ende, Kennung */
	uint32_t *items;              /* the rows: headers and the objects of open groups */
	size_t n_items;
	uint8_t *verstoss;            /* per object: 1 = named in a pin violation */
	size_t n_geplant, n_frist;
	struct listview lv;           /* rows; items as above */
	int64_t keep;                 /* id of the selection (listview_selected_id) at the last
				       * draw or step: a reload after an edit selects it again */
	int h, w;                     /* body size */
	int hist_h;                   /* lines of the histogram */
	int kosten_h;                 /* lines of the euros below it (RM_KOSTEN_H or 0) */
	int y_list, list_h;           /* the table (header line included) */
	uint32_t prompt_obj;          /* the object of the open pin prompt */
};

/* Months per cell and columns per cell of zoom z. */
int rm_unit(int z);
int rm_cell_w(int z);
/* Cells that fit into the bar column; at least 1. */
int rm_n_cells(const struct roadmap *r);
/* The first month of the zoom unit that holds month m. */
int32_t rm_align(int z, int32_t m);

/* Draws the two axis lines (years; months, quarters or years) at y and y + 1 over the bar
 * column of r->lv.t. */
void rm_draw_axis(const struct roadmap *r, WINDOW *win, int y);
/* Draws object o's bar (or its reason when not planned) into the bar column at line y. */
void rm_draw_bar(const struct roadmap *r, WINDOW *win, int y, uint32_t o, int selected);
/* Draws the load histogram with the capacity line into lines y .. y + r->hist_h − 1. */
void rm_draw_hist(const struct roadmap *r, WINDOW *win, int y);

/* Lines of the euros below the load: the periods, Migration, Betrieb, the legend. */
#define RM_KOSTEN_H 4

/* The costs of the periods of r's zoom from the left edge of the time axis on: at most
 * max (≤ 64) periods; *from gets the first month, mig[p] and betr[p] (caller-owned, max
 * entries) the cents of period p, summed from cost_monate over the session's shared costs
 * (tui/kosten_stand.h). Returns the number of periods filled, or −1 when the costs could
 * not be computed (the reason in kosten_stand's err). */
int rm_kosten_perioden(const struct roadmap *r, int max, int32_t *from, int64_t *mig,
		       int64_t *betr);
/* Draws the euros into lines y .. y + RM_KOSTEN_H − 1 (docs/dashboard.md). */
void rm_draw_kosten(const struct roadmap *r, WINDOW *win, int y);

#endif
