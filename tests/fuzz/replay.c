/* Replays fuzz inputs through a fuzz target without libFuzzer, so any compiler (gcc, plain
 * or with sanitizers, or under valgrind) checks the corpus and the regression inputs:
 * `replay_x FILE|DIR…` feeds every file (directories one level deep, sorted) to
 * LLVMFuzzerTestOneInput. A crash aborts; otherwise prints how many inputs ran. */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int feed(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	uint8_t *buf = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	for (;;) {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 65536;
			uint8_t *nb = realloc(buf, cap);
			if (!nb) {
				rc = -1;
				goto out;
			}
			buf = nb;
		}
		size_t k = fread(buf + n, 1, cap - n, f);
		n += k;
		if (k == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "replay: %s: read error\n", path);
		rc = -1;
		goto out;
	}
	/* an exact-size copy, so a read past the end shows under ASan and valgrind */
	uint8_t *exact = malloc(n ? n : 1);
	if (!exact) {
		rc = -1;
		goto out;
	}
	if (n)
		memcpy(exact, buf, n);
	LLVMFuzzerTestOneInput(exact, n);
	free(exact);
out:
	free(buf);
	fclose(f);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int feed_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t n = 0;
	int rc = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char **nn = realloc(names, (n + 1) * sizeof *nn);
		if (!nn) {
			rc = -1;
			break;
		}
		names = nn;
		size_t len = strlen(dir) + strlen(de->d_name) + 2;
		if (!(names[n] = malloc(len))) {
			rc = -1;
			break;
		}
		snprintf(names[n++], len, "%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		struct stat sb;
		if (!rc && stat(names[i], &sb) == 0 && S_ISREG(sb.st_mode)) {
			rc = feed(names[i]);
			(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	for (int i = 1; i < argc; i++) {
		struct stat sb;
		if (stat(argv[i], &sb) != 0) {
			fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
			return 1;
		}
		int rc;
		if (S_ISDIR(sb.st_mode)) {
			rc = feed_dir(argv[i], &count);
		} else {
			rc = feed(argv[i]);
			count++;
		}
		if (rc)
			return 1;
	}
	printf("%s: %zu inputs replayed, no crash\n", argc > 0 ? argv[0] : "replay", count);
	return 0;
}
