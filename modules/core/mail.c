/*
 * mail.c — messages to people. A message is an XSLT text view (method="text") rendered from a
 * <mail> document: its first line is the subject, then a blank line, then the body. It is
 * written to the outbox, in the caller's transaction when there is one; dvc-notifier sends it.
 */
#include <string.h>

#include "dvc.h"
#include "private.h"

xmlDocPtr
mail_doc(xmlNodePtr *root)
{
	xmlDocPtr	 doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr	 site;

	*root = xmlNewDocNode(doc, NULL, (const xmlChar *)"mail", NULL);
	xmlDocSetRootElement(doc, *root);
	site = xml_elem(*root, "site");
	xml_text(site, "base_url", conf.base_url);
	xml_text(site, "name", conf.site_name);
	return doc;
}

int
mail_render(const char *view, xmlDocPtr doc, struct buf *text, char **subject, char **body)
{
	char	*nl;

	if (render_view(view, doc, text) != 0 || text->len == 0)
		return -1;
	buf_cstr(text);	/* NUL-terminates */
	*subject = text->data;
	if ((nl = strchr(*subject, '\n')) == NULL)
		return -1;
	*nl++ = '\0';
	while (*nl == '\n')
		nl++;
	*body = nl;
	return **subject != '\0' && **body != '\0' ? 0 : -1;
}

long
mail_queue(const char *view, xmlDocPtr doc, const char *recipient,
    unsigned long long dossier, const char *move)
{
	struct buf	 text = { 0 };
	char		*subject, *body;
	long		 rc = -2;

	if (mail_render(view, doc, &text, &subject, &body) == 0) {
		struct db_arg args[] = { DB_S(recipient), DB_S(subject), DB_S(body),
		    DB_I((long long)dossier), DB_S(move != NULL ? move : ""), DB_END_ };

		rc = db_exec(db_core(CORE_OUTBOX), args, NULL, NULL);
	} else
		log_warn("%s: the message did not render", view);
	buf_free(&text);
	return rc < 0 ? rc : 0;
}
