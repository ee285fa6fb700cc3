#!/usr/bin/perl
# Bad input: malformed percent-encoding, invalid UTF-8 and characters no text may hold
# (controls, noncharacters), an overlong or repeated parameter, a number that is not one, a
# page past the end, an unknown path, a method the page does not take, an overlong query
# string, a huge Cookie header, a NUL byte, markup in the query. (Unknown keys in a GET's
# query string, such as a shared link's utm_source, are ignored: tests/http/edges.t.) Each is a clear Vietnamese error page with the right status and an incident id
# that is logged, never a crash, and the worker keeps serving. Then 200 random garbage
# query strings: no 5xx and no worker lost.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $PROG = 'dvc-catalogue';
my $master = master_pid($PROG);
my @workers = workers_of($PROG);
ok($master, "$PROG master is running") or BAIL_OUT("no $PROG master in $VAR/run");
cmp_ok(scalar @workers, '>=', 1, "$PROG has workers (@workers)");
my $log_start = log_size($PROG);
my @incidents;

my $INVALID = 'Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.';
my $BAD_CHAR = 'Địa chỉ hoặc nội dung gửi lên có ký tự không được phép (ký tự điều khiển hoặc ký tự Unicode không hợp lệ).';
my $TOO_LONG = 'Giá trị nhập vào quá dài.';
my $PAGE_GONE = 'Trang bạn yêu cầu vượt quá số trang kết quả.';

# bad(NAME, RESPONSE, STATUS[, MESSAGE]): the error page, then a good request.
sub bad {
	my ($name, $r, $status, $message) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $incident = error_page_ok($r, $status, $name, $message);
	push @incidents, [ $name, $incident ] if $incident;
	good_request_ok($name);
	return $incident;
}

# ------------------------------------------------------------------ percent-encoding and UTF-8

for my $case (
	[ 'q=%ZZ', 'malformed percent-encoding %ZZ' ],
	[ 'q=%', 'a lone %' ],
	[ 'q=%E', 'a truncated escape %E' ],
	[ 'q=ab%2', 'a truncated escape at the end' ],
	[ 'q=%G1', 'a non-hex escape' ],
	[ '%ZZ=1', 'malformed percent-encoding in a key' ],
	[ 'utm_source=%ZZ&%ZZ=1', 'malformed percent-encoding in an unknown key' ],
	[ 'field=1%00', 'a NUL byte after a number' ],
) {
	my ($query, $name) = @$case;
	bad("$name: /procedures?$query", get("/procedures?$query"), 400, $INVALID);
}
# Text no page may hold: the message says so (text.c, XML 1.0's characters).
for my $case (
	[ 'q=%C3%28', 'invalid UTF-8 (%C3%28)' ],
	[ 'q=%C3', 'truncated UTF-8 (%C3)' ],
	[ 'q=%FF%FE', 'bytes that are never UTF-8 (%FF%FE)' ],
	[ 'q=%C0%AF', 'overlong UTF-8 (%C0%AF)' ],
	[ 'q=%ED%A0%80', 'a UTF-16 surrogate in UTF-8' ],
	[ 'q=%F4%90%80%80', 'UTF-8 past U+10FFFF' ],
	[ 'q=%00', 'a NUL byte in q' ],
	[ 'q=khai%00sinh', 'a NUL byte inside q' ],
	[ 'q=%01%02', 'control characters in q' ],
	[ 'q=%1B%5B31m', 'an escape sequence in q' ],
	[ 'q=%C2%9B31m', 'a C1 escape sequence (U+009B) in q' ],
	[ 'q=khai%EF%BF%BEsinh', 'U+FFFE in q' ],
	[ 'q=%EF%BF%BF', 'U+FFFF in q' ],
	[ 'q=%EF%B7%90', 'noncharacter U+FDD0 in q' ],
	[ 'q=%F3%BF%BF%BE', 'noncharacter U+FFFFE in q' ],
) {
	my ($query, $name) = @$case;
	bad("$name: /procedures?$query", get("/procedures?$query"), 400, $BAD_CHAR);
	my $x = get("/procedures?$query&format=xml");
	ok($x->{status} == 400 && xml_wellformed($x->{raw}), "$name: as XML, 400 and well-formed");
}

# ------------------------------------------------------------------ lengths

my $q200 = 'a' x 200;
is(get('/procedures', q => $q200)->{status}, 200, 'q of 200 bytes (the limit): 200');
bad('q of 201 bytes', get('/procedures', q => 'a' x 201), 400, $TOO_LONG);
# The limit counts characters, as the search box's maxlength does: 200 × "ệ" is 600 bytes.
is(get('/procedures', q => 'ệ' x 200)->{status}, 200, 'q of 200 × "ệ" (600 bytes, 200 characters): 200');
bad('q of 201 × "ệ" (201 characters)', get('/procedures', q => 'ệ' x 201), 400, $TOO_LONG);
bad('page with 23 digits', get('/procedures?page=' . ('9' x 23)), 400, $TOO_LONG);

