#!/usr/bin/perl
# A person's second factor in the back office (dvc-admin, modules/admin/people_act.c): the
# person's page tells whether the account has one (since when, recovery codes left); an
# administrator resets it for a lost phone, with a confirmation, in one transaction: the key
# and the recovery codes gone, every session of the account ended, one audit row (kind 'user',
# before and after saying the factor on and off, never the key), the owner told by e-mail
# (mail-mfa.xsl, through the outbox). An administrator (or an officer under mfa_officers = 1)
# then enrols a new factor at the next sign-in (both shown with mfa_officers = 1); an officer
# otherwise signs in with the password alone. Never one's own factor (that is /account/mfa); nothing to reset without a
# factor; the form is CSRF-guarded and refused to officers, citizens and strangers.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Encode qw(encode_utf8);
use IPC::Open3 qw(open3);
use DVC::Account;
use DVC::Mfa qw(:all);
use DVCTest qw(start_program stop_program);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $PW = 'Sông Mã chảy về 4821 xuôi';
my $DEMO_PW = 'DemoDVC@2026';
my $tag = $$ . int(rand(100000));

# dvcctl: a new account of kind (its e-mail), and a second factor given to one.
my $n = 0;
sub dvcctl {
	my ($stdin, @args) = @_;
	local $SIG{PIPE} = 'IGNORE';
	my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF}, @args);
	print {$in} encode_utf8($stdin) if defined $stdin;
	close $in;
	local $/;
	my $text = <$out> // '';
	waitpid($pid, 0);
	die "dvcctl @args: $text" if $?;
	return $text;
}
sub new_staff {
	my ($kind) = @_;
	my $email = sprintf('amfa%s-%d-%s@demo.thanhhoa.gov.vn', $kind, ++$n, $tag);
	dvcctl("$PW\n", 'user', 'add', '--kind', $kind, '--name', encode_utf8("Người Mất Điện Thoại $n"), '--email', $email);
	return $email;
}

sub state_now {
	return db_value(q{SELECT CONCAT_WS('/', (SELECT COUNT(*) FROM user_mfa), (SELECT COUNT(*) FROM user_recovery_codes),
	    (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM sessions))});
}
sub factor_of { my ($id) = @_; db_value("SELECT COUNT(*) FROM user_mfa WHERE user_id = $id AND enabled_at IS NOT NULL") }
sub codes_of { my ($id) = @_; db_value("SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = $id") }
sub sessions_of { my ($id) = @_; db_value("SELECT COUNT(*) FROM sessions WHERE user_id = $id") }
sub audit_of {
	my ($id) = @_;
	return db_rows("SELECT action, COALESCE(before_json, ''), COALESCE(after_json, ''), user_id, program FROM audit_log"
	    . " WHERE object_kind = 'user' AND object_code = '$id' ORDER BY id");
}
my $RESET_MAIL = qr/^Xác thực hai bước của tài khoản đã được đặt lại trên /;

my $admin = browser();
is($admin->login('quantri@demo.thanhhoa.gov.vn', $DEMO_PW)->{status}, 303, 'the demo administrator signs in');
my $admin_id = user_id(email => 'quantri@demo.thanhhoa.gov.vn');

# ------------------------------------------------------------------ an administrator's lost phone

my $a2 = new_staff('admin');
my $id2 = user_id(email => $a2);
my $b2 = browser();
is($b2->login($a2, $PW)->{status}, 303, 'a second administrator signs in (enrolling a factor)');
my $b2bis = browser();
is($b2bis->login($a2, $PW)->{status}, 303, '… and again in another browser');
is(factor_of($id2), 1, '… its factor enabled');
is(codes_of($id2), 10, '… with ten recovery codes');
is(sessions_of($id2), 2, '… two sessions');

my $r = $admin->get("/admin/people/$id2");
is($r->{status}, 200, "the administrator opens the person's page");
my ($state) = $r->{body} =~ m{<p id="mfa-state">([^<]*)</p>};
like($state // '', qr{^Đang bật từ \d\d/\d\d/\d{4} \d\d:\d\d\. Số mã khôi phục còn lại: 10\.$},
    'the page says the factor is on, since when, and ten recovery codes left');
like($r->{body}, qr{<form method="post" action="/admin/people/$id2/mfa-reset"}, '… with the reset form');
like($r->{body}, qr{<input class="checkbox-input" type="checkbox" id="field-confirm" name="confirm" value="1"[^>]*required},
    '… and its confirmation box');
like(text_of($r->{body}), qr/bắt buộc dùng xác thực hai bước/, '… saying an administrator enrols again after it');

