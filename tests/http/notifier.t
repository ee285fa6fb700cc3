#!/usr/bin/perl
# dvc-notifier through the real stack: ten changes of a dossier (a submission, then officers'
# moves through their pages) give exactly ten e-mails, one per change, to the applicant, in
# Vietnamese with the dossier's code and the link to its page, well-formed (RFC 5322, UTF-8
# subject as encoded-words, a stable Message-ID). And still exactly ten, none lost and none
# twice (each delivery is a file of its own in $VAR/mail), when the sendmail command fails
# twice first; when the notifier gets SIGTERM with a message in hand (it finishes it) and
# SIGKILL with another in hand (the next notifier sends it); and when MariaDB is stopped and
# started under it (it waits without spinning and records what it sent meanwhile).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Encode ();
use Time::HiRes qw(sleep time);
use Unicode::Normalize qw(NFC);
use DVCTest;
use DVC::Officer;
use DVC::Mail;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $REPO = $ENV{DVC_REPO};
my $FAKE = "$REPO/tests/http/lib/sendmail-test";
my $LOG = log_file('dvc-notifier');

ok(notifier_pid() && kill(0, notifier_pid()), 'the stack runs dvc-notifier') or BAIL_OUT('no dvc-notifier');

# The ten changes that tell the applicant something, after the submission, with the one move
# between them that tells nothing (a proposal waits for approval): [role, move].
my @WALK = (
	[receiver => 'accept'], [receiver => 'assign'], [processor => 'supplement'],
	[receiver => 'supplemented'], [processor => 'fees'], [receiver => 'paid'],
	[processor => 'apology'], [processor => 'propose'], [approver => 'approve'],
	[receiver => 'return'],
);
my @MAILED = ('submit', grep { move_by_name($_)->{mail} } map { $_->[1] } @WALK);
is(scalar @MAILED, 10, 'the walk: a submission and nine moves that tell the applicant (the proposal does not)');

# walk(): a new dossier of the applicant walked through @WALK; its id, code and e-mail.
sub walk {
	my $id = new_dossier();
	step($id, 'hacthanh', @$_) for @WALK;
	my ($code, $email) = @{ (db_rows("SELECT code, applicant_email FROM dossiers WHERE id = $id"))[0] };
	return { id => $id, code => $code, email => $email };
}

# The outbox rows of a dossier: [id, move, attempts, sent_at, claimed_at, failed_at].
sub outbox_rows {
	my ($d) = @_;
	return db_rows("SELECT id, COALESCE(move, 'submit'), attempts, COALESCE(sent_at, ''), COALESCE(claimed_at, ''),"
	    . " COALESCE(failed_at, '') FROM outbox WHERE dossier_id = $d->{id} ORDER BY id");
}

sub mails_of {
	my ($d) = @_;
	return mails(qr/\Q$d->{code}\E/);
}

# Waits until the dossier's ten messages are sent (and a second more, for a copy that would
# come late); the messages found.
sub all_sent {
	my ($d, $seconds) = @_;
	wait_until($seconds // 60, sub {
		!grep { $_->[3] eq '' } outbox_rows($d);
	});
	sleep 1;
	return mails_of($d);
}

