/*
 * render.c — XSLT views: every stylesheet a program uses is compiled once per worker;
 * rendering runs with security preferences that forbid reading or writing files and
 * any network access, so a stylesheet can only turn the page document into HTML.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <string.h>

#include <libxml/xmlsave.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include <libxslt/imports.h>
#include <libexslt/exslt.h>

#include "dvc.h"
#include "private.h"

#define RENDER_MAX_VIEWS 32

struct view {
	const char		*name;
	xsltStylesheetPtr	 style;
	bool			 html;		/* <xsl:output method="html"/> (save_html()) */
	int			 names;		/* its dictionary's size once compiled */
};

static struct view		 views[RENDER_MAX_VIEWS];
static size_t			 nviews;
static xsltSecurityPrefsPtr	 prefs;
/* What render_init() was given, to compile the same views again on SIGHUP. */
static const struct route	*init_routes;
static size_t			 init_nroutes;
static const char *const	*init_extra;
/* static/dvc.css's modification time: links to it carry it (render_assets()). */
static char			 assets[24];

/* Adds view name to set (n views) unless there; false (logged) when it does not compile. */
static bool
view_compile(struct view *set, size_t *n, const char *name)
{
	char	 path[1024];
	size_t	 i;

	for (i = 0; i < *n; i++)
		if (strcmp(set[i].name, name) == 0)
			return true;
	if (*n == RENDER_MAX_VIEWS)
		log_fatal("too many views");
	if ((size_t)snprintf(path, sizeof(path), "%s/%s.xsl", conf.xslt_dir, name) >= sizeof(path))
		log_fatal("xslt_dir too long");
	if ((set[*n].style = xsltParseStylesheetFile((const xmlChar *)path)) == NULL) {
		log_warn("%s: stylesheet does not compile", path);
		return false;
	}
	{
		const xmlChar	*method;

		XSLT_GET_IMPORT_PTR(method, set[*n].style, method)
		set[*n].html = method != NULL && xmlStrEqual(method, BAD_CAST "html");
		set[*n].names = set[*n].style->dict != NULL ? xmlDictSize(set[*n].style->dict) : 0;
	}
	set[(*n)++].name = name;
	return true;
}

static void
views_free(struct view *set, size_t *n)
{
	size_t	 i;

	for (i = 0; i < *n; i++)
		xsltFreeStylesheet(set[i].style);
	*n = 0;
}

/* Every view of the program into set; false when one does not compile (none kept). */
static bool
views_compile(struct view *set, size_t *n)
{
	const char *const	*e;
	bool			 ok = true;
	size_t			 i;

	for (i = 0; ok && i < init_nroutes; i++)
		if (init_routes[i].view != NULL)
			ok = view_compile(set, n, init_routes[i].view);
	for (e = init_extra; ok && e != NULL && *e != NULL; e++)
		ok = view_compile(set, n, *e);
	ok = ok && view_compile(set, n, "error");
	if (!ok)
		views_free(set, n);
	return ok;
}

static void
assets_stamp(void)
{
	char		 path[1024];
	struct stat	 st;

	snprintf(path, sizeof(path), "%s/static/dvc.css", conf.xslt_dir);
	snprintf(assets, sizeof(assets), "%lld", stat(path, &st) == 0 ? (long long)st.st_mtime : 0LL);
}

/*
 * Called by the master before it forks (app.c): the workers share the compiled stylesheets
 * (megabytes each program) rather than each compiling its own copy.
 */
