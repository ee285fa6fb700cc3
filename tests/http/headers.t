#!/usr/bin/env perl
# tests/http/headers.t — every answer carries the portal's security headers, not only the
# programs' pages: the programs' redirects, nginx's own redirects and nginx's own error pages
# (400, 404, 405, 413, 414, and 502 when a program is down), those with a Vietnamese page. The
# province's snippet routes only to programs that exist. Behind a TLS-terminating proxy,
# trust_proxy_scheme = yes in dvc.conf makes the X-Forwarded-Proto that nginx passes count,
# so the cookies are Secure and __Host-; without it the header changes nothing.
use strict;
use warnings;
use utf8;

use FindBin;
use lib "$FindBin::Bin/lib";
use Encode qw(decode_utf8);
use IO::Socket::INET;
use POSIX ();
use Test::More;

use DVCTest;
use DVC::Account;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# ------------------------------------------------------------------ helpers

# A whole request written on a fresh connection; the answer parsed (status, lower-cased
# headers, the body decoded).
sub raw {
	my ($bytes) = @_;
	my ($host, $port) = $URL =~ m{^http://([^:/]+):(\d+)} or die "DVC_URL: $URL";
	my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp',
	    Timeout => 10) or die "connect: $!";
	$s->autoflush(1);
	print {$s} $bytes;
	local $/;
	local $SIG{ALRM} = sub { die "timeout\n" };
	alarm 20;
	my $text = <$s> // '';
	alarm 0;
	close $s;
	my ($head, $body) = split /\r\n\r\n/, $text, 2;
	my ($status) = ($head // '') =~ m{^HTTP/1\.[01] (\d{3})};
	my %h;
	for (split /\r\n/, $head // '') {
		$h{lc $1} = $2 if /^([^:]+):\s*(.*)$/;
	}
	return { status => $status // 0, headers => \%h, raw => $body // '',
	    body => eval { decode_utf8($body // '', Encode::FB_CROAK) } // '' };
}

# nginx's own page: the status, the headers, HTML in Vietnamese with its title.
sub nginx_page_ok {
	my ($r, $status, $title, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	subtest "$name: $status, nginx's Vietnamese page with the headers" => sub {
		is($r->{status}, $status, "status $status") or diag(substr($r->{body} // '', 0, 300));
		like($r->{headers}{'content-type'} // '', qr{^text/html; charset=utf-8}i, 'HTML in UTF-8');
		like($r->{body}, qr{<html lang="vi"}, 'lang="vi"');
		like($r->{body}, qr{<h1>\Q$title\E</h1>}, "the heading '$title'");
		unlike($r->{body}, qr{<center>nginx</center>}, "not nginx's own English page");
		security_headers_ok($r, 'nginx page');
		like($r->{headers}{'permissions-policy'} // '', qr/camera=\(\)/, 'Permissions-Policy');
	};
}

# ------------------------------------------------------------------ the snippet's programs

{
	open(my $fh, '<:encoding(UTF-8)', "$ENV{DVC_REPO}/conf/nginx/dvc.conf") or die "dvc.conf: $!";
	my %routed;
	while (my $line = <$fh>) {
		next if $line =~ /^\s*#/;
		$routed{$1}++ while $line =~ m{fastcgi_pass\s+unix:\@RUN\@/([\w-]+)\.sock}g;
	}
	close $fh;
	ok(scalar(keys %routed) >= 8, 'the snippet routes to the programs (' . join(' ', sort keys %routed) . ')');
	for my $p (sort keys %routed) {
		(my $module = $p) =~ s/^dvc-//;
		ok(-d "$ENV{DVC_REPO}/modules/$module" && -x "$ENV{DVC_BIN}/$p",
		    "the snippet routes only to programs that exist: $p");
	}
	# The paths of a program that does not exist are nginx's 404, not a 502.
	nginx_page_ok(get('/stats'), 404, 'Không tìm thấy trang', '/stats (no such program)');
}

# ------------------------------------------------------------------ redirects

# The programs' 303s: headers, no cache, no body.
for my $case (['GET', '/dossiers/', 'a page that needs a sign-in'],
    ['GET', '/account/', "the account's home"],
    ['GET', '/submit/', '"/submit/" leads to the dossiers']) {
	my ($method, $path, $what) = @$case;
	my $r = request($method, $path);
	is($r->{status}, 303, "$path ($what): 303");
	ok(defined $r->{headers}{location}, "$path: a Location");
	security_headers_ok($r, "$path (a program's 303)");
	like($r->{headers}{'cache-control'} // '', qr/no-store/, "$path: the 303 is not stored");
}

# A 303 that signs in and out: the Set-Cookie with the headers.
{
	my $b = browser();
	my $c = new_citizen();
	my $r = $b->register($c);
	$r = $b->login($c->{citizen_id}, $c->{password});
	is($r->{status}, 303, 'sign-in: 303');
	security_headers_ok($r, "the sign-in's 303");
	$r = $b->logout;
	is($r->{status}, 303, 'sign-out: 303');
	security_headers_ok($r, "the sign-out's 303");
}

# nginx's own redirects: the section typed without its slash, a directory of static files.
for my $case (['/account', '/account/'], ['/officer', '/officer/'], ['/admin', '/admin/'],
    ['/static/forms', '/static/forms/']) {
	my ($path, $to) = @$case;
	my $r = get($path);
	nginx_page_ok($r, 301, 'Trang đã chuyển', "$path (nginx's redirect)");
	is($r->{headers}{location}, $to, "$path: Location $to, a path");
}

# ------------------------------------------------------------------ nginx's error pages

nginx_page_ok(get('/no-such-page'), 404, 'Không tìm thấy trang', 'a path no program serves');
nginx_page_ok(get('/static/no-such-file.css'), 404, 'Không tìm thấy trang', 'a static file that does not exist');
nginx_page_ok(request('POST', '/static/dvc.css', { 'Content-Type' => 'application/x-www-form-urlencoded' }, 'a=b'),
    405, 'Phương thức không được hỗ trợ', 'a POST to a static file');
nginx_page_ok(post('/account/login', 'login=' . ('x' x (1024 * 1024 + 10))), 413,
    'Dữ liệu gửi lên quá lớn', 'a form body over 1 MB');
nginx_page_ok(get('/procedures?q=' . ('a' x 20000)), 414, 'Địa chỉ quá dài', 'a URL of 20 000 bytes');
nginx_page_ok(raw("GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n"), 400,
    'Yêu cầu không hợp lệ', 'a malformed header line');
nginx_page_ok(raw("GET /procedures HTTP/1.1\r\nHost: x\r\nCookie: " . ('a' x 20000) . "\r\nConnection: close\r\n\r\n"),
    400, 'Yêu cầu không hợp lệ', 'a header of 20 000 bytes');

# A program that is down: 502 with the page "temporarily interrupted", then back.
{
	ok(stop_program('dvc-admin'), 'dvc-admin stopped');
	nginx_page_ok(get('/admin/'), 502, 'Hệ thống tạm thời gián đoạn', 'a program that is down');
	ok(start_program('dvc-admin'), 'dvc-admin started again');
	is(get('/admin/')->{status}, 303, 'and it answers again');
}

# ------------------------------------------------------------------ behind a TLS proxy

# The cookies a response sets: name => the Set-Cookie line.
sub cookies_of {
	my ($r) = @_;
	my %c;
	$c{ $_->{name} } = $_ for DVC::Account::Browser::parse_set_cookies($r);
	return \%c;
}

my $https = { 'X-Forwarded-Proto' => 'https' };
{
	# The stack's default: trust_proxy_scheme = no. nginx passes the header on (the dev
	# stack's dvc-zones.conf is set as behind a proxy), the programs ignore it.
	my $c = cookies_of(get('/account/login', $https));
	ok($c->{dvc_csrf} && !$c->{'__Host-dvc_csrf'}, 'setting off: X-Forwarded-Proto: https is ignored (dvc_csrf)');
	ok($c->{dvc_csrf} && !exists $c->{dvc_csrf}{attrs}{secure}, 'setting off: not Secure');
}
{
	ok(stop_program('dvc-account') && start_program('dvc-account', trust_proxy_scheme => 'yes'),
	    'dvc-account restarted with trust_proxy_scheme = yes');
	my $c = cookies_of(get('/account/login', $https));
	ok($c->{'__Host-dvc_csrf'}, 'setting on, X-Forwarded-Proto: https: the cookie is __Host-dvc_csrf');
	ok($c->{'__Host-dvc_csrf'} && $c->{'__Host-dvc_csrf'}{attrs}{secure}, '… and Secure');
	ok($c->{'__Host-dvc_csrf'} && ($c->{'__Host-dvc_csrf'}{attrs}{path} // '') eq '/' &&
	    !exists $c->{'__Host-dvc_csrf'}{attrs}{domain}, '… with Path=/ and no Domain (as __Host- requires)');
	for my $proto ('http', 'ftp', 'https, http', undef) {
		my $c2 = cookies_of(get('/account/login', defined $proto ? { 'X-Forwarded-Proto' => $proto } : {}));
		ok($c2->{dvc_csrf} && !$c2->{'__Host-dvc_csrf'},
		    'setting on, X-Forwarded-Proto ' . ($proto // 'absent') . ': plain cookies');
	}

	# A sign-in through the proxy: the Origin is https://, the session cookie __Host- and Secure.
	my $who = new_citizen();
	browser()->register($who);
	my $b = browser();
	my $page = $b->get('/account/login', $https);
	my $r = $b->post('/account/login', [login => $who->{citizen_id}, password => $who->{password}],
	    csrf => page_csrf($page->{body}), origin => ($URL =~ s{^http:}{https:}r), headers => $https);
	is($r->{status}, 303, 'a sign-in behind the proxy: 303') or diag(text_of($r->{body}));
	my $s = cookies_of($r)->{'__Host-dvc_session'};
	ok($s && $s->{attrs}{secure} && $s->{attrs}{httponly}, '… the session cookie is __Host-dvc_session, Secure, HttpOnly');
	$r = $b->get('/account/profile', $https);
	is($r->{status}, 200, '… and it signs in the pages that come through the proxy');
	$r = $b->post('/account/login', [login => $who->{citizen_id}, password => $who->{password}],
	    csrf => page_csrf($page->{body}), origin => $URL, headers => $https);
	is($r->{status}, 403, 'an http:// Origin behind the proxy is foreign: 403');

	ok(stop_program('dvc-account') && start_program('dvc-account'), 'dvc-account back to the stack’s dvc.conf');
	my $c3 = cookies_of(get('/account/login', $https));
	ok($c3->{dvc_csrf} && !$c3->{'__Host-dvc_csrf'}, 'setting off again: the header is ignored');
}

done_testing();
