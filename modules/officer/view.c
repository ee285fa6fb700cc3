/*
 * view.c — one dossier as the officer handles it (/officer/dossiers/{id}): the applicant and
 * the request, every file (opened through dvc-files), the fees, the due date with the
 * working time used and left, the full history (the process-control slip, Form 6), the
 * slips issued, and exactly the actions the officer's roles allow from its status.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "officer.h"

struct found {
	xmlNodePtr		 parent, row;
	long long		 version, used, started, due, holder, resolving;
	bool			 claim, payments, feedback;	/* has any */
	struct dossier_offer	 offer;
	char			 code[48];
};

static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct found	*f = arg;

	f->row = xml_row_append(f->parent, "dossier", ncols, names, cols, lens);
	xml_agency(f->row, "agency_code", "agency_name", NULL, num(row_get(ncols, names, cols, "agency_id")));
	xml_agency(f->row, NULL, "holder_name", NULL, num(row_get(ncols, names, cols, "holder_agency_id")));
	f->version = num(row_get(ncols, names, cols, "version"));
	f->used = num(row_get(ncols, names, cols, "clock_used_min"));
	f->started = num(row_get(ncols, names, cols, "clock_started_ts"));
	f->due = num(row_get(ncols, names, cols, "due_ts"));
	f->holder = num(row_get(ncols, names, cols, "holder_agency_id"));
	xml_procedure(f->row, "procedure_name", num(row_get(ncols, names, cols, "_procedure")));
	f->resolving = procs_agency(num(row_get(ncols, names, cols, "_procedure")));
	f->offer.status = (int)num(row_get(ncols, names, cols, "status"));
	f->offer.owed = num(row_get(ncols, names, cols, "owed"));
	f->offer.awaiting = num(row_get(ncols, names, cols, "awaiting_approval")) == 1;
	f->offer.user = (unsigned long long)num(row_get(ncols, names, cols, "user_id"));
	f->offer.assignee = (unsigned long long)num(row_get(ncols, names, cols, "assignee_id"));
	f->offer.claim_pending = num(row_get(ncols, names, cols, "claim_pending")) == 1;
	f->offer.roles = (unsigned)num(row_get(ncols, names, cols, "officer_roles"));
	f->claim = row_get(ncols, names, cols, "claim_pending") != NULL;
	f->payments = num(row_get(ncols, names, cols, "has_payments")) == 1;
	f->feedback = num(row_get(ncols, names, cols, "has_feedback")) == 1;
	snprintf(f->code, sizeof(f->code), "%s", row_get(ncols, names, cols, "code") != NULL ?
	    row_get(ncols, names, cols, "code") : "");
	return 1;
}

/* The clock as the officer reads it: working minutes used, and left before the due date
 * (negative when late), while it runs or is stopped (core's dossier_clock_read()). */
static int
clock_data(xmlNodePtr dossier, const struct found *f)
{
	struct dossier_clock	 c = { .used_min = f->used, .started = (time_t)f->started,
	    .due = (time_t)f->due, .status = f->offer.status };
	char			 s[32];
	int			 st;

	if (f->due == 0)
		return 0;
	if ((st = dossier_clock_read(&c)) != 0)
		return st;
	snprintf(s, sizeof(s), "%ld", c.used);
	xml_text(dossier, "minutes_used", s);
	snprintf(s, sizeof(s), "%ld", c.left);
	xml_text(dossier, "minutes_left", s);
	xml_text(dossier, "clock", c.running ? "running" : "stopped");
	xml_text(dossier, "late", c.late ? "1" : "0");
	return 0;
}

/* STMT_LISTS: each row to its list (its column _list, 1 to 4), as xml_rows() appends it. */
struct lists {
	xmlNodePtr	 parent[4];
};

static int
list_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	static const char *const rownames[4] = { "file", "fee", "event", "slip" };
	struct lists	*l = arg;
	long long	 k = ncols > 0 ? num(cols[0]) : 0;
	xmlNodePtr	 row;

	if (k < 1 || k > 4)
		return 0;
	row = xml_row_append(l->parent[k - 1], rownames[k - 1], ncols, names, cols, lens);
	if (k == 3) {	/* an event: its units */
		xml_agency(row, NULL, "agency_name", NULL, num(row_get(ncols, names, cols, "_agency")));
		xml_agency(row, NULL, "to_agency_name", NULL, num(row_get(ncols, names, cols, "_to_agency")));
	}
	return 0;
}

