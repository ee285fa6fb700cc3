/*
 * app.c — each request's way from FastCGI parameters through the route table to the rendered
 * page: route, inputs, session, role, handler, render, error page (the process around it is
 * program.c's; the headers of the answer, respond.c's).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <fcgiapp.h>

#include "dvc.h"
#include "private.h"

static const struct program	*prog;
static struct buf		 out;	/* the response of the request in hand */
static struct buf		 body;	/* the page, before headers go out */
static struct buf		 form;	/* an urlencoded body */

static const char *const always_ignored[] = { "format", NULL };
static const char *const post_ignored[] = { "format", "csrf", NULL };

int
app_redirect(struct request *r, const char *location)
{
	free(r->location);
	r->location = xstrdup(location);
	return 303;
}

int
app_raw(struct request *r, const char *type, const char *text, size_t len)
{
	r->raw_type = type;
	buf_reset(&body);
	buf_put(&body, text, len);
	return 200;
}

const char *
app_next(const struct request *r, const char *fallback)
{
	const char	*next = req_str(r, "next", NULL);

	return next != NULL && next_ok(next, prog->routes, prog->nroutes) ? next : fallback;
}

int
app_error(struct request *r, int status, const char *code)
{
	r->message = code;
	return status;
}

int
db_status(long rc)
{
	return rc == -1 ? 503 : 500;
}

/* Reads an urlencoded body of at most max bytes; returns 0, 400 or 413. */
static int
read_body(FCGX_Request *fr, struct buf *b, unsigned long max)
{
	const char	*len_s = FCGX_GetParam("CONTENT_LENGTH", fr->envp);
	const char	*type = FCGX_GetParam("CONTENT_TYPE", fr->envp);
	char		*end;
	unsigned long	 len;
	int		 got;

	buf_reset(b);
	if (len_s == NULL || *len_s == '\0')
		return 0;
	errno = 0;
	len = strtoul(len_s, &end, 10);
	if (errno != 0 || *end != '\0')
		return 400;
	if (len > max)
		return 413;
	if (len > 0 && (type == NULL ||
	    strncmp(type, "application/x-www-form-urlencoded", 33) != 0))
		return 400;
	buf_grow(b, len);
	if ((got = FCGX_GetStr(b->data, (int)len, fr->in)) != (int)len)
		return 400;
	b->len = len;
	b->data[len] = '\0';
	return 0;
}

static bool
wants_xml(FCGX_Request *fr)
{
	const char	*accept = FCGX_GetParam("HTTP_ACCEPT", fr->envp);

	return accept != NULL && strstr(accept, "application/xml") != NULL &&
	    strstr(accept, "text/html") == NULL;
}

/* True for a value that must never be echoed back (a password). */
static bool
param_secret(const struct request *r, const struct param *p)
{
	const struct param_spec	*spec;

	for (spec = r->route->params; spec != NULL && spec->name != NULL; spec++)
		if (spec->name == p->name)
			return spec->type == P_SECRET;
	return false;
}

/* <page view=… path=…> with the site and the accepted inputs echoed back. */
static void
page_start(struct request *r, const char *view)
{
	xmlNodePtr	 site, echo;
	struct buf	 qs = { 0 };
	size_t		 i;

	r->doc = render_doc(view);
	r->root = xmlNewDocNode(r->doc, NULL, (const xmlChar *)"page", NULL);
	xmlDocSetRootElement(r->doc, r->root);
	if (view != NULL)
		xml_attr(r->root, "view", view);
	xml_attr(r->root, "path", r->path);
	site = xml_elem(r->root, "site");
	xml_text(site, "name", conf.site_name);
	xml_text(site, "province", conf.province_name);
	xml_text(site, "province_code", conf.province_code);
	xml_text(site, "assets", render_assets());
	{
		char	 days[16];

		/* Said on every page of a draft and on "Hồ sơ của tôi" (dossier-common.xsl). */
		snprintf(days, sizeof(days), "%d", conf.draft_expire_days);
		xml_text(site, "draft_expire_days", days);
	}
	if (r->user.id != 0) {
		xmlNodePtr	 user = xml_elem(r->root, "user");
		char		 id[24];

		snprintf(id, sizeof(id), "%llu", r->user.id);
		xml_text(user, "id", id);
		xml_text(user, "kind", r->user.kind == ROLE_ADMIN ? "admin" :
		    r->user.kind == ROLE_OFFICER ? "officer" : "citizen");
		xml_text(user, "name", r->user.name);
		if (r->user.mfa != MFA_DONE)
			xml_text(user, "mfa", r->user.mfa == MFA_CODE ? "code" : "enrol");
	}
	if (r->user.id != 0 || (r->route != NULL && (r->route->flags & ROUTE_FORM))) {
		char	 token[65];

		csrf_token(r, token);
		xml_text(r->root, "csrf", token);
	}
	if (r->nparams == 0)
		return;
	echo = xml_elem(r->root, "request");
	for (i = 0; i < r->nparams; i++) {
		if (param_secret(r, &r->params[i]))
			continue;
		xml_attr(xml_text(echo, "param", r->params[i].value), "name", r->params[i].name);
		/* The query string without the page, for links to other pages of a list. */
		if (strcmp(r->params[i].name, "page") == 0 || r->params[i].len == 0)
			continue;
		if (qs.len > 0)
			buf_putc(&qs, '&');
		url_encode(&qs, r->params[i].name);
		buf_putc(&qs, '=');
		url_encode(&qs, r->params[i].value);
	}
	if (qs.len > 0)
		xml_text(r->root, "query_string", buf_cstr(&qs));
	buf_free(&qs);
}

