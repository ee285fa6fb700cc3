/*
 * catalogue.c — `dvcctl catalogue export [--format xml|csv] [FILE]` and
 * `dvcctl catalogue import [--apply] [--format xml|csv] FILE`: the whole catalogue (units,
 * fields, the current procedures) as XML valid against sql/catalogue.rng, or as CSV
 * (catalogue_csv.c; the XML's reading and writing in catalogue_xml.c); `dvcctl catalogue withdraw|remove CODE` for one procedure. An import reads and checks the whole file first (well-formed, valid, every
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

/* libxml2's BAD_CAST casts const away. */
#undef BAD_CAST
#define BAD_CAST (const xmlChar *)

#include "dvc.h"
#include "catalogue.h"
#include "dvcctl.h"

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
		xml_catalogue(doc, &in);
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
	st = is_csv(format, file) ? csv_export(&c, file) : xml_export(&c, file);
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
