/*
 * catalogue.c — `dvcctl catalogue export [--format xml|csv] [FILE]` and
 * `dvcctl catalogue import [--apply] [--format xml|csv] FILE`: the whole catalogue (units,
 * fields, the current procedures) as XML valid against sql/catalogue.rng, or as CSV
 * (catalogue_csv.c); `dvcctl catalogue withdraw|remove CODE` for one procedure. An import reads and checks the whole file first (well-formed, valid, every
 * code known and given once, the procedures table's rules) and lists every problem with its
 * line, changing nothing; then lists what would be added, changed (and what of it) and
 * withdrawn. With --apply it does that in one transaction, every procedure through core's
 * version rule and every write in the audit log, then rebuilds the search index. `dvcctl
 * seed` loads the demo catalogue, sql/seed/catalogue.xml, through the same path.
 */
#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>

/* libxml2's BAD_CAST casts const away. */
#undef BAD_CAST
#define BAD_CAST (const xmlChar *)

#include "dvc.h"
#include "catalogue.h"
#include "dvcctl.h"

#define CATALOGUE_FORMAT	"1"

/* The problems of a file, each printed as it is found; the count decides. */
struct problems {
	const char	*file;
	unsigned	 n;
};

static void
problem(void *arg, unsigned line, const char *what)
{
	struct problems	*p = arg;

	if (line > 0)
		fprintf(stderr, "%s:%u: %s\n", p->file, line, what);
	else
		fprintf(stderr, "%s: %s\n", p->file, what);
	p->n++;
}

/* libxml2's parser and RELAX NG validator report here, with the line of each error. */
static void
xml_problem(void *arg, xmlErrorPtr e)
{
	char	 what[600];
	size_t	 n;

	if (e == NULL || e->level < XML_ERR_ERROR)
		return;
	snprintf(what, sizeof(what), "%s", e->message ? e->message : "error");
	n = strlen(what);
	while (n > 0 && (what[n - 1] == '\n' || what[n - 1] == ' '))
		what[--n] = '\0';
	problem(arg, e->line > 0 ? (unsigned)e->line : 0, what);
}

/* ------------------------------------------------------------------ XML out */

static int
write_rec(xmlTextWriterPtr w, enum cat_kind k, const struct cat_rec *r)
{
	const struct cat_table	*t = &cat_tables[k];
	unsigned		 i;
	int			 rc = xmlTextWriterStartElement(w, BAD_CAST t->name);

	for (i = 0; rc >= 0 && i < t->ncols; i++)
		if (!(t->cols[i].flags & CAT_ELEM) && *r->v[i] != '\0')
			rc = xmlTextWriterWriteAttribute(w, BAD_CAST t->cols[i].name, BAD_CAST r->v[i]);
	for (i = 0; rc >= 0 && i < t->ncols; i++)
		if ((t->cols[i].flags & CAT_ELEM) && *r->v[i] != '\0')
			rc = xmlTextWriterWriteElement(w, BAD_CAST t->cols[i].name, BAD_CAST r->v[i]);
	return rc;
}

static int
export_xml(const struct catalogue *c, const char *file)
{
	xmlTextWriterPtr	 w;
	size_t			 i, j;
	unsigned		 s;
	int			 rc;

	if ((w = xmlNewTextWriterFilename(file, 0)) == NULL) {
		log_warn("%s: cannot write", file);
		return 1;
	}
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, BAD_CAST "  ");
	rc = xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
	if (rc >= 0)
		rc = xmlTextWriterWriteComment(w, BAD_CAST " DVC catalogue: the schema is sql/catalogue.rng"
		    " (dvcctl catalogue import checks it) ");
	if (rc >= 0)
		rc = xmlTextWriterStartElement(w, BAD_CAST "catalogue");
	if (rc >= 0)
		rc = xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST CATALOGUE_FORMAT);
	for (i = 0; rc >= 0 && i < c->units.n; i++)
		if ((rc = write_rec(w, CAT_UNIT, &c->units.r[i])) >= 0)
			rc = xmlTextWriterEndElement(w);
	for (i = 0; rc >= 0 && i < c->fields.n; i++)
		if ((rc = write_rec(w, CAT_FIELD, &c->fields.r[i])) >= 0)
			rc = xmlTextWriterEndElement(w);
	for (i = 0; rc >= 0 && i < c->procs.n; i++) {
		const struct cat_rec *p = &c->procs.r[i];

		rc = write_rec(w, CAT_PROC, p);
		for (s = 0; rc >= 0 && s < CAT__SUBS; s++)
			for (j = 0; rc >= 0 && j < p->sub[s].n; j++)
				if ((rc = write_rec(w, cat_sub_kind[s], &p->sub[s].r[j])) >= 0)
					rc = xmlTextWriterEndElement(w);
		if (rc >= 0)
			rc = xmlTextWriterEndElement(w);
	}
	if (rc >= 0)
		rc = xmlTextWriterEndDocument(w);
	xmlFreeTextWriter(w);
	if (rc < 0)
		log_warn("%s: writing failed", file);
	return rc < 0;
}

