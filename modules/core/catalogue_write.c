/*
 * catalogue_write.c — every write to the catalogue (catalogue.h), each appended to the audit
 * log in the same transaction: the version rule (publish), withdrawal, removal of what no
 * dossier refers to, units and fields in place, and a whole file's difference applied; the
 * JSON of a record, which the log keeps before and after. The statements are catalogue_sql.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"
#include "catalogue.h"

static const char *const action_name[] = { "add", "change", "publish", "withdraw", "remove" };

struct cat_who
catalogue_who(unsigned long long user_id)
{
	struct cat_who	 who = { user_id, "", app_name() };

	return who;
}

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
