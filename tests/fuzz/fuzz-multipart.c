/*
 * fuzz-multipart.c — libFuzzer harness for multipart/form-data bodies (multipart.c).
 *
 * The first byte of the input chooses how the rest is read:
 *   bit 0	set: the boundary is FIXED and the body is the rest of the input; clear: the
 *		boundary is the next line (up to '\n', without a '\r' before it), the body after it
 *   bits 1-3	the largest chunk the reader returns (1, 2, 3, 7, 16, 64, 1024, 128 KiB); each
 *		read returns a pseudo-random size up to it, seeded from the input
 *   bit 4	tight limits (1 KiB body, 3 parts, 16-byte fields) that reach the 413 paths
 *   bit 7	the reader fails (-1) at the end of the body instead of returning 0
 * (Seeds start with a letter: 'A' fixed boundary and 1-byte reads, 'B' a boundary line
 * and 2-byte reads, 'Q' fixed and tight, and so on.) Parts named stop-begin, stop-data and
 * stop-end make the handler stop the parse with 451, 452 and 453.
 *
 * The handler checks that parts come well formed (names NUL-terminated and non-empty,
 * file names without a path), that data only comes between part_begin and part_end, that
 * part_end comes once per part, that a field never passes max_field, and that a part's
 * data is a piece of the body without the delimiter in it. A body within max_body read
 * with no error is parsed again in one read: the status and every finished part must be
 * the same. The boundary line also goes through mp_boundary(). Anything wrong abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FIXED		"----WebKitFormBoundary7MA4YWxkTrZu0gW"
#define WINDOW_MAX	(64 * 1024 + 74)

static const size_t		 chunk_max[8] = { 1, 2, 3, 7, 16, 64, 1024, 128 * 1024 };
static const struct mp_limits	 roomy = { 1 << 20, 64, 4096 };
static const struct mp_limits	 tight = { 1024, 3, 16 };

struct fz {
	/* The reader. */
	const char		*body;
	size_t			 len, pos;
	size_t			 max;		/* largest chunk; SIZE_MAX: at once */
	uint32_t		 rng;
	bool			 fail;		/* -1 at the end */
	bool			 eof, failed;
	/* The handler. */
	const struct mp_limits	*lim;
	const char		*delim;		/* "\r\n--" boundary */
	size_t			 dlen;
	bool			 inside;
	int			 stopped;	/* the status a handler returned */
	size_t			 begins, ends;
	struct mp_part		 cur;
	char			*data;		/* the current part's data */
	size_t			 ndata;
	uint64_t		 trace;		/* a hash of every part begun and ended */
};

static uint64_t
mix(uint64_t h, const void *p, size_t n)
{
	const unsigned char	*s = p;
	size_t			 i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * 0x100000001b3ULL;
	return h;
}

static long
rd(void *arg, char *out, size_t n)
{
	struct fz	*f = arg;
	size_t		 k = f->len - f->pos, step;

	if (f->eof || f->failed || n == 0 || n > WINDOW_MAX)
		abort();
	if (k == 0) {
		if (f->fail) {
			f->failed = true;
			return -1;
		}
		f->eof = true;
		return 0;
	}
	f->rng ^= f->rng << 13;
	f->rng ^= f->rng >> 17;
	f->rng ^= f->rng << 5;
	step = f->max == SIZE_MAX ? k : 1 + f->rng % f->max;
	if (k > step)
		k = step;
	if (k > n)
		k = n;
	memcpy(out, f->body + f->pos, k);
	f->pos += k;
	return (long)k;
}

/* True if the string in a (size bytes) ends within it, is valid UTF-8 and has no control. */
static bool
clean(const char *a, size_t size, bool empty_ok)
{
	size_t	 n = strnlen(a, size), i;

	if (n == size || (n == 0 && !empty_ok))
		return false;
	for (i = 0; i < n; i++)
		if ((unsigned char)a[i] < ' ')
			return false;
	return text_valid_utf8(a, n);
}

static int
stop_if(struct fz *f, const struct mp_part *p, const char *name, int status)
{
	if (strcmp(p->name, name) != 0)
		return 0;
	f->stopped = status;
	return status;
}

static int
on_begin(void *arg, const struct mp_part *p)
{
	struct fz	*f = arg;
	size_t		 ct = strnlen(p->content_type, sizeof(p->content_type)), i;

	if (f->stopped || f->inside || ++f->begins > f->lim->max_parts)
		abort();
	if (!clean(p->name, sizeof(p->name), false) ||
	    !clean(p->filename, sizeof(p->filename), true) ||
	    strpbrk(p->filename, "/\\") != NULL || strcmp(p->filename, ".") == 0 ||
	    strcmp(p->filename, "..") == 0 || (!p->is_file && p->filename[0] != '\0') ||
	    ct == sizeof(p->content_type))
		abort();
	for (i = 0; i < ct; i++)
		if ((unsigned char)p->content_type[i] < ' ' && p->content_type[i] != '\t')
			abort();
	f->inside = true;
	f->cur = *p;
	f->ndata = 0;
	f->trace = mix(f->trace, p, sizeof(*p));
	return stop_if(f, p, "stop-begin", 451);
}

