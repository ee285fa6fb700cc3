package DVC::Pay;
# DVC::Pay — both sides of the payment gateway protocol (DOMAIN.md, VNPay 2.1.0 style), written
# apart from modules/core/payproto.c so that the tests check it against a second reading of
# the documented algorithm: PHP's urlencode(), the vnp_* keys sorted, HMAC-SHA512 in hex. The
# keys are the gateway stand-in's test keys, read from the stack's dvc.conf.
#
#   my ($p, $query) = pay_request(vnp_Amount => 5000000);    # a signed payment request
#   my %answer = parse_query($location_query);                 # decoded
#   verify(%answer)                                            # its signature is right
use strict;
use warnings;
use utf8;
use Exporter 'import';
use Digest::SHA qw(hmac_sha512_hex);
use Encode qw(encode_utf8 decode_utf8);
use POSIX qw(strftime);
use DVCTest;

our @EXPORT = qw(pay_conf php_urlencode sign_data signed_query parse_query verify pay_request vn_date);

my %conf;

# pay_conf(KEY): a pay_* value of the stack's dvc.conf.
sub pay_conf {
	my ($key) = @_;
	if (!%conf) {
		open(my $fh, '<', "$VAR/dvc.conf") or die "$VAR/dvc.conf: $!";
		while (<$fh>) {
			$conf{$1} = $2 if /^\s*(pay_[a-z_]+)\s*=\s*(.*?)\s*$/;
		}
	}
	return $conf{$key} // '';
}

sub php_urlencode {
	my ($s) = @_;
	$s = encode_utf8($s) if utf8::is_utf8($s);
	$s =~ s/([^A-Za-z0-9\-_.])/$1 eq ' ' ? '+' : sprintf('%%%02X', ord $1)/ge;
	return $s;
}

sub sign_data {
	my (%p) = @_;
	return join '&', map { php_urlencode($_) . '=' . php_urlencode($p{$_}) }
	    sort grep { /^vnp_/ && !/^vnp_SecureHash(?:Type)?$/ } keys %p;
}

# signed_query(k => v, …) with the test secret, or signed_query({secret => S}, k => v, …).
sub signed_query {
	my $secret = ref $_[0] eq 'HASH' ? shift->{secret} : pay_conf('pay_secret');
	my (%p) = @_;
	my $data = sign_data(%p);
	return "$data&vnp_SecureHash=" . hmac_sha512_hex($data, $secret);
}

sub parse_query {
	my ($q) = @_;
	my %p;
	for my $pair (split /&/, $q // '') {
		my ($k, $v) = split /=/, $pair, 2;
		for ($k, $v) {
			$_ //= '';
			tr/+/ /;
			s/%([0-9A-Fa-f]{2})/chr hex $1/ge;
			$_ = decode_utf8($_);
		}
		$p{$k} = $v;
	}
	return %p;
}

sub verify {
	my (%p) = @_;
	my $got = lc($p{vnp_SecureHash} // '');
	return $got ne '' && $got eq hmac_sha512_hex(sign_data(%p), pay_conf('pay_secret'));
}

# The protocol's date of time T: yyyyMMddHHmmss in Vietnam (UTC+7).
sub vn_date {
	my ($t) = @_;
	return strftime('%Y%m%d%H%M%S', gmtime($t + 7 * 3600));
}

my $serial = 0;

# pay_request(k => v, …): the parameters of a payment request (defaults overridden by the
# pairs given; a value undef removes the key) and its signed query string.
sub pay_request {
	my (%over) = @_;
	my $now = time;
	my %p = (
		vnp_Version => '2.1.0', vnp_Command => 'pay', vnp_TmnCode => pay_conf('pay_tmn_code'),
		vnp_Amount => '5000000', vnp_CurrCode => 'VND',
		vnp_TxnRef => sprintf('T%d%05d%d', $now, $$ % 100000, ++$serial),
		vnp_OrderInfo => 'Nộp lệ phí hồ sơ thử nghiệm: a+b&c=d',
		vnp_OrderType => 'other', vnp_Locale => 'vn', vnp_ReturnUrl => "$URL/pay/return",
		vnp_IpAddr => '127.0.0.1', vnp_CreateDate => vn_date($now),
		vnp_ExpireDate => vn_date($now + 15 * 60),
	);
	my $secret = delete $over{secret};
	while (my ($k, $v) = each %over) {
		if (defined $v) { $p{$k} = $v } else { delete $p{$k} }
	}
	return (\%p, defined $secret ? signed_query({ secret => $secret }, %p) : signed_query(%p));
}

1;
