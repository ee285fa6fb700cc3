/*
 * dossier.c — the dossier's state machine: the move table, and dossier_transition(), the one
 * place where a dossier's status, clock, history, slips and messages change. Its SQL is in
 * dossier_sql.c; the clock and the messages are in dossier_clock.c and dossier_mail.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "private.h"
#include "dossier_private.h"

#define S(x)	DS_BIT(DS_##x)
#define OPEN	(S(RECEIVED) | S(PROCESSING) | S(SUPPLEMENT) | S(FEES_DUE))

/*
 * Who may do what from where: the whole workflow of DOMAIN.md in one table. The officer's
 * pages show the buttons of the rows an officer may take, the handlers refuse the others,
 * and the tests walk every row.
 */
const struct dmove dmoves[DM__MAX] = {
	/*                     name             from                 to                roles                            needs                          cond            clock           slip             mail */
	[DM_SUBMIT]          = { "submit",       S(DRAFT),            DS_SUBMITTED,     ACT_APPLICANT,                   0,                             0,              CLOCK_ESTIMATE, SLIP_NONE,       true },
	[DM_ACCEPT]          = { "accept",       S(SUBMITTED),        DS_RECEIVED,      ACT_RECEIVER,                    0,                             DCOND_SETTLED,  CLOCK_START,    SLIP_RECEIPT,    true },
	[DM_ASK_COMPLETE]    = { "complete",     S(SUBMITTED),        DS_SAME,          ACT_RECEIVER,                    DNEED_NOTE,                    0,              CLOCK_KEEP,     SLIP_SUPPLEMENT, true },
	[DM_REFUSE]          = { "refuse",       S(SUBMITTED),        DS_REFUSED,       ACT_RECEIVER,                    DNEED_NOTE,                    0,              CLOCK_END,      SLIP_REFUSAL,    true },
	[DM_ASSIGN]          = { "assign",       S(RECEIVED),         DS_PROCESSING,    ACT_RECEIVER,                    DNEED_ASSIGNEE,                0,              CLOCK_KEEP,     SLIP_NONE,       true },
	[DM_HANDOVER]        = { "handover",     S(PROCESSING),       DS_SAME,          ACT_PROCESSOR,                   DNEED_ASSIGNEE,                DCOND_WORKING,  CLOCK_KEEP,     SLIP_NONE,       false },
	[DM_ASK_SUPPLEMENT]  = { "supplement",   S(PROCESSING),       DS_SUPPLEMENT,    ACT_PROCESSOR,                   DNEED_NOTE,                    DCOND_WORKING,  CLOCK_STOP,     SLIP_SUPPLEMENT, true },
	[DM_SUPPLEMENT_IN]   = { "supplemented", S(SUPPLEMENT),       DS_PROCESSING,    ACT_APPLICANT | ACT_RECEIVER,    0,                             0,              CLOCK_RESUME,   SLIP_NONE,       true },
	[DM_ASK_FEES]        = { "fees",         S(PROCESSING),       DS_FEES_DUE,      ACT_PROCESSOR,                   DNEED_NOTE,                    DCOND_WORKING,  CLOCK_KEEP,     SLIP_NONE,       true },
	[DM_FEES_PAID]       = { "paid",         S(FEES_DUE),         DS_PROCESSING,    ACT_RECEIVER | ACT_SYSTEM,       0,                             0,              CLOCK_KEEP,     SLIP_NONE,       true },
	[DM_PROPOSE]         = { "propose",      S(PROCESSING),       DS_SAME,          ACT_PROCESSOR,                   DNEED_RESULT,                  DCOND_WORKING,  CLOCK_KEEP,     SLIP_NONE,       false },
	[DM_SEND_BACK]       = { "sendback",     S(PROCESSING),       DS_SAME,          ACT_APPROVER,                    DNEED_NOTE,                    DCOND_AWAITING, CLOCK_KEEP,     SLIP_NONE,       false },
	[DM_APPROVE]         = { "approve",      S(PROCESSING),       DS_DONE,          ACT_APPROVER,                    0,                             DCOND_AWAITING, CLOCK_END,      SLIP_NONE,       true },
	[DM_RETURN]          = { "return",       S(DONE),             DS_RETURNED,      ACT_RECEIVER,                    0,                             0,              CLOCK_KEEP,     SLIP_NONE,       true },
	[DM_APOLOGY]         = { "apology",      OPEN,                DS_SAME,          ACT_RECEIVER | ACT_PROCESSOR,    DNEED_NOTE | DNEED_DUE,        0,              CLOCK_EXTEND,   SLIP_APOLOGY,    true },
	[DM_STOP]            = { "stop",         OPEN,                DS_STOPPED,       ACT_PROCESSOR | ACT_APPROVER,    DNEED_NOTE,                    0,              CLOCK_END,      SLIP_STOP,       true },
	[DM_WITHDRAW_ASK]    = { "withdraw",     S(SUBMITTED) | OPEN, DS_WITHDRAW_ASKED, ACT_APPLICANT,                  0,                             0,              CLOCK_KEEP,     SLIP_NONE,       true },
	[DM_WITHDRAW_CONFIRM] = { "withdrawn",   S(WITHDRAW_ASKED),   DS_STOPPED,       ACT_RECEIVER,                    0,                             0,              CLOCK_END,      SLIP_NONE,       true },
	[DM_EXEMPT]          = { "exempt",       S(SUBMITTED),        DS_SAME,          ACT_RECEIVER,                    0,                             DCOND_CLAIM,    CLOCK_KEEP,     SLIP_NONE,       true },
	[DM_NO_EXEMPT]       = { "noexempt",     S(SUBMITTED),        DS_SAME,          ACT_RECEIVER,                    DNEED_NOTE,                    DCOND_CLAIM,    CLOCK_KEEP,     SLIP_NONE,       true },
};

