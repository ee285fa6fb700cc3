#!/usr/bin/perl
# A forgotten password (modules/account/reset.c): the same answer for an account and for no
# account; the link in the outbox (read from the outbox table, as dvc-notifier would send it)
# sets a new password once, ends every session of the user, voids the user's other links and
# tells the user by mail; a used, expired, voided or tampered link is refused and changes
# nothing; the limits per address and per account; bad input; CSRF; an officer the same way.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Digest::SHA qw(sha256_hex);
use Encode qw(encode_utf8);
use IPC::Open3 qw(open3);
use Test::More;
use DVC::Account;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# domain.h
my $LINK_MINUTES = 30;
my $PER_ACCOUNT = 3;
my $PER_ADDRESS = 10;

sub registered {
	my $c = new_citizen();
	my $br = browser();
	my $r = $br->signup($c);
	is($r->{status}, 303, "registered $c->{full_name}") or diag(join ' | ', summary_errors($r->{body}));
	$c->{id} = user_id(citizen_id => $c->{citizen_id});
	$br->logout;
	return $c;
}

sub outbox_count {
	my ($to) = @_;
	return db_value('SELECT COUNT(*) FROM outbox WHERE recipient = ' . sql_str($to));
}

# The newest message to an address: { id, subject, body, dossier_id }.
sub last_mail {
	my ($to) = @_;
	my ($row) = db_rows('SELECT id, subject, body, COALESCE(dossier_id, 0) FROM outbox WHERE recipient = '
	    . sql_str($to) . ' ORDER BY id DESC LIMIT 1');
	return undef unless $row;
	return { id => $row->[0], subject => $row->[1], body => $row->[2], dossier_id => $row->[3] };
}

# The path of the reset link in a message, and its token.
sub link_of {
	my ($mail) = @_;
	return () unless $mail && $mail->{body} =~ m{\Q$URL\E(/account/reset\?token=([A-Za-z0-9_-]+))};
	return ($1, $2);
}

# Asks for a link from browser $b (a fresh one by default): the response.
sub ask {
	my ($login, $b) = @_;
	$b //= browser();
	return $b->submit('/account/forgot', [login => $login]);
}

# The page's answer as a person reads it: the main content, without the form's token.
sub answer_text {
	my ($html) = @_;
	my ($main) = $html =~ m{<main\b[^>]*>(.*)</main>}s or return '';
	$main =~ s{<input\b[^>]*name="csrf"[^>]*>}{}g;
	return text_of($main);
}

sub password_hash_of { db_value('SELECT password_hash FROM users WHERE id = ' . ($_[0] + 0)) }

sub signed_in {
	my ($b) = @_;
	my $r = $b->get('/account/profile');
	return $r->{status} == 200;
}

