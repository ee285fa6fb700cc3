/*
 * import.c — the catalogue's import and export in dvc-admin (issue 12 item 3), the same files
 * as dvcctl catalogue import and export, read, checked and written by core:
 *   GET  /admin/catalogue/import          the upload form (and what the last apply did)
 *   POST /admin/catalogue/import          the dry run of an uploaded file: every problem with
 *                                         its line, or what would be added, changed (and what
 *                                         of it) and withdrawn, with a form to apply it
 *   POST /admin/catalogue/import/apply    exactly that file applied (import_keep.c keeps it),
 *                                         in one transaction, if the catalogue is still the
 *                                         one the dry run compared it with; else the dry run
 *                                         again against the catalogue as it now is
 *   GET  /admin/catalogue/export?format=xml|csv   the catalogue as a download
 *   GET  /admin/catalogue/schema          the schema the XML is checked against
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"
#include "import.h"

#define IMPORT_MAX_SHOWN	500	/* problems listed; the count says how many in all */

const struct param_spec import_params[] = {
	{ "added", P_UINT, 1000000 },
	{ "changed", P_UINT, 1000000 },
	{ "withdrawn", P_UINT, 1000000 },
	{ NULL, 0, 0 },
};
const struct param_spec import_apply_params[] = {
	{ "token", P_TOKEN, SESSION_TOKEN_SIZE - 1 },
	{ NULL, 0, 0 },
};

static int
import_limits(struct request *r, struct upload *up)
{
	(void)r;
	up->max_bytes = (unsigned long)CATALOGUE_UPLOAD_MAX_MB * 1024 * 1024;
	return 0;
}

/* type: 1 XML, 2 CSV, anything else from the file's name or its first character. */
const struct upload_spec import_spec = { { "type", NULL }, import_limits };

/* ------------------------------------------------------------------ the dry run */

struct listing {
	xmlNodePtr	 list;
	unsigned	 n;
	unsigned	 count[3];	/* by enum cat_action */
};

static void
problem(void *arg, const struct cat_problem *p)
{
	struct listing	*l = arg;

	if (l->n++ < IMPORT_MAX_SHOWN)
		cat_problem_xml(l->list, "problem", p);
}

/* The values before and after of one item of a change ("steps", "fees.1.amount"), when it
 * names a column; a list's item added or removed ("fees.2 added") said as such. */
static void
diff_item(xmlNodePtr change, const struct cat_change *ch, const char *item, size_t len)
{
	xmlNodePtr	 d = xml_elem(change, "diff");
	char		 name[80], *end;
	const char	*col = name;
	unsigned long	 i = 0;
	unsigned	 s;
	int		 c, kind = (int)ch->kind;

	snprintf(name, sizeof(name), "%.*s", (int)(len < 79 ? len : 79), item);
	xml_attr(d, "name", name);
	for (s = 0; ch->kind == CAT_PROC && s < CAT__SUBS; s++) {
		size_t n = strlen(cat_sub_name[s]);

		if (strncmp(name, cat_sub_name[s], n) != 0 || name[n] != '.')
			continue;
		xml_attr(d, "list", cat_sub_name[s]);
		i = strtoul(name + n + 1, &end, 10);
		xml_attr_uint(d, "item", i);
		if (*end == ' ') {
			xml_attr(d, "change", end + 1);	/* "added", "removed" */
			return;
		}
		kind = (int)cat_sub_kind[s];
		col = *end == '.' ? end + 1 : "";
		break;
	}
	if ((c = cat_col((enum cat_kind)kind, col)) < 0)
		return;
	xml_attr(d, "column", col);
	if (col == name) {
		xml_text(d, "old", ch->old->v[c]);
		xml_text(d, "new", ch->new->v[c]);
	} else if (i >= 1 && i <= ch->old->sub[s].n && i <= ch->new->sub[s].n) {
		xml_text(d, "old", ch->old->sub[s].r[i - 1].v[c]);
		xml_text(d, "new", ch->new->sub[s].r[i - 1].v[c]);
	}
}

static int
list_change(void *arg, const struct cat_change *ch)
{
	static const char *const action[] = { "add", "change", "withdraw" };
	struct listing	*l = arg;
	const struct cat_rec *rec = ch->new != NULL ? ch->new : ch->old;
	xmlNodePtr	 e = xml_elem(l->list, "change");
	const char	*s, *next;

	xml_attr(e, "action", action[ch->action]);
	xml_attr(e, "kind", cat_tables[ch->kind].name);
	xml_attr(e, "object", ch->code);
	if (ch->line > 0)
		xml_attr_uint(e, "line", ch->line);
	xml_text(e, "name", rec->v[cat_col(ch->kind, "name")]);
	for (s = ch->what; *s != '\0'; s = next) {
		next = strstr(s, ", ");
		diff_item(e, ch, s, next != NULL ? (size_t)(next - s) : strlen(s));
		next = next != NULL ? next + 2 : s + strlen(s);
	}
	l->count[ch->action]++;
	return 0;
}

