/*
 * test-dossier.c — the dossier's state machine without a database (dossier.c, dossier_clock.c):
 * the move table read as the law reads (DOMAIN.md's transitions, who moves the dossier there),
 * dmove_find(), the dossier code, the refusals' codes and statuses, and the clock rules on a
 * plain working week (07:30-11:30, 13:00-17:00, Monday to Friday), and the clock as pages read it.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "dossier_private.h"
#include "tap.h"

/* The UTC moment of a Vietnam wall-clock time. */
static time_t
vn(int y, int mo, int d, int h, int mi)
{
	return workcal_moment(workcal_date(y, mo, d), h * 60 + mi);
}

static void
table(void)
{
	int	 m, s;
	bool	 named = true, from = true, roles = true, lawful = true;

	for (m = 0; m < DM__MAX; m++) {
		named &= dmoves[m].name != NULL && dmove_find(dmoves[m].name) == (enum dmove_id)m;
		from &= dmoves[m].from != 0 && (dmoves[m].from >> DS__MAX) == 0;
		roles &= dmoves[m].roles != 0;
		/* A move to another status never starts from its target. */
		if (dmoves[m].to != DS_SAME)
			lawful &= !(dmoves[m].from & DS_BIT(dmoves[m].to));
	}
	ok(named, "every move has a name that finds it");
	ok(from, "every move starts from some status in 0..10");
	ok(roles, "every move has someone to make it");
	ok(lawful, "no move to a status starts from that status");
	ok(dmove_find("nope") == DM__MAX && dmove_find("") == DM__MAX, "an unknown name finds no move");

	/* DOMAIN.md: 1→2 or 1→3 by the one-stop desk; 2→4; 4⇄5; 4⇄6; 4→9→10; 7→8. */
	ok(dmoves[DM_ACCEPT].from == DS_BIT(DS_SUBMITTED) && dmoves[DM_ACCEPT].to == DS_RECEIVED &&
	    dmoves[DM_ACCEPT].roles == ACT_RECEIVER && dmoves[DM_ACCEPT].slip == SLIP_RECEIPT &&
	    dmoves[DM_ACCEPT].clock == CLOCK_START, "accept: 1 → 2 by the one-stop desk, Form 1, the clock starts");
	ok(dmoves[DM_REFUSE].to == DS_REFUSED && dmoves[DM_REFUSE].slip == SLIP_REFUSAL &&
	    (dmoves[DM_REFUSE].needs & DNEED_NOTE), "refuse: 1 → 3 with a reason on Form 3");
	ok(dmoves[DM_ASK_COMPLETE].to == DS_SAME && dmoves[DM_ASK_COMPLETE].slip == SLIP_SUPPLEMENT,
	    "asking to complete before acceptance leaves it at 1, with Form 2");
	ok(dmoves[DM_ASK_SUPPLEMENT].from == DS_BIT(DS_PROCESSING) && dmoves[DM_ASK_SUPPLEMENT].to == DS_SUPPLEMENT &&
	    dmoves[DM_ASK_SUPPLEMENT].clock == CLOCK_STOP, "supplement: 4 → 5, the clock stops");
	ok(dmoves[DM_SUPPLEMENT_IN].to == DS_PROCESSING && dmoves[DM_SUPPLEMENT_IN].clock == CLOCK_RESUME &&
	    (dmoves[DM_SUPPLEMENT_IN].roles & ACT_APPLICANT), "5 → 4 when the applicant supplements, the clock resumes");
	ok(dmoves[DM_ASK_FEES].to == DS_FEES_DUE && dmoves[DM_FEES_PAID].to == DS_PROCESSING, "4 ⇄ 6");
	ok(dmoves[DM_APPROVE].to == DS_DONE && dmoves[DM_APPROVE].roles == ACT_APPROVER &&
	    dmoves[DM_APPROVE].cond == DCOND_AWAITING, "approve: 4 → 9 by an approver, a result awaiting");
	ok(dmoves[DM_RETURN].from == DS_BIT(DS_DONE) && dmoves[DM_RETURN].to == DS_RETURNED &&
	    dmoves[DM_RETURN].roles == ACT_RECEIVER, "return: 9 → 10 by the one-stop desk");
	ok(dmoves[DM_WITHDRAW_ASK].roles == ACT_APPLICANT && dmoves[DM_WITHDRAW_ASK].to == DS_WITHDRAW_ASKED &&
	    dmoves[DM_WITHDRAW_CONFIRM].from == DS_BIT(DS_WITHDRAW_ASKED) &&
	    dmoves[DM_WITHDRAW_CONFIRM].to == DS_STOPPED, "withdrawal: asked by the applicant (7), confirmed (8)");
	ok(dmoves[DM_STOP].to == DS_STOPPED && dmoves[DM_STOP].slip == SLIP_STOP &&
	    dmoves[DM_APOLOGY].slip == SLIP_APOLOGY && (dmoves[DM_APOLOGY].needs & DNEED_DUE),
	    "stop with Form 5; apology with Form 4 and a new date");
	for (s = DS_REFUSED; s <= DS_RETURNED; s++) {
		bool none = true;

		if (s != DS_REFUSED && s != DS_STOPPED && s != DS_RETURNED)
			continue;
		for (m = 0; m < DM__MAX; m++)
			none &= !(dmoves[m].from & DS_BIT(s));
		ok(none, "status %d is final: no move starts from it", s);
	}
}

