/*
 * test-multipart.c — multipart.c: mp_boundary() on Content-Type values, and mp_parse() on
 * bodies as Chromium, Firefox and curl send them, read in every chunking (1, 2, 3 and 7
 * bytes at a time, and split once at every position), a file larger than the window,
 * and every way a body can be malformed or too large. The test handler collects each
 * part's data so every byte is compared with what was sent, and counts any callback out
 * of order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

#define NPARTS_MAX	8
#define WINDOW_MAX	(64 * 1024 + 74)	/* a chunk and the longest delimiter */

/* ------------------------------------------------------------------ the reader */

struct reader {
	const char	*body;
	size_t		 len, pos;
	const size_t	*sizes;		/* chunk sizes, cycled; NULL: as much as asked */
	size_t		 nsizes, i;
	size_t		 first;		/* size of the first chunk, when not 0 */
	size_t		 fail_at;	/* -1 once pos reaches it, when not 0 */
	size_t		 max_asked;
	bool		 eof;
	int		 after_eof;	/* calls after 0 was returned */
};

static long
rd_mem(void *arg, char *out, size_t n)
{
	struct reader	*r = arg;
	size_t		 k = r->len - r->pos, step = k;

	if (n > r->max_asked)
		r->max_asked = n;
	if (r->eof)
		r->after_eof++;
	if (r->fail_at != 0 && r->pos >= r->fail_at)
		return -1;
	if (k == 0) {
		r->eof = true;
		return 0;
	}
	if (r->first != 0 && r->pos == 0)
		step = r->first;
	else if (r->sizes != NULL)
		step = r->sizes[r->i++ % r->nsizes];
	if (k > step)
		k = step;
	if (k > n)
		k = n;
	memcpy(out, r->body + r->pos, k);
	r->pos += k;
	return (long)k;
}

/* ------------------------------------------------------------------ the handler */

struct got {
	struct mp_part	 part;
	struct buf	 data;
	size_t		 ncalls;	/* part_data calls */
	bool		 ended;
};

struct collect {
	struct got	 parts[NPARTS_MAX];
	size_t		 nparts;
	bool		 inside;
	int		 misuse;	/* callbacks out of order, or a part that changed */
	size_t		 max_n;		/* the largest chunk given to part_data */
	size_t		 pos_first_data;	/* reader position at the first part_data */
	struct reader	*r;
	/* Return this status from part_begin, part_data or part_end of part stop_part. */
	size_t		 stop_part;
	int		 stop_begin, stop_data, stop_end;
};

static int
on_begin(void *arg, const struct mp_part *p)
{
	struct collect	*c = arg;
	struct got	*g;

	if (c->inside || c->nparts == NPARTS_MAX) {
		c->misuse++;
		return 599;
	}
	c->inside = true;
	g = &c->parts[c->nparts++];
	g->part = *p;
	return c->nparts - 1 == c->stop_part ? c->stop_begin : 0;
}

static int
on_data(void *arg, const struct mp_part *p, const char *data, size_t n)
{
	struct collect	*c = arg;
	struct got	*g = &c->parts[c->nparts - 1];

	if (!c->inside || n == 0 || memcmp(&g->part, p, sizeof(*p)) != 0)
		c->misuse++;
	if (c->nparts == 1 && g->ncalls == 0 && c->r != NULL)
		c->pos_first_data = c->r->pos;
	buf_put(&g->data, data, n);
	g->ncalls++;
	if (n > c->max_n)
		c->max_n = n;
	return c->nparts - 1 == c->stop_part ? c->stop_data : 0;
}

static int
on_end(void *arg, const struct mp_part *p)
{
	struct collect	*c = arg;
	struct got	*g = &c->parts[c->nparts - 1];

	if (!c->inside || g->ended || memcmp(&g->part, p, sizeof(*p)) != 0)
		c->misuse++;
	c->inside = false;
	g->ended = true;
	return c->nparts - 1 == c->stop_part ? c->stop_end : 0;
}

static void
collect_init(struct collect *c)
{
	memset(c, 0, sizeof(*c));
	c->stop_part = (size_t)-1;
}

static void
collect_free(struct collect *c)
{
	size_t	 i;

	for (i = 0; i < NPARTS_MAX; i++)
		buf_free(&c->parts[i].data);
}

static const struct mp_limits	 roomy = { 10 * 1024 * 1024, 16, 4096 };

/* Parses body through r (set up by the caller but for body and len) into c. */
static int
parse_with(const char *body, size_t len, const char *boundary, const struct mp_limits *lim,
    struct reader *r, struct collect *c)
{
	const struct mp_handler	 h = { c, on_begin, on_data, on_end };

	r->body = body;
	r->len = len;
	c->r = r;
	return mp_parse(rd_mem, r, boundary, lim, &h);
}

/* Parses body read in one go with roomy limits into c (initialised here). */
static int
parse(const char *body, size_t len, const char *boundary, struct collect *c)
{
	struct reader	 r = { 0 };

	collect_init(c);
	return parse_with(body, len, boundary, &roomy, &r, c);
}

