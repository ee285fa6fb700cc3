/*
 * test-text.c — text.c: folding Vietnamese text for search (case, diacritics, đ, NFC and
 * NFD alike, punctuation, truncation, invalid UTF-8), spelling it in ASCII (file names in
 * headers) and the check of text inputs: UTF-8 of the characters text may hold, so that every
 * page's XML stays well-formed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "dvc.h"
#include "tap.h"

/* The 134 precomposed Vietnamese letters: code point, NFD form (Unicode's own
 * decomposition; Đ and đ have none), and the letter they fold to. */
static const struct {
	uint32_t	 cp;
	const char	*nfd;
	char		 base;
} letters[] = {
	{ 0x00C0, "A\xcc\x80", 'a' }, { 0x00C1, "A\xcc\x81", 'a' }, { 0x00C2, "A\xcc\x82", 'a' },
	{ 0x00C3, "A\xcc\x83", 'a' }, { 0x00C8, "E\xcc\x80", 'e' }, { 0x00C9, "E\xcc\x81", 'e' },
	{ 0x00CA, "E\xcc\x82", 'e' }, { 0x00CC, "I\xcc\x80", 'i' }, { 0x00CD, "I\xcc\x81", 'i' },
	{ 0x00D2, "O\xcc\x80", 'o' }, { 0x00D3, "O\xcc\x81", 'o' }, { 0x00D4, "O\xcc\x82", 'o' },
	{ 0x00D5, "O\xcc\x83", 'o' }, { 0x00D9, "U\xcc\x80", 'u' }, { 0x00DA, "U\xcc\x81", 'u' },
	{ 0x00DD, "Y\xcc\x81", 'y' }, { 0x00E0, "a\xcc\x80", 'a' }, { 0x00E1, "a\xcc\x81", 'a' },
	{ 0x00E2, "a\xcc\x82", 'a' }, { 0x00E3, "a\xcc\x83", 'a' }, { 0x00E8, "e\xcc\x80", 'e' },
	{ 0x00E9, "e\xcc\x81", 'e' }, { 0x00EA, "e\xcc\x82", 'e' }, { 0x00EC, "i\xcc\x80", 'i' },
	{ 0x00ED, "i\xcc\x81", 'i' }, { 0x00F2, "o\xcc\x80", 'o' }, { 0x00F3, "o\xcc\x81", 'o' },
	{ 0x00F4, "o\xcc\x82", 'o' }, { 0x00F5, "o\xcc\x83", 'o' }, { 0x00F9, "u\xcc\x80", 'u' },
	{ 0x00FA, "u\xcc\x81", 'u' }, { 0x00FD, "y\xcc\x81", 'y' }, { 0x0102, "A\xcc\x86", 'a' },
	{ 0x0103, "a\xcc\x86", 'a' }, { 0x0110, "\xc4\x90", 'd' }, { 0x0111, "\xc4\x91", 'd' },
	{ 0x0128, "I\xcc\x83", 'i' }, { 0x0129, "i\xcc\x83", 'i' }, { 0x0168, "U\xcc\x83", 'u' },
	{ 0x0169, "u\xcc\x83", 'u' }, { 0x01A0, "O\xcc\x9b", 'o' }, { 0x01A1, "o\xcc\x9b", 'o' },
	{ 0x01AF, "U\xcc\x9b", 'u' }, { 0x01B0, "u\xcc\x9b", 'u' }, { 0x1EA0, "A\xcc\xa3", 'a' },
	{ 0x1EA1, "a\xcc\xa3", 'a' }, { 0x1EA2, "A\xcc\x89", 'a' }, { 0x1EA3, "a\xcc\x89", 'a' },
	{ 0x1EA4, "A\xcc\x82\xcc\x81", 'a' }, { 0x1EA5, "a\xcc\x82\xcc\x81", 'a' }, { 0x1EA6, "A\xcc\x82\xcc\x80", 'a' },
	{ 0x1EA7, "a\xcc\x82\xcc\x80", 'a' }, { 0x1EA8, "A\xcc\x82\xcc\x89", 'a' }, { 0x1EA9, "a\xcc\x82\xcc\x89", 'a' },
	{ 0x1EAA, "A\xcc\x82\xcc\x83", 'a' }, { 0x1EAB, "a\xcc\x82\xcc\x83", 'a' }, { 0x1EAC, "A\xcc\xa3\xcc\x82", 'a' },
	{ 0x1EAD, "a\xcc\xa3\xcc\x82", 'a' }, { 0x1EAE, "A\xcc\x86\xcc\x81", 'a' }, { 0x1EAF, "a\xcc\x86\xcc\x81", 'a' },
	{ 0x1EB0, "A\xcc\x86\xcc\x80", 'a' }, { 0x1EB1, "a\xcc\x86\xcc\x80", 'a' }, { 0x1EB2, "A\xcc\x86\xcc\x89", 'a' },
	{ 0x1EB3, "a\xcc\x86\xcc\x89", 'a' }, { 0x1EB4, "A\xcc\x86\xcc\x83", 'a' }, { 0x1EB5, "a\xcc\x86\xcc\x83", 'a' },
	{ 0x1EB6, "A\xcc\xa3\xcc\x86", 'a' }, { 0x1EB7, "a\xcc\xa3\xcc\x86", 'a' }, { 0x1EB8, "E\xcc\xa3", 'e' },
	{ 0x1EB9, "e\xcc\xa3", 'e' }, { 0x1EBA, "E\xcc\x89", 'e' }, { 0x1EBB, "e\xcc\x89", 'e' },
	{ 0x1EBC, "E\xcc\x83", 'e' }, { 0x1EBD, "e\xcc\x83", 'e' }, { 0x1EBE, "E\xcc\x82\xcc\x81", 'e' },
	{ 0x1EBF, "e\xcc\x82\xcc\x81", 'e' }, { 0x1EC0, "E\xcc\x82\xcc\x80", 'e' }, { 0x1EC1, "e\xcc\x82\xcc\x80", 'e' },
	{ 0x1EC2, "E\xcc\x82\xcc\x89", 'e' }, { 0x1EC3, "e\xcc\x82\xcc\x89", 'e' }, { 0x1EC4, "E\xcc\x82\xcc\x83", 'e' },
	{ 0x1EC5, "e\xcc\x82\xcc\x83", 'e' }, { 0x1EC6, "E\xcc\xa3\xcc\x82", 'e' }, { 0x1EC7, "e\xcc\xa3\xcc\x82", 'e' },
	{ 0x1EC8, "I\xcc\x89", 'i' }, { 0x1EC9, "i\xcc\x89", 'i' }, { 0x1ECA, "I\xcc\xa3", 'i' },
	{ 0x1ECB, "i\xcc\xa3", 'i' }, { 0x1ECC, "O\xcc\xa3", 'o' }, { 0x1ECD, "o\xcc\xa3", 'o' },
	{ 0x1ECE, "O\xcc\x89", 'o' }, { 0x1ECF, "o\xcc\x89", 'o' }, { 0x1ED0, "O\xcc\x82\xcc\x81", 'o' },
	{ 0x1ED1, "o\xcc\x82\xcc\x81", 'o' }, { 0x1ED2, "O\xcc\x82\xcc\x80", 'o' }, { 0x1ED3, "o\xcc\x82\xcc\x80", 'o' },
	{ 0x1ED4, "O\xcc\x82\xcc\x89", 'o' }, { 0x1ED5, "o\xcc\x82\xcc\x89", 'o' }, { 0x1ED6, "O\xcc\x82\xcc\x83", 'o' },
	{ 0x1ED7, "o\xcc\x82\xcc\x83", 'o' }, { 0x1ED8, "O\xcc\xa3\xcc\x82", 'o' }, { 0x1ED9, "o\xcc\xa3\xcc\x82", 'o' },
	{ 0x1EDA, "O\xcc\x9b\xcc\x81", 'o' }, { 0x1EDB, "o\xcc\x9b\xcc\x81", 'o' }, { 0x1EDC, "O\xcc\x9b\xcc\x80", 'o' },
	{ 0x1EDD, "o\xcc\x9b\xcc\x80", 'o' }, { 0x1EDE, "O\xcc\x9b\xcc\x89", 'o' }, { 0x1EDF, "o\xcc\x9b\xcc\x89", 'o' },
	{ 0x1EE0, "O\xcc\x9b\xcc\x83", 'o' }, { 0x1EE1, "o\xcc\x9b\xcc\x83", 'o' }, { 0x1EE2, "O\xcc\x9b\xcc\xa3", 'o' },
	{ 0x1EE3, "o\xcc\x9b\xcc\xa3", 'o' }, { 0x1EE4, "U\xcc\xa3", 'u' }, { 0x1EE5, "u\xcc\xa3", 'u' },
	{ 0x1EE6, "U\xcc\x89", 'u' }, { 0x1EE7, "u\xcc\x89", 'u' }, { 0x1EE8, "U\xcc\x9b\xcc\x81", 'u' },
	{ 0x1EE9, "u\xcc\x9b\xcc\x81", 'u' }, { 0x1EEA, "U\xcc\x9b\xcc\x80", 'u' }, { 0x1EEB, "u\xcc\x9b\xcc\x80", 'u' },
	{ 0x1EEC, "U\xcc\x9b\xcc\x89", 'u' }, { 0x1EED, "u\xcc\x9b\xcc\x89", 'u' }, { 0x1EEE, "U\xcc\x9b\xcc\x83", 'u' },
	{ 0x1EEF, "u\xcc\x9b\xcc\x83", 'u' }, { 0x1EF0, "U\xcc\x9b\xcc\xa3", 'u' }, { 0x1EF1, "u\xcc\x9b\xcc\xa3", 'u' },
	{ 0x1EF2, "Y\xcc\x80", 'y' }, { 0x1EF3, "y\xcc\x80", 'y' }, { 0x1EF4, "Y\xcc\xa3", 'y' },
	{ 0x1EF5, "y\xcc\xa3", 'y' }, { 0x1EF6, "Y\xcc\x89", 'y' }, { 0x1EF7, "y\xcc\x89", 'y' },
	{ 0x1EF8, "Y\xcc\x83", 'y' }, { 0x1EF9, "y\xcc\x83", 'y' },
};

