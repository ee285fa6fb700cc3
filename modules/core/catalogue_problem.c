/*
 * catalogue_problem.c — the problems a catalogue file can have (catalogue.h), each once: its
 * message code, which xslt/i18n/vi-msg.xsl words in Vietnamese for dvc-admin's page, and its
 * English, which dvcctl prints on the administrator's terminal. Both take the same arguments
 * by name: {kind}, {object} (the record's code), {detail}, and the table's names for name and n.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

const struct cat_problem_def cat_problems[CATP__MAX] = {
	[CATP_NONE] = { NULL, NULL, NULL, "no problem" },
	[CATP_EMPTY] = { "import.empty", NULL, NULL, "the file is empty" },
	[CATP_TOO_BIG] = { "import.too_big", NULL, "mb", "cannot be read, or over {mb} MB" },
	[CATP_UNREADABLE] = { "import.unreadable", NULL, NULL, "{detail}" },
	[CATP_NOT_XML] = { "import.not_xml", NULL, NULL, "{detail}" },
	[CATP_SCHEMA] = { "import.schema", "element", NULL, "{detail}" },
	[CATP_CSV_UTF8] = { "import.csv_utf8", NULL, NULL,
	    "a field is not valid UTF-8 or holds a control character" },
	[CATP_CSV_FIELDS] = { "import.csv_fields", NULL, "max", "too many fields in a record" },
	[CATP_CSV_UNCLOSED] = { "import.csv_unclosed", NULL, NULL, "a quoted field is not closed" },
	[CATP_CSV_TOO_LONG] = { "import.csv_too_long", NULL, NULL, "a record is too long" },
	[CATP_CSV_AFTER_QUOTE] = { "import.csv_after_quote", NULL, NULL,
	    "text after the closing quote of a field" },
	[CATP_CSV_QUOTE] = { "import.csv_quote", NULL, NULL,
	    "a quote inside a field that does not begin with one" },
	[CATP_CSV_CR] = { "import.csv_cr", NULL, NULL, "a carriage return not followed by a line feed" },
	[CATP_CSV_KIND] = { "import.csv_kind", "row", NULL, "unknown kind of row {row}" },
	[CATP_CSV_COLUMN] = { "import.csv_column", "column", NULL, "{kind}: unknown column {column}" },
	[CATP_CSV_COLUMN_TWICE] = { "import.csv_column_twice", "column", NULL,
	    "{kind}: column {column} named twice" },
	[CATP_CSV_BEFORE_HEADER] = { "import.csv_before_header", NULL, NULL,
	    "a {kind} row before its header row" },
	[CATP_CSV_EXTRA] = { "import.csv_extra", NULL, NULL, "more fields than its header row names" },
	[CATP_CSV_ORPHAN] = { "import.csv_orphan", NULL, NULL, "a component, fee or receiver row must"
	    " follow its procedure's row and name its code in the column procedure" },
	[CATP_DUPLICATE] = { "import.code_duplicate", NULL, "first",
	    "{kind} {object} is given twice (first on line {first})" },
	[CATP_PARENT_UNKNOWN] = { "import.parent_unknown", "parent", NULL,
	    "unit {object}: unknown parent unit {parent}" },
	[CATP_PARENT_SELF] = { "import.parent_self", NULL, NULL, "unit {object} is its own parent" },
	[CATP_FIELD_UNKNOWN] = { "import.field_unknown", "field", NULL,
	    "procedure {object}: unknown field {field}" },
	[CATP_UNIT_UNKNOWN] = { "import.unit_unknown", "unit", NULL,
	    "procedure {object}: unknown unit {unit}" },
	[CATP_RECEIVER_UNKNOWN] = { "import.receiver_unknown", "unit", NULL,
	    "procedure {object}: unknown receiving unit {unit}" },
	[CATP_RECEIVER_TWICE] = { "import.receiver_twice", "unit", NULL,
	    "procedure {object}: receiver {unit} is given twice" },
	[CATP_LEVEL4_CHANNEL] = { "import.level4_channel", NULL, NULL,
	    "procedure {object}: level 4 (toàn trình) needs the online or postal channel" },
	[CATP_SAME_DAY_HOURS] = { "import.same_day_hours", NULL, "hours",
	    "procedure {object}: same_day needs processing_hours of at most {hours}" },
	[CATP_FEE_ONLINE] = { "import.fee_online_above", NULL, "fee",
	    "procedure {object}: fee {fee}: amount_online above amount" },
	[CATP_EXEMPTION_FEE] = { "import.exemption_fee", NULL, "fee",
	    "procedure {object}: an exemption of fee {fee}, which it does not have" },
};

/* The value of the argument called name (len bytes) of p, as text; NULL when p has none. */
static const char *
argument(const struct cat_problem *p, const char *name, size_t len, char num[24])
{
	const struct cat_problem_def *d = &cat_problems[p->id];

#define IS(s)	(strlen(s) == len && memcmp(name, s, len) == 0)
	if (IS("kind"))
		return p->kind;
	if (IS("object"))
		return p->object;
	if (IS("detail"))
		return p->detail;
	if (d->name_attr != NULL && IS(d->name_attr))
		return p->name;
	if (d->n_attr != NULL && IS(d->n_attr)) {
		snprintf(num, 24, "%lu", p->n);
		return num;
	}
#undef IS
	return NULL;
}

void
cat_problem_text(struct buf *b, const struct cat_problem *p)
{
	const char	*s = cat_problems[p->id].english, *end, *v;
	char		 num[24];

	for (; *s != '\0'; s++) {
		if (*s == '{' && (end = strchr(s, '}')) != NULL) {
			v = argument(p, s + 1, (size_t)(end - s - 1), num);
			buf_puts(b, v != NULL ? v : "?");
			s = end;
		} else
			buf_putc(b, *s);
	}
}

xmlNodePtr
cat_problem_xml(xmlNodePtr parent, const char *name, const struct cat_problem *p)
{
	const struct cat_problem_def *d = &cat_problems[p->id];
	xmlNodePtr	 e = xml_elem(parent, name);

	xml_attr(e, "code", d->msg);
	if (p->line > 0)
		xml_attr_uint(e, "line", p->line);
	if (p->kind != NULL)
		xml_attr(e, "kind", p->kind);
	if (p->object != NULL)
		xml_attr(e, "object", p->object);
	if (d->name_attr != NULL && p->name != NULL)
		xml_attr(e, d->name_attr, p->name);
	if (d->n_attr != NULL)
		xml_attr_uint(e, d->n_attr, p->n);
	if (p->detail != NULL)
		xml_attr(e, "detail", p->detail);
	return e;
}