/* True if part i of c has these headers and exactly the n bytes of data, and ended. */
static bool
part_is(const struct collect *c, size_t i, const char *name, const char *filename,
    const char *type, const char *data, size_t n)
{
	const struct got	*g = &c->parts[i];

	if (i >= c->nparts) {
		diag("part %zu missing (%zu parts)", i, c->nparts);
		return false;
	}
	if (strcmp(g->part.name, name) != 0 || strcmp(g->part.content_type, type) != 0 ||
	    strcmp(g->part.filename, filename != NULL ? filename : "") != 0 ||
	    g->part.is_file != (filename != NULL) || !g->ended) {
		diag("part %zu: name '%s' filename '%s' type '%s' file %d ended %d", i,
		    g->part.name, g->part.filename, g->part.content_type, g->part.is_file,
		    g->ended);
		return false;
	}
	if (g->data.len != n || (n > 0 && memcmp(g->data.data, data, n) != 0)) {
		diag("part %zu: %zu bytes of data, expected %zu", i, g->data.len, n);
		return false;
	}
	return true;
}

/* True if a and b saw the same parts with the same data, in order. */
static bool
same_parts(const struct collect *a, const struct collect *b)
{
	size_t	 i;

	if (a->nparts != b->nparts || a->misuse != 0 || b->misuse != 0)
		return false;
	for (i = 0; i < a->nparts; i++)
		if (memcmp(&a->parts[i].part, &b->parts[i].part, sizeof(struct mp_part)) != 0 ||
		    a->parts[i].ended != b->parts[i].ended ||
		    a->parts[i].data.len != b->parts[i].data.len ||
		    (a->parts[i].data.len > 0 && memcmp(a->parts[i].data.data,
		    b->parts[i].data.data, a->parts[i].data.len) != 0))
			return false;
	return true;
}

static const size_t	 one[] = { 1 }, two[] = { 2 }, three[] = { 3 }, seven[] = { 7 };
static const size_t	 mixed[] = { 1, 2, 3, 7, 5, 1, 64 };

/*
 * Parses body as a reference, then in 1-, 2-, 3-, 7-byte and mixed chunks, and split
 * once at every position: each must give the same status, parts and bytes.
 */
static void
every_chunking(const char *what, const char *body, size_t len, const char *boundary)
{
	static const struct {
		const size_t	*sizes;
		size_t		 n;
		const char	*name;
	} pat[] = {
		{ one, 1, "1" }, { two, 1, "2" }, { three, 1, "3" }, { seven, 1, "7" },
		{ mixed, 7, "1,2,3,7,5,1,64" },
	};
	struct collect	 ref, c;
	struct reader	 r;
	size_t		 i, bad = 0;
	int		 rc0, rc;

	rc0 = parse(body, len, boundary, &ref);
	for (i = 0; i < sizeof(pat) / sizeof(pat[0]); i++) {
		memset(&r, 0, sizeof(r));
		r.sizes = pat[i].sizes;
		r.nsizes = pat[i].n;
		collect_init(&c);
		rc = parse_with(body, len, boundary, &roomy, &r, &c);
		ok(rc == rc0 && same_parts(&ref, &c) && r.after_eof == 0,
		    "%s: the same parts and bytes read %s byte(s) at a time", what, pat[i].name);
		collect_free(&c);
	}
	for (i = 1; i < len; i++) {
		memset(&r, 0, sizeof(r));
		r.first = i;
		collect_init(&c);
		rc = parse_with(body, len, boundary, &roomy, &r, &c);
		if (rc != rc0 || !same_parts(&ref, &c)) {
			if (bad++ == 0)
				diag("split at %zu differs", i);
		}
		collect_free(&c);
	}
	ok(bad == 0, "%s: the same parts and bytes split at each of %zu positions", what,
	    len - 1);
	collect_free(&ref);
}

/* ------------------------------------------------------------------ mp_boundary */

static const char	*bnd_out;

static const char *
bnd(const char *ct)
{
	static char	 out[71];

	bnd_out = mp_boundary(ct, out, sizeof(out)) ? out : NULL;
	return bnd_out;
}

