/*
 * import_apply.c — the apply of a dry run (POST /admin/catalogue/import/apply) and the
 * catalogue's downloads (GET /admin/catalogue/export, /admin/catalogue/schema); import.c has
 * the rest of the import.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"
#include "import.h"

/* The apply, as db_transaction() runs it (again after a deadlock: it reads the catalogue
 * afresh each time, and core's writes read only what they are given). */
struct applying {
	const struct catalogue	*in;
	const char		*fingerprint;	/* of the catalogue the dry run showed */
	const struct cat_who	*who;
	struct catalogue	 db;		/* the catalogue it was applied to */
};

static long
apply_tx(void *arg)
{
	struct applying	*a = arg;
	char		 now[65];
	long		 rc;

	catalogue_free(&a->db);
	if ((rc = catalogue_load(&a->db)) < 0)
		return rc;
	import_fingerprint(&a->db, now);
	if (strcmp(now, a->fingerprint) != 0)
		return CAT_STALE;	/* someone changed the catalogue since the dry run */
	return catalogue_apply(&a->db, a->in, a->who);
}

/* Counts the changes applied, for the confirmation. */
static int
count_change(void *arg, const struct cat_change *ch)
{
	unsigned	*count = arg;

	count[ch->action]++;
	return 0;
}

/* The file read again had no problem at its dry run: none to report now. */
static void
no_problem(void *arg, const struct cat_problem *p)
{
	(void)arg;
	(void)p;
}

int
import_apply(struct request *r)
{
	const char		*token = req_str(r, "token", "");
	struct import_file	 f = { 0 };
	struct cat_who		 who = catalogue_who(r->user.id);
	struct catalogue	 in = { 0 };
	struct applying		 a = { &in, f.fingerprint, &who, { { 0 }, { 0 }, { 0 } } };
	unsigned		 count[3] = { 0 };
	size_t			 n;
	char			 to[160];
	long			 rc;
	int			 st;

	import_form(r);
	if (import_take(r, token, &f) != 0) {
		form_error(r, "_", "import.expired");
		r->keep_view = true;
		st = 410;
		goto done;
	}
	if (catalogue_read(f.text.data, f.text.len, f.format, &in, no_problem, NULL) != 0) {
		import_drop(r);
		st = import_dry_run(r, &f, NULL);
		goto done;
	}
	rc = db_transaction(apply_tx, &a);
	if (rc == CAT_STALE) {
		/* The dry run again, against the catalogue as it is now: what applying would do. */
		import_drop(r);
		form_error(r, "_", "import.catalogue_changed");
		st = import_dry_run(r, &f, NULL);
		if (st == 200) {
			r->keep_view = true;
			st = 409;
		}
		goto done;
	}
	if (rc != 0) {
		st = db_status(rc);
		goto done;
	}
	import_drop(r);
	catalogue_diff(&a.db, &in, count_change, count);
	log_info("catalogue import applied by user %llu: %u added, %u changed, %u withdrawn",
	    r->user.id, count[CAT_ADD], count[CAT_CHANGE], count[CAT_WITHDRAW]);
	/* The search index and the workers' caches follow, as after dvcctl's --apply; the
	 * catalogue is changed either way (a failure is logged, dvcctl reindex mends it). */
	catalogue_reindex(&n);
	snprintf(to, sizeof(to), "/admin/catalogue/import?added=%u&changed=%u&withdrawn=%u",
	    count[CAT_ADD], count[CAT_CHANGE], count[CAT_WITHDRAW]);
	st = app_redirect(r, to);
done:
	catalogue_free(&a.db);
	catalogue_free(&in);
	buf_free(&f.text);
	return st;
}

/* ------------------------------------------------------------------ downloads */

/* Answers with text as a download called name. */
static int
download(struct request *r, const char *type, const char *name, const char *text, size_t len)
{
	buf_puts(&r->headers, "Content-Disposition: ");
	sendfile_disposition(&r->headers, name);
	buf_puts(&r->headers, "\r\n");
	return app_raw(r, type, text, len);
}

/* The bytes of dvcctl catalogue export [--format csv]. ("format" is core's word for the
 * page as XML, never a route's input: it is read from the query string here.) */
int
import_export(struct request *r)
{
	struct catalogue c;
	struct buf	 b = { 0 };
	char		 format[8] = "xml";
	long		 rc;
	int		 st;

	if (!req_form_get(r->query, strlen(r->query), "format", format, sizeof(format)))
		snprintf(format, sizeof(format), "xml");
	if (strcmp(format, "xml") != 0 && strcmp(format, "csv") != 0)
		return app_error(r, 400, "import.format");
	if ((rc = catalogue_load(&c)) < 0) {
		catalogue_free(&c);
		return db_status(rc);
	}
	if (format[0] == 'c')
		catalogue_csv_write(&c, &b);
	else if (catalogue_xml_write(&c, &b) != 0)
		b.len = 0;
	st = b.len == 0 ? 500 : format[0] == 'c' ?
	    download(r, "text/csv; charset=utf-8", "catalogue.csv", b.data, b.len) :
	    download(r, "application/xml; charset=utf-8", "catalogue.xml", b.data, b.len);
	buf_free(&b);
	catalogue_free(&c);
	return st;
}

int
import_schema(struct request *r)
{
	size_t		 len;
	const char	*text = catalogue_schema_text(&len);

	return download(r, "application/xml; charset=utf-8", "catalogue.rng", text, len);
}
