/*
 * dvc-dossiers — following a dossier (step 3 of the citizen's way).
 *   GET /track[?code=…]   public lookup by dossier code: where the dossier stands, with its
 *                         history; the applicant's name is shown only masked. The QR code of
 *                         the receipt opens this page.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"


enum stmt {
	STMT_TRACK,
	STMT_EVENTS,
	STMT__MAX
};

static const struct db_stmt_def stmts[STMT__MAX] = {
	/* Drafts are nobody's business but their author's: only submitted dossiers. */
	[STMT_TRACK] = { "SELECT d.code, d.status, p.name AS procedure_name, p.code AS procedure_code,"
	    " a.name AS agency_name, d.applicant_name, d.org_name, d.channel,"
	    " " SQL_VN_TIME("d.submitted_at") " AS submitted_at, " SQL_VN_TIME("d.due_at") " AS due_at"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = d.agency_id WHERE d.code = ? AND d.status > " SQL_DS(DRAFT) },
	[STMT_EVENTS] = { "SELECT " SQL_VN_TIME("e.at") " AS at, e.from_status, e.to_status, e.move"
	    " FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id"
	    " WHERE d.code = ? AND d.status > " SQL_DS(DRAFT) " ORDER BY e.at, e.id" },
};

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

static const struct route routes[] = {
	{ "GET", "/track", ROLE_ANY, track, "track", track_params, NULL, 0, NULL },
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
