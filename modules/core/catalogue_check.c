/*
 * catalogue_check.c — what a catalogue file must be beyond its schema (catalogue.h): every code
 * given once, every field and unit it names known (in the file or the database), the rules of
 * the procedures table (sql/001, sql/018) that a schema cannot say. Each problem is reported
 * with the line of the record it is about and its code in catalogue_problem.c's table (a
 * file's), or for a form (dvc-admin) with a message code of its own and the input it is about.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

/* Where the problems go: a file's lines (dvcctl's English, dvc-admin's import), or a form's
 * codes and inputs. */
struct sink {
	cat_problem_fn	 line_fn;
	cat_issue_fn	 issue_fn;
	void		*arg;
	unsigned	 n;
};

/*
 * Reports problem id (catalogue_problem.c: its message code and English for a file's line)
 * of the record of kind and code at line, naming name or n; for a form, its own message code
 * and the input it is about, with the same English.
 */
static void
cat_issue(struct sink *k, unsigned line, const char *code, const char *field, enum cat_problem_id id,
    const char *kind, const char *object, const char *name, unsigned long n)
{
	struct cat_problem p = { id, line, kind, object, name, n, NULL };
	struct buf	 what = { 0 };

	if (k->line_fn != NULL)
		k->line_fn(k->arg, &p);
	else {
		cat_problem_text(&what, &p);
		k->issue_fn(k->arg, code, field, buf_cstr(&what));
		buf_free(&what);
	}
	k->n++;
}

/* "fees.2.amount_online": the input of column col of item i (from 0) of a list. */
static const char *
item(char *out, size_t outsz, enum cat_sub s, size_t i, const char *col)
{
	snprintf(out, outsz, "%s.%zu.%s", cat_sub_name[s], i + 1, col);
	return out;
}

/* Each code of list once. */
static void
unique(const struct cat_list *l, const char *kind, struct sink *k)
{
	size_t	 i, j;

	for (i = 0; i < l->n; i++)
		for (j = 0; j < i; j++)
			if (strcmp(l->r[i].v[0], l->r[j].v[0]) == 0) {
				cat_issue(k, l->r[i].line, "catalogue.code_twice", "code", CATP_DUPLICATE,
				    kind, l->r[i].v[0], NULL, l->r[j].line);
				break;
			}
}

static bool
known(const struct cat_list *file, const struct cat_list *db, const char *code)
{
	return cat_find(file, code) != NULL || cat_find(db, code) != NULL;
}

/* The rules of the procedures table (sql/001) that a schema cannot say. */
static void
proc_rules(const struct cat_rec *p, struct sink *k)
{
	const char	*ch = p->v[cat_col(CAT_PROC, "channels")];
	char		 in[64];
	size_t		 i, j;

	if (strcmp(p->v[cat_col(CAT_PROC, "level")], "4") == 0 && strstr(ch, "online") == NULL &&
	    strstr(ch, "postal") == NULL)
		cat_issue(k, p->line, "catalogue.level4_channel", "channels", CATP_LEVEL4_CHANNEL,
		    "procedure", p->v[0], NULL, 0);
	if (strcmp(p->v[cat_col(CAT_PROC, "same_day")], "1") == 0 &&
	    strtoul(p->v[cat_col(CAT_PROC, "processing_hours")], NULL, 10) > WORKDAY_HOURS)
		cat_issue(k, p->line, "catalogue.same_day_hours", "processing_hours", CATP_SAME_DAY_HOURS,
		    "procedure", p->v[0], NULL, WORKDAY_HOURS);
	for (i = 0; i < p->sub[CAT_SUB_FEES].n; i++) {
		const struct cat_rec *f = &p->sub[CAT_SUB_FEES].r[i];
		const char *online = f->v[cat_col(CAT_FEE, "amount_online")];

		if (*online != '\0' && strtoull(online, NULL, 10) > strtoull(f->v[cat_col(CAT_FEE, "amount")], NULL, 10))
			cat_issue(k, f->line ? f->line : p->line, "catalogue.fee_online_above",
			    item(in, sizeof(in), CAT_SUB_FEES, i, "amount_online"), CATP_FEE_ONLINE,
			    "procedure", p->v[0], NULL, i + 1);
	}
	for (i = 0; i < p->sub[CAT_SUB_EXEMPTIONS].n; i++) {
		const struct cat_rec *x = &p->sub[CAT_SUB_EXEMPTIONS].r[i];
		unsigned long fee = strtoul(x->v[cat_col(CAT_EXEMPTION, "fee")], NULL, 10);

		if (fee < 1 || fee > p->sub[CAT_SUB_FEES].n)
			cat_issue(k, x->line ? x->line : p->line, "catalogue.exemption_fee",
			    item(in, sizeof(in), CAT_SUB_EXEMPTIONS, i, "fee"), CATP_EXEMPTION_FEE,
			    "procedure", p->v[0], NULL, fee);
	}
	for (i = 0; i < p->sub[CAT_SUB_RECEIVERS].n; i++)
		for (j = 0; j < i; j++)
			if (strcmp(p->sub[CAT_SUB_RECEIVERS].r[i].v[0], p->sub[CAT_SUB_RECEIVERS].r[j].v[0]) == 0)
				cat_issue(k, p->sub[CAT_SUB_RECEIVERS].r[i].line, "catalogue.receiver_twice",
				    item(in, sizeof(in), CAT_SUB_RECEIVERS, i, "unit"), CATP_RECEIVER_TWICE,
				    "procedure", p->v[0], p->sub[CAT_SUB_RECEIVERS].r[i].v[0], 0);
}

