#!/usr/bin/perl
# Compression: nginx gzips the catalogue's pages (HTML and XML) and the stylesheet for a
# client that accepts it, and the page unpacks to the very page sent uncompressed. Never a
# page that may carry the CSRF token beside reflected input (BREACH): not the catalogue with
# a session cookie, not the account's or the tracking forms.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use IO::Uncompress::Gunzip qw(gunzip);
use DVCTest;

my %gz = ('Accept-Encoding' => 'gzip');
for my $path ('/', '/procedures?q=khai+sinh', '/procedures/1.001193.000.00.00.H56',
    '/procedures?q=khai+sinh&format=xml', '/static/dvc.css') {
	my $r = get($path, \%gz);
	is($r->{status}, 200, "$path: 200");
	is($r->{headers}{'content-encoding'} // '', 'gzip', "$path: gzip");
	my $vary = $r->{headers}{vary} // '';
	$vary = join ', ', @$vary if ref $vary;
	like($vary, qr/Accept-Encoding/i, "$path: Vary: Accept-Encoding");
	my $plain = get($path);
	is($plain->{headers}{'content-encoding'} // '', '', "$path: plain to a client without gzip");
	my $out;
	ok(gunzip(\$r->{raw} => \$out), "$path: unpacks");
	ok(defined $out && $out eq $plain->{raw}, "$path: to the same bytes")
	    or diag(length($out // ''), ' vs ', length($plain->{raw}));
	cmp_ok(length $r->{raw}, '<', length($plain->{raw}) / 2, "$path: less than half the size");
}

for my $case ([ '/', { %gz, Cookie => 'dvc_session=' . ('0' x 64) } ],
    [ '/procedures?q=khai+sinh', { %gz, Cookie => 'dvc_session=' . ('0' x 64) } ],
    [ '/account/login', \%gz ], [ '/track', \%gz ]) {
	my ($path, $h) = @$case;
	my $r = get($path, $h);
	my $why = $h->{Cookie} ? 'a session cookie' : 'a form';
	is($r->{headers}{'content-encoding'} // '', '', "$path ($why): not compressed");
}

done_testing();
