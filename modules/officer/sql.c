/*
 * sql.c — every statement dvc-officer runs. An officer sees the dossiers of the units they
 * hold a role in (SEEN: any unit that has held the dossier), and each inbox tab is bound to
 * the role it is for; every statement takes the officer's id.
 */
#include "dvc.h"
#include "officer.h"

/* The officer's units in a role, from officer_roles. Takes the user id. */
#define UNITS(role)	"(SELECT agency_id FROM officer_roles WHERE user_id = ? AND role = '" role "')"
/* The dossier d has been held by a unit of the officer. Takes the user id. */
#define SEEN		" EXISTS (SELECT 1 FROM dossier_units du JOIN officer_roles r" \
			" ON r.agency_id = du.agency_id WHERE du.dossier_id = d.id AND r.user_id = ?)"
#define VN(col, as)	SQL_VN_AS(col, as)

/*
 * The officer's units in a tab's role, for a page. Bound (inbox.c read them with the roles):
 * INBOX_UNITS ids, the last repeated to fill the list, so that an officer of one unit, the
 * usual case, is one value to MariaDB, which then reads the page from one range of the tab's
 * index in its order and stops after it (with a subquery, it reads the whole range and sorts
 * it). An officer with more units in a role than that takes the statements ..._ROLE: the user
 * id and the role.
 */
#define BOUND		" IN (?, ?, ?, ?)"
#define OF_ROLE		" IN (SELECT agency_id FROM officer_roles WHERE user_id = ? AND role = ?)"
#define OF_ANY		" IN (SELECT agency_id FROM officer_roles WHERE user_id = ?)"

/*
 * What waits in a tab of work is the dossiers of the officer's units with that inbox_tab
 * (sql/015): the receiving unit's for receive, assign and return, the holding unit's for
 * process and approve, where process keeps the officer's and nobody's (the user id twice;
 * 0 for approve). Takes the units, then the tab.
 */
#define W_UNIT(units)	"d.agency_id" units " AND d.inbox_tab = ?"
#define W_HOLDER(units)	"d.holder_agency_id" units " AND d.inbox_tab = ?" \
			" AND (? = 0 OR d.assignee_id = ? OR d.assignee_id IS NULL)"
/*
 * A page of a tab: which dossiers, then what is shown of them. The ids of the page are chosen
 * first, in a derived table that reads only the tab's index (without filters) in the page's
 * order, cut to the page; the columns shown and their joins are then read for those rows
 * alone. A tab of work is LIST_DUE(its index), its condition, FILTERS and PAGE_DUE; "all" is LIST_ALL,
 * its units twice, FILTERS and PAGE_ALL: the units and the tab, then the filters, then the
 * page size and offset.
 */
#define LIST(from) \
	"SELECT d.id, d.code, d.status, d.procedure_id AS _procedure, d.applicant_name," \
	" NULLIF(d.org_name, '') AS org_name," \
	VN("d.submitted_at", "submitted_at") "," VN("d.due_at", "due_at") "," \
	" UNIX_TIMESTAMP(d.due_at) AS _due_ts, d.holder_agency_id AS _holder," \
	" u.full_name AS assignee_name, d.awaiting_approval FROM (SELECT " from " WHERE "
#define PAGE(inner, outer) \
	" ORDER BY " inner " LIMIT ? OFFSET ?) page JOIN dossiers d ON d.id = page.id" \
	" LEFT JOIN users u ON u.id = d.assignee_id" \
	" ORDER BY " outer
/*
 * A tab of work is read from its index in the page's order, which MariaDB is told: left to
 * itself it may take the index of the tab's count ("process": the assignee's), read the whole
 * tab and sort it.
 */
#define LIST_DUE(index)	LIST("d.id, d.due_at AS sort_at FROM dossiers d FORCE INDEX (" index ")")
#define PAGE_DUE	PAGE("d.due_at, d.id", "page.sort_at, page.id")
/*
 * The first page of a tab of work without filters, as an inbox first opens: read straight
 * from the tab's index in its order, each row's columns joined as it comes, MariaDB stopping
 * after the page (a third cheaper than LIST's derived table, which wins from the second page
 * on: this form would join every row it skips). The holding unit's name is shown on "all"
 * only. Takes the units and the tab, then the page size and offset (0).
 */
