/*
 * dvcctl.h — the commands of dvcctl that live in files of their own.
 */
#ifndef DVCCTL_H
#define DVCCTL_H

/* payments.c: `dvcctl payments reconcile [--minutes N]`; argv holds what follows. */
int	 payments_reconcile(int argc, char **argv);

#endif
