/*
 * test-pwpolicy.c — pwpolicy.c: every rule of a new password, one code a reason: the length
 * in characters, spaces only, a personal value, the site's and the province's names (case,
 * diacritics and spaces aside), and libpwquality with Debian's cracklib dictionary (a
 * dictionary word, too simple, a palindrome). The passwords the demo accounts and the tests
 * use are accepted.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

static void
is_code(const char *pw, const char *want, const char *what)
{
	const char *const	 personal[] = { "038090001234", "an.nguyen@example.vn", NULL };
	const char		*got = password_policy(pw, personal);

	if (!ok(want == NULL ? got == NULL : got != NULL && strcmp(got, want) == 0, "%s", what))
		diag("'%s': got %s, want %s", pw, got != NULL ? got : "NULL", want != NULL ? want : "NULL");
}

int
main(void)
{
	conf.site_name = (char *)"Cổng Dịch vụ công tỉnh Thanh Hóa";
	conf.province_name = (char *)"Thanh Hóa";

	is_code("DemoDVC@2026", NULL, "the demo accounts' password (12 characters) is accepted");
	is_code("Sông Mã 4821 xanh", NULL, "a Vietnamese phrase with digits is accepted");
	is_code("Đồi Sim 0357 vàng", NULL, "another one, as the submit tests use");
	is_code("Mật khẩu mới 2468", NULL, "'Mật khẩu mới 2468' is accepted");
	is_code("DemoDVC@202", "password.too_short", "11 characters: too short");
	is_code("Mậtkhẩu1234", "password.too_short", "11 characters in 15 bytes: too short");
	is_code("            ", "password.blank", "12 spaces: blank, not a palindrome");
	is_code("038090001234", "password.personal", "the CCCD itself: personal");
	is_code("ThanhHoa2026!", "password.site_name", "the province's name with a year");
	is_code("thanh hóa quê tôi", "password.site_name", "the province's name in lower case, spaced");
	is_code("THANHHOA@@1990", "password.site_name", "the province's name in capitals");
	is_code("Xin chào Thanh Hoa!", "password.site_name", "the province's name without diacritics");
	is_code("Cổng Dịch vụ công tỉnh Thanh Hóa", "password.site_name", "the site's name");
	is_code("dragon123456", "password.simple", "a word and a run of digits: too simple");
	is_code("123456789012", "password.simple", "digits in a row: too simple");
	is_code("abcdefghijkl", "password.simple", "letters in a row: too simple");
	is_code("butterfly123", "password.common", "a dictionary word with three characters added");
	is_code("Administrator!", "password.common", "'Administrator!': a dictionary word");
	is_code("internationa1", "password.common", "a dictionary word with a letter changed");
	is_code("aaaaaaaaaaaa", "password.palindrome", "one letter twelve times: a palindrome");
	is_code("abc1234554321cba", "password.palindrome", "a palindrome");
	return done_testing();
}
