#!/bin/sh
# tools/check-sql.sh must catch SQL built from data: SQLite's formatters, printf into SQL,
# non-literal statements (also split over lines or hidden in a ternary), while literals,
# concatenated literals with macros, and the reviewed pass-throughs pass. And the sources
# of the project pass.
. "$(dirname "$0")/lib.sh"
CHK="$(dirname "$0")/../../tools/check-sql.sh"

cat >"$T/bad.c" <<'C'
static void f(sqlite3 *db, struct store *s, const char *name, int cond)
{
	char *q = sqlite3_mprintf("SELECT * FROM t WHERE n='%q'", name);
	char buf[100], sqlx[10];
	snprintf(buf, sizeof buf,
		 "DELETE FROM objekt WHERE kennung='%s'", name);
	sqlite3_exec(db, buf, NULL, NULL, NULL);
	sqlite3_prepare_v2(db,
			   q, -1, &st, NULL);
	store_cached(s, 3, cond ? "SELECT 1" : q, e);
	snprintf(sqlx, 10, "%d", 3);
	run(s, e, "x", buf, "", NULL, NULL, NULL);
}
C
cat >"$T/good.c" <<'C'
static void g(sqlite3 *db, struct store *s, int cond)
{
	store_prepare(s, "SELECT kennung FROM objekt WHERE id = ?1", e); // "x" in a comment
	store_cached(s, 3, cond ? "SELECT 1" : "SELECT 2", e);
	sqlite3_exec(db, "PRAGMA user_version=" STR(WP_SCHEMA_VERSION), NULL, NULL, NULL);
	store_cached(s, 4, "INSERT INTO t VALUES " ROWS100, e);
	/* sqlite3_exec(db, buf, 0, 0, 0) in a comment */
	snprintf(msg, sizeof msg, "Objekt %s: SELECT-Fehler", name);
}
C
run 1 sh "$CHK" "$T/bad.c"
for line in 3 5 7 8 10 11 12; do has "$T/err" "bad.c:$line:"; done
[ "$(grep -c '^check-sql: .*bad\.c:' "$T/err")" -eq 7 ] && ok || bad "want 7 findings: $(cat "$T/err")"
run 0 sh "$CHK" "$T/good.c"
run 0 sh "$CHK"
has "$T/out" "every SQL statement is a literal"
finish
