/*
 * procedures_parse.c — the procedure form read back into a catalogue record: its inputs
 * (one per column of the procedure; channels and applicants' kinds as boxes to tick) and its
 * lists of rows ("fees.2.amount", core's req_parse_rows()), a row left blank dropped; then
 * each value checked as the catalogue's schema (sql/catalogue.rng) would, every problem a
 * message next to its input.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"
#include "procedures.h"
#include "procedures_form.h"

/* The inputs of each list's row; P_TEXT ones decide whether a row is blank. */
static const struct param_spec component_in[] = {
	{ "name", P_TEXT, 1000 }, { "note", P_TEXT, 1000 }, { "required", P_TOKEN, 1 },
	{ "originals", P_TEXT, 10 }, { "copies", P_TEXT, 10 }, { "file_types", P_TEXT, 100 },
	{ "max_size_kb", P_TEXT, 10 }, { "template_name", P_TEXT, 500 },
	{ "template_file", P_TEXT, 255 }, { NULL, 0, 0 },
};
static const struct param_spec fee_in[] = {
	{ "name", P_TEXT, 500 }, { "kind", P_TOKEN, 8 }, { "amount", P_TEXT, 30 },
	{ "amount_online", P_TEXT, 30 }, { "unit", P_TOKEN, 8 }, { "stage", P_TOKEN, 12 },
	{ "optional", P_TOKEN, 1 }, { "note", P_TEXT, 500 }, { NULL, 0, 0 },
};
static const struct param_spec exemption_in[] = {
	{ "fee", P_TEXT, 5 }, { "percent", P_TEXT, 5 }, { "ground", P_TEXT, 500 },
	{ "proof", P_TEXT, 500 }, { NULL, 0, 0 },
};
static const struct param_spec receiver_in[] = {
	{ "unit", P_TOKEN, 13 }, { NULL, 0, 0 },
};
static const struct param_spec *const list_in[CAT__SUBS] = { component_in, fee_in, exemption_in,
    receiver_in };

static bool
blank_row(const struct req_rows *rows, unsigned i, const struct param_spec *in, enum cat_sub s)
{
	unsigned	 c;

	for (c = 0; in[c].name != NULL; c++) {
		const char *v = rows->v[i * rows->ncols + c];

		if (v != NULL && *v != '\0' && (in[c].type == P_TEXT || s == CAT_SUB_RECEIVERS))
			return false;
	}
	return true;
}

/* "50.000" and "50 000" are 50000: a money's separators of thousands dropped. */
static void
money_digits(char *v)
{
	char	*o = v;

	for (; *v != '\0'; v++)
		if (*v != '.' && *v != ',' && *v != ' ')
			*o++ = *v;
	*o = '\0';
}

/* The rows of list s, blank ones dropped, as items of p (a value not sent keeps the column's
 * default). 0, or 400 when the body is not a form of this page. */
static int
read_list(struct request *r, struct cat_rec *p, enum cat_sub s)
{
	enum cat_kind		 k = cat_sub_kind[s];
	const struct param_spec	*in = list_in[s];
	struct req_rows		 rows;
	struct cat_rec		*it;
	unsigned		 i, c;
	int			 col;

	if (req_parse_rows(r->body, r->body_len, cat_sub_name[s], in, PROC_MAX_ROWS, &rows) != REQ_OK) {
		req_rows_free(&rows);
		return 400;
	}
	for (i = 0; i < rows.n; i++) {
		if (blank_row(&rows, i, in, s))
			continue;
		it = cat_add(&p->sub[s], k, 0);
		for (c = 0; in[c].name != NULL; c++) {
			char *v = rows.v[i * rows.ncols + c];

			if (v == NULL || *v == '\0')
				continue;	/* left blank: the column's default */
			if ((col = cat_col(k, in[c].name)) < 0)
				log_fatal("admin: %s has no %s", cat_tables[k].name, in[c].name);
			if (strncmp(in[c].name, "amount", 6) == 0)
				money_digits(v);
			cat_set(it, (unsigned)col, v, strlen(v));
		}
	}
	req_rows_free(&rows);
	return 0;
}

/* A browser sends a textarea's lines ended by CRLF; the catalogue keeps LF (an unchanged
 * text must read as unchanged). */
static void
set_text(struct cat_rec *p, unsigned col, const char *v)
{
	struct buf	 b = { 0 };

	for (; *v != '\0'; v++)
		if (*v != '\r' || v[1] != '\n')
			buf_putc(&b, *v);
	cat_set(p, col, b.len ? b.data : "", b.len);
	buf_free(&b);
}

