#!/usr/bin/perl
# A dvc-submit worker killed (SIGKILL) in the middle of a large upload: the store and the
# tables stay consistent — nothing under a final name that is not a whole file with a row, no
# row pointing at a missing or different file — only a temporary file is left in store/tmp;
# the master starts a new worker and the next requests, the same upload included, succeed.
# Then `dvcctl gc` removes that temporary file once older than a day and a stored file nobody
# refers to, and keeps the files the dossiers refer to and whatever is younger than a day.
#
# nginx reads the whole request body before it passes the request on (conf/nginx/dvc.conf), so
# a slow client holds no worker: the test sends the first part of the body slowly and checks
# that no worker has started on it, sends the rest, then catches the worker while it copies
# the body into its temporary file (stops it, checks the file is partial, kills it).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Digest::SHA qw(sha256_hex);
use IO::Select;
use IO::Socket::INET;
use Test::More;
use Time::HiRes qw(sleep time);
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $SIZE = 8 * 1024 * 1024;	# the large upload
my $STORE = store_dir();

# ------------------------------------------------------------------ helpers

sub hash_file {
	my ($path) = @_;
	my $sha = Digest::SHA->new(256);
	$sha->addfile($path, 'b') or return '';
	return $sha->hexdigest;
}

# The temporary file of the store a process has open: (fd, path), or ().
sub open_tmp {
	my ($pid) = @_;
	opendir(my $dh, "/proc/$pid/fd") or return ();
	for my $fd (grep { /^\d+$/ } readdir $dh) {
		my $link = readlink("/proc/$pid/fd/$fd") // next;
		return ($fd, $link) if $link =~ m{^\Q$STORE\E/tmp/[^/]+$};
	}
	return ();
}

