package DVC::Account;
# DVC::Account — what the account tests share: a small browser (cookies, the CSRF token of
# the last form, Origin on POSTs), new citizens with valid and unique data, readers of the
# account forms, and the database rows behind them.
#
# Only core Perl. The database and page readers of DVCTest are reused (db_rows, db_value,
# text_of, html_unescape); requests go through a client of our own, because each browser
# keeps its cookies and comes from a loopback address of its own (127.A.B.C): the per-address
# throttling then never counts another browser's failures, nor another test file's.
#
#   my $b = browser();                       # a fresh browser from a fresh 127.A.B.C
#   my $c = new_citizen();                   # full_name, citizen_id, birth_date, phone, email,
#                                            # password (and password2, consent) for /register
#   my $r = $b->register($c);                # GET the form, POST it: the response ("check
#                                            # your mail", 200, whether or not it made one)
#   $r = $b->signup($c);                     # register, open the link of the mail, sign in:
#                                            # the sign-in's response (303 when all went well)
#   $b->login($c->{citizen_id}, $c->{password});
#   $r = $b->get('/account/profile');        # $r->{status}, {headers}, {body}, {location}
#   $b->post('/account/profile', [phone => …]);   # the csrf of the last page, Origin: $URL
#   field_error($r->{body}, 'phone');        # the message next to the field, or undef
#   field_value($r->{body}, 'email');        # the value="…" of the input, or undef
use strict;
use warnings;
use utf8;

use Digest::SHA qw(sha256_hex hmac_sha256_hex);
use Encode qw(encode_utf8);
use Exporter 'import';
use HTTP::Tiny;

use DVCTest qw($URL $VAR db_rows db_value db_col text_of html_unescape page_csrf field_error field_value);
use DVC::Mail qw(wait_mail mail_link mails_to);
use DVC::Mfa ();

our @EXPORT = qw(
    $URL $VAR browser new_ip new_citizen new_cccd sql_str form_body
    field_error field_value field_maxlength summary_errors page_csrf notice_text header_user has_logout_form
    signin_rows role_rows vn_time
    user_row user_id session_count token_hash ip_failures clear_ip_failures
    wait_mail mail_link mails_to verify_path failure_key failures_back failure_count
    db_rows db_value db_col text_of html_unescape log_files logs_containing @PROVINCES
);

# The province codes of CCCD numbers (valid.c's table).
our @PROVINCES = qw(001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027
    030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062
    064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096);

# ------------------------------------------------------------------ the browser

# Each browser comes from a loopback address of its own, 127.A.B.C picked at random (the
# whole 127/8 reaches the server; 127.0.0.1 is left to the other tests), unless one is asked
# for with browser(ip => …). The sign-ins and the failures of each address are then its own.
my %ips_given;

sub new_ip {
	for (1 .. 100) {
		my $ip = join '.', 127, 1 + int rand 250, int rand 256, 1 + int rand 250;
		next if $ips_given{$ip}++;
		return $ip unless db_value('SELECT COUNT(*) FROM login_attempts WHERE ip = ' . sql_str($ip));
	}
	die "no unused loopback address after 100 tries";
}

sub browser {
	my (%opt) = @_;
	my $ip = $opt{ip} // new_ip();
	my $self = bless {
		ip => $ip,
		cookies => {},
		csrf => undef,
		agent => $opt{agent} // 'Mozilla/5.0 (X11; Linux x86_64) dvc-account-tests/1 Firefox/128.0',
	}, 'DVC::Account::Browser';
	$self->{http} = HTTP::Tiny->new(agent => $self->{agent}, timeout => 30, max_redirect => 0,
	    keep_alive => 0, local_address => $ip);
	return $self;
}

# ------------------------------------------------------------------ citizens

my $serial = 0;

sub _digits {
	my ($n) = @_;
	return join '', map { int rand 10 } 1 .. $n;
}

# new_cccd(YEAR[, PROVINCE]): a valid CCCD for someone born in YEAR, not yet in the database.
sub new_cccd {
	my ($year, $province) = @_;
	for (1 .. 50) {
		my $p = $province // $PROVINCES[int rand @PROVINCES];
		# 4th digit: 0/1 for the 1900s, 2/3 for the 2000s (man/woman).
		my $century = ($year >= 2000 ? 2 : 0) + int rand 2;
		my $cccd = sprintf('%s%d%02d%s', $p, $century, $year % 100, _digits(6));
		return $cccd unless db_value("SELECT COUNT(*) FROM users WHERE citizen_id = '$cccd'");
	}
	die "no free CCCD after 50 tries";
}

