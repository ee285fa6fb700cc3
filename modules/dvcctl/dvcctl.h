/*
 * dvcctl.h — the commands of dvcctl that live in files of their own, and the ids of the
 * statements of main.c's table, which they share.
 */
#ifndef DVCCTL_H
#define DVCCTL_H

enum stmt {
	STMT_APPLIED,
	STMT_RECORD,
	STMT_COUNT_PROCEDURES,
	STMT_USER_EXISTS,
	STMT_USER_INSERT,
	STMT_AGENCY_ID,
	STMT_ROLE_INSERT,
	STMT_FILE_USED,
	STMT_COMMUNE_UPSERT,
	STMT_TABLES,
	STMT_SCHEMA_GRANTS,
	/* purge (purge.c) */
	STMT_PURGE_SIGNINS,
	STMT_PURGE_MAIL_ACCOUNT,
	STMT_PURGE_MAIL_BODIES,
	STMT_PURGE_RESETS,
	STMT_PURGE_TRACK,
	STMT_PURGE_SESSIONS,
	/* drafts expire (drafts.c) */
	STMT_DRAFTS_OLD,
	STMT_DRAFT_FILES,
	STMT_DRAFT_DELETE,
	/* user mfa (mfa.c) */
	STMT_MFA_USER,
	STMT_MFA_SET,
	STMT_MFA_REMOVE,
	STMT_MFA_REMOVE_CODES,
	STMT__MAX
};

/* migrate.c: `dvcctl migrate` (the migrations not applied, then the grants); the .sql files
 * of a folder run in order (seed). 0, or 1. */
int	 migrate(void);
int	 sql_dir_run(const char *dir);

/* users.c: `dvcctl user add …`, argv after "user add"; 0, 1, or 2 for a usage error. */
int	 user_add(int argc, char **argv);

/* mfa.c: `dvcctl user mfa --email EMAIL [--remove]` < key; argv after "user mfa". 0, 1, or 2. */
int	 user_mfa(int argc, char **argv);

/* payments.c: `dvcctl payments reconcile [--minutes N]`; argv holds what follows. */
int	 payments_reconcile(int argc, char **argv);

/* purge.c: `dvcctl purge`, each step's statement (a DELETE or UPDATE … LIMIT 1000) run until
 * it changes fewer rows than that; what goes is said by name. 0, or 1 when one failed. */
struct purge_step {
	size_t		 stmt;
	const char	*what;
};

int	 purge(const struct purge_step *, size_t n);

/* drafts.c: `dvcctl drafts expire [--days N]`; argv from "expire" (getopt's argv[0]). Its statements are
 * main.c's (the ids below). 0, 1 on a failure, 2 on a usage error. */
struct drafts_stmts {
	size_t	 old;		/* takes days: ids of drafts untouched that long, oldest first */
	size_t	 files;		/* takes a dossier: the distinct sha256 of its files */
	size_t	 remove;	/* takes a dossier and days: deletes it if still such a draft */
	size_t	 file_used;	/* takes a sha256: the rows that refer to it */
};
int	 drafts_expire(const struct drafts_stmts *, int argc, char **argv);

/* main.c: the search index afresh from MariaDB (dvcctl reindex); 0 or 1. */
int	 reindex(void);

/* catalogue.c: `dvcctl catalogue export|import …`, argv from "catalogue" on; 2 for a usage
 * error. catalogue_seed(): sql/seed/catalogue.xml imported and applied (dvcctl seed). */
int	 catalogue_main(int argc, char **argv);
int	 catalogue_seed(void);

#endif