/* Renders the error view for status into body, with <message code="…"/> when a handler set
 * one; on failure, a plain text. */
static void
error_page(struct request *r, int status, const char *incident)
{
	xmlNodePtr	 err;
	char		 s[16];

	if (r->doc != NULL)
		xmlFreeDoc(r->doc);
	r->nparams = 0;
	page_start(r, "error");
	err = xml_elem(r->root, "error");
	snprintf(s, sizeof(s), "%d", status);
	xml_text(err, "status", s);
	if (r->message != NULL)
		xml_msg(xml_elem(err, "message"), r->message);
	xml_text(err, "incident", incident);
	buf_reset(&body);
	if (r->want_xml ? render_xml(r->doc, &body) : render_view("error", r->doc, &body)) {
		/* The one sentence outside the stylesheets: the error view itself failed (a
		 * stylesheet did not compile, or the worker is out of memory), so no view can
		 * say it. */
		buf_reset(&body);
		buf_printf(&body, "Lỗi %d. Mã sự cố: %s\n", status, incident);
		r->want_xml = false;
		r->plain_text = true;
	}
}

/* Finds the route; returns 0, 404 or 405 (r->route set to the path's route for 405). */
static int
dispatch(struct request *r, const char *method)
{
	const struct route	*rt;
	size_t			 i;
	bool			 path_seen = false;
	char			*arg;

	for (i = 0; i < prog->nroutes; i++) {
		rt = &prog->routes[i];
		if (!route_match(rt->pattern, r->path, &arg))
			continue;
		if (strcmp(rt->method, method) != 0 &&
		    !(strcmp(method, "HEAD") == 0 && strcmp(rt->method, "GET") == 0)) {
			if (!path_seen)
				r->route = rt;
			path_seen = true;
			free(arg);
			continue;
		}
		r->route = rt;
		r->arg = arg;
		if (arg != NULL && rt->arg_ok != NULL && !rt->arg_ok(arg))
			return 404;
		return 0;
	}
	return path_seen ? 405 : 404;
}

/* A 303 to page (the sign-in, or the second factor's) with the way back to this one: the
 * path and the inputs accepted, encoded as our own links are (a space as "+", a shared link's
 * utm_source left out), as next_ok() takes it. */
static int
redirect_back(struct request *r, const char *page)
{
	struct buf	 next = { 0 }, to = { 0 };
	size_t		 i;

	buf_puts(&next, r->path);
	for (i = 0; strcmp(r->method, "GET") == 0 && i < r->nparams; i++) {
		buf_putc(&next, i == 0 ? '?' : '&');
		buf_puts(&next, r->params[i].name);
		buf_putc(&next, '=');
		url_encode(&next, r->params[i].value);
	}
	buf_printf(&to, "%s?next=", page);
	url_encode(&to, buf_cstr(&next));
	if (r->session_expired)
		buf_puts(&to, "&msg=expired");
	app_redirect(r, buf_cstr(&to));
	buf_free(&next);
	buf_free(&to);
	return 303;
}

/*
 * Enforces the route's role: 0 to go on, 303 to the sign-in page (with the way back) for a
 * visitor who is not signed in, 403 for a user of the wrong kind. A session that still owes
 * its second factor reaches only the routes marked ROUTE_MFA: any other page sends it to the
 * second factor's (with the way back), any other form is refused.
 */
