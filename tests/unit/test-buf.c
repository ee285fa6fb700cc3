/*
 * test-buf.c — buf.c: growable buffers (put, puts, putc, printf across many sizes, reset,
 * free, the C string of an empty buffer) and the allocators that end the worker on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

/* The byte at position i of the test pattern. */
static char
pattern(size_t i)
{
	return (char)('a' + (i * 7 + i / 26) % 26);
}

/* True when b holds exactly n pattern bytes, NUL-terminated, within its capacity. */
static bool
holds_pattern(const struct buf *b, size_t n)
{
	size_t	 i;

	if (b->len != n || b->data == NULL || b->cap <= b->len || b->data[n] != '\0')
		return false;
	for (i = 0; i < n; i++)
		if (b->data[i] != pattern(i))
			return false;
	return true;
}

static void
test_empty(void)
{
	struct buf	 b = { 0 };

	is_str(buf_cstr(&b), "", "empty: buf_cstr of a buffer never written is \"\"");
	ok(b.data == NULL && b.len == 0 && b.cap == 0, "empty: buf_cstr allocates nothing");
	buf_reset(&b);
	is_str(buf_cstr(&b), "", "empty: buf_reset of a buffer never written");
	buf_put(&b, "", 0);
	ok(b.data != NULL && b.len == 0 && b.data[0] == '\0', "empty: buf_put of 0 bytes terminates");
	is_str(buf_cstr(&b), "", "empty: \"\" after an empty put");
	buf_free(&b);
	ok(b.data == NULL && b.len == 0 && b.cap == 0, "empty: buf_free clears the buffer");
	buf_free(&b);
	ok(b.data == NULL, "empty: buf_free twice is harmless");
	buf_printf(&b, "%s", "");
	ok(b.data != NULL && b.len == 0, "empty: buf_printf of \"\" on a fresh buffer");
	buf_free(&b);
}

static void
test_growth(void)
{
	static const size_t	 sizes[] = { 255, 256, 257, 511, 512, 513, 1023, 1024, 1025, 4095,
		4096, 4097, 65535, 65536, 65537, 100000, 1 << 20 };
	struct buf		 b = { 0 };
	char			*src;
	static const size_t	 chunks[] = { 1, 3, 100, 4097 };
	size_t			 n, i, c, bad;

	src = xmalloc((1 << 20) + 1);
	for (i = 0; i < (1 << 20) + 1; i++)
		src[i] = pattern(i);

	/* buf_put of n bytes at once, for every n up to 2100 and around each power of two. */
	for (n = 0, bad = 0; n <= 2100 + sizeof(sizes) / sizeof(sizes[0]); n++) {
		size_t	 len = n <= 2100 ? n : sizes[n - 2101];

		buf_put(&b, src, len);
		bad += !holds_pattern(&b, len);
		buf_free(&b);
	}
	is_int((long long)bad, 0, "growth: buf_put of 0..2100 bytes and up to 1 MiB at once");

	/* The same sizes in chunks of 1, 3, 100 and 4097 bytes. */
	for (c = 0, bad = 0; c < sizeof(chunks) / sizeof(chunks[0]); c++) {
		for (i = 0; i < 70000; i += chunks[c])
			buf_put(&b, src + i, chunks[c]);
		bad += !holds_pattern(&b, i);
		buf_free(&b);
	}
	is_int((long long)bad, 0, "growth: buf_put in chunks of 1, 3, 100 and 4097 bytes");

	for (i = 0; i < 10000; i++)
		buf_putc(&b, pattern(i));
	ok(holds_pattern(&b, 10000), "growth: 10000 x buf_putc");
	buf_free(&b);

	for (i = 0; i < 5000; i++) {
		char	 two[3] = { pattern(2 * i), pattern(2 * i + 1), '\0' };

		buf_puts(&b, two);
	}
	ok(holds_pattern(&b, 10000), "growth: 5000 x buf_puts of two bytes");
	buf_free(&b);

	for (i = 0, bad = 0; i < 3000; i++) {
		size_t	 before = b.len;

		buf_printf(&b, "%05zu,", i);
		bad += b.len != before + 6;
	}
	ok(bad == 0 && b.len == 18000 && strncmp(b.data, "00000,00001,", 12) == 0 &&
	    strcmp(b.data + b.len - 6, "02999,") == 0 && strlen(b.data) == b.len,
	    "growth: 3000 x buf_printf");
	buf_free(&b);

	for (n = 0, bad = 0; n < 3000; n += 7) {
		char	 save = src[n];

		src[n] = '\0';
		buf_puts(&b, "<");
		buf_printf(&b, "%s", src);
		buf_printf(&b, ">");
		src[n] = save;
		bad += b.len != n + 2 || b.data[0] != '<' || b.data[n + 1] != '>' ||
		    b.data[n + 2] != '\0' || memcmp(b.data + 1, src, n) != 0;
		buf_free(&b);
	}
	is_int((long long)bad, 0, "growth: buf_printf of %%s from 0 to 3000 bytes");

	src[1 << 20] = '\0';
	buf_printf(&b, "%s", src);
	ok(holds_pattern(&b, 1 << 20), "growth: buf_printf of 1 MiB");
	buf_free(&b);
	free(src);

	buf_put(&b, "a\0b", 3);
	ok(b.len == 3 && memcmp(b.data, "a\0b\0", 4) == 0, "growth: buf_put keeps a NUL byte");
	buf_free(&b);
	buf_grow(&b, 1000);
	ok(b.len == 0 && b.cap >= 1001, "growth: buf_grow makes room without writing");
	buf_free(&b);
}

