#!/usr/bin/env perl
# tests/http/privacy.t — personal data over time (the privacy notice, account-privacy.xsl):
# `dvcctl purge` removes what the notice promises to remove once old enough and keeps the
# rest; a citizen withdraws consent and closes the account from the profile (the password and
# a tick; contact details and drafts gone, submitted dossiers kept for the archive and their
# officers, every session ended, sign-in refused with its own message); the receipts print
# the CCCD's last four digits only.
use strict;
use warnings;
use utf8;

use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;

use DVCTest;
use DVC::Submit qw(citizen client sql_str dossier);
use DVC::Officer qw(build officer default_procedure new_dossier);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

sub purge {
	my $out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" purge 2>&1`;
	is($?, 0, 'dvcctl purge') or diag($out);
	return $out;
}

sub count { db_value("SELECT COUNT(*) FROM $_[0]") }

# ------------------------------------------------------------------ dvcctl purge

my $c = citizen();
my $uid = $c->user_id;
my $dossier = new_dossier(by => $c);
{
	# Rows of each kind the notice names, one past its time and one within it, marked so
	# that only these are counted (the stack holds others).
	my $ip = '192.0.2.77';
	db_rows(<<"SQL");
INSERT INTO login_attempts (at, ip, user_id, login, outcome, user_agent) VALUES
  (UTC_TIMESTAMP() - INTERVAL 13 MONTH, '$ip', $uid, '', 'success', 'purge-old'),
  (UTC_TIMESTAMP() - INTERVAL 12 MONTH - INTERVAL 1 DAY, '$ip', NULL, 'abc***', 'unknown_account', 'purge-old'),
  (UTC_TIMESTAMP() - INTERVAL 11 MONTH, '$ip', $uid, '', 'success', 'purge-recent');
INSERT INTO outbox (created_at, channel, recipient, subject, body, dossier_id, sent_at) VALUES
  (UTC_TIMESTAMP() - INTERVAL 40 DAY, 'email', 'old-dossier\@example.vn', 'purge-old-dossier', 'the body', $dossier, UTC_TIMESTAMP() - INTERVAL 31 DAY),
  (UTC_TIMESTAMP() - INTERVAL 40 DAY, 'email', 'old-account\@example.vn', 'purge-old-account', 'a reset link', NULL, UTC_TIMESTAMP() - INTERVAL 31 DAY),
  (UTC_TIMESTAMP() - INTERVAL 40 DAY, 'email', 'recent\@example.vn', 'purge-recent-dossier', 'the body', $dossier, UTC_TIMESTAMP() - INTERVAL 29 DAY),
  (UTC_TIMESTAMP() - INTERVAL 40 DAY, 'email', 'recent\@example.vn', 'purge-recent-account', 'a reset link', NULL, UTC_TIMESTAMP() - INTERVAL 29 DAY),
  (UTC_TIMESTAMP() - INTERVAL 40 DAY, 'email', 'unsent\@example.vn', 'purge-unsent', 'not sent yet', NULL, NULL);
INSERT INTO outbox (created_at, channel, recipient, subject, body, dossier_id, attempts, failed_at) VALUES
  (UTC_TIMESTAMP() - INTERVAL 40 DAY, 'email', 'failed\@example.vn', 'purge-old-failed', 'given up', $dossier, 12, UTC_TIMESTAMP() - INTERVAL 35 DAY);
INSERT INTO password_resets (user_id, token_hash, created_at, expires_at, ip) VALUES
  ($uid, NULL, UTC_TIMESTAMP() - INTERVAL 31 DAY, UTC_TIMESTAMP() - INTERVAL 31 DAY, '$ip'),
  ($uid, NULL, UTC_TIMESTAMP() - INTERVAL 29 DAY, UTC_TIMESTAMP() - INTERVAL 29 DAY, '$ip');
INSERT INTO track_lookups (at, ip) VALUES
  (UTC_TIMESTAMP() - INTERVAL 25 HOUR, '$ip'), (UTC_TIMESTAMP() - INTERVAL 23 HOUR, '$ip');
INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, ip, user_agent) VALUES
  (UNHEX(SHA2('purge-old', 256)), $uid, UTC_TIMESTAMP() - INTERVAL 2 DAY, UTC_TIMESTAMP() - INTERVAL 2 DAY, UTC_TIMESTAMP() - INTERVAL 1 DAY, '$ip', 'purge');
