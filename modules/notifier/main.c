/*
 * dvc-notifier — sends the outbox, the applicants' e-mails that dossier_transition() writes
 * in the transaction of the change they tell about, through the sendmail command of the
 * configuration (sendmail_command, mail_from, mail_retry_seconds, mail_max_attempts). A
 * daemon, not a FastCGI program: `dvc-notifier [--config FILE]`; it logs on stderr, looks
 * for new messages every second, and stops on SIGTERM once the message in hand is done.
 *
 * Once, and none lost. The protocol:
 *  1. One sender per database: a named lock of MariaDB held by the notifier's connection
 *     (outbox.c), which the server drops with the connection. Having taken it, the notifier
 *     first records the outcome it could not record before (3), then puts back every message
 *     still claimed: the lock was free, so whoever claimed them is gone.
 *  2. Each waiting message, oldest first, is claimed (claimed_at, attempts + 1) in a
 *     committed transaction that checks the lock, and only then given to the command.
 *  3. Its outcome is committed at once: sent_at when the command exited 0; else the time of
 *     the next attempt (mail_retry_seconds, doubled at each failure up to an hour), or
 *     failed_at and a log line after mail_max_attempts attempts. An outcome the database
 *     cannot take (it went away) is kept and recorded first when it is back (1), so a
 *     restart of MariaDB never makes a message go twice; the notifier reconnects with
 *     back-off (1 s doubling to 10 s) and never exits for it.
 *  4. The command is our child, killed with us (PR_SET_PDEATHSIG, sendmail.c): a notifier
 *     killed with a message in hand leaves it claimed and undelivered, and the next one
 *     puts it back and sends it (attempts counts both).
 * A message committed to the outbox is thus sent until it goes or is given up. It is sent
 * twice only when the notifier dies (SIGKILL, power loss) between the command's exit 0 and
 * the commit of sent_at: one round trip to the database, or, if the database is away at
 * that moment, until it is back. The copy has the same Message-ID (mail_compose.c), by which mail
 * readers know it for one. (Two notifiers on one database: a second one that takes the lock
 * while the first has lost its connection with a message in hand may send it again. Run
 * one per portal; the lock makes a second one wait as a standby.)
 * Rows of channel 'sms' are not this program's: no SMS gateway is configured yet.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "notifier.h"

static volatile sig_atomic_t	 stopping;
static sigset_t			 wait_mask;	/* the mask while napping: SIGTERM let in */

static void
on_stop(int sig)
{
	(void)sig;
	stopping = 1;
}

/* SIGTERM and SIGINT are blocked but while napping: they end a nap, never a database call
 * or a command in the middle. */
static void
signals_init(void)
{
	struct sigaction	 sa;
	sigset_t		 block;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, &wait_mask);
	sigdelset(&wait_mask, SIGTERM);
	sigdelset(&wait_mask, SIGINT);
}

/* True once SIGTERM or SIGINT came, also while it waits, blocked, for the next nap. */
static bool
stop_requested(void)
{
	sigset_t	 pending;

	if (!stopping && sigpending(&pending) == 0 &&
	    (sigismember(&pending, SIGTERM) || sigismember(&pending, SIGINT)))
		stopping = 1;
	return stopping;
}

/* Sleeps ms milliseconds, or less when SIGTERM or SIGINT comes. */
static void
nap(long ms)
{
	struct timespec	 ts = { ms / 1000, (ms % 1000) * 1000000L };

	if (!stopping)
		ppoll(NULL, 0, &ts, &wait_mask);
}

/* The sender's address: mail_from, or no-reply@ the host of base_url. */
static char *
sender(void)
{
	const char	*host = conf.base_url, *p;
	char		*from;
	size_t		 n;

	if (conf.mail_from[0] != '\0')
		from = xstrdup(conf.mail_from);
	else {
		if ((p = strstr(host, "://")) != NULL)
			host = p + 3;
		n = strcspn(host, ":/");
		from = xmalloc(n + 10);
		snprintf(from, n + 10, "no-reply@%.*s", (int)n, host);
	}
	if (!mail_address_ok(from))
		log_fatal("mail_from: not an address a message can come from: %s", from);
	return from;
}

/* The wait before the attempt after the attempts-th: doubling from mail_retry_seconds. */
static int
retry_delay(int attempts)
{
	long	 d = conf.mail_retry_seconds > 0 ? conf.mail_retry_seconds : 1;

	while (--attempts > 0 && d < RETRY_MAX_SECONDS)
		d *= 2;
	return d < RETRY_MAX_SECONDS ? (int)d : RETRY_MAX_SECONDS;
}

/* Sends m, already claimed, and says what became of it in r. */
static void
deliver(const struct outbox_msg *m, const char *text, size_t len, struct result *r)
{
	int	 attempt = m->attempts + 1;
	int	 max = conf.mail_max_attempts > 0 ? conf.mail_max_attempts : 1;
	char	 err[sizeof(r->error)];

	r->id = m->id;
	if (sendmail_run(m->recipient, text, len, err, sizeof(err)) == 0) {
		r->outcome = OUT_SENT;
		log_info("outbox %llu: sent (attempt %d)", m->id, attempt);
		return;
	}
	snprintf(r->error, sizeof(r->error), "%s", err);
	if (attempt >= max) {
		r->outcome = OUT_GIVE_UP;
		log_warn("outbox %llu: given up after %d attempts: %s", m->id, attempt, err);
		return;
	}
	r->outcome = OUT_RETRY;
	r->delay = retry_delay(attempt);
	log_warn("outbox %llu: attempt %d of %d failed: %s; next in %d s", m->id, attempt, max,
	    err, r->delay);
}