/* ------------------------------------------------------------------ XML in */

static void
rec_from_node(struct cat_rec *r, enum cat_kind k, xmlNodePtr n)
{
	const struct cat_table	*t = &cat_tables[k];
	xmlNodePtr		 e;
	xmlChar			*v;
	unsigned		 i;

	for (i = 0; i < t->ncols; i++) {
		v = NULL;
		if (!(t->cols[i].flags & CAT_ELEM))
			v = xmlGetProp(n, BAD_CAST t->cols[i].name);
		else
			for (e = n->children; e != NULL && v == NULL; e = e->next)
				if (e->type == XML_ELEMENT_NODE && xmlStrcmp(e->name, BAD_CAST t->cols[i].name) == 0)
					v = xmlNodeGetContent(e);
		if (v != NULL)
			cat_set(r, i, (const char *)v, strlen((const char *)v));
		xmlFree(v);
	}
}

/* The sets of MariaDB (channels, applicant_kinds) in the order it keeps them. */
static void
normalise_set(struct cat_rec *r, int col, const char *const *order)
{
	struct buf	 b = { 0 };
	char		 item[32];
	const char	*s;
	size_t		 n;

	for (; *order != NULL; order++)
		for (s = r->v[col]; *s != '\0'; s += n + (s[n] == ',')) {
			n = strcspn(s, ",");
			snprintf(item, sizeof(item), "%.*s", (int)(n < 31 ? n : 31), s);
			if (strcmp(item, *order) == 0) {
				buf_printf(&b, "%s%s", b.len ? "," : "", *order);
				break;
			}
		}
	cat_set(r, (unsigned)col, buf_cstr(&b), b.len);
	buf_free(&b);
}

/* The catalogue of a valid document. */
static void
doc_catalogue(xmlDocPtr doc, struct catalogue *c)
{
	static const char *const channels[] = { "counter", "online", "postal", NULL };
	static const char *const kinds[] = { "citizen", "organisation", NULL };
	xmlNodePtr	 n, e;
	struct cat_rec	*r;

	memset(c, 0, sizeof(*c));
	for (n = xmlDocGetRootElement(doc)->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, BAD_CAST "unit") == 0)
			rec_from_node(cat_add(&c->units, CAT_UNIT, (unsigned)xmlGetLineNo(n)), CAT_UNIT, n);
		else if (xmlStrcmp(n->name, BAD_CAST "field") == 0)
			rec_from_node(cat_add(&c->fields, CAT_FIELD, (unsigned)xmlGetLineNo(n)), CAT_FIELD, n);
		else {
			r = cat_add(&c->procs, CAT_PROC, (unsigned)xmlGetLineNo(n));
			rec_from_node(r, CAT_PROC, n);
			normalise_set(r, cat_col(CAT_PROC, "channels"), channels);
			normalise_set(r, cat_col(CAT_PROC, "applicant_kinds"), kinds);
			for (e = n->children; e != NULL; e = e->next) {
				unsigned s;

				for (s = 0; e->type == XML_ELEMENT_NODE && s < CAT__SUBS; s++)
					if (xmlStrcmp(e->name, BAD_CAST cat_tables[cat_sub_kind[s]].name) == 0) {
						rec_from_node(cat_add(&r->sub[s], cat_sub_kind[s],
						    (unsigned)xmlGetLineNo(e)), cat_sub_kind[s], e);
						break;
					}
			}
		}
	}
}

