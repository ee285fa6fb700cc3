#!/usr/bin/perl
# tests/http/edges.t — what a client sends at the edges (issue 11, items 4, 5, 6 and 9):
#   the way back after sign-in (next) only to a page of this site that a program answers,
#   never a tab, newline, "//", backslash or scheme away to another site;
#   a request's control characters and bad UTF-8 escaped in the log, one line each;
#   text no XML page may hold (controls, noncharacters, surrogates, invalid UTF-8) refused by
#   every form, in Vietnamese, with every ?format=xml well-formed, and a User-Agent with it
#   (kept with a sign-in, shown on the profile) dropped;
#   a link shared with utm_source, fbclid, zarsrc answering the page, the page cache keeping
#   one entry for it, and POST forms as strict as before.
use strict;
use warnings;
use utf8;
use Encode qw(encode_utf8);
use FindBin;
use IO::Socket::INET;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit qw(citizen client dossier demo_user sql_str);
use DVC::Officer qw(new_dossier);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $CITIZEN = 'congdan@demo.thanhhoa.gov.vn';
my $OFFICER = 'tiepnhan.hacthanh@demo.thanhhoa.gov.vn';
my $PASSWORD = 'DemoDVC@2026';
my $BAD_CHAR = 'Địa chỉ hoặc nội dung gửi lên có ký tự không được phép';
my ($CODE) = db_col('SELECT code FROM procedures WHERE is_current = 1 ORDER BY id LIMIT 1');

# Percent-encodes bytes (not characters): for values that are not UTF-8 at all.
sub pct {
	my ($bytes) = @_;
	$bytes =~ s/([^A-Za-z0-9\-._~])/sprintf('%%%02X', ord $1)/ge;
	return $bytes;
}

# Shows a string with its controls visible, for test names.
sub shown {
	my ($s) = @_;
	$s =~ s/([\x00-\x1f\x7f\\])/sprintf('\\x%02x', ord $1)/ge;
	return $s;
}

# ------------------------------------------------------------------ (4) the way back

