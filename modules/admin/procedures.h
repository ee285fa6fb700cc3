/*
 * procedures.h — what the files of the procedures editor share (procedures*.c): one version
 * of a procedure read as a catalogue record, a record shown in the page (as a form's values or
 * as a read-only <procedure>), the choices of the form, and what follows every change.
 */
#ifndef DVC_ADMIN_PROCEDURES_H
#define DVC_ADMIN_PROCEDURES_H

#include "catalogue.h"

#define PROC_LIST_PAGE	20	/* procedures a page of the list */
#define PROC_MAX_ROWS	60	/* rows of one list of the form */

/* The version of code (0: its last) into *p, appended to list (a CAT_PROC record with its
 * lists, its id and version); *current whether it is the current one. 1 when found, 0 when
 * the code has no such version, or what db_exec() returns. */
long	 proc_read(const char *code, long long version, struct cat_list *list, bool *current);

/* Every column and item of p as the form's values ("fees.2.amount"), and the number of rows
 * each list shows: its items and blank ones (extra[s] of list s). */
void	 proc_form_values(struct request *, const struct cat_rec *p, const unsigned extra[CAT__SUBS]);
/* p as <procedure> under parent, each column an element, each list's items as <item>. */
void	 proc_xml(xmlNodePtr parent, const struct cat_rec *p);
/* The form's choices: <fields>, <agencies>. What xml_rows() returns. */
long	 proc_choices(struct request *);

/* After a change was committed: the search index and the pages cached (catalogue_reindex()). */
void	 proc_changed(const char *code);

#endif /* DVC_ADMIN_PROCEDURES_H */
