/*
 * mail_compose.c — an e-mail as RFC 5322 and MIME (RFC 2045, 2047) write it, for a sendmail command:
 * the applicant's messages that dvc-notifier sends from the outbox. Header values from the
 * outbox are checked here, so that nothing in a recipient or a subject can add a header
 * line; the subject and the sender's name travel as UTF-8 encoded-words, the body as UTF-8
 * text, 8bit or, when a line does not allow it, quoted-printable. Lines end in LF, as a sendmail command expects them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"

/* An encoded-word holds at most 75 characters; 42 bytes of text make 56 of base64, so that
 * "Subject: " and the first word stay within 78 characters. */
#define WORD_BYTES	42
#define QP_LINE		76	/* characters of a quoted-printable line, "=" included */

/* An address as a header and an argument may carry it: valid_email()'s rules (no blank, no
 * control, no specials, one "@", a dot in the domain) and no leading "-" (an argv option). */
bool
mail_address_ok(const char *s)
{
	char	 lower[256];

	return s[0] != '-' && valid_email(s, lower, sizeof(lower)) == NULL;
}

/* True when s is printable ASCII without "=?", which a reader would take for an
 * encoded-word. */
static bool
plain_ascii(const char *s)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < ' ' || *p > '~')
			return false;
	return strstr(s, "=?") == NULL;
}

/*
 * Appends text as header words: as it is when short printable ASCII, else as UTF-8
 * encoded-words (RFC 2047, "B"), each of whole characters, one per folded line. used is the
 * length of the line so far ("Subject: ").
 */
static void
header_words(struct buf *b, const char *text, size_t used)
{
	size_t	 n = strlen(text), chunk;
	char	 b64[sodium_base64_ENCODED_LEN(WORD_BYTES, sodium_base64_VARIANT_ORIGINAL)];

	if (plain_ascii(text) && used + n <= 78) {
		buf_puts(b, text);
		return;
	}
	while (n > 0) {
		chunk = text_prefix(text, n < WORD_BYTES ? n : WORD_BYTES);
		if (chunk == 0)		/* not UTF-8: mail_compose() refused it before */
			chunk = 1;
		sodium_bin2base64(b64, sizeof(b64), (const unsigned char *)text, chunk,
		    sodium_base64_VARIANT_ORIGINAL);
		buf_printf(b, "=?UTF-8?B?%s?=", b64);
		text += chunk;
		n -= chunk;
		if (n > 0)
			buf_puts(b, "\n ");
	}
}

/* Appends one quoted-printable byte and counts it on the line, breaking it (a soft break,
 * "=" at the end) before it would pass QP_LINE. */
static void
qp_put(struct buf *b, size_t *col, const char *enc, size_t n)
{
	if (*col + n > QP_LINE - 1) {
		buf_puts(b, "=\n");
		*col = 0;
	}
	buf_put(b, enc, n);
	*col += n;
}

/* Appends one line of the body (no line end) quoted-printable (RFC 2045, 6.7): "=", bytes
 * outside printable ASCII, and a blank at the end of the line as =XX; a "." or "From " at
 * the start of a line too, which some transports would take for the end or a separator. */
static void
qp_line(struct buf *b, const unsigned char *s, size_t n)
{
	size_t	 i, col = 0;
	char	 enc[4];

	for (i = 0; i < n; i++) {
		unsigned char	 c = s[i];
		bool		 last = i + 1 == n;
		bool		 escape = c == '=' || c > '~' || (c < ' ' && c != '\t') ||
		    ((c == ' ' || c == '\t') && last) ||
		    (i == 0 && (c == '.' || (n >= 5 && memcmp(s, "From ", 5) == 0)));

		if (escape) {
			snprintf(enc, sizeof(enc), "=%02X", c);
			qp_put(b, &col, enc, 3);
		} else {
			enc[0] = (char)c;
			qp_put(b, &col, enc, 1);
		}
	}
	buf_putc(b, '\n');
}

/*
 * Appends the body, its lines ended by LF, CR LF or CR, each ended by LF: as they are when
 * qp is false, else quoted-printable. Returns whether every line could go as it is in an
 * 8bit body: at most 998 bytes (RFC 5322, 2.1.1), and not a lone "." (which ends the input
 * of a sendmail without -oi).
 */
static bool
body_lines(struct buf *b, const char *body, bool qp)
{
	const char	*p = body, *end;
	size_t		 n;
	bool		 plain = true;

	while (*p != '\0') {
		end = p + strcspn(p, "\r\n");
		n = (size_t)(end - p);
		plain &= n <= 998 && !(n == 1 && *p == '.');
		if (qp)
			qp_line(b, (const unsigned char *)p, n);
		else if (b != NULL) {
			buf_put(b, p, n);
			buf_putc(b, '\n');
		}
		if (end[0] == '\r' && end[1] == '\n')
			end++;
		p = *end != '\0' ? end + 1 : end;
	}
	return plain;
}

/* "Sat, 05 Dec 2026 04:00:00 +0700": t in Vietnam's time, in the English of RFC 5322. */
static void
mail_date(struct buf *b, time_t t)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	    "Aug", "Sep", "Oct", "Nov", "Dec" };
	time_t		 local = t + VN_UTC_OFFSET_SECONDS;
	struct tm	 tm;

	gmtime_r(&local, &tm);
	buf_printf(b, "%s, %02d %s %04d %02d:%02d:%02d +%02d00", days[tm.tm_wday], tm.tm_mday,
	    months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
	    VN_UTC_OFFSET_HOURS);
}

const char *
mail_compose(struct buf *b, const struct mail_msg *m)
{
	const char	*domain;
	bool		 plain;

	if (!mail_address_ok(m->to))
		return "recipient";
	if (!mail_address_ok(m->from_addr))
		return "sender";
	/* No line break or other control in a header value: nothing can start a header. */
	if (!text_valid_utf8(m->subject, strlen(m->subject)) || strpbrk(m->subject, "\r\n\t") != NULL)
		return "subject";
	if (!text_valid_utf8(m->from_name, strlen(m->from_name)) || strpbrk(m->from_name, "\r\n\t") != NULL)
		return "sender";
	if (!text_valid_utf8(m->body, strlen(m->body)))
		return "body";
	domain = strchr(m->from_addr, '@') + 1;
	buf_puts(b, "From: ");
	if (m->from_name[0] != '\0') {
		header_words(b, m->from_name, 6);
		buf_puts(b, "\n ");	/* the address on a line of its own */
	}
	buf_printf(b, "<%s>\nTo: %s\nSubject: ", m->from_addr, m->to);
	header_words(b, m->subject, 9);
	buf_puts(b, "\nDate: ");
	mail_date(b, m->date);
	/* The same id at every attempt: a copy sent twice is known for one by its readers. */
	buf_printf(b, "\nMessage-ID: <dvc.outbox.%llu.%lld@%s>\n", m->id, (long long)m->date, domain);
	/* 8bit, readable as it is, when the lines allow it; quoted-printable otherwise. */
	plain = body_lines(NULL, m->body, false);
	buf_printf(b, "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "Content-Transfer-Encoding: %s\n"
	    "Auto-Submitted: auto-generated\n\n", plain ? "8bit" : "quoted-printable");
	body_lines(b, m->body, !plain);
	return NULL;
}
