#!/usr/bin/perl
# One citizen working on one draft from several places at once (two tabs, a second device, a
# double click): three sessions of the same account, two of them with two requests in flight
# on the same session, released together on a fresh draft ready to submit, for WALKS walks
# (default 200). One session submits it (twice: a double click) while the others go on
# saving the applicant's details (/info), the result's way (/delivery), and uploading and
# removing a file (/files, /remove). No request may end in a 500 or a 503: a deadlock or a
# lock-wait timeout of the database is retried by core, not answered as an error. Each
# draft is consistent at the end: submitted once (one code, one event), no file of another
# procedure, every file in the store; the dossier's pages answer.
#
# The old code lost about one walk in fifty to "1213 Deadlock found": an UPDATE of the draft
# by its id and owner (d.id = ? AND d.user_id = ? AND d.status = 0) read through the index
# dossiers_user (user_id, status, updated_at) locked that index's record before the row,
# while the submission, holding the row, changed the status and needed the index's record.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use IO::Handle;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $WALKS = $ENV{WALKS} // 200;
my $ROUNDS = 3;		# of each editing client, per walk

my $p = pick_procedure(level => 4, gov_level => 'province', channels => ['online'], required => 1,
    types => ['pdf']);
ok($p, "a province-level procedure taking PDF: $p->{code}") or BAIL_OUT('no such procedure');
my ($comp) = required_components($p->{id});
my @units = db_col("SELECT agency_id FROM procedure_units WHERE procedure_id = $p->{id} ORDER BY sort");
push @units, $p->{agency_id} unless @units;

# Another session of the citizen of client $c: a fresh client (its own address) signed in.
sub session_of {
	my ($c) = @_;
	my $s = client();
	$s->get('/account/login');
	my $r = $s->post('/account/login', [login => $c->who->{citizen_id}, password => $c->who->{password}]);
	$r->{status} == 303 && defined $s->{cookies}{dvc_session} or die "login: $r->{status}";
	$s->{who} = $c->who;
	$s->{user_id} = $c->user_id;
	$s->refresh_csrf;
	return $s;
}

my $c = citizen();
my @s = ($c, session_of($c), session_of($c));
ok($s[1]{cookies}{dvc_session} ne $s[2]{cookies}{dvc_session}
    && $s[0]{cookies}{dvc_session} ne $s[1]{cookies}{dvc_session}, 'three sessions of one citizen');

# What each client does on draft $id in walk $w, as "step status" joined by commas.
sub info_form {
	my ($w, $k, $i) = @_;
	return [applicant_phone => sprintf('09%02d%06d', $k, $w), applicant_email => '',
	    applicant_address => "Số $w đường Lê Lai, phường Hạc Thành", request_note => "Lượt $w, máy $k, lần $i",
	    agency_id => $units[($w + $k + $i) % @units]];
}

sub editor {
	my ($x, $id, $w, $k) = @_;
	my @out;
	for my $i (1 .. $ROUNDS) {
		push @out, 'info ' . $x->post("/submit/$id/info", info_form($w, $k, $i))->{status};
		push @out, 'delivery ' . $x->post("/submit/$id/delivery", [channel => 'online'])->{status};
	}
	return join ',', @out;
}