static unsigned
check(const struct catalogue *f, const struct catalogue *db, struct sink *k)
{
	char	 in[64];
	size_t	 i, j;

	unique(&f->units, "unit", k);
	unique(&f->fields, "field", k);
	unique(&f->procs, "procedure", k);
	for (i = 0; i < f->units.n; i++) {
		const struct cat_rec *u = &f->units.r[i];
		const char *parent = u->v[cat_col(CAT_UNIT, "parent")];

		if (*parent != '\0' && !known(&f->units, &db->units, parent))
			cat_issue(k, u->line, "catalogue.unknown_parent", "parent", CATP_PARENT_UNKNOWN,
			    "unit", u->v[0], parent, 0);
		else if (strcmp(parent, u->v[0]) == 0)
			cat_issue(k, u->line, "catalogue.own_parent", "parent", CATP_PARENT_SELF,
			    "unit", u->v[0], NULL, 0);
	}
	for (i = 0; i < f->procs.n; i++) {
		const struct cat_rec *p = &f->procs.r[i];
		const char *field = p->v[cat_col(CAT_PROC, "field")];
		const char *agency = p->v[cat_col(CAT_PROC, "agency")];

		if (!known(&f->fields, &db->fields, field))
			cat_issue(k, p->line, "catalogue.unknown_field", "field", CATP_FIELD_UNKNOWN,
			    "procedure", p->v[0], field, 0);
		if (!known(&f->units, &db->units, agency))
			cat_issue(k, p->line, "catalogue.unknown_unit", "agency", CATP_UNIT_UNKNOWN,
			    "procedure", p->v[0], agency, 0);
		for (j = 0; j < p->sub[CAT_SUB_RECEIVERS].n; j++) {
			const struct cat_rec *rc = &p->sub[CAT_SUB_RECEIVERS].r[j];

			if (!known(&f->units, &db->units, rc->v[0]))
				cat_issue(k, rc->line ? rc->line : p->line, "catalogue.unknown_unit",
				    item(in, sizeof(in), CAT_SUB_RECEIVERS, j, "unit"), CATP_RECEIVER_UNKNOWN,
				    "procedure", p->v[0], rc->v[0], 0);
		}
		proc_rules(p, k);
	}
	return k->n;
}

unsigned
catalogue_check(const struct catalogue *f, const struct catalogue *db, cat_problem_fn fn, void *arg)
{
	struct sink	 k = { fn, NULL, arg, 0 };

	return check(f, db, &k);
}

unsigned
catalogue_check_form(const struct catalogue *f, const struct catalogue *db, cat_issue_fn fn,
    void *arg)
{
	struct sink	 k = { NULL, fn, arg, 0 };

	return check(f, db, &k);
}
