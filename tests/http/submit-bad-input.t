#!/usr/bin/perl
# Bad input to dvc-submit, each answered as it should and leaving the draft, the dossier_files
# table, the file store and store/tmp as they were: a file over its component's limit (413
# naming the limit in MB), content of a type the component does not take (an executable named
# .pdf), an empty file, a required component missing at submission (422 naming it), no result
# channel, malformed multipart bodies (400) and a missing, misplaced or wrong CSRF part (403),
# someone else's draft in every URL (404), ids that are not ids (404), an anonymous visitor
# (to the login page) and an officer (403); two component parts in one upload (400, saying
# one component an upload, nothing stored under either); and uploads past what a dossier
# (files, MB) and an account's drafts (MB) may hold (413 naming the bound).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Digest::SHA qw(sha256_hex);
use Encode ();
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# The smallest size limit of a component of a procedure that can be submitted online.
my ($small) = map { { id => $_->[0], procedure_id => $_->[1], max_size_kb => $_->[2], types => $_->[3] } }
    db_rows('SELECT c.id, c.procedure_id, c.max_size_kb, c.file_types FROM procedure_components c'
    . ' JOIN procedures p ON p.id = c.procedure_id WHERE p.level IN (3, 4) AND c.max_size_kb > 0'
    . " AND (FIND_IN_SET('jpg', c.file_types) OR FIND_IN_SET('pdf', c.file_types))"
    . ' ORDER BY c.max_size_kb, c.id LIMIT 1');
ok($small, "the component with the smallest limit: $small->{id} ($small->{max_size_kb} KB, $small->{types})")
    or BAIL_OUT('no component');
my $pcode = db_value("SELECT current_code FROM procedures WHERE id = $small->{procedure_id}");
my @comps = procedure_components($small->{procedure_id});
my ($pdf_comp) = grep { $_->{id} != $small->{id} && $_->{file_types} =~ /\bpdf\b/ } @comps;
ok($pdf_comp, "a component of the same procedure taking PDF ($pdf_comp->{id}: $pdf_comp->{file_types})")
    or BAIL_OUT('no PDF component');
my $small_kind = $small->{types} =~ /\bjpg\b/ ? 'jpg' : 'pdf';
# A valid file of the small component's kind, of exactly SIZE bytes when given.
sub small_file {
	my ($tag, $size) = @_;
	my $bytes = $small_kind eq 'jpg' ? jpeg_bytes($tag) : pdf_bytes($tag);
	$bytes .= "\0" x ($size - length $bytes) if defined $size;
	return file("anh-$tag.$small_kind", $bytes, $small_kind eq 'jpg' ? 'image/jpeg' : 'application/pdf');
}

my $c = citizen();
my $other = citizen();
my $uid = $c->user_id;

# A draft with data of its own and a file in each of the two components.
my $id = $c->new_draft($pcode);
ok($id, "a draft ($id) of $pcode");
is($c->post("/submit/$id/info", [applicant_phone => '0913456789', applicant_address => 'Thôn 3, xã Đông Tiến',
    request_note => 'Đề nghị cấp lại.'])->{status}, 303, 'its information saved');
is($c->upload($id, $small->{id}, [small_file("dau-$$")])->{status}, 303, 'a file in the small component');
is($c->upload($id, $pdf_comp->{id}, [file('don.pdf', pdf_bytes("Don $$ " . time), 'application/pdf')])->{status},
    303, 'a PDF in another');
is($c->post("/submit/$id/delivery", [channel => 'online'])->{status}, 303, 'the channel chosen');

# What must not change: the draft, its files, the store and store/tmp.
sub snapshot { draft_state(@_) }