enum dmove_id
dmove_find(const char *name)
{
	int	 m;

	for (m = 0; m < DM__MAX; m++)
		if (strcmp(dmoves[m].name, name) == 0)
			return (enum dmove_id)m;
	return DM__MAX;
}

const char *
dmove_err_code(enum dmove_err e)
{
	static const char *const codes[] = {
		[DME_NOT_FOUND] = "move.not_found",
		[DME_ROLE] = "move.role",
		[DME_STATUS] = "move.status",
		[DME_STALE] = "move.stale",
		[DME_INPUT] = "move.input",
		[DME_UNPAID] = "move.unpaid",
		[DME_CLAIM] = "move.claim_pending",
		[DME_FULL] = "move.full",
		[DME_DB_DOWN] = "move.db_down",
		[DME_DB] = "move.db",
	};

	return codes[e] != NULL ? codes[e] : "move.db";
}

int
dmove_err_status(enum dmove_err e)
{
	static const int status[] = {
		[DME_OK] = 200, [DME_NOT_FOUND] = 404, [DME_ROLE] = 403, [DME_STATUS] = 409,
		[DME_STALE] = 409, [DME_INPUT] = 422, [DME_UNPAID] = 409, [DME_CLAIM] = 409,
		[DME_FULL] = 503, [DME_DB_DOWN] = 503, [DME_DB] = 500,
	};

	return status[e];
}

static enum dmove_err
db_err(long rc)
{
	return rc == -1 ? DME_DB_DOWN : DME_DB;
}

/* Does actor act in role on d? The unit is the receiving one for the one-stop desk, the
 * holding one for processors and approvers; a processor acts on what is assigned to them.
 * The officer roles are read once for all three. */
