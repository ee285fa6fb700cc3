/*
 * procedures.c — the procedures of the catalogue for the administrator:
 *   GET /admin/procedures                  every code's last version (current or withdrawn),
 *                                          by name or code (diacritics aside), field, level,
 *                                          status; twenty a page
 *   GET /admin/procedures/{code}/versions  its versions with when each was published and
 *                                          withdrawn; ?v=N shows version N whole
 * The form is procedures_form.c's, withdrawal, re-publication and removal procedures_act.c's.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"
#include "procedures.h"

const struct param_spec proc_list_params[] = {
	{ "q", P_TEXT, 100 },
	{ "field", P_UINT, 4294967295u },
	{ "level", P_UINT, 4 },
	{ "status", P_TOKEN, 16 },
	{ "page", P_UINT, 100000 },
	{ "msg", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};
const struct param_spec proc_versions_params[] = {
	{ "v", P_UINT, 65535 },
	{ NULL, 0, 0 },
};

/* The LIKE pattern of what was typed: folded as name_folded is, its % and _ escaped. */
static void
like(struct buf *b, const char *q, bool prefix)
{
	char	 folded[512];
	size_t	 i, n = text_fold(q, strlen(q), folded, sizeof(folded));

	if (!prefix)
		buf_putc(b, '%');
	for (i = 0; i < n; i++) {
		if (folded[i] == '%' || folded[i] == '_' || folded[i] == '\\')
			buf_putc(b, '\\');
		buf_putc(b, folded[i]);
	}
	buf_putc(b, '%');
}

int
proc_list(struct request *r)
{
	const char	*q = req_str(r, "q", ""), *status = req_str(r, "status", "");
	long long	 field = (long long)req_uint(r, "field", 0), level = (long long)req_uint(r, "level", 0);
	long long	 page = (long long)req_uint(r, "page", 1), total = 0;
	struct buf	 name = { 0 }, code = { 0 };
	xmlNodePtr	 list;
	long		 rc;

	if (strcmp(status, "") != 0 && strcmp(status, "current") != 0 && strcmp(status, "withdrawn") != 0)
		return app_error(r, 400, "input.invalid");
	if (page < 1)
		page = 1;
	form_values(r);
	xml_text(r->root, "msg", req_str(r, "msg", ""));
	like(&name, q, false);
	/* A code as typed: letters, digits and dots, from its start. */
	like(&code, q, true);
	{
		struct db_arg args[] = { DB_S(q), DB_S(buf_cstr(&name)), DB_S(buf_cstr(&code)), DB_I(field),
		    DB_I(field), DB_I(level), DB_I(level), DB_S(status), DB_S(status),
		    DB_I(PROC_LIST_PAGE), DB_I((page - 1) * PROC_LIST_PAGE), DB_END_ };

		list = xml_elem(r->root, "procedures");
		args[9] = DB_END_;	/* the count: the filters only */
		rc = db_int(STMT_PROC_COUNT, args, &total);
		args[9] = DB_I(PROC_LIST_PAGE);
		if (rc >= 0)
			rc = xml_rows(list, "procedure", STMT_PROC_LIST, args);
	}
	buf_free(&name);
	buf_free(&code);
	if (rc < 0)
		return db_status(rc);
	xml_attr_uint(list, "total", (unsigned long long)total);
	xml_attr_uint(list, "page", (unsigned long long)page);
	xml_attr_uint(list, "pages", (unsigned long long)((total + PROC_LIST_PAGE - 1) / PROC_LIST_PAGE));
	if ((rc = xml_rows(xml_elem(r->root, "fields"), "field", STMT_PROC_FIELDS, NULL)) < 0)
		return db_status(rc);
	return 200;
}

int
proc_versions(struct request *r)
{
	struct catalogue c = { 0 };
	struct db_arg	 args[] = { DB_S(r->arg), DB_END_ };
	long long	 v = (long long)req_uint(r, "v", 0);
	xmlNodePtr	 list = xml_elem(r->root, "versions");
	bool		 current;
	long		 rc;

	xml_attr(list, "code", r->arg);
	if ((rc = xml_rows(list, "version", STMT_PROC_VERSIONS, args)) <= 0)
		return rc == 0 ? app_error(r, 404, "procedure.not_found") : db_status(rc);
	if (v == 0)
		return 200;
	if ((rc = proc_read(r->arg, v, &c.procs, &current)) > 0)
		proc_xml(r->root, &c.procs.r[0]);
	catalogue_free(&c);
	if (rc <= 0)
		return rc == 0 ? app_error(r, 404, "procedure.not_found") : db_status(rc);
	return proc_choices(r) < 0 ? 500 : 200;
}
