/*
 * log.c — one line per event on stderr (the journal under systemd, a file in dev).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "dvc.h"

static const char *log_program = "dvc";

void
log_init(const char *program)
{
	log_program = program;
	setvbuf(stderr, NULL, _IOLBF, 0);
}

static void
log_line(const char *level, const char *fmt, va_list ap)
{
	char		 when[32];
	time_t		 now = time(NULL);
	struct tm	 tm;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(stderr, "%s %s[%d] %s: ", when, log_program, (int)getpid(), level);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
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

/* The access line: time, program, method, path, status, microseconds[, incident]. */
void
log_access(const char *method, const char *path, int status, long usec, const char *incident)
{
	char		 when[32];
	time_t		 now = time(NULL);
	struct tm	 tm;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(stderr, "%s %s access %s %s %d %ldus%s%s\n", when, log_program, method, path,
	    status, usec, incident[0] ? " incident=" : "", incident);
}

void
log_incident_id(char id[9])
{
	uint32_t	 r = randombytes_random();

	snprintf(id, 9, "%08x", (unsigned)r);
}
