/*
 * communes.c — the communes and wards import (issue 12 item 1): the list as the General
 * Statistics Office publishes it, uploaded as CSV (code,name[,province_code]; communes.h).
 *   GET  /admin/communes        how many communes each province has, and the upload form
 *   POST /admin/communes        the dry run: every problem with its line (nothing kept), or
 *                               what would be added, renamed and left unchanged; then the file
 *                               is kept in the store under its SHA-256, and the page carries it
 *                               with the plan's digest, signed (keyed_hash())
 *   POST /admin/communes/apply  the file read again from the store, the plan computed again in
 *                               one transaction and written only when it is the one the dry run
 *                               showed (else the new dry run is shown), each change logged
 * The store's files no dossier refers to are removed by dvcctl gc after a day: an older dry
 * run asks for the file again.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "dvc.h"
#include "catalogue.h"
#include "communes.h"
#include "admin.h"
#include "communes_plan.h"

/* The whole country's list is about 150 KB; nginx takes at most 1 MB for /admin/. */
#define COMMUNES_MAX_KB		512
#define COMMUNES_MAX_BYTES	((unsigned long)COMMUNES_MAX_KB * 1024)

const struct param_spec communes_params[] = { { NULL, 0, 0 } };
const struct param_spec communes_apply_params[] = {
	{ "file", P_TOKEN, 64 },
	{ "plan", P_TOKEN, 64 },
	{ "sig", P_TOKEN, 64 },
	{ NULL, 0, 0 },
};

static int
communes_limits(struct request *r, struct upload *up)
{
	(void)r;
	up->max_bytes = COMMUNES_MAX_BYTES;
	snprintf(up->what, sizeof(up->what), "communes");
	up->room_files = 1;
	up->room_files_error = "communes.one_file";
	return 0;
}

const struct upload_spec communes_spec = { { NULL }, communes_limits };

/* The page's data: the communes each province has, the portal's own province. */
static int
communes_data(struct request *r)
{
	long	 rc;

	if ((rc = xml_rows(xml_elem(r->root, "provinces"), "province", STMT_COMMUNE_COUNTS, NULL)) < 0)
		return db_status(rc);
	return 200;
}

int
communes_page(struct request *r)
{
	units_msg(r);
	return communes_data(r);
}

/* The problems of a file, as <problem line code [first]/> under <problems>. */
struct dry {
	xmlNodePtr	 problems;
	unsigned	 n;
};

static void
commune_problem(void *arg, unsigned line, const char *code, unsigned first)
{
	struct dry	*d = arg;
	xmlNodePtr	 p = xml_elem(d->problems, "problem");

	xml_attr(p, "code", code);
	xml_attr_uint(p, "line", line);
	if (first != 0)
		xml_attr_uint(p, "first", first);
	d->n++;
}

/* The province codes, as migration 005 lists them. */
struct provinces {
	char	 code[64][3];
	size_t	 n;
};

static int
province_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct provinces	*pv = arg;

	(void)ncols, (void)names, (void)lens;
	if (pv->n == sizeof(pv->code) / sizeof(pv->code[0]))
		return 1;
	snprintf(pv->code[pv->n++], sizeof(pv->code[0]), "%s", cols[0]);
	return 0;
}

static bool
province_known(const struct provinces *pv, const char *code)
{
	size_t	 i;

	for (i = 0; i < pv->n; i++)
		if (strcmp(pv->code[i], code) == 0)
			return true;
	return false;
}

/* The file's records read into p->file; every problem, the provinces it names included, under
 * <problems>. The number of problems, or -1 with *st set when the database failed. */
static long
read_file(struct request *r, const char *text, size_t len, struct plan *p, int *st)
{
	struct dry		 d = { xml_elem(r->root, "problems"), 0 };
	struct provinces	 pv = { .n = 0 };
	char			 home[3] = "";
	struct db_arg		 args[] = { DB_S(conf.province_name), DB_END_ };
	size_t			 i;
	long			 rc;

	if ((rc = db_text(STMT_COMMUNE_HOME, args, home, sizeof(home))) < 0 ||
	    (rc = db_exec(STMT_COMMUNE_PROVINCES, NULL, province_row, &pv)) < 0) {
		*st = db_status(rc);
		return -1;
	}
	communes_parse(text, len, home, &p->file, commune_problem, &d);
	for (i = 0; i < p->file.n; i++)
		if (!province_known(&pv, p->file.c[i].province))
			commune_problem(&d, p->file.c[i].line, "communes.province_unknown", 0);
	return d.n;
}

/* The signature of a dry run's file and plan (64 hex digits and a NUL into sig). */
static void
plan_sign(const char *file, const char *plan, char sig[65])
{
	unsigned char	 h[32];
	char		 text[200];

	snprintf(text, sizeof(text), "communes|%s|%s", file, plan);
	keyed_hash(text, h);
	sodium_bin2hex(sig, 65, h, sizeof(h));
}

/* The dry run of the file of SHA-256 sha (its name as uploaded): the problems, or the plan
 * with the hidden fields that apply it. A file with a plan is kept in the store for the apply
 * (up, the upload; NULL when it is there already). 200, 400 (problems), or a failure's status. */
