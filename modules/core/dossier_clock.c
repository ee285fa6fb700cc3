/*
 * dossier_clock.c — the deadline rules of DOMAIN.md as the moves apply them. Processing
 * time counts in working hours from acceptance of a complete dossier; same-day procedures
 * are due at the end of the receiving working day (the next one after the cutoff); a
 * supplement stops the clock, and its return restarts or resumes it as the procedure says;
 * an apology slip sets a later date.
 */
#include <time.h>

#include "dvc.h"
#include "dossier_private.h"

static long
allotted(unsigned hours, bool same_day)
{
	return same_day ? WORKDAY_HOURS * 60L : (long)hours * 60L;
}

long
dclock_allotted(const struct dstate *d)
{
	return allotted(d->hours, d->same_day);
}

void
dossier_clock_at(struct dossier_clock *c, const struct workcal *cal, time_t now)
{
	c->allotted = allotted(c->hours, c->same_day);
	c->used = (long)c->used_min;
	c->left = 0;
	c->running = c->started > 0;
	c->late = false;
	if (c->running)
		c->used += workcal_between(cal, c->started, now);
	if (c->due == 0)
		return;
	c->left = c->due >= now ? workcal_between(cal, now, c->due) :
	    -workcal_between(cal, c->due, now);
	c->late = c->due < now && c->status != DS_SUPPLEMENT && c->status < DS_STOPPED &&
	    c->status != DS_REFUSED;
}

int
dossier_clock_read(struct dossier_clock *c)
{
	struct workcal	 cal;
	int		 st;

	if ((st = calendar_load(&cal)) != 0)
		return st;
	dossier_clock_at(c, &cal, time(NULL));
	return 0;
}

/* The due date of a clock run from t; 0 (none) for a procedure without a time limit ("Không
 * quy định": no hours, not same-day), which is never late. */
static time_t
due_from(const struct dstate *d, const struct workcal *cal, time_t t)
{
	if (d->hours == 0 && !d->same_day)
		return 0;
	return workcal_due(cal, t, d->hours, d->same_day);
}

/* Closes the run of the clock in progress, adding its working minutes to d->used. */
static void
clock_close(struct dstate *d, const struct workcal *cal, time_t now)
{
	if (d->clock_started > 0)
		d->used += workcal_between(cal, d->clock_started, now);
	d->clock_started = 0;
}

void
dclock_apply(struct dstate *d, enum dclock clock, const struct workcal *cal, time_t now,
    time_t new_due)
{
	long	 left;

	switch (clock) {
	case CLOCK_KEEP:
		break;
	case CLOCK_ESTIMATE:
		/* The due date the applicant can expect; fixed for real at acceptance. */
		d->due = due_from(d, cal, now);
		break;
	case CLOCK_START:
		d->received = now;
		d->clock_started = now;
		d->used = 0;
		d->due = d->first_due = due_from(d, cal, now);
		break;
	case CLOCK_STOP:
		clock_close(d, cal, now);
		break;
	case CLOCK_RESUME:
		d->clock_started = now;
		if (d->restart || d->same_day) {
			d->used = 0;
			d->due = due_from(d, cal, now);
		} else if (dclock_allotted(d) > 0) {	/* without a limit, nothing to count */
			left = dclock_allotted(d) - d->used;
			d->due = workcal_add(cal, workcal_next_open(cal, now), left > 0 ? left : 0);
		}
		break;
	case CLOCK_END:
		clock_close(d, cal, now);
		d->finished = now;
		break;
	case CLOCK_EXTEND:
		d->due = new_due;
		break;
	}
}
