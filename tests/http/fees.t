#!/usr/bin/env perl
# tests/http/fees.t — fees as the catalogue states them (issue 9, item 5), through the real
# pages: a fee per copy (the quantity entered at the fee step, the amount computed and fixed on
# the dossier at submission, unchanged by a later edit of the catalogue), the online and the
# counter amount (an online dossier pays the online one), 0 đồng shown as "Miễn phí" with no
# payment step, an exemption claimed with its proof and granted (nothing to pay, the dossier
# is accepted) or refused (the full fee, the applicant told, no acceptance until it is paid or
# recorded at the counter), bad quantities and bad claims (a ground the procedure does not
# offer, no proof, a proof of the wrong type), each refused with its message and nothing changed.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;
use DVC::Officer;
use DVC::Mail;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# The demo procedures (sql/seed/055_fee_rules.sql), chosen by what their fees are: commune-level
# (received by the demo ward), full-process online, each required component taking PDF.
sub procedure_where {
	my ($where) = @_;
	return db_value("SELECT p.current_code FROM procedures p JOIN procedure_fees f ON f.procedure_id = p.id"
	    . " WHERE p.level = 4 AND p.gov_level = 'commune' AND FIND_IN_SET('online', p.channels)"
	    . " AND NOT EXISTS (SELECT 1 FROM procedure_components c WHERE c.procedure_id = p.id AND c.required = 1"
	    . "  AND NOT FIND_IN_SET('pdf', c.file_types)) AND $where ORDER BY p.id LIMIT 1");
}
my $per_copy = procedure_where("f.unit = 'copy' AND f.optional = 0 AND f.stage = 'submission' AND f.amount > 0");
my $exempt = procedure_where("f.stage = 'submission' AND f.optional = 0 AND f.amount_online > 0"
    . " AND f.amount_online < f.amount AND EXISTS (SELECT 1 FROM procedure_fee_exemptions x WHERE x.fee_id = f.id)");
my $free = procedure_where("NOT EXISTS (SELECT 1 FROM procedure_fees g WHERE g.procedure_id = p.id AND g.optional = 0"
    . " AND g.amount > 0)");
ok($per_copy && $exempt && $free, "demo procedures: per copy $per_copy, online amount and exemptions $exempt, free $free")
    or BAIL_OUT('the demo catalogue lacks the fees this test needs');

my $c = applicant();
my $recv = officer('hacthanh', 'receiver');

sub draft {
	my ($code) = @_;
	my $id = $c->new_draft($code);
	$c->fill_required($id);
	$c->choose_online($id);
	return $id;
}
sub fee_rows {
	my ($id) = @_;
	return [db_rows("SELECT sort, unit, unit_amount, quantity, full_amount, amount, priced FROM dossier_fees"
	    . " WHERE dossier_id = $id ORDER BY sort")];
}
sub xml_errors { DVC::Submit::form_errors($_[0]{body}) }
sub quantities { db_value("SELECT COALESCE(GROUP_CONCAT(quantity ORDER BY fee_id), '') FROM dossier_fee_quantities WHERE dossier_id = $_[0]") }

# --------------------------------------------------------------- per copy
my ($fee_id, $unit_price) = @{ (db_rows("SELECT f.id, f.amount FROM procedure_fees f JOIN procedures p ON p.id = f.procedure_id"
    . " WHERE p.current_code = '$per_copy' AND f.unit = 'copy' AND f.optional = 0 ORDER BY f.sort LIMIT 1"))[0] };
my $sort = db_value("SELECT sort FROM procedure_fees WHERE id = $fee_id");
my $id = draft($per_copy);
my $page = $c->get("/submit/$id/fees");
is($page->{status}, 200, 'the fee step of a fee per copy');
like($page->{body}, qr{<input[^>]*name="q$sort"[^>]*value="1"}, '… asks how many copies (1 to begin with)');
like($page->{body}, qr{\Q${\ money($unit_price) }\E/bản}, '… and shows the price of a copy');
my $r = $c->post("/submit/$id/fees", ["q$sort" => '3']);
is($r->{status}, 303, 'three copies: saved');
is($r->{location}, "/submit/$id/review", '… on to the review');
like($c->get("/submit/$id/review")->{body}, qr/\Q${\ money(3 * $unit_price) }\E/, 'the review shows three copies\' amount');

