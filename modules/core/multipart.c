/*
 * multipart.c — uploads: a streaming multipart/form-data parser (RFC 7578, RFC 2046).
 *
 * The body comes through the caller's read function into one window of MP_CHUNK bytes plus
 * a delimiter's length; part data leaves it for the handler as soon as it cannot be the
 * start of a delimiter, so a file is never held whole. Everything is bounded: the body,
 * the parts and a field's bytes by struct mp_limits (413), the header block by the fixed
 * limits below (400: no browser sends more, so it is malformed, not too large).
 *
 * Choices where the RFCs leave room:
 * - The delimiter is "\r\n--boundary"; the first one may open the body without its CRLF.
 *   The preamble is skipped; the epilogue after "--boundary--" is not even read.
 * - "--boundary" followed by anything but "--" or optional blanks and CRLF is 400: the
 *   boundary must not occur in the content (RFC 2046 5.1.1), so the body is ambiguous.
 * - Header lines end in CRLF; a bare LF, any other control character but HT, or a folded
 *   line (one starting with a blank) is 400. Header names are case-insensitive, blanks
 *   around ':', ';' and '=' are allowed; headers other than Content-Disposition and
 *   Content-Type are ignored, and each of those two may appear once.
 * - Content-Disposition must be form-data with a non-empty name. Values are a token or a
 *   quoted-string, in which a backslash escapes '"' and '\' only and stays before any
 *   other character: old browsers send Windows paths unescaped ("C:\Users\an\x.pdf").
 *   Percent-escapes browsers put in names ("%22") are left as they are. filename* (RFC
 *   5987, which RFC 7578 4.2 forbids senders to use) is ignored.
 * - A name or file name that does not fit struct mp_part is 400, never truncated. The file
 *   name keeps only what follows its last '/' or '\', and must be valid UTF-8 without
 *   control characters, and not "." or "..". The Content-Type must be ASCII; it is copied
 *   truncated (it is only informational), "" when absent.
 * - After a non-zero return the current part gets no part_end: the caller discards what
 *   part_begin started. Any of the three handler functions may be NULL.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

#define MP_CHUNK	(64 * 1024)	/* the window reads this much, and keeps a delimiter */
#define MP_DELIM_MAX	(4 + MP_BOUNDARY_MAX)
#define MP_WINDOW	(MP_CHUNK + MP_DELIM_MAX)
#define MP_HEADERS_MAX	16		/* header lines of a part */
#define MP_BLOCK_MAX	(8 * 1024)	/* a part's header block with its CRLFs */

struct mp {
	mp_read_fn		 rd;
	void			*rdarg;
	const struct mp_limits	*lim;
	const struct mp_handler	*h;
	char			*buf;		/* the window: [start, end) is unparsed */
	size_t			 start, end;
	size_t			 nread;		/* bytes of the body read so far */
	bool			 eof;
	char			 delim[MP_DELIM_MAX];	/* "\r\n--" and the boundary */
	size_t			 dlen;
	size_t			 nparts;
	struct mp_part		 part;
};


/*
 * Reads once more into the window, after moving what is left to its start. Returns 0 (with
 * eof set at the end of the body), 413 past max_body, 400 on a read error.
 */
static int
mp_fill(struct mp *m)
{
	size_t	 want, room;
	long	 r;

	if (m->start > 0) {
		memmove(m->buf, m->buf + m->start, m->end - m->start);
		m->end -= m->start;
		m->start = 0;
	}
	/* Callers keep at most a header line or a delimiter's length unparsed. */
	assert(m->end < MP_CHUNK);
	want = MP_WINDOW - m->end;
	room = m->lim->max_body - m->nread;
	if (want > room)
		want = room + 1;	/* one byte past the limit tells a body that is too large */
	r = m->rd(m->rdarg, m->buf + m->end, want);
	if (r < 0 || (unsigned long)r > want)
		return 400;
	if (r == 0) {
		m->eof = true;
		return 0;
	}
	m->nread += (size_t)r;
	if (m->nread > m->lim->max_body)
		return 413;
	m->end += (size_t)r;
	return 0;
}

/* Reads until n bytes are unparsed. Returns 0, or 400 when the body ends first. */
static int
mp_need(struct mp *m, size_t n)
{
	int	 rc;

	while (m->end - m->start < n) {
		if (m->eof)
			return 400;
		if ((rc = mp_fill(m)) != 0)
			return rc;
	}
	return 0;
}

/* Skips the preamble and the first "--boundary". Returns 0 or a status. */
static int
mp_preamble(struct mp *m)
{
	const char	*p;
	int		 rc;

	if ((rc = mp_need(m, m->dlen - 2)) != 0)
		return rc;
	if (memcmp(m->buf + m->start, m->delim + 2, m->dlen - 2) == 0) {
		m->start += m->dlen - 2;
		return 0;
	}
	for (;;) {
		p = memmem(m->buf + m->start, m->end - m->start, m->delim, m->dlen);
		if (p != NULL) {
			m->start = (size_t)(p - m->buf) + m->dlen;
			return 0;
		}
		if (m->end - m->start >= m->dlen)
			m->start = m->end - (m->dlen - 1);
		if (m->eof)
			return 400;
		if ((rc = mp_fill(m)) != 0)
			return rc;
	}
}

