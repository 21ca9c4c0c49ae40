/* Requests from a view to the app: show another view with something in hand — the
 * Inventar filtered (a figure of the Übersicht), the Piloten view asking for the name of a
 * new pilot with objects (a Quick Win with its closure, the marked objects of the
 * Inventar), the Objekt-Detail of another object (a dependency followed, an object just
 * created). The view fills the app's request (view_env.req) and returns the flags these
 * functions give, VF_REQUEST among them; the app then carries it out. */
#ifndef WP_TUI_REQUEST_H
#define WP_TUI_REQUEST_H

#include <stddef.h>
#include <stdint.h>

#include "tui/view.h"

/* Objects for a new pilot. objs is malloc'd by the sender and owned by the request until
 * the Piloten view takes it. */
struct pilot_request {
	uint32_t *objs;
	size_t n;
	char name[128]; /* suggested name (UTF-8), may be "" */
};

enum request_kind { REQ_NONE, REQ_INVENTAR, REQ_NEW_PILOT, REQ_OBJECT };

struct app_request {
	int kind;                   /* enum request_kind */
	struct obj_filter filter;   /* REQ_INVENTAR: the filter to apply */
	struct pilot_request pilot; /* REQ_NEW_PILOT */
	uint32_t object;            /* REQ_OBJECT: the object to show in the Objekt-Detail */
};

/* Asks for the Inventar filtered by f (copied). Returns VF_HANDLED | VF_REDRAW |
 * VF_REQUEST. */
int request_inventar(struct app_request *r, const struct obj_filter *f);
/* Asks for a new pilot with the objects the sender put into r->pilot. Returns as
 * request_inventar. */
int request_new_pilot(struct app_request *r);
/* Asks for the Objekt-Detail of object o, on top of the objects opened before (Esc goes
 * back to them). Returns as request_inventar. */
int request_object(struct app_request *r, uint32_t o);
/* Frees what r holds and sets it to REQ_NONE; accepts a zeroed r. */
void request_free(struct app_request *r);

/* Takes rq's objects into the Piloten view v (which must be Piloten): asks for the new
 * pilot's name, prefilled with the suggestion; Enter creates it with the objects. */
void view_piloten_request(struct view *v, struct pilot_request *rq);

#endif
