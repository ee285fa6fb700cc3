/*
 * dvc.h — what every DVC program shares (libdvc.a).
 *
 * A program declares its routes (method, path pattern, role, handler, view, accepted
 * inputs) and its SQL statements, then calls app_main(). Core owns the process model,
 * parses and checks every request before a handler runs, keeps the database connection,
 * builds the page document and renders it; a handler only appends data and returns a status.
 */
#ifndef DVC_H
#define DVC_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <time.h>

#include <libxml/tree.h>
#include <sodium.h>

#include "domain.h"

/* ------------------------------------------------------------------ buf.c — growable bytes */

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_grow(struct buf *, size_t);
void	 buf_put(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...) __attribute__((format(printf, 2, 3)));
void	 buf_reset(struct buf *);
void	 buf_free(struct buf *);
const char *buf_cstr(struct buf *);

/* Allocation failure ends the worker (the master starts a new one). */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/* ------------------------------------------------------------------ log.c — logging */

void	 log_init(const char *program);
void	 log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 log_fatal(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));
/* The access line of a request; cache is "hit", "miss" or NULL (a page never cached). */
void	 log_access(const char *method, const char *path, int status, long usec,
	    const char *cache, const char *incident);
/* Copies s (n bytes) into out (outsz bytes, NUL-terminated) as a log line shows it: printable
 * ASCII and the characters text_valid_utf8() accepts stay, but for U+2028, U+2029 and the
 * bidirectional controls; any other byte (a control, invalid UTF-8, a backslash itself) is
 * \xNN. Stops before an escape or character that would not fit; returns the length. */
size_t	 log_escape(const char *s, size_t n, char *out, size_t outsz);
/* Writes a fresh random incident id (8 hex digits and a NUL) into id. */
void	 log_incident_id(char id[9]);

/* ------------------------------------------------------------------ conf.c — configuration */

struct conf {
	char	*db_socket;
	char	*db_name;
	char	*db_user;
	char	*db_password;
	/* The account that owns the schema (dvcctl only: migrations, grants); "" is db_user. */
	char	*db_owner_user;
	char	*db_owner_password;
	char	*xslt_dir;	/* stylesheets, compiled at worker start */
	char	*sql_dir;	/* migrations and seed/ (dvcctl), catalogue.rng (imports) */
	char	*site_name;	/* "Cổng Dịch vụ công tỉnh Thanh Hóa" */
	char	*province_name;	/* "Thanh Hóa" */
	char	*province_code;	/* "H56" */
	char	*base_url;	/* for links that leave the page: QR codes, e-mails */
	/* Behind a TLS-terminating proxy: the scheme nginx passes from X-Forwarded-Proto
	 * (HTTP_X_FORWARDED_PROTO) counts as the request's ("yes"); else only HTTPS does. */
	bool	 trust_proxy_scheme;
	int	 workers;	/* 0: two per CPU core */
	int	 page_cache_kb;	/* rendered anonymous pages, shared by a program's workers; 0: none */
	char	*secret;	/* hex, 64 digits: keys the CSRF tokens */
	char	*store_dir;	/* uploaded files, by SHA-256 */
	char	*search_index;	/* the SQLite FTS5 file catalogue_reindex() writes, the catalogue reads */
	/* dvc-notifier: the command that takes a message on stdin (words split on blanks, no
	 * shell), the sender's address ("": no-reply@ the host of base_url), and its retries. */
	char	*sendmail_command;
	char	*mail_from;
	int	 mail_max_attempts;	/* attempts before giving a message up */
	int	 mail_retry_seconds;	/* the wait after a first failure; doubles, up to an hour */
	/* The payment gateway (payproto.c): its payment page and its query API (querydr), the
	 * merchant code it gave the province and the secret both sign with ("": no gateway). */
	char	*pay_url;
	char	*pay_api_url;
	char	*pay_tmn_code;
	char	*pay_secret;
	/* The province's account for fees paid by bank transfer, shown with a VietQR code on
	 * the fee notice ("": none): the bank's NAPAS BIN, the account number, its holder. */
	char	*pay_bank_bin;
	char	*pay_bank_account;
	char	*pay_bank_holder;
	/* Bounds on what citizens store (upload.c, dvc-submit): the files of one dossier and
	 * their size in MB, the size of all of an account's drafts; and the days after which a
	 * draft nobody changed is deleted with its files (dvcctl drafts expire; 0: never). */
	int	 dossier_max_files;
	int	 dossier_max_mb;
	int	 account_drafts_max_mb;
	int	 draft_expire_days;
	/* Officers must answer a second factor at sign-in, as administrators always do (mfa.c);
	 * false: it is their choice. */
	bool	 mfa_officers;
};

extern struct conf conf;

/* Reads "key = value" lines from path; unknown keys are fatal. */
void	 conf_load(const char *path);

/* ------------------------------------------------------------------ text.c — Vietnamese text */

/*
 * Folds UTF-8 text for search: lower case, Vietnamese diacritics removed (đ → d),
 * anything but [a-z0-9] becomes one space, no leading or trailing space. Writes at most
 * outsz - 1 bytes and a NUL; returns the length written. Invalid UTF-8 is treated as spaces.
 */
size_t	 text_fold(const char *in, size_t inlen, char *out, size_t outsz);
/*
 * Spells UTF-8 text in ASCII for where only ASCII goes (a file name's fallback in a header):
 * Vietnamese and Latin-1 letters lose their diacritics and keep their case ("Tờ khai" →
 * "To khai", đ → d), combining marks are dropped, any other character or invalid byte becomes
 * one '_'; ASCII is copied as it is, controls included. Writes at most outsz - 1 bytes and a
 * NUL; returns the length written.
 */
size_t	 text_ascii(const char *in, size_t inlen, char *out, size_t outsz);
/* The length in bytes of the longest prefix of s of at most max bytes that does not cut a
 * UTF-8 sequence: for "%.*s" when a message must fit a buffer. */
size_t	 text_prefix(const char *s, size_t max);
/* True if s (length n) is valid UTF-8 of characters text may hold: no control but \t \n \r
 * (C0, DEL, C1), no surrogate, no noncharacter (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF), so that
 * every character XML 1.0 forbids is refused (text.c says why C1 is refused too). */
bool	 text_valid_utf8(const char *s, size_t n);
/* The length of the character at s (n bytes available) if it is one text_valid_utf8()
 * accepts, else 0 (invalid UTF-8 or a refused code point). */
size_t	 text_char(const char *s, size_t n);

/* cache.c: the sum of cache_versions, read at most once a second; -1 while the database is
 * away. What a worker keeps of the data (cached pages, the search index) is read again when
 * it moves. */
long long data_version(void);

/* ------------------------------------------------------------------ query.c — search queries */

