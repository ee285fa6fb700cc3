/*
 * dvc-submit — step 2 of the citizen's way: a dossier from draft to receipt.
 *   GET      /submit/                "Hồ sơ của tôi": drafts to resume, dossiers submitted
 *   GET|POST /submit/new             start a draft for a procedure (as oneself or an organisation)
 *   GET|POST /submit/{id}/info       the applicant and the request
 *   GET      /submit/{id}/files      one upload slot per component
 *   POST     /submit/{id}/files      multipart upload (type from the content, size per component)
 *   POST     /submit/{id}/remove     remove an uploaded file
 *   GET|POST /submit/{id}/delivery   online, by the public postal service, or at the counter
 *   GET      /submit/{id}/fees       the fees due
 *   GET      /submit/{id}/review     everything, the expected due date, and the submit button
 *   POST     /submit/{id}/submit     idempotent: status 1, the dossier code, history, e-mail
 *   GET      /submit/{id}/receipt    the printable receipt and appointment slip with a QR code
 * Every query is bound to the signed-in user: someone else's dossier id is a 404.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <magic.h>
#include <sodium.h>

#include "dvc.h"

#define MAX_UPLOAD_FILES	8	/* files in one upload */

enum stmt {
	STMT_LIST,
	STMT_PROCEDURE,
	STMT_PROFILE,
	STMT_OPEN_DRAFT,
	STMT_CREATE,
	STMT_DOSSIER,
	STMT_SAVE_INFO,
	STMT_COMPONENTS,
	STMT_FILES,
	STMT_UPLOAD_COMPONENT,
	STMT_FILE_INSERT,
	STMT_FILE_DELETE,
	STMT_FILE_REPLACE,
	STMT_TOUCH,
	STMT_CHANNELS,
	STMT_PROVINCES,
	STMT_HOME_PROVINCE,
	STMT_COMMUNES,
	STMT_COMMUNE_NAME,
	STMT_SAVE_DELIVERY,
	STMT_FEES,
	STMT_MISSING,
	STMT_LOCK,
	STMT_SEQUENCE,
	STMT_SUBMIT,
	STMT_COPY_FEES,
	STMT_EVENT,
	STMT_OUTBOX,
	STMT_RECEIPT_COMPONENTS,
	STMT_DOSSIER_FEES,
	STMT__MAX
};

/* The dossier, only for its owner. */
#define MINE " d.id = ? AND d.user_id = ?"

