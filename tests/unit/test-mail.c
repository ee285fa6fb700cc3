/*
 * test-mail.c — mail_compose.c: the message dvc-notifier hands to sendmail. Headers in their order,
 * the Date in Vietnam's time, the Message-ID of the outbox id; a Vietnamese subject and
 * sender as encoded-words of whole characters within 75 characters, lines within 78, that
 * decode back to the text; a body 8bit as it is, or quoted-printable (lines within 76) when a
 * line is too long or a lone "."; and every way a header could be smuggled in refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

#define SUBJECT	"Hồ sơ 000.01.30.H56-261205-0007: Yêu cầu bổ sung, hoàn thiện hồ sơ — " \
		"Đăng ký khai sinh có yếu tố nước ngoài"
#define SITE	"Cổng Dịch vụ công tỉnh Thanh Hóa"

static struct mail_msg
sample(void)
{
	struct mail_msg	 m = {
		.id = 4217,
		.date = 1796418440,	/* 2026-12-04 21:07:20 UTC */
		.from_name = SITE,
		.from_addr = "no-reply@dichvucong.thanhhoa.gov.vn",
		.to = "nguyen.van.a@example.vn",
		.subject = SUBJECT,
		.body = "Kính gửi Nguyễn Văn A,\n\nMã hồ sơ: 000.01.30.H56-261205-0007\n",
	};

	return m;
}

/* The value of header name (unfolded: continuation lines joined without their line end),
 * or "" when absent; from the header block only. */
static void
header(const char *msg, const char *name, char *out, size_t outsz)
{
	const char	*p = msg, *end = strstr(msg, "\n\n");
	size_t		 n = strlen(name), o = 0;

	out[0] = '\0';
	while (p != NULL && p < end) {
		if (strncmp(p, name, n) == 0 && p[n] == ':') {
			p += n + 2;
			while (p < end && o + 1 < outsz) {
				if (*p == '\n' && (p[1] == ' ' || p[1] == '\t')) {
					p++;
					continue;
				}
				if (*p == '\n')
					break;
				out[o++] = *p++;
			}
			out[o] = '\0';
			return;
		}
		p = strchr(p, '\n');
		p = p != NULL ? p + 1 : NULL;
	}
}

/* Decodes a header value of encoded-words (separated by blanks) into out; false when a word
 * is malformed, over 75 characters, or not whole UTF-8 characters. */
static bool
decode_words(const char *v, char *out, size_t outsz)
{
	size_t		 o = 0, bin;
	const char	*p = v, *q;
	char		 word[128];

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (strncmp(p, "=?UTF-8?B?", 10) != 0 || (q = strstr(p + 10, "?=")) == NULL)
			return false;
		if ((size_t)(q + 2 - p) > 75 || (size_t)(q - p - 10) >= sizeof(word))
			return false;
		memcpy(word, p + 10, (size_t)(q - p - 10));
		word[q - p - 10] = '\0';
		if (sodium_base642bin((unsigned char *)out + o, outsz - o - 1, word, strlen(word), NULL,
		    &bin, NULL, sodium_base64_VARIANT_ORIGINAL) != 0)
			return false;
		if (!text_valid_utf8(out + o, bin))
			return false;
		o += bin;
		p = q + 2;
	}
	out[o] = '\0';
	return true;
}

/* Decodes a quoted-printable body. */
static void
qp_decode(const char *s, char *out)
{
	size_t	 o = 0;

	while (*s != '\0') {
		if (s[0] == '=' && s[1] == '\n')
			s += 2;
		else if (s[0] == '=') {
			char hex[3] = { s[1], s[2], '\0' };

			out[o++] = (char)strtol(hex, NULL, 16);
			s += 3;
		} else
			out[o++] = *s++;
	}
	out[o] = '\0';
}

/* The longest line of s. */
static size_t
longest_line(const char *s)
{
	size_t	 max = 0, n;

	while (*s != '\0') {
		n = strcspn(s, "\n");
		max = n > max ? n : max;
		s += n + (s[n] == '\n');
	}
	return max;
}

