/*
 * session.c — who is asking. The session cookie carries 256 random bits; the database keeps
 * only their SHA-256, with a 30-minute idle and a 12-hour absolute limit. Every form carries
 * a CSRF token, an HMAC of the session (or, before sign-in, of a random cookie of its own)
 * under the configured secret, and every POST must also come from our own origin.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "dvc.h"
#include "private.h"

#define SESSION_TOUCH_SECONDS	60	/* last_seen is written at most this often */

static void	 csrf_refresh(struct request *);

static unsigned char	 secret[crypto_auth_hmacsha256_KEYBYTES];

void
session_init(void)
{
	size_t	 len = 0;

	if (sodium_hex2bin(secret, sizeof(secret), conf.secret, strlen(conf.secret), NULL, &len,
	    NULL) != 0 || len != sizeof(secret))
		log_fatal("secret must be %zu hexadecimal digits (openssl rand -hex 32)",
		    2 * sizeof(secret));
}

void
keyed_hash(const char *s, unsigned char out[32])
{
	crypto_auth_hmacsha256(out, (const unsigned char *)s, strlen(s), secret);
}

/* The cookie names: __Host- and Secure when the request came over TLS. */
static const char *
cookie_name(const struct request *r, bool session)
{
	if (r->tls)
		return session ? "__Host-dvc_session" : "__Host-dvc_csrf";
	return session ? "dvc_session" : "dvc_csrf";
}

static const char *
cookie_value(const struct request *r, const char *name)
{
	size_t	 i;

	for (i = 0; i < r->ncookies; i++)
		if (strcmp(r->cookies[i].name, name) == 0)
			return r->cookies[i].value;
	return NULL;
}

static void
set_cookie(struct request *r, const char *name, const char *value, long max_age)
{
	buf_printf(&r->headers, "Set-Cookie: %s=%s; Path=/; Max-Age=%ld; HttpOnly; SameSite=Lax%s\r\n",
	    name, value, max_age, r->tls ? "; Secure" : "");
}

/* A token as it travels in a cookie: 32 random bytes, base64url without padding. */
bool
token_ok(const char *s)
{
	size_t	 n = s != NULL ? strlen(s) : 0;

	return n == 43 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == n;
}

void
token_new(char out[SESSION_TOKEN_SIZE])
{
	unsigned char	 raw[32];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, SESSION_TOKEN_SIZE, raw, sizeof(raw),
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

static int
session_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct request	*r = arg;

	(void)names;
	(void)lens;
	if (ncols < 5 || cols[0] == NULL || cols[1] == NULL || cols[2] == NULL)
		return 0;
	r->user.id = strtoull(cols[0], NULL, 10);
	r->user.kind = strcmp(cols[1], "admin") == 0 ? ROLE_ADMIN :
	    strcmp(cols[1], "officer") == 0 ? ROLE_OFFICER : ROLE_CITIZEN;
	snprintf(r->user.name, sizeof(r->user.name), "%s", cols[2]);
	r->user.idle = cols[3] != NULL ? strtol(cols[3], NULL, 10) : 0;
	r->user.mfa = cols[4] == NULL || strcmp(cols[4], "0") == 0 ? MFA_DONE :
	    strcmp(cols[4], "1") == 0 ? MFA_CODE : MFA_ENROL;
	return 0;
}