#define FIRST(index) \
	"SELECT d.id, d.code, d.status, d.procedure_id AS _procedure, d.applicant_name," \
	" NULLIF(d.org_name, '') AS org_name," \
	VN("d.submitted_at", "submitted_at") "," VN("d.due_at", "due_at") "," \
	" UNIX_TIMESTAMP(d.due_at) AS _due_ts, u.full_name AS assignee_name," \
	" d.awaiting_approval FROM dossiers d FORCE INDEX (" index ")" \
	" LEFT JOIN users u ON u.id = d.assignee_id WHERE "
#define FIRST_PAGE	" ORDER BY d.due_at, d.id LIMIT ? OFFSET ?"
/*
 * "All": every dossier the officer's units have held, the latest arrival first (a dossier
 * handed between two of them counts once, at its latest).
 */
#define LIST_ALL(units) \
	LIST("du.dossier_id AS id, du.since AS sort_at FROM dossier_units du JOIN dossiers d" \
	" ON d.id = du.dossier_id") "du.agency_id" units " AND NOT EXISTS (SELECT 1 FROM dossier_units o" \
	" WHERE o.dossier_id = du.dossier_id AND o.agency_id" units " AND (o.since, o.agency_id) > (du.since, du.agency_id))"
#define PAGE_ALL	PAGE("du.since DESC, du.dossier_id DESC", "page.sort_at DESC, page.id DESC")
/*
 * The filters every tab takes, in this order: the search (a code, or part of the applicant's
 * or organisation's name) four times, the procedure (its code, or part of its name without
 * diacritics) three times, the field twice, the status twice, submitted from and before
 * (moments) twice each, and due before and from (moments, for "overdue" and "due soon": only
 * dossiers whose clock runs) twice each. 0 or '' is "any". A filter on a column that no tab's
 * index holds reads the dossier again (f, the same row) in an EXISTS that is evaluated only
 * when the filter is given (MariaDB does not look past the TRUE of "? = ''" on the left of an
 * OR): without filters, the page is chosen from the tab's index alone.
 */
#define AGAIN(cond)	"EXISTS (SELECT 1 FROM dossiers f WHERE f.id = d.id AND " cond ")"
#define AGAIN_P(cond)	"EXISTS (SELECT 1 FROM dossiers f JOIN procedures p ON p.id = f.procedure_id" \
			" WHERE f.id = d.id AND " cond ")"
#define FILTERS \
	" AND (? = '' OR " AGAIN("(f.code = ? OR f.applicant_name LIKE ? OR f.org_name LIKE ?)") ")" \
	" AND (? = '' OR " AGAIN_P("(p.code = ? OR p.name_folded LIKE ?)") ")" \
	" AND (? = 0 OR " AGAIN_P("p.field_id = ?") ")" \
	" AND (? = 0 OR d.status = ?)" \
	" AND (? = 0 OR " AGAIN("f.submitted_at >= FROM_UNIXTIME(?)") ")" \
	" AND (? = 0 OR " AGAIN("f.submitted_at < FROM_UNIXTIME(?)") ")" \
	" AND (? = 0 OR (d.status IN (" SQL_DS(SUBMITTED) ", " SQL_DS(RECEIVED) ", " SQL_DS(PROCESSING) ", " \
	SQL_DS(FEES_DUE) ") AND d.due_at < FROM_UNIXTIME(?)))" \
	" AND (? = 0 OR d.due_at >= FROM_UNIXTIME(?))"

/*
 * STMT_LISTS: four lists of a dossier side by side in a UNION ALL, each SELECT giving NULL for
 * the columns of the others. A row says its list and its place in it first (_list 1 files,
 * 2 fees, 3 events, 4 slips; then _a, _t, _b, _c: each list's own ORDER BY), columns that
 * xml_row_append() leaves out as it does every NULL; then come the columns of the files, of
 * the fees, of the events and of the slips, each list's by the names its page reads (id,
 * kind and name are shared; an event's units by id, _agency and _to_agency, which view.c
 * names from core's agencies.c). Each SELECT takes the dossier's id.
 */