/* The next message, if one is due, from composing to the outcome in r. 1 when the outbox
 * may hold more at once, 0 when it has nothing due, -1 database trouble, -3 no lock. */
static int
one_message(const char *from, struct result *r)
{
	struct outbox_msg	 m;
	struct buf		 text = { 0 };
	const char		*bad;
	int			 rc;

	if ((rc = outbox_next(&m)) <= 0)
		return rc;
	{
		struct mail_msg mm = { .id = m.id, .date = m.created, .from_name = conf.site_name,
		    .from_addr = from, .to = m.recipient, .subject = m.subject, .body = m.body };

		bad = mail_compose(&text, &mm);
	}
	if (bad != NULL) {
		/* Nothing to try again: no attempt is counted, nothing is sent. */
		r->outcome = OUT_GIVE_UP;
		r->id = m.id;
		snprintf(r->error, sizeof(r->error), "cannot be written as a message: %s", bad);
		log_warn("outbox %llu: given up: %s", m.id, r->error);
		rc = 1;
	} else if ((rc = outbox_claim(&m)) == 1)
		deliver(&m, text.data, text.len, r);
	else
		rc = rc == 0 ? -3 : rc == 2 ? 1 : -1;
	buf_free(&text);
	outbox_msg_free(&m);
	return rc;
}

/* The database failed: a line when it starts and when it ends, and waits that double. */
struct backoff {
	long	 ms;
	time_t	 since;
};

static void
db_trouble(struct backoff *b)
{
	if (b->since == 0) {
		b->since = time(NULL);
		log_warn("database unavailable: trying again, every %d s at most",
		    DB_BACKOFF_MAX_MS / 1000);
	}
	db_close();
	b->ms = b->ms == 0 ? 1000 : b->ms * 2 > DB_BACKOFF_MAX_MS ? DB_BACKOFF_MAX_MS : b->ms * 2;
	nap(b->ms);
}

static void
db_fine(struct backoff *b)
{
	if (b->since != 0)
		log_info("database back after %lld s", (long long)(time(NULL) - b->since));
	b->since = 0;
	b->ms = 0;
}

/* Takes the lock, then puts back what a gone sender left in hand. 1 running, 0 another
 * notifier holds the lock, -1 database trouble. */
static int
take_lock(bool *told)
{
	int	 rc;

	if ((rc = outbox_lock()) <= 0) {
		if (rc == 0 && !*told)
			log_info("another dvc-notifier sends this database's outbox: waiting for its lock");
		*told |= rc == 0;
		return rc;
	}
	*told = false;
	return outbox_release_stale();
}

static void
run(const char *from)
{
	struct result	 r = { .outcome = OUT_NONE };
	struct backoff	 b = { 0, 0 };
	bool		 locked = false, told = false;
	int		 rc, tries;

	while (!stop_requested()) {
		if (r.outcome != OUT_NONE) {
			if (outbox_record(&r) != 0) {
				locked = false;
				db_trouble(&b);
				continue;
			}
			r.outcome = OUT_NONE;
		}
		if (!locked) {
			if ((rc = take_lock(&told)) == -1)
				db_trouble(&b);
			else if (rc == 0)
				nap(POLL_MS);
			else {
				db_fine(&b);
				log_info("sending the outbox");
				locked = true;
			}
			continue;
		}
		if ((rc = one_message(from, &r)) == 0)
			nap(POLL_MS);
		else if (rc == -3)
			locked = false;
		else if (rc == -1) {
			locked = false;
			db_trouble(&b);
		}
	}
	/* Stopping with an outcome the database has not taken: a few more tries, since a sent
	 * message not recorded is sent again by the next notifier. */
	for (tries = 0; r.outcome != OUT_NONE && tries < 10; tries++) {
		struct timespec	 second = { 1, 0 };

		if (outbox_record(&r) == 0)
			r.outcome = OUT_NONE;
		else
			nanosleep(&second, NULL);
	}
	if (r.outcome != OUT_NONE)
		log_warn("outbox %llu: its outcome could not be recorded before stopping", r.id);
}

int
main(int argc, char **argv)
{
	const char	*config = "/etc/dvc/dvc.conf";
	char		*from;
	int		 i;

	log_init("dvc-notifier");
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--config") == 0 && i + 1 < argc)
			config = argv[++i];
		else {
			fprintf(stderr, "usage: dvc-notifier [--config FILE]\n");
			return 2;
		}
	}
	conf_load(config);
	signals_init();
	from = sender();
	sendmail_init();
	outbox_init();
	log_info("started: %s, from %s", conf.sendmail_command, from);
	run(from);
	log_info("stopped");
	db_close();
	sendmail_free();
	free(from);
	return 0;
}