# Bad quantities: the message at the field, nothing changed.
for my $case (['0', 'fee.quantity_range'], ['101', 'fee.quantity_range'], ['99999', 'fee.quantity_range'],
    ['ba', 'fee.quantity_invalid'], ['-2', 'fee.quantity_invalid'], ['2.5', 'fee.quantity_invalid'],
    ['', 'fee.quantity_invalid'], ['３', 'fee.quantity_invalid']) {
	my ($v, $code) = @$case;
	$r = $c->post("/submit/$id/fees?format=xml", ["q$sort" => $v]);
	is($r->{status}, 422, "quantity '$v': 422");
	is(xml_errors($r)->{"q$sort"}, $code, "… $code at its field");
	is(quantities($id), '3', '… the quantity saved is still 3');
}
$r = $c->post("/submit/$id/fees?format=xml", ["q$sort" => '2', 'q' . ($sort + 1) => '1']);
is($r->{status}, 422, 'a quantity for a fee that takes none: 422');
is(xml_errors($r)->{'q' . ($sort + 1)}, 'fee.quantity_not_asked', '… fee.quantity_not_asked');
is(quantities($id), '3', '… nothing saved, not even the right one');
is($c->post("/submit/$id/fees", ['q9' => '1'])->{status}, 400, 'a key the form does not have: 400');
like($c->get("/submit/$id/fees")->{body}, qr{\Q${\ money($unit_price) }\E/bản × 3}, 'the fee step shows 3 copies');
like($c->get("/submit/$id/fees")->{body}, qr/Số bản yêu cầu/, '… labelled in Vietnamese');

is($c->submit($id)->{status}, 303, 'submitted');
is_deeply(fee_rows($id), [[$sort, 'copy', $unit_price, 3, 3 * $unit_price, 3 * $unit_price, 'online']],
    'the dossier owes 3 × the price, stored with the unit price and the quantity');
is(dossier($id)->{fee_total}, 3 * $unit_price, '… and its total');
db_rows("UPDATE procedure_fees SET amount = amount + 1000 WHERE id = $fee_id");
is(fee_rows($id)->[0][5], 3 * $unit_price, 'the catalogue\'s price changes: the dossier\'s amount does not');
like($c->get("/submit/$id/receipt")->{body}, qr/\Q${\ money(3 * $unit_price) }\E/, '… as its receipt shows');
db_rows("UPDATE procedure_fees SET amount = amount - 1000 WHERE id = $fee_id");
my $pc = dossier($id);
is($c->post("/submit/$id/fees", ["q$sort" => '5'])->{status}, 303, 'a quantity posted after submission …');
is_deeply(fee_rows($id)->[0][3], 3, '… changes nothing of the dossier');

