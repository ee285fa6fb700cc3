#!/usr/bin/perl
# The catalogue keeps serving through what happens to a server: one access-log line per
# request; a worker killed with SIGKILL is replaced and no later request fails; SIGHUP
# replaces every worker while requests keep succeeding; MariaDB stopped gives the 503 page
# with a logged incident id (but a keyword search, which reads only the search index, still
# answers), and started again the pages come back without restarting anything.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Time::HiRes qw(sleep time);
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $PROG = 'dvc-catalogue';
my $master = master_pid($PROG);
ok($master && kill(0, $master), "$PROG master is running") or BAIL_OUT("no $PROG master");
my @workers = workers_of($PROG);
cmp_ok(scalar @workers, '>=', 2, "$PROG has at least two workers (@workers)");
my $nworkers = @workers;
my ($code) = db_col('SELECT code FROM procedures WHERE is_current = 1 ORDER BY code LIMIT 1');
my @good = ('/', '/procedures', '/procedures?q=khai+sinh', "/procedures/$code", '/procedures?level=4&page=1');

# n sequential good requests; the failures as "status path".
sub hammer {
	my ($n) = @_;
	my @fail;
	for my $i (0 .. $n - 1) {
		my $path = $good[$i % @good];
		my $r = get($path);
		push @fail, "$r->{status} $path" unless $r->{status} == 200 && length($r->{raw}) > 1000;
	}
	return @fail;
}

# ------------------------------------------------------------------ (4) the access log

{
	my $off = log_size($PROG);
	my $unknown = '9.999999.000.00.00.H99';
	my @sent;
	my $r = get('/');
	push @sent, [ 'GET', '/', $r->{status}, undef ];
	$r = get('/procedures', q => 'khai sinh', level => 4);
	push @sent, [ 'GET', '/procedures', $r->{status}, undef ];
	$r = head("/procedures/$code");
	push @sent, [ 'HEAD', "/procedures/$code", $r->{status}, undef ];
	$r = post('/procedures', 'q=x');
	push @sent, [ 'POST', '/procedures', $r->{status}, $r->{body} =~ m{<strong class="code">([0-9a-f]{8})<} ? $1 : 'none' ];
	$r = get("/procedures/$unknown");
	push @sent, [ 'GET', "/procedures/$unknown", $r->{status}, $r->{body} =~ m{<strong class="code">([0-9a-f]{8})<} ? $1 : 'none' ];
	$r = get('/procedures?q=%ZZ');
	push @sent, [ 'GET', '/procedures', $r->{status}, $r->{body} =~ m{<strong class="code">([0-9a-f]{8})<} ? $1 : 'none' ];
	is_deeply([ map { $_->[2] } @sent ], [ 200, 200, 200, 405, 404, 400 ], 'access log: the requests answered as expected');

	my @lines;
	wait_until(5, sub { @lines = grep { / access / } log_since($PROG, $off); @lines >= @sent });
	is(scalar @lines, scalar @sent, 'access log: one line per request') or diag(join "\n", @lines);
	my @parsed;
	for my $l (@lines) {
		if ($l =~ /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) \Q$PROG\E access (\S+) (\S+) (\d{3}) (\d+)us(?: cache=(?:hit|miss))?(?: incident=([0-9a-f]{8}))?$/) {
			push @parsed, [ $2, $3, $4, $6 ];
			ok($5 > 0 && $5 < 30_000_000, "access log: '$2 $3 $4' took $5 µs");
		} else {
			fail("access log: a line of time, program, method, path, status, microseconds[, cache]: '$l'");
		}
	}
	is_deeply(\@parsed, \@sent, 'access log: method, path, status and incident id of each request, in order');
}

# ------------------------------------------------------------------ (2) SIGKILL a worker

{
	my $off = log_size($PROG);
	my @before = workers_of($PROG);
	my $victim = $before[0];
	ok(kill('KILL', $victim), "SIGKILL worker $victim");
	my %old = map { ($_ => 1) } @before;
	my @after;
	my $back = wait_until(10, sub {
		@after = workers_of($PROG);
		return @after == @before && !grep({ $_ == $victim } @after) && grep({ !$old{$_} } @after);
	});
	ok($back, "the master replaced worker $victim (now @after)");
	is(scalar @after, scalar @before, "worker count back to $nworkers");
	is(master_pid($PROG), $master, 'the same master');
	my @fail = hammer(100);
	is_deeply(\@fail, [], '100 requests right after: zero failures');
	my $logged = wait_until(5, sub { grep { /worker $victim killed by signal 9\b/ } log_since($PROG, $off) });
	ok($logged, "the master logged worker $victim killed by signal 9");
	# Both at once: the master replaces every worker.
	@before = workers_of($PROG);
	kill 'KILL', @before;
	%old = map { ($_ => 1) } @before;
	$back = wait_until(10, sub {
		@after = workers_of($PROG);
		return @after == @before && !grep { $old{$_} } @after;
	});
	ok($back, "every worker killed at once: all replaced (now @after)");
	@fail = hammer(50);
	is_deeply(\@fail, [], '50 requests after: zero failures');
}

# ------------------------------------------------------------------ (3) SIGHUP the master