/*
 * A citizen's search query as the catalogue's index is asked it: folded words, the
 * administrator's terms (abbreviations, everyday names) replaced by their words, each word
 * with up to QUERY_MAX_ALTS spellings one edit away that the vocabulary knows (a typo
 * forgiven in words of QUERY_TYPO_MIN letters or more), the last typed word a prefix.
 */
#define QUERY_MAX_WORDS	8
#define QUERY_MAX_ALTS	3
#define QUERY_WORD_MAX	32	/* bytes of a word, NUL included; longer words are cut */
#define QUERY_TYPO_MIN	4

struct query_word {
	char		 w[QUERY_WORD_MAX];
	char		 alt[QUERY_MAX_ALTS][QUERY_WORD_MAX];
	unsigned	 nalt;
	bool		 prefix;	/* the last word typed: may be the start of a word */
	bool		 known;		/* the vocabulary has it (as a prefix, when prefix) */
};

struct query {
	struct query_word	 words[QUERY_MAX_WORDS];
	unsigned		 n;
};

/* A term and its words, both folded; an array of them sorted by term (strcmp). */
struct query_term {
	const char	*term;
	const char	*words;
};

/*
 * The vocabulary of the index: how many procedures use word (the len bytes at word), or
 * with prefix set the same for any word starting with it (any count > 0 will do); 0 when none.
 */
typedef long	(*query_vocab_fn)(void *arg, const char *word, size_t len, bool prefix);

/* Parses q (any bytes, any length) into out; terms may be NULL when nterms is 0. */
void	 query_parse(const char *q, size_t qlen, const struct query_term *terms, size_t nterms,
	    query_vocab_fn vocab, void *arg, struct query *out);
/*
 * The FTS5 MATCH expression of a query: one group a word, OR between groups, so that a
 * word the catalogue lacks never empties the page: ("dang") OR ("khai" OR "khia") OR
 * ("sinh"*). groups gets, per phrase of the expression, its word's index as '0' + i.
 * Returns false when the query has no word or out is too small.
 */
bool	 query_match(const struct query *, char *out, size_t outsz, char *groups, size_t gsz);
/* The words joined by one space, each spelt as the vocabulary knows it: for a phrase test. */
void	 query_phrase(const struct query *, char *out, size_t outsz);
/* The edit distance of a and b (insertions, deletions, substitutions, two adjacent letters
 * swapped: one each), or max + 1 when it exceeds max. */
unsigned query_distance(const char *a, size_t alen, const char *b, size_t blen, unsigned max);

/* ------------------------------------------------------------------ valid.c — personal data */

/* Each returns NULL when the value is acceptable, else a message code for the field
 * ("cccd.length"), for form_error(); the words are in xslt/i18n/vi-msg.xsl. */

/* A CCCD: 12 digits, a province code of birth registration, and digits 4–6 matching
 * birth_year (pass 0 to skip that check). */
const char	*valid_cccd(const char *s, int birth_year);
/* A mobile number: 10 digits from 03, 05, 07, 08, 09, or +84; out gets the 0xxxxxxxxx form. */
const char	*valid_phone(const char *s, char out[11]);
/* An e-mail address; out (outsz bytes) gets it lower-cased. */
const char	*valid_email(const char *s, char *out, size_t outsz);
/* yyyy-mm-dd or dd/mm/yyyy, a day that exists; out gets year, month and day. */
const char	*valid_date(const char *s, struct tm *out);
/* A time of day, HH:MM (or H:MM) from 00:00 to 23:59; *minutes gets the minutes after midnight. */
const char	*valid_clock(const char *s, int *minutes);
/* A date of birth: valid, not in the future, not more than 130 years ago. */
const char	*valid_birth_date(const char *s, struct tm *out);
/* A tax code (mã số thuế): 10 digits, or 10-3 for a dependent unit. */
const char	*valid_tax_code(const char *s);
/* The password policy's own rules: at least PASSWORD_MIN_CHARS characters, at most 128
 * bytes, not spaces only, not equal to any of the personal values (NULL-terminated list).
 * password_policy() (pwpolicy.c) adds the names and the dictionary. */
const char	*valid_password(const char *pw, const char *const *personal);
/* Every rule a new password meets: valid_password()'s, then neither the site's nor the
 * province's name in it (diacritics, case and spaces aside), then libpwquality's checks with
 * the cracklib dictionary (a dictionary word, too simple, a palindrome…). NULL, or the code of
 * the first reason, one code a reason. */
const char	*password_policy(const char *pw, const char *const *personal);

/* ------------------------------------------------------------------ req.c — request parsing */

enum param_type {
	P_TEXT,		/* valid UTF-8 of at most max characters, no controls but \t \n \r */
	P_UINT,		/* decimal 0..max; an empty value counts as not given */
	P_TOKEN,	/* [A-Za-z0-9._-], up to max bytes */
	P_SECRET,	/* as P_TEXT, but never echoed back into the page (passwords) */
};

/* One accepted input key of a route. */
struct param_spec {
	const char	*name;
	enum param_type	 type;
	uint64_t	 max;	/* characters for P_TEXT and P_SECRET, bytes for P_TOKEN, the
			 * largest value for P_UINT */
};

struct param {
	const char	*name;		/* the spec's name */
	char		*value;		/* decoded, NUL-terminated */
	size_t		 len;
	uint64_t	 num;		/* P_UINT value */
};

#define REQ_MAX_PARAMS	32
#define REQ_MAX_COOKIES	16
#define REQ_MAX_QUERY	4096
#define REQ_MAX_BODY	(64 * 1024)	/* urlencoded forms; uploads have their own limits */
/* A ROUTE_ROWS form (a procedure with its texts and lists): below nginx's 1 MB for a body. */
#define REQ_MAX_ROWS_BODY	(1000 * 1024)

struct cookie {
	char	*name;
	char	*value;
};

/* Why a parse failed: logged, never shown verbatim to the client. */
enum req_error {
	REQ_OK = 0,
	REQ_ERR_ENCODING,	/* bad percent-encoding or invalid UTF-8 */
	REQ_ERR_UNKNOWN,	/* a key the route does not declare */
	REQ_ERR_REPEATED,	/* a key given twice */
	REQ_ERR_TOO_LONG,	/* a value over its maximum */
	REQ_ERR_INVALID,	/* a value of the wrong type */
	REQ_ERR_TOO_MANY,	/* over REQ_MAX_PARAMS values, or twice as many pairs in all */
	REQ_ERR_TEXT,		/* a text value that text_valid_utf8() refuses */
};

/* req_parse_form() flags. */
#define REQ_UNKNOWN_IGNORED	0x01	/* skip undeclared keys (a GET's query string) */
#define REQ_ROWS_SKIPPED	0x02	/* skip, uncounted, keys with a '.': a list's rows */

