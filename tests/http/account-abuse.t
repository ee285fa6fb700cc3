#!/usr/bin/perl
# Accounts that a stranger can neither lock out nor list (issue 11, items 1, 2 and 7):
#   - wrong passwords slow an account down for a minute at most, never lock it; a wrong try
#     after a quarter of an hour does not start a lock again; the owner ends the wait at once
#     with a link sent to the verified address;
#   - a real login and a login that matches no account get the same answers, step by step,
#     in the same time (medians of 24 tries each);
#   - the limit per address grows with the accounts that signed in from it (an office);
#   - a registration with a CCCD or an address in use gets the very page a new one gets, in
#     the same time (medians of 20 each), and is limited per address;
#   - the profile's change of address tells nobody whether the address is in use;
#   - an account whose address is not verified cannot submit a dossier until it is;
#   - a draft's contact address that is not the account's gets no message until confirmed.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVC::Account;
use DVC::Submit qw(citizen unverified_citizen pick_procedure);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

sub median {
	my @s = sort { $a <=> $b } @_;
	return @s % 2 ? $s[$#s / 2] : ($s[@s / 2 - 1] + $s[@s / 2]) / 2;
}

# Two medians close enough that they tell nothing: within a quarter of the larger, or 15 ms
# (the hash alone takes tens of milliseconds; skipping it, or a page of its own, would not fit).
sub same_time {
	my ($what, $x, $y) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my ($mx, $my) = (median(@$x), median(@$y));
	my $max = $mx > $my ? $mx : $my;
	my $tol = 0.25 * $max > 0.015 ? 0.25 * $max : 0.015;
	diag(sprintf('%s: medians %.1f ms and %.1f ms over %d and %d tries', $what, 1000 * $mx, 1000 * $my,
	    scalar @$x, scalar @$y));
	ok(abs($mx - $my) <= $tol, "$what: the median times differ by at most " . sprintf('%.0f ms', 1000 * $tol));
}

# The answer as a person reads it: the status, the main content's text (the numbers of a wait
# and the address typed put aside, which each page repeats from what was typed).
sub answer {
	my ($r) = @_;
	my ($main) = ($r->{body} // '') =~ m{<main\b[^>]*>(.*)</main>}s;
	my $t = text_of($main // '');
	$t =~ s/Chúng tôi đã gửi thư đến \S+/Chúng tôi đã gửi thư đến …/;
	$t =~ s/chờ \d+ giây/chờ N giây/;
	return "$r->{status} $t";
}

sub registered {
	my $c = new_citizen();
	my $r = browser()->signup($c);
	is($r->{status}, 303, "registered, verified, signed in: $c->{full_name}") or diag(join ' | ', summary_errors($r->{body}));
	$c->{id} = user_id(citizen_id => $c->{citizen_id});
	return $c;
}

# ------------------------------------------------------------------ lockout as a weapon

{
	my $v = registered();
	my $key = failure_key(id => $v->{id});
	my $stranger = browser();
	# Ten wrong passwords a minute apart, then a quarter of an hour later one more.
	for my $i (1 .. 10) {
		failures_back($key, 61) if $i > 1;
		$stranger->login($v->{citizen_id}, 'Đoán bừa mật khẩu 01');
	}
	failures_back($key, 16 * 60);
	$stranger->login($v->{citizen_id}, 'Đoán bừa mật khẩu 02');
	my $owner = browser();
	my $r = $owner->login($v->{citizen_id}, $v->{password});
	my $msg = join ' | ', summary_errors($r->{body});
	unlike($msg, qr/khóa/, 'ten failures, then one more after a quarter of an hour: the owner is not locked out')
	    or diag($msg);
	is($r->{status}, 303, '… the owner signs in at once (one failure in the window is no wait)')
	    or diag($msg);

	# A stranger trying every minute: the owner waits a minute at most.
	$owner->logout;
	$stranger = browser();	# each address has its own limit (30 failures a quarter of an hour)
	for my $i (1 .. 20) {
		failures_back($key, 61);
		$stranger->login($v->{citizen_id}, "Đoán bừa mật khẩu $i");
	}
	$r = $owner->login($v->{citizen_id}, $v->{password});
	$msg = join ' | ', summary_errors($r->{body});
	my ($wait) = $msg =~ /chờ (\d+) giây/;
	ok(defined $wait && $wait <= 60, 'twenty failures a minute apart: the owner is asked to wait at most 60 s')
	    or diag($msg);
	failures_back($key, 61);
	$r = $owner->login($v->{citizen_id}, $v->{password});
	is($r->{status}, 303, '… and signs in after it');
	$owner->logout;

	# Or at once, with the link sent to the verified address.
	$stranger = browser();
	$stranger->login($v->{citizen_id}, 'Đoán bừa mật khẩu 99') for 1 .. 4;
	$r = $owner->login($v->{citizen_id}, $v->{password});
	like(join(' ', summary_errors($r->{body})), qr/Vui lòng chờ/, 'after more failures the owner must wait again');
	ok($r->{body} =~ m{<form\b[^>]*action="/account/unlock"}, '… and is offered an unlock link');
	my $before = () = mails_to($v->{email}, qr/^Mở khóa đăng nhập/);
	my $ask = $owner->post('/account/unlock', [login => $v->{citizen_id}]);
	is($ask->{status}, 200, 'asking for the link: 200');
	like(text_of($ask->{body}), qr/đường dẫn mở khóa đã được gửi/, '… "the link was sent if the account is verified"');
	my $m = wait_mail($v->{email}, qr/^Mở khóa đăng nhập/, 20, $before);
	my $path = mail_link($m, '/account/unlock');
	ok(defined $path, 'the verified address gets a message with /account/unlock?token=…');
	$r = $owner->get($path // '/account/unlock');
	is($r->{status}, 200, 'the link opens: 200');
	like(text_of($r->{body}), qr/Đã mở khóa/, '… "Đã mở khóa"');
	is(failure_count($key), 0, "the account's failures are gone");
	$r = $owner->login($v->{citizen_id}, $v->{password});
	is($r->{status}, 303, 'the owner signs in at once');
	is($owner->get($path // '/account/unlock')->{status}, 410, 'the link works once');

	# The same answer for a login that matches no account, and nothing sent.
	my $ghost = new_cccd(1975);
	my $gb = browser();
	my $a1 = $gb->post('/account/unlock', [login => $ghost], csrf => page_csrf($gb->get('/account/login')->{body}));
	is(answer($a1), answer($ask), 'an unlock asked for a login that matches no account: the same page');
	is(db_value("SELECT COUNT(*) FROM account_links WHERE purpose = 'unlock' AND ip = " . sql_str($gb->ip)
	    . ' AND token_hash IS NULL'), 1, '… recorded, nothing sent');
}

# ------------------------------------------------------------------ known and unknown logins

{
	my $k = registered();
	my $ghost = new_cccd(1982);
	my ($kkey, $gkey) = (failure_key(id => $k->{id}), failure_key(login => $ghost));
	my ($kb, $gb) = (browser(), browser());
	my (@ka, @ga, @kt, @gt);
	# 24 tries each, interleaved; most a minute after the last failure (answered "wrong"), every
	# fourth at once (answered "wait"), so that both ways through login() are timed.
	for my $i (1 .. 24) {
		if ($i % 4) {
			failures_back($kkey, 61);
			failures_back($gkey, 61);
		}
		my $r = $kb->login($k->{citizen_id}, "Mật khẩu sai số $i");
		push @ka, answer($r);
		push @kt, $r->{seconds};
		$r = $gb->login($ghost, "Mật khẩu sai số $i");
		push @ga, answer($r);
		push @gt, $r->{seconds};
	}
	is_deeply(\@ga, \@ka, '24 tries: a login that matches no account gets the answers of a real one, step by step');
	ok((grep { /không đúng/ } @ka) && (grep { /Vui lòng chờ N giây/ } @ka), '… both kinds of answer among them');
	ok(!grep({ /khóa/ && !/mở khóa/ } @ka), '… never a lock');
	is(failure_count($gkey), failure_count($kkey), 'the failures are counted alike');
	same_time('a real login and one matching no account', \@kt, \@gt);
}

# ------------------------------------------------------------------ an office behind one address

{
	my $office = new_ip();
	my @staff = map { registered() } 1 .. 5;
	for my $s (@staff) {
		my $r = browser(ip => $office)->login($s->{citizen_id}, $s->{password});
		is($r->{status}, 303, "$s->{full_name} signs in from the office's address");
	}
	# 60 failures from the office in the last minutes: over the 30 of an unknown address.
	db_rows('INSERT INTO login_attempts (at, ip, user_id, login, outcome, user_agent) SELECT UTC_TIMESTAMP()'
	    . ' - INTERVAL seq SECOND, ' . sql_str($office) . ", NULL, 'abc***', 'unknown_account', 'x' FROM seq_1_to_60");
	my $r = browser(ip => $office)->login($staff[0]{citizen_id}, $staff[0]{password});
	is($r->{status}, 303, 'with 60 failures from it, the office (five accounts signed in from it) still signs in')
	    or diag(join ' | ', summary_errors($r->{body}));
	db_rows('INSERT INTO login_attempts (at, ip, user_id, login, outcome, user_agent) SELECT UTC_TIMESTAMP()'
	    . ' - INTERVAL seq SECOND, ' . sql_str($office) . ", NULL, 'abc***', 'unknown_account', 'x' FROM seq_1_to_20");
	$r = browser(ip => $office)->login($staff[1]{citizen_id}, $staff[1]{password});
	like(join(' ', summary_errors($r->{body})), qr/quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này/,
	    '80 failures: over 30 + 10 for each of the five accounts, the address is refused');
	clear_ip_failures($office);
}

# ------------------------------------------------------------------ registration

{
	my $a = registered();
	my (@na, @ea, @nt, @et);
	my $told0 = () = mails_to($a->{email}, qr/^Có người dùng thông tin tài khoản/);
	for my $i (1 .. 20) {
		my $fresh = new_citizen();
		my $r = browser()->register($fresh);
		push @na, answer($r);
		push @nt, $r->{seconds};
		my $dup = $i % 2 ? new_citizen(citizen_id => $a->{citizen_id}, birth_date => $a->{birth_date})
		    : new_citizen(email => $a->{email});
		$r = browser()->register($dup);
		push @ea, answer($r);
		push @et, $r->{seconds};
	}
	is_deeply(\@ea, \@na, '20 registrations with a CCCD or an address in use: the page of 20 new ones');
	like($na[0], qr/^200 Hãy kiểm tra thư điện tử/, '… "Hãy kiểm tra thư điện tử"');
	same_time('a new registration and one with a CCCD or an address in use', \@nt, \@et);
	ok(wait_mail($a->{email}, qr/^Có người dùng thông tin tài khoản/, 20, $told0 + 19),
	    "the owner is told of each of the 20 tries");

	# The limit per address: every registration counts, new or not.
	my $rb = browser();
	my @st;
	for my $i (1 .. 20) {
		my $r = $rb->register($i % 5 ? new_citizen() : new_citizen(email => $a->{email}));
		push @st, scalar(summary_errors($r->{body})) ? 'refused' : 'sent';
	}
	is_deeply([keys %{ { map { $_ => 1 } @st } }], ['sent'], '20 registrations from one address: answered');
	my $c = new_citizen();
	my $r = $rb->register($c);
	like(join(' ', summary_errors($r->{body})), qr/quá nhiều lần đăng ký tài khoản từ địa chỉ mạng này/,
	    'the 21st within the hour is refused');
	ok(!user_id(citizen_id => $c->{citizen_id}), '… and makes no account');
}

# An identity registered first and never verified is not kept: once its link expired (48 hours),
# a registration with the same CCCD takes it over, with its own address.
{
	my $squatter = new_citizen();
	browser()->register($squatter);
	my $sid = user_id(citizen_id => $squatter->{citizen_id});
	ok($sid, 'someone registered a CCCD and never opened the link');
	my $owner = new_citizen(citizen_id => $squatter->{citizen_id}, birth_date => $squatter->{birth_date});
	browser()->register($owner);
	is(user_id(citizen_id => $owner->{citizen_id}), $sid, 'within 48 hours the account stays');
	db_rows("UPDATE users SET created_at = created_at - INTERVAL 49 HOUR WHERE id = $sid");
	my $r = browser()->signup($owner);
	is($r->{status}, 303, 'after 48 hours the CCCD registers anew, is verified and signs in');
	my $row = user_row(citizen_id => $owner->{citizen_id}) // {};
	isnt($row->{id}, $sid, '… a new account');
	is($row->{email}, lc $owner->{email}, '… with the new address');
}

# ------------------------------------------------------------------ the profile's change of address

{
	my $u = registered();
	my $b = browser();
	$b->login($u->{citizen_id}, $u->{password});
	my $free = 'moi' . int(rand 1e9) . '@thu.example.vn';
	my $taken = 'xuly.stp@demo.thanhhoa.gov.vn';
	my $told0 = () = mails_to($taken, qr/^Có người dùng thông tin tài khoản/);
	my @contact = (phone => $u->{phone}, address => '', org_name => '', org_tax_code => '');
	my $r1 = $b->submit('/account/profile', [@contact[0, 1], email => $free, @contact[2 .. 7]]);
	my $r2 = $b->submit('/account/profile', [@contact[0, 1], email => $taken, @contact[2 .. 7]]);
	is_deeply([$r2->{status}, $r2->{location}], [$r1->{status}, $r1->{location}],
	    'a free address and an officer\'s: the same answer') or diag("$r1->{status} $r2->{status}");
	is($r1->{location}, '/account/profile?msg=email-sent', '… "a link was sent to the new address"');
	is((user_row(id => $u->{id}) // {})->{email}, lc $u->{email}, 'the address is not changed yet');
	ok(wait_mail($taken, qr/^Có người dùng thông tin tài khoản/, 20, $told0),
	    "the officer's address gets a message that someone tried to use it");
	is(scalar(mails_to($taken, qr/^Xác nhận thư điện tử/)), 0, '… and no link');
	my $path = verify_path($free);
	like($path // '', qr{^/account/email\?token=}, 'the free address gets a link /account/email?token=…');
	my $r = $b->get($path // '/account/email');
	is($r->{status}, 200, 'the link opens: 200');
	my $row = user_row(id => $u->{id}) // {};
	is($row->{email}, $free, 'the account has the new address');
	ok(defined $row->{email_verified_at}, '… verified');
	is($b->get($path // '/account/email')->{status}, 410, 'the link works once');
}

# A verification link sent to an address the account no longer has verifies nothing.
{
	my $u = new_citizen();
	my $b = browser();
	$b->register($u);
	my $old_link = verify_path($u->{email});
	$b->login($u->{citizen_id}, $u->{password});
	my $new = 'doi' . int(rand 1e9) . '@thu.example.vn';
	$b->submit('/account/profile', [phone => $u->{phone}, email => $new, address => '', org_name => '',
	    org_tax_code => '']);
	my $r = $b->get(verify_path($new) // '/account/email');
	is($r->{status}, 200, 'an unverified account takes a new address by the link sent to it');
	is((user_row(citizen_id => $u->{citizen_id}) // {})->{email}, $new, '… the address changed, verified');
	$r = $b->get($old_link // '/account/verify');
	is($r->{status}, 410, 'the link sent to the old address: 410');
	like(join(' ', summary_errors($r->{body})), qr/hết hạn/, '… "hết hạn"');
}

# ------------------------------------------------------------------ unverified: no dossier

{
	my $c = unverified_citizen();
	my $p = pick_procedure(level => 4);
	my $id = $c->new_draft($p->{code});
	ok($id, 'an unverified account makes a draft');
	$c->fill_required($id);
	$c->choose_online($id);
	my $r = $c->submit($id);
	is($r->{status}, 422, 'submitting it: 422');
	like(text_of($r->{body}), qr/cần xác nhận thư điện tử của tài khoản trước khi nộp hồ sơ/,
	    '… "xác nhận thư điện tử trước khi nộp hồ sơ"');
	like($r->{body}, qr{href="/account/profile"}, '… with a link to the account page');
	is(DVC::Submit::dossier($id)->{status}, 0, 'the draft stays a draft');
	my $profile = $c->get('/account/profile');
	like(text_of($profile->{body}), qr/chưa được xác nhận/, 'the account page says the address is not verified');
	my $email = $c->{who}{email};
	wait_mail($email, qr/^Xác nhận thư điện tử/);
	my $before = () = mails_to($email, qr/^Xác nhận thư điện tử/);
	cmp_ok($before, '>=', 1, 'the registration sent a link');
	$r = $c->post('/account/verify', []);
	is($r->{location}, '/account/profile?msg=verify-sent', 'the account page sends the link again');
	my $path = verify_path($email, $before);
	ok(defined $path, '… a second message with a link');
	is($c->get($path // '/account/verify')->{status}, 200, 'the link opens');
	$c->refresh_csrf;
	$r = $c->submit($id);
	is($r->{status}, 303, 'then the dossier is submitted') or diag(text_of($r->{body}));
}

# ------------------------------------------------------------------ a draft's contact address

# An address typed on a draft, not the account's, gets no message about the dossier until the
# link sent to it is opened: nobody is sent a stranger's dossier by being typed on it.
{
	my $c = citizen();
	my $p = pick_procedure(level => 4);
	my $id = $c->new_draft($p->{code});
	my $other = 'nguoikhac' . int(rand 1e9) . '@thu.example.vn';
	my $r = $c->post("/submit/$id/info", [applicant_phone => $c->{who}{phone}, applicant_email => $other,
	    applicant_address => 'Số 3 phố Trần Phú']);
	is($r->{status}, 303, 'a draft saved with another contact address');
	is(DVC::Submit::dossier($id)->{applicant_email_confirmed}, 0, '… not confirmed');
	my $m = wait_mail($other, qr/^Xác nhận thư điện tử/);
	like($m ? $m->{body} : '', qr/thư điện tử liên hệ của một hồ sơ/, 'the address is asked to confirm itself');
	my $link = mail_link($m, '/account/contact');
	ok(defined $link, '… with a link /account/contact?token=…');
	$c->post("/submit/$id/info", [applicant_phone => $c->{who}{phone}, applicant_email => $other,
	    applicant_address => 'Số 3 phố Trần Phú']);
	is(db_value('SELECT COUNT(*) FROM account_links WHERE purpose = ' . sql_str('contact') . " AND dossier_id = $id"), 1,
	    'saving again sends no second link while the first is pending');
	$c->fill_required($id);
	$c->choose_online($id);
	$r = $c->submit($id);
	is($r->{status}, 303, 'the dossier is submitted');
	is(db_value("SELECT COUNT(*) FROM outbox WHERE dossier_id = $id"), 0,
	    'no message about it goes to the unconfirmed address');
	is($c->get($link // '/account/contact')->{status}, 200, 'the link opens');
	is(DVC::Submit::dossier($id)->{applicant_email_confirmed}, 1, 'the address is confirmed');
	# The account's own address is confirmed as it is.
	my $id2 = $c->new_draft($p->{code});
	is(DVC::Submit::dossier($id2)->{applicant_email_confirmed}, 1, "a draft with the account's address: confirmed");
}

done_testing();
