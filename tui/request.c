/* Requests from a view to the app. */
#include "tui/request.h"

#include <stdlib.h>
#include <string.h>

int request_inventar(struct app_request *r, const struct obj_filter *f)
{
	r->kind = REQ_INVENTAR;
	r->filter = *f;
	return VF_HANDLED | VF_REDRAW | VF_REQUEST;
}

int request_new_pilot(struct app_request *r)
{
	r->kind = REQ_NEW_PILOT;
	return VF_HANDLED | VF_REDRAW | VF_REQUEST;
}

int request_object(struct app_request *r, uint32_t o)
{
	r->kind = REQ_OBJECT;
	r->object = o;
	return VF_HANDLED | VF_REDRAW | VF_REQUEST;
}

void request_free(struct app_request *r)
{
	free(r->pilot.objs);
	memset(&r->pilot, 0, sizeof r->pilot);
	r->kind = REQ_NONE;
}
