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

static int
missing_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	xmlNodePtr	*missing = arg;

	xml_row_append(*missing, "component", ncols, names, cols, lens);
	return 0;
}

/* What keeps the draft from being submitted, as form errors: required components without
 * a file, no channel, an incomplete postal address. 0, or a database status. */
static int
submit_check(struct request *r, const struct locked *l, const struct db_arg *args)
{
	xmlNodePtr	 missing = xml_elem(r->root, "missing");
	long		 rc;

	if ((rc = db_exec(STMT_MISSING, args, missing_row, &missing)) < 0)
		return db_status(rc);
	if (rc > 0)
		form_error(r, "_", "submit.missing");
	if (l->channel[0] == '\0' || (l->level == 4 && strcmp(l->channel, "counter") == 0))
		form_error(r, "channel", "channel.required");
	else if (strcmp(l->channel, "postal") == 0 &&
	    (l->street[0] == '\0' || l->commune[0] == '\0' || l->province[0] == '\0'))
		form_error(r, "channel", "submit.postal_incomplete");
	if (!l->receives)
		form_error(r, "agency_id", "unit.not_offered");
	/* A dossier's messages go to the account's address: it must be the holder's (issue 11). */
	if (!l->verified)
		form_error(r, "_", "submit.email_unverified");
	/* A dossier is received under the version in force: not one withdrawn or replaced since
	 * the draft began (its fees, time limit and components may differ). */
	if (!l->offered)
		form_error(r, "_", "procedure.withdrawn");
	else if (!l->current)
		form_error(r, "_", "procedure.new_version");
	return 0;
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
	struct db_arg		 args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };
	struct dmove_args	 move = { .actor = r->user.id, .role = ACT_APPLICANT, .version = -1 };
	struct dmove_done	 done;
	struct locked		 l = { .status = -1 };
	struct dossier		 d;
	enum dmove_err		 e;
	char			 to[64];
	long			 rc;
	int			 st;

	if ((rc = db_begin()) < 0)
		return db_status(rc);
	if ((rc = db_exec(STMT_LOCK, args, locked_row, &l)) < 0)
		goto fail;
	if (l.status < 0) {
		db_rollback();
		return app_error(r, 404, "dossier.not_found");
	}
	snprintf(to, sizeof(to), "/submit/%s/receipt", r->arg);
	if (l.status != DS_DRAFT) {	/* submitted already: a repeated click or a retried POST */
		db_rollback();
		return app_redirect(r, to);
	}
	if ((st = submit_check(r, &l, args)) != 0) {
		db_rollback();
		return st;
	}
	if (r->nerrors > 0) {
		db_rollback();
		if ((st = dossier_load(r, &d)) != 0 || (st = review_data(r, &d)) != 0)
			return st;
		r->keep_view = true;
		return 422;
	}
	{
		struct db_arg sargs[] = { DB_I(l.hours), DB_I(l.same_day), DB_I(arg_id(r)), DB_END_ };

		if ((rc = db_exec(STMT_SNAPSHOT, sargs, NULL, NULL)) < 0)
			goto fail;
		if ((st = fees_charge(r)) != 0) {
			db_rollback();
			return st;
		}
	}
	if (r->nerrors > 0) {	/* the claim is no longer valid: nothing written */
		db_rollback();
		if ((st = dossier_load(r, &d)) != 0 || (st = review_data(r, &d)) != 0)
			return st;
		r->keep_view = true;
		return 422;
	}
	if ((e = dossier_transition((unsigned long long)arg_id(r), DM_SUBMIT, &move, &done)) != DME_OK) {
		db_rollback();
		return app_error(r, dmove_err_status(e), dmove_err_code(e));
	}
	if ((rc = db_commit()) < 0)
		return db_status(rc);
	snprintf(to, sizeof(to), "/submit/%s/receipt?msg=submitted", r->arg);
	return app_redirect(r, to);
fail:
	db_rollback();
	return db_status(rc);
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