/*
 * Parses an application/x-www-form-urlencoded string (a query string or a body) of
 * length n against specs (terminated by a NULL name). Decoded values are copied; "+" is
 * a space. Keys in ignore (NULL-terminated, may be NULL) are accepted and skipped; so are
 * undeclared keys with REQ_UNKNOWN_IGNORED in flags, else they are REQ_ERR_UNKNOWN.
 * Fills out[] (at most REQ_MAX_PARAMS) and *nout. Returns REQ_OK or the first error.
 * The caller frees with params_free().
 */
enum req_error	 req_parse_form(const char *s, size_t n, const struct param_spec *specs,
		    const char *const *ignore, unsigned flags, struct param *out, size_t *nout);
void		 params_free(struct param *, size_t);

/*
 * A form's list of rows (a ROUTE_ROWS route): inputs "LIST.N.COL", N from 1, as many as the
 * body's limit allows. v[(N - 1) * ncols + c] is the value of column c (cols' order) in row
 * N, NULL when not sent, "" when left blank; n is the highest N sent.
 */
struct req_rows {
	unsigned	  n, ncols;
	char		**v;
};
/* The rows of list in the urlencoded s (length n): each key "list.N.COL" with N at most max
 * and COL one of cols (a NULL name ends them), its value checked against its spec (an empty
 * one is kept as ""); other lists' keys and keys without a '.' are skipped. REQ_OK or the
 * first error; req_rows_free() in both cases. */
enum req_error	 req_parse_rows(const char *s, size_t n, const char *list,
		    const struct param_spec *cols, unsigned max, struct req_rows *out);
void		 req_rows_free(struct req_rows *);
/* Copies the decoded value of key from the urlencoded s into out; false if absent or too long. */
bool		 req_form_get(const char *s, size_t n, const char *key, char *out, size_t outsz);
/* True if the urlencoded s (length n) has the pair key=value exactly (undecoded). */
bool		 req_form_has(const char *s, size_t n, const char *key, const char *value);
const char	*req_error_str(enum req_error);

/* Decodes percent-encoding of s (length n) into out (at least n + 1 bytes); plus_space
 * turns "+" into a space. Returns the decoded length, or -1 on a malformed escape. */
long		 url_decode(const char *s, size_t n, char *out, bool plus_space);
/* Appends s percent-encoded for a query string value to b. */
void		 url_encode(struct buf *b, const char *s);

/* Parses a Cookie header into out (at most max). Malformed pairs are skipped, never fatal
 * (browsers send what other sites set). Returns the number kept; free with cookies_free(). */
size_t		 req_parse_cookies(const char *s, struct cookie *out, size_t max);
void		 cookies_free(struct cookie *, size_t);

/* ------------------------------------------------------------------ multipart.c — uploads */

/*
 * A streaming multipart/form-data parser (RFC 7578), bounded in every dimension: the whole
 * body, the number of parts, each part's header block and header lines, names and file
 * names. It never holds a file in memory: file data goes to the handler in chunks.
 */
struct mp_limits {
	size_t	 max_body;	/* bytes of the whole body */
	size_t	 max_parts;	/* parts, fields and files together */
	size_t	 max_field;	/* bytes of a field that is not a file */
};

/* What the part headers said. Strings are NUL-terminated, at most the sizes below. */
struct mp_part {
	char	 name[64];		/* form field name (Content-Disposition name=) */
	char	 filename[256];		/* file name as sent (no path), or "" for a plain field */
	char	 content_type[128];	/* as sent; never trusted for type decisions */
	bool	 is_file;		/* a filename= parameter was present (even empty) */
};

struct mp_handler {
	void	*arg;
	/* A part starts. Return 0 to go on, or non-zero to stop parsing with that status. */
	int	(*part_begin)(void *arg, const struct mp_part *);
	/* Some bytes of the current part's body (files, and fields too). Same return rule. */
	int	(*part_data)(void *arg, const struct mp_part *, const char *data, size_t n);
	/* The current part ended. Same return rule. After any non-zero return, or a malformed
	 * body, the part in progress gets no part_end: clean up whatever it started. */
	int	(*part_end)(void *arg, const struct mp_part *);
};

/* Reads up to n bytes into buf: the count, 0 at the end of the body, -1 on an error. */
typedef long (*mp_read_fn)(void *arg, char *buf, size_t n);

/*
 * Extracts the boundary from a Content-Type header value ("multipart/form-data;
 * boundary=…", quoted or not, 1 to 70 characters). Returns false if there is none.
 */
bool	 mp_boundary(const char *content_type, char *out, size_t outsz);
/*
 * Parses a body read through rd. Returns 0 when the body was complete and well formed,
 * 400 when it is malformed (or truncated), 413 when over a limit, or the non-zero value a
 * handler returned. A field's data beyond max_field is 413 too.
 */
int	 mp_parse(mp_read_fn rd, void *rdarg, const char *boundary, const struct mp_limits *,
	    const struct mp_handler *);

/* ------------------------------------------------------------------ mail_compose.c — e-mail messages */

/* One message of the outbox, for a sendmail command. Strings are NUL-terminated UTF-8. */
struct mail_msg {
	unsigned long long	 id;		/* outbox.id: the Message-ID is made from it */
	time_t			 date;		/* when it was written (outbox.created_at) */
	const char		*from_name;	/* the name shown ("" for none) */
	const char		*from_addr;
	const char		*to;
	const char		*subject;
	const char		*body;		/* lines end in LF, CR LF or CR */
};

/* An address a message may go to or come from: valid_email()'s rules, no leading "-". */
bool	 mail_address_ok(const char *);
/*
 * Appends the whole message to b (RFC 5322: From, To, Subject and the sender's name as UTF-8
 * encoded-words, Date in Vietnam's time, a Message-ID made of the id and the date, MIME
 * headers; the body 8bit, or quoted-printable when a line is over 998 bytes or a lone "."),
 * lines ended by LF. Returns NULL, or what made it
 * impossible ("recipient", "sender", "subject": a line break or control, or not UTF-8;
 * "body"), and then b may hold part of it.
 */
const char	*mail_compose(struct buf *b, const struct mail_msg *);

/* ------------------------------------------------------------------ workcal.c — working days */

/*
 * The working-day calendar (Labour Code 2019 Art. 112; holidays and swapped working days
 * come from the holidays table the administrator maintains). Days are counted as days since
 * 1970-01-01 in Vietnam's time (UTC+7, no DST); moments are UTC time_t. A working day has
 * two sessions (by default 07:30–11:30 and 13:00–17:00: 8 working hours).
 */
struct workcal {
	const int32_t	*holidays;	/* sorted days off that would be working days */
	size_t		 nholidays;
	const int32_t	*workdays;	/* sorted Saturdays or Sundays worked (swaps) */
	size_t		 nworkdays;
	int		 am_start, am_end;	/* minutes after midnight, local time */
	int		 pm_start, pm_end;
	int		 same_day_cutoff;	/* received after this minute: next working day */
	/* A clock started outside office hours counts from the opening of the next working
	 * day (else from the next working moment): workcal_start(). */
	bool		 after_hours_next_day;
};

