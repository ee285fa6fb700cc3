/*
 * dossier_state.c — the SQL of the dossier's state machine: the row read (and locked) and
 * written back, the role check, the day's sequence of codes (and the code and tracking token
 * of a submission), the event, the units that held the dossier, and the numbered slips.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "private.h"
#include "dossier_private.h"

#define DSTATE_COLUMNS \
	"SELECT d.id, d.user_id, d.procedure_id, d.agency_id, COALESCE(d.holder_agency_id, 0)," \
	" COALESCE(d.assignee_id, 0), COALESCE(d.result_file_id, 0), d.status, d.version," \
	" d.awaiting_approval, COALESCE(d.processing_hours, p.processing_hours)," \
	" COALESCE(d.same_day, p.same_day), p.clock_after_supplement = 'restart', d.clock_used_min," \
	" UNIX_TIMESTAMP(d.submitted_at), UNIX_TIMESTAMP(d.received_at)," \
	" UNIX_TIMESTAMP(d.clock_started_at), UNIX_TIMESTAMP(d.due_at)," \
	" UNIX_TIMESTAMP(d.first_due_at), UNIX_TIMESTAMP(d.finished_at)," \
	" UNIX_TIMESTAMP(d.returned_at)," \
	" UNIX_TIMESTAMP((SELECT MAX(e.at) FROM dossier_events e WHERE e.dossier_id = d.id))," \
	" COALESCE(d.code, ''), a.code, COALESCE(d.channel, ''), " SQL_CONTACT_EMAIL "," \
	" d.postal_tracking, COALESCE(d.result_kind, '')," \
	" " SQL_CLAIM_PENDING ", " SQL_PAY_DUE \
	" FROM dossiers d JOIN procedures p ON p.id = d.procedure_id" \
	" JOIN agencies a ON a.id = d.agency_id WHERE d.id = ?"

const struct db_stmt_def dossier_stmts[DOSSIER__MAX] = {
	[DOSSIER_STATE] = { DSTATE_COLUMNS },
	/* The lock that serialises every move on one dossier: a second officer waits here,
	 * then finds the dossier moved on (a new version) and is told. */
	[DOSSIER_LOCK] = { DSTATE_COLUMNS " FOR UPDATE" },
	/* The tracking token is written once, at submission, and kept for good. */
	[DOSSIER_SAVE] = { "UPDATE dossiers SET status = ?, version = version + 1, code = NULLIF(?, ''),"
	    " track_token = COALESCE(track_token, NULLIF(?, '')),"
	    " holder_agency_id = NULLIF(?, 0), assignee_id = NULLIF(?, 0), awaiting_approval = ?,"
	    " result_kind = NULLIF(?, ''), result_file_id = NULLIF(?, 0), postal_tracking = ?,"
	    " clock_used_min = ?, submitted_at = FROM_UNIXTIME(NULLIF(?, 0)),"
	    " received_at = FROM_UNIXTIME(NULLIF(?, 0)), clock_started_at = FROM_UNIXTIME(NULLIF(?, 0)),"
	    " due_at = FROM_UNIXTIME(NULLIF(?, 0)), first_due_at = FROM_UNIXTIME(NULLIF(?, 0)),"
	    " finished_at = FROM_UNIXTIME(NULLIF(?, 0)), returned_at = FROM_UNIXTIME(NULLIF(?, 0)),"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?" },
	/* The officer roles a user holds on a dossier, at once: 1 the receiving unit's desk, 2 a
	 * processor and 4 an approver of the holding unit (the receiving unit, the holding one
	 * twice, the user). */
	[DOSSIER_ROLES] = { "SELECT " SQL_ROLE_BITS("?", "?") " FROM officer_roles r WHERE r.user_id = ?" },
	/* A processor's unit, the dossier's holder first. */
	[DOSSIER_PROCESSOR_UNIT] = { "SELECT r.agency_id FROM officer_roles r JOIN users u ON u.id = r.user_id"
	    " WHERE r.user_id = ? AND r.role = 'processor' AND u.disabled = 0"
	    " ORDER BY r.agency_id = ? DESC, r.agency_id LIMIT 1" },
	[DOSSIER_RESULT_FILE] = { "SELECT COUNT(*) FROM dossier_files WHERE id = ? AND dossier_id = ?"
	    " AND kind = 'result'" },
	/* The row lock of the upsert serialises codes per agency and day. */
	[DOSSIER_SEQUENCE] = { "INSERT INTO dossier_sequences (agency_id, day, last) VALUES (?, ?, LAST_INSERT_ID(1))"
	    " ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)" },
	[DOSSIER_EVENT] = { "INSERT INTO dossier_events (dossier_id, at, user_id, from_status, to_status,"
	    " move, role, agency_id, to_agency_id, assignee_id, note, minutes_used, minutes_allotted)"
	    " VALUES (?, UTC_TIMESTAMP(3), NULLIF(?, 0), ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, 0),"
	    " NULLIF(?, 0), ?, ?, ?)" },
	[DOSSIER_UNIT] = { "INSERT IGNORE INTO dossier_units (dossier_id, agency_id, since)"
	    " VALUES (?, ?, UTC_TIMESTAMP())" },
	[DOSSIER_SLIP_SEQUENCE] = { "INSERT INTO slip_sequences (agency_id, form, year, last)"
	    " VALUES (?, ?, ?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)" },
	[DOSSIER_SLIP] = { "INSERT INTO dossier_slips (dossier_id, event_id, form, agency_id, year,"
	    " number, issued_at, issued_by, reason, due_at) VALUES (?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?),"
	    " NULLIF(?, 0), ?, FROM_UNIXTIME(NULLIF(?, 0)))" },
	/* The desk's decision on the claim; a refusal puts the fee back to its full amount (the
	 * dossier's sums follow: sql/033's triggers). */
	[DOSSIER_CLAIM_DECIDE] = { "UPDATE dossier_fee_claims SET state = ?, decided_by = NULLIF(?, 0),"
	    " decided_at = UTC_TIMESTAMP(), reason = ? WHERE dossier_id = ? AND state = 'pending'" },
	[DOSSIER_CLAIM_RESTORE] = { "UPDATE dossier_fees f JOIN dossier_fee_claims c ON c.dossier_id = f.dossier_id"
	    " AND c.fee_sort = f.sort SET f.amount = f.full_amount WHERE f.dossier_id = ?" },
	/* What the applicant's message tells: the dossier as it is after the move. */
	[DOSSIER_MAIL] = { "SELECT d.code, d.status, d.applicant_name, d.org_name, d.channel,"
	    " p.name AS procedure_name, a.name AS agency_name, h.name AS holder_name,"
	    " " SQL_VN_TIME("d.due_at") " AS due_at, " SQL_VN_TIME("d.submitted_at") " AS submitted_at,"
	    " d.postal_tracking, d.track_token, " SQL_CONTACT_EMAIL " AS applicant_email"
	    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
	    " JOIN agencies a ON a.id = d.agency_id LEFT JOIN agencies h ON h.id = d.holder_agency_id"
	    " WHERE d.id = ?" },
};

