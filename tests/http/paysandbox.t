#!/usr/bin/env perl
# tests/http/paysandbox.t — the payment gateway stand-in (dvc-paysandbox), with this test as
# the merchant, signing and verifying in Perl (DVC::Pay) apart from payproto.c: the payment
# page of a signed request; bad requests refused (signature, merchant, amount, expiry, a
# reference reused); the payer's choices (pay, cancel, decline, pay with the IPN lost) each
# redirected back signed with its codes; the IPN attempted in the background and retried
# while nobody answers 00 or 02; querydr answered signed (00 with the state, 91, 97).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Account;
use DVC::Pay;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

ok(pay_conf('pay_secret') ne '' && pay_conf('pay_tmn_code') ne '', 'the stack has the sandbox keys');

my $b = browser();

# Opens the payment page of a fresh request; returns (params, page, transaction id).
sub open_payment {
	my (%over) = @_;
	my ($p, $q) = pay_request(%over);
	my $page = $b->get("/sandbox/pay/vpcpay.html?$q");
	my ($id) = ($page->{body} // '') =~ m{action="/sandbox/pay/txn/(\d+)"};
	return ($p, $page, $id);
}

# The payer's choice; returns the redirect's Location and its decoded parameters.
sub choose {
	my ($id, $outcome) = @_;
	my $r = $b->post("/sandbox/pay/txn/$id", [outcome => $outcome]);
	my $loc = $r->{headers}{location} // '';
	my ($query) = $loc =~ /\?(.*)$/;
	return ($r, $loc, parse_query($query));
}

sub sandbox_row {
	my ($ref) = @_;
	my ($row) = db_rows("SELECT state, response_code, send_ipn, ipn_attempts, COALESCE(ipn_answer, '-')"
	    . " FROM sandbox_transactions WHERE txn_ref = '$ref'");
	return $row // [];
}

# --------------------------------------------------------------- the payment page
my ($p, $page, $id) = open_payment();
is($page->{status}, 200, 'a signed request opens the payment page');
ok($id, "… with the transaction's forms (id $id)");
like($page->{body}, qr/50\.000 đồng/, '… the amount in figures (5000000 is 50 000 đồng)');
like($page->{body}, qr/Năm mươi nghìn đồng/, '… and in words');
like($page->{body}, qr/Nộp lệ phí hồ sơ thử nghiệm: a\+b&amp;c=d/, '… the order information decoded');
like($page->{body}, qr/Cổng thanh toán thử nghiệm/, '… which says it is a test gateway');
is(sandbox_row($p->{vnp_TxnRef})->[0], 'open', 'the transaction is open');
my $again = $b->get('/sandbox/pay/vpcpay.html?' . signed_query(%$p));
like($again->{body} // '', qr{action="/sandbox/pay/txn/$id"}, 'the same request again: the same transaction');

# --------------------------------------------------------------- refused requests
my ($bad, $q) = pay_request();
(my $tampered = $q) =~ s/vnp_Amount=5000000/vnp_Amount=100/;
my $r = $b->get("/sandbox/pay/vpcpay.html?$tampered");
is($r->{status}, 400, 'an amount changed after signing: 400');
like($r->{body} // '', qr/Chữ ký của yêu cầu thanh toán không hợp lệ/, '… the signature is named');
(undef, $q) = pay_request(secret => 'not-the-secret');
is($b->get("/sandbox/pay/vpcpay.html?$q")->{status}, 400, 'signed with another secret: 400');
(undef, $q) = pay_request(vnp_TmnCode => 'OTHER001');
like($b->get("/sandbox/pay/vpcpay.html?$q")->{body} // '', qr/Mã đơn vị nhận tiền không được đăng ký/,
    'another merchant code: refused');
(undef, $q) = pay_request(vnp_ExpireDate => vn_date(time - 60));
like($b->get("/sandbox/pay/vpcpay.html?$q")->{body} // '', qr/đã hết hạn/, 'an expired request: refused');
for my $case ([vnp_Amount => '5000050'], [vnp_Amount => '0'], [vnp_Amount => undef], [vnp_Version => '2.0.0'],
    [vnp_ReturnUrl => 'javascript:alert(1)'], [vnp_CreateDate => '20261304000000']) {
	(undef, $q) = pay_request(@$case);
	is($b->get("/sandbox/pay/vpcpay.html?$q")->{status}, 400, "$case->[0] " . ($case->[1] // 'missing') . ': 400');
}
is($b->get('/sandbox/pay/vpcpay.html?vnp_Amount=%zz')->{status}, 400, 'a malformed query string: 400');
(undef, $q) = pay_request(vnp_TxnRef => $p->{vnp_TxnRef}, vnp_Amount => '7000000');
like($b->get("/sandbox/pay/vpcpay.html?$q")->{body} // '', qr/đã được dùng/, 'a reference reused with another amount: refused');

# --------------------------------------------------------------- cancel
my ($res, $loc, %ret) = choose($id, 'cancel');
is($res->{status}, 303, 'cancel: 303');
like($loc, qr{^\Q$URL\E/pay/return\?}, '… back to the return URL');
ok(verify(%ret), '… signed by the gateway');
is("$ret{vnp_ResponseCode}/$ret{vnp_TransactionStatus}", '24/02', '… codes 24 (cancelled) and 02');
is($ret{vnp_TxnRef}, $p->{vnp_TxnRef}, '… the reference');
is($ret{vnp_Amount}, '5000000', '… the amount × 100');
is($ret{vnp_OrderInfo}, $p->{vnp_OrderInfo}, '… the order information');
like($ret{vnp_PayDate} // '', qr/^20\d{12}$/, '… a date');
is(sandbox_row($p->{vnp_TxnRef})->[0], 'cancelled', 'the transaction is cancelled');
my ($res2, $loc2) = choose($id, 'pay');
is($loc2, $loc, 'paying after cancelling: the same redirect, nothing changes');
is(sandbox_row($p->{vnp_TxnRef})->[0], 'cancelled', '… still cancelled');
is(sandbox_row($p->{vnp_TxnRef})->[3], 0, '… and no IPN for a cancelled payment');
$r = $b->post("/sandbox/pay/txn/$id", [outcome => 'pay'], csrf => undef);
is($r->{status}, 403, 'a choice without the form token: 403');
is($b->post('/sandbox/pay/txn/999999999', [outcome => 'pay'])->{status}, 404, 'an unknown transaction: 404');

# --------------------------------------------------------------- decline
my ($pd, undef, $idd) = open_payment(vnp_Amount => '12345600');
is($b->post("/sandbox/pay/txn/$idd", [outcome => 'steal'])->{status}, 400, 'an unknown choice: 400');
(undef, undef, %ret) = choose($idd, 'decline');
ok(verify(%ret), 'decline: signed');
is("$ret{vnp_ResponseCode}/$ret{vnp_TransactionStatus}", '51/02', '… codes 51 (declined) and 02');
is($ret{vnp_Amount}, '12345600', '… its amount');

# --------------------------------------------------------------- pay; the IPN goes and is retried
my ($pp, undef, $idp) = open_payment();
(undef, $loc, %ret) = choose($idp, 'pay');
ok(verify(%ret), 'pay: signed');
is("$ret{vnp_ResponseCode}/$ret{vnp_TransactionStatus}", '00/00', '… codes 00 and 00');
like($ret{vnp_TransactionNo} // '', qr/^\d+$/, "… a gateway transaction number ($ret{vnp_TransactionNo})");
is($ret{vnp_TmnCode}, pay_conf('pay_tmn_code'), '… the merchant code');
# The portal answers 01 (the reference is this test's, not a payment of its own): the
# sandbox keeps trying (0, 1, 2 s …).
ok(wait_until(20, sub { sandbox_row($pp->{vnp_TxnRef})->[3] >= 3 }), 'the IPN is attempted, and retried')
    or diag explain sandbox_row($pp->{vnp_TxnRef});
my $row = sandbox_row($pp->{vnp_TxnRef});
isnt($row->[4], '00', '… never acknowledged with 00 when the portal did not say so');
my ($pl, undef, $idl) = open_payment();
(undef, undef, %ret) = choose($idl, 'pay_lost_ipn');
is("$ret{vnp_ResponseCode}/$ret{vnp_TransactionStatus}", '00/00', 'pay with the IPN lost: paid');
sleep 2;
is(sandbox_row($pl->{vnp_TxnRef})->[3], 0, '… and no IPN was attempted');

# --------------------------------------------------------------- querydr
sub querydr {
	my (%over) = @_;
	my $now = time;
	my %q = (vnp_RequestId => "Q$now$$", vnp_Version => '2.1.0', vnp_Command => 'querydr',
	    vnp_TmnCode => pay_conf('pay_tmn_code'), vnp_TxnRef => $pp->{vnp_TxnRef},
	    vnp_TransactionDate => $pp->{vnp_CreateDate}, vnp_CreateDate => vn_date($now),
	    vnp_IpAddr => '127.0.0.1', vnp_OrderInfo => 'Đối soát', %over);
	my $secret = delete $q{secret};
	my $query = defined $secret ? signed_query({ secret => $secret }, %q) : signed_query(%q);
	my $res = get("/sandbox/pay/querydr?$query");
	return ($res, parse_query($res->{body} // ''));
}
my %a;
($r, %a) = querydr();
is($r->{status}, 200, 'querydr: 200');
like($r->{headers}{'content-type'} // '', qr{^text/plain}, '… text/plain');
ok(verify(%a), '… signed by the gateway');
is("$a{vnp_ResponseCode}/$a{vnp_TransactionStatus}", '00/00', '… found, and paid');
is($a{vnp_Amount}, '5000000', '… its amount');
like($a{vnp_TransactionNo} // '', qr/^\d+$/, '… a transaction number');
($r, %a) = querydr(vnp_TxnRef => $pd->{vnp_TxnRef});
is("$a{vnp_ResponseCode}/$a{vnp_TransactionStatus}", '00/02', 'querydr of the declined one: 00/02');
my ($po) = open_payment();
($r, %a) = querydr(vnp_TxnRef => $po->{vnp_TxnRef});
is("$a{vnp_ResponseCode}/$a{vnp_TransactionStatus}", '00/01', 'querydr of one still open: 00/01');
($r, %a) = querydr(vnp_TxnRef => 'NO-SUCH-REF');
is($a{vnp_ResponseCode}, '91', 'querydr of an unknown reference: 91');
ok(verify(%a), '… signed too');
($r, %a) = querydr(secret => 'wrong');
is($a{vnp_ResponseCode}, '97', 'querydr with a bad signature: 97');
ok(!defined $a{vnp_TransactionStatus}, '… and nothing about the transaction');

# --------------------------------------------------------------- the IPN reports
is(get('/sandbox/pay/ack?' . signed_query({ secret => 'x' }, vnp_TmnCode => pay_conf('pay_tmn_code'),
    vnp_TxnRef => $pp->{vnp_TxnRef}, vnp_IpnAttempts => 1, vnp_IpnAnswer => '00'))->{status}, 400,
    'a forged IPN report: 400');
isnt(sandbox_row($pp->{vnp_TxnRef})->[4], '00', '… which changed nothing');

done_testing();
