#!/usr/bin/perl
# The stylesheets are compiled once, by a program's master before it forks its workers (they
# share them); SIGHUP has the master compile them again from their files before it forks the
# new workers, so an upgrade's stylesheets serve at once, and one that does not compile leaves
# those in use, logged. dvc-catalogue runs here on a copy of the stack's stylesheets
# (xslt_dir), changed by the test, and goes back to the stack's at the end.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my ($xslt) = map { /^\s*xslt_dir\s*=\s*(\S+)/ ? $1 : () } do {
	open(my $fh, '<', $ENV{DVC_CONF}) or die "$ENV{DVC_CONF}: $!";
	<$fh>;
};
ok(defined $xslt && -f "$xslt/error.xsl", "the stack's stylesheets ($xslt)");
my $copy = "$VAR/tmp/reload-xslt";
system('rm', '-rf', $copy) == 0 or die "rm $copy";
system('cp', '-RL', $xslt, $copy) == 0 or die "cp $xslt $copy";

# error.xsl with a line of its own at the top of every error page, or broken.
sub error_xsl {
	my ($how) = @_;
	open(my $in, '<:raw', "$xslt/error.xsl") or die "$xslt/error.xsl: $!";
	my $text = do { local $/; <$in> };
	close $in;
	$text =~ s{(<xsl:template match="page" mode="main">)}{$1<p id="reload-mark">$how</p>} or die 'no main template'
	    if $how ne 'broken';
	$text .= "<broken" if $how eq 'broken';
	open(my $out, '>:raw', "$copy/error.xsl") or die "$copy/error.xsl: $!";
	print {$out} $text;
	close $out;
}

# A SIGHUP to the master, until every worker is a new one.
sub hup {
	my @before = workers_of('dvc-catalogue');
	my %old = map { ($_ => 1) } @before;
	kill 'HUP', master_pid('dvc-catalogue');
	return wait_until(15, sub { my @w = workers_of('dvc-catalogue'); @w == @before && !grep { $old{$_} } @w });
}

my $missing = '/procedures/9.999999.000.00.00.H99';
sub mark { my ($r) = @_; return $r->{body} =~ m{<p id="reload-mark">([^<]*)</p>} ? $1 : '' }

ok(stop_program('dvc-catalogue') && start_program('dvc-catalogue', xslt_dir => $copy),
    'dvc-catalogue started on a copy of the stylesheets');
my $r = get($missing);
is($r->{status}, 404, 'an unknown procedure: 404');
is(mark($r), '', '… the error page as it was');

error_xsl('phiên bản mới');
is(mark(get($missing)), '', 'a stylesheet changed on disk: the workers keep what the master compiled');
ok(hup(), 'SIGHUP: every worker replaced');
$r = get($missing);
is($r->{status}, 404, 'after SIGHUP: 404');
is(mark($r), 'phiên bản mới', '… with the new stylesheet');

my $log = log_size('dvc-catalogue');
error_xsl('broken');
ok(hup(), 'a stylesheet that does not compile, SIGHUP: every worker replaced');
$r = get($missing);
is($r->{status}, 404, 'the error page still renders: 404');
is(mark($r), 'phiên bản mới', '… with the stylesheets in use before');
like(join("\n", log_since('dvc-catalogue', $log)), qr/error\.xsl: stylesheet does not compile.*the stylesheets in use are kept/s,
    'the log says which stylesheet did not compile, and that the others were kept');
is(get('/procedures/1.001193.000.00.00.H56')->{status}, 200, 'the catalogue keeps serving its pages');

ok(stop_program('dvc-catalogue') && start_program('dvc-catalogue'), "dvc-catalogue back on the stack's stylesheets");
is(mark(get($missing)), '', '… and its error page');
system('rm', '-rf', $copy);

done_testing();