int
session_load(struct request *r)
{
	const char	*token = cookie_value(r, cookie_name(r, true));
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	long		 rc;

	if (token == NULL)
		return 0;
	if (!token_ok(token)) {
		r->session_expired = true;
		set_cookie(r, cookie_name(r, true), "", 0);
		return 0;
	}
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	{
		struct db_arg args[] = { DB_SN((const char *)hash, sizeof(hash)), DB_END_ };

		if ((rc = db_exec(db_core(CORE_SESSION_GET), args, session_row, r)) < 0)
			return db_status(rc);
		if (r->user.id == 0) {
			r->session_expired = true;
			set_cookie(r, cookie_name(r, true), "", 0);
			return 0;
		}
		snprintf(r->session, sizeof(r->session), "%s", token);
		if (r->user.idle >= SESSION_TOUCH_SECONDS &&
		    (rc = db_exec(db_core(CORE_SESSION_TOUCH), args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	return 0;
}

int
session_start(struct request *r, unsigned long long user_id)
{
	return session_start_mfa(r, user_id, MFA_DONE);
}

int
session_start_mfa(struct request *r, unsigned long long user_id, enum mfa_state mfa)
{
	char		 token[SESSION_TOKEN_SIZE];
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	const char	*ua = r->user_agent != NULL ? r->user_agent : "";
	long		 rc;

	/* No fixation: whatever session the browser had is ended, and a new token issued. */
	if ((rc = session_end(r)) != 0)
		return rc;
	token_new(token);
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	{
		struct db_arg args[] = { DB_SN((const char *)hash, sizeof(hash)), DB_I((long long)user_id),
		    DB_I((long long)mfa), DB_S(r->remote_addr != NULL ? r->remote_addr : ""),
		    DB_SN(ua, text_prefix(ua, 255)), DB_I((long long)mfa), DB_END_ };

		if ((rc = db_exec(db_core(CORE_SESSION_CREATE), args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	db_exec(db_core(CORE_SESSION_PURGE), NULL, NULL, NULL);
	snprintf(r->session, sizeof(r->session), "%s", token);
	r->user.id = user_id;
	r->user.mfa = mfa;
	set_cookie(r, cookie_name(r, true), token, SESSION_ABSOLUTE_HOURS * 3600L);
	csrf_refresh(r);
	return 0;
}

int
session_end(struct request *r)
{
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	long		 rc;

	if (r->session[0] == '\0')
		return 0;
	crypto_hash_sha256(hash, (const unsigned char *)r->session, strlen(r->session));
	{
		struct db_arg args[] = { DB_SN((const char *)hash, sizeof(hash)), DB_END_ };

		if ((rc = db_exec(db_core(CORE_SESSION_DELETE), args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	r->session[0] = '\0';
	memset(&r->user, 0, sizeof(r->user));
	set_cookie(r, cookie_name(r, true), "", 0);
	return 0;
}

int
session_end_others(struct request *r)
{
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	long		 rc;

	crypto_hash_sha256(hash, (const unsigned char *)r->session, strlen(r->session));
	{
		struct db_arg args[] = { DB_I((long long)r->user.id),
		    DB_SN((const char *)hash, sizeof(hash)), DB_END_ };

		if ((rc = db_exec(db_core(CORE_SESSION_DELETE_OTHERS), args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	return 0;
}

long
session_end_user(unsigned long long user_id)
{
	struct db_arg	 args[] = { DB_I((long long)user_id), DB_END_ };
	long		 rc;

	return (rc = db_exec(db_core(CORE_SESSION_DELETE_USER), args, NULL, NULL)) < 0 ? rc : 0;
}

/* The value the CSRF token is bound to: the session, or the pre-sign-in cookie. */
static const char *
csrf_seed(struct request *r, bool create)
{
	const char	*seed;

	if (r->session[0] != '\0')
		return r->session;
	seed = cookie_value(r, cookie_name(r, false));
	if (token_ok(seed))
		return seed;
	if (!create)
		return NULL;
	if (r->csrf_cookie[0] == '\0') {
		token_new(r->csrf_cookie);
		set_cookie(r, cookie_name(r, false), r->csrf_cookie, SESSION_ABSOLUTE_HOURS * 3600L);
	}
	return r->csrf_cookie;
}

static void
csrf_compute(const char *seed, char out[65])
{
	unsigned char	 mac[crypto_auth_hmacsha256_BYTES];

	crypto_auth_hmacsha256(mac, (const unsigned char *)seed, strlen(seed), secret);
	sodium_bin2hex(out, 65, mac, sizeof(mac));
}

/* A page already begun when the session changed (a sign-in finished by its second factor)
 * gives the forms it shows the token of the new session. */
static void
csrf_refresh(struct request *r)
{
	xmlNodePtr	 n;
	char		 token[65];

	if (r->root == NULL)
		return;
	for (n = r->root->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)"csrf") == 0) {
			csrf_token(r, token);
			xmlNodeSetContent(n, (const xmlChar *)token);
			return;
		}
}

void
csrf_token(struct request *r, char out[65])
{
	csrf_compute(csrf_seed(r, true), out);
}

bool
csrf_ok(struct request *r, const char *token)
{
	const char	*seed = csrf_seed(r, false);
	char		 want[65];

	if (seed == NULL || token == NULL || strlen(token) != 64)
		return false;
	csrf_compute(seed, want);
	return sodium_memcmp(want, token, 64) == 0;
}

/* A POST must come from our own pages: Origin (or, failing it, Referer) names this host. */
bool
origin_ok(const struct request *r)
{
	const char	*host = r->host, *from = r->origin;
	size_t		 n;

	if (from == NULL && (from = r->referer) == NULL)
		return true;	/* not a browser; the CSRF token still guards the form */
	if (host == NULL)
		return false;
	if (strncmp(from, r->tls ? "https://" : "http://", r->tls ? 8 : 7) != 0)
		return false;
	from += r->tls ? 8 : 7;
	n = strlen(host);
	return strncmp(from, host, n) == 0 && (from[n] == '\0' || from[n] == '/');
}