#define NLETTERS (sizeof(letters) / sizeof(letters[0]))

/* Encodes cp as UTF-8 (without checking it) into out; returns the length. */
static size_t
utf8_put(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* text_fold() of the n bytes at s, copied without a NUL so ASan sees reads past n, into
 * a buffer of exactly outsz bytes. The result stays valid until the next call. */
static char	 folded[1024];
static size_t	 folded_len;

static const char *
fold_n(const char *s, size_t n, size_t outsz)
{
	char	*in = xmalloc(n), *out = xmalloc(outsz);

	memcpy(in, s, n);
	folded_len = text_fold(in, n, out, outsz);
	if (outsz > 0)
		memcpy(folded, out, outsz < sizeof(folded) ? outsz : sizeof(folded));
	free(in);
	free(out);
	return folded;
}

static const char *
fold(const char *s)
{
	return fold_n(s, strlen(s), sizeof(folded));
}

static bool
valid(const char *s, size_t n)
{
	char	*copy = xmalloc(n);
	bool	 v;

	memcpy(copy, s, n);
	v = text_valid_utf8(copy, n);
	free(copy);
	return v;
}

static void
test_fold_vietnamese(void)
{
	static const char	 nfc[] = "\xc4\x90\xc4\x83ng k\xc3\xbd khai sinh";
	static const char	 nfd[] = "\xc4\x90" "a\xcc\x86" "ng ky\xcc\x81 khai sinh";

	is_str(fold("ĐĂNG KÝ KHAI SINH"), "dang ky khai sinh", "fold: ĐĂNG KÝ KHAI SINH");
	is_int((long long)folded_len, 17, "fold: returns the length");
	is_str(fold(nfc), "dang ky khai sinh", "fold: Đăng ký khai sinh (NFC)");
	is_str(fold(nfd), "dang ky khai sinh", "fold: Đăng ký khai sinh (NFD)");
	ok(strlen(nfd) > strlen(nfc), "fold: the NFD form really has combining marks");
	is_str(fold("Cấp giấy phép xây dựng"), "cap giay phep xay dung", "fold: Cấp giấy phép xây dựng");
	is_str(fold("Thủ tục hành chính"), "thu tuc hanh chinh", "fold: Thủ tục hành chính");
	is_str(fold("Đăng ký thường trú"), "dang ky thuong tru", "fold: Đăng ký thường trú");
	is_str(fold("Tỉnh Thanh Hóa"), "tinh thanh hoa", "fold: Tỉnh Thanh Hóa (modern tone)");
	is_str(fold("Tỉnh Thanh Hoá"), "tinh thanh hoa", "fold: Tỉnh Thanh Hoá (old tone)");
	is_str(fold("NGƯỜI ƯU TIÊN Ở ĐÂY"), "nguoi uu tien o day", "fold: upper-case ư, ơ, ê, đ");
	is_str(fold("CAFÉ"), "cafe", "fold: Latin-1 É");
}

static void
test_fold_letters(void)
{
	static const char	 vowels[] = "aăâeêioôơuưy";
	/* The NFD marks of the vowels above, in UTF-8; "" for none. */
	static const char	*mods[] = { "", "\xcc\x86", "\xcc\x82", "", "\xcc\x82", "", "",
		"\xcc\x82", "\xcc\x9b", "", "\xcc\x9b", "" };
	static const char	*tones[] = { "", "\xcc\x80", "\xcc\x81", "\xcc\x89", "\xcc\x83",
		"\xcc\xa3" };
	static const char	 plain[] = "aaaeeiooouuy";
	char			 nfc[8], s[32], want[4];
	size_t			 i, j, n, v, t, bad;
	int			 upper;

	is_int((long long)NLETTERS, 134, "letters: the table has 134 letters");
	for (i = 0, bad = 0; i < NLETTERS; i++)
		for (j = i + 1; j < NLETTERS; j++)
			bad += letters[i].cp == letters[j].cp;
	is_int((long long)bad, 0, "letters: no letter twice");

	for (i = 0; i < NLETTERS; i++) {
		n = utf8_put(letters[i].cp, nfc);
		nfc[n] = '\0';
		want[0] = letters[i].base;
		want[1] = '\0';
		bad = strcmp(fold(nfc), want) != 0;
		bad |= strcmp(fold(letters[i].nfd), want) != 0;
		snprintf(s, sizeof(s), "k%st", nfc);
		bad |= strcmp(fold(s), (char[]){ 'k', want[0], 't', '\0' }) != 0;
		bad |= !valid(nfc, n);
		ok(!bad, "letters: %s (U+%04X) folds to %s, also in NFD and inside a word", nfc,
		    (unsigned)letters[i].cp, want);
	}

	/* Every vowel with each tone, in both cases, built from combining marks. */
	for (v = 0, bad = 0, n = 0; v < sizeof(plain) - 1; v++)
		for (t = 0; t < 6; t++)
			for (upper = 0; upper < 2; upper++) {
				snprintf(s, sizeof(s), "%c%s%s", upper ? plain[v] - 'a' + 'A' :
				    plain[v], mods[v], tones[t]);
				want[0] = plain[v];
				want[1] = '\0';
				if (strcmp(fold(s), want) != 0) {
					diag("%s folds to '%s'", s, folded);
					bad++;
				}
				n++;
			}
	ok(bad == 0 && n == 144, "letters: %zu vowel, tone and case combinations in NFD (%s)", n,
	    vowels);
}

/* text_ascii() of s, from a copy of exactly its bytes, into a buffer of exactly outsz bytes. */
static char	 spelt[1024];

static const char *
ascii_n(const char *s, size_t n, size_t outsz)
{
	char	*in = xmalloc(n), *out = xmalloc(outsz);
	size_t	 len;

	memcpy(in, s, n);
	len = text_ascii(in, n, out, outsz);
	snprintf(spelt, sizeof(spelt), "%.*s", (int)len, out);
	free(in);
	free(out);
	return spelt;
}

static const char *
ascii(const char *s)
{
	return ascii_n(s, strlen(s), sizeof(spelt));
}

static void
test_ascii(void)
{
	char	 nfc[8], want[2];
	size_t	 i, n, bad;
	bool	 upper;

	is_str(ascii("Tờ khai \"đặc biệt\".pdf"), "To khai \"dac biet\".pdf",
	    "ascii: diacritics dropped, punctuation kept");
	is_str(ascii("ĐƠN ĐỀ NGHỊ Ưu Tiên.docx"), "DON DE NGHI Uu Tien.docx", "ascii: case kept");
	is_str(ascii("Gia\xcc\x82\xcc\x81y ba\xcc\x81o tu\xcc\x9b.pdf"), "Giay bao tu.pdf",
	    "ascii: NFD (macOS names) too");
	is_str(ascii("Café Ünïcode ß"), "Cafe Unicode s", "ascii: Latin-1 letters");
	is_str(ascii("a\tb\\c%d/e;f"), "a\tb\\c%d/e;f", "ascii: ASCII untouched, controls included");
	is_str(ascii("東京 ×2 😀.jpg"), "__ _2 _.jpg", "ascii: one '_' for any other character");
	is_str(ascii("a\xff\xc3"), "a__", "ascii: one '_' per invalid byte");
	is_str(ascii_n("abcdef", 6, 4), "abc", "ascii: truncated to outsz - 1");
	is_str(ascii_n("đđđ", 6, 3), "dd", "ascii: truncation counts output bytes");
	is_int((long long)text_ascii("abc", 3, spelt, 0), 0, "ascii: outsz 0 writes nothing");

	for (i = 0, bad = 0; i < NLETTERS; i++) {
		n = utf8_put(letters[i].cp, nfc);
		nfc[n] = '\0';
		upper = letters[i].cp == 0x110 || (letters[i].nfd[0] >= 'A' && letters[i].nfd[0] <= 'Z');
		want[0] = upper ? (char)(letters[i].base - 'a' + 'A') : letters[i].base;
		want[1] = '\0';
		if (strcmp(ascii(nfc), want) != 0 || strcmp(ascii(letters[i].nfd), want) != 0) {
			diag("%s (U+%04X) spells '%s', want '%s'", nfc, (unsigned)letters[i].cp,
			    spelt, want);
			bad++;
		}
	}
	is_int((long long)bad, 0, "ascii: each of the 134 letters, NFC and NFD, to its letter and case");
}

static void
test_fold_shape(void)
{
	static const char	 full[] = "dang ky khai sinh";
	char			 want[32];
	size_t			 outsz, bad;

	is_str(fold("Thủ tục: đăng ký -- khai sinh!!!"), "thu tuc dang ky khai sinh",
	    "fold: punctuation becomes one space");
	is_str(fold("a  \t\n b\r\n\r\nc"), "a b c", "fold: runs of white space collapse");
	is_str(fold("Mã hồ sơ H56.23-0001"), "ma ho so h56 23 0001", "fold: digits kept");
	is_str(fold("   ...Khai sinh...   "), "khai sinh", "fold: leading and trailing trimmed");
	is_str(fold("!!! ... ???"), "", "fold: only punctuation is empty");
	is_int((long long)folded_len, 0, "fold: only punctuation has length 0");
	is_str(fold(""), "", "fold: empty input");
	is_str(fold("2×3÷4"), "2 3 4", "fold: × and ÷ are not letters");
	is_str(fold("ab中cd"), "ab cd", "fold: CJK is a space");
	is_str(fold("Москва"), "", "fold: Cyrillic is dropped");
	is_str(fold("a😀b"), "a b", "fold: emoji is a space");
	is_str(fold("a\xcc\x81\xcc\x81\xcc\x81" "b"), "ab", "fold: several combining marks dropped");
	is_str(fold("\xcc\x81" "a"), "a", "fold: a leading combining mark dropped");
	is_str(fold("a \xcc\x81 b"), "a b", "fold: a combining mark between spaces");
	is_str(fold_n("ab\0cd", 5, sizeof(folded)), "ab cd", "fold: NUL inside the length");

	is_str(fold("a\x80" "b"), "a b", "fold: lone continuation byte is a space");
	is_str(fold("a\xc0\x80" "b"), "a b", "fold: overlong C0 80 is a space");
	is_str(fold("a\xed\xa0\x80" "b"), "a b", "fold: surrogate ED A0 80 is a space");
	is_str(fold("ab\xe1\xba"), "ab", "fold: truncated sequence at the end");
	is_str(fold("\xe1\xba" "a"), "a", "fold: truncated sequence before ASCII");
	is_str(fold("x\xf8\x88\x80\x80\x80y"), "x y", "fold: five-byte form is spaces");
	is_str(fold("x\xf4\x90\x80\x80y"), "x y", "fold: above U+10FFFF is a space");
	is_str(fold("\xff\xfe\xff"), "", "fold: only invalid bytes");
	is_str(fold_n("\xc4", 1, sizeof(folded)), "", "fold: lone lead byte at the end");

	for (outsz = 1, bad = 0; outsz <= sizeof(full) + 2; outsz++) {
		size_t	 n = outsz - 1 < sizeof(full) - 1 ? outsz - 1 : sizeof(full) - 1;

		memcpy(want, full, n);
		while (n > 0 && want[n - 1] == ' ')
			n--;
		want[n] = '\0';
		fold_n("ĐĂNG KÝ KHAI SINH", strlen("ĐĂNG KÝ KHAI SINH"), outsz);
		if (strcmp(folded, want) != 0 || folded_len != n) {
			diag("outsz %zu: '%s' (%zu), want '%s'", outsz, folded, folded_len, want);
			bad++;
		}
	}
	ok(bad == 0, "fold: every output size from 1 to %zu truncates, trims and terminates",
	    sizeof(full) + 2);
	fold_n("abc", 3, 6);
	is_str(folded, "abc", "fold: room to spare");
	fold_n("abc def", 7, 5);
	is_str(folded, "abc", "fold: cut after a space, the space trimmed");
	is_int((long long)folded_len, 3, "fold: cut length");
	fold_n("đđđđ", strlen("đđđđ"), 3);
	is_str(folded, "dd", "fold: multibyte input into 3 bytes");

	{
		char	 canary[2] = { 'X', 'Y' };

		is_int((long long)text_fold("abc", 3, canary, 0), 0, "fold: outsz 0 returns 0");
		ok(canary[0] == 'X' && canary[1] == 'Y', "fold: outsz 0 writes nothing");
		is_int((long long)text_fold("abc", 3, canary, 1), 0, "fold: outsz 1 returns 0");
		ok(canary[0] == '\0' && canary[1] == 'Y', "fold: outsz 1 writes only the NUL");
	}
}

/* Each Unicode scalar value is valid text unless a control; text_fold() gives it at most
 * one [a-z0-9]. */
static void
test_every_code_point(void)
{
	char		 s[4], out[4];
	uint32_t	 cp;
	size_t		 n, bad_valid = 0, bad_fold = 0, bad_surrogate = 0, bad_overlong = 0;
	size_t		 bad_char = 0, nrefused = 0;
	bool		 control;

	for (cp = 0; cp <= 0x10ffff; cp++) {
		n = utf8_put(cp, s);
		if (cp >= 0xd800 && cp <= 0xdfff) {
			bad_surrogate += text_valid_utf8(s, n);
			continue;
		}
		/* Controls (C0 but tab, LF, CR; DEL; C1) and the 66 noncharacters. */
		control = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7f ||
		    (cp >= 0x80 && cp < 0xa0) || (cp >= 0xfdd0 && cp <= 0xfdef) ||
		    (cp & 0xffff) == 0xfffe || (cp & 0xffff) == 0xffff;
		nrefused += control;
		if ((text_char(s, n) == n) == control) {
			if (bad_char++ < 5)
				diag("U+%04X: text_char says %zu", (unsigned)cp, text_char(s, n));
		}
		if (text_valid_utf8(s, n) == control) {
			if (bad_valid++ < 5)
				diag("U+%04X: text_valid_utf8 says %d", (unsigned)cp, !control);
		}
		n = text_fold(s, n, out, sizeof(out));
		if (n > 1 || strlen(out) != n || (n == 1 && !((out[0] >= 'a' && out[0] <= 'z') ||
		    (out[0] >= '0' && out[0] <= '9')))) {
			if (bad_fold++ < 5)
				diag("U+%04X folds to '%s'", (unsigned)cp, out);
		}
	}
	/* Overlong forms: two bytes for < U+0080, three for < U+0800, four for < U+10000. */
	for (cp = 0; cp < 0x10000; cp++) {
		char	 o[4];

		if (cp < 0x80) {
			o[0] = (char)(0xc0 | cp >> 6);
			o[1] = (char)(0x80 | (cp & 0x3f));
			bad_overlong += text_valid_utf8(o, 2);
		}
		if (cp < 0x800) {
			o[0] = (char)0xe0;
			o[1] = (char)(0x80 | cp >> 6);
			o[2] = (char)(0x80 | (cp & 0x3f));
			bad_overlong += text_valid_utf8(o, 3);
		}
		o[0] = (char)0xf0;
		o[1] = (char)(0x80 | cp >> 12);
		o[2] = (char)(0x80 | (cp >> 6 & 0x3f));
		o[3] = (char)(0x80 | (cp & 0x3f));
		bad_overlong += text_valid_utf8(o, 4);
	}
	is_int((long long)bad_valid, 0, "every code point: valid unless a control or a noncharacter");
	is_int((long long)bad_char, 0, "every code point: text_char() agrees");
	/* 29 C0, DEL, 32 C1, 32 in U+FDD0..U+FDEF, 2 in each of the 17 planes. */
	is_int((long long)nrefused, 29 + 1 + 32 + 32 + 34, "every code point: 128 refused");
	is_int((long long)bad_surrogate, 0, "every surrogate: invalid");
	is_int((long long)bad_overlong, 0, "every overlong form: invalid");
	is_int((long long)bad_fold, 0, "every code point: folds to at most one [a-z0-9]");
}

static void
test_valid_utf8(void)
{
	static const struct {
		const char	*s;
		size_t		 n;
		bool		 want;
		const char	*what;
	} t[] = {
		{ "", 0, true, "empty" },
		{ "abc", 3, true, "ASCII" },
		{ "đăng ký", sizeof("đăng ký") - 1, true, "Vietnamese" },
		{ "a\tb\nc\r", 6, true, "tab, LF, CR" },
		{ "\xf0\x9f\x98\x80", 4, true, "emoji (4 bytes)" },
		{ "\xef\xbf\xbd", 3, true, "U+FFFD" },
		{ "\xf4\x8f\xbf\xbf", 4, false, "noncharacter U+10FFFF" },
		{ "\xf4\x8f\xbf\xbd", 4, true, "U+10FFFD" },
		{ "\xef\xbf\xbe", 3, false, "U+FFFE (XML forbids it)" },
		{ "a\xef\xbf\xbf", 4, false, "U+FFFF after a letter (XML forbids it)" },
		{ "\xef\xb7\x90", 3, false, "noncharacter U+FDD0" },
		{ "\xef\xb7\xaf", 3, false, "noncharacter U+FDEF" },
		{ "\xef\xb7\x8f", 3, true, "U+FDCF (before the noncharacters)" },
		{ "\xef\xb7\xb0", 3, true, "U+FDF0 (after the noncharacters)" },
		{ "\xf0\x9f\xbf\xbe", 4, false, "noncharacter U+1FFFE" },
		{ "\xf3\xbf\xbf\xbf", 4, false, "noncharacter U+FFFFF" },
		{ "\xc2\x9b", 2, false, "C1 control U+009B (CSI)" },
		{ "\xe0\xa0\x80", 3, true, "U+0800" },
		{ "\xc2\xa0", 2, true, "U+00A0 no-break space" },
		{ "\x80", 1, false, "lone continuation 80" },
		{ "\xbf", 1, false, "lone continuation BF" },
		{ "\xc0\x80", 2, false, "overlong C0 80" },
		{ "\xc1\xbf", 2, false, "overlong C1 BF" },
		{ "\xe0\x80\x80", 3, false, "overlong E0 80 80" },
		{ "\xe0\x9f\xbf", 3, false, "overlong E0 9F BF" },
		{ "\xf0\x80\x80\x80", 4, false, "overlong F0 80 80 80" },
		{ "\xf0\x8f\xbf\xbf", 4, false, "overlong F0 8F BF BF" },
		{ "\xed\xa0\x80", 3, false, "surrogate ED A0 80" },
		{ "\xed\xbf\xbf", 3, false, "surrogate ED BF BF" },
		{ "\xf4\x90\x80\x80", 4, false, "above U+10FFFF" },
		{ "\xf5\x80\x80\x80", 4, false, "lead byte F5" },
		{ "\xf8\x88\x80\x80\x80", 5, false, "five-byte form" },
		{ "\xfe", 1, false, "byte FE" },
		{ "\xff", 1, false, "byte FF" },
		{ "\xc3", 1, false, "truncated 2-byte" },
		{ "\xe1\xba", 2, false, "truncated 3-byte" },
		{ "\xf0\x9f\x98", 3, false, "truncated 4-byte" },
		{ "\xc3\x41", 2, false, "bad continuation" },
		{ "\xe1\x41\xba", 3, false, "bad second byte of three" },
		{ "abc\xc3", 4, false, "valid text then a truncated sequence" },
		{ "a\0b", 3, false, "NUL" },
		{ "\x01", 1, false, "control 01" },
		{ "\x1b[0m", 4, false, "escape" },
		{ "\x0b", 1, false, "vertical tab" },
		{ "\x0c", 1, false, "form feed" },
		{ "\x7f", 1, false, "DEL" },
		{ "\xc2\x80", 2, false, "C1 control U+0080" },
		{ "\xc2\x85", 2, false, "C1 control U+0085 (NEL)" },
		{ "\xc2\x9f", 2, false, "C1 control U+009F" },
		{ "ab\x01", 2, true, "stops at n (control after n)" },
		{ "\xc4\x91", 1, false, "stops at n (sequence cut by n)" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		ok(valid(t[i].s, t[i].n) == t[i].want, "valid_utf8: %s is %s", t[i].what,
		    t[i].want ? "valid" : "invalid");
}

/* One <t a="TEXT">TEXT</t> document, serialised by libxml2 as render_xml() does, parsed
 * back; true when it is well-formed and both copies of the text came back unchanged. */
static bool
xml_round_trip(const char *text, size_t n)
{
	xmlDocPtr	 doc = xmlNewDoc((const xmlChar *)"1.0"), back;
	xmlNodePtr	 root;
	xmlChar		*out = NULL, *content, *attr;
	int		 len = 0;
	bool		 same = false;
	char		*t = xstrndup(text, n);

	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"t", NULL);
	xmlDocSetRootElement(doc, root);
	xmlNodeAddContent(root, (const xmlChar *)t);
	xmlNewProp(root, (const xmlChar *)"a", (const xmlChar *)t);
	xmlDocDumpMemoryEnc(doc, &out, &len, "UTF-8");
	back = xmlReadMemory((const char *)out, len, NULL, "UTF-8", XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (back != NULL) {
		content = xmlNodeGetContent(xmlDocGetRootElement(back));
		attr = xmlGetProp(xmlDocGetRootElement(back), (const xmlChar *)"a");
		same = content != NULL && attr != NULL && strcmp((char *)content, t) == 0 &&
		    strcmp((char *)attr, t) == 0;
		xmlFree(content);
		xmlFree(attr);
		xmlFreeDoc(back);
	}
	xmlFree(out);
	xmlFreeDoc(doc);
	free(t);
	return same;
}

/* Every character text_valid_utf8() accepts makes a well-formed XML document that keeps it
 * (?format=xml); each one XML 1.0 forbids is refused. */
static void
test_xml_well_formed(void)
{
	struct buf	 b = { 0 };
	uint32_t	 cp, start;
	char		 s[4];
	size_t		 n, bad_chunks = 0, chunks = 0, bad_forbidden = 0;

	for (start = 0; start <= 0x10ffff; start += 0x1000) {
		buf_reset(&b);
		for (cp = start; cp < start + 0x1000 && cp <= 0x10ffff; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff)
				continue;
			n = utf8_put(cp, s);
			if (text_valid_utf8(s, n))
				buf_put(&b, s, n);
		}
		chunks++;
		if (!xml_round_trip(buf_cstr(&b), b.len) && bad_chunks++ < 3)
			diag("U+%04X..: not well-formed or changed", (unsigned)start);
	}
	buf_free(&b);
	is_int((long long)bad_chunks, 0, "xml: every accepted character, in %zu documents, "
	    "well-formed and unchanged", chunks);
	for (cp = 0; cp < 0x20; cp++) {
		s[0] = (char)cp;
		if (cp != '\t' && cp != '\n' && cp != '\r')
			bad_forbidden += text_valid_utf8(s, 1);
	}
	bad_forbidden += text_valid_utf8("\xef\xbf\xbe", 3) + text_valid_utf8("\xef\xbf\xbf", 3) +
	    text_valid_utf8("\xed\xa0\x80", 3) + text_valid_utf8("\xed\xbf\xbf", 3);
	is_int((long long)bad_forbidden, 0, "xml: C0 controls, U+FFFE, U+FFFF, surrogates refused");
	ok(!xml_round_trip("a\x01b", 3), "xml: the round trip itself fails on U+0001 (the test can fail)");
	ok(!xml_round_trip("a\xef\xbf\xbe", 4), "xml: the round trip itself fails on U+FFFE");
}

int
main(void)
{
	test_fold_vietnamese();
	test_fold_letters();
	test_fold_shape();
	test_every_code_point();
	test_ascii();
	test_valid_utf8();
	test_xml_well_formed();
	return done_testing();
}
