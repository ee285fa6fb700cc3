/*
 * admin.h — what the files of dvc-admin share. home.c shows the state of the portal and the
 * audit log; each area of the back office (the catalogue, units and fields, people, the
 * calendar and the settings, imports) has a file of its own with its handlers, and its
 * statements in a block of sql.c. The enum below has one block per file, in the same order.
 */
#ifndef DVC_ADMIN_H
#define DVC_ADMIN_H

enum stmt {
	/* home.c */
	STMT_CATALOGUE,
	STMT_ACCOUNTS,
	STMT_COUNTS,
	STMT_OFFICERS,
	STMT_HOLIDAYS,
	STMT_AUDIT,
	/* end of home.c */

	/* procedures.c */
	/* end of procedures.c */

	/* units.c */
	/* end of units.c */

	/* people.c */
	/* end of people.c */

	/* calendar.c */
	/* end of calendar.c */

	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

/* The handlers, a block per file, each used by main.c's routes. */

/* home.c */
int	home(struct request *);
int	audit(struct request *);
extern const struct param_spec no_params[], audit_params[];
/* end of home.c */

/* procedures.c */
/* end of procedures.c */

/* units.c */
/* end of units.c */

/* people.c */
/* end of people.c */

/* calendar.c */
/* end of calendar.c */

/* import.c */
/* import.c, import_apply.c: the catalogue's import (a dry run, then the apply) and export. */
struct upload_spec;
int	import_form(struct request *);
int	import_upload(struct request *);
int	import_apply(struct request *);
int	import_export(struct request *);
int	import_schema(struct request *);
extern const struct param_spec import_params[], import_apply_params[];
extern const struct upload_spec import_spec;
/* end of import.c */

#endif /* DVC_ADMIN_H */