static const struct db_stmt_def stmts[STMT__MAX] = {
	[STMT_LIST] = { "SELECT d.id, d.code, d.status, p.name AS procedure_name,"
	    " " SQL_VN_TIME("d.updated_at") " AS updated_at, " SQL_VN_TIME("d.submitted_at") " AS submitted_at,"
	    " " SQL_VN_TIME("d.due_at") " AS due_at,"
	    " (SELECT COUNT(*) FROM dossier_files f WHERE f.dossier_id = d.id) AS nfiles"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id WHERE d.user_id = ?"
	    " ORDER BY d.status = 0 DESC, d.updated_at DESC, d.id DESC LIMIT 200" },
	[STMT_PROCEDURE] = { "SELECT p.id, p.code, p.name, p.level, a.name AS agency_name,"
	    " p.presence_note, p.applicant_kinds, p.processing_hours, p.same_day FROM procedures p"
	    " JOIN agencies a ON a.id = p.agency_id WHERE p.current_code = ?" },
	[STMT_PROFILE] = { "SELECT full_name, org_name, org_tax_code FROM users WHERE id = ?" },
	[STMT_OPEN_DRAFT] = { "SELECT d.id FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " WHERE d.user_id = ? AND p.current_code = ? AND d.status = 0 ORDER BY d.id DESC LIMIT 1" },
	/* The applicant's details come from the profile once; the form may then change them. */
	[STMT_CREATE] = { "INSERT INTO dossiers (user_id, procedure_id, agency_id, status, applicant_kind,"
	    " applicant_name, applicant_citizen_id, applicant_birth_date, applicant_phone,"
	    " applicant_email, applicant_address, org_name, org_tax_code, created_at, updated_at)"
	    " SELECT u.id, p.id, p.agency_id, 0, ?, u.full_name, COALESCE(u.citizen_id, ''),"
	    " u.birth_date, u.phone, COALESCE(u.email, ''), u.address,"
	    " IF(? = 'organisation', u.org_name, ''), IF(? = 'organisation', u.org_tax_code, ''),"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM users u JOIN procedures p ON p.current_code = ?"
	    " WHERE u.id = ? AND p.level IN (3, 4)" },
	[STMT_DOSSIER] = { "SELECT d.id, d.status, d.code, p.code AS procedure_code,"
	    " p.name AS procedure_name, p.level AS procedure_level, a.code AS agency_code,"
	    " a.name AS agency_name, a.address AS agency_address, d.applicant_kind, d.applicant_name,"
	    " d.applicant_citizen_id, DATE_FORMAT(d.applicant_birth_date, '%d/%m/%Y') AS applicant_birth_date,"
	    " DATE_FORMAT(d.applicant_birth_date, '%Y-%m-%d') AS applicant_birth_date_iso,"
	    " d.applicant_phone, d.applicant_email, d.applicant_address, d.org_name, d.org_tax_code,"
	    " d.request_note, d.channel, d.postal_recipient, d.postal_phone, d.postal_street,"
	    " d.postal_commune, d.postal_commune_code, d.postal_province_code,"
	    " pr.name AS postal_province_name,"
	    " COALESCE(d.processing_hours, p.processing_hours) AS processing_hours,"
	    " COALESCE(d.same_day, p.same_day) AS same_day, d.fee_total,"
	    " " SQL_VN_TIME("d.submitted_at") " AS submitted_at, " SQL_VN_TIME("d.due_at") " AS due_at,"
	    " " SQL_VN_TIME("d.updated_at") " AS updated_at, p.channels, p.presence_note"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = d.agency_id LEFT JOIN provinces pr ON pr.code = d.postal_province_code"
	    " WHERE" MINE },
	[STMT_SAVE_INFO] = { "UPDATE dossiers d SET applicant_phone = ?, applicant_email = ?,"
	    " applicant_address = ?, org_name = ?, org_tax_code = ?, request_note = ?,"
	    " updated_at = UTC_TIMESTAMP() WHERE" MINE " AND d.status = 0" },
	[STMT_COMPONENTS] = { "SELECT c.id, c.sort, c.name, c.required, c.originals, c.copies,"
	    " c.file_types, c.max_size_kb, c.note, c.template_name, c.template_file"
	    " FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " WHERE" MINE " ORDER BY c.sort" },
	[STMT_FILES] = { "SELECT f.id, f.component_id, f.name, f.mime, f.size,"
	    " " SQL_VN_TIME("f.uploaded_at") " AS uploaded_at FROM dossier_files f"
	    " JOIN dossiers d ON d.id = f.dossier_id WHERE" MINE " ORDER BY f.id" },
	[STMT_UPLOAD_COMPONENT] = { "SELECT c.max_size_kb, c.file_types, c.name FROM procedure_components c"
	    " JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " WHERE c.id = ? AND" MINE " AND d.status = 0" },
	[STMT_FILE_INSERT] = { "INSERT INTO dossier_files (dossier_id, component_id, sha256, name, mime,"
	    " size, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())" },
	[STMT_FILE_DELETE] = { "DELETE f FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    " WHERE f.id = ? AND" MINE " AND d.status = 0" },
	/* A file is replaced only by an upload into its own component. */
	[STMT_FILE_REPLACE] = { "DELETE f FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    " WHERE f.id = ? AND f.component_id = ? AND" MINE " AND d.status = 0" },
	[STMT_TOUCH] = { "UPDATE dossiers d SET updated_at = UTC_TIMESTAMP() WHERE" MINE " AND d.status = 0" },
	[STMT_CHANNELS] = { "SELECT p.level, p.channels, p.presence_note FROM procedures p"
	    " JOIN dossiers d ON d.procedure_id = p.id WHERE" MINE },
	[STMT_PROVINCES] = { "SELECT code, name FROM provinces ORDER BY sort" },
	[STMT_HOME_PROVINCE] = { "SELECT code FROM provinces WHERE name LIKE CONCAT('% ', ?) LIMIT 1" },
	[STMT_COMMUNES] = { "SELECT code, name FROM communes WHERE province_code = ? ORDER BY name" },
	[STMT_COMMUNE_NAME] = { "SELECT name FROM communes WHERE code = ? AND province_code = ?" },
	[STMT_SAVE_DELIVERY] = { "UPDATE dossiers d SET channel = ?, postal_recipient = ?, postal_phone = ?,"
	    " postal_street = ?, postal_province_code = NULLIF(?, ''), postal_commune_code = NULLIF(?, ''),"
	    " postal_commune = ?, updated_at = UTC_TIMESTAMP() WHERE" MINE " AND d.status = 0" },
	[STMT_FEES] = { "SELECT fe.kind, fe.name, fe.amount, fe.stage, fe.optional, fe.note"
	    " FROM procedure_fees fe JOIN dossiers d ON d.procedure_id = fe.procedure_id"
	    " WHERE" MINE " ORDER BY fe.sort" },
	[STMT_MISSING] = { "SELECT c.id, c.name FROM procedure_components c"
	    " JOIN dossiers d ON d.procedure_id = c.procedure_id WHERE" MINE " AND c.required = 1"
	    " AND NOT EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = d.id"
	    " AND f.component_id = c.id) ORDER BY c.sort" },
	/* Taken at submission: a second click waits here, then finds the dossier submitted. */
	[STMT_LOCK] = { "SELECT d.status, d.agency_id, a.code, d.procedure_id, p.processing_hours,"
	    " p.same_day, COALESCE(d.channel, ''), d.postal_street, d.postal_commune,"
	    " COALESCE(d.postal_province_code, ''), d.applicant_email, d.applicant_name, p.name,"
	    " p.level FROM dossiers d JOIN agencies a ON a.id = d.agency_id"
	    " JOIN procedures p ON p.id = d.procedure_id WHERE" MINE " FOR UPDATE" },
	/* The row lock of the upsert serialises codes per agency and day. */
	[STMT_SEQUENCE] = { "INSERT INTO dossier_sequences (agency_id, day, last) VALUES (?, ?, LAST_INSERT_ID(1))"
	    " ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)" },
	[STMT_SUBMIT] = { "UPDATE dossiers SET status = 1, code = ?, submitted_at = FROM_UNIXTIME(?),"
	    " due_at = FROM_UNIXTIME(?), processing_hours = ?, same_day = ?,"
	    " fee_total = (SELECT COALESCE(SUM(amount), 0) FROM procedure_fees"
	    "  WHERE procedure_id = ? AND optional = 0), updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND status = 0" },
	[STMT_COPY_FEES] = { "INSERT INTO dossier_fees (dossier_id, sort, kind, name, amount, stage)"
	    " SELECT ?, sort, kind, name, amount, stage FROM procedure_fees"
	    " WHERE procedure_id = ? AND optional = 0" },
	[STMT_EVENT] = { "INSERT INTO dossier_events (dossier_id, at, user_id, from_status, to_status, note)"
	    " VALUES (?, UTC_TIMESTAMP(3), ?, 0, 1, ?)" },
	[STMT_OUTBOX] = { "INSERT INTO outbox (created_at, channel, recipient, subject, body, dossier_id)"
	    " VALUES (UTC_TIMESTAMP(), 'email', ?, ?, ?, ?)" },
	[STMT_RECEIPT_COMPONENTS] = { "SELECT c.sort, c.name, c.originals, c.copies, COUNT(f.id) AS nfiles"
	    " FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id"
	    " LEFT JOIN dossier_files f ON f.dossier_id = d.id AND f.component_id = c.id"
	    " WHERE" MINE " GROUP BY c.id ORDER BY c.sort" },
	[STMT_DOSSIER_FEES] = { "SELECT df.kind, df.name, df.amount, df.stage FROM dossier_fees df"
	    " JOIN dossiers d ON d.id = df.dossier_id WHERE" MINE " ORDER BY df.sort" },
};

static const struct param_spec no_params[] = { { NULL, 0, 0 } };
static const struct param_spec msg_params[] = { { "msg", P_TOKEN, 32 }, { NULL, 0, 0 } };
static const struct param_spec new_page_params[] = { { "procedure", P_TOKEN, 40 }, { NULL, 0, 0 } };
static const struct param_spec new_params[] = {
	{ "procedure", P_TOKEN, 40 },
	{ "applicant_kind", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};
static const struct param_spec info_params[] = {
	{ "applicant_phone", P_TEXT, 20 },
	{ "applicant_email", P_TEXT, 254 },
	{ "applicant_address", P_TEXT, 255 },
	{ "org_name", P_TEXT, 255 },
	{ "org_tax_code", P_TEXT, 14 },
	{ "request_note", P_TEXT, 2000 },
	{ NULL, 0, 0 },
};
static const struct param_spec remove_params[] = { { "file", P_UINT, UINT32_MAX * 1024ULL }, { NULL, 0, 0 } };
static const struct param_spec delivery_params[] = {
	{ "channel", P_TOKEN, 16 },
	{ "postal_recipient", P_TEXT, 100 },
	{ "postal_phone", P_TEXT, 20 },
	{ "postal_street", P_TEXT, 255 },
	{ "postal_province_code", P_TOKEN, 2 },
	{ "postal_commune_code", P_TOKEN, 5 },
	{ "postal_commune", P_TEXT, 100 },
	{ "refresh", P_TOKEN, 1 },
	{ NULL, 0, 0 },
};
static const struct param_spec delivery_page_params[] = {
	{ "province", P_TOKEN, 2 },
	{ NULL, 0, 0 },
};

static magic_t	 magic;

/* ------------------------------------------------------------------ the dossier in hand */

/* A number from the database or a checked input: the text of a decimal integer. */
static long long
num(const char *s)
{
	return s != NULL ? strtoll(s, NULL, 10) : 0;
}

/* The dossier id of /submit/{id}/…, already checked by id_ok(). */
static long long
arg_id(const struct request *r)
{
	return num(r->arg);
}


struct dossier {
	unsigned long long	 id;
	int			 status;
	int			 level;
	unsigned		 hours;
	bool			 same_day;
	char			 code[40];
	char			 channels[32];
	char			 kind[16];
	char			 province[3];
};

static int
dossier_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct { struct request *r; struct dossier *d; } *ctx = arg;
	const char	*v;

	xml_row_append(ctx->r->root, "dossier", ncols, names, cols, lens);
	ctx->d->id = strtoull(row_get(ncols, names, cols, "id"), NULL, 10);
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

/* The id in /submit/{id}/…: digits only, else 404. */
static bool
id_ok(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n <= 18 && strspn(s, "0123456789") == n && s[0] != '0';
}

/* Loads the user's dossier of the URL into d and the page. 0, 404, or a database status. */
static int
dossier_load(struct request *r, struct dossier *d)
{
	struct { struct request *r; struct dossier *d; } ctx = { r, d };
	struct db_arg	 args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	memset(d, 0, sizeof(*d));
	if ((rc = db_exec(STMT_DOSSIER, args, dossier_row, &ctx)) < 0)
		return db_status(rc);
	if (d->id == 0)
		return app_error(r, 404, "Không tìm thấy hồ sơ này trong tài khoản của bạn.");
	return 0;
}

/* A draft page for a dossier already submitted goes to its receipt. */
static int
draft_only(struct request *r, const struct dossier *d)
{
	char	 to[64];

	if (d->status == 0)
		return 0;
	snprintf(to, sizeof(to), "/submit/%llu/receipt", d->id);
	return app_redirect(r, to);
}

static int
next_step(struct request *r, const char *step)
{
	char	 to[64];

	snprintf(to, sizeof(to), "/submit/%s/%s", r->arg, step);
	return app_redirect(r, to);
}

static void
show_msg(struct request *r)
{
	static const char *const known[] = { "uploaded", "removed", "submitted", "saved", NULL };
	const char		*msg = req_str(r, "msg", NULL);
	const char *const	*m;

	for (m = known; msg != NULL && *m != NULL; m++)
		if (strcmp(*m, msg) == 0)
			xml_text(r->root, "msg", msg);
}

static char *
input(struct request *r, const char *name)
{
	const struct param	*p = req_param(r, name);
	char			*s, *end;

	if (p == NULL)
		return (char *)"";
	for (s = p->value; *s == ' ' || *s == '\t'; s++)
		;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

/* ------------------------------------------------------------------ list and start */

static int
list(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	if ((rc = xml_rows(xml_elem(r->root, "dossiers"), "dossier", STMT_LIST, args)) < 0)
		return db_status(rc);
	return 200;
}

/* The procedure to start, and the profile for the choice of applicant. 0, 404 or db status. */
static int
new_data(struct request *r, const char *code)
{
	struct db_arg	 pargs[] = { DB_S(code), DB_END_ };
	struct db_arg	 uargs[] = { DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	if ((rc = xml_rows(r->root, "procedure", STMT_PROCEDURE, pargs)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "Không tìm thấy thủ tục hành chính có mã này.");
	if ((rc = xml_rows(r->root, "profile", STMT_PROFILE, uargs)) < 0)
		return db_status(rc);
	return 0;
}

static int
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

static int
new_post(struct request *r)
{
	const char	*code = req_str(r, "procedure", ""), *kind = req_str(r, "applicant_kind", "citizen");
	char		 to[64];
	long		 rc;
	int		 st;

	if (strcmp(kind, "citizen") != 0 && strcmp(kind, "organisation") != 0)
		return app_error(r, 400, "Người nộp hồ sơ không hợp lệ.");
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
		form_error(r, "_", "Thủ tục này không nộp trực tuyến được: hãy đến bộ phận một cửa.");
		return 200;
	}
	snprintf(to, sizeof(to), "/submit/%llu/info", db_last_insert_id());
	return app_redirect(r, to);
}

/* ------------------------------------------------------------------ step 1: information */

static int
info_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0)
		return st;
	show_msg(r);
	return 200;
}

static int
info_post(struct request *r)
{
	const char	*phone_in = input(r, "applicant_phone"), *email_in = input(r, "applicant_email");
	const char	*org = input(r, "org_name"), *err;
	char		*tax = input(r, "org_tax_code");
	char		 phone[11] = "", email[255] = "", branch[16];
	struct dossier	 d;
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0)
		return st;
	form_values(r);
	if ((err = valid_phone(phone_in, phone)) != NULL)
		form_error(r, "applicant_phone", *phone_in == '\0' ? "Nhập số điện thoại di động." : err);
	if (*email_in != '\0' && (err = valid_email(email_in, email, sizeof(email))) != NULL)
		form_error(r, "applicant_email", err);
	if (strlen(tax) == 13 && strspn(tax, "0123456789") == 13) {
		snprintf(branch, sizeof(branch), "%.10s-%.3s", tax, tax + 10);
		tax = branch;
	}
	if (strcmp(d.kind, "organisation") == 0) {
		if (*org == '\0')
			form_error(r, "org_name", "Nhập tên tổ chức.");
		if ((err = valid_tax_code(tax)) != NULL)
			form_error(r, "org_tax_code", *tax == '\0' ? "Nhập mã số thuế." : err);
	} else
		org = tax = (char *)"";
	if (r->nerrors > 0)
		return 200;
	{
		struct db_arg args[] = { DB_S(phone), DB_S(email), DB_S(input(r, "applicant_address")),
		    DB_S(org), DB_S(tax), DB_S(input(r, "request_note")), DB_I((long long)d.id),
		    DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SAVE_INFO, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	return next_step(r, "files");
}

/* ------------------------------------------------------------------ step 2: files */

struct components_ctx {
	xmlNodePtr	 list;
};

/* Files go under their component: <component><id>…</id>…<files><file>… */
static int
file_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct components_ctx	*ctx = arg;
	const char		*component = row_get(ncols, names, cols, "component_id");
	xmlNodePtr		 c, child;

	for (c = ctx->list->children; c != NULL; c = c->next)
		for (child = c->children; child != NULL; child = child->next)
			if (xmlStrcmp(child->name, (const xmlChar *)"id") == 0) {
				xmlChar *id = xmlNodeGetContent(child);
				bool same = component != NULL && xmlStrcmp(id, (const xmlChar *)component) == 0;

				xmlFree(id);
				if (same) {
					xmlNodePtr files = NULL;

					for (files = c->children; files != NULL; files = files->next)
						if (xmlStrcmp(files->name, (const xmlChar *)"files") == 0)
							break;
					xml_row_append(files, "file", ncols, names, cols, lens);
					return 0;
				}
				break;
			}
	return 0;
}

static int
component_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct components_ctx	*ctx = arg;

	xml_elem(xml_row_append(ctx->list, "component", ncols, names, cols, lens), "files");
	return 0;
}

/* The components with their files, into the page. */
static int
files_data(struct request *r, const struct dossier *d)
{
	struct components_ctx	 ctx = { xml_elem(r->root, "components") };
	struct db_arg		 args[] = { DB_I((long long)d->id), DB_I((long long)r->user.id), DB_END_ };
	long			 rc;

	if ((rc = db_exec(STMT_COMPONENTS, args, component_row, &ctx)) < 0 ||
	    (rc = db_exec(STMT_FILES, args, file_row, &ctx)) < 0)
		return db_status(rc);
	return 0;
}

static int
files_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = files_data(r, &d)) != 0)
		return st;
	show_msg(r);
	return 200;
}

/*
 * An upload in progress: the parts of one POST. Files go to temporary files in the store
 * while they arrive, hashed on the way; nothing is recorded before the whole body parsed.
 */
static struct upload {
	struct request		*r;
	char			 component[16];
	char			 replace[24];
	unsigned long		 max_bytes;	/* of the component; 0 before it is known */
	char			 types[100];
	char			 component_name[4001];
	int			 nfiles;
	struct upfile {
		int				 fd;
		char				 tmp[STORE_PATH_MAX];
		char				 name[256];
		unsigned long			 size;
		crypto_hash_sha256_state	 sha;
		char				 hex[65];
		char				 mime[100];
	} files[MAX_UPLOAD_FILES];
	char			 error[2048];
	int			 field;		/* the plain field being read: 'c', 'r', or 0 */
} up;

static void
upload_discard(void)
{
	int	 i;

	for (i = 0; i < up.nfiles; i++) {
		if (up.files[i].fd >= 0)
			close(up.files[i].fd);
		if (up.files[i].tmp[0] != '\0')
			unlink(up.files[i].tmp);
	}
	up.nfiles = 0;
}

static int
component_limits(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	(void)arg;
	(void)names;
	(void)lens;
	if (ncols < 3)
		return 0;
	up.max_bytes = strtoul(cols[0], NULL, 10) * 1024;
	snprintf(up.types, sizeof(up.types), "%s", cols[1]);
	snprintf(up.component_name, sizeof(up.component_name), "%s", cols[2]);
	return 1;
}

static int
up_begin(void *arg, const struct mp_part *p)
{
	struct request	*r = arg;
	struct upfile	*f;
	long		 rc;

	up.field = 0;
	if (strcmp(p->name, "component") == 0 && !p->is_file) {
		up.field = 'c';
		return 0;
	}
	if (strcmp(p->name, "replace") == 0 && !p->is_file) {
		up.field = 'r';
		return 0;
	}
	if (strcmp(p->name, "file") != 0 || !p->is_file)
		return 400;
	if (up.max_bytes == 0) {	/* the first file: the component is known by now */
		struct db_arg args[] = { DB_I(num(up.component)), DB_I(arg_id(r)),
		    DB_I((long long)r->user.id), DB_END_ };

		if (up.component[0] == '\0')
			return 400;
		if ((rc = db_exec(STMT_UPLOAD_COMPONENT, args, component_limits, NULL)) < 0)
			return db_status(rc);
		if (up.max_bytes == 0)
			return 404;
	}
	if (p->filename[0] == '\0')
		return 0;	/* a file input left empty */
	if (up.nfiles == MAX_UPLOAD_FILES) {
		snprintf(up.error, sizeof(up.error), "Mỗi lần tải lên tối đa %d tệp.", MAX_UPLOAD_FILES);
		return 413;
	}
	f = &up.files[up.nfiles];
	memset(f, 0, sizeof(*f));
	if ((f->fd = store_tmp(f->tmp)) < 0)
		return 500;
	up.nfiles++;
	snprintf(f->name, sizeof(f->name), "%s", p->filename);
	crypto_hash_sha256_init(&f->sha);
	return 0;
}

static int
up_data(void *arg, const struct mp_part *p, const char *data, size_t n)
{
	struct upfile	*f;
	size_t		 len;

	(void)arg;
	if (up.field != 0) {
		char	*dst = up.field == 'c' ? up.component : up.replace;
		size_t	 cap = up.field == 'c' ? sizeof(up.component) : sizeof(up.replace);

		len = strlen(dst);
		if (n >= cap - len || strspn(data, "0123456789") < n)
			return 400;
		memcpy(dst + len, data, n);
		dst[len + n] = '\0';
		return 0;
	}
	if (p->filename[0] == '\0' || up.nfiles == 0)
		return 0;
	f = &up.files[up.nfiles - 1];
	if (f->size + n > up.max_bytes) {
		/* The component's name shortened, never inside a character. */
		snprintf(up.error, sizeof(up.error), "Tệp \"%s\" vượt quá dung lượng tối đa %lu MB của "
		    "thành phần \"%.*s%s\". Hãy giảm dung lượng (ví dụ quét ở độ phân giải thấp hơn) rồi "
		    "tải lại.", f->name, up.max_bytes / (1024 * 1024),
		    (int)text_prefix(up.component_name, 300), up.component_name,
		    strlen(up.component_name) > 300 ? "…" : "");
		return 413;
	}
	for (len = 0; len < n; ) {
		ssize_t w = write(f->fd, data + len, n - len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			log_warn("%s: write: %s", f->tmp, strerror(errno));
			return 500;
		}
		len += (size_t)w;
	}
	crypto_hash_sha256_update(&f->sha, (const unsigned char *)data, n);
	f->size += n;
	return 0;
}

static int
up_end(void *arg, const struct mp_part *p)
{
	struct upfile	*f;
	unsigned char	 digest[crypto_hash_sha256_BYTES];

	(void)arg;
	if (up.field != 0 || p->filename[0] == '\0' || up.nfiles == 0)
		return 0;
	f = &up.files[up.nfiles - 1];
	crypto_hash_sha256_final(&f->sha, digest);
	sodium_bin2hex(f->hex, sizeof(f->hex), digest, sizeof(digest));
	return 0;
}

static const struct mp_handler upload_handler = { NULL, up_begin, up_data, up_end };

/* The MIME types each short name of procedure_components.file_types stands for. */
static const struct {
	const char	*ext;
	const char	*mime;
} file_kinds[] = {
	{ "pdf", "application/pdf" },
	{ "jpg", "image/jpeg" },
	{ "png", "image/png" },
	{ "doc", "application/msword" },
	{ "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
	{ "xls", "application/vnd.ms-excel" },
	{ "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
};

static bool
type_allowed(const char *types, const char *mime)
{
	char	 list[100], *tok, *save;
	size_t	 i;

	snprintf(list, sizeof(list), "%s", types);
	for (tok = strtok_r(list, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save))
		for (i = 0; i < sizeof(file_kinds) / sizeof(file_kinds[0]); i++)
			if (strcmp(tok, file_kinds[i].ext) == 0 && strcmp(mime, file_kinds[i].mime) == 0)
				return true;
	return false;
}

/* Shows the files page again with an error by the component, and status. */
static int
files_error(struct request *r, int status, const char *message)
{
	struct dossier	 d;
	char		 field[32];
	int		 st;

	upload_discard();
	if ((st = dossier_load(r, &d)) != 0 || (st = files_data(r, &d)) != 0)
		return st;
	snprintf(field, sizeof(field), "component-%s", up.component[0] ? up.component : "_");
	form_error(r, up.component[0] ? field : "_", message);
	r->keep_view = true;
	return status;
}

static int
files_post_parsed(struct request *r)
{
	struct upfile	*f;
	char		 to[80];
	long		 rc;
	int		 i, st = r->upload_status;

	if (st == 413)
		return files_error(r, 413, up.error[0] ? up.error :
		    "Dữ liệu gửi lên vượt quá dung lượng cho phép.");
	if (st == 404) {
		upload_discard();
		return app_error(r, 404, "Không tìm thấy hồ sơ hoặc thành phần hồ sơ này.");
	}
	if (st != 0) {
		upload_discard();
		return st == 400 ? app_error(r, 400, "Dữ liệu tải lên không hợp lệ.") : st;
	}
	if (up.max_bytes == 0 || up.nfiles == 0)
		return files_error(r, 400, "Hãy chọn ít nhất một tệp để tải lên.");
	for (i = 0; i < up.nfiles; i++) {
		const char *mime;

		f = &up.files[i];
		if (f->size == 0) {
			snprintf(up.error, sizeof(up.error), "Tệp \"%s\" rỗng.", f->name);
			return files_error(r, 400, up.error);
		}
		/* The type is what the content is, whatever the name or the browser say. */
		if (lseek(f->fd, 0, SEEK_SET) != 0 || (mime = magic_descriptor(magic, f->fd)) == NULL)
			mime = "application/octet-stream";
		snprintf(f->mime, sizeof(f->mime), "%s", mime);
		if (!type_allowed(up.types, f->mime)) {
			char	 names[120];
			size_t	 k, o = 0;

			/* "pdf,jpg,png" as the page writes it: "PDF, JPG, PNG". */
			for (k = 0; up.types[k] != '\0' && o + 3 < sizeof(names); k++) {
				if (up.types[k] == ',') {
					names[o++] = ',';
					names[o++] = ' ';
				} else
					names[o++] = (char)(up.types[k] >= 'a' && up.types[k] <= 'z' ?
					    up.types[k] - 32 : up.types[k]);
			}
			names[o] = '\0';
			snprintf(up.error, sizeof(up.error), "Tệp \"%s\" không phải loại được chấp nhận "
			    "cho thành phần này (chấp nhận: %s).", f->name, names);
			return files_error(r, 415, up.error);
		}
	}
	for (i = 0; i < up.nfiles; i++) {
		f = &up.files[i];
		if (store_commit(f->fd, f->tmp, f->hex) != 0) {
			upload_discard();
			return app_error(r, 500, "Không lưu được tệp. Vui lòng thử lại.");
		}
		close(f->fd);
		f->fd = -1;
		f->tmp[0] = '\0';	/* now in the store under its hash */
	}
	/*
	 * Only now, and in one transaction, the rows that point at the stored files. The draft's
	 * row is locked first: concurrent uploads to one draft queue there instead of deadlocking
	 * (each insert's foreign key takes a shared lock on it), and a draft submitted meanwhile
	 * takes no more files.
	 */
	if ((rc = db_begin()) < 0)
		return db_status(rc);
	{
		struct db_arg args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_TOUCH, args, NULL, NULL)) < 0)
			goto fail;
		if (rc == 0) {
			db_rollback();
			up.nfiles = 0;
			return app_error(r, 404, "Không tìm thấy hồ sơ nháp này trong tài khoản của bạn.");
		}
	}
	for (i = 0; i < up.nfiles; i++) {
		struct db_arg args[] = { DB_I(arg_id(r)), DB_I(num(up.component)), DB_S(up.files[i].hex),
		    DB_S(up.files[i].name), DB_S(up.files[i].mime), DB_I((long long)up.files[i].size),
		    DB_END_ };

		if ((rc = db_exec(STMT_FILE_INSERT, args, NULL, NULL)) < 0)
			goto fail;
	}
	if (up.replace[0] != '\0') {
		struct db_arg args[] = { DB_I(num(up.replace)), DB_I(num(up.component)), DB_I(arg_id(r)),
		    DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_FILE_REPLACE, args, NULL, NULL)) < 0)
			goto fail;
	}
	if ((rc = db_commit()) < 0)
		return db_status(rc);
	up.nfiles = 0;
	snprintf(to, sizeof(to), "/submit/%s/files?msg=uploaded#component-%s", r->arg, up.component);
	return app_redirect(r, to);
