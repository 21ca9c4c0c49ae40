/* Platform edits: snapshots, validated one-transaction writes with exact rollback, the
 * journal steps for undo/redo, and the what-if comparison. */
#include "data/edit_platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/enums.h"
#include "model/fields.h"
#include "model/i18n.h"
#include "model/labels.h"
#include "model/platform.h"

void pf_snap_free(struct pf_snap **snp)
{
	struct pf_snap *sn = snp ? *snp : NULL;
	if (!sn)
		return;
	free(sn->code);
	free(sn->name);
	free(sn->beschreibung);
	if (sn->quelle)
		for (size_t r = 0; r < sn->n_rl; r++)
			free(sn->quelle[r]);
	free(sn->quelle);
	free(sn->val);
	szenario_rest_free(&sn->sz);
	free(sn);
	*snp = NULL;
}

int pf_snap_set_text(char **field, const char *value)
{
	char *c = strdup(value ? value : "");
	if (!c)
		return -WP_ENOMEM;
	free(*field);
	*field = c;
	return 0;
}

/* An empty snapshot for n_rl red lines (values unbekannt, sources ""). */
static struct pf_snap *snap_alloc(size_t n_rl)
{
	struct pf_snap *sn = calloc(1, sizeof *sn);
	if (!sn)
		return NULL;
	sn->n_rl = n_rl;
	sn->val = calloc(n_rl ? n_rl : 1, 1);
	sn->quelle = calloc(n_rl ? n_rl : 1, sizeof *sn->quelle);
	if (!sn->val || !sn->quelle) {
		pf_snap_free(&sn);
		return NULL;
	}
	for (size_t r = 0; r < n_rl; r++)
		if (!(sn->quelle[r] = strdup(""))) {
			pf_snap_free(&sn);
			return NULL;
		}
	return sn;
}

struct pf_snap *pf_snap_take(const struct ws *w, uint32_t p)
{
	if (p >= w->n_pf)
		return NULL;
	const struct plattform *pf = &w->pf[p];
	struct pf_snap *sn = snap_alloc(w->n_rl);
	if (!sn || pf_snap_set_text(&sn->code, pf->code) || pf_snap_set_text(&sn->name, pf->name) ||
	    pf_snap_set_text(&sn->beschreibung, pf->beschreibung)) {
		pf_snap_free(&sn);
		return NULL;
	}
	sn->rang = pf->rang;
	sn->vs_nfd = pf->vs_nfd;
	sn->beispiel = pf->beispiel;
	sn->kostenfaktor = pf->kostenfaktor;
	for (size_t r = 0; r < w->n_rl; r++) {
		sn->val[r] = w->rl_val[(size_t)p * w->n_rl + r];
		if (pf_snap_set_text(&sn->quelle[r], w->rl_quelle[(size_t)p * w->n_rl + r])) {
			pf_snap_free(&sn);
			return NULL;
		}
	}
	return sn;
}

struct pf_snap *pf_snap_new(const struct ws *w, const char *code, const char *name, int rang,
			    int vs)
{
	struct pf_snap *sn = snap_alloc(w->n_rl);
	if (!sn || pf_snap_set_text(&sn->code, code) || pf_snap_set_text(&sn->name, name) ||
	    pf_snap_set_text(&sn->beschreibung, "")) {
		pf_snap_free(&sn);
		return NULL;
	}
	sn->rang = rang;
	sn->vs_nfd = (uint8_t)vs;
	sn->kostenfaktor = COST_BP;
	return sn;
}

