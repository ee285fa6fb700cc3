/* procedures_form.h — the procedure form read back and checked (procedures_parse.c). */
#ifndef DVC_ADMIN_PROCEDURES_FORM_H
#define DVC_ADMIN_PROCEDURES_FORM_H

/* The form's inputs into p (a record of cat_add(), its defaults in place), code its code:
 * the columns, the boxes of the sets, each list's rows but the blank ones. 0, or 400 when
 * the rows are not this form's. */
int	 proc_parse(struct request *, struct cat_rec *p, const char *code);
/* Each value of p as the catalogue's schema wants it: a form_error() for each problem. */
void	 proc_check(struct request *, const struct cat_rec *p);

#endif /* DVC_ADMIN_PROCEDURES_FORM_H */
