/*
 * page.c — one dossier of the signed-in applicant's (/dossiers/{code}): where it stands and
 * since when, its timeline built from the process-control slip (Form 6: each step, the unit
 * holding it, when it came and left, the working time it took), the clock against the time
 * allotted and the due date, the slips issued, the files, the result, the rating and the
 * feedback, and the forms of what the applicant may do now (the moves dossier_moves_allowed()
 * offers the applicant, a supplement's upload, a rating, feedback). A dossier of another
 * user's is not found, like a code that does not exist.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "dossiers.h"

bool
code_ok(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n <= 32 && strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-") == n;
}

struct found {
	xmlNodePtr		 parent, row;
	struct mine		*m;
	struct dossier_clock	 clock;
};

static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct found	*f = arg;

	f->row = xml_row_append(f->parent, "dossier", ncols, names, cols, lens);
	f->m->id = num(row_get(ncols, names, cols, "id"));
	f->m->version = num(row_get(ncols, names, cols, "version"));
	f->m->status = (int)num(row_get(ncols, names, cols, "status"));
	f->m->result_file = num(row_get(ncols, names, cols, "result_file_id"));
	f->m->complete_asked = num(row_get(ncols, names, cols, "complete_asked")) == 1;
	f->m->rated = num(row_get(ncols, names, cols, "rated")) == 1;
	f->clock.used_min = num(row_get(ncols, names, cols, "clock_used_min"));
	f->clock.started = (time_t)num(row_get(ncols, names, cols, "clock_started_ts"));
	f->clock.due = (time_t)num(row_get(ncols, names, cols, "due_ts"));
	f->clock.hours = (unsigned)num(row_get(ncols, names, cols, "processing_hours"));
	f->clock.same_day = num(row_get(ncols, names, cols, "same_day")) == 1;
	f->clock.status = f->m->status;
	return 1;
}

static void
put_long(xmlNodePtr parent, const char *name, long v)
{
	char	 s[24];

	snprintf(s, sizeof(s), "%ld", v);
	xml_text(parent, name, s);
}

/* The clock against the time allotted (core's dossier_clock_at()), once it has started. */
static void
clock_data(struct found *f, const struct workcal *cal, time_t now)
{
	dossier_clock_at(&f->clock, cal, now);
	put_long(f->row, "minutes_allotted", f->clock.allotted);
	if (f->clock.due == 0 && !f->clock.running && f->clock.used_min == 0)
		return;
	put_long(f->row, "minutes_used", f->clock.used);
	if (f->clock.due != 0)
		put_long(f->row, "minutes_left", f->clock.left);
	xml_text(f->row, "clock", f->clock.running ? "running" : "stopped");
	xml_text(f->row, "late", f->clock.late ? "1" : "0");
}

/* The timeline: a step per event, with the unit that held the dossier from it, and when it
 * left that step (the next event) after how much working time (the next event's). */
struct steps {
	xmlNodePtr	 list, last;
	char		 holder[256];
	time_t		 last_at;
};

static int
step_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct steps	*s = arg;
	const char	*to = row_get(ncols, names, cols, "to_agency_name");
	const char	*at = row_get(ncols, names, cols, "at");
	const char	*used = row_get(ncols, names, cols, "minutes_used");

	if (s->last != NULL) {
		xml_text(s->last, "left_at", at);
		if (used != NULL)
			xml_text(s->last, "step_minutes", used);
	}
	if (to != NULL)
		snprintf(s->holder, sizeof(s->holder), "%s", to);
	else if (s->holder[0] == '\0')
		snprintf(s->holder, sizeof(s->holder), "%s",
		    row_get(ncols, names, cols, "agency_name") != NULL ?
		    row_get(ncols, names, cols, "agency_name") : "");
	s->last = xml_row_append(s->list, "step", ncols, names, cols, lens);
	xml_text(s->last, "holder", s->holder);
	s->last_at = (time_t)num(row_get(ncols, names, cols, "at_ts"));
	return 0;
}