static void
copy(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "%s", s != NULL ? s : "");
}

static int
dstate_row(void *arg, unsigned ncols, const char *const *names, char *const *c,
    const size_t *lens)
{
	struct dstate	*d = arg;
	const char	*kind;

	(void)names;
	(void)lens;
	if (ncols < 30)
		return 1;
	d->id = (unsigned long long)num(c[0]);
	d->user = (unsigned long long)num(c[1]);
	d->procedure = (unsigned long long)num(c[2]);
	d->agency = (unsigned long long)num(c[3]);
	d->holder = (unsigned long long)num(c[4]);
	d->assignee = (unsigned long long)num(c[5]);
	d->result_file = (unsigned long long)num(c[6]);
	d->status = (int)num(c[7]);
	d->version = num(c[8]);
	d->awaiting = num(c[9]) == 1;
	d->hours = (unsigned)num(c[10]);
	d->same_day = num(c[11]) == 1;
	d->restart = num(c[12]) == 1;
	d->used = (long)num(c[13]);
	d->submitted = (time_t)num(c[14]);
	d->received = (time_t)num(c[15]);
	d->clock_started = (time_t)num(c[16]);
	d->due = (time_t)num(c[17]);
	d->first_due = (time_t)num(c[18]);
	d->finished = (time_t)num(c[19]);
	d->returned = (time_t)num(c[20]);
	d->last_event = (time_t)num(c[21]);
	copy(d->code, sizeof(d->code), c[22]);
	copy(d->agency_code, sizeof(d->agency_code), c[23]);
	copy(d->channel, sizeof(d->channel), c[24]);
	copy(d->email, sizeof(d->email), c[25]);
	copy(d->tracking, sizeof(d->tracking), c[26]);
	kind = c[27];
	d->result_kind = kind == NULL || *kind == '\0' ? NULL :
	    strcmp(kind, "file") == 0 ? "file" : "paper";
	d->claim_pending = num(c[28]) == 1;
	d->owed = num(c[29]);
	return 1;
}