static void
test_boundary(void)
{
	char	 small[4], b70[71], b71[128];

	is_str(bnd("multipart/form-data; boundary=----WebKitFormBoundaryqK8bLq3WZ1xrG9Fh"),
	    "----WebKitFormBoundaryqK8bLq3WZ1xrG9Fh", "mp_boundary: Chromium");
	is_str(bnd("multipart/form-data; boundary=---------------------------31441420713270786443254125412"),
	    "---------------------------31441420713270786443254125412", "mp_boundary: Firefox");
	is_str(bnd("multipart/form-data; boundary=\"a b\""), "a b", "mp_boundary: quoted, with a space");
	is_str(bnd("Multipart/Form-Data;BOUNDARY=xyz"), "xyz",
	    "mp_boundary: type and parameter name in any case, no blank after ';'");
	is_str(bnd("  multipart/form-data ; charset=\"utf-8;x\" ; Boundary = abc'()+_,-./:=? "),
	    "abc'()+_,-./:=?", "mp_boundary: another parameter first, blanks, every bchar");
	is_str(bnd("multipart/form-data; boundary=\"=_Part_0_x\"; charset=utf-8"), "=_Part_0_x",
	    "mp_boundary: quoted, another parameter after");
	memset(b70, 'b', 70);
	b70[70] = '\0';
	snprintf(b71, sizeof(b71), "multipart/form-data; boundary=%s", b70);
	is_str(bnd(b71), b70, "mp_boundary: 70 characters");
	ok(!mp_boundary("multipart/form-data; boundary=abcd", small, sizeof(small)) &&
	    small[0] == '\0', "mp_boundary: false when out is too small");

	ok(bnd("") == NULL, "mp_boundary: empty value");
	ok(bnd("multipart/form-data") == NULL, "mp_boundary: no boundary parameter");
	ok(bnd("multipart/form-data; boundary=") == NULL, "mp_boundary: empty boundary");
	ok(bnd("multipart/form-data; boundary=\"\"") == NULL, "mp_boundary: empty quoted boundary");
	snprintf(b71, sizeof(b71), "multipart/form-data; boundary=%sb", b70);
	ok(bnd(b71) == NULL, "mp_boundary: 71 characters");
	ok(bnd("multipart/mixed; boundary=abc") == NULL, "mp_boundary: multipart/mixed");
	ok(bnd("application/x-www-form-urlencoded; boundary=abc") == NULL,
	    "mp_boundary: not multipart");
	ok(bnd("multipart/form-dataX; boundary=abc") == NULL, "mp_boundary: a longer type");
	ok(bnd("multipart/form-data; boundary=\"abc \"") == NULL,
	    "mp_boundary: a space at the end");
	ok(bnd("multipart/form-data; boundary=a@b") == NULL, "mp_boundary: '@' is not a bchar");
	ok(bnd("multipart/form-data; boundary=\"a\tb\"") == NULL, "mp_boundary: a tab");
	ok(bnd("multipart/form-data; boundary=\"abc") == NULL, "mp_boundary: unclosed quote");
	ok(bnd("multipart/form-data; boundary=abc; boundary=abc") == NULL,
	    "mp_boundary: given twice");
	ok(bnd("multipart/form-data; boundary") == NULL, "mp_boundary: no '='");
	ok(bnd("multipart/form-data boundary=abc") == NULL, "mp_boundary: no ';'");
	ok(bnd("multipart/form-data; boundary=abc def") == NULL,
	    "mp_boundary: unquoted with a space");
	ok(bnd("multipart/form-data; xboundary=abc") == NULL, "mp_boundary: another name");
	ok(bnd("multipart/form-data; boundary=\"a\\b\"") == NULL,
	    "mp_boundary: a backslash is not a bchar");
	ok(bnd("multipart/form-data; boundary=\"\xc4\x91\"") == NULL, "mp_boundary: non-ASCII");
}

/* ------------------------------------------------------------------ bodies as sent */

/* Contents with CRLFs, "--" lines, NUL bytes and near-misses of the boundaries below. */
#define PDF_DATA \
	"%PDF-1.4\r\n%\xe2\xe3\xcf\xd3\r\n--\r\n----\r\n-- \r\n--WebKit\r\n" \
	"1 0 obj << /Type /Catalog >> endobj\r\n%%EOF\r\n"
#define PNG_NEAR(near) \
	"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10" \
	"\r\n--" near "\r\n" \
	"\n--" near "\r\n" \
	"\r--" near "\r\n" \
	"\r\n-\r\n--\r\n\r\n--\0\r\n"

#define CHROME		"----WebKitFormBoundaryqK8bLq3WZ1xrG9Fh"
#define CHROME_NEAR	"----WebKitFormBoundaryqK8bLq3WZ1xrG9F"
#define CHROME_PNG	PNG_NEAR("----WebKitFormBoundaryqK8bLq3WZ1xrG9Fx")
#define HO_TEN		"Nguyễn Văn An"

static const char	 chrome[] =
	"--" CHROME "\r\n"
	"Content-Disposition: form-data; name=\"ho_ten\"\r\n"
	"\r\n"
	HO_TEN "\r\n"
	"--" CHROME "\r\n"
	"Content-Disposition: form-data; name=\"so_cccd\"\r\n"
	"\r\n"
	"038090001234\r\n"
	"--" CHROME "\r\n"
	"Content-Disposition: form-data; name=\"tp_1\"; filename=\"Giấy khai sinh.pdf\"\r\n"
	"Content-Type: application/pdf\r\n"
	"\r\n"
	PDF_DATA "\r\n"
	"--" CHROME "\r\n"
	"Content-Disposition: form-data; name=\"tp_2\"; filename=\"anh.png\"\r\n"
	"Content-Type: image/png\r\n"
	"\r\n"
	CHROME_PNG "--" CHROME_NEAR "\r\n"
	"--" CHROME "--\r\n";

