/*
 * req_rows.c — a form's lists of rows (dvc.h: req_parse_rows()): inputs "LIST.N.COL" that
 * req_parse_form() leaves aside for a ROUTE_ROWS route, each checked as the route's own
 * inputs are (req.c's param_check()). Nothing here trusts its input.
 */
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

/* "list.N.col" in key (klen bytes): N (1 to max) in *row, col's index among cols in *col.
 * False for another list's key; otherwise REQ_OK or why the key is refused. */
static bool
row_key(const char *key, size_t klen, const char *list, const struct param_spec *cols,
    unsigned max, unsigned *row, unsigned *col, enum req_error *e)
{
	size_t		 llen = strlen(list), i;
	unsigned long	 n = 0;

	if (klen <= llen || memcmp(key, list, llen) != 0 || key[llen] != '.')
		return false;
	*e = REQ_ERR_UNKNOWN;
	/* Past max the digits are read but not counted: n stays above max, never overflows. */
	for (i = llen + 1; i < klen && key[i] >= '0' && key[i] <= '9'; i++)
		if (n <= max)
			n = n * 10 + (unsigned long)(key[i] - '0');
	if (i == llen + 1 || i >= klen || key[i] != '.' || key[llen + 1] == '0')
		return true;
	if (n > max) {
		*e = REQ_ERR_TOO_MANY;
		return true;
	}
	i++;
	for (*col = 0; cols[*col].name != NULL; (*col)++)
		if (strlen(cols[*col].name) == klen - i && memcmp(cols[*col].name, key + i, klen - i) == 0)
			break;
	if (cols[*col].name == NULL)
		return true;
	*row = (unsigned)n;
	*e = REQ_OK;
	return true;
}

enum req_error
req_parse_rows(const char *s, size_t n, const char *list, const struct param_spec *cols,
    unsigned max, struct req_rows *out)
{
	const char	*pair, *end, *eq, *stop = s + n;
	char		 key[64], *val;
	long		 klen, vlen;
	unsigned	 row, col, ncols;
	uint64_t	 num;
	enum req_error	 e;

	for (ncols = 0; cols[ncols].name != NULL; ncols++)
		;
	memset(out, 0, sizeof(*out));
	out->ncols = ncols;
	out->v = xcalloc((size_t)max * ncols + 1, sizeof(*out->v));
	for (pair = s; pair < stop; pair = end < stop ? end + 1 : stop) {
		if ((end = memchr(pair, '&', (size_t)(stop - pair))) == NULL)
			end = stop;
		if (end == pair)
			continue;
		if ((eq = memchr(pair, '=', (size_t)(end - pair))) == NULL)
			eq = end;
		if ((size_t)(eq - pair) >= sizeof(key) ||
		    memchr(pair, '.', (size_t)(eq - pair)) == NULL)
			continue;	/* not a row's key: req_parse_form() judged it */
		if ((klen = url_decode(pair, (size_t)(eq - pair), key, true)) < 0)
			return REQ_ERR_ENCODING;
		if (!row_key(key, (size_t)klen, list, cols, max, &row, &col, &e))
			continue;
		if (e != REQ_OK)
			return e;
		if (out->v[(row - 1) * ncols + col] != NULL)
			return REQ_ERR_REPEATED;
		val = xmalloc((size_t)(end - eq) + 1);
		if ((vlen = url_decode(eq < end ? eq + 1 : end, eq < end ? (size_t)(end - eq - 1) : 0,
		    val, true)) < 0) {
			free(val);
			return REQ_ERR_ENCODING;
		}
		val[vlen] = '\0';
		if (memchr(val, '\0', (size_t)vlen) != NULL)
			e = cols[col].type == P_TEXT ? REQ_ERR_TEXT : REQ_ERR_ENCODING;
		else if (vlen > 0)	/* an empty value: a row's input left blank */
			e = param_check(&cols[col], val, (size_t)vlen, &num);
		if (e != REQ_OK) {
			free(val);
			return e;
		}
		out->v[(row - 1) * ncols + col] = val;
		if (row > out->n)
			out->n = row;
	}
	return REQ_OK;
}

void
req_rows_free(struct req_rows *rows)
{
	size_t	 i;

	for (i = 0; rows->v != NULL && i < (size_t)rows->n * rows->ncols; i++)
		free(rows->v[i]);
	free(rows->v);
	memset(rows, 0, sizeof(*rows));
}
