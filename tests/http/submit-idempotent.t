#!/usr/bin/perl
# Submitting is idempotent and codes are allocated safely: a double click (two POSTs in a row)
# and POSTs racing each other (forked clients released together) make one dossier, with one
# code, one event, one e-mail and one sequence number; eight drafts of eight citizens to the
# same agency submitted at the same moment get eight distinct codes whose daily sequences
# follow each other with no gap and no duplicate.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $p = pick_procedure(level => 4, channels => ['online'], required => 1, max_required => 1, types => ['pdf']);
ok($p, "a level-4 procedure with one required component: $p->{code} (agency $p->{agency_code})")
    or BAIL_OUT('no such procedure');
my $nfees = db_value("SELECT COUNT(*) FROM procedure_fees WHERE procedure_id = $p->{id} AND optional = 0");

# A citizen's draft of the procedure, ready to submit.
sub ready_draft {
	my $c = citizen();
	my $id = $c->new_draft($p->{code});
	$c->fill_required($id);
	$c->choose_online($id);
	return ($c, $id);
}

# The last sequence number of the agency for today (Vietnam's day), 0 when none yet.
sub last_seq {
	return db_value("SELECT COALESCE(MAX(last), 0) FROM dossier_sequences WHERE agency_id = $p->{agency_id}"
	    . " AND day = DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+07:00'))") + 0;
}

sub one_dossier_ok {
	my ($id, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $d = dossier($id);
	is($d->{status}, 1, "$name: status 1");
	like($d->{code} // '', qr/^\Q$p->{agency_code}\E-\d{6}-\d{4}$/, "$name: one code ($d->{code})");
	is(count_rows('dossier_events', "dossier_id = $id"), 1, "$name: one event");
	is(count_rows('outbox', "dossier_id = $id"), 1, "$name: one e-mail");
	is(count_rows('dossier_fees', "dossier_id = $id"), $nfees, "$name: the fees copied once ($nfees)");
	is(count_rows('dossiers', "user_id = $d->{user_id} AND status <> 0"), 1, "$name: one submitted dossier of the citizen");
	return $d;
}

wait_for_vn_day_margin(60);

subtest 'a double click: two POSTs in a row' => sub {
	my ($c, $id) = ready_draft();
	my $seq = last_seq();
	my $r1 = $c->submit($id);
	my $r2 = $c->submit($id);
	is($r1->{status}, 303, 'first POST: 303');
	is($r1->{location}, "/submit/$id/receipt?msg=submitted", '… to the receipt, submitted');
	is($r2->{status}, 303, 'second POST: 303');
	is($r2->{location}, "/submit/$id/receipt", '… to the same receipt, nothing new');
	my $d = one_dossier_ok($id, 'after two POSTs');
	is(last_seq(), $seq + 1, 'one sequence number used');
	like($d->{code}, qr/-\Q${\ sprintf('%04d', $seq + 1)}\E$/, '… the code has it');
	is($c->get("/submit/$id/receipt")->{status}, 200, 'the receipt: 200');
};

subtest 'six POSTs racing each other' => sub {
	my ($c, $id) = ready_draft();
	my $seq = last_seq();
	my @out = parallel(map { my $c2 = $c; sub { my $r = $c2->submit($id); "$r->{status} " . ($r->{location} // '') } } 1 .. 6);
	is(scalar(grep { m{^303 /submit/$id/receipt(\?msg=submitted)?$} } @out), 6, 'every POST: 303 to the receipt')
	    or diag(join "\n", @out);
	is(scalar(grep { /msg=submitted$/ } @out), 1, 'exactly one of them submitted it');
	one_dossier_ok($id, 'after six racing POSTs');
	is(last_seq(), $seq + 1, 'one sequence number used');
};

subtest 'eight citizens submitting to one agency at the same moment' => sub {
	my $n = 8;
	my @ready = map { [ready_draft()] } 1 .. $n;
	is(scalar(@ready), $n, "$n citizens with a draft ready");
	wait_for_vn_day_margin(30);
	my $seq = last_seq();
	my @out = parallel(map { my ($c, $id) = @$_; sub { my $r = $c->submit($id); "$r->{status} " . ($r->{location} // '') } } @ready);
	my $ok = 0;
	for my $i (0 .. $n - 1) {
		my $id = $ready[$i][1];
		$ok++ if $out[$i] eq "303 /submit/$id/receipt?msg=submitted";
	}
	is($ok, $n, "all $n submitted (303 to their receipts)") or diag(join "\n", @out);
	my @ids = map { $_->[1] } @ready;
	my @codes = db_col('SELECT code FROM dossiers WHERE id IN (' . join(', ', @ids) . ') ORDER BY code');
	is(scalar(grep { defined && $_ ne 'NULL' } @codes), $n, "$n codes");
	my %distinct = map { $_ => 1 } @codes;
	is(scalar(keys %distinct), $n, 'all distinct');
	my $re = qr/^\Q$p->{agency_code}\E-(\d{6})-(\d{4})$/;
	is(scalar(grep { /$re/ } @codes), $n, 'all <agency code>-yyMMdd-NNNN');
	my %days = map { /$re/ ? ($1 => 1) : () } @codes;
	my ($y, $m, $d) = vn_today();
	is_deeply([keys %days], [sprintf('%02d%02d%02d', $y % 100, $m, $d)], "all of today ($y-$m-$d in Vietnam)");
	my @seqs = sort { $a <=> $b } map { /$re/ ? $2 + 0 : () } @codes;
	is_deeply(\@seqs, [$seq + 1 .. $seq + $n], sprintf('sequences %d..%d: consecutive, no gap, no duplicate',
	    $seq + 1, $seq + $n)) or diag("got @seqs");
	is(last_seq(), $seq + $n, "the agency's counter for the day at " . ($seq + $n));
	is(count_rows('dossier_events', 'dossier_id IN (' . join(', ', @ids) . ')'), $n, "$n events");
	is(count_rows('outbox', 'dossier_id IN (' . join(', ', @ids) . ')'), $n, "$n e-mails");
	is(count_rows('dossiers', 'id IN (' . join(', ', @ids) . ') AND status = 1 AND submitted_at IS NOT NULL'
	    . ' AND due_at IS NOT NULL'), $n, 'all with status 1, submitted_at and due_at');
};

done_testing;
