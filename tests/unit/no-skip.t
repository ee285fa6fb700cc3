#!/usr/bin/env perl
# tests/unit/no-skip.t — a run of the tests never passes by skipping what it could not do: a
# program that is missing (502), node, npm or Chromium missing, node too old for the pinned
# playwright-core, fail; `make deps` installs the browser tests' node modules. Whole suites
# skip only when run outside tests/run (no stack to test at all).
use strict;
use warnings;
use FindBin;
use File::Temp qw(tempdir);
use Test::More;

my $repo = "$FindBin::Bin/../..";
chdir $repo or die "$repo: $!";

# ------------------------------------------------------------------ skips in the test files

# The only reasons a test file may skip: it is not run by tests/run.
my $allowed = qr/is not set: run (these tests|it) through tests\/run/;
my @files = (glob('tests/http/*.t'), glob('tests/http/lib/*.pm'), glob('tests/http/lib/DVC/*.pm'),
    glob('tests/browser/*.t'), glob('tests/browser/*.mjs'), glob('tests/browser/lib/*.pm'));
ok(@files > 20, scalar(@files) . ' test files read');
for my $f (@files) {
	open(my $fh, '<:encoding(UTF-8)', $f) or die "$f: $!";
	my $n = 0;
	while (my $line = <$fh>) {
		$n++;
		next if $line =~ /^\s*(#|\/\/)/;
		next unless $line =~ /\bskip_all\b|\bSKIP\b|\bskip\s*\(|\bskip\s+['"]|skipAll\s*\(/;
		next if $line =~ $allowed;
		# skipAll's definition in lib.mjs, and the one caller outside its .t wrapper.
		next if $line =~ /^\s*skipAll\(reason\)/ || $line =~ /SKIP \$\{reason\}/ ||
		    $line =~ /run it through pay\.t/;
		fail("$f:$n skips instead of failing: $line");
	}
}

# ------------------------------------------------------------------ the browser tests' wrapper

# A wrapper run against a copy of tests/browser without node_modules, with PATH holding only
# the tools given (links to the real ones, or scripts): its exit status and output.
sub wrapper {
	my (%o) = @_;
	my $tmp = tempdir(CLEANUP => 1);
	mkdir "$tmp/repo";
	mkdir "$tmp/repo/tests";
	mkdir "$tmp/repo/tests/browser";
	system('cp', 'tests/browser/package.json', 'tests/browser/package-lock.json', "$tmp/repo/tests/browser/") == 0
	    or die 'cp';
	mkdir "$tmp/bin";
	for my $tool (qw(sh cat)) {
		my ($dir) = grep { -x "$_/$tool" } split /:/, $ENV{PATH};
		symlink("$dir/$tool", "$tmp/bin/$tool") or die "symlink $tool: $!";
	}
	while (my ($name, $body) = each %{ $o{tools} // {} }) {
		open(my $fh, '>', "$tmp/bin/$name") or die;
		print {$fh} "#!/bin/sh\n$body\n";
		close $fh;
		chmod 0755, "$tmp/bin/$name";
	}
	local $ENV{PATH} = "$tmp/bin";
	local $ENV{DVC_REPO} = "$tmp/repo";
	local $ENV{CHROMIUM} = $o{chromium} // '/bin/sh';
	my $out = `$^X -I$repo/tests/browser/lib -MNodeTest=run_node -e 'run_node(q{account.mjs})' 2>&1`;
	return ($? >> 8, $out);
}

my $node20 = 'test "$1" = -p && echo 20.11.1 || exit 3';
my ($rc, $out) = wrapper(tools => {});
ok($rc != 0 && $out =~ /^not ok 1 .*\n# node is missing: run make deps/m, 'node missing: a failure, saying to run make deps')
    or diag("exit $rc: $out");
($rc, $out) = wrapper(tools => { node => $node20 });
ok($rc != 0 && $out =~ /^not ok 1 .*\n# .*npm is missing: run make deps/m, 'node modules not installed and npm missing: a failure')
    or diag("exit $rc: $out");
($rc, $out) = wrapper(tools => { node => 'test "$1" = -p && echo 16.20.2 || exit 3' });
ok($rc != 0 && $out =~ /^not ok 1 .*\n# node 16\.20\.2 is too old/m, 'node older than package.json asks: a failure')
    or diag("exit $rc: $out");
($rc, $out) = wrapper(tools => { node => $node20, npm => 'exit 0' }, chromium => '/nonexistent/chromium');
ok($rc != 0 && $out =~ /^not ok 1 .*\n# no \/nonexistent\/chromium: run make deps/m, 'Chromium missing: a failure')
    or diag("exit $rc: $out");
($rc, $out) = wrapper(tools => { node => $node20, npm => 'exit 7' });
ok($rc != 0 && $out =~ /^not ok 1 - npm ci/m, 'npm ci failing: a failure') or diag("exit $rc: $out");

# ------------------------------------------------------------------ make deps

my $plan = `make --no-print-directory -n deps-node 2>&1`;
like($plan, qr/npm ls --prefix tests\/browser/, 'make deps-node checks the node modules against the lock file');
like($plan, qr/npm ci --no-audit --no-fund --prefix tests\/browser/, '… and installs them with npm ci');
like(`make --no-print-directory -n deps 2>&1`, qr/deps-node/, 'make deps installs them');
like(`make --no-print-directory -n check-test-deps 2>&1`, qr/npm ls --prefix tests\/browser/,
    'make test checks them too (check-test-deps)');
like(`make --no-print-directory -n test 2>&1`, qr/npm ls --prefix tests\/browser/, '… before it runs');

# The pinned playwright-core runs on the node of the Debian release that CI starts from.
open(my $fh, '<', 'tests/browser/package.json') or die;
my $pkg = do { local $/; <$fh> };
my ($engine) = $pkg =~ /"node":\s*">=(\d+)"/;
ok(defined $engine && $engine <= 18, "package.json asks node >= $engine: Debian 12 has 18");
my ($lock_engine) = `cat tests/browser/package-lock.json` =~ m{"node_modules/playwright-core":\s*\{(?:[^{}]|\{[^{}]*\})*?"engines":\s*\{\s*"node":\s*">=(\d+)"}s;
ok(defined $lock_engine && $lock_engine <= 18, "the locked playwright-core asks node >= " . ($lock_engine // '?'));

done_testing();
