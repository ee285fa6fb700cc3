#!/usr/bin/env perl
# tests/http/history-append-only.t — the history of a dossier (dossier_events), the slips
# issued (dossier_slips) and the applicants' ratings (dossier_ratings, given once) are a
# record: the programs' database account may read and add to them, never change or remove a
# row (dvcctl migrate grants it so, table by table), and the triggers of migration 008 refuse
# it to every account, root included (the history).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my ($password) = do {
	open(my $fh, '<', $ENV{DVC_CONF}) or die "$ENV{DVC_CONF}: $!";
	map { /^\s*db_password\s*=\s*(\S+)/ ? $1 : () } <$fh>;
};
ok($password, "the programs' account's password from dvc.conf");

# Runs sql as the account user; (exit status, output with errors).
sub as_user {
	my ($user, $pw, $sql) = @_;
	my @cmd = ('mariadb', "--socket=$ENV{DVC_DB_SOCKET}", "-u$user", 'dvc', '-N', '-B', '-e', $sql);
	splice(@cmd, 3, 0, "-p$pw") if defined $pw;
	my $out = qx{@{[ join ' ', map { quotemeta } @cmd ]} 2>&1};
	return ($? >> 8, $out);
}

# A dossier with a history: submitted and accepted.
my $p = pick_procedure(level => 4, channels => ['online'], max_required => 2, types => ['pdf'],
    free_at_submission => 1);
my $c = citizen();
my $id = $c->new_draft($p->{code});
$c->fill_required($id);
$c->choose_online($id);
is($c->submit($id)->{status}, 303, 'a dossier submitted');
my $events = db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id");
is($events, 1, 'with one event');

my ($rc, $out) = as_user('dvc', $password, "SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id");
is($rc, 0, 'the programs\' account reads the history') or diag($out);
like($out, qr/^1$/m, '… and sees the event');

for my $t ('dossier_events', 'dossier_slips', 'dossier_ratings') {
	($rc, $out) = as_user('dvc', $password, "UPDATE $t SET id = id WHERE dossier_id = $id");
	isnt($rc, 0, "the programs' account may not UPDATE $t");
	like($out, qr/UPDATE command denied/i, '… refused by its privileges') or diag($out);
	($rc, $out) = as_user('dvc', $password, "DELETE FROM $t WHERE dossier_id = $id");
	isnt($rc, 0, "… nor DELETE from it");
	like($out, qr/DELETE command denied/i, '… refused by its privileges') or diag($out);
}
($rc, $out) = as_user('dvc', $password, "UPDATE dossiers SET updated_at = updated_at WHERE id = $id");
is($rc, 0, 'it still updates the dossiers themselves') or diag($out);

($rc, $out) = as_user('root', undef, "UPDATE dossier_events SET note = 'x' WHERE dossier_id = $id");
isnt($rc, 0, 'root may not change an event either');
like($out, qr/append-only/, '… the trigger says why') or diag($out);
($rc, $out) = as_user('root', undef, "DELETE FROM dossier_events WHERE dossier_id = $id");
isnt($rc, 0, '… nor delete one');
is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id"), $events, 'the history is as it was');

done_testing();