enum dmove_err
dstate_load(unsigned long long id, bool lock, struct dstate *d)
{
	struct db_arg	 args[] = { DB_I((long long)id), DB_END_ };
	long		 rc;

	memset(d, 0, sizeof(*d));
	if ((rc = db_exec(db_dossier(lock ? DOSSIER_LOCK : DOSSIER_STATE), args, dstate_row, d)) < 0)
		return rc == -1 ? DME_DB_DOWN : DME_DB;
	return DME_OK;
}

enum dmove_err
dstate_save(const struct dstate *d)
{
	struct db_arg	 args[] = { DB_I(d->status), DB_S(d->code), DB_S(d->track_token),
	    DB_I((long long)d->holder),
	    DB_I((long long)d->assignee), DB_I(d->awaiting), DB_S(d->result_kind != NULL ? d->result_kind : ""),
	    DB_I((long long)d->result_file), DB_S(d->tracking), DB_I(d->used),
	    DB_I((long long)d->submitted), DB_I((long long)d->received),
	    DB_I((long long)d->clock_started), DB_I((long long)d->due), DB_I((long long)d->first_due),
	    DB_I((long long)d->finished), DB_I((long long)d->returned), DB_I((long long)d->id), DB_END_ };
	long		 rc;

	if ((rc = db_exec(db_dossier(DOSSIER_SAVE), args, NULL, NULL)) < 0)
		return rc == -1 ? DME_DB_DOWN : DME_DB;
	return rc == 1 ? DME_OK : DME_DB;
}

