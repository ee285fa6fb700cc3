/*
 * dvcctl — the administrator's command line:
 *   dvcctl [--config FILE] migrate   apply, in order, each sql/NNN_*.sql not recorded in schema_version
 *                                    then grant the programs' account what it may do
 * dvcctl connects as the schema's owner (db_owner_user) when dvc.conf names one.
 *   dvcctl [--config FILE] seed      load the demo catalogue, sql/seed/catalogue.xml, into an empty
 *                                    one through the import (catalogue.c), then the SQL files of sql/seed/
 *   dvcctl [--config FILE] catalogue export|import …   the catalogue as XML or CSV (catalogue.c)
 *   dvcctl [--config FILE] reindex   refill the folded search text of every procedure and
 *                                    rebuild the search index (core's search_index.c); run it after
 *                                    every change to the catalogue (seed does)
 *   dvcctl [--config FILE] user add --kind officer|admin|citizen --name NAME --email EMAIL
 *          [--citizen-id N --birth-date YYYY-MM-DD] [--phone N] [--role AGENCY:ROLE]…
 *          creates an account; the password is the first line of standard input
 *   dvcctl [--config FILE] user mfa --email EMAIL [--remove]
 *          gives an officer or administrator a second factor, enabled, whose key (Base32) is
 *          the first line of standard input (mfa.c); one that has a factor is left as it is;
 *          --remove: its factor and recovery codes removed (a phone lost with the codes)
 *   dvcctl [--config FILE] gc        removes uploads in progress and stored files no dossier
 *                                    refers to, when older than a day
 *   dvcctl [--config FILE] communes FILE
 *                                    imports communes and wards: CSV lines code,province,name
 *   dvcctl [--config FILE] payments reconcile [--minutes N]
 *                                    settles payments pending for over N minutes (default 5)
 *                                    from the gateway's answers (payments.c)
 *   dvcctl [--config FILE] purge     removes the personal data the privacy notice promises to
 *                                    remove once it is old enough (purge.c), daily by a timer
 *   dvcctl [--config FILE] drafts expire [--days N]
 *                                    deletes drafts untouched for draft_expire_days (or N)
 *                                    days, with their files (drafts.c)
 */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"
#include "dvcctl.h"
#include "catalogue.h"

