/* The Behörden tree: preorder with siblings in DIN 5007-1 name order, depth, subtree
 * bounds and objects per subtree. One walk that every list, filter and command uses, so
 * the same Behörden appear in the same order everywhere. Pure; no I/O. */
#ifndef WP_MODEL_TREE_H
#define WP_MODEL_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "model/ws.h"

/* A Behörden tree built from a workspace. Positions run 0 .. nb-1 in preorder: roots
 * (parent WP_NONE, out of range, or itself) by name, each followed by its children by
 * name. Members of a parent cycle, which no walk from a root reaches, follow as roots of
 * their own walk (the first by name). */
struct beh_tree {
	size_t nb;       /* positions = the workspace's n_beh when built */
	uint32_t *pre;   /* position → Behörde */
	uint32_t *pos;   /* Behörde → position */
	uint32_t *end;   /* position → one past the last position of its subtree */
	uint8_t *depth;  /* position → depth (roots 0; capped at 200) */
	size_t *sub;     /* position → objects whose Behörde lies in the subtree */
};

/* Fills out (n_beh entries, caller-owned) with the Behörden indexes sorted by name in
 * DIN 5007-1 order (utf8_collate), equal names by index: the order of siblings in the
 * tree and of every flat Behörden list. Returns 0 or -WP_ENOMEM. */
int beh_sort_by_name(const struct ws *w, uint32_t *out);
/* Builds t (its arrays owned by t; free with beh_tree_free) from w's Behörden and
 * objects. Replaces nothing: t must be zeroed or freed. Returns 0, or -WP_ENOMEM with t
 * zeroed. */
int beh_tree_build(const struct ws *w, struct beh_tree *t);
/* Frees t's arrays and zeroes it; accepts a zeroed t. */
void beh_tree_free(struct beh_tree *t);
/* 1 if Behörde at lies in the subtree of Behörde b (b itself included); 0 when either
 * is out of range. O(1). */
int beh_tree_contains(const struct beh_tree *t, uint32_t b, uint32_t at);
/* Sets mark[x] (nb flags, caller-owned) to 1 for every Behörde x in the subtree of a
 * Behörde whose want[x] is non-zero, and to 0 for the rest. want and mark may be the
 * same array. */
void beh_tree_mark(const struct beh_tree *t, const uint8_t *want, uint8_t *mark);

#endif
