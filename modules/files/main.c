/*
 * dvc-files — the files of dossiers, to those who may see them.
 *   GET /files/{id}   one dossier_files row: its applicant (drafts too), or an officer of a
 *                     unit that received or has held the submitted dossier. nginx sends the
 *                     content from the store (app_sendfile(), X-Accel-Redirect).
 * Anyone else gets 404, exactly as for a file that does not exist: whether someone's
 * document exists is not told to those who may not read it. The other programs link their
 * downloads here; none serves a file itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

enum stmt {
	STMT_FILE,
	STMT__MAX
};

/*
 * The authorisation is the statement: the file comes back only for the signed-in user (u,
 * bound once) as the dossier's applicant, or as an officer with a role in the receiving
 * unit or in one that has held the dossier (dossier_units), and only once it was submitted.
 * Administrators have no branch: they manage the system, not dossiers, and citizens'
 * documents are personal data (Decree 356/2025) that nobody reads without a part in the case.
 */
static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_FILE] = { "SELECT f.sha256, f.mime, f.name FROM dossier_files f"
	    " JOIN dossiers d ON d.id = f.dossier_id JOIN users u ON u.id = ?"
	    " WHERE f.id = ? AND ((u.kind = 'citizen' AND d.user_id = u.id)"
	    " OR (u.kind = 'officer' AND d.status > " SQL_DS(DRAFT) " AND EXISTS (SELECT 1 FROM officer_roles r"
	    " WHERE r.user_id = u.id AND (r.agency_id = d.agency_id OR EXISTS (SELECT 1"
	    " FROM dossier_units du WHERE du.dossier_id = d.id AND du.agency_id = r.agency_id)))))" },
};

static const struct param_spec no_params[] = { { NULL, 0, 0 } };

struct file {
	char	 sha256[65];
	char	 mime[101];
	char	 name[1024];	/* 255 characters of up to 4 bytes */
	bool	 found;
};

static int
file_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct file	*f = arg;

	(void)ncols;
	(void)names;
	(void)lens;
	snprintf(f->sha256, sizeof(f->sha256), "%s", cols[0]);
	snprintf(f->mime, sizeof(f->mime), "%s", cols[1]);
	snprintf(f->name, sizeof(f->name), "%s", cols[2]);
	f->found = true;
	return 1;
}

static int
download(struct request *r)
{
	long long	 id = strtoll(r->arg, NULL, 10);
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_I(id), DB_END_ };
	struct file	 f = { .found = false };
	char		 uri[STORE_URI_MAX];
	long		 rc;

	if ((rc = db_exec(STMT_FILE, args, file_row, &f)) < 0)
		return db_status(rc);
	if (!f.found)
		return 404;
	store_uri(f.sha256, uri);
	log_info("download: file %lld by user %llu", id, r->user.id);
	return app_sendfile(r, uri, f.mime, f.name);
}

static const struct route routes[] = {
	{ "GET", "/files/*", ROLE_USER, download, NULL, no_params, id_ok, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-files",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
