/* Fuzz target over the import the CLI runs: inventar_import (validation, writer thread, one
 * bulk transaction) into a copy of the Musterstadt demo workspace. The copy lives in
 * /dev/shm (memory; $WP_FUZZ_DIR or /tmp where there is none) and is rewritten for every
 * input. Checks what a user relies on: a refused file leaves the stored workspace as it
 * was; an accepted one is stored exactly as the import computed it (every object with all
 * its Inventar fields, dependencies and Behörden, reloaded from the file) and with the
 * counts a dry run (inventar_read) reports. Built like fuzz_inventar.c. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data/import.h"
#include "data/inventar.h"
#include "data/seed.h"
#include "data/store.h"
#include "model/fields.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[256], side[3][272];
static char *pristine; /* the demo workspace file, as created */
static size_t pristine_len;
static size_t demo_objects;

static void die(const char *what, const char *msg)
{
	fprintf(stderr, "fuzz_import: %s: %s\n", what, msg);
	abort();
}

static void remove_files(void)
{
	unlink(path);
	for (int i = 0; i < 3; i++)
		unlink(side[i]);
}

static void write_pristine(void)
{
	remove_files();
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		die(path, strerror(errno));
	for (size_t off = 0; off < pristine_len;) {
		ssize_t k = write(fd, pristine + off, pristine_len - off);
		if (k <= 0)
			die(path, strerror(errno));
		off += (size_t)k;
	}
	close(fd);
}

static void cleanup(void)
{
	remove_files();
	free(pristine);
}

static void setup(void)
{
	const char *dir = getenv("WP_FUZZ_DIR");
	if (!dir || !*dir)
		dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(path, sizeof path, "%s/wp-fuzz-import-%ld.db", dir, (long)getpid());
	static const char *const sfx[3] = { "-wal", "-shm", "-journal" };
	for (int i = 0; i < 3; i++)
		snprintf(side[i], sizeof side[i], "%s%s", path, sfx[i]);
	remove_files();
	struct store *s = NULL;
	struct wp_err e = { 0 };
	if (store_open(path, STORE_CREATE, &s, &e) || seed_workspace(s, 1, &e))
		die("demo workspace", e.msg);
	store_close(&s);
	FILE *f = fopen(path, "rb");
	if (!f || fseek(f, 0, SEEK_END) || (pristine_len = (size_t)ftell(f)) == 0 ||
	    fseek(f, 0, SEEK_SET) || !(pristine = malloc(pristine_len)) ||
	    fread(pristine, 1, pristine_len, f) != pristine_len)
		die(path, "cannot read back");
	fclose(f);
	atexit(cleanup);
}

static struct ws *load(struct store **s)
{
	struct wp_err e = { 0 };
	struct ws *w = NULL;
	if (store_open(path, STORE_EXISTING, s, &e) || store_load(*s, &w, &e))
		die("load", e.msg);
	return w;
}

/* Every object of a (computed) is in b (stored) with the same Inventar fields. */
static void same_objects(const struct ws *a, const struct ws *b)
{
	static char x[INVENTAR_MAX_FIELD * 2], y[INVENTAR_MAX_FIELD * 2];
	if (a->n_obj != b->n_obj || a->n_dep != b->n_dep || a->n_beh != b->n_beh) {
		fprintf(stderr, "fuzz_import: stored %zu objects, %zu dependencies, %zu Behörden; "
			"computed %zu, %zu, %zu\n", b->n_obj, b->n_dep, b->n_beh, a->n_obj, a->n_dep,
			a->n_beh);
		abort();
	}
	for (size_t i = 0; i < a->n_obj; i++) {
		uint32_t j = ws_find_objekt(b, a->obj[i].kennung);
		if (j == WP_NONE)
			die("object not stored", a->obj[i].kennung);
		for (int f = 0; f < F__CSV; f++)
			if (strcmp(objekt_get(a, (uint32_t)i, f, 0, x, sizeof x),
				   objekt_get(b, j, f, 0, y, sizeof y)) != 0) {
				fprintf(stderr, "fuzz_import: %s field %d computed \"%.80s\", stored "
					"\"%.80s\"\n", a->obj[i].kennung, f, x, y);
				abort();
			}
		for (size_t k = 0; k < a->n_dvc; k++)
			if (a->crit[i * a->n_dvc + k] != b->crit[(size_t)j * b->n_dvc + k])
				die("criterion value differs", a->obj[i].kennung);
	}
}

static void report(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "fuzz_import: check: %s\n", msg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!pristine)
		setup();
	if (size > 1 << 20)
		return 0;
	write_pristine();
	struct inventar_opts opt = { .ignore_unknown = (size & 1) != 0,
				     .from_cp1252 = (size & 6) == 6 };
	struct wp_err e = { 0 };

	/* the dry run on its own copy of the workspace */
	struct store *s = NULL;
	struct ws *dw = load(&s);
	store_close(&s);
	if (!demo_objects)
		demo_objects = dw->n_obj;
	struct inventar_result dry;
	int drc = inventar_read(dw, "fuzz.csv", (const char *)data, size, &opt, &dry, &e);
	ws_free(&dw);

	struct ws *w = load(&s); /* freshly loaded: store_begin_bulk wants the current state */
	struct inventar_result r;
	int rc = inventar_import(s, w, "fuzz.csv", (const char *)data, size, &opt, &r, NULL, NULL,
				 &e);
	store_close(&s);
	if (rc == -WP_ENOMEM || drc == -WP_ENOMEM)
		goto out;
	if ((rc == 0) != (drc == 0) || r.rows != dry.rows || r.n_errors != dry.n_errors) {
		fprintf(stderr, "fuzz_import: import rc %d (%zu rows, %zu errors), dry run rc %d "
			"(%zu rows, %zu errors): %s\n", rc, r.rows, r.n_errors, drc, dry.rows,
			dry.n_errors, rc && rc != -WP_EINVAL ? e.msg : "");
		abort();
	}
	struct ws *stored = load(&s);
	if (rc == 0) {
		if (r.n_new != dry.n_new || r.n_changed != dry.n_changed ||
		    r.n_unchanged != dry.n_unchanged || r.n_beh_new != dry.n_beh_new)
			die("counts", "import and dry run disagree");
		if (ws_index(w))
			goto done;
		same_objects(w, stored);
	} else {
		if (rc != -WP_EINVAL || r.n_errors == 0)
			die("refused import", e.msg);
		if (stored->n_obj != demo_objects)
			die("refused import", "the stored workspace changed");
	}
	struct wp_err ce = { 0 };
	if (store_check(s, report, NULL, &ce) != 0)
		die("check", "the stored workspace fails wolkenplan check");
done:
	ws_free(&stored);
	store_close(&s);
out:
	inventar_result_free(&dry);
	inventar_result_free(&r);
	ws_free(&w);
	return 0;
}
