/*
 * dossier_mail.c — the applicant's message about a move: a document of the dossier as the
 * move left it, rendered by the text view mail-dossier.xsl (its first line is the subject,
 * the rest the body), written to the outbox in the move's transaction. dvc-notifier sends it.
 */
#include <stdio.h>
#include <string.h>

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
	xmlDocPtr	 doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr	 root = xmlNewDocNode(doc, NULL, (const xmlChar *)"mail", NULL);
	xmlNodePtr	 site;
	struct buf	 text = { 0 };
	enum dmove_err	 e = DME_DB;
	char		*subject, *body;
	long		 rc;

	xmlDocSetRootElement(doc, root);
	xml_text(root, "move", dmoves[m].name);
	site = xml_elem(root, "site");
	xml_text(site, "base_url", conf.base_url);
	if (a->note != NULL && a->note[0] != '\0')
		xml_text(root, "note", a->note);
	if ((rc = xml_rows(root, "dossier", db_dossier(DOSSIER_MAIL), args)) < 0) {
		e = rc == -1 ? DME_DB_DOWN : DME_DB;
		goto done;
	}
	if (render_view(MAIL_VIEW, doc, &text) != 0 || text.len == 0)
		goto done;
	buf_cstr(&text);	/* NUL-terminates */
	subject = text.data;
	if ((body = strchr(subject, '\n')) == NULL)
		goto done;
	*body++ = '\0';
	while (*body == '\n')
		body++;
	{
		struct db_arg oargs[] = { DB_S(d->email), DB_S(subject), DB_S(body),
		    DB_I((long long)d->id), DB_S(dmoves[m].name), DB_END_ };

		if ((rc = db_exec(db_dossier(DOSSIER_OUTBOX), oargs, NULL, NULL)) < 0) {
			e = rc == -1 ? DME_DB_DOWN : DME_DB;
			goto done;
		}
	}
	e = DME_OK;
done:
	if (e != DME_OK)
		log_warn("dossier %s: the message of event %llu was not queued", d->code, event);
	buf_free(&text);
	xmlFreeDoc(doc);
	return e;
}
