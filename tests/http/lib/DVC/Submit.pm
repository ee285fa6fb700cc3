package DVC::Submit;
# DVC::Submit — what the submission tests share: a client that keeps its cookies and the CSRF
# token of the last page, fresh citizens registered through /account/register, multipart
# bodies with the csrf part first, drafts prepared up to any step, real files to upload
# (PDF, JPEG, PNG) and readers of the file store and of the dossier tables.
#
# Only core Perl. Requests go to the stack of tests/run (DVCTest's $URL); the database and
# page readers of DVCTest are reused.
#
#   my $c = citizen();                          # registered and signed in, from a fresh client
#   my $o = demo_user('tiepnhan.stp@demo.thanhhoa.gov.vn');   # a demo account, signed in
#   my $p = pick_procedure(level => 4, required => 2, fee => 1);   # a procedures row (hash)
#   my $id = $c->new_draft($p->{code});          # GET then POST /submit/new: the draft id
#   my $r = $c->upload($id, $component, [file('scan.pdf', pdf_bytes('x'))]);
#   $r = $c->post("/submit/$id/delivery", [channel => 'online']);
#   $c->fill_required($id); $c->choose_online($id); $r = $c->submit($id);
#   dossier($id)->{status}; files_of($id); store_path($sha); store_files(); tmp_files();
#   draft_state($id)                            # row, files, store, tmp: compare before/after
#   form_errors($c->post("/submit/$id/delivery?format=xml", [...])->{body})   # {field => msg}
#   my @out = parallel(sub { … }, sub { … });    # forked, released together, one line each
use strict;
use warnings;
use utf8;

use Digest::SHA qw(sha256_hex);
use Encode qw(decode_utf8 encode_utf8);
use Exporter 'import';
use HTTP::Tiny;
use POSIX ();

use DVCTest qw($URL $VAR db_rows db_value db_col text_of html_unescape page_csrf field_error field_value);
use DVC::Mfa ();
use DVC::Mail qw(wait_mail mail_link);

our @EXPORT = qw(
    client citizen unverified_citizen demo_citizen officer demo_user new_person new_cccd sql_str
    multipart_body file pdf_bytes jpeg_bytes png_bytes elf_bytes fixture
    pick_procedure procedure_components required_components
    dossier files_of file_rows count_rows draft_state store_path store_files tmp_files store_dir
    page_csrf field_error field_value error_summary form_errors files_on_page component_ids vn_today vn_date
    wait_for_vn_day_margin parallel
);

our $STORE = "$VAR/store";
sub store_dir { $STORE }

# ------------------------------------------------------------------ SQL

sub sql_str {
	my ($s) = @_;
	return 'NULL' unless defined $s;
	$s =~ s/\\/\\\\/g;
	$s =~ s/'/\\'/g;
	return "'$s'";
}

# count_rows(TABLE, WHERE): SELECT COUNT(*).
sub count_rows {
	my ($table, $where) = @_;
	return db_value("SELECT COUNT(*) FROM $table" . (defined $where ? " WHERE $where" : '')) + 0;
}

my @dossier_cols = qw(id code user_id procedure_id agency_id status applicant_kind applicant_name
    applicant_citizen_id applicant_birth_date applicant_phone applicant_email applicant_email_confirmed applicant_address
    request_note channel postal_street postal_commune postal_commune_code postal_province_code
    postal_recipient postal_phone fee_total processing_hours same_day submitted_at due_at
    created_at updated_at);

# dossier(ID): the dossiers row as a hash (NULL reads undef), or undef.
sub dossier {
	my ($id) = @_;
	my @rows = db_rows('SELECT ' . join(', ', @dossier_cols) . ' FROM dossiers WHERE id = ' . ($id + 0));
	return undef unless @rows;
	my %h;
	@h{@dossier_cols} = map { $_ eq 'NULL' ? undef : $_ } @{ $rows[0] };
	return \%h;
}

