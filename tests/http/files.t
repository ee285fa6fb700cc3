#!/usr/bin/perl
# Downloads (/files/{id}, dvc-files), through nginx: the applicant gets the exact bytes of a
# file of their draft, with the type taken from the content, Content-Disposition: attachment
# carrying the Vietnamese name (an ASCII fallback and the UTF-8 name), nosniff, no caching;
# HEAD and ranges too. After the submission, an officer of the receiving unit gets it, and an
# officer of a unit that has held the dossier (dossier_units). Everyone else gets the same 404
# as for a file that does not exist: another citizen, an officer of another unit, the
# administrator; a visitor who is not signed in goes to the sign-in page. Ids that are not
# plain numbers are 404, and the store's internal location cannot be reached from outside.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Digest::SHA qw(sha256_hex);
use Encode qw(decode_utf8 encode_utf8);
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# The receiving officers of the demo accounts, by unit.
my %receiver = (
	'000.01.30.H56' => 'tiepnhan.hacthanh@demo.thanhhoa.gov.vn',
	'000.00.10.H56' => 'tiepnhan.stp@demo.thanhhoa.gov.vn',
);
my $admin_login = 'quantri@demo.thanhhoa.gov.vn';

# A procedure received by one of the two units, every required component taking PDF, online.
my ($p) = grep { $receiver{ $_->{agency_code} } }
    pick_procedure(required => 1, channels => ['online'], types => ['pdf']);
ok($p, 'a procedure of a unit with a demo officer, its components taking PDF')
    or BAIL_OUT('no such procedure in the seed');
my $home = $p->{agency_code};
my ($away) = grep { $_ ne $home } sort keys %receiver;
my $away_id = db_value('SELECT id FROM agencies WHERE code = ' . sql_str($away));
my ($comp) = required_components($p->{id});
note("procedure $p->{code}, received by $home; the other unit $away");

