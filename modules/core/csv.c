/*
 * csv.c — the CSV of the catalogue's import and export (catalogue.h): records read one at a
 * time from text in memory, every field checked, every record bounded.
 */
#include <string.h>

#include "dvc.h"
#include "catalogue.h"

void
csv_init(struct csv *c, const char *text, size_t len)
{
	c->p = text;
	c->end = text + len;
	c->line = 1;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		c->p += 3;
}

static int
fail(struct csv_row *row, enum cat_problem_id why)
{
	row->error = why;
	return -1;
}

/* Ends the field begun at row->off[row->n]: checks it and counts it. */
static int
end_field(struct csv_row *row)
{
	size_t	 start = row->off[row->n];

	if (!text_valid_utf8(row->data.data + start, row->data.len - start))
		return fail(row, CATP_CSV_UTF8);
	buf_putc(&row->data, '\0');
	row->n++;
	return 0;
}

static int
begin_field(struct csv_row *row)
{
	if (row->n == CSV_MAX_FIELDS)
		return fail(row, CATP_CSV_FIELDS);
	buf_putc(&row->data, '\0');	/* grows the buffer, then taken back: data is never NULL */
	row->data.len--;
	row->off[row->n] = row->data.len;
	return 0;
}

/* One field from c->p: quoted or not; leaves c->p at the comma, the line end or the end. */
static int
field(struct csv *c, struct csv_row *row)
{
	if (begin_field(row) != 0)
		return -1;
	if (c->p < c->end && *c->p == '"') {
		for (c->p++;; c->p++) {
			if (c->p == c->end)
				return fail(row, CATP_CSV_UNCLOSED);
			if (*c->p == '"') {
				if (c->p + 1 < c->end && c->p[1] == '"')
					c->p++;
				else
					break;
			} else if (*c->p == '\n')
				c->line++;
			buf_putc(&row->data, *c->p);
			if (row->data.len > CSV_MAX_RECORD)
				return fail(row, CATP_CSV_TOO_LONG);
		}
		c->p++;
		if (c->p < c->end && *c->p != ',' && *c->p != '\n' && *c->p != '\r')
			return fail(row, CATP_CSV_AFTER_QUOTE);
	} else {
		for (; c->p < c->end && *c->p != ',' && *c->p != '\n' && *c->p != '\r'; c->p++) {
			if (*c->p == '"')
				return fail(row, CATP_CSV_QUOTE);
			buf_putc(&row->data, *c->p);
			if (row->data.len > CSV_MAX_RECORD)
				return fail(row, CATP_CSV_TOO_LONG);
		}
	}
	return end_field(row);
}

int
csv_next(struct csv *c, struct csv_row *row)
{
	buf_reset(&row->data);
	row->n = 0;
	row->error = CATP_NONE;
	row->line = c->line;
	if (c->p >= c->end)
		return 0;
	for (;;) {
		if (field(c, row) != 0)
			return -1;
		if (c->p == c->end)
			return 1;
		if (*c->p == ',') {
			c->p++;
			continue;
		}
		if (*c->p == '\r') {
			if (c->p + 1 == c->end || c->p[1] != '\n')
				return fail(row, CATP_CSV_CR);
			c->p++;
		}
		c->p++;		/* the line feed */
		c->line++;
		return 1;
	}
}

const char *
csv_field(const struct csv_row *row, unsigned i)
{
	return i < row->n ? row->data.data + row->off[i] : "";
}

void
csv_row_free(struct csv_row *row)
{
	buf_free(&row->data);
}

void
csv_put(struct buf *b, const char *s)
{
	/* Quoted also when it begins with a byte order mark, which a reader skips at the start. */
	if (strpbrk(s, ",\"\r\n") == NULL && strncmp(s, "\xEF\xBB\xBF", 3) != 0) {
		buf_puts(b, s);
		return;
	}
	buf_putc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_putc(b, '"');
		buf_putc(b, *s);
	}
	buf_putc(b, '"');
}