{
	my @before = workers_of($PROG);
	my $stop = "$VAR/tmp/resilience-stop-$$";
	unlink $stop;
	pipe(my $rd, my $wr) or die "pipe: $!";
	my $child = fork() // die "fork: $!";
	if ($child == 0) {
		# Requests in a loop until told to stop (or 30 s): "ok fail [first failures]".
		close $rd;
		my ($n_ok, @fail) = (0);
		my $deadline = time + 30;
		my $i = 0;
		while (!-e $stop && time < $deadline) {
			my $path = $good[$i++ % @good];
			my $r = get($path);
			if ($r->{status} == 200 && length($r->{raw}) > 1000) {
				$n_ok++;
			} else {
				push @fail, "$r->{status} $path";
			}
		}
		print {$wr} join("\t", $n_ok, scalar @fail, @fail[0 .. ($#fail < 4 ? $#fail : 4)]), "\n";
		close $wr;
		require POSIX;
		POSIX::_exit(0);
	}
	close $wr;
	sleep 0.3;	# the loop is running
	ok(kill('HUP', $master), 'SIGHUP to the master while requests run');
	my %old = map { ($_ => 1) } @before;
	my @after;
	my $replaced = wait_until(15, sub {
		@after = workers_of($PROG);
		return @after == @before && !grep { $old{$_} } @after;
	});
	ok($replaced, "SIGHUP: every worker replaced by a new one (@before → @after)");
	# A second SIGHUP right away, with the first replacements still young.
	my @second = @after;
	kill 'HUP', $master;
	%old = map { ($_ => 1) } @second;
	$replaced = wait_until(15, sub {
		@after = workers_of($PROG);
		return @after == @second && !grep { $old{$_} } @after;
	});
	ok($replaced, "a second SIGHUP: replaced again (@second → @after)");
	sleep 0.3;	# requests on the new workers too
	open(my $fh, '>', $stop) or die "$stop: $!";
	close $fh;
	my $line = <$rd> // '';
	waitpid($child, 0);
	unlink $stop;
	chomp $line;
	my ($n_ok, $n_fail, @first) = split /\t/, $line;
	cmp_ok($n_ok // 0, '>=', 10, 'requests ran during the SIGHUPs (' . ($n_ok // 0) . ')');
	is($n_fail, 0, 'requests during and after SIGHUP: zero failures') or diag("first failures: @first");
	is(master_pid($PROG), $master, 'the same master after SIGHUP');
	is(scalar(workers_of($PROG)), $nworkers, "still $nworkers workers");
	is_deeply([ hammer(20) ], [], '20 requests after SIGHUP: zero failures');
}

# ------------------------------------------------------------------ (1) MariaDB stopped

my $db_stopped = 0;
END {
	# Whatever happened above, the next tests need the database.
	stack('db-start') if $db_stopped;
}

{
	my @before = workers_of($PROG);
	my $off = log_size($PROG);
	ok(stack('db-stop'), 'MariaDB stopped') and $db_stopped = 1;
	my @incidents;
	for my $path ('/', "/procedures/$code", '/procedures?level=4') {
		my $r = get($path);
		my $incident = error_page_ok($r, 503, "MariaDB stopped: GET $path",
		    'Hệ thống đang quá tải hoặc đang được bảo trì.');
		push @incidents, $incident if $incident;
	}
	# A keyword search reads only the search index (a file): it still answers.
	my $found = get('/procedures?q=khai+sinh');
	is($found->{status}, 200, 'MariaDB stopped: a keyword search still answers from the index');
	like($found->{body} // '', qr{<h3 class="result-title"><a href="/procedures/}, 'MariaDB stopped: with results');
	my $x = get('/?format=xml');
	is($x->{status}, 503, 'MariaDB stopped: the XML form is 503 too');
	like($x->{raw}, qr{<error>\s*<status>503</status>.*<incident>[0-9a-f]{8}</incident>}s, 'MariaDB stopped: an XML error');
	is(scalar @incidents, 3, 'MariaDB stopped: three incident ids');
	my %logged;
	wait_until(5, sub {
		%logged = map { /\b503\b.*\bincident=([0-9a-f]{8})\b/ ? ($1 => 1) : () } log_since($PROG, $off);
		!grep { !$logged{$_} } @incidents;
	});
	for my $i (@incidents) {
		ok($logged{$i}, "incident $i is in $PROG.log with its 503");
	}
	# The static files do not need the database.
	is(get('/static/dvc.css')->{status}, 200, 'MariaDB stopped: the stylesheet still served');

	ok(stack('db-start'), 'MariaDB started again') and $db_stopped = 0;
	my $t0 = time;
	my $back = wait_until(30, sub { get('/')->{status} == 200 });
	ok($back, sprintf('GET / is 200 again after %.1f s', time - $t0));
	# Every worker reconnects: enough requests that each has served some.
	is_deeply([ hammer(5 * $nworkers) ], [], 'every page is 200 again, request after request');
	is(master_pid($PROG), $master, 'nothing restarted: the same master');
	is_deeply([ workers_of($PROG) ], \@before, 'nothing restarted: the same workers');

	# Restarted while no request came: every worker holds a dead connection and must
	# reconnect and prepare its statements again on its next request, without a 503.
	my $off2 = log_size($PROG);
	ok(stack('db-stop'), 'MariaDB stopped again') and $db_stopped = 1;
	ok(stack('db-start'), 'and started again before any request') and $db_stopped = 0;
	is_deeply([ hammer(5 * $nworkers) ], [], 'a restart between requests: not one failure');
	my @lost = grep { /database connection lost; reconnecting/ } log_since($PROG, $off2);
	ok(@lost >= 1 && @lost <= $nworkers, 'a worker noticed its lost connection and reconnected (' . scalar(@lost) . ' times, at most once each)');
	is_deeply([ workers_of($PROG) ], \@before, 'still the same workers');
}

done_testing();