#define FIREFOX		"---------------------------31441420713270786443254125412"
#define FIREFOX_PNG	PNG_NEAR("---------------------------31441420713270786443254125413")

static const char	 firefox[] =
	"--" FIREFOX "\r\n"
	"Content-Disposition: form-data; name=\"ho_ten\"\r\n"
	"\r\n"
	HO_TEN "\r\n"
	"--" FIREFOX "\r\n"
	"Content-Disposition: form-data; name=\"so_cccd\"\r\n"
	"\r\n"
	"038090001234\r\n"
	"--" FIREFOX "\r\n"
	"Content-Disposition: form-data; name=\"tp_1\"; filename=\"Giấy khai sinh.pdf\"\r\n"
	"Content-Type: application/pdf\r\n"
	"\r\n"
	PDF_DATA "\r\n"
	"--" FIREFOX "\r\n"
	"Content-Disposition: form-data; name=\"tp_2\"; filename=\"anh.png\"\r\n"
	"Content-Type: image/png\r\n"
	"\r\n"
	FIREFOX_PNG "\r\n"
	"--" FIREFOX "--\r\n";

/* curl -F ho_ten=… -F so_cccd=… -F tp_1=@to-khai.pdf -F tp_2=@trong.txt: an empty file. */
#define CURL		"------------------------d74496d66958873e"

static const char	 curl[] =
	"--" CURL "\r\n"
	"Content-Disposition: form-data; name=\"ho_ten\"\r\n"
	"\r\n"
	HO_TEN "\r\n"
	"--" CURL "\r\n"
	"Content-Disposition: form-data; name=\"so_cccd\"\r\n"
	"\r\n"
	"038090001234\r\n"
	"--" CURL "\r\n"
	"Content-Disposition: form-data; name=\"tp_1\"; filename=\"to-khai.pdf\"\r\n"
	"Content-Type: application/pdf\r\n"
	"\r\n"
	PDF_DATA "\r\n"
	"--" CURL "\r\n"
	"Content-Disposition: form-data; name=\"tp_2\"; filename=\"trong.txt\"\r\n"
	"Content-Type: text/plain\r\n"
	"\r\n"
	"\r\n"
	"--" CURL "--\r\n";

/* A file input left empty in Chromium, a preamble and an epilogue. */
static const char	 extras[] =
	"This is the preamble; --" CHROME " here is not a delimiter.\r\n"
	"--" CHROME "\r\n"
	"Content-Disposition: form-data; name=\"tp_3\"; filename=\"\"\r\n"
	"Content-Type: application/octet-stream\r\n"
	"\r\n"
	"\r\n"
	"--" CHROME "\r\n"
	"content-disposition :form-data ;  NAME = \"ghi_chu\";filename*=UTF-8''x.txt \r\n"
	"X-Ignored: yes\r\n"
	"\r\n"
	"--\r\n"
	"--" CHROME "--\r\n"
	"This is the epilogue.\r\n--" CHROME "\r\nrubbish";

/* A form of two fields and two files (the second with data d4) as a browser sends it. */
static void
check_form(const char *what, const char *form, size_t len, const char *boundary,
    const char *f3, const char *f4, const char *t4, const char *d4, size_t n4)
{
	struct collect	 c;
	int		 rc = parse(form, len, boundary, &c);

	is_int(rc, 0, "%s: well formed", what);
	is_int((long long)c.nparts, 4, "%s: four parts", what);
	ok(part_is(&c, 0, "ho_ten", NULL, "", HO_TEN, sizeof(HO_TEN) - 1), "%s: a UTF-8 field",
	    what);
	ok(part_is(&c, 1, "so_cccd", NULL, "", "038090001234", 12), "%s: a second field", what);
	ok(part_is(&c, 2, "tp_1", f3, "application/pdf", PDF_DATA, sizeof(PDF_DATA) - 1),
	    "%s: a file with CRLFs and '--' lines, every byte once and in order", what);
	ok(part_is(&c, 3, "tp_2", f4, t4, d4, n4),
	    "%s: the second file, with near-misses of the delimiter", what);
	is_int(c.misuse, 0, "%s: callbacks in order", what);
	collect_free(&c);
	every_chunking(what, form, len, boundary);
}