# The query string as a whole: past 4096 bytes the program refuses it; past nginx's header
# buffers (8 KB by default) nginx answers 414 before the program sees it. Neither is a 5xx.
my $long = 'q=' . ('a' x 5000);
bad('query string of 5002 bytes', get("/procedures?$long"), 400, 'Địa chỉ quá dài.');
my $huge = get('/procedures?q=' . ('a' x 12000));
ok($huge->{status} == 414 || $huge->{status} == 400, "query string of 12002 bytes: 414 or 400 (got $huge->{status})");
cmp_ok($huge->{status}, '<', 500, 'query string of 12002 bytes: no server error');
good_request_ok('after a 12 KB query string');

# ------------------------------------------------------------------ keys and values

bad('repeated q (q=a&q=b)', get('/procedures?q=a&q=b'), 400, $INVALID);
bad('repeated page', get('/procedures?page=1&page=2'), 400, $INVALID);
bad('repeated field, same value', get('/procedures?field=1&field=1'), 400, $INVALID);
# Unknown keys of a GET are ignored (a shared link's utm_source): the page as without them.
for my $case ([ '/procedures?foo=1', '/procedures' ], [ '/?foo=1', '/' ], [ '/?q=khai+sinh', '/' ],
    [ '/procedures/1.001193.000.00.00.H56?x=1', '/procedures/1.001193.000.00.00.H56' ],
    [ '/procedures?=1', '/procedures' ], [ '/procedures?Q=a', '/procedures' ],
    [ '/procedures?' . join('&', map { "q$_=1" } 1 .. 40), '/procedures' ]) {
	my ($with, $without) = @$case;
	my $r = get($with);
	is($r->{status}, 200, "unknown keys ignored: " . substr($with, 0, 40) . ': 200');
	ok($r->{raw} eq get($without)->{raw}, "… the page of $without");
}
bad('70 unknown parameters (more pairs than a query may have)',
    get('/procedures?' . join('&', map { "q$_=1" } 1 .. 70)), 400, $INVALID);
for my $case (
	[ 'page=abc', 'non-numeric page' ],
	[ 'page=-1', 'a negative page' ],
	[ 'page=1.5', 'a fractional page' ],
	[ 'page=+1', 'a page with a sign' ],
	[ 'page=0x10', 'a hexadecimal page' ],
	[ 'page=100001', 'a page past the largest allowed' ],
	[ 'field=abc', 'non-numeric field' ],
	[ 'field=1,2', 'a list as a field' ],
	[ 'agency=x', 'non-numeric agency' ],
	[ 'level=7', 'level 7' ],
	[ 'level=x', 'non-numeric level' ],
) {
	my ($query, $name) = @$case;
	bad("$name: /procedures?$query", get("/procedures?$query"), 400, $INVALID);
}
bad('page=0', get('/procedures?page=0'), 400, 'Số trang không hợp lệ.');
bad('level=1 (not a level of service)', get('/procedures?level=1'), 400, 'Mức độ dịch vụ công không hợp lệ.');

# ------------------------------------------------------------------ past the end, unknown paths

my $total = db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1');
my $pages = int(($total + 19) / 20);
is(get("/procedures?page=$pages")->{status}, 200, "page $pages (the last): 200");
bad('page past the end', get('/procedures?page=' . ($pages + 1)), 404, $PAGE_GONE);
bad('page 100000', get('/procedures?page=100000'), 404, $PAGE_GONE);
bad('page 2 of a search with one page', get('/procedures?q=' . url_escape('đăng ký khai sinh') . '&page=2'), 404, $PAGE_GONE);
bad('page 2 of a search with no result', get('/procedures?q=xyzzyqwerty&page=2'), 404, $PAGE_GONE);
bad('a path below a procedure', get('/procedures/1.001193.000.00.00.H56/x'), 404);
bad('an empty code with a slash after it', get('/procedures//x'), 404);
bad('a code that does not exist', get('/procedures/1.000000.000.00.00.H56'), 404,
    'Không tìm thấy thủ tục hành chính có mã này.');