# draft_state(ID): in one query, what a refused request must leave as it was: the dossiers row
# (every column), its files, and the number of dossier_files rows in all. Plus the store's
# files and store/tmp. For is_deeply.
sub draft_state {
	my ($id) = @_;
	$id += 0;
	my $cols = join(', ', map { "COALESCE($_, 'NULL')" } @dossier_cols);
	my ($row) = db_rows("SET SESSION group_concat_max_len = 1048576; SELECT (SELECT CONCAT_WS('|', $cols) FROM dossiers WHERE id = $id),"
	    . " (SELECT GROUP_CONCAT(CONCAT_WS(',', id, component_id, sha256, name, mime, size) ORDER BY id"
	    . " SEPARATOR ';') FROM dossier_files WHERE dossier_id = $id), (SELECT COUNT(*) FROM dossier_files)");
	return { dossier => $row->[0], files => $row->[1], nfiles => $row->[2], store => store_files(),
	    tmp => tmp_files() };
}

# files_of(ID): the dossier_files rows of a dossier, by id: { id, component_id, sha256, name,
# mime, size }.
sub files_of {
	my ($id) = @_;
	return file_rows('dossier_id = ' . ($id + 0));
}

sub file_rows {
	my ($where) = @_;
	my @cols = qw(id dossier_id component_id sha256 name mime size);
	return map {
		my %h;
		@h{@cols} = @$_;
		\%h;
	} db_rows('SELECT ' . join(', ', @cols) . ' FROM dossier_files'
	    . (defined $where ? " WHERE $where" : '') . ' ORDER BY id');
}

