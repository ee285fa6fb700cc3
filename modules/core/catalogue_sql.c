/*
 * catalogue_sql.c — the statements of the catalogue's reads and writes (catalogue.c,
 * catalogue_write.c) and of its search index (search_index.c), in core's table after the
 * payment's (private.h).
 */
#include "dvc.h"
#include "private.h"
#include "catalogue.h"

/* Of the current versions only: a withdrawn procedure has none. */
#define CURRENT(alias) " JOIN procedures p ON p.id = " alias ".procedure_id WHERE p.is_current = 1"

/* A unit and a field as catalogue_load() reads them: the id, then the columns of cat_tables. */
#define UNIT_ROW "SELECT a.id, a.code, COALESCE(pa.code, ''), a.kind, a.sort, a.phone, a.email," \
	" a.active, a.name, a.place, a.address, a.office_hours FROM agencies a" \
	" LEFT JOIN agencies pa ON pa.id = a.parent_id"
#define FIELD_ROW "SELECT id, code, sort, name FROM fields"

const struct db_stmt_def catalogue_stmts[CATS__MAX] = {
	/* catalogue_load(): [id, version,] then the columns in the order of cat_tables. */
	[CATS_UNITS] = { UNIT_ROW " ORDER BY a.id" },
	[CATS_FIELDS] = { FIELD_ROW " ORDER BY id" },
	[CATS_PROCEDURES] = { "SELECT p.id, p.version, p.code, f.code, a.code, p.gov_level, p.level,"
	    " p.processing_hours, p.same_day, p.clock_after_supplement, p.channels, p.applicant_kinds,"
	    " p.name, p.processing_note, p.presence_note, p.applicants, p.steps, p.requirements,"
	    " p.result, p.legal_basis FROM procedures p JOIN fields f ON f.id = p.field_id"
	    " JOIN agencies a ON a.id = p.agency_id WHERE p.is_current = 1 ORDER BY p.id" },
	[CATS_COMPONENTS] = { "SELECT c.procedure_id, c.required, c.originals, c.copies, c.file_types,"
	    " c.max_size_kb, c.template_file, c.name, c.note, c.template_name"
	    " FROM procedure_components c" CURRENT("c") " ORDER BY c.procedure_id, c.sort" },
	[CATS_FEES] = { "SELECT fe.procedure_id, fe.kind, fe.amount, COALESCE(fe.amount_online, ''),"
	    " fe.unit, fe.stage, fe.optional, fe.name, fe.note FROM procedure_fees fe" CURRENT("fe")
	    " ORDER BY fe.procedure_id, fe.sort" },
	/* Each with the position of its fee among the procedure's. */
	[CATS_EXEMPTIONS] = { "SELECT fe.procedure_id, (SELECT COUNT(*) FROM procedure_fees f2"
	    " WHERE f2.procedure_id = fe.procedure_id AND f2.sort <= fe.sort), x.percent, x.ground,"
	    " x.proof FROM procedure_fee_exemptions x JOIN procedure_fees fe ON fe.id = x.fee_id"
	    CURRENT("fe") " ORDER BY fe.procedure_id, fe.sort, x.sort" },
	[CATS_RECEIVERS] = { "SELECT u.procedure_id, a.code FROM procedure_units u"
	    " JOIN agencies a ON a.id = u.agency_id" CURRENT("u") " ORDER BY u.procedure_id, u.sort" },
	[CATS_UNIT_ID] = { "SELECT id FROM agencies WHERE code = ?" },
	/* catalogue_get(): one unit or field, locked for the write that follows. */
	[CATS_UNIT_BY_ID] = { UNIT_ROW " WHERE a.id = ? FOR UPDATE" },
	[CATS_FIELD_BY_ID] = { FIELD_ROW " WHERE id = ? FOR UPDATE" },
	/* Every row that refers to the unit: catalogue_drop() removes only a unit none does. */
	[CATS_UNIT_USED] = { "SELECT (SELECT COUNT(*) FROM dossiers d WHERE d.agency_id = u.id"
	    " OR d.holder_agency_id = u.id) + (SELECT COUNT(*) FROM dossier_events e"
	    " WHERE e.agency_id = u.id OR e.to_agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM dossier_units x WHERE x.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM dossier_slips x WHERE x.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM dossier_sequences x WHERE x.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM slip_sequences x WHERE x.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM dossier_feedback x WHERE x.answer_agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM procedures p WHERE p.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM procedure_units x WHERE x.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM officer_roles x WHERE x.agency_id = u.id)"
	    " + (SELECT COUNT(*) FROM agencies c WHERE c.parent_id = u.id) FROM (SELECT ? AS id) u" },
	[CATS_UNIT_DELETE] = { "DELETE FROM agencies WHERE id = ?" },
	/* Any version of any procedure: a withdrawn one keeps its field. */
	[CATS_FIELD_USED] = { "SELECT COUNT(*) FROM procedures WHERE field_id = ?" },
	[CATS_FIELD_DELETE] = { "DELETE FROM fields WHERE id = ?" },
	[CATS_UNIT_INSERT] = { "INSERT INTO agencies (code, kind, sort, phone, email, active, name, place,"
	    " address, office_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	[CATS_UNIT_UPDATE] = { "UPDATE agencies SET kind = ?, sort = ?, phone = ?, email = ?, active = ?,"
	    " name = ?, place = ?, address = ?, office_hours = ? WHERE code = ?" },
	[CATS_UNIT_PARENT] = { "UPDATE agencies SET parent_id = NULLIF(?, 0) WHERE code = ?" },
	[CATS_FIELD_INSERT] = { "INSERT INTO fields (code, sort, name) VALUES (?, ?, ?)" },
	[CATS_FIELD_UPDATE] = { "UPDATE fields SET sort = ?, name = ? WHERE code = ?" },
	/* The version check: the row replaced must still be the current one. */
	[CATS_PROC_RETIRE] = { "UPDATE procedures SET is_current = 0 WHERE id = ? AND is_current = 1" },
	/* The next version of the code: 1 for a new one, after the last for a withdrawn one. */
	[CATS_PROC_INSERT] = { "INSERT INTO procedures (code, version, is_current, published_at, field_id,"
	    " agency_id, gov_level, level, processing_hours, same_day, clock_after_supplement, channels,"
	    " applicant_kinds, name, processing_note, presence_note, applicants, steps, requirements,"
	    " result, legal_basis) SELECT ?, COALESCE(MAX(version), 0) + 1, 1, UTC_TIMESTAMP(),"
	    " (SELECT id FROM fields WHERE code = ?), (SELECT id FROM agencies WHERE code = ?),"
	    " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM procedures WHERE code = ?" },
	[CATS_COMPONENT_INSERT] = { "INSERT INTO procedure_components (procedure_id, sort, required,"
	    " originals, copies, file_types, max_size_kb, template_file, name, note, template_name)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	[CATS_FEE_INSERT] = { "INSERT INTO procedure_fees (procedure_id, sort, kind, amount, amount_online,"
	    " unit, stage, optional, name, note) VALUES (?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?)" },
	/* The fee at its position: its sort, as publish writes them. */
	[CATS_EXEMPTION_INSERT] = { "INSERT INTO procedure_fee_exemptions (fee_id, sort, percent, ground,"
	    " proof) SELECT id, ?, ?, ?, ? FROM procedure_fees WHERE procedure_id = ? AND sort = ?" },
	[CATS_RECEIVER_INSERT] = { "INSERT INTO procedure_units (procedure_id, agency_id, sort)"
	    " SELECT ?, id, ? FROM agencies WHERE code = ?" },
	[CATS_WITHDRAW] = { "UPDATE procedures SET is_current = 0, withdrawn_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND is_current = 1" },
	[CATS_USED] = { "SELECT COUNT(*) FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " WHERE p.code = ?" },
	[CATS_REMOVE] = { "DELETE FROM procedures WHERE code = ?" },
	/* The search index (search_index.c): the folded name and text of every version. */
	[CATS_REINDEX_READ] = { "SELECT p.id, p.name, p.code, f.name, a.name FROM procedures p"
	    " JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id" },
	[CATS_REINDEX_WRITE] = { "UPDATE procedures SET name_folded = ?, search_text = ? WHERE id = ?" },
	/* The current procedures as a list shows them. */
	[CATS_INDEX_PROCEDURES] = { "SELECT p.id, p.code, p.name, p.level, p.field_id, p.agency_id,"
	    " f.name, a.name, p.processing_hours, p.same_day,"
	    /* The fee total an online submission pays (sql/018: amount_online). */
	    " (SELECT COALESCE(SUM(COALESCE(fe.amount_online, fe.amount)), 0) FROM procedure_fees fe"
	    "  WHERE fe.procedure_id = p.id AND fe.optional = 0),"
	    " (SELECT COUNT(*) FROM procedure_fees fe WHERE fe.procedure_id = p.id)"
	    " FROM procedures p JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id"
	    " WHERE p.is_current = 1" },
	/* Popularity: dossiers submitted in the last year, over every version of the procedure. */
	[CATS_INDEX_POPULARITY] = { "SELECT p.code, COUNT(*) FROM dossiers d"
	    " JOIN procedures p ON p.id = d.procedure_id"
	    " WHERE d.submitted_at >= UTC_TIMESTAMP() - INTERVAL 1 YEAR GROUP BY p.code" },
	[CATS_INDEX_TERMS] = { "SELECT term, words FROM search_terms" },
	/* The search page's filter choices, as dvc-catalogue's browse page lists them. */
	[CATS_INDEX_FIELDS] = { "SELECT f.id, f.code, f.name FROM fields f ORDER BY f.sort, f.name" },
	[CATS_INDEX_AGENCIES] = { "SELECT a.id, a.code, a.name, a.kind FROM agencies a WHERE EXISTS"
	    " (SELECT 1 FROM procedures p WHERE p.agency_id = a.id AND p.is_current = 1)"
	    " ORDER BY a.kind = 'commune', a.sort, a.name" },
	/* After the rename: the workers open the new index (and drop their cached pages). */
	[CATS_CATALOGUE_BUMP] = { "UPDATE cache_versions SET version = version + 1 WHERE name = 'catalogue'" },
	[CATS_AUDIT] = { "INSERT INTO audit_log (at, user_id, actor, program, action, object_kind,"
	    " object_code, object_id, before_json, after_json) VALUES (UTC_TIMESTAMP(3), NULLIF(?, 0),"
	    " ?, ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, ''), NULLIF(?, ''))" },
};