#define NULL4		"NULL, NULL, NULL, NULL"
#define NULL7		NULL4 ", NULL, NULL, NULL"
#define NULL12		NULL4 ", " NULL4 ", " NULL4
#define LISTS_FILES \
	"SELECT 1 AS _list, f.kind + 0 AS _a, NULL AS _t, c.sort AS _b, f.id AS _c," \
	" f.id, f.kind, f.component_id, c.name AS component_name, f.name, f.mime, f.size," \
	VN("f.uploaded_at", "uploaded_at") "," \
	" NULL AS amount, NULL AS due, NULL AS stage, NULL AS unit, NULL AS unit_amount," \
	" NULL AS quantity, NULL AS full_amount, NULL AS at, NULL AS from_status, NULL AS to_status," \
	" NULL AS move, NULL AS role, NULL AS note, NULL AS minutes_used, NULL AS minutes_allotted," \
	" NULL AS user_name, NULL AS _agency, NULL AS _to_agency, NULL AS assignee_name," \
	" NULL AS form, NULL AS number, NULL AS year, NULL AS issued_at" \
	" FROM dossier_files f LEFT JOIN procedure_components c ON c.id = f.component_id" \
	" WHERE f.dossier_id = ?"
/* The columns of SQL_DOSSIER_FEES_SELECT (dossier.h), in its order. */
#define LISTS_FEES \
	"SELECT 2, sort, NULL, NULL, NULL, NULL, kind, NULL, NULL, name, NULL, NULL, NULL," \
	" amount, amount, stage, unit, unit_amount, quantity, full_amount, " NULL12 ", " NULL4 \
	" FROM dossier_fees WHERE dossier_id = ?"
#define LISTS_EVENTS \
	"SELECT 3, 0, e.at, NULL, e.id, e.id, " NULL7 ", " NULL7 "," VN("e.at", "at") "," \
	" e.from_status, e.to_status, e.move, e.role, e.note, e.minutes_used, e.minutes_allotted," \
	" u.full_name, e.agency_id, e.to_agency_id, au.full_name, " NULL4 " FROM dossier_events e" \
	" LEFT JOIN users u ON u.id = e.user_id LEFT JOIN users au ON au.id = e.assignee_id" \
	" WHERE e.dossier_id = ?"
#define LISTS_SLIPS \
	"SELECT 4, s.id, NULL, NULL, NULL, s.id, " NULL7 ", " NULL7 ", " NULL12 "," \
	" s.form, s.number, s.year," VN("s.issued_at", "issued_at") \
	" FROM dossier_slips s WHERE s.dossier_id = ?"