static enum dmove_err
role_ok(struct dstate *d, unsigned long long actor, unsigned role, bool *ok)
{
	const unsigned	 officer = ACT_RECEIVER | ACT_PROCESSOR | ACT_APPROVER;
	long long	 n = 0;
	long		 rc;

	*ok = false;
	switch (role) {
	case ACT_APPLICANT:
		*ok = actor != 0 && actor == d->user;
		return DME_OK;
	case ACT_SYSTEM:
		*ok = actor == 0;
		return DME_OK;
	case ACT_PROCESSOR:
		if (d->assignee != 0 && d->assignee != actor)
			return DME_OK;
		break;
	case ACT_RECEIVER:
	case ACT_APPROVER:
		break;
	default:
		return DME_OK;
	}
	if ((d->roles_known & officer) != officer) {
		struct db_arg args[] = { DB_I((long long)d->agency), DB_I((long long)d->holder),
		    DB_I((long long)d->holder), DB_I((long long)actor), DB_END_ };

		if ((rc = db_int(db_dossier(DOSSIER_ROLES), args, &n)) < 0)
			return db_err(rc);
		d->roles_known |= officer;
		d->roles_held |= ((n & 1) ? ACT_RECEIVER : 0) | ((n & 2) ? ACT_PROCESSOR : 0) |
		    ((n & 4) ? ACT_APPROVER : 0);
	}
	*ok = (d->roles_held & role) != 0;
	return DME_OK;
}

/*
 * The checks common to doing a move and offering it: role, status, conditions. *role 0
 * picks the first of the move's officer roles that the actor holds in the right unit, and
 * sets it.
 */
static enum dmove_err
move_allowed(struct dstate *d, enum dmove_id m, unsigned long long actor, unsigned *role)
{
	static const unsigned	 officer[] = { ACT_RECEIVER, ACT_PROCESSOR, ACT_APPROVER };
	const struct dmove	*mv = &dmoves[m];
	enum dmove_err		 e;
	size_t			 i;
	bool			 ok = false;

	for (i = 0; *role == 0 && i < sizeof(officer) / sizeof(officer[0]); i++) {
		if (!(mv->roles & officer[i]))
			continue;
		if ((e = role_ok(d, actor, officer[i], &ok)) != DME_OK)
			return e;
		if (ok)
			*role = officer[i];
	}
	if (*role == 0 || !(mv->roles & *role))
		return DME_ROLE;
	if (!ok && (e = role_ok(d, actor, *role, &ok)) != DME_OK)
		return e;
	if (!ok)
		return *role == ACT_APPLICANT ? DME_NOT_FOUND : DME_ROLE;
	if (!(mv->from & DS_BIT(d->status)))
		return DME_STATUS;
	if (((mv->cond & DCOND_AWAITING) && !d->awaiting) ||
	    ((mv->cond & DCOND_WORKING) && d->awaiting) ||
	    ((mv->cond & DCOND_CLAIM) && !d->claim_pending))
		return DME_STATUS;
	/* The one-stop desk receives a dossier once the exemption claimed is decided and the
	 * fees due at submission are paid, online or recorded at the counter (issue 9). */
	if ((mv->cond & DCOND_SETTLED) && d->claim_pending)
		return DME_CLAIM;
	if ((mv->cond & DCOND_SETTLED) && d->owed > 0)
		return DME_UNPAID;
	return DME_OK;
}

/* The moves of dossier_moves_allowed() from d as read. */
static long long
moves_of(struct dstate *d, unsigned long long actor, unsigned role)
{
	long long	 set = 0;
	unsigned	 as;
	int		 m;

	for (m = 0; m < DM__MAX; m++) {
		enum dmove_err e = move_allowed(d, (enum dmove_id)m, actor, (as = role, &as));

		if (e == DME_DB || e == DME_DB_DOWN)
			return -1;
		if (e == DME_OK)
			set |= 1LL << m;
	}
	return set;
}

long long
dossier_moves_allowed(unsigned long long id, unsigned long long actor, unsigned role)
{
	struct dstate	 d;

	if (dstate_load(id, false, &d) != DME_OK)
		return -1;
	return d.id == 0 ? 0 : moves_of(&d, actor, role);
}