int
proc_parse(struct request *r, struct cat_rec *p, const char *code)
{
	const struct cat_table	*t = &cat_tables[CAT_PROC];
	static const char *const channels[] = { "counter", "online", "postal", NULL };
	static const char *const kinds[] = { "citizen", "organisation", NULL };
	struct buf		 b = { 0 };
	char			 in[32];
	unsigned		 c, s, i;
	int			 st;

	for (c = 0; c < t->ncols; c++) {
		const char *v = req_str(r, t->cols[c].name, NULL);

		if (v != NULL)
			set_text(p, c, v);
	}
	cat_set(p, 0, code, strlen(code));
	cat_set(p, (unsigned)cat_col(CAT_PROC, "same_day"), "0", 1);
	if (strcmp(req_str(r, "same_day", ""), "1") == 0)
		cat_set(p, (unsigned)cat_col(CAT_PROC, "same_day"), "1", 1);
	/* The sets as MariaDB writes them: in the order of their definition, by commas. */
	for (i = 0; channels[i] != NULL; i++) {
		snprintf(in, sizeof(in), "ch_%s", channels[i]);
		if (*req_str(r, in, "") == '1')
			buf_printf(&b, "%s%s", b.len ? "," : "", channels[i]);
	}
	cat_set(p, (unsigned)cat_col(CAT_PROC, "channels"), buf_cstr(&b), b.len);
	buf_reset(&b);
	for (i = 0; kinds[i] != NULL; i++) {
		snprintf(in, sizeof(in), "ak_%s", kinds[i]);
		if (*req_str(r, in, "") == '1')
			buf_printf(&b, "%s%s", b.len ? "," : "", kinds[i]);
	}
	cat_set(p, (unsigned)cat_col(CAT_PROC, "applicant_kinds"), buf_cstr(&b), b.len);
	buf_free(&b);
	for (s = 0; s < CAT__SUBS; s++)
		if ((st = read_list(r, p, s)) != 0)
			return st;
	return 0;
}

/* ------------------------------------------------------------------ checks */

static bool
one_of(const char *v, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(v, *set) == 0)
			return true;
	return false;
}

/* Digits without a leading zero, at most max of them ("0" alone is one). */
static bool
count_ok(const char *v, size_t max)
{
	size_t	 n = strspn(v, "0123456789");

	return n > 0 && v[n] == '\0' && n <= max && (v[0] != '0' || n == 1);
}

static bool
pattern_ok(const char *v, const char *chars, size_t min, size_t max)
{
	size_t	 n = strspn(v, chars);

	return v[n] == '\0' && n >= min && n <= max;
}

/* Whether the template file is one the site serves: /static/forms/NAME beside the views, or
 * "u/NAME" uploaded in dvc-admin (forms.c), under the store's forms/. */