# filename* of RFC 8187: every byte of the UTF-8 name but attr-chars as %XX.
sub rfc8187 {
	my ($name) = @_;
	my $b = encode_utf8($name);
	$b =~ s/([^A-Za-z0-9!#\$&+\-.^_`|~])/sprintf('%%%02X', ord $1)/ge;
	return "UTF-8''$b";
}

# The name filename* carries, decoded.
sub ext_name {
	my ($cd) = @_;
	my ($v) = ($cd // '') =~ /filename\*=UTF-8''([^;\s]+)/ or return undef;
	$v =~ s/%([0-9A-F]{2})/chr hex $1/ge;
	return decode_utf8($v);
}

# A download as the applicant uploaded it: bytes, type, headers.
sub download_ok {
	my ($r, $bytes, $mime, $name, $what) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	subtest "$what: the file itself" => sub {
		is($r->{status}, 200, 'status 200') or return;
		is(sha256_hex($r->{raw}), sha256_hex($bytes), 'the exact bytes uploaded (SHA-256)');
		is($r->{headers}{'content-length'}, length $bytes, 'Content-Length: the size');
		is($r->{headers}{'content-type'}, $mime, "Content-Type: $mime (from the content)");
		my $cd = $r->{headers}{'content-disposition'} // '';
		like($cd, qr/^attachment; filename="[ -~]*"; filename\*=/, 'Content-Disposition: attachment, both names');
		is(ext_name($cd), $name, "filename* is the name: $name");
		like($cd, qr/\Q${\ rfc8187($name)}\E$/, '… percent-encoded as RFC 8187 says');
		is($r->{headers}{'x-content-type-options'}, 'nosniff', 'X-Content-Type-Options: nosniff');
		is($r->{headers}{'cache-control'}, 'private, no-store', 'Cache-Control: private, no-store');
		is($r->{headers}{'x-frame-options'}, 'DENY', 'X-Frame-Options: DENY');
		like($r->{headers}{'content-security-policy'} // '', qr/\bsandbox\b/, 'a sandbox CSP');
		ok(!exists $r->{headers}{'x-accel-redirect'}, 'the internal URI does not leak');
	};
}

# The 404 of a file someone may not see, the same as the one of a file that does not exist.
sub hidden_ok {
	my ($client, $fid, $what) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $r = $client->get("/files/$fid");
	error_page_ok($r, 404, "$what: GET /files/$fid");
	unlike($r->{raw}, qr/%PDF|\Q$p->{name}\E/, "$what: nothing of the file or its dossier in the page");
	my $none = $client->get('/files/987654321098765');
	(my $a = $r->{body} // '') =~ s/[0-9a-f]{8}//g;
	(my $b = $none->{body} // '') =~ s/[0-9a-f]{8}//g;
	is($a, $b, "$what: the very page of a file that does not exist (but the incident id)");
}

# ------------------------------------------------------------------ the applicant, a draft

my $c = citizen();
my $uid = $c->user_id;
my $id = $c->new_draft($p->{code});
ok($id, "a citizen's draft $id");

my $name = 'Tờ khai "đặc biệt" (bản 2).pdf';
my $pdf = pdf_bytes("Tai lieu $$ " . time, 3000);
my $jpg_name = 'ảnh thẻ.jpg';
my $jpg = jpeg_bytes("anh $$ " . time);
# The multipart quoted-string escapes the quotes, as a browser would not: it sends %22 instead,
# which the parser keeps as it is (multipart.c); the escape gives a real quote in the name.
(my $sent = $name) =~ s/"/\\"/g;
my $r = $c->upload($id, $comp->{id}, [file($sent, $pdf, 'application/octet-stream'),
    file($jpg_name, $jpg, 'application/octet-stream')]);
is($r->{status}, 303, 'a PDF and a JPEG uploaded to the draft');
my %fid = map { $_->{name} => $_->{id} } files_of($id);
ok($fid{$name}, "the PDF's row, its name with the quotes ($fid{$name})") or BAIL_OUT('no file row');
ok($fid{$jpg_name}, "the JPEG's row ($fid{$jpg_name})");
my $fid = $fid{$name};

my $log_at = log_size('dvc-files');
$r = $c->get("/files/$fid");
download_ok($r, $pdf, 'application/pdf', $name, 'the applicant, draft');
is($r->{headers}{'content-disposition'},
    q{attachment; filename="To khai _dac biet_ (ban 2).pdf"; filename*=UTF-8''}
    . 'T%E1%BB%9D%20khai%20%22%C4%91%E1%BA%B7c%20bi%E1%BB%87t%22%20%28b%E1%BA%A3n%202%29.pdf',
    'the Vietnamese name with quotes: the ASCII fallback without diacritics or quotes, the UTF-8 name encoded');
download_ok($c->get("/files/$fid{$jpg_name}"), $jpg, 'image/jpeg', $jpg_name, 'the applicant, the JPEG');

subtest 'one log line per download: the file and the user, no name' => sub {
	my @lines = wait_until(5, sub { my @l = grep { /download:/ } log_since('dvc-files', $log_at); @l >= 2 ? \@l : undef });
	my @l = @{ $lines[0] // [] };
	ok((grep { /download: file $fid by user $uid$/ } @l), "\"download: file $fid by user $uid\"")
	    or diag(join "\n", @l);
	ok(!(grep { /khai|\.pdf|\.jpg|ảnh/ } @l), 'no file name in the log');
};

subtest 'HEAD and a range: nginx serves them' => sub {
	my $h = $c->request('HEAD', "/files/$fid");
	is($h->{status}, 200, 'HEAD: 200');
	is($h->{raw}, '', '… no body');
	is($h->{headers}{'content-length'}, length $pdf, '… the size');
	is($h->{headers}{'content-type'}, 'application/pdf', '… the type');
	like($h->{headers}{'content-disposition'} // '', qr/^attachment; /, '… attachment');
	my $g = $c->get("/files/$fid", { Range => 'bytes=0-7' });
	is($g->{status}, 206, 'Range: bytes=0-7: 206');
	is($g->{raw}, '%PDF-1.4', '… the first eight bytes');
	is($c->request('POST', "/files/$fid", { Origin => $URL })->{status}, 405, 'POST: 405');
};

# ------------------------------------------------------------------ who else may not

my $anon = client();
$r = $anon->get("/files/$fid");
is($r->{status}, 303, 'not signed in: 303');
is($r->{location}, "/account/login?next=%2Ffiles%2F$fid", '… to the sign-in page, and back after it');

my $other = citizen();
hidden_ok($other, $fid, 'another citizen');
my $officer = demo_user($receiver{$home});
hidden_ok($officer, $fid, "an officer of the receiving unit $home, while it is a draft");

# ------------------------------------------------------------------ after the submission

$c->fill_required($id);
$c->choose_online($id);
$r = $c->submit($id);
is($r->{status}, 303, 'the dossier is submitted');
is(dossier($id)->{status}, 1, '… status 1');

download_ok($officer->get("/files/$fid"), $pdf, 'application/pdf', $name, "an officer of $home (receiving)");
download_ok($c->get("/files/$fid"), $pdf, 'application/pdf', $name, 'the applicant, submitted');
hidden_ok($other, $fid, 'another citizen, submitted');
my $stranger = demo_user($receiver{$away});
hidden_ok($stranger, $fid, "an officer of another unit ($away)");
my $admin = demo_user($admin_login);
hidden_ok($admin, $fid, 'the administrator');

subtest 'a unit that has held the dossier (dossier_units)' => sub {
	db_rows("INSERT INTO dossier_units (dossier_id, agency_id, since) VALUES ($id, $away_id, UTC_TIMESTAMP())");
	download_ok($stranger->get("/files/$fid"), $pdf, 'application/pdf', $name, "an officer of $away, once it held it");
	db_rows("DELETE FROM dossier_units WHERE dossier_id = $id AND agency_id = $away_id");
	is($stranger->get("/files/$fid")->{status}, 404, '… and 404 again without the row');
};

# ------------------------------------------------------------------ ids, the internal location

subtest 'ids that are not plain numbers: 404' => sub {
	for my $bad ('abc', "${fid}abc", "-$fid", '0', "0$fid", "$fid.0", '%20' . $fid, '1e3',
	    '99999999999999999999', '9' x 19, '123456789012345678', "$fid/", "$fid/x", '') {
		is($c->get("/files/$bad")->{status}, 404, "/files/$bad: 404");
	}
	is($c->get("/files/$fid?format=xml")->{status}, 200, '?format=xml is still the file');
};

subtest 'the store cannot be reached from outside' => sub {
	my $sha = sha256_hex($pdf);
	my $path = '/_store/' . substr($sha, 0, 2) . "/$sha";
	ok(-f store_path($sha), 'the file is in the store');
	for my $who ([$anon, 'not signed in'], [$c, 'the applicant']) {
		my $s = $who->[0]->get($path);
		is($s->{status}, 404, "$who->[1]: GET $path: 404");
		unlike($s->{raw}, qr/%PDF/, '… without the file');
	}
	is($c->get('/_store/')->{status}, 404, 'GET /_store/: 404 (no listing)');
	is($c->get('/_store/' . substr($sha, 0, 2) . '/')->{status}, 404, 'GET /_store/XX/: 404');
	is($c->get('/_store/tmp/')->{status}, 404, 'GET /_store/tmp/: 404');
};

done_testing();