const struct db_stmt_def stmts[STMT__MAX] = {
	/*
	 * The officer's roles, each with what waits at that unit, from the counts the triggers of
	 * sql/023 keep: a row per count (tab, n; "process": the officer's and nobody's, assignee
	 * 0), or one with none, a role's rows together in the order of officer_roles' key (no
	 * sort). inbox.c adds up the counts of the tabs of each role's work and leaves the others
	 * (without a GROUP BY or a condition per role here: half the cost), and names the units
	 * (agencies.c). The user id, then the user id again.
	 */
	[STMT_ROLES] = { "SELECT r.agency_id, r.role, c.tab, c.n FROM officer_roles r"
	    " LEFT JOIN inbox_counts c ON c.agency_id = r.agency_id AND c.assignee_id IN (?, 0)"
	    " WHERE r.user_id = ? ORDER BY r.agency_id, r.role" },
	[STMT_LIST_UNIT] = { LIST_DUE("dossiers_tab_unit") W_UNIT(BOUND) FILTERS PAGE_DUE },
	[STMT_LIST_HOLDER] = { LIST_DUE("dossiers_tab_holder") W_HOLDER(BOUND) FILTERS PAGE_DUE },
	[STMT_LIST_ALL] = { LIST_ALL(BOUND) FILTERS PAGE_ALL },
	[STMT_LIST_UNIT_ROLE] = { LIST_DUE("dossiers_tab_unit") W_UNIT(OF_ROLE) FILTERS PAGE_DUE },
	[STMT_LIST_HOLDER_ROLE] = { LIST_DUE("dossiers_tab_holder") W_HOLDER(OF_ROLE) FILTERS PAGE_DUE },
	[STMT_LIST_ALL_ROLE] = { LIST_ALL(OF_ANY) FILTERS PAGE_ALL },
	/*
	 * The same without filters, as an inbox first opens: MariaDB optimises a statement at
	 * each execution, and the filters' subqueries cost it more than the page itself. The
	 * first two are for the first page only (FIRST); inbox.c takes the statements above,
	 * their filters empty, for the next pages.
	 */
	[STMT_LIST_UNIT_PLAIN] = { FIRST("dossiers_tab_unit") W_UNIT(BOUND) FIRST_PAGE },
	[STMT_LIST_HOLDER_PLAIN] = { FIRST("dossiers_tab_holder") W_HOLDER(BOUND) FIRST_PAGE },
	[STMT_LIST_ALL_PLAIN] = { LIST_ALL(BOUND) PAGE_ALL },
	[STMT_LIST_UNIT_ROLE_PLAIN] = { LIST_DUE("dossiers_tab_unit") W_UNIT(OF_ROLE) PAGE_DUE },
	[STMT_LIST_HOLDER_ROLE_PLAIN] = { LIST_DUE("dossiers_tab_holder") W_HOLDER(OF_ROLE) PAGE_DUE },
	[STMT_LIST_ALL_ROLE_PLAIN] = { LIST_ALL(OF_ANY) PAGE_ALL },
	/* The fields of the filter (the procedure is typed: a unit carries out hundreds). */
	[STMT_FIELDS] = { "SELECT f.id, f.name FROM fields f ORDER BY f.sort, f.name" },
	/*
	 * The dossier, what dossier_moves_offered() needs (the officer's id first; claim_pending
	 * not NULL: an exemption was claimed), and whether it has payments or feedback (the
	 * dossier's counts, sql/033: most have none, and their statements are then not run).
	 * Then the dossier's id. Only a dossier a unit of the officer has held (SEEN, here read
	 * with the roles: DOSSIER_SEEN). The units and the procedure by id: view.c names them
	 * (agencies.c, procs.c).
	 */
	[STMT_DOSSIER] = { "SELECT d.id, d.code, d.status, d.version, d.awaiting_approval," SQL_DOSSIER_OFFER ","
	    " d.payments > 0 AS has_payments, d.feedback > 0 AS has_feedback,"
	    " d.applicant_kind, d.applicant_name, d.applicant_citizen_id,"
	    " DATE_FORMAT(d.applicant_birth_date, '%d/%m/%Y') AS applicant_birth_date,"
	    " d.applicant_phone, d.applicant_email, d.applicant_address, d.org_name, d.org_tax_code,"
	    " d.request_note, d.channel, d.postal_recipient, d.postal_phone, d.postal_street,"
	    " d.postal_commune, pr.name AS postal_province_name, d.postal_tracking, d.fee_total,"
	    SQL_PAY_DUE " AS owed,"
	    " d.processing_hours, d.same_day," SQL_DOSSIER_TIMES ","
	    " d.procedure_id AS _procedure, d.agency_id,"
	    " d.holder_agency_id, u.full_name AS assignee_name, d.result_kind,"
	    " d.result_file_id FROM dossiers d"
	    " LEFT JOIN users u ON u.id = d.assignee_id LEFT JOIN provinces pr ON pr.code = d.postal_province_code"
	    " WHERE d.id = ? AND d.status > " SQL_DS(DRAFT) " HAVING officer_roles >= " DVC_STR(DOSSIER_SEEN) },
	/*
	 * The dossier's files, fees, history (the process-control slip, Form 6) and slips in one
	 * statement, a round trip rather than four (LISTS).
	 */
	[STMT_LISTS] = { LISTS_FILES " UNION ALL " LISTS_FEES " UNION ALL " LISTS_EVENTS " UNION ALL "
	    LISTS_SLIPS " ORDER BY _list, _a, _t, _b, _c" },
	/* The exemption or reduction claimed (sql/018), with its proof, for the desk to check. */
	[STMT_CLAIM] = { SQL_FEE_CLAIM_SELECT },
	/* Its payments (dvc-payment, sql/016): each attempt, how it was settled. */
	[STMT_PAYMENTS] = { SQL_PAYMENTS_SELECT },
	/* Whom a dossier can go to: the processors, those of the holding unit first, then those
	 * of the unit that resolves the procedure (a dossier received at the Centre goes on to
	 * its department). */
	[STMT_PROCESSORS] = { "SELECT u.id, u.full_name AS name, a.id AS agency_id, a.name AS agency_name"
	    " FROM officer_roles r JOIN users u ON u.id = r.user_id JOIN agencies a ON a.id = r.agency_id"
	    " WHERE r.role = 'processor' AND u.disabled = 0 AND u.id <> ?"
	    " ORDER BY a.id = ? DESC, a.id = ? DESC, a.sort, u.full_name LIMIT 300" },
	[STMT_SLIP] = { SQL_SLIP_SELECT " WHERE s.id = ? AND" SEEN },
	[STMT_SLIP_COMPONENTS] = { SQL_SLIP_COMPONENTS },
	/* Form 7, the register of a unit's one-stop desk: every dossier it received (Form 1). */
	[STMT_REGISTER] = { "SELECT s.number, s.year, d.id, d.code, d.status, d.channel, d.applicant_name,"
	    " d.org_name, d.applicant_address, d.applicant_phone, p.name AS procedure_name,"
	    " h.name AS holder_name," VN("s.issued_at", "received_at") "," VN("d.first_due_at", "first_due_at") ","
	    VN("d.due_at", "due_at") "," VN("d.finished_at", "finished_at") "," VN("d.returned_at", "returned_at")
	    " FROM dossier_slips s JOIN dossiers d ON d.id = s.dossier_id JOIN procedures p ON p.id = d.procedure_id"
	    " LEFT JOIN agencies h ON h.id = d.holder_agency_id WHERE s.form = 1 AND s.agency_id = ?"
	    " AND s.agency_id IN " UNITS("receiver")
	    " AND s.issued_at >= FROM_UNIXTIME(?) AND s.issued_at < FROM_UNIXTIME(?)"
	    " ORDER BY s.year, s.number LIMIT 2000" },
	[STMT_REGISTER_UNITS] = { "SELECT a.id, a.code, a.name FROM officer_roles r JOIN agencies a ON a.id = r.agency_id"
	    " WHERE r.user_id = ? AND r.role = 'receiver' ORDER BY a.sort, a.name" },
	[STMT_RESULT_INSERT] = { "INSERT INTO dossier_files (dossier_id, component_id, kind, sha256, name, mime,"
	    " size, uploaded_at) VALUES (?, NULL, 'result', ?, ?, ?, ?, UTC_TIMESTAMP())" },
	/* The applicant's feedback (sql/014), answered once by an officer of a unit that held the
	 * dossier, in the name of that unit (the holder first). Takes the answer, the user id
	 * twice, the feedback and dossier ids, and the user id (SEEN). */
	[STMT_FEEDBACK] = { SQL_FEEDBACK_SELECT },
	[STMT_FEEDBACK_ANSWER] = { "UPDATE dossier_feedback f JOIN dossiers d ON d.id = f.dossier_id"
	    " SET f.answer = ?, f.answered_at = UTC_TIMESTAMP(), f.answered_by = ?,"
	    " f.answer_agency_id = (SELECT du.agency_id FROM dossier_units du JOIN officer_roles r"
	    " ON r.agency_id = du.agency_id WHERE du.dossier_id = d.id AND r.user_id = ?"
	    " ORDER BY du.agency_id = d.holder_agency_id DESC, du.since LIMIT 1)"
	    " WHERE f.id = ? AND f.dossier_id = ? AND f.answer IS NULL AND" SEEN },
	[STMT_SEEN] = { "SELECT d.code FROM dossiers d WHERE d.id = ? AND d.status > " SQL_DS(DRAFT) " AND" SEEN },
};
