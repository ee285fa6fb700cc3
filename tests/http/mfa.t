#!/usr/bin/perl
# The second factor at sign-in (issue 12, item 4; modules/account/mfa.c, mfa_enrol.c, core
# mfa.c, app.c): an administrator without one is taken to enrolment after the password and
# reaches nothing else (every admin and officer URL: a page sends it to /account/mfa, a form is
# refused) until a code of the key shown (QR code and Base32) is typed back; ten recovery codes
# are then shown once. Later sign-ins ask a code (RFC 6238, computed here with Digest::SHA):
# a wrong, malformed or replayed code is refused, a recovery code is good once, wrong codes
# slow the account down as wrong passwords do. The factor's page renews the recovery codes or
# removes the factor with a current code. Officers may enrol one, and must under
# mfa_officers = 1; citizens are never asked. The key is stored sealed: not in clear, and a
# row copied to another account does not open.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Encode qw(decode_utf8 encode_utf8);
use IPC::Open3 qw(open3);
use Time::HiRes qw(time);
use DVC::Account;
use DVC::Mfa qw(:all);
use DVCTest qw(start_program stop_program text_of);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $PW = 'Sông Mã chảy về 4821 xuôi';
my $tag = $$ . int(rand(100000));
my $SITE = 'Cổng Dịch vụ công';

# dvcctl user add: a new account of kind; its e-mail.
my $n = 0;
sub new_staff {
	my ($kind, @more) = @_;
	my $email = sprintf('mfa%s-%d-%s@demo.thanhhoa.gov.vn', $kind, ++$n, $tag);
	local $SIG{PIPE} = 'IGNORE';
	my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF},
	    'user', 'add', '--kind', $kind, '--name', encode_utf8('Người Thử Hai Bước'), '--email', $email, @more);
	print {$in} encode_utf8("$PW\n");
	close $in;
	local $/;
	my $text = <$out> // '';
	waitpid($pid, 0);
	die "dvcctl user add $email: $text" if $?;
	return $email;
}