sub uploader {
	my ($x, $id, $w, $k) = @_;
	my @out;
	for my $i (1 .. $ROUNDS) {
		my $name = "lan-$w-may-$k-$i.pdf";
		push @out, 'upload ' . $x->upload($id, $comp->{id},
		    [file($name, pdf_bytes("walk $w client $k round $i $$"), 'application/pdf')])->{status};
		my $fid = db_value("SELECT id FROM dossier_files WHERE dossier_id = $id AND name = " . sql_str($name));
		push @out, 'remove ' . $x->post("/submit/$id/remove", [file => $fid // 0])->{status} if $fid;
		push @out, 'info ' . $x->post("/submit/$id/info", info_form($w, $k, $i))->{status};
	}
	return join ',', @out;
}

sub submitter {
	my ($x, $id) = @_;
	return 'submit ' . $x->submit($id)->{status};
}

# Uploads and removals meet a dossier submitted meanwhile: 404 (no draft to change) is their
# right answer then; every other step answers 303.
my %ok = (upload => qr/^(303|404)$/, remove => qr/^(303|404)$/);

my ($bad_walks, %status, @examples, @inconsistent) = (0);
my $log = log_size('dvc-submit');
wait_for_vn_day_margin(120);
for my $w (1 .. $WALKS) {
	my $id = $c->new_draft($p->{code});
	$c->fill_required($id);
	$c->choose_online($id);
	my @jobs = (
		sub { submitter($s[0], $id) }, sub { submitter($s[0], $id) },
		sub { editor($s[1], $id, $w, 1) }, sub { uploader($s[1], $id, $w, 2) },
		sub { editor($s[2], $id, $w, 3) },
	);
	my @out = parallel(@jobs);
	my $bad = 0;
	for my $step (map { split /,/ } @out) {
		my ($what, $st) = split / /, $step;
		$st //= $step;
		$status{"$what $st"}++;
		$bad = 1 unless $st =~ ($ok{$what} // qr/^303$/);
	}
	if ($bad) {
		$bad_walks++;
		push @examples, "walk $w (draft $id): " . join(' | ', @out) if @examples < 5;
	}
	my $d = dossier($id);
	my $foreign = count_rows('dossier_files f JOIN procedure_components pc ON pc.id = f.component_id',
	    "f.dossier_id = $id AND pc.procedure_id <> $p->{id}");
	my $missing = grep { !-f store_path($_->{sha256}) } files_of($id);
	push @inconsistent, "walk $w (draft $id): status $d->{status}, code " . ($d->{code} // 'none')
	    . ', events ' . count_rows('dossier_events', "dossier_id = $id") . ", foreign files $foreign, missing $missing"
	    unless $d->{status} == 1 && defined $d->{code} && count_rows('dossier_events', "dossier_id = $id") == 1
	    && $foreign == 0 && $missing == 0;
}
my $requests = 0;
$requests += $_ for values %status;
my $errors = 0;
$errors += $status{$_} for grep { / 5\d\d$/ } keys %status;
is($bad_walks, 0, "$WALKS walks, $requests requests: no walk with an unexpected answer")
    or diag(join("\n", "walks with a failure: $bad_walks of $WALKS",
    'answers: ' . join(', ', map { "$_ × $status{$_}" } sort keys %status), @examples));
is($errors, 0, 'no 500 and no 503') or do {
	# What the database saw: the two transactions of its last deadlock.
	my ($innodb) = db_rows('SHOW ENGINE INNODB STATUS');
	my ($dl) = ($innodb->[2] // '') =~ /(LATEST DETECTED DEADLOCK.*?)\n-{8,}\nTRANSACTIONS/s;
	diag($dl // 'no deadlock recorded by InnoDB');
};
is(scalar @inconsistent, 0, 'every draft submitted once, with its own files, all in the store')
    or diag(join "\n", @inconsistent[0 .. ($#inconsistent < 4 ? $#inconsistent : 4)]);
my @retried = grep { /deadlock|lock wait/i } log_since('dvc-submit', $log);
note(scalar(@retried) . ' lines of the log about deadlocks or lock waits met on the way');

# A deadlock made on purpose, with the submission as its victim: a session of the database
# that has written much (so that InnoDB rolls the lighter submission back) holds the row of
# the day's dossier codes of the draft's unit, which the submission takes last, then asks for
# the draft's row, which the submission took first. Core runs the submission again once the
# session has rolled back: 303, one code; the old code answered 500.
subtest 'a deadlock met by a submission is run again, not answered 500' => sub {
	my $id = $c->new_draft($p->{code});
	$c->fill_required($id);
	$c->choose_online($id);
	my $agency = dossier($id)->{agency_id};
	my $script = join "\n",
	    'SET SESSION innodb_lock_wait_timeout = 20;',
	    'START TRANSACTION;',
	    "INSERT INTO track_lookups (at, ip) SELECT UTC_TIMESTAMP(), CONCAT('192.0.2.', seq % 250)"
	    . ' FROM seq_1_to_3000;',
	    "INSERT INTO dossier_sequences (agency_id, day, last) VALUES ($agency,"
	    . " DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR), 0) ON DUPLICATE KEY UPDATE last = last;",
	    'SELECT SLEEP(1.5);',
	    "SELECT id FROM dossiers WHERE id = $id FOR UPDATE;",
	    'SELECT SLEEP(1);',
	    'ROLLBACK;', '';
	my $log = log_size('dvc-submit');
	open(my $sql, '|-', "mariadb --socket='$ENV{DVC_DB_SOCKET}' -uroot dvc -N -B >/dev/null")
	    or die "mariadb: $!";
	$sql->autoflush(1);
	print {$sql} $script;
	select(undef, undef, undef, 0.7);	# the session holds the codes' row, not yet the draft's
	my $r = $c->submit($id);
	close $sql;
	is($r->{status}, 303, 'the submission: 303') or diag(substr($r->{body} // '', 0, 300));
	is($r->{location}, "/submit/$id/receipt?msg=submitted", '… submitted');
	my $d = dossier($id);
	is($d->{status}, 1, 'status 1');
	is(count_rows('dossier_events', "dossier_id = $id"), 1, 'one event');
	ok((grep { /transaction met a conflict \(1213\): try 2 of 3/ } log_since('dvc-submit', $log)),
	    'the log says the deadlock was met and the transaction run again')
	    or diag(join "\n", log_since('dvc-submit', $log));
};

subtest 'the last dossier and its pages' => sub {
	my ($id) = db_col('SELECT MAX(id) FROM dossiers WHERE user_id = ' . $c->user_id);
	is($c->get("/submit/$id/receipt")->{status}, 200, "/submit/$id/receipt: 200");
	is(count_rows('dossiers', 'user_id = ' . $c->user_id . ' AND status = 0'), 0, 'no draft left');
	is(count_rows('dossiers', 'user_id = ' . $c->user_id), $WALKS + 1, "$WALKS dossiers, one a walk, and the one above");
};

done_testing;