static void
codes(void)
{
	char	 code[40];

	ok(dossier_code(code, sizeof(code), "000.01.30.H56", vn(2026, 11, 29, 9, 15), 1) &&
	    strcmp(code, "000.01.30.H56-261129-0001") == 0, "dossier code: agency-yyMMdd-NNNN (%s)", code);
	/* 23:30 on 31 Dec in UTC is 06:30 on 1 Jan in Vietnam: the Vietnam day counts. */
	ok(dossier_code(code, sizeof(code), "000.00.10.H56", vn(2027, 1, 1, 6, 30), 9999) &&
	    strcmp(code, "000.00.10.H56-270101-9999") == 0, "the day is Vietnam's (%s)", code);
	ok(!dossier_code(code, sizeof(code), "000.00.10.H56", vn(2027, 1, 1, 6, 30), 10000),
	    "no code beyond the day's 9999th");
	ok(!dossier_code(code, sizeof(code), "000.00.10.H56", vn(2027, 1, 1, 6, 30), 0), "nor a 0th");
	is_str(dmove_err_code(DME_STALE), "move.stale", "a stale form: move.stale");
	is_int(dmove_err_status(DME_STALE), 409, "… 409");
	is_int(dmove_err_status(DME_ROLE), 403, "the wrong role: 403");
	is_int(dmove_err_status(DME_NOT_FOUND), 404, "not found: 404");
	is_int(dmove_err_status(DME_INPUT), 422, "a missing field: 422");
	is_str(dmove_err_code(DME_OK), "move.db", "DME_OK has no message (never shown)");
}

