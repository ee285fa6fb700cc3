/*
 * dvc-catalogue — the public catalogue of administrative procedures:
 *   GET /                  home: search box, fields and agencies with their counts
 *   GET /procedures        search by keyword over the search index (search.c), or browse;
 *                          filter by field, agency and level, paginated
 *   GET /procedures/{code} everything a citizen needs before applying, with its level of
 *                          government and where it is received, and its versions with their
 *                          dates; a withdrawn one is a 404 that says so
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

#define PER_PAGE	20

enum stmt {
	STMT_TOTALS,
	STMT_FIELDS,
	STMT_AGENCIES,
	STMT_FIELD_OPTIONS,
	STMT_AGENCY_OPTIONS,
	STMT_BROWSE,
	STMT_PROCEDURE,
	STMT_COMPONENTS,
	STMT_FEES,
	STMT_FEE_EXEMPTIONS,
	STMT_RECEIVERS,
	STMT_VERSIONS,
	STMT_WITHDRAWN,
	STMT__MAX
};

/* The filters shared by search and browse: field, agency and level, each 0 for "any". */
#define FILTERS \
	" AND (? = 0 OR p.field_id = ?) AND (? = 0 OR p.agency_id = ?) AND (? = 0 OR p.level = ?)"

/* Columns of a result in a list, over a page of ids ranked by the inner query; total is the
 * number of all matches, the same on every row. */
