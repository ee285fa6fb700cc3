package DVCTest;
# DVCTest — what the HTTP tests share: requests against the stack tests/run started, the
# database behind it, the programs' processes and logs, and small readers of the pages.
#
# Only core Perl (HTTP::Tiny, Test::More, Encode, Unicode::Normalize, IO::Socket::INET).
# The stack's places come from tests/run: DVC_URL, DVC_VAR, DVC_DB_SOCKET, DVC_STACK.
#
#   my $r = get('/procedures', q => 'khai sinh');   # query pairs are percent-encoded here
#   $r->{status}, $r->{headers}{'content-type'}, $r->{body} (decoded UTF-8), $r->{raw}
#   db_rows('SELECT code, name FROM procedures')    # arrays of decoded strings
#   workers_of('dvc-catalogue')                     # the master's live children, sorted
use strict;
use warnings;
use utf8;

use Encode qw(decode_utf8 encode_utf8);
use Exporter 'import';
use HTTP::Tiny;
use IO::Socket::INET;
use POSIX ();
use Test::More;
use Time::HiRes qw(sleep time);
use Unicode::Normalize qw(NFD);

our @EXPORT = qw(
    $URL $VAR get head post request raw_request qs url_escape
    db_rows db_value db_col
    master_pid workers_of wait_until stack stop_program start_program
    log_file log_size log_since
    text_of html_unescape xml_records xml_wellformed fold money number duration
    security_headers_ok error_page_ok good_request_ok is_html
    page_csrf field_error field_value
);

BEGIN {
	for my $v (qw(DVC_URL DVC_VAR DVC_DB_SOCKET DVC_STACK)) {
		next if defined $ENV{$v} && $ENV{$v} ne '';
		# Not under tests/run: nothing to test against.
		Test::More::plan(skip_all => "$v is not set: run these tests through tests/run (make test)");
	}
}

our $URL = $ENV{DVC_URL};
our $VAR = $ENV{DVC_VAR};
$URL =~ s{/+\z}{};

# One client per process: a child of fork() must not share the parent's kept-alive socket.
my ($http, $http_pid);

sub client {
	if (!$http || $http_pid != $$) {
		$http = HTTP::Tiny->new(agent => 'dvc-http-tests/1', timeout => 30, max_redirect => 0,
		    keep_alive => 1);
		$http_pid = $$;
	}
	return $http;
}

# ------------------------------------------------------------------ requests

# Percent-encodes every byte outside the unreserved set (UTF-8 first for text).
sub url_escape {
	my ($s) = @_;
	$s = encode_utf8($s) if utf8::is_utf8($s);
	$s =~ s/([^A-Za-z0-9\-._~])/sprintf('%%%02X', ord $1)/ge;
	return $s;
}