# The desk cannot accept it before it is paid, then can.
$r = act($recv, $id, 'accept');
is("$r->{status} " . ($r->{errors}{_} // ''), '409 move.unpaid', 'accepting it unpaid: 409 move.unpaid');
is(dossier($id)->{status}, 1, '… still submitted');
my $view = $recv->get("/officer/dossiers/$id");
like($view->{body}, qr/chưa được thanh toán/, 'the officer\'s view says why');
like($view->{body}, qr{<svg class="qr"}, '… and its fee notice carries the VietQR code');
like($view->{body}, qr{Nội dung chuyển khoản</dt><dd class="code">\Q$pc->{code}\E</dd>}, '… with the dossier code as the content');
$recv->get("/officer/dossiers/$id");
is($recv->post("/pay/record/$id", [method => 'counter', amount => 3 * $unit_price])->{status}, 303,
    'the desk records the fee paid at the counter');
is(act($recv, $id, 'accept')->{status}, 303, '… then accepts it');
is(dossier($id)->{status}, 2, '… status 2');

# --------------------------------------------------------------- online and counter amounts
my ($counter, $online) = @{ (db_rows("SELECT f.amount, f.amount_online FROM procedure_fees f JOIN procedures p"
    . " ON p.id = f.procedure_id WHERE p.current_code = '$exempt' AND f.amount_online IS NOT NULL ORDER BY f.sort LIMIT 1"))[0] };
my $cat = get("/procedures/$exempt")->{body};
like($cat, qr/Nộp trực tuyến: \Q${\ money($online) }\E/, "the catalogue shows the online amount ($online)");
like($cat, qr/Nộp trực tiếp: \Q${\ money($counter) }\E/, "… and the counter amount ($counter)");
like($cat, qr/Đối tượng được miễn, giảm: .*hộ nghèo \(miễn\)/, '… and who is exempt');
my $on = draft($exempt);
is($c->submit($on)->{status}, 303, 'a dossier submitted online');
my ($osort) = db_value("SELECT sort FROM dossier_fees WHERE dossier_id = $on AND unit_amount = $online");
is_deeply([grep { $_->[0] == ($osort // 0) } @{ fee_rows($on) }], [[$osort, 'fixed', $online, 1, $online, $online, 'online']],
    '… is charged the online amount');

# --------------------------------------------------------------- Miễn phí, no payment step
like(get("/procedures/$free")->{body}, qr/Miễn phí/, 'a free procedure: "Miễn phí" on the catalogue page');
my $fr = draft($free);
like($c->get("/submit/$fr/review")->{body}, qr/Miễn phí/, '… on the review');
is($c->submit($fr)->{status}, 303, '… submitted');
my $fd = dossier($fr);
is($fd->{fee_total}, 0, '… owing nothing');
my $rc = $c->get("/submit/$fr/receipt")->{body};
unlike($rc, qr{href="/pay/}, '… its receipt has no payment step');
my $mine = $c->get("/dossiers/$fd->{code}")->{body};
unlike($mine, qr{<section id="pay"}, '… nor its page');
like($mine, qr{<section id="fees".*Miễn phí}s, '… whose fees say "Miễn phí"');
unlike($c->get("/pay/$fd->{code}")->{body}, qr{<form method="post" action="/pay/}, '… and its fee page has no pay button');
like($recv->get("/officer/dossiers/$fr")->{body}, qr/Miễn phí/, 'the officer\'s view says "Miễn phí"');
is(act($recv, $fr, 'accept')->{status}, 303, '… and the desk accepts it at once');

# --------------------------------------------------------------- bad claims
my ($xid) = @{ (db_rows("SELECT x.id FROM procedure_fee_exemptions x JOIN procedure_fees f ON f.id = x.fee_id"
    . " JOIN procedures p ON p.id = f.procedure_id WHERE p.current_code = '$exempt' AND x.percent = 100"
    . " AND x.ground LIKE '%hộ nghèo%' LIMIT 1"))[0] };
my ($foreign) = db_value("SELECT x.id FROM procedure_fee_exemptions x JOIN procedure_fees f ON f.id = x.fee_id"
    . " JOIN procedures p ON p.id = f.procedure_id WHERE p.current_code <> '$exempt' LIMIT 1");
ok($xid && $foreign, "an exemption of the procedure ($xid) and one of another ($foreign)");

sub claim {
	my ($did, @parts) = @_;
	my ($type, $body) = multipart_body(\@parts, csrf => $c->csrf);
	return $c->post_multipart("/submit/$did/claim?format=xml", $type, $body);
}
sub proof { { name => 'file', filename => 'giay-chung-nhan-ho-ngheo.pdf', type => 'application/pdf',
    content => pdf_bytes('Giay chung nhan ho ngheo ' . rand()) } }

my $g = draft($exempt);
$c->get("/submit/$g/fees");
my $state0 = draft_state($g);
for my $case (["another procedure's ground", [[exemption => $foreign], proof()], 422, 'claim.not_offered'],
    ['a ground that does not exist', [[exemption => 987654], proof()], 422, 'claim.not_offered'],
    ['no ground', [[exemption => ''], proof()], 422, 'claim.not_offered'],
    ['no proof', [[exemption => $xid]], 422, 'claim.proof_required'],
    ['two proofs', [[exemption => $xid], proof(), proof()], 422, 'claim.one_proof'],
    ['a proof that is a program', [[exemption => $xid], { name => 'file', filename => 'giay.pdf',
        type => 'application/pdf', content => elf_bytes() }], 415, undef]) {
	my ($what, $parts, $status, $code) = @$case;
	$r = claim($g, @$parts);
	is($r->{status}, $status, "a claim with $what: $status");
	is(xml_errors($r)->{exemption}, $code, "… $code") if $code;
	is(db_value("SELECT COUNT(*) FROM dossier_fee_claims WHERE dossier_id = $g"), 0, '… no claim');
	is_deeply(draft_state($g), $state0, '… no file, nothing changed');
}

# --------------------------------------------------------------- an exemption granted
$r = claim($g, [exemption => $xid], proof());
is($r->{status}, 303, 'a claim of the exemption with its proof: 303');
like($c->get("/submit/$g/fees")->{body}, qr/Đã đề nghị: .*hộ nghèo/, 'the fee step shows the claim');
like($c->get("/submit/$g/review")->{body}, qr/\(miễn\)/, 'the review shows the fee exempt');
is($c->submit($g)->{status}, 303, 'submitted with the claim');
my $gd = dossier($g);
my ($fsort, $full) = @{ (db_rows("SELECT fee_sort, (SELECT full_amount FROM dossier_fees f WHERE f.dossier_id = c.dossier_id"
    . " AND f.sort = c.fee_sort) FROM dossier_fee_claims c WHERE c.dossier_id = $g"))[0] };
is($full, $online, 'the claim is on the fee, whose full amount is the online one');
is(db_value("SELECT amount FROM dossier_fees WHERE dossier_id = $g AND sort = $fsort"), 0, '… provisionally owing 0');
is(db_value("SELECT CONCAT(state, ' ', percent) FROM dossier_fee_claims WHERE dossier_id = $g"), 'pending 100', '… the claim pending');
unlike($c->get("/pay/$gd->{code}")->{body}, qr{<form method="post" action="/pay/}, 'nothing to pay online meanwhile');
$r = act($recv, $g, 'accept');
is("$r->{status} " . ($r->{errors}{_} // ''), '409 move.claim_pending', 'the desk cannot accept before checking the claim: 409');
$view = $recv->get("/officer/dossiers/$g")->{body};
like($view, qr{Đề nghị miễn, giảm phí, lệ phí.*hộ nghèo.*href="/files/\d+">giay-chung-nhan-ho-ngheo\.pdf}s,
    'the officer\'s view shows the claim and its proof');
is_deeply(offered_moves($recv, $g), [sort qw(complete exempt noexempt refuse)], 'the desk is offered to grant or refuse it');
is_deeply(offered_moves(officer('hacthanh', 'processor'), $g), [], '… a processor nothing');
$r = act(officer('hacthanh', 'processor'), $g, 'exempt');
is($r->{status}, 403, 'a processor cannot grant it: 403');
$r = act($recv, $g, 'exempt');
is($r->{status}, 303, 'the desk grants the exemption');
is(db_value("SELECT CONCAT(state, ' ', decided_by) FROM dossier_fee_claims WHERE dossier_id = $g"),
    'granted ' . $recv->user_id, '… granted, by the receiver');
is(db_value("SELECT amount FROM dossier_fees WHERE dossier_id = $g AND sort = $fsort"), 0, '… the fee stays 0');
is_deeply((db_rows("SELECT move, role, from_status, to_status FROM dossier_events WHERE dossier_id = $g ORDER BY id DESC LIMIT 1"))[0],
    ['exempt', 'receiver', 1, 1], '… an event of the dossier, its status kept');
ok(wait_until(15, sub { grep { $_->{subject} =~ /: Chấp nhận đề nghị miễn, giảm/ } mails(qr/\Q$gd->{code}\E/) }),
    '… the applicant is told by e-mail');
is(act($recv, $g, 'exempt')->{status}, 409, 'granting it twice: 409');
is(act($recv, $g, 'accept')->{status}, 303, 'the dossier is accepted with nothing paid');
is(dossier($g)->{status}, 2, '… status 2');
is(db_value("SELECT COUNT(*) FROM payments WHERE dossier_id = $g"), 0, '… and no payment');

# --------------------------------------------------------------- an exemption refused
my $n = draft($exempt);
is(claim($n, [exemption => $xid], proof())->{status}, 303, 'another dossier with the same claim');
is($c->submit($n)->{status}, 303, '… submitted');
my $nd = dossier($n);
$r = act($recv, $n, 'noexempt', note => '  ');
is("$r->{status} " . ($r->{errors}{note} // ''), '422 move.reason_required', 'refusing it without a reason: 422');
is(db_value("SELECT state FROM dossier_fee_claims WHERE dossier_id = $n"), 'pending', '… still pending');
my $reason = 'Giấy chứng nhận hộ nghèo đã hết hạn (năm 2023)';
$r = act($recv, $n, 'noexempt', note => $reason);
is($r->{status}, 303, 'the desk refuses the exemption, with the reason');
is(db_value("SELECT CONCAT(state, '|', reason) FROM dossier_fee_claims WHERE dossier_id = $n"), "refused|$reason",
    '… refused, the reason kept');
is(db_value("SELECT amount FROM dossier_fees WHERE dossier_id = $n AND sort = $fsort"), $online, '… the fee back to its full amount');
is(dossier($n)->{fee_total}, db_value("SELECT SUM(amount) FROM dossier_fees WHERE dossier_id = $n"), '… and the total');
is(dossier($n)->{status}, 1, '… the dossier still submitted');
my $mail;
ok(wait_until(15, sub { ($mail) = grep { $_->{subject} =~ /Không chấp nhận đề nghị miễn, giảm/ } mails(qr/\Q$nd->{code}\E/) }),
    'the applicant is told by e-mail');
like($mail->{body} // '', qr/\Q$reason\E/, '… with the reason');
like($mail->{body} // '', qr/nộp đủ mức phí, lệ phí/, '… and that the full fee must be paid');
like($c->get("/dossiers/$nd->{code}")->{body}, qr{<section id="pay"}, 'the applicant\'s page asks to pay');
like($c->get("/dossiers/$nd->{code}")->{body}, qr{Không chấp nhận: .*\Q$reason\E}s, '… and shows the claim refused, with the reason');
my $pay = $c->get("/pay/$nd->{code}")->{body};
like($pay, qr{<form method="post" action="/pay/\Q$nd->{code}\E"}, '… the fee page has the pay button');
like($pay, qr/\Q${\ money($online) }\E/, '… for the full amount');
$r = act($recv, $n, 'accept');
is("$r->{status} " . ($r->{errors}{_} // ''), '409 move.unpaid', 'the desk cannot accept it unpaid: 409 move.unpaid');
is(act($recv, $n, 'exempt')->{status}, 409, '… nor change its mind: the claim is decided');
$recv->get("/officer/dossiers/$n");
is($recv->post("/pay/record/$n", [method => 'counter', amount => $online])->{status}, 303, 'the fee is paid at the counter');
is(act($recv, $n, 'accept')->{status}, 303, '… then the dossier is accepted');
is(dossier($n)->{status}, 2, '… status 2');

# --------------------------------------------------------------- a claim the catalogue dropped
my $x = draft($exempt);
is(claim($x, [exemption => $xid], proof())->{status}, 303, 'a draft with a claim');
my @saved = @{ (db_rows("SELECT fee_id, sort, ground, percent, proof FROM procedure_fee_exemptions WHERE id = $xid"))[0] };
db_rows("DELETE FROM procedure_fee_exemptions WHERE id = $xid");
$r = $c->post("/submit/$x/submit?format=xml", []);
is($r->{status}, 422, 'the ground left the catalogue before submission: 422');
is(xml_errors($r)->{exemption}, 'claim.not_offered', '… claim.not_offered');
is(dossier($x)->{status}, 0, '… still a draft');
is(db_value("SELECT COUNT(*) FROM dossier_fees WHERE dossier_id = $x"), 0, '… no fee charged');
db_rows("INSERT INTO procedure_fee_exemptions (id, fee_id, sort, ground, percent, proof) VALUES ($xid, $saved[0], $saved[1], "
    . join(', ', map { sql_str($_) } @saved[2, 3, 4]) . ')');

# --------------------------------------------------------------- a claim on a fee not charged
my ($opt_fee) = db_value("SELECT f.id FROM procedure_fees f JOIN procedures p ON p.id = f.procedure_id"
    . " WHERE p.current_code = '$free' AND f.optional = 1 ORDER BY f.sort LIMIT 1");
ok($opt_fee, 'the free procedure has a fee charged only on request');
{
	db_rows("INSERT INTO procedure_fee_exemptions (fee_id, sort, ground, percent, proof)"
	    . " VALUES ($opt_fee, 99, 'Người thuộc hộ nghèo', 100, 'Giấy chứng nhận hộ nghèo')");
	my $oid = db_value("SELECT id FROM procedure_fee_exemptions WHERE fee_id = $opt_fee AND sort = 99");
	my $o = draft($free);
	is(claim($o, [exemption => $oid], proof())->{status}, 303, 'a claim on a fee charged only on request');
	$r = $c->post("/submit/$o/submit?format=xml", []);
	is("$r->{status} " . (xml_errors($r)->{exemption} // ''), '422 claim.fee_not_charged',
	    'submitted without asking for a copy: 422 claim.fee_not_charged');
	is(dossier($o)->{status}, 0, '… still a draft');
	my $osort = db_value("SELECT sort FROM procedure_fees WHERE id = $opt_fee");
	is($c->post("/submit/$o/fees", ["q$osort" => '2'])->{status}, 303, 'two copies asked for');
	is($c->submit($o)->{status}, 303, '… then it is submitted');
	is(db_value("SELECT CONCAT(quantity, ' ', full_amount, ' ', amount) FROM dossier_fees WHERE dossier_id = $o AND sort = $osort"),
	    '2 ' . 2 * db_value("SELECT amount FROM procedure_fees WHERE id = $opt_fee") . ' 0', '… the two copies charged, exempt');
	db_rows("DELETE FROM procedure_fee_exemptions WHERE id = $oid");
}

done_testing();
