/*
 * agencies.c — the province's units by id (code, name, order), as each worker keeps them
 * while the data version is unchanged: the agencies table's triggers move it (sql/003), so a
 * unit renamed in dvc-admin shows within a second. The officer's pages name the units of a
 * dossier (receiving, holding, of each step of its history) and of the officer's roles from
 * here instead of joining agencies in each statement: MariaDB plans a statement anew at every
 * execution, and every table it joins costs that plan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

struct agency {
	long long	 id;
	char		*code, *name;
	int		 sort;
};

/* What this worker read, sorted by id as the statement reads them. */
static struct agency	*all;
static size_t		 nall, capall;

static void
agencies_clear(void)
{
	size_t	 i;

	for (i = 0; i < nall; i++) {
		free(all[i].code);
		free(all[i].name);
	}
	nall = 0;
}

static int
agency_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct agency	*a;

	(void)arg;
	(void)names;
	(void)lens;
	if (ncols < 4 || cols[0] == NULL || cols[1] == NULL || cols[2] == NULL)
		return 0;
	if (nall == capall) {
		capall = capall == 0 ? 64 : capall * 2;
		all = xrealloc(all, capall * sizeof(*all));
	}
	a = &all[nall++];
	a->id = num(cols[0]);
	a->code = xstrdup(cols[1]);
	a->name = xstrdup(cols[2]);
	a->sort = (int)num(cols[3]);
	return 0;
}

/* At which data version (kept_load()). */
static struct kept	 kept = { -1, CORE_AGENCIES, agency_row, agencies_clear };

int
agencies_load(void)
{
	return kept_load(&kept);
}

static const struct agency *
agency_find(long long id)
{
	size_t	 lo = 0, hi = nall, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (all[mid].id == id)
			return &all[mid];
		if (all[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void
xml_agency(xmlNodePtr parent, const char *code, const char *name, const char *sort,
    long long id)
{
	const struct agency	*a = agency_find(id);
	char			 s[16];

	if (a == NULL)
		return;
	if (code != NULL)
		xml_text(parent, code, a->code);
	if (name != NULL)
		xml_text(parent, name, a->name);
	if (sort != NULL) {
		snprintf(s, sizeof(s), "%d", a->sort);
		xml_text(parent, sort, s);
	}
}

void
agencies_free(void)
{
	agencies_clear();
	free(all);
	all = NULL;
	capall = 0;
	kept.version = -1;
}
