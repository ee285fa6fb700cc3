#!/usr/bin/perl
# Sessions and forms under attack: session fixation, CSRF (missing, foreign, stale tokens), a
# foreign Origin or Referer, idle and absolute expiry, tampered cookies, throttling per
# account (slow down, never lock) and per address, and the sign-in record (every attempt, with
# its outcome, never a password; no password nor CCCD in any log).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Encode qw(encode_utf8);
use Test::More;
use DVC::Account;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my @passwords;		# every password typed in this file: none may reach a log or a row
my @cccds;

sub registered {
	my (%over) = @_;
	my $c = new_citizen(%over);
	my $br = browser();
	my $r = $br->signup($c);
	is($r->{status}, 303, "registered, verified and signed in: $c->{full_name}") or diag(join ' | ', summary_errors($r->{body}));
	$c->{id} = user_id(citizen_id => $c->{citizen_id});
	$c->{ip} = $br->ip;	# signup() signed in from it once
	push @passwords, $c->{password};
	push @cccds, $c->{citizen_id};
	$br->logout;
	return $c;
}

sub signed_in_as {
	my ($br, $c, $cookie) = @_;
	my $r = $br->get('/account/profile', defined $cookie ? { Cookie => "dvc_session=$cookie" } : undef);
	return $r->{status} == 200 && (header_user($r->{body}) // '') eq $c->{full_name};
}

sub expired_redirect_ok {
	my ($r, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	is($r->{status}, 303, "$name: 303, signed out");
	is($r->{location}, '/account/login?next=%2Faccount%2Fprofile&msg=expired',
	    "$name: to the login page with next and msg=expired");
	my ($sc) = grep { $_->{name} eq 'dvc_session' } @{ $r->{set_cookies} };
	ok($sc && $sc->{value} eq '' && ($sc->{attrs}{'max-age'} // '') eq '0', "$name: the cookie is cleared");
}

sub refused_with {
	my ($r, $re, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $msg = join ' | ', summary_errors($r->{body});
	ok($r->{status} == 200 && $msg =~ $re, $name) or diag("status $r->{status}: $msg");
	return $msg;
}

my $victim = registered();
my $attacker = registered();

# ------------------------------------------------------------------ session fixation

{
	# A value the attacker made up, planted before the victim signs in.
	my $planted = join '', map { ('A' .. 'Z', 'a' .. 'z', 0 .. 9, '-', '_')[rand 64] } 1 .. 43;
	my $b = browser();
	my $page = $b->get('/account/login');
	$b->set_cookie(dvc_session => $planted);
	my $r = $b->post('/account/login', [login => $victim->{citizen_id}, password => $victim->{password}],
	    csrf => page_csrf($page->{body}));
	is($r->{status}, 303, 'fixation (made-up token): the victim signs in with the planted cookie sent');
	my $after = $b->session;
	ok(defined $after && $after ne $planted, 'a new token is issued at login, not the planted one');
	is(session_count(token => $planted), 0, 'no session exists for the planted value');
	$r = browser()->get('/account/profile', { Cookie => "dvc_session=$planted" });
	is($r->{status}, 303, 'the planted value does not authenticate');
	ok(signed_in_as($b, $victim), 'the victim is signed in with the new token');
}
{
	# The attacker's own real session, planted in the victim's browser.
	my $ab = browser();
	$ab->login($attacker->{citizen_id}, $attacker->{password});
	my $planted = $ab->session;
	ok(defined $planted, "fixation (the attacker's session): the attacker has a session");
	my $b = browser();
	$b->set_cookie(dvc_session => $planted);
	ok(signed_in_as($b, $attacker), "the planted cookie shows the attacker's account");
	my $r = $b->login($victim->{citizen_id}, $victim->{password});
	is($r->{status}, 303, 'the victim signs in over it');
	my $after = $b->session;
	ok(defined $after && $after ne $planted, 'a new token is issued');
	is(session_count(token => $planted), 0, 'the planted session is ended');
	my $probe = browser();
	$r = $probe->get('/account/profile', { Cookie => "dvc_session=$planted" });
	is($r->{status}, 303, "the planted token opens nobody's profile now (neither the victim's nor the attacker's)");
	ok(signed_in_as($b, $victim), 'the victim is signed in as the victim');
	is(db_value('SELECT user_id FROM sessions WHERE token_hash = UNHEX(' . sql_str(token_hash($after)) . ')'),
	    $victim->{id}, "the new session is the victim's");
	$b->logout;
}

# ------------------------------------------------------------------ CSRF

my $b = browser();
$b->login($victim->{citizen_id}, $victim->{password});
my $profile = $b->get('/account/profile');
my $token = page_csrf($profile->{body});
ok(defined $token, 'the profile carries a CSRF token');
my $address0 = (user_row(id => $victim->{id}) // {})->{address};
my @contact = (phone => $victim->{phone}, email => $victim->{email}, address => 'Địa chỉ của kẻ tấn công',
    org_name => '', org_tax_code => '');

sub unchanged {
	my ($name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	is((user_row(id => $victim->{id}) // {})->{address}, $address0, "$name: nothing changed");
}

my $r = $b->post('/account/profile', \@contact, csrf => undef);
is($r->{status}, 403, 'profile POST without csrf: 403');
like(text_of($r->{body}), qr/Biểu mẫu đã hết hạn hoặc không hợp lệ/, 'without csrf: the Vietnamese reason');
unchanged('without csrf');

$r = $b->post('/account/profile', \@contact, csrf => '');
is($r->{status}, 403, 'profile POST with an empty csrf: 403');
unchanged('an empty csrf');

$r = $b->post('/account/profile', \@contact, csrf => 'f' x 64);
is($r->{status}, 403, 'profile POST with a made-up csrf: 403');
unchanged('a made-up csrf');

$r = $b->post('/account/profile', \@contact, csrf => substr($token, 0, 63));
is($r->{status}, 403, 'profile POST with a truncated csrf: 403');
unchanged('a truncated csrf');

# A token of another signed-in user's page.
my $ob = browser();
$ob->login($attacker->{citizen_id}, $attacker->{password});
my $foreign = page_csrf($ob->get('/account/profile')->{body});
ok(defined $foreign && $foreign ne $token, "another session's token differs");
$r = $b->post('/account/profile', \@contact, csrf => $foreign);
is($r->{status}, 403, "profile POST with another session's token: 403");
unchanged("another session's token");

# A token of an anonymous page (bound to the pre-sign-in cookie, not to the session).
my $anon = browser();
my $anon_token = page_csrf($anon->get('/account/login')->{body});
$r = $b->post('/account/profile', \@contact, csrf => $anon_token);
is($r->{status}, 403, "profile POST with an anonymous visitor's token: 403");
unchanged("an anonymous visitor's token");

# A password change and a log-out with a foreign token.
my $hash0 = (user_row(id => $victim->{id}) // {})->{password_hash};
$r = $b->post('/account/password', [old_password => $victim->{password}, password => 'Mật khẩu mới 2468',
    password2 => 'Mật khẩu mới 2468'], csrf => $foreign);
is($r->{status}, 403, "password change with another session's token: 403");
is((user_row(id => $victim->{id}) // {})->{password_hash}, $hash0, 'the password is unchanged');
my $sess = $b->session;
$r = $b->post('/account/logout', [], csrf => undef);
is($r->{status}, 403, 'log out without csrf: 403');
is(session_count(token => $sess), 1, 'the session is still there');
$r = $b->post('/account/logout', [], csrf => $foreign);
is($r->{status}, 403, "log out with another session's token: 403");
ok(signed_in_as($b, $victim), 'still signed in');

# Login without a token: refused before any password check, nothing recorded.
my $attempts0 = db_value("SELECT COUNT(*) FROM login_attempts WHERE user_id = $victim->{id}");
my $lb = browser();
$r = $lb->post('/account/login', [login => $victim->{citizen_id}, password => $victim->{password}], csrf => undef);
is($r->{status}, 403, 'login POST without csrf: 403');
ok(!defined $lb->session, 'no session');
is(db_value("SELECT COUNT(*) FROM login_attempts WHERE user_id = $victim->{id}"), $attempts0,
    'no sign-in attempt was made');

# The token of the page before sign-in does not carry over to the session.
{
	my $sb = browser();
	my $pre = page_csrf($sb->get('/account/login')->{body});
	$sb->post('/account/login', [login => $victim->{citizen_id}, password => $victim->{password}], csrf => $pre);
	ok(defined $sb->session, 'signed in with the pre-sign-in token');
	$r = $sb->post('/account/profile', \@contact, csrf => $pre);
	is($r->{status}, 403, 'the pre-sign-in token is refused once signed in');
	unchanged('the pre-sign-in token after sign-in');
	$sb->logout;
}

# ------------------------------------------------------------------ Origin and Referer

$b->get('/account/profile');
for my $o (['http://evil.example', 'a foreign Origin'],
    ['null', 'Origin: null'],
    ["https://" . ($URL =~ s{^http://}{}r), 'our host over https (another origin)'],
    ["$URL.evil.example", 'our host as the start of a foreign one'],
    ['http://127.0.0.1', 'our host without the port']) {
	my ($origin, $what) = @$o;
	$r = $b->post('/account/profile', \@contact, origin => $origin);
	is($r->{status}, 403, "profile POST with $what ($origin): 403");
	unchanged($what);
}
$r = $b->post('/account/profile', \@contact, origin => undef, referer => 'http://evil.example/trang');
is($r->{status}, 403, 'profile POST with a foreign Referer and no Origin: 403');
unchanged('a foreign Referer');
like(text_of($r->{body}), qr/không gửi từ trang của Cổng Dịch vụ công/, 'the Vietnamese reason for a foreign origin');
$r = $b->post('/account/profile', \@contact, origin => 'http://evil.example', referer => "$URL/account/profile");
is($r->{status}, 403, 'a foreign Origin is refused even with our Referer');
unchanged('a foreign Origin with our Referer');
my $lb2 = browser();
$r = $lb2->submit('/account/login', [login => $victim->{citizen_id}, password => $victim->{password}],
    origin => 'http://evil.example');
is($r->{status}, 403, 'a login POST from a foreign Origin: 403 (no login CSRF)');
ok(!defined $lb2->session, '… and no session');
# Our own Referer without Origin is a browser of ours; the change goes through.
$r = $b->post('/account/profile', [@contact[0 .. 3], address => 'Số 5 Trần Phú', @contact[6 .. 9]],
    origin => undef, referer => "$URL/account/profile");
is($r->{status}, 303, 'our own Referer without Origin: 303, saved');
is((user_row(id => $victim->{id}) // {})->{address}, 'Số 5 Trần Phú', 'the address is saved');
$address0 = 'Số 5 Trần Phú';

# ------------------------------------------------------------------ expiry

sub set_session {
	my ($tok, $set) = @_;
	db_rows("UPDATE sessions SET $set WHERE token_hash = UNHEX(" . sql_str(token_hash($tok)) . ')');
}

{
	my $eb = browser();
	$eb->login($victim->{citizen_id}, $victim->{password});
	my $tok = $eb->session;
	set_session($tok, 'last_seen = UTC_TIMESTAMP() - INTERVAL 29 MINUTE');
	ok(signed_in_as($eb, $victim), 'idle for 29 minutes: still signed in');
	cmp_ok(db_value('SELECT TIMESTAMPDIFF(SECOND, last_seen, UTC_TIMESTAMP()) FROM sessions WHERE token_hash = UNHEX('
	    . sql_str(token_hash($tok)) . ')'), '<', 60, '… and the use moved last_seen to now');
	set_session($tok, 'last_seen = UTC_TIMESTAMP() - INTERVAL 31 MINUTE');
	$r = $eb->get('/account/profile');
	expired_redirect_ok($r, 'idle for 31 minutes');
	$r = $eb->get($r->{location} // '/account/login');
	like(notice_text($r->{body}), qr/Phiên làm việc đã hết hạn/, 'the login page says the session expired');
	ok(!defined header_user($r->{body}), 'nobody is shown in the header');
	$r = $eb->get('/account/profile', { Cookie => "dvc_session=$tok" });
	is($r->{status}, 303, 'the idle token sent again still does not authenticate');
	$r = $eb->login($victim->{citizen_id}, $victim->{password}, next => '/account/profile');
	is($r->{location}, '/account/profile', 'signing in again returns to the page');
}
{
	my $eb = browser();
	$eb->login($victim->{citizen_id}, $victim->{password});
	my $tok = $eb->session;
	set_session($tok, 'expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND, last_seen = UTC_TIMESTAMP()');
	expired_redirect_ok($eb->get('/account/profile'), 'past the absolute limit (used a moment ago)');
	$r = $eb->get('/');
	is($r->{status}, 200, 'the home page with the expired cookie: 200');
	ok(!defined header_user($r->{body}), '… anonymous');
}

# ------------------------------------------------------------------ a disabled account

{
	my $dc = registered();
	my $db = browser();
	$db->login($dc->{citizen_id}, $dc->{password});
	ok(signed_in_as($db, $dc), 'signed in before the account is disabled');
	db_rows("UPDATE users SET disabled = 1 WHERE id = $dc->{id}");
	$r = $db->get('/account/profile');
	is($r->{status}, 303, 'a disabled account: its session no longer works');
	# Disabled by an administrator (dvc-admin): whoever proves the password is told the account
	# is locked; anyone else gets the usual answer, which says nothing of it.
	$r = browser()->login($dc->{citizen_id}, $dc->{password});
	refused_with($r, qr/^Tài khoản này đã bị quản trị viên khóa/,
	    'a disabled account cannot sign in: the right password is told it is locked');
	$r = browser()->login($dc->{citizen_id}, 'Không phải mật khẩu 2026');
	refused_with($r, qr/^Số định danh \(hoặc thư điện tử\) hoặc mật khẩu không đúng\.$/,
	    'a wrong password gets the usual message');
	db_rows("UPDATE users SET disabled = 0 WHERE id = $dc->{id}");
}

# ------------------------------------------------------------------ tampered cookies

{
	my $tb = browser();
	$tb->login($victim->{citizen_id}, $victim->{password});
	my $tok = $tb->session;
	my $flip = substr($tok, 0, 42) . (substr($tok, 42, 1) eq 'A' ? 'B' : 'A');
	my %bad = (
		'one character changed' => $flip,
		'one character more' => $tok . 'A',
		'one character less' => substr($tok, 0, 42),
		'a character outside base64url' => substr($tok, 0, 42) . '.',
		'empty' => '',
		'a long value' => 'A' x 4000,
		'quotes and percent signs' => '"%00%27;--"',
		'the hash of the token' => token_hash($tok),
	);
	for my $what (sort keys %bad) {
		my $pb = browser();
		$r = $pb->get('/account/profile', { Cookie => "dvc_session=$bad{$what}" });
		is($r->{status}, 303, "a tampered cookie ($what): 303 to the login page, no 500");
		like($r->{location} // '', qr{^/account/login\?next=%2Faccount%2Fprofile}, "… ($what) with next");
		$r = $pb->get('/', { Cookie => "dvc_session=$bad{$what}" });
		ok($r->{status} == 200 && !defined header_user($r->{body}), "… ($what) the home page is anonymous");
	}
	ok(signed_in_as($tb, $victim), 'the real token still works');
	$tb->logout;
}

# ------------------------------------------------------------------ throttling per account

my $t = registered();
my @expected = (['success', $t->{ip}]);	# the record of $t must show, in order: signup's sign-in, then
my $tb = browser();
my $wrong = 'Không phải mật khẩu 1';
push @passwords, $wrong;
my $tkey = failure_key(id => $t->{id});

sub last_failed_back {
	my ($seconds) = @_;
	failures_back($tkey, $seconds);
}

sub try_login {
	my ($br, $pw, $outcome) = @_;
	push @expected, [$outcome, $br->ip];
	return $br->login($t->{citizen_id}, $pw);
}

for my $i (1 .. 3) {
	$r = try_login($tb, $wrong, 'bad_password');
	refused_with($r, qr/mật khẩu không đúng/, "failure $i: the usual message");
}
is(failure_count($tkey), 3, 'three failures counted under the account');
$r = try_login($tb, $t->{password}, 'throttled');
my $msg = refused_with($r, qr/Vui lòng chờ \d+ giây rồi thử lại/, 'after 3 failures the right password must wait ("chờ … giây")');
my ($secs) = $msg =~ /chờ (\d+) giây/;
ok(defined $secs && $secs >= 1 && $secs <= 5, 'the wait is at most 5 seconds after the third failure')
    or diag($msg);
ok(!defined $tb->session, 'no session while waiting');
like($r->{body}, qr{<form\b[^>]*action="/account/unlock"}, 'the page offers an unlock link by mail');
my $tb2 = browser();
$r = try_login($tb2, $t->{password}, 'throttled');
refused_with($r, qr/Vui lòng chờ \d+ giây/, 'the wait holds for the account from another address too');
last_failed_back(6);
$r = try_login($tb, $t->{password}, 'success');
is($r->{status}, 303, 'once the wait has passed the right password signs in');
is(failure_count($tkey), 0, 'a success clears the count');
$tb->logout;

# Ten failures (time moved on between the tries): no lock, a wait of at most a minute.
for my $i (1 .. 10) {
	last_failed_back(61) if $i > 1;
	$r = try_login($tb, $wrong, 'bad_password');
	refused_with($r, qr/mật khẩu không đúng/, "ten failures: failure $i");
}
is(failure_count($tkey), 10, 'ten failures counted in the window');
$r = try_login($tb, $t->{password}, 'throttled');
$msg = refused_with($r, qr/Vui lòng chờ \d+ giây/, 'after ten failures: a wait, not a lock');
($secs) = $msg =~ /chờ (\d+) giây/;
ok(defined $secs && $secs <= 60, 'the wait is at most 60 seconds') or diag($msg);
unlike($msg, qr/khóa/, 'nothing says the account is locked');
ok(!defined $tb->session, 'no session while waiting');
$r = try_login($tb2, $t->{password}, 'throttled');
refused_with($r, qr/Vui lòng chờ \d+ giây/, 'the wait holds from another address as well');
last_failed_back(61);
$r = try_login($tb, $t->{password}, 'success');
is($r->{status}, 303, 'a minute after the last failure the right password signs in');
is(failure_count($tkey), 0, 'the count is cleared');

# The record: every attempt, in order, with its outcome and address; no login text for a
# known account.
my @rec = db_rows("SELECT outcome, ip, login, user_agent FROM login_attempts WHERE user_id = $t->{id} ORDER BY id");
# The first row is the sign-in after the address was verified; then the tries above.
is_deeply([map { [$_->[0], $_->[1]] } @rec], \@expected, 'every attempt is recorded with its outcome and address')
    or diag(explain [map { "$_->[0] $_->[1]" } @rec]);
ok(!grep({ $_->[2] ne '' } @rec), 'the login typed is not kept for a known account');
ok(!grep({ $_->[3] !~ /dvc-account-tests/ } @rec), 'the user agent is kept');
my %word = (success => 'Thành công', bad_password => 'Sai mật khẩu',
    throttled => 'Bị từ chối do đăng nhập sai nhiều lần');
my @signins = signin_rows($tb->get('/account/profile')->{body});
my @last = reverse @expected[($#expected > 9 ? $#expected - 9 : 0) .. $#expected];
is_deeply([map { [$_->{outcome}, $_->{ip}] } @signins], [map { [$word{ $_->[0] }, $_->[1]] } @last],
    'the recent sign-ins on the profile: the last 10 tries, newest first, waits included');
$tb->logout;
# A throttled try is shown with its own words too (the last 10 of another account).
{
	my $w = registered();
	my $wb = browser();
	$wb->login($w->{citizen_id}, $wrong) for 1 .. 3;
	$wb->login($w->{citizen_id}, $w->{password});
	failures_back(failure_key(id => $w->{id}), 10);
	$wb->login($w->{citizen_id}, $w->{password});
	my @rows = signin_rows($wb->get('/account/profile')->{body});
	is_deeply([map { $_->{outcome} } @rows], ['Thành công', 'Bị từ chối do đăng nhập sai nhiều lần',
	    ('Sai mật khẩu') x 3, 'Thành công'], 'the recent sign-ins name a throttled try');
	$wb->logout;
}

# An unknown login is kept masked: a password typed into the login field is not stored.
{
	my $ub = browser();
	my $typed = 'MatKhauGoNham' . int(rand 1e6);
	push @passwords, $typed;
	$r = $ub->login($typed, 'x' x 10);
	is($r->{status}, 200, 'an unknown login: 200');
	my @u = db_rows('SELECT login, outcome, user_id FROM login_attempts WHERE ip = ' . sql_str($ub->ip));
	is_deeply(\@u, [['Mat***', 'unknown_account', 'NULL']], 'an unknown login is recorded masked (first 3 characters)');

	my $vn = 'Mật khẩu của tôi ' . int(rand 1e6);
	push @passwords, $vn;
	$r = $ub->login($vn, 'x' x 10);
	is($r->{status}, 200, 'an unknown login starting with Vietnamese letters: 200, not 500');
	is(db_value('SELECT login FROM login_attempts WHERE ip = ' . sql_str($ub->ip) . ' ORDER BY id DESC LIMIT 1'),
	    'Mật***', 'masked to its first three characters, whole');
}

# ------------------------------------------------------------------ no account, the same answers

# Repeated failures for a login that matches no account are slowed down with the very same
# words, so nobody learns whether a CCCD or an address has an account.
{
	my $ghost = new_cccd(1985);
	my $gb = browser();
	for my $i (1 .. 3) {
		my $r = $gb->login($ghost, 'Không phải mật khẩu 2');
		refused_with($r, qr/mật khẩu không đúng/, "unknown login, failure $i: the usual message");
	}
	my $r = $gb->login($ghost, 'Không phải mật khẩu 2');
	refused_with($r, qr/Vui lòng chờ \d+ giây rồi thử lại/,
	    'unknown login after 3 failures: the same "chờ … giây" as a real account');
	like($r->{body}, qr{<form\b[^>]*action="/account/unlock"}, '… and the same offer of an unlock link');
	is(failure_count(failure_key(login => $ghost)), 3, 'the failures are counted under the login typed');
	is(db_value('SELECT COUNT(*) FROM login_attempts WHERE login_hash IS NULL AND at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE'),
	    0, 'every attempt keeps the keyed hash of its login');
}

# ------------------------------------------------------------------ throttling per address

{
	my $ipb = browser();
	my $ip = $ipb->ip;
	# 29 failures from this address in the last minutes, then one real one: the 30th.
	db_rows('INSERT INTO login_attempts (at, ip, user_id, login, outcome, user_agent) VALUES '
	    . join(', ', map { "(UTC_TIMESTAMP() - INTERVAL $_ SECOND, " . sql_str($ip) . ", NULL, 'abc***', 'unknown_account', 'x')" } 1 .. 29));
	is(ip_failures($ip), 29, '29 failures from one address in the last 15 minutes');
	$r = $ipb->login(new_cccd(1980), 'Không có tài khoản 1');
	refused_with($r, qr/mật khẩu không đúng/, 'the 30th failure is still a plain failure');
	is(ip_failures($ip), 30, '30 failures now');
	$r = $ipb->login($victim->{citizen_id}, $victim->{password});
	refused_with($r, qr/quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này/,
	    'then even the right password from that address is refused');
	ok(!defined $ipb->session, '… without a session');
	is(db_value('SELECT outcome FROM login_attempts WHERE ip = ' . sql_str($ip) . ' ORDER BY id DESC LIMIT 1'),
	    'throttled', 'the refusal is recorded as throttled');
	$r = browser()->login($victim->{citizen_id}, $victim->{password});
	is($r->{status}, 303, 'the same account signs in from another address');
	# Failures older than 15 minutes do not count.
	db_rows('UPDATE login_attempts SET at = at - INTERVAL 15 MINUTE WHERE ip = ' . sql_str($ip));
	$r = $ipb->login($victim->{citizen_id}, $victim->{password});
	is($r->{status}, 303, 'once the failures are 15 minutes old the address may sign in again');
	clear_ip_failures($ip);
}

# ------------------------------------------------------------------ nothing secret in rows or logs

my @all = db_rows('SELECT CONCAT_WS(0x1f, ip, IFNULL(user_id, ""), login, outcome, user_agent) FROM login_attempts');
my @leaks = grep { my $row = $_->[0]; grep { index($row, $_) >= 0 } @passwords } @all;
is(scalar @leaks, 0, 'no sign-in record holds a password') or diag(explain \@leaks);
my @logs = log_files();
cmp_ok(scalar @logs, '>', 0, 'there are logs to look at');
my @pw_hits = map { my $p = $_; map { "$_: " . $p } logs_containing($p, @logs) } @passwords;
is(scalar @pw_hits, 0, 'no password in any log') or diag(explain \@pw_hits);
my @cccd_hits = map { my $n = $_; map { "$_: $n" } logs_containing($n, @logs) } @cccds;
is(scalar @cccd_hits, 0, "no CCCD of this file's accounts in any log") or diag(explain \@cccd_hits);
# Every account's CCCD (other tests' too, and the demo citizen's), in the programs' own logs.
my @program_logs = grep { m{/dvc-[^/]*\.log\z} } @logs;
cmp_ok(scalar @program_logs, '>=', 2, "the programs' logs (dvc-account, dvc-catalogue)");
my @all_cccds = grep { $_ ne 'NULL' } db_col('SELECT citizen_id FROM users');
@cccd_hits = map { my $n = $_; map { "$_: $n" } logs_containing($n, @program_logs) } @all_cccds;
is(scalar @cccd_hits, 0, "no CCCD of any account in the programs' logs") or diag(explain \@cccd_hits);

done_testing();
