/*
 * fuzz-fold.c — libFuzzer harness for Vietnamese text (text.c).
 *
 * text_fold() of the input into buffers of several sizes: the output is [a-z0-9 ] without
 * double, leading or trailing spaces, NUL-terminated within the buffer; a smaller buffer
 * gives a prefix of the full fold; folding twice changes nothing. text_valid_utf8() must
 * agree with the reference below. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* UTF-8 by the table of well-formed byte sequences (Unicode 15, table 3-7), without
 * controls other than tab, LF and CR: C0, DEL and C1 (C2 80..C2 9F), nor noncharacters. */
static bool
reference_valid(const uint8_t *s, size_t n)
{
	size_t	 i = 0, len, k;
	uint8_t	 lo, hi;

	while (i < n) {
		uint8_t	 c = s[i];

		lo = 0x80;
		hi = 0xbf;
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
				return false;
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf)
			len = 2;
		else if (c >= 0xe0 && c <= 0xef) {
			len = 3;
			if (c == 0xe0)
				lo = 0xa0;
			else if (c == 0xed)
				hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			len = 4;
			if (c == 0xf0)
				lo = 0x90;
			else if (c == 0xf4)
				hi = 0x8f;
		} else
			return false;
		if (n - i < len)
			return false;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return false;
		for (k = 2; k < len; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xbf)
				return false;
		if (c == 0xc2 && s[i + 1] < 0xa0)
			return false;
		/* Noncharacters: U+FDD0..U+FDEF (EF B7 90..AF), the last two of every plane
		 * (EF BF BE/BF; F? ?F BF BE/BF). */
		if (c == 0xef && s[i + 1] == 0xb7 && s[i + 2] >= 0x90 && s[i + 2] <= 0xaf)
			return false;
		if ((c == 0xef && s[i + 1] == 0xbf && s[i + 2] >= 0xbe) || (len == 4 &&
		    (s[i + 1] & 0x0f) == 0x0f && s[i + 2] == 0xbf && s[i + 3] >= 0xbe))
			return false;
		i += len;
	}
	return true;
}

/* Folds in into a buffer of exactly outsz bytes and checks the shape; returns it (freed
 * by the caller) and its length in *len. */
static char *
fold_checked(const char *in, size_t n, size_t outsz, size_t *len)
{
	char	*out = malloc(outsz ? outsz : 1);
	size_t	 i;

	if (out == NULL)
		abort();
	out[0] = 'X';
	*len = text_fold(in, n, out, outsz);
	if (outsz == 0) {
		if (*len != 0 || out[0] != 'X')
			abort();
		out[0] = '\0';
		return out;
	}
	if (*len >= outsz || out[*len] != '\0' || strlen(out) != *len)
		abort();
	for (i = 0; i < *len; i++) {
		if (!((out[i] >= 'a' && out[i] <= 'z') || (out[i] >= '0' && out[i] <= '9') ||
		    out[i] == ' '))
			abort();
		if (out[i] == ' ' && (i == 0 || i + 1 == *len || out[i - 1] == ' '))
			abort();
	}
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t	 sizes[] = { 0, 1, 2, 3, 5, 8, 17, 64 };
	char			*in = malloc(size ? size : 1), *full, *part, *again;
	size_t			 flen, plen, alen, i, want;

	if (in == NULL)
		abort();
	memcpy(in, data, size);

	/* Every input byte gives at most one output byte. */
	full = fold_checked(in, size, size + 1, &flen);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		part = fold_checked(in, size, sizes[i], &plen);
		/* A cut output is the full one cut to outsz - 1 bytes, a trailing space dropped. */
		want = sizes[i] == 0 ? 0 : sizes[i] - 1 < flen ? sizes[i] - 1 : flen;
		if (want > 0 && want < flen && full[want - 1] == ' ')
			want--;
		if (plen != want || memcmp(part, full, plen) != 0)
			abort();
		free(part);
	}
	again = fold_checked(full, flen, flen + 1, &alen);
	if (alen != flen || memcmp(again, full, flen) != 0)
		abort();
	if (!text_valid_utf8(full, flen))
		abort();
	free(again);
	free(full);

	if (text_valid_utf8(in, size) != reference_valid(data, size))
		abort();
	free(in);
	return 0;
}
