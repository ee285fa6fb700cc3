/*
 * track.c — the public lookup of a dossier (/track), for anyone, signed in or not:
 *   GET  /track[?code=…]     the form (the code filled in when given, as in the e-mails)
 *   POST /track              the dossier code and the last four digits of the applicant's
 *                            phone or CCCD
 *   GET  /track/TOKEN        the receipt's QR code and printed link: the dossier's random
 *   GET  /track?t=TOKEN      token (dossier.c, at submission) opens it without the digits
 * A dossier found shows its status and timeline: the steps in words, the unit holding it,
 * the due date and whether it is kept; names of persons and organisations only masked, and
 * nothing else personal (no phone, address, CCCD, officers' notes or files).
 *
 * So that codes cannot be walked: a wrong pair, an unknown code and a wrong token get the
 * same page with the same status, after the same statements (a miss looks up dossier 0),
 * the digits compared in constant time; and each client address has TRACK_LOOKUPS_MAX
 * lookups in TRACK_WINDOW_MINUTES (counted in MariaDB: every worker and host, across
 * restarts), then 429. nginx limits the rate of /track before (conf/nginx/dvc-zones.conf).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "dossiers.h"
#include "track.h"

const struct param_spec track_params[] = {
	{ "code", P_TOKEN, 32 },
	{ "t", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

/* The digits are a secret of sorts: never echoed into the page. */
const struct param_spec track_post_params[] = {
	{ "code", P_TOKEN, 32 },
	{ "digits", P_SECRET, 8 },
	{ NULL, 0, 0 },
};

bool
track_token_ok(const char *s)
{
	size_t	 n = strlen(s);

	return n > 0 && n <= 32 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789-_") == n;
}

/* "Nguyễn Văn An" → "N*** V*** A***": enough for the applicant to recognise, not to name. */
static void
mask_name(const char *name, char *out, size_t outsz)
{
	const char	*p = name;
	size_t		 o = 0, n;

	while (*p != '\0' && o + 8 < outsz) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		/* The first character, whole (1 to 4 bytes of UTF-8). */
		for (n = 1; n < 4 && ((unsigned char)p[n] & 0xc0) == 0x80; n++)
			;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, p, n);
		o += n;
		memcpy(out + o, "***", 3);
		o += 3;
		while (*p != '\0' && *p != ' ')
			p++;
	}
	out[o] = '\0';
}

struct found {
	xmlNodePtr	 parent;
	bool		 any;
};

/* The dossier's row, the names masked. */
static int
track_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct found	*f = arg;
	xmlNodePtr	 row;
	char		 masked[256];
	unsigned	 i;

	(void)lens;
	row = xml_elem(f->parent, "dossier");
	for (i = 0; i < ncols; i++) {
		if (cols[i] == NULL)
			continue;
		if (strcmp(names[i], "applicant_name") == 0 || strcmp(names[i], "org_name") == 0) {
			if (cols[i][0] == '\0')
				continue;
			mask_name(cols[i], masked, sizeof(masked));
			xml_text(row, strcmp(names[i], "org_name") == 0 ? "org_masked" :
			    "applicant_masked", masked);
		} else
			xml_text(row, names[i], cols[i]);
	}
	f->any = true;
	return 1;
}

/*
 * Counts this lookup against the client's address (the one nginx gives, as dvc-account's
 * sign-in throttling does): 0 to go on, 429 with the page's message past the limit, or a
 * database status.
 */
static int
track_limit(struct request *r)
{
	const char	*ip = r->remote_addr != NULL ? r->remote_addr : "";
	struct db_arg	 args[] = { DB_SN(ip, strnlen(ip, 45)), DB_END_ };
	long long	 n = 0;
	long		 rc;

	if ((rc = db_exec(STMT_TRACK_PURGE, NULL, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_TRACK_RECORD, args, NULL, NULL)) < 0 ||
	    (rc = db_int(STMT_TRACK_COUNT, args, &n)) < 0)
		return db_status(rc);
	if (n <= TRACK_LOOKUPS_MAX)
		return 0;
	xml_attr_uint(form_error(r, "_", "track.too_many"), "minutes", TRACK_WINDOW_MINUTES);
	buf_printf(&r->headers, "Retry-After: %d\r\n", TRACK_WINDOW_MINUTES * 60);
	r->keep_view = true;
	return 429;
}