sub uid { db_value('SELECT id FROM users WHERE email = ' . sql_str($_[0])) }
sub step_now { int(time / 30) }
sub error_of { my ($r) = @_; return field_error($r->{body}, 'code') // '' }
sub recovery_codes { my ($body) = @_; return $body =~ m{<code class="recovery-code">([^<]+)</code>}g }

# The account's own changes of its factor in the audit log (mfa_audit.c): the newest n rows of
# kind 'user' for the account, each [before, after, user_id, program, action].
sub own_audit {
	my ($id, $n) = @_;
	my @rows = db_rows("SELECT COALESCE(before_json, ''), COALESCE(after_json, ''), user_id, program, action"
	    . " FROM audit_log WHERE object_kind = 'user' AND object_code = '$id' ORDER BY id");
	return @rows[-$n .. -1] if @rows >= $n;
	return @rows;
}
sub audit_count { my ($id) = @_; db_value("SELECT COUNT(*) FROM audit_log WHERE object_kind = 'user' AND object_code = '$id'") }
# One row of own_audit: by the account itself, in dvc-account, a change from before to after.
sub own_change_ok {
	my ($row, $id, $before, $after, $label) = @_;
	my ($b, $a, $who, $program, $action) = @{ $row // [] };
	is(join(' ', $who // '', $program // '', $action // ''), "$id dvc-account change", "$label: an audit row by the account itself, dvc-account");
	like($b // '', $before, "$label: before $before");
	like($a // '', $after, "$label: after $after");
	unlike(($b // '') . ($a // ''), qr/secret|code_hash|"key/i, "$label: never the key nor a code");
}
my $RECOVERY_MAIL = qr/^Một mã khôi phục của tài khoản vừa được sử dụng trên /;
my $DISABLED_MAIL = qr/^Xác thực hai bước của tài khoản đã được tắt trên /;

# The admin and officer routes, read from the programs' route tables ("*" segments as 1).
my @urls;
for my $file (glob("$ENV{DVC_REPO}/modules/admin/*.c"), glob("$ENV{DVC_REPO}/modules/officer/*.c")) {
	open(my $fh, '<', $file) or die "$file: $!";
	local $/;
	my $src = <$fh>;
	close $fh;
	while ($src =~ m{\{\s*"(GET|POST)",\s*"(/(?:admin|officer)/[^"]*)"}g) {
		my ($method, $path) = ($1, $2);
		push @urls, [$method, $path =~ s/\*/1/gr];
	}
}
cmp_ok(scalar(grep { $_->[1] =~ m{^/admin/} } @urls), '>=', 2, 'the admin routes are read from modules/admin');
cmp_ok(scalar(grep { $_->[1] =~ m{^/officer/} } @urls), '>=', 4, 'the officer routes are read from modules/officer');

# A session that owes its second factor reaches no admin or officer page, no other form.
sub pending_refused {
	my ($b, $label) = @_;
	my $csrf = page_csrf($b->get('/account/mfa')->{body});
	my @bad;
	for my $u (@urls) {
		my ($method, $path) = @$u;
		my $r = $method eq 'GET' ? $b->get($path) : $b->post($path, [], csrf => $csrf);
		my $ok = $method eq 'GET'
		    ? $r->{status} == 303 && ($r->{location} // '') eq '/account/mfa?next=' . DVCTest::url_escape($path)
		    : $r->{status} == 403 && $r->{body} =~ /hoàn tất xác thực hai bước/;
		push @bad, "$method $path: $r->{status} " . ($r->{location} // '') unless $ok;
	}
	ok(!@bad, "$label: every admin and officer URL (" . scalar(@urls) . ') refused: a page sent to /account/mfa, a form 403')
	    or diag(join "\n", @bad);
	my $r = $b->get('/account/profile');
	is($r->{location}, '/account/mfa?next=%2Faccount%2Fprofile', "$label: so is the profile");
	$r = $b->post('/account/password', [old_password => $PW, password => 'x', password2 => 'x'], csrf => $csrf);
	is($r->{status}, 403, "$label: and the password form");
}

# ------------------------------------------------------------------ an administrator enrols

my $a1 = new_staff('admin');
my $id1 = uid($a1);
my $b = browser();
my $r = $b->login($a1, $PW, mfa => 0);
is($r->{status}, 303, 'a new administrator: the right password answers 303');
is($r->{location}, '/account/mfa', '… to the second factor (enrolment), not the profile');
my $pending_cookie = $b->session;
ok(db_value("SELECT mfa = 2 AND expires_at <= UTC_TIMESTAMP() + INTERVAL 15 MINUTE FROM sessions WHERE user_id = $id1"),
    'its session waits for an enrolment, and lives 15 minutes at most');
pending_refused($b, 'an administrator without a factor');

$r = $b->get('/account/mfa');
is($r->{status}, 200, 'GET /account/mfa: the enrolment page');
like($r->{body}, qr{<title>Bật xác thực hai bước}, '… titled "Bật xác thực hai bước"');
like(text_of($r->{body}), qr/Tài khoản quản trị hệ thống bắt buộc dùng xác thực hai bước/, '… saying an administrator must');
like($r->{body}, qr{<svg class="qr"[^>]*role="img"}s, '… a QR code');
my ($key) = $r->{body} =~ m{<code class="mfa-secret">([A-Z2-7 ]+)</code>};
ok(defined $key, '… and the key as Base32 text');
$key =~ s/ //g if defined $key;
$key //= '';
is(length(base32_decode($key)), 20, 'the key is 20 bytes (160 bits)');
my $xml = $b->get('/account/mfa?format=xml')->{body};
my ($uri) = $xml =~ m{<uri>([^<]+)</uri>};
$uri = DVCTest::html_unescape($uri // '');
like($uri, qr{^otpauth://totp/[^?]+\?secret=\Q$key\E&issuer=[^&]+&algorithm=SHA1&digits=6&period=30$},
    'the QR code holds the otpauth:// URI of the key');
my ($issuer) = $uri =~ /issuer=([^&]+)/;
$issuer = decode_utf8(($issuer // '') =~ s/%([0-9A-Fa-f]{2})/chr hex $1/ger);
like($issuer, qr/^\Q$SITE\E/, "… with the portal as its issuer ($issuer)");
my $sealed = db_value("SELECT HEX(secret) FROM user_mfa WHERE user_id = $id1");
is(length($sealed // ''), 120, 'the key is stored sealed (60 bytes: nonce, key, tag)');
unlike($sealed // '', qr/\Q${\ uc unpack('H*', base32_decode($key))}\E/, '… never in clear');
ok(db_value("SELECT enabled_at IS NULL FROM user_mfa WHERE user_id = $id1"), '… not enabled yet');
my ($key_again) = $b->get('/account/mfa')->{body} =~ m{<code class="mfa-secret">([A-Z2-7 ]+)</code>};
is(($key_again // '') =~ s/ //gr, $key, 'the page shown again: the same key (one scanned stays good)');

$r = $b->post('/account/mfa/enable', [code => '']);
is($r->{status}, 200, 'no code: 200');
is(error_of($r), 'Hãy nhập mã xác thực.', '… "Hãy nhập mã xác thực."');
my $wrong = sprintf('%06d', (totp_code($key, step_now()) + 1) % 1000000);
$r = $b->post('/account/mfa/enable', [code => $wrong]);
like(error_of($r), qr/^Mã xác thực không đúng/, 'a wrong code: refused');
like($r->{body}, qr{<code class="mfa-secret">}, '… the key still shown');
ok(db_value("SELECT enabled_at IS NULL FROM user_mfa WHERE user_id = $id1"), '… nothing enabled');
is($b->get('/admin/')->{status}, 303, '… and the administration still out of reach');

$r = $b->post('/account/mfa/enable', [code => totp_code($key, step_now())]);
is($r->{status}, 200, 'the right code: 200');
like(text_of($r->{body}), qr/Xác thực hai bước đã được bật/, '… "Xác thực hai bước đã được bật"');
my @codes = recovery_codes($r->{body});
my $codes_csrf = page_csrf($r->{body});
is(scalar(@codes), 10, '… and ten recovery codes shown');
is(scalar(keys %{ { map { $_ => 1 } @codes } }), 10, '… all different');
is(scalar(grep { /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/ } @codes), 10, '… each xxxxx-xxxxx of Crockford Base32');
like(text_of($r->{body}), qr/chỉ hiển thị một lần/, '… said to be shown once');
is(db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $id1 AND used_at IS NULL"), 10,
    'ten recovery codes stored');
is(db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $id1 AND code_hash = UNHEX(SHA2("
    . sql_str($codes[0] =~ s/-//r) . ', 256))'), 0, '… hashed with the key, not a plain SHA-256');
ok(db_value("SELECT enabled_at IS NOT NULL AND last_step > 0 FROM user_mfa WHERE user_id = $id1"), 'the factor enabled');
own_change_ok((own_audit($id1, 1))[0], $id1, qr/"second_factor":\s*false/, qr/"second_factor":\s*true, "recovery_left":\s*10\}/,
    'enabled');
is(scalar(mails_to($a1, qr/Xác thực hai bước|mã khôi phục/)), 0, '… no mail for enabling it');
isnt($b->session, $pending_cookie, 'the session is a new one (new token)');
is(db_value("SELECT mfa FROM sessions WHERE user_id = $id1"), 0, '… whole');
$r = $b->get('/admin/');
is($r->{status}, 200, 'the administration opens');
$r = $b->get('/account/mfa');
like($r->{body}, qr{Xác thực hai bước đang bật từ}, 'the factor page now tells it is on');
like($r->{body}, qr{class="recovery-left">10<}, '… with 10 recovery codes left');
ok(!grep({ index($r->{body}, $_) >= 0 } @codes), '… and never shows the codes again');
is($b->post('/account/logout', [], csrf => $codes_csrf)->{status}, 303,
    "the codes page's sign-out works: its forms carry the new session's token");

# ------------------------------------------------------------------ signing in with a code

$b = browser();
$r = $b->login($a1, $PW, mfa => 0, next => '/admin/audit');
is($r->{location}, '/account/mfa?next=%2Fadmin%2Faudit', 'next sign-in: the code is asked, the way back kept');
ok(db_value("SELECT mfa = 1 FROM sessions WHERE user_id = $id1 AND token_hash = UNHEX(SHA2("
    . sql_str($b->session) . ', 256))'), '… a session that waits for the code');
pending_refused($b, 'a session waiting for its code');
$r = $b->get('/account/mfa?next=%2Fadmin%2Faudit');
like($r->{body}, qr{<form class="form" method="post" action="/account/mfa"}, 'the code page: one form');
unlike($r->{body}, qr{mfa-secret|otpauth}, '… that never shows the key');
$r = $b->post('/account/mfa/enable', [code => totp_code($key, step_now())]);
is($r->{status}, 303, 'a session waiting for its code cannot enrol another key');
$r = $b->post('/account/mfa', [code => '12ab', next => '/admin/audit']);
is(error_of($r), 'Mã xác thực gồm 6 chữ số (hoặc mã khôi phục dạng xxxxx-xxxxx).', 'a malformed code: its message');
$r = $b->post('/account/mfa', [code => sprintf('%06d', (totp_code($key, step_now()) + 7) % 1000000), next => '/admin/audit']);
like(error_of($r), qr/^Mã xác thực không đúng/, 'a wrong code: refused');
is($b->get('/admin/audit')->{status}, 303, '… still no way in');
is($b->post('/account/mfa', [code => totp_code($key, step_now()), next => '/admin/audit'], csrf => undef)->{status}, 403,
    'a code without the form\'s CSRF token: 403');
my $step = mfa_fresh_step($a1);
my $code = totp_code($key, $step);
$r = $b->post('/account/mfa', [code => substr($code, 0, 3) . ' ' . substr($code, 3), next => '/admin/audit']);
is($r->{status}, 303, 'the right code (typed "123 456"): 303');
is($r->{location}, '/admin/audit', '… back where the administrator was going');
is($b->get('/admin/audit')->{status}, 200, '… signed in');
is(db_value("SELECT last_step FROM user_mfa WHERE user_id = $id1"), $step, 'the step of the code is remembered');
my @outcomes = db_col("SELECT outcome FROM login_attempts WHERE user_id = $id1 ORDER BY id");
is_deeply([ @outcomes[-4 .. -1] ], [qw(second_factor bad_code bad_code success)],
    'the sign-in record: password right, two bad codes, success');

my $b2 = browser();
$r = $b2->login($a1, $PW, mfa => 0);
$b2->get('/account/mfa');
$r = $b2->post('/account/mfa', [code => $code]);
like(error_of($r), qr/^Mã xác thực không đúng hoặc đã được dùng/, 'the same code again (replayed, within its step): refused');
$r = $b2->post('/account/mfa', [code => totp_code($key, $step - 1)]);
like(error_of($r), qr/^Mã xác thực không đúng/, 'the code of the step before it: refused too');

# ------------------------------------------------------------------ recovery codes

$r = $b2->post('/account/mfa', [code => uc($codes[0] =~ s/-/ /r)]);
is($r->{status}, 303, 'a recovery code (in capitals, a space for the hyphen): signed in');
is(db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $id1 AND used_at IS NOT NULL"), 1, '… and used up');
own_change_ok((own_audit($id1, 1))[0], $id1, qr/"recovery_left":\s*10\}/, qr/"second_factor":\s*true, "recovery_left":\s*9\}/,
    'a recovery code used');
{
	my $m = wait_mail($a1, $RECOVERY_MAIL, 20);
	ok($m, 'the administrator is mailed that a recovery code was used') or diag('no mail');
	like($m->{body} // '', qr/số mã khôi phục còn lại: 9\./, '… how many are left');
	like($m->{body} // '', qr{/account/mfa\n}, '… where to make new ones');
	like($m->{body} // '', qr/Nếu không phải bạn thực hiện, hãy đổi mật khẩu ngay/, '… and what to do if it was not them');
	unlike($m->{body} // '', qr/\Q$codes[0]\E/, '… never the code');
}
like($b2->get('/account/mfa')->{body}, qr{class="recovery-left">9<}, '9 recovery codes left');
my $b3 = browser();
$b3->login($a1, $PW, mfa => 0);
$b3->get('/account/mfa');
$r = $b3->post('/account/mfa', [code => $codes[0]]);
like(error_of($r), qr/^Mã xác thực không đúng hoặc đã được dùng/, 'the same recovery code again: refused');
is(scalar(mails_to($a1, $RECOVERY_MAIL)), 1, '… no second mail, no second audit row') and
    is(audit_count($id1), 2, '… (two rows of the account: enabled, one code used)');

# ------------------------------------------------------------------ throttling

my $a2 = new_staff('admin');
my $id2 = uid($a2);
$b = browser();
$r = $b->login($a2, $PW);
is($r->{status}, 303, "the tests' sign-in enrols a new administrator on its own") or diag(explain($r->{location}));
my $key2 = mfa_key($a2);
ok($key2, '… and keeps its key');
$b->logout;
my $fkey = failure_key(id => $id2);
$b = browser();
$b->login($a2, $PW, mfa => 0);
$b->get('/account/mfa');
for my $i (1 .. 3) {
	$r = $b->post('/account/mfa', [code => sprintf('%06d', (totp_code($key2, step_now()) + 100 * $i) % 1000000)]);
}
is(failure_count($fkey), 3, 'three wrong codes: three failures of the account');
$r = $b->post('/account/mfa', [code => totp_code($key2, mfa_fresh_step($a2))]);
like(error_of($r), qr/Bạn đã nhập sai nhiều lần\. Vui lòng chờ \d+ giây/, 'then even the right code must wait');
is($b->get('/admin/')->{status}, 303, '… not signed in');
my $b4 = browser();
$r = $b4->login($a2, $PW, mfa => 0);
is($r->{status}, 200, 'the password typed again does not end the wait');
like(join(' ', summary_errors($r->{body})), qr/Vui lòng chờ \d+ giây/, '… it must wait too');
failures_back($fkey, 120);
$r = $b->post('/account/mfa', [code => totp_code($key2, mfa_fresh_step($a2))]);
is($r->{status}, 303, 'after the wait, the right code: signed in');
is(failure_count($fkey), 0, '… and the failures cleared');

# The sealed key is bound to its account: the first administrator's row copied to the second
# does not open, even with the first one's code.
db_rows("UPDATE user_mfa SET secret = (SELECT secret FROM (SELECT secret FROM user_mfa WHERE user_id = $id1) x),"
    . " last_step = 0 WHERE user_id = $id2");
$b = browser();
$b->login($a2, $PW, mfa => 0);
$b->get('/account/mfa');
$r = $b->post('/account/mfa', [code => totp_code($key, mfa_fresh_step($a1))]);
like(error_of($r), qr/^Mã xác thực không đúng/, "another account's sealed key does not open for this one");

# ------------------------------------------------------------------ new recovery codes, disable

my $a3 = new_staff('admin');
my $id3 = uid($a3);
$b = browser();
$r = $b->login($a3, $PW);
my @old = recovery_codes($r->{body});
is(scalar(@old), 10, 'a third administrator enrolled: its ten codes');
my $key3 = mfa_key($a3);
$b->get('/account/mfa');
$r = $b->post('/account/mfa/recovery', [code => '000000']);
like(error_of($r), qr/^Mã xác thực không đúng/, 'new recovery codes with a wrong code: refused');
$r = $b->post('/account/mfa/recovery', [code => totp_code($key3, mfa_fresh_step($a3))]);
my @new = recovery_codes($r->{body});
is(scalar(@new), 10, 'with the current code: ten new codes');
is(db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $id3"), 10, '… the old ones gone');
own_change_ok((own_audit($id3, 1))[0], $id3, qr/"second_factor":\s*true/, qr/"second_factor":\s*true, "recovery_left":\s*10\}/,
    'new recovery codes');
$b2 = browser();
$b2->login($a3, $PW, mfa => 0);
$b2->get('/account/mfa');
like(error_of($b2->post('/account/mfa', [code => $old[1]])), qr/^Mã xác thực không đúng/, 'an old recovery code: refused');
is($b2->post('/account/mfa', [code => $new[1]])->{status}, 303, 'a new one: signed in');

$b->get('/account/mfa');
$r = $b->post('/account/mfa/disable', [code => '111111']);
like(error_of($r), qr/^Mã xác thực không đúng/, 'removing the factor with a wrong code: refused');
ok(db_value("SELECT enabled_at IS NOT NULL FROM user_mfa WHERE user_id = $id3"), '… it stays');
my $audit3 = audit_count($id3);
my $disabled_mails = scalar mails_to($a3, $DISABLED_MAIL);
$r = $b->post('/account/mfa/disable', [code => $new[2]]);
is($r->{location}, '/account/mfa', 'removed with a current (recovery) code: an administrator is sent to enrol again');
is(db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $id3"), 0, '… its recovery codes gone');
is(audit_count($id3), $audit3 + 2, 'two audit rows: the recovery code used, then the factor removed');
{
	my @rows = own_audit($id3, 2);
	own_change_ok($rows[0], $id3, qr/"recovery_left":\s*9\}/, qr/"recovery_left":\s*8\}/, 'the code that removes it');
	own_change_ok($rows[1], $id3, qr/"second_factor":\s*true/, qr/"second_factor":\s*false, "recovery_left":\s*0\}/, 'removed');
	my $m = wait_mail($a3, $DISABLED_MAIL, 20, $disabled_mails);
	ok($m, 'the administrator is mailed that the factor was removed') or diag('no mail');
	like($m->{body} // '', qr/vừa được tắt/, '… saying so');
	like($m->{body} // '', qr/Nếu không phải bạn thực hiện/, '… and what to do if it was not them');
}
is($b->get('/admin/')->{location}, '/account/mfa?next=%2Fadmin%2F', '… and the administration out of reach until then');
like($b->get('/account/mfa')->{body}, qr{action="/account/mfa/enable"}, '… the enrolment page');
ok(db_value("SELECT enabled_at IS NULL FROM user_mfa WHERE user_id = $id3"), '… with a new key, not enabled');

# Two sign-ins that must enrol: the one that waits while the other enrols is then asked the
# code of the key enrolled.
my $a4 = new_staff('admin');
my $bx = browser();
$bx->login($a4, $PW, mfa => 0);
is(browser()->login($a4, $PW)->{status}, 303, 'an administrator enrols in one browser');
$r = $bx->get('/account/mfa');
like($r->{body}, qr{<form class="form" method="post" action="/account/mfa"}, '… another sign-in waiting to enrol is asked its code');
unlike($r->{body}, qr{mfa-secret}, '… without a key shown');
$r = $bx->post('/account/mfa', [code => totp_code(mfa_key($a4), mfa_fresh_step($a4))]);
is($r->{location}, '/account/profile', '… and answers it');

# ------------------------------------------------------------------ dvcctl user mfa

sub dvcctl_mfa {
	my ($stdin, @args) = @_;
	local $SIG{PIPE} = 'IGNORE';
	my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF}, 'user', 'mfa', @args);
	print {$in} $stdin if defined $stdin;
	close $in;
	local $/;
	my $text = <$out> // '';
	waitpid($pid, 0);
	return ($? >> 8, $text);
}

my $a5 = new_staff('admin');
my $k5 = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
my ($rc, $out) = dvcctl_mfa("ABC\n", '--email', $a5);
isnt($rc, 0, 'dvcctl user mfa with a key that is not 20 bytes of Base32: refused');
($rc, $out) = dvcctl_mfa("$k5\n", '--email', 'congdan@demo.thanhhoa.gov.vn');
isnt($rc, 0, '… for a citizen: refused');
($rc, $out) = dvcctl_mfa("$k5\n", '--email', $a5);
is($rc, 0, 'dvcctl user mfa gives an administrator a key') or diag($out);
$b = browser();
is($b->login($a5, $PW, mfa => 0)->{location}, '/account/mfa', '… the code is asked at its sign-in');
$b->get('/account/mfa');
is($b->post('/account/mfa', [code => totp_code($k5, step_now())])->{status}, 303, '… a code of that key signs in');
($rc, $out) = dvcctl_mfa(undef, '--email', $a5, '--remove');
is($rc, 0, 'dvcctl user mfa --remove (a phone lost with its codes)') or diag($out);
is(db_value('SELECT COUNT(*) FROM user_mfa WHERE user_id = ' . uid($a5)), 0, '… the factor gone');
$b = browser();
$b->login($a5, $PW, mfa => 0);
like($b->get('/account/mfa')->{body}, qr{action="/account/mfa/enable"}, '… the administrator enrols again at its sign-in');

# ------------------------------------------------------------------ officers and citizens

my $o1 = new_staff('officer');
my $ido1 = uid($o1);
$b = browser();
$r = $b->login($o1, $PW, mfa => 0);
is($r->{location}, '/officer/', 'an officer (mfa_officers = 0) without a factor: no code asked');
$r = $b->get('/account/mfa');
like($r->{body}, qr{action="/account/mfa/enable"}, 'an officer may enrol one');
unlike(text_of($r->{body}), qr/bắt buộc/, '… not told it must');
my ($ko) = $r->{body} =~ m{<code class="mfa-secret">([A-Z2-7 ]+)</code>};
$ko =~ s/ //g;
$r = $b->post('/account/mfa/enable', [code => totp_code($ko, step_now())]);
my @ocodes = recovery_codes($r->{body});
is(scalar(@ocodes), 10, '… enrolled: ten recovery codes');
is(db_value("SELECT mfa FROM sessions WHERE user_id = $ido1"), 0, '… the session stays whole');
$b->logout;
$b = browser();
$r = $b->login($o1, $PW, mfa => 0);
is($r->{location}, '/account/mfa', 'an officer with a factor: the code is asked');
pending_refused($b, "an officer's session waiting for its code");
$b->get('/account/mfa');
$r = $b->post('/account/mfa', [code => $ocodes[0]]);
is($r->{location}, '/officer/', '… answered (a recovery code): the inbox');
$b->get('/account/mfa');
$r = $b->post('/account/mfa/disable', [code => $ocodes[1]]);
is($r->{location}, '/account/mfa?msg=mfa-disabled', 'the officer removes the factor');
like(text_of($b->get($r->{location})->{body}), qr/Đã tắt xác thực hai bước/, '… told so');
is(db_value("SELECT COUNT(*) FROM user_mfa WHERE user_id = $ido1 AND enabled_at IS NOT NULL"), 0, '… gone from the database');
is(db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $ido1"), 0, '… with its recovery codes');
$b->logout;
is(browser()->login($o1, $PW, mfa => 0)->{location}, '/officer/', '… and no code is asked any more');

$b = browser();
my $c = new_citizen();
$r = $b->signup($c);
is($r->{location}, '/account/profile', 'a citizen is never asked');
is($b->get('/account/mfa')->{status}, 404, '… and has no second factor page (404)');
is($b->post('/account/mfa/enable', [code => '123456'], csrf => page_csrf($b->get('/account/profile')->{body}))->{status},
    404, '… nor enrolment');

is(browser()->login('quantri@demo.thanhhoa.gov.vn', 'DemoDVC@2026')->{status}, 303,
    "the demo administrator signs in with the demo key (conf/dev/demo-mfa.txt)");

# ------------------------------------------------------------------ mfa_officers = 1

ok(stop_program('dvc-account'), 'dvc-account stopped');
ok(start_program('dvc-account', mfa_officers => 1), 'dvc-account started with mfa_officers = 1');
my $o2 = new_staff('officer');
$b = browser();
$r = $b->login($o2, $PW, mfa => 0);
is($r->{location}, '/account/mfa', 'an officer without a factor is taken to enrolment');
pending_refused($b, 'an officer who must enrol');
like(text_of($b->get('/account/mfa')->{body}), qr/Tài khoản cán bộ, công chức bắt buộc dùng xác thực hai bước/,
    '… told an officer must');
$r = browser()->login($o2, $PW);
is($r->{location}, '/officer/', "the tests' sign-in enrols the officer and lands on the inbox");
is(browser()->login($o1, $PW)->{status}, 303, 'the other officer enrols too');
ok(db_value('SELECT COUNT(*) FROM user_mfa WHERE enabled_at IS NOT NULL AND user_id = ' . uid($o1)), '… its factor enabled');
ok(stop_program('dvc-account'), 'dvc-account stopped');
ok(start_program('dvc-account'), 'dvc-account started again with the stack\'s dvc.conf');

done_testing();