static int
dry_run(struct request *r, const char *text, size_t len, const char *sha, const char *name,
    struct upload *up)
{
	struct plan	 p = { 0 };
	xmlNodePtr	 e;
	char		 sig[65];
	long		 rc;
	int		 st = 200;

	if ((rc = read_file(r, text, len, &p, &st)) != 0) {
		plan_free(&p);
		if (rc > 0) {
			xml_text(r->root, "file_name", name);
			r->keep_view = true;
			st = 400;
		}
		return st != 200 ? st : communes_data(r);
	}
	if ((rc = plan_make(&p)) < 0) {
		plan_free(&p);
		return db_status(rc);
	}
	if (up != NULL && (st = upload_store(up)) != 0) {
		plan_free(&p);
		return st;
	}
	e = xml_elem(r->root, "plan");
	plan_xml(&p, e);
	plan_sign(sha, p.digest, sig);
	xml_attr(e, "file", sha);
	xml_attr(e, "digest", p.digest);
	xml_attr(e, "sig", sig);
	xml_attr(e, "file_name", name);
	plan_free(&p);
	return communes_data(r);
}

/* The whole of fd (at most COMMUNES_MAX_BYTES) into b: 0, or -1. */
static int
slurp(int fd, struct buf *b)
{
	char	 chunk[8192];
	ssize_t	 n;

	if (lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || b->len + (size_t)n > COMMUNES_MAX_BYTES)
			return -1;
		buf_put(b, chunk, (size_t)n);
	}
	return 0;
}

int
communes_check(struct request *r)
{
	struct upload	*up = upload_get(r);
	struct buf	 text = { 0 };
	int		 st = r->upload_status;

	if (st == 0 && up->nfiles != 1) {
		up->error = "communes.file_required";
		st = 400;
	}
	if (st == 0 && slurp(up->files[0].fd, &text) != 0)
		st = 500;
	if (st == 0)
		st = dry_run(r, text.data ? text.data : "", text.len, up->files[0].hex, up->files[0].name, up);
	else if (st != 500) {
		const char *code = up->error == NULL ? "upload.invalid" :
		    strcmp(up->error, "upload.too_large") == 0 ? "communes.too_large" : up->error;

		xml_attr_uint(form_error(r, "file", code), "max_kb", COMMUNES_MAX_KB);
		r->keep_view = true;
		if (communes_data(r) != 200)
			st = 500;
	}
	buf_free(&text);
	return st;
}

/* The apply's transaction (db_transaction(): run again after a deadlock; plan_make() reads
 * the database anew each time). */
struct apply_tx {
	struct plan	*p;
	const char	*want;		/* the dry run's digest */
	struct cat_who	 who;
	bool		 changed;
};

static long
apply_tx(void *arg)
{
	struct apply_tx	*x = arg;
	long		 rc;

	x->changed = false;
	if ((rc = plan_make(x->p)) < 0)
		return rc;
	if (strcmp(x->p->digest, x->want) != 0)
		return (x->changed = true);
	return plan_apply(x->p, &x->who);
}

int
communes_apply(struct request *r)
{
	const char	*file = req_str(r, "file", ""), *want = req_str(r, "plan", "");
	char		 sig[65], path[STORE_PATH_MAX], to[96];
	struct buf	 text = { 0 };
	struct plan	 p = { 0 };
	struct apply_tx	 x = { .p = &p, .want = want };
	size_t		 added, renamed;
	long		 rc;
	int		 fd, st;

	plan_sign(file, want, sig);
	if (strlen(file) != 64 || strspn(file, "0123456789abcdef") != 64 ||
	    strlen(req_str(r, "sig", "")) != 64 || sodium_memcmp(sig, req_str(r, "sig", ""), 64) != 0)
		return app_error(r, 400, "communes.token");
	store_path(file, path);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 || slurp(fd, &text) != 0) {
		if (fd >= 0)
			close(fd);
		buf_free(&text);
		form_error(r, "file", "communes.expired");
		r->keep_view = true;
		return (st = communes_data(r)) != 200 ? st : 410;
	}
	close(fd);
	st = 200;
	if ((rc = read_file(r, text.data ? text.data : "", text.len, &p, &st)) != 0) {
		buf_free(&text);
		plan_free(&p);
		return rc < 0 ? st : app_error(r, 400, "communes.token");
	}
	x.who = catalogue_who(r->user.id);
	rc = db_transaction(apply_tx, &x);
	added = p.nadd;
	renamed = p.nrename;
	plan_free(&p);
	if (rc < 0) {
		buf_free(&text);
		return db_status(rc);
	}
	if (x.changed) {	/* someone changed the communes since: the new dry run */
		form_error(r, "_", "communes.changed");
		st = dry_run(r, text.data ? text.data : "", text.len, file, "", NULL);
		buf_free(&text);
		r->keep_view = true;
		return st == 200 ? 409 : st;
	}
	buf_free(&text);
	snprintf(to, sizeof(to), "/admin/communes?msg=imported&added=%zu&renamed=%zu", added, renamed);
	return app_redirect(r, to);
}
