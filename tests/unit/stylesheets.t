#!/usr/bin/env perl
# tests/unit/stylesheets.t — every word a view shows is defined in what that view compiles.
#
# libxslt compiles a stylesheet that refers to an undefined variable and only fails when the
# branch using it renders, so a word put in the wrong i18n file would pass the programs'
# start-up and break a page later. For each view (xslt/*.xsl but layout.xsl and the
# *-common.xsl pieces), follow its imports and includes, and check: every $t.* it refers to
# is defined exactly once in that tree; every word of an i18n file is used by some view
# that includes the file (no dead words); every stylesheet's Vietnamese is in NFC.
use strict;
use warnings;
use FindBin;
use File::Basename qw(dirname);
use File::Spec;
use Test::More;
use Unicode::Normalize qw(NFC);

my $dir = File::Spec->rel2abs("$FindBin::Bin/../../xslt");
my %cache;

# The references, definitions and children (imports, includes) of one stylesheet file.
sub load {
	my ($path) = @_;
	$path = File::Spec->canonpath($path);
	return $cache{$path} if $cache{$path};
	open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!";
	my $text = do { local $/; <$fh> };
	(my $name = $path) =~ s{.*/xslt/}{};
	ok(NFC($text) eq $text, "$name: NFC");
	$text =~ s/<!--.*?-->//gs;
	my (%refs, @defs, @kids);
	while ($text =~ m{<xsl:(import|include)\s+href="([^"]+)"}g) {
		push @kids, File::Spec->canonpath(dirname($path) . "/$2");
	}
	while ($text =~ m{<xsl:(?:variable|param)\s+name="(t\.[^"]+)"}g) {
		push @defs, $1;
	}
	# References: $t.x in attributes and text, minus the definitions' own names.
	while ($text =~ m{\$(t\.[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])}g) {
		$refs{$1} = 1;
	}
	return $cache{$path} = { refs => \%refs, defs => \@defs, kids => \@kids };
}

sub tree {
	my ($path, $seen) = @_;
	$seen //= [];
	push @$seen, File::Spec->canonpath($path);
	tree($_, $seen) for @{ load($path)->{kids} };
	return $seen;
}

opendir(my $dh, $dir) or die "$dir: $!";
my @views = sort grep { /\.xsl$/ && $_ ne 'layout.xsl' && !/-common\.xsl$/ } readdir $dh;
closedir $dh;
ok(@views >= 10, scalar(@views) . ' views found');

my %used_by_includer;	# i18n file => { word => 1 } used by some view that includes it
for my $view (@views) {
	my @files = @{ tree("$dir/$view") };
	my (%defined, %refs);
	for my $f (@files) {
		my $l = load($f);
		$defined{$_}++ for @{ $l->{defs} };
		$refs{$_} = 1 for keys %{ $l->{refs} };
	}
	my @undefined = sort grep { !$defined{$_} } keys %refs;
	my @twice = sort grep { $defined{$_} > 1 } keys %defined;
	ok(!@undefined, "$view: every word it uses is defined") or diag("undefined: @undefined");
	ok(!@twice, "$view: no word defined twice") or diag("twice: @twice");
	for my $f (grep { m{/i18n/} } @files) {
		$used_by_includer{$f}{$_} = 1 for grep { $refs{$_} } @{ load($f)->{defs} };
	}
}
for my $f (sort keys %used_by_includer) {
	my @dead = grep { !$used_by_includer{$f}{$_} } @{ load($f)->{defs} };
	my $name = $f =~ s{.*/xslt/}{}r;
	ok(!@dead, "$name: every word is used by a view that includes it") or diag("unused: @dead");
}
done_testing();
