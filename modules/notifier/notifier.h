/*
 * notifier.h — what the files of dvc-notifier share: main.c the loop, its signals and the
 * protocol, outbox.c the outbox's statements and the lock, sendmail.c the command.
 */
#ifndef NOTIFIER_H
#define NOTIFIER_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* A sendmail command that has not exited after this long is killed: a failed attempt. */
#define SENDMAIL_TIMEOUT_SECONDS	60
/* The longest wait between two attempts at one message. */
#define RETRY_MAX_SECONDS		3600
/* The poll for new rows when the outbox is empty, and the longest wait for the database. */
#define POLL_MS				1000
#define DB_BACKOFF_MAX_MS		10000

/* ------------------------------------------------------------------ outbox.c */

/* A message of the outbox; its strings are its own (outbox_msg_free()). */
struct outbox_msg {
	unsigned long long	 id;
	int			 attempts;	/* made before this one */
	time_t			 created;
	char			*recipient;
	char			*subject;
	char			*body;
};

/* What became of an attempt, to be recorded (again, until the database takes it). */
enum outcome { OUT_NONE, OUT_SENT, OUT_RETRY, OUT_GIVE_UP };

struct result {
	enum outcome		 outcome;
	unsigned long long	 id;
	int			 delay;		/* OUT_RETRY: seconds until the next attempt */
	char			 error[200];
};

/* Each returns -1 when the database is unavailable or failed (the caller backs off and
 * takes the lock again), else what it says. */
void	 outbox_init(void);
/* Takes the notifier's lock (one sender per database); 1 taken, 0 another holds it. */
int	 outbox_lock(void);
/* Puts back every message left in hand by a sender that is gone (see main.c): 1, or 0
 * when the lock is no longer held. */
int	 outbox_release_stale(void);
/* The oldest waiting message that is due: 1 and *m, or 0 when there is none. */
int	 outbox_next(struct outbox_msg *m);
/* Claims m in a committed transaction, on the connection that holds the lock: 1 claimed,
 * 0 the lock is no longer held (the connection was new), 2 no longer waiting. */
int	 outbox_claim(const struct outbox_msg *m);
/* Records r: 0. */
int	 outbox_record(const struct result *r);
void	 outbox_msg_free(struct outbox_msg *m);

/* ------------------------------------------------------------------ sendmail.c */

/* Splits conf.sendmail_command into its words; fatal when empty or too long. */
void	 sendmail_init(void);
/* Runs the command for recipient with msg (len bytes) on its stdin. 0 when it exited 0
 * having read it all; -1 otherwise, and why in err. */
int	 sendmail_run(const char *recipient, const char *msg, size_t len, char *err, size_t errsz);
void	 sendmail_free(void);

#endif /* NOTIFIER_H */
