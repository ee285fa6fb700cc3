/*
 * dvc-officer — the agencies' side: receive, process and return every dossier.
 *   GET  /officer/                     the inbox: tabs by role, filters, sorted by due date
 *   GET  /officer/dossiers/{id}        a dossier, its history and the actions allowed
 *   POST /officer/dossiers/{id}/move   an action (accept, refuse, assign, …, return)
 *   POST /officer/dossiers/{id}/result the electronic result, for approval (multipart)
 *   POST /officer/dossiers/{id}/feedback  the answer to the applicant's feedback
 *   GET  /officer/slips/{id}           a slip of Circular 03/2025 (Forms 1-5), printable
 *   GET  /officer/register             Form 7, the register of a unit's one-stop desk
 * Every query is bound to the units the officer holds a role in (officer_roles); every move
 * goes through the dossier's state machine (modules/core/dossier.c).
 */
#include <stdbool.h>
#include <stdint.h>

#include "dvc.h"
#include "officer.h"

static const struct param_spec inbox_params[] = {
	{ "tab", P_TOKEN, 16 },
	{ "q", P_TEXT, 60 },
	{ "procedure", P_TEXT, 100 },
	{ "field", P_UINT, UINT32_MAX },
	{ "status", P_UINT, DS_RETURNED },
	{ "from", P_TEXT, 10 },
	{ "to", P_TEXT, 10 },
	{ "due", P_TOKEN, 8 },
	{ "page", P_UINT, 100000 },
	{ "filters", P_UINT, 1 },	/* the whole filter form open (officer-inbox.xsl) */
	{ NULL, 0, 0 },
};
static const struct param_spec view_params[] = {
	{ "msg", P_TOKEN, 16 },
	{ "move", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};
static const struct param_spec move_params[] = {
	{ "move", P_TOKEN, 16 },
	{ "version", P_UINT, UINT32_MAX },
	{ "note", P_TEXT, 2000 },
	{ "assignee", P_UINT, UINT32_MAX },
	{ "due", P_TEXT, 10 },
	{ "tracking", P_TEXT, 40 },
	{ NULL, 0, 0 },
};
static const struct param_spec no_params[] = { { NULL, 0, 0 } };
static const struct param_spec feedback_params[] = {
	{ "feedback", P_UINT, UINT32_MAX * 1024ULL },
	{ "answer", P_TEXT, 2000 },
	{ NULL, 0, 0 },
};
static const struct param_spec register_params[] = {
	{ "unit", P_UINT, UINT32_MAX },
	{ "from", P_TEXT, 10 },
	{ "to", P_TEXT, 10 },
	{ NULL, 0, 0 },
};

static const struct route routes[] = {
	{ "GET", "/officer/", ROLE_OFFICER, inbox, "officer-inbox", inbox_params, NULL, 0, NULL },
	{ "GET", "/officer/dossiers/*", ROLE_OFFICER, dossier_page, "officer-dossier", view_params, id_ok, 0, NULL },
	{ "POST", "/officer/dossiers/*/move", ROLE_OFFICER, move_post, "officer-dossier", move_params, id_ok, 0, NULL },
	{ "POST", "/officer/dossiers/*/result", ROLE_OFFICER, result_post, "officer-dossier", no_params, id_ok,
	    ROUTE_MULTIPART, &result_spec },
	{ "POST", "/officer/dossiers/*/feedback", ROLE_OFFICER, feedback_post, "officer-dossier", feedback_params,
	    id_ok, 0, NULL },
	{ "GET", "/officer/slips/*", ROLE_OFFICER, slip_page, "officer-slip", no_params, id_ok, 0, NULL },
	{ "GET", "/officer/register", ROLE_OFFICER, register_page, "officer-register", register_params, NULL, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-officer",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
		.views = dossier_views,
	};

	return app_main(&prog, argc, argv);
}