# exactly_ten(D, NAME): ten files, one per change, in order, to the applicant; every row sent.
sub exactly_ten {
	my ($d, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my @m = all_sent($d);
	my @rows = outbox_rows($d);
	subtest "$name: exactly ten messages, one per change" => sub {
		is(scalar @rows, 10, 'ten outbox rows');
		is(scalar(grep { $_->[3] ne '' } @rows), 10, 'all ten marked sent');
		is(scalar(grep { $_->[4] ne '' } @rows), 0, 'none left in hand');
		is(scalar @m, 10, 'ten files in the mail folder') or diag(join "\n", map { $_->{subject} } @m);
		my %ids;
		$ids{ $_->{header}{'message-id'} // '' }++ for @m;
		is(scalar(keys %ids), 10, 'ten Message-IDs: no message twice');
		my @labels = map { "Hồ sơ $d->{code}: " . move_label($_) } @MAILED;
		is_deeply([sort map { $_->{subject} } @m], [sort @labels], 'one message per change, each named in its subject');
		is(scalar(grep { ($_->{to} // '') eq $d->{email} } @m), 10, "all to the applicant, $d->{email}");
	};
	return @m;
}

# ------------------------------------------------------------------ (1) as it runs

my ($first, @first);
subtest 'ten changes while the notifier runs' => sub {
	$first = walk();
	my $t0 = time;
	wait_until(30, sub { mails_of($first) >= 10 });
	my $late = time - $t0;
	cmp_ok($late, '<', 5, sprintf('the last message went %.1f s after its change (the outbox is looked at every second)', $late));
	@first = exactly_ten($first, 'running');
	my @rows = outbox_rows($first);
	is(scalar(grep { $_->[2] == 1 } @rows), 10, 'each sent at its first attempt');
};

subtest 'each message: Vietnamese, the code, the link to the dossier page, RFC 5322' => sub {
	my %by_id = map { $_->[0] => $_ } outbox_rows($first);
	my ($site) = Encode::decode_utf8(slurp_file($ENV{DVC_CONF})) =~ /^site_name\s*=\s*(.*?)\s*$/m;
	for my $m (@first) {
		my $h = $m->{header};
		my $what = $m->{subject};
		my ($oid) = ($h->{'message-id'} // '') =~ /^<dvc\.outbox\.(\d+)\.\d+@[\w.-]+>$/;
		ok($oid && $by_id{$oid}, "$what: Message-ID <dvc.outbox.ID.…@…> of its outbox row")
		    or diag($h->{'message-id'});
		ok($oid && "Hồ sơ $first->{code}: " . move_label($by_id{$oid}[1]) eq $what, "$what: … the row of that change");
		like($m->{raw}, qr/^Subject: =\?UTF-8\?B\?[A-Za-z0-9+\/=]+\?=(\n =\?UTF-8\?B\?[A-Za-z0-9+\/=]+\?=)*\n/m,
		    "$what: the subject as UTF-8 encoded-words");
		ok(!grep({ length > 78 } split /\n/, (split /\n\n/, $m->{raw}, 2)[0]), "$what: header lines within 78 characters");
		like($h->{date} // '', qr/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0700$/,
		    "$what: Date in Vietnam's time");
		is($h->{'content-type'}, 'text/plain; charset=UTF-8', "$what: text/plain; charset=UTF-8");
		like($h->{'content-transfer-encoding'} // '', qr/^(8bit|quoted-printable)$/, "$what: 8bit or quoted-printable");
		is($h->{'mime-version'}, '1.0', "$what: MIME-Version");
		my ($from_name, $from_addr) = ($h->{from} // '') =~ /^(.*?) ?<([^<>\s]+@[^<>\s]+)>$/;
		is(Encode::decode('MIME-Header', $from_name // ''), $site, "$what: From: the site's name");
		ok($from_addr, "$what: From: an address");
		is_deeply($m->{rcpt}, [$first->{email}], "$what: the command was given the recipient, one argument");
		my $body = $m->{body};
		ok(defined $body, "$what: the body is UTF-8") or next;
		is(NFC($body), $body, "$what: in NFC");
		like($body, qr/^Kính gửi /m, "$what: Vietnamese, to the applicant");
		like($body, qr/^Mã hồ sơ: \Q$first->{code}\E$/m, "$what: the code");
		like($body, qr{\Q$URL\E/dossiers/\Q$first->{code}\E$}m, "$what: the link to the dossier's page");
		like($body, qr/Thư này được gửi tự động/, "$what: says it is automatic");
	}
	my $r = get("/dossiers/$first->{code}");
	note("GET /dossiers/$first->{code}: $r->{status} (the page is dvc-dossiers')");
};

# Every other move that tells the applicant (a request to complete, a refusal, a stop, a
# confirmed withdrawal: slips 2, 3 and 5 among them) says the code and links the page too.
# The applicant's own request to withdraw has no page yet: its status is set in SQL.
subtest 'the other messages: the code and the link' => sub {
	my %told = map { $_ => 1 } @MAILED;
	my @other = grep { $_->{mail} && !$told{ $_->{name} } } move_table();
	my @ways = (
		['submitted', [receiver => 'complete'], [receiver => 'refuse']],
		['processing', [processor => 'stop']],
		['withdraw_asked', [receiver => 'withdrawn']],
	);
	my %seen;
	for my $w (@ways) {
		my ($state, @moves) = @$w;
		my $id = build($state);
		step($id, 'hacthanh', @$_) for @moves;
		my $code = db_value("SELECT code FROM dossiers WHERE id = $id");
		wait_until(30, sub { !db_value("SELECT COUNT(*) FROM outbox WHERE dossier_id = $id AND sent_at IS NULL") });
		for my $mv (map { $_->[1] } @moves) {
			my $label = move_label($mv);
			my @m = mails(qr/^Hồ sơ \Q$code\E: \Q$label\E$/);
			is(scalar @m, 1, "$mv: one message") or next;
			like($m[0]{body} // '', qr/^Mã hồ sơ: \Q$code\E$/m, "$mv: the code");
			like($m[0]{body} // '', qr{\Q$URL\E/dossiers/\Q$code\E$}m, "$mv: the link to the dossier's page");
			$seen{$mv} = 1;
		}
	}
	# The desk's decision on a fee exemption claimed at submission: fees.t reads its messages.
	is_deeply([sort grep { !$seen{$_} } map { $_->{name} } @other], ['exempt', 'noexempt', 'withdraw'],
	    'every move that tells the applicant is seen but the applicant\'s own request to withdraw'
	    . ' and the fee exemption\'s (fees.t)');
};

# ------------------------------------------------------------------ (1b) given up

# Rows written here as no program writes them (a recipient with a line break, a subject with
# a header after it), and one that the command never takes.
subtest 'messages given up: after the last attempt, and at once when they cannot be written' => sub {
	ok(stop_notifier(), 'the notifier stopped');
	my $tag = "bo-cuoc-$$";
	my @rows = (
		["ok.$tag\@example.vn", "Thử $tag (1)"],
		["a.$tag\@example.vn\nBcc: b.$tag\@example.vn", "Thử $tag (2)"],
		["c.$tag\@example.vn", "Thử $tag (3)\r\nBcc: d.$tag\@example.vn"],
	);
	for my $r (@rows) {
		db_rows('INSERT INTO outbox (created_at, channel, recipient, subject, body) VALUES (UTC_TIMESTAMP(), '
		    . "'email', " . DVC::Submit::sql_str($r->[0]) . ', ' . DVC::Submit::sql_str($r->[1]) . ", 'Nội dung thử.')");
	}
	my $counter = "$VAR/tmp/sendmail-never-$$";
	unlink $counter;
	my $off = log_size('dvc-notifier');
	start_notifier(sendmail_command => "$FAKE $counter 1000 0 $MAIL_DIR", mail_retry_seconds => 1,
	    mail_max_attempts => 2);
	my $where = 'subject LIKE ' . DVC::Submit::sql_str("Thử $tag%");
	wait_until(30, sub { db_value("SELECT COUNT(*) FROM outbox WHERE $where AND failed_at IS NOT NULL") == 3 });
	my @got = db_rows("SELECT attempts, COALESCE(sent_at, ''), COALESCE(failed_at, ''), COALESCE(last_error, '')"
	    . " FROM outbox WHERE $where ORDER BY id");
	is($got[0][0], 2, 'a message the command never takes: two attempts (mail_max_attempts)');
	ok($got[0][1] eq '' && $got[0][2] ne '', '… then given up (failed_at), not sent');
	like($got[0][3], qr/exited with status 75/, '… with the last error');
	ok(scalar(grep { /given up after 2 attempts/ } log_since('dvc-notifier', $off)), '… and logged');
	for my $i (1, 2) {
		is($got[$i][0], 0, "a recipient or subject with a line break ($i): given up with no attempt");
		like($got[$i][3], qr/cannot be written as a message: (recipient|subject)/, '… saying why');
	}
	is(slurp_file($counter) + 0, 2, 'the command ran only for the first, twice');
	is(scalar(mails(qr/\Q$tag\E/)), 0, 'nothing delivered');
	ok(stop_notifier(), 'that notifier stopped');
	start_notifier();
};

# ------------------------------------------------------------------ (2) the command fails twice

subtest 'the sendmail command fails twice first' => sub {
	ok(stop_notifier(), "the stack's notifier stopped (SIGTERM)");
	my $d = walk();
	is(scalar(grep { $_->[3] eq '' } outbox_rows($d)), 10, 'ten messages waiting');
	my $counter = "$VAR/tmp/sendmail-fails-$$";
	unlink $counter;
	my $off = log_size('dvc-notifier');
	start_notifier(sendmail_command => "$FAKE $counter 2 0 $MAIL_DIR", mail_retry_seconds => 1);
	exactly_ten($d, 'two failures first');
	my @rows = outbox_rows($d);
	my $attempts = 0;
	$attempts += $_->[2] for @rows;
	is($attempts, 12, 'twelve attempts in all: the two failures were tried again');
	is(slurp_file($counter) + 0, 12, 'the command ran twelve times');
	my @failed = grep { /attempt 1 of \d+ failed: \S+ exited with status 75; next in 1 s/ } log_since('dvc-notifier', $off);
	is(scalar @failed, 2, 'two failures logged, each with its next attempt');
	is(db_value("SELECT COUNT(*) FROM outbox WHERE dossier_id = $d->{id} AND (last_error IS NOT NULL OR failed_at IS NOT NULL)"), 0,
	    'no error left on a sent message');
};

# ------------------------------------------------------------------ (3) SIGTERM and SIGKILL with a message in hand

# in_hand(D): the outbox id of the dossier's message in hand, once there is one.
sub in_hand {
	my ($d) = @_;
	my $id;
	wait_until(20, sub { ($id) = map { $_->[0] } grep { $_->[4] ne '' && $_->[3] eq '' } outbox_rows($d); $id });
	return $id;
}

subtest 'SIGTERM with a message in hand, then SIGKILL with another' => sub {
	ok(stop_notifier(), 'the notifier stopped');
	my $d = walk();
	my $counter = "$VAR/tmp/sendmail-slow-$$";
	unlink $counter;
	# A slow mail system: each message is in hand for a second.
	my $pid = start_notifier(sendmail_command => "$FAKE $counter 0 1 $MAIL_DIR");
	wait_until(30, sub { mails_of($d) >= 2 });
	my $held = in_hand($d);
	ok($held, "message $held in hand");
	my $off = log_size('dvc-notifier');
	ok(stop_notifier(), 'SIGTERM: the notifier stops');
	my ($row) = grep { $_->[0] == $held } outbox_rows($d);
	ok($row->[3] ne '' && $row->[4] eq '', "… after finishing message $held: sent, and recorded");
	is(scalar(grep { $_->[4] ne '' } outbox_rows($d)), 0, '… nothing left in hand');
	my $n = mails_of($d);
	ok(scalar(grep { /\[$pid\] info: stopped/ } log_since('dvc-notifier', $off)), '… and says it stopped');

	# Slower still: two seconds a message, so that the SIGKILL falls while one is in hand.
	$pid = start_notifier(sendmail_command => "$FAKE $counter 0 2 $MAIL_DIR");
	wait_until(30, sub { mails_of($d) >= $n + 1 });
	ok(in_hand($d), 'a message in hand');
	sleep 0.3;
	ok(kill_notifier('KILL'), "SIGKILL to notifier $pid");
	my @left = grep { $_->[4] ne '' && $_->[3] eq '' } outbox_rows($d);
	is(scalar @left, 1, 'one message is left claimed, not sent') or diag(explain([outbox_rows($d)]));
	$held = @left ? $left[0][0] : 0;
	my $delivered = mails_of($d);
	sleep 2.5;
	is(scalar(mails_of($d)), $delivered, "message $held was not delivered behind its back (its command died with it)");

	$off = log_size('dvc-notifier');
	start_notifier();	# the stack's own, as it was
	my @m = exactly_ten($d, 'SIGTERM and SIGKILL in the middle');
	($row) = grep { $_->[0] == $held } outbox_rows($d);
	is($row && $row->[2], 2, "message $held: two attempts, the killed one counted");
	ok(scalar(grep { /1 message\(s\) left in hand by a notifier that stopped/ } log_since('dvc-notifier', $off)),
	    'the new notifier says it put the message back');
};

# ------------------------------------------------------------------ (4) MariaDB restarted under it

subtest 'MariaDB stopped and started under the notifier' => sub {
	ok(stop_notifier(), 'the notifier stopped');
	my $d = walk();
	my $counter = "$VAR/tmp/sendmail-db-$$";
	unlink $counter;
	my $off = log_size('dvc-notifier');
	my $pid = start_notifier(sendmail_command => "$FAKE $counter 0 1 $MAIL_DIR");
	wait_until(30, sub { mails_of($d) >= 2 });
	ok(in_hand($d), 'a message in hand');
	my $db_stopped = 0;
	ok(stack('db-stop'), 'MariaDB stopped') and $db_stopped = 1;
	# The message in hand when the database went (a second at most) is delivered; nothing after.
	sleep 2;
	my $delivered = mails_of($d);
	my $ticks = cpu_ticks($pid);
	sleep 5;
	ok(kill(0, $pid), 'the notifier keeps running without its database');
	my $used = cpu_ticks($pid) - $ticks;
	cmp_ok($used, '<', 50, "… and does not spin: $used clock ticks of CPU in 5 s");
	is(scalar(mails_of($d)), $delivered, '… nor sends anything it cannot record');
	my @down = grep { /database unavailable/ } log_since('dvc-notifier', $off);
	is(scalar @down, 1, '… and says so once');
	ok(stack('db-start'), 'MariaDB started again') and $db_stopped = 0;
	exactly_ten($d, 'MariaDB restarted');
	ok(scalar(grep { /\[$pid\] info: database back after \d+ s/ } log_since('dvc-notifier', $off)), 'the same notifier carried on');
	stack('db-start') if $db_stopped;
	kill_notifier('TERM');
	start_notifier();
};

ok(notifier_pid() && kill(0, notifier_pid()), "the stack's notifier runs again with its own configuration");

sub slurp_file {
	open(my $fh, '<', $_[0]) or return '';
	local $/;
	return scalar <$fh>;
}

done_testing();