static int validate(const struct ws *w, const struct pf_snap *sn, struct wp_err *e)
{
	int rc = pf_code_check(sn->code, e);
	if (rc)
		return rc;
	const char *n = sn->name ? sn->name : "";
	while (*n == ' ')
		n++;
	if (!*n)
		return field_fail_empty(e, PF_FIELD_NAME, _(LBL_F_NAME));
	if ((rc = pf_rang_check(sn->rang, e)) || (rc = pf_faktor_check(sn->kostenfaktor, e)))
		return rc;
	int fits = sn->n_rl == w->n_rl && sn->vs_nfd < TRI__N;
	for (size_t r = 0; r < sn->n_rl && fits; r++)
		fits = sn->val[r] < RL__N;
	return fits ? 0 : wp_fail(e, WP_EINVAL, "%s", _("das Profil passt nicht zum Katalog"));
}

/* What a store_tx step writes: platform p of w (with sz, the rows a deleted platform had
 * in the inactive scenarios, if it is new), or deletes the one with store id. */
struct pf_tx {
	struct ws *w;
	uint32_t p;
	int64_t id;
	const struct sz_rest *sz;
};

static int tx_save(void *ctx, struct store *s, struct wp_err *e)
{
	struct pf_tx *a = ctx;
	int rc = store_save_plattform(s, a->w, a->p, e);
	return rc || !a->sz ? rc : szenario_rest_zurueck(s, a->sz, a->w->pf[a->p].id, e);
}

static int tx_delete(void *ctx, struct store *s, struct wp_err *e)
{
	return store_delete_plattform(s, ((struct pf_tx *)ctx)->id, e);
}

/* Writes sn into w (overwriting the platform with its code, or adding one) and the store,
 * in one transaction; on failure w is restored exactly. */
static int put(struct store *s, struct ws *w, const struct pf_snap *sn, struct wp_err *e)
{
	int rc = validate(w, sn, e);
	if (rc)
		return rc;
	uint32_t p = ws_find_plattform(w, sn->code);
	int isnew = p == WP_NONE;
	struct plattform keep = { 0 };
	uint8_t *kval = NULL;
	const char **kq = NULL;
	const char *name = ws_str(w, sn->name), *besch = ws_str(w, sn->beschreibung);
	const char **q = calloc(sn->n_rl ? sn->n_rl : 1, sizeof *q);
	if (!name || !besch || !q)
		goto nomem;
	for (size_t r = 0; r < sn->n_rl; r++)
		if (!(q[r] = ws_str(w, sn->quelle[r])))
			goto nomem;
	if (isnew) {
		const char *code = ws_str(w, sn->code);
		if (!code || (p = ws_add_plattform(w, code)) == WP_NONE)
			goto nomem;
	} else {
		kval = malloc(w->n_rl ? w->n_rl : 1);
		kq = malloc((w->n_rl ? w->n_rl : 1) * sizeof *kq);
		if (!kval || !kq)
			goto nomem;
		keep = w->pf[p];
		memcpy(kval, &w->rl_val[(size_t)p * w->n_rl], w->n_rl);
		memcpy(kq, &w->rl_quelle[(size_t)p * w->n_rl], w->n_rl * sizeof *kq);
	}
	struct plattform *pf = &w->pf[p];
	pf->name = name;
	pf->beschreibung = besch;
	pf->rang = sn->rang;
	pf->vs_nfd = sn->vs_nfd;
	pf->beispiel = sn->beispiel;
	pf->kostenfaktor = sn->kostenfaktor;
	for (size_t r = 0; r < w->n_rl; r++) {
		w->rl_val[(size_t)p * w->n_rl + r] = sn->val[r];
		w->rl_quelle[(size_t)p * w->n_rl + r] = q[r];
	}
	struct pf_tx a = { w, p, 0, isnew ? sn->sz : NULL };
	if ((rc = store_tx(s, tx_save, &a, e))) {
		if (isnew) {
			w->n_pf--;
		} else {
			w->pf[p] = keep;
			memcpy(&w->rl_val[(size_t)p * w->n_rl], kval, w->n_rl);
			memcpy(&w->rl_quelle[(size_t)p * w->n_rl], kq, w->n_rl * sizeof *kq);
		}
	}
	free(kval);
	free(kq);
	free(q);
	return rc;
nomem:
	free(kval);
	free(kq);
	free(q);
	return wp_nomem(e);
}

