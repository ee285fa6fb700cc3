/*
 * test-catalogue-read.c — catalogue_read.c, catalogue_problem.c and the formats
 * (catalogue_xml.c, catalogue_csv.c): the table of a file's problems (a message code and
 * English for each, every argument the English names given by the table), a small catalogue
 * read from XML and from CSV into the same records, each written again and read back the
 * same, and the problems of bad files with their lines: not XML, against the schema, bad CSV
 * quoting, a CSV column unknown, empty. The schema is the repository's sql/catalogue.rng.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "tap.h"

static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<catalogue version=\"1\">\n"
    "  <unit code=\"000.00.10.H56\" kind=\"department\" phone=\"0237\">\n"
    "    <name>Sở Tư pháp</name>\n"
    "  </unit>\n"
    "  <field code=\"G15-TP07\"><name>Hộ tịch</name></field>\n"
    "  <procedure code=\"1.1.H56\" field=\"G15-TP07\" agency=\"000.00.10.H56\" level=\"4\""
    " processing_hours=\"8\" channels=\"postal,online\">\n"
    "    <name>Đăng ký, khai sinh</name>\n"
    "    <steps>Bước 1: \"nộp\".\nBước 2.</steps>\n"
    "    <fee kind=\"le_phi\" amount=\"50000\"><name>Lệ phí</name></fee>\n"
    "    <receiver unit=\"000.00.10.H56\"/>\n"
    "  </procedure>\n"
    "</catalogue>\n";

static const char csv[] =
    "#unit,code,kind,name,phone\r\n"
    "unit,000.00.10.H56,department,Sở Tư pháp,0237\r\n"
    "#field,name,code\r\n"
    "field,Hộ tịch,G15-TP07\r\n"
    "#procedure,code,field,agency,level,processing_hours,channels,name,steps\r\n"
    "#fee,procedure,kind,amount,name\r\n"
    "#receiver,procedure,unit\r\n"
    "procedure,1.1.H56,G15-TP07,000.00.10.H56,4,8,\"online,postal\",\"Đăng ký, khai sinh\","
    "\"Bước 1: \"\"nộp\"\".\nBước 2.\"\r\n"
    "fee,1.1.H56,le_phi,50000,Lệ phí\r\n"
    "receiver,1.1.H56,000.00.10.H56\r\n";

/* The problems of a read, as "line:code" joined by spaces. */
struct seen {
	char		 text[2048];
	unsigned	 n;
	char		 english[600];	/* of the first */
};

static void
seen(void *arg, const struct cat_problem *p)
{
	struct seen	*s = arg;
	size_t		 n = strlen(s->text);

	snprintf(s->text + n, sizeof(s->text) - n, "%s%u:%s", n ? " " : "", p->line,
	    cat_problems[p->id].msg);
	if (s->n++ == 0) {
		struct buf b = { 0 };

		cat_problem_text(&b, p);
		snprintf(s->english, sizeof(s->english), "%s", buf_cstr(&b));
		buf_free(&b);
	}
}

static unsigned
read_text(const char *text, size_t len, enum cat_format f, struct catalogue *c, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	return catalogue_read(text, len, f, c, seen, s);
}

static void
test_table(void)
{
	struct cat_problem p = { CATP_NONE, 7, "procedure", "1.1.H56", "G99", 3, "detail" };
	struct buf	 b = { 0 };
	bool		 all = true;
	unsigned	 id;

	for (id = CATP_NONE + 1; id < CATP__MAX; id++) {
		const struct cat_problem_def *d = &cat_problems[id];

		p.id = (enum cat_problem_id)id;
		buf_reset(&b);
		if (d->msg == NULL || strncmp(d->msg, "import.", 7) != 0 || d->english == NULL) {
			all = false;
			diag("problem %u: no code or English", id);
			continue;
		}
		cat_problem_text(&b, &p);
		if (strchr(buf_cstr(&b), '?') != NULL || strchr(buf_cstr(&b), '{') != NULL) {
			all = false;
			diag("%s: an argument the table does not give: %s", d->msg, buf_cstr(&b));
		}
	}
	ok(all, "every problem has a code import.* and English whose arguments the table gives");
	p.id = CATP_DUPLICATE;
	p.kind = "field";
	p.object = "G15-TP07";
	buf_reset(&b);
	cat_problem_text(&b, &p);
	is_str(buf_cstr(&b), "field G15-TP07 is given twice (first on line 3)", "the English of a duplicate");
	{
		xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
		xmlNodePtr root = xmlNewDocNode(doc, NULL, (const xmlChar *)"page", NULL), e;
		xmlChar *v;

		xmlDocSetRootElement(doc, root);
		p.id = CATP_FIELD_UNKNOWN;
		p.kind = "procedure";
		p.name = "G99";
		e = cat_problem_xml(root, "problem", &p);
		v = xmlGetProp(e, (const xmlChar *)"field");
		is_str(v ? (const char *)v : "", "G99", "its element names the field as @field");
		xmlFree(v);
		v = xmlGetProp(e, (const xmlChar *)"code");
		is_str(v ? (const char *)v : "", "import.field_unknown", "… its message code as @code");
		xmlFree(v);
		xmlFreeDoc(doc);
	}
	buf_free(&b);
}

