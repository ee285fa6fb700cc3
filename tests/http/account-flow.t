#!/usr/bin/perl
# The citizen's way through dvc-account: register → the link of the mail → log in → the
# profile → log out → log in with the
# CCCD, then with the e-mail in capitals → edit the contact details and the organisation →
# change the password (the wrong old one changes nothing; the right one ends the other
# sessions) → the new password works, the old does not → recent sign-ins on the profile.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVC::Account;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $b = browser();
my $c = new_citizen();
my ($y, $m, $d) = split /-/, $c->{birth_date};
my $birth_vn = "$d/$m/$y";
my $t_start = time;

# ------------------------------------------------------------------ register

my $page = $b->get('/account/register');
is($page->{status}, 200, 'GET /account/register is 200');
ok(defined page_csrf($page->{body}) && page_csrf($page->{body}) =~ /^[0-9a-f]{64}$/,
    'the register form carries a csrf token (64 hex digits)');
ok(defined $b->cookie('dvc_csrf'), 'an anonymous visitor of a form gets the pre-sign-in cookie dvc_csrf');
for my $f (qw(full_name citizen_id birth_date phone email password password2 consent)) {
	like($page->{body}, qr{<input\b[^>]*\bname="$f"}, "the register form has the field $f");
}
like($page->{body}, qr{<a\b[^>]*href="/account/privacy"}, 'the consent links to the privacy notice');

my $r = $b->post('/account/register', form_body($c));
is($r->{status}, 200, 'POST /account/register with valid data: 200, a page')
    or diag(join ' | ', summary_errors($r->{body}));
like(text_of($r->{body}), qr/Hãy kiểm tra thư điện tử.*Chúng tôi đã gửi thư đến \Q$c->{email}\E/s,
    'the page says to check the mail sent to the address typed');