fail:
	db_rollback();
	up.nfiles = 0;
	return db_status(rc);
}

/* Whatever happened, the next upload starts from nothing (and no temporary file stays). */
static int
files_post(struct request *r)
{
	int	 st;

	up.r = r;
	st = files_post_parsed(r);
	upload_discard();
	memset(&up, 0, sizeof(up));
	return st;
}

static int
remove_post(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)req_uint(r, "file", 0)), DB_I(arg_id(r)),
	    DB_I((long long)r->user.id), DB_END_ };
	char		 to[64];
	long		 rc;

	if ((rc = db_exec(STMT_FILE_DELETE, args, NULL, NULL)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "Không tìm thấy tệp này trong hồ sơ nháp của bạn.");
	snprintf(to, sizeof(to), "/submit/%s/files?msg=removed", r->arg);
	return app_redirect(r, to);
}

/* ------------------------------------------------------------------ step 3: delivery */

/* The provinces, and the communes of province (or of the portal's own). */
static int
delivery_data(struct request *r, const char *province)
{
	char	 home[101] = "";
	long	 rc;

	if (*province == '\0') {
		struct db_arg args[] = { DB_S(conf.province_name), DB_END_ };

		if ((rc = db_text(STMT_HOME_PROVINCE, args, home, sizeof(home))) < 0)
			return db_status(rc);
		province = home;
	}
	xml_text(r->root, "province", province);
	{
		struct db_arg args[] = { DB_S(province), DB_END_ };

		if ((rc = xml_rows(xml_elem(r->root, "provinces"), "province", STMT_PROVINCES, NULL)) < 0 ||
		    (rc = xml_rows(xml_elem(r->root, "communes"), "commune", STMT_COMMUNES, args)) < 0)
			return db_status(rc);
	}
	return 0;
}