/* True when a and b hold the same records, values and lists. */
static bool
same_list(const struct cat_list *a, const struct cat_list *b, enum cat_kind k, bool subs)
{
	size_t		 i;
	unsigned	 c, s;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++) {
		for (c = 0; c < cat_tables[k].ncols; c++)
			if (strcmp(a->r[i].v[c], b->r[i].v[c]) != 0) {
				diag("%s %s: %s \"%s\" vs \"%s\"", cat_tables[k].name, a->r[i].v[0],
				    cat_tables[k].cols[c].name, a->r[i].v[c], b->r[i].v[c]);
				return false;
			}
		for (s = 0; subs && s < CAT__SUBS; s++)
			if (!same_list(&a->r[i].sub[s], &b->r[i].sub[s], cat_sub_kind[s], false))
				return false;
	}
	return true;
}

static bool
same(const struct catalogue *a, const struct catalogue *b)
{
	return same_list(&a->units, &b->units, CAT_UNIT, false) &&
	    same_list(&a->fields, &b->fields, CAT_FIELD, false) &&
	    same_list(&a->procs, &b->procs, CAT_PROC, true);
}

static void
test_formats(void)
{
	struct catalogue x, c, again;
	struct seen	 s;
	struct buf	 b = { 0 };

	is_int(read_text(xml, sizeof(xml) - 1, CAT_FORMAT_XML, &x, &s), 0, "XML: no problem");
	is_int(x.procs.n, 1, "XML: one procedure");
	is_int(x.procs.r[0].line, 7, "… with the line of its element");
	is_int(x.procs.r[0].sub[CAT_SUB_FEES].r[0].line, 11, "… its fee with its own (after the two lines of steps)");
	is_str(x.procs.r[0].v[cat_col(CAT_PROC, "channels")], "online,postal", "… its channels in MariaDB's order");
	is_str(x.procs.r[0].v[cat_col(CAT_PROC, "same_day")], "0", "… a left-out attribute its default");
	is_int(read_text(csv, sizeof(csv) - 1, CAT_FORMAT_CSV, &c, &s), 0, "CSV: no problem");
	is_int(c.procs.r[0].line, 8, "CSV: the procedure with the line of its row");
	ok(same(&x, &c), "the XML and the CSV give the same catalogue");
	catalogue_free(&c);

	ok(catalogue_xml_write(&x, &b) == 0, "written as XML");
	is_int(read_text(b.data, b.len, CAT_FORMAT_XML, &again, &s), 0, "… which reads without a problem");
	ok(same(&x, &again), "… into the same catalogue");
	catalogue_free(&again);
	buf_reset(&b);
	catalogue_csv_write(&x, &b);
	is_int(read_text(b.data, b.len, CAT_FORMAT_CSV, &again, &s), 0, "written as CSV, read without a problem");
	ok(same(&x, &again), "… into the same catalogue");
	catalogue_free(&again);
	catalogue_free(&x);
	buf_free(&b);
}

static void
test_problems(void)
{
	struct catalogue c;
	struct seen	 s;
	char		 bad[sizeof(xml) + 16];
	char		*at;

	read_text("Tên,Mã\nkhông phải XML\n", 26, CAT_FORMAT_XML, &c, &s);
	is_str(s.text, "1:import.not_xml", "not XML: import.not_xml, line 1");
	ok(strstr(s.english, "Start tag expected") != NULL, "… libxml2's words as its detail (%s)", s.english);
	catalogue_free(&c);

	snprintf(bad, sizeof(bad), "%s", xml);
	at = strstr(bad, "level=\"4\"");
	at[7] = '7';
	read_text(bad, strlen(bad), CAT_FORMAT_XML, &c, &s);
	ok(strstr(s.text, "7:import.schema") != NULL, "level 7: import.schema at the procedure's line (%s)", s.text);
	is_int(c.procs.n, 0, "… and no catalogue");
	catalogue_free(&c);

	read_text("#field,code,name\nfield,G1,a\"b\n", 30, CAT_FORMAT_CSV, &c, &s);
	is_str(s.text, "2:import.csv_quote", "a quote inside a field: import.csv_quote, line 2");
	catalogue_free(&c);
	read_text("#field,code,nom\nfield,G1,a\n", 26, CAT_FORMAT_CSV, &c, &s);
	ok(strncmp(s.text, "1:import.csv_column", 19) == 0, "an unknown column: import.csv_column, line 1");
	is_str(s.english, "field: unknown column nom", "… its English");
	catalogue_free(&c);
	read_text("", 0, CAT_FORMAT_XML, &c, &s);
	is_str(s.text, "0:import.empty", "an empty file: import.empty");
	read_text(" \r\n\t\n", 5, CAT_FORMAT_CSV, &c, &s);
	is_str(s.text, "0:import.empty", "blanks only: import.empty");
	read_text("\0<x/>", 5, CAT_FORMAT_XML, &c, &s);
	ok(s.n > 0 && strstr(s.text, "import.empty") == NULL, "a NUL byte is not blank: refused otherwise (%s)", s.text);
	catalogue_free(&c);
}

int
main(void)
{
	static char sql_dir[1024];
	const char *repo = getenv("DVC_REPO");

	snprintf(sql_dir, sizeof(sql_dir), "%s/sql", repo != NULL ? repo : ".");
	conf.sql_dir = sql_dir;
	test_table();
	test_formats();
	test_problems();
	return done_testing();
}