#define LIST_COLUMNS \
	"SELECT hit.total, p.code, p.name, p.level, f.name AS field_name, a.name AS agency_name," \
	" p.processing_hours, p.same_day," \
	" (SELECT COALESCE(SUM(COALESCE(fe.amount_online, fe.amount)), 0) FROM procedure_fees fe" \
	"  WHERE fe.procedure_id = p.id AND fe.optional = 0) AS fee_total," \
	" (SELECT COUNT(*) FROM procedure_fees fe WHERE fe.procedure_id = p.id) AS fee_count" \
	" FROM hit JOIN procedures p ON p.id = hit.id" \
	" JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id"

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_TOTALS] = { "SELECT COUNT(*) AS procedures, COALESCE(SUM(level = 4), 0) AS full_online,"
	    " COALESCE(SUM(level = 3), 0) AS partial FROM procedures WHERE is_current = 1" },
	[STMT_FIELDS] = { "SELECT f.id, f.code, f.name, COUNT(p.id) AS count FROM fields f"
	    " LEFT JOIN procedures p ON p.field_id = f.id AND p.is_current = 1"
	    " GROUP BY f.id ORDER BY f.sort, f.name" },
	[STMT_AGENCIES] = { "SELECT a.id, a.code, a.name, a.kind, COUNT(p.id) AS count FROM agencies a"
	    " LEFT JOIN procedures p ON p.agency_id = a.id AND p.is_current = 1"
	    " GROUP BY a.id HAVING COUNT(p.id) > 0 ORDER BY a.kind = 'commune', a.sort, a.name" },
	/* The filter choices of the search page: no counts, so they cost next to nothing. */
	[STMT_FIELD_OPTIONS] = { "SELECT f.id, f.code, f.name FROM fields f ORDER BY f.sort, f.name" },
	[STMT_AGENCY_OPTIONS] = { "SELECT a.id, a.code, a.name, a.kind FROM agencies a WHERE EXISTS"
	    " (SELECT 1 FROM procedures p WHERE p.agency_id = a.id AND p.is_current = 1)"
	    " ORDER BY a.kind = 'commune', a.sort, a.name" },
	[STMT_BROWSE] = { "WITH hit AS (SELECT p.id, p.name_folded AS sortkey, COUNT(*) OVER () AS total"
	    " FROM procedures p"
	    " WHERE p.is_current = 1" FILTERS " ORDER BY p.name_folded, p.code LIMIT ? OFFSET ?) "
	    LIST_COLUMNS " ORDER BY hit.sortkey, p.code" },
	[STMT_PROCEDURE] = { "SELECT p.id, p.code, p.version, p.name, p.level, p.gov_level, p.processing_hours,"
	    " p.same_day, p.processing_note, p.channels, p.presence_note, p.applicants,"
	    " p.applicant_kinds, p.steps AS steps_lines, p.requirements AS requirements_lines,"
	    " p.result, p.legal_basis AS legal_basis_lines, f.id AS field_id, f.code AS field_code,"
	    " f.name AS field_name, a.id AS agency_id, a.code AS agency_code, a.name AS agency_name,"
	    " a.address AS agency_address, a.phone AS agency_phone, a.email AS agency_email"
	    " FROM procedures p JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id"
	    " WHERE p.current_code = ?" },
	[STMT_COMPONENTS] = { "SELECT c.sort, c.name, c.required, c.originals, c.copies, c.file_types,"
	    " c.max_size_kb, c.note, c.template_name, c.template_file FROM procedure_components c"
	    " JOIN procedures p ON p.id = c.procedure_id WHERE p.current_code = ? ORDER BY c.sort" },
	[STMT_FEES] = { "SELECT fe.id, fe.kind, fe.name, fe.amount, fe.amount_online, fe.unit, fe.stage,"
	    " fe.optional, fe.note FROM procedure_fees fe"
	    " JOIN procedures p ON p.id = fe.procedure_id WHERE p.current_code = ? ORDER BY fe.sort" },
	/* Who is exempt from a fee or pays less, and the proof asked (sql/018). */
	[STMT_FEE_EXEMPTIONS] = { "SELECT x.fee_id, x.ground, x.percent, x.proof FROM procedure_fee_exemptions x"
	    " JOIN procedure_fees fe ON fe.id = x.fee_id JOIN procedures p ON p.id = fe.procedure_id"
	    " WHERE p.current_code = ? ORDER BY fe.sort, x.sort" },
	/*
	 * Where a province-level procedure is received (core's SQL_RECEIVES). A commune-level one,
	 * by any commune or ward: no rows.
	 */
	[STMT_RECEIVERS] = { "SELECT a.id, a.code, a.name, a.kind, a.address, a.phone"
	    " FROM procedures p JOIN agencies a ON" SQL_RECEIVES
	    " WHERE p.current_code = ? AND p.gov_level = 'province' ORDER BY" SQL_RECEIVER_ORDER },
	/* Every version of the code (core catalogue.c's rule): in force from its publication
	 * until the next one's, or its withdrawal. */
	[STMT_VERSIONS] = { "SELECT v.version, " SQL_VN_TIME("v.published_at") " AS published_at,"
	    " " SQL_VN_TIME("COALESCE(v.withdrawn_at, (SELECT MIN(n.published_at) FROM procedures n"
	    " WHERE n.code = v.code AND n.version > v.version))") " AS until, v.is_current AS current,"
	    " v.withdrawn_at IS NOT NULL AS withdrawn FROM procedures v WHERE v.code = ?"
	    " ORDER BY v.version DESC" },
	/* A code with versions but none current: withdrawn. */
	[STMT_WITHDRAWN] = { "SELECT COUNT(*) FROM procedures WHERE code = ?" },
};

static const struct param_spec search_params[] = {
	{ "q", P_TEXT, 200 },
	{ "field", P_UINT, UINT32_MAX },
	{ "agency", P_UINT, UINT32_MAX },
	{ "level", P_UINT, 4 },
	{ "page", P_UINT, 100000 },
	{ NULL, 0, 0 },
};

static const struct param_spec no_params[] = {
	{ NULL, 0, 0 },
};

/* Procedure codes: 1.001193.000.00.00.H56 and the like. */
static bool
code_ok(const char *s)
{
	size_t	 n = strlen(s);

	if (n == 0 || n > 40)
		return false;
	return strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.") == n;
}

static int
home(struct request *r)
{
	long	 rc;

	if ((rc = xml_rows(r->root, "totals", STMT_TOTALS, NULL)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "fields"), "field", STMT_FIELDS, NULL)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "agencies"), "agency", STMT_AGENCIES, NULL)) < 0)
		return db_status(rc);
	return 200;
}

/* A page of results: each row under <results>, its total kept aside (it is on every row). */
struct hits {
	xmlNodePtr		 results;
	unsigned long long	 total;
};

