/*
 * list.c — "Hồ sơ của tôi" (/dossiers/): the signed-in user's dossiers, drafts included,
 * newest first, a page at a time, each with its status, due date and the step that waits
 * for the user (sql.c, NEXT_STEP). Filters: a status, or "needs my action".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "dossiers.h"

/* "/dossiers" is the list too. */
int
list_redirect(struct request *r)
{
	return app_redirect(r, "/dossiers/");
}

struct counts {
	xmlNodePtr	 filters;
	long long	 all, act, of_status[DS__MAX];
};

static int
count_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct counts	*c = arg;
	long long	 status = num(row_get(ncols, names, cols, "status"));
	long long	 n = num(row_get(ncols, names, cols, "n"));

	xml_row_append(c->filters, "status", ncols, names, cols, lens);
	if (status >= 0 && status < DS__MAX)
		c->of_status[status] = n;
	c->all += n;
	c->act += num(row_get(ncols, names, cols, "act"));
	return 0;
}

/* The filter of the query: -1 (any status) or a status, and "action". 0, or 400. */
static int
filter_of(struct request *r, long long *status, bool *action)
{
	const char	*s = req_str(r, "status", "");
	size_t		 n = strlen(s);

	*status = -1;
	*action = false;
	if (n == 0)
		return 0;
	if (strcmp(s, "action") == 0) {
		*action = true;
		return 0;
	}
	if (n > 2 || strspn(s, "0123456789") != n || (*status = strtoll(s, NULL, 10)) >= DS__MAX)
		return app_error(r, 400, "mine.filter");
	return 0;
}

int
list_page(struct request *r)
{
	struct db_arg	 uargs[] = { DB_I((long long)r->user.id), DB_END_ };
	struct counts	 c = { .filters = xml_elem(r->root, "filters") };
	long long	 status, total, page = (long long)req_uint(r, "page", 1), pages;
	bool		 action;
	char		 s[24];
	long		 rc;
	int		 st;

	if ((st = filter_of(r, &status, &action)) != 0)
		return st;
	if ((rc = db_exec(STMT_LIST_COUNTS, uargs, count_row, &c)) < 0)
		return db_status(rc);
	snprintf(s, sizeof(s), "%lld", c.all);
	xml_attr(c.filters, "all", s);
	snprintf(s, sizeof(s), "%lld", c.act);
	xml_attr(c.filters, "action", s);
	form_value(r, "status", req_str(r, "status", ""));
	total = action ? c.act : status >= 0 ? c.of_status[status] : c.all;
	pages = total > 0 ? (total + MINE_PAGE - 1) / MINE_PAGE : 1;
	if (page < 1)
		page = 1;
	if (page > pages)
		return app_error(r, 404, "mine.page");
	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_I(status), DB_I(status),
		    DB_I(action), DB_I(MINE_PAGE), DB_I((page - 1) * MINE_PAGE), DB_END_ };
		xmlNodePtr list = xml_elem(r->root, "dossiers");

		snprintf(s, sizeof(s), "%lld", page);
		xml_attr(list, "page", s);
		snprintf(s, sizeof(s), "%lld", pages);
		xml_attr(list, "pages", s);
		snprintf(s, sizeof(s), "%lld", total);
		xml_attr(list, "total", s);
		if ((rc = xml_rows(list, "dossier", STMT_LIST, args)) < 0)
			return db_status(rc);
	}
	return 200;
}
