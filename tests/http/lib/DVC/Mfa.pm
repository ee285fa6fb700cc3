package DVC::Mfa;
# DVC::Mfa — the second factor as the tests answer it (modules/account/mfa.c): TOTP codes
# (RFC 6238: HMAC-SHA-1, 6 digits, 30 s) computed here from an account's key, and the sign-in
# helpers' way through the code page or through enrolment, so that `$b->login(...)` of
# DVC::Account and demo_user() of DVC::Submit still end signed in for an administrator.
#
#   totp_code(BASE32, STEP)      the code of a time step (int(time / 30))
#   base32_decode(BASE32)        the key's bytes
#   mfa_key(LOGIN)               the key the tests know for an account: conf/dev/demo-mfa.txt's
#                                (the demo administrator), or one this helper enrolled in this
#                                stack ($DVC_VAR/mfa-keys/LOGIN); undef when none
#   mfa_remember(LOGIN, BASE32)  keeps a key enrolled by a test, for the later sign-ins
#   mfa_fresh_step(LOGIN)        a step whose code the server has not taken yet (each code is
#                                good once): now - 1, now or now + 1; when all three were
#                                used, the account's last step is set back (no waiting)
#   second_factor(CLIENT, RESPONSE, LOGIN)
#                                after the sign-in's RESPONSE: when it leads to /account/mfa,
#                                answers the code (or enrols, keeping the key) and returns the
#                                last response, a 303 to where the sign-in goes (after an
#                                enrolment, whose page shows the recovery codes with 200, a
#                                303 made of its "continue" link); any other RESPONSE as it is
use strict;
use warnings;

use Digest::SHA qw(hmac_sha1);
use Exporter 'import';
use File::Path qw(make_path);
use Time::HiRes qw(time);

use DVCTest qw($VAR db_rows db_value html_unescape page_csrf);

our @EXPORT_OK = qw(totp_code base32_decode mfa_key mfa_remember mfa_fresh_step mfa_last_step
    second_factor demo_mfa_keys);
our %EXPORT_TAGS = (all => \@EXPORT_OK);

sub base32_decode {
	my ($s) = @_;
	$s = uc $s;
	$s =~ s/[\s=-]//g;
	my $bits = join '', map { sprintf '%05b', index('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', $_) } split //, $s;
	$bits = substr($bits, 0, 8 * int(length($bits) / 8));
	return pack('B*', $bits);
}

sub totp_code {
	my ($b32, $step) = @_;
	my $mac = hmac_sha1(pack('NN', int($step / 2**32), $step % 2**32), base32_decode($b32));
	my $o = ord(substr($mac, -1)) & 0x0f;
	my $bin = unpack('N', substr($mac, $o, 4)) & 0x7fffffff;
	return sprintf('%06d', $bin % 1_000_000);
}

# The demo keys: { lc e-mail => BASE32 }.
sub demo_mfa_keys {
	my $file = ($ENV{DVC_REPO} // '.') . '/conf/dev/demo-mfa.txt';
	my %k;
	open(my $fh, '<', $file) or return \%k;
	while (my $line = <$fh>) {
		next if $line =~ /^\s*(#|$)/;
		my ($email, $key) = map { s/^\s+|\s+$//gr } split /\|/, $line;
		$k{ lc $email } = $key if defined $key;
	}
	close $fh;
	return \%k;
}

sub _key_file {
	my ($login) = @_;
	(my $name = lc $login) =~ s/[^a-z0-9@._-]/_/g;
	return "$VAR/mfa-keys/$name";
}

sub mfa_key {
	my ($login) = @_;
	if (open(my $fh, '<', _key_file($login))) {
		my $k = <$fh>;
		close $fh;
		chomp $k if defined $k;
		return $k if defined $k && $k ne '';
	}
	return demo_mfa_keys()->{ lc $login };
}

sub mfa_remember {
	my ($login, $b32) = @_;
	make_path("$VAR/mfa-keys");
	open(my $fh, '>', _key_file($login)) or die "mfa key file: $!";
	print {$fh} "$b32\n";
	close $fh;
}

sub _sql_str {
	my ($s) = @_;
	$s =~ s/(['\\])/\\$1/g;
	return "'$s'";
}

# The last step the server took for the account of LOGIN (0 when none).
sub mfa_last_step {
	my ($login) = @_;
	return db_value('SELECT COALESCE(MAX(m.last_step), 0) FROM user_mfa m JOIN users u ON u.id = m.user_id'
	    . ' WHERE u.email = ' . _sql_str(lc $login) . ' OR u.citizen_id = ' . _sql_str($login)) // 0;
}

sub mfa_fresh_step {
	my ($login) = @_;
	my $now = int(time / 30);
	my $want = mfa_last_step($login) + 1;
	# The server takes the steps of its clock's minute and a half (one each side), each once.
	$want = $now - 1 if $want < $now - 1;
	return $want if $want <= $now + 1;
	# All three taken. A sign-in here is the way in, not what is tested (mfa.t tests the
	# replay rule itself, with codes it chooses): rather than wait up to 30 s for the clock,
	# the account's last step is set back, as if its last three sign-ins had not happened.
	db_rows('UPDATE user_mfa m JOIN users u ON u.id = m.user_id SET m.last_step = ' . ($now - 2)
	    . ' WHERE u.email = ' . _sql_str(lc $login) . ' OR u.citizen_id = ' . _sql_str($login));
	return $now - 1;
}

sub _hidden_next {
	my ($body) = @_;
	my ($next) = $body =~ m{<input type="hidden" name="next" value="([^"]*)"};
	return html_unescape($next // '');
}

sub second_factor {
	my ($c, $r, $login) = @_;
	return $r unless $r->{status} == 303 && ($r->{location} // '') =~ m{^/account/mfa(?:\?|$)};
	my $page = $c->get($r->{location});
	return $page unless $page->{status} == 200;
	my $next = _hidden_next($page->{body});
	if ($page->{body} =~ m{action="/account/mfa/enable"}) {
		my ($key) = $page->{body} =~ m{<code class="mfa-secret">([A-Z2-7 ]+)</code>} or return $page;
		$key =~ s/ //g;
		mfa_remember($login, $key);
		my $res = $c->post('/account/mfa/enable', [code => totp_code($key, int(time / 30)), next => $next],
		    csrf => page_csrf($page->{body}));
		return $res unless $res->{status} == 200 && $res->{body} =~ m{class="recovery-code"};
		my ($home) = $res->{body} =~ m{<a class="button" href="([^"]+)">} or return $res;
		return { %$res, status => 303, location => html_unescape($home), enrolled => 1 };
	}
	my $key = mfa_key($login) or return $page;
	my $res;
	for (1 .. 3) {	# another test may have taken the step meanwhile
		$res = $c->post('/account/mfa', [code => totp_code($key, mfa_fresh_step($login)), next => $next],
		    csrf => page_csrf($page->{body}));
		return $res unless $res->{status} == 200;
		$page = $res;
	}
	return $res;
}

1;
