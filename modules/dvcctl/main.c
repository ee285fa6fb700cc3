/*
 * dvcctl — the administrator's command line:
 *   dvcctl [--config FILE] migrate   apply sql/NNN_*.sql not yet recorded in schema_version
 *   dvcctl [--config FILE] seed      load the files of sql/seed/ into an empty catalogue, then reindex
 *   dvcctl [--config FILE] reindex   refill the folded search text of every procedure
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

enum stmt {
	STMT_APPLIED,
	STMT_RECORD,
	STMT_COUNT_PROCEDURES,
	STMT_REINDEX_READ,
	STMT_REINDEX_WRITE,
	STMT__MAX
};

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_APPLIED] = { "SELECT COALESCE(MAX(version), 0) FROM schema_version" },
	[STMT_RECORD] = { "INSERT INTO schema_version (version, name, applied_at)"
	    " VALUES (?, ?, UTC_TIMESTAMP())" },
	[STMT_COUNT_PROCEDURES] = { "SELECT COUNT(*) FROM procedures" },
	[STMT_REINDEX_READ] = { "SELECT p.id, p.name, p.code, f.name, a.name FROM procedures p"
	    " JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id" },
	[STMT_REINDEX_WRITE] = { "UPDATE procedures SET name_folded = ?, search_text = ? WHERE id = ?" },
};

static const char schema_version_sql[] =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
    " name VARCHAR(200) NOT NULL,"
    " applied_at DATETIME NOT NULL"
    ") ENGINE=InnoDB";

static int
number_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	(void)names;
	(void)lens;
	*(unsigned long *)arg = ncols > 0 && cols[0] != NULL ? strtoul(cols[0], NULL, 10) : 0;
	return 0;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	*f;
	char	*data;
	long	 size;

	if ((f = fopen(path, "rb")) == NULL)
		log_fatal("%s: %s", path, strerror(errno));
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		log_fatal("%s: cannot read", path);
	data = xmalloc((size_t)size + 1);
	if (fread(data, 1, (size_t)size, f) != (size_t)size)
		log_fatal("%s: short read", path);
	data[size] = '\0';
	fclose(f);
	*len = (size_t)size;
	return data;
}

static int
by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* SQL files in dir, sorted; "NNN_*.sql" only when numbered is set. */
static int
sql_files(const char *dir, bool numbered, struct dirent ***list)
{
	struct dirent	**all;
	int		 n, i, kept = 0;

	if ((n = scandir(dir, &all, NULL, by_name)) < 0)
		log_fatal("%s: %s", dir, strerror(errno));
	for (i = 0; i < n; i++) {
		const char	*name = all[i]->d_name;
		size_t		 len = strlen(name);
		bool		 ok = len > 4 && strcmp(name + len - 4, ".sql") == 0;

		if (numbered)
			ok = ok && len > 8 && strspn(name, "0123456789") == 3 && name[3] == '_';
		if (ok)
			all[kept++] = all[i];
		else
			free(all[i]);
	}
	*list = all;
	return kept;
}

static int
run_file(const char *dir, const char *name)
{
	char	 path[1024];
	char	*sql;
	size_t	 len;
	int	 rc;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	sql = read_file(path, &len);
	rc = db_script(sql, len);
	free(sql);
	if (rc != 0)
		log_warn("%s failed", path);
	return rc;
}

static int
migrate(void)
{
	struct dirent	**files;
	unsigned long	 applied = 0, version;
	int		 n, i, rc = 0;

	if (db_script(schema_version_sql, sizeof(schema_version_sql) - 1) != 0)
		return 1;
	if (db_exec(STMT_APPLIED, NULL, number_row, &applied) < 0)
		return 1;
	n = sql_files(conf.sql_dir, true, &files);
	for (i = 0; i < n; i++) {
		version = strtoul(files[i]->d_name, NULL, 10);
		if (rc == 0 && version > applied) {
			struct db_arg args[] = { DB_I((long long)version), DB_S(files[i]->d_name), DB_END_ };

			if (run_file(conf.sql_dir, files[i]->d_name) != 0 ||
			    db_exec(STMT_RECORD, args, NULL, NULL) != 1)
				rc = 1;
			else
				printf("migrated %s\n", files[i]->d_name);
		}
		free(files[i]);
	}
	free(files);
	return rc;
}

