/*
 * sql.c — every statement dvc-submit runs. Each is bound to the signed-in user (MINE): the
 * id of someone else's dossier finds nothing.
 */
#include "dvc.h"
#include "submit.h"

/* The dossier, only for its owner. */
#define MINE " d.id = ? AND d.user_id = ?"
/*
 * The draft's row for a statement that changes or locks it: read by its primary key, never
 * through dossiers_user (user_id, status, updated_at), which MariaDB may otherwise choose (an
 * index_merge with the key). Read that way the index's record was locked before the row,
 * while a submission, holding the row, changed the status and so needed that record: one
 * walk of four clients in fifty ended in "1213 Deadlock found" (submit-concurrency.t). Every
 * statement here takes the draft's row first.
 */
#define DRAFT_ROW " dossiers d FORCE INDEX (PRIMARY)"

/* How well the address addr names the commune or ward a: the length of its place ("phường
 * Hạc Thành") when the address mentions it, case and accents aside, else 0. The longest
 * wins: "phường Hàm Rồng Mới" over "phường Hàm Rồng". */
#define NAMES(addr) \
	" IF(a.place <> '' AND " addr " LIKE CONCAT('%', a.place, '%'), CHAR_LENGTH(a.place), 0)"

const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_PROCEDURE] = { "SELECT p.id, p.code, p.name, p.level, p.gov_level, a.name AS agency_name,"
	    " p.presence_note, p.applicant_kinds, p.processing_hours, p.same_day FROM procedures p"
	    " JOIN agencies a ON a.id = p.agency_id WHERE p.current_code = ?" },
	/* Where a province-level procedure is received (a commune-level one: by any ward). */
	[STMT_PROCEDURE_UNITS] = { "SELECT a.id, a.name FROM procedures p JOIN agencies a ON" SQL_RECEIVES
	    " WHERE p.current_code = ? AND p.gov_level = 'province' ORDER BY" SQL_RECEIVER_ORDER },
	[STMT_PROFILE] = { "SELECT full_name, org_name, org_tax_code FROM users WHERE id = ?" },
	[STMT_OPEN_DRAFT] = { "SELECT d.id FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " WHERE d.user_id = ? AND p.current_code = ? AND d.status = " SQL_DS(DRAFT) " ORDER BY d.id DESC LIMIT 1" },
	/* The applicant's details come from the profile once; the form may then change them. The
	 * receiving unit proposed: the one the profile's address names, else the first offered
	 * (none offered, a catalogue without communes: the agency that resolves it). */
	[STMT_CREATE] = { "INSERT INTO dossiers (user_id, procedure_id, agency_id, status, applicant_kind,"
	    " applicant_name, applicant_citizen_id, applicant_birth_date, applicant_phone,"
	    " applicant_email, applicant_address, org_name, org_tax_code, created_at, updated_at)"
	    " SELECT u.id, p.id, COALESCE((SELECT a.id FROM agencies a WHERE" SQL_RECEIVES
	    " ORDER BY" NAMES("u.address") " DESC," SQL_RECEIVER_ORDER " LIMIT 1), p.agency_id),"
	    " 0, ?, u.full_name, COALESCE(u.citizen_id, ''),"
	    " u.birth_date, u.phone, COALESCE(u.email, ''), u.address,"
	    " IF(? = 'organisation', u.org_name, ''), IF(? = 'organisation', u.org_tax_code, ''),"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM users u JOIN procedures p ON p.current_code = ?"
	    " WHERE u.id = ? AND p.level IN (3, 4)" },
	/* The dossier, and the day it goes while it is a draft nobody changes: takes
	 * draft_expire_days, then MINE's. */
	[STMT_DOSSIER] = { "SELECT d.id, d.status, d.code, p.code AS procedure_code,"
	    " p.name AS procedure_name, p.level AS procedure_level, p.gov_level, d.agency_id,"
	    " a.code AS agency_code, a.name AS agency_name, a.address AS agency_address,"
	    " d.applicant_kind, d.applicant_name,"
	    " d.applicant_citizen_id, DATE_FORMAT(d.applicant_birth_date, '%d/%m/%Y') AS applicant_birth_date,"
	    " DATE_FORMAT(d.applicant_birth_date, '%Y-%m-%d') AS applicant_birth_date_iso,"
	    " d.applicant_phone, d.applicant_email, d.applicant_address, d.org_name, d.org_tax_code,"
	    " d.request_note, d.channel, d.postal_recipient, d.postal_phone, d.postal_street,"
	    " d.postal_commune, d.postal_commune_code, d.postal_province_code,"
	    " pr.name AS postal_province_name,"
	    " COALESCE(d.processing_hours, p.processing_hours) AS processing_hours,"
	    " COALESCE(d.same_day, p.same_day) AS same_day, d.fee_total,"
	    " " SQL_VN_TIME("d.submitted_at") " AS submitted_at, " SQL_VN_TIME("d.due_at") " AS due_at,"
	    " " SQL_VN_TIME("d.updated_at") " AS updated_at, p.channels, p.presence_note,"
	    " DATE_FORMAT(" SQL_VN("d.updated_at") " + INTERVAL ? DAY, '%d/%m/%Y') AS expires_on"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = d.agency_id LEFT JOIN provinces pr ON pr.code = d.postal_province_code"
	    " WHERE" MINE },
	/* The contact address stays confirmed when it is the account's, or unchanged (issue 11;
	 * core contact.c); set before applicant_email, which MariaDB's SET then changes. */
	[STMT_SAVE_INFO] = { "UPDATE" DRAFT_ROW " SET applicant_email_confirmed = (? = ''"
	    " OR ? = (SELECT u.email FROM users u WHERE u.id = d.user_id)"
	    " OR (? = d.applicant_email AND d.applicant_email_confirmed = 1)),"
	    " applicant_phone = ?, applicant_email = ?,"
	    " applicant_address = ?, org_name = ?, org_tax_code = ?, request_note = ?, agency_id = ?,"
	    " updated_at = UTC_TIMESTAMP() WHERE" MINE " AND d.status = " SQL_DS(DRAFT) },
	/* The units that may receive the draft, those its address names marked. */
	[STMT_UNITS] = { "SELECT a.id, a.code, a.name, a.address, a.kind,"
	    NAMES("d.applicant_address") " > 0 AS named FROM dossiers d"
	    " JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON" SQL_RECEIVES
	    " WHERE" MINE " ORDER BY" SQL_RECEIVER_ORDER },
	/* 1 when agency ? may receive the draft (whether it is still a draft, the UPDATE says). */
	[STMT_UNIT_OK] = { "SELECT COUNT(*) FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = ? WHERE" SQL_RECEIVES " AND" MINE },
	[STMT_COMPONENTS] = { "SELECT c.id, c.sort, c.name, c.required, c.originals, c.copies,"
	    " c.file_types, c.max_size_kb, c.note, c.template_name, c.template_file"
	    " FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " WHERE" MINE " ORDER BY c.sort" },
	[STMT_FILES] = { "SELECT f.id, f.component_id, f.name, f.mime, f.size,"
	    " " SQL_VN_TIME("f.uploaded_at") " AS uploaded_at FROM dossier_files f"
	    " JOIN dossiers d ON d.id = f.dossier_id WHERE" MINE " ORDER BY f.id" },
	[STMT_UPLOAD_COMPONENT] = { "SELECT c.max_size_kb, c.file_types, c.name FROM procedure_components c"
	    " JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " WHERE c.id = ? AND" MINE " AND d.status = " SQL_DS(DRAFT) },
	/* A file of the draft, under the component the upload named only when that component is
	 * the draft's procedure's (as upload_spec's limits found it): inserts no row otherwise.
	 * Takes the hash, name, type and size, then the component, the dossier and the user. */
	[STMT_FILE_INSERT] = { "INSERT INTO dossier_files (dossier_id, component_id, sha256, name, mime,"
	    " size, uploaded_at) SELECT d.id, c.id, ?, ?, ?, ?, UTC_TIMESTAMP() FROM" DRAFT_ROW
	    " JOIN procedure_components c ON c.procedure_id = d.procedure_id"
	    " WHERE c.id = ? AND" MINE " AND d.status = " SQL_DS(DRAFT) },
	/* What the draft and the account hold: the draft's files and their bytes, the bytes of
	 * all the user's drafts, and those of the file an upload replaces (0 for none). Takes the
	 * dossier, the dossier, the user, the file replaced and the dossier. */
	[STMT_ROOM] = { "SELECT (SELECT COUNT(*) FROM dossier_files WHERE dossier_id = ?),"
	    " (SELECT COALESCE(SUM(size), 0) FROM dossier_files WHERE dossier_id = ?),"
	    " (SELECT COALESCE(SUM(f.size), 0) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    "  WHERE d.user_id = ? AND d.status = " SQL_DS(DRAFT) "),"
	    " (SELECT COALESCE(SUM(size), 0) FROM dossier_files WHERE id = ? AND dossier_id = ?)" },
	[STMT_FILE_DELETE] = { "DELETE f FROM dossier_files f JOIN" DRAFT_ROW " ON d.id = f.dossier_id"
	    " WHERE f.id = ? AND" MINE " AND d.status = " SQL_DS(DRAFT) },
	/* A file is replaced only by an upload into its own component. */
	[STMT_FILE_REPLACE] = { "DELETE f FROM dossier_files f JOIN" DRAFT_ROW " ON d.id = f.dossier_id"
	    " WHERE f.id = ? AND f.component_id = ? AND" MINE " AND d.status = " SQL_DS(DRAFT) },
	[STMT_TOUCH] = { "UPDATE" DRAFT_ROW " SET updated_at = UTC_TIMESTAMP() WHERE" MINE " AND d.status = " SQL_DS(DRAFT) },
	[STMT_PROVINCES] = { "SELECT code, name FROM provinces ORDER BY sort" },
	[STMT_HOME_PROVINCE] = { "SELECT code FROM provinces WHERE name LIKE CONCAT('% ', ?) LIMIT 1" },
	[STMT_COMMUNES] = { "SELECT code, name FROM communes WHERE province_code = ? ORDER BY name" },
	[STMT_COMMUNE_NAME] = { "SELECT name FROM communes WHERE code = ? AND province_code = ?" },
	[STMT_SAVE_DELIVERY] = { "UPDATE" DRAFT_ROW " SET channel = ?, postal_recipient = ?, postal_phone = ?,"
	    " postal_street = ?, postal_province_code = NULLIF(?, ''), postal_commune_code = NULLIF(?, ''),"
	    " postal_commune = ?, updated_at = UTC_TIMESTAMP() WHERE" MINE " AND d.status = " SQL_DS(DRAFT) },
	/* The procedure's fees for the draft: the online price of a unit, the quantity entered
	 * (else 1, or 0 for an optional fee), the reduction claimed on it. */
	[STMT_FEES] = { "SELECT fe.id, fe.sort, fe.kind, fe.name, fe.amount,"
	    " COALESCE(fe.amount_online, fe.amount) AS price, fe.amount_online, fe.unit, fe.stage,"
	    " fe.optional, fe.note, COALESCE(q.quantity, IF(fe.optional = 1, 0, 1)) AS quantity,"
	    " COALESCE((SELECT x.percent FROM dossier_fee_claims c JOIN procedure_fee_exemptions x"
	    "  ON x.id = c.exemption_id WHERE c.dossier_id = d.id AND x.fee_id = fe.id), 0) AS percent"
	    " FROM procedure_fees fe JOIN dossiers d ON d.procedure_id = fe.procedure_id"
	    " LEFT JOIN dossier_fee_quantities q ON q.dossier_id = d.id AND q.fee_id = fe.id"
	    " WHERE" MINE " ORDER BY fe.sort" },
	[STMT_QUANTITY_SAVE] = { "INSERT INTO dossier_fee_quantities (dossier_id, fee_id, quantity)"
	    " SELECT d.id, ?, ? FROM dossiers d WHERE" MINE " AND d.status = " SQL_DS(DRAFT)
	    " ON DUPLICATE KEY UPDATE quantity = VALUES(quantity)" },
	/* The exemptions and reductions the draft's procedure offers, and the draft's claim. */
	[STMT_EXEMPTIONS] = { "SELECT x.id, x.fee_id, fe.name AS fee_name, x.ground, x.percent, x.proof"
	    " FROM procedure_fee_exemptions x JOIN procedure_fees fe ON fe.id = x.fee_id"
	    " JOIN dossiers d ON d.procedure_id = fe.procedure_id WHERE" MINE " ORDER BY fe.sort, x.sort" },
	[STMT_EXEMPTION_OK] = { "SELECT COUNT(*) FROM procedure_fee_exemptions x"
	    " JOIN procedure_fees fe ON fe.id = x.fee_id JOIN dossiers d ON d.procedure_id = fe.procedure_id"
	    " WHERE x.id = ? AND" MINE " AND d.status = " SQL_DS(DRAFT) },
	[STMT_CLAIM] = { "SELECT c.exemption_id, COALESCE(x.ground, c.ground) AS ground,"
	    " COALESCE(x.percent, c.percent) AS percent, COALESCE(x.proof, c.proof) AS proof, c.state,"
	    " c.reason, fe.name AS fee_name, f.id AS file_id, f.name AS file_name"
	    " FROM dossier_fee_claims c JOIN dossiers d ON d.id = c.dossier_id"
	    " LEFT JOIN procedure_fee_exemptions x ON x.id = c.exemption_id"
	    " LEFT JOIN procedure_fees fe ON fe.id = x.fee_id"
	    " LEFT JOIN dossier_files f ON f.id = c.proof_file_id WHERE" MINE },
	[STMT_CLAIM_CHECK] = { "SELECT COALESCE(fe.id, 0) AS fee_id, COALESCE(c.proof_file_id, 0) AS proof_file_id"
	    " FROM dossier_fee_claims c JOIN dossiers d ON d.id = c.dossier_id"
	    " LEFT JOIN procedure_fee_exemptions x ON x.id = c.exemption_id"
	    " LEFT JOIN procedure_fees fe ON fe.id = x.fee_id AND fe.procedure_id = d.procedure_id"
	    " WHERE" MINE },
	/* One claim a dossier, one proof: a new claim replaces the draft's. */
	[STMT_CLAIM_SAVE] = { "INSERT INTO dossier_fee_claims (dossier_id, exemption_id, proof_file_id)"
	    " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE exemption_id = VALUES(exemption_id),"
	    " proof_file_id = VALUES(proof_file_id)" },
	[STMT_CLAIM_DELETE] = { "DELETE c FROM dossier_fee_claims c JOIN dossiers d ON d.id = c.dossier_id"
	    " WHERE" MINE " AND d.status = " SQL_DS(DRAFT) },
	[STMT_PROOF_DELETE] = { "DELETE f FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    " WHERE f.kind = 'proof' AND" MINE " AND d.status = " SQL_DS(DRAFT) },
	[STMT_PROOF_INSERT] = { "INSERT INTO dossier_files (dossier_id, component_id, kind, sha256, name,"
	    " mime, size, uploaded_at) VALUES (?, NULL, 'proof', ?, ?, ?, ?, UTC_TIMESTAMP())" },
	/* Submission: what the dossier owes, fixed (fees.c computes each line). */
	[STMT_FEE_INSERT] = { "INSERT INTO dossier_fees (dossier_id, sort, kind, name, amount, stage,"
	    " unit, unit_amount, quantity, full_amount, priced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'online')" },
	[STMT_CLAIM_FIX] = { "UPDATE dossier_fee_claims c JOIN procedure_fee_exemptions x ON x.id = c.exemption_id"
	    " JOIN procedure_fees fe ON fe.id = x.fee_id SET c.ground = x.ground, c.percent = x.percent,"
	    " c.proof = x.proof, c.fee_sort = fe.sort WHERE c.dossier_id = ?" },
	[STMT_MISSING] = { "SELECT c.id, c.name FROM procedure_components c"
	    " JOIN dossiers d ON d.procedure_id = c.procedure_id WHERE" MINE " AND c.required = 1"
	    " AND NOT EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = d.id"
	    " AND f.component_id = c.id) ORDER BY c.sort" },
	/* Taken at submission: a second click waits here, then finds the dossier submitted. The
	 * draft's row alone, by its primary key (see MINE_ROW), and nothing else: the catalogue's
	 * rows that the next statement reads stay free for other citizens' drafts. */
	[STMT_LOCK_DRAFT] = { "SELECT d.status FROM" DRAFT_ROW " WHERE" MINE
	    " FOR UPDATE" },
	/* The draft as submission checks it, with whether its unit still receives the procedure
	 * (the catalogue may have changed since the draft chose it). */
	[STMT_LOCK] = { "SELECT d.status, d.procedure_id, p.processing_hours, p.same_day,"
	    " COALESCE(d.channel, ''), d.postal_street, d.postal_commune,"
	    " COALESCE(d.postal_province_code, ''), p.level," SQL_RECEIVES " AS receives,"
	    " (SELECT u.email_verified_at IS NOT NULL FROM users u WHERE u.id = d.user_id) AS verified,"
	    /* The version rule (core catalogue.c): the draft's version still current, or none of
	     * its code is (withdrawn), or a newer one is. */
	    " p.is_current, EXISTS (SELECT 1 FROM procedures c WHERE c.current_code = p.code)"
	    " FROM dossiers d"
	    " JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id"
	    " WHERE" MINE },
	/* What the dossier is received under: the time limit and the fees in force now. */
	[STMT_SNAPSHOT] = { "UPDATE dossiers SET processing_hours = ?, same_day = ?"
	    " WHERE id = ? AND status = " SQL_DS(DRAFT) },
	[STMT_RECEIPT_COMPONENTS] = { "SELECT c.sort, c.name, c.originals, c.copies, COUNT(f.id) AS nfiles"
	    " FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " LEFT JOIN dossier_files f ON f.dossier_id = d.id AND f.component_id = c.id"
	    " WHERE" MINE " GROUP BY c.id ORDER BY c.sort" },
	/* The electronic result, for its applicant once it is returned. */
	[STMT_RESULTS] = { "SELECT f.id, f.name FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    " WHERE f.kind = 'result' AND d.result_file_id = f.id AND d.status = " SQL_DS(RETURNED)
	    " AND" MINE },
	[STMT_DOSSIER_FEES] = { "SELECT df.kind, df.name, df.amount, df.amount AS due, df.stage, df.unit,"
	    " df.unit_amount, df.quantity, df.full_amount FROM dossier_fees df"
	    " JOIN dossiers d ON d.id = df.dossier_id WHERE" MINE " ORDER BY df.sort" },
	/* The token of the public lookup's link (dossier.c writes it at submission). */
	[STMT_TRACK_TOKEN] = { "SELECT COALESCE(d.track_token, '') FROM dossiers d WHERE" MINE },
};