static bool
template_there(const char *name)
{
	char		 path[1024];
	struct stat	 sb;

	if (strncmp(name, "u/", 2) == 0)
		snprintf(path, sizeof(path), "%s/" FORMS_DIR "/%s", conf.store_dir, name + 2);
	else
		snprintf(path, sizeof(path), "%s/static/forms/%s", conf.xslt_dir, name);
	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

static void
row_error(struct request *r, enum cat_sub s, size_t i, const char *col, const char *code)
{
	char	 name[80];

	snprintf(name, sizeof(name), "%s.%zu.%s", cat_sub_name[s], i + 1, col);
	form_error(r, name, code);
}

#define V(rec, k, n)	((rec)->v[cat_col(k, n)])
#define DIGITS		"0123456789"
#define LOWER		"abcdefghijklmnopqrstuvwxyz"

static void
check_items(struct request *r, const struct cat_rec *p)
{
	static const char *const bools[] = { "0", "1", NULL };
	static const char *const fee_kinds[] = { "phi", "le_phi", NULL };
	static const char *const units[] = { "fixed", "copy", "page", NULL };
	static const char *const stages[] = { "submission", "supplement", "result", NULL };
	size_t		 i;

	for (i = 0; i < p->sub[CAT_SUB_COMPONENTS].n; i++) {
		const struct cat_rec *c = &p->sub[CAT_SUB_COMPONENTS].r[i];
		const char *types = V(c, CAT_COMPONENT, "file_types"), *tf = V(c, CAT_COMPONENT, "template_file");

		if (*V(c, CAT_COMPONENT, "name") == '\0')
			row_error(r, CAT_SUB_COMPONENTS, i, "name", "procedure.required");
		if (!one_of(V(c, CAT_COMPONENT, "required"), bools))
			row_error(r, CAT_SUB_COMPONENTS, i, "required", "procedure.choice");
		if (!count_ok(V(c, CAT_COMPONENT, "originals"), 3) || num(V(c, CAT_COMPONENT, "originals")) > 255)
			row_error(r, CAT_SUB_COMPONENTS, i, "originals", "procedure.copies");
		if (!count_ok(V(c, CAT_COMPONENT, "copies"), 3) || num(V(c, CAT_COMPONENT, "copies")) > 255)
			row_error(r, CAT_SUB_COMPONENTS, i, "copies", "procedure.copies");
		if (!count_ok(V(c, CAT_COMPONENT, "max_size_kb"), 9))
			row_error(r, CAT_SUB_COMPONENTS, i, "max_size_kb", "procedure.number");
		if (!pattern_ok(types, LOWER ",", 3, 100) || strstr(types, ",,") != NULL)
			row_error(r, CAT_SUB_COMPONENTS, i, "file_types", "procedure.file_types");
		if (*tf != '\0' && (!pattern_ok(tf + (strncmp(tf, "u/", 2) == 0 ? 2 : 0), LOWER DIGITS "-.", 5, 253) ||
		    strchr(tf, '.') == NULL))
			row_error(r, CAT_SUB_COMPONENTS, i, "template_file", "procedure.template_file");
		else if (*tf != '\0' && !template_there(tf))
			row_error(r, CAT_SUB_COMPONENTS, i, "template_file", "procedure.template_missing");
	}
	for (i = 0; i < p->sub[CAT_SUB_FEES].n; i++) {
		const struct cat_rec *f = &p->sub[CAT_SUB_FEES].r[i];
		const char *online = V(f, CAT_FEE, "amount_online");

		if (*V(f, CAT_FEE, "name") == '\0')
			row_error(r, CAT_SUB_FEES, i, "name", "procedure.required");
		if (!one_of(V(f, CAT_FEE, "kind"), fee_kinds))
			row_error(r, CAT_SUB_FEES, i, "kind", "procedure.choice");
		if (!count_ok(V(f, CAT_FEE, "amount"), 15))
			row_error(r, CAT_SUB_FEES, i, "amount", "procedure.money");
		if (*online != '\0' && !count_ok(online, 15))
			row_error(r, CAT_SUB_FEES, i, "amount_online", "procedure.money");
		if (!one_of(V(f, CAT_FEE, "unit"), units))
			row_error(r, CAT_SUB_FEES, i, "unit", "procedure.choice");
		if (!one_of(V(f, CAT_FEE, "stage"), stages))
			row_error(r, CAT_SUB_FEES, i, "stage", "procedure.choice");
		if (!one_of(V(f, CAT_FEE, "optional"), bools))
			row_error(r, CAT_SUB_FEES, i, "optional", "procedure.choice");
	}
	for (i = 0; i < p->sub[CAT_SUB_EXEMPTIONS].n; i++) {
		const struct cat_rec *x = &p->sub[CAT_SUB_EXEMPTIONS].r[i];
		const char *pc = V(x, CAT_EXEMPTION, "percent");

		if (!count_ok(V(x, CAT_EXEMPTION, "fee"), 3) || strcmp(V(x, CAT_EXEMPTION, "fee"), "0") == 0)
			row_error(r, CAT_SUB_EXEMPTIONS, i, "fee", "procedure.fee_number");
		if (!count_ok(pc, 3) || num(pc) < 1 || num(pc) > 100)
			row_error(r, CAT_SUB_EXEMPTIONS, i, "percent", "procedure.percent");
		if (*V(x, CAT_EXEMPTION, "ground") == '\0')
			row_error(r, CAT_SUB_EXEMPTIONS, i, "ground", "procedure.required");
		if (*V(x, CAT_EXEMPTION, "proof") == '\0')
			row_error(r, CAT_SUB_EXEMPTIONS, i, "proof", "procedure.required");
	}
}

void
proc_check(struct request *r, const struct cat_rec *p)
{
	static const char *const gov[] = { "province", "commune", NULL };
	static const char *const levels[] = { "2", "3", "4", NULL };
	static const char *const clocks[] = { "restart", "resume", NULL };
	const char	*name = V(p, CAT_PROC, "name");

	if (!pattern_ok(p->v[0], DIGITS LOWER "ABCDEFGHIJKLMNOPQRSTUVWXYZ.", 1, 40))
		form_error(r, "code", "procedure.code");
	if (*name == '\0')
		form_error(r, "name", "procedure.required");
	else if (strpbrk(name, "\r\n") != NULL)
		form_error(r, "name", "procedure.one_line");
	if (*V(p, CAT_PROC, "field") == '\0')
		form_error(r, "field", "procedure.field");
	if (*V(p, CAT_PROC, "agency") == '\0')
		form_error(r, "agency", "procedure.agency");
	if (!one_of(V(p, CAT_PROC, "gov_level"), gov))
		form_error(r, "gov_level", "procedure.choice");
	if (!one_of(V(p, CAT_PROC, "level"), levels))
		form_error(r, "level", "procedure.choice");
	if (!count_ok(V(p, CAT_PROC, "processing_hours"), 9))
		form_error(r, "processing_hours", "procedure.hours");
	if (!one_of(V(p, CAT_PROC, "clock_after_supplement"), clocks))
		form_error(r, "clock_after_supplement", "procedure.choice");
	if (*V(p, CAT_PROC, "channels") == '\0')
		form_error(r, "channels", "procedure.channels");
	if (*V(p, CAT_PROC, "applicant_kinds") == '\0')
		form_error(r, "applicant_kinds", "procedure.applicant_kinds");
	check_items(r, p);
}