my $s = state_now();
$r = $admin->post("/admin/people/$id2/mfa-reset", []);
is($r->{status}, 422, 'the reset without the box ticked: 422');
is(field_error($r->{body}, 'confirm'), 'Hãy đánh dấu ô xác nhận trước khi đặt lại xác thực hai bước.', '… said at the box');
is(state_now(), $s, '… nothing changed');
$admin->get("/admin/people/$id2");
is($admin->post("/admin/people/$id2/mfa-reset", [confirm => '1'], csrf => undef)->{status}, 403,
    'the reset without the form\'s CSRF token: 403');
$admin->get("/admin/people/$id2");
is($admin->post("/admin/people/$id2/mfa-reset", [confirm => '1'], csrf => 'x' x 43)->{status}, 403,
    '… with a wrong token: 403');
is(state_now(), $s, '… nothing changed');

my $mails = scalar mails_to($a2, $RESET_MAIL);
my $audit_before = scalar audit_of($id2);
$admin->get("/admin/people/$id2");
$r = $admin->post("/admin/people/$id2/mfa-reset", [confirm => '1']);
is($r->{status}, 303, 'the reset, confirmed: 303');
is($r->{location}, "/admin/people/$id2?msg=mfa-reset", '… back to the page');
$r = $admin->get($r->{location});
like(notice_text($r->{body}), qr/Đã đặt lại xác thực hai bước/, '… which says it was done');
($state) = $r->{body} =~ m{<p id="mfa-state">([^<]*)</p>};
is($state, 'Tài khoản này chưa bật xác thực hai bước.', '… and that the account has no factor now');
is(db_value("SELECT COUNT(*) FROM user_mfa WHERE user_id = $id2"), 0, 'the key is gone');
is(codes_of($id2), 0, 'the recovery codes are gone');
is(sessions_of($id2), 0, 'every session of the account ended');
like($b2->get('/account/profile')->{location}, qr{^/account/login\?next=%2Faccount%2Fprofile}, '… its browser is signed out');
is($b2bis->get('/admin/')->{status}, 303, '… and so is the other');

my @audit = audit_of($id2);
is(scalar(@audit), $audit_before + 1, 'one audit row');
my ($action, $before, $after, $who, $program) = @{ $audit[-1] };
is("$action $who $program", "change $admin_id dvc-admin", '… a change, by the administrator, in dvc-admin');
like($before, qr/"second_factor":\s*true/, '… before: the factor on');
like($after, qr/"second_factor":\s*false/, '… after: off');
unlike("$before $after", qr/secret|password_hash|code_hash|citizen_id/i, '… never the key, a code or the password hash');