# pick_procedure(level => L, required => MIN, fee => 1, channel => 'postal', types => 'pdf,jpg',
# agency => CODE, gov_level => 'commune', not => [codes], free_at_submission => 1: nothing
# to pay before the desk accepts it): the first procedure (by id) that
# fits, as a hash: id, code, name, level, gov_level, channels, agency_id, agency_code, hours,
# same_day, nrequired, fee_total. agency_id and agency_code are the unit that receives a new
# draft of an applicant whose address names no commune (sql/009_receiving_units.sql): the
# first ward for a commune-level procedure, the first of procedure_units for a province-level
# one, else the agency that resolves it; agency => CODE picks by that unit too.
sub pick_procedure {
	my (%w) = @_;
	# The current versions only (sql/022: a procedure changed keeps its old rows).
	my @where = ('p.level IN (3, 4)', 'p.is_current = 1');
	push @where, 'p.level = ' . ($w{level} + 0) if defined $w{level};
	push @where, 'p.gov_level = ' . sql_str($w{gov_level}) if defined $w{gov_level};
	push @where, 'FIND_IN_SET(' . sql_str($_) . ', p.channels) > 0' for @{ $w{channels} // [] };
	push @where, 'NOT FIND_IN_SET(' . sql_str($_) . ', p.channels)' for @{ $w{without} // [] };
	push @where, 'a.code = ' . sql_str($w{agency}) if defined $w{agency};
	push @where, 'p.current_code NOT IN (' . join(', ', map { sql_str($_) } @{ $w{not} }) . ')'
	    if $w{not} && @{ $w{not} };
	push @where, 'p.processing_hours > 0 AND p.same_day = 0' if $w{timed};
	my $req = '(SELECT COUNT(*) FROM procedure_components c WHERE c.procedure_id = p.id AND c.required = 1)';
	my $fee = '(SELECT COALESCE(SUM(amount), 0) FROM procedure_fees f WHERE f.procedure_id = p.id AND f.optional = 0)';
	push @where, "$req >= " . ($w{required} + 0) if defined $w{required};
	push @where, "$req <= " . ($w{max_required} + 0) if defined $w{max_required};
	push @where, "$fee > 0" if $w{fee};
	push @where, 'NOT EXISTS (SELECT 1 FROM procedure_fees f WHERE f.procedure_id = p.id AND f.optional = 0'
	    . " AND f.stage = 'submission' AND COALESCE(f.amount_online, f.amount) > 0)" if $w{free_at_submission};
	# Every required component takes each of these types.
	for my $t (@{ $w{types} // [] }) {
		push @where, 'NOT EXISTS (SELECT 1 FROM procedure_components c WHERE c.procedure_id = p.id'
		    . ' AND c.required = 1 AND NOT FIND_IN_SET(' . sql_str($t) . ', c.file_types))';
	}
	my $unit = "COALESCE(IF(p.gov_level = 'commune', (SELECT w.id FROM agencies w WHERE w.kind = 'commune'"
	    . ' ORDER BY w.sort, w.name LIMIT 1), (SELECT pu.agency_id FROM procedure_units pu'
	    . ' WHERE pu.procedure_id = p.id ORDER BY pu.sort LIMIT 1)), p.agency_id)';
	my @cols = qw(id code name level gov_level channels agency_id agency_code hours same_day nrequired fee_total);
	my @rows = db_rows("SELECT p.id, p.current_code, p.name, p.level, p.gov_level, p.channels, a.id, a.code,"
	    . " p.processing_hours, p.same_day, $req, $fee FROM procedures p JOIN agencies a ON a.id = $unit"
	    . ' WHERE ' . join(' AND ', @where) . ' ORDER BY p.id');
	return wantarray ? map { my %h; @h{@cols} = @$_; \%h } @rows : do {
		return undef unless @rows;
		my %h;
		@h{@cols} = @{ $rows[0] };
		\%h;
	};
}

# procedure_components(PROCEDURE_ID): its components by sort: { id, sort, name, required,
# file_types, max_size_kb }.
sub procedure_components {
	my ($pid) = @_;
	my @cols = qw(id sort name required file_types max_size_kb);
	return map { my %h; @h{@cols} = @$_; \%h } db_rows('SELECT ' . join(', ', @cols)
	    . ' FROM procedure_components WHERE procedure_id = ' . ($pid + 0) . ' ORDER BY sort');
}

sub required_components {
	return grep { $_->{required} } procedure_components(@_);
}

# ------------------------------------------------------------------ the file store

# Where the store keeps content of that SHA-256.
sub store_path {
	my ($sha) = @_;
	return "$STORE/" . substr($sha, 0, 2) . "/$sha";
}

# Every file under the store's two-hex-digit folders: { relative path => size }.
sub store_files {
	my %out;
	opendir(my $dh, $STORE) or return {};
	for my $d (grep { /^[0-9a-f]{2}$/ } readdir $dh) {
		opendir(my $sh, "$STORE/$d") or next;
		for my $f (grep { !/^\./ } readdir $sh) {
			$out{"$d/$f"} = -s "$STORE/$d/$f";
		}
		closedir $sh;
	}
	closedir $dh;
	return \%out;
}

# The files under store/tmp: { name => size }.
sub tmp_files {
	my %out;
	opendir(my $dh, "$STORE/tmp") or return {};
	for my $f (grep { !/^\./ } readdir $dh) {
		$out{$f} = -s "$STORE/tmp/$f";
	}
	closedir $dh;
	return \%out;
}

# ------------------------------------------------------------------ files to upload

sub fixture {
	my ($name) = @_;
	my $path = "$ENV{DVC_REPO}/tests/data/upload/$name";
	open(my $fh, '<:raw', $path) or die "$path: $!";
	local $/;
	my $bytes = <$fh>;
	close $fh;
	return $bytes;
}

# pdf_bytes(TEXT[, PAD]): a small valid PDF (one page showing TEXT, ASCII), PAD bytes of
# comment lines added before the trailer to make it larger. Different TEXT, different SHA-256.
sub pdf_bytes {
	my ($text, $pad) = @_;
	$text =~ s/([()\\])/\\$1/g;
	my $stream = "BT /F1 18 Tf 72 720 Td ($text) Tj ET\n";
	my @objs = (
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Length " . length($stream) . " >>\nstream\n${stream}endstream",
	);
	my $pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
	my @off;
	for my $i (0 .. $#objs) {
		push @off, length $pdf;
		$pdf .= ($i + 1) . " 0 obj\n$objs[$i]\nendobj\n";
	}
	if ($pad) {
		my $line = '%' . ('0123456789abcdef' x 4) . "\n";	# 66 bytes
		$pdf .= $line x int($pad / length $line);
	}
	my $xref = length $pdf;
	$pdf .= "xref\n0 " . (@objs + 1) . "\n0000000000 65535 f \n";
	$pdf .= sprintf("%010d 00000 n \n", $_) for @off;
	$pdf .= "trailer\n<< /Size " . (@objs + 1) . " /Root 1 0 R >>\nstartxref\n$xref\n%%EOF\n";
	return $pdf;
}

# A real 24x16 JPEG (tests/data/upload/anh-the.jpg), with a JPEG comment (COM segment)
# carrying TAG when given, so that each upload can be different content.
sub jpeg_bytes {
	my ($tag) = @_;
	my $jpg = fixture('anh-the.jpg');
	return $jpg unless defined $tag;
	my $com = "\xff\xfe" . pack('n', length($tag) + 2) . $tag;
	return substr($jpg, 0, 2) . $com . substr($jpg, 2);
}

sub png_bytes { fixture('anh.png') }

# The first N bytes (default 4096) of /bin/true: an ELF executable.
sub elf_bytes {
	my ($n) = @_;
	open(my $fh, '<:raw', '/bin/true') or die "/bin/true: $!";
	read($fh, my $bytes, $n // 4096);
	close $fh;
	return $bytes;
}

# file(NAME, BYTES[, TYPE]): a file part for upload() and multipart_body().
sub file {
	my ($name, $bytes, $type) = @_;
	return { name => 'file', filename => $name, content => $bytes,
	    type => $type // 'application/octet-stream' };
}

# ------------------------------------------------------------------ multipart

# multipart_body(PARTS, boundary => B, csrf => TOKEN): (content type, body bytes). PARTS are
# [name => value] for plain fields or hashes { name, filename, type, content }; the csrf part,
# when a token is given, comes first (undef: no csrf part).
sub multipart_body {
	my ($parts, %opt) = @_;
	my $b = $opt{boundary} // '----dvcTest' . join('', map { ('a' .. 'z', 0 .. 9)[rand 36] } 1 .. 24);
	my @all = @$parts;
	unshift @all, [csrf => $opt{csrf}] if defined $opt{csrf};
	my $body = '';
	for my $p (@all) {
		$body .= "--$b\r\n";
		if (ref $p eq 'ARRAY') {
			my ($name, $value) = @$p;
			$body .= "Content-Disposition: form-data; name=\"$name\"\r\n\r\n"
			    . (utf8::is_utf8($value) ? encode_utf8($value) : $value) . "\r\n";
		} else {
			my $fn = $p->{filename};
			$fn = encode_utf8($fn) if utf8::is_utf8($fn);
			$body .= "Content-Disposition: form-data; name=\"$p->{name}\"; filename=\"$fn\"\r\n"
			    . "Content-Type: " . ($p->{type} // 'application/octet-stream') . "\r\n\r\n"
			    . $p->{content} . "\r\n";
		}
	}
	$body .= "--$b--\r\n";
	return ("multipart/form-data; boundary=$b", $body);
}

# ------------------------------------------------------------------ people

my $serial = 0;

sub _digits { join '', map { int rand 10 } 1 .. $_[0] }

# new_cccd(YEAR): a CCCD of Thanh Hóa (038) for a man born in YEAR, not yet in the database.
sub new_cccd {
	my ($year) = @_;
	for (1 .. 50) {
		my $cccd = sprintf('038%d%02d%s', $year >= 2000 ? 2 : 0, $year % 100, _digits(6));
		return $cccd unless db_value("SELECT COUNT(*) FROM users WHERE citizen_id = '$cccd'");
	}
	die "no free CCCD after 50 tries";
}

# new_person(): the registration fields of a new citizen, unique to this run.
sub new_person {
	$serial++;
	my $year = 1965 + int rand 40;
	my $tag = sprintf('%d%d%s', $$, $serial, _digits(4));
	my @names = ('Lê Văn Thành', 'Nguyễn Thị Mai', 'Hoàng Minh Tuấn', 'Phạm Thu Hương',
	    'Trịnh Đình Lộc', 'Vũ Thị Ngọc Ánh');
	my $pw = 'Đồi Sim ' . _digits(4) . ' vàng';
	return {
		full_name => $names[$serial % @names],
		citizen_id => new_cccd($year),
		birth_date => sprintf('%04d-%02d-%02d', $year, 1 + int rand 12, 1 + int rand 28),
		phone => '09' . _digits(8),
		email => "nophoso$tag\@thu.example.vn",
		password => $pw,
		password2 => $pw,
		consent => '1',
	};
}

sub client { DVC::Submit::Client->new(@_) }

# citizen(FIELD => VALUE…): a new citizen, registered, its address verified by the link of the mail the
# stack wrote, and signed in. Dies when a step fails. unverified_citizen(): the same without
# opening the link.
sub citizen { _citizen(1, @_) }
sub unverified_citizen { _citizen(0, @_) }

# _citizen(VERIFY, FIELD => VALUE…): the person's fields may be given (full_name …).
sub _citizen {
	my ($verify, %over) = @_;
	my $c = client();
	my $who = { %{ new_person() }, %over };
	my $r = $c->get('/account/register');
	$r->{status} == 200 or die "GET /account/register: $r->{status}";
	$r = $c->post('/account/register', [map { $_ => $who->{$_} }
	    qw(full_name citizen_id birth_date phone email password password2 consent)]);
	$r->{status} == 200 && !error_summary($r->{body})
	    or die "register: $r->{status} " . join(' | ', error_summary($r->{body}));
	if ($verify) {
		my $m = wait_mail($who->{email}, qr/^Xác nhận thư điện tử/)
		    or die "register: no verification mail to $who->{email}";
		my $path = mail_link($m, '/account/verify') or die "register: no link in the mail";
		$r = $c->get($path);
		$r->{status} == 200 or die "GET $path: $r->{status}";
	}
	$c->get('/account/login');
	$r = $c->post('/account/login', [login => $who->{citizen_id}, password => $who->{password}]);
	$r->{status} == 303 && defined $c->{cookies}{dvc_session}
	    or die "login after register: $r->{status} " . join(' | ', error_summary($r->{body}));
	$c->{who} = $who;
	$c->{user_id} = db_value('SELECT id FROM users WHERE citizen_id = ' . sql_str($who->{citizen_id}));
	$c->refresh_csrf;
	return $c;
}

# A signed-in client for an account of conf/dev/demo-accounts.txt.
sub _demo {
	my ($login) = @_;
	my $c = client();
	$c->get('/account/login');
	my $r = $c->post('/account/login', [login => $login, password => 'DemoDVC@2026']);
	# The administrator answers its second factor (DVC::Mfa).
	$r = DVC::Mfa::second_factor($c, $r, $login);
	$r->{status} == 303 && defined $c->{cookies}{dvc_session} or die "login $login: $r->{status}";
	$c->{user_id} = db_value('SELECT id FROM users WHERE email = ' . sql_str($login));
	$c->refresh_csrf('/account/profile');
	return $c;
}

sub demo_citizen { _demo('congdan@demo.thanhhoa.gov.vn') }
sub officer { _demo('tiepnhan.hacthanh@demo.thanhhoa.gov.vn') }
# demo_user(E-MAIL): any of them (the administrator, an officer of another unit).
sub demo_user { _demo($_[0]) }

# ------------------------------------------------------------------ reading pages

# The messages of the error summary of a form.
sub error_summary {
	my ($html) = @_;
	return () unless defined $html;
	my ($box) = $html =~ m{<div\b[^>]*class="error-summary"[^>]*>(.*?)</div>}s or return ();
	my @out;
	push @out, text_of($1) while $box =~ m{<li\b[^>]*>(.*?)</li>}gs;
	return @out;
}

# form_errors(XML): the form errors of a page in its XML form (?format=xml): { name => code }.
sub form_errors {
	my ($xml) = @_;
	my %out;
	return \%out unless defined $xml;
	my ($form) = $xml =~ m{<form>(.*?)</form>}s or return \%out;
	$out{$1} = $2 while $form =~ m{<error name="([^"]*)" code="([^"]*)"/>}g;
	return \%out;
}

# files_on_page(HTML): { component id => [file names listed in its card] }. A card is the
# <section> holding the upload form of the component (its hidden input "component").
sub files_on_page {
	my ($html) = @_;
	my %out;
	return \%out unless defined $html;
	while ($html =~ m{<section\b[^>]*>(.*?)</section>}gs) {
		my $inner = $1;
		my ($id) = $inner =~ m{<input\b(?=[^>]*\bname="component")[^>]*\bvalue="(\d+)"} or next;
		$out{$id} = [map { text_of($_) } $inner =~ m{<span class="file-name">(.*?)</span>}gs];
	}
	return \%out;
}

# component_ids(HTML): the components of the upload forms of a files page, in order.
sub component_ids {
	my ($html) = @_;
	return () unless defined $html;
	return $html =~ m{<input\b(?=[^>]*\bname="component")[^>]*\bvalue="(\d+)"}g;
}

# ------------------------------------------------------------------ dates

# Vietnam's date at epoch T (default now): (yyyy, mm, dd).
sub vn_today {
	my ($t) = @_;
	my @g = gmtime(($t // time) + 7 * 3600);
	return ($g[5] + 1900, $g[4] + 1, $g[3]);
}

# dd/mm/yyyy of a 'YYYY-MM-DD HH:MM:SS' UTC datetime, in Vietnam's time.
sub vn_date {
	my ($utc) = @_;
	my ($y, $m, $d, $H, $M, $S) = $utc =~ /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)/ or return undef;
	require Time::Local;
	my $t = Time::Local::timegm($S, $M, $H, $d, $m - 1, $y);
	my @g = gmtime($t + 7 * 3600);
	return sprintf('%02d/%02d/%04d', $g[3], $g[4] + 1, $g[5] + 1900);
}

# Codes carry Vietnam's day: wait (at most SECONDS + 1) while its midnight is closer than
# SECONDS, so that a burst of submissions falls on one day.
sub wait_for_vn_day_margin {
	my ($seconds) = @_;
	my $into = (time + 7 * 3600) % 86400;
	sleep($seconds + 1) if $into > 86400 - $seconds;
}

# ------------------------------------------------------------------ parallel requests

# parallel(SUB, …): runs each SUB in a child process of its own, all released at the same
# moment (they wait on one pipe that the parent closes once every child is started); returns
# what each returned (one line of text), in order, or "died: …" / "no answer". Bounded: a
# child that has not answered within 60 s is killed.
sub parallel {
	my (@subs) = @_;
	pipe(my $gate_r, my $gate_w) or die "pipe: $!";
	pipe(my $res_r, my $res_w) or die "pipe: $!";
	my @pids;
	for my $i (0 .. $#subs) {
		my $pid = fork // die "fork: $!";
		if ($pid == 0) {
			close $gate_w;
			close $res_r;
			sysread($gate_r, my $x, 1);	# EOF when the parent closes the gate
			my $out = eval { $subs[$i]->() } // 'died: ' . ($@ =~ s/\n/ /gr);
			$out =~ s/\n/ /g;
			syswrite($res_w, "$i\t$out\n");	# one short write: atomic on a pipe
			POSIX::_exit(0);
		}
		push @pids, $pid;
	}
	close $gate_r;
	close $res_w;
	close $gate_w;	# go
	my @out = ('no answer') x @subs;
	my $ok = eval {
		local $SIG{ALRM} = sub { die "timeout\n" };
		alarm 60;
		while (my $line = <$res_r>) {
			chomp $line;
			my ($i, $v) = split /\t/, $line, 2;
			$out[$i] = $v;
		}
		alarm 0;
		1;
	};
	alarm 0;
	close $res_r;
	kill 'KILL', @pids unless $ok;
	waitpid($_, 0) for @pids;
	return @out;
}

# ------------------------------------------------------------------ DVC::Submit::Client

package DVC::Submit::Client;

use Encode qw(decode_utf8 encode_utf8);
use HTTP::Tiny;

# Each client comes from a loopback address of its own (127.A.B.C, the whole 127/8 reaches
# nginx): sign-in throttling per address never counts another test's failures.
my %ips_given;

sub new {
	my ($class, %opt) = @_;
	my $ip;
	do { $ip = join '.', 127, 1 + int rand 250, int rand 256, 1 + int rand 250 } while $ips_given{$ip}++;
	return bless { cookies => {}, csrf => undef, ip => $opt{ip} // $ip }, $class;
}

sub ip { $_[0]{ip} }

sub csrf { $_[0]{csrf} }
sub user_id { $_[0]{user_id} }
sub who { $_[0]{who} }

# request(METHOD, PATH, {headers}, BODY): with the client's cookies; keeps those set, and the
# CSRF token of a 200 page. The response: status, headers, raw, body (decoded), utf8_ok,
# location.
sub request {
	my ($self, $method, $path, $headers, $content) = @_;
	my %h = %{ $headers // {} };
	$h{Cookie} = join '; ', map { "$_=$self->{cookies}{$_}" } sort keys %{ $self->{cookies} }
	    if !exists $h{Cookie} && %{ $self->{cookies} };
	my %opt = (headers => \%h);
	$opt{content} = $content if defined $content;
	# A child of fork() gets a client of its own.
	if (($self->{pid} // 0) != $$) {
		$self->{http} = HTTP::Tiny->new(agent => 'dvc-submit-tests/1', timeout => 60,
		    max_redirect => 0, keep_alive => 0, local_address => $self->{ip});
		$self->{pid} = $$;
	}
	my $res = $self->{http}->request($method, $DVCTest::URL . $path, \%opt);
	my $raw = $res->{content} // '';
	my $body = eval { decode_utf8($raw, Encode::FB_CROAK | Encode::LEAVE_SRC) };
	my $r = {
		status => $res->{status},
		headers => $res->{headers} // {},
		raw => $raw,
		# Invalid UTF-8 is a failure of its own (utf8_ok); the rest can still be read.
		body => $body // decode_utf8($raw),
		utf8_ok => defined $body,
		location => $res->{headers}{location},
		path => $path,
	};
	my $sc = $r->{headers}{'set-cookie'};
	for my $line (!defined $sc ? () : ref $sc ? @$sc : ($sc)) {
		my ($pair, @attrs) = split /;\s*/, $line;
		my ($name, $value) = split /=/, $pair, 2;
		my $gone = ($value // '') eq '' || grep { /^max-age=0$/i } @attrs;
		if ($gone) {
			delete $self->{cookies}{$name};
		} else {
			$self->{cookies}{$name} = $value;
		}
	}
	if ($r->{status} == 200 && defined(my $t = DVCTest::page_csrf($r->{body}))) {
		$self->{csrf} = $t;
	}
	return $r;
}

sub get {
	my ($self, $path, $headers) = @_;
	return $self->request('GET', $path, $headers);
}

# The CSRF token for the current session (from a page only a signed-in user gets).
sub refresh_csrf {
	my ($self, $path) = @_;
	$path //= '/dossiers/';
	my $r = $self->get($path);
	$r->{status} == 200 or die "GET $path for a token: $r->{status}";
	return $self->{csrf};
}

# post(PATH, [pairs], csrf => T (undef: none), origin => URL (undef: none)): a form.
sub post {
	my ($self, $path, $pairs, %opt) = @_;
	my @pairs = @{ $pairs // [] };
	my $csrf = exists $opt{csrf} ? $opt{csrf} : $self->{csrf};
	push @pairs, csrf => $csrf if defined $csrf;
	my %h = ('Content-Type' => 'application/x-www-form-urlencoded');
	my $origin = exists $opt{origin} ? $opt{origin} : $DVCTest::URL;
	$h{Origin} = $origin if defined $origin;
	return $self->request('POST', $path, \%h, DVCTest::qs(@pairs));
}

# post_multipart(PATH, CONTENT_TYPE, BODY): as it is.
sub post_multipart {
	my ($self, $path, $type, $body) = @_;
	return $self->request('POST', $path, { 'Content-Type' => $type, Origin => $DVCTest::URL }, $body);
}

# upload(ID, COMPONENT, [file parts], replace => FILE_ID, csrf => T): POST /submit/ID/files as
# the page's form sends it: csrf, component, (replace,) the files.
sub upload {
	my ($self, $id, $component, $files, %opt) = @_;
	my @parts = ([component => $component]);
	push @parts, [replace => $opt{replace}] if defined $opt{replace};
	push @parts, @$files;
	my ($type, $body) = DVC::Submit::multipart_body(\@parts,
	    csrf => exists $opt{csrf} ? $opt{csrf} : $self->{csrf});
	return $self->post_multipart("/submit/$id/files", $type, $body);
}

# new_draft(CODE[, KIND]): opens /submit/new?procedure=CODE and starts the draft; its id.
sub new_draft {
	my ($self, $code, $kind) = @_;
	my $r = $self->get('/submit/new?procedure=' . DVCTest::url_escape($code));
	if ($r->{status} == 303 && ($r->{location} // '') =~ m{^/submit/(\d+)/info$}) {
		return $1;	# a draft already open
	}
	$r->{status} == 200 or die "GET /submit/new: $r->{status}";
	$r = $self->post('/submit/new', [procedure => $code, applicant_kind => $kind // 'citizen']);
	($r->{location} // '') =~ m{^/submit/(\d+)/info$} or die "POST /submit/new: $r->{status}";
	return $1;
}

# Uploads a distinct small PDF to each required component of draft ID; dies on a failure.
sub fill_required {
	my ($self, $id) = @_;
	my $d = DVC::Submit::dossier($id);
	for my $comp (DVC::Submit::required_components($d->{procedure_id})) {
		my $r = $self->upload($id, $comp->{id}, [DVC::Submit::file("to-khai-$comp->{id}.pdf",
		    DVC::Submit::pdf_bytes("Ho so $id thanh phan $comp->{id} " . rand()), 'application/pdf')]);
		$r->{status} == 303 or die "upload to $id/$comp->{id}: $r->{status}";
	}
}

sub choose {
	my ($self, $id, @pairs) = @_;
	my $r = $self->post("/submit/$id/delivery", \@pairs);
	$r->{status} == 303 or die "delivery of $id: $r->{status} " . join(' | ', DVC::Submit::error_summary($r->{body}));
	return $r;
}

sub choose_online { $_[0]->choose($_[1], channel => 'online') }

sub submit {
	my ($self, $id) = @_;
	return $self->post("/submit/$id/submit", []);
}

1;
