/*
 * dvc-dossiers — following a dossier (step 3 of the citizen's way).
 *   GET|POST /track, GET /track/TOKEN   the public lookup (track.c): a dossier code and the
 *                         last digits of the applicant's phone or CCCD, or the receipt's
 *                         token, show where the dossier stands, nothing personal.
 *   GET  /dossiers/                   "Hồ sơ của tôi": the user's dossiers, drafts included, with
 *                                     the next step each waits for; by status, newest first
 *   GET  /dossiers/{code}             one of them: timeline, slips, files, result, feedback
 *   POST /dossiers/{code}/files       a supplement (multipart, checked as at submission)
 *   POST /dossiers/{code}/remove      take back a file of the supplement before sending it
 *   POST /dossiers/{code}/move        send the supplement (5 → 4), ask to withdraw (→ 7)
 *   POST /dossiers/{code}/rate        rate the service once the result is returned
 *   POST /dossiers/{code}/feedback    feedback (phản ánh, kiến nghị) for the unit to answer
 *   GET  /dossiers/slips/{id}         a slip issued on one's dossier (Forms 1-5), printable
 * The applicant's pages are in files of their own (dossiers.h); every statement in sql.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "dossiers.h"
#include "track.h"

static const struct param_spec no_params[] = { { NULL, 0, 0 } };
static const struct param_spec list_params[] = {
	{ "status", P_TOKEN, 8 },
	{ "page", P_UINT, 100000 },
	{ NULL, 0, 0 },
};
static const struct param_spec page_params[] = { { "msg", P_TOKEN, 16 }, { NULL, 0, 0 } };
static const struct param_spec move_params[] = {
	{ "move", P_TOKEN, 16 },
	{ "version", P_UINT, UINT32_MAX },
	{ "confirm", P_TOKEN, 1 },
	{ "note", P_TEXT, WITHDRAW_NOTE_MAX },
	{ NULL, 0, 0 },
};
static const struct param_spec remove_params[] = { { "file", P_UINT, UINT32_MAX * 1024ULL }, { NULL, 0, 0 } };
static const struct param_spec rate_params[] = {
	{ "level", P_TOKEN, 16 },
	{ "comment", P_TEXT, RATING_COMMENT_MAX },
	{ NULL, 0, 0 },
};
/* Longer than allowed is told as such (feedback.too_long), not refused as a bad request. */
static const struct param_spec feedback_params[] = { { "body", P_TEXT, 2 * FEEDBACK_MAX }, { NULL, 0, 0 } };

static const struct route routes[] = {
	{ "GET", "/track", ROLE_ANY, track_page, "track", track_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/track", ROLE_ANY, track_post, "track", track_post_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/track/*", ROLE_ANY, track_token_page, "track", track_params, track_token_ok, ROUTE_FORM, NULL },
	{ "GET", "/dossiers", ROLE_CITIZEN, list_redirect, NULL, no_params, NULL, 0, NULL },
	{ "GET", "/dossiers/", ROLE_CITIZEN, list_page, "dossiers-list", list_params, NULL, 0, NULL },
	{ "GET", "/dossiers/slips/*", ROLE_CITIZEN, slip_page, "officer-slip", no_params, id_ok, 0, NULL },
	{ "GET", "/dossiers/*", ROLE_CITIZEN, dossier_page, "dossiers-page", page_params, code_ok, 0, NULL },
	{ "POST", "/dossiers/*/files", ROLE_CITIZEN, supplement_post, "dossiers-page", no_params, code_ok,
	    ROUTE_MULTIPART, &supplement_spec },
	{ "POST", "/dossiers/*/remove", ROLE_CITIZEN, remove_post, NULL, remove_params, code_ok, 0, NULL },
	{ "POST", "/dossiers/*/move", ROLE_CITIZEN, move_post, "dossiers-page", move_params, code_ok, 0, NULL },
	{ "POST", "/dossiers/*/rate", ROLE_CITIZEN, rate_post, "dossiers-page", rate_params, code_ok, 0, NULL },
	{ "POST", "/dossiers/*/feedback", ROLE_CITIZEN, feedback_post, "dossiers-page", feedback_params,
	    code_ok, 0, NULL },
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
		.views = dossier_views,
	};

	return app_main(&prog, argc, argv);
}
