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
	STMT_UNITS_LIST,
	STMT_UNITS_ROW,
	STMT_UNITS_PARENTS,
	STMT_UNITS_CODE_OF,
	STMT_UNITS_ID_OF,
	STMT_UNITS_USES,
	STMT_FIELDS_LIST,
	STMT_FIELDS_ROW,
	STMT_FIELDS_ID_OF,
	STMT_COMMUNES_ALL,
	STMT_COMMUNE_COUNTS,
	STMT_COMMUNE_PROVINCES,
	STMT_COMMUNE_HOME,
	STMT_COMMUNE_INSERT,
	STMT_COMMUNE_UPDATE,
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
/* units.c, units_form.c, units_state.c: the units (agencies) as a tree, a unit's form, its
 * withdrawal, re-activation and removal; fields.c the fields; communes.c the communes and
 * wards import. Every write through core's catalogue_put() / catalogue_drop() /
 * catalogue_log(), by the signed-in administrator (units_who()). */
struct cat_who;
void	units_who(const struct request *, struct cat_who *);
/* <msg> for the view: the confirmation of the write that led here (?msg=saved). */
void	units_msg(struct request *);
int	units_page(struct request *);
int	unit_new_page(struct request *);
int	unit_create(struct request *);
int	unit_page(struct request *);
int	unit_save(struct request *);
int	unit_withdraw(struct request *);
int	unit_activate(struct request *);
int	unit_remove(struct request *);
int	fields_page(struct request *);
int	field_new_page(struct request *);
int	field_create(struct request *);
int	field_page(struct request *);
int	field_save(struct request *);
int	field_remove(struct request *);
int	communes_page(struct request *);
int	communes_check(struct request *);
int	communes_apply(struct request *);
extern const struct param_spec msg_params[], unit_params[], field_params[], communes_params[],
	communes_apply_params[];
extern const struct upload_spec communes_spec;
/* The unit page's data (units_form.c), for units_state.c's refusals too: the unit of r->arg,
 * what refers to it, the units it may hang under; values: its columns as the form's values.
 * 200, 404, or a database failure's status. */
int	unit_data(struct request *, bool values);
/* end of units.c */

/* people.c */
/* end of people.c */

/* calendar.c */
/* end of calendar.c */

#endif /* DVC_ADMIN_H */
