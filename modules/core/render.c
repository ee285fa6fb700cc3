/*
 * render.c — XSLT views: every stylesheet a program uses is compiled once per worker;
 * rendering runs with security preferences that forbid reading or writing files and
 * any network access, so a stylesheet can only turn the page document into HTML.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/xmlsave.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include <libexslt/exslt.h>

#include "dvc.h"

#define RENDER_MAX_VIEWS 32

static struct view {
	const char		*name;
	xsltStylesheetPtr	 style;
} views[RENDER_MAX_VIEWS];
static size_t			 nviews;
static xsltSecurityPrefsPtr	 prefs;

static void
view_compile(const char *name)
{
	char	 path[1024];
	size_t	 i;

	for (i = 0; i < nviews; i++)
		if (strcmp(views[i].name, name) == 0)
			return;
	if (nviews == RENDER_MAX_VIEWS)
		log_fatal("too many views");
	if ((size_t)snprintf(path, sizeof(path), "%s/%s.xsl", conf.xslt_dir, name) >= sizeof(path))
		log_fatal("xslt_dir too long");
	views[nviews].name = name;
	if ((views[nviews].style = xsltParseStylesheetFile((const xmlChar *)path)) == NULL)
		log_fatal("%s: stylesheet does not compile", path);
	nviews++;
}

void
render_init(const struct route *routes, size_t nroutes, const char *const *extra)
{
	size_t	 i;

	exsltRegisterAll();
	xmlSubstituteEntitiesDefault(0);
	for (i = 0; i < nroutes; i++)
		if (routes[i].view != NULL)
			view_compile(routes[i].view);
	for (; extra != NULL && *extra != NULL; extra++)
		view_compile(*extra);
	view_compile("error");
	/* From here on no stylesheet may touch a file or the network. */
	prefs = xsltNewSecurityPrefs();
	if (prefs == NULL ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid) != 0)
		log_fatal("xslt security preferences");
	xsltSetDefaultSecurityPrefs(prefs);
}

static int
buf_write(void *ctx, const char *data, int len)
{
	buf_put(ctx, data, (size_t)len);
	return len;
}

int
render_view(const char *view, xmlDocPtr doc, struct buf *out)
{
	xsltTransformContextPtr	 ctxt = NULL;
	xmlOutputBufferPtr	 ob = NULL;
	xmlDocPtr		 res = NULL;
	struct view		*v = NULL;
	size_t			 i;
	int			 rc = -1;

	for (i = 0; i < nviews; i++)
		if (strcmp(views[i].name, view) == 0)
			v = &views[i];
	if (v == NULL) {
		log_warn("no view %s", view);
		return -1;
	}
	if ((ctxt = xsltNewTransformContext(v->style, doc)) == NULL)
		goto fail;
	if (xsltSetCtxtSecurityPrefs(prefs, ctxt) != 0)
		goto fail;
	if ((res = xsltApplyStylesheetUser(v->style, doc, NULL, NULL, NULL, ctxt)) == NULL ||
	    ctxt->state != XSLT_STATE_OK)
		goto fail;
	if ((ob = xmlOutputBufferCreateIO(buf_write, NULL, out, NULL)) == NULL)
		goto fail;
	if (xsltSaveResultTo(ob, res, v->style) < 0)
		goto fail;
	rc = 0;
fail:
	if (ob != NULL)
		xmlOutputBufferClose(ob);
	if (res != NULL)
		xmlFreeDoc(res);
	if (ctxt != NULL)
		xsltFreeTransformContext(ctxt);
	if (rc != 0)
		log_warn("view %s did not render", view);
	return rc;
}

int
render_xml(xmlDocPtr doc, struct buf *out)
{
	xmlSaveCtxtPtr	 save;
	long		 rc;

	if ((save = xmlSaveToIO(buf_write, NULL, out, "UTF-8", XML_SAVE_FORMAT)) == NULL)
		return -1;
	rc = xmlSaveDoc(save, doc);
	return xmlSaveClose(save) < 0 || rc < 0 ? -1 : 0;
}

void
render_free(void)
{
	size_t	 i;

	for (i = 0; i < nviews; i++)
		xsltFreeStylesheet(views[i].style);
	nviews = 0;
	if (prefs != NULL)
		xsltFreeSecurityPrefs(prefs);
	prefs = NULL;
	xsltCleanupGlobals();
}