static void
test_browsers(void)
{
	struct collect	 c;
	struct reader	 r = { 0 };
	int		 rc;

	check_form("Chromium", chrome, sizeof(chrome) - 1, CHROME, "Giấy khai sinh.pdf",
	    "anh.png", "image/png", CHROME_PNG "--" CHROME_NEAR,
	    sizeof(CHROME_PNG "--" CHROME_NEAR) - 1);
	check_form("Firefox", firefox, sizeof(firefox) - 1, FIREFOX, "Giấy khai sinh.pdf",
	    "anh.png", "image/png", FIREFOX_PNG, sizeof(FIREFOX_PNG) - 1);
	check_form("curl", curl, sizeof(curl) - 1, CURL, "to-khai.pdf", "trong.txt",
	    "text/plain", "", 0);

	rc = parse(extras, sizeof(extras) - 1, CHROME, &c);
	is_int(rc, 0, "preamble and epilogue: well formed");
	ok(c.nparts == 2 && part_is(&c, 0, "tp_3", "", "application/octet-stream", "", 0),
	    "an empty file input: is_file, no name, no data");
	ok(c.parts[0].ncalls == 0, "an empty file: part_data never called");
	ok(part_is(&c, 1, "ghi_chu", NULL, "", "--", 2),
	    "lower-case header, blanks around ':' ';' '=', filename* ignored, other headers ignored");
	collect_free(&c);
	every_chunking("preamble and epilogue", extras, sizeof(extras) - 1, CHROME);

	collect_init(&c);
	r.sizes = one;
	r.nsizes = 1;
	rc = parse_with(extras, sizeof(extras) - 1, CHROME, &roomy, &r, &c);
	ok(rc == 0 && r.pos == (size_t)(strstr(extras, CHROME "--") - extras) + sizeof(CHROME) + 1,
	    "the epilogue is not read");
	collect_free(&c);

	rc = parse("--" CHROME "--\r\n", sizeof(CHROME) + 5, CHROME, &c);
	ok(rc == 0 && c.nparts == 0, "a form without inputs: only the closing delimiter");
	collect_free(&c);
}

/* ------------------------------------------------------------------ one part at a time */

#define B	"xYz"

static struct buf	 body;

/* A body of one part with these header lines (each with its CRLF) and data. */
static const char *
one_part(const char *headers, const char *data)
{
	buf_reset(&body);
	buf_printf(&body, "--" B "\r\n%s\r\n%s\r\n--" B "--\r\n", headers, data);
	return body.data;
}

/* Parses one_part(headers, data) with roomy limits into c; returns the status. */
static int
part(const char *headers, const char *data, struct collect *c)
{
	one_part(headers, data);
	return parse(body.data, body.len, B, c);
}

/* Parses one_part(headers, "x") and returns the status alone. */
static int
status_of(const char *headers)
{
	struct collect	 c;
	int		 rc = part(headers, "x", &c);

	collect_free(&c);
	return rc;
}

