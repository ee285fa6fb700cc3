/*
 * payreceipt.c — what a receipt and a fee notice print besides the figures: the amount in
 * Vietnamese words ("Năm mươi nghìn đồng") as accounting documents spell it, and the
 * VietQR (NAPAS EMVCo) payload of a bank transfer with its CRC-16/CCITT. The words are
 * numerals, part of the amount itself (as the figures are), not wording of a page: that
 * is why they are made here and not in a stylesheet.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dvc.h"

static const char *const digit[10] = {
	"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
};

static void
word(struct buf *b, const char *w)
{
	if (b->len > 0)
		buf_putc(b, ' ');
	buf_puts(b, w);
}

/*
 * One group of three digits (1..999). full: not the leading group, so its hundreds are
 * read even when 0 ("một nghìn không trăm linh năm"). The rules: 0 tens before a unit is
 * "linh"; 10 is "mười"; 1 after a tens of 2 and more is "mốt", 4 there is "tư"; 5 after
 * any tens is "lăm".
 */
static void
group(struct buf *b, unsigned n, bool full)
{
	unsigned	 h = n / 100, t = n / 10 % 10, u = n % 10;

	if (h > 0 || full) {
		word(b, digit[h]);
		word(b, "trăm");
	}
	if (t == 0) {
		if (u == 0)
			return;
		if (h > 0 || full)
			word(b, "linh");
		word(b, digit[u]);
		return;
	}
	if (t == 1)
		word(b, "mười");
	else {
		word(b, digit[t]);
		word(b, "mươi");
	}
	if (u == 1 && t >= 2)
		word(b, "mốt");
	else if (u == 4 && t >= 2)
		word(b, "tư");
	else if (u == 5)
		word(b, "lăm");
	else if (u > 0)
		word(b, digit[u]);
}

/* n (below 10^9) in words; full as for group(). */
static void
below_billion(struct buf *b, uint64_t n, bool full)
{
	static const char *const scale[3] = { "triệu", "nghìn", NULL };
	unsigned	 g[3] = { (unsigned)(n / 1000000), (unsigned)(n / 1000 % 1000), (unsigned)(n % 1000) };
	int		 i;

	for (i = 0; i < 3; i++) {
		if (g[i] == 0)
			continue;
		group(b, g[i], full);
		if (scale[i] != NULL)
			word(b, scale[i]);
		full = true;
	}
}

/* n in words: "tỷ" takes whatever stands before it, so 10^12 is "một nghìn tỷ". */
static void
number(struct buf *b, uint64_t n, bool full)
{
	if (n >= 1000000000) {
		number(b, n / 1000000000, full);
		word(b, "tỷ");
		full = true;
		n %= 1000000000;
	}
	if (n > 0)
		below_billion(b, n, full);
}

void
pay_amount_words(struct buf *b, uint64_t vnd)
{
	struct buf	 w = { 0 };

	if (vnd == 0)
		buf_puts(&w, "không");
	else
		number(&w, vnd, false);
	word(&w, "đồng");
	/* Every numeral starts with an ASCII letter: the capital is one byte. */
	if (w.data[0] >= 'a' && w.data[0] <= 'z')
		w.data[0] = (char)(w.data[0] - 'a' + 'A');
	buf_put(b, w.data, w.len);
	buf_free(&w);
}

uint16_t
crc16_ccitt(const void *data, size_t n)
{
	const unsigned char	*p = data;
	uint16_t		 crc = 0xffff;
	size_t			 i;
	int			 bit;

	for (i = 0; i < n; i++) {
		crc ^= (uint16_t)(p[i] << 8);
		for (bit = 0; bit < 8; bit++)
			crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
	}
	return crc;
}

/* Appends an EMVCo data object: id, two digits of length, value (at most 99 bytes). */
static void
tlv(struct buf *b, const char *id, const char *value)
{
	buf_printf(b, "%s%02zu%s", id, strlen(value), value);
}

static bool
all_digits(const char *s, size_t min, size_t max)
{
	size_t	 n = strlen(s), i;

	if (n < min || n > max)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

bool
vietqr_payload(struct buf *b, const char *bin, const char *account, uint64_t vnd, const char *info)
{
	struct buf	 acct = { 0 }, merchant = { 0 }, extra = { 0 };
	char		 amount[24], ascii[VIETQR_MAX_INFO + 1];
	size_t		 i, start = b->len;

	/* A bank's NAPAS BIN is 6 digits, an account number at most 19 characters. */
	if (!all_digits(bin, 6, 6) || !all_digits(account, 1, 19) || vnd > PAY_AMOUNT_MAX)
		return false;
	/* The purpose in ASCII (banks' apps show no diacritics), at most 25 characters. */
	text_ascii(info, strlen(info), ascii, sizeof(ascii));
	for (i = 0; ascii[i] != '\0'; i++)
		if ((unsigned char)ascii[i] < 0x20 || (unsigned char)ascii[i] > 0x7e)
			ascii[i] = ' ';

	tlv(&acct, "00", bin);
	tlv(&acct, "01", account);
	tlv(&merchant, "00", "A000000727");
	tlv(&merchant, "01", buf_cstr(&acct));
	tlv(&merchant, "02", "QRIBFTTA");
	tlv(b, "00", "01");
	/* 12: a code for one payment (it carries the amount); 11 would be a reusable one. */
	tlv(b, "01", vnd > 0 ? "12" : "11");
	tlv(b, "38", buf_cstr(&merchant));
	tlv(b, "53", "704");
	if (vnd > 0) {
		snprintf(amount, sizeof(amount), "%llu", (unsigned long long)vnd);
		tlv(b, "54", amount);
	}
	tlv(b, "58", "VN");
	if (ascii[0] != '\0') {
		tlv(&extra, "08", ascii);
		tlv(b, "62", buf_cstr(&extra));
	}
	buf_puts(b, "6304");
	buf_printf(b, "%04X", crc16_ccitt(b->data + start, b->len - start));
	buf_free(&acct);
	buf_free(&merchant);
	buf_free(&extra);
	return true;
}

void
xml_transfer(xmlNodePtr parent, uint64_t vnd, const char *code)
{
	struct buf	 payload = { 0 };
	xmlNodePtr	 t;

	if (conf.pay_bank_bin[0] == '\0')
		return;
	if (!vietqr_payload(&payload, conf.pay_bank_bin, conf.pay_bank_account, vnd, code)) {
		log_warn("pay_bank_bin or pay_bank_account is not valid: no VietQR code");
		return;
	}
	t = xml_elem(parent, "transfer");
	xml_text(t, "bin", conf.pay_bank_bin);
	xml_text(t, "account", conf.pay_bank_account);
	xml_text(t, "holder", conf.pay_bank_holder);
	xml_text(t, "content", code);
	xml_text(t, "payload", buf_cstr(&payload));
	xml_qr(t, buf_cstr(&payload));
	buf_free(&payload);
}