ok(!(grep { $_->{name} eq 'dvc_session' } @{ $r->{set_cookies} }), 'no session before the address is verified');
my $u0 = user_row(citizen_id => $c->{citizen_id}) // {};
ok($u0->{id} && !defined $u0->{email_verified_at}, 'the account exists, its address not verified');
my $verify = verify_path($c->{email});
ok(defined $verify, 'the mail folder has a message to the address with a link /account/verify?token=…');
my ($vmail) = mails_to($c->{email}, qr/^Xác nhận thư điện tử/);
like($vmail->{body} // '', qr/Kính gửi \Q$c->{full_name}\E/, 'the message is addressed to the name typed');
$r = $b->get($verify // '/account/verify');
is($r->{status}, 200, 'the link opens: 200');
like(notice_text($r->{body}), qr/Đã xác nhận thư điện tử/, 'the page says the address is verified');
ok(defined((user_row(citizen_id => $c->{citizen_id}) // {})->{email_verified_at}), 'users.email_verified_at is set');
$r = $b->get($verify // '/account/verify');
is($r->{status}, 410, 'the link a second time: 410');
like(join(' | ', summary_errors($r->{body})), qr/đã được sử dụng/, '… "đã được sử dụng"');

$r = $b->login($c->{citizen_id}, $c->{password});
is($r->{status}, 303, 'then the new account signs in: 303') or diag(join ' | ', summary_errors($r->{body}));
is($r->{location}, '/account/profile', '… to /account/profile');

my ($sc) = grep { $_->{name} eq 'dvc_session' } @{ $r->{set_cookies} };
ok($sc, 'a session cookie dvc_session is set');
$sc //= { value => '', attrs => {}, raw => '' };
like($sc->{value}, qr/^[A-Za-z0-9_-]{43}$/, 'the session token is 256 bits in base64url (43 characters)');
ok(exists $sc->{attrs}{httponly}, 'session cookie: HttpOnly') or diag($sc->{raw});
is($sc->{attrs}{samesite}, 'Lax', 'session cookie: SameSite=Lax');
is($sc->{attrs}{path}, '/', 'session cookie: Path=/');
ok(!exists $sc->{attrs}{secure}, 'session cookie: no Secure over plain http');
is($sc->{attrs}{'max-age'}, 12 * 3600, 'session cookie: Max-Age of the 12-hour absolute limit');
my $token1 = $sc->{value};

$r = $b->get('/account/profile');
is($r->{status}, 200, 'the profile after signing in is 200');
my $text = text_of($r->{body});
like($text, qr/\Q$c->{full_name}\E/, 'the profile shows the full name');
like($text, qr/\Q$c->{citizen_id}\E/, 'the profile shows the CCCD');
like($text, qr/\Q$birth_vn\E/, "the profile shows the date of birth as $birth_vn");
is(field_value($r->{body}, 'phone'), $c->{phone}, 'the contact form holds the phone');
is(field_value($r->{body}, 'email'), $c->{email}, 'the contact form holds the e-mail');
ok(!defined field_value($r->{body}, 'citizen_id'), 'the CCCD is not an input of the profile (it cannot be changed)');
is(header_user($r->{body}), $c->{full_name}, 'the page header shows who is signed in');
ok(has_logout_form($r->{body}), 'the page header has a log-out form (POST with csrf)');
like($r->{headers}{'cache-control'} // '', qr/no-store/, 'a signed-in page is not stored by caches');

# The header on another program's page too (the catalogue shares the session).
my $home = $b->get('/');
is(header_user($home->{body}), $c->{full_name}, 'the home page header shows the name as well');
ok(has_logout_form($home->{body}), 'the home page header has the log-out form');

# ------------------------------------------------------------------ the database row

my $u = user_row(citizen_id => $c->{citizen_id});
ok($u, 'a users row exists for the CCCD');
$u //= {};
is($u->{kind}, 'citizen', 'users.kind is citizen');
is($u->{full_name}, $c->{full_name}, 'users.full_name as typed');
is($u->{birth_date}, $c->{birth_date}, 'users.birth_date');
is($u->{phone}, $c->{phone}, 'users.phone');
is($u->{email}, lc $c->{email}, 'users.email (lower case)');
ok(defined $u->{consent_at}, 'users.consent_at is set');
is($u->{consent_version}, '1.0', 'users.consent_version is the notice version');
like($u->{password_hash} // '', qr/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/, 'password_hash is argon2id (19 MiB, 2 passes)');
ok(index($u->{password_hash} // '', $c->{password}) < 0, 'the password itself is not stored');
is(scalar(db_value('SELECT COUNT(*) FROM users WHERE password_hash = ' . sql_str($c->{password}))), 0,
    'no row holds the plain password');
is(session_count(token => $token1), 1, 'the sessions row is found by the SHA-256 of the token');
is(db_value('SELECT COUNT(*) FROM sessions WHERE token_hash = ' . sql_str($token1)), 0,
    'the token itself is not stored');
is(db_value('SELECT user_id FROM sessions WHERE token_hash = UNHEX(' . sql_str(token_hash($token1)) . ')'),
    $u->{id}, 'the session belongs to the new user');
is(db_value('SELECT TIMESTAMPDIFF(HOUR, created_at, expires_at) FROM sessions WHERE token_hash = UNHEX('
    . sql_str(token_hash($token1)) . ')'), 12, 'the session expires 12 hours after its creation');

# ------------------------------------------------------------------ log out

$r = $b->logout;
is($r->{status}, 303, 'POST /account/logout with the csrf: 303');
is($r->{location}, '/account/login?msg=logged-out', '… to the login page with msg=logged-out');
($sc) = grep { $_->{name} eq 'dvc_session' } @{ $r->{set_cookies} };
ok($sc && $sc->{value} eq '' && ($sc->{attrs}{'max-age'} // '') eq '0', 'the session cookie is cleared (empty, Max-Age=0)')
    or diag($sc ? $sc->{raw} : 'no Set-Cookie for dvc_session');
is(session_count(token => $token1), 0, 'the sessions row is gone');
ok(!defined $b->session, 'the browser no longer has a session cookie');
$r = $b->get('/account/login?msg=logged-out');
like(notice_text($r->{body}), qr/Bạn đã đăng xuất/, 'the login page says the user logged out');
ok(!defined header_user($r->{body}), 'the header no longer shows a name');
$r = $b->get('/account/profile');
is($r->{status}, 303, 'GET /account/profile after logging out: 303');
is($r->{location}, '/account/login?next=%2Faccount%2Fprofile', '… to /account/login?next=%2Faccount%2Fprofile');
# The old token, sent again, does not sign anyone in.
$r = $b->get('/account/profile', { Cookie => "dvc_session=$token1" });
is($r->{status}, 303, 'the logged-out token sent again does not open the profile');

# ------------------------------------------------------------------ log in with the CCCD

$r = $b->login($c->{citizen_id}, $c->{password}, next => '/account/profile');
is($r->{status}, 303, 'log in with the CCCD: 303') or diag(join ' | ', summary_errors($r->{body}));
is($r->{location}, '/account/profile', '… to next (/account/profile)');
my $token2 = $b->session;
ok(defined $token2 && $token2 ne $token1, 'a new session token at login');
$r = $b->get('/account/profile');
is($r->{status}, 200, 'the profile is open again');
is(header_user($r->{body}), $c->{full_name}, 'the header shows the name after the login');

# ------------------------------------------------------------------ log in with the e-mail in capitals

$b->logout;
is(session_count(token => $token2), 0, 'logged out again');
$r = $b->login(uc $c->{email}, $c->{password});
is($r->{status}, 303, 'log in with the e-mail in upper case: 303') or diag(join ' | ', summary_errors($r->{body}));
is($r->{location}, '/account/profile', '… to the profile (no next)');
$r = $b->get('/account/profile');
is(header_user($r->{body}), $c->{full_name}, 'signed in with the e-mail');

# ------------------------------------------------------------------ contact details

my $intl = '+84 ' . substr($c->{phone}, 1, 3) . ' ' . substr($c->{phone}, 4, 3) . ' ' . substr($c->{phone}, 7);
my $address = 'Số 12 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa';
my $org = 'Công ty TNHH Thương mại Sông Mã';
$r = $b->submit('/account/profile', [phone => $intl, email => $c->{email}, address => $address,
    org_name => $org, org_tax_code => '2801234567-001']);
is($r->{status}, 303, 'POST /account/profile with a +84 phone, an address and an organisation: 303')
    or diag(join ' | ', summary_errors($r->{body}));
is($r->{location}, '/account/profile?msg=saved', '… to /account/profile?msg=saved');
$r = $b->get('/account/profile?msg=saved');
like(notice_text($r->{body}), qr/Đã lưu thông tin liên hệ/, 'the profile says the details were saved');
is(field_value($r->{body}, 'phone'), $c->{phone}, 'the phone is shown in its 0xxxxxxxxx form');
is(field_value($r->{body}, 'address'), $address, 'the address is shown');
is(field_value($r->{body}, 'org_name'), $org, 'the organisation is shown');
is(field_value($r->{body}, 'org_tax_code'), '2801234567-001', 'the tax code is shown');
$u = user_row(citizen_id => $c->{citizen_id}) // {};
is($u->{phone}, $c->{phone}, 'users.phone saved normalised');
is($u->{address}, $address, 'users.address saved');
is($u->{org_name}, $org, 'users.org_name saved');
is($u->{org_tax_code}, '2801234567-001', 'users.org_tax_code saved');

# An invalid tax code: the message next to it, what was typed kept, nothing saved.
$r = $b->submit('/account/profile', [phone => $c->{phone}, email => $c->{email}, address => 'Chỗ khác',
    org_name => $org, org_tax_code => '28012']);
is($r->{status}, 200, 'a bad tax code: 200 with the form again');
like(field_error($r->{body}, 'org_tax_code') // '', qr/Mã số thuế/, 'a Vietnamese message next to the tax code');
is(field_value($r->{body}, 'address'), 'Chỗ khác', 'the form keeps the address typed');
is(field_value($r->{body}, 'org_tax_code'), '28012', 'the form keeps the tax code typed');
is((user_row(citizen_id => $c->{citizen_id}) // {})->{address}, $address, 'nothing saved');

# The CCCD is not a field of the profile: sending it is refused and changes nothing.
my $other_cccd = new_cccd($y);
$r = $b->submit('/account/profile', [phone => $c->{phone}, email => $c->{email}, address => $address,
    org_name => $org, org_tax_code => '2801234567-001', citizen_id => $other_cccd]);
is($r->{status}, 400, 'POST /account/profile with a citizen_id: 400');
is((user_row(id => $u->{id}) // {})->{citizen_id}, $c->{citizen_id}, 'the CCCD is unchanged');

# ------------------------------------------------------------------ change the password

# A second session, in another browser, that the change must end.
my $b2 = browser();
$r = $b2->login($c->{citizen_id}, $c->{password});
is($r->{status}, 303, 'a second session opened in another browser');
my $token_b2 = $b2->session;
is($b2->get('/account/profile')->{status}, 200, 'the second session works');
my $token_b = $b->session;
my $hash_before = $u->{password_hash};
my $new = 'Hạc Thành ' . int(rand 9000 + 1000) . ' mới';

$page = $b->get('/account/password');
is($page->{status}, 200, 'GET /account/password is 200');
like($page->{body}, qr{<input\b[^>]*\bname="old_password"}, 'the password form asks for the old password');

$r = $b->post('/account/password', [old_password => $c->{password} . 'x', password => $new, password2 => $new]);
is($r->{status}, 200, 'a wrong old password: 200 with the form again');
like(field_error($r->{body}, 'old_password') // '', qr/Mật khẩu hiện tại không đúng/,
    'the message is next to old_password');
ok(index($r->{raw}, Encode::encode_utf8($new)) < 0 && index($r->{raw}, Encode::encode_utf8($c->{password})) < 0,
    'no password is echoed back into the page');
is((user_row(id => $u->{id}) // {})->{password_hash}, $hash_before, 'the password hash is unchanged');
is($b2->get('/account/profile')->{status}, 200, 'the other session still works');

$r = $b->submit('/account/password', [old_password => $c->{password}, password => $new, password2 => $new]);
is($r->{status}, 303, 'the right old password and a good new one: 303')
    or diag(join ' | ', summary_errors($r->{body}));
is($r->{location}, '/account/profile?msg=password-changed', '… to /account/profile?msg=password-changed');
my $hash_after = (user_row(id => $u->{id}) // {})->{password_hash} // '';
isnt($hash_after, $hash_before, 'the hash changed');
like($hash_after, qr/^\$argon2id\$/, 'the new hash is argon2id');
is(session_count(token => $token_b2), 0, "the other session's row is gone");
$r = $b2->get('/account/profile');
is($r->{status}, 303, 'the other browser is signed out');
like($r->{location} // '', qr{^/account/login\?next=%2Faccount%2Fprofile}, '… and sent to the login page');
is($b->session, $token_b, 'this browser keeps its session');
$r = $b->get('/account/profile?msg=password-changed');
is($r->{status}, 200, 'this browser still opens the profile');
like(notice_text($r->{body}), qr/Đã đổi mật khẩu/, 'the profile says the password was changed');
is(session_count(user => $u->{id}), 1, 'one session left for the user');

# ------------------------------------------------------------------ the new password, the old one

my $b3 = browser();
$r = $b3->login($c->{citizen_id}, $c->{password});
is($r->{status}, 200, 'the old password no longer signs in');
like(join(' ', summary_errors($r->{body})), qr/không đúng/, '… with the usual message');
ok(!defined $b3->session, '… and no session');
$r = $b3->login($c->{citizen_id}, $new);
is($r->{status}, 303, 'the new password signs in');

# ------------------------------------------------------------------ recent sign-ins

$r = $b->get('/account/profile');
my @rows = signin_rows($r->{body});
cmp_ok(scalar @rows, '>=', 5, 'the profile lists the recent sign-ins');
my @times = map { vn_time($_) } $t_start - 60 .. time + 60;
my %near = map { $_ => 1 } @times;
ok(@rows && !grep({ !$near{ $_->{at} } } @rows), 'each sign-in shows its time (dd/mm/yyyy HH:MM, Vietnam time)')
    or diag(explain [map { $_->{at} } @rows]);
my ($fail) = grep { $_->{outcome} eq 'Sai mật khẩu' } @rows;
ok($fail, 'the failed sign-in is listed as "Sai mật khẩu"');
is($fail && $fail->{ip}, $b3->ip, '… with the address it came from');
my @ok = grep { $_->{outcome} eq 'Thành công' } @rows;
cmp_ok(scalar @ok, '>=', 4, 'the successful sign-ins are listed as "Thành công"');
is($rows[0]{outcome}, 'Thành công', 'newest first: the last sign-in (with the new password) is first');
is($rows[0]{ip}, $b3->ip, '… from its address');
ok((grep { $_->{ip} eq $b->ip } @rows) && (grep { $_->{ip} eq $b2->ip } @rows),
    'the addresses of the other browsers are listed too');
like($rows[0]{ua} // '', qr/Firefox trên Linux/, 'the browser and system are named');

# Tidy: sign the browsers out.
$b->logout;
$b3->logout;

done_testing();