static int
on_data(void *arg, const struct mp_part *p, const char *data, size_t n)
{
	struct fz	*f = arg;

	if (f->stopped || !f->inside || n == 0 || n > WINDOW_MAX ||
	    memcmp(p, &f->cur, sizeof(*p)) != 0 || f->ndata + n > f->len)
		abort();
	if (!p->is_file && f->ndata + n > f->lim->max_field)
		abort();
	memcpy(f->data + f->ndata, data, n);
	f->ndata += n;
	return stop_if(f, p, "stop-data", 452);
}

static int
on_end(void *arg, const struct mp_part *p)
{
	struct fz	*f = arg;

	if (f->stopped || !f->inside || memcmp(p, &f->cur, sizeof(*p)) != 0)
		abort();
	f->inside = false;
	f->ends++;
	if (f->ndata > 0 && (memmem(f->body, f->len, f->data, f->ndata) == NULL ||
	    memmem(f->data, f->ndata, f->delim, f->dlen) != NULL))
		abort();
	f->trace = mix(f->trace, "end", 3);
	f->trace = mix(f->trace, f->data, f->ndata);
	return stop_if(f, p, "stop-end", 453);
}

/* Parses body (len bytes) and checks what the handler saw. Returns the status. */
static int
run(struct fz *f, const char *boundary, const char *body, size_t len)
{
	const struct mp_handler	 h = { f, on_begin, on_data, on_end };
	size_t			 blen = strlen(boundary);
	char			 delim[4 + 80];
	int			 rc;

	f->body = body;
	f->len = len;
	f->data = malloc(len ? len : 1);
	if (f->data == NULL)
		abort();
	if (blen <= 70) {
		memcpy(delim, "\r\n--", 4);
		memcpy(delim + 4, boundary, blen);
		f->delim = delim;
		f->dlen = 4 + blen;
	}
	rc = mp_parse(rd, f, boundary, f->lim, &h);
	free(f->data);
	f->data = NULL;
	if (blen == 0 || blen > 70) {
		if (rc != 400 || f->pos != 0 || f->begins != 0)
			abort();
		return rc;
	}
	if (f->stopped != 0 && rc != f->stopped)
		abort();
	if (f->stopped == 0 && rc != 0 && rc != 400 && rc != 413)
		abort();
	if (f->failed && rc != 400)
		abort();
	if (rc == 0 && (f->inside || f->begins != f->ends || f->pos > f->lim->max_body))
		abort();
	if (f->pos > f->lim->max_body + 1)
		abort();
	return rc;
}

/* mp_boundary() on s as a Content-Type, and on s as the boundary parameter. */
static void
check_boundary(const char *s)
{
	char	 ct[2200], out[71];
	size_t	 n, i;

	if (mp_boundary(s, out, sizeof(out))) {
		n = strlen(out);
		if (n < 1 || n > 70 || out[n - 1] == ' ' || strstr(s, out) == NULL)
			abort();
		for (i = 0; i < n; i++)
			if (strchr("'()+_,-./:=? ", out[i]) == NULL &&
			    !(out[i] >= 'a' && out[i] <= 'z') && !(out[i] >= 'A' && out[i] <= 'Z') &&
			    !(out[i] >= '0' && out[i] <= '9'))
				abort();
		if (strncasecmp(s + strspn(s, " \t"), "multipart/form-data", 19) != 0)
			abort();
	}
	if (strlen(s) < 2048) {
		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%s", s);
		if (mp_boundary(ct, out, sizeof(out)) && strstr(s, out) == NULL)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz	 f, whole;
	const char	*body, *nl;
	char		*boundary, *copy;
	size_t		 len, blen;
	int		 rc, rc1;

	if (size == 0)
		return 0;
	memset(&f, 0, sizeof(f));
	f.max = chunk_max[(data[0] >> 1) & 7];
	f.lim = data[0] & 0x10 ? &tight : &roomy;
	f.fail = (data[0] & 0x80) != 0;
	f.rng = (uint32_t)mix(0xcbf29ce484222325ULL, data, size < 64 ? size : 64) | 1;
	if (data[0] & 1) {
		boundary = strdup(FIXED);
		body = (const char *)data + 1;
		len = size - 1;
	} else {
		nl = memchr(data + 1, '\n', size - 1);
		blen = nl != NULL ? (size_t)(nl - (const char *)data) - 1 : size - 1;
		body = nl != NULL ? nl + 1 : (const char *)data + size;
		len = (size_t)((const char *)data + size - body);
		if ((boundary = strndup((const char *)data + 1, blen)) == NULL)
			abort();
		blen = strlen(boundary);	/* up to a NUL */
		if (blen > 0 && boundary[blen - 1] == '\r')
			boundary[blen - 1] = '\0';
		check_boundary(boundary);
	}
	if (boundary == NULL)
		abort();

	/* A copy of exactly len bytes: ASan sees any read past the body. */
	if ((copy = malloc(len ? len : 1)) == NULL)
		abort();
	memcpy(copy, body, len);
	rc = run(&f, boundary, copy, len);

	if (!f.fail && len <= f.lim->max_body) {
		memset(&whole, 0, sizeof(whole));
		whole.max = SIZE_MAX;
		whole.lim = f.lim;
		rc1 = run(&whole, boundary, copy, len);
		if (rc1 != rc || whole.begins != f.begins || whole.ends != f.ends ||
		    whole.trace != f.trace)
			abort();
	}
	free(copy);
	free(boundary);
	return 0;
}