static void
test_message(void)
{
	struct mail_msg	 m = sample();
	struct buf	 b = { 0 };
	char		 v[1024], text[1024];
	const char	*body;

	is_str(mail_compose(&b, &m), NULL, "a message of the outbox is composed");
	buf_cstr(&b);
	body = strstr(b.data, "\n\n");
	ok(body != NULL && strcmp(body + 2, m.body) == 0, "the body follows the headers, as it is (8bit)");
	ok(strncmp(b.data, "From: ", 6) == 0, "the first header is From");
	header(b.data, "From", v, sizeof(v));
	ok(strstr(v, " <no-reply@dichvucong.thanhhoa.gov.vn>") != NULL, "From: the address in <>: %s", v);
	*strstr(v, " <") = '\0';
	ok(decode_words(v, text, sizeof(text)) && strcmp(text, SITE) == 0,
	    "From: the site's name as encoded-words: %s", text);
	header(b.data, "To", v, sizeof(v));
	is_str(v, "nguyen.van.a@example.vn", "To: the recipient");
	header(b.data, "Subject", v, sizeof(v));
	ok(decode_words(v, text, sizeof(text)), "Subject: encoded-words of whole characters, each within 75");
	is_str(text, SUBJECT, "Subject: decodes to the subject");
	header(b.data, "Date", v, sizeof(v));
	is_str(v, "Sat, 05 Dec 2026 04:07:20 +0700", "Date: RFC 5322, in Vietnam's time");
	header(b.data, "Message-ID", v, sizeof(v));
	is_str(v, "<dvc.outbox.4217.1796418440@dichvucong.thanhhoa.gov.vn>",
	    "Message-ID: the outbox id and its date, at the sender's domain");
	header(b.data, "MIME-Version", v, sizeof(v));
	is_str(v, "1.0", "MIME-Version: 1.0");
	header(b.data, "Content-Type", v, sizeof(v));
	is_str(v, "text/plain; charset=UTF-8", "Content-Type: text/plain; charset=UTF-8");
	header(b.data, "Content-Transfer-Encoding", v, sizeof(v));
	is_str(v, "8bit", "Content-Transfer-Encoding: 8bit");
	header(b.data, "Auto-Submitted", v, sizeof(v));
	is_str(v, "auto-generated", "Auto-Submitted: auto-generated (RFC 3834)");
	*strstr(b.data, "\n\n") = '\0';
	ok(longest_line(b.data) <= 78, "every header line within 78 characters (%zu)", longest_line(b.data));
	ok(strchr(b.data, '\r') == NULL, "lines end in LF, for sendmail");
	buf_free(&b);

	m.subject = "Plain ASCII";
	m.from_name = "";
	mail_compose(&b, &m);
	buf_cstr(&b);
	header(b.data, "Subject", v, sizeof(v));
	is_str(v, "Plain ASCII", "a short ASCII subject goes as it is");
	header(b.data, "From", v, sizeof(v));
	is_str(v, "<no-reply@dichvucong.thanhhoa.gov.vn>", "no name: the address alone");
	buf_free(&b);
	m.subject = "=?UTF-8?B?SGk=?=";
	mail_compose(&b, &m);
	buf_cstr(&b);
	header(b.data, "Subject", v, sizeof(v));
	ok(decode_words(v, text, sizeof(text)) && strcmp(text, m.subject) == 0,
	    "a subject that looks like an encoded-word is encoded itself");
	buf_free(&b);
}

static void
test_body(void)
{
	struct mail_msg	 m = sample();
	struct buf	 b = { 0 };
	char		 v[64], *long_line, *decoded;
	const char	*body;
	size_t		 i;

	m.body = "một\r\nhai\rba\n";
	mail_compose(&b, &m);
	buf_cstr(&b);
	body = strstr(b.data, "\n\n") + 2;
	is_str(body, "một\nhai\nba\n", "CR LF and CR become LF");
	buf_free(&b);

	long_line = malloc(3000);
	/* "a=" and "Đ" (two bytes) in turn: 2400 bytes of whole characters. */
	for (i = 0; i < 1200; i++)
		memcpy(long_line + i * 2, i % 2 ? "\xc4\x90" : "a=", 2);
	strcpy(long_line + 2400, "\n.\nFrom here \n");
	m.body = long_line;
	is_str(mail_compose(&b, &m), NULL, "a body with a line of 2400 bytes is composed");
	buf_cstr(&b);
	header(b.data, "Content-Transfer-Encoding", v, sizeof(v));
	is_str(v, "quoted-printable", "… quoted-printable");
	body = strstr(b.data, "\n\n") + 2;
	ok(longest_line(body) <= 76, "… lines within 76 characters (%zu)", longest_line(body));
	ok(strstr(body, "\n=2E\n") != NULL, "… a lone \".\" as =2E");
	ok(strstr(body, "\n=46rom here=20\n") != NULL, "… \"From \" at a line's start and a trailing blank escaped");
	decoded = malloc(strlen(body) + 1);
	qp_decode(body, decoded);
	is_str(decoded, long_line, "… and decodes back to the body");
	free(decoded);
	free(long_line);
	buf_free(&b);
}

static void
test_refused(void)
{
	static const struct {
		const char	*to, *subject, *from, *body, *why;
	} bad[] = {
		{ "a@example.vn\nBcc: b@example.vn", NULL, NULL, NULL, "recipient" },
		{ "a@example.vn\r\nBcc: b@example.vn", NULL, NULL, NULL, "recipient" },
		{ "a@example.vn, b@example.vn", NULL, NULL, NULL, "recipient" },
		{ "-oQ/tmp@example.vn", NULL, NULL, NULL, "recipient" },
		{ "Người <a@example.vn>", NULL, NULL, NULL, "recipient" },
		{ "", NULL, NULL, NULL, "recipient" },
		{ NULL, "Hồ sơ\nBcc: b@example.vn", NULL, NULL, "subject" },
		{ NULL, "Hồ sơ\r", NULL, NULL, "subject" },
		{ NULL, "Hồ sơ \xc3", NULL, NULL, "subject" },
		{ NULL, "Hồ\tsơ", NULL, NULL, "subject" },
		{ NULL, NULL, "no-reply", NULL, "sender" },
		{ NULL, NULL, NULL, "Kính gửi \xe1\xbb", "body" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct mail_msg	 m = sample();
		struct buf	 b = { 0 };

		if (bad[i].to != NULL)
			m.to = bad[i].to;
		if (bad[i].subject != NULL)
			m.subject = bad[i].subject;
		if (bad[i].from != NULL)
			m.from_addr = bad[i].from;
		if (bad[i].body != NULL)
			m.body = bad[i].body;
		is_str(mail_compose(&b, &m), bad[i].why, "refused (%s): case %zu", bad[i].why, i);
		buf_free(&b);
	}
	ok(mail_address_ok("congdan@demo.thanhhoa.gov.vn"), "mail_address_ok: an address");
	ok(!mail_address_ok("-t@demo.thanhhoa.gov.vn"), "mail_address_ok: not one that reads as an option");
}

int
main(void)
{
	test_message();
	test_body();
	test_refused();
	return done_testing();
}