int
import_dry_run(struct request *r, struct import_file *f, const char *name)
{
	xmlNodePtr	 imp = xml_elem(r->root, "import");
	struct listing	 l = { xml_elem(imp, "problems"), 0, { 0 } };
	struct catalogue db = { 0 }, in = { 0 };
	char		 token[SESSION_TOKEN_SIZE];
	long		 rc;
	int		 st = 200;

	xml_attr(imp, "format", f->format == CAT_FORMAT_CSV ? "csv" : "xml");
	if (name != NULL)
		xml_attr(imp, "file", name);
	catalogue_read(f->text.data != NULL ? f->text.data : "", f->text.len, f->format, &in,
	    problem, &l);
	if ((rc = catalogue_load(&db)) < 0) {
		st = db_status(rc);
		goto done;
	}
	if (l.n == 0)
		catalogue_check(&in, &db, problem, &l);
	xml_attr_uint(l.list, "count", l.n);
	if (l.n > 0) {
		import_drop(r);		/* this dry run replaces the session's earlier one */
		r->keep_view = true;
		st = 422;
		goto done;
	}
	import_fingerprint(&db, f->fingerprint);
	l.list = xml_elem(imp, "changes");
	catalogue_diff(&db, &in, list_change, &l);
	xml_attr_uint(l.list, "added", l.count[CAT_ADD]);
	xml_attr_uint(l.list, "changed", l.count[CAT_CHANGE]);
	xml_attr_uint(l.list, "withdrawn", l.count[CAT_WITHDRAW]);
	if (l.count[CAT_ADD] + l.count[CAT_CHANGE] + l.count[CAT_WITHDRAW] > 0) {
		if (import_keep(r, f, token) != 0) {
			st = 500;
			goto done;
		}
		xml_attr(imp, "token", token);
	} else
		import_drop(r);
done:
	catalogue_free(&db);
	catalogue_free(&in);
	return st;
}

/* ------------------------------------------------------------------ the handlers */

int
import_form(struct request *r)
{
	char	 mb[16];

	form_values(r);
	snprintf(mb, sizeof(mb), "%d", CATALOGUE_UPLOAD_MAX_MB);
	xml_text(r->root, "max_mb", mb);
	return 200;
}

/* The format the administrator chose, else the file's name, else its first character. */
static enum cat_format
format_of(const char *type, const char *name, const struct buf *text)
{
	size_t	 n = strlen(name), i;

	if (strcmp(type, "1") == 0 || strcmp(type, "2") == 0)
		return type[0] == '2' ? CAT_FORMAT_CSV : CAT_FORMAT_XML;
	if (n > 4 && strcasecmp(name + n - 4, ".csv") == 0)
		return CAT_FORMAT_CSV;
	if (n > 4 && strcasecmp(name + n - 4, ".xml") == 0)
		return CAT_FORMAT_XML;
	for (i = 0; i < text->len && strchr(" \t\r\n", text->data[i]) != NULL; i++)
		;
	if (i + 3 <= text->len && memcmp(text->data + i, "\xEF\xBB\xBF", 3) == 0)
		i += 3;
	return i < text->len && text->data[i] == '<' ? CAT_FORMAT_XML : CAT_FORMAT_CSV;
}

/* The uploaded file's bytes (at most CATALOGUE_UPLOAD_MAX_MB) into b. 0, or -1. */
static int
read_upload(const struct upload_file *file, struct buf *b)
{
	char	 chunk[65536];
	ssize_t	 n;

	if (lseek(file->fd, 0, SEEK_SET) != 0)
		return -1;
	while ((n = read(file->fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || b->len + (size_t)n > file->size)
			return -1;
		buf_put(b, chunk, (size_t)n);
	}
	return 0;
}

int
import_upload(struct request *r)
{
	struct upload		*up = upload_get(r);
	struct import_file	 f = { 0 };
	struct upload_file	*file;
	int			 st = r->upload_status;

	import_form(r);
	if (st == 413 && up->error != NULL && strcmp(up->error, "upload.too_large") == 0) {
		struct cat_problem p = { CATP_TOO_BIG, 0, NULL, NULL, NULL, CATALOGUE_UPLOAD_MAX_MB, NULL };
		struct listing l = { xml_elem(xml_elem(r->root, "import"), "problems"), 0, { 0 } };

		problem(&l, &p);
		xml_attr_uint(l.list, "count", l.n);
		r->keep_view = true;
		return 413;
	}
	if (st != 0)
		return app_error(r, st == 413 ? 413 : 400, st == 413 ? "upload.body_too_large" : "upload.invalid");
	if (up->nfiles != 1) {
		if (up->nfiles == 0)
			form_error(r, "file", "import.no_file");
		else
			xml_attr_uint(form_error(r, "file", "upload.too_many"), "max_files", 1);
		r->keep_view = true;
		return 422;
	}
	file = &up->files[0];
	if (read_upload(file, &f.text) != 0) {
		buf_free(&f.text);
		return 500;
	}
	f.format = format_of(upload_field(up, "type"), file->name, &f.text);
	st = import_dry_run(r, &f, file->name);
	buf_free(&f.text);
	return st;
}