/* Checks doc against the published schema; the problems reported. */
static void
validate(xmlDocPtr doc, struct problems *pr)
{
	xmlRelaxNGParserCtxtPtr	 pc;
	xmlRelaxNGPtr		 schema = NULL;
	xmlRelaxNGValidCtxtPtr	 vc = NULL;
	char			 path[1024];

	snprintf(path, sizeof(path), "%s/catalogue.rng", conf.sql_dir);
	if ((pc = xmlRelaxNGNewParserCtxt(path)) == NULL || (schema = xmlRelaxNGParse(pc)) == NULL ||
	    (vc = xmlRelaxNGNewValidCtxt(schema)) == NULL)
		log_fatal("%s: the schema does not load", path);
	xmlRelaxNGSetValidStructuredErrors(vc, xml_problem, pr);
	if (xmlRelaxNGValidateDoc(vc, doc) != 0 && pr->n == 0)
		problem(pr, 0, "not valid against the catalogue's schema");
	xmlRelaxNGFreeValidCtxt(vc);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pc);
}

/* ------------------------------------------------------------------ the commands */

static int
print_change(void *arg, const struct cat_change *ch)
{
	static const char *const verb[] = { "add", "change", "withdraw" };

	(void)arg;
	printf("%s %s %s", verb[ch->action], cat_tables[ch->kind].name, ch->code);
	if (*ch->what != '\0')
		printf(": %s", ch->what);
	if (ch->line > 0)
		printf(" (line %u)", ch->line);
	putchar('\n');
	return 0;
}

static bool
is_csv(const char *format, const char *file)
{
	size_t	 n = strlen(file);

	if (format != NULL)
		return strcmp(format, "csv") == 0;
	return n > 4 && strcasecmp(file + n - 4, ".csv") == 0;
}

/* Who runs the command, for the audit log: the account, and who sudo ran it for. */
static void
actor(char *out, size_t outsz)
{
	struct passwd	*pw = getpwuid(geteuid());
	const char	*sudo = getenv("SUDO_USER");

	snprintf(out, outsz, "unix:%s%s%s", pw ? pw->pw_name : "?", sudo ? " sudo:" : "", sudo ? sudo : "");
}

/* The changes of an import, or a withdrawal or removal (one procedure), as db_transaction()
 * runs them (again after a deadlock: core's writes read only what they are given). */
struct writing {
	const struct catalogue	*db, *in;	/* an import: the database's, the file's */
	const struct cat_rec	*withdrawn;	/* or a withdrawal */
	const char		*removed;	/* or a removal: the code */
	const struct cat_who	*who;
};

static long
writing_tx(void *arg)
{
	const struct writing	*w = arg;

	if (w->in != NULL)
		return catalogue_apply(w->db, w->in, w->who);
	if (w->removed != NULL)
		return catalogue_remove(w->removed, w->who);
	return catalogue_withdraw(w->withdrawn, w->who);
}