static const struct db_stmt_def stmts[STMT__MAX] = {
	/* Whether migration ? was applied: each is looked for, not compared with the highest, so
	 * that one numbered below another that came first (two branches) is applied too. */
	[STMT_APPLIED] = { "SELECT COUNT(*) FROM schema_version WHERE version = ?" },
	[STMT_RECORD] = { "INSERT INTO schema_version (version, name, applied_at)"
	    " VALUES (?, ?, UTC_TIMESTAMP())" },
	[STMT_COUNT_PROCEDURES] = { "SELECT COUNT(*) FROM procedures" },
	/* mfa.c: the account of an address, its kind, whether it has a second factor enabled. */
	[STMT_MFA_USER] = { "SELECT u.id, u.kind, m.enabled_at IS NOT NULL FROM users u"
	    " LEFT JOIN user_mfa m ON m.user_id = u.id WHERE u.email = ?" },
	[STMT_MFA_SET] = { "INSERT INTO user_mfa (user_id, secret, created_at, enabled_at, last_step)"
	    " VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP(), 0) ON DUPLICATE KEY UPDATE"
	    " secret = VALUES(secret), enabled_at = VALUES(enabled_at), last_step = 0" },
	[STMT_MFA_REMOVE] = { "DELETE FROM user_mfa WHERE user_id = ?" },
	[STMT_MFA_REMOVE_CODES] = { "DELETE FROM user_recovery_codes WHERE user_id = ?" },
	[STMT_USER_EXISTS] = { "SELECT COUNT(*) FROM users WHERE email = ? OR citizen_id = ?" },
	/* The administrator gave the address: it counts as verified. */
	[STMT_USER_INSERT] = { "INSERT INTO users (kind, full_name, citizen_id, birth_date, phone, email,"
	    " email_verified_at, password_hash, consent_at, consent_version, created_at, updated_at)"
	    " VALUES (?, ?, NULLIF(?, ''), NULLIF(?, ''), ?, ?, UTC_TIMESTAMP(), ?,"
	    " IF(? = 'citizen', UTC_TIMESTAMP(), NULL),"
	    " IF(? = 'citizen', '1.0', ''), UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
	[STMT_AGENCY_ID] = { "SELECT id FROM agencies WHERE code = ?" },
	[STMT_ROLE_INSERT] = { "INSERT INTO officer_roles (user_id, agency_id, role) VALUES (?, ?, ?)" },
	[STMT_FILE_USED] = { "SELECT COUNT(*) FROM dossier_files WHERE sha256 = ?" },
	[STMT_COMMUNE_UPSERT] = { "INSERT INTO communes (code, province_code, name) VALUES (?, ?, ?)"
	    " ON DUPLICATE KEY UPDATE province_code = VALUES(province_code), name = VALUES(name)" },
	[STMT_TABLES] = { "SELECT table_name FROM information_schema.tables"
	    " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name" },
	/* Privileges on the whole database: what an older set-up granted the programs. */
	[STMT_SCHEMA_GRANTS] = { "SELECT COUNT(*) FROM information_schema.schema_privileges"
	    " WHERE grantee = ? AND table_schema = DATABASE()" },
	/* purge (purge.c): what the privacy notice promises to remove, by age (domain.h), a
	 * thousand rows a statement so that no lock is held long. */
	[STMT_PURGE_SIGNINS] = { "DELETE FROM login_attempts"
	    " WHERE at < UTC_TIMESTAMP() - INTERVAL " DVC_STR(SIGNIN_KEEP_MONTHS) " MONTH LIMIT 1000" },
	/* A message about no dossier (a reset link, a password changed), sent or given up. */
	[STMT_PURGE_MAIL_ACCOUNT] = { "DELETE FROM outbox WHERE dossier_id IS NULL"
	    " AND COALESCE(sent_at, failed_at) < UTC_TIMESTAMP() - INTERVAL " DVC_STR(MAIL_BODY_KEEP_DAYS) " DAY"
	    " LIMIT 1000" },
	/* A dossier's message: the row stays as the record that the applicant was told (to whom,
	 * when, the subject with the dossier's code); what it said is the dossier's history. */
	[STMT_PURGE_MAIL_BODIES] = { "UPDATE outbox SET body = '' WHERE body <> ''"
	    " AND COALESCE(sent_at, failed_at) < UTC_TIMESTAMP() - INTERVAL " DVC_STR(MAIL_BODY_KEEP_DAYS) " DAY"
	    " LIMIT 1000" },
	[STMT_PURGE_RESETS] = { "DELETE FROM password_resets"
	    " WHERE created_at < UTC_TIMESTAMP() - INTERVAL " DVC_STR(RESET_KEEP_DAYS) " DAY LIMIT 1000" },
	[STMT_PURGE_TRACK] = { "DELETE FROM track_lookups"
	    " WHERE at < UTC_TIMESTAMP() - INTERVAL " DVC_STR(TRACK_KEEP_HOURS) " HOUR LIMIT 1000" },
	[STMT_PURGE_SESSIONS] = { "DELETE FROM sessions WHERE expires_at < UTC_TIMESTAMP()"
	    " OR last_seen < UTC_TIMESTAMP() - INTERVAL " DVC_STR(SESSION_IDLE_MINUTES) " MINUTE"
	    " LIMIT 1000" },
	/* Drafts nobody changed for ? days (sql/020's index dossiers_draft_age), a batch. */
	[STMT_DRAFTS_OLD] = { "SELECT id FROM dossiers WHERE status = " SQL_DS(DRAFT)
	    " AND updated_at < UTC_TIMESTAMP() - INTERVAL ? DAY ORDER BY updated_at LIMIT 1000" },
	[STMT_DRAFT_FILES] = { "SELECT DISTINCT sha256 FROM dossier_files WHERE dossier_id = ?" },
	/* Its files' and fees' rows go with it (ON DELETE CASCADE); checked again here, so a
	 * draft changed or submitted since it was read stays. */
	[STMT_DRAFT_DELETE] = { "DELETE FROM dossiers WHERE id = ? AND status = " SQL_DS(DRAFT)
	    " AND updated_at < UTC_TIMESTAMP() - INTERVAL ? DAY" },
};

/* The folded search text of every procedure, the search index afresh, the catalogue's pages
 * dropped (core's catalogue_reindex(), which dvc-admin runs after each change too). */
int
reindex(void)
{
	size_t	 n = 0;

	if (catalogue_reindex(&n) != 0)
		return 1;
	printf("reindexed %zu procedures; search index %s\n", n, conf.search_index);
	return 0;
}

static int
seed(void)
{
	long long	 count = 0;
	char		 dir[1024];
	int		 rc;

	if (db_int(STMT_COUNT_PROCEDURES, NULL, &count) < 0)
		return 1;
	if (count > 0) {
		printf("catalogue already has %lld procedures: seed not loaded\n", count);
		return 0;
	}
	if (catalogue_seed() != 0)
		return 1;
	snprintf(dir, sizeof(dir), "%s/seed", conf.sql_dir);
	rc = sql_dir_run(dir);
	return rc != 0 ? rc : reindex();
}

static void usage(void) __attribute__((noreturn));

#define GC_AGE	(24 * 3600)	/* what may still be in use is younger than this */

/* Removes path if older than a day and, when check is set, not referred to by a dossier. */
static int
gc_file(const char *path, const char *name, bool check, time_t now, unsigned long *removed)
{
	struct stat	 st;
	long long	 used = 0;

	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode) || now - st.st_mtime < GC_AGE)
		return 0;
	if (check) {
		struct db_arg args[] = { DB_S(name), DB_END_ };

		if (strlen(name) != 64 || strspn(name, "0123456789abcdef") != 64)
			return 0;	/* not ours: leave it */
		if (db_int(STMT_FILE_USED, args, &used) < 0)
			return -1;
		if (used > 0)
			return 0;
	}
	if (unlink(path) != 0) {
		log_warn("%s: %s", path, strerror(errno));
		return 0;
	}
	(*removed)++;
	return 0;
}

