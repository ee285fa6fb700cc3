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
	STMT_PROC_LIST,
	STMT_PROC_COUNT,
	STMT_PROC_FIELDS,
	STMT_PROC_AGENCIES,
	STMT_PROC_VERSIONS,
	STMT_PROC_ROW,
	STMT_PROC_COMPONENTS,
	STMT_PROC_FEES,
	STMT_PROC_EXEMPTIONS,
	STMT_PROC_RECEIVERS,
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
int	proc_list(struct request *);
int	proc_versions(struct request *);
int	proc_new(struct request *);
int	proc_edit(struct request *);
int	proc_save(struct request *);
int	proc_withdraw(struct request *);
int	proc_republish(struct request *);
int	proc_remove(struct request *);
bool	proc_code_ok(const char *);
extern const struct param_spec proc_list_params[], proc_versions_params[], proc_page_params[],
	proc_form_params[], proc_act_params[];
/* end of procedures.c */

/* units.c */
/* end of units.c */

/* people.c */
/* end of people.c */

/* calendar.c */
/* end of calendar.c */

#endif /* DVC_ADMIN_H */