/* Removes the platform with code from the store and then from w (indexes above it shift
 * down by one). */
static int drop(struct store *s, struct ws *w, const char *code, struct wp_err *e)
{
	uint32_t p = ws_find_plattform(w, code);
	int rc;
	if (p == WP_NONE)
		return wp_fail(e, WP_ENOTFOUND, _("keine Plattform mit dem Code \"%s\""), code);
	struct pf_tx a = { w, p, w->pf[p].id, NULL };
	if ((rc = store_tx(s, tx_delete, &a, e)))
		return rc;
	size_t after = w->n_pf - p - 1, nr = w->n_rl;
	memmove(&w->pf[p], &w->pf[p + 1], after * sizeof *w->pf);
	memmove(&w->rl_val[(size_t)p * nr], &w->rl_val[(size_t)(p + 1) * nr], after * nr);
	memmove(&w->rl_quelle[(size_t)p * nr], &w->rl_quelle[(size_t)(p + 1) * nr],
		after * nr * sizeof *w->rl_quelle);
	w->n_pf--;
	return 0;
}

/* ---- the journal step ---- */

struct pf_step {
	struct pf_snap *vorher, *nachher; /* NULL: the platform does not exist in that state */
};

static int step_apply(void *ctx, int undo, struct store *s, struct ws *w, struct wp_err *e)
{
	struct pf_step *st = ctx;
	const struct pf_snap *to = undo ? st->vorher : st->nachher;
	const struct pf_snap *from = undo ? st->nachher : st->vorher;
	if (!to)
		return drop(s, w, from->code, e);
	return put(s, w, to, e);
}

static void step_describe(const void *ctx, const struct ws *w, int undo, char *buf, size_t n)
{
	const struct pf_step *st = ctx;
	const struct pf_snap *to = undo ? st->vorher : st->nachher;
	const struct pf_snap *from = undo ? st->nachher : st->vorher;
	if (!to) {
		snprintf(buf, n, _("Plattform %s entfernt"), from->code);
		return;
	}
	if (!from) {
		snprintf(buf, n, undo ? _("Plattform %s wiederhergestellt") : _("Plattform %s angelegt"),
			 to->code);
		return;
	}
	for (size_t r = 0; r < to->n_rl && r < w->n_rl; r++)
		if (to->val[r] != from->val[r] || strcmp(to->quelle[r], from->quelle[r]) != 0) {
			snprintf(buf, n, _("Plattform %s: %s = %s"), to->code, w->rl[r].code,
				 enum_label(EK_RL, to->val[r]));
			return;
		}
	if (to->vs_nfd != from->vs_nfd) {
		snprintf(buf, n, _("Plattform %s: VS-NfD-Zulassung = %s"), to->code,
			 enum_label(EK_TRI, to->vs_nfd));
		return;
	}
	if (to->kostenfaktor != from->kostenfaktor) {
		char f[16];
		snprintf(buf, n, _("Plattform %s: Kostenfaktor = %s"), to->code,
			 pf_faktor_format(to->kostenfaktor, i18n_german(), f, sizeof f));
		return;
	}
	snprintf(buf, n, _("Plattform %s: Name, Rang, Beschreibung"), to->code);
}

static void step_release(void *ctx)
{
	struct pf_step *st = ctx;
	if (!st)
		return;
	pf_snap_free(&st->vorher);
	pf_snap_free(&st->nachher);
	free(st);
}

static const struct edit_ext_ops step_ops = { step_apply, step_describe, step_release };

/* Records the done step st in l (st is released when l is NULL or on failure). */
static int journal(struct edit_log *l, struct pf_step *st, struct wp_err *e)
{
	if (!l) {
		step_release(st);
		return 0;
	}
	return edit_journal_ext(l, &step_ops, st) ? wp_nomem(e) : 0;
}

