/*
 * act.c — what the applicant does from the dossier's page, each refused with a message and
 * nothing changed when the dossier is not in a state for it:
 *   a supplement's files (status 5, or 1 when the desk asked to complete the dossier),
 *     checked exactly as at submission (the component's size and types, by content);
 *   the moves of the state machine the applicant may make: send the supplement (5 → 4, the
 *     clock restarts or resumes as the procedure says) and ask to withdraw (→ 7), each
 *     carrying the version of the dossier the page showed;
 *   a rating once the result is returned (10), once;
 *   feedback, which the unit answers within FEEDBACK_ANSWER_DAYS working days.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "dossiers.h"

/* Shows the dossier again with the form's errors, with status. */
static int
refused(struct request *r, int status)
{
	struct mine	 m;
	int		 st;

	if ((st = mine_data(r, &m)) != 0)
		return st;
	r->keep_view = true;
	return status;
}

/* The user's dossier of the URL: id, status, version, rated. 0, 404 or a database status. */
static int
mine_find(struct request *r, struct mine *m)
{
	struct db_arg	 args[] = { DB_S(r->arg), DB_I((long long)r->user.id), DB_END_ };
	char		 id[24];
	long		 rc;

	memset(m, 0, sizeof(*m));
	if ((rc = db_text(STMT_MINE, args, id, sizeof(id))) < 0)
		return db_status(rc);
	if (id[0] == '\0')
		return app_error(r, 404, "mine.not_found");
	m->id = num(id);
	return 0;
}

static int
mine_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct mine	*m = arg;

	(void)lens;
	m->id = num(row_get(ncols, names, cols, "id"));
	m->status = (int)num(row_get(ncols, names, cols, "status"));
	m->version = num(row_get(ncols, names, cols, "version"));
	m->rated = num(row_get(ncols, names, cols, "rated")) == 1;
	return 1;
}

static int
mine_state(struct request *r, struct mine *m)
{
	struct db_arg	 args[] = { DB_S(r->arg), DB_I((long long)r->user.id), DB_END_ };
	long		 rc;
	int		 st;

	if ((st = mine_find(r, m)) != 0)
		return st;
	if ((rc = db_exec(STMT_MINE, args, mine_row, m)) < 0)
		return db_status(rc);
	return 0;
}

/* ------------------------------------------------------------------ a supplement */

struct limits {
	struct upload	*up;
	bool		 open;
};

static int
limits_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct limits	*l = arg;

	(void)lens;
	l->up->max_bytes = strtoul(row_get(ncols, names, cols, "max_size_kb"), NULL, 10) * 1024;
	snprintf(l->up->types, sizeof(l->up->types), "%s", row_get(ncols, names, cols, "file_types"));
	snprintf(l->up->what, sizeof(l->up->what), "%s", row_get(ncols, names, cols, "name"));
	l->open = num(row_get(ncols, names, cols, "open")) == 1;
	return 1;
}

/* The component of the user's dossier the files supplement: 404 when there is none (or the
 * dossier is another's), 409 when the dossier takes no files now. */
static int
supplement_limits(struct request *r, struct upload *up)
{
	const char	*component = upload_field(up, "component");
	struct db_arg	 args[] = { DB_I(num(component)), DB_S(r->arg), DB_I((long long)r->user.id),
	    DB_END_ };
	struct limits	 l = { up, false };
	long		 rc;

	if (*component == '\0')
		return 400;
	if ((rc = db_exec(STMT_UPLOAD_COMPONENT, args, limits_row, &l)) < 0)
		return db_status(rc);
	if (rc == 0 || up->max_bytes == 0)
		return 404;
	return l.open ? 0 : 409;
}

const struct upload_spec supplement_spec = { { "component", NULL }, supplement_limits };

/* The page again with the upload's refusal at the component's slot, as at submission. */
static int
upload_refused(struct request *r, struct upload *up, int status, const char *code)
{
	xmlNodePtr	 e;
	char		 field[40];

	upload_discard(up);
	snprintf(field, sizeof(field), "component-%s", upload_field(up, "component"));
	e = form_error(r, *upload_field(up, "component") != '\0' ? field : "_",
	    up->error != NULL ? up->error : code);
	if (up->error_file >= 0)
		xml_attr(e, "file", up->files[up->error_file].name);
	xml_attr_uint(e, "max_mb", up->max_bytes / (1024 * 1024));
	xml_attr(e, "component", up->what);
	xml_attr(e, "types", up->types);
	xml_attr_uint(e, "max_files", UPLOAD_MAX_FILES);
	return refused(r, status);
}