# new_citizen(overrides…): the fields of the registration form, valid and unique to this run.
sub new_citizen {
	my (%over) = @_;
	$serial++;
	my $year = 1960 + int rand 45;
	my $birth = sprintf('%04d-%02d-%02d', $year, 1 + int rand 12, 1 + int rand 28);
	my $tag = sprintf('%d%d%s', $$, $serial, _digits(4));
	my @names = ('Nguyễn Thị Thu Hà', 'Trần Văn Bình', 'Lê Hoàng Yến', 'Phạm Đức Thắng',
	    'Đỗ Minh Châu', 'Vũ Quốc Khánh');
	my $password = 'Sông Mã ' . _digits(4) . ' xanh';
	my %c = (
		full_name => $names[$serial % @names] . ' ' . chr(ord('A') + $serial % 26),
		citizen_id => new_cccd($year),
		birth_date => $birth,
		phone => '09' . _digits(8),
		email => "cd$tag\@thu.example.vn",
		password => $password,
		password2 => $password,
		consent => '1',
		%over,
	);
	return \%c;
}

# The fields of a citizen in the order of the form, ready for post().
sub form_body {
	my ($c, @keys) = @_;
	@keys = qw(full_name citizen_id birth_date phone email password password2 consent) unless @keys;
	return [map { exists $c->{$_} && defined $c->{$_} ? ($_ => $c->{$_}) : () } @keys];
}

# ------------------------------------------------------------------ reading the forms

# The maxlength of the input or textarea named NAME, or undef.
sub field_maxlength {
	my ($html, $name) = @_;
	return undef unless defined $html;
	return $html =~ m{<(?:input|textarea)\b(?=[^>]*\bname="\Q$name\E")[^>]*\bmaxlength="(\d+)"} ? $1 : undef;
}

# The messages of the error summary at the top of a form, in order.
sub summary_errors {
	my ($html) = @_;
	return () unless defined $html;
	my ($box) = $html =~ m{<div\b[^>]*class="error-summary"[^>]*>(.*?)</div>}s or return ();
	my @out;
	push @out, text_of($1) while $box =~ m{<li\b[^>]*>(.*?)</li>}gs;
	return @out;
}

# The text of the page's notice (the message shown after a redirect), or ''.
sub notice_text {
	my ($html) = @_;
	return '' unless defined $html;
	my ($n) = $html =~ m{<div\b[^>]*role="status"[^>]*>(.*?)</div>}s or return '';
	return text_of($n);
}

# The name of the signed-in user in the page header, or undef.
sub header_user {
	my ($html) = @_;
	return undef unless defined $html;
	my ($header) = $html =~ m{<header\b[^>]*class="site-header"[^>]*>(.*?)</header>}s or return undef;
	my ($a) = $header =~ m{<a\b[^>]*class="site-account-name"[^>]*>(.*?)</a>}s or return undef;
	$a =~ s{<span class="visually-hidden">.*?</span>}{}s;
	return text_of($a);
}

# True when the page header has a log-out form (POST to /account/logout with a csrf field).
sub has_logout_form {
	my ($html) = @_;
	return 0 unless defined $html;
	my ($header) = $html =~ m{<header\b[^>]*class="site-header"[^>]*>(.*?)</header>}s or return 0;
	my ($form) = $header =~ m{(<form\b[^>]*action="/account/logout"[^>]*>.*?</form>)}s or return 0;
	return $form =~ m{method="post"}i && $form =~ m{name="csrf"} ? 1 : 0;
}

# The rows of the "recent sign-ins" table of the profile: { at, outcome, ip, ua }.
sub signin_rows {
	my ($html) = @_;
	return () unless defined $html;
	my ($sec) = $html =~ m{<section\b[^>]*id="signins"[^>]*>(.*?)</section>}s or return ();
	my ($tbody) = $sec =~ m{<tbody>(.*?)</tbody>}s or return ();
	my @out;
	while ($tbody =~ m{<tr>(.*?)</tr>}gs) {
		my @cells = map { text_of($_) } $1 =~ m{<t[hd]\b[^>]*>(.*?)</t[hd]>}gs;
		push @out, { at => $cells[0], outcome => $cells[1], ip => $cells[2], ua => $cells[3] };
	}
	return @out;
}

