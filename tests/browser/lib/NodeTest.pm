# tests/browser/lib/NodeTest.pm — what every browser test's .t wrapper does: install the node
# modules the first time (npm ci from package-lock.json) and again when one is not at the
# version package.json pins, then run the test script with node. prove may run the browser
# tests side by side, so the install holds a lock on the directory. npm's output is not TAP:
# it goes to stderr.
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

# run_node(SCRIPT): never returns; the script's TAP is the test's output.
sub run_node {
	my ($test) = @_;
	my $repo = $ENV{DVC_REPO} or do { print "1..0 # SKIP DVC_REPO is not set: run it through tests/run\n"; exit 0 };
	$dir = "$repo/tests/browser";
	unless (installed()) {
		if (system('sh', '-c', 'command -v npm >/dev/null 2>&1') != 0) {
			print "1..0 # SKIP npm missing\n";
			exit 0;
		}
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