/* The supplement's files recorded (db_transaction(): run again after a deadlock, so it only
 * runs statements and fills its struct, reset first). */
struct supplement {
	const char		*code;
	long long		 id, user;
	const struct upload	*up;
	bool			 closed;	/* the status moved since the upload began */
};

static long
supplement_tx(void *arg)
{
	struct supplement	*x = arg;
	struct db_arg		 args[] = { DB_S(x->code), DB_I(x->user), DB_END_ };
	char			 id[24];
	long			 rc;
	int			 i;

	x->closed = false;
	/* Locked: a status that moved since the upload began takes no files. */
	if ((rc = db_text(STMT_LOCK_OPEN, args, id, sizeof(id))) < 0)
		return rc;
	if (id[0] == '\0') {
		x->closed = true;
		return 1;
	}
	for (i = 0; i < x->up->nfiles; i++) {
		const struct upload_file *f = &x->up->files[i];
		struct db_arg fargs[] = { DB_I(x->id), DB_I(num(upload_field(x->up, "component"))),
		    DB_S(f->hex), DB_S(f->name), DB_S(f->mime), DB_I((long long)f->size), DB_END_ };

		if ((rc = db_exec(STMT_SUPPLEMENT_INSERT, fargs, NULL, NULL)) < 0)
			return rc;
	}
	return 0;
}

int
supplement_post(struct request *r)
{
	struct upload		*up = upload_get(r);
	struct mine		 m;
	struct supplement	 x = { .code = r->arg, .user = (long long)r->user.id, .up = up };
	char			 to[96];
	long			 rc;
	int			 st = r->upload_status;

	/* The limits found no component of a dossier of the user's (404), or one that takes no
	 * files now (409); a body that parsed is still checked to be the user's. */
	if (st == 404)
		return app_error(r, 404, "mine.not_found");
	if (st == 0 && (st = mine_find(r, &m)) != 0)
		return st;
	if (st == 409) {
		form_error(r, "_", "supplement.status");
		return refused(r, 409);
	}
	if (st == 413)
		return upload_refused(r, up, 413, "upload.body_too_large");
	if (st != 0)
		return st == 400 ? app_error(r, 400, "upload.invalid") : st;
	if (up->nfiles == 0)
		return upload_refused(r, up, 400, "upload.none");
	if ((st = upload_check(up)) != 0)
		return upload_refused(r, up, st, up->error);
	if ((st = upload_store(up)) != 0)
		return app_error(r, st, up->error);
	x.id = m.id;
	if ((rc = db_transaction(supplement_tx, &x)) < 0)
		return db_status(rc);
	if (x.closed) {
		form_error(r, "_", "supplement.status");
		return refused(r, 409);
	}
	snprintf(to, sizeof(to), "/dossiers/%s?msg=uploaded#supplement", r->arg);
	return app_redirect(r, to);
}

/* A file of the supplement taken back before it is sent (a wrong one): 404 for any other. */
int
remove_post(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)req_uint(r, "file", 0)), DB_S(r->arg),
	    DB_I((long long)r->user.id), DB_END_ };
	char		 to[96];
	long		 rc;

	if ((rc = db_exec(STMT_SUPPLEMENT_REMOVE, args, NULL, NULL)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "supplement.not_found");
	snprintf(to, sizeof(to), "/dossiers/%s?msg=removed#supplement", r->arg);
	return app_redirect(r, to);
}

/* ------------------------------------------------------------------ moves */

/*
 * Send the supplement (DM_SUPPLEMENT_IN: at least one file added since the request) or ask
 * to withdraw (DM_WITHDRAW_ASK: confirmed), through the state machine as the applicant: it
 * refuses a status it does not start from, another's dossier, and a stale form.
 */