static int
import(const char *file, const char *format, bool apply)
{
	struct problems	 pr = { file, 0 };
	struct catalogue db = { 0 }, in = { 0 };
	char		 who_s[200];
	struct cat_who	 who = { 0, who_s, "dvcctl catalogue import" };
	xmlDocPtr	 doc;
	long		 rc;
	int		 st = 1;

	xmlSetStructuredErrorFunc(&pr, xml_problem);
	doc = is_csv(format, file) ? csv_document(file, problem, &pr) :
	    xmlReadFile(file, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
	if (doc != NULL && pr.n == 0)
		validate(doc, &pr);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (doc == NULL && pr.n == 0)
		problem(&pr, 0, "cannot be read");
	if (pr.n == 0)
		doc_catalogue(doc, &in);
	xmlFreeDoc(doc);
	if ((rc = catalogue_load(&db)) < 0)
		goto done;
	if (pr.n == 0)
		catalogue_check(&in, &db, problem, &pr);
	if (pr.n > 0) {
		fprintf(stderr, "%s: %u problem%s: nothing changed\n", file, pr.n, pr.n > 1 ? "s" : "");
		goto done;
	}
	catalogue_diff(&db, &in, print_change, NULL);
	if (!apply) {
		printf("dry run: nothing changed (--apply to apply)\n");
		st = 0;
		goto done;
	}
	actor(who_s, sizeof(who_s));
	{
		struct writing w = { &db, &in, NULL, NULL, &who };

		rc = db_transaction(writing_tx, &w);
	}
	if (rc != 0) {
		fprintf(stderr, "%s: %s: nothing changed\n", file, rc == CAT_STALE ?
		    "the catalogue changed while importing" : "the database refused a change");
		goto done;
	}
	printf("applied\n");
	st = reindex();
done:
	catalogue_free(&db);
	catalogue_free(&in);
	return st;
}

static int
export(const char *file, const char *format)
{
	struct catalogue c;
	int		 st;

	if (catalogue_load(&c) < 0)
		return 1;
	st = is_csv(format, file) ? csv_export(&c, file) : export_xml(&c, file);
	catalogue_free(&c);
	return st;
}

/*
 * `dvcctl catalogue withdraw CODE`: the current version no longer current (core's rule), and
 * `dvcctl catalogue remove CODE`: every version deleted, refused when a dossier refers to one
 * (withdraw it instead). Each in a transaction of its own, logged, then the search index.
 */
static int
withdraw_or_remove(const char *code, bool remove)
{
	struct catalogue db = { 0 };
	const struct cat_rec *p;
	char		 who_s[200];
	struct cat_who	 who = { 0, who_s, remove ? "dvcctl catalogue remove" : "dvcctl catalogue withdraw" };
	long		 rc = -2;

	actor(who_s, sizeof(who_s));
	if (catalogue_load(&db) < 0)
		goto done;
	p = cat_find(&db.procs, code);
	if (!remove && p == NULL) {
		fprintf(stderr, "%s: no current procedure with this code: nothing changed\n", code);
		goto done;
	}
	{
		struct writing w = { NULL, NULL, p, remove ? code : NULL, &who };

		rc = db_transaction(writing_tx, &w);
	}
	if (rc != 0) {
		fprintf(stderr, "%s: %s: nothing changed\n", code, rc == CAT_IN_USE ?
		    "dossiers refer to it, so it cannot be removed; withdraw it instead"
		    " (dvcctl catalogue withdraw CODE)" : rc == CAT_STALE ?
		    "it changed meanwhile" : "the database refused the change");
		rc = -2;
		goto done;
	}
	printf("%s %s\n", remove ? "removed" : "withdrew", code);
	rc = reindex();
done:
	catalogue_free(&db);
	return rc == 0 ? 0 : 1;
}

/* dvcctl seed: the demo catalogue into an empty one, through the import. */
int
catalogue_seed(void)
{
	char	 path[1024];

	snprintf(path, sizeof(path), "%s/seed/catalogue.xml", conf.sql_dir);
	return import(path, "xml", true);
}

int
catalogue_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "apply", no_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	const char	*format = NULL;
	bool		 apply = false;
	int		 c;

	optind = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'a')
			apply = true;
		else if (c == 'f' && (strcmp(optarg, "xml") == 0 || strcmp(optarg, "csv") == 0))
			format = optarg;
		else
			return 2;
	}
	if (optind < argc && strcmp(argv[optind], "export") == 0 && !apply && argc - optind <= 2)
		return export(optind + 1 < argc ? argv[optind + 1] : "-", format);
	if (optind + 2 == argc && strcmp(argv[optind], "import") == 0)
		return import(argv[optind + 1], format, apply);
	if (optind + 2 == argc && !apply && format == NULL && (strcmp(argv[optind], "withdraw") == 0 ||
	    strcmp(argv[optind], "remove") == 0))
		return withdraw_or_remove(argv[optind + 1], strcmp(argv[optind], "remove") == 0);
	return 2;
}
