#!/usr/bin/env perl
# tests/http/payment-fault.t — MariaDB killed (SIGKILL) while the gateway's notifications
# arrive: the portal answers 99 while it is away and the gateway stand-in keeps trying; once
# it is back, every payment the gateway saw acknowledged (00 or 02) is paid, exactly once,
# every other one is not, and the dossier moved on once.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;
use DVC::Officer;
use DVC::Pay;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $p = DVC::Officer::default_procedure('hacthanh', fee => 1);
my $id = build('fees_due', procedure => $p->{code});
my $c = applicant();
my $code = dossier($id)->{code};

# Six payments of what is due, each opened at the gateway: (reference, gateway transaction).
my @pay;
for (1 .. 6) {
	my $res = $c->post("/pay/$code", []);
	my ($gw) = ($res->{headers}{location} // '') =~ m{^\Q$URL\E(/sandbox/pay/.*)$};
	my %req = parse_query(($gw // '') =~ /\?(.*)$/);
	my $page = $c->get($gw // '/');
	my ($txn) = ($page->{body} // '') =~ m{action="/sandbox/pay/txn/(\d+)"};
	push @pay, [$req{vnp_TxnRef}, $txn];
}
is(scalar(grep { $_->[0] && $_->[1] } @pay), 6, 'six payments opened at the gateway');

# Three paid; MariaDB killed while their notifications are on their way; three more tried.
my @status;
for my $i (0 .. 2) {
	push @status, $c->post("/sandbox/pay/txn/$pay[$i][1]", [outcome => 'pay'])->{status};
}
my $mysqld = `cat "$VAR/run/mysqld.pid"` + 0;
ok($mysqld && kill('KILL', $mysqld), "MariaDB killed (SIGKILL, pid $mysqld)");
wait_until(10, sub { !kill(0, $mysqld) });
for my $i (3 .. 5) {
	push @status, $c->post("/sandbox/pay/txn/$pay[$i][1]", [outcome => 'pay'])->{status};
}
is("@status[0 .. 2]", '303 303 303', 'the first three paid at the gateway');
is("@status[3 .. 5]", '503 503 503', 'the gateway could not take the other three while the database was away');
# The IPNs meanwhile: 99 from the portal, or nothing; the gateway keeps trying.
sleep 2;
ok(stack('db-start'), 'MariaDB started again');

my $acked = sub {
	return db_value("SELECT COUNT(*) FROM sandbox_transactions WHERE state = 'paid' AND ipn_acked_at IS NOT NULL"
	    . " AND txn_ref IN (" . join(',', map { "'$_->[0]'" } @pay) . ')');
};
ok(wait_until(90, sub { $acked->() == 3 }), 'every notification of a paid payment is acknowledged in the end')
    or diag('acknowledged: ' . $acked->());
for my $x (@pay) {
	my ($sb) = db_rows("SELECT state, COALESCE(ipn_answer, '-'), ipn_acked_at IS NOT NULL FROM sandbox_transactions"
	    . " WHERE txn_ref = '$x->[0]'");
	my $state = db_value("SELECT state FROM payments WHERE txn_ref = '$x->[0]'");
	if ($sb->[2]) {
		like($sb->[1], qr/^0[02]$/, "$x->[0]: the gateway saw it acknowledged ($sb->[1])");
		is($state, 'paid', '… and it is paid');
	} else {
		is($state, 'pending', "$x->[0]: never acknowledged, not paid ($sb->[0] at the gateway)");
	}
}
is(db_value("SELECT COUNT(*) FROM payments WHERE dossier_id = $id AND state = 'paid'"), 3, 'three payments paid, no more');
is(dossier($id)->{status}, 4, 'the dossier moved on');
is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id AND move = 'paid'"), 1, '… once');

done_testing();
