/*
 * sendmail.c — hands one message to the sendmail-compatible command of the configuration:
 * fork and exec with an argv (no shell), the message on its stdin, its exit status the
 * answer. The recipient is an argument of its own after "--" (or, when the command has -t,
 * only the To: header), never a word a shell or an option parser could take apart.
 */
#include <sys/prctl.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dvc.h"
#include "notifier.h"

#define MAX_WORDS	32

/* The command's words, split once at start. */
static char	*command;
static char	*words[MAX_WORDS];
static int	 nwords;
static bool	 from_headers;	/* -t: the recipient is read from To: */

void
sendmail_init(void)
{
	char	*w, *save = NULL;

	command = xstrdup(conf.sendmail_command);
	for (w = strtok_r(command, " \t", &save); w != NULL; w = strtok_r(NULL, " \t", &save)) {
		if (nwords == MAX_WORDS)
			log_fatal("sendmail_command: more than %d words", MAX_WORDS);
		words[nwords++] = w;
		from_headers |= strcmp(w, "-t") == 0;
	}
	if (nwords == 0)
		log_fatal("sendmail_command is empty");
}

void
sendmail_free(void)
{
	free(command);
	command = NULL;
}

static long
ms_since(const struct timespec *t0)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t0->tv_sec) * 1000L + (now.tv_nsec - t0->tv_nsec) / 1000000L;
}

/* In the child: stdin from the pipe, stdout to the log, nothing else of the notifier's
 * (its database connection above all), default signals, then the command. Dies with the
 * notifier: a command left running by a notifier killed could deliver what the next one,
 * finding the message in hand, sends again. */
static void __attribute__((noreturn))
child(int in, pid_t parent, char *const *argv)
{
	sigset_t	 none;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(127);
	if (dup2(in, STDIN_FILENO) == -1 || dup2(STDERR_FILENO, STDOUT_FILENO) == -1)
		_exit(127);
	closefrom(3);
	signal(SIGPIPE, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	execvp(argv[0], argv);
	fprintf(stderr, "dvc-notifier: %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

/* Writes msg to fd (non-blocking) before the deadline. 0, or -1 with why in err. */
static int
feed(int fd, const char *msg, size_t len, const struct timespec *t0, char *err, size_t errsz)
{
	struct pollfd	 p = { .fd = fd, .events = POLLOUT };
	ssize_t		 w;
	long		 left;

	while (len > 0) {
		if ((left = SENDMAIL_TIMEOUT_SECONDS * 1000L - ms_since(t0)) <= 0) {
			snprintf(err, errsz, "the command did not read the message within %d s",
			    SENDMAIL_TIMEOUT_SECONDS);
			return -1;
		}
		if (poll(&p, 1, (int)left) == -1 && errno != EINTR) {
			snprintf(err, errsz, "poll: %s", strerror(errno));
			return -1;
		}
		if ((w = write(fd, msg, len)) == -1) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			snprintf(err, errsz, "the command did not read the whole message: %s",
			    strerror(errno));
			return -1;
		}
		msg += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Waits for pid until the deadline, then kills it. Its wait status, or -1 when killed. */
static int
reap(pid_t pid, const struct timespec *t0)
{
	struct timespec	 step = { 0, 1000000 };
	int		 status;
	pid_t		 got;

	for (;;) {
		if ((got = waitpid(pid, &status, WNOHANG)) == pid)
			return status;
		if (got == -1 && errno != EINTR)
			return -1;
		if (ms_since(t0) >= SENDMAIL_TIMEOUT_SECONDS * 1000L) {
			kill(pid, SIGKILL);
			while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
				continue;
			return -1;
		}
		/* From 1 ms to 50 ms between looks: a quick command is seen at once, a slow
		 * one costs nothing. */
		nanosleep(&step, NULL);
		if (step.tv_nsec < 50000000)
			step.tv_nsec *= 2;
	}
}

int
sendmail_run(const char *recipient, const char *msg, size_t len, char *err, size_t errsz)
{
	struct timespec	 t0;
	char		*argv[MAX_WORDS + 3];
	int		 fds[2], status, n;
	int		 fed;
	pid_t		 pid, parent = getpid();

	for (n = 0; n < nwords; n++)
		argv[n] = words[n];
	if (!from_headers) {
		argv[n++] = (char *)(uintptr_t)"--";
		argv[n++] = (char *)(uintptr_t)recipient;
	}
	argv[n] = NULL;
	if (pipe2(fds, O_CLOEXEC) == -1) {
		snprintf(err, errsz, "pipe: %s", strerror(errno));
		return -1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1) {
		snprintf(err, errsz, "fork: %s", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0)
		child(fds[0], parent, argv);
	close(fds[0]);
	fcntl(fds[1], F_SETFL, O_NONBLOCK);
	fed = feed(fds[1], msg, len, &t0, err, errsz);
	close(fds[1]);
	if ((status = reap(pid, &t0)) == -1) {
		snprintf(err, errsz, "the command did not finish within %d s: killed",
		    SENDMAIL_TIMEOUT_SECONDS);
		return -1;
	}
	if (WIFSIGNALED(status)) {
		snprintf(err, errsz, "%s was killed by signal %d", argv[0], WTERMSIG(status));
		return -1;
	}
	if (WEXITSTATUS(status) != 0) {
		snprintf(err, errsz, "%s exited with status %d", argv[0], WEXITSTATUS(status));
		return -1;
	}
	return fed;
}