static int
hit_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct hits	*h = arg;

	if (ncols < 2 || cols[0] == NULL)
		return 0;
	h->total = strtoull(cols[0], NULL, 10);
	xml_row_append(h->results, "procedure", ncols - 1, names + 1, cols + 1, lens + 1);
	return 0;
}

static int
search(struct request *r)
{
	const char		*q = req_str(r, "q", "");
	char			 folded[256];
	uint64_t		 field = req_uint(r, "field", 0), agency = req_uint(r, "agency", 0);
	uint64_t		 level = req_uint(r, "level", 0), page = req_uint(r, "page", 1);
	unsigned long long	 pages;
	struct hits		 h = { NULL, 0 };
	xmlNodePtr		 results;
	long			 rc;

	if (level != 0 && level != 2 && level != 3 && level != 4)
		return app_error(r, 400, "level.invalid");
	if (page == 0)
		return app_error(r, 400, "page.invalid");
	text_fold(q, strlen(q), folded, sizeof(folded));

	/* A keyword search reads only the index; browsing, MariaDB. */
	if (folded[0] != '\0') {
		if (search_index_options(r->root) < 0)
			return app_error(r, 503, "search.unavailable");
	} else if ((rc = xml_rows(xml_elem(r->root, "fields"), "field", STMT_FIELD_OPTIONS, NULL)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "agencies"), "agency", STMT_AGENCY_OPTIONS, NULL)) < 0)
		return db_status(rc);
#define FILTER_ARGS DB_I((long long)field), DB_I((long long)field), DB_I((long long)agency), \
	DB_I((long long)agency), DB_I((long long)level), DB_I((long long)level)
	h.results = results = xml_elem(r->root, "results");
	if (folded[0] != '\0') {
		struct search_filters f = { field, agency, level, PER_PAGE, (long long)(page - 1) * PER_PAGE };

		if (search_index_query(r, q, &f, results, &h.total) < 0)
			return app_error(r, 503, "search.unavailable");
		rc = results->children != NULL;
	} else {
		struct db_arg	 args[] = { FILTER_ARGS, DB_I(PER_PAGE),
		    DB_I((long long)(page - 1) * PER_PAGE), DB_END_ };

		rc = db_exec(STMT_BROWSE, args, hit_row, &h);
	}
#undef FILTER_ARGS
	if (rc < 0)
		return db_status(rc);
	/* No row on a page after the first: past the end (the first page may be empty). */
	if (rc == 0 && page > 1)
		return app_error(r, 404, "page.past_end");
	pages = (h.total + PER_PAGE - 1) / PER_PAGE;
	xml_attr_uint(results, "total", h.total);
	xml_attr_uint(results, "page", page);
	xml_attr_uint(results, "pages", pages);
	xml_attr_uint(results, "per_page", PER_PAGE);
	return rc < 0 ? db_status(rc) : 200;
}

static int
detail(struct request *r)
{
	struct db_arg	 args[] = { DB_S(r->arg), DB_END_ };
	long long	 versions = 0;
	long		 rc;

	if ((rc = xml_rows(r->root, "procedure", STMT_PROCEDURE, args)) < 0)
		return db_status(rc);
	if (rc == 0) {		/* none current: unknown, or withdrawn (said so) */
		if ((rc = db_int(STMT_WITHDRAWN, args, &versions)) < 0)
			return db_status(rc);
		return app_error(r, 404, versions > 0 ? "procedure.withdrawn" :
		    "procedure.not_found");
	}
	if ((rc = xml_rows(xml_elem(r->root, "components"), "component", STMT_COMPONENTS, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_FEES, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "exemptions"), "exemption", STMT_FEE_EXEMPTIONS, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "receivers"), "unit", STMT_RECEIVERS, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "versions"), "version", STMT_VERSIONS, args)) < 0)
		return db_status(rc);
	return 200;
}

static const struct route routes[] = {
	{ "GET", "/", ROLE_ANY, home, "home", no_params, NULL, ROUTE_CACHE, NULL },
	{ "GET", "/procedures", ROLE_ANY, search, "procedures", search_params, NULL, ROUTE_CACHE, NULL },
	{ "GET", "/procedures/*", ROLE_ANY, detail, "procedure", no_params, code_ok, ROUTE_CACHE, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-catalogue",
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
