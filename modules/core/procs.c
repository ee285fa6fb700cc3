/*
 * procs.c — every procedure's name and resolving unit by id, every version of it (a dossier
 * keeps the version it was submitted under), as each worker keeps them while the data version
 * is unchanged: the procedures table's triggers move it (sql/003), so a procedure renamed in
 * dvc-admin shows within a second. The officer's inbox names the procedure of each row, and
 * the dossier page its own, from here rather than joining procedures in their statements:
 * that join was a quarter of the inbox page's statement (MariaDB plans it at every execution
 * and looks each row up).
 *
 * An id not found can only be a procedure made within the second before the version was last
 * read: its name is left out of that page and the next request reads the table again (not at
 * once: the lookups run inside another statement's rows).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

struct proc {
	long long	 id, agency;
	char		*name;
};

/* What this worker read, sorted by id as the statement reads them. */
static struct proc	*procs;
static size_t		 nprocs, capprocs;

static void
procs_clear(void)
{
	size_t	 i;

	for (i = 0; i < nprocs; i++)
		free(procs[i].name);
	nprocs = 0;
}

static int
proc_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct proc	*p;

	(void)arg;
	(void)names;
	(void)lens;
	if (ncols < 3 || cols[0] == NULL || cols[1] == NULL)
		return 0;
	if (nprocs == capprocs) {
		capprocs = capprocs == 0 ? 1024 : capprocs * 2;
		procs = xrealloc(procs, capprocs * sizeof(*procs));
	}
	p = &procs[nprocs++];
	p->id = num(cols[0]);
	p->name = xstrdup(cols[1]);
	p->agency = cols[2] != NULL ? num(cols[2]) : 0;
	return 0;
}

/* At which data version (kept_load()). */
static struct kept	 kept = { -1, CORE_PROCEDURES, proc_row, procs_clear };

int
procs_load(void)
{
	return kept_load(&kept);
}

static int
proc_cmp(const void *key, const void *elem)
{
	long long		 id = *(const long long *)key;
	const struct proc	*p = elem;

	return id < p->id ? -1 : id > p->id;
}

static const struct proc *
proc_find(long long id)
{
	const struct proc	*p = nprocs > 0 ? bsearch(&id, procs, nprocs, sizeof(*procs), proc_cmp) : NULL;

	if (p == NULL)
		kept.version = -1;	/* read again by the next request */
	return p;
}

void
xml_procedure(xmlNodePtr parent, const char *name, long long id)
{
	const struct proc	*p = proc_find(id);

	if (p != NULL)
		xml_text(parent, name, p->name);
}

long long
procs_agency(long long id)
{
	const struct proc	*p = proc_find(id);

	return p != NULL ? p->agency : 0;
}

void
procs_free(void)
{
	procs_clear();
	free(procs);
	procs = NULL;
	capprocs = 0;
	kept.version = -1;
}