# Store and tables consistent: every file under a final name is whole (its content hashes to
# its name), every dossier_files row points at such a file. Returns the number of problems.
sub consistent {
	my ($name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my @bad;
	for my $rel (sort keys %{ store_files() }) {
		my ($dir, $file) = split m{/}, $rel;
		if ($file !~ /^[0-9a-f]{64}$/ || substr($file, 0, 2) ne $dir) {
			push @bad, "store/$rel: not a final name";
		} elsif ((my $got = hash_file("$STORE/$rel")) ne $file) {
			push @bad, "store/$rel: content hashes to $got";
		}
	}
	my @rows = db_rows('SELECT id, sha256, size FROM dossier_files');
	for my $row (@rows) {
		my ($id, $sha, $size) = @$row;
		my $path = store_path($sha);
		if (!-f $path) {
			push @bad, "dossier_files $id: store/" . substr($sha, 0, 2) . "/$sha is missing";
		} elsif (-s $path != $size || hash_file($path) ne $sha) {
			push @bad, "dossier_files $id: the stored file differs";
		}
	}
	ok(!@bad, "$name: every stored file is whole under its SHA-256, every one of "
	    . scalar(@rows) . ' dossier_files rows has its file') or diag(join "\n", @bad);
	return scalar @bad;
}

# ------------------------------------------------------------------ setup

# The largest limit of any component; below 10 MB, raised for this test and restored after.
my ($comp, $kb, $types, $pid_) = @{ (db_rows('SELECT c.id, c.max_size_kb, c.file_types, c.procedure_id'
    . ' FROM procedure_components c JOIN procedures p ON p.id = c.procedure_id WHERE p.level IN (3, 4)'
    . " AND FIND_IN_SET('pdf', c.file_types) ORDER BY c.max_size_kb DESC, c.id LIMIT 1"))[0] };
my $restore_kb;
if ($kb * 1024 < $SIZE + 1024 * 1024) {
	$restore_kb = $kb;
	db_rows("UPDATE procedure_components SET max_size_kb = 10240 WHERE id = $comp");
	note("component $comp: max_size_kb $kb raised to 10240 for the test");
}
END {
	db_rows("UPDATE procedure_components SET max_size_kb = $restore_kb WHERE id = $comp")
	    if defined $restore_kb && defined $comp;
}
my $pcode = db_value("SELECT current_code FROM procedures WHERE id = $pid_");
note("component $comp of $pcode ($types, " . ($restore_kb // $kb) . ' KB)');

my $c = citizen();
my $id = $c->new_draft($pcode);
ok($id, "a draft ($id) of $pcode");
my $small = pdf_bytes("Truoc su co $$ " . time);
is($c->upload($id, $comp, [file('truoc.pdf', $small, 'application/pdf')])->{status}, 303,
    'a small file uploaded before the fault');
consistent('before');
my @workers = workers_of('dvc-submit');
cmp_ok(scalar @workers, '>=', 1, "dvc-submit workers: @workers");
my $log_at = log_size('dvc-submit');

# ------------------------------------------------------------------ the upload, killed

my ($host, $port) = $URL =~ m{^http://([^:/]+):(\d+)} or die "DVC_URL: $URL";
my ($big, $big_sha, $store_before, $tmp_before, $rows_before, $draft_before);
my ($sock, $victim, $tmp_path, $tmp_size);

# Reads the answer on the raw socket: its status ('' when the connection ends without one).
sub answer {
	my $status = '';
	my $ok = eval {
		local $SIG{ALRM} = sub { die "timeout\n" };
		alarm 30;
		my $line = <$sock> // '';
		($status) = $line =~ m{^HTTP/1\.[01] (\d{3})};
		1 while read($sock, my $buf, 65536);
		alarm 0;
		1;
	};
	alarm 0;
	close $sock;
	return ($ok, $status // '');
}

# The worker is caught while it copies the body: a window of some 0.5 s with the sanitizer
# build. Should an attempt miss it (the upload completes), the next one uses new content.
for my $attempt (1 .. 3) {
	$big = pdf_bytes("Ban quet lon $$ lan $attempt " . time, $SIZE);
	$big_sha = sha256_hex($big);
	($store_before, $tmp_before, $rows_before, $draft_before) =
	    (store_files(), tmp_files(), count_rows('dossier_files'), draft_state($id));
	my ($type, $body) = multipart_body([[component => $comp], file('ban-quet.pdf', $big, 'application/pdf')],
	    csrf => $c->csrf);
	$sock = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp', Timeout => 10)
	    or die "connect $host:$port: $!";
	$sock->autoflush(1);
	binmode $sock;
	my $cookies = join '; ', map { "$_=$c->{cookies}{$_}" } sort keys %{ $c->{cookies} };
	print {$sock} "POST /submit/$id/files HTTP/1.1\r\nHost: $host:$port\r\nCookie: $cookies\r\n"
	    . "Origin: $URL\r\nContent-Type: $type\r\nContent-Length: " . length($body)
	    . "\r\nConnection: close\r\n\r\n";

	subtest "a slow client (attempt $attempt): the body arrives at nginx, no worker holds it" => sub {
		ok(!-e store_path($big_sha), sprintf('the large file (%.1f MB) is not in the store yet',
		    length($big) / 1048576));
		my $sent = 0;
		for my $i (1 .. 8) {
			print {$sock} substr($body, $sent, 32 * 1024);
			$sent += 32 * 1024;
			sleep 0.1;
			my @busy = grep { open_tmp($_) } workers_of('dvc-submit');
			ok(!@busy, sprintf('%d KB of %d KB sent: no worker has a temporary file', $sent / 1024,
			    length($body) / 1024)) or last;
		}
		print {$sock} substr($body, $sent);	# the rest, at once
		pass(sprintf('the rest sent (%d bytes in all)', length $body));
	};

	# nginx now passes the body on: catch the worker while it copies it into store/tmp.
	my $sel = IO::Select->new($sock);
	my $deadline = time + 20;
	my @w = workers_of('dvc-submit');
	my $refreshed = time;
	POLL: while (time < $deadline) {
		for my $w (@w) {
			my ($fd, $path) = open_tmp($w) or next;
			kill 'STOP', $w;
			($victim, $tmp_path) = ($w, $path);
			$tmp_size = -s "/proc/$w/fd/$fd";
			last POLL;
		}
		last if $sel->can_read(0);	# answered: the upload went through
		(@w, $refreshed) = (workers_of('dvc-submit'), time) if time - $refreshed > 0.5;
	}
	last if $victim;
	my ($ok, $status) = answer();
	note("attempt $attempt missed the worker (the upload answered $status); again");
}

subtest 'SIGKILL the worker in the middle of the body' => sub {
	ok($victim, "the worker handling the upload found: " . ($victim // 'none')
	    . ' (has ' . ($tmp_path // 'nothing') . ' open)') or return;
	ok(defined $tmp_size && $tmp_size < length($big),
	    "stopped in the middle of the file: $tmp_size of " . length($big) . ' bytes written');
	ok(kill('KILL', $victim), "SIGKILL $victim");
	ok(wait_until(10, sub { !grep { $_ == $victim } workers_of('dvc-submit') }), 'the worker is gone');
	my ($ok, $status) = answer();
	ok($ok, 'the client got an answer (or the end of the connection) in time');
	ok(!$status || $status >= 400, 'the client is not told the upload succeeded (' . ($status || 'no status') . ')');
	# The error pages' location has no body limit: the 50x page, not a 413.
	is($status, 502, 'the client: 502 from nginx (the program went away)');
};

# ------------------------------------------------------------------ after the fault

subtest 'the store and the tables are consistent' => sub {
	ok(!-e store_path($big_sha), 'the large file is not in the store under its name');
	my $store = store_files();
	my @new = grep { !exists $store_before->{$_} } sort keys %$store;
	is_deeply(\@new, [], 'no new file under a final name in the store');
	is(count_rows('dossier_files'), $rows_before, 'no dossier_files row added');
	is_deeply(draft_state($id)->{files}, $draft_before->{files}, "the draft's files as before");
	is(count_rows('dossier_files', 'sha256 = ' . sql_str($big_sha)), 0, 'no row for the large file');
	consistent('after the kill');
	my $tmp = tmp_files();
	my @left = grep { !exists $tmp_before->{$_} } sort keys %$tmp;
	my ($name) = ($tmp_path // '') =~ m{/([^/]+)$};
	is_deeply(\@left, [defined $name ? $name : ()], 'one temporary file left in store/tmp: the killed upload\'s');
	ok(defined $name && $tmp->{$name} < length($big), "… partial ($tmp->{$name} bytes), garbage for gc")
	    if defined $name;
};

subtest 'the master replaced the worker; requests succeed' => sub {
	my $n = scalar @workers;
	ok(wait_until(10, sub { my @w = workers_of('dvc-submit'); @w == $n && !grep { $_ == ($victim // 0) } @w }),
	    "$n workers again, a new one instead of $victim") or diag('workers: ' . join ' ', workers_of('dvc-submit'));
	my @lines = log_since('dvc-submit', $log_at);
	ok((grep { /worker $victim killed by signal 9/ } @lines), 'the master logged the worker killed by signal 9')
	    or diag(join "\n", @lines[-5 .. -1]);
	my $r = $c->get("/submit/$id/files");
	is($r->{status}, 200, 'the files page: 200');
	my $after = pdf_bytes("Sau su co $$ " . time);
	$r = $c->upload($id, $comp, [file('sau.pdf', $after, 'application/pdf')]);
	is($r->{status}, 303, 'a small upload: 303');
	is(count_rows('dossier_files', "dossier_id = $id AND sha256 = '" . sha256_hex($after) . "'"), 1, '… recorded');
	$r = $c->upload($id, $comp, [file('ban-quet.pdf', $big, 'application/pdf')]);
	is($r->{status}, 303, 'the same large upload, not interrupted: 303');
	my ($row) = grep { $_->{sha256} eq $big_sha } files_of($id);
	ok($row && $row->{name} eq 'ban-quet.pdf' && $row->{size} == length $big, '… recorded with its SHA-256 and size');
	ok(-f store_path($big_sha) && hash_file(store_path($big_sha)) eq $big_sha, '… and whole in the store');
	consistent('after the retry');
	for my $w (workers_of('dvc-submit')) {
		ok(!open_tmp($w), "worker $w holds no temporary file");
	}
};

# ------------------------------------------------------------------ dvcctl gc

subtest 'dvcctl gc: old temporary and unreferenced files go, the rest stays' => sub {
	my $old = time - 2 * 86400;
	my ($tmp_name) = ($tmp_path // '') =~ m{/([^/]+)$};
	ok($tmp_name && -f "$STORE/tmp/$tmp_name", 'the killed upload\'s temporary file is there') or return;
	utime($old, $old, "$STORE/tmp/$tmp_name") or die "utime: $!";
	# A young temporary file: an upload in progress.
	my $young_tmp = "$STORE/tmp/upload-young$$";
	open(my $fh, '>', $young_tmp) or die "$young_tmp: $!";
	print {$fh} "in progress\n";
	close $fh;
	# Stored files nobody refers to: an old one and a young one.
	my %stray;
	for my $age (qw(old young)) {
		my $content = "stray $age $$ " . time . ' ' . rand();
		my $sha = sha256_hex($content);
		mkdir "$STORE/" . substr($sha, 0, 2);
		open(my $sf, '>:raw', store_path($sha)) or die store_path($sha) . ": $!";
		print {$sf} $content;
		close $sf;
		utime($old, $old, store_path($sha)) if $age eq 'old';
		$stray{$age} = $sha;
	}
	# A file of the store that dossiers refer to, made old: it stays.
	my $referenced = store_path($big_sha);
	utime($old, $old, $referenced);
	my %rows_sha = map { $_->[0] => 1 } db_rows('SELECT DISTINCT sha256 FROM dossier_files');

	my $out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" gc 2>&1`;
	is($?, 0, 'dvcctl gc: exit 0') or diag($out);
	like($out, qr/removed 2 files/, '"removed 2 files"') or diag($out);
	ok(!-e "$STORE/tmp/$tmp_name", 'the old temporary file is removed');
	ok(!-e store_path($stray{old}), 'the old stored file nobody refers to is removed');
	ok(-e $young_tmp, 'a young temporary file stays (an upload may be writing it)');
	ok(-e store_path($stray{young}), 'a young stored file nobody refers to stays');
	ok(-e $referenced, 'the old stored file a dossier refers to stays');
	my @gone = grep { !-e store_path($_) } sort keys %rows_sha;
	is_deeply(\@gone, [], 'every file the dossier_files rows refer to stays');
	consistent('after gc');
	unlink $young_tmp, store_path($stray{young});
};

done_testing;