static void
test_reset(void)
{
	struct buf	 b = { 0 };
	const char	*data;
	size_t		 cap;

	buf_puts(&b, "Hồ sơ đã tiếp nhận");
	buf_printf(&b, "%*s", 5000, "x");
	data = b.data;
	cap = b.cap;
	buf_reset(&b);
	ok(b.len == 0 && b.cap == cap && b.data == data, "reset: keeps the memory");
	is_str(buf_cstr(&b), "", "reset: the string is empty");
	buf_puts(&b, "lại");
	is_str(buf_cstr(&b), "lại", "reset: writing again starts at 0");
	ok(b.data == data, "reset: no reallocation for a short write");
	buf_free(&b);
	buf_puts(&b, "sau khi free");
	is_str(buf_cstr(&b), "sau khi free", "reset: a freed buffer can be used again");
	buf_free(&b);
}

static void
test_vietnamese(void)
{
	struct buf	 b = { 0 };

	buf_printf(&b, "Hồ sơ %s đã được tiếp nhận (%d ngày làm việc).", "H56.23.001", 5);
	is_str(buf_cstr(&b), "Hồ sơ H56.23.001 đã được tiếp nhận (5 ngày làm việc).",
	    "vietnamese: buf_printf with UTF-8 in the format");
	is_int((long long)b.len, (long long)strlen("Hồ sơ H56.23.001 đã được tiếp nhận (5 ngày làm việc)."),
	    "vietnamese: length in bytes");
	buf_reset(&b);
	buf_printf(&b, "%s – %s", "Cổng Dịch vụ công", "tỉnh Thanh Hóa");
	is_str(buf_cstr(&b), "Cổng Dịch vụ công – tỉnh Thanh Hóa", "vietnamese: UTF-8 arguments");
	buf_reset(&b);
	buf_printf(&b, "%.4s|%.3s", "đăng", "đăng");
	ok(b.len == 8 && memcmp(b.data, "đă|\xc4\x91\xc4", 9) == 0,
	    "vietnamese: precision counts bytes, and may cut a letter");
	buf_reset(&b);
	buf_puts(&b, "Lệ phí: ");
	buf_printf(&b, "%d", 50000);
	buf_putc(&b, ' ');
	buf_puts(&b, "đồng");
	is_str(buf_cstr(&b), "Lệ phí: 50000 đồng", "vietnamese: mixed puts, printf and putc");
	buf_free(&b);
}

static void
test_alloc(void)
{
	char	*s, *p;
	int	*z;
	size_t	 i, bad;

	s = xstrndup("khai sinh", 4);
	is_str(s, "khai", "alloc: xstrndup copies n bytes and a NUL");
	free(s);
	s = xstrdup("Thanh Hóa");
	is_str(s, "Thanh Hóa", "alloc: xstrdup");
	free(s);
	s = xstrndup("", 0);
	is_str(s, "", "alloc: xstrndup of nothing");
	free(s);
	z = xcalloc(100, sizeof(*z));
	for (i = 0, bad = 0; i < 100; i++)
		bad += z[i] != 0;
	ok(bad == 0, "alloc: xcalloc zeroes");
	free(z);
	p = xmalloc(0);
	ok(p != NULL, "alloc: xmalloc(0) is not NULL");
	p = xrealloc(p, 10);
	memcpy(p, "0123456789", 10);
	p = xrealloc(p, 100000);
	ok(memcmp(p, "0123456789", 10) == 0, "alloc: xrealloc keeps the contents");
	free(p);
}

int
main(void)
{
	test_empty();
	test_growth();
	test_reset();
	test_vietnamese();
	test_alloc();
	return done_testing();
}
