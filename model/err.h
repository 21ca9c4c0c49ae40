/* Errors as values: functions return 0 or a negative WP_E* code; details (what, which
 * field, where in which file) travel in a struct wp_err the caller owns. The message is
 * built from those details for people; code reads the fields, never the message. */
#ifndef WP_MODEL_ERR_H
#define WP_MODEL_ERR_H

#include <stddef.h>

enum wp_errcode {
	WP_OK = 0,
	WP_ENOMEM = 1,  /* out of memory */
	WP_EINVAL,      /* bad input value */
	WP_EUSAGE,      /* bad command line */
	WP_ENOTFOUND,   /* named thing does not exist */
	WP_EEXIST,      /* thing exists already */
	WP_EIO,         /* file or database I/O */
	WP_EDB,         /* database error */
	WP_EFORMAT,     /* not a wolkenplan database / wrong format */
	WP_ENEWER,      /* database written by a newer version */
	WP_EBUSY,       /* database locked */
	WP_E__N
};

/* No field: wp_err.field when the error is not about one field of an object. */
#define WP_FIELD_NONE (-1)

struct wp_err {
	int code;       /* enum wp_errcode, positive */
	int field;      /* enum field_id (model/fields.h) the error is about, or WP_FIELD_NONE */
	size_t line;    /* 1-based line in file, 0 if none */
	size_t col;     /* 1-based column (CSV field number), 0 if none */
	char file[256]; /* file name the position is in, "" if none */
	char msg[1024]; /* human-readable, already translated */
};

/* Records code and a printf-style message in e (e may be NULL); field, position and file
 * are cleared. Returns -code, so callers can write `return wp_fail(e, WP_EINVAL, "...")`. */
int wp_fail(struct wp_err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Like wp_fail, and records that the error is about field (enum field_id). */
int wp_fail_field(struct wp_err *e, int code, int field, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Records out of memory with the one message for it. Returns -WP_ENOMEM. */
int wp_nomem(struct wp_err *e);
/* Records that the file at path cannot be read, for the reason errnum (an errno value),
 * with the one message for it. Returns -WP_EIO. */
int wp_fail_read(struct wp_err *e, const char *path, int errnum);
/* The message of e followed by " — nichts wurde geändert" (a write that failed and left
 * everything as it was), into buf (n bytes, cropped safely). Returns buf. */
char *wp_err_unchanged(const struct wp_err *e, char *buf, size_t n);
/* Adds the position (file may be NULL or "", line and col 0 if unknown) to an error
 * already recorded in e (e may be NULL). Does not change the message. */
void wp_err_at(struct wp_err *e, const char *file, size_t line, size_t col);
/* The translated generic message for code (e.g. "zu wenig Speicher" for WP_ENOMEM);
 * static, never NULL. */
const char *wp_strerror(int code);
/* The translated text of a system error errnum (an errno value: ENOENT, EACCES, EISDIR,
 * ENOSPC, …), in the interface language; "Systemfehler" for a value without one.
 * Static, never NULL. Use it instead of strerror, which follows the C locale. */
const char *wp_errno_text(int errnum);
/* Clears e. */
void wp_err_clear(struct wp_err *e);

#endif
