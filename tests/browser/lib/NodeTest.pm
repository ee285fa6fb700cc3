# tests/browser/lib/NodeTest.pm — what every browser test's .t wrapper does: check that what
# the browser tests need is there (node of the version package.json asks, Chromium), install
# the node modules when one is not at the version package.json pins (`make deps` does it
# first: npm ci from package-lock.json), then run the test script with node. Anything missing
# is a failed test with what to do, never a skip: a run without the browser tests must not
# pass. prove may run the browser tests side by side, so the install holds a lock on the
# directory. npm's output is not TAP: it goes to stderr.
package NodeTest;

use strict;
use warnings;
use Fcntl qw(:flock O_RDONLY);
use JSON::PP ();
use Exporter 'import';

our @EXPORT_OK = qw(run_node);

my $dir;

# True when every dependency package.json pins is installed at that version.
sub installed {
	my $pins = read_json("$dir/package.json") or return 0;
	while (my ($name, $version) = each %{ $pins->{dependencies} || {} }) {
		my $got = read_json("$dir/node_modules/$name/package.json") or return 0;
		return 0 unless ($got->{version} // '') eq $version;
	}
	return 1;
}

sub read_json {
	my ($path) = @_;
	open(my $fh, '<:raw', $path) or return undef;
	local $/;
	my $json = eval { JSON::PP->new->decode(scalar <$fh>) };
	return $json;
}

# A failed test of its own, saying why, and the end of the run.
sub fail_run {
	my ($name, $why) = @_;
	print "1..1\nnot ok 1 - $name\n# $why\n";
	exit 1;
}

sub have { system('sh', '-c', 'command -v "$1" >/dev/null 2>&1', 'sh', $_[0]) == 0 }

# node, at the major version package.json's engines asks (">=18"), and Chromium.
sub check_tools {
	have('node') or fail_run('node is installed', 'node is missing: run make deps (as root)');
	my $want = (read_json("$dir/package.json") // {})->{engines}{node} // '';
	my ($min) = $want =~ /^>=\s*(\d+)/;
	my $got = `node -p process.versions.node 2>/dev/null` // '';
	chomp $got;
	my ($major) = $got =~ /^(\d+)\./;
	fail_run("node $want", "node $got is too old for package.json's engines ($want)")
	    if $min && (!$major || $major < $min);
	my $chromium = $ENV{CHROMIUM} || '/usr/bin/chromium';
	-x $chromium or fail_run('Chromium is installed', "no $chromium: run make deps (as root), or set CHROMIUM");
}

# run_node(SCRIPT): never returns; the script's TAP is the test's output.
sub run_node {
	my ($test) = @_;
	# Outside tests/run there is no stack to test (as the HTTP tests, DVCTest.pm).
	my $repo = $ENV{DVC_REPO} or do { print "1..0 # SKIP DVC_REPO is not set: run it through tests/run\n"; exit 0 };
	$dir = "$repo/tests/browser";
	check_tools();
	unless (installed()) {
		have('npm') or fail_run('the node modules of tests/browser are installed',
		    'they are not, and npm is missing: run make deps (as root)');
		sysopen(my $lock, $dir, O_RDONLY) or die "open $dir: $!\n";
		flock($lock, LOCK_EX) or die "lock $dir: $!\n";
		unless (installed()) {
			open(my $out, '>&', \*STDOUT) or die "dup stdout: $!\n";
			open(STDOUT, '>&', \*STDERR) or die "stdout to stderr: $!\n";
			my $rc = system('npm', 'ci', '--no-audit', '--no-fund', '--prefix', $dir);
			open(STDOUT, '>&', $out) or die "restore stdout: $!\n";
			if ($rc != 0) {
				print "1..1\nnot ok 1 - npm ci --prefix tests/browser (exit status ", $rc >> 8, ")\n";
				exit 1;
			}
		}
		close($lock);
	}
	exec('node', "$dir/$test") or die "exec node: $!\n";
}

1;