/* The defaults above for the session times (sql/026's), with no holidays. */
void	 workcal_defaults(struct workcal *);
/* Vietnam-time day number of t, and the UTC moment of minute m of day d. */
int32_t	 workcal_day(time_t t);
time_t	 workcal_moment(int32_t day, int minute);
/* The day number of a calendar date (a DATE of the holidays table), without the machine's TZ. */
int32_t	 workcal_date(int year, int month, int mday);
bool	 workcal_is_working_day(const struct workcal *, int32_t day);
/* The first working moment at or after t (t itself inside a session). */
time_t	 workcal_next_open(const struct workcal *, time_t t);
/* The moment after adding minutes of working time to t, counting only inside sessions. */
time_t	 workcal_add(const struct workcal *, time_t t, long minutes);
/* Working minutes between a and b (0 when b <= a). */
long	 workcal_between(const struct workcal *, time_t a, time_t b);
/*
 * The moment a clock started at t counts from: t inside a session of a working day; outside
 * office hours the next working moment (workcal_next_open), or with after_hours_next_day the
 * opening of the next working day (the first session of t's day when t is before it, else of
 * the first working day after t's day). The after-hours rule of DOMAIN.md, in one place.
 */
time_t	 workcal_start(const struct workcal *, time_t t);
/*
 * The due moment of a dossier received at t with a limit of hours working hours, counted
 * from workcal_start(t). same_day: due at the end of the receiving working day, or of the
 * next working day when received after same_day_cutoff.
 */
time_t	 workcal_due(const struct workcal *, time_t t, unsigned hours, bool same_day);

/* calendar.c: the settings table's office hours, cutoff and after-hours rule with the
 * holidays table's days (sql/026), read again when the data version moves. 0, or an HTTP
 * status. */
int	 calendar_load(struct workcal *);

/* agencies.c: every unit's code, name and order, read again when the data version moves (0,
 * or an HTTP status); xml_agency() appends those of unit id asked for (a NULL element name:
 * not that one), nothing for an unknown id. */
int	 agencies_load(void);
void	 xml_agency(xmlNodePtr parent, const char *code, const char *name, const char *sort,
	    long long id);
void	 agencies_free(void);

/* procs.c: every procedure's name and resolving unit by id, read again when the data version
 * moves (0, or an HTTP status); xml_procedure() appends the name of procedure id as element
 * name (nothing for an unknown id), procs_agency() its resolving unit (0: unknown). */
int		 procs_load(void);
void		 xml_procedure(xmlNodePtr parent, const char *name, long long id);
long long	 procs_agency(long long id);
void		 procs_free(void);

/* ------------------------------------------------------------------ db.c — MariaDB */

struct db_stmt_def {
	const char	*sql;
};

enum db_type { DB_END = 0, DB_INT, DB_STR, DB_NULL };

/* A bound parameter: build lists with DB_I(), DB_S() and end them with DB_END_. */
struct db_arg {
	enum db_type	 type;
	long long	 i;
	const char	*s;
	size_t		 n;
};

#define DB_I(v)		((struct db_arg){ .type = DB_INT, .i = (v) })
#define DB_S(v)		((struct db_arg){ .type = DB_STR, .s = (v), .n = strlen(v) })
#define DB_SN(v, len)	((struct db_arg){ .type = DB_STR, .s = (v), .n = (len) })
#define DB_END_		((struct db_arg){ .type = DB_END })

/* Row visitor: cols[i] is NUL-terminated (NULL for SQL NULL), names[i] the column alias. */
typedef int (*db_row_fn)(void *arg, unsigned ncols, const char *const *names,
    char *const *cols, const size_t *lens);

/* Called once per worker: remembers the program's statement table (prepared lazily on
 * first use of the connection, and again after a reconnect). */
void	 db_init(const struct db_stmt_def *, size_t nstmts);
/*
 * Executes statement id with the given arguments and calls fn for every row (fn may be
 * NULL). Reconnects and retries once when the server went away. Returns the number of
 * rows seen (or matched, for statements without a result), -1 when the database is
 * unavailable (the caller answers 503), or -2 on another error (500). fn returning
 * non-zero stops the iteration.
 */
long	 db_exec(size_t id, const struct db_arg *args, db_row_fn fn, void *arg);
/* The first column of the first row: as text into out ("" when there is no row or it is
 * NULL), or as a number (0 then). Return what db_exec() returns. */
long	 db_text(size_t id, const struct db_arg *, char *out, size_t outsz);
/* The same whole, of any length (a JSON object), into out (emptied first). */
long	 db_buf(size_t id, const struct db_arg *, struct buf *out);
long	 db_int(size_t id, const struct db_arg *, long long *out);
unsigned long long db_last_insert_id(void);

/* A UTC DATETIME column as Vietnam shows it (UTC+7): "29/11/2026 09:15". */
#define SQL_VN_TIME(col) \
	"DATE_FORMAT(" SQL_VN(col) ", '%d/%m/%Y %H:%i')"
/*
 * Runs body(arg) in a transaction: commits when it returns 0; any other value rolls it back
 * and is returned. A deadlock (1213) or lock-wait timeout (1205) met by one of its statements
 * or by the commit rolls back and runs body again from the start, DB_TRIES times in all, after
 * a short random pause. So body must be safe to run again: it only runs statements and fills
 * its own arg (reset at its start) and never writes to the page or the request. Every
 * transaction of the programs and of dvcctl's catalogue commands is one of these. Returns 0,
 * what body returned, or -1 (the server unavailable; inside the transaction a lost
 * connection is an error, never a silent retry) or -2. A statement run outside a transaction is tried again the same way
 * by db_exec(), unless it already gave a row.
 */
#define DB_TRIES	3
long	 db_transaction(long (*body)(void *arg), void *arg);
/* True when the last failed statement broke a unique key (someone else got there first). */
bool	 db_duplicate(void);
/* Connects and prepares now (worker start). Returns 0, or -1 when the server is away. */
int	 db_open(void);
/* dvcctl: connect as the schema's owner (conf.db_owner_user) rather than the programs'
 * account. Call before the first statement. */
void	 db_as_owner(void);
/* Runs a script of several statements (migrations, seeds); dvcctl only. 0 or -1. */
int	 db_script(const char *sql, size_t len);
void	 db_close(void);

/* ------------------------------------------------------------------ page.c — page document */

/* Appends <name>text</name> to parent (text may be NULL: an empty element). */
xmlNodePtr	 xml_text(xmlNodePtr parent, const char *name, const char *text);
xmlNodePtr	 xml_elem(xmlNodePtr parent, const char *name);
void		 xml_attr(xmlNodePtr node, const char *name, const char *value);
void		 xml_attr_uint(xmlNodePtr node, const char *name, unsigned long long value);

