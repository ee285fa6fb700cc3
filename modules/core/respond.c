/*
 * respond.c — the headers of an answer: the status line, the content type and length, the
 * cache rules of a signed-in or a public page, and the security headers every answer of the
 * programs carries (nginx adds the same to its static files and its own pages).
 */
#include <stdio.h>
#include <string.h>

#include <fcgiapp.h>

#include "dvc.h"
#include "private.h"

/* Sent with every dynamic response; nginx adds the same to static files. */
static const char security_headers[] =
    "X-Content-Type-Options: nosniff\r\n"
    "X-Frame-Options: DENY\r\n"
    "Referrer-Policy: same-origin\r\n"
    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'\r\n";

static const char *
status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

/*
 * Writes the answer to r: its status line and headers, the security headers (on redirects
 * and downloads too), and body unless the request was a HEAD. out holds what goes out.
 */
void
app_respond(FCGX_Request *fr, struct request *r, int status, bool head, const struct buf *body,
    struct buf *out)
{
	const char	*type;

	buf_reset(out);
	buf_printf(out, "Status: %d %s\r\n", status, status_text(status));
	buf_put(out, r->headers.data != NULL ? r->headers.data : "", r->headers.len);
	if (status == 200 && r->download.len > 0) {
		/* nginx sends the file instead (sendfile.c): it keeps Content-Type,
		 * Content-Disposition and Cache-Control; its internal location adds the rest. */
		buf_put(out, r->download.data, r->download.len);
		buf_puts(out, security_headers);
		buf_puts(out, "\r\n");
		FCGX_PutStr(out->data, (int)out->len, fr->out);
		return;
	}
	if (status == 303) {
		/* No page, but the headers of one: a redirect is an answer like any other. */
		buf_printf(out, "Location: %s\r\n", r->location);
		buf_puts(out, "Content-Length: 0\r\nCache-Control: no-store\r\n");
		buf_puts(out, security_headers);
		buf_puts(out, "\r\n");
		FCGX_PutStr(out->data, (int)out->len, fr->out);
		return;
	}
	if (status == 200 && r->raw_type != NULL)
		type = r->raw_type;
	else if (r->plain_text)
		type = "text/plain; charset=utf-8";
	else
		type = r->want_xml ? "application/xml; charset=utf-8" : "text/html; charset=utf-8";
	buf_printf(out, "Content-Type: %s\r\n", type);
	buf_printf(out, "Content-Length: %zu\r\n", body->len);
	if (status == 405)
		buf_printf(out, "Allow: %s\r\n",
		    strcmp(r->route->method, "GET") == 0 ? "GET, HEAD" : r->route->method);
	/* Pages of a signed-in user are theirs alone; public ones are revalidated each time. */
	buf_puts(out, r->user.id != 0 ? "Cache-Control: private, no-store\r\n" :
	    "Cache-Control: no-cache\r\n");
	buf_puts(out, "Vary: Accept, Cookie\r\n");
	buf_puts(out, security_headers);
	buf_puts(out, "\r\n");
	if (!head)
		buf_put(out, body->data, body->len);
	FCGX_PutStr(out->data, (int)out->len, fr->out);
}