sub unchanged {
	my ($before, $name, $did) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $now = snapshot($did // $id);
	is($now->{dossier}, $before->{dossier}, "$name: the draft unchanged");
	is($now->{files}, $before->{files}, "$name: its files unchanged");
	is($now->{nfiles}, $before->{nfiles}, "$name: no dossier_files row added or removed");
	is_deeply($now->{store}, $before->{store}, "$name: nothing new in the store");
	is_deeply($now->{tmp}, {}, "$name: nothing left in store/tmp");
}

my $snap;

# ------------------------------------------------------------------ too large, wrong type, empty

subtest 'a file over the limit of its component: 413 naming the limit' => sub {
	$snap = snapshot($id);
	my $limit = $small->{max_size_kb} * 1024;
	my $mb = $small->{max_size_kb} / 1024;
	my $r = $c->upload($id, $small->{id}, [small_file("lon-$$", $limit + 1)]);
	is($r->{status}, 413, sprintf('%d bytes into a %d KB component: 413', $limit + 1, $small->{max_size_kb}));
	is_html($r, '413');
	ok($r->{utf8_ok}, 'the page is valid UTF-8');
	my $msg = field_error($r->{body}, "component-$small->{id}") // '';
	like($msg, qr/vượt quá dung lượng tối đa \Q$mb\E MB/, "the message by the component names the limit ($mb MB): $msg");
	like(join(' ', error_summary($r->{body})), qr/\Q$mb\E MB/, '… also in the error summary');
	ok((grep { $_ == $pdf_comp->{id} } component_ids($r->{body})), 'the files page is shown again');
	unchanged($snap, 'over the limit');

	# A long file name (255 bytes at most): the message must still be whole.
	my $long = '';
	$long .= 'Bản chụp giấy tờ tùy thân ' while length(Encode::encode_utf8($long)) < 200;
	$long .= ".$small_kind";
	my $f = small_file("dai-$$", $limit + 1);
	$f->{filename} = $long;
	$r = $c->upload($id, $small->{id}, [$f]);
	is($r->{status}, 413, sprintf('over the limit with a %d-byte file name: 413', length Encode::encode_utf8($long)));
	$msg = field_error($r->{body}, "component-$small->{id}") // '';
	like($msg, qr/\Q$mb\E MB/, '… naming the limit');
	like($msg, qr/rồi tải lại\.$/, '… and the message is whole (ends "rồi tải lại.")');
	unchanged($snap, 'over the limit, long name');

	# With a good file before it in the same POST: neither is kept.
	$r = $c->upload($id, $small->{id}, [small_file("tot-$$"), small_file("lon2-$$", $limit + 4096)]);
	is($r->{status}, 413, 'a good file and one over the limit in one POST: 413');
	unchanged($snap, 'good file then one over the limit');

	# Exactly at the limit is allowed.
	my $at = small_file("bang-$$", $limit);
	$r = $c->upload($id, $small->{id}, [$at]);
	is($r->{status}, 303, "exactly $limit bytes: accepted");
	my ($row) = grep { $_->{name} eq $at->{filename} } files_of($id);
	ok($row && $row->{size} == $limit, '… recorded with its size') or return;
	is($c->post("/submit/$id/remove", [file => $row->{id}])->{status}, 303, '(removed again)');
	$snap = snapshot($id);
};

subtest 'content of a type the component does not take: refused naming the accepted types' => sub {
	$snap = snapshot($id);
	my $elf = elf_bytes();
	like(substr($elf, 0, 4), qr/^\x7fELF/, 'the first bytes of /bin/true: an ELF executable');
	my $r = $c->upload($id, $pdf_comp->{id}, [file('hop-dong.pdf', $elf, 'application/pdf')]);
	is($r->{status}, 415, 'an ELF named hop-dong.pdf sent as application/pdf: 415');
	my $msg = field_error($r->{body}, "component-$pdf_comp->{id}") // '';
	like($msg, qr/không phải loại được chấp nhận/, "a message: $msg");
	# Written as the page writes them: "pdf,jpg,png" as "PDF, JPG, PNG".
	my $names = sub { join(', ', map { uc } split /,/, $_[0]) };
	like($msg, qr/\Q@{[ $names->($pdf_comp->{file_types}) ]}\E/, "… naming the accepted types ($pdf_comp->{file_types})");
	ok(!-e store_path(sha256_hex($elf)), 'the executable is not in the store');
	unchanged($snap, 'ELF as .pdf');

	if ($small->{types} !~ /\bpdf\b/) {
		$r = $c->upload($id, $small->{id}, [file('anh.jpg', pdf_bytes("khong phai anh $$"), 'image/jpeg')]);
		is($r->{status}, 415, "a PDF named .jpg into a component of $small->{types} only: 415");
		like(field_error($r->{body}, "component-$small->{id}") // '', qr/\Q@{[ $names->($small->{types}) ]}\E/, '… naming its types');
		unchanged($snap, 'PDF into an image component');
	}
	$r = $c->upload($id, $pdf_comp->{id}, [file('ghi-chu.pdf', Encode::encode_utf8("Chỉ là văn bản, không phải PDF.\n" x 20), 'application/pdf')]);
	is($r->{status}, 415, 'plain text named .pdf: 415');
	unchanged($snap, 'text as .pdf');
};

subtest 'an empty file, or none' => sub {
	$snap = snapshot($id);
	my $r = $c->upload($id, $pdf_comp->{id}, [file('rong.pdf', '', 'application/pdf')]);
	is($r->{status}, 400, 'an empty file: 400');
	like(field_error($r->{body}, "component-$pdf_comp->{id}") // '', qr/rỗng/, 'with a message (rỗng)');
	unchanged($snap, 'empty file');
	$r = $c->upload($id, $pdf_comp->{id}, [file('', '', 'application/octet-stream')]);
	is($r->{status}, 400, 'no file chosen (an empty file input): 400');
	like(field_error($r->{body}, "component-$pdf_comp->{id}") // '', qr/chọn ít nhất một tệp/, 'asks to choose a file');
	unchanged($snap, 'no file');
	$r = $c->upload($id, $pdf_comp->{id}, []);
	is($r->{status}, 400, 'no file part at all: 400');
	unchanged($snap, 'no file part');
};

# ------------------------------------------------------------------ submission refused

my @missing_ok;
my @used;	# procedures whose draft this citizen has open: a new one would resume it
subtest 'a required component missing at submission: 422 naming it' => sub {
	my $p = pick_procedure(level => 4, required => 2, channels => ['online'], types => ['pdf']);
	push @used, $p->{code};
	my @req = required_components($p->{id});
	my $d2 = $c->new_draft($p->{code});
	is($c->upload($d2, $req[0]{id}, [file('mot.pdf', pdf_bytes("Mot $$ " . time), 'application/pdf')])->{status},
	    303, "a draft of $p->{code} with only the first of its " . scalar(@req) . ' required components');
	$c->choose_online($d2);
	my $seq = db_value("SELECT COALESCE(SUM(last), 0) FROM dossier_sequences WHERE agency_id = $p->{agency_id}");
	my $before = snapshot($d2);
	my $r = $c->submit($d2);
	is($r->{status}, 422, 'POST /submit/ID/submit: 422');
	is_html($r, '422');
	my $text = text_of($r->{body});
	like($text, qr/\Q$_->{name}\E/, "the page names the missing component $_->{sort}") for @req[1 .. $#req];
	my ($missing_box) = $r->{body} =~ m{(<div\b[^>]*class="error-summary".*?</div>)}s;
	unlike(text_of($missing_box // ''), qr/\Q$req[0]{name}\E/, 'not the one provided');
	ok(scalar(error_summary($r->{body})), 'an error summary: ' . join(' | ', error_summary($r->{body})));
	unchanged($before, 'missing component', $d2);
	is(dossier($d2)->{status}, 0, 'status stays 0');
	is(dossier($d2)->{code}, undef, 'no code');
	is(count_rows('dossier_events', "dossier_id = $d2"), 0, 'no event');
	is(count_rows('outbox', "dossier_id = $d2"), 0, 'no e-mail');
	is(count_rows('dossier_fees', "dossier_id = $d2"), 0, 'no fees copied');
	is(db_value("SELECT COALESCE(SUM(last), 0) FROM dossier_sequences WHERE agency_id = $p->{agency_id}"), $seq,
	    'no sequence number used');
};

subtest 'no result channel: refused' => sub {
	my $p = pick_procedure(level => 4, channels => ['online'], max_required => 2, types => ['pdf'],
	    not => \@used);
	my $d3 = $c->new_draft($p->{code});
	$c->fill_required($d3);
	my $r = $c->post("/submit/$d3/delivery?format=xml", [channel => '']);
	is($r->{status}, 200, 'POST delivery without a channel: the form again');
	is(form_errors($r->{body})->{channel} // '', 'channel.required', '… channel.required ("Chọn cách nhận kết quả.")');
	is(dossier($d3)->{channel}, undef, 'no channel saved');
	my $before = snapshot($d3);
	$r = $c->submit($d3);
	is($r->{status}, 422, 'submitting without a channel: 422');
	like(join(' ', error_summary($r->{body})), qr/Chọn cách nhận kết quả/, 'the page says to choose the channel');
	unchanged($before, 'no channel', $d3);
	is(dossier($d3)->{status}, 0, 'status stays 0');
	is(count_rows('dossier_events', "dossier_id = $d3"), 0, 'no event');
};

# ------------------------------------------------------------------ malformed multipart

subtest 'malformed multipart bodies' => sub {
	my $csrf = $c->csrf;
	my $pdf = file('hop-le.pdf', pdf_bytes("Hop le $$ " . time), 'application/pdf');
	my ($type, $good) = multipart_body([[component => $pdf_comp->{id}], $pdf], csrf => $csrf, boundary => 'XyZb0undary');
	my @cases = (
		['no closing boundary', 400, $type, substr($good, 0, index($good, "\r\n--XyZb0undary--"))],
		['the closing boundary cut short', 400, $type, substr($good, 0, length($good) - 8)],
		['garbage', 400, $type, join('', map { chr(int rand 256) } 1 .. 3000)],
		['a boundary other than the announced one', 400, 'multipart/form-data; boundary=AnotherOne', $good],
		['no boundary in the Content-Type', 400, 'multipart/form-data', $good],
		['a form sent urlencoded', 400, 'application/x-www-form-urlencoded', "csrf=$csrf&component=$pdf_comp->{id}"],
		['no csrf part', 403, multipart_body([[component => $pdf_comp->{id}], $pdf], csrf => undef)],
		['the csrf part after the component', 403,
		    multipart_body([[component => $pdf_comp->{id}], [csrf => $csrf], $pdf], csrf => undef)],
		['the csrf part after the file', 403,
		    multipart_body([$pdf, [csrf => $csrf], [component => $pdf_comp->{id}]], csrf => undef)],
		['a wrong csrf token', 403, multipart_body([[component => $pdf_comp->{id}], $pdf], csrf => 'f' x 64)],
		['the csrf part sent as a file', 403, multipart_body([{ name => 'csrf', filename => 'csrf.txt',
		    type => 'text/plain', content => $csrf }, [component => $pdf_comp->{id}], $pdf], csrf => undef)],
		['the file before the component', 400, multipart_body([$pdf, [component => $pdf_comp->{id}]], csrf => $csrf)],
		['a component that is not a number', 400, multipart_body([[component => '12abc'], $pdf], csrf => $csrf)],
		['an unknown part', 400, multipart_body([[component => $pdf_comp->{id}], [other => 'x'], $pdf], csrf => $csrf)],
		['a part without a name', 400, do {
			my ($t, $b) = multipart_body([[component => $pdf_comp->{id}], $pdf], csrf => $csrf, boundary => 'Nn1');
			$b =~ s/name="file"; //;
			($t, $b);
		}],
	);
	$snap = snapshot($id);
	for my $case (@cases) {
		my ($name, $want, $ct, $body) = @$case;
		my $r = $c->post_multipart("/submit/$id/files", $ct, $body);
		is($r->{status}, $want, "$name: $want");
		error_page_ok($r, $want, $name) if $r->{status} == $want;
		unchanged($snap, $name);
	}
	# The same body, well-formed, is accepted: the cases above fail for what they change.
	my $r = $c->post_multipart("/submit/$id/files", $type, $good);
	is($r->{status}, 303, 'the well-formed body: 303');
	my ($row) = grep { $_->{name} eq 'hop-le.pdf' } files_of($id);
	ok($row, '… and recorded');
	$c->post("/submit/$id/remove", [file => $row->{id}]) if $row;
	$snap = snapshot($id);
};

subtest 'a component of another procedure: 404' => sub {
	$snap = snapshot($id);
	my ($foreign) = db_col("SELECT id FROM procedure_components WHERE procedure_id <> $small->{procedure_id}"
	    . " AND FIND_IN_SET('pdf', file_types) ORDER BY id LIMIT 1");
	my $r = $c->upload($id, $foreign, [file('la.pdf', pdf_bytes("La $$"), 'application/pdf')]);
	is($r->{status}, 404, "component $foreign of another procedure: 404");
	unchanged($snap, 'foreign component');
	$r = $c->upload($id, 999999999, [file('la.pdf', pdf_bytes("La $$"), 'application/pdf')]);
	is($r->{status}, 404, 'a component that does not exist: 404');
	unchanged($snap, 'no such component');
};

# ------------------------------------------------------------------ someone else's draft

subtest "someone else's draft: 404 everywhere, nothing changed" => sub {
	my $oid = $other->new_draft($pcode);
	is($other->upload($oid, $pdf_comp->{id}, [file('cua-nguoi-khac.pdf', pdf_bytes("Khac $$ " . time),
	    'application/pdf')])->{status}, 303, "another citizen's draft ($oid) with a file");
	my ($ofile) = files_of($oid);
	my $before = snapshot($oid);
	for my $step (qw(info files delivery fees review receipt)) {
		my $r = $c->get("/submit/$oid/$step");
		is($r->{status}, 404, "GET /submit/OTHER/$step: 404");
	}
	my $r = $c->get("/submit/$oid/info");
	error_page_ok($r, 404, 'GET /submit/OTHER/info');
	unlike($r->{body}, qr/\Q${\ $other->who->{full_name}}\E|\Q${\ $other->who->{citizen_id}}\E/,
	    'nothing of the other citizen shown');
	my @posts = (
		['info', [applicant_phone => '0911222333', applicant_email => 'ke-gian@thu.example.vn']],
		['delivery', [channel => 'online']],
		['remove', [file => $ofile->{id}]],
		['submit', []],
	);
	for my $p (@posts) {
		$r = $c->post("/submit/$oid/$p->[0]", $p->[1]);
		is($r->{status}, 404, "POST /submit/OTHER/$p->[0]: 404");
	}
	$r = $c->upload($oid, $pdf_comp->{id}, [file('chen.pdf', pdf_bytes("Chen $$ " . time), 'application/pdf')]);
	is($r->{status}, 404, 'an upload to /submit/OTHER/files: 404');
	unchanged($before, "the other citizen's draft", $oid);

	# Through one's own draft: the other's file can be neither removed nor replaced.
	$r = $c->post("/submit/$id/remove", [file => $ofile->{id}]);
	is($r->{status}, 404, "removing the other's file through one's own draft: 404");
	my $mine = pdf_bytes("Cua toi $$ " . time);
	$r = $c->upload($id, $pdf_comp->{id}, [file('cua-toi.pdf', $mine, 'application/pdf')], replace => $ofile->{id});
	is(count_rows('dossier_files', "id = $ofile->{id}"), 1, "replace=<the other's file id>: their file stays");
	is(snapshot($oid)->{files}, $before->{files}, "… and all their files");
	if ($r->{status} == 303) {
		my ($row) = grep { $_->{name} eq 'cua-toi.pdf' } files_of($id);
		$c->post("/submit/$id/remove", [file => $row->{id}]) if $row;
	}
};

# ------------------------------------------------------------------ ids that are not ids

subtest 'ids that are not ids: 404' => sub {
	$snap = snapshot($id);
	my $max = db_value('SELECT COALESCE(MAX(id), 0) FROM dossiers') + 1000;
	for my $bad ('abc', '0', '00', "0$id", '-1', '+1', '1e3', "${id}x", "$id.0", '99999999999999999999', $max) {
		for my $step (qw(info files review receipt)) {
			my $r = $c->get("/submit/$bad/$step");
			is($r->{status}, 404, "GET /submit/$bad/$step: 404");
		}
		my $r = $c->post("/submit/$bad/submit", []);
		is($r->{status}, 404, "POST /submit/$bad/submit: 404");
		$r = $c->upload($bad, $pdf_comp->{id}, [file('x.pdf', pdf_bytes("x $$"), 'application/pdf')]);
		is($r->{status}, 404, "upload to /submit/$bad/files: 404");
	}
	unchanged($snap, 'bad ids');
};

# ------------------------------------------------------------------ who may

subtest 'anonymous: to the login page, nothing read or changed' => sub {
	$snap = snapshot($id);
	my $anon = client();
	my $r = $anon->get('/submit/');
	is($r->{status}, 303, 'GET /submit/: 303');
	is($r->{location}, '/account/login?next=%2Fsubmit%2F', '… to the login page, back to /submit/');
	$r = $anon->get("/submit/new?procedure=$pcode");
	is($r->{status}, 303, 'GET /submit/new: 303');
	like($r->{location}, qr{^/account/login\?next=%2Fsubmit%2Fnew%3Fprocedure%3D}, '… to the login page');
	for my $step (qw(info files receipt)) {
		$r = $anon->get("/submit/$id/$step");
		is($r->{status}, 303, "GET /submit/ID/$step: 303");
		is($r->{location}, "/account/login?next=%2Fsubmit%2F$id%2F$step", '… to the login page');
	}
	$anon->get('/account/login');	# a token of the visitor's own
	ok($anon->csrf, 'the visitor has a CSRF token of a login page');
	$r = $anon->upload($id, $pdf_comp->{id}, [file('vo-danh.pdf', pdf_bytes("Vo danh $$"), 'application/pdf')]);
	is($r->{status}, 303, 'an anonymous upload: 303');
	like($r->{location} // '', qr{^/account/login\?next=}, '… to the login page');
	$r = $anon->post("/submit/$id/submit", []);
	is($r->{status}, 303, 'an anonymous submit: 303 to the login page');
	$r = $anon->post('/submit/new', [procedure => $pcode]);
	is($r->{status}, 303, 'an anonymous POST /submit/new: 303 to the login page');
	unchanged($snap, 'anonymous');
};

subtest 'an officer: 403' => sub {
	my $o = officer();
	$snap = snapshot($id);
	my $r = $o->get('/submit/');
	error_page_ok($r, 403, 'an officer GET /submit/');
	is($o->get("/submit/$id/info")->{status}, 403, 'GET /submit/ID/info: 403');
	is($o->get("/submit/new?procedure=$pcode")->{status}, 403, 'GET /submit/new: 403');
	my $n = count_rows('dossiers');
	is($o->post('/submit/new', [procedure => $pcode])->{status}, 403, 'POST /submit/new: 403');
	is(count_rows('dossiers'), $n, 'no draft created');
	$r = $o->upload($id, $pdf_comp->{id}, [file('can-bo.pdf', pdf_bytes("Can bo $$"), 'application/pdf')]);
	is($r->{status}, 403, 'an upload: 403');
	is($o->post("/submit/$id/submit", [])->{status}, 403, 'a submit: 403');
	unchanged($snap, 'officer');
};

# ------------------------------------------------------------------ one component, bounds

subtest 'one component an upload: a second component part is refused, naming the rule' => sub {
	# A component of the draft's procedure that does not take JPEG, and one of another
	# procedure that does: a JPEG must not get in under either.
	my ($strict) = grep { $_->{file_types} !~ /\bjpg\b/ } @comps;
	my ($foreign) = db_col("SELECT id FROM procedure_components WHERE procedure_id <> $small->{procedure_id}"
	    . " AND FIND_IN_SET('jpg', file_types) ORDER BY id LIMIT 1");
	$strict //= $pdf_comp;
	ok($foreign, "component $strict->{id} ($strict->{file_types}) of the draft, $foreign of another procedure (jpg)");
	my $csrf = $c->csrf;
	my $jpg = file("anh-$$.jpg", jpeg_bytes("hai thanh phan $$"), 'image/jpeg');
	my $pdf = file("don-$$.pdf", pdf_bytes("Hai thanh phan $$ " . time), 'application/pdf');
	my @cases = (
		['the draft\'s component, then another procedure\'s, a JPEG',
		    [[component => $strict->{id}], [component => $foreign], $jpg], $strict->{id}],
		['another procedure\'s component, then the draft\'s, a JPEG',
		    [[component => $foreign], [component => $strict->{id}], $jpg], undef],
		['an empty component, then the draft\'s, a PDF',
		    [[component => ''], [component => $pdf_comp->{id}], $pdf], undef],
		['the draft\'s component, a PDF, then another procedure\'s component',
		    [[component => $pdf_comp->{id}], $pdf, [component => $foreign]], $pdf_comp->{id}],
	);
	$snap = snapshot($id);
	for my $case (@cases) {
		my ($name, $parts, $at) = @$case;
		my $r = $c->post_multipart("/submit/$id/files", multipart_body($parts, csrf => $csrf));
		is($r->{status}, 400, "$name: 400");
		my $msg = defined $at ? field_error($r->{body}, "component-$at") : join(' ', error_summary($r->{body}));
		like($msg // '', qr/Mỗi lần tải lên chỉ dành cho một thành phần hồ sơ/, '… the files page again, saying one component an upload')
		    or diag(substr($r->{body} // '', 0, 400));
		unchanged($snap, $name);
		is(count_rows('dossier_files f JOIN procedure_components pc ON pc.id = f.component_id',
		    "f.dossier_id = $id AND pc.procedure_id <> $small->{procedure_id}"), 0, '… no file under another procedure\'s component');
	}
};

# Bounds per dossier and per account (dvc.conf: dossier_max_files 20, dossier_max_mb 50,
# account_drafts_max_mb 200, the defaults the test stack keeps). What the drafts already hold
# is made with rows of an existing stored file, whose sizes are set as needed.
subtest 'what a dossier and an account may hold: refused past it, naming the bound' => sub {
	my $k = citizen();
	my @ps = grep { $_->{code} ne $pcode } pick_procedure(types => ['pdf'], required => 1);
	cmp_ok(scalar @ps, '>=', 7, 'seven procedures taking PDF') or return;
	my $MB = 1024 * 1024;
	# A draft of procedure p with one real PDF; its id, component and the file's row.
	my $draft = sub {
		my ($p) = @_;
		my $d = $k->new_draft($p->{code});
		my ($comp) = required_components($p->{id});
		$k->upload($d, $comp->{id}, [file("that-$d.pdf", pdf_bytes("That $d $$"), 'application/pdf')])->{status} == 303
		    or die "upload to $d";
		my ($row) = files_of($d);
		return ($d, $comp, $row);
	};
	# n more rows like $row in draft $d, each of size bytes.
	my $fill = sub {
		my ($d, $row, $n, $size) = @_;
		db_rows("INSERT INTO dossier_files (dossier_id, component_id, sha256, name, mime, size, uploaded_at) VALUES "
		    . join(', ', map { "($d, $row->{component_id}, '$row->{sha256}', 'them-$_.pdf', 'application/pdf', $size, UTC_TIMESTAMP())" } 1 .. $n))
		    if $n > 0;
	};
	my $pdf = sub { file("moi-$_[0].pdf", pdf_bytes("Moi $_[0] $$ " . time), 'application/pdf') };

	# Files: 19, then two more is one too many; one more fits; then none.
	my ($d1, $c1, $r1) = $draft->($ps[0]);
	$fill->($d1, $r1, 18, 1000);
	is(count_rows('dossier_files', "dossier_id = $d1"), 19, "draft $d1 holds 19 files");
	my $before = snapshot($d1);
	my $r = $k->upload($d1, $c1->{id}, [$pdf->('a'), $pdf->('b')]);
	is($r->{status}, 413, 'two files more: 413');
	like(field_error($r->{body}, "component-$c1->{id}") // '', qr/Một hồ sơ có tối đa 20 tệp/, '… "Một hồ sơ có tối đa 20 tệp"');
	unchanged($before, '21 files', $d1);
	is($k->upload($d1, $c1->{id}, [$pdf->('c')])->{status}, 303, 'one more: 303 (20 files)');
	$before = snapshot($d1);
	$r = $k->upload($d1, $c1->{id}, [$pdf->('d')]);
	is($r->{status}, 413, 'the 21st: 413');
	unchanged($before, 'the 21st file', $d1);
	# A replacement does not add a file.
	my ($last) = grep { $_->{name} =~ /^moi-c/ } files_of($d1);
	is($k->upload($d1, $c1->{id}, [$pdf->('e')], replace => $last->{id})->{status}, 303, 'replacing one of the 20: 303');
	is(count_rows('dossier_files', "dossier_id = $d1"), 20, '… still 20');

	# Bytes of a dossier: 50 MB less 1000 bytes held, a small PDF more is too much.
	my ($d2, $c2, $r2) = $draft->($ps[1]);
	db_rows("UPDATE dossier_files SET size = " . (50 * $MB - 100) . " WHERE id = $r2->{id}");
	$before = snapshot($d2);
	$r = $k->upload($d2, $c2->{id}, [$pdf->('f')]);
	is($r->{status}, 413, "draft $d2 holding 50 MB less 100 bytes, a PDF more: 413");
	like(field_error($r->{body}, "component-$c2->{id}") // '', qr/Tổng dung lượng các tệp của một hồ sơ tối đa là 50 MB/,
	    '… naming the 50 MB of a dossier');
	unchanged($before, '50 MB', $d2);

	# Bytes of the account's drafts: 200 MB less 100 bytes, in drafts of 49 MB at most.
	my ($d3, $c3, $r3) = $draft->($ps[2]);
	my ($d4, undef, $r4) = $draft->($ps[3]);
	my ($d5, undef, $r5) = $draft->($ps[4]);
	my ($d7, undef, $r7) = $draft->($ps[6]);
	my $held = db_value("SELECT SUM(f.size) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    . " WHERE d.user_id = " . $k->user_id . " AND d.status = 0");
	my $room = 200 * $MB - 100 - $held;
	for my $row ($r4, $r5, $r7) {
		my $add = $room > 49 * $MB ? 49 * $MB : $room;
		db_rows("UPDATE dossier_files SET size = size + $add WHERE id = $row->{id}");
		$room -= $add;
	}
	db_rows("UPDATE dossier_files SET size = size + $room WHERE id = $r3->{id}");
	is(db_value("SELECT SUM(f.size) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id"
	    . " WHERE d.user_id = " . $k->user_id . " AND d.status = 0"), 200 * $MB - 100, 'the drafts of the account hold 200 MB less 100 bytes');
	cmp_ok(db_value("SELECT SUM(size) FROM dossier_files WHERE dossier_id = $d3"), '<', 49 * $MB, "draft $d3 itself below 50 MB");
	$before = snapshot($d3);
	$r = $k->upload($d3, $c3->{id}, [$pdf->('g')]);
	is($r->{status}, 413, 'a PDF more in any draft: 413');
	like(field_error($r->{body}, "component-$c3->{id}") // '', qr/Tổng dung lượng các hồ sơ nháp của một tài khoản tối đa là 200 MB/,
	    '… naming the 200 MB of an account\'s drafts');
	unchanged($before, '200 MB of drafts', $d3);
	# Another citizen is not held back by it.
	my ($d6, $c6) = do {
		my $d = $other->new_draft($ps[5]{code});
		($d, (required_components($ps[5]{id}))[0]);
	};
	is($other->upload($d6, $c6->{id}, [$pdf->('h')])->{status}, 303, 'another citizen uploads as before');

	# The rows made up for this are taken back: every row's size is its file's again (the
	# store's consistency is checked by submit-fault.t).
	db_rows("DELETE FROM dossier_files WHERE dossier_id = $d1 AND name LIKE 'them-%'");
	db_rows("UPDATE dossier_files SET size = $_->{size} WHERE id = $_->{id}") for $r2, $r3, $r4, $r5, $r7;
	is(count_rows('dossier_files', "name LIKE 'them-%'"), 0, 'the rows made up are gone');
};

done_testing;
