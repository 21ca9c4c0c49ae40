/* Streaming Inventar import on two threads: the calling thread parses and validates the CSV
 * (inventar_read); for every new object it assigns the store id and hands a copy of the row
 * to a writer thread, which inserts it at once inside one bulk transaction. So parsing and
 * SQLite's inserts overlap on two cores. When the whole file is valid, the writer stores
 * changed objects and all dependencies and commits; on any error it rolls back. Only the
 * writer touches the store while it runs; it reads the workspace only through the copies
 * until the reading thread has finished. */
#include "data/import.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/i18n.h"

#define BATCH 512 /* rows per hand-over */
#define NBATCH 8  /* batches in flight: bounds the memory of a slow writer */
#define DEPS 1000 /* streamed dependencies the writer collects per insert call */

enum job_kind { JOB_BEH, JOB_OBJ, JOB_DEP };

struct job {
	uint8_t kind;
	union {
		struct objekt o;   /* JOB_OBJ: copy of the object (its strings live in the pool) */
		struct behoerde b; /* JOB_BEH: copy of the Behörde */
		struct dep_row d;  /* JOB_DEP: a dependency of a new object, by store ids */
	} u;
	int64_t ref;               /* JOB_OBJ: store id of its Behörde; JOB_BEH: of its parent */
};

struct batch {
	size_t n;
	struct job job[BATCH];
	uint8_t *crit; /* BATCH × n_dvc criterion values of the JOB_OBJ rows */
};

struct imp {
	struct store *s;
	struct ws *w;
	struct wp_err *e; /* the caller's, for the reading thread's errors */
	const struct kriterium *dvc; /* the catalogue as it was when reading started */
	size_t n_dvc;
	int64_t next_obj, next_beh, now;
	/* new objects get ids in index order: id = id0 + (index - first_new), which spares
	 * on_dep a cache miss on the target object; gap = 1 once that does not hold */
	uint32_t first_new;
	int64_t id0;
	int gap;
	struct batch *cur; /* filled by the reading thread */
	/* hand-over queue, guarded by mu */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct batch *full[NBATCH + 1], *spare[NBATCH + 1];
	size_t n_full, n_spare;
	int finish;  /* 0: rows may follow; 1: rows done; 2: file valid, finalize with res;
		      * -1: roll back */
	const struct inventar_result *res;
	/* writer only */
	struct dep_row deps[DEPS];
	size_t n_deps;
	/* writer's outcome (read after join) */
	int wrc;
	struct wp_err we;
};

static struct batch *batch_new(size_t n_dvc)
{
	struct batch *b = malloc(sizeof *b);
	if (!b)
		return NULL;
	b->n = 0;
	b->crit = malloc(BATCH * (n_dvc ? n_dvc : 1));
	if (!b->crit) {
		free(b);
		return NULL;
	}
	return b;
}

static void batch_free(struct batch *b)
{
	if (b) {
		free(b->crit);
		free(b);
	}
}

/* Reading thread: passes the current batch to the writer and takes an empty one. */
static int hand_over(struct imp *m)
{
	pthread_mutex_lock(&m->mu);
	while (m->n_full == NBATCH)
		pthread_cond_wait(&m->cv, &m->mu);
	m->full[m->n_full++] = m->cur;
	m->cur = m->n_spare ? m->spare[--m->n_spare] : NULL;
	pthread_cond_broadcast(&m->cv);
	pthread_mutex_unlock(&m->mu);
	if (!m->cur)
		m->cur = batch_new(m->n_dvc);
	if (!m->cur)
		return -WP_ENOMEM;
	m->cur->n = 0;
	return 0;
}

static int push_beh(struct imp *m, uint32_t bi)
{
	struct behoerde *b = &m->w->beh[bi];
	/* a new parent (column Übergeordnet) goes in first */
	if (b->parent != WP_NONE && m->w->beh[b->parent].id == 0 && push_beh(m, b->parent))
		return -WP_ENOMEM;
	b->id = m->next_beh++;
	if (m->cur->n == BATCH && hand_over(m))
		return -WP_ENOMEM;
	struct job *j = &m->cur->job[m->cur->n++];
	j->kind = JOB_BEH;
	j->u.b = *b;
	j->ref = b->parent != WP_NONE ? m->w->beh[b->parent].id : 0;
	return 0;
}

