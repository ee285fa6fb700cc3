/*
 * test-sendfile.c — sendfile.c: the Content-Disposition of a download (the ASCII fallback,
 * the UTF-8 name percent-encoded and decoding back to itself, no CR or LF ever), the headers
 * app_sendfile() leaves for respond(), what it refuses; and the store's URI for nginx
 * (store.c), which must name the very file store_path() names.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dvc.h"
#include "tap.h"

static struct buf	 out;

/* The Content-Disposition value for name. Valid until the next call. */
static const char *
disposition(const char *name)
{
	buf_reset(&out);
	sendfile_disposition(&out, name);
	return buf_cstr(&out);
}

/* The name filename* gives back, decoded; NULL when there is no filename*. */
static char *
decoded_name(const char *value)
{
	const char	*p = strstr(value, "filename*=UTF-8''");
	char		*name;
	long		 n;

	if (p == NULL)
		return NULL;
	p += strlen("filename*=UTF-8''");
	name = xmalloc(strlen(p) + 1);
	if ((n = url_decode(p, strlen(p), name, false)) < 0) {
		free(name);
		return NULL;
	}
	name[n] = '\0';
	return name;
}

static void
test_disposition(void)
{
	static const struct {
		const char	*name;
		const char	*want;
		const char	*what;
	} t[] = {
		{ "to-khai.pdf", "attachment; filename=\"to-khai.pdf\"; filename*=UTF-8''to-khai.pdf",
		    "an ASCII name" },
		{ "Tờ khai \"đặc biệt\".pdf", "attachment; filename=\"To khai _dac biet_.pdf\"; "
		    "filename*=UTF-8''T%E1%BB%9D%20khai%20%22%C4%91%E1%BA%B7c%20bi%E1%BB%87t%22.pdf",
		    "Vietnamese with quotes" },
		{ "Gia\xcc\x82\xcc\x81y.jpg", "attachment; filename=\"Giay.jpg\"; "
		    "filename*=UTF-8''Gia%CC%82%CC%81y.jpg", "NFD: the marks dropped, then encoded" },
		{ "a\\b%41/c;d'e.txt", "attachment; filename=\"a_b_41_c;d'e.txt\"; "
		    "filename*=UTF-8''a%5Cb%2541%2Fc%3Bd%27e.txt", "\\ % / ; and ' " },
		{ "!#$&+-.^_`|~", "attachment; filename=\"!#$&+-.^_`|~\"; filename*=UTF-8''!#$&+-.^_`|~",
		    "attr-chars as they are" },
		{ "a\r\nSet-Cookie: x=1", "attachment; filename=\"a__Set-Cookie: x=1\"; "
		    "filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x%3D1", "CR LF: no header injection" },
		{ "b\xe1o c\xe1o.pdf", "attachment; filename=\"b_o c_o.pdf\"",
		    "not UTF-8: the fallback alone" },
		{ "東京 😀.png", "attachment; filename=\"__ _.png\"; "
		    "filename*=UTF-8''%E6%9D%B1%E4%BA%AC%20%F0%9F%98%80.png", "other scripts, emoji" },
		{ "", "attachment", "no name" },
	};
	size_t	 i;
	char	*back;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		is_str(disposition(t[i].name), t[i].want, "disposition: %s", t[i].what);
		ok(strpbrk(out.data, "\r\n") == NULL, "disposition: %s: no CR or LF", t[i].what);
		if (!text_valid_utf8(t[i].name, strlen(t[i].name)) || *t[i].name == '\0')
			continue;
		back = decoded_name(out.data);
		is_str(back, t[i].name, "disposition: %s: filename* decodes to the name", t[i].what);
		free(back);
	}
}

/* The longest name the database holds, 255 characters of three bytes. */
static void
test_long_name(void)
{
	struct buf	 name = { 0 };
	char		*back;
	int		 i;

	for (i = 0; i < 255; i++)
		buf_puts(&name, "ệ");
	disposition(buf_cstr(&name));
	is_int((long long)out.len, (long long)(strlen("attachment; filename=\"\"; filename*=UTF-8''") +
	    255 + 255 * 9), "long name: 255 letters in the fallback, 255 × %%XX%%XX%%XX encoded");
	back = decoded_name(out.data);
	is_str(back, name.data, "long name: decodes back");
	free(back);
	buf_free(&name);
}

static void
test_app_sendfile(void)
{
	struct request	 r;
	int		 saved, devnull;

	memset(&r, 0, sizeof(r));
	is_int(app_sendfile(&r, "/_store/ab/abc", "application/pdf", "Đơn.pdf"), 200,
	    "app_sendfile: 200");
	is_str(buf_cstr(&r.download), "X-Accel-Redirect: /_store/ab/abc\r\n"
	    "Content-Type: application/pdf\r\n"
	    "Content-Disposition: attachment; filename=\"Don.pdf\"; filename*=UTF-8''%C4%90%C6%A1n.pdf\r\n"
	    "Cache-Control: private, no-store\r\n", "app_sendfile: the headers of the download");
	is_int(app_sendfile(&r, "/_store/cd/cde", "image/jpeg", "x.jpg"), 200, "app_sendfile again");
	ok(strstr(buf_cstr(&r.download), "/_store/cd/cde\r\n") != NULL &&
	    strstr(r.download.data, "abc") == NULL, "… replaces what the first call set");

	app_sendfile(&r, "/_store/x", "text/html\r\nSet-Cookie: a=b", "x");
	ok(strstr(buf_cstr(&r.download), "Content-Type: application/octet-stream\r\n") != NULL &&
	    strstr(r.download.data, "Set-Cookie") == NULL, "app_sendfile: a type with CR LF is not sent");
	app_sendfile(&r, "/_store/x", "", "x");
	ok(strstr(buf_cstr(&r.download), "Content-Type: application/octet-stream\r\n") != NULL,
	    "app_sendfile: no type: application/octet-stream");

	buf_free(&r.download);
	/* Each refusal logs a warning: not in the TAP output. */
	fflush(stderr);
	saved = dup(2);
	if ((devnull = open("/dev/null", O_WRONLY)) != -1)
		dup2(devnull, 2);
	is_int(app_sendfile(&r, "_store/x", "image/png", "x"), 500, "app_sendfile: a relative URI: 500");
	is_int(app_sendfile(&r, "/_store/x?a=b", "image/png", "x"), 500, "app_sendfile: a query: 500");
	is_int(app_sendfile(&r, "/_store/x y", "image/png", "x"), 500, "app_sendfile: a space: 500");
	is_int(app_sendfile(&r, "/_store/x\r\nA: b", "image/png", "x"), 500, "app_sendfile: CR LF: 500");
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	if (devnull != -1)
		close(devnull);
	is_int((long long)r.download.len, 0, "… and nothing set");
	buf_free(&r.download);
}

static void
test_store_uri(void)
{
	static const char sha[] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
	char	 uri[STORE_URI_MAX], path[STORE_PATH_MAX], want[STORE_PATH_MAX];

	conf.store_dir = "/var/lib/dvc/store";
	store_uri(sha, uri);
	store_path(sha, path);
	is_str(uri, "/_store/9f/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
	    "store_uri: /_store/<2 hex>/<sha256>");
	snprintf(want, sizeof(want), "%s%s", conf.store_dir, uri + strlen(STORE_URI));
	is_str(path, want, "store_uri: the location aliased to store_dir is store_path()'s file");
}

int
main(void)
{
	test_disposition();
	test_long_name();
	test_app_sendfile();
	test_store_uri();
	buf_free(&out);
	return done_testing();
}