struct folded {
	long long	 id;
	char		 name[1024];
	char		 text[2048];
};

struct reindex_ctx {
	struct folded	*rows;
	size_t		 n, cap;
};

static int
reindex_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct reindex_ctx	*ctx = arg;
	struct folded		*f;
	size_t			 o;
	unsigned		 i;

	(void)names;
	if (ctx->n == ctx->cap) {
		ctx->cap = ctx->cap ? ctx->cap * 2 : 1024;
		ctx->rows = xrealloc(ctx->rows, ctx->cap * sizeof(*ctx->rows));
	}
	f = &ctx->rows[ctx->n++];
	f->id = strtoll(cols[0], NULL, 10);
	text_fold(cols[1], lens[1], f->name, sizeof(f->name));
	/* Name, code, field and agency: "ho tich" finds every procedure of Hộ tịch. */
	o = 0;
	for (i = 1; i < ncols && o + 2 < sizeof(f->text); i++) {
		if (o > 0)
			f->text[o++] = ' ';
		o += text_fold(cols[i], lens[i], f->text + o, sizeof(f->text) - o);
	}
	f->text[o] = '\0';
	return 0;
}

static int
reindex(void)
{
	struct reindex_ctx	 ctx = { 0 };
	size_t			 i;
	int			 rc = 0;

	if (db_exec(STMT_REINDEX_READ, NULL, reindex_row, &ctx) < 0)
		return 1;
	if (db_script("START TRANSACTION", 17) != 0)
		return 1;
	for (i = 0; i < ctx.n && rc == 0; i++) {
		struct db_arg args[] = { DB_S(ctx.rows[i].name), DB_S(ctx.rows[i].text),
		    DB_I(ctx.rows[i].id), DB_END_ };

		if (db_exec(STMT_REINDEX_WRITE, args, NULL, NULL) < 0)
			rc = 1;
	}
	if (db_script(rc == 0 ? "COMMIT" : "ROLLBACK", rc == 0 ? 6 : 8) != 0)
		rc = 1;
	free(ctx.rows);
	if (rc == 0)
		printf("reindexed %zu procedures\n", ctx.n);
	return rc;
}

static int
seed(void)
{
	struct dirent	**files;
	unsigned long	 count = 0;
	char		 dir[1024];
	int		 n, i, rc = 0;

	if (db_exec(STMT_COUNT_PROCEDURES, NULL, number_row, &count) < 0)
		return 1;
	if (count > 0) {
		printf("catalogue already has %lu procedures: seed not loaded\n", count);
		return 0;
	}
	snprintf(dir, sizeof(dir), "%s/seed", conf.sql_dir);
	n = sql_files(dir, false, &files);
	for (i = 0; i < n; i++) {
		if (rc == 0 && run_file(dir, files[i]->d_name) != 0)
			rc = 1;
		else if (rc == 0)
			printf("loaded %s\n", files[i]->d_name);
		free(files[i]);
	}
	free(files);
	return rc != 0 ? rc : reindex();
}

static void usage(void) __attribute__((noreturn));

static void
usage(void)
{
	fprintf(stderr, "usage: dvcctl [--config FILE] migrate | seed | reindex\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char	*config = getenv("DVC_CONF");
	int		 c, rc;

	log_init("dvcctl");
	while ((c = getopt_long(argc, argv, "c:", opts, NULL)) != -1) {
		if (c != 'c')
			usage();
		config = optarg;
	}
	if (optind + 1 != argc)
		usage();
	conf_load(config != NULL ? config : "/etc/dvc/dvc.conf");
	db_init(stmts, STMT__MAX);
	if (strcmp(argv[optind], "migrate") == 0)
		rc = migrate();
	else if (strcmp(argv[optind], "seed") == 0)
		rc = seed();
	else if (strcmp(argv[optind], "reindex") == 0)
		rc = reindex();
	else
		usage();
	db_close();
	return rc;
}