void
dstate_vn_day(time_t t, char out[11])
{
	time_t		 local = t + VN_UTC_OFFSET_SECONDS;
	struct tm	 tm;

	gmtime_r(&local, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

bool
dossier_code(char *out, size_t outsz, const char *agency_code, time_t t, long seq)
{
	time_t		 local = t + VN_UTC_OFFSET_SECONDS;
	struct tm	 tm;

	if (seq < 1 || seq > DOSSIER_SEQ_MAX)
		return false;
	gmtime_r(&local, &tm);
	return (size_t)snprintf(out, outsz, "%s-%02d%02d%02d-%04ld", agency_code, tm.tm_year % 100,
	    tm.tm_mon + 1, tm.tm_mday, seq) < outsz;
}

/* A fresh tracking token: TRACK_TOKEN_BYTES from libsodium, URL-safe base64 without
 * padding (22 characters for 16 bytes), for /track?t=… on the receipt's QR code. */
static void
track_token_new(char *out, size_t outsz)
{
	unsigned char	 raw[TRACK_TOKEN_BYTES];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, outsz, raw, sizeof(raw), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

enum dmove_err
dstate_number(struct dstate *d, time_t now)
{
	char		 day[11];
	long		 rc;

	dstate_vn_day(now, day);
	struct db_arg	 args[] = { DB_I((long long)d->agency), DB_S(day), DB_END_ };

	if ((rc = db_exec(db_dossier(DOSSIER_SEQUENCE), args, NULL, NULL)) < 0)
		return rc == -1 ? DME_DB_DOWN : DME_DB;
	if (!dossier_code(d->code, sizeof(d->code), d->agency_code, now, (long)db_last_insert_id())) {
		log_warn("agency %s: no dossier code left today", d->agency_code);
		return DME_FULL;
	}
	track_token_new(d->track_token, sizeof(d->track_token));
	return DME_OK;
}

const char *
dactor_name(unsigned role)
{
	switch (role) {
	case ACT_RECEIVER:
		return "receiver";
	case ACT_PROCESSOR:
		return "processor";
	case ACT_APPROVER:
		return "approver";
	case ACT_SYSTEM:
		return "system";
	default:
		return "applicant";
	}
}

/*
 * The slip's issuing unit is the one-stop desk of the receiving unit for what it issues at
 * the counter (Forms 1 and 3, and Form 2 before acceptance); the unit holding the dossier
 * for the rest. Its number is the next of that unit, form and year (Form 1's is the
 * register entry of Form 7).
 */
enum dmove_err
dslip_issue(const struct dstate *d, const struct dstate *before, enum slip form,
    const struct dmove_args *a, unsigned long long event, time_t now)
{
	unsigned long long	 unit = a->role == ACT_RECEIVER ? before->agency : before->holder;
	char			 day[11];
	long long		 year, number;
	long			 rc;

	dstate_vn_day(now, day);
	year = strtoll(day, NULL, 10);
	{
		struct db_arg args[] = { DB_I((long long)unit), DB_I(form), DB_I(year), DB_END_ };

		if ((rc = db_exec(db_dossier(DOSSIER_SLIP_SEQUENCE), args, NULL, NULL)) < 0)
			return rc == -1 ? DME_DB_DOWN : DME_DB;
		number = (long long)db_last_insert_id();
	}
	{
		time_t		 due = form == SLIP_RECEIPT || form == SLIP_APOLOGY ? d->due : 0;
		struct db_arg	 args[] = { DB_I((long long)d->id), DB_I((long long)event), DB_I(form),
		    DB_I((long long)unit), DB_I(year), DB_I(number), DB_I((long long)now),
		    DB_I((long long)a->actor), DB_S(a->note != NULL ? a->note : ""),
		    DB_I((long long)due), DB_END_ };

		if ((rc = db_exec(db_dossier(DOSSIER_SLIP), args, NULL, NULL)) < 0)
			return rc == -1 ? DME_DB_DOWN : DME_DB;
	}
	return DME_OK;
}

enum dmove_err
dclaim_decide(const struct dstate *d, bool granted, const struct dmove_args *a)
{
	struct db_arg	 decide[] = { DB_S(granted ? "granted" : "refused"), DB_I((long long)a->actor),
	    DB_S(a->note != NULL ? a->note : ""), DB_I((long long)d->id), DB_END_ };
	struct db_arg	 id[] = { DB_I((long long)d->id), DB_END_ };
	long		 rc;

	if ((rc = db_exec(db_dossier(DOSSIER_CLAIM_DECIDE), decide, NULL, NULL)) < 0 ||
	    (!granted && (rc = db_exec(db_dossier(DOSSIER_CLAIM_RESTORE), id, NULL, NULL)) < 0))
		return rc == -1 ? DME_DB_DOWN : DME_DB;
	return DME_OK;
}
