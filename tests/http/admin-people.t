#!/usr/bin/perl
# The back office's people pages (dvc-admin, modules/admin/people*.c, sql/025): the search by
# the start of a name (with or without diacritics), e-mail, phone and whole CCCD (shown masked),
# by kind and state, twenty a page, never reading the users table whole; a person's page; lock
# (its sessions end, its sign-in says it is locked, unlock restores it), never oneself nor the
# last active administrator (two administrators locking each other at once); the link to set a
# password (mailed, good once, for 72 hours, refused used or expired, never shown to the
# administrator); officers' roles per unit, seen by the officer's next request; a new officer
# or administrator; the bad input of each form said in Vietnamese with nothing changed; the
# audit log of every change; every URL refused to officers, citizens and strangers.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Digest::SHA qw(sha256_hex);
use POSIX ();
use Test::More;
use DVC::Account;
use DVC::Officer qw(new_dossier dossier_row inbox_ids);
use DVCTest qw(xml_wellformed fold);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $PW = 'DemoDVC@2026';
my $LINK_HOURS = 72;	# domain.h SET_PASSWORD_LINK_HOURS
my $HACTHANH = '000.01.30.H56';
my $STP = '000.00.10.H56';
my $TAG = join '', map { ('a' .. 'z')[rand 26] } 1 .. 6;

my $admin = browser();
is($admin->login('quantri@demo.thanhhoa.gov.vn', $PW)->{status}, 303, 'the demo administrator signs in');
my $admin_id = user_id(email => 'quantri@demo.thanhhoa.gov.vn');

# ------------------------------------------------------------------ helpers

# What any form of these pages may change: accounts, roles, links, the audit log, locks.
sub state_now {
	return db_value(q{SELECT CONCAT_WS('/', (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM officer_roles),
	    (SELECT COUNT(*) FROM password_resets), (SELECT COUNT(*) FROM audit_log), (SELECT SUM(disabled) FROM users),
	    (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM sessions))});
}

# Opens the person's page (the form's token) and posts pairs to one of its actions.
sub act {
	my ($b, $id, $action, @pairs) = @_;
	$b->get("/admin/people/$id");
	return $b->post("/admin/people/$id/$action", \@pairs);
}

# The ids of the people a search page lists.
sub found {
	my ($r) = @_;
	return [ $r->{body} =~ m{<th scope="row"><a href="/admin/people/(\d+)">}g ];
}

# A search as the page's form sends it: a POST, so that what is searched for stays out of URLs.
sub search {
	my @q = @_;
	$admin->get('/admin/people');
	return $admin->post('/admin/people', \@q);
}

# The hidden inputs of the form of the previous or next page (rel), but its token.
sub page_pairs {
	my ($html, $rel) = @_;
	my ($form) = $html =~ m{<form[^>]*class="page-$rel"[^>]*>(.*?)</form>}s or return ();
	my @pairs;
	while ($form =~ m{<input type="hidden" name="([^"]+)" value="([^"]*)"}g) {
		push @pairs, $1 => html_unescape($2) unless $1 eq 'csrf';
	}
	return @pairs;
}

sub audit_rows {
	my ($id) = @_;
	return db_rows("SELECT action, COALESCE(before_json, ''), COALESCE(after_json, ''), user_id, program FROM audit_log"
	    . " WHERE object_kind = 'user' AND object_code = '$id' ORDER BY id");
}

sub message_of { return join ' | ', summary_errors($_[0]{body}) }