int edit_pf_change(struct edit_log *l, struct store *s, struct ws *w, const struct pf_snap *sn,
		   struct wp_err *e)
{
	struct pf_step *st = calloc(1, sizeof *st);
	if (!st)
		return wp_nomem(e);
	uint32_t p = sn->code ? ws_find_plattform(w, sn->code) : WP_NONE;
	if (p != WP_NONE && !(st->vorher = pf_snap_take(w, p))) {
		step_release(st);
		return wp_nomem(e);
	}
	int rc = put(s, w, sn, e);
	if (rc) {
		step_release(st);
		return rc;
	}
	p = ws_find_plattform(w, sn->code);
	if (!(st->nachher = pf_snap_take(w, p))) {
		step_release(st);
		return wp_nomem(e);
	}
	return journal(l, st, e);
}

int edit_pf_delete(struct edit_log *l, struct store *s, struct ws *w, uint32_t p,
		   struct wp_err *e)
{
	if (p >= w->n_pf)
		return wp_fail(e, WP_ENOTFOUND, "%s", _("die Plattform gibt es nicht mehr"));
	struct pf_step *st = calloc(1, sizeof *st);
	if (!st || !(st->vorher = pf_snap_take(w, p))) {
		step_release(st);
		return wp_nomem(e);
	}
	int rc = szenario_rest_plattform(s, w->pf[p].id, &st->vorher->sz, e);
	if (!rc)
		rc = drop(s, w, st->vorher->code, e);
	if (rc) {
		step_release(st);
		return rc;
	}
	return journal(l, st, e);
}

/* ---- what-if ---- */

int pf_whatif(struct ws *w, const struct assessment *a, const struct pf_snap *sn,
	      struct pf_change **out, size_t *n, size_t *n_empf)
{
	*out = NULL;
	*n = 0;
	if (n_empf)
		*n_empf = 0;
	uint32_t p = sn->code ? ws_find_plattform(w, sn->code) : WP_NONE;
	if (p == WP_NONE || sn->n_rl != w->n_rl || a->n_pf != w->n_pf || a->n_obj != w->n_obj)
		return -WP_ENOTFOUND;
	size_t nr = w->n_rl;
	uint8_t *keep = malloc(nr ? nr : 1);
	struct assessment *b = NULL;
	if (!keep)
		return -WP_ENOMEM;
	uint8_t keep_vs = w->pf[p].vs_nfd;
	memcpy(keep, &w->rl_val[(size_t)p * nr], nr);
	memcpy(&w->rl_val[(size_t)p * nr], sn->val, nr);
	w->pf[p].vs_nfd = sn->vs_nfd;
	int rc = assess_run(w, &b);
	memcpy(&w->rl_val[(size_t)p * nr], keep, nr);
	w->pf[p].vs_nfd = keep_vs;
	free(keep);
	if (rc)
		return rc < 0 ? rc : -WP_ENOMEM;
	size_t cnt = 0, cap = 0;
	struct pf_change *ch = NULL;
	int indexed = w->by_kennung && w->n_indexed == w->n_obj;
	for (size_t i = 0; i < w->n_obj; i++) {
		uint32_t o = indexed ? w->by_kennung[i] : (uint32_t)i;
		uint8_t v0 = a->verdict[(size_t)o * a->n_pf + p], v1 = b->verdict[(size_t)o * b->n_pf + p];
		if (n_empf && a->obj[o].empfohlen != b->obj[o].empfohlen)
			(*n_empf)++;
		if (v0 == v1)
			continue;
		if (cnt == cap) {
			size_t nc = cap ? cap * 2 : 32;
			struct pf_change *nx = realloc(ch, nc * sizeof *nx);
			if (!nx) {
				free(ch);
				assessment_free(&b);
				return -WP_ENOMEM;
			}
			ch = nx;
			cap = nc;
		}
		ch[cnt++] = (struct pf_change){ o, v0, v1 };
	}
	assessment_free(&b);
	*out = ch;
	*n = cnt;
	return 0;
}