/*
 * Runs statement id and appends one <rowname> element per row to parent, with one
 * child element per column named by its alias (a NULL column gives no element, nor one
 * whose alias starts with "_").
 * Returns what db_exec() returns.
 */
long		 xml_rows(xmlNodePtr parent, const char *rowname, size_t id, const struct db_arg *);
/*
 * xml_rows() of a statement that reads reference data (fields, agencies: tables whose changes
 * move data_version(), sql/003), its rows kept in k by the worker from one request to the
 * next and read again when the data version moves, as calendar.c keeps the holidays. k is
 * the caller's, static and zeroed; it holds no request's data.
 */
struct xml_kept {
	xmlDocPtr	 doc;
	long long	 version;
};
long		 xml_rows_kept(struct xml_kept *k, xmlNodePtr parent, const char *rowname, size_t id,
		    const struct db_arg *);
/* One row as xml_rows() appends it, for a row visitor that also reads the values. */
xmlNodePtr	 xml_row_append(xmlNodePtr parent, const char *rowname, unsigned ncols,
		    const char *const *names, char *const *cols, const size_t *lens);
/* The value of column name in a row, or NULL. */
const char	*row_get(unsigned ncols, const char *const *names, char *const *cols, const char *name);

/* Form pages: <form><value name="…">typed</value><error name="…" code="…"/></form>.
 * form_values() echoes every accepted input but passwords; form_error() adds the message
 * code for a field ("_" for the whole form), counts it in r->nerrors and returns the element,
 * for the message's arguments as attributes. The words are in xslt/i18n/vi-msg.xsl. */
struct request;
void		 form_values(struct request *);
void		 form_value(struct request *, const char *name, const char *value);
xmlNodePtr	 form_error(struct request *, const char *name, const char *code);

/* The date typed in input name (dd/mm/yyyy or yyyy-mm-dd) as its day in Vietnam's calendar
 * (workcal's day numbers); -1 when nothing was typed, and when it is not a date, which is
 * then a form error. */
int32_t		 form_day(struct request *, const char *name);

/* Appends <qr><size>N</size><path>SVG path data</path></qr> encoding text (qr.c). */
xmlNodePtr	 xml_qr(xmlNodePtr parent, const char *text);

/* ------------------------------------------------------------------ store.c — uploaded files */

#define STORE_PATH_MAX	1024
/* The internal location of nginx that aliases the store (conf/nginx/dvc.conf): downloads
 * are handed to nginx as X-Accel-Redirect to a URI under it. */
#define STORE_URI	"/_store"
#define STORE_URI_MAX	128

/* Creates a temporary file in the store; its fd, or -1. path gets its name. */
int	 store_tmp(char path[STORE_PATH_MAX]);
/* Syncs fd, then renames tmp to the file of sha256 (64 hex digits) and syncs the folder.
 * The caller closes fd. 0, or -1 (tmp is left for dvcctl gc). */
int	 store_commit(int fd, const char *tmp, const char *sha256);
/* The file of sha256: its path on disk, and its URI under STORE_URI (the same layout). */
void	 store_path(const char *sha256, char out[STORE_PATH_MAX]);
void	 store_uri(const char *sha256, char out[STORE_URI_MAX]);

/* ------------------------------------------------------------------ upload.c — uploaded files */

#define UPLOAD_MAX_FILES	8	/* files in one upload */
#define UPLOAD_MAX_FIELDS	4

struct request;
struct upload;

/* What a multipart route's body may hold besides its files. */
struct upload_spec {
	/* The plain fields before the files, ids of digits only; NULL-terminated. */
	const char	*fields[UPLOAD_MAX_FIELDS + 1];
	/* At the first file, the fields known: sets up->max_bytes and up->types (the kinds
	 * allowed, "pdf,jpg,png") and up->what (what the files are for, for messages), and
	 * may lower up->room_files and up->room_bytes (what the dossier or the account may
	 * still take, with the message codes of going over each); 0, or the HTTP status that
	 * ends the upload (404: nothing of the user's to upload to). */
	int		(*limits)(struct request *, struct upload *);
};

struct upload_file {
	int				 fd;
	char				 tmp[STORE_PATH_MAX];	/* "" once stored */
	char				 name[256];	/* as the browser sent it */
	unsigned long			 size;
	crypto_hash_sha256_state	 sha;
	char				 hex[65];	/* SHA-256, at the end of the part */
	char				 mime[100];	/* from the content, by upload_check() */
};

/* An upload, on the request from its first part to the end of the request. */
struct upload {
	const struct upload_spec *spec;
	char			 field[UPLOAD_MAX_FIELDS][24];
	bool			 field_seen[UPLOAD_MAX_FIELDS];	/* each field comes once */
	int			 cur_field;	/* the field being read, or -1 */
	bool			 limits_known;
	unsigned long		 max_bytes;	/* of each file */
	char			 types[100];
	char			 what[4001];
	int			 nfiles;
	struct upload_file	 files[UPLOAD_MAX_FILES];
	unsigned long		 total;		/* bytes of every file so far */
	/* What limits() left room for in this upload (UPLOAD_MAX_FILES and UPLOAD_MAX_BODY
	 * unless it says less), and the message codes of going over. */
	int			 room_files;
	unsigned long		 room_bytes;
	const char		*room_files_error;
	const char		*room_bytes_error;
	const char		*error;		/* the message code of a refusal */
	int			 error_file;	/* the file it is about, or -1 */
};

/* The upload of a ROUTE_MULTIPART request. */
struct upload	*upload_get(struct request *);
/* The value of a plain field ("" when not sent). */
const char	*upload_field(const struct upload *, const char *name);
/* Each file not empty and of an allowed type (taken from its content): 0, or 400/415 with
 * up->error and up->error_file set. */
int		 upload_check(struct upload *);
/* Moves the files under their SHA-256 in the store: 0, or 500 (up->error set). Those already
 * stored are skipped: a transaction run again may call it again. */
int		 upload_store(struct upload *);
/* Closes and removes the temporary files not yet stored. */
void		 upload_discard(struct upload *);

/* ------------------------------------------------------------------ app.c — requests and routes */

enum role {
	ROLE_ANY = 0,		/* anyone, signed in or not */
	ROLE_USER,		/* anyone signed in */
	ROLE_CITIZEN,
	ROLE_OFFICER,
	ROLE_ADMIN,
};

#define SESSION_TOKEN_SIZE	44	/* 32 bytes in base64url, and a NUL */

/* A session's second factor (sessions.mfa): whole, or the password right and the code still
 * to come, or an account that must enrol one first. A session that is not whole reaches only
 * the routes marked ROUTE_MFA (the second factor's pages, signing out): a GET of any other
 * is sent to MFA_PATH, a POST refused (app.c). */
enum mfa_state { MFA_DONE = 0, MFA_CODE = 1, MFA_ENROL = 2 };
#define MFA_PATH	"/account/mfa"