# A path no program answers: nginx's 404, its static Vietnamese page (conf/nginx error_page):
# no incident id, since no program saw the request.
my $nowhere = get('/khong-co-trang-nay');
is($nowhere->{status}, 404, 'an unknown path: 404');
is($nowhere->{headers}{'content-type'}, 'text/html; charset=utf-8', 'an unknown path: HTML in UTF-8');
like($nowhere->{body} // '', qr{<html lang="vi"}, 'an unknown path: a Vietnamese page');
like($nowhere->{body} // '', qr{<title>Không tìm thấy trang\b}, "an unknown path: 'Không tìm thấy trang'");
like($nowhere->{body} // '', qr{<a href="/procedures">}, 'an unknown path: a way to the procedures');
security_headers_ok($nowhere, 'an unknown path');
good_request_ok('after an unknown path');

# ------------------------------------------------------------------ methods

for my $case ([ 'POST', '/procedures' ], [ 'POST', '/' ], [ 'DELETE', '/procedures' ],
    [ 'PUT', '/procedures/1.001193.000.00.00.H56' ], [ 'PATCH', '/' ]) {
	my ($method, $path) = @$case;
	my $r = $method eq 'POST' ? post($path, 'q=khai+sinh') : request($method, $path, {}, '');
	bad("$method $path", $r, 405);
	is($r->{headers}{allow}, 'GET, HEAD', "$method $path: Allow: GET, HEAD");
}
# Over nginx's body limit: refused before the program sees it, with the Vietnamese 413 page.
my $big = post('/procedures', 'q=' . ('a' x 2_000_000));
is($big->{status}, 413, 'POST of 2 MB: 413');
like($big->{body} // '', qr{<html lang="vi"}, 'POST of 2 MB: a Vietnamese page');
like($big->{body} // '', qr{<title>Dữ liệu gửi lên quá lớn\b}, "POST of 2 MB: 'Dữ liệu gửi lên quá lớn'");
good_request_ok('after a 2 MB POST');

# ------------------------------------------------------------------ cookies

my %cookies = (
	'a 6 KB cookie' => 'big=' . ('b' x 6000),
	'300 cookies' => join('; ', map { "c$_=v$_" } 1 .. 300),
	'malformed cookies' => qq{=; ;;; a; "x"=y; b="unterminated; c=\\x; d=e=f},
);
for my $name (sort keys %cookies) {
	my $r = get('/procedures', { Cookie => $cookies{$name} });
	is($r->{status}, 200, "$name: ignored, the page is 200");
	good_request_ok("after $name");
}
# Bytes HTTP::Tiny will not send in a header: written on the socket as they are.
for my $case ([ 'an 8-bit cookie', "name=\xff\xfe\xc3\x28" ], [ 'a cookie with DEL and NUL', "a=\x7f\x00b" ]) {
	my ($name, $bytes) = @$case;
	my $st = raw_request("GET /procedures HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: $bytes\r\nConnection: close\r\n\r\n");
	ok($st == 200 || $st == 400, "$name: ignored (200) or refused by nginx (400), got $st");
	good_request_ok("after $name");
}
my $huge_cookie = get('/', { Cookie => 'huge=' . ('h' x 20000) });
ok($huge_cookie->{status} == 400 || $huge_cookie->{status} == 200 || $huge_cookie->{status} == 431,
    "a 20 KB Cookie header: nginx refuses it or the page ignores it (got $huge_cookie->{status})");
cmp_ok($huge_cookie->{status}, '<', 500, 'a 20 KB Cookie header: no server error');
good_request_ok('after a 20 KB Cookie header');

# ------------------------------------------------------------------ markup in the query

my $xss = '<script>alert(1)</script>';
my $r = get('/procedures', q => $xss);
is($r->{status}, 200, 'q=<script>…: 200 (a search like any other)');
unlike($r->{raw}, qr{<script}i, 'q=<script>…: never echoed raw');
like($r->{body}, qr{&lt;script&gt;alert\(1\)&lt;/script&gt;}, 'q=<script>…: echoed escaped (&lt;script&gt;)');
like(text_of($r->{body}), qr{“\Q$xss\E”}, 'q=<script>…: shown as text');
my $x = get('/procedures', q => $xss, format => 'xml');
unlike($x->{raw}, qr{<script}i, 'q=<script>… as XML: never raw');
ok(xml_wellformed($x->{raw}), 'q=<script>… as XML: well-formed');

# A quote that would close the search box's value attribute.
my $attr = '" autofocus onfocus="alert(1)';
$r = get('/procedures', q => $attr);
my ($input) = $r->{body} =~ m{(<input\b[^>]*\bname="q"[^>]*>)};
ok(defined $input, 'q with a quote: the search box is there');
my %attrs;
while (($input // '') =~ m{\s([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?}g) {
	my ($name, $value) = ($1, $2 // '');
	$value =~ s/^["']|["']$//g;
	$attrs{$name} = html_unescape($value);
}
ok(!exists $attrs{onfocus} && !exists $attrs{autofocus}, 'q with a quote: no attribute injected');
is($attrs{value}, $attr, 'q with a quote: the box holds exactly the query');
for my $probe ("</title><script>alert(1)</script>", "'><svg onload=alert(1)>", '&lt;b&gt;&amp;') {
	my $p = get('/procedures', q => $probe);
	is($p->{status}, 200, "q=$probe: 200");
	unlike($p->{raw}, qr{<script|<svg}i, "q=$probe: no markup echoed");
	like(text_of($p->{body}), qr{“\Q$probe\E”}, "q=$probe: shown as the very text");
}

# ------------------------------------------------------------------ XML errors

my $xe = get('/procedures?q=%ZZ&format=xml');
is($xe->{status}, 400, 'a bad request asking for XML: 400');
is($xe->{headers}{'content-type'}, 'application/xml; charset=utf-8', 'a bad request asking for XML: XML');
like($xe->{raw}, qr{<page view="error"[^>]*>.*<error>\s*<status>400</status>.*<incident>[0-9a-f]{8}</incident>}s,
    'a bad request asking for XML: the error with status and incident');
like($xe->{raw}, qr{<message code="input\.invalid"/>}, 'a bad request asking for XML: the message as its code');
ok(xml_wellformed($xe->{raw}), 'a bad request asking for XML: well-formed');

# ------------------------------------------------------------------ incidents are logged

sub logged_incidents {
	return map { /\bincident=([0-9a-f]{8})\b/ ? ($1 => 1) : () } log_since($PROG, $log_start);
}
wait_until(5, sub { my %l = logged_incidents(); !grep { !$l{ $_->[1] } } @incidents });
my %logged = logged_incidents();
my @unlogged = map { "$_->[0] ($_->[1])" } grep { !$logged{ $_->[1] } } @incidents;
ok(@incidents > 40, scalar(@incidents) . ' incident ids shown');
is_deeply(\@unlogged, [], 'every incident id shown is in the log');

# ------------------------------------------------------------------ random garbage

my $seed = $ENV{DVC_SEED} // time;
srand($seed);
note("random garbage with DVC_SEED=$seed");
my @keys = ('q', 'field', 'agency', 'level', 'page', 'format', 'foo', '', 'q[]', '%71', 'Q');

sub garbage {
	my ($n) = @_;
	return join '', map { chr(int rand 256) } 1 .. $n;
}

my (@server_errors, @no_answer);
for my $i (1 .. 200) {
	my $kind = $i % 4;
	my ($status, $what);
	if ($kind == 0) {
		# Random bytes, percent-encoded, as q.
		my $bytes = garbage(int rand 120);
		$what = 'q=' . url_escape($bytes);
		$status = get("/procedures?$what")->{status};
	} elsif ($kind == 1) {
		# Random bytes, raw, in the query string (CR and LF would end the request line).
		my $bytes = garbage(1 + int rand 150) =~ tr/\r\n//dr;
		$what = 'raw ' . unpack('H*', $bytes);
		$status = raw_request("GET /procedures?$bytes HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
	} elsif ($kind == 2) {
		# Known and unknown keys with random values, some encoded, some raw printable.
		my @pairs;
		for (0 .. int rand 6) {
			my $k = $keys[int rand @keys];
			my $v = rand() < 0.5 ? url_escape(garbage(int rand 30))
			    : join '', map { chr(33 + int rand 94) } 1 .. int rand 30;
			$v =~ s/[#\s]//g;
			push @pairs, rand() < 0.1 ? $k : "$k=$v";
		}
		$what = join '&', @pairs;
		$status = get("/procedures?$what")->{status};
	} else {
		# Broken escapes and numbers around the edges.
		my @bits = ('%', '%Z', '%%', '%0', '%00', '%C3', '%E1%BB', '%F0%9F%98%80', '+', '&', '=',
		    '9' x (1 + int rand 25), '-1', '0', '%2B', '%26', '%3D', 'page=', 'q=', 'level=');
		$what = join '', map { $bits[int rand @bits] } 1 .. 1 + int rand 10;
		my $path = rand() < 0.5 ? '/procedures' : '/';
		$status = get("$path?$what")->{status};
		$what = "$path?$what";
	}
	push @server_errors, "$status $what" if $status >= 500;
	push @no_answer, $what if !$status;
}
is_deeply(\@server_errors, [], '200 random garbage requests: no 5xx') or diag("DVC_SEED=$seed reproduces them");
is_deeply(\@no_answer, [], '200 random garbage requests: each answered') or diag("DVC_SEED=$seed reproduces them");
good_request_ok('after the garbage');

# ------------------------------------------------------------------ nothing crashed

is(master_pid($PROG), $master, 'the same master');
is_deeply([ workers_of($PROG) ], \@workers, 'the same workers: none crashed or was replaced');
my @deaths = grep { /worker \d+ (killed by signal|exited with)/ } log_since($PROG, $log_start);
is_deeply(\@deaths, [], 'no worker death in the log');
my @reports = glob("$VAR/log/asan*");
is_deeply(\@reports, [], 'no sanitizer report');

done_testing();
