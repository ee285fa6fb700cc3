/*
 * catalogue_write.c — every write to the catalogue (catalogue.h), each appended to the audit
 * log in the same transaction: the version rule (publish), withdrawal, removal of what no
 * dossier refers to, units and fields in place, and a whole file's difference applied; the
 * JSON of a record, which the log keeps before and after.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	[CATS_AUDIT] = { "INSERT INTO audit_log (at, user_id, actor, program, action, object_kind,"
	    " object_code, object_id, before_json, after_json) VALUES (UTC_TIMESTAMP(3), NULLIF(?, 0),"
	    " ?, ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, ''), NULLIF(?, ''))" },
};

static const char *const action_name[] = { "add", "change", "publish", "withdraw", "remove" };

long
catalogue_log(const struct cat_who *who, const char *action, const char *kind, const char *code,
    unsigned long long id, const char *before, const char *after)
{
	struct db_arg	 args[] = { DB_I((long long)who->user_id), DB_S(who->actor ? who->actor : ""),
	    DB_S(who->program), DB_S(action), DB_S(kind), DB_S(code), DB_I((long long)id),
	    DB_S(before), DB_S(after), DB_END_ };
	long		 rc;

	rc = db_exec(db_catalogue(CATS_AUDIT), args, NULL, NULL);
	return rc < 0 ? rc : 0;
}

long
catalogue_audit(const struct cat_who *who, enum audit_action a, enum cat_kind k, const char *code,
    unsigned long long id, const struct cat_rec *before, const struct cat_rec *after)
{
	struct buf	 b = { 0 }, f = { 0 };
	long		 rc;

	if (before != NULL)
		catalogue_json(&b, k, before);
	if (after != NULL)
		catalogue_json(&f, k, after);
	rc = catalogue_log(who, action_name[a], cat_tables[k].name, code, id, buf_cstr(&b), buf_cstr(&f));
	buf_free(&b);
	buf_free(&f);
	return rc;
}

/* Inserts a list of the procedure pid: the statement's arguments are pid, the position, then
 * the record's columns (receivers: pid, position, unit code). */
static long
insert_list(enum catalogue_stmt st, enum cat_kind k, long long pid, const struct cat_list *l)
{
	struct db_arg	 args[CAT_MAX_COLS + 3];
	size_t		 i;
	unsigned	 c;
	long		 rc;

	for (i = 0; i < l->n; i++) {
		args[0] = DB_I(pid);
		args[1] = DB_I((long long)i + 1);
		for (c = 0; c < cat_tables[k].ncols; c++)
			args[2 + c] = DB_S(l->r[i].v[c]);
		args[2 + c] = DB_END_;
		if ((rc = db_exec(db_catalogue(st), args, NULL, NULL)) < 0)
			return rc;
		if (rc == 0)
			return -2;	/* a receiver whose unit is not there */
	}
	return 0;
}

/* The exemptions of the procedure pid's fees, numbered within each fee. */
static long
insert_exemptions(long long pid, const struct cat_list *l)
{
	size_t		 i, j;
	long long	 sort;
	long		 rc;

	for (i = 0; i < l->n; i++) {
		const char *const *v = (const char *const *)l->r[i].v;

		for (j = 0, sort = 1; j < i; j++)
			sort += strcmp(l->r[j].v[0], v[0]) == 0;
		{
			struct db_arg args[] = { DB_I(sort), DB_S(v[1]), DB_S(v[2]), DB_S(v[3]), DB_I(pid),
			    DB_S(v[0]), DB_END_ };

			if ((rc = db_exec(db_catalogue(CATS_EXEMPTION_INSERT), args, NULL, NULL)) < 0)
				return rc;
			if (rc == 0)
				return -2;	/* no fee at that position */
		}
	}
	return 0;
}

long
catalogue_publish(const struct cat_rec *p, const struct cat_rec *old, const struct cat_who *who,
    unsigned long long *id)
{
	struct db_arg	 args[CAT_MAX_COLS + 2];
	unsigned	 c, n = cat_tables[CAT_PROC].ncols;
	long		 rc;

	if (old != NULL) {
		struct db_arg rargs[] = { DB_I(old->id), DB_END_ };

		if ((rc = db_exec(db_catalogue(CATS_PROC_RETIRE), rargs, NULL, NULL)) < 0)
			return rc;
		if (rc == 0)
			return CAT_STALE;
	}
	for (c = 0; c < n; c++)
		args[c] = DB_S(p->v[c]);
	args[n] = DB_S(p->v[0]);
	args[n + 1] = DB_END_;
	if ((rc = db_exec(db_catalogue(CATS_PROC_INSERT), args, NULL, NULL)) < 0)
		return db_duplicate() ? CAT_STALE : rc;
	*id = db_last_insert_id();
	if ((rc = insert_list(CATS_COMPONENT_INSERT, CAT_COMPONENT, (long long)*id,
	    &p->sub[CAT_SUB_COMPONENTS])) < 0 ||
	    (rc = insert_list(CATS_FEE_INSERT, CAT_FEE, (long long)*id, &p->sub[CAT_SUB_FEES])) < 0 ||
	    (rc = insert_exemptions((long long)*id, &p->sub[CAT_SUB_EXEMPTIONS])) < 0)
		return rc;
	/* The receivers' statement takes the unit's code last. */
	{
		const struct cat_list	*l = &p->sub[CAT_SUB_RECEIVERS];
		size_t			 i;

		for (i = 0; i < l->n; i++) {
			struct db_arg rargs[] = { DB_I((long long)*id), DB_I((long long)i + 1),
			    DB_S(l->r[i].v[0]), DB_END_ };

			if ((rc = db_exec(db_catalogue(CATS_RECEIVER_INSERT), rargs, NULL, NULL)) < 0)
				return rc;
			if (rc == 0)
				return -2;
		}
	}
	return catalogue_audit(who, AU_PUBLISH, CAT_PROC, p->v[0], *id, old, p);
}