/* The signed-in user of a request; id 0 when nobody is. */
struct user {
	unsigned long long	 id;
	enum role		 kind;	/* ROLE_CITIZEN, ROLE_OFFICER or ROLE_ADMIN */
	char			 name[128];
	long			 idle;	/* seconds since the session was last used */
	enum mfa_state		 mfa;	/* the second factor still to come, if any */
};

struct request;

/* A handler fills req->root and returns an HTTP status (200, 303 with app_redirect(), 4xx),
 * or answers with a download (200 with app_sendfile()). */
typedef int (*handler_fn)(struct request *);

/* Route flags. */
#define ROUTE_CACHE	0x01	/* anonymous GETs may be served from the page cache */
#define ROUTE_FORM	0x02	/* the page has a POST form: give anonymous visitors a CSRF token */
#define ROUTE_MULTIPART	0x04	/* a POST of multipart/form-data: core streams it to .upload */
/* A GET from the payment gateway or to it (payproto.c): its keys are not the route's
 * params; the handler parses r->query with pay_parse_query() and checks its signature. */
#define ROUTE_GATEWAY	0x08
/* A session still owing its second factor may use it (the second factor's pages, sign-out). */
#define ROUTE_MFA	0x10
/* A POST form with lists of rows: its keys with a '.' ("fees.2.amount") are left in
 * req->body for the handler's req_parse_rows(); the others are the route's params. */
#define ROUTE_ROWS	0x20

#define UPLOAD_MAX_BODY	(60 * 1024 * 1024)	/* as nginx's client_max_body_size for /submit/ */

struct route {
	const char		*method;	/* "GET" (also answers HEAD) or "POST" */
	/* Literal path, or with one "*" segment as in "/procedures/{*}" (the segment is req->arg). */
	const char		*pattern;
	enum role		 role;
	handler_fn		 handler;
	const char		*view;		/* stylesheet basename under xslt_dir, without .xsl */
	const struct param_spec	*params;	/* accepted query (GET) or body (POST) keys */
	/* Checks the "*" segment: returns true when it is acceptable, else 404. */
	bool			(*arg_ok)(const char *);
	unsigned		 flags;		/* ROUTE_* */
	/* ROUTE_MULTIPART: what the body may hold (upload.c). Core reads it before the handler
	 * runs, the form's CSRF token first; the handler finds the files in upload_get(r) and
	 * the parse's result in r->upload_status (0, 400, 413 or what limits() returned). */
	const struct upload_spec *upload;
};

struct request {
	const char	*method;
	const char	*path;		/* decoded path, without the query */
	const char	*query;		/* the query string as sent ("" for none) */
	const char	*body;		/* ROUTE_ROWS: the urlencoded body, body_len bytes */
	size_t		 body_len;
	char		*arg;		/* the "*" segment, decoded */
	const struct route *route;
	struct param	 params[REQ_MAX_PARAMS];
	size_t		 nparams;
	struct cookie	 cookies[REQ_MAX_COOKIES];
	size_t		 ncookies;
	const char	*remote_addr;
	const char	*host;		/* Host, Origin, Referer and User-Agent as sent */
	const char	*origin;
	const char	*referer;
	const char	*user_agent;
	bool		 tls;		/* the request came over HTTPS */
	struct user	 user;
	char		 session[SESSION_TOKEN_SIZE];	/* the session cookie, when valid */
	char		 csrf_cookie[SESSION_TOKEN_SIZE];	/* a pre-sign-in cookie set now */
	bool		 session_expired;	/* a session cookie came, but no valid session */
	xmlNodePtr	 form;		/* <form>: values typed and errors, see form_error() */
	int		 nerrors;
	int		 upload_status;	/* ROUTE_MULTIPART: how the body parsed */
	bool		 keep_view;	/* an error status shown with the route's own view */
	struct buf	 headers;	/* extra response headers (Set-Cookie) */
	struct buf	 download;	/* app_sendfile(): the headers of a download, no page */
	bool		 want_xml;
	bool		 plain_text;	/* the error view itself failed */
	xmlDocPtr	 doc;
	xmlNodePtr	 root;		/* <page> */
	char		*location;	/* redirect target */
	const char	*message;	/* the error page's message code (vi-msg.xsl) */
	const char	*raw_type;	/* app_raw(): the Content-Type of an answer that is no page */
	void		*fcgi;		/* FCGX_Request */
	/* The program's own state of this request (an upload in progress), freed by core with
	 * state_free when the request ends. */
	void		*state;
	void		(*state_free)(void *);
};

struct program {
	const char		*name;		/* "dvc-catalogue" */
	int			 hash_slots;	/* concurrent password hashes allowed; 0: none */
	void			(*init)(void);	/* once per worker, after the database opened */
	const struct route	*routes;
	size_t			 nroutes;
	const struct db_stmt_def *stmts;
	size_t			 nstmts;
	const char *const	*views;		/* views besides the routes' (NULL-terminated):
						 * dossier_views for a program that moves dossiers */
};

/* Parses argv (--socket PATH, --workers N, --config PATH), then runs the prefork master. */
int		 app_main(const struct program *, int argc, char **argv);

/* The value of an accepted input, or NULL when it was not given. */
const struct param *req_param(const struct request *, const char *name);
const char	*req_str(const struct request *, const char *name, const char *fallback);
uint64_t	 req_uint(const struct request *, const char *name, uint64_t fallback);
/* A form's input trimmed of blanks (spaces, tabs) at both ends and of line ends (a textarea's
 * last line) at its end, in place; "" when it was not given. The one helper of the programs'
 * forms. */
char		*req_input(struct request *, const char *name);
/* An id in a URL (/x/{id}), a route's check: 1 to 18 digits without a leading zero (below
 * 2^63); anything else is the route's 404. req.c. */
bool		 id_ok(const char *);
/* A decimal integer's text (a checked id, a database column) as a number; 0 for NULL. */
long long	 num(const char *);

/* Sets a 303 redirect to a local path; returns 303. */
int		 app_redirect(struct request *, const char *location);
/* The way back a form carries in its "next" input when next_ok() accepts it for this
 * program's routes, else fallback (may be NULL). Every user of "next" goes through it. */
const char	*app_next(const struct request *, const char *fallback);
/* The running program's name ("dvc-admin"), as its struct program gives it. */
const char	*app_name(void);

#define NEXT_MAX	2048	/* bytes of a way back */
/*
 * True when next is a way back to a page of this site (next.c): a path the nginx snippet
 * hands to a program, and when to this program (routes), one of its GET routes; of
 * unreserved characters and "/", without an empty, "." or ".." segment ("//evil", "/../");
 * then maybe "?" and a query whose characters and what they percent-encode are text without
 * whitespace, control, backslash or "//". Never the sign-in or sign-out page.
 */
