#!/usr/bin/env perl
# tests/http/payment.t — paying a dossier's fees online through the real stack and the gateway
# stand-in: the applicant's payment page (another applicant's dossier is a 404), a payment
# cancelled, one paid, the IPN as the truth (the dossier waiting for its fees, status 6, moves
# on once, by the system), and the notifications the protocol answers: a tampered signature
# (97), an unknown reference (01), a wrong amount (04), a replay (02), a failure after the
# payment was settled and a success after it failed (02: nothing changes).
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
ok($p->{fee_total} > 0, "a procedure with a fee: $p->{code} ($p->{fee_total} đồng)");
my $id = build('fees_due', procedure => $p->{code});
my $c = applicant();
my $d = dossier($id);
is($d->{status}, 6, "dossier $d->{code} waits for its fees (status 6)");
my $code = $d->{code};
my $due = db_value("SELECT SUM(amount) FROM dossier_fees WHERE dossier_id = $id");

# --------------------------------------------------------------- the payment page
my $mine = $c->get("/dossiers/$code");
like($mine->{body}, qr{<a class="button" href="/pay/\Q$code\E">}, 'the dossier\'s page leads to paying online');
my $r = $c->get("/pay/$code");
is($r->{status}, 200, "GET /pay/$code: 200");
like($r->{body}, qr/\Q${\ money($due) }\E/, '… the amount due in figures');
like($r->{body}, qr/Bằng chữ: [A-ZĐ]\S* .*đồng/, '… and in words');
like($r->{body}, qr{<form method="post" action="/pay/\Q$code\E"}, '… and the button to pay');
like($r->{body}, qr{<svg class="qr"}, '… a VietQR code for a bank transfer');
my ($qr_content) = $r->{body} =~ m{Nội dung chuyển khoản</dt><dd class="code">([^<]+)</dd>};
is($qr_content, $code, '… with the dossier code as the content');
my $other = citizen();
is($other->get("/pay/$code")->{status}, 404, "another applicant's dossier: 404");
is($other->post("/pay/$code", [])->{status}, 404, '… and paying it too');
is($c->get('/pay/000.00.00.H00-000000-0000')->{status}, 404, 'an unknown code: 404');
is(get("/pay/$code")->{status}, 303, 'not signed in: to the sign-in page');

# --------------------------------------------------------------- a payment, cancelled
sub start_payment {
	my $res = $c->post("/pay/$code", []);
	my $loc = $res->{headers}{location} // '';
	my ($gw, $query) = $loc =~ m{^\Q$URL\E(/sandbox/pay/vpcpay\.html)\?(.*)$};
	my %req = parse_query($query);
	return ($res, "$gw?$query", %req);
}
my ($res, $gw, %req) = start_payment();
is($res->{status}, 303, 'POST /pay/CODE: 303');
ok($gw, '… to the gateway') or diag($res->{headers}{location});
ok(verify(%req), '… with a request signed as the protocol says (checked in Perl)');
is($req{vnp_Amount}, $due * 100, '… the amount × 100');
is($req{vnp_TmnCode}, pay_conf('pay_tmn_code'), '… the merchant code');
is($req{vnp_ReturnUrl}, "$URL/pay/return", '… the return URL');
is(db_value("SELECT state FROM payments WHERE txn_ref = '$req{vnp_TxnRef}'"), 'pending', 'a pending payment');
my $cancelled_ref = $req{vnp_TxnRef};