int
move_post(struct request *r)
{
	enum dmove_id		 mv = dmove_find(req_str(r, "move", ""));
	struct dmove_args	 a = { .actor = r->user.id, .role = ACT_APPLICANT,
	    .version = (long long)req_uint(r, "version", 0), .note = req_str(r, "note", "") };
	struct dmove_done	 done;
	enum dmove_err		 e;
	struct mine		 m;
	char			 to[96];
	long long		 n = 0;
	long			 rc;
	int			 st;

	if ((st = mine_state(r, &m)) != 0)
		return st;
	form_values(r);
	if (mv != DM_SUPPLEMENT_IN && mv != DM_WITHDRAW_ASK) {
		form_error(r, "_", "move.unknown");
		return refused(r, 400);
	}
	if (mv == DM_WITHDRAW_ASK && strcmp(req_str(r, "confirm", ""), "1") != 0)
		form_error(r, "confirm", "withdraw.confirm");
	if (mv == DM_SUPPLEMENT_IN && m.status == DS_SUPPLEMENT) {
		struct db_arg args[] = { DB_I(m.id), DB_END_ };

		if ((rc = db_int(STMT_SUPPLEMENT_NEW, args, &n)) < 0)
			return db_status(rc);
		if (n == 0)
			form_error(r, "_", "supplement.none");
	}
	if (r->nerrors > 0)
		return refused(r, 422);
	if ((e = dossier_move((unsigned long long)m.id, mv, &a, &done)) != DME_OK) {
		form_error(r, "_", dmove_err_code(e));
		return refused(r, dmove_err_status(e));
	}
	snprintf(to, sizeof(to), "/dossiers/%s?msg=%s", r->arg,
	    mv == DM_SUPPLEMENT_IN ? "supplemented" : "withdraw");
	return app_redirect(r, to);
}

/* ------------------------------------------------------------------ rating and feedback */

int
rate_post(struct request *r)
{
	static const char *const levels[] = { "very_satisfied", "satisfied", "unsatisfied", NULL };
	const char		*level = req_str(r, "level", "");
	const char *const	*l;
	struct mine		 m;
	char			 to[96];
	long			 rc;
	int			 st;

	if ((st = mine_state(r, &m)) != 0)
		return st;
	form_values(r);
	for (l = levels; *l != NULL && strcmp(*l, level) != 0; l++)
		;
	if (m.rated)
		form_error(r, "_", "rating.twice");
	else if (m.status != DS_RETURNED)
		form_error(r, "_", "rating.status");
	else if (*l == NULL)
		form_error(r, "level", "rating.level");
	if (r->nerrors > 0)
		return refused(r, *l == NULL && !m.rated && m.status == DS_RETURNED ? 422 : 409);
	{
		struct db_arg args[] = { DB_S(level), DB_S(req_str(r, "comment", "")), DB_I(m.id),
		    DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_RATING_INSERT, args, NULL, NULL)) < 0 && !db_duplicate())
			return db_status(rc);
		if (rc <= 0) {	/* rated or moved meanwhile */
			form_error(r, "_", rc < 0 ? "rating.twice" : "rating.status");
			return refused(r, 409);
		}
	}
	snprintf(to, sizeof(to), "/dossiers/%s?msg=rated#rating", r->arg);
	return app_redirect(r, to);
}

/* The number of characters of UTF-8 text s. */
static size_t
utf8_chars(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

int
feedback_post(struct request *r)
{
	const char	*body = req_str(r, "body", "");
	struct workcal	 cal;
	struct mine	 m;
	long long	 n = 0;
	time_t		 due;
	char		 to[96];
	long		 rc;
	int		 st;

	if ((st = mine_find(r, &m)) != 0)
		return st;
	form_values(r);
	if (body[strspn(body, " \t\r\n")] == '\0')
		form_error(r, "body", "feedback.required");
	else if (utf8_chars(body) > FEEDBACK_MAX)
		form_error(r, "body", "feedback.too_long");
	else {
		struct db_arg args[] = { DB_I(m.id), DB_END_ };

		if ((rc = db_int(STMT_FEEDBACK_COUNT, args, &n)) < 0)
			return db_status(rc);
		if (n >= FEEDBACK_PER_DOSSIER)
			form_error(r, "_", "feedback.too_many");
	}
	if (r->nerrors > 0)
		return refused(r, n >= FEEDBACK_PER_DOSSIER ? 409 : 422);
	if ((st = calendar_load(&cal)) != 0)
		return st;
	due = workcal_add(&cal, workcal_next_open(&cal, time(NULL)),
	    FEEDBACK_ANSWER_DAYS * WORKDAY_HOURS * 60L);
	{
		struct db_arg args[] = { DB_I(m.id), DB_I((long long)r->user.id), DB_S(body),
		    DB_I((long long)due), DB_END_ };

		if ((rc = db_exec(STMT_FEEDBACK_INSERT, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	snprintf(to, sizeof(to), "/dossiers/%s?msg=feedback#feedback", r->arg);
	return app_redirect(r, to);
}
