/*
 * drafts.c — `dvcctl drafts expire [--days N]`: deletes the drafts nobody changed for
 * draft_expire_days days of dvc.conf (or N), what the draft pages and "Hồ sơ của tôi" tell
 * the citizen; with each its rows (files, fees: ON DELETE CASCADE) and then the stored files
 * no row refers to any more. A timer runs it daily (packaging/systemd/dvc-drafts.timer).
 *
 * A draft is deleted by one statement that checks again that it is still a draft and still
 * untouched, so one the citizen changes meanwhile stays. A stored file changed within the
 * last hour is left to `dvcctl gc`: an upload of the same content may have just renamed it
 * into place and not yet written its row. Exit status 0, or 1 when a draft could not be
 * deleted (a row elsewhere still refers to it: logged) or the database failed.
 */
#include <sys/stat.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dvc.h"
#include "dvcctl.h"

#define DRAFTS_BATCH	1000	/* drafts read at a time (the statement's LIMIT) */
#define DRAFTS_FILES	256	/* distinct files of one draft: dossier_max_files at most 1000 */
#define FILE_QUIET	3600	/* seconds a stored file must be unchanged to be removed */

struct ids {
	long long	 id[DRAFTS_BATCH];
	size_t		 n;
};

static int
id_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct ids	*ids = arg;

	(void)names;
	(void)lens;
	if (ncols > 0 && cols[0] != NULL && ids->n < DRAFTS_BATCH)
		ids->id[ids->n++] = num(cols[0]);
	return 0;
}

struct shas {
	char	 hex[DRAFTS_FILES][65];
	size_t	 n;
};

static int
sha_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct shas	*s = arg;

	(void)names;
	if (ncols > 0 && cols[0] != NULL && lens[0] == 64 && s->n < DRAFTS_FILES)
		snprintf(s->hex[s->n++], sizeof(s->hex[0]), "%s", cols[0]);
	return 0;
}

/* Removes the stored file sha256 when no row refers to it and it has been quiet for an hour.
 * 1 when removed, 0 when kept, -1 when the database failed. */
static int
file_forget(const struct drafts_stmts *st, const char *sha256, time_t now)
{
	struct db_arg	 args[] = { DB_S(sha256), DB_END_ };
	char		 path[STORE_PATH_MAX];
	struct stat	 sb;
	long long	 used = 0;

	if (db_int(st->file_used, args, &used) < 0)
		return -1;
	store_path(sha256, path);
	if (used > 0 || lstat(path, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    now - sb.st_mtime < FILE_QUIET)
		return 0;
	if (unlink(path) != 0) {
		log_warn("%s: %s", path, strerror(errno));
		return 0;
	}
	return 1;
}

/* Deletes draft id if it is still one untouched for days, then its files nobody else has.
 * Adds to *drafts and *files; 0, or -1 when it could not be deleted. */
static int
draft_expire(const struct drafts_stmts *st, long long id, int days, unsigned long *drafts,
    unsigned long *files)
{
	struct db_arg	 args[] = { DB_I(id), DB_END_ };
	struct db_arg	 dargs[] = { DB_I(id), DB_I(days), DB_END_ };
	struct shas	*s = xcalloc(1, sizeof(*s));
	time_t		 now = time(NULL);
	long		 rc;
	size_t		 i;
	int		 removed;

	if ((rc = db_exec(st->files, args, sha_row, s)) < 0 ||
	    (rc = db_exec(st->remove, dargs, NULL, NULL)) < 0) {
		log_warn("draft %lld: not deleted (%s)", id, rc == -1 ? "database unavailable" :
		    "another row refers to it, or the statement failed");
		free(s);
		return -1;
	}
	if (rc > 0) {
		(*drafts)++;
		for (i = 0; i < s->n; i++) {
			if ((removed = file_forget(st, s->hex[i], now)) < 0) {
				free(s);
				return -1;
			}
			*files += (unsigned long)removed;
		}
	}
	free(s);
	return 0;
}

int
drafts_expire(const struct drafts_stmts *st, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "days", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	struct ids	*ids;
	unsigned long	 drafts = 0, files = 0, before;
	int		 days = conf.draft_expire_days, c, rc = 0;
	size_t		 i;
	char		*end;

	optind = 0;	/* GNU getopt: start over on the subcommand's arguments */
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'd')
			return 2;
		days = (int)strtol(optarg, &end, 10);
		if (*optarg == '\0' || *end != '\0' || days < 1 || days > 3650) {
			log_warn("--days: 1 to 3650");
			return 2;
		}
	}
	if (optind != argc)
		return 2;
	if (days == 0) {
		printf("draft_expire_days = 0: drafts are kept\n");
		return 0;
	}
	ids = xcalloc(1, sizeof(*ids));
	/* Batch after batch while a batch deletes something: one that only meets drafts that
	 * cannot go would otherwise come back for ever. */
	do {
		struct db_arg args[] = { DB_I(days), DB_END_ };

		ids->n = 0;
		before = drafts;
		if (db_exec(st->old, args, id_row, ids) < 0) {
			rc = 1;
			break;
		}
		for (i = 0; i < ids->n; i++)
			if (draft_expire(st, ids->id[i], days, &drafts, &files) != 0)
				rc = 1;
	} while (ids->n == DRAFTS_BATCH && drafts > before);
	free(ids);
	printf("expired %lu drafts untouched for %d days; removed %lu files from the store\n",
	    drafts, days, files);
	return rc;
}