static int
delivery_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = delivery_data(r, req_str(r, "province", d.province))) != 0)
		return st;
	return 200;
}

static bool
channel_offered(const struct dossier *d, const char *channel)
{
	char	 list[32], *tok, *save;

	/* Toàn trình never requires presence: no counter, whatever the catalogue says. */
	if (d->level == 4 && strcmp(channel, "counter") == 0)
		return false;
	snprintf(list, sizeof(list), "%s", d->channels);
	for (tok = strtok_r(list, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save))
		if (strcmp(tok, channel) == 0)
			return true;
	return false;
}

static int
delivery_post(struct request *r)
{
	const char	*channel = input(r, "channel"), *province = input(r, "postal_province_code");
	const char	*commune_code = input(r, "postal_commune_code"), *err;
	const char	*recipient = input(r, "postal_recipient"), *street = input(r, "postal_street");
	const char	*phone_in = input(r, "postal_phone");
	char		 commune[101], phone[11] = "";
	struct dossier	 d;
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0)
		return st;
	form_values(r);
	snprintf(commune, sizeof(commune), "%s", input(r, "postal_commune"));
	if (strcmp(req_str(r, "refresh", ""), "1") == 0)	/* another province: its communes */
		return (st = delivery_data(r, province)) != 0 ? st : 200;
	if (*channel == '\0')
		form_error(r, "channel", "Chọn cách nhận kết quả.");
	else if (!channel_offered(&d, channel))
		form_error(r, "channel", "Thủ tục này không trả kết quả theo cách đã chọn.");
	if (strcmp(channel, "postal") == 0) {
		if (strlen(recipient) < 2)
			form_error(r, "postal_recipient", "Nhập tên người nhận.");
		if ((err = valid_phone(phone_in, phone)) != NULL)
			form_error(r, "postal_phone", *phone_in == '\0' ? "Nhập số điện thoại người nhận." : err);
		if (strlen(street) < 3)
			form_error(r, "postal_street", "Nhập số nhà, đường hoặc thôn, xóm.");
		if (*commune_code != '\0') {
			struct db_arg args[] = { DB_S(commune_code), DB_S(province), DB_END_ };

			if ((rc = db_text(STMT_COMMUNE_NAME, args, commune, sizeof(commune))) < 0)
				return db_status(rc);
			if (commune[0] == '\0')
				form_error(r, "postal_commune_code", "Xã, phường không thuộc tỉnh, thành phố đã chọn.");
		} else if (strlen(commune) < 3)
			form_error(r, "postal_commune", "Nhập xã, phường.");
		if (strlen(province) != 2)
			form_error(r, "postal_province_code", "Chọn tỉnh, thành phố.");
	}
	if (r->nerrors > 0)
		return (st = delivery_data(r, province)) != 0 ? st : 200;
	{
		bool		 postal = strcmp(channel, "postal") == 0;
		struct db_arg	 args[] = { DB_S(channel), DB_S(postal ? recipient : ""),
		    DB_S(postal ? phone : ""), DB_S(postal ? street : ""), DB_S(postal ? province : ""),
		    DB_S(postal ? commune_code : ""), DB_S(postal ? commune : ""),
		    DB_I((long long)d.id), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SAVE_DELIVERY, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	return next_step(r, "fees");
}

/* ------------------------------------------------------------------ step 4: fees */

static int
fees_page(struct request *r)
{
	struct dossier	 d;
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0)
		return st;
	{
		struct db_arg args[] = { DB_I((long long)d.id), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_FEES, args)) < 0)
			return db_status(rc);
	}
	return 200;
}

