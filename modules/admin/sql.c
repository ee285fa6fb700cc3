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
	/* The list: each code's last version (the current one, or the withdrawn last), by name or
	 * code (? twice: the folded words, a LIKE pattern), field, level, status ('' any, current,
	 * withdrawn); a page of ? rows from ?. */
	[STMT_PROC_LIST] = { "SELECT p.code, p.name, p.version, p.level, p.is_current,"
	    " f.name AS field_name, a.name AS agency_name, " SQL_VN_TIME("p.published_at") " AS published_at,"
	    " COALESCE(" SQL_VN_TIME("p.withdrawn_at") ", '') AS withdrawn_at"
	    " FROM procedures p JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id"
	    " WHERE p.version = (SELECT MAX(p2.version) FROM procedures p2 WHERE p2.code = p.code)"
	    " AND (? = '' OR p.name_folded LIKE ? OR p.code LIKE ?) AND (? = 0 OR p.field_id = ?)"
	    " AND (? = 0 OR p.level = ?) AND (? = '' OR p.is_current = (? = 'current'))"
	    " ORDER BY p.is_current DESC, p.name, p.code LIMIT ? OFFSET ?" },
	[STMT_PROC_COUNT] = { "SELECT COUNT(*) FROM procedures p"
	    " WHERE p.version = (SELECT MAX(p2.version) FROM procedures p2 WHERE p2.code = p.code)"
	    " AND (? = '' OR p.name_folded LIKE ? OR p.code LIKE ?) AND (? = 0 OR p.field_id = ?)"
	    " AND (? = 0 OR p.level = ?) AND (? = '' OR p.is_current = (? = 'current'))" },
	[STMT_PROC_FIELDS] = { "SELECT id, code, name FROM fields ORDER BY sort, name" },
	[STMT_PROC_AGENCIES] = { "SELECT code, name, kind FROM agencies"
	    " ORDER BY kind = 'commune', sort, name" },
	/* Every version of a code, newest first, with the dossiers received under each. */
	[STMT_PROC_VERSIONS] = { "SELECT p.version, p.is_current, p.name,"
	    " " SQL_VN_TIME("p.published_at") " AS published_at,"
	    " COALESCE(" SQL_VN_TIME("p.withdrawn_at") ", '') AS withdrawn_at,"
	    " (SELECT COUNT(*) FROM dossiers d WHERE d.procedure_id = p.id) AS dossiers"
	    " FROM procedures p WHERE p.code = ? ORDER BY p.version DESC" },
	/* One version of a code (0: the last) as catalogue_load() reads a current one: id,
	 * version, then the columns of cat_tables[CAT_PROC]; then is_current. */
	[STMT_PROC_ROW] = { "SELECT p.id, p.version, p.code, f.code, a.code, p.gov_level, p.level,"
	    " p.processing_hours, p.same_day, p.clock_after_supplement, p.channels, p.applicant_kinds,"
	    " p.name, p.processing_note, p.presence_note, p.applicants, p.steps, p.requirements,"
	    " p.result, p.legal_basis, p.is_current FROM procedures p JOIN fields f ON f.id = p.field_id"
	    " JOIN agencies a ON a.id = p.agency_id WHERE p.code = ? AND (? = 0 OR p.version = ?)"
	    " ORDER BY p.version DESC LIMIT 1" },
	/* Its lists, each in cat_tables' order of columns. */
	[STMT_PROC_COMPONENTS] = { "SELECT required, originals, copies, file_types, max_size_kb,"
	    " template_file, name, note, template_name FROM procedure_components"
	    " WHERE procedure_id = ? ORDER BY sort" },
	[STMT_PROC_FEES] = { "SELECT kind, amount, COALESCE(amount_online, ''), unit, stage, optional,"
	    " name, note FROM procedure_fees WHERE procedure_id = ? ORDER BY sort" },
	[STMT_PROC_EXEMPTIONS] = { "SELECT (SELECT COUNT(*) FROM procedure_fees f2"
	    " WHERE f2.procedure_id = fe.procedure_id AND f2.sort <= fe.sort), x.percent, x.ground,"
	    " x.proof FROM procedure_fee_exemptions x JOIN procedure_fees fe ON fe.id = x.fee_id"
	    " WHERE fe.procedure_id = ? ORDER BY fe.sort, x.sort" },
	[STMT_PROC_RECEIVERS] = { "SELECT a.code FROM procedure_units u JOIN agencies a"
	    " ON a.id = u.agency_id WHERE u.procedure_id = ? ORDER BY u.sort" },
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
	/* A page of the people found (PEOPLE_PAGE + 1 rows: whether there is a next), in the
	 * order of names: each a range of an index of sql/025 read in order, the kind and the
	 * state ('' for any) checked on its rows. Never the whole CCCD: its last four digits.
	 * The list and the names are read through the indexes by name only (FORCE INDEX): left
	 * to itself, MariaDB sorts the whole table for a page deep in the list (3.6 s of a
	 * million users, against 30 ms at page 500 through the index). */
