/*
 * sql.c — every statement dvc-dossiers runs. The public lookup's (track.c) show only
 * submitted dossiers, and nothing personal; the applicant's are bound to the signed-in user (MINE: a
 * dossier code and the user id), or take the id of a dossier found that way.
 */
#include "dvc.h"
#include "dossiers.h"
#include "track.h"

#define MINE		" d.code = ? AND d.user_id = ?"
#define VN(col, as)	SQL_VN_AS(col, as)

/* The desk asked to complete the dossier before receiving it (a "complete" move at status 1). */
#define COMPLETE_ASKED	"(d.status = " SQL_DS(SUBMITTED) " AND EXISTS (SELECT 1 FROM dossier_events ce" \
			" WHERE ce.dossier_id = d.id AND ce.move = 'complete'))"
/* The applicant may add files: a supplement requested (5), or completion asked (1). */
#define SUPPLEMENT_OPEN	"(d.status = " SQL_DS(SUPPLEMENT) " OR " COMPLETE_ASKED ")"
#define RATED		"EXISTS (SELECT 1 FROM dossier_ratings rt WHERE rt.dossier_id = d.id)"

/*
 * The step the applicant must take now, '' for none: resume a draft, complete the dossier
 * the desk asked for, supplement it, pay (6, or 1 while fees due at submission are unpaid:
 * the desk receives it once paid), collect the result at the counter (9), rate
 * the service once it was returned (10).
 */
#define NEXT_STEP \
	" CASE WHEN d.status = " SQL_DS(DRAFT) " THEN 'resume'" \
	" WHEN " COMPLETE_ASKED " THEN 'complete'" \
	" WHEN d.status = " SQL_DS(SUPPLEMENT) " THEN 'supplement'" \
	" WHEN d.status = " SQL_DS(FEES_DUE) " THEN 'pay'" \
	" WHEN d.status = " SQL_DS(SUBMITTED) " AND " SQL_PAY_DUE " > 0 THEN 'pay'" \
	" WHEN d.status = " SQL_DS(DONE) " AND d.channel = 'counter' THEN 'collect'" \
	" WHEN d.status = " SQL_DS(RETURNED) " AND NOT " RATED " THEN 'rate'" \
	" ELSE '' END AS next_step"

/* "Hồ sơ của tôi": the user's dossiers, drafts included, each with its next step. Takes the
 * user id. (A dossier filed for an organisation is the user's: the tax code of a profile is
 * typed, not verified, so it shows no one else's dossiers.) */
#define MY_DOSSIERS \
	"(SELECT d.id, d.code, d.status, d.applicant_kind, d.org_name, p.name AS procedure_name," \
	VN("d.updated_at", "updated_at") "," VN("d.submitted_at", "submitted_at") "," \
	VN("d.due_at", "due_at") "," VN("d.returned_at", "returned_at") "," \
	" (d.due_at < UTC_TIMESTAMP() AND d.status IN (" SQL_DS(RECEIVED) ", " SQL_DS(PROCESSING) ", " \
	SQL_DS(FEES_DUE) ")) AS late," NEXT_STEP \
	" FROM dossiers d JOIN procedures p ON p.id = d.procedure_id WHERE d.user_id = ?) x"

