/*
 * sendfile.c — downloads. A handler authorises one, then app_sendfile() turns its answer
 * into headers only: nginx sends the file from an internal location (X-Accel-Redirect), so
 * no worker is held while a large scan goes out, and ranges and HEAD come for free. The
 * name the applicant gave the file comes back in Content-Disposition (RFC 6266): an ASCII
 * fallback for old clients, and the UTF-8 name percent-encoded (RFC 8187) for the others.
 */
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

/* RFC 8187 attr-char: what filename* may carry as it is; any other byte is %XX. */
static bool
attr_char(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    (c != '\0' && strchr("!#$&+-.^_`|~", c) != NULL);
}

/* What the quoted fallback keeps: printable ASCII but the quoted-string's own '"' and '\',
 * '%' (some clients decode %XX there, RFC 6266 D) and '/' (a path, for some). */
static bool
fallback_char(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != '/';
}

void
sendfile_disposition(struct buf *b, const char *name)
{
	size_t	 n = strlen(name), len, i;
	char	*ascii;

	buf_puts(b, "attachment");
	if (n == 0)
		return;	/* the client names it after the URL */
	/* text_ascii() writes at most one byte per byte it reads. */
	ascii = xmalloc(n + 1);
	len = text_ascii(name, n, ascii, n + 1);
	buf_puts(b, "; filename=\"");
	for (i = 0; i < len; i++)
		buf_putc(b, fallback_char((unsigned char)ascii[i]) ? ascii[i] : '_');
	buf_putc(b, '"');
	free(ascii);
	/* A name that is not UTF-8 would decode to garbage: the fallback alone then. */
	if (!text_valid_utf8(name, n))
		return;
	buf_puts(b, "; filename*=UTF-8''");
	for (i = 0; i < n; i++) {
		if (attr_char((unsigned char)name[i]))
			buf_putc(b, name[i]);
		else
			buf_printf(b, "%%%02X", (unsigned char)name[i]);
	}
}

/* A path of [A-Za-z0-9/._-] under the root: it goes into a header as it is, and nginx
 * would take a '?' as the start of arguments. */
static bool
uri_ok(const char *s)
{
	if (*s != '/')
		return false;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9') || strchr("/._-", *s) != NULL))
			return false;
	return true;
}

/* A media type that can go into a header: printable ASCII with a '/'. */
static bool
mime_ok(const char *s)
{
	const char	*p;

	for (p = s; *p != '\0'; p++)
		if (*p < 0x20 || *p > 0x7e)
			return false;
	return strchr(s, '/') != NULL;
}

int
app_sendfile(struct request *r, const char *internal_uri, const char *mime, const char *filename)
{
	if (!uri_ok(internal_uri)) {
		log_warn("sendfile: an internal URI that is not a plain path");
		return 500;
	}
	buf_reset(&r->download);
	buf_printf(&r->download, "X-Accel-Redirect: %s\r\n", internal_uri);
	buf_printf(&r->download, "Content-Type: %s\r\n",
	    mime_ok(mime) ? mime : "application/octet-stream");
	buf_puts(&r->download, "Content-Disposition: ");
	sendfile_disposition(&r->download, filename);
	buf_puts(&r->download, "\r\n");
	/* Someone's documents: never kept by a shared cache, nor by the browser's. */
	buf_puts(&r->download, "Cache-Control: private, no-store\r\n");
	return 200;
}