long
catalogue_withdraw(const struct cat_rec *old, const struct cat_who *who)
{
	struct db_arg	 args[] = { DB_I(old->id), DB_END_ };
	long		 rc;

	if ((rc = db_exec(db_catalogue(CATS_WITHDRAW), args, NULL, NULL)) < 0)
		return rc;
	if (rc == 0)
		return CAT_STALE;
	return catalogue_audit(who, AU_WITHDRAW, CAT_PROC, old->v[0], (unsigned long long)old->id, old, NULL);
}

long
catalogue_remove(const char *code, const struct cat_who *who)
{
	struct db_arg	 args[] = { DB_S(code), DB_END_ };
	long long	 used = 0;
	long		 rc;

	if ((rc = db_int(db_catalogue(CATS_USED), args, &used)) < 0)
		return rc;
	if (used > 0)
		return CAT_IN_USE;
	if ((rc = db_exec(db_catalogue(CATS_REMOVE), args, NULL, NULL)) <= 0)
		return rc;
	return catalogue_audit(who, AU_REMOVE, CAT_PROC, code, 0, NULL, NULL);
}

struct applying {
	const struct cat_who	*who;
	long			 rc;
};

static int
apply_change(void *arg, const struct cat_change *ch)
{
	struct applying		*a = arg;
	unsigned long long	 id;

	if (ch->kind != CAT_PROC)
		a->rc = catalogue_put(ch->kind, ch->new, ch->old, a->who);
	else if (ch->action == CAT_WITHDRAW)
		a->rc = catalogue_withdraw(ch->old, a->who);
	else
		a->rc = catalogue_publish(ch->new, ch->old, a->who, &id);
	if (a->rc < 0)
		log_warn("%s %s %s: not applied (%ld)", ch->action == CAT_WITHDRAW ? "withdrawing" :
		    ch->action == CAT_ADD ? "adding" : "changing", cat_tables[ch->kind].name, ch->code,
		    a->rc);
	return a->rc < 0;
}

long
catalogue_apply(const struct catalogue *db, const struct catalogue *file, const struct cat_who *who)
{
	struct applying	 a = { who, 0 };
	size_t		 i;
	long		 rc;
	int		 col = cat_col(CAT_UNIT, "parent");

	if (catalogue_diff(db, file, apply_change, &a) != 0)
		return a.rc;
	for (i = 0; i < file->units.n; i++) {
		const struct cat_rec *u = &file->units.r[i], *o = cat_find(&db->units, u->v[0]);

		if ((o == NULL || strcmp(o->v[col], u->v[col]) != 0) && (rc = catalogue_unit_parent(u)) < 0)
			return rc;
	}
	return 0;
}

/* ------------------------------------------------------------------ JSON, for the audit log */

void
catalogue_json_str(struct buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_puts(b, "\\n");
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else
			buf_putc(b, (char)c);
	}
	buf_putc(b, '"');
}

void
catalogue_json(struct buf *b, enum cat_kind k, const struct cat_rec *r)
{
	unsigned	 i, s;
	size_t		 j;

	buf_putc(b, '{');
	for (i = 0; i < cat_tables[k].ncols; i++) {
		if (i > 0)
			buf_putc(b, ',');
		catalogue_json_str(b, cat_tables[k].cols[i].name);
		buf_putc(b, ':');
		catalogue_json_str(b, r->v[i]);
	}
	for (s = 0; k == CAT_PROC && s < CAT__SUBS; s++) {
		buf_putc(b, ',');
		catalogue_json_str(b, cat_sub_name[s]);
		buf_puts(b, ":[");
		for (j = 0; j < r->sub[s].n; j++) {
			if (j > 0)
				buf_putc(b, ',');
			catalogue_json(b, cat_sub_kind[s], &r->sub[s].r[j]);
		}
		buf_putc(b, ']');
	}
	buf_putc(b, '}');
}