/* ------------------------------------------------------------------ step 5: review, submit */

static void
vn_time(time_t t, char out[32])
{
	time_t		 local = t + 7 * 3600;
	struct tm	 tm;

	gmtime_r(&local, &tm);
	strftime(out, 32, "%d/%m/%Y %H:%M", &tm);
}

struct review {
	unsigned	 hours;
	bool		 same_day;
};

static int
review_data(struct request *r, const struct dossier *d)
{
	struct db_arg	 args[] = { DB_I((long long)d->id), DB_I((long long)r->user.id), DB_END_ };
	struct workcal	 cal;
	char		 due[32];
	long		 rc;
	int		 st;

	if ((st = files_data(r, d)) != 0 || (st = calendar_load(&cal)) != 0)
		return st;
	if ((rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_FEES, args)) < 0)
		return db_status(rc);
	vn_time(workcal_due(&cal, time(NULL), d->hours, d->same_day), due);
	xml_text(xml_elem(r->root, "estimate"), "due_at", due);
	return 0;
}

static int
review_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = review_data(r, &d)) != 0)
		return st;
	return 200;
}

struct locked {
	int		 status, level;
	long long	 agency, procedure;
	char		 agency_code[16];
	unsigned	 hours;
	bool		 same_day;
	char		 channel[16], street[256], commune[101], province[3];
	char		 email[255], name[101], procedure_name[501];
};

