/*
 * master.c — the prefork master: it forks the workers, starts a new one when a worker
 * dies, replaces them all on SIGHUP and, on SIGTERM, lets each finish its request.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "dvc.h"
#include "private.h"

#define MASTER_MAX_WORKERS	256
#define MASTER_STOP_SECONDS	10

volatile int worker_stopping;

static volatile sig_atomic_t	 got_term, got_hup, got_chld;

/* Workers replaced on SIGHUP that are still finishing a request. */
static pid_t	 retired[MASTER_MAX_WORKERS];

static void
retire(pid_t pid)
{
	size_t	 i;

	for (i = 0; i < MASTER_MAX_WORKERS; i++)
		if (retired[i] <= 0) {
			retired[i] = pid;
			kill(pid, SIGTERM);
			return;
		}
	kill(pid, SIGKILL);	/* more replacements in flight than workers: no grace */
}

/* Signals every worker, current and retired. */
static void
signal_all(const pid_t *pids, int n, int sig)
{
	int	 i;

	for (i = 0; i < n; i++)
		if (pids[i] > 0)
			kill(pids[i], sig);
	for (i = 0; i < MASTER_MAX_WORKERS; i++)
		if (retired[i] > 0)
			kill(retired[i], sig);
}

static void
master_signal(int sig)
{
	if (sig == SIGTERM || sig == SIGINT)
		got_term = 1;
	else if (sig == SIGHUP)
		got_hup = 1;
	else if (sig == SIGCHLD)
		got_chld = 1;
}

static void
worker_signal(int sig)
{
	(void)sig;
	worker_stopping = 1;
}

static void
on_signal(int sig, void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a worker's accept() must return on SIGTERM */
	sigaction(sig, &sa, NULL);
}

static pid_t
spawn(int fd, void (*fn)(int), const sigset_t *oldmask)
{
	pid_t	 pid;

	if ((pid = fork()) == -1) {
		log_warn("fork: %s", strerror(errno));
		return -1;
	}
	if (pid > 0)
		return pid;
	on_signal(SIGTERM, worker_signal);
	on_signal(SIGINT, worker_signal);
	on_signal(SIGHUP, SIG_IGN);
	on_signal(SIGCHLD, SIG_DFL);
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() == 1)
		_exit(0);
	sigprocmask(SIG_SETMASK, oldmask, NULL);
	fn(fd);
	_exit(0);
}

int
master_run(int fd, int n, void (*fn)(int))
{
	pid_t		 pids[MASTER_MAX_WORKERS];
	time_t		 started[MASTER_MAX_WORKERS];
	sigset_t	 block, oldmask;
	pid_t		 pid;
	int		 i, status;
	bool		 killed;
	time_t		 deadline;

	if (n < 1 || n > MASTER_MAX_WORKERS)
		log_fatal("workers must be 1..%d", MASTER_MAX_WORKERS);
	on_signal(SIGPIPE, SIG_IGN);
	on_signal(SIGTERM, master_signal);
	on_signal(SIGINT, master_signal);
	on_signal(SIGHUP, master_signal);
	on_signal(SIGCHLD, master_signal);
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &oldmask);

	for (i = 0; i < n; i++) {
		pids[i] = spawn(fd, fn, &oldmask);
		started[i] = time(NULL);
	}
	log_info("master started with %d workers", n);

	while (!got_term) {
		sigsuspend(&oldmask);
		if (got_hup) {
			got_hup = 0;
			log_info("SIGHUP: replacing workers");
			render_reload();	/* an upgrade's stylesheets, for the new workers */
			cache_clear();		/* pages rendered with the old ones */
			for (i = 0; i < n; i++) {
				if (pids[i] > 0)
					retire(pids[i]);
				pids[i] = spawn(fd, fn, &oldmask);
				started[i] = time(NULL);
			}
		}
		if (got_chld) {
			got_chld = 0;
			while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
				for (i = 0; i < MASTER_MAX_WORKERS; i++)
					if (retired[i] == pid)
						retired[i] = 0;
				for (i = 0; i < n && pids[i] != pid; i++)
					;
				if (i == n)
					continue;	/* a retired worker */
				if (WIFSIGNALED(status))
					log_warn("worker %d killed by signal %d", (int)pid, WTERMSIG(status));
				else
					log_warn("worker %d exited with %d", (int)pid, WEXITSTATUS(status));
				/* A worker that dies at once (a bad config) must not spin the CPU. */
				if (time(NULL) - started[i] < 1)
					sleep(1);
				pids[i] = spawn(fd, fn, &oldmask);
				started[i] = time(NULL);
			}
		}
		for (i = 0; i < n; i++)
			if (pids[i] <= 0) {
				pids[i] = spawn(fd, fn, &oldmask);
				started[i] = time(NULL);
			}
	}

	log_info("stopping: waiting for workers to finish their requests");
	signal_all(pids, n, SIGTERM);
	deadline = time(NULL) + MASTER_STOP_SECONDS;
	killed = false;
	for (;;) {
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
			;
		if (pid == -1 && errno == ECHILD)
			break;
		if (!killed && time(NULL) >= deadline) {
			log_warn("workers still busy after %d s: killing them", MASTER_STOP_SECONDS);
			signal_all(pids, n, SIGKILL);
			killed = true;
		}
		usleep(20000);
	}
	log_info("stopped");
	return 0;
}