/* inventar_read's hook: a new object's row is valid so far. */
static int on_new(void *ctx, struct ws *w, uint32_t oi)
{
	struct imp *m = ctx;
	struct objekt *o = &w->obj[oi];
	if ((w->beh[o->behoerde].id == 0 && push_beh(m, o->behoerde)) ||
	    (m->cur->n == BATCH && hand_over(m)))
		return wp_nomem(m->e);
	o->id = m->next_obj++;
	o->erstellt = o->geaendert = m->now;
	if (oi < m->first_new || o->id - m->id0 != (int64_t)(oi - m->first_new))
		m->gap = 1;
	size_t k = m->cur->n++;
	struct job *j = &m->cur->job[k];
	j->kind = JOB_OBJ;
	j->u.o = *o;
	j->ref = w->beh[o->behoerde].id;
	if (m->n_dvc)
		memcpy(m->cur->crit + k * m->n_dvc, w->crit + (size_t)oi * m->n_dvc, m->n_dvc);
	return 0;
}

/* inventar_read's hook: a dependency of a new object on one already read. */
static int on_dep(void *ctx, struct ws *w, uint32_t von, uint32_t zu, const char *label)
{
	struct imp *m = ctx;
	if (m->cur->n == BATCH && hand_over(m))
		return wp_nomem(m->e);
	struct job *j = &m->cur->job[m->cur->n++];
	j->kind = JOB_DEP;
	int64_t zid = !m->gap && zu >= m->first_new ? m->id0 + (zu - m->first_new) : w->obj[zu].id;
	j->u.d = (struct dep_row){ w->obj[von].id, zid, label };
	return 0;
}

/* Reading thread: state 1 = no more rows, 2 = file valid, finalize with m->res, -1 = roll
 * back. */
static int finish(struct imp *m, int state)
{
	int rc = 0;
	if (state > 0 && m->cur && m->cur->n)
		rc = hand_over(m);
	pthread_mutex_lock(&m->mu);
	m->finish = rc ? -1 : state;
	pthread_cond_broadcast(&m->cv);
	pthread_mutex_unlock(&m->mu);
	return rc;
}

static int flush_deps(struct imp *m)
{
	int rc = store_insert_dep_rows(m->s, m->deps, m->n_deps, &m->we);
	m->n_deps = 0;
	return rc;
}

/* inventar_read's hook: every row is read. */
static void on_parsed(void *ctx)
{
	struct imp *m = ctx;
	finish(m, 1);
}

/* Writer: the rows of one batch; objects and dependencies are collected into multi-row
 * inserts (the objects within the batch, whose memory they borrow). */
static int write_batch(struct imp *m, const struct batch *b)
{
	struct objekt_row rows[BATCH];
	size_t n_rows = 0;
	int rc = 0;
	for (size_t i = 0; i < b->n && !rc; i++) {
		const struct job *j = &b->job[i];
		if (j->kind == JOB_BEH)
			rc = store_insert_behoerde_row(m->s, &j->u.b, j->ref, &m->we);
		else if (j->kind == JOB_OBJ)
			rows[n_rows++] = (struct objekt_row){ &j->u.o, j->ref, b->crit + i * m->n_dvc };
		else if ((m->deps[m->n_deps++] = j->u.d, m->n_deps == DEPS))
			rc = flush_deps(m);
	}
	/* the foreign keys are off in the bulk transaction: dependencies flushed above may
	 * name objects of this batch that go in only now */
	if (!rc && n_rows)
		rc = store_insert_objekt_rows(m->s, rows, n_rows, m->dvc, m->n_dvc, &m->we);
	return rc;
}

/* After a valid file: the changed objects, their old dependencies replaced. (New objects
 * and all their dependencies were streamed.) The reading thread only reads w now. */
static int finalize(struct imp *m)
{
	const struct inventar_result *r = m->res;
	size_t n = r->n_new + r->n_changed;
	int rc = m->n_deps ? flush_deps(m) : 0;
	for (size_t i = 0; i < n && !rc; i++)
		if (r->touched[i] < r->first_new)
			rc = store_save_objekt(m->s, m->w, r->touched[i], &m->we);
	for (size_t i = 0; i < n && !rc; i++)
		if (r->touched[i] < r->first_new &&
		    !(rc = store_delete_deps(m->s, m->w, r->touched[i], &m->we)))
			rc = store_insert_deps(m->s, m->w, &r->touched[i], 1, &m->we);
	return rc;
}

