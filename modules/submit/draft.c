/*
 * draft.c — the dossier in hand, and the first steps: "Hồ sơ của tôi" (drafts to resume,
 * dossiers submitted), starting a draft for a procedure as oneself or an organisation, and
 * the applicant's details, request and receiving unit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "submit.h"

/* ------------------------------------------------------------------ the dossier in hand */

/* The dossier id of /submit/{id}/…, already checked by id_ok(). */
long long
arg_id(const struct request *r)
{
	return num(r->arg);
}


static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct { struct request *r; struct dossier *d; } *ctx = arg;
	const char	*v;

	xml_row_append(ctx->r->root, "dossier", ncols, names, cols, lens);
	ctx->d->id = strtoull(row_get(ncols, names, cols, "id"), NULL, 10);
	ctx->d->agency = (unsigned long long)num(row_get(ncols, names, cols, "agency_id"));
	ctx->d->status = num(row_get(ncols, names, cols, "status"));
	ctx->d->level = num(row_get(ncols, names, cols, "procedure_level"));
	ctx->d->hours = (unsigned)num(row_get(ncols, names, cols, "processing_hours"));
	ctx->d->same_day = num(row_get(ncols, names, cols, "same_day")) == 1;
	snprintf(ctx->d->code, sizeof(ctx->d->code), "%s",
	    (v = row_get(ncols, names, cols, "code")) != NULL ? v : "");
	snprintf(ctx->d->channels, sizeof(ctx->d->channels), "%s",
	    (v = row_get(ncols, names, cols, "channels")) != NULL ? v : "");
	snprintf(ctx->d->kind, sizeof(ctx->d->kind), "%s",
	    (v = row_get(ncols, names, cols, "applicant_kind")) != NULL ? v : "");
	snprintf(ctx->d->province, sizeof(ctx->d->province), "%s",
	    (v = row_get(ncols, names, cols, "postal_province_code")) != NULL ? v : "");
	return 1;
}

