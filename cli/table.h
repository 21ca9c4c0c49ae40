/* Aligned text tables for the CLI: cells are collected, then printed with columns padded
 * to their widest cell in display columns (umlauts count one). */
#ifndef WP_CLI_TABLE_H
#define WP_CLI_TABLE_H

#include <stddef.h>
#include <stdio.h>

struct out_table;

/* New table with ncols columns; right[i] != 0 right-aligns column i (may be NULL).
 * Returns NULL on out of memory. Owned by the caller: out_table_free. */
struct out_table *out_table_new(size_t ncols, const int *right);
/* Appends one row; cells are copied (NULL counts as ""). Returns 0 or -1. */
int out_table_row(struct out_table *t, const char *const *cells);
/* Prints the table (two spaces between columns, no trailing blanks). */
void out_table_print(const struct out_table *t, FILE *f);
/* Frees; accepts NULL. */
void out_table_free(struct out_table *t);

#endif
