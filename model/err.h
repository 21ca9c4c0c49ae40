/* Errors as values: functions return 0 or a negative WP_E* code; details travel in a
 * struct wp_err the caller owns. */
#ifndef WP_MODEL_ERR_H
#define WP_MODEL_ERR_H

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
};

struct wp_err {
	int code;       /* enum wp_errcode, positive */
	char msg[1024]; /* human-readable, already translated */
};

/* Records code and a printf-style message in e (e may be NULL). Returns -code, so callers
 * can write `return wp_fail(e, WP_EINVAL, "...")`. */
int wp_fail(struct wp_err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Clears e. */
void wp_err_clear(struct wp_err *e);

#endif
