/*
 * dossier_mail.c — the applicant's message about a move: a document of the dossier as the
 * move left it, rendered by the text view mail-dossier.xsl and written to the outbox in the
 * move's transaction (mail.c). dvc-notifier sends it. The unit's answer to the applicant's
 * feedback is told the same way, as the pseudo-move "feedback".
 */
#include <stdio.h>

#include "dvc.h"
#include "private.h"
#include "dossier_private.h"

#define MAIL_VIEW	"mail-dossier"

/* mail-verify: the link that confirms a draft's contact address (contact.c). */
const char *const dossier_views[] = { MAIL_VIEW, "mail-verify", NULL };

enum dmove_err
dmail_queue(const struct dstate *d, enum dmove_id m, const struct dmove_args *a,
    unsigned long long event)
{
	struct db_arg	 args[] = { DB_I((long long)d->id), DB_END_ };
	xmlNodePtr	 root;
	xmlDocPtr	 doc = mail_doc(&root);
	long		 rc;

	xml_text(root, "move", dmoves[m].name);
	if (a->note != NULL && a->note[0] != '\0')
		xml_text(root, "note", a->note);
	if ((rc = xml_rows(root, "dossier", db_dossier(DOSSIER_MAIL), args)) >= 0)
		rc = mail_queue(MAIL_VIEW, doc, d->email, d->id, dmoves[m].name);
	xmlFreeDoc(doc);
	if (rc < 0) {
		log_warn("dossier %s: the message of event %llu was not queued", d->code, event);
		return rc == -1 ? DME_DB_DOWN : DME_DB;
	}
	return DME_OK;
}

/* The applicant's e-mail address of a dossier, for a message that is not a move's. */
static int
email_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	const char	*e = row_get(ncols, names, cols, "applicant_email");

	(void)lens;
	if (e != NULL)
		snprintf(arg, 256, "%s", e);
	return 0;
}

long
dossier_mail_feedback(unsigned long long id, const char *answer)
{
	struct db_arg	 args[] = { DB_I((long long)id), DB_END_ };
	char		 email[256] = "";
	xmlNodePtr	 root;
	xmlDocPtr	 doc;
	long		 rc;

	if ((rc = db_exec(db_dossier(DOSSIER_MAIL), args, email_row, email)) < 0)
		return rc;
	if (email[0] == '\0')
		return 0;	/* no address to tell: the answer is on the dossier's page */
	doc = mail_doc(&root);
	xml_text(root, "move", DOSSIER_MAIL_FEEDBACK);
	xml_text(root, "note", answer);
	if ((rc = xml_rows(root, "dossier", db_dossier(DOSSIER_MAIL), args)) >= 0)
		rc = mail_queue(MAIL_VIEW, doc, email, id, DOSSIER_MAIL_FEEDBACK);
	xmlFreeDoc(doc);
	return rc < 0 ? rc : 0;
}