SQL
	my $sessions_before = db_value("SELECT COUNT(*) FROM sessions WHERE user_id = $uid");
	my $out = purge();
	like($out, qr/^purged \d+ sign-in records$/m, '… says what it removed');
	is(count("login_attempts WHERE user_agent = 'purge-old'"), 0, 'sign-in records older than 12 months: removed');
	is(count("login_attempts WHERE user_agent = 'purge-recent'"), 1, 'sign-in records of 11 months: kept');
	is(db_value("SELECT CONCAT('[', body, ']') FROM outbox WHERE subject = 'purge-old-dossier'"), '[]',
	    "a dossier's message sent 31 days ago: its body emptied");
	is(db_value("SELECT recipient FROM outbox WHERE subject = 'purge-old-dossier'"), 'old-dossier@example.vn',
	    '… the row kept as the record that the applicant was told');
	is(db_value("SELECT CONCAT('[', body, ']') FROM outbox WHERE subject = 'purge-old-failed'"), '[]',
	    '… also a message given up 35 days ago');
	is(count("outbox WHERE subject = 'purge-old-account'"), 0, 'a message about no dossier (a reset link) sent 31 days ago: removed');
	is(db_value("SELECT body FROM outbox WHERE subject = 'purge-recent-dossier'"), 'the body', 'a message sent 29 days ago: kept whole');
	is(count("outbox WHERE subject = 'purge-recent-account'"), 1, '… about no dossier too');
	is(db_value("SELECT body FROM outbox WHERE subject = 'purge-unsent'"), 'not sent yet', 'a message not sent yet: kept whole');
	is(count("password_resets WHERE user_id = $uid AND created_at < UTC_TIMESTAMP() - INTERVAL 30 DAY"), 0,
	    'reset requests older than 30 days: removed');
	is(count("password_resets WHERE user_id = $uid"), 1, '… those of 29 days kept');
	is(count("track_lookups WHERE ip = '$ip'"), 1, 'lookup counters: the one older than a day removed, the other kept');
	is(db_value("SELECT COUNT(*) FROM sessions WHERE user_id = $uid"), $sessions_before - 1,
	    "an expired session removed, the citizen's live one kept");
	is($c->get('/dossiers/')->{status}, 200, '… which still signs them in');
	like(purge(), qr/^purged 0 sign-in records$/m, 'a second run finds nothing more');
}

# ------------------------------------------------------------------ the receipts: a masked CCCD