sub gateway_choice {
	my ($gwpath, $outcome) = @_;
	my $page = $c->get($gwpath);
	my ($txn) = ($page->{body} // '') =~ m{action="/sandbox/pay/txn/(\d+)"};
	my $back = $c->post("/sandbox/pay/txn/$txn", [outcome => $outcome]);
	my ($path, $q) = ($back->{headers}{location} // '') =~ m{^\Q$URL\E(/pay/return)\?(.*)$};
	return ($q, $c->get("$path?$q"));
}
my ($cq, $ret) = gateway_choice($gw, 'cancel');
is($ret->{status}, 200, 'cancelled at the gateway: back on the return page');
like($ret->{body}, qr/Bạn đã hủy giao dịch thanh toán/, '… which says so');
is(dossier($id)->{status}, 6, 'the dossier still waits for its fees');

# --------------------------------------------------------------- paid; the IPN settles it
($res, $gw, %req) = start_payment();
my $ref = $req{vnp_TxnRef};
isnt($ref, $cancelled_ref, 'a second attempt is a new payment');
my $events0 = db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id");
my ($pq, $paid_page) = gateway_choice($gw, 'pay');
like($paid_page->{body}, qr/Giao dịch thanh toán đã thành công/, 'paid at the gateway: the return page says so');
ok(wait_until(15, sub { db_value("SELECT state FROM payments WHERE txn_ref = '$ref'") eq 'paid' }),
    'the IPN marks the payment paid');
my ($row) = db_rows("SELECT amount, settled_by, gateway_txn_no IS NOT NULL, paid_at IS NOT NULL FROM payments"
    . " WHERE txn_ref = '$ref'");
is_deeply($row, [$due, 'ipn', 1, 1], '… with its amount, by the IPN, the gateway number and the time');
ok(wait_until(15, sub { dossier($id)->{status} == 4 }), 'the dossier moves on to processing (status 4)');
is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id") - $events0, 1, '… with one event');
is_deeply((db_rows("SELECT move, role, to_status FROM dossier_events WHERE dossier_id = $id ORDER BY id DESC LIMIT 1"))[0],
    ['paid', 'system', 4], '… the move paid, by the system');
ok(wait_until(15, sub { (db_value("SELECT COALESCE(ipn_answer, '') FROM sandbox_transactions WHERE txn_ref = '$ref'")) eq '00' }),
    'the gateway saw its IPN answered 00');
like($c->get("/pay/$code")->{body}, qr/không có khoản phí, lệ phí nào cần thanh toán/, 'nothing is due any more');
my $mine_after = $c->get("/dossiers/$code")->{body};
my ($payments_section) = $mine_after =~ m{<section id="payments"[^>]*>(.*?)</section>}s;
ok($payments_section, 'the applicant\'s dossier page lists its payments');
like($payments_section // '', qr{đã thanh toán lúc.*href="/pay/receipt/\Q$ref\E"}s, '… the one paid, with its receipt');
like($payments_section // '', qr{pay-pending|pay-failed}, '… and the one cancelled before it');
$res = $c->post("/pay/$code", []);
is($res->{headers}{location}, "/pay/$code", 'paying again: back to the page, no new payment');
is(db_value("SELECT COUNT(*) FROM payments WHERE dossier_id = $id"), 2, '… two payments in all');

# --------------------------------------------------------------- the IPN's answers
sub ipn {
	my ($query) = @_;
	my $res = get("/pay/ipn?$query");
	my ($rsp) = ($res->{body} // '') =~ /"RspCode":"(\d\d)"/;
	return ($res, $rsp // '');
}
my %paid = parse_query($pq);
my ($ipn, $rsp) = ipn($pq);
is($ipn->{status}, 200, 'a replayed IPN: 200');
like($ipn->{headers}{'content-type'} // '', qr{^application/json}, '… JSON');
is($rsp, '02', '… RspCode 02 (already confirmed)');
is(dossier($id)->{status}, 4, '… and the dossier moved once');
(my $tampered = $pq) =~ s/vnp_Amount=\d+/vnp_Amount=100/;
is((ipn($tampered))[1], '97', 'a tampered signature: 97');
is((ipn(signed_query(%paid, vnp_TxnRef => 'P0-0-nosuch')))[1], '01', 'an unknown reference: 01');
is((ipn(signed_query(%paid, vnp_TmnCode => 'OTHER001')))[1], '01', 'another merchant code: 01');
is((ipn(signed_query(%paid, vnp_TxnRef => $cancelled_ref, vnp_Amount => $due * 100 + 100)))[1], '04',
    'a wrong amount: 04');
is(db_value("SELECT state FROM payments WHERE txn_ref = '$cancelled_ref'"), 'pending', '… nothing changed');
is((ipn(signed_query(%paid, vnp_ResponseCode => '51', vnp_TransactionStatus => '02')))[1], '02',
    'a failure after the payment was settled: 02');
is(db_value("SELECT state FROM payments WHERE txn_ref = '$ref'"), 'paid', '… it stays paid');
my %cancel = parse_query($cq);
is((ipn($cq))[1], '00', "the cancelled payment's notification: 00");
is(db_value("SELECT CONCAT(state, ' ', response_code) FROM payments WHERE txn_ref = '$cancelled_ref'"), 'failed 24',
    '… it failed (24)');
is((ipn(signed_query(%cancel, vnp_ResponseCode => '00', vnp_TransactionStatus => '00')))[1], '02',
    'a success after it failed: 02');
is(db_value("SELECT state FROM payments WHERE txn_ref = '$cancelled_ref'"), 'failed', '… it stays failed');
is((ipn('vnp_Amount=%zz'))[1], '99', 'a malformed notification: 99');
is((ipn(''))[1], '97', 'an empty one: 97');
is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id") - $events0, 1, 'still one event from all of these');

# --------------------------------------------------------------- declined; the IPN before the return
my $id4 = build('fees_due', procedure => $p->{code});
$code = dossier($id4)->{code};
($res, $gw, %req) = start_payment();
my $declined = $req{vnp_TxnRef};
my ($dq, $dpage) = gateway_choice($gw, 'decline');
like($dpage->{body}, qr/Giao dịch thanh toán không thành công/, 'declined at the gateway: the return page says so');
ok(wait_until(15, sub { db_value("SELECT CONCAT(state, ' ', response_code) FROM payments WHERE txn_ref = '$declined'") eq 'failed 51' }),
    '… and its IPN marks the payment failed (51)');
is(dossier($id4)->{status}, 6, '… the dossier still waits for its fees');
($res, $gw, %req) = start_payment();
my $early = $req{vnp_TxnRef};
{
	# The payer chooses, the gateway notifies, and only then does the browser come back.
	my $page = $c->get($gw);
	my ($txn) = ($page->{body} // '') =~ m{action="/sandbox/pay/txn/(\d+)"};
	my $back = $c->post("/sandbox/pay/txn/$txn", [outcome => 'pay']);
	ok(wait_until(15, sub { db_value("SELECT state FROM payments WHERE txn_ref = '$early'") eq 'paid' }),
	    'paid: the IPN settles it before the browser is back');
	my ($path) = ($back->{headers}{location} // '') =~ m{^\Q$URL\E(/pay/return\?.*)$};
	like($c->get($path)->{body}, qr/Cổng thanh toán đã xác nhận khoản thanh toán này/,
	    '… and the return page then says it is confirmed');
}
is(db_value("SELECT COUNT(*) FROM payments WHERE dossier_id = $id4 AND state = 'paid'"), 1, 'one payment paid, not two');
is(dossier($id4)->{status}, 4, 'the dossier moved on');

# --------------------------------------------------------------- a lost IPN: the reconciliation
my $id2 = build('fees_due', procedure => $p->{code});
my $code2 = dossier($id2)->{code};
$code = $code2;		# start_payment() and gateway_choice() pay this one now
($res, $gw, %req) = start_payment();
my $lost = $req{vnp_TxnRef};
my ($lq) = gateway_choice($gw, 'pay_lost_ipn');
($res, $gw, %req) = start_payment();
my $gone = $req{vnp_TxnRef};
gateway_choice($gw, 'cancel');
($res, $gw, %req) = start_payment();
my $never = $req{vnp_TxnRef};		# the payer never reached the gateway
sleep 1;
is(db_value("SELECT GROUP_CONCAT(state ORDER BY id) FROM payments WHERE dossier_id = $id2"), 'pending,pending,pending',
    'paid with the IPN lost, cancelled, abandoned: all three pending');
is(dossier($id2)->{status}, 6, '… and the dossier still waits');
my $out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" payments reconcile --minutes 0 2>&1`;
is($?, 0, 'dvcctl payments reconcile: exit 0') or diag($out);
like($out, qr/^\Q$lost\E: paid \(00\)$/m, '… the lost one paid') or diag($out);
like($out, qr/^\Q$gone\E: failed \(00\)$/m, '… the cancelled one failed');
like($out, qr/^\Q$never\E: still pending \(gateway 91\/-\)$/m, '… the abandoned one left pending (the gateway knows it not)');
is(db_value("SELECT CONCAT(state, ' ', settled_by) FROM payments WHERE txn_ref = '$lost'"), 'paid reconcile',
    'the lost payment is paid, by the reconciliation');
is(db_value("SELECT CONCAT(state, ' ', response_code) FROM payments WHERE txn_ref = '$gone'"), 'failed 02',
    'the cancelled one failed');
is(dossier($id2)->{status}, 4, 'the dossier moved on');
is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id2 AND move = 'paid'"), 1, '… once');
is((ipn($lq))[1], '02', 'the IPN arriving after all: 02');
$out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" payments reconcile --minutes 0 2>&1`;
# (Other test files may leave payments pending too: only this dossier's are looked at.)
ok($out =~ /^\Q$never\E: still pending/m && $out !~ /^\Q$lost\E:/m && $out !~ /^\Q$gone\E:/m,
    'a second run: of these, only the abandoned one is asked about') or diag($out);
is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id2 AND move = 'paid'"), 1, '… and nothing moved twice');
$code = $d->{code};

# --------------------------------------------------------------- what others see
my $o = officer('hacthanh', 'processor');
my $view = $o->get("/officer/dossiers/$id");
is($view->{status}, 200, "the officer's view of the dossier");
like($view->{body}, qr/Thanh toán phí, lệ phí/, '… lists its payments');
like($view->{body}, qr/Trực tuyến qua cổng thanh toán: đã thanh toán lúc \d\d\/\d\d\/\d{4}/, '… the paid one, with its time');
like($view->{body}, qr/không thành công \(mã 24\)/, '… and the cancelled one');
like($c->get("/submit/$id/receipt")->{body}, qr{<a class="button" href="/pay/\Q$code\E">Thanh toán phí, lệ phí trực tuyến</a>},
    "the applicant's receipt links to the payment page");

# --------------------------------------------------------------- the e-receipt
my $receipt = $c->get("/pay/receipt/$ref");
is($receipt->{status}, 200, "the applicant opens the e-receipt of the paid payment");
like($receipt->{body}, qr/Biên lai thu phí, lệ phí điện tử/, '… titled as such');
like($receipt->{body}, qr/\Q${\ money($due) }\E/, '… the amount in figures');
my $words = $due == 15000 ? 'Mười lăm nghìn đồng' : undef;
like($receipt->{body}, qr/\Q$words\E/, "… and in words ($words)") if $words;
like($receipt->{body}, qr/\Q$paid{vnp_TransactionNo}\E/, "… the gateway's transaction number");
like($receipt->{body}, qr/\Q$d->{code}\E/, '… the dossier');
like($receipt->{body}, qr/\Q$c->{who}{full_name}\E/, '… the payer');
like($receipt->{body}, qr{\d\d/\d\d/\d{4} \d\d:\d\d}, '… the time');
is($other->get("/pay/receipt/$ref")->{status}, 404, "another applicant: 404");
is($c->get("/pay/receipt/$cancelled_ref")->{status}, 404, 'a payment that failed has no receipt');
is($o->get("/pay/receipt/$ref")->{status}, 200, "the officer of the dossier's unit opens it too");
like($view->{body}, qr{href="/pay/receipt/\Q$ref\E"}, "… from the dossier's view");

# --------------------------------------------------------------- a payment at the counter
my $id3 = build('fees_due', procedure => $p->{code});
my $recv = officer('hacthanh', 'receiver');
my $page3 = $recv->get("/officer/dossiers/$id3");
like($page3->{body}, qr{action="/pay/record/$id3"}, "the receiver's view has the form to record a payment");
my $csrf = page_csrf($page3->{body});
is($o->post("/pay/record/$id3", [method => 'counter', amount => $due])->{status}, 404,
    'a processor (not the one-stop desk) cannot record one: 404');
is($recv->post("/pay/record/$id3", [method => 'counter', amount => $due + 1], csrf => $csrf)->{status}, 422,
    'more than is owed: 422');
is($recv->post("/pay/record/$id3", [method => 'cash', amount => $due], csrf => $csrf)->{status}, 400,
    'an unknown method: 400');
is(db_value("SELECT COUNT(*) FROM payments WHERE dossier_id = $id3"), 0, '… nothing recorded');
$res = $recv->post("/pay/record/$id3", [method => 'counter', amount => $due], csrf => $csrf);
is($res->{status}, 303, 'the receiver records the fee paid at the counter: 303');
my ($cref) = ($res->{headers}{location} // '') =~ m{^/pay/receipt/([A-Za-z0-9-]+)$};
ok($cref, "… to its receipt ($cref)");
is(db_value("SELECT CONCAT(method, ' ', state, ' ', settled_by) FROM payments WHERE txn_ref = '$cref'"),
    'counter paid officer', '… a paid counter payment');
is(dossier($id3)->{status}, 4, 'the dossier moved on');
is_deeply((db_rows("SELECT move, role FROM dossier_events WHERE dossier_id = $id3 ORDER BY id DESC LIMIT 1"))[0],
    ['paid', 'receiver'], '… by the receiver');
my $crec = $recv->get("/pay/receipt/$cref");
like($crec->{body}, qr/Tiền mặt tại bộ phận một cửa/, 'its receipt says it was paid at the counter');
like($crec->{body}, qr/Người thu/, '… and who received it');
is($c->get("/pay/receipt/$cref")->{status}, 200, '… and the applicant sees it too');
is($recv->post("/pay/record/$id3", [method => 'transfer', amount => 1], csrf => $csrf)->{status}, 422,
    'nothing more owed: a second record is refused');

# --------------------------------------------------------------- the return page never writes
my ($rr) = $c->get("/pay/return?$tampered");
like($rr->{body}, qr/Không xác thực được kết quả/, 'a return with a bad signature: said as such');

done_testing();
