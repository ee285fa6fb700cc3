/*
 * test-payreceipt.c — payreceipt.c: the amount in Vietnamese words as receipts write it
 * (linh, mười/mươi, mốt, tư, lăm, không trăm in inner groups, nghìn/triệu/tỷ), and the
 * VietQR payload: the CRC against its published check value and a payload published by
 * another implementation, fields, limits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

static void
test_words(void)
{
	static const struct {
		uint64_t	 n;
		const char	*words;
	} cases[] = {
		{ 0, "Không đồng" },
		{ 1, "Một đồng" },
		{ 5, "Năm đồng" },
		{ 7, "Bảy đồng" },
		{ 10, "Mười đồng" },
		{ 11, "Mười một đồng" },
		{ 14, "Mười bốn đồng" },
		{ 15, "Mười lăm đồng" },
		{ 20, "Hai mươi đồng" },
		{ 21, "Hai mươi mốt đồng" },
		{ 24, "Hai mươi tư đồng" },
		{ 25, "Hai mươi lăm đồng" },
		{ 40, "Bốn mươi đồng" },
		{ 44, "Bốn mươi tư đồng" },
		{ 55, "Năm mươi lăm đồng" },
		{ 81, "Tám mươi mốt đồng" },
		{ 100, "Một trăm đồng" },
		{ 101, "Một trăm linh một đồng" },
		{ 104, "Một trăm linh bốn đồng" },
		{ 105, "Một trăm linh năm đồng" },
		{ 110, "Một trăm mười đồng" },
		{ 111, "Một trăm mười một đồng" },
		{ 115, "Một trăm mười lăm đồng" },
		{ 121, "Một trăm hai mươi mốt đồng" },
		{ 999, "Chín trăm chín mươi chín đồng" },
		{ 1000, "Một nghìn đồng" },
		{ 1005, "Một nghìn không trăm linh năm đồng" },
		{ 1050, "Một nghìn không trăm năm mươi đồng" },
		{ 1234, "Một nghìn hai trăm ba mươi tư đồng" },
		{ 10000, "Mười nghìn đồng" },
		{ 15000, "Mười lăm nghìn đồng" },
		{ 21000, "Hai mươi mốt nghìn đồng" },
		{ 30000, "Ba mươi nghìn đồng" },
		{ 50000, "Năm mươi nghìn đồng" },
		{ 100000, "Một trăm nghìn đồng" },
		{ 105000, "Một trăm linh năm nghìn đồng" },
		{ 250000, "Hai trăm năm mươi nghìn đồng" },
		{ 1000000, "Một triệu đồng" },
		{ 1000001, "Một triệu không trăm linh một đồng" },
		{ 1000050, "Một triệu không trăm năm mươi đồng" },
		{ 1000500, "Một triệu năm trăm đồng" },
		{ 1500000, "Một triệu năm trăm nghìn đồng" },
		{ 2005000, "Hai triệu không trăm linh năm nghìn đồng" },
		{ 12345678, "Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng" },
		{ 1000000000, "Một tỷ đồng" },
		{ 1000000005, "Một tỷ không trăm linh năm đồng" },
		{ 2500000000, "Hai tỷ năm trăm triệu đồng" },
		{ 1000000000000, "Một nghìn tỷ đồng" },
		{ 1234567891011, "Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm "
		    "chín mươi mốt nghìn không trăm mười một đồng" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct buf	 b = { 0 };

		pay_amount_words(&b, cases[i].n);
		is_str(buf_cstr(&b), cases[i].words, "%llu in words", (unsigned long long)cases[i].n);
		buf_free(&b);
	}
	{
		struct buf	 b = { 0 };

		buf_puts(&b, "Bằng chữ: ");
		pay_amount_words(&b, 50000);
		is_str(buf_cstr(&b), "Bằng chữ: Năm mươi nghìn đồng", "appends to what the buffer holds");
		buf_free(&b);
	}
}

static void
test_vietqr(void)
{
	struct buf	 b = { 0 };
	const char	*published = "00020101021238570010A00000072701270006970415011300110019324180208"
	    "QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C";

	is_int(crc16_ccitt("123456789", 9), 0x29B1, "CRC-16/CCITT-FALSE check value");
	is_int(crc16_ccitt(published, strlen(published) - 4), 0xC15C, "CRC of a published payload");
	ok(vietqr_payload(&b, "970415", "0011001932418", 120000, "ủng hộ lũ lụt"), "a payload is built");
	/* The published one spells the purpose in lower case; ours keeps the case (none here). */
	is_str(buf_cstr(&b), published, "the published payload, byte for byte");

	buf_reset(&b);
	ok(vietqr_payload(&b, "970436", "1234567890", 50000, "Lệ phí hồ sơ 000.00.12.H12-261204-0001"),
	    "a dossier's fee");
	ok(strstr(b.data, "540550000") != NULL, "… amount 50000");
	ok(strstr(b.data, "0825Le phi ho so 000.00.12.") != NULL, "… purpose in ASCII, cut to 25");
	ok(strncmp(b.data + b.len - 8, "6304", 4) == 0, "… ends with 6304 and the CRC");
	is_int(crc16_ccitt(b.data, b.len - 4), strtol(b.data + b.len - 4, NULL, 16), "… which checks");

	buf_reset(&b);
	ok(vietqr_payload(&b, "970436", "1234567890", 0, ""), "no amount, no purpose");
	ok(strstr(b.data, "010211") != NULL && strstr(b.data, "53037045802VN6304") != NULL,
	    "… a static code, no 54 and no 62 object");

	buf_reset(&b);
	ok(!vietqr_payload(&b, "97041", "1", 1, "x"), "a BIN of 5 digits refused");
	ok(!vietqr_payload(&b, "97041A", "1", 1, "x"), "a BIN with a letter refused");
	ok(!vietqr_payload(&b, "970415", "", 1, "x"), "an empty account refused");
	ok(!vietqr_payload(&b, "970415", "12345678901234567890", 1, "x"), "an account of 20 digits refused");
	ok(!vietqr_payload(&b, "970415", "12 34", 1, "x"), "an account with a space refused");
	is_int((long)b.len, 0, "… appending nothing");
	buf_free(&b);
}

int
main(void)
{
	test_words();
	test_vietqr();
	return done_testing();
}
