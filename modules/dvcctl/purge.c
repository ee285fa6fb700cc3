/*
 * purge.c — `dvcctl purge`: removes the personal data that the privacy notice
 * (xslt/account-privacy.xsl) promises to remove once its purpose has ended: sign-in records
 * after SIGNIN_KEEP_MONTHS, the bodies of sent e-mails after MAIL_BODY_KEEP_DAYS (messages
 * about no dossier whole), password reset requests after RESET_KEEP_DAYS, the public
 * lookup's counters after TRACK_KEEP_HOURS, ended sessions (domain.h; the statements are in
 * main.c). dvc-purge.timer runs it daily (packaging/systemd). Each statement removes at most
 * a thousand rows, in its own implicit transaction, so that the programs never wait long on
 * its locks; it runs again until fewer went.
 */
#include <stdio.h>

#include "dvc.h"
#include "dvcctl.h"

#define PURGE_BATCH	1000	/* the LIMIT of each statement */

int
purge(const struct purge_step *steps, size_t n)
{
	size_t		 i;
	long		 rc;
	unsigned long	 total;
	int		 status = 0;

	for (i = 0; i < n; i++) {
		total = 0;
		do {
			if ((rc = db_exec(steps[i].stmt, NULL, NULL, NULL)) < 0) {
				log_warn("purge: %s failed", steps[i].what);
				status = 1;
				break;
			}
			total += (unsigned long)rc;
		} while (rc >= PURGE_BATCH);
		printf("purged %lu %s\n", total, steps[i].what);
	}
	return status;
}
