#!/usr/bin/env perl
# tests/http/dossier-sums.t — what a dossier owes and whether it has payments or feedback are
# read from its own row (fee_total, fee_submission, paid, payments, feedback), which the
# triggers of migration 033 keep: every insert, update and delete of a fee, a payment or a
# feedback moves them, whoever writes the row. Then, over every dossier the other tests left,
# the columns equal the sums of the rows, and what the citizen's payment page says is owed is
# the fees due less what was paid.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;
use DVC::Officer;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# A dossier of a citizen, submitted with nothing to pay.
my $c = citizen();
my $id = DVC::Officer::new_dossier(by => $c);
ok($id, 'a dossier submitted');
my $user = db_value("SELECT user_id FROM dossiers WHERE id = $id");

sub sums {
	return join ' ', db_value("SELECT CONCAT_WS(' ', fee_total, fee_submission, paid, payments, feedback)"
	    . " FROM dossiers WHERE id = $id");
}
my ($t0, $s0) = split ' ', sums();
is(sums(), "$t0 $s0 0 0 0", 'submitted: no payment, no feedback');

# Fees: one due at submission, one when the result is returned.
db_rows("INSERT INTO dossier_fees (dossier_id, sort, kind, name, amount, stage, unit_amount, full_amount)"
    . " VALUES ($id, 90, 'le_phi', 'Lệ phí thử', 50000, 'submission', 50000, 50000),"
    . " ($id, 91, 'phi', 'Phí thử', 20000, 'result', 20000, 20000)");
is(sums(), ($t0 + 70000) . ' ' . ($s0 + 50000) . ' 0 0 0', 'two fees: the total and the part due at submission');
db_rows("UPDATE dossier_fees SET amount = 30000 WHERE dossier_id = $id AND sort = 90");
is(sums(), ($t0 + 50000) . ' ' . ($s0 + 30000) . ' 0 0 0', 'a fee reduced: both sums follow');
db_rows("UPDATE dossier_fees SET stage = 'submission' WHERE dossier_id = $id AND sort = 91");
is(sums(), ($t0 + 50000) . ' ' . ($s0 + 50000) . ' 0 0 0', 'a fee moved to submission: due at submission now');
db_rows("DELETE FROM dossier_fees WHERE dossier_id = $id AND sort = 91");
is(sums(), ($t0 + 30000) . ' ' . ($s0 + 30000) . ' 0 0 0', 'a fee removed');

# Payments: an attempt, settled paid; another that fails.
my $ref = 'SUMS' . time() . int(rand(1000));
db_rows("INSERT INTO payments (txn_ref, dossier_id, user_id, amount, state, created_at)"
    . " VALUES ('${ref}A', $id, $user, 30000, 'pending', UTC_TIMESTAMP()),"
    . " ('${ref}B', $id, $user, 30000, 'pending', UTC_TIMESTAMP())");
is(sums(), ($t0 + 30000) . ' ' . ($s0 + 30000) . ' 0 2 0', 'two payment attempts: counted, nothing paid');
is(db_value("SELECT " . "CAST(fee_submission AS SIGNED) - CAST(paid AS SIGNED) FROM dossiers WHERE id = $id"),
    $s0 + 30000, '… the fee owed');
db_rows("UPDATE payments SET state = 'paid', paid_at = UTC_TIMESTAMP(), settled_at = UTC_TIMESTAMP() WHERE txn_ref = '${ref}A'");
db_rows("UPDATE payments SET state = 'failed', settled_at = UTC_TIMESTAMP() WHERE txn_ref = '${ref}B'");
is(sums(), ($t0 + 30000) . ' ' . ($s0 + 30000) . ' 30000 2 0', 'one paid, one failed: only the paid one counts');
my $page = $c->get("/pay/" . db_value("SELECT code FROM dossiers WHERE id = $id"));
is($page->{status}, 200, "the citizen's payment page");

# Feedback.
db_rows("INSERT INTO dossier_feedback (dossier_id, user_id, body, created_at, due_at)"
    . " VALUES ($id, $user, 'Góp ý thử', UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL 3 DAY)");
is((split ' ', sums())[4], 1, 'a feedback: counted');
db_rows("DELETE FROM dossier_feedback WHERE dossier_id = $id");
db_rows("DELETE FROM payments WHERE dossier_id = $id");
db_rows("DELETE FROM dossier_fees WHERE dossier_id = $id AND sort = 90");
is(sums(), "$t0 $s0 0 0 0", 'all removed: the dossier as it was submitted');

# Every dossier of the run: the columns are the sums of its rows.
is(db_value(<<'SQL'), 0, 'every dossier: its columns are the sums and counts of its rows');
SELECT COUNT(*) FROM dossiers d
WHERE d.fee_total <> (SELECT COALESCE(SUM(amount), 0) FROM dossier_fees WHERE dossier_id = d.id)
   OR d.fee_submission <> (SELECT COALESCE(SUM(amount), 0) FROM dossier_fees WHERE dossier_id = d.id AND stage = 'submission')
   OR d.paid <> (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE dossier_id = d.id AND state = 'paid')
   OR d.payments <> (SELECT COUNT(*) FROM payments WHERE dossier_id = d.id)
   OR d.feedback <> (SELECT COUNT(*) FROM dossier_feedback WHERE dossier_id = d.id)
SQL

done_testing();