/* xml_rows() when there are rows to read (the element stays, empty, when not). */
static long
xml_rows_if(bool any, xmlNodePtr parent, const char *rowname, size_t id, const struct db_arg *args)
{
	return any ? xml_rows(parent, rowname, id, args) : 0;
}

int
dossier_data(struct request *r, long long *version)
{
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_I(num(r->arg)), DB_END_ };
	struct db_arg	 id[] = { DB_I(num(r->arg)), DB_END_ };
	struct db_arg	 lists_args[] = { DB_I(num(r->arg)), DB_I(num(r->arg)), DB_I(num(r->arg)),
	    DB_I(num(r->arg)), DB_END_ };
	struct found	 f = { .parent = r->root };
	struct lists	 l;
	xmlNodePtr	 moves, payments, feedback;
	long long	 allowed;
	long		 rc;
	int		 m, st;

	if ((st = agencies_load()) != 0 || (st = procs_load()) != 0)
		return st;
	if ((rc = db_exec(STMT_DOSSIER, args, dossier_row, &f)) < 0)
		return db_status(rc);
	if (f.row == NULL)
		return app_error(r, 404, "officer.dossier_not_found");
	*version = f.version;
	if ((st = clock_data(f.row, &f)) != 0)
		return st;
	/* The elements in the page's order; the four lists then from one statement. */
	l.parent[0] = xml_elem(r->root, "files");
	l.parent[1] = xml_elem(r->root, "fees");
	if (f.claim && (rc = xml_rows(r->root, "claim", STMT_CLAIM, id)) < 0)
		return db_status(rc);
	payments = xml_elem(r->root, "payments");
	l.parent[2] = xml_elem(r->root, "events");
	l.parent[3] = xml_elem(r->root, "slips");
	feedback = xml_elem(r->root, "feedback");
	if ((rc = db_exec(STMT_LISTS, lists_args, list_row, &l)) < 0 ||
	    (rc = xml_rows_if(f.payments, payments, "payment", STMT_PAYMENTS, id)) < 0 ||
	    (rc = xml_rows_if(f.feedback, feedback, "item", STMT_FEEDBACK, id)) < 0)
		return db_status(rc);
	/* The fee notice carries the transfer of what is owed, its VietQR code with the code. */
	if (f.offer.owed > 0)
		xml_transfer(r->root, (uint64_t)f.offer.owed, f.code);
	if ((allowed = dossier_moves_offered(&f.offer, r->user.id)) < 0)
		return 503;
	moves = xml_elem(r->root, "moves");
	for (m = 0; m < DM__MAX; m++)
		if (allowed & (1LL << m))
			xml_attr(xml_text(moves, "move", dmoves[m].name), "needs",
			    (dmoves[m].needs & DNEED_NOTE) ? "note" : "");
	if (allowed & ((1LL << DM_ASSIGN) | (1LL << DM_HANDOVER))) {
		struct db_arg pargs[] = { DB_I((long long)r->user.id), DB_I(f.holder), DB_I(f.resolving),
		    DB_END_ };

		if ((rc = xml_rows(xml_elem(r->root, "processors"), "processor", STMT_PROCESSORS, pargs)) < 0)
			return db_status(rc);
	}
	return 0;
}

int
dossier_page(struct request *r)
{
	static const char *const known[] = { "done", "uploaded", "answered", NULL };
	const char		*msg = req_str(r, "msg", NULL);
	const char *const	*k;
	long long		 version;
	int			 st;

	if ((st = dossier_data(r, &version)) != 0)
		return st;
	for (k = known; msg != NULL && *k != NULL; k++)
		if (strcmp(*k, msg) == 0)
			xml_text(r->root, "msg", msg);
	if ((msg = req_str(r, "move", NULL)) != NULL && dmove_find(msg) != DM__MAX)
		xml_text(r->root, "done_move", msg);
	return 200;
}
