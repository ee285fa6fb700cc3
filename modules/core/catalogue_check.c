/*
 * catalogue_check.c — what a catalogue file must be beyond its schema (catalogue.h): every code
 * given once, every field and unit it names known (in the file or the database), the rules of
 * the procedures table (sql/001, sql/018) that a schema cannot say. Each problem is reported
 * with the line of the record it is about.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

static void
problem(cat_problem_fn fn, void *arg, unsigned line, unsigned *n, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
problem(cat_problem_fn fn, void *arg, unsigned line, unsigned *n, const char *fmt, ...)
{
	char	 what[600];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	fn(arg, line, what);
	(*n)++;
}

/* Each code of list once. */
static void
unique(const struct cat_list *l, const char *kind, cat_problem_fn fn, void *arg, unsigned *n)
{
	size_t	 i, j;

	for (i = 0; i < l->n; i++)
		for (j = 0; j < i; j++)
			if (strcmp(l->r[i].v[0], l->r[j].v[0]) == 0) {
				problem(fn, arg, l->r[i].line, n, "%s %s is given twice (first on line %u)",
				    kind, l->r[i].v[0], l->r[j].line);
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
proc_rules(const struct cat_rec *p, cat_problem_fn fn, void *arg, unsigned *n)
{
	const char	*ch = p->v[cat_col(CAT_PROC, "channels")];
	size_t		 i, j;

	if (strcmp(p->v[cat_col(CAT_PROC, "level")], "4") == 0 && strstr(ch, "online") == NULL &&
	    strstr(ch, "postal") == NULL)
		problem(fn, arg, p->line, n, "procedure %s: level 4 (toàn trình) needs the online or postal channel",
		    p->v[0]);
	if (strcmp(p->v[cat_col(CAT_PROC, "same_day")], "1") == 0 &&
	    strtoul(p->v[cat_col(CAT_PROC, "processing_hours")], NULL, 10) > WORKDAY_HOURS)
		problem(fn, arg, p->line, n, "procedure %s: same_day needs processing_hours of at most %d",
		    p->v[0], WORKDAY_HOURS);
	for (i = 0; i < p->sub[CAT_SUB_FEES].n; i++) {
		const struct cat_rec *f = &p->sub[CAT_SUB_FEES].r[i];
		const char *online = f->v[cat_col(CAT_FEE, "amount_online")];

		if (*online != '\0' && strtoull(online, NULL, 10) > strtoull(f->v[cat_col(CAT_FEE, "amount")], NULL, 10))
			problem(fn, arg, f->line ? f->line : p->line, n,
			    "procedure %s: fee %zu: amount_online above amount", p->v[0], i + 1);
	}
	for (i = 0; i < p->sub[CAT_SUB_EXEMPTIONS].n; i++) {
		const struct cat_rec *x = &p->sub[CAT_SUB_EXEMPTIONS].r[i];
		unsigned long fee = strtoul(x->v[cat_col(CAT_EXEMPTION, "fee")], NULL, 10);

		if (fee < 1 || fee > p->sub[CAT_SUB_FEES].n)
			problem(fn, arg, x->line ? x->line : p->line, n,
			    "procedure %s: an exemption of fee %lu, which it does not have", p->v[0], fee);
	}
	for (i = 0; i < p->sub[CAT_SUB_RECEIVERS].n; i++)
		for (j = 0; j < i; j++)
			if (strcmp(p->sub[CAT_SUB_RECEIVERS].r[i].v[0], p->sub[CAT_SUB_RECEIVERS].r[j].v[0]) == 0)
				problem(fn, arg, p->sub[CAT_SUB_RECEIVERS].r[i].line, n,
				    "procedure %s: receiver %s is given twice", p->v[0],
				    p->sub[CAT_SUB_RECEIVERS].r[i].v[0]);
}

unsigned
catalogue_check(const struct catalogue *f, const struct catalogue *db, cat_problem_fn fn, void *arg)
{
	unsigned	 n = 0;
	size_t		 i, j;

	unique(&f->units, "unit", fn, arg, &n);
	unique(&f->fields, "field", fn, arg, &n);
	unique(&f->procs, "procedure", fn, arg, &n);
	for (i = 0; i < f->units.n; i++) {
		const struct cat_rec *u = &f->units.r[i];
		const char *parent = u->v[cat_col(CAT_UNIT, "parent")];

		if (*parent != '\0' && !known(&f->units, &db->units, parent))
			problem(fn, arg, u->line, &n, "unit %s: unknown parent unit %s", u->v[0], parent);
		else if (strcmp(parent, u->v[0]) == 0)
			problem(fn, arg, u->line, &n, "unit %s is its own parent", u->v[0]);
	}
	for (i = 0; i < f->procs.n; i++) {
		const struct cat_rec *p = &f->procs.r[i];
		const char *field = p->v[cat_col(CAT_PROC, "field")];
		const char *agency = p->v[cat_col(CAT_PROC, "agency")];

		if (!known(&f->fields, &db->fields, field))
			problem(fn, arg, p->line, &n, "procedure %s: unknown field %s", p->v[0], field);
		if (!known(&f->units, &db->units, agency))
			problem(fn, arg, p->line, &n, "procedure %s: unknown unit %s", p->v[0], agency);
		for (j = 0; j < p->sub[CAT_SUB_RECEIVERS].n; j++) {
			const struct cat_rec *rc = &p->sub[CAT_SUB_RECEIVERS].r[j];

			if (!known(&f->units, &db->units, rc->v[0]))
				problem(fn, arg, rc->line ? rc->line : p->line, &n,
				    "procedure %s: unknown receiving unit %s", p->v[0], rc->v[0]);
		}
		proc_rules(p, fn, arg, &n);
	}
	return n;
}
