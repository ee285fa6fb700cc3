/*
 * catalogue.c — `dvcctl catalogue export [--format xml|csv] [FILE]` and
 * `dvcctl catalogue import [--apply] [--format xml|csv] FILE`: the whole catalogue (units,
 * fields, the current procedures) as XML valid against sql/catalogue.rng, or as CSV (core's
 * catalogue_xml.c, catalogue_csv.c, catalogue_read.c: the same bytes and checks as dvc-admin's
 * upload and download); `dvcctl catalogue withdraw|remove CODE` for one procedure. An import
 * reads and checks the whole file first (well-formed, valid, every code known and given once,
 * the procedures table's rules) and lists every problem with its line in English (core's
 * catalogue_problem.c, whose codes dvc-admin words in Vietnamese), changing nothing; then
 * lists what would be added, changed (and what of it) and withdrawn. With --apply it does
 * that in one transaction, every procedure through core's version rule and every write in
 * the audit log, then rebuilds the search index (core's catalogue_reindex()). `dvcctl seed`
 * loads the demo catalogue, sql/seed/catalogue.xml, through the same path.
 */
#include <errno.h>
#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dvc.h"
#include "catalogue.h"
#include "dvcctl.h"

/* The problems of a file, each printed as it is found, in English; the count decides. */
struct problems {
	const char	*file;
	unsigned	 n;
};

static void
problem(void *arg, const struct cat_problem *p)
{
	struct problems	*pr = arg;
	struct buf	 b = { 0 };

	cat_problem_text(&b, p);
	if (p->line > 0)
		fprintf(stderr, "%s:%u: %s\n", pr->file, p->line, buf_cstr(&b));
	else
		fprintf(stderr, "%s: %s\n", pr->file, buf_cstr(&b));
	buf_free(&b);
	pr->n++;
}

/* The file's bytes into b: 0, or a problem reported. */
static int
read_file(const char *file, struct buf *b, struct problems *pr)
{
	FILE		*f;
	char		 chunk[65536];
	size_t		 n;
	struct cat_problem p = { CATP_UNREADABLE, 0, NULL, NULL, NULL, CATALOGUE_FILE_MAX_MB, NULL };

	if ((f = fopen(file, "rb")) == NULL) {
		p.detail = strerror(errno);
		problem(pr, &p);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 &&
	    b->len + n <= (size_t)CATALOGUE_FILE_MAX_MB * 1024 * 1024)
		buf_put(b, chunk, n);
	if (n > 0)
		p.id = CATP_TOO_BIG;
	else if (ferror(f))
		p.detail = "cannot be read";
	fclose(f);
	if (p.id == CATP_TOO_BIG || p.detail != NULL) {
		problem(pr, &p);
		return -1;
	}
	return 0;
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
	struct buf	 text = { 0 };
	char		 who_s[200];
	struct cat_who	 who = { 0, who_s, "dvcctl catalogue import" };
	long		 rc;
	int		 st = 1;

	if (read_file(file, &text, &pr) == 0)
		catalogue_read(text.data, text.len, is_csv(format, file) ? CAT_FORMAT_CSV :
		    CAT_FORMAT_XML, &in, problem, &pr);
	buf_free(&text);
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

/* The export's bytes (core's, as dvc-admin's download) into file ("-": standard output). */
static int
export(const char *file, const char *format)
{
	struct catalogue c;
	struct buf	 b = { 0 };
	FILE		*f;
	int		 st = 1;

	if (catalogue_load(&c) < 0)
		return 1;
	if (is_csv(format, file))
		catalogue_csv_write(&c, &b);
	else if (catalogue_xml_write(&c, &b) != 0)
		goto done;
	f = strcmp(file, "-") == 0 ? stdout : fopen(file, "wb");
	if (f == NULL || fwrite(b.data, 1, b.len, f) != b.len || (f == stdout ? fflush(f) : fclose(f)) != 0)
		log_warn("%s: cannot write: %s", file, strerror(errno));
	else
		st = 0;
done:
	buf_free(&b);
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
