/* The shared object filter: matching, description, pick list. */
#include "tui/objfilter.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/date.h"
#include "model/enums.h"
#include "model/i18n.h"
#include "model/utf8.h"
#include "tui/widget.h"

int objfilter_verdict(const struct view_env *env, uint32_t o)
{
	const struct assessment *as = env->as;
	uint32_t e = as->obj[o].empfohlen;
	if (e == WP_NONE || e >= as->n_pf)
		return V_BLOCKIERT;
	return as->verdict[(size_t)o * as->n_pf + e];
}

int objfilter_fails_rl(const struct view_env *env, uint32_t o, uint32_t rl)
{
	const struct ws *ws = env->ws;
	const struct assess_obj *ao = &env->as->obj[o];
	if (rl == ws->n_rl) {
		for (uint32_t f = 0; f < ws->n_pf; f++)
			if (assess_vs_check(ws, o, f) == RLC_VERFEHLT)
				return 1;
		return 0;
	}
	int req = assess_required_level(ws, ao, o);
	for (size_t f = 0; f < ws->n_pf; f++)
		if (assess_rl_check(ws->rl_val[f * ws->n_rl + rl], req) == RLC_VERFEHLT)
			return 1;
	return 0;
}

int objfilter_any(const struct inv_filter *f)
{
	return f->behoerde != WP_NONE || f->typ >= 0 || f->verdict >= 0 || f->strategie >= 0 ||
	       f->bereit_min >= 0 || f->bereit_max >= 0 || f->rl != WP_NONE ||
	       f->vertrag_bis != INT32_MIN || f->welle > 0 || f->quickwin;
}