# The refusal of a link: its status and the message at the top of the page.
sub refused_ok {
	my ($r, $status, $re, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $msg = join ' | ', summary_errors($r->{body});
	ok($r->{status} == $status && $msg =~ $re, $name) or diag("status $r->{status}: $msg");
	unlike($r->{body}, qr{name="password"}, "$name: no password form");
	like($r->{body}, qr{href="/account/forgot"}, "$name: a way to ask for a new link");
}

# ------------------------------------------------------------------ the way in

{
	my $r = browser()->get('/account/login');
	like($r->{body}, qr{<a href="/account/forgot">Quên mật khẩu\?</a>}, 'the sign-in page links "Quên mật khẩu?"');
	$r = browser()->get('/account/forgot');
	is($r->{status}, 200, 'the forgotten password page');
	like($r->{body}, qr{<form[^>]*action="/account/forgot"}, 'it asks for the CCCD or e-mail');
	like($r->{body}, qr{name="csrf"}, 'with a CSRF token');
}

# ------------------------------------------------------------------ the same answer

my $c = registered();
my %answers;
{
	my $before = outbox_count($c->{email});
	my $rows = db_value('SELECT COUNT(*) FROM password_resets');
	my $unknown_cccd = new_cccd(1985);
	my $unknown_mail = 'khongco' . int(rand 1e9) . '@thu.example.vn';
	for my $case ([account_cccd => $c->{citizen_id}], [account_email => uc $c->{email}],
	    [unknown_cccd => $unknown_cccd], [unknown_email => $unknown_mail]) {
		my ($name, $login) = @$case;
		my $r = ask($login);
		$answers{$name} = { status => $r->{status}, text => answer_text($r->{body}), seconds => $r->{seconds} };
	}
	is($answers{$_}{status}, 200, "$_: 200") for sort keys %answers;
	like($answers{account_cccd}{text}, qr/Nếu thông tin bạn nhập khớp với một tài khoản.*trong vòng $LINK_MINUTES phút/s,
	    'the answer: if an account matches, a link was sent, good for 30 minutes');
	is($answers{$_}{text}, $answers{account_cccd}{text}, "$_: the very same page as for an account")
	    for qw(account_email unknown_cccd unknown_email);
	is(outbox_count($c->{email}), $before + 2, 'the account (by CCCD, by e-mail in capitals) got two messages');
	is(outbox_count($unknown_mail), 0, 'nothing to the unknown address');
	is(db_value('SELECT COUNT(*) FROM password_resets') - $rows, 4, 'every request is recorded');
	is(db_value('SELECT COUNT(*) FROM password_resets WHERE user_id IS NULL AND token_hash IS NULL'
	    . ' AND created_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE') >= 2, 1, 'those that matched no account without a link');
	diag(sprintf('answer times: %s', join ', ', map { sprintf '%s %.0f ms', $_, 1000 * $answers{$_}{seconds} } sort keys %answers));
}

# ------------------------------------------------------------------ the message and its link

my ($path, $token);
{
	my $mail = last_mail($c->{email});
	ok($mail, 'the message is in the outbox');
	like($mail->{subject}, qr/^Đặt lại mật khẩu tài khoản trên /, 'its subject');
	unlike($mail->{subject}, qr/\n/, 'one line of subject');
	is($mail->{dossier_id}, 0, 'about no dossier');
	like($mail->{body}, qr/^Kính gửi \Q$c->{full_name}\E,/, 'addressed to the account holder by name');
	like($mail->{body}, qr/trong vòng $LINK_MINUTES phút/, 'it says how long the link is good');
	($path, $token) = link_of($mail);
	ok(defined $token && length($token) == 43, 'a link with a 256-bit token (43 base64url characters)');
	my $hash = db_value('SELECT LOWER(HEX(token_hash)) FROM password_resets WHERE user_id = '
	    . $c->{id} . ' ORDER BY id DESC LIMIT 1');
	is($hash, sha256_hex($token), 'the table keeps the SHA-256 of the token');
	is(db_value('SELECT COUNT(*) FROM password_resets WHERE INSTR(CONCAT_WS(\' \', token_hash, ip), '
	    . sql_str($token) . ') > 0'), 0, 'never the token itself');
	is(db_value('SELECT TIMESTAMPDIFF(MINUTE, created_at, expires_at) FROM password_resets WHERE user_id = '
	    . $c->{id} . ' ORDER BY id DESC LIMIT 1'), $LINK_MINUTES, 'it expires 30 minutes after the request');
}

# ------------------------------------------------------------------ setting the password

{
	# Two sessions of the user, taken before the reset.
	my $phone = browser();
	my $laptop = browser();
	is($phone->login($c->{citizen_id}, $c->{password})->{status}, 303, 'signed in on a phone');
	is($laptop->login($c->{email}, $c->{password})->{status}, 303, 'and on a laptop');
	my $old_cookie = $phone->session;
	ok(signed_in($phone) && signed_in($laptop), 'both sessions work');
	my $old_hash = password_hash_of($c->{id});

	my $b = browser();
	my $r = $b->get($path);
	is($r->{status}, 200, 'the link opens the new-password form');
	like($r->{body}, qr{<form[^>]*action="/account/reset"}, 'a form to set it');
	like($r->{body}, qr{<meta name="referrer" content="strict-origin"}, 'the page sends only the origin as referrer (the token is in its address)');
	like($r->{body}, qr{name="token" value="\Q$token\E"}, 'the token goes with the form');

	# The registration's policy.
	$r = $b->post('/account/reset', [token => $token, password => 'matkhau', password2 => 'matkhau']);
	is($r->{status}, 200, 'a short password: the form again');
	like(field_error($r->{body}, 'password') // '', qr/ít nhất 12 ký tự/, 'too short, at the field');
	$r = $b->post('/account/reset', [token => $token, password => 'Administrator!', password2 => 'Administrator!']);
	like(field_error($r->{body}, 'password') // '', qr/từ trong từ điển/, 'a dictionary word is refused');
	$r = $b->post('/account/reset', [token => $token, password => $c->{citizen_id}, password2 => $c->{citizen_id}]);
	like(field_error($r->{body}, 'password') // '', qr/không được trùng/, 'the CCCD is refused');
	$r = $b->post('/account/reset', [token => $token, password => 'Sầm Sơn 2026 biển', password2 => 'Sầm Sơn 2026 bien']);
	like(field_error($r->{body}, 'password2') // '', qr/không giống nhau/, 'two different passwords are refused');
	$r = $b->post('/account/reset', [token => $token, password => '', password2 => '']);
	is($r->{status}, 200, 'no password: the form again');
	ok(field_error($r->{body}, 'password'), 'with a message at the field');
	unlike($r->{body}, qr/Sầm Sơn/, 'no password typed comes back in the page');
	is(password_hash_of($c->{id}), $old_hash, 'nothing changed so far');
	ok(signed_in($phone), 'the sessions still work');

	my $new = 'Hàm Rồng ' . int(rand 9000 + 1000) . ' đỏ';
	$r = $b->post('/account/reset', [token => $token, password => $new, password2 => $new]);
	is($r->{status}, 303, 'a good password: set');
	is($r->{location}, '/account/login?msg=password-reset', 'to the sign-in page with a message');
	$r = $b->get($r->{location});
	like(notice_text($r->{body}), qr/Đã đặt lại mật khẩu/, 'which says the password was reset');
	isnt(password_hash_of($c->{id}), $old_hash, 'the password changed');

	is(session_count(user => $c->{id}), 0, 'no session of the user is left');
	$r = browser()->get('/account/profile', { Cookie => "dvc_session=$old_cookie" });
	is($r->{status}, 303, 'a session cookie taken before no longer works');
	ok(!signed_in($laptop), 'nor the other one');

	my $mail = last_mail($c->{email});
	like($mail->{subject}, qr/^Mật khẩu tài khoản của bạn đã được đặt lại/, 'the user is told by mail');
	like($mail->{body}, qr/Mọi phiên đăng nhập của tài khoản đã được kết thúc/, 'that every session ended');
	my @link = link_of($mail);
	is(scalar @link, 0, 'that message carries no link');
	ok(db_value('SELECT used_at IS NOT NULL FROM password_resets WHERE token_hash = UNHEX(' . sql_str(sha256_hex($token)) . ')'),
	    'the link is marked used');

	is(browser()->login($c->{citizen_id}, $c->{password})->{status}, 200, 'the old password no longer signs in');
	is(browser()->login($c->{citizen_id}, $new)->{status}, 303, 'the new one does');
	$c->{password} = $new;

	# Once only.
	my $hash = password_hash_of($c->{id});
	refused_ok(browser()->get($path), 410, qr/đã được sử dụng/, 'the link a second time');
	my $again = browser();
	$again->get('/account/forgot');
	$r = $again->post('/account/reset', [token => $token, password => 'Lam Kinh 4821 xanh', password2 => 'Lam Kinh 4821 xanh']);
	refused_ok($r, 410, qr/đã được sử dụng/, 'its form posted a second time');
	is(password_hash_of($c->{id}), $hash, 'the password stays');
}

# ------------------------------------------------------------------ the other links are voided

{
	my $d = registered();
	ask($d->{email});
	my (undef, $first) = link_of(last_mail($d->{email}));
	ask($d->{citizen_id});
	my ($second_path, $second) = link_of(last_mail($d->{email}));
	isnt($first, $second, 'two requests, two links');
	is(browser()->get("/account/reset?token=$first")->{status}, 200, 'the first one is good before');
	my $b = browser();
	$b->get($second_path);
	my $pw = 'Bến En ' . int(rand 9000 + 1000) . ' sen';
	is($b->post('/account/reset', [token => $second, password => $pw, password2 => $pw])->{status}, 303,
	    'the second one sets the password');
	refused_ok(browser()->get("/account/reset?token=$first"), 410, qr/đã hết hạn/, 'then the first is void');

	# The profile's password change voids them too, and ends the other sessions (session_end_others).
	ask($d->{email});
	my (undef, $third) = link_of(last_mail($d->{email}));
	my $other = browser();
	$other->login($d->{email}, $pw);
	my $me = browser();
	$me->login($d->{email}, $pw);
	my $pw2 = 'Pù Luông ' . int(rand 9000 + 1000) . ' mây';
	my $r = $me->submit('/account/password', [old_password => $pw, password => $pw2, password2 => $pw2]);
	is($r->{status}, 303, 'a password changed in the profile');
	ok(signed_in($me) && !signed_in($other), 'keeps this session and ends the others');
	refused_ok(browser()->get("/account/reset?token=$third"), 410, qr/đã hết hạn/, 'and voids the link asked for before');
}

# ------------------------------------------------------------------ expired and tampered links

{
	my $e = registered();
	ask($e->{citizen_id});
	my ($epath, $etoken) = link_of(last_mail($e->{email}));
	my $hash = password_hash_of($e->{id});
	db_rows('UPDATE password_resets SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE token_hash = UNHEX('
	    . sql_str(sha256_hex($etoken)) . ')');
	refused_ok(browser()->get($epath), 410, qr/đã hết hạn/, 'an expired link');
	my $b = browser();
	$b->get('/account/forgot');
	my $r = $b->post('/account/reset', [token => $etoken, password => 'Lam Kinh 4821 xanh', password2 => 'Lam Kinh 4821 xanh']);
	refused_ok($r, 410, qr/đã hết hạn/, 'an expired link posted');
	is(password_hash_of($e->{id}), $hash, 'the password stays');

	ask($e->{email});
	my (undef, $good) = link_of(last_mail($e->{email}));
	my $flip = substr($good, 10, 1) eq 'A' ? 'B' : 'A';
	(my $tampered = $good) =~ s/^(.{10})./$1$flip/;
	refused_ok(browser()->get("/account/reset?token=$tampered"), 404, qr/không đúng/, 'a token with one character changed');
	refused_ok(browser()->get('/account/reset?token=' . substr($good, 0, 42)), 404, qr/không đúng/, 'a token cut short');
	refused_ok(browser()->get("/account/reset?token=${good}A"), 404, qr/không đúng/, 'a token made longer');
	refused_ok(browser()->get('/account/reset'), 404, qr/không đúng/, 'no token');
	refused_ok(browser()->get('/account/reset?token=' . sha256_hex($good)), 404, qr/không đúng/, 'the hash in place of the token');
	$b = browser();
	$b->get('/account/forgot');
	$r = $b->post('/account/reset', [token => $tampered, password => 'Lam Kinh 4821 xanh', password2 => 'Lam Kinh 4821 xanh']);
	refused_ok($r, 404, qr/không đúng/, 'a tampered token posted');
	is(password_hash_of($e->{id}), $hash, 'the password stays');
	is(browser()->get("/account/reset?token=$good")->{status}, 200, 'the real link still works after all that');
	is(browser()->get('/account/reset?token=' . ('%21' x 43))->{status}, 400, 'a token of characters no token has: 400');
}

# ------------------------------------------------------------------ CSRF

{
	my $f = registered();
	my $before = outbox_count($f->{email});
	my $b = browser();
	$b->get('/account/forgot');
	is($b->post('/account/forgot', [login => $f->{email}], csrf => undef)->{status}, 403, 'a request without a CSRF token: 403');
	is($b->post('/account/forgot', [login => $f->{email}], origin => 'https://evil.example')->{status}, 403, 'from another site: 403');
	is(outbox_count($f->{email}), $before, 'no message');
	ask($f->{email});
	my ($fpath, $ftoken) = link_of(last_mail($f->{email}));
	$b = browser();
	$b->get($fpath);
	my $hash = password_hash_of($f->{id});
	is($b->post('/account/reset', [token => $ftoken, password => 'Lam Kinh 4821 xanh', password2 => 'Lam Kinh 4821 xanh'],
	    csrf => undef)->{status}, 403, 'a new password without a CSRF token: 403');
	is($b->post('/account/reset', [token => $ftoken, password => 'Lam Kinh 4821 xanh', password2 => 'Lam Kinh 4821 xanh'],
	    csrf => 'f' x 64)->{status}, 403, 'with a wrong one: 403');
	is(password_hash_of($f->{id}), $hash, 'the password stays');
	is(browser()->get($fpath)->{status}, 200, 'the link is still good');
}

# ------------------------------------------------------------------ limits

{
	# Per account: a few links an hour, whoever asks; then the same answer and no message.
	my $g = registered();
	my $before = outbox_count($g->{email});
	my $first = answer_text(ask($g->{email})->{body});
	ask($g->{citizen_id}) for 2 .. $PER_ACCOUNT;
	is(outbox_count($g->{email}), $before + $PER_ACCOUNT, "$PER_ACCOUNT links to one account");
	my $r = ask($g->{email});
	is($r->{status}, 200, 'one more: 200');
	is(answer_text($r->{body}), $first, 'the same answer');
	is(outbox_count($g->{email}), $before + $PER_ACCOUNT, 'but no message');
	db_rows("UPDATE password_resets SET created_at = created_at - INTERVAL 61 MINUTE WHERE user_id = $g->{id}");
	ask($g->{email});
	is(outbox_count($g->{email}), $before + $PER_ACCOUNT + 1, 'an hour later, a link again');

	# Per address: a few requests an hour, whether accounts match or not.
	my $h = registered();
	my $b = browser();
	for my $i (1 .. $PER_ADDRESS) {
		$r = ask('khong' . $i . int(rand 1e9) . '@thu.example.vn', $b);
		last unless $r->{status} == 200 && $r->{body} =~ /Hãy kiểm tra hộp thư/;
	}
	like($r->{body}, qr/Hãy kiểm tra hộp thư/, "$PER_ADDRESS requests from one address are answered");
	my $hb = outbox_count($h->{email});
	$r = ask($h->{email}, $b);
	is($r->{status}, 200, 'one more: 200');
	like(join(' | ', summary_errors($r->{body})), qr/quá nhiều yêu cầu.*60 phút/, 'told to wait');
	unlike($r->{body}, qr/Hãy kiểm tra hộp thư/, 'no "sent" answer');
	is(outbox_count($h->{email}), $hb, 'and no message, though the account exists');
	ask($h->{email});
	is(outbox_count($h->{email}), $hb + 1, 'from another address it goes');
}

# ------------------------------------------------------------------ retention

{
	db_rows("INSERT INTO password_resets (user_id, token_hash, created_at, expires_at, ip) VALUES"
	    . " (NULL, NULL, UTC_TIMESTAMP() - INTERVAL 31 DAY, UTC_TIMESTAMP() - INTERVAL 31 DAY, '127.9.9.9')");
	is(db_value("SELECT COUNT(*) FROM password_resets WHERE ip = '127.9.9.9'"), 1, 'a request of 31 days ago');
	ask('khongco' . int(rand 1e9) . '@thu.example.vn');
	is(db_value("SELECT COUNT(*) FROM password_resets WHERE ip = '127.9.9.9'"), 0, 'is removed by the next request (30 days kept)');
}

# ------------------------------------------------------------------ bad input

{
	my $b = browser();
	my $r = ask('', $b);
	is($r->{status}, 200, 'nothing typed: the form again');
	like(field_error($r->{body}, 'login') // '', qr/Hãy nhập số định danh/, 'asking for it at the field');
	$r = ask("   \t ", $b);
	ok(field_error($r->{body}, 'login'), 'blanks only: the same');
	$r = ask('a' x 255 . '@thu.example.vn', $b);
	is($r->{status}, 400, 'too long: 400');
	like($r->{body}, qr/quá dài/, 'said in Vietnamese');
	is(ask("0380\x{01}90001234", $b)->{status}, 400, 'a control character: 400');
	is(ask("congdan\0\@demo.thanhhoa.gov.vn", $b)->{status}, 400, 'a NUL: 400');
	$b->get('/account/forgot');
	is($b->post('/account/forgot', [login => 'x', other => 'y'])->{status}, 400, 'an unknown field: 400');
	is($b->request('POST', '/account/forgot', { 'Content-Type' => 'application/x-www-form-urlencoded', Origin => $URL },
	    'login=%ZZ&csrf=' . $b->csrf)->{status}, 400, 'bad percent-encoding: 400');

	my $k = registered();
	ask($k->{email});
	my ($kpath, $ktoken) = link_of(last_mail($k->{email}));
	my $hash = password_hash_of($k->{id});
	$b = browser();
	$b->get($kpath);
	is($b->post('/account/reset', [token => $ktoken, password => 'x' x 129, password2 => 'x' x 129])->{status}, 400,
	    'a password over 128 characters: 400');
	$b->get($kpath);
	is($b->post('/account/reset', [token => $ktoken, password => "Lam Kinh\x{07}4821", password2 => "Lam Kinh\x{07}4821"])->{status},
	    400, 'a control character in the password: 400');
	$b->get($kpath);
	is($b->post('/account/reset', [token => 'x' x 65, password => 'Lam Kinh 4821 xanh', password2 => 'Lam Kinh 4821 xanh'])->{status},
	    400, 'a token over 64 characters: 400');
	is(password_hash_of($k->{id}), $hash, 'nothing changed');
	is(browser()->get($kpath)->{status}, 200, 'and the link is still good');
}

# ------------------------------------------------------------------ an officer, the same way

{
	my $email = 'canbo.reset.' . $$ . int(rand 1e6) . '@demo.thanhhoa.gov.vn';
	my $pw = 'Cán bộ ' . (1000 + int rand 9000) . ' một cửa';
	local $SIG{PIPE} = 'IGNORE';
	my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF},
	    'user', 'add', '--kind', 'officer', '--name', encode_utf8('Lê Văn Cán Bộ'), '--email', $email,
	    '--role', '000.00.10.H56:receiver');
	print {$in} encode_utf8("$pw\n");
	close $in;
	my $text = do { local $/; <$out> } // '';
	waitpid($pid, 0);
	is($?, 0, 'an officer made by dvcctl') or diag($text);
	my $id = user_id(email => $email);
	my $desk = browser();
	is($desk->login($email, $pw)->{status}, 303, 'signed in at the desk');
	ask($email);
	my ($opath, $otoken) = link_of(last_mail($email));
	ok($otoken, 'the officer gets a link');
	my $b = browser();
	$b->get($opath);
	my $new = 'Một cửa ' . (1000 + int rand 9000) . ' liên thông';
	is($b->post('/account/reset', [token => $otoken, password => $new, password2 => $new])->{status}, 303, 'and sets a new password');
	ok(!signed_in($desk), 'the desk session ended');
	my $r = browser()->login($email, $new);
	is($r->{location}, '/officer/', 'the new password signs in, to the inbox');
}

done_testing();