static int
role_check(struct request *r)
{
	enum role	 need = r->route->role;

	if (r->user.id != 0 && r->user.mfa != MFA_DONE && !(r->route->flags & ROUTE_MFA)) {
		if (strcmp(r->route->method, "POST") == 0) {
			r->message = "mfa.pending";
			return 403;
		}
		return redirect_back(r, MFA_PATH);
	}
	if (need == ROLE_ANY)
		return 0;
	if (r->user.id != 0) {
		if (need == ROLE_USER || need == r->user.kind)
			return 0;
		r->message = "role.forbidden";
		return 403;
	}
	return redirect_back(r, "/account/login");
}

/*
 * Parses the inputs the route declares: the query string, and for a POST of a form its
 * urlencoded body (an upload's body is read later, by upload_body()). 0, or 400/413.
 */
static int
read_inputs(struct request *r, FCGX_Request *fr, const char *query)
{
	enum req_error	 e;
	int		 status;

	if (strcmp(r->route->method, "POST") == 0 && !(r->route->flags & ROUTE_MULTIPART)) {
		if ((status = read_body(fr, &form, r->route->flags & ROUTE_ROWS ? REQ_MAX_ROWS_BODY :
		    REQ_MAX_BODY)) != 0)
			return status;
		if ((e = req_parse_form(query, strlen(query), NULL, always_ignored, 0,
		    r->params, &r->nparams)) == REQ_OK)
			e = req_parse_form(form.data, form.len, r->route->params, post_ignored,
			    r->route->flags & ROUTE_ROWS ? REQ_ROWS_SKIPPED : 0, r->params, &r->nparams);
		if (r->route->flags & ROUTE_ROWS) {
			r->body = form.data != NULL ? form.data : "";
			r->body_len = form.len;
		}
	} else if (r->route->flags & ROUTE_GATEWAY)
		return 0;	/* the handler's pay_parse_query() reads it */
	else	/* a link shared with utm_source or fbclid still opens the page */
		e = req_parse_form(query, strlen(query), r->route->params, always_ignored,
		    REQ_UNKNOWN_IGNORED, r->params, &r->nparams);
	if (e == REQ_OK)
		return 0;
	log_info("400: %s in %s", req_error_str(e), r->path);
	params_free(r->params, r->nparams);
	r->nparams = 0;
	r->message = e == REQ_ERR_TOO_LONG ? "input.too_long" :
	    e == REQ_ERR_TEXT ? "input.bad_char" : "input.invalid";
	return 400;
}

/* A POST must come from our own pages and carry the form's CSRF token (an upload's token is
 * its first part, checked by upload_body()). 0 or 403. */
static int
check_post(struct request *r)
{
	char	 csrf[80];

	if (!origin_ok(r)) {
		log_info("403: foreign origin %s", r->origin != NULL ? r->origin :
		    r->referer != NULL ? r->referer : "-");
		r->message = "origin.foreign";
		return 403;
	}
	if (!(r->route->flags & ROUTE_MULTIPART) &&
	    (!req_form_get(form.data, form.len, "csrf", csrf, sizeof(csrf)) || !csrf_ok(r, csrf))) {
		log_info("403: missing or wrong CSRF token on %s", r->path);
		r->message = "csrf.expired";
		return 403;
	}
	return 0;
}