#define PEOPLE_SELECT(from) "SELECT u.id, u.kind, u.full_name, COALESCE(u.email, '') AS email," \
	    " u.phone, RIGHT(u.citizen_id, 4) AS cccd_last4, u.account_state AS state FROM " from " WHERE "
#define PEOPLE_BY_NAME	"users u FORCE INDEX (users_name, users_kind_name, users_state_name)"
#define PEOPLE_FILTER	" AND (? = '' OR u.kind = ?) AND (? = '' OR u.account_state = ?)" \
	    " ORDER BY u.name_key, u.id LIMIT ? OFFSET ?"
	[STMT_PEOPLE_ALL] = { PEOPLE_SELECT(PEOPLE_BY_NAME) "1 = 1" PEOPLE_FILTER },
	/* The start of the name, folded (text_fold) and followed by '%'. */
	[STMT_PEOPLE_NAME] = { PEOPLE_SELECT(PEOPLE_BY_NAME) "u.name_key LIKE ?" PEOPLE_FILTER },
	[STMT_PEOPLE_CCCD] = { PEOPLE_SELECT("users u") "u.citizen_id = ?" PEOPLE_FILTER },
	[STMT_PEOPLE_EMAIL] = { PEOPLE_SELECT("users u") "u.email = ?" PEOPLE_FILTER },
	[STMT_PEOPLE_PHONE] = { PEOPLE_SELECT("users u") "u.phone = ?" PEOPLE_FILTER },