static int
locked_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct locked	*l = arg;

	(void)names;
	(void)lens;
	if (ncols < 14)
		return 0;
	l->status = num(cols[0]);
	l->agency = num(cols[1]);
	snprintf(l->agency_code, sizeof(l->agency_code), "%s", cols[2]);
	l->procedure = num(cols[3]);
	l->hours = (unsigned)num(cols[4]);
	l->same_day = num(cols[5]) == 1;
	snprintf(l->channel, sizeof(l->channel), "%s", cols[6]);
	snprintf(l->street, sizeof(l->street), "%s", cols[7]);
	snprintf(l->commune, sizeof(l->commune), "%s", cols[8]);
	snprintf(l->province, sizeof(l->province), "%s", cols[9]);
	snprintf(l->email, sizeof(l->email), "%s", cols[10]);
	snprintf(l->name, sizeof(l->name), "%s", cols[11]);
	snprintf(l->procedure_name, sizeof(l->procedure_name), "%s", cols[12]);
	l->level = num(cols[13]);
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

/*
 * Submits the draft in one transaction: the row lock makes a second click wait and then
 * find the dossier submitted, so it only ever gets one code; the code's sequence comes
 * from a per-agency, per-day row; history and the e-mail are written in the same commit.
 */
static int
submit_post(struct request *r)
{
	struct db_arg	 args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };
	struct locked	 l = { .status = -1 };
	struct workcal	 cal;
	struct dossier	 d;
	xmlNodePtr	 missing;
	time_t		 now = time(NULL), local, due;
	struct tm	 tm;
	char		 code[40], day[16], to[64], subject[200], due_s[32], now_s[32];
	struct buf	 body = { 0 };
	long		 rc, seq;
	int		 st;

	if ((st = calendar_load(&cal)) != 0)
		return st;
	if ((rc = db_begin()) < 0)
		return db_status(rc);
	if ((rc = db_exec(STMT_LOCK, args, locked_row, &l)) < 0)
		goto fail;
	if (l.status < 0) {
		db_rollback();
		return app_error(r, 404, "Không tìm thấy hồ sơ này trong tài khoản của bạn.");
	}
	if (l.status != 0) {	/* submitted already: a repeated click or a retried POST */
		db_rollback();
		snprintf(to, sizeof(to), "/submit/%s/receipt", r->arg);
		return app_redirect(r, to);
	}
	/* What is missing: required components, the channel, the postal address. */
	missing = xml_elem(r->root, "missing");
	if ((rc = db_exec(STMT_MISSING, args, missing_row, &missing)) < 0)
		goto fail;
	if (rc > 0)
		form_error(r, "_", "Hồ sơ còn thiếu thành phần bắt buộc: hãy tải lên trước khi nộp.");
	if (l.channel[0] == '\0' || (l.level == 4 && strcmp(l.channel, "counter") == 0))
		form_error(r, "channel", "Chọn cách nhận kết quả.");
	else if (strcmp(l.channel, "postal") == 0 &&
	    (l.street[0] == '\0' || l.commune[0] == '\0' || l.province[0] == '\0'))
		form_error(r, "channel", "Địa chỉ nhận kết quả qua bưu chính chưa đủ.");
	if (r->nerrors > 0) {
		db_rollback();
		if ((st = dossier_load(r, &d)) != 0 || (st = review_data(r, &d)) != 0)
			return st;
		r->keep_view = true;
		return 422;
	}
	local = now + 7 * 3600;
	gmtime_r(&local, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	{
		struct db_arg sargs[] = { DB_I(l.agency), DB_S(day), DB_END_ };

		if ((rc = db_exec(STMT_SEQUENCE, sargs, NULL, NULL)) < 0)
			goto fail;
		seq = (long)db_last_insert_id();
	}
	if (seq < 1 || seq > 9999) {
		db_rollback();
		log_warn("agency %s: sequence %ld out of range for %s", l.agency_code, seq, day);
		return app_error(r, 503, "Cơ quan đã nhận quá số hồ sơ tối đa trong ngày. Vui lòng nộp lại vào ngày mai.");
	}
	/* <agency code>-<yyMMdd>-<NNNN>, the day in Vietnam's time. */
	snprintf(code, sizeof(code), "%s-%02d%02d%02d-%04ld", l.agency_code, tm.tm_year % 100,
	    tm.tm_mon + 1, tm.tm_mday, seq);
	due = workcal_due(&cal, now, l.hours, l.same_day);
	{
		struct db_arg uargs[] = { DB_S(code), DB_I((long long)now), DB_I((long long)due),
		    DB_I(l.hours), DB_I(l.same_day), DB_I(l.procedure), DB_I(arg_id(r)), DB_END_ };
		struct db_arg fargs[] = { DB_I(arg_id(r)), DB_I(l.procedure), DB_END_ };
		struct db_arg eargs[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id),
		    DB_S("Nộp hồ sơ trực tuyến"), DB_END_ };

		if ((rc = db_exec(STMT_SUBMIT, uargs, NULL, NULL)) < 0 ||
		    (rc = db_exec(STMT_COPY_FEES, fargs, NULL, NULL)) < 0 ||
		    (rc = db_exec(STMT_EVENT, eargs, NULL, NULL)) < 0)
			goto fail;
	}
	if (l.email[0] != '\0') {
		vn_time(now, now_s);
		vn_time(due, due_s);
		snprintf(subject, sizeof(subject), "Đã nhận hồ sơ %s", code);
		buf_printf(&body, "Kính gửi %s,\n\nCổng Dịch vụ công đã nhận hồ sơ trực tuyến của bạn.\n\n"
		    "Mã hồ sơ: %s\nThủ tục: %s\nThời điểm nộp: %s\nNgày hẹn trả kết quả dự kiến: %s\n\n"
		    "Bộ phận một cửa sẽ kiểm tra và tiếp nhận hồ sơ; ngày hẹn chính thức ghi trên giấy tiếp "
		    "nhận. Tra cứu tình trạng hồ sơ: %s/track?code=%s\n\nThư này được gửi tự động, vui lòng "
		    "không trả lời.\n", l.name, code, l.procedure_name, now_s, due_s, conf.base_url, code);
		struct db_arg oargs[] = { DB_S(l.email), DB_S(subject), DB_S(buf_cstr(&body)),
		    DB_I(arg_id(r)), DB_END_ };

		rc = db_exec(STMT_OUTBOX, oargs, NULL, NULL);
		buf_free(&body);
		if (rc < 0)
			goto fail;
	}
	if ((rc = db_commit()) < 0)
		return db_status(rc);
	log_info("dossier %s submitted", code);
	snprintf(to, sizeof(to), "/submit/%s/receipt?msg=submitted", r->arg);
	return app_redirect(r, to);