# Opens the sign-in page with ?next=NEXT, then signs in as LOGIN with NEXT: the page, the answer.
sub sign_in_to {
	my ($next, $login) = @_;
	my $c = client();
	my $page = $c->get('/account/login?next=' . url_escape($next));
	my $r = $c->post('/account/login', [login => $login // $CITIZEN, password => $PASSWORD, next => $next]);
	return ($page, $r);
}

subtest '(4) next: only a page of this site that a program answers' => sub {
	for my $case (
		[ '/%09/evil.example', 'a tab, percent-encoded' ],
		[ '/%0a/evil.example', 'a newline, percent-encoded' ],
		[ '/%0D%0A/evil.example', 'CR LF, percent-encoded' ],
		[ "/\t/evil.example", 'a raw tab (a browser drops it: //evil.example)' ],
		[ "/\n/evil.example", 'a raw newline' ],
		[ '//evil.example', 'another site, scheme-relative' ],
		[ '/\\evil.example', 'a backslash (a browser reads //evil.example)' ],
		[ '\\\\evil.example', 'two backslashes' ],
		[ '/%5Cevil.example', 'a backslash, percent-encoded' ],
		[ '/%2F/evil.example', 'a slash, percent-encoded' ],
		[ 'https://evil.example/', 'another site with its scheme' ],
		[ 'javascript:alert(1)', 'a javascript: URL' ],
		[ '/unknown-path', 'a path no program answers' ],
		[ '/static/dvc.css', 'a static file' ],
		[ '/account/nothing', "a path under /account/ that dvc-account has no page for" ],
		[ '/account/logout', 'the sign-out' ],
		[ '/procedures/../account/logout', 'dot segments' ],
		[ '/procedures?q=%0Aevil', 'a newline in the query' ],
		[ '/procedures?x=%2F%2Fevil.example', '"//" in the query, percent-encoded' ],
	) {
		my ($next, $what) = @$case;
		my ($page, $r) = sign_in_to($next);
		is($page->{status}, 200, "$what (" . shown($next) . "): the sign-in page opens");
		is(field_value($page->{body}, 'next') // '', '', "$what: the form does not carry it on");
		is($r->{status}, 303, "$what: signed in");
		is($r->{location}, '/account/profile', "$what: to the profile, not to it");
	}
	for my $next ('/procedures?q=khai+sinh&level=4', '/procedures?q=%C4%91%C4%83ng+k%C3%BD', "/procedures/$CODE",
	    '/submit/', '/dossiers/', '/account/profile', '/track') {
		my ($page, $r) = sign_in_to($next);
		is(field_value($page->{body}, 'next'), $next, "$next: the form carries it");
		is($r->{location}, $next, "$next: back there after sign-in");
	}
	# An officer without a way back lands on the inbox; with a bad one too.
	my (undef, $r) = sign_in_to('', $OFFICER);
	is($r->{location}, '/officer/', 'an officer without next: to the inbox');
	(undef, $r) = sign_in_to('//evil.example', $OFFICER);
	is($r->{location}, '/officer/', 'an officer with next=//evil.example: to the inbox');
	# The way core itself sends a visitor to sign in, and back.
	my $c = client();
	$r = $c->get('/submit/');
	is($r->{location}, '/account/login?next=%2Fsubmit%2F', 'a page that needs an account: to sign in, with the way back');
	$c->get($r->{location});
	$r = $c->post('/account/login', [login => $CITIZEN, password => $PASSWORD, next => '/submit/']);
	is($r->{location}, '/submit/', '… and back after signing in');
	# With a query: the inputs the page took, a space as "+", a tracking parameter left out.
	$c = client();
	$r = $c->get('/officer/?q=nguyen%20van&utm_source=zalo');
	is($r->{location}, '/account/login?next=%2Fofficer%2F%3Fq%3Dnguyen%2Bvan',
	    'the officer inbox with a search: to sign in, the way back re-encoded');
	$c->get($r->{location});
	$r = $c->post('/account/login', [login => $OFFICER, password => $PASSWORD, next => '/officer/?q=nguyen+van']);
	is($r->{location}, '/officer/?q=nguyen+van', '… and back to the search after signing in');
	# Registration takes the same check.
	my $reg = client()->get('/account/register?next=' . url_escape('/%09/evil.example'));
	is(field_value($reg->{body}, 'next') // '', '', 'the registration form does not carry next=/%09/evil.example');
};

# ------------------------------------------------------------------ (5) the log

subtest '(5) log: control characters and bad UTF-8 escaped, one request one line' => sub {
	my $off = log_size('dvc-catalogue');
	my $mark = "edges$$";
	# nginx decodes the path: the program sees a newline, an escape sequence and a byte FF.
	my $st = raw_request("GET /procedures/$mark%0AFAKE%20info:%20admin%20signed%20in%1B%5B2J%FF%0D HTTP/1.1\r\n"
	    . "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
	ok($st == 400 || $st == 404, "a path with LF, ESC, CR and FF: refused ($st)");
	my @lines = wait_until(5, sub { my @l = grep { /\Q$mark\E/ } log_since('dvc-catalogue', $off); @l ? \@l : undef });
	@lines = @{ $lines[0] // [] };
	is(scalar(grep { / access GET / } @lines), 1, 'one access line for the request') or diag(join "\n", @lines);
	my ($access) = grep { / access GET / } @lines;
	like($access // '', qr{ access GET /procedures/\Q$mark\E\\x0aFAKE info: admin signed in\\x1b\[2J\\xff\\x0d 40[04] \d+us},
	    'the path with \\x0a, \\x1b, \\xff and \\x0d in place of the bytes');
	my @all = log_since('dvc-catalogue', $off);
	is(scalar(grep { /^FAKE/ } @all), 0, 'no forged line');
	is(scalar(grep { /[\x00-\x08\x0b-\x1f\x7f]/ } @all), 0, 'no control character in the log');

	# A header: the Origin of a POST from elsewhere is logged. nginx passes on a header's bytes
	# but CR, LF and NUL.
	my $aoff = log_size('dvc-account');
	for my $case ([ 'bad UTF-8', 'utf8', "\xc3\x28\xff\xfe", qr{\\xc3\(\\xff\\xfe} ],
	    [ 'a terminal escape', 'esc', "\x1b]0;x\x07\xc3\x28", qr{\\x1b\]0;x\\x07\\xc3\(} ]) {
		my ($what, $tag, $bytes, $want) = @$case;
		my $m = "$mark-$tag";
		my $st = raw_request("POST /account/login HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://$m.example$bytes\r\n"
		    . "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 17\r\nConnection: close\r\n\r\nlogin=x&password=");
		is($st, 403, "an Origin with $what: 403 from the program");
		my $line = wait_until(5, sub { (grep { /\Q$m\E/ } log_since('dvc-account', $aoff))[0] });
		like($line // '', qr{ info: 403: foreign origin http://\Q$m\E\.example$want$}, "… logged with $what escaped, on one line");
	}
	is(scalar(grep { /[\x00-\x08\x0b-\x1f\x7f]/ } log_since('dvc-account', $aoff)), 0,
	    'no control character in the account log');
};

# ------------------------------------------------------------------ (6) text no page can hold

# The characters, as bytes in UTF-8 (or not UTF-8 at all).
my @BAD = (
	[ 'U+FFFE', "\xef\xbf\xbe" ], [ 'U+FFFF', "\xef\xbf\xbf" ], [ 'noncharacter U+FDD0', "\xef\xb7\x90" ],
	[ 'noncharacter U+1FFFF', "\xf0\x9f\xbf\xbf" ], [ 'U+0001', "\x01" ], [ 'vertical tab', "\x0b" ],
	[ 'escape', "\x1b" ], [ 'C1 control U+0085', "\xc2\x85" ], [ 'C1 control U+009B', "\xc2\x9b" ],
	[ 'a surrogate', "\xed\xa0\x80" ], [ 'invalid UTF-8', "\xc3\x28" ], [ 'byte FF', "\xff" ],
);

# A value with the bad bytes inside Vietnamese text, percent-encoded.
sub tainted {
	my ($bytes) = @_;
	return pct(encode_utf8('Nguyễn Văn ') . $bytes . encode_utf8(' An'));
}

subtest '(6) text: every form refuses what XML 1.0 forbids, and its XML stays well-formed' => sub {
	my $me = citizen();
	my $id = new_dossier(by => $me);
	my $draft = $me->new_draft(DVC::Officer::default_procedure('hacthanh')->{code});
	isnt($draft, $id, 'a submitted dossier and a draft');
	my $dcode = dossier($id)->{code};
	my $officer = demo_user($OFFICER);
	my $anon = client();
	$anon->get('/account/login');
	my $address = db_value('SELECT COALESCE(address, \'\') FROM users WHERE id = ' . $me->user_id);
	my $note = db_value("SELECT COALESCE(request_note, '') FROM dossiers WHERE id = $draft");

	# Each form: who sends it, the method and path, and the body or query around FIELD=VALUE.
	my @forms = (
		[ 'the search (GET /procedures)', $anon, 'GET', '/procedures', sub { "q=$_[0]" } ],
		[ 'sign-in (POST /account/login)', $anon, 'POST', '/account/login',
		    sub { "login=$_[0]&password=x&csrf=" . $anon->csrf } ],
		[ 'registration (POST /account/register)', $anon, 'POST', '/account/register',
		    sub { "full_name=$_[0]&citizen_id=038090001234&birth_date=1990-05-17&phone=0912345678"
		    . "&email=a%40b.vn&password=x&password2=x&consent=1&csrf=" . $anon->csrf } ],
		[ 'the profile (POST /account/profile)', $me, 'POST', '/account/profile',
		    sub { "phone=0912345678&email=a%40b.vn&address=$_[0]&csrf=" . $me->csrf } ],
		[ "a draft's information (POST /submit/$draft/info)", $me, 'POST', "/submit/$draft/info",
		    sub { "request_note=$_[0]&csrf=" . $me->csrf } ],
		[ "a dossier's feedback (POST /dossiers/…/feedback)", $me, 'POST', "/dossiers/$dcode/feedback",
		    sub { "body=$_[0]&csrf=" . $me->csrf } ],
		[ "the officer's inbox search (GET /officer/)", $officer, 'GET', '/officer/', sub { "q=$_[0]" } ],
		[ 'a forgotten password (POST /account/forgot)', $anon, 'POST', '/account/forgot',
		    sub { "login=$_[0]&csrf=" . $anon->csrf } ],
		[ 'the public lookup (POST /track)', $anon, 'POST', '/track',
		    sub { "code=H56&digits=$_[0]&csrf=" . $anon->csrf } ],
		[ "a draft's delivery (POST /submit/$draft/delivery)", $me, 'POST', "/submit/$draft/delivery",
		    sub { "channel=postal&postal_recipient=$_[0]&csrf=" . $me->csrf } ],
		[ "a dossier's rating (POST /dossiers/…/rate)", $me, 'POST', "/dossiers/$dcode/rate",
		    sub { "level=good&comment=$_[0]&csrf=" . $me->csrf } ],
		[ "a withdrawal's note (POST /dossiers/…/move)", $me, 'POST', "/dossiers/$dcode/move",
		    sub { "move=withdraw&note=$_[0]&csrf=" . $me->csrf } ],
		[ "an officer's move note (POST /officer/dossiers/$id/move)", $officer, 'POST',
		    "/officer/dossiers/$id/move", sub { "move=accept&version=1&note=$_[0]&csrf=" . $officer->csrf } ],
		[ "an officer's answer (POST /officer/dossiers/$id/feedback)", $officer, 'POST',
		    "/officer/dossiers/$id/feedback", sub { "feedback=1&answer=$_[0]&csrf=" . $officer->csrf } ],
	);
	for my $f (@forms) {
		my ($form, $client, $method, $path, $fill) = @$f;
		my @wrong;
		for my $b (@BAD) {
			my ($what, $bytes) = @$b;
			my $pairs = $fill->(tainted($bytes));
			my $r = $method eq 'GET'
			    ? $client->request('GET', "$path?$pairs&format=xml", {})
			    : $client->request('POST', "$path?format=xml", { 'Content-Type' => 'application/x-www-form-urlencoded',
				Origin => $URL }, $pairs);
			my $xml_ok = do { local $SIG{__WARN__} = sub { }; xml_wellformed($r->{raw}) };
			push @wrong, "$what: $r->{status}" . ($xml_ok ? '' : ', not well-formed')
			    . ($r->{raw} =~ m{<message code="input\.bad_char"/>} ? '' : ', no input.bad_char')
			    unless $r->{status} == 400 && $xml_ok && $r->{raw} =~ m{<message code="input\.bad_char"/>};
		}
		is_deeply(\@wrong, [], "$form: " . scalar(@BAD) . ' characters refused (400, input.bad_char, well-formed XML)');
	}
	# The page a person sees.
	my $r = $me->request('POST', '/account/profile', { 'Content-Type' => 'application/x-www-form-urlencoded',
	    Origin => $URL }, "phone=0912345678&email=a%40b.vn&address=" . tainted("\xef\xbf\xbe") . '&csrf=' . $me->csrf);
	error_page_ok($r, 400, 'the profile with U+FFFE', $BAD_CHAR);
	# Nothing changed.
	is(db_value('SELECT COALESCE(address, \'\') FROM users WHERE id = ' . $me->user_id), $address, 'the profile unchanged');
	is(db_value("SELECT COALESCE(request_note, '') FROM dossiers WHERE id = $draft"), $note, 'the draft unchanged');
	# The path is text too: echoed in every page's XML.
	for my $b (@BAD[0, 1, 4, 7]) {
		my $x = get('/procedures/' . pct($b->[1]) . '?format=xml');
		ok($x->{status} == 400 && xml_wellformed($x->{raw}), "a path with $b->[0]: 400, well-formed XML ($x->{status})");
	}
	# Characters next to the refused ones stay welcome.
	$r = get('/procedures?format=xml&q=' . pct(encode_utf8("khai sinh \x{FDCF}\x{FDF0}\x{FFFD}\t\x{1F600}")));
	ok($r->{status} == 200 && xml_wellformed($r->{raw}), 'U+FDCF, U+FDF0, U+FFFD, a tab and an emoji: searched (200)');
};

# raw_http(BYTES): a request written on the socket as it is (HTTP::Tiny sends no control or
# 8-bit byte in a header); the answer's status, headers (lower-case names) and body.
sub raw_http {
	my ($bytes) = @_;
	my ($host, $port) = $URL =~ m{^http://([^:/]+):(\d+)} or die "DVC_URL: $URL";
	my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp', Timeout => 20)
	    or die "connect: $!";
	print {$s} $bytes;
	my $all = do { local $/; <$s> } // '';
	close $s;
	my ($head, $body) = split /\r\n\r\n/, $all, 2;
	my ($status) = ($head // '') =~ m{^HTTP/1\.[01] (\d{3})};
	my %h;
	push @{ $h{ lc $1 } }, $2 while ($head // '') =~ /^([^:\r\n]+):[ \t]*(.*?)\r?$/mg;
	return { status => $status // 0, headers => \%h, body => $body // '' };
}

subtest '(6) text: a User-Agent kept with a sign-in and shown on the profile' => sub {
	for my $case ([ 'bytes that are not UTF-8', "Mozilla/5.0 \xff\xfe" ], [ 'U+FFFE', "Mozilla/5.0 \xef\xbf\xbe" ],
	    [ 'a control character', "Mozilla/5.0 \x01\x1b[2J" ],
	    [ '301 bytes of which byte 255 cuts a letter', 'a' . encode_utf8('ệ' x 100) ]) {
		my ($what, $ua) = @$case;
		my $c = client();
		$c->get('/account/login');
		my $body = DVCTest::qs(login => $CITIZEN, password => $PASSWORD, csrf => $c->csrf);
		my $cookies = join '; ', map { "$_=$c->{cookies}{$_}" } sort keys %{ $c->{cookies} };
		my ($host) = $URL =~ m{^http://([^/]+)};
		my $r = raw_http("POST /account/login HTTP/1.1\r\nHost: $host\r\nUser-Agent: $ua\r\n"
		    . "Origin: $URL\r\nCookie: $cookies\r\nContent-Type: application/x-www-form-urlencoded\r\n"
		    . 'Content-Length: ' . length($body) . "\r\nConnection: close\r\n\r\n$body");
		is($r->{status}, 303, "a User-Agent with $what: signed in");
		my ($session) = map { /^dvc_session=([^;]+)/ ? $1 : () } @{ $r->{headers}{'set-cookie'} // [] };
		ok(defined $session, "… with a session");
		$c->{cookies}{dvc_session} = $session if defined $session;
		my $p = $c->get('/account/profile?format=xml');
		ok($p->{status} == 200 && xml_wellformed($p->{raw}), "… the profile's XML, with the sign-ins, well-formed");
		ok($p->{utf8_ok}, '… and UTF-8');
	}
};

# ------------------------------------------------------------------ (9) links shared with tracking parameters

my $TRACKING = 'utm_source=facebook&utm_medium=social&utm_campaign=dvc-2026&utm_content=a%2Fb&fbclid=IwAR2xYz_-0Q'
    . '&gclid=Cj0KCQiA&zarsrc=30&utm_term=50%25+off&_hsenc=p2ANqtz';

subtest '(9) tracking parameters: the page, not 400; POST forms stay strict' => sub {
	for my $path ('/', '/procedures?q=khai+sinh', "/procedures/$CODE", '/account/login?next=%2Fsubmit%2F',
	    '/account/privacy', '/track') {
		my $plain = get($path);
		my $sep = $path =~ /\?/ ? '&' : '?';
		my $r = get("$path$sep$TRACKING");
		is($r->{status}, 200, "$path with utm_*, fbclid, gclid, zarsrc: 200");
		if ($path !~ m{^/(account|track)}) {
			ok($r->{raw} eq $plain->{raw}, "$path: the very page without them");
		}
	}
	my $login = get("/account/login?next=%2Fsubmit%2F&$TRACKING");
	is(field_value($login->{body}, 'next'), '/submit/', 'the sign-in page keeps next, drops the rest');
	# A dossier's pages: the public one from the receipt's QR code, and the applicant's own.
	my $me = citizen();
	my $id = new_dossier(by => $me);
	my $d = dossier($id);
	my ($token) = db_col("SELECT track_token FROM dossiers WHERE id = $id");
	is(get("/track/$token?$TRACKING")->{status}, 200, 'the public page of a dossier (/track/TOKEN) with them: 200');
	is($me->get("/dossiers/$d->{code}?$TRACKING")->{status}, 200, "the applicant's dossier page with them: 200");
	is($me->get("/dossiers/$d->{code}?msg=bad%20value&utm_source=x")->{status}, 400,
	    'a declared key with a bad value is still refused');
	# A POST is a form of ours: an unknown key is refused, in the body or the query string.
	my $c = client();
	$c->get('/account/login');
	my $r = $c->post('/account/login', [login => $CITIZEN, password => $PASSWORD, utm_source => 'x']);
	is($r->{status}, 400, 'POST /account/login with utm_source in the body: 400');
	$r = $c->request('POST', '/account/login?fbclid=x', { 'Content-Type' => 'application/x-www-form-urlencoded',
	    Origin => $URL }, DVCTest::qs(login => $CITIZEN, password => $PASSWORD, csrf => $c->csrf));
	is($r->{status}, 400, 'POST /account/login?fbclid=x: 400');
};

subtest '(9) the page cache: tracking parameters make no new entry' => sub {
	my @workers = workers_of('dvc-catalogue');
	my $path = "/procedures/$CODE";
	my $off = log_size('dvc-catalogue');
	my $n = 24;
	for my $i (1 .. $n) {
		my $r = get("$path?fbclid=IwAR$i$$&utm_source=zalo&utm_campaign=c$i&zarsrc=$i");
		is($r->{status}, 200, "request $i with its own fbclid: 200") or last;
	}
	my @lines = wait_until(5, sub {
		my @l = grep { / access GET \Q$path\E 200 / } log_since('dvc-catalogue', $off);
		@l >= $n ? \@l : undef;
	});
	@lines = @{ $lines[0] // [] };
	my $miss = grep { / cache=miss\b/ } @lines;
	my $hit = grep { / cache=hit\b/ } @lines;
	is(scalar @lines, $n, "$n access lines");
	cmp_ok($miss, '<=', scalar @workers, "at most one miss a worker ($miss misses, " . scalar(@workers) . ' workers)');
	is($hit, $n - $miss, "the rest from the cache ($hit hits)");
	# Keys of the route in another order are the same page too.
	$off = log_size('dvc-catalogue');
	get('/procedures?q=khai+sinh&level=4') for 1 .. 4;
	get('/procedures?level=4&q=khai+sinh&utm_source=x') for 1 .. 4;
	my @search = wait_until(5, sub {
		my @l = grep { / access GET \/procedures 200 / } log_since('dvc-catalogue', $off);
		@l >= 8 ? \@l : undef;
	});
	my $smiss = grep { / cache=miss\b/ } @{ $search[0] // [] };
	cmp_ok($smiss, '<=', scalar @workers, "the search in either order: at most one miss a worker ($smiss)");
};

done_testing();