my $m = wait_mail($a2, $RESET_MAIL, 20, $mails);
ok($m, 'the administrator is told by e-mail') or diag('no mail');
like($m->{body} // '', qr/Kính gửi Người Mất Điện Thoại 1,/, '… by name');
like($m->{body} // '', qr/mọi phiên đăng nhập của tài khoản đã kết thúc/, '… that the sessions ended');
like($m->{body} // '', qr/bạn sẽ được hướng dẫn thiết lập lại ứng dụng xác thực/, '… that the next sign-in enrols again');
like($m->{body} // '', qr/Nếu bạn không đề nghị việc này/, '… and what to do if it was not asked');

my $b3 = browser();
$r = $b3->login($a2, $PW, mfa => 0);
is($r->{location}, '/account/mfa', 'the next sign-in leads to enrolment');
like($b3->get('/account/mfa')->{body}, qr{action="/account/mfa/enable"}, '… the enrolment page, a new key');
is($b3->get('/admin/')->{status}, 303, '… and nothing else until it is done');

$s = state_now();
$admin->get("/admin/people/$id2");
$r = $admin->post("/admin/people/$id2/mfa-reset", [confirm => '1']);
is($r->{status}, 409, 'a reset of an account without a factor: 409');
like(join(' ', summary_errors($r->{body})), qr/chưa bật xác thực hai bước: không có gì để đặt lại/, '… said');
is(state_now(), $s, '… nothing changed');

# ------------------------------------------------------------------ one's own factor

$r = $admin->get("/admin/people/$admin_id");
unlike($r->{body}, qr{/mfa-reset"}, "an administrator's own page has no reset form");
like($r->{body}, qr{<a href="/account/mfa">}, '… but a link to its own factor page');
$s = state_now();
$r = $admin->post("/admin/people/$admin_id/mfa-reset", [confirm => '1']);
is($r->{status}, 409, 'its own reset posted anyway: 409');
like(join(' ', summary_errors($r->{body})), qr/Bạn không thể tự đặt lại xác thực hai bước của mình tại đây/, '… said');
is(factor_of($admin_id), 1, '… its factor stays');
is(state_now(), $s, '… nothing changed');
is($admin->get('/admin/')->{status}, 200, '… and it is still signed in');

# ------------------------------------------------------------------ an officer (mfa_officers = 0)

my $o = new_staff('officer');
my $oid = user_id(email => $o);
my $K = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
dvcctl("$K\n", 'user', 'mfa', '--email', $o);
is(factor_of($oid), 1, 'an officer with a factor (dvcctl user mfa)');
$r = $admin->get("/admin/people/$oid");
like(text_of($r->{body}), qr/đăng nhập chỉ bằng mật khẩu cho đến khi tự bật lại/,
    "the officer's page: after a reset, the password alone (officers need not have one)");
$mails = scalar mails_to($o, $RESET_MAIL);
$r = $admin->post("/admin/people/$oid/mfa-reset", [confirm => '1']);
is($r->{status}, 303, "the officer's factor reset: 303");
is(factor_of($oid), 0, '… gone');
$m = wait_mail($o, $RESET_MAIL, 20, $mails);
like($m->{body} // '', qr/Từ nay bạn đăng nhập chỉ bằng mật khẩu/, '… the officer is mailed that the password alone signs in');
is(browser()->login($o, $PW, mfa => 0)->{location}, '/officer/', '… and signs in without a code');

# ------------------------------------------------------------------ an officer under mfa_officers = 1

for my $p (qw(dvc-admin dvc-account)) {
	ok(stop_program($p) && start_program($p, mfa_officers => 1), "$p restarted with mfa_officers = 1");
}
{
	my $o2 = new_staff('officer');
	my $oid2 = user_id(email => $o2);
	dvcctl("$K\n", 'user', 'mfa', '--email', $o2);
	my $adm = browser();
	is($adm->login('quantri@demo.thanhhoa.gov.vn', $DEMO_PW)->{status}, 303, 'the administrator signs in again');
	$r = $adm->get("/admin/people/$oid2");
	like(text_of($r->{body}), qr/bắt buộc dùng xác thực hai bước/, "an officer's page now says the officer enrols again after a reset");
	$mails = scalar mails_to($o2, $RESET_MAIL);
	is($adm->post("/admin/people/$oid2/mfa-reset", [confirm => '1'])->{status}, 303, "the officer's factor reset");
	$m = wait_mail($o2, $RESET_MAIL, 20, $mails);
	like($m->{body} // '', qr/bạn sẽ được hướng dẫn thiết lập lại ứng dụng xác thực/, '… mailed that the next sign-in enrols again');
	my $ob = browser();
	is($ob->login($o2, $PW, mfa => 0)->{location}, '/account/mfa', '… and the next sign-in leads to enrolment');
	like($ob->get('/account/mfa')->{body}, qr{action="/account/mfa/enable"}, '… the enrolment page');
}
for my $p (qw(dvc-admin dvc-account)) {
	ok(stop_program($p) && start_program($p), "$p started again with the stack's dvc.conf");
}
$admin = browser();
is($admin->login('quantri@demo.thanhhoa.gov.vn', $DEMO_PW)->{status}, 303, 'the administrator signs in again');

# ------------------------------------------------------------------ nobody else

{
	my $a4 = new_staff('admin');
	my $id4 = user_id(email => $a4);
	is(browser()->login($a4, $PW)->{status}, 303, 'another administrator with a factor');
	my $url = "/admin/people/$id4/mfa-reset";
	my $off = browser();
	is($off->login('tiepnhan.hacthanh@demo.thanhhoa.gov.vn', $DEMO_PW)->{status}, 303, 'an officer signs in');
	my $cit = browser();
	my $c = new_citizen();
	is($cit->signup($c)->{status}, 303, 'a citizen signs in');
	$s = state_now();
	for my $who ([officer => $off], [citizen => $cit]) {
		my ($name, $b) = @$who;
		$b->get('/account/profile');
		is($b->post($url, [confirm => '1'])->{status}, 403, "$name: POST $url 403");
	}
	my $anon = browser();
	$anon->get('/account/login');
	$r = $anon->post($url, [confirm => '1']);
	ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login}, "a stranger: POST $url sent to sign in")
	    or diag($r->{status});
	is(factor_of($id4), 1, "… the administrator's factor stays");
	is(state_now(), $s, '… nothing changed');
	$r = $admin->get('/admin/people/' . user_id(citizen_id => $c->{citizen_id}));
	unlike($r->{body}, qr{id="mfa"}, "a citizen's page has no second factor section");
}

done_testing();