/* Appends " · " (unless first) and the formatted text to buf at *k. */
static void add(char *buf, size_t n, size_t *k, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void add(char *buf, size_t n, size_t *k, const char *fmt, ...)
{
	va_list ap;
	if (*k && *k < n)
		*k += (size_t)snprintf(buf + *k, n - *k, " · ");
	if (*k >= n)
		return;
	va_start(ap, fmt);
	*k += (size_t)vsnprintf(buf + *k, n - *k, fmt, ap);
	va_end(ap);
}

void objfilter_text(const struct view_env *env, const struct inv_filter *f, char *buf,
		    size_t n)
{
	const struct ws *ws = env->ws;
	size_t k = 0;
	if (!n)
		return;
	buf[0] = '\0';
	if (f->behoerde != WP_NONE && f->behoerde < ws->n_beh)
		add(buf, n, &k, _("Behörde: %s"), ws->beh[f->behoerde].name);
	if (f->typ >= 0)
		add(buf, n, &k, _("Typ: %s"), enum_display(EK_TYP, f->typ));
	if (f->verdict >= 0)
		add(buf, n, &k, _("Urteil: %s"), enum_display(EK_VERDICT, f->verdict));
	if (f->strategie >= 0)
		add(buf, n, &k, _("Strategie: %s"), enum_display(EK_STRATEGIE, f->strategie));
	if (f->bereit_min >= 0 || f->bereit_max >= 0)
		add(buf, n, &k, _("Bereitschaft %d–%d %%"), f->bereit_min >= 0 ? f->bereit_min : 0,
		    f->bereit_max >= 0 ? f->bereit_max : 100);
	if (f->rl != WP_NONE)
		add(buf, n, &k, _("verfehlt: %s"),
		    f->rl < ws->n_rl ? ws->rl[f->rl].code : _("VS-NfD-Freigabe"));
	if (f->vertrag_bis != INT32_MIN) {
		char d[16];
		date_format(f->vertrag_bis, i18n_german(), d, sizeof d);
		add(buf, n, &k, _("Vertragsende bis %s"), d);
	}
	if (f->welle > 0)
		add(buf, n, &k, _("Welle %d"), f->welle);
	if (f->quickwin)
		add(buf, n, &k, "%s", _("nur Quick Wins"));
}

static int in_beh_parents(const struct ws *ws, uint32_t at, uint32_t b)
{
	for (size_t steps = 0; at < ws->n_beh && steps <= ws->n_beh; steps++) {
		if (at == b)
			return 1;
		at = ws->beh[at].parent;
	}
	return 0;
}

int objfilter_match(const struct view_env *env, const struct inv_filter *f, uint32_t o,
		    const uint32_t *welle_of, objfilter_in_beh_fn in_beh, const void *ctx)
{
	const struct ws *ws = env->ws;
	const struct objekt *ob = &ws->obj[o];
	const struct assess_obj *ao = &env->as->obj[o];
	if (f->behoerde != WP_NONE) {
		if (f->behoerde >= ws->n_beh)
			return 0;
		if (!(in_beh ? in_beh(ctx, ob->behoerde, f->behoerde)
			     : in_beh_parents(ws, ob->behoerde, f->behoerde)))
			return 0;
	}
	if (f->typ >= 0 && ob->typ != f->typ)
		return 0;
	if (f->verdict >= 0 && objfilter_verdict(env, o) != f->verdict)
		return 0;
	if (f->strategie >= 0 && ao->strategie != f->strategie)
		return 0;
	if (f->bereit_min >= 0 && ao->bereitschaft < f->bereit_min)
		return 0;
	if (f->bereit_max >= 0 && ao->bereitschaft > f->bereit_max)
		return 0;
	if (f->vertrag_bis != INT32_MIN &&
	    (ob->vertragsende == INT32_MIN || ob->vertragsende < env->heute ||
	     ob->vertragsende > f->vertrag_bis))
		return 0;
	if (f->welle > 0 && (!welle_of || welle_of[o] != (uint32_t)f->welle))
		return 0;
	if (f->quickwin && !ao->qw_eligible)
		return 0;
	if (f->rl != WP_NONE && !objfilter_fails_rl(env, o, f->rl))
		return 0;
	return 1;
}

uint32_t objfilter_find_kennung(const struct ws *w, const char *s)
{
	uint32_t o = ws_find_objekt(w, s);
	size_t len = strlen(s);
	int idx = w->by_kennung && w->n_indexed == w->n_obj;
	if (o != WP_NONE || !len)
		return o;
	for (int prefix = 0; prefix < 2; prefix++)
		for (size_t r = 0; r < w->n_obj; r++) {
			uint32_t x = idx ? w->by_kennung[r] : (uint32_t)r;
			size_t kl = strlen(w->obj[x].kennung);
			if ((prefix ? kl >= len : kl == len) && utf8_eq_ci(w->obj[x].kennung, len, s))
				return x;
		}
	return WP_NONE;
}

static int contains_ci(const char *hay, const char *pat, size_t pl)
{
	for (size_t n = strlen(hay); n >= pl; hay++, n--)
		if (utf8_eq_ci(hay, pl, pat))
			return 1;
	return 0;
}

int objfilter_text_match(const struct ws *w, uint32_t o, const char *pat)
{
	size_t pl = strlen(pat);
	return pl && (contains_ci(w->obj[o].kennung, pat, pl) || contains_ci(w->obj[o].name, pat, pl));
}

/* ---- the pick list ---- */

enum { FD_BEH, FD_TYP, FD_URTEIL, FD_STRAT, FD_CLEAR, FD__N };
static const char *const dim_titles[FD__N] = {
	N_("Behörde"), N_("Typ"), N_("Urteil"), N_("Strategie"), N_("Alle Filter aufheben"),
};

static const struct ws *sort_ws; /* qsort has no context argument */

static int cmp_beh(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	uint32_t px = sort_ws->beh[x].parent, py = sort_ws->beh[y].parent;
	if (px != py)
		return px < py ? -1 : 1;
	int c = strcmp(sort_ws->beh[x].name, sort_ws->beh[y].name);
	return c ? c : (x > y) - (x < y);
}

/* Preorder of the Behörden, siblings by name; members of a parent cycle follow as roots.
 * Iterative. Returns 0 or -WP_ENOMEM. */
static int build_pre(struct objfilter_pick *fp)
{
	const struct ws *ws = fp->env->ws;
	size_t n = ws->n_beh, k = 0, sp = 0;
	uint32_t *kids = malloc((n ? n : 1) * sizeof *kids);
	size_t *first = calloc(n + 2, sizeof *first);
	uint32_t *stack = malloc((n ? n : 1) * sizeof *stack);
	uint8_t *seen = calloc(n ? n : 1, 1), *bd = calloc(n ? n : 1, 1);
	uint32_t *pre = fp->own_pre = malloc((n ? n : 1) * sizeof *fp->own_pre);
	uint8_t *depth = fp->own_depth = malloc(n ? n : 1);
	size_t *sub = fp->own_sub = calloc(n ? n : 1, sizeof *fp->own_sub);
	uint32_t *pos = malloc((n ? n : 1) * sizeof *pos);
	int rc = -WP_ENOMEM;
	if (!kids || !first || !stack || !seen || !bd || !pre || !depth || !sub || !pos)
		goto out;
	/* children grouped by parent (roots, parent WP_NONE, sort last), by name */
	for (size_t i = 0; i < n; i++)
		kids[i] = (uint32_t)i;
	sort_ws = ws;
	qsort(kids, n, sizeof *kids, cmp_beh);
	sort_ws = NULL;
	/* first[p] = first position in kids of a child of p; roots at first[n] */
	for (size_t i = n + 1; i-- > 0;)
		first[i] = n;
	for (size_t i = n; i-- > 0;) {
		uint32_t p = ws->beh[kids[i]].parent;
		first[p < n ? p : n] = i;
	}
	for (size_t pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n && k < n; i++) {
			uint32_t r = kids[i];
			uint32_t par = ws->beh[r].parent;
			if (seen[r] || (pass == 0 && par < n))
				continue;
			/* depth-first from r: push children in reverse name order */
			stack[sp++] = r;
			seen[r] = 1;
			while (sp) {
				uint32_t b = stack[--sp];
				uint32_t pb = ws->beh[b].parent;
				/* the parent is placed before its children */
				unsigned d = b != r && pb < n && bd[pb] < 255 ? bd[pb] + 1u : 0u;
				bd[b] = (uint8_t)d;
				pre[k] = b;
				depth[k++] = (uint8_t)d;
				size_t s = first[b], e = s;
				while (e < n && ws->beh[kids[e]].parent == b)
					e++;
				for (size_t j = e; j-- > s;)
					if (!seen[kids[j]]) {
						seen[kids[j]] = 1;
						stack[sp++] = kids[j];
					}
			}
		}
	}
	/* objects per subtree: own objects, then each position adds itself to its parent's
	 * (children come after their parent in preorder) */
	for (size_t i = 0; i < k; i++)
		pos[pre[i]] = (uint32_t)i;
	for (size_t o = 0; o < ws->n_obj; o++)
		if (ws->obj[o].behoerde < n)
			sub[pos[ws->obj[o].behoerde]]++;
	for (size_t i = k; i-- > 0;) {
		uint32_t par = ws->beh[pre[i]].parent;
		if (par < n && depth[i] > 0)
			sub[pos[par]] += sub[i];
	}
	fp->tree = (struct objfilter_tree){ pre, depth, sub, k };
	rc = 0;
out:
	free(kids);
	free(first);
	free(stack);
	free(seen);
	free(bd);
	free(pos);
	return rc;
}