/*
 * The page of dossier id, or of none when id is 0: the same statements either way, so that
 * a miss costs what a hit does. 200, or 404 with the one message of every lookup that
 * found nothing.
 */
static int
track_show(struct request *r, long long id)
{
	struct found	 f = { r->root, false };
	struct db_arg	 args[] = { DB_I(id), DB_END_ };
	long		 rc;

	if ((rc = db_exec(STMT_TRACK_DOSSIER, args, track_row, &f)) < 0 ||
	    (rc = xml_rows(xml_elem(r->root, "events"), "event", STMT_TRACK_EVENTS, args)) < 0)
		return db_status(rc);
	if (f.any)
		return 200;
	form_error(r, "_", "track.no_match");
	r->keep_view = true;
	return 404;
}

static int
track_by_token(struct request *r, const char *token)
{
	struct db_arg	 args[] = { DB_S(token), DB_END_ };
	long long	 id = 0;
	long		 rc;
	int		 st;

	if ((st = track_limit(r)) != 0)
		return st;
	if ((rc = db_int(STMT_TRACK_BY_TOKEN, args, &id)) < 0)
		return db_status(rc);
	return track_show(r, id);
}

int
track_page(struct request *r)
{
	const char	*token = req_str(r, "t", "");

	if (*token != '\0')
		return track_by_token(r, token);
	form_value(r, "code", req_str(r, "code", ""));
	return 200;
}

int
track_token_page(struct request *r)
{
	return track_by_token(r, r->arg);
}

/* The last digits of the dossier of a code: TRACK_DIGITS bytes each, or a filler no typed
 * digits can equal when the code has no dossier or the dossier no such number. */
struct pair {
	long long	 id;
	unsigned char	 phone[TRACK_DIGITS];
	unsigned char	 cccd[TRACK_DIGITS];
};

static void
pair_digits(unsigned char out[TRACK_DIGITS], const char *col)
{
	memset(out, 0xff, TRACK_DIGITS);
	if (col != NULL && strlen(col) == TRACK_DIGITS)
		memcpy(out, col, TRACK_DIGITS);
}

static int
pair_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct pair	*p = arg;

	(void)names;
	(void)lens;
	if (ncols < 3)
		return 1;
	p->id = cols[0] != NULL ? strtoll(cols[0], NULL, 10) : 0;
	pair_digits(p->phone, cols[1]);
	pair_digits(p->cccd, cols[2]);
	return 1;
}

int
track_post(struct request *r)
{
	const char	*code = req_str(r, "code", ""), *digits = req_str(r, "digits", "");
	struct db_arg	 args[] = { DB_S(code), DB_END_ };
	struct pair	 p;
	long		 rc;
	int		 st, phone, cccd;

	if (*code == '\0')
		form_error(r, "code", "track.code_required");
	if (strlen(digits) != TRACK_DIGITS || strspn(digits, "0123456789") != TRACK_DIGITS)
		form_error(r, "digits", "track.digits");
	if (r->nerrors > 0) {
		/* Nothing was looked up: what was typed says nothing about any dossier. */
		form_value(r, "code", code);
		r->keep_view = true;
		return 422;
	}
	if ((st = track_limit(r)) != 0)
		return st;
	p.id = 0;
	pair_digits(p.phone, NULL);
	pair_digits(p.cccd, NULL);
	if ((rc = db_exec(STMT_TRACK_BY_CODE, args, pair_row, &p)) < 0)
		return db_status(rc);
	/* Both compared, in constant time, whatever the first gives. */
	phone = sodium_memcmp(p.phone, digits, TRACK_DIGITS);
	cccd = sodium_memcmp(p.cccd, digits, TRACK_DIGITS);
	return track_show(r, (phone == 0) | (cccd == 0) ? p.id : 0);
}