long long
dossier_moves_offered(const struct dossier_offer *o, unsigned long long actor)
{
	struct dstate	 d = { .user = o->user, .assignee = o->assignee, .status = o->status,
	    .awaiting = o->awaiting, .claim_pending = o->claim_pending, .owed = o->owed,
	    .roles_known = ACT_RECEIVER | ACT_PROCESSOR | ACT_APPROVER };

	d.roles_held = ((o->roles & 1) ? ACT_RECEIVER : 0) | ((o->roles & 2) ? ACT_PROCESSOR : 0) |
	    ((o->roles & 4) ? ACT_APPROVER : 0);
	return moves_of(&d, actor, 0);
}

/* The fields a move needs, checked against the dossier. */
static enum dmove_err
needs_ok(struct dstate *d, enum dmove_id m, const struct dmove_args *a)
{
	const struct dmove	*mv = &dmoves[m];
	long			 rc;

	if ((mv->needs & DNEED_NOTE) && (a->note == NULL || a->note[0] == '\0'))
		return DME_INPUT;
	if ((mv->needs & DNEED_DUE) && (a->due <= d->due || a->due <= time(NULL)))
		return DME_INPUT;
	if (mv->needs & DNEED_ASSIGNEE) {
		/* The processor's unit, this one first: another one is a hand-over. */
		struct db_arg args[] = { DB_I((long long)a->assignee), DB_I((long long)d->holder), DB_END_ };
		long long unit = 0;

		if (a->assignee == 0 || a->assignee == a->actor)
			return DME_INPUT;
		if ((rc = db_int(db_dossier(DOSSIER_PROCESSOR_UNIT), args, &unit)) < 0)
			return db_err(rc);
		if (unit == 0)
			return DME_INPUT;
		d->holder = (unsigned long long)unit;
		d->assignee = a->assignee;
	}
	if ((mv->needs & DNEED_RESULT) && a->result_file != 0) {
		struct db_arg args[] = { DB_I((long long)a->result_file), DB_I((long long)d->id), DB_END_ };
		long long n = 0;

		if ((rc = db_int(db_dossier(DOSSIER_RESULT_FILE), args, &n)) < 0)
			return db_err(rc);
		if (n == 0)
			return DME_INPUT;
	}
	if (m == DM_RETURN && strcmp(d->channel, "postal") == 0 &&
	    (a->tracking == NULL || a->tracking[0] == '\0'))
		return DME_INPUT;
	return DME_OK;
}

/* What the move changes on the row besides the clock. */
static void
move_apply(struct dstate *d, enum dmove_id m, const struct dmove_args *a, time_t now)
{
	switch (m) {
	case DM_SUBMIT:
		d->submitted = now;
		break;
	case DM_PROPOSE:
		d->awaiting = true;
		d->result_kind = a->result_file != 0 ? "file" : "paper";
		d->result_file = a->result_file;
		break;
	case DM_SEND_BACK:
		d->awaiting = false;
		break;
	case DM_APPROVE:
		d->awaiting = false;
		d->assignee = 0;
		d->holder = d->agency;	/* back to the one-stop desk, to be returned */
		break;
	case DM_RETURN:
		d->returned = now;
		if (a->tracking != NULL)
			snprintf(d->tracking, sizeof(d->tracking), "%s", a->tracking);
		break;
	default:
		break;
	}
	if (dmoves[m].to != DS_SAME)
		d->status = (int)dmoves[m].to;
}

/*
 * Function over 80 lines: the transition is one sequence of steps inside the caller's
 * transaction, each of which may fail; read top to bottom it is the contract in dossier.h.
 */
enum dmove_err
dossier_transition(unsigned long long id, enum dmove_id m, const struct dmove_args *a,
    struct dmove_done *done)
{
	const struct dmove	*mv = &dmoves[m];
	struct dmove_args	 given = *a;
	struct dstate		 d, before;
	struct workcal		 cal;
	time_t			 now = time(NULL);
	long			 used, rc;
	enum dmove_err		 e;