/*
 * After a "--boundary": "--" closes the body, blanks and CRLF open a part. Sets *closed;
 * returns 0 or a status.
 */
static int
mp_after_delim(struct mp *m, bool *closed)
{
	size_t	 i;
	int	 rc;
	char	 c;

	if ((rc = mp_need(m, 2)) != 0)
		return rc;
	if (m->buf[m->start] == '-' && m->buf[m->start + 1] == '-') {
		m->start += 2;
		*closed = true;
		return 0;
	}
	*closed = false;
	for (i = 0; i <= MP_LINE_MAX; i++) {
		if ((rc = mp_need(m, i + 2)) != 0)
			return rc;
		c = m->buf[m->start + i];
		if (c == '\r' && m->buf[m->start + i + 1] == '\n') {
			m->start += i + 2;
			return 0;
		}
		if (c != ' ' && c != '\t')
			break;
	}
	return 400;
}

/* Reads a part's header lines up to the empty one into m->part. Returns 0 or a status. */
static int
mp_headers(struct mp *m)
{
	const char	*nl, *line;
	size_t		 scanned = 0, block = 0, nlines = 0, len;
	bool		 have_cd = false, have_ct = false;
	int		 rc;

	for (;;) {
		nl = memchr(m->buf + m->start + scanned, '\n', m->end - m->start - scanned);
		if (nl == NULL) {
			scanned = m->end - m->start;
			if (scanned >= MP_LINE_MAX + 2 || m->eof)
				return 400;
			if ((rc = mp_fill(m)) != 0)
				return rc;
			continue;
		}
		line = m->buf + m->start;
		len = (size_t)(nl - line);
		if (len == 0 || line[len - 1] != '\r')
			return 400;	/* a bare LF */
		len--;
		block += len + 2;
		if (len > MP_LINE_MAX || block > MP_BLOCK_MAX)
			return 400;
		m->start += len + 2;
		scanned = 0;
		if (len == 0)
			return have_cd ? 0 : 400;
		if (++nlines > MP_HEADERS_MAX)
			return 400;
		if ((rc = mp_header(&m->part, line, len, &have_cd, &have_ct)) != 0)
			return rc;
	}
}

/* Hands n bytes at the window's start to the handler, counting a field's bytes. */
static int
mp_emit(struct mp *m, size_t n, size_t *field)
{
	const char	*data = m->buf + m->start;

	m->start += n;
	if (n == 0)
		return 0;
	if (!m->part.is_file) {
		if (n > m->lim->max_field - *field)
			return 413;
		*field += n;
	}
	return m->h->part_data != NULL ? m->h->part_data(m->h->arg, &m->part, data, n) : 0;
}

/* A part's data, up to and over the next delimiter. Returns 0 or a status. */
static int
mp_body(struct mp *m)
{
	const char	*p;
	size_t		 field = 0, n;
	int		 rc;

	if (m->h->part_begin != NULL && (rc = m->h->part_begin(m->h->arg, &m->part)) != 0)
		return rc;
	for (;;) {
		p = memmem(m->buf + m->start, m->end - m->start, m->delim, m->dlen);
		if (p != NULL)
			n = (size_t)(p - (m->buf + m->start));
		else if (m->end - m->start >= m->dlen)	/* keep what may begin a delimiter */
			n = m->end - m->start - (m->dlen - 1);
		else
			n = 0;
		if ((rc = mp_emit(m, n, &field)) != 0)
			return rc;
		if (p != NULL) {
			m->start += m->dlen;
			return m->h->part_end != NULL ? m->h->part_end(m->h->arg, &m->part) : 0;
		}
		if (m->eof)
			return 400;
		if ((rc = mp_fill(m)) != 0)
			return rc;
	}
}

static int
mp_run(struct mp *m)
{
	bool	 closed;
	int	 rc;

	if ((rc = mp_preamble(m)) != 0)
		return rc;
	for (;;) {
		if ((rc = mp_after_delim(m, &closed)) != 0 || closed)
			return rc;
		if (++m->nparts > m->lim->max_parts)
			return 413;
		memset(&m->part, 0, sizeof(m->part));
		if ((rc = mp_headers(m)) != 0 || (rc = mp_body(m)) != 0)
			return rc;
	}
}

int
mp_parse(mp_read_fn rd, void *rdarg, const char *boundary, const struct mp_limits *lim,
    const struct mp_handler *h)
{
	struct mp	*m;
	size_t		 blen = strlen(boundary);
	int		 rc;

	if (blen == 0 || blen > MP_BOUNDARY_MAX)
		return 400;
	m = xcalloc(1, sizeof(*m));
	m->rd = rd;
	m->rdarg = rdarg;
	m->lim = lim;
	m->h = h;
	memcpy(m->delim, "\r\n--", 4);
	memcpy(m->delim + 4, boundary, blen);
	m->dlen = blen + 4;
	m->buf = xmalloc(MP_WINDOW);
	rc = mp_run(m);
	free(m->buf);
	free(m);
	return rc;
}