int
dossier_load(struct request *r, struct dossier *d)
{
	struct { struct request *r; struct dossier *d; } ctx = { r, d };
	struct db_arg	 args[] = { DB_I(conf.draft_expire_days), DB_I(arg_id(r)),
	    DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	memset(d, 0, sizeof(*d));
	if ((rc = db_exec(STMT_DOSSIER, args, dossier_row, &ctx)) < 0)
		return db_status(rc);
	if (d->id == 0)
		return app_error(r, 404, "dossier.not_found");
	return 0;
}

int
draft_only(struct request *r, const struct dossier *d)
{
	char	 to[64];

	if (d->status == 0)
		return 0;
	snprintf(to, sizeof(to), "/submit/%llu/receipt", d->id);
	return app_redirect(r, to);
}

int
next_step(struct request *r, const char *step)
{
	char	 to[64];

	snprintf(to, sizeof(to), "/submit/%s/%s", r->arg, step);
	return app_redirect(r, to);
}

void
show_msg(struct request *r)
{
	static const char *const known[] = { "uploaded", "removed", "submitted", "saved", "claimed",
	    "unclaimed", NULL };
	const char		*msg = req_str(r, "msg", NULL);
	const char *const	*m;

	for (m = known; msg != NULL && *m != NULL; m++)
		if (strcmp(*m, msg) == 0)
			xml_text(r->root, "msg", msg);
}

/* ------------------------------------------------------------------ list and start */

/* "Hồ sơ của tôi" is dvc-dossiers' now: an old bookmark of /submit/ goes there. */
int
list(struct request *r)
{
	return app_redirect(r, "/dossiers/");
}

/* The procedure to start with where it is received, and the profile for the choice of
 * applicant. 0, 404 or db status. */
static int
new_data(struct request *r, const char *code)
{
	struct db_arg	 pargs[] = { DB_S(code), DB_END_ };
	struct db_arg	 uargs[] = { DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	if ((rc = xml_rows(r->root, "procedure", STMT_PROCEDURE, pargs)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "procedure.not_found");
	if ((rc = xml_rows(xml_elem(r->root, "units"), "unit", STMT_PROCEDURE_UNITS, pargs)) < 0 ||
	    (rc = xml_rows(r->root, "profile", STMT_PROFILE, uargs)) < 0)
		return db_status(rc);
	return 0;
}

int
new_page(struct request *r)
{
	const char		*code = req_str(r, "procedure", "");
	long long		 draft = 0;
	char			 to[64];
	long			 rc;
	int			 st;

	if (*code == '\0')
		return app_redirect(r, "/procedures");
	{
		struct db_arg args[] = { DB_I((long long)r->user.id), DB_S(code), DB_END_ };

		if ((rc = db_int(STMT_OPEN_DRAFT, args, &draft)) < 0)
			return db_status(rc);
	}
	if (draft != 0) {	/* resume the draft already started */
		snprintf(to, sizeof(to), "/submit/%lld/info", draft);
		return app_redirect(r, to);
	}
	if ((st = new_data(r, code)) != 0)
		return st;
	form_values(r);
	return 200;
}

int
new_post(struct request *r)
{
	const char	*code = req_str(r, "procedure", ""), *kind = req_str(r, "applicant_kind", "citizen");
	char		 to[64];
	long		 rc;
	int		 st;

	if (strcmp(kind, "citizen") != 0 && strcmp(kind, "organisation") != 0)
		return app_error(r, 400, "submit.applicant_kind");
	{
		/* A second click on "start" resumes the draft the first one made. */
		long long		 draft = 0;
		struct db_arg		 args[] = { DB_I((long long)r->user.id), DB_S(code), DB_END_ };

		if ((rc = db_int(STMT_OPEN_DRAFT, args, &draft)) < 0)
			return db_status(rc);
		if (draft != 0) {
			snprintf(to, sizeof(to), "/submit/%lld/info", draft);
			return app_redirect(r, to);
		}
	}
	{
		struct db_arg args[] = { DB_S(kind), DB_S(kind), DB_S(kind), DB_S(code),
		    DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_CREATE, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if (rc == 0) {
		if ((st = new_data(r, code)) != 0)
			return st;
		form_error(r, "_", "submit.not_online");
		return 200;
	}
	snprintf(to, sizeof(to), "/submit/%llu/info", db_last_insert_id());
	return app_redirect(r, to);
}

/* ------------------------------------------------------------------ step 1: information */

/* The units that may receive the draft (Decree 118/2025), into the page. 0 or a db status. */
static int
units_data(struct request *r, const struct dossier *d)
{
	struct db_arg	 args[] = { DB_I((long long)d->id), DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	if ((rc = xml_rows(xml_elem(r->root, "units"), "unit", STMT_UNITS, args)) < 0)
		return db_status(rc);
	return 0;
}

/*
 * The receiving unit of the step-1 form, into *unit: the one it names, with a form error when
 * the procedure is not received there; the draft's own when the form names none (a procedure
 * received by one unit shows it and asks nothing). 0 or a db status.
 */
static int
unit_input(struct request *r, const struct dossier *d, unsigned long long *unit)
{
	long long	 ok = 0;
	long		 rc;

	*unit = d->agency;
	if (req_param(r, "agency_id") == NULL)
		return 0;
	*unit = req_uint(r, "agency_id", 0);
	{
		struct db_arg args[] = { DB_I((long long)*unit), DB_I((long long)d->id),
		    DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_int(STMT_UNIT_OK, args, &ok)) < 0)
			return db_status(rc);
	}
	if (ok == 0)
		form_error(r, "agency_id", "unit.not_offered");
	return 0;
}

int
info_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = units_data(r, &d)) != 0)
		return st;
	show_msg(r);
	return 200;
}

int
info_post(struct request *r)
{
	const char	*phone_in = req_input(r, "applicant_phone"), *email_in = req_input(r, "applicant_email");
	const char	*org = req_input(r, "org_name"), *err;
	char		*tax = req_input(r, "org_tax_code");
	char		 phone[11] = "", email[255] = "", branch[16];
	unsigned long long unit;
	struct dossier	 d;
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0)
		return st;
	form_values(r);
	if ((err = valid_phone(phone_in, phone)) != NULL)
		form_error(r, "applicant_phone", *phone_in == '\0' ? "phone.required" : err);
	if (*email_in != '\0' && (err = valid_email(email_in, email, sizeof(email))) != NULL)
		form_error(r, "applicant_email", err);
	if (strlen(tax) == 13 && strspn(tax, "0123456789") == 13) {
		snprintf(branch, sizeof(branch), "%.10s-%.3s", tax, tax + 10);
		tax = branch;
	}
	if (strcmp(d.kind, "organisation") == 0) {
		if (*org == '\0')
			form_error(r, "org_name", "org_name.required");
		if ((err = valid_tax_code(tax)) != NULL)
			form_error(r, "org_tax_code", *tax == '\0' ? "org_tax_code.required" : err);
	} else
		org = tax = (char *)"";
	if ((st = unit_input(r, &d, &unit)) != 0)
		return st;
	if (r->nerrors > 0)
		return (st = units_data(r, &d)) != 0 ? st : 200;
	{
		struct db_arg args[] = { DB_S(email), DB_S(email), DB_S(email), DB_S(phone), DB_S(email),
		    DB_S(req_input(r, "applicant_address")), DB_S(org), DB_S(tax),
		    DB_S(req_input(r, "request_note")), DB_I((long long)unit),
		    DB_I((long long)d.id), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SAVE_INFO, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if (rc == 0)	/* submitted meanwhile (another tab): its receipt says so */
		return next_step(r, "receipt");
	if (email[0] != '\0' && (st = contact_confirm(r, d.id, email)) != 0)
		return st;
	return next_step(r, "files");
}

