/*
 * catalogue_check.c — what a catalogue file must be beyond its schema (catalogue.h): every code
 * given once, every field and unit it names known (in the file or the database), the rules of
 * the procedures table (sql/001, sql/018) that a schema cannot say. Each problem is reported
 * with the line of the record it is about, or for a form (dvc-admin) with its message code
 * and the input it is about.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

/* Where the problems go: dvcctl's lines of English, or a form's codes and inputs. */
struct sink {
	cat_problem_fn	 line_fn;
	cat_issue_fn	 issue_fn;
	void		*arg;
	unsigned	 n;
};

static void
cat_issue(struct sink *, unsigned line, const char *code, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
cat_issue(struct sink *k, unsigned line, const char *code, const char *field, const char *fmt, ...)
{
	char	 what[600];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (k->line_fn != NULL)
		k->line_fn(k->arg, line, what);
	else
		k->issue_fn(k->arg, code, field, what);
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
				cat_issue(k, l->r[i].line, "catalogue.code_twice", "code",
				    "%s %s is given twice (first on line %u)", kind, l->r[i].v[0], l->r[j].line);
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
		cat_issue(k, p->line, "catalogue.level4_channel", "channels",
		    "procedure %s: level 4 (toàn trình) needs the online or postal channel", p->v[0]);
	if (strcmp(p->v[cat_col(CAT_PROC, "same_day")], "1") == 0 &&
	    strtoul(p->v[cat_col(CAT_PROC, "processing_hours")], NULL, 10) > WORKDAY_HOURS)
		cat_issue(k, p->line, "catalogue.same_day_hours", "processing_hours",
		    "procedure %s: same_day needs processing_hours of at most %d", p->v[0], WORKDAY_HOURS);
	for (i = 0; i < p->sub[CAT_SUB_FEES].n; i++) {
		const struct cat_rec *f = &p->sub[CAT_SUB_FEES].r[i];
		const char *online = f->v[cat_col(CAT_FEE, "amount_online")];

		if (*online != '\0' && strtoull(online, NULL, 10) > strtoull(f->v[cat_col(CAT_FEE, "amount")], NULL, 10))
			cat_issue(k, f->line ? f->line : p->line, "catalogue.fee_online_above",
			    item(in, sizeof(in), CAT_SUB_FEES, i, "amount_online"),
			    "procedure %s: fee %zu: amount_online above amount", p->v[0], i + 1);
	}
	for (i = 0; i < p->sub[CAT_SUB_EXEMPTIONS].n; i++) {
		const struct cat_rec *x = &p->sub[CAT_SUB_EXEMPTIONS].r[i];
		unsigned long fee = strtoul(x->v[cat_col(CAT_EXEMPTION, "fee")], NULL, 10);

		if (fee < 1 || fee > p->sub[CAT_SUB_FEES].n)
			cat_issue(k, x->line ? x->line : p->line, "catalogue.exemption_fee",
			    item(in, sizeof(in), CAT_SUB_EXEMPTIONS, i, "fee"),
			    "procedure %s: an exemption of fee %lu, which it does not have", p->v[0], fee);
	}
	for (i = 0; i < p->sub[CAT_SUB_RECEIVERS].n; i++)
		for (j = 0; j < i; j++)
			if (strcmp(p->sub[CAT_SUB_RECEIVERS].r[i].v[0], p->sub[CAT_SUB_RECEIVERS].r[j].v[0]) == 0)
				cat_issue(k, p->sub[CAT_SUB_RECEIVERS].r[i].line, "catalogue.receiver_twice",
				    item(in, sizeof(in), CAT_SUB_RECEIVERS, i, "unit"),
				    "procedure %s: receiver %s is given twice", p->v[0],
				    p->sub[CAT_SUB_RECEIVERS].r[i].v[0]);
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
			cat_issue(k, u->line, "catalogue.unknown_parent", "parent",
			    "unit %s: unknown parent unit %s", u->v[0], parent);
		else if (strcmp(parent, u->v[0]) == 0)
			cat_issue(k, u->line, "catalogue.own_parent", "parent",
			    "unit %s is its own parent", u->v[0]);
	}
	for (i = 0; i < f->procs.n; i++) {
		const struct cat_rec *p = &f->procs.r[i];
		const char *field = p->v[cat_col(CAT_PROC, "field")];
		const char *agency = p->v[cat_col(CAT_PROC, "agency")];

		if (!known(&f->fields, &db->fields, field))
			cat_issue(k, p->line, "catalogue.unknown_field", "field",
			    "procedure %s: unknown field %s", p->v[0], field);
		if (!known(&f->units, &db->units, agency))
			cat_issue(k, p->line, "catalogue.unknown_unit", "agency",
			    "procedure %s: unknown unit %s", p->v[0], agency);
		for (j = 0; j < p->sub[CAT_SUB_RECEIVERS].n; j++) {
			const struct cat_rec *rc = &p->sub[CAT_SUB_RECEIVERS].r[j];

			if (!known(&f->units, &db->units, rc->v[0]))
				cat_issue(k, rc->line ? rc->line : p->line, "catalogue.unknown_unit",
				    item(in, sizeof(in), CAT_SUB_RECEIVERS, j, "unit"),
				    "procedure %s: unknown receiving unit %s", p->v[0], rc->v[0]);
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
