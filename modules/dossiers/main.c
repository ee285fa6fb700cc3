/*
 * dvc-dossiers — following a dossier (step 3 of the citizen's way).
 *   GET|POST /track, GET /track/TOKEN   the public lookup (track.c): a dossier code and the
 *                         last digits of the applicant's phone or CCCD, or the receipt's
 *                         token, show where the dossier stands, nothing personal.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "track.h"


static const struct route routes[] = {
	{ "GET", "/track", ROLE_ANY, track_page, "track", track_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/track", ROLE_ANY, track_post, "track", track_post_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/track/*", ROLE_ANY, track_token_page, "track", track_params, track_token_ok, ROUTE_FORM, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-dossiers",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
