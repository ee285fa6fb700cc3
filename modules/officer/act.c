/*
 * act.c — the officer's actions on a dossier (POST /officer/dossiers/{id}/move), each one
 * transaction through the dossier's state machine: it checks the officer's role in the
 * right unit, the status, and the version the form was shown with (a stale form or a second
 * click is refused, and nothing changes), then moves the dossier, writes the event and the
 * slip, and queues the applicant's message.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "officer.h"

/* Shows the dossier again with the form's errors, with status. */
static int
move_refused(struct request *r, int status)
{
	long long	 version;
	int		 st;

	if ((st = dossier_data(r, &version)) != 0)
		return st;
	form_values(r);
	r->keep_view = true;
	return status;
}

int
move_post(struct request *r)
{
	const char		*name = req_str(r, "move", ""), *note = req_str(r, "note", "");
	enum dmove_id		 m = dmove_find(name);
	struct dmove_args	 a = { .actor = r->user.id, .role = 0,
	    .version = (long long)req_uint(r, "version", 0), .note = note,
	    .assignee = req_uint(r, "assignee", 0), .tracking = req_str(r, "tracking", "") };
	struct dmove_done	 done;
	enum dmove_err		 e;
	char			 to[96];

	/* A move of the table that no officer may make (the applicant's, the system's) is
	 * refused by the state machine like any other role the officer has not: 403. */
	if (m == DM__MAX) {
		form_error(r, "_", "move.unknown");
		return move_refused(r, 400);
	}
	/* A note of blanks says nothing: a reason, the items missing or the obligation. */
	if ((dmoves[m].needs & DNEED_NOTE) && note[strspn(note, " \t\r\n")] == '\0')
		form_error(r, "note", m == DM_ASK_FEES ? "move.fees_required" :
		    m == DM_ASK_COMPLETE || m == DM_ASK_SUPPLEMENT ? "move.items_required" :
		    "move.reason_required");
	if ((dmoves[m].needs & DNEED_ASSIGNEE) && a.assignee == 0)
		form_error(r, "assignee", "move.assignee_required");
	/* Form 4's new date: due at the end of that working day. */
	if (dmoves[m].needs & DNEED_DUE) {
		int32_t		 day = form_day(r, "due");
		struct workcal	 cal;
		int		 st;

		if ((st = calendar_load(&cal)) != 0)
			return st;
		if (day >= 0)
			a.due = workcal_moment(day, cal.pm_end);
		else if (*req_str(r, "due", "") == '\0')
			form_error(r, "due", "move.due_required");
	}
	if (r->nerrors > 0)
		return move_refused(r, 422);
	if ((e = dossier_move((unsigned long long)num(r->arg), m, &a, &done)) != DME_OK) {
		/* An input refused is shown at its field: the tracking number a postal return
		 * lacks, a new date not later than the due one, an officer who may not take it.
		 * Another unit's dossier is not found, whatever the move (move_refused). */
		if (e == DME_INPUT && m == DM_RETURN)
			form_error(r, "tracking", "move.tracking_required");
		else if (e == DME_INPUT && (dmoves[m].needs & DNEED_DUE))
			form_error(r, "due", "move.due_required");
		else
			form_error(r, e == DME_INPUT && (dmoves[m].needs & DNEED_ASSIGNEE) ? "assignee" : "_",
			    dmove_err_code(e));
		return move_refused(r, dmove_err_status(e));
	}
	snprintf(to, sizeof(to), "/officer/dossiers/%s?msg=done&move=%s", r->arg, dmoves[m].name);
	return app_redirect(r, to);
}

/* An electronic result: what it may be. */
#define RESULT_MAX_BYTES	(20UL * 1024 * 1024)
#define RESULT_TYPES		"pdf,jpg,png"

/* The result goes to a dossier this officer sees; its files are checked like any upload. */
static int
result_limits(struct request *r, struct upload *up)
{
	struct db_arg	 args[] = { DB_I(num(r->arg)), DB_I((long long)r->user.id), DB_END_ };
	char		 code[40];
	long		 rc;

	if ((rc = db_text(STMT_SEEN, args, code, sizeof(code))) < 0)
		return db_status(rc);
	if (code[0] == '\0')
		return 404;
	up->max_bytes = RESULT_MAX_BYTES;
	snprintf(up->types, sizeof(up->types), "%s", RESULT_TYPES);
	snprintf(up->what, sizeof(up->what), "%s", code);
	return 0;
}

const struct upload_spec result_spec = { { "version", NULL }, result_limits };

/* Shows the dossier again with the upload's refusal at the result field, with status. */
static int
upload_refused(struct request *r, struct upload *up, int status)
{
	xmlNodePtr	 err;

	err = form_error(r, "result", up->error != NULL ? up->error : "upload.invalid");
	if (up->error_file >= 0)
		xml_attr(err, "file", up->files[up->error_file].name);
	xml_attr(err, "types", up->types);
	xml_attr_uint(err, "max_mb", up->max_bytes / (1024 * 1024));
	xml_attr_uint(err, "max_files", 1);
	xml_attr(err, "component", up->what);
	return move_refused(r, status);
}