# The officer roles table of the profile: { AGENCY_CODE => { name => agency name, roles =>
# [role texts] } }.
sub role_rows {
	my ($html) = @_;
	return {} unless defined $html;
	my ($sec) = $html =~ m{<section\b[^>]*id="roles"[^>]*>(.*?)</section>}s or return {};
	my ($tbody) = $sec =~ m{<tbody>(.*?)</tbody>}s or return {};
	my %out;
	while ($tbody =~ m{<tr>(.*?)</tr>}gs) {
		my $row = $1;
		my ($th) = $row =~ m{<th\b[^>]*>(.*?)</th>}s;
		my ($code) = ($th // '') =~ m{<span\b[^>]*class="[^"]*code[^"]*"[^>]*>([^<]*)</span>};
		(my $name = $th // '') =~ s{<span\b.*?</span>}{}s;
		my @roles = map { text_of($_) } $row =~ m{<li\b[^>]*>(.*?)</li>}gs;
		$out{ $code // '' } = { name => text_of($name), roles => \@roles };
	}
	return \%out;
}

# The local time of Vietnam (UTC+7) at epoch T as the pages show it: dd/mm/yyyy HH:MM.
sub vn_time {
	my ($t) = @_;
	my @g = gmtime($t + 7 * 3600);
	return sprintf('%02d/%02d/%04d %02d:%02d', $g[3], $g[4] + 1, $g[5] + 1900, $g[2], $g[1]);
}

# ------------------------------------------------------------------ the database

# A string as an SQL literal.
sub sql_str {
	my ($s) = @_;
	return 'NULL' unless defined $s;
	$s =~ s/\\/\\\\/g;
	$s =~ s/'/\\'/g;
	return "'$s'";
}

my @user_cols = qw(id kind full_name citizen_id birth_date phone email email_verified_at address
    org_name org_tax_code password_hash consent_at consent_version disabled);

# user_row(COLUMN => VALUE): the users row as a hash (NULL reads undef), or undef.
sub user_row {
	my ($col, $value) = @_;
	my @rows = db_rows('SELECT ' . join(', ', @user_cols) . " FROM users WHERE $col = "
	    . sql_str($value));
	return undef unless @rows;
	my %h;
	@h{@user_cols} = map { $_ eq 'NULL' ? undef : $_ } @{ $rows[0] };
	return \%h;
}

sub user_id {
	my ($col, $value) = @_;
	return db_value("SELECT id FROM users WHERE $col = " . sql_str($value));
}

# The SHA-256 of a session token as the sessions table keeps it (hex).
sub token_hash {
	my ($token) = @_;
	return sha256_hex($token);
}

# The number of sessions of a user id, or of the session cookie value given as token => T.
sub session_count {
	my (%by) = @_;
	return db_value("SELECT COUNT(*) FROM sessions WHERE token_hash = UNHEX('"
	    . token_hash($by{token}) . "')") if exists $by{token};
	return db_value("SELECT COUNT(*) FROM sessions WHERE user_id = " . ($by{user} + 0));
}

# failure_key(id => USER_ID) or failure_key(login => TYPED): the key (hex) the sign-in's
# failures are counted under (login.c): the keyed hash of "account:ID", or of the login
# typed, lower-cased, when it matches no account; keyed with the stack's secret.
sub failure_key {
	my ($by, $v) = @_;
	open(my $fh, '<', $ENV{DVC_CONF}) or die "$ENV{DVC_CONF}: $!";
	my ($secret) = map { /^\s*secret\s*=\s*([0-9a-f]+)/ ? $1 : () } <$fh>;
	close $fh;
	return hmac_sha256_hex($by eq 'id' ? "account:$v" : lc $v, pack('H*', $secret));
}

# failures_back(KEY, SECONDS): the failures under KEY moved SECONDS into the past.
sub failures_back {
	my ($key, $seconds) = @_;
	db_rows("UPDATE login_failures SET at = at - INTERVAL $seconds SECOND WHERE key_hash = UNHEX('$key')");
}

# failure_count(KEY): the failures under KEY in the window (15 minutes).
sub failure_count {
	my ($key) = @_;
	return db_value("SELECT COUNT(*) FROM login_failures WHERE key_hash = UNHEX('$key')"
	    . ' AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE');
}

# Failed sign-ins recorded for an address in the last 15 minutes (what throttling counts).
sub ip_failures {
	my ($ip) = @_;
	return db_value('SELECT COUNT(*) FROM login_attempts WHERE ip = ' . sql_str($ip)
	    . " AND at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE AND outcome <> 'success'");
}

# Moves the failures of an address out of the throttling window (an hour back).
sub clear_ip_failures {
	my ($ip) = @_;
	db_rows('UPDATE login_attempts SET at = at - INTERVAL 1 HOUR WHERE ip = ' . sql_str($ip));
}

# verify_path(ADDRESS[, AFTER]): the verification link of the newest message that asks
# ADDRESS to confirm itself (more than AFTER of them), from the stack's mail folder; undef
# when none came within 20 seconds.
sub verify_path {
	my ($to, $after) = @_;
	my $m = wait_mail($to, qr/^Xác nhận thư điện tử/, 20, $after) or return undef;
	return mail_link($m, '/account/verify') // mail_link($m, '/account/email');
}

# ------------------------------------------------------------------ logs

sub log_files {
	opendir(my $dh, "$VAR/log") or return ();
	my @f = map { "$VAR/log/$_" } grep { -f "$VAR/log/$_" } sort readdir $dh;
	closedir $dh;
	return @f;
}

# The log files (of those given, default all) that contain STRING (its UTF-8 bytes).
sub logs_containing {
	my ($string, @files) = @_;
	@files = log_files() unless @files;
	my $bytes = encode_utf8($string);
	my @hits;
	for my $f (@files) {
		open(my $fh, '<:raw', $f) or next;
		local $/;
		my $text = <$fh> // '';
		close $fh;
		push @hits, $f if index($text, $bytes) >= 0;
	}
	return @hits;
}

# ------------------------------------------------------------------ DVC::Account::Browser

package DVC::Account::Browser;

use Encode qw(decode_utf8 encode_utf8);
use Time::HiRes qw(time);

sub ip { $_[0]{ip} }

sub cookie {
	my ($self, $name) = @_;
	return $self->{cookies}{$name};
}

sub set_cookie {
	my ($self, $name, $value) = @_;
	if (defined $value) {
		$self->{cookies}{$name} = $value;
	} else {
		delete $self->{cookies}{$name};
	}
}

sub cookies { $_[0]{cookies} }

sub clear_cookies {
	my ($self) = @_;
	$self->{cookies} = {};
	$self->{csrf} = undef;
}

# The Set-Cookie headers of a response, each parsed: { name, value, attrs => {lc name => value},
# raw }.
sub parse_set_cookies {
	my ($res) = @_;
	my $h = $res->{headers}{'set-cookie'};
	my @raw = !defined $h ? () : ref $h ? @$h : ($h);
	my @out;
	for my $line (@raw) {
		my ($pair, @attrs) = split /;\s*/, $line;
		my ($name, $value) = split /=/, $pair, 2;
		my %a;
		for (@attrs) {
			my ($k, $v) = split /=/, $_, 2;
			$a{lc $k} = $v // 1;
		}
		push @out, { name => $name, value => $value // '', attrs => \%a, raw => $line };
	}
	return @out;
}

# request(METHOD, PATH, {headers}, BODY): sends the browser's cookies, keeps what is set.
sub request {
	my ($self, $method, $path, $headers, $content) = @_;
	my %h = %{ $headers // {} };
	if (!exists $h{Cookie} && %{ $self->{cookies} }) {
		$h{Cookie} = join '; ', map { "$_=$self->{cookies}{$_}" } sort keys %{ $self->{cookies} };
	}
	delete $h{Cookie} unless defined $h{Cookie};
	my %opt = (headers => \%h);
	$opt{content} = $content if defined $content;
	my $t0 = time;
	my $res = $self->{http}->request($method, $DVCTest::URL . $path, \%opt);
	my $raw = $res->{content} // '';
	my $body = eval { decode_utf8($raw, Encode::FB_CROAK | Encode::LEAVE_SRC) };
	my $r = {
		status => $res->{status},
		headers => $res->{headers} // {},
		raw => $raw,
		body => $body // '',
		utf8_ok => defined $body,
		location => $res->{headers}{location},
		path => $path,
		seconds => time - $t0,
	};
	$r->{set_cookies} = [parse_set_cookies($r)];
	for my $c (@{ $r->{set_cookies} }) {
		my $max_age = $c->{attrs}{'max-age'};
		if ($c->{value} eq '' || (defined $max_age && $max_age <= 0)) {
			delete $self->{cookies}{ $c->{name} };
		} else {
			$self->{cookies}{ $c->{name} } = $c->{value};
		}
	}
	if ($r->{status} == 200 && defined(my $t = DVCTest::page_csrf($r->{body}))) {
		$self->{csrf} = $t;
	}
	$self->{last} = $r;
	return $r;
}

sub get {
	my ($self, $path, $headers) = @_;
	return $self->request('GET', $path, $headers);
}

# post(PATH, [pairs], %opt): a form as a browser sends it. By default the CSRF token of the
# last page seen is added and Origin is this site. Options: csrf => TOKEN (undef: none),
# origin => URL (undef: none), referer => URL, headers => {more}.
sub post {
	my ($self, $path, $pairs, %opt) = @_;
	my @pairs = @{ $pairs // [] };
	my $csrf = exists $opt{csrf} ? $opt{csrf} : $self->{csrf};
	push @pairs, csrf => $csrf if defined $csrf;
	my %h = ('Content-Type' => 'application/x-www-form-urlencoded');
	my $origin = exists $opt{origin} ? $opt{origin} : $DVCTest::URL;
	$h{Origin} = $origin if defined $origin;
	$h{Referer} = $opt{referer} if defined $opt{referer};
	%h = (%h, %{ $opt{headers} // {} });
	return $self->request('POST', $path, \%h, DVCTest::qs(@pairs));
}

sub csrf { $_[0]{csrf} }

# Opens PATH and posts PAIRS to ACTION (default PATH) with the page's token, like a person
# filling the form in. Returns the POST's response.
sub submit {
	my ($self, $path, $pairs, %opt) = @_;
	my $page = $self->get($path);
	my $action = delete $opt{action} // do { (my $p = $path) =~ s/\?.*//; $p };
	return $self->post($action, $pairs, csrf => DVCTest::page_csrf($page->{body}), %opt);
}

# login(LOGIN, PASSWORD, next => PATH, mfa => 0): an account that must answer a second factor
# answers it (DVC::Mfa: the code of the key the tests know, or an enrolment), so the answer is
# the sign-in's 303 as for any other account; with mfa => 0, the password's answer as it is.
sub login {
	my ($self, $login, $password, %opt) = @_;
	my $page = defined $opt{next} ? '/account/login?next=' . DVCTest::url_escape($opt{next}) : '/account/login';
	my @pairs = (login => $login, password => $password);
	push @pairs, next => $opt{next} if defined $opt{next};
	my $r = $self->submit($page, \@pairs, action => '/account/login');
	return $r if defined $opt{mfa} && !$opt{mfa};
	return DVC::Mfa::second_factor($self, $r, $login);
}

# Logs out with the token of a page of the signed-in user (the header's form).
sub logout {
	my ($self) = @_;
	my $page = $self->get('/account/profile');
	return $self->post('/account/logout', [], csrf => DVCTest::page_csrf($page->{body}));
}

sub register {
	my ($self, $c, @keys) = @_;
	return $self->submit('/account/register', DVC::Account::form_body($c, @keys));
}

# signup(CITIZEN): registers, opens the link that the stack's mail folder got, signs in.
# The response of the step that failed, or of the sign-in (303 when all went well).
sub signup {
	my ($self, $c) = @_;
	my $before = scalar DVC::Account::mails_to($c->{email}, qr/^Xác nhận thư điện tử/);
	my $r = $self->register($c);
	return $r unless $r->{status} == 200 && $r->{body} =~ /Hãy kiểm tra thư điện tử/;
	my $path = DVC::Account::verify_path($c->{email}, $before) or return { %$r, status => 0 };
	$r = $self->get($path);
	return $r unless $r->{status} == 200;
	return $self->login($c->{citizen_id}, $c->{password});
}

# The session cookie's value (dvc_session over http).
sub session { $_[0]{cookies}{dvc_session} }

1;
