/*
 * log.c — one line per event on stderr (the journal under systemd, a file in dev).
 *
 * What is logged often comes from a client (a path, a header, a login, a database error
 * quoting a value), so every message is escaped before it is written: a client cannot end
 * the line, forge another one, or send a terminal escape to whoever reads the log.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/xmlerror.h>
#include <libxslt/xsltutils.h>
#include <sodium.h>

#include "dvc.h"

#define LOG_MAX_MESSAGE	4096	/* bytes of a message before escaping; the rest is cut */

static const char *log_program = "dvc";

/* libxml2's and libxslt's messages come in pieces; a piece is kept until its line ends.
 * Not a request's state: a line is written as soon as it is whole. */
static char	 xml_line[LOG_MAX_MESSAGE];
static size_t	 xml_len;

static void	 xml_error(void *, const char *, ...) __attribute__((format(printf, 2, 3)));

void
log_init(const char *program)
{
	log_program = program;
	setvbuf(stderr, NULL, _IOLBF, 0);
	xmlSetGenericErrorFunc(NULL, xml_error);
	xsltSetGenericErrorFunc(NULL, xml_error);
}

/* True for the three-byte characters that change how a line reads without being controls:
 * U+2028, U+2029 (line and paragraph separators) and the bidirectional overrides and
 * isolates U+202A..U+202E, U+2066..U+2069. */
static bool
log_deceptive(const unsigned char *s, size_t len)
{
	return len == 3 && s[0] == 0xe2 && ((s[1] == 0x80 && s[2] >= 0xa8 && s[2] <= 0xae) ||
	    (s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9));
}

size_t
log_escape(const char *s, size_t n, char *out, size_t outsz)
{
	static const char	 hex[] = "0123456789abcdef";
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, o = 0, len;

	if (outsz == 0)
		return 0;
	while (i < n) {
		if (p[i] >= 0x80) {
			len = text_char(s + i, n - i);
			if (len > 0 && log_deceptive(p + i, len))
				len = 0;
		} else
			len = p[i] >= 0x20 && p[i] < 0x7f && p[i] != '\\';
		if (len == 0) {
			/* One byte as \xNN: a control, a backslash, a byte of invalid UTF-8. */
			if (o + 4 >= outsz)
				break;
			out[o++] = '\\';
			out[o++] = 'x';
			out[o++] = hex[p[i] >> 4];
			out[o++] = hex[p[i] & 15];
			i++;
			continue;
		}
		if (o + len >= outsz)
			break;
		memcpy(out + o, s + i, len);
		o += len;
		i += len;
	}
	out[o] = '\0';
	return o;
}

/* Writes head, then msg (n bytes, cut when over LOG_MAX_MESSAGE) escaped, then a newline, in
 * one write(): lines of several workers sharing the file never mix. */
static void
log_write(const char *head, const char *msg, size_t n, bool cut)
{
	char	 line[256 + LOG_MAX_MESSAGE * 4 + 16];
	size_t	 o, off = 0;
	ssize_t	 w;

	o = (size_t)snprintf(line, 256, "%s", head);
	if (o >= 256)
		o = 255;
	o += log_escape(msg, n, line + o, sizeof(line) - o - 16);
	if (cut) {
		memcpy(line + o, " [cut]", 6);
		o += 6;
	}
	line[o++] = '\n';
	while (off < o) {
		if ((w = write(STDERR_FILENO, line + off, o - off)) < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		off += (size_t)w;
	}
}

static void
log_line(const char *level, const char *fmt, va_list ap)
{
	char		 when[32], head[256], msg[LOG_MAX_MESSAGE];
	time_t		 now = time(NULL);
	struct tm	 tm;
	int		 n;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(head, sizeof(head), "%s %s[%d] %s: ", when, log_program, (int)getpid(), level);
	if ((n = vsnprintf(msg, sizeof(msg), fmt, ap)) < 0)
		n = 0;
	log_write(head, msg, (size_t)n < sizeof(msg) ? (size_t)n : sizeof(msg) - 1,
	    (size_t)n >= sizeof(msg));
}

void
log_info(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_line("info", fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_line("warn", fmt, ap);
	va_end(ap);
}

void
log_fatal(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_line("fatal", fmt, ap);
	va_end(ap);
	exit(1);
}

/* A piece of a libxml2 or libxslt message: each line whole is logged as a warning. */
static void
xml_error(void *ctx, const char *fmt, ...)
{
	char		 piece[LOG_MAX_MESSAGE];
	const char	*p, *nl;
	va_list		 ap;
	size_t		 n;
	int		 len;

	(void)ctx;
	va_start(ap, fmt);
	len = vsnprintf(piece, sizeof(piece), fmt, ap);
	va_end(ap);
	if (len < 0)
		return;
	for (p = piece; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL) {
			n = strlen(p);
			if (n > sizeof(xml_line) - 1 - xml_len)
				n = sizeof(xml_line) - 1 - xml_len;
			memcpy(xml_line + xml_len, p, n);
			xml_len += n;
			break;
		}
		n = (size_t)(nl - p);
		if (n > sizeof(xml_line) - 1 - xml_len)
			n = sizeof(xml_line) - 1 - xml_len;
		memcpy(xml_line + xml_len, p, n);
		xml_line[xml_len + n] = '\0';
		xml_len = 0;
		log_warn("xml: %s", xml_line);
	}
}

/* The access line: time, program, method, path, status, microseconds[, cache][, incident]. */
void
log_access(const char *method, const char *path, int status, long usec, const char *cache,
    const char *incident)
{
	char		 when[32], head[128], msg[LOG_MAX_MESSAGE];
	time_t		 now = time(NULL);
	struct tm	 tm;
	int		 n;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(head, sizeof(head), "%s %s ", when, log_program);
	n = snprintf(msg, sizeof(msg), "access %s %.2048s %d %ldus%s%s%s%s", method, path, status, usec,
	    cache != NULL ? " cache=" : "", cache != NULL ? cache : "",
	    incident[0] ? " incident=" : "", incident);
	if (n < 0)
		n = 0;
	log_write(head, msg, (size_t)n < sizeof(msg) ? (size_t)n : sizeof(msg) - 1,
	    (size_t)n >= sizeof(msg));
}

void
log_incident_id(char id[9])
{
	uint32_t	 r = randombytes_random();

	snprintf(id, 9, "%08x", (unsigned)r);
}
