#!/usr/bin/perl
# The whole submission of a fresh citizen, through nginx: open a draft for a level-4 procedure,
# the applicant prefilled from the profile, a real PDF and a real JPEG uploaded (type from the
# content, content in the store under its SHA-256), several files per component, replace and
# remove, resume from "Hồ sơ của tôi", each result channel (online; postal with a typed commune,
# then with one of an imported table, a commune of another province refused; counter only for
# a level-3 procedure), the fees and the review with the expected due date, the submission
# (status 1, the national code, fees, history, e-mail) and the receipt with its QR code;
# afterwards the dossier can no longer be edited.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Digest::SHA qw(sha256_hex);
use Test::More;
use Time::Local qw(timegm);
use DVCTest;
use DVC::Submit;
use DVC::Mail qw(wait_mail mail_link);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# A level-4 procedure with at least two required components, each taking PDF and JPEG, a fee,
# a time limit in hours, and the online and postal channels.
my $p = pick_procedure(level => 4, required => 2, fee => 1, timed => 1,
    channels => ['online', 'postal'], types => ['pdf', 'jpg']);
ok($p, 'a level-4 procedure with two required components (PDF and JPEG), a fee and a time limit')
    or BAIL_OUT('no such procedure in the seed');
my $code = $p->{code};
my @req = required_components($p->{id});
my ($ca, $cb) = @req[0, 1];
note("procedure $code ($p->{name}), agency $p->{agency_code}, components $ca->{id} and $cb->{id}");

my $c = citizen();
my $who = $c->who;
my $uid = $c->user_id;
ok($uid, "a fresh citizen is registered and signed in (user $uid)");

# ------------------------------------------------------------------ start a draft