const struct db_stmt_def stmts[STMT__MAX] = {
	/* The public lookup (track.c). */
	/* A few stale rows at a time, oldest first: the table holds about a day. */
	[STMT_TRACK_PURGE] = { "DELETE FROM track_lookups WHERE at < UTC_TIMESTAMP() - INTERVAL 1 DAY"
	    " ORDER BY at LIMIT 20" },
	[STMT_TRACK_RECORD] = { "INSERT INTO track_lookups (at, ip) VALUES (UTC_TIMESTAMP(), ?)" },
	[STMT_TRACK_COUNT] = { "SELECT COUNT(*) FROM track_lookups WHERE ip = ?"
	    " AND at > UTC_TIMESTAMP() - INTERVAL " DVC_STR(TRACK_WINDOW_MINUTES) " MINUTE" },
	/* Always one row, whether or not the code exists: the id (0 for none) and the last
	 * digits to compare. Drafts are nobody's business but their author's. */
	[STMT_TRACK_BY_CODE] = { "SELECT COALESCE(MAX(d.id), 0), COALESCE(MAX(RIGHT(d.applicant_phone, "
	    DVC_STR(TRACK_DIGITS) ")), ''), COALESCE(MAX(RIGHT(d.applicant_citizen_id, " DVC_STR(TRACK_DIGITS)
	    ")), '') FROM dossiers d WHERE d.code = ? AND d.status > " SQL_DS(DRAFT) },
	[STMT_TRACK_BY_TOKEN] = { "SELECT COALESCE(MAX(d.id), 0) FROM dossiers d"
	    " WHERE d.track_token = ? AND d.status > " SQL_DS(DRAFT) },
	/* On time: finished (refused, stopped, done) by the due date, or not yet past it. */
	[STMT_TRACK_DOSSIER] = { "SELECT d.code, d.status, p.name AS procedure_name, p.code AS procedure_code,"
	    " a.name AS agency_name, COALESCE(h.name, a.name) AS holder_name, d.applicant_kind,"
	    " d.applicant_name, d.org_name, d.channel,"
	    " " SQL_VN_TIME("d.submitted_at") " AS submitted_at, " SQL_VN_TIME("d.due_at") " AS due_at,"
	    " " SQL_VN_TIME("d.finished_at") " AS finished_at,"
	    " CASE WHEN d.due_at IS NULL THEN NULL"
	    " WHEN d.finished_at IS NOT NULL THEN IF(d.finished_at <= d.due_at, 'on_time', 'late')"
	    " WHEN d.due_at < UTC_TIMESTAMP() THEN 'late' ELSE 'on_time' END AS timeliness"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = d.agency_id LEFT JOIN agencies h ON h.id = d.holder_agency_id"
	    " WHERE d.id = ? AND d.status > " SQL_DS(DRAFT) },
	/* The steps, never their notes (they may name people) nor who made them: the unit the
	 * dossier went to, else the one that made the step. */
	[STMT_TRACK_EVENTS] = { "SELECT " SQL_VN_TIME("e.at") " AS at, e.from_status, e.to_status, e.move,"
	    " COALESCE(ta.name, ea.name) AS unit,"
	    " IF(d.due_at IS NOT NULL AND e.at > d.due_at, 1, 0) AS late"
	    " FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id"
	    " LEFT JOIN agencies ea ON ea.id = e.agency_id LEFT JOIN agencies ta ON ta.id = e.to_agency_id"
	    " WHERE e.dossier_id = ? AND d.status > " SQL_DS(DRAFT) " ORDER BY e.at, e.id" },
	/* A page, newest first. Takes the user id, the status (-1 any) twice, "needs my action"
	 * (0 or 1), the page size and offset. */
	[STMT_LIST] = { "SELECT x.* FROM " MY_DOSSIERS " WHERE (? < 0 OR x.status = ?)"
	    " AND (? = 0 OR x.next_step <> '') ORDER BY x.id DESC LIMIT ? OFFSET ?" },
	/* How many in each status, and of those how many wait for the user: the filters. */
	[STMT_LIST_COUNTS] = { "SELECT x.status, COUNT(*) AS n, SUM(x.next_step <> '') AS act"
	    " FROM " MY_DOSSIERS " GROUP BY x.status ORDER BY x.status" },
	[STMT_DOSSIER] = { "SELECT d.id, d.code, d.status, d.version, d.applicant_kind, d.applicant_name,"
	    " d.org_name, d.channel, d.postal_recipient, d.postal_street, d.postal_commune,"
	    " d.postal_tracking, d.fee_total, " SQL_PAY_DUE " AS owed, d.result_kind, d.result_file_id, rf.name AS result_name,"
	    " rf.size AS result_size, p.code AS procedure_code, p.name AS procedure_name,"
	    " p.clock_after_supplement, a.name AS agency_name, h.name AS holder_name,"
	    " COALESCE(d.processing_hours, p.processing_hours) AS processing_hours,"
	    " COALESCE(d.same_day, p.same_day) AS same_day," SQL_DOSSIER_TIMES ","
	    " IF(d.finished_at IS NULL OR d.due_at IS NULL, NULL, d.finished_at <= d.due_at) AS finished_on_time,"
	    " " COMPLETE_ASKED " AS complete_asked, " RATED " AS rated," NEXT_STEP
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = d.agency_id LEFT JOIN agencies h ON h.id = d.holder_agency_id"
	    " LEFT JOIN dossier_files rf ON rf.id = d.result_file_id"
	    " WHERE" MINE " AND d.status > " SQL_DS(DRAFT) },
	/* What an action needs of the user's dossier of the URL: code and user id. */
	[STMT_MINE] = { "SELECT d.id, d.status, d.version, " RATED " AS rated FROM dossiers d"
	    " WHERE" MINE " AND d.status > " SQL_DS(DRAFT) },
	/* The process-control slip (Form 6) as the applicant reads it: the steps and units, not
	 * the officers; a note only where it was written for the applicant (what is missing, a
	 * reason, an obligation). Takes the dossier id. */
	[STMT_TIMELINE] = { "SELECT e.id," VN("e.at", "at") ", UNIX_TIMESTAMP(e.at) AS at_ts, e.from_status,"
	    " e.to_status, e.move, e.role, IF(e.move IN ('complete', 'refuse', 'supplement', 'fees',"
	    " 'apology', 'stop', 'withdraw'), e.note, '') AS note, e.minutes_used, e.minutes_allotted,"
	    " a.name AS agency_name, ta.name AS to_agency_name FROM dossier_events e"
	    " LEFT JOIN agencies a ON a.id = e.agency_id LEFT JOIN agencies ta ON ta.id = e.to_agency_id"
	    " WHERE e.dossier_id = ? ORDER BY e.at, e.id LIMIT 1000" },
	/* The files submitted and supplemented (the result is the dossier's). since_request: a
	 * supplement added after the last request for one, not sent yet while the status is 5. */
	[STMT_FILES] = { "SELECT f.id, f.kind, f.component_id, c.name AS component_name, f.name, f.mime,"
	    " f.size," VN("f.uploaded_at", "uploaded_at") ", (f.kind = 'supplement' AND f.uploaded_at >="
	    " (SELECT CAST(MAX(e.at) AS DATETIME) FROM dossier_events e WHERE e.dossier_id = f.dossier_id"
	    " AND e.move IN ('supplement', 'complete'))) AS since_request FROM dossier_files f"
	    " LEFT JOIN procedure_components c ON c.id = f.component_id"
	    " WHERE f.dossier_id = ? AND f.kind <> 'result' ORDER BY f.kind, c.sort, f.id" },
	[STMT_SLIPS] = { "SELECT s.id, s.form, s.number, s.year," VN("s.issued_at", "issued_at")
	    " FROM dossier_slips s WHERE s.dossier_id = ? ORDER BY s.id" },
	/* A slip of the user's own dossier: the slip id and the user id. */
	[STMT_SLIP] = { SQL_SLIP_SELECT " WHERE s.id = ? AND d.user_id = ?" },
	[STMT_SLIP_COMPONENTS] = { SQL_SLIP_COMPONENTS },
	/* Where a supplement may go: the components of the dossier's procedure. */
	[STMT_COMPONENTS] = { "SELECT c.id, c.sort, c.name, c.file_types, c.max_size_kb, c.required"
	    " FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " WHERE d.id = ? ORDER BY c.sort" },
	/* The component of the user's dossier that a supplement goes to: its size limit, its types,
	 * and whether files may be added now. Takes the component id, the code and the user id. */
	[STMT_UPLOAD_COMPONENT] = { "SELECT c.max_size_kb, c.file_types, c.name, " SUPPLEMENT_OPEN " AS open"
	    " FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " WHERE c.id = ? AND" MINE },
	/* The dossier locked while its supplement is recorded: the status cannot move meanwhile. */
	[STMT_LOCK_OPEN] = { "SELECT d.id FROM dossiers d WHERE" MINE " AND " SUPPLEMENT_OPEN " FOR UPDATE" },
	[STMT_SUPPLEMENT_INSERT] = { "INSERT INTO dossier_files (dossier_id, component_id, kind, sha256, name,"
	    " mime, size, uploaded_at) VALUES (?, ?, 'supplement', ?, ?, ?, ?, UTC_TIMESTAMP())" },
	[STMT_SUPPLEMENT_NEW] = { "SELECT COUNT(*) FROM dossier_files f WHERE f.dossier_id = ?"
	    " AND f.kind = 'supplement' AND f.uploaded_at >= (SELECT CAST(MAX(e.at) AS DATETIME)"
	    " FROM dossier_events e WHERE e.dossier_id = f.dossier_id AND e.move = 'supplement')" },
	/* A supplement's file taken back before it is sent: only one added since the last request,
	 * while files may still be added. Takes the file id, the code and the user id. */
	[STMT_SUPPLEMENT_REMOVE] = { "DELETE f FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    " WHERE f.id = ? AND" MINE " AND f.kind = 'supplement' AND " SUPPLEMENT_OPEN
	    " AND f.uploaded_at >= (SELECT CAST(MAX(e.at) AS DATETIME) FROM dossier_events e"
	    " WHERE e.dossier_id = d.id AND e.move IN ('supplement', 'complete'))" },
	[STMT_RATING] = { "SELECT level, comment," VN("rated_at", "rated_at")
	    " FROM dossier_ratings WHERE dossier_id = ?" },
	/* Only a returned dossier of the user's; the primary key refuses a second rating. Takes
	 * the level, the comment, the dossier id and the user id. */
	[STMT_RATING_INSERT] = { "INSERT INTO dossier_ratings (dossier_id, user_id, level, comment, rated_at)"
	    " SELECT d.id, d.user_id, ?, ?, UTC_TIMESTAMP() FROM dossiers d WHERE d.id = ? AND d.user_id = ?"
	    " AND d.status = " SQL_DS(RETURNED) },
	[STMT_FEEDBACK] = { SQL_FEEDBACK_SELECT },
	[STMT_PAYMENTS] = { SQL_PAYMENTS_SELECT },
	[STMT_FEES] = { SQL_DOSSIER_FEES_SELECT },
	[STMT_CLAIM] = { SQL_FEE_CLAIM_SELECT },
	[STMT_FEEDBACK_COUNT] = { "SELECT COUNT(*) FROM dossier_feedback WHERE dossier_id = ?" },
	/* Takes the dossier id, the user id, the text and the deadline (a moment). */
	[STMT_FEEDBACK_INSERT] = { "INSERT INTO dossier_feedback (dossier_id, user_id, body, created_at, due_at)"
	    " VALUES (?, ?, ?, UTC_TIMESTAMP(), FROM_UNIXTIME(?))" },
};
