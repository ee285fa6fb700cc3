/*
 * review.c — step 5 and after: the review with the expected due date, the submission (one
 * transaction through the dossier's state machine), and the receipt with its QR code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "submit.h"

static void
vn_time(time_t t, char out[32])
{
	time_t		 local = t + VN_UTC_OFFSET_SECONDS;
	struct tm	 tm;

	gmtime_r(&local, &tm);
	strftime(out, 32, "%d/%m/%Y %H:%M", &tm);
}

static int
review_data(struct request *r, const struct dossier *d)
{
	struct workcal	 cal;
	char		 due[32];
	int		 st;

	if ((st = files_data(r, d)) != 0 || (st = fees_data(r)) != 0 || (st = calendar_load(&cal)) != 0)
		return st;
	/* A procedure without a time limit has no date to expect. */
	if (d->hours > 0 || d->same_day) {
		vn_time(workcal_due(&cal, time(NULL), d->hours, d->same_day), due);
		xml_text(xml_elem(r->root, "estimate"), "due_at", due);
	}
	return 0;
}

int
review_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = review_data(r, &d)) != 0)
		return st;
	return 200;
}

/* The draft as submission checks it, under its row lock. */
struct locked {
	int		 status, level;
	long long	 procedure;
	unsigned	 hours;
	bool		 same_day;
	bool		 receives;	/* the draft's unit still receives the procedure */
	bool		 verified;	/* the account's e-mail address was verified */
	bool		 current;	/* the draft's version of the procedure is the current one */
	bool		 offered;	/* a version of it is current: it was not withdrawn */
	char		 channel[16], street[256], commune[101], province[3];
};

static int
locked_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct locked	*l = arg;

	(void)names;
	(void)lens;
	if (ncols < 13)
		return 0;
	l->status = (int)num(cols[0]);
	l->procedure = num(cols[1]);
	l->hours = (unsigned)num(cols[2]);
	l->same_day = num(cols[3]) == 1;
	snprintf(l->channel, sizeof(l->channel), "%s", cols[4]);
	snprintf(l->street, sizeof(l->street), "%s", cols[5]);
	snprintf(l->commune, sizeof(l->commune), "%s", cols[6]);
	snprintf(l->province, sizeof(l->province), "%s", cols[7]);
	l->level = (int)num(cols[8]);
	l->receives = num(cols[9]) == 1;
	l->verified = num(cols[10]) == 1;
	l->current = num(cols[11]) == 1;
	l->offered = num(cols[12]) == 1;
	return 1;
}

/* What keeps the draft from being submitted, found under its row lock. */
enum refusal {
	REFUSE_MISSING = 0x01,		/* a required component without a file */
	REFUSE_CHANNEL = 0x02,		/* no way for the result (or the counter, online only) */
	REFUSE_POSTAL = 0x04,		/* an incomplete postal address */
	REFUSE_UNIT = 0x08,		/* the draft's unit no longer receives the procedure */
	REFUSE_UNVERIFIED = 0x10,	/* the account's e-mail address is not verified */
	REFUSE_FEES = 0x20,		/* the fees cannot be charged (a claim no longer valid) */
	REFUSE_WITHDRAWN = 0x40,	/* the procedure was withdrawn since the draft began */
	REFUSE_VERSION = 0x80,		/* a newer version of it was published since */
};

/* A submission: the request's ids in, what the transaction found and did out. */
struct submission {
	long long		 id, user;
	struct locked		 l;
	unsigned		 refused;	/* enum refusal */
	enum fee_refusal	 fees;		/* with REFUSE_FEES */
	enum dmove_err		 move_err;
};

/* The transaction of a submission (db_transaction(): run again after a deadlock, so it only
 * reads and writes the database and fills s, reset first). Non-zero rolls back: 1 when the
 * dossier is not a draft of the user's, or may not be submitted (s says why). */
static long
submit_tx(void *arg)
{
	struct submission	*s = arg;
	struct db_arg		 args[] = { DB_I(s->id), DB_I(s->user), DB_END_ };
	struct dmove_args	 move = { .actor = (unsigned long long)s->user, .role = ACT_APPLICANT,
	    .version = -1 };
	struct dmove_done	 done;
	struct locked		*l = &s->l;
	long			 rc;

	memset(l, 0, sizeof(*l));
	l->status = -1;
	s->refused = 0;
	s->fees = FEE_CHARGED;
	s->move_err = DME_OK;
	if ((rc = db_exec(STMT_LOCK_DRAFT, args, NULL, NULL)) < 0 ||
	    (rc > 0 && (rc = db_exec(STMT_LOCK, args, locked_row, l)) < 0))
		return rc;
	if (l->status != DS_DRAFT)	/* none, or submitted already: a repeated click */
		return 1;
	if ((rc = db_exec(STMT_MISSING, args, NULL, NULL)) < 0)
		return rc;
	if (rc > 0)
		s->refused |= REFUSE_MISSING;
	if (l->channel[0] == '\0' || (l->level == 4 && strcmp(l->channel, "counter") == 0))
		s->refused |= REFUSE_CHANNEL;
	else if (strcmp(l->channel, "postal") == 0 &&
	    (l->street[0] == '\0' || l->commune[0] == '\0' || l->province[0] == '\0'))
		s->refused |= REFUSE_POSTAL;
	if (!l->receives)
		s->refused |= REFUSE_UNIT;
	/* A dossier's messages go to the account's address: it must be the holder's (issue 11). */
	if (!l->verified)
		s->refused |= REFUSE_UNVERIFIED;
	/* A dossier is received under the version in force (core catalogue.c): not one withdrawn
	 * or replaced since the draft began (its fees, time limit and components may differ). */
	if (!l->offered)
		s->refused |= REFUSE_WITHDRAWN;
	else if (!l->current)
		s->refused |= REFUSE_VERSION;
	if (s->refused != 0)
		return 1;
	{
		struct db_arg sargs[] = { DB_I(l->hours), DB_I(l->same_day), DB_I(s->id), DB_END_ };

		if ((rc = db_exec(STMT_SNAPSHOT, sargs, NULL, NULL)) < 0 ||
		    (rc = fees_charge(s->id, s->user, &s->fees)) < 0)
			return rc;
		if (s->fees != FEE_CHARGED) {
			s->refused |= REFUSE_FEES;
			return 1;
		}
	}
	if ((s->move_err = dossier_transition((unsigned long long)s->id, DM_SUBMIT, &move,
	    &done)) != DME_OK)
		return 1;
	return 0;
}

