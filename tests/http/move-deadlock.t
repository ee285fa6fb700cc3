#!/usr/bin/perl
# A deadlock met by an officer's move is run again by core (db_transaction()), not answered
# with a 500 (issue 11, item 11). The deadlock is made on purpose, with the move as its
# victim, the way tests/http/submit-concurrency.t makes one for a submission: a session of the
# database that has written much (so that InnoDB rolls the lighter move back) holds the row of
# the year's slip numbers of the dossier's unit, which the move takes last (the slip it
# issues), then asks for the dossier's row, which the move took first. Once the move was
# rolled back the session gets the dossier's row, keeps it a second and rolls back; the move,
# run again, waits for it and goes through: 303, the dossier moved once (one event, one slip,
# one message to the applicant, the version one up), and the program's log says the
# transaction met the deadlock and was run again. The old code answered 500.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use IO::Handle;
use DVCTest;
use DVC::Submit;
use DVC::Officer;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# deadlocking_session(FIRST, DOSSIER): a mariadb client, started now, whose transaction writes
# 3000 rows, takes the row lock of statement FIRST, waits 1.5 s, asks for dossier DOSSIER's
# row, keeps it a second and rolls back. Returns its pipe; close it to wait for the end.
sub deadlocking_session {
	my ($first, $dossier) = @_;
	my $script = join "\n",
	    'SET SESSION innodb_lock_wait_timeout = 20;',
	    'START TRANSACTION;',
	    "INSERT INTO track_lookups (at, ip) SELECT UTC_TIMESTAMP(), CONCAT('192.0.2.', seq % 250)"
	    . ' FROM seq_1_to_3000;',
	    "$first;",
	    'SELECT SLEEP(1.5);',
	    "SELECT id FROM dossiers WHERE id = $dossier FOR UPDATE;",
	    'SELECT SLEEP(1);',
	    'ROLLBACK;', '';
	open(my $sql, '|-', "mariadb --socket='$ENV{DVC_DB_SOCKET}' -uroot dvc -N -B >/dev/null")
	    or die "mariadb: $!";
	$sql->autoflush(1);
	print {$sql} $script;
	select(undef, undef, undef, 0.7);	# the session holds FIRST's row, not yet the dossier's
	return $sql;
}

subtest "the one-stop desk's acceptance meets a deadlock: run again, 303, moved once" => sub {
	my $id = build('submitted');
	my $d = dossier_row($id);
	my $before = snapshot($id);
	my $receiver = officer('hacthanh', 'receiver');
	my $log = log_size('dvc-officer');
	# The slip of an acceptance is Form 1 (SLIP_RECEIPT), numbered per unit and year of Vietnam.
	my $sql = deadlocking_session('INSERT INTO slip_sequences (agency_id, form, year, last)'
	    . " VALUES ($d->{agency_id}, 1, YEAR(UTC_TIMESTAMP() + INTERVAL 7 HOUR), 0)"
	    . ' ON DUPLICATE KEY UPDATE last = last', $id);
	my $r = act($receiver, $id, 'accept', version => $d->{version});
	close $sql;
	is($r->{status}, 303, 'the acceptance: 303') or diag(substr($r->{body} // '', 0, 400));
	like($r->{location} // '', qr{^/officer/dossiers/$id\?msg=done&move=accept$}, '… to the dossier, done');
	my $a = snapshot($id);
	is($a->{status}, status_of('RECEIVED'), '… received');
	is($a->{version}, $before->{version} + 1, '… one version up');
	is($a->{n_events}, $before->{n_events} + 1, '… one event');
	is($a->{n_slips}, $before->{n_slips} + 1, '… one slip');
	is($a->{n_outbox}, $before->{n_outbox} + 1, "… one message to the applicant");
	is(count_rows('dossier_events', "dossier_id = $id AND move = 'accept'"), 1, "… one 'accept' event");
	my @lines = log_since('dvc-officer', $log);
	ok((grep { /transaction met a conflict \(1213\): try 2 of 3/ } @lines),
	    'the log says the deadlock was met and the transaction run again')
	    or diag(join "\n", @lines);
};

done_testing;
