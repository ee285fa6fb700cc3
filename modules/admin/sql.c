/*
 * sql.c — every statement dvc-admin runs, a block per file in admin.h's order.
 */
#include "dvc.h"
#include "admin.h"

const struct db_stmt_def stmts[STMT__MAX] = {
	/* home.c */
	[STMT_CATALOGUE] = { "SELECT COUNT(*) AS procedures, COALESCE(SUM(level = 4), 0) AS full_online,"
	    " COALESCE(SUM(level = 3), 0) AS partial, COALESCE(SUM(level = 2), 0) AS counter_only,"
	    " (SELECT COUNT(*) FROM fields) AS fields, (SELECT COUNT(*) FROM agencies) AS agencies"
	    " FROM procedures WHERE is_current = 1" },
	[STMT_ACCOUNTS] = { "SELECT COALESCE(SUM(kind = 'citizen'), 0) AS citizens,"
	    " COALESCE(SUM(kind = 'officer'), 0) AS officers, COALESCE(SUM(kind = 'admin'), 0) AS admins,"
	    " (SELECT COUNT(*) FROM sessions WHERE expires_at > UTC_TIMESTAMP()"
	    "  AND last_seen > UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE)"
	    " AS sessions FROM users" },
	[STMT_COUNTS] = { "SELECT status, COUNT(*) AS n FROM dossiers GROUP BY status ORDER BY status" },
	/* Every officer, those not yet given a role too. */
	[STMT_OFFICERS] = { "SELECT u.full_name, u.email, a.code AS agency_code, a.name AS agency_name,"
	    " r.role FROM users u LEFT JOIN officer_roles r ON r.user_id = u.id"
	    " LEFT JOIN agencies a ON a.id = r.agency_id WHERE u.kind = 'officer'"
	    " ORDER BY a.id IS NULL, a.sort, a.name, u.full_name, r.role" },
	/* This year in Vietnam's time. */
	[STMT_HOLIDAYS] = { "SELECT DATE_FORMAT(day, '%d/%m/%Y') AS day, DAYOFWEEK(day) AS weekday,"
	    " name, kind FROM holidays WHERE YEAR(day) = YEAR(" SQL_VN("UTC_TIMESTAMP()") ")"
	    " ORDER BY holidays.day" },
	/* A page of the audit log (AUDIT_PAGE + 1 rows: whether there is a next), newest first;
	 * the kind of object and its code, each '' for any. */
	[STMT_AUDIT] = { "SELECT a.id, " SQL_VN_TIME("a.at") " AS at, COALESCE(u.full_name, a.actor) AS who,"
	    " a.program, a.action, a.object_kind AS kind, a.object_code AS code,"
	    " COALESCE(a.before_json, '') AS before_json, COALESCE(a.after_json, '') AS after_json"
	    " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
	    " WHERE (? = '' OR a.object_kind = ?) AND (? = '' OR a.object_code = ?)"
	    " ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?" },
	/* end of home.c */

	/* procedures.c */
	/* end of procedures.c */

	/* units.c */
	/* Every unit, parents before nothing in particular: the view builds the tree by parent. */
	[STMT_UNITS_LIST] = { "SELECT a.id, a.code, COALESCE(a.parent_id, 0) AS parent, a.kind, a.name,"
	    " a.place, a.address, a.phone, a.email, a.office_hours, a.active, a.sort,"
	    " (SELECT COUNT(*) FROM dossiers d WHERE d.agency_id = a.id) AS dossiers,"
	    " (SELECT COUNT(DISTINCT r.user_id) FROM officer_roles r WHERE r.agency_id = a.id) AS officers"
	    " FROM agencies a ORDER BY a.sort, a.name" },
	[STMT_UNITS_ROW] = { "SELECT a.id, a.code, COALESCE(a.parent_id, 0) AS parent, a.kind, a.name,"
	    " a.place, a.address, a.phone, a.email, a.office_hours, a.active, a.sort,"
	    " COALESCE(pa.name, '') AS parent_name FROM agencies a"
	    " LEFT JOIN agencies pa ON pa.id = a.parent_id WHERE a.id = ?" },
	/* The hierarchy, for the check that a unit is not put under itself. */
	[STMT_UNITS_PARENTS] = { "SELECT id, COALESCE(parent_id, 0) FROM agencies" },
	[STMT_UNITS_CODE_OF] = { "SELECT code FROM agencies WHERE id = ?" },
	[STMT_UNITS_ID_OF] = { "SELECT id FROM agencies WHERE code = ?" },
	/* What refers to the unit, as the page explains a refused removal (core's catalogue_drop()
	 * checks every table). */
	[STMT_UNITS_USES] = { "SELECT (SELECT COUNT(*) FROM dossiers d WHERE d.agency_id = u.id"
	    " OR d.holder_agency_id = u.id) AS dossiers, (SELECT COUNT(DISTINCT p.code) FROM procedures p"
	    " WHERE p.agency_id = u.id OR p.id IN (SELECT x.procedure_id FROM procedure_units x"
	    " WHERE x.agency_id = u.id)) AS procedures, (SELECT COUNT(DISTINCT r.user_id)"
	    " FROM officer_roles r WHERE r.agency_id = u.id) AS officers, (SELECT COUNT(*)"
	    " FROM agencies c WHERE c.parent_id = u.id) AS children FROM (SELECT ? AS id) u" },
	/* Each field with its current procedures, and every version of any that names it. */
	[STMT_FIELDS_LIST] = { "SELECT f.id, f.code, f.name, f.sort, (SELECT COUNT(*) FROM procedures p"
	    " WHERE p.field_id = f.id AND p.is_current = 1) AS procedures, (SELECT COUNT(*) FROM procedures p"
	    " WHERE p.field_id = f.id) AS versions FROM fields f ORDER BY f.sort, f.name" },
	[STMT_FIELDS_ROW] = { "SELECT f.id, f.code, f.name, f.sort, (SELECT COUNT(*) FROM procedures p"
	    " WHERE p.field_id = f.id AND p.is_current = 1) AS procedures, (SELECT COUNT(*) FROM procedures p"
	    " WHERE p.field_id = f.id) AS versions FROM fields f WHERE f.id = ?" },
	[STMT_FIELDS_ID_OF] = { "SELECT id FROM fields WHERE code = ?" },
	/* communes.c: every commune in code order (the import's lookup), the count by province. */
	[STMT_COMMUNES_ALL] = { "SELECT code, province_code, name FROM communes ORDER BY code" },
	[STMT_COMMUNE_COUNTS] = { "SELECT p.code, p.name, COUNT(*) AS communes FROM provinces p"
	    " JOIN communes c ON c.province_code = p.code GROUP BY p.code, p.name ORDER BY p.sort, p.name" },
	[STMT_COMMUNE_PROVINCES] = { "SELECT code FROM provinces ORDER BY code" },
	/* The portal's own province, by its name ("Tỉnh Thanh Hóa" ends with conf's "Thanh Hóa"). */
	[STMT_COMMUNE_HOME] = { "SELECT code FROM provinces WHERE name LIKE CONCAT('% ', ?) LIMIT 1" },
	[STMT_COMMUNE_INSERT] = { "INSERT INTO communes (code, province_code, name) VALUES (?, ?, ?)" },
	[STMT_COMMUNE_UPDATE] = { "UPDATE communes SET province_code = ?, name = ? WHERE code = ?" },
	/* end of units.c */

	/* people.c */
	/* end of people.c */

	/* calendar.c: the days of the calendar are workcal's day numbers (days since 1970-01-01,
	 * TO_DAYS() - 719528); a day's JSON is what the audit log keeps of it. */
	[STMT_CAL_YEAR] = { "SELECT TO_DAYS(day) - 719528 AS n, DATE_FORMAT(day, '%Y-%m-%d') AS date,"
	    " DATE_FORMAT(day, '%d/%m/%Y') AS shown, WEEKDAY(day) AS weekday, kind, name, projected"
	    " FROM holidays WHERE day BETWEEN ? AND ? ORDER BY day" },
	[STMT_CAL_DAY] = { "SELECT DATE_FORMAT(day, '%Y-%m-%d') AS date, DATE_FORMAT(day, '%d/%m/%Y') AS shown,"
	    " WEEKDAY(day) AS weekday, kind, name, projected FROM holidays WHERE day = FROM_DAYS(? + 719528)" },
	[STMT_CAL_JSON] = { "SELECT JSON_OBJECT('day', DATE_FORMAT(day, '%Y-%m-%d'), 'kind', kind,"
	    " 'name', name, 'projected', projected) FROM holidays WHERE day = FROM_DAYS(? + 719528)" },
	[STMT_CAL_INSERT] = { "INSERT INTO holidays (day, kind, name, projected)"
	    " VALUES (FROM_DAYS(? + 719528), ?, ?, ?)" },
	[STMT_CAL_UPDATE] = { "UPDATE holidays SET kind = ?, name = ?, projected = ?"
	    " WHERE day = FROM_DAYS(? + 719528)" },
	[STMT_CAL_DELETE] = { "DELETE FROM holidays WHERE day = FROM_DAYS(? + 719528)" },
	/* A change of the calendar or of a setting, by the signed-in administrator. */
	[STMT_CAL_AUDIT] = { "INSERT INTO audit_log (at, user_id, actor, program, action, object_kind,"
	    " object_code, before_json, after_json) VALUES (UTC_TIMESTAMP(3), ?, '', 'dvc-admin', ?, ?, ?,"
	    " NULLIF(?, ''), NULLIF(?, ''))" },
	[STMT_SET_ALL] = { "SELECT name, minutes, flag FROM settings" },
	/* A row deleted by hand is written again. */
	[STMT_SET_MINUTES] = { "INSERT INTO settings (minutes, name) VALUES (?, ?)"
	    " ON DUPLICATE KEY UPDATE minutes = VALUES(minutes)" },
	[STMT_SET_FLAG] = { "INSERT INTO settings (flag, name) VALUES (?, ?)"
	    " ON DUPLICATE KEY UPDATE flag = VALUES(flag)" },
	/* end of calendar.c */
};
