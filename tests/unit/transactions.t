#!/usr/bin/env perl
# tests/unit/transactions.t — every transaction of the programs runs through core's
# db_transaction(), which runs it again after a deadlock or a lock-wait timeout (issue 11,
# item 11): no program opens, commits or rolls back one by hand. db.c has the calls, and
# dvcctl's scripts may hold one by hand (a catalogue import, run by an operator).
use strict;
use warnings;
use FindBin;
use Test::More;

my $repo = "$FindBin::Bin/../..";
chdir $repo or die "$repo: $!";

my @files = grep { $_ ne 'modules/core/db.c' && !m{^modules/dvcctl/} } glob('modules/*/*.c');
ok(@files > 30, scalar(@files) . ' C files of core and the programs read');
my @found;
for my $f (@files) {
	open(my $fh, '<', $f) or die "$f: $!";
	my $n = 0;
	while (my $line = <$fh>) {
		$n++;
		next if $line =~ m{^\s*(/?\*|//)};	# a comment's line
		push @found, "$f:$n: $line" if $line =~ /\bdb_(begin|commit|rollback)\s*\(/;
	}
	close $fh;
}
is(scalar @found, 0, 'no db_begin(), db_commit() or db_rollback() outside db.c and dvcctl')
    or diag(join '', @found);

done_testing;