static void
test_names(void)
{
	struct collect	 c;
	char		 h[2048], name[100];
	int		 rc;

	rc = part("Content-Disposition: form-data; name=\"a\\\"b\\\\c\"\r\n", "1", &c);
	ok(rc == 0 && part_is(&c, 0, "a\"b\\c", NULL, "", "1", 1),
	    "a quoted name with \\\" and \\\\ escapes");
	collect_free(&c);
	rc = part("Content-Disposition: form-data; name=plain_token\r\n", "1", &c);
	ok(rc == 0 && part_is(&c, 0, "plain_token", NULL, "", "1", 1), "a name as a token");
	collect_free(&c);
	rc = part("Content-Disposition: form-data; name=\"a;b=c\"\r\n", "1", &c);
	ok(rc == 0 && part_is(&c, 0, "a;b=c", NULL, "", "1", 1),
	    "';' and '=' inside a quoted name");
	collect_free(&c);
	rc = part("Content-Disposition: form-data; name=\"tp\"; "
	    "filename=\"C:\\Users\\An\\Desktop\\to khai.pdf\"\r\n"
	    "Content-Type: application/pdf\r\n", "%PDF", &c);
	ok(rc == 0 && part_is(&c, 0, "tp", "to khai.pdf", "application/pdf", "%PDF", 4),
	    "a Windows full path: its last component");
	collect_free(&c);
	rc = part("Content-Disposition: form-data; name=\"tp\"; "
	    "filename=\"/home/an/T\xe1\xbb\x9d khai.pdf\"\r\n", "x", &c);
	ok(rc == 0 && part_is(&c, 0, "tp", "T\xe1\xbb\x9d khai.pdf", "", "x", 1),
	    "a POSIX path: its last component");
	collect_free(&c);
	rc = part("Content-Disposition: form-data; name=\"tp\"; filename=\"a\\\\b\\\"c\"\r\n",
	    "x", &c);
	ok(rc == 0 && part_is(&c, 0, "tp", "b\"c", "", "x", 1),
	    "an escaped backslash in a file name separates the path too");
	collect_free(&c);
	rc = part("Content-Disposition: form-data; filename=\"x.pdf\"; name=\"tp\"\r\n"
	    "Content-Type: application/pdf; name=\"x.pdf\" and a comment that goes on and on "
	    "past the one hundred and twenty-eight bytes the structure keeps for it, "
	    "and then some more\r\n", "x",
	    &c);
	ok(rc == 0 && c.nparts == 1 && strlen(c.parts[0].part.content_type) == 127 &&
	    strncmp(c.parts[0].part.content_type, "application/pdf; name=\"x.pdf\"", 29) == 0,
	    "filename before name; a long Content-Type truncated");
	collect_free(&c);

	memset(name, 'n', 63);
	name[63] = '\0';
	snprintf(h, sizeof(h), "Content-Disposition: form-data; name=\"%s\"\r\n", name);
	is_int(status_of(h), 0, "a 63-byte name fits");
	snprintf(h, sizeof(h), "Content-Disposition: form-data; name=\"%sn\"\r\n", name);
	is_int(status_of(h), 400, "a 64-byte name is 400, not truncated");
	snprintf(h, sizeof(h), "Content-Disposition: form-data; name=x; filename=\"C:\\%s%s%s%s"
	    "\\%s%s%s.pdf\"\r\n", name, name, name, name, name, name, name);
	is_int(status_of(h), 0, "a 193-byte file name after a long path fits");
	snprintf(h, sizeof(h), "Content-Disposition: form-data; name=x; filename=\"%s%s%s%s"
	    "123\"\r\n", name, name, name, name);
	is_int(status_of(h), 0, "a 255-byte file name fits");
	snprintf(h, sizeof(h), "Content-Disposition: form-data; name=x; filename=\"%s%s%s%s"
	    "1234\"\r\n", name, name, name, name);
	is_int(status_of(h), 400, "a 256-byte file name is 400");

	is_int(status_of("Content-Disposition: form-data; name=\"\"\r\n"), 400, "an empty name");
	is_int(status_of("Content-Disposition: form-data; filename=\"a.pdf\"\r\n"), 400,
	    "no name");
	is_int(status_of("Content-Disposition: form-data; name=a; name=b\r\n"), 400,
	    "name given twice");
	is_int(status_of("Content-Disposition: form-data; name=a; filename=b; filename=c\r\n"),
	    400, "filename given twice");
	is_int(status_of("Content-Disposition: form-data; name=\"a\\\"\r\n"), 400,
	    "an unclosed quoted name");
	is_int(status_of("Content-Disposition: form-data; name=\"a\tb\"\r\n"), 400,
	    "a tab in a name");
	is_int(status_of("Content-Disposition: form-data; name=a; filename=\"a\tb.pdf\"\r\n"),
	    400, "a control character in a file name");
	is_int(status_of("Content-Disposition: form-data; name=a; filename=\"\xc0\xaf.pdf\"\r\n"),
	    400, "invalid UTF-8 in a file name");
	is_int(status_of("Content-Disposition: form-data; name=a; filename=\"C:\\..\"\r\n"),
	    400, "a file name that is '..'");
	is_int(status_of("Content-Disposition: attachment; name=a\r\n"), 400,
	    "a disposition other than form-data");
	is_int(status_of("Content-Disposition: form-data; name=a b\r\n"), 400,
	    "rubbish after a value");
	is_int(status_of("Content-Type: text/plain\r\n"), 400, "no Content-Disposition");
	is_int(status_of("Content-Disposition: form-data; name=a\r\n"
	    "Content-Disposition: form-data; name=b\r\n"), 400, "Content-Disposition twice");
	is_int(status_of("Content-Disposition: form-data; name=a\r\n"
	    "Content-Type: text/plain; charset=\xc4\x91\r\n"), 400, "a non-ASCII Content-Type");
}

/* Header lines: CRLF, length, count, block size. */
static void
test_headers(void)
{
	struct buf	 h = { 0 };
	char		 pad[1100];
	int		 i;

	memset(pad, 'v', sizeof(pad));
	buf_printf(&h, "Content-Disposition: form-data; name=a\r\nX-Pad: %.*s\r\n", 1017, pad);
	is_int(status_of(buf_cstr(&h)), 0, "a header line of 1024 bytes");
	buf_reset(&h);
	buf_printf(&h, "Content-Disposition: form-data; name=a\r\nX-Pad: %.*s\r\n", 1018, pad);
	is_int(status_of(buf_cstr(&h)), 400, "a header line of 1025 bytes is 400");
	buf_reset(&h);
	buf_printf(&h, "Content-Disposition: form-data; name=a\r\nX-Pad: %.*s\r\n", 1099, pad);
	is_int(status_of(buf_cstr(&h)), 400, "a header line of 1106 bytes is 400");

	buf_reset(&h);
	buf_puts(&h, "Content-Disposition: form-data; name=a\r\n");
	for (i = 0; i < 15; i++)
		buf_puts(&h, "X-A: b\r\n");
	is_int(status_of(buf_cstr(&h)), 0, "16 header lines");
	buf_puts(&h, "X-A: b\r\n");
	is_int(status_of(buf_cstr(&h)), 400, "17 header lines are 400");

	buf_reset(&h);
	buf_puts(&h, "Content-Disposition: form-data; name=a\r\n");
	for (i = 0; i < 14; i++)
		buf_printf(&h, "X-Pad: %.*s\r\n", 600, pad);
	is_int(status_of(buf_cstr(&h)), 400, "a header block over 8 KiB is 400");

	is_int(status_of("Content-Disposition: form-data; name=a\n"), 400,
	    "a bare LF in the headers is 400");
	is_int(status_of("Content-Disposition: form-data; name=a\r\nX-A: b\rc\r\n"), 400,
	    "a bare CR in a header line is 400");
	is_int(status_of("Content-Disposition: form-data; name=a\r\n X-Folded: b\r\n"), 400,
	    "a folded header line is 400");
	is_int(status_of("Content-Disposition form-data; name=a\r\n"), 400,
	    "a header line without ':' is 400");
	is_int(status_of("Content-Disposition\t:\tform-data\t;\tname=a\t\r\n"), 0,
	    "tabs around ':' and ';'");
	buf_free(&h);
}

