#!/usr/bin/perl
# tests/bench/gen-queries.pl N < names — N distinct search queries made from procedure names
# (one a line on stdin, UTF-8), as a wrk Lua script that asks them in turn: 1 to 4 consecutive
# words of a name, mostly without diacritics, some in capitals, some with the last word cut
# short as while typing. Deterministic (srand 42), for comparable runs.
use strict;
use warnings;
use utf8;
use Unicode::Normalize qw(NFD);

binmode(STDIN, ':encoding(UTF-8)');
my $want = shift // 3000;
srand(42);
my @names = map { chomp; [ grep { /\w/ } split /[\s,;:()\/.]+/ ] } <STDIN>;
@names = grep { @$_ >= 1 } @names;
die "gen-queries: no names on stdin\n" unless @names;

sub plain {
	my ($s) = @_;
	$s =~ s/đ/d/g;
	$s =~ s/Đ/D/g;
	$s = NFD($s);
	$s =~ s/\p{Mn}//g;
	return $s;
}

sub url {
	my ($s) = @_;
	utf8::encode($s);
	$s =~ s/([^A-Za-z0-9_.~-])/$1 eq ' ' ? '+' : sprintf('%%%02X', ord $1)/ge;
	return $s;
}

my (%seen, @q);
for (my $tries = 0; @q < $want && $tries < $want * 50; $tries++) {
	my $w = $names[int rand @names];
	my $len = 1 + int rand 4;
	$len = @$w if $len > @$w;
	my $start = int rand(@$w - $len + 1);
	my @words = map { lc } @$w[$start .. $start + $len - 1];
	my $r = rand;
	if ($r < 0.25 && length $words[-1] > 2) {	# the last word being typed
		$words[-1] = substr($words[-1], 0, 2 + int rand(length($words[-1]) - 2));
	}
	my $q = join ' ', @words;
	$q = plain($q) if rand() < 0.8;
	$q = uc $q if rand() < 0.15;
	next if $seen{$q}++;
	push @q, $q;
}
die "gen-queries: only " . scalar(@q) . " distinct queries\n" if @q < $want;
print "-- ", scalar(@q), " distinct queries made from procedure names\nlocal paths = {\n";
print "\t\"/procedures?q=", url($_), "\",\n" for @q;
print "}\nlocal i = 0\n",
    "request = function()\n\ti = i % #paths + 1\n\treturn wrk.format(\"GET\", paths[i])\nend\n";