static void *writer(void *arg)
{
	struct imp *m = arg;
	int rc = store_begin_bulk(m->s, &m->we);
	int flushed = 0, state;
	for (;;) {
		pthread_mutex_lock(&m->mu);
		while (!m->n_full && (!m->finish || (m->finish == 1 && flushed)))
			pthread_cond_wait(&m->cv, &m->mu);
		if (!m->n_full) {
			state = m->finish;
			pthread_mutex_unlock(&m->mu);
			if (state != 1)
				break;
			/* every row and dependency is here; while the reading thread builds its
			 * indexes, write the pages rather than in the commit */
			if (!rc && m->n_deps)
				rc = flush_deps(m);
			if (!rc)
				rc = store_flush(m->s, &m->we);
			flushed = 1;
			continue;
		}
		struct batch *b = m->full[0];
		memmove(m->full, m->full + 1, --m->n_full * sizeof m->full[0]);
		int stop = m->finish < 0;
		pthread_mutex_unlock(&m->mu);
		if (!rc && !stop)
			rc = write_batch(m, b);
		pthread_mutex_lock(&m->mu);
		m->spare[m->n_spare++] = b;
		pthread_cond_broadcast(&m->cv);
		pthread_mutex_unlock(&m->mu);
	}
	/* the queue is empty and state holds the verdict on the file */
	if (!rc && state == 2 && !(rc = finalize(m)))
		rc = store_commit(m->s, &m->we);
	if (rc || state != 2)
		store_rollback(m->s);
	m->wrc = rc;
	return NULL;
}

int inventar_import(struct store *s, struct ws *w, const char *name, const char *buf,
		    size_t len, const struct inventar_opts *opt, struct inventar_result *res,
		    void (*meanwhile)(void *ctx), void *ctx, struct wp_err *e)
{
	struct imp m = { .s = s, .w = w, .dvc = w->dvc, .n_dvc = w->n_dvc, .next_obj = 1,
			 .next_beh = 1, .now = (int64_t)time(NULL), .e = e };
	struct inventar_opts o = opt ? *opt : (struct inventar_opts){ 0 };
	pthread_t th;
	int rc, started = 0, mu = 0, cv = 0;
	memset(res, 0, sizeof *res);
	for (size_t i = 0; i < w->n_obj; i++)
		if (w->obj[i].id >= m.next_obj)
			m.next_obj = w->obj[i].id + 1;
	for (size_t i = 0; i < w->n_beh; i++)
		if (w->beh[i].id >= m.next_beh)
			m.next_beh = w->beh[i].id + 1;
	m.first_new = (uint32_t)w->n_obj;
	m.id0 = m.next_obj;
	if (!(m.cur = batch_new(m.n_dvc))) {
		rc = wp_nomem(e);
		goto out;
	}
	mu = pthread_mutex_init(&m.mu, NULL) == 0;
	cv = mu && pthread_cond_init(&m.cv, NULL) == 0;
	started = cv && pthread_create(&th, NULL, writer, &m) == 0;
	if (!started) {
		rc = wp_fail(e, WP_ENOMEM, _("Schreib-Thread kann nicht gestartet werden"));
		goto out;
	}
	o.on_new = on_new;
	o.on_dep = on_dep;
	o.on_parsed = on_parsed;
	o.ctx = &m;
	rc = inventar_read(w, name, buf, len, &o, res, e);
	/* Behörden that only changed objects moved to */
	for (size_t i = 0; i < res->n_beh_new && !rc; i++)
		if (w->beh[res->beh_new[i]].id == 0 && push_beh(&m, res->beh_new[i]))
			rc = wp_nomem(e);
	m.res = res;
	if (finish(&m, rc ? -1 : 2) && !rc)
		rc = wp_nomem(e);
	if (!rc && meanwhile)
		meanwhile(ctx);
out:
	if (started) {
		if (rc)
			finish(&m, -1);
		pthread_join(th, NULL);
		if (!rc && m.wrc) {
			rc = m.wrc;
			if (e)
				*e = m.we;
		}
	}
	if (cv)
		pthread_cond_destroy(&m.cv);
	if (mu)
		pthread_mutex_destroy(&m.mu);
	batch_free(m.cur);
	for (size_t i = 0; i < m.n_full; i++)
		batch_free(m.full[i]);
	for (size_t i = 0; i < m.n_spare; i++)
		batch_free(m.spare[i]);
	return rc;
}
