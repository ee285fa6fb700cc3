#!/usr/bin/env perl
# tests/unit/transactions.t — every transaction of the programs runs through core's
# db_transaction(), which runs it again after a deadlock or a lock-wait timeout (issue 11,
# item 11): no program, nor dvcctl's catalogue commands, opens, commits or rolls back one by
# hand; db_begin(), db_commit() and db_rollback() are db.c's own (static).
use strict;
use warnings;
use FindBin;
use Test::More;

my $repo = "$FindBin::Bin/../..";
chdir $repo or die "$repo: $!";

my @files = grep { $_ ne 'modules/core/db.c' } glob('modules/*/*.c');
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
is(scalar @found, 0, 'no db_begin(), db_commit() or db_rollback() outside db.c')
    or diag(join '', @found);

done_testing;