void
app_handle(FCGX_Request *fr)
{
	struct request	 r;
	struct timespec	 t0, t1;
	const char	*method = FCGX_GetParam("REQUEST_METHOD", fr->envp);
	const char	*path = FCGX_GetParam("DOCUMENT_URI", fr->envp);
	const char	*query = FCGX_GetParam("QUERY_STRING", fr->envp);
	const char	*cookie = FCGX_GetParam("HTTP_COOKIE", fr->envp);
	const char	*https = FCGX_GetParam("HTTPS", fr->envp);
	static struct buf key;	/* the page cache's */
	bool		 cacheable;
	const char	*cache_note = NULL;	/* "hit" or "miss" for a cacheable page */
	char		 incident[9] = "";
	int		 status;
	bool		 head;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&r, 0, sizeof(r));
	r.fcgi = fr;
	r.method = method != NULL ? method : "GET";
	r.path = path != NULL ? path : "/";
	r.remote_addr = FCGX_GetParam("REMOTE_ADDR", fr->envp);
	r.host = FCGX_GetParam("HTTP_HOST", fr->envp);
	r.origin = FCGX_GetParam("HTTP_ORIGIN", fr->envp);
	r.referer = FCGX_GetParam("HTTP_REFERER", fr->envp);
	r.user_agent = FCGX_GetParam("HTTP_USER_AGENT", fr->envp);
	/* Kept with a session and a sign-in, and shown to the account's owner: text, or none. */
	if (r.user_agent != NULL && !text_valid_utf8(r.user_agent, strlen(r.user_agent)))
		r.user_agent = NULL;
	r.tls = https != NULL && strcmp(https, "on") == 0;
	/* Behind a TLS-terminating proxy, what it saw (nginx passes it only when told to). */
	if (!r.tls && conf.trust_proxy_scheme) {
		const char *proto = FCGX_GetParam("HTTP_X_FORWARDED_PROTO", fr->envp);

		r.tls = proto != NULL && strcmp(proto, "https") == 0;
	}
	r.want_xml = wants_xml(fr);
	if (query == NULL)
		query = "";
	r.query = query;
	if (req_form_has(query, strlen(query), "format", "xml"))
		r.want_xml = true;
	head = strcmp(r.method, "HEAD") == 0;
	buf_reset(&body);
	/* Before anything can fail: an error page of a form's route gives the form's CSRF token
	 * from the cookie sent, and must not issue a new one (other open forms would fail). */
	if (cookie != NULL)
		r.ncookies = req_parse_cookies(cookie, r.cookies, REQ_MAX_COOKIES);

	/* The path is echoed in the page and its XML: text, as every input is. */
	if (!text_valid_utf8(r.path, strlen(r.path))) {
		r.path = "/";
		r.message = "input.bad_char";
		status = 400;
		goto done;
	}
	if ((status = dispatch(&r, r.method)) != 0)
		goto done;
	if (strlen(query) > REQ_MAX_QUERY) {
		r.message = "query.too_long";
		status = 400;
		goto done;
	}
	if ((status = read_inputs(&r, fr, query)) != 0)
		goto done;
	if ((status = session_load(&r)) != 0)
		goto done;
	if (strcmp(r.route->method, "POST") == 0 && (status = check_post(&r)) != 0)
		goto done;
	if ((status = role_check(&r)) != 0)
		goto done;
	/* The body of an upload is read only for a user the route admits. */
	if ((r.route->flags & ROUTE_MULTIPART) && (status = upload_body(&r, fr)) != 0) {
		if (status == 403)
			r.message = "csrf.expired";
		goto done;
	}
	cacheable = (r.route->flags & ROUTE_CACHE) && strcmp(r.route->method, "GET") == 0 &&
	    r.user.id == 0;
	if (cacheable) {
		cache_key(&r, &key);
		cache_note = "miss";
		if (cache_get(key.data, r.want_xml, &body)) {
			cache_note = "hit";
			status = 200;
			goto done;
		}
	}
	page_start(&r, r.route->view);
	status = r.route->handler(&r);
	if (status == 200 && (r.download.len > 0 || r.raw_type != NULL))
		goto done;	/* a download, or app_raw(): no page to render */
	if ((status == 200 || (status >= 400 && r.keep_view)) && (r.route->view == NULL ||
	    (r.want_xml ? render_xml(r.doc, &body) : render_view(r.route->view, r.doc, &body)) != 0))
		status = 500;
	if (status == 200 && cacheable)
		cache_put(key.data, r.want_xml, body.data, body.len);
done:
	if (status >= 400 && !(r.keep_view && body.len > 0)) {
		log_incident_id(incident);
		error_page(&r, status, incident);
	}
	app_respond(fr, &r, status, head, &body, &out);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	log_access(r.method, path != NULL ? path : r.path, status,
	    (long)((t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000),
	    cache_note, incident);
	xmlarena_doc_free(r.doc);
	if (r.state_free != NULL)
		r.state_free(r.state);
	params_free(r.params, r.nparams);
	cookies_free(r.cookies, r.ncookies);
	free(r.arg);
	free(r.location);
	buf_free(&r.headers);
	buf_free(&r.download);
}

/* The end of a worker: what its requests kept between them. */
void
app_release(void)
{
	agencies_free();
	procs_free();
	buf_free(&out);
	buf_free(&body);
	buf_free(&form);
}

const char *
app_name(void)
{
	return prog != NULL ? prog->name : "";
}

void
app_program(const struct program *p)
{
	prog = p;
}