#undef PEOPLE_SELECT
#undef PEOPLE_BY_NAME
#undef PEOPLE_FILTER
	/* A person as the administrator needs it: no password hash, the CCCD's last four digits;
	 * the sessions that are alive, the last sign-in, the set-password link pending. */
	[STMT_PERSON] = { "SELECT u.id, u.kind, u.full_name, COALESCE(u.email, '') AS email,"
	    " u.email_verified_at IS NOT NULL AS email_verified, u.phone,"
	    " RIGHT(u.citizen_id, 4) AS cccd_last4, u.account_state AS state,"
	    " " SQL_VN_TIME("u.created_at") " AS created_at,"
	    " (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > UTC_TIMESTAMP()"
	    "  AND s.last_seen > UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE)"
	    " AS sessions,"
	    " (SELECT " SQL_VN_TIME("MAX(a.at)") " FROM login_attempts a WHERE a.user_id = u.id"
	    "  AND a.outcome = 'success') AS last_signin,"
	    " (SELECT " SQL_VN_TIME("MAX(p.expires_at)") " FROM password_resets p WHERE p.user_id = u.id"
	    "  AND p.token_hash IS NOT NULL AND p.used_at IS NULL AND p.expires_at > UTC_TIMESTAMP())"
	    " AS link_until,"
	    /* The second factor (sql/027): enabled since, and its recovery codes not used. */
	    " (SELECT " SQL_VN_TIME("m.enabled_at") " FROM user_mfa m WHERE m.user_id = u.id"
	    "  AND m.enabled_at IS NOT NULL) AS mfa_since,"
	    " (SELECT COUNT(*) FROM user_recovery_codes c WHERE c.user_id = u.id AND c.used_at IS NULL)"
	    " AS recovery_left"
	    " FROM users u WHERE u.id = ?" },
	[STMT_PERSON_ROLES] = { "SELECT a.code AS unit, a.name AS unit_name, r.role FROM officer_roles r"
	    " JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = ?"
	    " ORDER BY a.sort, a.name, FIELD(r.role, 'receiver', 'processor', 'approver')" },
	/* A withdrawn unit (sql/024) too, last: its officers still finish its dossiers. */
	[STMT_PEOPLE_UNITS] = { "SELECT code, name, active FROM agencies ORDER BY active DESC, sort, name" },
	/* The account as the audit log keeps it (JSON): never the password's hash nor the whole
	 * CCCD; its roles, and until when a link to set its password is pending. */
	[STMT_PERSON_JSON] = { "SELECT JSON_OBJECT('id', u.id, 'kind', u.kind, 'full_name', u.full_name,"
	    " 'email', u.email, 'email_verified', u.email_verified_at IS NOT NULL, 'phone', u.phone,"
	    " 'cccd_last4', RIGHT(u.citizen_id, 4), 'state', u.account_state,"
	    " 'roles', COALESCE((SELECT JSON_ARRAYAGG(JSON_OBJECT('unit', a.code, 'role', r.role)"
	    "  ORDER BY a.code, r.role) FROM officer_roles r JOIN agencies a ON a.id = r.agency_id"
	    "  WHERE r.user_id = u.id), JSON_ARRAY()),"
	    " 'password_link_until', (SELECT DATE_FORMAT(MAX(p.expires_at), '%Y-%m-%dT%H:%i:%sZ')"
	    "  FROM password_resets p WHERE p.user_id = u.id AND p.token_hash IS NOT NULL"
	    "  AND p.used_at IS NULL AND p.expires_at > UTC_TIMESTAMP()),"
	    " 'second_factor', (SELECT COUNT(*) FROM user_mfa m WHERE m.user_id = u.id"
	    "  AND m.enabled_at IS NOT NULL) > 0)"
	    " FROM users u WHERE u.id = ?" },
	/* people_act.c: the account locked for the change: kind, disabled, closed, e-mail and
	 * whether it is verified, name, whether it has a second factor enabled. */
	[STMT_PERSON_LOCK] = { "SELECT kind, disabled, closed_at IS NOT NULL, COALESCE(email, ''),"
	    " email_verified_at IS NOT NULL, full_name, EXISTS (SELECT 1 FROM user_mfa m"
	    " WHERE m.user_id = users.id AND m.enabled_at IS NOT NULL) FROM users WHERE id = ? FOR UPDATE" },
	/* The active administrators but one, locked: two locking each other wait in turn. */
	[STMT_ADMINS_LEFT] = { "SELECT COUNT(*) FROM users WHERE kind = 'admin' AND disabled = 0"
	    " AND id <> ? FOR UPDATE" },
	[STMT_PERSON_DISABLE] = { "UPDATE users SET disabled = ?, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND closed_at IS NULL AND disabled <> ?" },
	/* A new link voids the ones sent before (as a password set by one does, reset.c). */
	[STMT_PERSON_LINK_VOID] = { "UPDATE password_resets SET expires_at = UTC_TIMESTAMP()"
	    " WHERE user_id = ? AND used_at IS NULL AND expires_at > UTC_TIMESTAMP()" },
	/* The link dvc-account's /account/reset opens (sql/012), with the administrator's
	 * address. */
	[STMT_PERSON_LINK_INSERT] = { "INSERT INTO password_resets (user_id, token_hash, created_at,"
	    " expires_at, ip) VALUES (?, ?, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() + INTERVAL " DVC_STR(SET_PASSWORD_LINK_HOURS) " HOUR, ?)" },
	/* people_roles.c: a role at the unit of a code (nothing when it is held already). */
	[STMT_ROLE_ADD] = { "INSERT IGNORE INTO officer_roles (user_id, agency_id, role)"
	    " SELECT ?, id, ? FROM agencies WHERE code = ?" },
	[STMT_ROLE_REMOVE] = { "DELETE r FROM officer_roles r JOIN agencies a ON a.id = r.agency_id"
	    " WHERE r.user_id = ? AND r.role = ? AND a.code = ?" },
	/* people_act.c: the second factor reset (a lost phone): the key (enabled or still
	 * being enrolled) and every recovery code. */
	[STMT_PERSON_MFA_DELETE] = { "DELETE FROM user_mfa WHERE user_id = ?" },
	[STMT_PERSON_RECOVERY_DELETE] = { "DELETE FROM user_recovery_codes WHERE user_id = ?" },
	[STMT_UNIT_KNOWN] = { "SELECT COUNT(*) FROM agencies WHERE code = ?" },
	/* people_new.c */
	[STMT_EMAIL_TAKEN] = { "SELECT COUNT(*) FROM users WHERE email = ?" },
	/* An officer or administrator made here: no CCCD, the address verified by the link that
	 * sets the password (reset.c), until then a password nobody knows. */
	[STMT_STAFF_INSERT] = { "INSERT INTO users (kind, full_name, email, password_hash, created_at,"
	    " updated_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
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
	[STMT_SET_ALL] = { "SELECT name, minutes, flag FROM settings" },
	/* A row deleted by hand is written again. */
	[STMT_SET_MINUTES] = { "INSERT INTO settings (minutes, name) VALUES (?, ?)"
	    " ON DUPLICATE KEY UPDATE minutes = VALUES(minutes)" },
	[STMT_SET_FLAG] = { "INSERT INTO settings (flag, name) VALUES (?, ?)"
	    " ON DUPLICATE KEY UPDATE flag = VALUES(flag)" },
	/* end of calendar.c */
	/* forms.c */
	/* The templates current procedures' components name, and which procedures. */
	[STMT_FORMS_USED] = { "SELECT DISTINCT c.template_file AS file, p.code FROM procedure_components c"
	    " JOIN procedures p ON p.id = c.procedure_id WHERE p.is_current = 1 AND c.template_file <> ''"
	    " ORDER BY p.code" },
	[STMT_FORM_USED_BY] = { "SELECT p.code FROM procedure_components c JOIN procedures p"
	    " ON p.id = c.procedure_id WHERE p.is_current = 1 AND c.template_file = ? ORDER BY p.code LIMIT 1" },
	/* end of forms.c */
};