static const char *dim_label(void *ctx, size_t i, char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return _(dim_titles[i]);
}

static const char *value_label(void *ctx, size_t i, char *buf, size_t n)
{
	struct objfilter_pick *fp = ctx;
	if (i == 0)
		return _("(alle)");
	i--;
	switch (fp->dim) {
	case FD_BEH: {
		const struct objfilter_tree *t = &fp->tree;
		int d = t->depth[i] < 12 ? t->depth[i] : 12;
		uint32_t b = t->pre[i];
		if (t->sub)
			snprintf(buf, n, "%*s%s (%zu)", 2 * d, "", fp->env->ws->beh[b].name, t->sub[i]);
		else
			snprintf(buf, n, "%*s%s", 2 * d, "", fp->env->ws->beh[b].name);
		return buf;
	}
	case FD_TYP: return enum_display(EK_TYP, (int)i);
	case FD_URTEIL: return enum_display(EK_VERDICT, (int)i);
	default: return enum_display(EK_STRATEGIE, (int)i + 1);
	}
}

int objfilter_pick_open(struct objfilter_pick *fp, const struct view_env *env,
			const struct objfilter_tree *tree)
{
	objfilter_pick_free(fp);
	fp->env = env;
	if (tree)
		fp->tree = *tree;
	if (pick_open(&fp->pk, _("Filtern nach"), FD__N, dim_label, fp, env->theme))
		return -WP_ENOMEM;
	fp->step = 1;
	return 0;
}