my $id;
subtest 'start: GET /submit/new, POST /submit/new makes a draft prefilled from the profile' => sub {
	my $r = $c->get('/submit/new?procedure=' . url_escape($code));
	is($r->{status}, 200, 'GET /submit/new?procedure=CODE: 200');
	like(text_of($r->{body}), qr/\Q$p->{name}\E/, 'the page names the procedure');
	like($r->{body}, qr{<form\b[^>]*action="/submit/new"}, 'with the form that starts the draft');
	is(count_rows('dossiers', "user_id = $uid"), 0, 'no dossier before the POST');

	$r = $c->post('/submit/new', [procedure => $code, applicant_kind => 'citizen']);
	is($r->{status}, 303, 'POST /submit/new: 303');
	($id) = ($r->{location} // '') =~ m{^/submit/(\d+)/info$};
	ok($id, "… to /submit/ID/info ($r->{location})") or return;
	my $d = dossier($id);
	is($d->{status}, 0, 'dossiers row with status 0 (draft)');
	is($d->{user_id}, $uid, 'of this user');
	is($d->{procedure_id}, $p->{id}, 'for this procedure');
	is($d->{agency_id}, $p->{agency_id}, 'to its agency');
	is($d->{code}, undef, 'no code yet');
	is($d->{applicant_kind}, 'citizen', 'applicant: the citizen themself');
	is($d->{applicant_name}, $who->{full_name}, 'name from the profile');
	is($d->{applicant_citizen_id}, $who->{citizen_id}, 'CCCD from the profile');
	is($d->{applicant_birth_date}, $who->{birth_date}, 'date of birth from the profile');
	is($d->{applicant_phone}, $who->{phone}, 'phone from the profile');
	is($d->{applicant_email}, $who->{email}, 'e-mail from the profile');

	$r = $c->get("/submit/$id/info");
	is($r->{status}, 200, 'GET /submit/ID/info: 200');
	my $text = text_of($r->{body});
	like($text, qr/\Q$who->{full_name}\E/, 'the info page shows the name');
	like($text, qr/\Q$who->{citizen_id}\E/, '… and the CCCD');
	is(field_value($r->{body}, 'applicant_phone'), $who->{phone}, '… and the phone in its field');
	is(field_value($r->{body}, 'applicant_email'), $who->{email}, '… and the e-mail in its field');
};
$id or BAIL_OUT('no draft');

my $email = 'nhanketqua' . $$ . int(rand 1e6) . '@thu.example.vn';
subtest 'info: the request and the contact details are saved' => sub {
	my $r = $c->post("/submit/$id/info", [applicant_phone => '0987 654 321', applicant_email => $email,
	    applicant_address => 'Số 12 phố Lê Lợi, phường Hạc Thành', request_note => 'Cấp 02 bản để nộp hồ sơ vay vốn.']);
	is($r->{status}, 303, 'POST /submit/ID/info: 303');
	is($r->{location}, "/submit/$id/files", '… to the files step');
	my $d = dossier($id);
	is($d->{applicant_phone}, '0987654321', 'phone saved (normalised)');
	is($d->{applicant_email}, $email, 'e-mail saved');
	is($d->{applicant_address}, 'Số 12 phố Lê Lợi, phường Hạc Thành', 'address saved');
	is($d->{request_note}, 'Cấp 02 bản để nộp hồ sơ vay vốn.', 'request saved');
	is($d->{status}, 0, 'still a draft');
	# Not the account's address: confirmed by the link sent to it before any message goes there.
	is($d->{applicant_email_confirmed}, 0, 'another address than the account\'s waits for confirmation');
	my $m = wait_mail($email, qr/^Xác nhận thư điện tử/);
	my $link = mail_link($m, '/account/contact');
	ok(defined $link, 'the address is sent a link /account/contact?token=…');
	is($c->get($link // '/account/contact')->{status}, 200, 'the link opens');
	is(dossier($id)->{applicant_email_confirmed}, 1, 'the contact address is confirmed');
};

# ------------------------------------------------------------------ uploads

# Checks the row of FILE_ID against BYTES and the stored file.
sub stored_ok {
	my ($row, $bytes, $mime, $name) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $sha = sha256_hex($bytes);
	is($row->{sha256}, $sha, "$name: sha256 of the content");
	is($row->{size}, length $bytes, "$name: size");
	is($row->{mime}, $mime, "$name: mime $mime");
	my $path = store_path($sha);
	ok(-f $path, "$name: stored at store/" . substr($sha, 0, 2) . "/<sha>") or return;
	open(my $fh, '<:raw', $path) or return fail("$path: $!");
	local $/;
	my $got = <$fh>;
	close $fh;
	ok($got eq $bytes, "$name: the stored bytes are the uploaded ones");
}

my $pdf = pdf_bytes("To khai $$ " . time);
my $jpg = jpeg_bytes("anh $$ " . time);
my $pdf_as_jpg = pdf_bytes("Ban scan $$ " . time);
my %fid;	# file name => dossier_files id

subtest 'upload a real PDF and a real JPEG: rows, store, type from the content' => sub {
	my $tmpf = "$VAR/tmp/flow-$$.pdf";
	open(my $fh, '>:raw', $tmpf) or die $!;
	print {$fh} $pdf;
	close $fh;
	like(`file -b "$tmpf"`, qr/^PDF document/, 'the test PDF is a PDF for file(1)');
	unlink $tmpf;
	like(`file -b "$ENV{DVC_REPO}/tests/data/upload/anh-the.jpg"`, qr/^JPEG image data/,
	    'the test JPEG is a JPEG for file(1)');

	my $r = $c->get("/submit/$id/files");
	is($r->{status}, 200, 'GET /submit/ID/files: 200');
	is_deeply([component_ids($r->{body})], [map { $_->{id} } procedure_components($p->{id})],
	    'one upload slot per component, in order');

	$r = $c->upload($id, $ca->{id}, [file('tờ khai.pdf', $pdf, 'application/pdf')]);
	is($r->{status}, 303, 'upload the PDF: 303');
	is($r->{location}, "/submit/$id/files?msg=uploaded#component-$ca->{id}", '… back to its component');
	$r = $c->upload($id, $cb->{id}, [file('anh-the.jpg', $jpg, 'image/jpeg')]);
	is($r->{status}, 303, 'upload the JPEG: 303');
	# A PDF named .jpg and claimed to be image/jpeg is what its content says.
	$r = $c->upload($id, $cb->{id}, [file('scan.jpg', $pdf_as_jpg, 'image/jpeg')]);
	is($r->{status}, 303, 'upload a PDF named scan.jpg sent as image/jpeg: 303');

	my @rows = files_of($id);
	is(scalar @rows, 3, 'three dossier_files rows');
	%fid = map { $_->{name} => $_->{id} } @rows;
	my %by = map { $_->{name} => $_ } @rows;
	is($by{'tờ khai.pdf'}{component_id}, $ca->{id}, 'the PDF under its component');
	stored_ok($by{'tờ khai.pdf'}, $pdf, 'application/pdf', 'PDF');
	is($by{'anh-the.jpg'}{component_id}, $cb->{id}, 'the JPEG under its component');
	stored_ok($by{'anh-the.jpg'}, $jpg, 'image/jpeg', 'JPEG');
	stored_ok($by{'scan.jpg'}, $pdf_as_jpg, 'application/pdf', 'scan.jpg (a PDF)');
	like(`file -b "${\ store_path(sha256_hex($pdf))}"`, qr/^PDF document/, 'file(1) says PDF of the stored PDF');

	$r = $c->get("/submit/$id/files?msg=uploaded");
	is($r->{status}, 200, 'the files page after the uploads: 200');
	my $listed = files_on_page($r->{body});
	is_deeply($listed->{ $ca->{id} }, ['tờ khai.pdf'], 'the PDF listed under its component');
	is_deeply($listed->{ $cb->{id} }, ['anh-the.jpg', 'scan.jpg'], 'the JPEG and scan.jpg under theirs');
	is_deeply(tmp_files(), {}, 'nothing left in store/tmp');
};

subtest 'several files in one upload to one component' => sub {
	my $p2 = pdf_bytes("Trang 2 $$ " . time);
	my $j2 = jpeg_bytes("trang 3 $$ " . time);
	my $r = $c->upload($id, $ca->{id}, [file('trang-2.pdf', $p2, 'application/pdf'),
	    file('trang-3.jpg', $j2, 'image/jpeg')]);
	is($r->{status}, 303, 'two files in one POST: 303');
	my @a = grep { $_->{component_id} == $ca->{id} } files_of($id);
	is_deeply([map { $_->{name} } @a], ['tờ khai.pdf', 'trang-2.pdf', 'trang-3.jpg'],
	    'three files under the component now');
	my %by = map { $_->{name} => $_ } @a;
	stored_ok($by{'trang-2.pdf'}, $p2, 'application/pdf', 'trang-2.pdf');
	stored_ok($by{'trang-3.jpg'}, $j2, 'image/jpeg', 'trang-3.jpg');
	$fid{$_->{name}} = $_->{id} for @a;
	$r = $c->get("/submit/$id/files");
	is_deeply(files_on_page($r->{body})->{ $ca->{id} }, ['tờ khai.pdf', 'trang-2.pdf', 'trang-3.jpg'],
	    'all three listed on the page');
};

subtest 'replace a file' => sub {
	my $new = jpeg_bytes("anh moi $$ " . time);
	my $old = $fid{'anh-the.jpg'};
	my $before = count_rows('dossier_files', "dossier_id = $id");
	my $r = $c->upload($id, $cb->{id}, [file('anh-the-moi.jpg', $new, 'image/jpeg')], replace => $old);
	is($r->{status}, 303, 'upload with replace=<old file id>: 303');
	is(count_rows('dossier_files', "id = $old"), 0, 'the old row is gone');
	my ($row) = grep { $_->{name} eq 'anh-the-moi.jpg' } files_of($id);
	ok($row, 'the new row is there') or return;
	is($row->{component_id}, $cb->{id}, '… under the same component');
	stored_ok($row, $new, 'image/jpeg', 'the new JPEG');
	is(count_rows('dossier_files', "dossier_id = $id"), $before, 'as many files as before');
	$fid{'anh-the-moi.jpg'} = $row->{id};
	delete $fid{'anh-the.jpg'};
	$r = $c->get("/submit/$id/files");
	is_deeply(files_on_page($r->{body})->{ $cb->{id} }, ['scan.jpg', 'anh-the-moi.jpg'],
	    'the page lists the new file, not the old one');
};

subtest 'remove a file' => sub {
	my $gone = $fid{'scan.jpg'};
	my $before = count_rows('dossier_files', "dossier_id = $id");
	my $r = $c->post("/submit/$id/remove", [file => $gone]);
	is($r->{status}, 303, 'POST /submit/ID/remove: 303');
	is($r->{location}, "/submit/$id/files?msg=removed", '… back to the files');
	is(count_rows('dossier_files', "id = $gone"), 0, 'the row is gone');
	is(count_rows('dossier_files', "dossier_id = $id"), $before - 1, 'the others stay');
	$r = $c->post("/submit/$id/remove", [file => $gone]);
	is($r->{status}, 404, 'removing it again: 404');
	is(count_rows('dossier_files', "dossier_id = $id"), $before - 1, '… and nothing else removed');
	$r = $c->get("/submit/$id/files?msg=removed");
	is_deeply(files_on_page($r->{body})->{ $cb->{id} }, ['anh-the-moi.jpg'], 'no longer listed');
	delete $fid{'scan.jpg'};
};

# ------------------------------------------------------------------ resume

subtest 'resume: "Hồ sơ của tôi" lists the draft; the procedure opens the same draft' => sub {
	my $r = $c->get('/submit/');
	is($r->{status}, 303, 'GET /submit/: 303');
	is($r->{location}, '/dossiers/', '… to "Hồ sơ của tôi" (dvc-dossiers)');
	$r = $c->get('/dossiers/');
	is($r->{status}, 200, 'GET /dossiers/: 200');
	like($r->{body}, qr{href="/submit/$id/info"}, 'a link to continue the draft');
	like(text_of($r->{body}), qr/\Q$p->{name}\E/, 'the draft named by its procedure');
	$r = $c->get('/submit/new?procedure=' . url_escape($code));
	is($r->{status}, 303, 'GET /submit/new?procedure=CODE again: 303');
	is($r->{location}, "/submit/$id/info", '… to the same draft');
	is(count_rows('dossiers', "user_id = $uid"), 1, 'no second draft');
};

# ------------------------------------------------------------------ result channels

sub delivery_row {
	my $d = dossier($id);
	return { map { $_ => $d->{$_} } qw(channel postal_recipient postal_phone postal_street
	    postal_commune postal_commune_code postal_province_code) };
}

subtest 'channel: online' => sub {
	my $r = $c->get("/submit/$id/delivery");
	is($r->{status}, 200, 'GET /submit/ID/delivery: 200');
	ok($r->{body} =~ m{<input\b(?=[^>]*name="channel")(?=[^>]*value="online")}, 'the page offers the online channel');
	ok($r->{body} =~ m{<input\b(?=[^>]*name="channel")(?=[^>]*value="postal")}, 'the page offers the postal channel');
	unlike($r->{body}, qr{<input\b[^>]*value="counter"}, 'not the counter (level 4)');
	$r = $c->post("/submit/$id/delivery", [channel => 'online']);
	is($r->{status}, 303, 'online: 303');
	is($r->{location}, "/submit/$id/fees", '… to the fees');
	is_deeply(delivery_row(), { channel => 'online', postal_recipient => '', postal_phone => '',
	    postal_street => '', postal_commune => '', postal_commune_code => undef,
	    postal_province_code => undef }, 'channel online, no address');
};

my %postal = (channel => 'postal', postal_recipient => 'Lê Văn Thành', postal_phone => '0912 000 111',
    postal_street => 'Số 5 ngõ 12 đường Trần Phú', postal_province_code => '38');
sub postal { my %o = (%postal, @_); return [map { $_ => $o{$_} } sort keys %o] }

# A refused delivery form, read in its XML form: { field => message code }.
sub delivery_refused {
	my ($pairs) = @_;
	my $r = $c->post("/submit/$id/delivery?format=xml", $pairs);
	return ($r->{status}, form_errors($r->{body}));
}

subtest 'channel: postal with a typed commune' => sub {
	my $before = delivery_row();
	my ($st, $err) = delivery_refused(postal(postal_street => '', postal_commune => 'Phường Hạc Thành'));
	is($st, 200, 'postal without a street: refused (the form again, 200)');
	is($err->{postal_street} // '', 'postal_street.required', 'with a message at the street');
	($st, $err) = delivery_refused(postal(postal_commune => ''));
	is($st, 200, 'postal without a commune (none typed, none chosen): refused');
	is($err->{postal_commune} // '', 'postal_commune.required', 'with a message at the commune');
	($st, $err) = delivery_refused(postal(postal_commune => 'Phường Hạc Thành', postal_province_code => ''));
	is($st, 200, 'postal without a province: refused');
	ok($err->{postal_province_code}, 'with a message at the province');
	is_deeply(delivery_row(), $before, 'nothing saved');

	my $r = $c->post("/submit/$id/delivery", postal(postal_commune => 'Phường Hạc Thành'));
	is($r->{status}, 303, 'postal with a typed commune: 303') or diag(join ' | ', error_summary($r->{body}));
	is_deeply(delivery_row(), { channel => 'postal', postal_recipient => 'Lê Văn Thành',
	    postal_phone => '0912000111', postal_street => 'Số 5 ngõ 12 đường Trần Phú',
	    postal_commune => 'Phường Hạc Thành', postal_commune_code => undef,
	    postal_province_code => '38' }, 'the address saved, the commune as typed');
};

my $csv = "$ENV{DVC_REPO}/tests/data/communes.csv";
my (%csv_communes, @new_codes);
{
	open(my $fh, '<:encoding(UTF-8)', $csv) or die "$csv: $!";
	while (<$fh>) {
		chomp;
		next if /^#/ || /^code,/ || $_ eq '';
		my ($cc, $prov, $name) = split /,/, $_, 3;
		$csv_communes{$cc} = [$prov, $name];
	}
	close $fh;
}
my ($c38) = sort grep { $csv_communes{$_}[0] eq '38' } keys %csv_communes;
my ($c01) = sort grep { $csv_communes{$_}[0] ne '38' } keys %csv_communes;
@new_codes = grep { !count_rows('communes', 'code = ' . sql_str($_)) } sort keys %csv_communes;

subtest 'channel: postal with a commune of the imported table' => sub {
	my $out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" communes "$csv" 2>&1`;
	is($?, 0, 'dvcctl communes tests/data/communes.csv: exit 0') or diag($out);
	my $n = keys %csv_communes;
	like($out, qr/imported $n communes/, "imported $n communes");
	is(count_rows('communes', 'code IN (' . join(', ', map { sql_str($_) } keys %csv_communes) . ')'),
	    $n, 'all in the communes table');

	my $r = $c->get("/submit/$id/delivery?province=38&format=xml");
	is($r->{status}, 200, 'GET /submit/ID/delivery?province=38: 200');
	my ($list) = $r->{body} =~ m{<communes>(.*?)</communes>}s;
	my %offered = map { $_->{code} => $_->{name} } xml_records($list // '', 'commune');
	is($offered{$c38}, $csv_communes{$c38}[1], "the commune $c38 offered for province 38");
	ok(!exists $offered{$c01}, "not the commune $c01 of province $csv_communes{$c01}[0]");
	$r = $c->get("/submit/$id/delivery?province=38");
	ok($r->{body} =~ m{<option\b[^>]*value="$c38"}, "the page lists the commune $c38");
	ok($r->{body} !~ m{<option\b[^>]*value="$c01"}, "… not $c01");

	my $before = delivery_row();
	my ($st, $err) = delivery_refused(postal(postal_commune_code => $c01));
	is($st, 200, "a commune of province $csv_communes{$c01}[0] with province 38: refused");
	is($err->{postal_commune_code} // '', 'postal_commune.other_province', '… postal_commune.other_province ("không thuộc tỉnh, thành phố đã chọn")');
	($st, $err) = delivery_refused(postal(postal_commune_code => '99999'));
	is($st, 200, 'a commune code that does not exist: refused');
	ok($err->{postal_commune_code}, '… with a message');
	is_deeply(delivery_row(), $before, 'nothing saved');

	$r = $c->post("/submit/$id/delivery", postal(postal_commune_code => $c38));
	is($r->{status}, 303, "commune $c38: 303") or diag(join ' | ', error_summary($r->{body}));
	my $d = delivery_row();
	is($d->{postal_commune_code}, $c38, 'its code saved');
	is($d->{postal_commune}, $csv_communes{$c38}[1], 'its name from the table');
	is($d->{postal_province_code}, '38', 'province 38');
};

subtest 'channel: counter refused for level 4' => sub {
	my $before = delivery_row();
	my ($st, $err) = delivery_refused([channel => 'counter']);
	is($st, 200, 'counter for a level-4 procedure: refused (the form again)');
	is($err->{channel} // '', 'channel.not_offered', 'with a message: channel.not_offered');
	($st, $err) = delivery_refused([channel => 'pigeon']);
	is($st, 200, 'an unknown channel: refused');
	ok($err->{channel}, 'with a message');
	is_deeply(delivery_row(), $before, 'nothing saved');
};

subtest 'channel: counter for a level-3 procedure that offers it' => sub {
	my $p3 = pick_procedure(level => 3, channels => ['counter'], without => ['online']);
	ok($p3, "a level-3 procedure with the counter and without online ($p3->{code}: $p3->{channels})") or return;
	my $id3 = $c->new_draft($p3->{code});
	ok($id3 && $id3 != $id, "a second draft ($id3)");
	my $r = $c->post("/submit/$id3/delivery", [channel => 'online']);
	is($r->{status}, 200, 'online, which it does not offer: refused');
	is(dossier($id3)->{channel}, undef, 'nothing saved');
	$r = $c->post("/submit/$id3/delivery", [channel => 'counter']);
	is($r->{status}, 303, 'counter: 303');
	is(dossier($id3)->{channel}, 'counter', 'channel counter saved');
	# The counter channel goes through submission too.
	$c->fill_required($id3);
	$r = $c->submit($id3);
	is($r->{status}, 303, 'the level-3 dossier with the counter channel is submitted');
	is(dossier($id3)->{status}, 1, '… status 1');
};

# ------------------------------------------------------------------ fees, review, submit

my $fees = [db_rows("SELECT sort, kind, name, amount, stage FROM procedure_fees WHERE procedure_id = $p->{id}"
    . ' AND optional = 0 ORDER BY sort')];
my $total = 0;
$total += $_->[3] for @$fees;

subtest 'fees: the page shows the total due' => sub {
	my $r = $c->get("/submit/$id/fees");
	is($r->{status}, 200, 'GET /submit/ID/fees: 200');
	ok($total > 0, "the procedure's fees total " . money($total));
	my ($due) = $r->{body} =~ m{<p class="fee-due-amount">(.*?)</p>}s;
	like(text_of($due // $r->{body}), qr/\Q${\ money($total)}\E/, 'the total due: ' . money($total));
	like(text_of($r->{body}), qr/\Q$_->[2]\E/, "the fee '$_->[2]' listed") for @$fees;
};

sub vn_epoch {
	my ($s) = @_;	# dd/mm/yyyy HH:MM, Vietnam's time
	my ($d, $m, $y, $H, $M) = $s =~ m{(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)} or return undef;
	return timegm(0, $M, $H, $d, $m - 1, $y) - 7 * 3600;
}

my ($estimate, $receipt_url);
subtest 'review and submit' => sub {
	my $r = $c->get("/submit/$id/review");
	is($r->{status}, 200, 'GET /submit/ID/review: 200');
	my $text = text_of($r->{body});
	my $xml = $c->get("/submit/$id/review?format=xml");
	($estimate) = $xml->{body} =~ m{<estimate>\s*<due_at>(\d\d/\d\d/\d{4} \d\d:\d\d)</due_at>};
	ok($estimate, 'an expected due date in the page data (' . ($estimate // 'none') . ')');
	like($text, qr/\Q${\ ($estimate \/\/ 'NONE')}\E/, '… shown on the review page');
	like($text, qr/\Q$_\E/, "the review shows '$_'") for 'tờ khai.pdf', 'anh-the-moi.jpg', $email,
	    $csv_communes{$c38}[1];
	like($text, qr/\Q${\ money($total)}\E/, 'and the fee total');

	my $events = count_rows('dossier_events', "dossier_id = $id");
	is($events, 0, 'no history before the submission');
	$r = $c->submit($id);
	is($r->{status}, 303, 'POST /submit/ID/submit: 303');
	is($r->{location}, "/submit/$id/receipt?msg=submitted", '… to the receipt');
	$receipt_url = $r->{location};

	my $d = dossier($id);
	is($d->{status}, 1, 'status 1');
	my $yymmdd = db_value("SELECT DATE_FORMAT(CONVERT_TZ(submitted_at, '+00:00', '+07:00'), '%y%m%d')"
	    . " FROM dossiers WHERE id = $id");
	like($d->{code} // '', qr/^\Q$p->{agency_code}\E-\d{6}-\d{4}$/, "code $d->{code}: <agency code>-yyMMdd-NNNN");
	like($d->{code} // '', qr/-\Q$yymmdd\E-/, "… of the day of submission in Vietnam ($yymmdd)");
	my $age = db_value("SELECT TIMESTAMPDIFF(SECOND, submitted_at, UTC_TIMESTAMP()) FROM dossiers WHERE id = $id");
	ok(defined $d->{submitted_at} && $age >= 0 && $age < 120, "submitted_at is now ($d->{submitted_at} UTC)");
	ok(defined $d->{due_at}, "due_at set ($d->{due_at} UTC)");
	my $span = db_value("SELECT TIMESTAMPDIFF(HOUR, submitted_at, due_at) FROM dossiers WHERE id = $id");
	cmp_ok($span, '>=', $p->{hours}, "due_at at least $p->{hours} hours after the submission ($span)");
	cmp_ok($span, '<=', $p->{hours} / 8 * 24 * 3 + 24 * 14, '… and not absurdly later');
	is($d->{processing_hours}, $p->{hours}, 'the time limit fixed on the dossier');
	is($d->{fee_total}, $total, 'fee_total ' . money($total));
	my $due_vn = db_value("SELECT DATE_FORMAT(CONVERT_TZ(due_at, '+00:00', '+07:00'), '%d/%m/%Y %H:%i')"
	    . " FROM dossiers WHERE id = $id");
	my ($e, $dd) = (vn_epoch($estimate // ''), vn_epoch($due_vn));
	ok(defined $e && $e >= $dd - 180 && $e <= $dd + 60,
	    "the review's expected due date ($estimate) is the one fixed at submission ($due_vn)");
	is_deeply([db_rows("SELECT sort, kind, name, amount, stage FROM dossier_fees WHERE dossier_id = $id ORDER BY sort")],
	    $fees, 'dossier_fees: the non-optional fees of the procedure copied');
	is_deeply([db_rows("SELECT from_status, to_status, user_id FROM dossier_events WHERE dossier_id = $id")],
	    [[0, 1, $uid]], 'one dossier_events row 0 → 1 by the citizen');
	my @mail = db_rows("SELECT channel, recipient, subject, body FROM outbox WHERE dossier_id = $id");
	is(scalar @mail, 1, 'one outbox row');
	is($mail[0][0], 'email', '… an e-mail');
	is($mail[0][1], $email, '… to the applicant\'s e-mail');
	like($mail[0][2], qr/\Q$d->{code}\E/, '… its subject has the code');
	like($mail[0][3], qr/\Q$d->{code}\E/, '… and its body');
};

my $d = dossier($id);
my $dcode = $d->{code} // 'NONE';

subtest 'receipt' => sub {
	my $r = $c->get($receipt_url);
	is($r->{status}, 200, 'GET /submit/ID/receipt: 200');
	my $text = text_of($r->{body});
	like($text, qr/\Q$dcode\E/, "the code $dcode");
	# The due date: dd/mm/yyyy, or as the slip of Circular 03/2025 writes it (ngày dd tháng mm năm yyyy).
	my $due = vn_date($d->{due_at});
	my ($dd, $mm, $yyyy) = split m{/}, $due;
	like($text, qr/\Q$due\E|ngày \Q$dd\E tháng \Q$mm\E năm \Q$yyyy\E/, "the due date $due");
	like($text, qr/\Q$p->{name}\E/, 'the procedure');
	like($text, qr/\Q$who->{full_name}\E/, 'the applicant');
	my ($svg) = $r->{body} =~ m{(<svg\b[^>]*class="qr".*?</svg>)}s;
	ok($svg, 'an inline QR code (svg.qr)') or return;
	my ($size) = $svg =~ m{viewBox="0 0 (\d+) \1"};
	ok($size && ($size - 8 - 21) % 4 == 0 && $size - 8 <= 177, "a QR grid of a valid size ($size incl. the quiet zone)");
	like($svg, qr{<path\b[^>]*\bd="(?:M\d+ \d+h\d+v1h-\d+z)+"}, 'the dark modules as one path');
	my ($base) = `sed -n 's/^base_url *= *//p' "$ENV{DVC_CONF}"` =~ /(\S+)/;
	my $token = db_value("SELECT track_token FROM dossiers WHERE id = $id");
	like($token, qr/^[A-Za-z0-9_-]{22}$/, 'the dossier has its tracking token');
	my $track = "$base/track/$token";
	like($text, qr/\Q$track\E/, "the tracking URL $track (its token, no digits to type)");
	like($r->{body}, qr{<a\b[^>]*href="\Q$track\E"}, '… a link');
	like($r->{body}, qr{<a href="/dossiers/">Hồ sơ của tôi</a>}, '… and "Hồ sơ của tôi" a link too');
	$r = $c->get("/submit/$id/receipt?format=xml");
	my ($xml_path) = $r->{body} =~ m{<qr>.*?<path>([^<]*)</path>}s;
	my ($xml_url) = $r->{body} =~ m{<track_url>([^<]*)</track_url>};
	is(html_unescape($xml_url // ''), $track, 'the QR encodes the tracking URL (track_url in the page data)');
	ok($xml_path && index($svg, $xml_path) >= 0, '… and the svg draws that QR');

	$r = $c->get('/dossiers/');
	like($r->{body}, qr{href="/dossiers/\Q$dcode\E"}, '"Hồ sơ của tôi" links the dossier\'s page');
	like(text_of($r->{body}), qr/\Q$dcode\E/, '… with the code');
	unlike($r->{body}, qr{href="/submit/$id/info"}, '… and no longer as a draft');
};

subtest 'a submitted dossier can no longer be edited' => sub {
	my $snap = dossier($id);
	my @files = files_of($id);
	my $store = store_files();
	for my $step (qw(info files delivery fees review)) {
		my $r = $c->get("/submit/$id/$step");
		is($r->{status}, 303, "GET /submit/ID/$step: 303");
		is($r->{location}, "/submit/$id/receipt", '… to the receipt');
	}
	my $r = $c->post("/submit/$id/info", [applicant_phone => '0911111111', applicant_email => 'khac@thu.example.vn']);
	is($r->{status}, 303, 'POST info: 303');
	is($r->{location}, "/submit/$id/receipt", '… to the receipt');
	$r = $c->post("/submit/$id/delivery", [channel => 'online']);
	is($r->{location}, "/submit/$id/receipt", 'POST delivery: to the receipt');
	my $late = pdf_bytes("Nop muon $$ " . time);
	$r = $c->upload($id, $ca->{id}, [file('nop-muon.pdf', $late, 'application/pdf')]);
	ok($r->{status} == 404 || $r->{status} == 403 || $r->{status} == 409, "an upload: refused ($r->{status})");
	ok(!-e store_path(sha256_hex($late)), '… the file not stored');
	is_deeply(tmp_files(), {}, '… nothing left in store/tmp');
	$r = $c->upload($id, $ca->{id}, [file('thay.pdf', $late, 'application/pdf')], replace => $files[0]{id});
	ok($r->{status} >= 400, "an upload replacing a file: refused ($r->{status})");
	$r = $c->post("/submit/$id/remove", [file => $files[0]{id}]);
	is($r->{status}, 404, 'removing a file: 404');
	$r = $c->submit($id);
	is($r->{status}, 303, 'submitting again: 303');
	is($r->{location}, "/submit/$id/receipt", '… to the receipt (no msg=submitted)');
	is_deeply(dossier($id), $snap, 'the dossiers row unchanged');
	is_deeply([files_of($id)], \@files, 'its files unchanged');
	is_deeply(store_files(), $store, 'the store unchanged');
	is(count_rows('dossier_events', "dossier_id = $id"), 1, 'still one event');
	is(count_rows('outbox', "dossier_id = $id"), 1, 'still one e-mail');
};

# The communes this test imported go again: other tests expect the table as they found it.
db_rows('DELETE FROM communes WHERE code IN (' . join(', ', map { sql_str($_) } @new_codes) . ')')
    if @new_codes;

done_testing;