# The set-password link of the newest message to ADDRESS (more than AFTER of them).
sub link_mail {
	my ($to, $after) = @_;
	my $m = wait_mail($to, qr/^Đặt mật khẩu tài khoản trên /, 20, $after) or return (undef, undef);
	my $path = mail_link($m, '/account/reset');
	my ($token) = ($path // '') =~ /token=(.+)$/;
	return ($m, $path, $token);
}
sub links_sent { return scalar mails_to($_[0], qr/^Đặt mật khẩu tài khoản trên /) }

# Sets a password through the link: the response of the POST.
sub set_password {
	my ($path, $token, $pw) = @_;
	my $b = browser();
	my $r = $b->get($path);
	return $r unless $r->{status} == 200;
	return $b->post('/account/reset', [token => $token, password => $pw, password2 => $pw]);
}

sub new_password { return 'Sông Chu ' . (1000 + int rand 9000) . ' trong xanh' }

# ------------------------------------------------------------------ a citizen to find

my $c = new_citizen(full_name => "Đặng Thùy Trâm $TAG", phone => '09' . join('', map { int rand 10 } 1 .. 8));
my $cb = browser();
is($cb->signup($c)->{status}, 303, "a citizen registers and signs in ($c->{full_name})");
my $cid = user_id(citizen_id => $c->{citizen_id});
(my $phone_spaced = $c->{phone}) =~ s/^(\d{4})(\d{3})(\d{3})$/$1 $2 $3/;
(my $phone_intl = $c->{phone}) =~ s/^0/+84/;

{
	my %by = ('the name without diacritics' => "dang thuy tram $TAG", 'the name as written' => "Đặng Thùy Trâm $TAG",
	    'the start of the name in capitals' => uc("ĐẶNG THÙY TRÂM ") . substr($TAG, 0, 3),
	    'the e-mail in capitals' => uc $c->{email}, 'the whole CCCD' => $c->{citizen_id}, 'the phone' => $c->{phone},
	    'the phone as people write it' => $phone_spaced, 'the phone in +84 form' => $phone_intl,
	    'the whole CCCD in groups' => join(' ', unpack('(A3)*', $c->{citizen_id})));
	for my $how (sort keys %by) {
		my $r = search(q => $by{$how});
		is($r->{status}, 200, "search by $how: 200");
		ok(grep({ $_ == $cid } @{ found($r) }), "… finds the citizen") or diag("q=$by{$how}: " . message_of($r));
	}
	my $r = search(q => $c->{citizen_id});
	is_deeply(found($r), [$cid], 'the whole CCCD finds that one account only');
	my $last4 = substr($c->{citizen_id}, -4);
	like($r->{body}, qr{••••••••\Q$last4\E}, 'its CCCD shown masked: its last four digits');
	unlike($r->{body}, qr{\Q$c->{citizen_id}\E(?!")}, 'never whole but as typed in the search box');
	my $xml = $admin->get('/admin/people?format=xml&q=' . DVCTest::url_escape("dang thuy tram $TAG"));
	ok(xml_wellformed($xml->{raw}), '?format=xml is well-formed');
	unlike($xml->{body}, qr{\Q$c->{citizen_id}\E}, '… and holds the CCCD nowhere');
	like($xml->{body}, qr{<cccd_last4>\Q$last4\E</cccd_last4>}, '… but its last four digits');

	is_deeply(found(search(q => "Trâm $TAG")), [], 'the middle of a name finds nothing (the start of it does)');
	my @hits = logs_containing($c->{citizen_id});
	is(scalar @hits, 0, "searched through the form, the CCCD is in no log, nginx's access log included") or diag("@hits");
	$r = $admin->get('/admin/people?q=' . $c->{citizen_id});
	is_deeply(found($r), [$cid], 'a GET with the same keys finds the same');
	for my $part (substr($c->{citizen_id}, 0, 8), substr($c->{citizen_id}, 0, 11), "$c->{citizen_id}7", '12345') {
		$r = search(q => $part);
		is($r->{status}, 200, "a number of " . length($part) . " digits: the page");
		like(field_error($r->{body}, 'q') // '', qr/nhập đủ 12 chữ số của số CCCD/, '… says the CCCD is searched whole');
		is_deeply(found($r), [], '… and lists nobody');
	}
	$r = search(q => 'khong co @ dau');
	like(field_error($r->{body}, 'q') // '', qr/thư điện tử không hợp lệ/, 'a bad e-mail address: said at the box');
	$r = search(q => '%_%');
	like(field_error($r->{body}, 'q') // '', qr/phần đầu của họ tên/, 'wildcards only: said at the box');
	is_deeply(found($r), [], '… and match nobody');

	ok(grep({ $_ == $cid } @{ found(search(q => "dang thuy tram $TAG", kind => 'citizen')) }), 'kind citizen: found');
	is_deeply(found(search(q => "dang thuy tram $TAG", kind => 'officer')), [], 'kind officer: not');
	ok(grep({ $_ == $cid } @{ found(search(q => "dang thuy tram $TAG", state => 'active')) }), 'state active: found');
	is_deeply(found(search(q => "dang thuy tram $TAG", state => 'locked')), [], 'state locked: not');
	my @officers = @{ found(search(kind => 'officer')) };
	ok(@officers >= 7, 'every officer, without a search') and
	    is(db_value('SELECT COUNT(*) FROM users WHERE kind <> \'officer\' AND id IN (' . join(',', @officers) . ')'), 0,
	    '… and only officers');
	for my $bad ([kind => 'robot'], [state => 'deleted']) {
		$r = search(@$bad);
		is($r->{status}, 400, "$bad->[0]=$bad->[1]: 400");
		like(text_of($r->{body}), qr/Bộ lọc không hợp lệ/, '… with the Vietnamese reason');
	}
}

# Twenty a page, in the order of names; and no search reads the table whole, whatever the page.
{
	my $prefix = "Kiểm Thử Trang $TAG";
	db_rows("INSERT INTO users (kind, full_name, citizen_id, email, password_hash, consent_at, created_at, updated_at)"
	    . " SELECT 'citizen', CONCAT('$prefix ', LPAD(seq, 2, '0')), CONCAT('0399', LPAD(seq, 8, '0')),"
	    . " CONCAT('trang', seq, '.$TAG\@gen.example.vn'), 'x', UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    . ' FROM seq_1_to_25');
	my @ids = db_col("SELECT id FROM users WHERE full_name LIKE '$prefix %' ORDER BY full_name");
	is(scalar @ids, 25, '25 accounts whose names start alike');
	my $r = search(q => fold($prefix));
	is_deeply(found($r), [@ids[0 .. 19]], 'page 1: the first twenty, in the order of names');
	my @next = page_pairs($r->{body}, 'next');
	is_deeply(\@next, [q => fold($prefix), page => 2], '… and the form of the next page, with the search');
	$r = $admin->post('/admin/people', \@next);
	is_deeply(found($r), [@ids[20 .. 24]], 'page 2: the last five');
	is_deeply([page_pairs($r->{body}, 'prev')], [q => fold($prefix), page => 1], '… the form of the page before');
	unlike($r->{body}, qr{class="page-next"}, '… and none further');
	$r = $admin->get('/admin/people?' . DVCTest::qs(q => fold($prefix), page => 2));
	is_deeply(found($r), [@ids[20 .. 24]], 'a GET of page 2: the same');

	# Twenty thousand more accounts; a scan of the table reads them all (Handler_read_rnd_next).
	db_rows("INSERT INTO users (kind, full_name, citizen_id, email, password_hash, consent_at, email_verified_at,"
	    . " created_at, updated_at) SELECT 'citizen', CONCAT(ELT(1 + seq % 4, 'Nguyễn', 'Trần', 'Lê', 'Đỗ'),"
	    . " ' Văn $TAG ', seq), CONCAT('039', LPAD(seq, 9, '0')), CONCAT('many', seq, '.$TAG\@gen.example.vn'), 'x',"
	    . ' UTC_TIMESTAMP(), IF(seq % 9 = 0, NULL, UTC_TIMESTAMP()), UTC_TIMESTAMP(), UTC_TIMESTAMP()'
	    . ' FROM seq_1_to_20000');
	db_rows('ANALYZE TABLE users');
	my $scans = sub { db_value("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
	    . " WHERE VARIABLE_NAME = 'HANDLER_READ_RND_NEXT'") };
	for my $q ([], [page => 500], [kind => 'citizen', state => 'unverified', page => 400], [q => 'nguyen', page => 200],
	    [q => 'do van', state => 'active', page => 100], [state => 'locked'], [q => '0912345678'],
	    [q => '039000012345'], [q => "many7.$TAG\@gen.example.vn"]) {
		my $before = $scans->();
		my $r2 = search(@$q);
		my $read = $scans->() - $before;
		ok($r2->{status} == 200 && $read < 5000, 'search ' . (DVCTest::qs(@$q) || 'of everyone')
		    . ": no scan of the table ($read rows read in turn)") or diag("status $r2->{status}");
	}
	db_rows("DELETE FROM users WHERE email LIKE '%.$TAG\@gen.example.vn'");
}

# ------------------------------------------------------------------ a person's page

{
	my $r = $admin->get("/admin/people/$cid");
	is($r->{status}, 200, "GET /admin/people/$cid: 200");
	like($r->{body}, qr{<h1>\Q$c->{full_name}\E</h1>}, 'the person by name');
	like($r->{body}, qr{\Q$c->{email}\E}, 'the e-mail');
	like($r->{body}, qr{id="sessions">1<}, 'one live session (the citizen is signed in)');
	my $last = db_value("SELECT DATE_FORMAT(MAX(at) + INTERVAL 7 HOUR, '%d/%m/%Y %H:%i') FROM login_attempts"
	    . " WHERE user_id = $cid AND outcome = 'success'");
	like($r->{body}, qr{id="last-signin">\Q$last\E<}, "the last sign-in ($last)");
	my $hash = db_value("SELECT password_hash FROM users WHERE id = $cid");
	my $xml = $admin->get("/admin/people/$cid?format=xml");
	for my $page ([html => $r], [xml => $xml]) {
		unlike($page->[1]{body}, qr{\Q$hash\E|argon2}, "$page->[0]: no password hash");
		unlike($page->[1]{body}, qr{\Q$c->{citizen_id}\E}, "$page->[0]: no whole CCCD");
	}
	for my $bad ('999999999', '0', 'abc', '12abc', '-1') {
		is($admin->get("/admin/people/$bad")->{status}, 404, "GET /admin/people/$bad: 404");
	}
}

# ------------------------------------------------------------------ lock and unlock

{
	my $before = audit_rows($cid);
	my $r = act($admin, $cid, 'lock');
	is($r->{status}, 303, 'lock: 303');
	is($r->{location}, "/admin/people/$cid?msg=locked", '… back to the page with a notice');
	$r = $admin->get($r->{location});
	like(notice_text($r->{body}), qr/Đã khóa tài khoản/, '… which says it is locked');
	is(db_value("SELECT disabled FROM users WHERE id = $cid"), 1, 'users.disabled is set');
	is(session_count(user => $cid), 0, 'every session of the account ended');
	is($cb->get('/account/profile')->{status}, 303, "the citizen's browser is signed out at once");
	my $login = browser()->login($c->{citizen_id}, $c->{password});
	is($login->{status}, 200, 'sign-in with the right password: refused');
	like(message_of($login), qr/đã bị quản trị viên khóa/, '… saying the account is locked');
	$login = browser()->login($c->{citizen_id}, 'Sai mật khẩu 1234');
	like(message_of($login), qr/không đúng/, 'a wrong password gets the usual answer (nothing said of the lock)');
	my @rows = audit_rows($cid);
	is(scalar @rows, $before + 1, 'the audit log has the lock');
	my ($action, $was, $now, $who, $program) = @{ $rows[-1] };
	is("$action $who $program", "change $admin_id dvc-admin", '… a change, by the administrator, from dvc-admin');
	like($was, qr/"state": "active"/, '… active before');
	like($now, qr/"state": "locked"/, '… locked after');
	my $hash = db_value("SELECT password_hash FROM users WHERE id = $cid");
	unlike("$was$now", qr/\Q$c->{citizen_id}\E|\Q$hash\E|password_hash|argon2/, '… without the CCCD whole nor the password');
	like($now, qr/"cccd_last4": "\Q${\ substr($c->{citizen_id}, -4)}\E"/, '… with its last four digits');

	is(act($admin, $cid, 'link')->{status}, 409, 'a link to a locked account: refused');
	like(message_of($admin->{last}), qr/hãy mở khóa trước/, '… saying to unlock it first');

	$r = act($admin, $cid, 'unlock');
	is($r->{status}, 303, 'unlock: 303');
	like(notice_text($admin->get($r->{location})->{body}), qr/Đã mở khóa/, '… said');
	is(db_value("SELECT disabled FROM users WHERE id = $cid"), 0, 'users.disabled is cleared');
	is($cb->login($c->{citizen_id}, $c->{password})->{status}, 303, 'the citizen signs in again');
	my $n = scalar audit_rows($cid);
	is(act($admin, $cid, 'unlock')->{status}, 303, 'unlocking an unlocked account: nothing to do');
	is(scalar audit_rows($cid), $n, '… and nothing logged');

	my $s = state_now();
	$r = act($admin, $admin_id, 'lock');
	is($r->{status}, 409, 'an administrator locking their own account: 409');
	like(message_of($r), qr/không thể tự khóa/, '… refused in words');
	is(state_now(), $s, '… and nothing changed');
	unlike($admin->get("/admin/people/$admin_id")->{body}, qr{action="/admin/people/$admin_id/lock"},
	    'their own page offers no lock');
}

# ------------------------------------------------------------------ the set-password link

my ($path, $token);
{
	my $sent = links_sent($c->{email});
	my $r = act($admin, $cid, 'link');
	is($r->{status}, 303, 'a link to the citizen: 303');
	$r = $admin->get($r->{location});
	like(notice_text($r->{body}), qr/Đã gửi đường dẫn đặt mật khẩu tới \Q$c->{email}\E/, '… said, with the address');
	like($r->{body}, qr{id="link-pending">Đường dẫn đã gửi còn hiệu lực đến \d\d/\d\d/\d{4} \d\d:\d\d}, '… and until when');
	my $m;
	($m, $path, $token) = link_mail($c->{email}, $sent);
	ok($m, 'the message is mailed to the address') or BAIL_OUT('no mail');
	like($m->{body}, qr/^Kính gửi \Q$c->{full_name}\E,/, '… to the person by name');
	like($m->{body}, qr/trong vòng $LINK_HOURS giờ/, "… good for $LINK_HOURS hours");
	ok(defined $token && length($token) == 43, '… with a 256-bit token');
	is(db_value("SELECT TIMESTAMPDIFF(HOUR, created_at, expires_at) FROM password_resets WHERE token_hash = UNHEX('"
	    . sha256_hex($token) . "')"), $LINK_HOURS, 'only its SHA-256 is kept, expiring then');
	for my $page ($r, $admin->get("/admin/people/$cid?format=xml"), $admin->get("/admin/audit?kind=user&code=$cid")) {
		unlike($page->{raw}, qr/\Q$token\E/, "the token is nowhere in $page->{path}");
	}
	my $pw = new_password();
	$r = set_password($path, $token, $pw);
	is($r->{status}, 303, 'the link sets a new password');
	is(browser()->login($c->{citizen_id}, $pw)->{status}, 303, 'which signs in');
	$c->{password} = $pw;
	$r = browser()->get($path);
	is($r->{status}, 410, 'the link a second time: 410');
	like(message_of($r), qr/đã được sử dụng/, '… used');

	# A new link voids the one before; an expired one is refused.
	$sent = links_sent($c->{email});
	act($admin, $cid, 'link');
	my (undef, $p1, $t1) = link_mail($c->{email}, $sent);
	act($admin, $cid, 'link');
	my (undef, $p2, $t2) = link_mail($c->{email}, $sent + 1);
	ok($t1 && $t2 && $t1 ne $t2, 'two links, two tokens');
	is(browser()->get($p1)->{status}, 410, 'the first is void once the second is sent');
	db_rows("UPDATE password_resets SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE token_hash = UNHEX('"
	    . sha256_hex($t2) . "')");
	$r = browser()->get($p2);
	is($r->{status}, 410, 'an expired link: 410');
	like(message_of($r), qr/hết hạn/, '… said expired');
	is(set_password($p2, $t2, new_password())->{status}, 410, '… and it sets nothing');

	# A citizen whose address was never verified is not sent one.
	my $u = new_citizen();
	browser()->register($u);
	my $uid = user_id(citizen_id => $u->{citizen_id});
	my $s = state_now();
	$r = act($admin, $uid, 'link');
	is($r->{status}, 409, 'a link to an address not verified: 409');
	like(message_of($r), qr/chưa được xác nhận/, '… said');
	is(state_now(), $s, '… nothing written, nothing mailed');

	# An account its owner closed stays as it is.
	my $z = new_citizen();
	my $zb = browser();
	is($zb->signup($z)->{status}, 303, 'a citizen registers');
	my $zid = user_id(citizen_id => $z->{citizen_id});
	$zb->get('/account/close');
	is($zb->post('/account/close', [password => $z->{password}, confirm => '1'])->{status}, 303, '… and closes the account');
	$s = state_now();
	for my $action ('lock', 'unlock', 'link') {
		$r = act($admin, $zid, $action);
		is($r->{status}, 409, "$action a closed account: 409");
		like(message_of($r), qr/đã được chủ tài khoản đóng/, '… said');
	}
	unlike($admin->get("/admin/people/$zid")->{body}, qr{action="/admin/people/$zid/(?:lock|unlock|link)"},
	    'its page offers none of them');
	is(state_now(), $s, '… and nothing changed');
}

# ------------------------------------------------------------------ a new officer, roles, the inbox

my ($oid, $officer, $oemail);
{
	$oemail = "canbo.$TAG\@thanhhoa.gov.vn";
	my $page = $admin->get('/admin/people/new');
	is($page->{status}, 200, 'GET /admin/people/new: the form');
	like($page->{body}, qr{<option value="\Q$HACTHANH\E">}, 'the units to choose from');
	my $sent = links_sent($oemail);
	my $r = $admin->post('/admin/people/new', [full_name => "Lương Thị Cán Bộ $TAG", email => uc $oemail,
	    kind => 'officer', unit => $HACTHANH, role_receiver => '1']);
	is($r->{status}, 303, 'a new officer: 303');
	($oid) = ($r->{location} // '') =~ m{^/admin/people/(\d+)\?msg=created$};
	ok($oid, '… to the new account\'s page') or BAIL_OUT("no account: $r->{status} " . message_of($r));
	like(notice_text($admin->get($r->{location})->{body}), qr/Đã tạo tài khoản và gửi đường dẫn/, '… which says so');
	my $row = user_row(id => $oid);
	is("$row->{kind} $row->{email}", "officer $oemail", 'an officer, the address lower-cased');
	ok(!defined $row->{email_verified_at}, 'the address not yet verified');
	is(join(',', db_col("SELECT CONCAT(a.code, ':', r.role) FROM officer_roles r JOIN agencies a ON a.id = r.agency_id"
	    . " WHERE r.user_id = $oid")), "$HACTHANH:receiver", 'the role at the unit');
	my ($add) = grep { $_->[0] eq 'add' } audit_rows($oid);
	ok($add && $add->[1] eq '' && $add->[2] =~ /"roles": \[\{"unit": "\Q$HACTHANH\E", "role": "receiver"\}\]/,
	    'the audit log has the account added, with its role');
	my ($m, $p, $t) = link_mail($oemail, $sent);
	ok($m, 'the officer is mailed a link') or BAIL_OUT('no mail');
	like($m->{body}, qr/tạo cho bạn một tài khoản cán bộ/, '… that says the account is new');
	is(browser()->login($oemail, 'Chưa có mật khẩu 123')->{status}, 200, 'no password signs in before');
	my $pw = new_password();
	is(set_password($p, $t, $pw)->{status}, 303, 'the officer sets a password through it');
	ok(defined user_row(id => $oid)->{email_verified_at}, 'which verifies the address');
	$officer = browser();
	my $login = $officer->login($oemail, $pw);
	is($login->{status}, 303, 'the officer signs in');
	is($login->{location}, '/officer/', '… to the inbox');
}

{
	my $did = new_dossier(unit => 'hacthanh');
	my $code = dossier_row($did)->{code};
	my $inbox = sub { return scalar grep { $_ == $did } @{ inbox_ids($officer, tab => 'receive', q => $code) // [] } };
	is($officer->get("/officer/dossiers/$did")->{status}, 200, "the receiver opens a dossier of the unit ($code)");
	ok($inbox->(), '… which the inbox lists');

	my $r = act($admin, $oid, 'roles/remove', unit => $HACTHANH, role => 'receiver');
	is($r->{status}, 303, 'the role removed: 303');
	like(notice_text($admin->get($r->{location})->{body}), qr/Đã bỏ vai trò/, '… said');
	is(db_value("SELECT COUNT(*) FROM officer_roles WHERE user_id = $oid"), 0, '… gone');
	is($officer->get('/account/profile')->{status}, 200, 'the officer is still signed in');
	is($officer->get("/officer/dossiers/$did")->{status}, 404, 'and the next request no longer opens the dossier');
	ok(!$inbox->(), 'nor lists it');

	$r = act($admin, $oid, 'roles', unit => $HACTHANH, role => 'receiver');
	is($r->{status}, 303, 'the role added again: 303');
	like(notice_text($admin->get($r->{location})->{body}), qr/Đã giao vai trò/, '… said');
	is($officer->get("/officer/dossiers/$did")->{status}, 200, 'the next request opens the dossier again');
	ok($inbox->(), '… and lists it');
	$r = act($admin, $oid, 'roles', unit => $STP, role => 'processor');
	is($r->{status}, 303, 'a second unit: 303');
	my $page = $admin->get("/admin/people/$oid")->{body};
	ok($page =~ m{data-unit="\Q$HACTHANH\E" data-role="receiver"} && $page =~ m{data-unit="\Q$STP\E" data-role="processor"},
	    'the page lists both roles');
	my @changes = grep { $_->[0] eq 'change' } audit_rows($oid);
	is(scalar @changes, 3, 'three changes of roles logged');
	like($changes[0][1], qr/"role": "receiver"/, '… the removal with the role before');
	like($changes[0][2], qr/"roles": \[\]/, '… and none after');
}

# ------------------------------------------------------------------ bad input, nothing changed

{
	my $s = state_now();
	my @cases = (
		['an unknown unit', [unit => '000.99.99.H56', role => 'receiver'], unit => qr/Không có cơ quan, đơn vị này/],
		['no unit', [unit => '', role => 'receiver'], unit => qr/Chọn cơ quan/],
		['a bad role', [unit => $HACTHANH, role => 'boss'], role => qr/Chọn một vai trò trong danh sách/],
		['no role', [unit => $HACTHANH, role => ''], role => qr/Chọn một vai trò/],
	);
	for my $case (@cases) {
		my ($what, $pairs, $field, $re) = @$case;
		my $r = act($admin, $oid, 'roles', @$pairs);
		is($r->{status}, 422, "a role with $what: 422");
		like(field_error($r->{body}, $field) // '', $re, "… said at the field $field");
	}
	my $r = act($admin, $oid, 'roles/remove', unit => $STP, role => 'approver');
	is($r->{status}, 409, 'removing a role not held: 409');
	like(message_of($r), qr/không có vai trò này/, '… said');
	$r = act($admin, $cid, 'roles', unit => $HACTHANH, role => 'receiver');
	is($r->{status}, 409, 'a role for a citizen: 409');
	like(message_of($r), qr/Chỉ tài khoản cán bộ/, '… said');
	is(act($admin, 999999999, 'roles', unit => $HACTHANH, role => 'receiver')->{status}, 404, 'an unknown account: 404');
	is(state_now(), $s, 'none of it changed anything');

	my %good = (full_name => "Trịnh Văn Mới $TAG", email => "moi.$TAG\@thanhhoa.gov.vn", kind => 'officer',
	    unit => $HACTHANH, role_processor => '1');
	my @bad = (
		['no name', { full_name => '' }, full_name => qr/Nhập họ và tên/],
		['a name with digits', { full_name => 'Cán Bộ 007' }, full_name => qr/không có chữ số/],
		['a name on two lines', { full_name => "Cán Bộ\nHai Dòng" }, full_name => qr/trên một dòng/],
		['a bad e-mail', { email => 'khong-phai-thu' }, email => qr/Địa chỉ thư điện tử không hợp lệ/],
		['no e-mail', { email => '' }, email => qr/Nhập địa chỉ thư điện tử/],
		['an e-mail in use', { email => 'Quantri@demo.thanhhoa.gov.vn' }, email => qr/đã được dùng cho một tài khoản khác/],
		['an unknown unit', { unit => '000.99.99.H56' }, unit => qr/Không có cơ quan, đơn vị này/],
		['no unit', { unit => '' }, unit => qr/Chọn cơ quan, đơn vị/],
		['no role', { role_processor => undef }, role_receiver => qr/Chọn ít nhất một vai trò/],
		['a bad kind', { kind => 'robot' }, kind => qr/Chọn loại tài khoản/],
		['an administrator with roles', { kind => 'admin' }, unit => qr/Quản trị viên không có vai trò/],
	);
	for my $case (@bad) {
		my ($what, $over, $field, $re) = @$case;
		my %f = (%good, %$over);
		my @pairs = map { defined $f{$_} ? ($_ => $f{$_}) : () } sort keys %f;
		$admin->get('/admin/people/new');
		$r = $admin->post('/admin/people/new', \@pairs);
		is($r->{status}, 422, "a new account with $what: 422");
		like(field_error($r->{body}, $field) // '', $re, "… said at the field $field");
		like(message_of($r), $re, '… and at the top');
		is(field_value($r->{body}, 'full_name'), $f{full_name}, '… the name typed kept') if $f{full_name} ne '';
	}
	is(state_now(), $s, 'no account made, nothing mailed, nothing logged');
}

# ------------------------------------------------------------------ the last active administrator

{
	# Two administrators made here, each with a password set through its link.
	my @adm;
	for my $n (1, 2) {
		my $email = "quantri$n.$TAG\@thanhhoa.gov.vn";
		my $sent = links_sent($email);
		$admin->get('/admin/people/new');
		my $r = $admin->post('/admin/people/new', [full_name => 'Quản Trị Viên ' . ('Một', 'Hai')[$n - 1] . " $TAG", email => $email, kind => 'admin']);
		my ($id) = ($r->{location} // '') =~ m{^/admin/people/(\d+)};
		ok($id, "administrator $n made") or BAIL_OUT(message_of($r));
		my ($m, $p, $t) = link_mail($email, $sent);
		like($m ? $m->{body} : '', qr/tạo cho bạn một tài khoản quản trị viên/, '… is mailed a link that says so');
		my $pw = new_password();
		is(set_password($p, $t, $pw)->{status}, 303, "… sets a password");
		my $b = browser();
		is($b->login($email, $pw)->{status}, 303, '… and signs in');
		push @adm, { id => $id, b => $b };
	}
	is(db_value("SELECT kind FROM users WHERE id = $adm[0]{id}"), 'admin', 'they are administrators');

	# Only they are active now; each asks at the same moment to lock the other. A transaction
	# of the test holds the administrators' rows, so that both wait inside theirs.
	my @others = db_col("SELECT id FROM users WHERE kind = 'admin' AND disabled = 0 AND id NOT IN ($adm[0]{id}, $adm[1]{id})");
	db_rows('UPDATE users SET disabled = 1 WHERE id IN (' . join(',', @others) . ')');
	$adm[0]{b}->get("/admin/people/$adm[1]{id}");
	$adm[1]{b}->get("/admin/people/$adm[0]{id}");
	my $holder = fork() // die;
	if ($holder == 0) {
		exec('mariadb', "--socket=$ENV{DVC_DB_SOCKET}", '-uroot', 'dvc', '-e',
		    "BEGIN; SELECT COUNT(*) FROM users WHERE kind = 'admin' FOR UPDATE; SELECT SLEEP(3); ROLLBACK;") or POSIX::_exit(1);
	}
	sleep 1;
	my @kids;
	for my $i (0, 1) {
		my $file = "$VAR/tmp/lock-$$-$i";
		my $pid = fork() // die;
		if ($pid == 0) {
			my $r = $adm[$i]{b}->post('/admin/people/' . $adm[1 - $i]{id} . '/lock', []);
			open(my $fh, '>:encoding(UTF-8)', $file) or POSIX::_exit(1);
			print {$fh} "$r->{status}\n", message_of($r), "\n";
			close $fh;
			POSIX::_exit(0);
		}
		push @kids, [$pid, $file];
	}
	waitpid($_->[0], 0) for @kids;
	waitpid($holder, 0);
	my @said = map { open(my $fh, '<:encoding(UTF-8)', $_->[1]) or die; local $/; my $t = <$fh>; unlink $_->[1]; [split /\n/, $t] } @kids;
	my @status = sort map { $_->[0] } @said;
	is("@status", '303 409', 'one lock went through, the other was refused') or diag(explain \@said);
	my ($refused) = grep { $_->[0] == 409 } @said;
	like($refused->[1] // '', qr/quản trị viên đang hoạt động cuối cùng/, '… as the last active administrator');
	is(db_value("SELECT COUNT(*) FROM users WHERE kind = 'admin' AND disabled = 0"), 1, 'one administrator stays active');
	db_rows('UPDATE users SET disabled = 0 WHERE id IN (' . join(',', @others) . ')');
	my ($locked) = db_col("SELECT id FROM users WHERE id IN ($adm[0]{id}, $adm[1]{id}) AND disabled = 1");
	is(act($admin, $locked, 'unlock')->{status}, 303, 'the other administrators back, the locked one is unlocked');
}

# ------------------------------------------------------------------ the audit log, the home page

{
	my $r = $admin->get("/admin/audit?kind=user&code=$cid");
	is($r->{status}, 200, "the audit log by account $cid: 200");
	my $n = () = $r->{body} =~ m{<li class="audit-entry"}g;
	is($n, scalar(audit_rows($cid)), '… every change of the account');
	like($r->{body}, qr{<option value="user" selected}, '… the kind "tài khoản" chosen');
	like($admin->get('/admin/')->{body}, qr{href="/admin/people"}, '/admin/ links the people pages');
}

# ------------------------------------------------------------------ nobody else

{
	my @get = ('/admin/people', '/admin/people?q=nguyen', '/admin/people/new', "/admin/people/$cid");
	my @post = (['/admin/people', [q => 'nguyen']],
	    ['/admin/people/new', [full_name => 'Kẻ Lạ', email => "la.$TAG\@example.vn", kind => 'admin']],
	    ["/admin/people/$cid/lock", []], ["/admin/people/$cid/unlock", []], ["/admin/people/$cid/link", []],
	    ["/admin/people/$oid/roles", [unit => $STP, role => 'approver']],
	    ["/admin/people/$oid/roles/remove", [unit => $HACTHANH, role => 'receiver']]);
	my $o = browser();
	$o->login('tiepnhan.hacthanh@demo.thanhhoa.gov.vn', $PW);
	my $cit = browser();
	$cit->login($c->{citizen_id}, $c->{password});
	my $s = state_now();
	for my $who ([officer => $o], [citizen => $cit]) {
		my ($name, $b) = @$who;
		is($b->get($_)->{status}, 403, "$name: GET $_ 403") for @get;
		for my $p (@post) {
			$b->get('/account/profile');
			is($b->post($p->[0], $p->[1])->{status}, 403, "$name: POST $p->[0] 403");
		}
	}
	my $anon = browser();
	for my $url (@get) {
		my $r = $anon->get($url);
		ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login\?next=%2Fadmin%2Fpeople},
		    "a stranger: GET $url sent to sign in") or diag("$r->{status} " . ($r->{location} // ''));
	}
	for my $p (@post) {
		$anon->get('/account/login');
		my $r = $anon->post($p->[0], $p->[1]);
		ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login}, "a stranger: POST $p->[0] sent to sign in")
		    or diag($r->{status});
	}
	for my $p (@post) {
		$admin->get('/admin/people');
		is($admin->post($p->[0], $p->[1], csrf => undef)->{status}, 403, "the administrator without the form's token: POST $p->[0] 403");
	}
	is(state_now(), $s, 'none of it changed anything');
}

done_testing();
