/* Inventar and Bewertung exports. */
#include "data/export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/enums.h"
#include "model/explain_text.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/platform.h"

void export_inventar(const struct ws *w, struct csvout *o)
{
	size_t ncol = (size_t)F__CSV + 1 + w->n_dvc; /* + Übergeordnet */
	const char **cells = calloc(ncol, sizeof *cells);
	char *buf = malloc(ncol * 1024);
	char *deps = NULL;
	size_t depcap = 0;
	if (!cells || !buf)
		goto out;
	/* header: fields up to Standards, the DVC criteria, then Strategie … Inbetriebnahme,
	 * Übergeordnet (the parent of the row's Behörde), Notiz (docs/csv.md) */
	size_t k = 0;
	for (int f = 0; f <= F_STANDARDS; f++)
		cells[k++] = field_defs[f].label;
	for (size_t d = 0; d < w->n_dvc; d++)
		cells[k++] = w->dvc[d].code;
	for (int f = F_STANDARDS + 1; f < F__CSV; f++) {
		if (f == F_NOTIZ)
			cells[k++] = "Übergeordnet";
		cells[k++] = field_defs[f].label;
	}
	csvout_row(o, cells, ncol);
	int de = csvout_german(o);
	for (size_t r = 0; r < w->n_obj; r++) {
		uint32_t oi = w->by_kennung[r];
		k = 0;
		for (int f = 0; f < F__CSV; f++) {
			if (f == F_NOTIZ) {
				uint32_t p = w->beh[w->obj[oi].behoerde].parent;
				cells[k++] = p != WP_NONE ? w->beh[p].name : "";
			}
			if (f == F_STRATEGIE)
				for (size_t d = 0; d < w->n_dvc; d++, k++) {
					uint8_t v = w->crit[(size_t)oi * w->n_dvc + d];
					cells[k] = v == CV_UNBEKANNT ? "" : enum_label(EK_CRIT, v);
				}
			if (f == F_ABHAENGIGKEITEN) {
				/* the list can be long: size the buffer to the object's edges */
				size_t need = 1;
				for (uint32_t j = w->out_off[oi]; j < w->out_off[oi + 1]; j++)
					need += KENNUNG_BYTES + 4 + strlen(ws_dep_label(w, w->out_dep[j])) + 1;
				if (need > depcap) {
					char *nd = realloc(deps, need);
					if (!nd)
						goto out;
					deps = nd;
					depcap = need;
				}
				cells[k++] = objekt_get(w, oi, f, de, deps, depcap);
				continue;
			}
			if (f == F_NAME || f == F_NOTIZ || f == F_HERSTELLER || f == F_PRODUKT ||
			    f == F_STANDARDS || f == F_OZG || f == F_KENNUNG) {
				/* strings of any length: use them directly */
				const struct objekt *ob = &w->obj[oi];
				cells[k++] = f == F_NAME ? ob->name : f == F_NOTIZ ? ob->notiz
					   : f == F_HERSTELLER ? ob->hersteller : f == F_PRODUKT ? ob->produkt
					   : f == F_STANDARDS ? ob->standards : f == F_OZG ? ob->ozg : ob->kennung;
				continue;
			}
			if (f == F_BEHOERDE) {
				cells[k++] = w->beh[w->obj[oi].behoerde].name;
				continue;
			}
			cells[k] = objekt_get(w, oi, f, de, buf + k * 1024, 1024);
			k++;
		}
		csvout_row(o, cells, ncol);
	}
out:
	free(deps);
	free(cells);
	free(buf);
}

void export_bewertung(const struct ws *w, const struct assessment *a, struct csvout *o)
{
	static const char *const head[11] = { "Kennung", "Name", "Behörde", "Plattform", "Urteil",
					      "Rote_Linien", "Schutzklasse", "Bereitschaft",
					      "Konfidenz", "Empfohlen", "Profil_geprueft" };
	csvout_row(o, head, 11);
	for (size_t r = 0; r < w->n_obj; r++) {
		uint32_t oi = w->by_kennung[r];
		const struct assess_obj *ao = &a->obj[oi];
		char codes[512], ber[8], konf[8];
		snprintf(ber, sizeof ber, "%d", ao->bereitschaft);
		snprintf(konf, sizeof konf, "%d", ao->konfidenz);
		for (size_t p = 0; p < w->n_pf; p++) {
			verdict_codes(w, a, oi, (uint32_t)p, codes, sizeof codes);
			int geprueft = pf_geprueft(w, (uint32_t)p);
			const char *cells[11] = {
				w->obj[oi].kennung, w->obj[oi].name, w->beh[w->obj[oi].behoerde].name,
				w->pf[p].code, enum_label(EK_VERDICT, a->verdict[(size_t)oi * a->n_pf + p]),
				codes, enum_label(EK_LEVEL, ao->schutzklasse), ber, konf,
				ao->empfohlen != p ? "nein" : ao->flags & AF_VORGABE ? "Vorgabe" : "ja",
				geprueft ? "ja" : "nein",
			};
			csvout_row(o, cells, 11);
			if (!geprueft)
				csvout_mark_ungeprueft(o);
		}
	}
}

char *export_caveat(const struct export_count *n, char *buf, size_t len)
{
	buf[0] = '\0';
	if (n->ungeprueft)
		snprintf(buf, len,
			 ngettext(" · %zu davon auf einem ungeprüften Plattformprofil "
				  "(Profil_geprueft = nein)",
				  " · %zu davon auf ungeprüften Plattformprofilen (Profil_geprueft = nein)",
				  n->ungeprueft),
			 n->ungeprueft);
	return buf;
}

int export_write_file(const char *path, int dialect, export_write_fn write, void *ctx,
		      struct export_count *n, struct wp_err *e)
{
	struct csvout *o = NULL;
	int rc = csvout_open(path, (enum csv_dialect)dialect, &o, e);
	n->rows = n->ungeprueft = 0;
	if (rc)
		return rc;
	if ((rc = write(ctx, o))) {
		csvout_close(&o, 0, e);
		return wp_fail(e, -rc, "%s", _(EXPORT_MSG_NOMEM));
	}
	size_t r = csvout_rows(o), u = csvout_ungeprueft(o);
	if ((rc = csvout_close(&o, 1, e)))
		return rc;
	n->rows = r ? r - 1 : 0;
	n->ungeprueft = u;
	return 0;
}