static void
clock_rules(void)
{
	struct workcal	 cal;
	struct dstate	 d;

	workcal_defaults(&cal);
	memset(&d, 0, sizeof(d));
	d.hours = 24;	/* three working days */

	/* Accepted on Monday 30 Nov 2026 at 09:00: due Thursday 09:00. */
	dclock_apply(&d, CLOCK_START, &cal, vn(2026, 11, 30, 9, 0), 0);
	ok(d.due == vn(2026, 12, 3, 9, 0) && d.first_due == d.due && d.received == vn(2026, 11, 30, 9, 0),
	    "accepted Monday 09:00 with 3 working days: due Thursday 09:00, the first date kept");
	is_int(dclock_allotted(&d), 24 * 60, "allotted: 24 working hours");

	/* A supplement asked on Tuesday 09:00 (8 working hours used), back on Monday 7 Dec 10:00. */
	dclock_apply(&d, CLOCK_STOP, &cal, vn(2026, 12, 1, 9, 0), 0);
	ok(d.clock_started == 0 && d.used == 8 * 60, "the clock stops with 8 working hours used");
	d.restart = false;
	dclock_apply(&d, CLOCK_RESUME, &cal, vn(2026, 12, 7, 10, 0), 0);
	ok(d.due == vn(2026, 12, 9, 10, 0) && d.used == 8 * 60,
	    "resume: the 16 hours left counted from Monday 10:00, due Wednesday 10:00");
	dclock_apply(&d, CLOCK_STOP, &cal, vn(2026, 12, 7, 11, 0), 0);
	d.restart = true;
	dclock_apply(&d, CLOCK_RESUME, &cal, vn(2026, 12, 8, 9, 0), 0);
	ok(d.due == vn(2026, 12, 11, 9, 0) && d.used == 0,
	    "restart: the whole time again from Tuesday 09:00, due Friday 09:00");

	dclock_apply(&d, CLOCK_EXTEND, &cal, 0, vn(2026, 12, 15, 17, 0));
	ok(d.due == vn(2026, 12, 15, 17, 0) && d.first_due == vn(2026, 12, 3, 9, 0),
	    "an apology moves the due date, the first one is kept");
	dclock_apply(&d, CLOCK_END, &cal, vn(2026, 12, 10, 9, 0), 0);
	ok(d.finished == vn(2026, 12, 10, 9, 0) && d.clock_started == 0 && d.used == 16 * 60,
	    "finished Thursday 09:00: 16 working hours used in all since the restart");

	/* Same-day: accepted before 15:00 due that evening; after it, the next working day's. */
	memset(&d, 0, sizeof(d));
	d.same_day = true;
	dclock_apply(&d, CLOCK_START, &cal, vn(2026, 12, 4, 14, 0), 0);
	ok(d.due == vn(2026, 12, 4, 17, 0), "same-day accepted Friday 14:00: due Friday 17:00");
	dclock_apply(&d, CLOCK_START, &cal, vn(2026, 12, 4, 15, 30), 0);
	ok(d.due == vn(2026, 12, 7, 17, 0), "same-day accepted Friday 15:30: due Monday 17:00");
	is_int(dclock_allotted(&d), WORKDAY_HOURS * 60, "a same-day dossier is allotted one working day");
	/* The estimate at submission: counted from the next working session. */
	memset(&d, 0, sizeof(d));
	d.hours = 8;
	dclock_apply(&d, CLOCK_ESTIMATE, &cal, vn(2026, 12, 5, 22, 0), 0);
	ok(d.due == vn(2026, 12, 7, 17, 0), "submitted Saturday night with 1 day: counted from Monday 07:30, expected Monday 17:00");
}

/* dossier_clock_at(): the clock as the pages read it, on the plain working week. */
static void
clock_read(void)
{
	struct workcal		 cal;
	struct dossier_clock	 c;
	time_t			 mon = vn(2026, 12, 7, 7, 30);	/* a Monday */

	workcal_defaults(&cal);
	memset(&c, 0, sizeof(c));
	c.hours = 24;
	c.used_min = 60;
	c.started = mon;
	c.due = vn(2026, 12, 9, 17, 0);
	c.status = DS_PROCESSING;
	dossier_clock_at(&c, &cal, vn(2026, 12, 7, 13, 30));
	ok(c.allotted == 24 * 60, "allotted: 3 working days");
	ok(c.used == 60 + 4 * 60 + 30, "used: the earlier run and this one's morning and half hour");
	ok(c.left == 3 * 60 + 30 + 2 * 8 * 60, "left: the rest of Monday and two days");
	ok(c.running && !c.late, "running, not late");
	dossier_clock_at(&c, &cal, vn(2026, 12, 10, 8, 30));
	ok(c.late && c.left == -60, "past the due date: late by the working hour since");
	c.started = 0;
	c.status = DS_SUPPLEMENT;
	dossier_clock_at(&c, &cal, vn(2026, 12, 10, 8, 30));
	ok(!c.running && !c.late && c.used == 60, "a supplement: stopped, never late, the time kept");
	c.same_day = true;
	c.due = 0;
	c.status = DS_RETURNED;
	dossier_clock_at(&c, &cal, vn(2026, 12, 10, 8, 30));
	ok(c.allotted == WORKDAY_HOURS * 60 && c.left == 0 && !c.late, "same day: a working day allotted; no due date, not late");
}

int
main(void)
{
	table();
	codes();
	clock_rules();
	clock_read();
	return done_testing();
}
