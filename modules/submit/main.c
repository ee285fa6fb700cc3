/*
 * dvc-submit — step 2 of the citizen's way: a dossier from draft to receipt.
 *   GET      /submit/                → /dossiers/ ("Hồ sơ của tôi", dvc-dossiers)
 *   GET|POST /submit/new             start a draft for a procedure (as oneself or an organisation)
 *   GET|POST /submit/{id}/info       the applicant, the request and the receiving unit
 *   GET      /submit/{id}/files      one upload slot per component
 *   POST     /submit/{id}/files      multipart upload (type from the content, size per component)
 *   POST     /submit/{id}/remove     remove an uploaded file
 *   GET|POST /submit/{id}/delivery   online, by the public postal service, or at the counter
 *   GET|POST /submit/{id}/fees       the fees due, the copies or pages each is for (fees.c)
 *   POST     /submit/{id}/claim      claim an exemption or reduction, with its proof (multipart)
 *   POST     /submit/{id}/unclaim    withdraw the claim
 *   GET      /submit/{id}/review     everything, the expected due date, and the submit button
 *   POST     /submit/{id}/submit     idempotent: status 1, the dossier code, history, e-mail
 *   GET      /submit/{id}/receipt    the printable receipt and appointment slip with a QR code
 * Every query is bound to the signed-in user: someone else's dossier id is a 404. The
 * steps are in files of their own (see submit.h); this file is the program's routes.
 */
#include <stdbool.h>
#include <stdint.h>

#include "dvc.h"
#include "submit.h"

static const struct param_spec no_params[] = { { NULL, 0, 0 } };
static const struct param_spec msg_params[] = { { "msg", P_TOKEN, 32 }, { NULL, 0, 0 } };
static const struct param_spec new_page_params[] = { { "procedure", P_TOKEN, 40 }, { NULL, 0, 0 } };
static const struct param_spec new_params[] = {
	{ "procedure", P_TOKEN, 40 },
	{ "applicant_kind", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};
static const struct param_spec info_params[] = {
	{ "applicant_phone", P_TEXT, 20 },
	{ "applicant_email", P_TEXT, 254 },
	{ "applicant_address", P_TEXT, 255 },
	{ "org_name", P_TEXT, 255 },
	{ "org_tax_code", P_TEXT, 14 },
	{ "request_note", P_TEXT, 2000 },
	{ "agency_id", P_UINT, UINT32_MAX },
	{ NULL, 0, 0 },
};
static const struct param_spec remove_params[] = { { "file", P_UINT, UINT32_MAX * 1024ULL }, { NULL, 0, 0 } };
static const struct param_spec delivery_params[] = {
	{ "channel", P_TOKEN, 16 },
	{ "postal_recipient", P_TEXT, 100 },
	{ "postal_phone", P_TEXT, 20 },
	{ "postal_street", P_TEXT, 255 },
	{ "postal_province_code", P_TOKEN, 2 },
	{ "postal_commune_code", P_TOKEN, 5 },
	{ "postal_commune", P_TEXT, 100 },
	{ "refresh", P_TOKEN, 1 },
	{ NULL, 0, 0 },
};
/* The quantity of the fee of each sort (fees.c, FEE_ROWS_MAX): typed, so checked there. */
static const struct param_spec fees_params[] = {
	{ "q1", P_TEXT, 16 }, { "q2", P_TEXT, 16 }, { "q3", P_TEXT, 16 }, { "q4", P_TEXT, 16 },
	{ "q5", P_TEXT, 16 }, { "q6", P_TEXT, 16 }, { "q7", P_TEXT, 16 }, { "q8", P_TEXT, 16 },
	{ NULL, 0, 0 },
};
static const struct param_spec delivery_page_params[] = {
	{ "province", P_TOKEN, 2 },
	{ NULL, 0, 0 },
};

static const struct route routes[] = {
	{ "GET", "/submit/", ROLE_CITIZEN, list, NULL, no_params, NULL, 0, NULL },
	{ "GET", "/submit/new", ROLE_CITIZEN, new_page, "submit-new", new_page_params, NULL, 0, NULL },
	{ "POST", "/submit/new", ROLE_CITIZEN, new_post, "submit-new", new_params, NULL, 0, NULL },
	{ "GET", "/submit/*/info", ROLE_CITIZEN, info_page, "submit-info", msg_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/info", ROLE_CITIZEN, info_post, "submit-info", info_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/files", ROLE_CITIZEN, files_page, "submit-files", msg_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/files", ROLE_CITIZEN, files_post, "submit-files", no_params, id_ok,
	    ROUTE_MULTIPART, &upload_spec },
	{ "POST", "/submit/*/remove", ROLE_CITIZEN, remove_post, NULL, remove_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/delivery", ROLE_CITIZEN, delivery_page, "submit-delivery", delivery_page_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/delivery", ROLE_CITIZEN, delivery_post, "submit-delivery", delivery_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/fees", ROLE_CITIZEN, fees_page, "submit-fees", msg_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/fees", ROLE_CITIZEN, fees_post, "submit-fees", fees_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/claim", ROLE_CITIZEN, claim_post, "submit-fees", no_params, id_ok,
	    ROUTE_MULTIPART, &proof_spec },
	{ "POST", "/submit/*/unclaim", ROLE_CITIZEN, unclaim_post, NULL, no_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/review", ROLE_CITIZEN, review_page, "submit-review", no_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/submit", ROLE_CITIZEN, submit_post, "submit-review", no_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/receipt", ROLE_CITIZEN, receipt_page, "submit-receipt", msg_params, id_ok, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-submit",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
		.views = dossier_views,
	};

	return app_main(&prog, argc, argv);
}