bool		 next_ok(const char *next, const struct route *routes, size_t nroutes);
/* The status for a failed db_exec() result: 503 when unavailable, else 500. */
int		 db_status(long rc);
/* Sets the message code of the error page (a static string) and returns status. */
int		 app_error(struct request *, int status, const char *code);
/* Answers with text of type (a static string: "application/json") instead of a page, for
 * the payment gateway's calls; returns 200. */
int		 app_raw(struct request *, const char *type, const char *text, size_t len);

/* ------------------------------------------------------------------ sendfile.c — downloads */

/*
 * Makes the answer a download that nginx completes from internal_uri, a path under a
 * location marked internal (X-Accel-Redirect): no body, Content-Type mime (or
 * application/octet-stream when it cannot be a header), Content-Disposition: attachment
 * with filename (UTF-8; "" for none), Cache-Control: private, no-store. Returns 200 for
 * the handler to return, or 500 when internal_uri is not a plain path.
 */
int	 app_sendfile(struct request *, const char *internal_uri, const char *mime,
	    const char *filename);
/* Appends the value of Content-Disposition: attachment with name (RFC 6266 and 8187). */
void	 sendfile_disposition(struct buf *, const char *name);

/* ------------------------------------------------------------------ session.c — sessions */

/* Signs user_id in: ends any current session, issues a new token and its cookie.
 * Returns 0, or an HTTP status when the database fails. */
int	 session_start(struct request *, unsigned long long user_id);
/* The same for a session that still owes its second factor (mfa not MFA_DONE): it lives
 * MFA_PENDING_MINUTES at most. */
int	 session_start_mfa(struct request *, unsigned long long user_id, enum mfa_state mfa);
/* Signs out: deletes the session and expires the cookie. 0 or an HTTP status. */
int	 session_end(struct request *);
/* Ends every other session of the signed-in user (after a password change). */
int	 session_end_others(struct request *);
/* Ends every session of user_id, in the caller's transaction if any (a password set by a
 * reset link, an account closed). 0, or what db_exec() returned (< 0); the browser's cookie,
 * if it was one, is left to expire. */
long	 session_end_user(unsigned long long user_id);
/* A new random token: 32 bytes from libsodium, base64url without padding (43 characters). */
void	 token_new(char out[SESSION_TOKEN_SIZE]);
/* True if s has the form of such a token. */
bool	 token_ok(const char *s);
/* HMAC-SHA256 of s under the configured secret: to count or match a value without keeping it. */
void	 keyed_hash(const char *s, unsigned char out[32]);
/* The CSRF token for forms on this page (65 bytes with the NUL). */
void	 csrf_token(struct request *, char out[65]);

/* ------------------------------------------------------------------ pwhash.c — passwords */

#define PWHASH_SIZE	128	/* crypto_pwhash_STRBYTES */

/* Hashes password with argon2id. 0, or -1 when every hashing slot stayed busy. */
int	 pwhash_create(const char *password, char out[PWHASH_SIZE]);
/* 1 when password matches hash (NULL hash: an unknown account, always 0 after the same
 * work), 0 when not, -1 when busy. */
int	 pwhash_verify(const char *hash, const char *password);

/* ------------------------------------------------------------------ render.c — XSLT */

/* Compiles every view named by the routes, the extra ones (NULL-terminated, may be NULL),
 * and "error", once per worker. */
void	 render_init(const struct route *, size_t nroutes, const char *const *extra);
/* On SIGHUP, in the master: the views compiled again (the old ones kept if one fails). */
void	 render_reload(void);
/* The stylesheet's modification time, for the links to the static files. */
const char	*render_assets(void);
/* A new page document for the view (NULL: none), its names in the view's dictionary. */
xmlDocPtr render_doc(const char *view);
/* Renders doc with the view's stylesheet into out. Returns 0, or -1 on failure. */
int	 render_view(const char *view, xmlDocPtr doc, struct buf *out);
/* Serialises doc itself (the XML form of a page). Returns 0, or -1. */
int	 render_xml(xmlDocPtr doc, struct buf *out);
void	 render_free(void);

/* ------------------------------------------------------------------ mail.c — messages to people */

/* A new <mail> document with <site><base_url/><name/></site>; root gets <mail>. The caller
 * adds what the view tells and frees the document. */
xmlDocPtr mail_doc(xmlNodePtr *root);
/* Renders doc with the text view into text (the caller frees it): *subject is its first
 * line, *body the rest after the blank line. 0, or -1 when it did not render to both. */
int	 mail_render(const char *view, xmlDocPtr doc, struct buf *text, char **subject,
	    char **body);
/* Renders doc with view and puts the message to recipient in the outbox, in the caller's
 * transaction if any; dossier 0 and move NULL for a message about no dossier. 0, or what
 * db_exec() returns on failure (-2 too when the view did not render). */
long	 mail_queue(const char *view, xmlDocPtr doc, const char *recipient,
	    unsigned long long dossier, const char *move);

/* contact.c: a draft's contact address that is not the account's gets no message about the
 * dossier until the link sent to it is opened (dvc-account, /account/contact). After the
 * draft's address was saved as email: when it waits for confirmation and no link is pending,
 * one is sent (mail-verify). 0, or an HTTP status. */
int	 contact_confirm(struct request *, unsigned long long dossier, const char *email);

/* ------------------------------------------------------------------ payproto.c — payment gateway */

/* The redirect protocol of DOMAIN.md (VNPay 2.1.0 style), for both of its sides. */
#define PAY_MAX_PARAMS	32
#define PAY_MAX_KEY	32		/* bytes of a key: [A-Za-z0-9_] */
#define PAY_MAX_VALUE	512		/* bytes of a decoded value */
#define PAY_MAX_QUERY	REQ_MAX_QUERY
#define PAY_HASH_HEX	129		/* 128 hex digits of HMAC-SHA512 and a NUL */
#define PAY_AMOUNT_LEN	24
#define PAY_AMOUNT_MAX	10000000000000ULL	/* VND: 10 nghìn tỷ, far above any fee */
#define PAY_DATE_LEN	15		/* yyyyMMddHHmmss and a NUL */

/* The answers to a notification (IPN) and the gateway's response codes. */
#define PAY_RSP_OK		"00"
#define PAY_RSP_NOT_FOUND	"01"
#define PAY_RSP_CONFIRMED	"02"
#define PAY_RSP_AMOUNT		"04"
#define PAY_RSP_SIGNATURE	"97"
#define PAY_RSP_OTHER		"99"

struct pay_param {
	char	*key;
	char	*value;		/* decoded, NUL-terminated, valid UTF-8 */
};

struct pay_params {
	struct pay_param	 p[PAY_MAX_PARAMS];
	size_t			 n;
};