static int
timeline_data(struct request *r, const struct mine *m, const struct workcal *cal, time_t now)
{
	struct db_arg	 args[] = { DB_I(m->id), DB_END_ };
	struct steps	 s = { .list = xml_elem(r->root, "timeline") };
	long		 rc;

	if ((rc = db_exec(STMT_TIMELINE, args, step_row, &s)) < 0)
		return db_status(rc);
	/* The step in progress, while the dossier is open: the working time so far. */
	if (s.last != NULL && m->status != DS_REFUSED && m->status != DS_STOPPED &&
	    m->status != DS_RETURNED) {
		xml_text(s.last, "current", "1");
		put_long(s.last, "step_minutes", workcal_between(cal, s.last_at, now));
	}
	return 0;
}

int
mine_data(struct request *r, struct mine *m)
{
	struct db_arg	 args[] = { DB_S(r->arg), DB_I((long long)r->user.id), DB_END_ };
	struct found	 f = { .parent = r->root, .m = m };
	struct workcal	 cal;
	time_t		 now = time(NULL);
	long long	 allowed;
	xmlNodePtr	 moves;
	long		 rc;
	int		 st, i;

	memset(m, 0, sizeof(*m));
	if ((rc = db_exec(STMT_DOSSIER, args, dossier_row, &f)) < 0)
		return db_status(rc);
	if (f.row == NULL)
		return app_error(r, 404, "mine.not_found");
	if ((st = calendar_load(&cal)) != 0)
		return st;
	clock_data(&f, &cal, now);
	if ((st = timeline_data(r, m, &cal, now)) != 0)
		return st;
	{
		struct db_arg id[] = { DB_I(m->id), DB_END_ };

		if ((rc = xml_rows(xml_elem(r->root, "files"), "file", STMT_FILES, id)) < 0 ||
		    (rc = xml_rows(xml_elem(r->root, "slips"), "slip", STMT_SLIPS, id)) < 0 ||
		    (rc = xml_rows(xml_elem(r->root, "feedback"), "item", STMT_FEEDBACK, id)) < 0 ||
		    (rc = xml_rows(xml_elem(r->root, "payments"), "payment", STMT_PAYMENTS, id)) < 0 ||
		    (rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_FEES, id)) < 0 ||
		    (rc = xml_rows(r->root, "claim", STMT_CLAIM, id)) < 0 ||
		    (m->rated && (rc = xml_rows(r->root, "rating", STMT_RATING, id)) < 0) ||
		    ((m->status == DS_SUPPLEMENT || m->complete_asked) &&
		    (rc = xml_rows(xml_elem(r->root, "components"), "component", STMT_COMPONENTS, id)) < 0))
			return db_status(rc);
	}
	put_long(r->root, "feedback_days", FEEDBACK_ANSWER_DAYS);
	if ((allowed = dossier_moves_allowed((unsigned long long)m->id, r->user.id, ACT_APPLICANT)) < 0)
		return 503;
	moves = xml_elem(r->root, "moves");
	for (i = 0; i < DM__MAX; i++)
		if (allowed & (1LL << i))
			xml_text(moves, "move", dmoves[i].name);
	return 0;
}

int
dossier_page(struct request *r)
{
	static const char *const known[] = { "uploaded", "removed", "supplemented", "withdraw",
	    "rated", "feedback", NULL };
	const char		*msg = req_str(r, "msg", NULL);
	const char *const	*k;
	struct mine		 m;
	int			 st;

	if ((st = mine_data(r, &m)) != 0)
		return st;
	for (k = known; msg != NULL && *k != NULL; k++)
		if (strcmp(*k, msg) == 0)
			xml_text(r->root, "msg", msg);
	return 200;
}

/* A slip of one's own dossier, in the officers' very layout (xslt/officer-slip.xsl, which
 * links back to /dossiers/{code} when the page is the applicant's). */
int
slip_page(struct request *r)
{
	int	 st;

	if ((st = dossier_slip(r, STMT_SLIP, STMT_SLIP_COMPONENTS)) == 200)
		xml_text(r->root, "applicant", "1");
	return st;
}