int objfilter_pick_active(const struct objfilter_pick *fp)
{
	return fp->step != 0;
}

static void open_values(struct objfilter_pick *fp, int dim, const struct inv_filter *f)
{
	size_t n, cur = 0;
	char title[128];
	fp->dim = dim;
	switch (dim) {
	case FD_BEH:
		if (!fp->tree.pre && build_pre(fp)) {
			fp->step = 0;
			return;
		}
		n = fp->tree.nb;
		for (size_t i = 0; i < fp->tree.nb; i++)
			if (fp->tree.pre[i] == f->behoerde)
				cur = i + 1;
		break;
	case FD_TYP:
		n = TYP__N;
		cur = f->typ >= 0 ? (size_t)f->typ + 1 : 0;
		break;
	case FD_URTEIL:
		n = V__N;
		cur = f->verdict >= 0 ? (size_t)f->verdict + 1 : 0;
		break;
	default:
		n = STRAT__N - 1;
		cur = f->strategie > 0 ? (size_t)f->strategie : 0;
		break;
	}
	snprintf(title, sizeof title, _("Filter: %s"), _(dim_titles[dim]));
	pick_free(&fp->pk);
	if (pick_open(&fp->pk, title, n + 1, value_label, fp, fp->env->theme)) {
		fp->step = 0;
		return;
	}
	pick_select(&fp->pk, cur);
	fp->step = 2;
}

int objfilter_pick_key(struct objfilter_pick *fp, int key, struct inv_filter *f)
{
	int r = pick_key(&fp->pk, key);
	if (r == WR_CANCEL) {
		pick_free(&fp->pk);
		fp->step = 0;
		return 0;
	}
	if (r != WR_DONE)
		return 0;
	size_t item = pick_selected(&fp->pk);
	int step = fp->step;
	pick_free(&fp->pk);
	fp->step = 0;
	if (item == (size_t)-1)
		return 0;
	if (step == 1) {
		if (item == FD_CLEAR) {
			inv_filter_clear(f);
			return 1;
		}
		open_values(fp, (int)item, f);
		return 0;
	}
	int v = item == 0 ? -1 : (int)item - 1;
	switch (fp->dim) {
	case FD_BEH: f->behoerde = v < 0 ? WP_NONE : fp->tree.pre[v]; break;
	case FD_TYP: f->typ = v; break;
	case FD_URTEIL: f->verdict = v; break;
	default: f->strategie = v < 0 ? -1 : v + 1; break;
	}
	return 1;
}

void objfilter_pick_draw(struct objfilter_pick *fp, WINDOW *win)
{
	if (fp->step)
		pick_draw(&fp->pk, win);
}

void objfilter_pick_free(struct objfilter_pick *fp)
{
	pick_free(&fp->pk);
	free(fp->own_pre);
	free(fp->own_depth);
	free(fp->own_sub);
	fp->own_pre = NULL;
	fp->own_depth = NULL;
	fp->own_sub = NULL;
	fp->tree = (struct objfilter_tree){ NULL, NULL, NULL, 0 };
	fp->step = 0;
}
