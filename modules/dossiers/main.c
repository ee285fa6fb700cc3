/*
 * dvc-dossiers — following a dossier (step 3 of the citizen's way).
 *   GET /track[?code=…]   public lookup by dossier code: where the dossier stands, with its
 *                         history; the applicant's name is shown only masked. The QR code of
 *                         the receipt opens this page.
 *   GET  /dossiers/                   "Hồ sơ của tôi": the user's dossiers, drafts included, with
 *                                     the next step each waits for; by status, newest first
 *   GET  /dossiers/{code}             one of them: timeline, slips, files, result, feedback
 *   POST /dossiers/{code}/files       a supplement (multipart, checked as at submission)
 *   POST /dossiers/{code}/remove      take back a file of the supplement before sending it
 *   POST /dossiers/{code}/move        send the supplement (5 → 4), ask to withdraw (→ 7)
 *   POST /dossiers/{code}/rate        rate the service once the result is returned
 *   POST /dossiers/{code}/feedback    feedback (phản ánh, kiến nghị) for the unit to answer
 *   GET  /dossiers/slips/{id}         a slip issued on one's dossier (Forms 1-5), printable
 * The applicant's pages are in files of their own (dossiers.h); their statements in sql.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "dossiers.h"


static const struct param_spec track_params[] = {
	{ "code", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

/* "Nguyễn Văn An" → "N*** V*** A***": enough for the applicant to recognise, not to name. */
static void
mask_name(const char *name, char *out, size_t outsz)
{
	const char	*p = name;
	size_t		 o = 0, n;

	while (*p != '\0' && o + 8 < outsz) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		/* The first character, whole (1 to 4 bytes of UTF-8). */
		for (n = 1; ((unsigned char)p[n] & 0xc0) == 0x80; n++)
			;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, p, n);
		o += n;
		memcpy(out + o, "***", 3);
		o += 3;
		while (*p != '\0' && *p != ' ')
			p++;
	}
	out[o] = '\0';
}

struct found {
	xmlNodePtr	 parent;
	bool		 any;
};

static int
track_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct found	*f = arg;
	xmlNodePtr	 row;
	char		 masked[160];
	unsigned	 i;

	(void)lens;
	row = xml_elem(f->parent, "dossier");
	for (i = 0; i < ncols; i++) {
		if (cols[i] == NULL)
			continue;
		if (strcmp(names[i], "applicant_name") == 0) {
			mask_name(cols[i], masked, sizeof(masked));
			xml_text(row, "applicant_masked", masked);
		} else
			xml_text(row, names[i], cols[i]);
	}
	f->any = true;
	return 1;
}

static int
track(struct request *r)
{
	const char	*code = req_str(r, "code", "");
	struct found	 f = { r->root, false };
	long		 rc;

	form_value(r, "code", code);
	if (*code == '\0')
		return 200;
	{
		struct db_arg args[] = { DB_S(code), DB_END_ };

		if ((rc = db_exec(STMT_TRACK, args, track_row, &f)) < 0)
			return db_status(rc);
		if (!f.any) {
			form_error(r, "code", "track.not_found");
			r->keep_view = true;
			return 404;
		}
		if ((rc = xml_rows(xml_elem(r->root, "events"), "event", STMT_EVENTS, args)) < 0)
			return db_status(rc);
	}
	return 200;
}

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
	{ "GET", "/track", ROLE_ANY, track, "track", track_params, NULL, 0, NULL },
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
