/*
 * dossier_mail.c — the applicant's message about a move: a document of the dossier as the
 * move left it, rendered by the text view mail-dossier.xsl and written to the outbox in the
 * move's transaction (mail.c). dvc-notifier sends it.
 */
#include "dvc.h"
#include "private.h"
#include "dossier_private.h"

#define MAIL_VIEW	"mail-dossier"

const char *const dossier_views[] = { MAIL_VIEW, NULL };

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