	memset(done, 0, sizeof(*done));
	if (calendar_load(&cal) != 0)
		return DME_DB;
	if ((e = dstate_load(id, true, &d)) != DME_OK)
		return e;
	if (d.id == 0)
		return DME_NOT_FOUND;
	/* A form shown before the dossier last moved is stale whatever it asks: a second click,
	 * or another officer's move in between, is told so, not as a status never seen. */
	if ((e = move_allowed(&d, m, a->actor, &given.role)) != DME_OK && e != DME_STATUS)
		return e;
	if (a->version >= 0 && a->version != d.version)
		return DME_STALE;
	if (e != DME_OK)
		return e;
	a = &given;
	before = d;
	if ((e = needs_ok(&d, m, a)) != DME_OK)
		return e;
	if (m == DM_SUBMIT) {
		if ((e = dstate_number(&d, now)) != DME_OK)
			return e;
		d.holder = d.agency;
	}
	/* The working time the step now ending took, for the process-control slip. */
	used = d.last_event > 0 ? workcal_between(&cal, d.last_event, now) : 0;
	dclock_apply(&d, mv->clock, &cal, now, a->due);
	move_apply(&d, m, a, now);
	if ((e = dstate_save(&d)) != DME_OK)
		return e;
	if ((m == DM_EXEMPT || m == DM_NO_EXEMPT) &&
	    (e = dclaim_decide(&d, m == DM_EXEMPT, a)) != DME_OK)
		return e;
	{
		/* The actor's unit: the one-stop desk's, the holder's, or for the applicant the
		 * unit the dossier is with (the receiving one at submission). */
		unsigned long long unit = a->role == ACT_RECEIVER || before.holder == 0 ?
		    before.agency : before.holder;
		struct db_arg args[] = { DB_I((long long)d.id), DB_I((long long)a->actor),
		    DB_I(before.status), DB_I(d.status), DB_S(mv->name), DB_S(dactor_name(a->role)),
		    DB_I((long long)unit),
		    DB_I((long long)(d.holder != before.holder ? d.holder : 0)),
		    DB_I((long long)(d.assignee != before.assignee ? d.assignee : 0)),
		    DB_S(a->note != NULL ? a->note : ""), DB_I(used),
		    DB_I((long long)dclock_allotted(&d)), DB_END_ };

		if ((rc = db_exec(db_dossier(DOSSIER_EVENT), args, NULL, NULL)) < 0)
			return db_err(rc);
		done->event = db_last_insert_id();
	}
	if (d.holder != 0 && d.holder != before.holder) {
		struct db_arg args[] = { DB_I((long long)d.id), DB_I((long long)d.holder), DB_END_ };

		if ((rc = db_exec(db_dossier(DOSSIER_UNIT), args, NULL, NULL)) < 0)
			return db_err(rc);
	}
	if (mv->slip != SLIP_NONE && (e = dslip_issue(&d, &before, mv->slip, a, done->event, now)) != DME_OK)
		return e;
	if (mv->mail && d.email[0] != '\0' && (e = dmail_queue(&d, m, a, done->event)) != DME_OK)
		return e;
	snprintf(done->code, sizeof(done->code), "%s", d.code);
	done->from = (enum dstatus)before.status;
	done->to = (enum dstatus)d.status;
	done->due = d.due;
	log_info("dossier %s: %s (%d -> %d) by user %llu", d.code, mv->name, before.status,
	    d.status, a->actor);
	return DME_OK;
}

/* A move alone: dossier_move()'s transaction, and what it found. */
struct move_alone {
	unsigned long long	 id;
	enum dmove_id		 m;
	const struct dmove_args	*a;
	struct dmove_done	*done;
	enum dmove_err		 e;
};

static long
move_alone_tx(void *arg)
{
	struct move_alone	*t = arg;

	t->e = dossier_transition(t->id, t->m, t->a, t->done);
	return t->e != DME_OK;
}

enum dmove_err
dossier_move(unsigned long long id, enum dmove_id m, const struct dmove_args *a,
    struct dmove_done *done)
{
	struct move_alone	 t = { id, m, a, done, DME_OK };
	long			 rc;

	if ((rc = db_transaction(move_alone_tx, &t)) < 0)
		return db_err(rc);
	return t.e;
}