my $cccd = $c->who->{citizen_id};
my $last4 = substr($cccd, -4);
{
	my $id = build('fees_due', procedure => default_procedure('hacthanh', fee => 1)->{code}, by => $c);
	my $recv = officer('hacthanh', 'receiver');
	my $page = $recv->get("/officer/dossiers/$id");
	my $due = db_value("SELECT SUM(amount) FROM dossier_fees WHERE dossier_id = $id");
	my $r = $recv->post("/pay/record/$id", [method => 'counter', amount => $due], csrf => page_csrf($page->{body}));
	is($r->{status}, 303, 'the one-stop desk records the fee paid at the counter');
	my ($ref) = ($r->{location} // '') =~ m{^/pay/receipt/([A-Za-z0-9-]+)$};
	for my $who (['the applicant', $c], ['the officer', $recv]) {
		my $receipt = $who->[1]->get("/pay/receipt/$ref");
		is($receipt->{status}, 200, "$who->[0] opens the e-receipt");
		my $text = text_of($receipt->{body});
		like($text, qr/Số định danh cá nhân\s*••••••••\Q$last4\E/, "… the payer's CCCD as its last four digits");
		unlike($receipt->{raw}, qr/\Q$cccd\E/, '… never the whole number');
		my $xml = $who->[1]->get("/pay/receipt/$ref?format=xml");
		unlike($xml->{raw}, qr/\Q$cccd\E/, '… not in its XML either');
	}
	my $slip = $c->get("/submit/$id/receipt");
	is($slip->{status}, 200, "the applicant's receipt of the submission (Form 01)");
	like(text_of($slip->{body}), qr/••••••••\Q$last4\E/, '… shows the CCCD as its last four digits');
	unlike($slip->{body}, qr/\Q$cccd\E/, '… never the whole number');
	like($recv->get("/officer/dossiers/$id")->{body}, qr/\Q$cccd\E/,
	    "the officer's view of the dossier shows the whole number (the form asks for it)");
}

# ------------------------------------------------------------------ closing the account

{
	my $draft = $c->new_draft(default_procedure('hacthanh')->{code});
	my $profile = $c->get('/account/profile');
	like($profile->{body}, qr{<a href="/account/close">}, 'the profile links to withdrawing consent');
	my $page = $c->get('/account/close');
	is($page->{status}, 200, 'GET /account/close: 200');
	like(text_of($page->{body}), qr/Hồ sơ đã nộp vẫn được giải quyết/, '… says what happens to the dossiers');
	security_headers_ok($page, 'the close page');

	# Two browsers of the same citizen: both are signed out.
	my $other = client();
	$other->post('/account/login', [login => $cccd, password => $c->who->{password}],
	    csrf => do { my $p = $other->get('/account/login'); page_csrf($p->{body}) });
	is($other->get('/dossiers/')->{status}, 200, 'a second browser is signed in');

	my $r = $c->post('/account/close', [password => $c->who->{password}]);
	is($r->{status}, 200, 'without the tick: the form again');
	like(text_of($r->{body}), qr/Đánh dấu vào ô xác nhận/, '… asking for it');
	$r = $c->post('/account/close', [password => 'not the password 123', confirm => 1]);
	like(text_of($r->{body}), qr/Mật khẩu hiện tại không đúng/, 'a wrong password: refused');
	unlike($r->{body}, qr/not the password 123/, '… and not echoed');
	is(db_value("SELECT closed_at IS NULL FROM users WHERE id = $uid"), 1, '… nothing closed');
	is($c->post('/account/close', [password => $c->who->{password}, confirm => 1], csrf => 'x' x 64)->{status}, 403,
	    'a wrong CSRF token: 403');

	$r = $c->post('/account/close', [password => $c->who->{password}, confirm => 1]);
	is($r->{status}, 303, 'the password and the tick: 303');
	is($r->{location}, '/account/closed', '… to the page that says so');
	security_headers_ok($r, "the close's 303");
	my $done = $c->get('/account/closed');
	like(text_of($done->{body}), qr/Tài khoản đã được đóng/, '… "Tài khoản đã được đóng"');
	unlike($done->{body}, qr/\Q${\ $c->who->{full_name}}\E/, '… signed out (no name in the header)');

	my ($closed, $disabled, $email, $phone, $birth, $name, $id_kept) = @{ (db_rows(
	    "SELECT closed_at IS NOT NULL, disabled, COALESCE(email, 'NULL'), phone, COALESCE(birth_date, 'NULL'), full_name, citizen_id FROM users WHERE id = $uid"))[0] };
	is("$closed $disabled", '1 1', 'the account is closed and disabled');
	is("$email|$phone|$birth", 'NULL||NULL', 'its e-mail, phone and date of birth are gone');
	is($id_kept, $cccd, 'its CCCD stays, to know whose the dossiers are');
	is(count("sessions WHERE user_id = $uid"), 0, 'every session of it ended');
	is($other->get('/dossiers/')->{status}, 303, '… the second browser is signed out too');
	is(count("dossiers WHERE id = $draft"), 0, 'the draft is gone');
	is(count("dossiers WHERE id = $dossier"), 1, 'the submitted dossier is kept');
	is(db_value("SELECT applicant_citizen_id FROM dossiers WHERE id = $dossier"), $cccd, "… with the applicant's details the archive needs");
	my $o = officer('hacthanh', 'receiver');
	like($o->get("/officer/dossiers/$dossier")->{body}, qr/\Q${\ $c->who->{full_name}}\E/,
	    "… which the officers of its unit still see");
	is(count("password_resets WHERE user_id = $uid"), 0, 'its reset requests are gone');

	# Signing in: the owner is told, a wrong password gets the usual answer.
	my $b = client();
	my $login = $b->get('/account/login');
	$r = $b->post('/account/login', [login => $cccd, password => $c->who->{password}]);
	is($r->{status}, 200, 'signing in to the closed account: refused (200, the form)');
	like(text_of($r->{body}), qr/Tài khoản này đã được đóng/, '… with a clear message');
	ok(!$b->{cookies}{dvc_session}, '… and no session');
	$r = $b->post('/account/login', [login => $cccd, password => 'Sai mật khẩu 2026!']);
	like(text_of($r->{body}), qr/mật khẩu không đúng/, 'a wrong password for it: the usual answer, nothing told');
	unlike(text_of($r->{body}), qr/đã được đóng/, '… not that it is closed');
	is($c->get('/account/close')->{status}, 303, 'GET /account/close signed out: to the sign-in');
}

done_testing();