void
render_init(const struct route *routes, size_t nroutes, const char *const *extra)
{
	exsltRegisterAll();
	xmlSubstituteEntitiesDefault(0);
	init_routes = routes;
	init_nroutes = nroutes;
	init_extra = extra;
	if (!views_compile(views, &nviews))
		log_fatal("%s: the stylesheets do not compile", conf.xslt_dir);
	assets_stamp();
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

/*
 * The master on SIGHUP, before it forks the new workers: the stylesheets compiled again from
 * their files (an upgrade), and the stylesheet's time read again. When one does not compile,
 * the old ones stay (logged): the portal keeps its pages.
 */
void
render_reload(void)
{
	struct view	 fresh[RENDER_MAX_VIEWS];
	size_t		 n = 0;

	if (init_routes == NULL && init_extra == NULL)
		return;
	/* Stylesheets are read from files: the workers' security preferences do not apply. */
	xsltSetDefaultSecurityPrefs(NULL);
	if (views_compile(fresh, &n)) {
		views_free(views, &nviews);
		memcpy(views, fresh, n * sizeof(fresh[0]));
		nviews = n;
		assets_stamp();
	} else
		log_warn("SIGHUP: the stylesheets in use are kept");
	xsltSetDefaultSecurityPrefs(prefs);
}

const char *
render_assets(void)
{
	return assets;
}

static int
buf_write(void *ctx, const char *data, int len)
{
	buf_put(ctx, data, (size_t)len);
	return len;
}

/*
 * A page as HTML, written by libxml2's XHTML serializer (XML_SAVE_XHTML) after an HTML5
 * doctype: void elements as <br />, every other element closed even when empty, text and
 * attributes escaped as XML does, which an HTML parser reads the same (the pages carry no
 * <script> or <style> whose text would be escaped). libxml2's HTML serializer, which
 * xsltSaveResultTo() uses for method="html", spent twice as long on the same page: it looks
 * each element up in a table by name, once on opening and once on closing, and escapes every
 * URL attribute anew. The root's start and end tags are written here, so that the serializer
 * does not add to <html> the xmlns and xml:lang that only XHTML wants.
 */
static int
save_html(xmlDocPtr res, struct buf *out)
{
	xmlSaveCtxtPtr	 save;
	xmlNodePtr	 root = xmlDocGetRootElement(res), n;
	xmlAttrPtr	 a;
	xmlChar		*raw, *v;
	int		 rc = 0;

	if (root == NULL)
		return -1;
	buf_printf(out, "<!DOCTYPE html>\n<%s", (const char *)root->name);
	for (a = root->properties; a != NULL; a = a->next) {
		raw = xmlNodeListGetString(res, a->children, 1);
		v = xmlEncodeSpecialChars(res, raw != NULL ? raw : BAD_CAST "");
		xmlFree(raw);
		if (v == NULL)
			return -1;
		buf_printf(out, " %s=\"%s\"", (const char *)a->name, (const char *)v);
		xmlFree(v);
	}
	buf_putc(out, '>');
	if ((save = xmlSaveToIO(buf_write, NULL, out, "UTF-8", XML_SAVE_NO_DECL | XML_SAVE_XHTML)) == NULL)
		return -1;
	for (n = root->children; n != NULL && rc >= 0; n = n->next)
		rc = (int)xmlSaveTree(save, n);
	if (xmlSaveClose(save) < 0 || rc < 0)
		return -1;
	buf_printf(out, "</%s>", (const char *)root->name);
	return 0;
}

static struct view *
view_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < nviews; i++)
		if (strcmp(views[i].name, name) == 0)
			return &views[i];
	return NULL;
}

/*
 * A new page document for view (NULL or unknown: a plain one), its names interned in the
 * view's stylesheet dictionary: an element's name is then the very string the view's compiled
 * XPath holds, which libxml2 compares by address, and nodes are freed without their names.
 */
xmlDocPtr
render_doc(const char *view)
{
	xmlDocPtr	 doc = xmlNewDoc((const xmlChar *)"1.0");
	struct view	*v = view != NULL ? view_find(view) : NULL;

	if (doc != NULL && v != NULL && v->style->dict != NULL)
		doc->dict = xmlDictCreateSub(v->style->dict);
	return doc;
}

int
render_view(const char *view, xmlDocPtr doc, struct buf *out)
{
	xsltTransformContextPtr	 ctxt = NULL;
	xmlOutputBufferPtr	 ob = NULL;
	xmlDocPtr		 res = NULL;
	struct view		*v = view_find(view);
	int			 rc = -1;

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
	/*
	 * A name a transform adds to the stylesheet's own dictionary (format-number()'s format
	 * looks it up there) would live in the request's memory (xmlarena.c), which the next
	 * request reuses: the worker ends after this page and the master starts another, as for
	 * a crash, instead of serving from a dictionary that will be overwritten.
	 */
	if (v->style->dict != NULL && xmlDictSize(v->style->dict) != v->names) {
		log_warn("view %s: a name was added to its stylesheet's dictionary; the worker restarts", view);
		worker_stopping = 1;
	}
	if (v->html) {
		rc = save_html(res, out);
		goto fail;
	}
	if ((ob = xmlOutputBufferCreateIO(buf_write, NULL, out, NULL)) == NULL)
		goto fail;
	if (xsltSaveResultTo(ob, res, v->style) < 0)
		goto fail;
	rc = 0;
fail:
	if (ob != NULL)
		xmlOutputBufferClose(ob);
	xmlarena_doc_free(res);
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
	views_free(views, &nviews);
	if (prefs != NULL)
		xsltFreeSecurityPrefs(prefs);
	prefs = NULL;
	xsltCleanupGlobals();
}
