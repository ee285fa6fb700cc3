/*
 * fuzz-mail.c — libFuzzer harness for the e-mail dvc-notifier writes (mail_compose.c) from an outbox
 * row, whose recipient, subject and body carry what citizens and officers typed (an e-mail
 * address, a name, a reason).
 *
 * The input is the recipient, the subject and the body, separated by NUL bytes. Invariants:
 * a refusal is one of the four reasons; an accepted message has exactly the headers mail_compose.c
 * writes, each once and in order (nothing typed can add one), continuation lines only as
 * folding, no CR, no line over 998 bytes (76 in a quoted-printable body), and a blank line
 * before the body. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const headers[] = { "From", "To", "Subject", "Date", "Message-ID",
	"MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted" };

static void
check(const char *msg)
{
	const char	*p = msg, *end = strstr(msg, "\n\n"), *eol;
	size_t		 next = 0, n, len;
	bool		 qp;

	if (end == NULL || strchr(msg, '\r') != NULL)
		abort();
	while (p < end) {
		eol = strchr(p, '\n');
		len = (size_t)(eol - p);
		if (len > 998)
			abort();
		if (*p != ' ') {
			if (next == sizeof(headers) / sizeof(headers[0]))
				abort();
			n = strlen(headers[next]);
			if (strncmp(p, headers[next], n) != 0 || p[n] != ':' || p[n + 1] != ' ')
				abort();
			next++;
		} else if (next == 0)
			abort();
		p = eol + 1;
	}
	if (next != sizeof(headers) / sizeof(headers[0]))
		abort();
	qp = memmem(msg, (size_t)(end - msg), "\nContent-Transfer-Encoding: quoted-printable",
	    strlen("\nContent-Transfer-Encoding: quoted-printable")) != NULL;
	for (p = end + 2; *p != '\0'; p = eol + 1) {
		if ((eol = strchr(p, '\n')) == NULL)
			abort();	/* every line ends in LF */
		if ((size_t)(eol - p) > (qp ? 76u : 998u))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s = malloc(size + 3), *part[3];
	const char	*why;
	struct buf	 b = { 0 };
	size_t		 i, k = 0;

	memcpy(s, data, size);
	s[size] = s[size + 1] = s[size + 2] = '\0';
	part[0] = s;
	for (i = 0; i < size && k < 2; i++)
		if (s[i] == '\0')
			part[++k] = s + i + 1;
	for (; k < 2; k++)
		part[k + 1] = s + size + 1 + k;	/* an empty string of the padding */
	{
		struct mail_msg m = { .id = 1, .date = 1796418440, .from_name = "Cổng Dịch vụ công",
		    .from_addr = "no-reply@dichvucong.example.gov.vn", .to = part[0],
		    .subject = part[1], .body = part[2] };

		why = mail_compose(&b, &m);
	}
	if (why != NULL) {
		if (strcmp(why, "recipient") != 0 && strcmp(why, "sender") != 0 &&
		    strcmp(why, "subject") != 0 && strcmp(why, "body") != 0)
			abort();
	} else
		check(buf_cstr(&b));
	buf_free(&b);
	free(s);
	return 0;
}
