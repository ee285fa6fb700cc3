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
	STMT_PEOPLE_ALL,
	STMT_PEOPLE_NAME,
	STMT_PEOPLE_CCCD,
	STMT_PEOPLE_EMAIL,
	STMT_PEOPLE_PHONE,
	STMT_PERSON,
	STMT_PERSON_ROLES,
	STMT_PEOPLE_UNITS,
	STMT_PERSON_JSON,
	STMT_PERSON_LOCK,
	STMT_ADMINS_LEFT,
	STMT_PERSON_DISABLE,
	STMT_PERSON_LINK_VOID,
	STMT_PERSON_LINK_INSERT,
	STMT_PERSON_MFA_DELETE,
	STMT_PERSON_RECOVERY_DELETE,
	STMT_ROLE_ADD,
	STMT_ROLE_REMOVE,
	STMT_UNIT_KNOWN,
	STMT_EMAIL_TAKEN,
	STMT_STAFF_INSERT,
	/* end of people.c */

	/* calendar.c (calendar.c, calendar_edit.c, settings.c) */
	STMT_CAL_YEAR,
	STMT_CAL_DAY,
	STMT_CAL_JSON,
	STMT_CAL_INSERT,
	STMT_CAL_UPDATE,
	STMT_CAL_DELETE,
	STMT_SET_ALL,
	STMT_SET_MINUTES,
	STMT_SET_FLAG,
	/* end of calendar.c */

	/* forms.c */
	STMT_FORMS_USED,
	STMT_FORM_USED_BY,
	/* end of forms.c */

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
/* units.c, units_form.c, units_state.c: the units (agencies) as a tree, a unit's form, its
 * withdrawal, re-activation and removal; fields.c the fields; communes.c the communes and
 * wards import. Every write through core's catalogue_put() / catalogue_drop() /
 * catalogue_log(), by the signed-in administrator (catalogue_who()). */
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

/* people.c: the people pages (search, a person, locks, the set-password link, officers'
 * roles, new staff accounts), in people.c, people_act.c, people_roles.c and people_new.c. */
int	people(struct request *);
int	person(struct request *);
int	person_lock(struct request *);
int	person_unlock(struct request *);
int	person_link(struct request *);
int	person_mfa_reset(struct request *);
int	role_add(struct request *);
int	role_remove(struct request *);
int	staff_page(struct request *);
int	staff_post(struct request *);
extern const struct param_spec people_params[], person_params[], role_params[], staff_params[],
	mfa_reset_params[];
extern const char *const people_views[];
/* The account of the URL's id (/admin/people/{id}) with what the page shows of it, its roles
 * and the units to choose from; the form's errors stay. 200, 404 or a database status. */
int	person_show(struct request *, unsigned long long id);
/* The same page for a change refused (its message added by the caller): status, shown with the
 * page (keep_view), or what person_show() answered instead. */
int	person_refused(struct request *, unsigned long long id, int status);
/* In the caller's transaction: the account as the audit log keeps it (JSON, never the
 * password's hash nor the whole CCCD) into out, emptied first ("" when there is none); and
 * an entry of the log, by the signed-in administrator actor, action "add" or "change", before
 * and after ("" for none). 0, or what db_exec() returned. */
long	person_json(unsigned long long id, struct buf *out);
long	person_audit(unsigned long long actor, const char *action, unsigned long long id,
	    const char *before, const char *after);
/* people_act.c: the message with a fresh link to set the password of the account of name
 * (new_kind: a new account's first, "officer" or "admin"; else NULL) into *doc, the caller
 * frees it; the token's SHA-256 into
 * hash, the token itself nowhere else. Then, in the caller's transaction, the link recorded
 * for account id from the address ip (the links sent before voided) and the message queued
 * to email: 0, or what db_exec() returned. */
void	person_link_mail(const char *name, const char *new_kind, xmlDocPtr *doc,
	    unsigned char hash[crypto_hash_sha256_BYTES]);
long	person_link_queue(unsigned long long id, const unsigned char *hash, const char *ip,
	    xmlDocPtr mail, const char *email);
/* people_roles.c: whether role is one an officer holds (receiver, processor, approver); and
 * whether an agency has the code (*known). 0, or what db_exec() returned. */
bool	role_ok(const char *role);
long	unit_known(const char *code, bool *known);
/* end of people.c */

/* calendar.c */
int	calendar_page(struct request *);
int	calendar_fill(struct request *, int year);
int	calendar_add(struct request *);
int	calendar_change(struct request *);
int	calendar_remove(struct request *);
int	calendar_range(struct request *);
int	calendar_copy(struct request *);
int	settings_page(struct request *);
int	settings_post(struct request *);
long	calendar_audit(unsigned long long user, const char *action, const char *kind,
	    const char *code, const char *before, const char *after);
/* calendar_edit.c's helpers, for calendar_copy.c: a day number's date (YYYY-MM-DD) and
 * year, whether it is a Saturday or Sunday, its JSON for the audit log ("" when not in the
 * calendar), the year view again with the form's errors, and one day's write with its audit
 * row inside a transaction (add, change or remove; 1 when missing or already there). */
#define CAL_JSON_MAX	2048
struct day_tx {
	unsigned long long	 user;
	const char		*action;	/* add, change, remove */
	int32_t			 day;
	const char		*kind, *name;
	int			 projected;
	bool			 missing, duplicate;
};
void	day_text(int32_t day, char out[16]);
int	day_year(int32_t day);
bool	is_weekend(int32_t day);
long	day_json(int32_t day, char *out);
long	day_body(void *);
int	calendar_refused(struct request *, const char *form, int32_t day, int status);
extern const struct param_spec calendar_params[], calendar_day_params[], calendar_remove_params[],
	calendar_range_params[], calendar_copy_params[], settings_params[];
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

/* forms.c */
/* forms.c: the form templates citizens download; uploaded ones under the store's FORMS_DIR,
 * written "u/NAME" in the catalogue and served by nginx at /forms/NAME. */
#define FORMS_DIR	"forms"
int	forms_page(struct request *);
int	forms_upload(struct request *);
int	forms_remove(struct request *);
/* Appends <templates><template file="…"/>…</templates> to parent: every template a component
 * may name (shipped, then uploaded as "u/NAME"). */
void	forms_list_xml(struct request *, xmlNodePtr parent);
extern const struct param_spec forms_params[], forms_remove_params[];
extern const struct upload_spec forms_spec;
/* end of forms.c */

#endif /* DVC_ADMIN_H */