/* ------------------------------------------------------------------ truncation and limits */

static int
status_body(const char *s)
{
	struct collect	 c;
	int		 rc = parse(s, strlen(s), B, &c);

	if (c.misuse != 0)
		diag("callbacks out of order");
	collect_free(&c);
	return rc;
}

static void
test_truncated(void)
{
	struct collect	 c;
	struct reader	 r = { 0 };
	int		 rc;

	is_int(status_body(""), 400, "an empty body");
	is_int(status_body("no delimiter at all\r\n"), 400, "no delimiter");
	is_int(status_body("--" B), 400, "only the first delimiter");
	is_int(status_body("--" B "\r\nContent-Disposition: form-data; name=a\r\n"), 400,
	    "the body ends in the headers");
	is_int(status_body("--" B "\r\nContent-Disposition: form-da"), 400,
	    "the body ends in a header line");
	is_int(status_body("--" B "\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue"), 400,
	    "the body ends in the data (no closing delimiter)");
	is_int(status_body("--" B "\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue\r\n--"
	    B), 400, "the body ends after a delimiter");
	is_int(status_body("--" B "\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue\r\n--"
	    B "-"), 400, "the body ends in the closing '--'");
	is_int(status_body("--" B "\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue\r\n--"
	    B "\r\n"), 400, "the body ends after an opening delimiter");
	is_int(status_body("--" B "X\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--"
	    B "--"), 400, "the boundary followed by other characters is 400");
	is_int(status_body("--" B " \t \r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--"
	    B "--"), 0, "blanks after a delimiter (transport padding)");
	is_int(mp_parse(rd_mem, &r, "", &roomy, &(struct mp_handler){ 0 }), 400,
	    "an empty boundary is 400");

	one_part("Content-Disposition: form-data; name=a\r\n", "0123456789");
	collect_init(&c);
	r.fail_at = 50;
	r.sizes = seven;
	r.nsizes = 1;
	rc = parse_with(body.data, body.len, B, &roomy, &r, &c);
	ok(rc == 400 && c.misuse == 0, "a read error is 400");
	collect_free(&c);
}

/* A file of n pseudo-random bytes with "\r\n--" and near-misses of boundary sprinkled in. */
static void
big_file(struct buf *b, size_t n, const char *boundary)
{
	uint32_t	 x = 2463534242u;
	size_t		 i;

	for (i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		if (i % 997 == 0)
			buf_printf(b, "\r\n--%.*s", (int)(x % strlen(boundary)), boundary);
		else
			buf_putc(b, (char)(x >> 24));
	}
}

