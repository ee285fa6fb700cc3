/*
 * communes_plan.h — the plan of a communes import (communes_plan.c), shared by communes.c.
 */
#ifndef DVC_COMMUNES_PLAN_H
#define DVC_COMMUNES_PLAN_H

enum plan_action { PLAN_ADD, PLAN_RENAME, PLAN_SAME };

struct plan {
	struct commune_list	  file;		/* the file's records (communes_parse()) */
	struct commune_list	  db;		/* every commune, by code (plan_make()) */
	const struct commune	**was;		/* each file record's in db, or NULL */
	size_t			  nadd, nrename, nsame;
	char			  digest[65];	/* SHA-256 of what it adds and renames, hex */
};

/* Reads the database's communes and compares the file's with them: 0 or a failure. Safe to
 * call again (a transaction run again). */
long	 plan_make(struct plan *);
bool	 plan_is(const struct plan *, size_t i, enum plan_action);
/* <commune action line><code/><province/><name/>[<old_province/><old_name/>]</commune> under
 * parent, the additions first, then the renamings, then the unchanged; the counts as
 * attributes added, renamed, unchanged. */
void	 plan_xml(const struct plan *, xmlNodePtr parent);
/* Writes the additions and renamings, each logged, in the caller's transaction. 0 or a
 * failure. */
long	 plan_apply(const struct plan *, const struct cat_who *);
void	 plan_free(struct plan *);

#endif /* DVC_COMMUNES_PLAN_H */