static int
gc(void)
{
	DIR		*top, *sub;
	struct dirent	*e, *f;
	char		 dir[1024], path[1400];
	time_t		 now = time(NULL);
	unsigned long	 removed = 0;
	bool		 tmp;

	if ((top = opendir(conf.store_dir)) == NULL)
		log_fatal("%s: %s", conf.store_dir, strerror(errno));
	while ((e = readdir(top)) != NULL) {
		tmp = strcmp(e->d_name, "tmp") == 0;
		if (!tmp && (strlen(e->d_name) != 2 || strspn(e->d_name, "0123456789abcdef") != 2))
			continue;
		snprintf(dir, sizeof(dir), "%s/%s", conf.store_dir, e->d_name);
		if ((sub = opendir(dir)) == NULL)
			continue;
		while ((f = readdir(sub)) != NULL) {
			if (f->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", dir, f->d_name);
			if (gc_file(path, f->d_name, !tmp, now, &removed) != 0) {
				closedir(sub);
				closedir(top);
				return 1;
			}
		}
		closedir(sub);
	}
	closedir(top);
	printf("removed %lu files\n", removed);
	return 0;
}

/* Imports communes: "code,province,name" lines; # comments and a header line are skipped. */
static int
communes(const char *file)
{
	FILE		*f;
	char		 line[512], *code, *province, *name, *save;
	unsigned long	 n = 0;
	int		 lineno = 0, rc = 0;

	if ((f = fopen(file, "r")) == NULL)
		log_fatal("%s: %s", file, strerror(errno));
	if (db_script("START TRANSACTION", 17) != 0)
		return 1;
	while (rc == 0 && fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0' || strncmp(line, "code,", 5) == 0)
			continue;
		code = strtok_r(line, ",", &save);
		province = strtok_r(NULL, ",", &save);
		name = strtok_r(NULL, "", &save);
		if (code == NULL || province == NULL || name == NULL || strlen(code) != 5 ||
		    strspn(code, "0123456789") != 5 || strlen(province) != 2 ||
		    !text_valid_utf8(name, strlen(name))) {
			log_warn("%s:%d: expected code (5 digits),province (2 digits),name", file, lineno);
			rc = 1;
			break;
		}
		struct db_arg args[] = { DB_S(code), DB_S(province), DB_S(name), DB_END_ };

		if (db_exec(STMT_COMMUNE_UPSERT, args, NULL, NULL) < 0)
			rc = 1;
		else
			n++;
	}
	fclose(f);
	if (db_script(rc == 0 ? "COMMIT" : "ROLLBACK", rc == 0 ? 6 : 8) != 0)
		return 1;
	if (rc == 0)
		printf("imported %lu communes\n", n);
	return rc;
}

static void
usage(void)
{
	fprintf(stderr, "usage: dvcctl [--config FILE] migrate | seed | reindex | gc | purge\n"
	    "       dvcctl [--config FILE] catalogue export [--format xml|csv] [FILE]\n"
	    "       dvcctl [--config FILE] catalogue import [--apply] [--format xml|csv] FILE\n"
	    "       dvcctl [--config FILE] catalogue withdraw|remove PROCEDURE_CODE\n"
	    "       dvcctl [--config FILE] communes FILE.csv\n"
	    "       dvcctl [--config FILE] payments reconcile [--minutes N]\n"
	    "       dvcctl [--config FILE] drafts expire [--days N]\n"
	    "       dvcctl [--config FILE] user add --kind officer|admin|citizen --name NAME\n"
	    "              --email EMAIL [--citizen-id N --birth-date YYYY-MM-DD] [--phone N]\n"
	    "              [--role AGENCY_CODE:receiver|processor|approver]... < password\n"
	    "       dvcctl [--config FILE] user mfa --email EMAIL < key (Base32)\n"
	    "       dvcctl [--config FILE] user mfa --email EMAIL --remove\n");
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
	while ((c = getopt_long(argc, argv, "+c:", opts, NULL)) != -1) {
		if (c != 'c')
			usage();
		config = optarg;
	}
	if (optind >= argc)
		usage();
	conf_load(config != NULL ? config : "/etc/dvc/dvc.conf");
	if (sodium_init() < 0)
		log_fatal("libsodium does not initialise");
	db_init(stmts, STMT__MAX);
	db_as_owner();
	if (optind + 2 <= argc && strcmp(argv[optind], "user") == 0 && strcmp(argv[optind + 1], "add") == 0) {
		if ((rc = user_add(argc - optind - 1, argv + optind + 1)) == 2)
			usage();
	} else if (optind + 2 <= argc && strcmp(argv[optind], "user") == 0 &&
	    strcmp(argv[optind + 1], "mfa") == 0) {
		if ((rc = user_mfa(argc - optind - 1, argv + optind + 1)) == 2)
			usage();
	} else if (optind + 2 == argc && strcmp(argv[optind], "communes") == 0)
		rc = communes(argv[optind + 1]);
	else if (optind + 2 <= argc && strcmp(argv[optind], "catalogue") == 0) {
		if ((rc = catalogue_main(argc - optind, argv + optind)) == 2)
			usage();
	} else if (optind + 2 <= argc && strcmp(argv[optind], "payments") == 0 &&
	    strcmp(argv[optind + 1], "reconcile") == 0)
		rc = payments_reconcile(argc - optind - 2, argv + optind + 2);
	else if (optind + 2 <= argc && strcmp(argv[optind], "drafts") == 0 &&
	    strcmp(argv[optind + 1], "expire") == 0) {
		static const struct drafts_stmts ds = {
			STMT_DRAFTS_OLD, STMT_DRAFT_FILES, STMT_DRAFT_DELETE, STMT_FILE_USED,
		};

		if ((rc = drafts_expire(&ds, argc - optind - 1, argv + optind + 1)) == 2)
			usage();
	} else if (optind + 1 != argc)
		usage();
	else if (strcmp(argv[optind], "gc") == 0)
		rc = gc();
	else if (strcmp(argv[optind], "purge") == 0) {
		static const struct purge_step steps[] = {
			{ STMT_PURGE_SIGNINS, "sign-in records" },
			{ STMT_PURGE_MAIL_ACCOUNT, "account messages" },
			{ STMT_PURGE_MAIL_BODIES, "message bodies" },
			{ STMT_PURGE_RESETS, "password reset requests" },
			{ STMT_PURGE_TRACK, "lookup counters" },
			{ STMT_PURGE_SESSIONS, "ended sessions" },
		};

		rc = purge(steps, sizeof(steps) / sizeof(steps[0]));
	}
	else if (strcmp(argv[optind], "migrate") == 0)
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