/* The review page again with what keeps the draft from being submitted: 422. */
static int
submit_refused(struct request *r, const struct submission *s)
{
	struct db_arg	 args[] = { DB_I(s->id), DB_I(s->user), DB_END_ };
	struct dossier	 d;
	long		 rc;
	int		 st;

	if (s->refused & REFUSE_MISSING)
		form_error(r, "_", "submit.missing");
	if (s->refused & REFUSE_CHANNEL)
		form_error(r, "channel", "channel.required");
	if (s->refused & REFUSE_POSTAL)
		form_error(r, "channel", "submit.postal_incomplete");
	if (s->refused & REFUSE_UNIT)
		form_error(r, "agency_id", "unit.not_offered");
	if (s->refused & REFUSE_UNVERIFIED)
		form_error(r, "_", "submit.email_unverified");
	if (s->refused & REFUSE_WITHDRAWN)
		form_error(r, "_", "procedure.withdrawn");
	else if (s->refused & REFUSE_VERSION)
		form_error(r, "_", "procedure.new_version");
	if (s->refused & REFUSE_FEES)
		fees_refused(r, s->fees);
	if ((rc = xml_rows(xml_elem(r->root, "missing"), "component", STMT_MISSING, args)) < 0)
		return db_status(rc);
	if ((st = dossier_load(r, &d)) != 0 || (st = review_data(r, &d)) != 0)
		return st;
	r->keep_view = true;
	return 422;
}

/*
 * Submits the draft in one transaction: the row lock makes a second click wait and then
 * find the dossier submitted, so it only ever gets one code. What the dossier is received
 * under (time limit, fees) is fixed here; the status, the code, the history and the e-mail
 * are the state machine's (dossier_transition, DM_SUBMIT).
 */
int
submit_post(struct request *r)
{
	struct submission	 s = { .id = arg_id(r), .user = (long long)r->user.id };
	char			 to[64];
	long			 rc;

	if ((rc = db_transaction(submit_tx, &s)) < 0)
		return db_status(rc);
	if (rc == 0) {
		snprintf(to, sizeof(to), "/submit/%s/receipt?msg=submitted", r->arg);
		return app_redirect(r, to);
	}
	if (s.l.status < 0)
		return app_error(r, 404, "dossier.not_found");
	if (s.l.status != DS_DRAFT) {	/* submitted already: a repeated click or a retried POST */
		snprintf(to, sizeof(to), "/submit/%s/receipt", r->arg);
		return app_redirect(r, to);
	}
	if (s.move_err != DME_OK)
		return app_error(r, dmove_err_status(s.move_err), dmove_err_code(s.move_err));
	return submit_refused(r, &s);
}

int
receipt_page(struct request *r)
{
	struct dossier	 d;
	struct db_arg	 args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };
	struct buf	 url = { 0 };
	char		 to[64], token[40];
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0)
		return st;
	if (d.status == DS_DRAFT) {
		snprintf(to, sizeof(to), "/submit/%llu/review", d.id);
		return app_redirect(r, to);
	}
	if ((rc = xml_rows(xml_elem(r->root, "components"), "component", STMT_RECEIPT_COMPONENTS, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_DOSSIER_FEES, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "results"), "file", STMT_RESULTS, args)) < 0)
		return db_status(rc);
	/* The QR and the printed link open the public page of this dossier by its token; the
	 * lookup with its code for a dossier without one (generated bench data). */
	if ((rc = db_text(STMT_TRACK_TOKEN, args, token, sizeof(token))) < 0)
		return db_status(rc);
	if (token[0] != '\0') {
		buf_printf(&url, "%s/track/", conf.base_url);
		url_encode(&url, token);
	} else {
		buf_printf(&url, "%s/track?code=", conf.base_url);
		url_encode(&url, d.code);
	}
	xml_text(r->root, "track_url", buf_cstr(&url));
	xml_qr(r->root, buf_cstr(&url));
	buf_free(&url);
	show_msg(r);
	return 200;
}