enum pay_error {
	PAY_OK = 0,
	PAY_ERR_ENCODING,	/* bad percent-encoding, invalid UTF-8 or a control character */
	PAY_ERR_KEY,		/* an empty key, or one not of [A-Za-z0-9_] or too long */
	PAY_ERR_REPEATED,	/* a key given twice */
	PAY_ERR_TOO_LONG,	/* a value over PAY_MAX_VALUE, the query over PAY_MAX_QUERY */
	PAY_ERR_TOO_MANY,	/* over PAY_MAX_PARAMS pairs */
};

/* A list starts as { 0 }. pay_set() adds or replaces a copy of key=value; false when full. */
bool		 pay_set(struct pay_params *, const char *key, const char *value);
const char	*pay_get(const struct pay_params *, const char *key);
void		 pay_params_free(struct pay_params *);
/* PHP's urlencode(): [A-Za-z0-9-_.] as is, space as "+", any other byte %XX (upper case). */
void		 pay_urlencode(struct buf *, const char *);
/* The signed text: the vnp_* parameters but vnp_SecureHash(Type), sorted by key in byte
 * order, "key=value" encoded as above, joined with "&". */
void		 pay_sign_data(struct buf *, const struct pay_params *);
/* HMAC-SHA512 of the signed text with secret, as lower-case hex. */
void		 pay_sign(const struct pay_params *, const char *secret, char out[PAY_HASH_HEX]);
/* Appends the signed text and "&vnp_SecureHash=…": a whole query string to send. */
void		 pay_query_string(struct buf *, const struct pay_params *, const char *secret);
/* True when vnp_SecureHash (hex, either case) signs q with secret; constant time. */
bool		 pay_verify(const struct pay_params *, const char *secret);
/* Parses a return or notification query string of n bytes into q (which it empties first).
 * On an error q is left empty. */
enum pay_error	 pay_parse_query(const char *s, size_t n, struct pay_params *q);
const char	*pay_error_str(enum pay_error);
/* Amounts as the protocol carries them: VND × 100 in decimal. decode() takes digits only,
 * no leading zero, whole đồng, at most PAY_AMOUNT_MAX. */
void		 pay_amount_encode(uint64_t vnd, char out[PAY_AMOUNT_LEN]);
bool		 pay_amount_decode(const char *s, uint64_t *vnd);
/* The protocol's dates: yyyyMMddHHmmss in Vietnam's time (UTC+7). */
void		 pay_date(time_t, char out[PAY_DATE_LEN]);
bool		 pay_date_parse(const char *s, time_t *out);
/* The JSON answer to a notification with this RspCode (an unknown code answers 99). */
const char	*pay_ipn_answer(const char *rspcode);

/* ------------------------------------------------------------------ payment.c — settling payments */

/*
 * What a dossier owes now, in đồng, as SQL over the dossier aliased d: its fees due at
 * submission (all of its fees once an officer asked for them, status 6), less what was paid.
 * The sums are the dossier's own columns, which sql/033's triggers keep.
 */
#define SQL_PAY_DUE \
	" (CAST(IF(d.status = " SQL_DS(FEES_DUE) ", d.fee_total, d.fee_submission) AS SIGNED)" \
	" - CAST(d.paid AS SIGNED))"

/*
 * Applies what the gateway said of a payment (the verified parameters of an IPN or of a
 * querydr answer), once, in its own transaction: the payment of vnp_TxnRef becomes paid
 * (both codes 00) or failed, via "ipn" or "reconcile"; a dossier waiting for its fees
 * (status 6) that owes nothing more moves on (DM_FEES_PAID, by the system). Returns the
 * RspCode the protocol answers: 00 done, 01 no such payment, 02 settled already, 04 not its
 * amount, 99 the database failed (nothing changed: the gateway tries again).
 */
const char	*payment_settle(const struct pay_params *q, const char *via);

/* Calls fn for each payment through the gateway pending for more than minutes, oldest
 * first (at most 1000): columns txn_ref, amount (đồng), create_date (vnp_CreateDate's form).
 * What db_exec() returns. */
long		 payment_pending(unsigned minutes, db_row_fn fn, void *arg);

/* ------------------------------------------------------------------ httpget.c — HTTP client */

/* GETs url (http or https, 10 s at most) through curl into out, NUL-terminated and cut to
 * outsz - 1 bytes. The bytes read, or -1 when it failed (no answer, or a status >= 400). */
long		 http_get(const char *url, char *out, size_t outsz);

/* ------------------------------------------------------------------ fees.c — fee lines */

/* One fee of a dossier: in, the unit price charged (the online one for an online dossier),
 * how many (1 for a fixed fee) and the percent of a reduction claimed (0 none, 100 exempt);
 * out, full = unit × quantity and due = full less the reduction, rounded down. */
struct fee_line {
	uint64_t	 unit_amount;
	unsigned	 quantity;
	unsigned	 percent;
	uint64_t	 full, due;
};
/* Fills full and due; false (nothing set) when quantity is over FEE_QUANTITY_MAX, percent
 * over 100, or an amount over PAY_AMOUNT_MAX. */
bool		 fee_compute(struct fee_line *);
/* A quantity as the applicant typed it (blanks around allowed): digits only, 1 up to
 * FEE_QUANTITY_MAX, or 0 for an optional fee (none asked). NULL and *out set, or the
 * message code of the error: fee.quantity_invalid (not a whole number), fee.quantity_range. */
const char	*fee_quantity_parse(const char *s, bool optional, unsigned *out);

/* ------------------------------------------------------------------ payreceipt.c — receipts */

#define VIETQR_MAX_INFO	25

/* Appends the amount in Vietnamese words, capitalised, with "đồng": "Năm mươi nghìn đồng". */
void		 pay_amount_words(struct buf *, uint64_t vnd);
/* CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as EMVCo codes end with. */
uint16_t	 crc16_ccitt(const void *, size_t);
/* Appends a VietQR payload for a transfer of vnd (0: the payer types it) to account at the
 * bank of NAPAS BIN bin, with info (in ASCII, cut to 25 characters) as the purpose. False,
 * appending nothing, when bin is not 6 digits or account not 1–19 digits. */
bool		 vietqr_payload(struct buf *, const char *bin, const char *account, uint64_t vnd,
		    const char *info);
/* The bank transfer of vnd for the dossier code, as the applicant's fee page and the officer's
 * fee notice show it: <transfer> (bin, account, holder, content: the code, payload, qr) under
 * parent, when the province takes transfers (pay_bank_* in dvc.conf); nothing otherwise. */
void		 xml_transfer(xmlNodePtr parent, uint64_t vnd, const char *code);

/* ------------------------------------------------------------------ master.c — processes */

/* Forks n workers running fn(listen_fd) and supervises them until SIGTERM. */
int	 master_run(int listen_fd, int n, void (*fn)(int));
/* Set in a worker by SIGTERM: finish the request in hand, then exit. */
extern volatile int worker_stopping;

#include "dossier.h"

#endif /* DVC_H */