static void
test_limits(void)
{
	const struct mp_limits	 few = { 1 << 20, 3, 4096 }, four = { 1 << 20, 4, 4096 };
	const struct mp_limits	 field = { 1 << 20, 16, sizeof(HO_TEN) - 1 };
	const struct mp_limits	 tight = { 1 << 20, 16, sizeof(HO_TEN) - 2 };
	struct mp_limits	 lim = roomy;
	struct collect		 c;
	struct reader		 r;
	struct buf		 file = { 0 }, big = { 0 };
	const char		*tail;
	int			 rc;

	big_file(&file, 300 * 1000, CHROME);
	buf_puts(&big, "--" CHROME "\r\nContent-Disposition: form-data; name=\"tp\"; "
	    "filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
	buf_put(&big, file.data, file.len);
	buf_puts(&big, "\r\n--" CHROME "--\r\n");

	memset(&r, 0, sizeof(r));
	collect_init(&c);
	rc = parse_with(big.data, big.len, CHROME, &roomy, &r, &c);
	is_int(rc, 0, "a 300 KB file: well formed");
	ok(part_is(&c, 0, "tp", "scan.pdf", "application/pdf", file.data, file.len),
	    "a 300 KB file: every byte once and in order");
	ok(c.parts[0].ncalls >= 4 && c.pos_first_data < big.len,
	    "a 300 KB file: data handed over in chunks, before the body is read");
	ok(r.max_asked <= WINDOW_MAX && c.max_n <= WINDOW_MAX,
	    "a 300 KB file: never more than 64 KiB and a delimiter at a time");
	collect_free(&c);
	memset(&r, 0, sizeof(r));
	r.sizes = mixed;
	r.nsizes = 7;
	collect_init(&c);
	rc = parse_with(big.data, big.len, CHROME, &roomy, &r, &c);
	ok(rc == 0 && part_is(&c, 0, "tp", "scan.pdf", "application/pdf", file.data, file.len),
	    "a 300 KB file read in small chunks: every byte once and in order");
	collect_free(&c);

	lim.max_body = 100 * 1000;
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	rc = parse_with(big.data, big.len, CHROME, &lim, &r, &c);
	ok(rc == 413 && r.pos <= lim.max_body + 1 && c.misuse == 0,
	    "a body over max_body is 413 and reading stops");
	collect_free(&c);
	lim.max_body = sizeof(chrome) - 1;
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	rc = parse_with(chrome, sizeof(chrome) - 1, CHROME, &lim, &r, &c);
	is_int(rc, 0, "a body of exactly max_body bytes");
	collect_free(&c);
	lim.max_body--;
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	rc = parse_with(chrome, sizeof(chrome) - 1, CHROME, &lim, &r, &c);
	is_int(rc, 413, "a body one byte over max_body is 413");
	collect_free(&c);
	lim.max_body = 0;
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	is_int(parse_with(chrome, sizeof(chrome) - 1, CHROME, &lim, &r, &c), 413,
	    "max_body 0");
	collect_free(&c);

	memset(&r, 0, sizeof(r));
	collect_init(&c);
	rc = parse_with(chrome, sizeof(chrome) - 1, CHROME, &few, &r, &c);
	ok(rc == 413 && c.nparts == 3 && c.parts[2].ended && c.misuse == 0,
	    "a fourth part over max_parts 3 is 413");
	collect_free(&c);
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	is_int(parse_with(chrome, sizeof(chrome) - 1, CHROME, &four, &r, &c), 0,
	    "four parts with max_parts 4");
	collect_free(&c);

	memset(&r, 0, sizeof(r));
	collect_init(&c);
	is_int(parse_with(chrome, sizeof(chrome) - 1, CHROME, &field, &r, &c), 0,
	    "a field of exactly max_field bytes; files do not count");
	collect_free(&c);
	memset(&r, 0, sizeof(r));
	r.sizes = one;
	r.nsizes = 1;
	collect_init(&c);
	rc = parse_with(chrome, sizeof(chrome) - 1, CHROME, &tight, &r, &c);
	ok(rc == 413 && c.nparts == 1 && !c.parts[0].ended &&
	    c.parts[0].data.len <= sizeof(HO_TEN) - 2, "a field over max_field is 413");
	collect_free(&c);

	/* Handlers stop the parse with their own status. */
	tail = "part_data of a file returns 413";
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	c.stop_part = 0;
	c.stop_data = 413;
	rc = parse_with(big.data, big.len, CHROME, &roomy, &r, &c);
	ok(rc == 413 && c.nparts == 1 && c.parts[0].ncalls == 1 && !c.parts[0].ended &&
	    r.pos < big.len, "%s: propagated at once, no part_end, reading stops", tail);
	collect_free(&c);
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	c.stop_part = 1;
	c.stop_begin = 403;
	rc = parse_with(chrome, sizeof(chrome) - 1, CHROME, &roomy, &r, &c);
	ok(rc == 403 && c.nparts == 2 && c.parts[1].ncalls == 0 && !c.parts[1].ended,
	    "part_begin returning 403 is propagated at once");
	collect_free(&c);
	memset(&r, 0, sizeof(r));
	collect_init(&c);
	c.stop_part = 2;
	c.stop_end = 500;
	rc = parse_with(chrome, sizeof(chrome) - 1, CHROME, &roomy, &r, &c);
	ok(rc == 500 && c.nparts == 3 && c.parts[2].ended,
	    "part_end returning 500 is propagated at once");
	collect_free(&c);
	memset(&r, 0, sizeof(r));
	is_int(mp_parse(rd_mem, &r, CHROME, &roomy, &(struct mp_handler){ 0 }), 400,
	    "NULL handler functions are skipped (and an empty body is still 400)");
	memset(&r, 0, sizeof(r));
	r.body = chrome;
	r.len = sizeof(chrome) - 1;
	is_int(mp_parse(rd_mem, &r, CHROME, &roomy, &(struct mp_handler){ 0 }), 0,
	    "NULL handler functions are skipped");

	buf_free(&file);
	buf_free(&big);
}

int
main(void)
{
	test_boundary();
	test_browsers();
	test_names();
	test_headers();
	test_truncated();
	test_limits();
	buf_free(&body);
	return done_testing();
}