fail:
	db_rollback();
	return db_status(rc);
}

/* ------------------------------------------------------------------ the receipt */

static int
receipt_page(struct request *r)
{
	struct dossier	 d;
	struct db_arg	 args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };
	struct buf	 url = { 0 };
	char		 to[64];
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0)
		return st;
	if (d.status == 0) {
		snprintf(to, sizeof(to), "/submit/%llu/review", d.id);
		return app_redirect(r, to);
	}
	if ((rc = xml_rows(xml_elem(r->root, "components"), "component", STMT_RECEIPT_COMPONENTS, args)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "fees"), "fee", STMT_DOSSIER_FEES, args)) < 0)
		return db_status(rc);
	/* The QR opens the public tracking page of this dossier. */
	buf_printf(&url, "%s/track?code=", conf.base_url);
	url_encode(&url, d.code);
	xml_text(r->root, "track_url", buf_cstr(&url));
	xml_qr(r->root, buf_cstr(&url));
	buf_free(&url);
	show_msg(r);
	return 200;
}

static void
submit_init(void)
{
	if ((magic = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR)) == NULL || magic_load(magic, NULL) != 0)
		log_fatal("libmagic: %s", magic != NULL ? magic_error(magic) : "out of memory");
}

static const struct route routes[] = {
	{ "GET", "/submit/", ROLE_CITIZEN, list, "submit-list", no_params, NULL, 0, NULL },
	{ "GET", "/submit/new", ROLE_CITIZEN, new_page, "submit-new", new_page_params, NULL, 0, NULL },
	{ "POST", "/submit/new", ROLE_CITIZEN, new_post, "submit-new", new_params, NULL, 0, NULL },
	{ "GET", "/submit/*/info", ROLE_CITIZEN, info_page, "submit-info", msg_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/info", ROLE_CITIZEN, info_post, "submit-info", info_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/files", ROLE_CITIZEN, files_page, "submit-files", msg_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/files", ROLE_CITIZEN, files_post, "submit-files", no_params, id_ok,
	    ROUTE_MULTIPART, &upload_handler },
	{ "POST", "/submit/*/remove", ROLE_CITIZEN, remove_post, NULL, remove_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/delivery", ROLE_CITIZEN, delivery_page, "submit-delivery", delivery_page_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/delivery", ROLE_CITIZEN, delivery_post, "submit-delivery", delivery_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/fees", ROLE_CITIZEN, fees_page, "submit-fees", no_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/review", ROLE_CITIZEN, review_page, "submit-review", no_params, id_ok, 0, NULL },
	{ "POST", "/submit/*/submit", ROLE_CITIZEN, submit_post, "submit-review", no_params, id_ok, 0, NULL },
	{ "GET", "/submit/*/receipt", ROLE_CITIZEN, receipt_page, "submit-receipt", msg_params, id_ok, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-submit",
		.init = submit_init,
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
	};

	return app_main(&prog, argc, argv);
}
