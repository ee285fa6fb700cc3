/*
 * text.c — Vietnamese text: UTF-8 checks and the folding that makes search ignore
 * case and diacritics ("ĐĂNG KÝ" and "dang ky" both fold to "dang ky").
 */
#include <string.h>

#include "dvc.h"

/* U+00C0..U+00FF; '\0' where the character is not a letter. */
static const char latin1_base[64] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* Decodes one UTF-8 sequence at s (n bytes available). Returns its length and stores the
 * code point, or returns 0 when the sequence is invalid (overlong, surrogate, truncated). */
static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t	 c;
	size_t		 len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	} else if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/*
 * The code points no text of ours may hold. XML 1.0 (section 2.2, Char) forbids the C0 controls
 * but tab, LF and CR, the surrogates (never decoded: utf8_decode() refuses them) and U+FFFE,
 * U+FFFF; a page document holding one is not well-formed, so ?format=xml would break. The
 * same section discourages DEL, the C1 controls U+0080..U+009F and Unicode's noncharacters
 * (U+FDD0..U+FDEF and the last two code points of every plane): we refuse them too. No
 * Vietnamese text contains a C1 control; one arrives only from text decoded with the wrong
 * code page (Windows-1252 bytes read as Latin-1) or as a terminal escape (U+009B is CSI),
 * XML 1.1 allows them only as character references, and a browser shows them as nothing, so
 * what an officer reads would differ from what was stored.
 */
static bool
char_allowed(uint32_t cp)
{
	if (cp < 0x20)
		return cp == '\t' || cp == '\n' || cp == '\r';
	if (cp >= 0x7f && cp < 0xa0)
		return false;
	if (cp >= 0xfdd0 && cp <= 0xfdef)
		return false;
	return (cp & 0xfffe) != 0xfffe;
}

size_t
text_char(const char *s, size_t n)
{
	uint32_t	 cp;
	size_t		 len;

	if (n == 0 || (len = utf8_decode((const unsigned char *)s, n, &cp)) == 0)
		return 0;
	return char_allowed(cp) ? len : 0;
}

bool
text_valid_utf8(const char *s, size_t n)
{
	size_t	 i = 0, len;

	while (i < n) {
		if ((len = text_char(s + i, n - i)) == 0)
			return false;
		i += len;
	}
	return true;
}

/* The ASCII letter a Vietnamese (or Latin-1) letter folds to, 0 for a combining mark to
 * drop, or ' ' for anything else. */
static char
fold_char(uint32_t cp)
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z')
			return (char)(cp - 'A' + 'a');
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
			return (char)cp;
		return ' ';
	}
	if (cp >= 0xc0 && cp <= 0xff)
		return latin1_base[cp - 0xc0] ? latin1_base[cp - 0xc0] : ' ';
	if (cp >= 0x300 && cp <= 0x36f)
		return 0;
	switch (cp) {
	case 0x102: case 0x103:
		return 'a';
	case 0x110: case 0x111:
		return 'd';
	case 0x128: case 0x129:
		return 'i';
	case 0x168: case 0x169: case 0x1af: case 0x1b0:
		return 'u';
	case 0x1a0: case 0x1a1:
		return 'o';
	}
	if (cp >= 0x1ea0 && cp <= 0x1eb7)
		return 'a';
	if (cp >= 0x1eb8 && cp <= 0x1ec7)
		return 'e';
	if (cp >= 0x1ec8 && cp <= 0x1ecb)
		return 'i';
	if (cp >= 0x1ecc && cp <= 0x1ee3)
		return 'o';
	if (cp >= 0x1ee4 && cp <= 0x1ef1)
		return 'u';
	if (cp >= 0x1ef2 && cp <= 0x1ef9)
		return 'y';
	return ' ';
}

size_t
text_fold(const char *in, size_t inlen, char *out, size_t outsz)
{
	const unsigned char	*p = (const unsigned char *)in;
	size_t			 i = 0, o = 0, len;
	uint32_t		 cp;
	char			 c;
	bool			 space = true;	/* no leading space */

	if (outsz == 0)
		return 0;
	while (i < inlen && o + 1 < outsz) {
		if ((len = utf8_decode(p + i, inlen - i, &cp)) == 0) {
			len = 1;
			cp = ' ';
		}
		i += len;
		if ((c = fold_char(cp)) == 0)
			continue;
		if (c == ' ') {
			if (!space)
				out[o++] = ' ';
			space = true;
		} else {
			out[o++] = c;
			space = false;
		}
	}
	if (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

/* True for the capital letters fold_char() knows: Latin-1's, and the even code points of the
 * Vietnamese ranges but for ư (U+01B0), whose capital Ư (U+01AF) is odd. */
static bool
upper_char(uint32_t cp)
{
	if (cp >= 0xc0 && cp <= 0xde)
		return true;
	return cp == 0x1af || (cp >= 0x100 && cp != 0x1b0 && cp % 2 == 0);
}

size_t
text_ascii(const char *in, size_t inlen, char *out, size_t outsz)
{
	const unsigned char	*p = (const unsigned char *)in;
	size_t			 i = 0, o = 0, len;
	uint32_t		 cp;
	char			 c;

	if (outsz == 0)
		return 0;
	while (i < inlen && o + 1 < outsz) {
		if ((len = utf8_decode(p + i, inlen - i, &cp)) == 0) {
			len = 1;
			cp = 0xfffd;
		}
		i += len;
		if (cp < 0x80) {
			out[o++] = (char)cp;
			continue;
		}
		if ((c = fold_char(cp)) == 0)
			continue;	/* a combining mark (NFD): its letter is already out */
		if (c == ' ')
			c = '_';
		else if (upper_char(cp))
			c = (char)(c - 'a' + 'A');
		out[o++] = c;
	}
	out[o] = '\0';
	return o;
}

size_t
text_prefix(const char *s, size_t max)
{
	size_t	 n = strlen(s);

	if (n <= max)
		return n;
	/* Back off to the start of the character that would be cut. */
	while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	return max;
}