# qs(k => v, …): a query string in the order given.
sub qs {
	my @kv = @_;
	my @out;
	while (my ($k, $v) = splice @kv, 0, 2) {
		push @out, url_escape($k) . '=' . url_escape($v // '');
	}
	return join '&', @out;
}

# request(METHOD, PATH[?QUERY], {headers}, BODY): the response with the body decoded.
# PATH is sent as it is (already encoded).
sub request {
	my ($method, $path, $headers, $content) = @_;
	my %opt = (headers => $headers // {});
	$opt{content} = $content if defined $content;
	my $t0 = time;
	my $res = client()->request($method, $URL . $path, \%opt);
	my $raw = $res->{content} // '';
	my $body = eval { decode_utf8($raw, Encode::FB_CROAK | Encode::LEAVE_SRC) };
	return {
		status => $res->{status},
		reason => $res->{reason},
		headers => $res->{headers} // {},
		raw => $raw,
		body => $body,		# undef when the body is not UTF-8
		utf8_ok => defined $body,
		path => $path,
		seconds => time - $t0,
	};
}

# get(PATH) or get(PATH, k => v, …) (a query built with qs) or get(PATH, {headers}).
sub get {
	my ($path, @rest) = @_;
	my $headers = ref $rest[0] eq 'HASH' ? shift @rest : {};
	if (@rest) {
		$path .= ($path =~ /\?/ ? '&' : '?') . qs(@rest);
	}
	return request('GET', $path, $headers);
}

sub head {
	my ($path, $headers) = @_;
	return request('HEAD', $path, $headers);
}

sub post {
	my ($path, $body, $headers) = @_;
	return request('POST', $path,
	    { 'Content-Type' => 'application/x-www-form-urlencoded', %{ $headers // {} } }, $body);
}

# raw_request(BYTES): writes BYTES (a whole request) on a fresh connection and returns the
# status of the answer (0 when there is none: the connection closed without a status line).
sub raw_request {
	my ($bytes) = @_;
	my ($host, $port) = $URL =~ m{^http://([^:/]+):(\d+)} or die "DVC_URL: $URL";
	my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp',
	    Timeout => 10) or die "connect $host:$port: $!";
	$s->autoflush(1);
	print {$s} $bytes;
	my $line = '';
	local $SIG{ALRM} = sub { die "timeout\n" };
	my $ok = eval {
		alarm 20;
		$line = <$s> // '';
		# Read the rest so that nginx does not log a broken connection.
		1 while read($s, my $buf, 65536);
		alarm 0;
		1;
	};
	alarm 0;
	close $s;
	return $ok && $line =~ m{^HTTP/1\.[01] (\d{3})} ? $1 : 0;
}

# ------------------------------------------------------------------ database

# db_rows(SQL): every row as an array of decoded strings (NULL reads "NULL"). The batch
# client escapes newlines, tabs and backslashes; they are restored here.
sub db_rows {
	my ($sql) = @_;
	open(my $fh, '-|', 'mariadb', "--socket=$ENV{DVC_DB_SOCKET}", '-uroot',
	    '--default-character-set=utf8mb4', 'dvc', '-N', '-B', '-e', encode_utf8($sql))
	    or die "mariadb: $!";
	my @rows;
	while (my $line = <$fh>) {
		chomp $line;
		my @cols = map {
			my $c = decode_utf8($_);
			$c =~ s/\\(.)/$1 eq 'n' ? "\n" : $1 eq 't' ? "\t" : $1 eq '0' ? "\0" : $1/ge;
			$c;
		} split /\t/, $line, -1;
		push @rows, \@cols;
	}
	close $fh or die "mariadb failed on: $sql\n";
	return @rows;
}

# The first column of the first row.
sub db_value {
	my @rows = db_rows(@_);
	return @rows ? $rows[0][0] : undef;
}

# The first column of every row.
sub db_col {
	return map { $_->[0] } db_rows(@_);
}

# ------------------------------------------------------------------ processes and logs

sub master_pid {
	my ($program) = @_;
	open(my $fh, '<', "$VAR/run/$program.pid") or return undef;
	my $pid = <$fh>;
	close $fh;
	return undef unless defined $pid && $pid =~ /^(\d+)/;
	return $1;
}

# The live (not zombie) children of the program's master, sorted (their number in scalar
# context).
sub workers_of {
	my ($program) = @_;
	my $master = master_pid($program) // return ();
	my @pids;
	opendir(my $dh, '/proc') or die "/proc: $!";
	for my $pid (grep { /^\d+$/ } readdir $dh) {
		open(my $fh, '<', "/proc/$pid/stat") or next;
		my $stat = <$fh> // '';
		close $fh;
		# pid (comm) state ppid …; comm may hold spaces and parentheses.
		my ($state, $ppid) = $stat =~ /\)\s+(\S)\s+(\d+)/ or next;
		push @pids, $pid + 0 if $ppid == $master && $state ne 'Z' && $state ne 'X';
	}
	closedir $dh;
	my @sorted = sort { $a <=> $b } @pids;
	return wantarray ? @sorted : scalar @sorted;
}

sub alive {
	my ($pid) = @_;
	return 0 unless $pid && kill(0, $pid);
	open(my $fh, '<', "/proc/$pid/stat") or return 0;
	return (<$fh> // '') !~ /\)\s+[ZX]\s/;
}

# stop_program(NAME): SIGTERM to the program's master, until it is gone.
sub stop_program {
	my ($name) = @_;
	my $pid = master_pid($name) or return 1;
	kill('TERM', $pid);
	return wait_until(20, sub { waitpid($pid, POSIX::WNOHANG()); !alive($pid) });
}

# start_program(NAME, key => value…): the program on its socket, as the stack starts it, with
# a copy of dvc.conf holding those values (none: the stack's own).
my $nconf = 0;

sub start_program {
	my ($name, %set) = @_;
	my $conf = $ENV{DVC_CONF};
	if (%set) {
		open(my $in, '<:raw', $ENV{DVC_CONF}) or die "$ENV{DVC_CONF}: $!";
		my @lines = grep { !(/^\s*([a-z_]+)\s*=/ && exists $set{$1}) } <$in>;
		close $in;
		$conf = "$VAR/tmp/program-$$-" . ++$nconf . '.conf';
		my $old = umask 077;
		open(my $out, '>:raw', $conf) or die "$conf: $!";
		umask $old;
		print {$out} @lines, map { "$_ = $set{$_}\n" } sort keys %set;
		close $out;
	}
	my $sock = "$VAR/run/$name.sock";
	unlink $sock;
	my $pid = fork() // die "fork: $!";
	if ($pid == 0) {
		POSIX::setsid();
		open(STDIN, '<', '/dev/null');
		open(STDOUT, '>>', "$VAR/log/$name.log");
		open(STDERR, '>>&', \*STDOUT);
		chdir $ENV{DVC_REPO};
		exec("$ENV{DVC_BIN}/$name", '--config', $conf, '--socket', $sock) or POSIX::_exit(127);
	}
	open(my $fh, '>', "$VAR/run/$name.pid") or die "pid file: $!";
	print {$fh} "$pid\n";
	close $fh;
	return wait_until(30, sub { -S $sock });
}

# wait_until(SECONDS, CODE): calls CODE every 50 ms until it returns true; its last value.
sub wait_until {
	my ($seconds, $code) = @_;
	my $deadline = time + $seconds;
	while (1) {
		my $v = $code->();
		return $v if $v || time >= $deadline;
		sleep 0.05;
	}
}

# stack(COMMAND): conf/dev/stack COMMAND DVC_VAR, its output kept out of the TAP stream.
# True on success; the output is shown as a diagnostic otherwise.
sub stack {
	my ($cmd) = @_;
	my $out = `"$ENV{DVC_STACK}" $cmd "$VAR" 2>&1`;
	my $ok = $? == 0;
	diag("stack $cmd:\n$out") unless $ok;
	return $ok;
}

sub log_file {
	my ($program) = @_;
	return "$VAR/log/$program.log";
}

sub log_size {
	my ($program) = @_;
	return -s log_file($program) // 0;
}

# The lines of the program's log written after byte OFFSET.
sub log_since {
	my ($program, $offset) = @_;
	open(my $fh, '<:raw', log_file($program)) or return ();
	seek($fh, $offset, 0);
	local $/;
	my $text = <$fh> // '';
	close $fh;
	return map { decode_utf8($_) } split /\n/, $text;
}

# ------------------------------------------------------------------ reading pages

sub html_unescape {
	my ($s) = @_;
	my %named = (amp => '&', lt => '<', gt => '>', quot => '"', apos => "'", nbsp => "\x{a0}");
	$s =~ s/&(#x[0-9A-Fa-f]+|#\d+|\w+);/
	    substr($1, 0, 2) eq '#x' ? chr(hex substr($1, 2)) :
	    substr($1, 0, 1) eq '#' ? chr(substr($1, 1)) :
	    exists $named{$1} ? $named{$1} : "&$1;"/ge;
	return $s;
}

# The text of an HTML fragment: tags dropped, entities decoded, white space collapsed.
sub text_of {
	my ($html) = @_;
	return '' unless defined $html;
	$html =~ s/<(script|style)\b.*?<\/\1>//gsi;
	$html =~ s/<[^>]*>/ /g;
	my $t = html_unescape($html);
	$t =~ s/[\s\x{a0}]+/ /g;
	$t =~ s/^ | $//g;
	return $t;
}

# xml_records(XML, NAME): each <NAME>…</NAME> element as a hash of its simple children.
sub xml_records {
	my ($xml, $name) = @_;
	my @out;
	while ($xml =~ m{<$name>(.*?)</$name>}gs) {
		my $inner = $1;
		my %rec;
		while ($inner =~ m{<(\w+)(?:\s[^>]*)?>([^<]*)</\1>|<(\w+)\s*/>}g) {
			if (defined $1) {
				$rec{$1} = html_unescape($2);
			} else {
				$rec{$3} = '';
			}
		}
		push @out, \%rec;
	}
	return @out;
}

# True when xmllint reads BYTES as well-formed XML; its complaint is shown otherwise.
sub xml_wellformed {
	my ($bytes) = @_;
	my $file = "$VAR/tmp/xmllint-$$.xml";
	open(my $fh, '>:raw', $file) or die "$file: $!";
	print {$fh} $bytes;
	close $fh;
	my $out = `xmllint --noout "$file" 2>&1`;
	my $ok = $? == 0;
	unlink $file;
	diag($out) unless $ok;
	return $ok;
}

# The search folding: no diacritics, đ as d, lower case, punctuation as spaces.
sub fold {
	my ($s) = @_;
	$s = NFD($s);
	$s =~ s/\p{Mn}//g;
	$s =~ tr/đĐ/dd/;
	$s = lc $s;
	$s =~ s/[^a-z0-9]+/ /g;
	$s =~ s/^ | $//g;
	return $s;
}

# 1234567 as "1.234.567".
sub number {
	my ($n) = @_;
	1 while $n =~ s/^(\d+)(\d{3})/$1.$2/;
	return $n;
}

# An amount in đồng as the pages show it: "50.000 đồng", 0 as "Miễn phí".
sub money {
	my ($amount) = @_;
	return $amount == 0 ? 'Miễn phí' : number($amount) . ' đồng';
}

# A time limit in working hours as the pages show it.
sub duration {
	my ($hours, $same_day) = @_;
	return 'Trong ngày' if $same_day;
	return 'Không quy định' unless $hours > 0;
	return number($hours / 8) . ' ngày làm việc' if $hours % 8 == 0;
	return number($hours) . ' giờ làm việc';
}

# ------------------------------------------------------------------ assertions

sub is_html {
	my ($r, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	return is($r->{headers}{'content-type'}, 'text/html; charset=utf-8', "$name: text/html; charset=utf-8");
}

# The headers every dynamic response carries.
sub security_headers_ok {
	my ($r, $name) = @_;
	$name //= 'the response';
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $h = $r->{headers};
	my $csp = $h->{'content-security-policy'} // '';
	my $ok = 1;
	$ok &= ok($csp =~ /default-src 'self'/ && $csp !~ /unsafe-inline|unsafe-eval/
	    && $csp =~ /frame-ancestors 'none'/ && $csp =~ /script-src 'self'/,
	    "$name: Content-Security-Policy without unsafe-inline") or diag("CSP: $csp");
	$ok &= is($h->{'x-content-type-options'}, 'nosniff', "$name: X-Content-Type-Options nosniff");
	$ok &= is($h->{'x-frame-options'}, 'DENY', "$name: X-Frame-Options DENY");
	$ok &= ok(($h->{'referrer-policy'} // '') =~ /^(same-origin|no-referrer|strict-origin(-when-cross-origin)?)$/,
	    "$name: Referrer-Policy") or diag('Referrer-Policy: ' . ($h->{'referrer-policy'} // 'none'));
	return $ok;
}

my %error_title = (
	400 => 'Yêu cầu không hợp lệ',
	403 => 'Bạn không có quyền truy cập trang này',
	404 => 'Không tìm thấy trang',
	405 => 'Phương thức không được hỗ trợ',
	413 => 'Dữ liệu gửi lên quá lớn',
	500 => 'Hệ thống gặp sự cố',
	503 => 'Hệ thống tạm thời gián đoạn',
);

# error_page_ok(RESPONSE, STATUS, NAME[, MESSAGE]): the one Vietnamese error page with its
# title, the message when given and an incident id. Returns the incident id (or undef).
sub error_page_ok {
	my ($r, $status, $name, $message) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $body = $r->{body} // '';
	my $title = $error_title{$status};
	my ($incident) = $body =~ m{Mã sự cố:\s*(?:<[^>]*>\s*)*([0-9a-f]{8})\b};
	subtest "$name: $status, Vietnamese error page" => sub {
		is($r->{status}, $status, "status $status") or diag("body: " . substr($body, 0, 300));
		is($r->{headers}{'content-type'}, 'text/html; charset=utf-8', 'HTML in UTF-8');
		like($body, qr{<html lang="vi"}, 'lang="vi"');
		like($body, qr{<title>\Q$title\E\b}, "title '$title'");
		like($body, qr{<h1>\Q$title\E</h1>}, 'the title as the heading');
		like(text_of($body), qr{\Q$message\E}, "message '$message'") if defined $message;
		ok(defined $incident, 'an incident id (Mã sự cố)');
		like($body, qr{<meta name="robots" content="noindex"}, 'not indexed');
		security_headers_ok($r, 'error page');
	};
	return $incident;
}

# A request any worker must answer well: the search with results.
sub good_request_ok {
	my ($name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $r = get('/procedures', q => 'khai sinh');
	return ok($r->{status} == 200 && ($r->{body} // '') =~ m{class="result-title"},
	    "$name: the next request is served (200 with results)")
	    || diag("status $r->{status}");
}

# ------------------------------------------------------------------ forms on a page

# The CSRF token of the page's forms (the first hidden input name="csrf").
sub page_csrf {
	my ($html) = @_;
	return undef unless defined $html;
	while ($html =~ m{<input\b([^>]*)>}gs) {
		my $attrs = $1;
		next unless $attrs =~ m{\bname="csrf"};
		return $attrs =~ m{\bvalue="([^"]*)"} ? $1 : undef;
	}
	return undef;
}

# The message next to field NAME (the p.error-message#error-NAME), without its "Lỗi: ".
sub field_error {
	my ($html, $name) = @_;
	return undef unless defined $html;
	my ($p) = $html =~ m{<p\b[^>]*\bid="error-\Q$name\E"[^>]*>(.*?)</p>}s or return undef;
	my $t = text_of($p);
	$t =~ s/^Lỗi:\s*//;
	return $t;
}

# The value="…" of the input (or the text of the textarea) named NAME; undef when it has none.
sub field_value {
	my ($html, $name) = @_;
	return undef unless defined $html;
	while ($html =~ m{<input\b([^>]*)>}gs) {
		my $attrs = $1;
		next unless $attrs =~ m{\bname="\Q$name\E"};
		return $attrs =~ m{\bvalue="([^"]*)"} ? html_unescape($1) : undef;
	}
	if ($html =~ m{<textarea\b[^>]*\bname="\Q$name\E"[^>]*>(.*?)</textarea>}s) {
		return html_unescape($1);
	}
	return undef;
}

1;
