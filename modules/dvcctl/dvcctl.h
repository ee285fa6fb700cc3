/*
 * dvcctl.h — the commands of dvcctl that live in files of their own.
 */
#ifndef DVCCTL_H
#define DVCCTL_H

/* payments.c: `dvcctl payments reconcile [--minutes N]`; argv holds what follows. */
int	 payments_reconcile(int argc, char **argv);

/* purge.c: `dvcctl purge`, each step's statement (a DELETE or UPDATE … LIMIT 1000) run until
 * it changes fewer rows than that; what goes is said by name. 0, or 1 when one failed. */
struct purge_step {
	size_t		 stmt;
	const char	*what;
};

int	 purge(const struct purge_step *, size_t n);

#endif