/* The result's transaction (db_transaction(): run again after a deadlock, so it only runs
 * statements, stores the file and fills its struct, reset first). */
struct result {
	unsigned long long	 id;
	struct upload		*up;
	struct dmove_args	 a;
	enum dmove_err		 e;		/* the move refused */
	int			 stored;	/* upload_store()'s status */
};

static long
result_tx(void *arg)
{
	struct result		*x = arg;
	const struct upload_file *f = &x->up->files[0];
	struct db_arg		 args[] = { DB_I((long long)x->id), DB_S(f->hex), DB_S(f->name),
	    DB_S(f->mime), DB_I((long long)f->size), DB_END_ };
	struct dmove_done	 done;
	long			 rc;

	x->e = DME_OK;
	x->stored = 0;
	if ((rc = db_exec(STMT_RESULT_INSERT, args, NULL, NULL)) < 0)
		return rc;
	x->a.result_file = db_last_insert_id();
	if ((x->e = dossier_transition(x->id, DM_PROPOSE, &x->a, &done)) != DME_OK)
		return 1;
	/* Stored once: a run again finds the file in the store (upload.c). Core discards the
	 * temporary file of a request that stored nothing. */
	return (x->stored = upload_store(x->up)) != 0;
}

/*
 * The processor's electronic result (POST /officer/dossiers/{id}/result, multipart): the
 * file recorded and the dossier proposed for approval with it, in one transaction
 * (DM_PROPOSE). The file goes into the store only once the move is allowed: a file that
 * fails the checks, or a move refused (role, status, stale form), leaves nothing behind.
 */
int
result_post(struct request *r)
{
	struct upload		*up = upload_get(r);
	struct result		 x = { .id = (unsigned long long)num(r->arg), .up = up,
	    .a = { .actor = r->user.id, .role = ACT_PROCESSOR,
	    .version = num(upload_field(up, "version")) } };
	char			 to[96];
	long			 rc;
	int			 st = r->upload_status;

	form_value(r, "move", dmoves[DM_PROPOSE].name);
	if (st == 404)
		return app_error(r, 404, "officer.dossier_not_found");
	if (st == 0 && up->nfiles != 1) {
		up->error = up->nfiles == 0 ? "upload.none" : "upload.too_many";
		st = 400;
	}
	if (st == 0)
		st = upload_check(up);
	if (st != 0)
		return upload_refused(r, up, st);
	if ((rc = db_transaction(result_tx, &x)) < 0)
		return db_status(rc);
	if (x.e != DME_OK) {
		form_error(r, "_", dmove_err_code(x.e));
		return move_refused(r, dmove_err_status(x.e));
	}
	if (x.stored != 0)
		return upload_refused(r, up, x.stored);
	snprintf(to, sizeof(to), "/officer/dossiers/%s?msg=done&move=%s", r->arg, dmoves[DM_PROPOSE].name);
	return app_redirect(r, to);
}

/* The answer and the applicant's e-mail about it, together or neither (db_transaction()). */
struct answer {
	long long	 dossier, feedback, officer;
	const char	*text;
	bool		 answered;	/* already, or no such feedback */
};

static long
answer_tx(void *arg)
{
	struct answer	*x = arg;
	struct db_arg	 args[] = { DB_S(x->text), DB_I(x->officer), DB_I(x->officer),
	    DB_I(x->feedback), DB_I(x->dossier), DB_I(x->officer), DB_END_ };
	long		 rc;

	x->answered = false;
	if ((rc = db_exec(STMT_FEEDBACK_ANSWER, args, NULL, NULL)) <= 0) {
		x->answered = rc == 0;
		return rc < 0 ? rc : 1;
	}
	return dossier_mail_feedback((unsigned long long)x->dossier, x->text);
}

/*
 * The answer to the applicant's feedback (POST /officer/dossiers/{id}/feedback), once, by an
 * officer of a unit that has held the dossier; another unit's dossier is not found.
 */
int
feedback_post(struct request *r)
{
	struct answer	 x = { .dossier = num(r->arg), .feedback = (long long)req_uint(r, "feedback", 0),
	    .officer = (long long)r->user.id, .text = req_str(r, "answer", "") };
	struct db_arg	 seen[] = { DB_I(x.dossier), DB_I(x.officer), DB_END_ };
	char		 code[40], to[96];
	long		 rc;

	if ((rc = db_text(STMT_SEEN, seen, code, sizeof(code))) < 0)
		return db_status(rc);
	if (code[0] == '\0')
		return app_error(r, 404, "officer.dossier_not_found");
	form_value(r, "move", "feedback");
	if (x.text[strspn(x.text, " \t\r\n")] == '\0') {
		form_error(r, "answer", "feedback.answer_required");
		return move_refused(r, 422);
	}
	if ((rc = db_transaction(answer_tx, &x)) < 0)
		return db_status(rc);
	if (x.answered) {
		form_error(r, "_", "feedback.answered");
		return move_refused(r, 409);
	}
	snprintf(to, sizeof(to), "/officer/dossiers/%s?msg=answered#feedback", r->arg);
	return app_redirect(r, to);
}
