/*
 * tap.h — the Test Anything Protocol for the unit test programs (prove reads their output).
 *
 * One test program includes it once. ok(), is_str() and is_int() print "ok N - what" or
 * "not ok N - what" and return whether the test passed; skip() counts a test that cannot
 * run here. done_testing() prints the plan when plan() was not called and returns the
 * exit status. Between todo_start() and todo_end() failures are marked "# TODO reason":
 * known core bugs keep the run green.
 */
#ifndef TAP_H
#define TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int		 tap_count;
static int		 tap_failed;
static int		 tap_planned = -1;
static const char	*tap_todo;	/* the reason while tests are marked TODO */

static inline void
plan(int n)
{
	tap_planned = n;
	printf("1..%d\n", n);
	fflush(stdout);
}

static inline void diag(const char *, ...) __attribute__((format(printf, 1, 2)));
static inline void
diag(const char *fmt, ...)
{
	va_list	 ap;

	fflush(stdout);
	fputs("# ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Stdout is flushed after every line so a forked child never repeats buffered lines. */
static inline int tap_vok(int, const char *, va_list) __attribute__((format(printf, 2, 0)));
static inline int
tap_vok(int pass, const char *fmt, va_list ap)
{
	tap_count++;
	printf("%sok %d - ", pass ? "" : "not ", tap_count);
	vprintf(fmt, ap);
	if (tap_todo != NULL)
		printf(" # TODO %s", tap_todo);
	putchar('\n');
	fflush(stdout);
	if (!pass && tap_todo == NULL)
		tap_failed++;
	return pass;
}

static inline int ok(int, const char *, ...) __attribute__((format(printf, 2, 3)));
static inline int
ok(int pass, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	pass = tap_vok(pass, fmt, ap);
	va_end(ap);
	return pass;
}

static inline int is_str(const char *, const char *, const char *, ...)
    __attribute__((format(printf, 3, 4)));
static inline int
is_str(const char *got, const char *want, const char *fmt, ...)
{
	va_list	 ap;
	int	 pass;

	pass = got != NULL && want != NULL ? strcmp(got, want) == 0 : got == want;
	va_start(ap, fmt);
	tap_vok(pass, fmt, ap);
	va_end(ap);
	if (!pass) {
		diag("     got: %s%s%s", got ? "'" : "", got ? got : "NULL", got ? "'" : "");
		diag("expected: %s%s%s", want ? "'" : "", want ? want : "NULL", want ? "'" : "");
	}
	return pass;
}

static inline int is_int(long long, long long, const char *, ...)
    __attribute__((format(printf, 3, 4)));
static inline int
is_int(long long got, long long want, const char *fmt, ...)
{
	va_list	 ap;
	int	 pass = got == want;

	va_start(ap, fmt);
	tap_vok(pass, fmt, ap);
	va_end(ap);
	if (!pass) {
		diag("     got: %lld", got);
		diag("expected: %lld", want);
	}
	return pass;
}

/* Counts a test that cannot run here as passed, saying why. */
static inline void
skip(const char *why)
{
	tap_count++;
	printf("ok %d # SKIP %s\n", tap_count, why);
	fflush(stdout);
}

static inline void
todo_start(const char *reason)
{
	tap_todo = reason;
}

static inline void
todo_end(void)
{
	tap_todo = NULL;
}

/* Returns the exit status: 0 when every test that is not TODO passed and the plan held. */
static inline int
done_testing(void)
{
	if (tap_planned < 0)
		printf("1..%d\n", tap_count);
	else if (tap_planned != tap_count)
		diag("planned %d tests but ran %d", tap_planned, tap_count);
	fflush(stdout);
	if (tap_failed > 0)
		diag("failed %d of %d tests", tap_failed, tap_count);
	return tap_failed > 0 || (tap_planned >= 0 && tap_planned != tap_count);
}

#endif /* TAP_H */
