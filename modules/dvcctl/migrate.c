/*
 * migrate.c — dvcctl migrate: each sql/NNN_*.sql not recorded in schema_version applied in
 * order, then the programs' account granted, table by table, what it may do; and the SQL
 * files of a folder run in order (dvcctl seed).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dvc.h"
#include "dvcctl.h"

static const char schema_version_sql[] =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
    " name VARCHAR(200) NOT NULL,"
    " applied_at DATETIME NOT NULL"
    ") ENGINE=InnoDB";

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

/* Tables whose rows are a record: the programs add to them, never change or remove a row
 * (a rating is given once: sql/014). */
static const char *const append_only[] = { "dossier_events", "dossier_slips", "dossier_ratings",
    "audit_log", NULL };

static bool
identifier(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n < 65 && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == n;
}

struct grants {
	struct buf	 sql;
	bool		 bad;
};

static int
table_row(void *arg, unsigned ncols, const char *const *names, char *const *cols, const size_t *lens)
{
	struct grants		*g = arg;
	const char *const	*a;
	bool			 record = false;

	(void)names;
	(void)lens;
	if (ncols < 1 || cols[0] == NULL || !identifier(cols[0])) {
		g->bad = true;
		return 1;
	}
	for (a = append_only; *a != NULL; a++)
		record |= strcmp(*a, cols[0]) == 0;
	buf_printf(&g->sql, "GRANT SELECT, INSERT%s ON `%s`.`%s` TO '%s'@'localhost';\n",
	    record ? "" : ", UPDATE, DELETE", conf.db_name, cols[0], conf.db_user);
	return 0;
}

/*
 * The programs' account (db_user, over the unix socket) gets, table by table, what it may
 * do: everything but changing or removing the rows of a record (append_only). A grant on
 * the whole database, from an older set-up, is revoked first: it would allow it all. Only
 * when dvcctl runs as the schema's owner; with one account for all, nothing to grant.
 */
static int
grant_programs(void)
{
	struct grants	 g = { { 0 }, false };
	char		 grantee[200];
	long long	 n = 0;
	int		 rc = 1;

	if (conf.db_owner_user[0] == '\0' || strcmp(conf.db_owner_user, conf.db_user) == 0)
		return 0;
	if (!identifier(conf.db_user) || !identifier(conf.db_name)) {
		log_warn("db_user and db_name must be plain identifiers to grant privileges");
		return 1;
	}
	snprintf(grantee, sizeof(grantee), "'%s'@'localhost'", conf.db_user);
	{
		struct db_arg args[] = { DB_S(grantee), DB_END_ };

		if (db_int(STMT_SCHEMA_GRANTS, args, &n) < 0)
			goto done;
	}
	if (n > 0)
		buf_printf(&g.sql, "REVOKE ALL PRIVILEGES ON `%s`.* FROM %s;\n", conf.db_name, grantee);
	if (db_exec(STMT_TABLES, NULL, table_row, &g) < 0 || g.bad)
		goto done;
	if (g.sql.len > 0 && db_script(g.sql.data, g.sql.len) != 0)
		goto done;
	printf("granted %s its privileges\n", grantee);
	rc = 0;
done:
	buf_free(&g.sql);
	return rc;
}

int
migrate(void)
{
	struct dirent	**files;
	long long	 applied;
	unsigned long	 version;
	int		 n, i, rc = 0;

	if (db_script(schema_version_sql, sizeof(schema_version_sql) - 1) != 0)
		return 1;
	n = sql_files(conf.sql_dir, true, &files);
	for (i = 0; i < n; i++) {
		version = strtoul(files[i]->d_name, NULL, 10);
		{
			struct db_arg args[] = { DB_I((long long)version), DB_S(files[i]->d_name), DB_END_ };
			struct db_arg vargs[] = { DB_I((long long)version), DB_END_ };

			if (rc == 0 && db_int(STMT_APPLIED, vargs, &applied) < 0)
				rc = 1;
			else if (rc == 0 && applied == 0) {
				if (run_file(conf.sql_dir, files[i]->d_name) != 0 ||
				    db_exec(STMT_RECORD, args, NULL, NULL) != 1)
					rc = 1;
				else
					printf("migrated %s\n", files[i]->d_name);
			}
		}
		free(files[i]);
	}
	free(files);
	return rc != 0 ? rc : grant_programs();
}

/* Every .sql file of dir, in the order of their names; 0, or 1 when one failed (the rest not
 * run). */
int
sql_dir_run(const char *dir)
{
	struct dirent	**files;
	int		 n, i, rc = 0;

	n = sql_files(dir, false, &files);
	for (i = 0; i < n; i++) {
		if (rc == 0 && run_file(dir, files[i]->d_name) != 0)
			rc = 1;
		else if (rc == 0)
			printf("loaded %s\n", files[i]->d_name);
		free(files[i]);
	}
	free(files);
	return rc;
}
