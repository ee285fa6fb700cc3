#!/usr/bin/perl
# The form templates of dvc-admin (issue 12: a component's template): /admin/forms lists the
# shipped and the uploaded templates; an upload of a PDF and a DOCX is stored under the store's
# forms/ with a safe name; a file that lies about its type, one too big, one whose name leaves
# nothing and a name already taken are refused with a Vietnamese message and nothing stored; the
# template chosen on a new procedure's component is downloaded by a stranger from the procedure's
# page, the same bytes, as an attachment; removal refused while a current procedure uses it,
# allowed when none does; the audit log; every URL refused to officers, citizens and strangers.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Encode qw(encode_utf8);
use IO::Compress::Zip;
use DVCTest qw(db_rows db_value db_col text_of);
use DVC::Submit qw(client citizen demo_user sql_str field_error multipart_body file pdf_bytes store_dir error_summary);
use DVC::Officer qw(default_procedure procedure_basis);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $admin = demo_user('quantri@demo.thanhhoa.gov.vn');
my $t = time();
my $dir = store_dir() . '/forms';

# A small DOCX that libmagic reads as one: [Content_Types].xml first, then word/.
sub docx_bytes {
	my ($text) = @_;
	my $out;
	my $z = IO::Compress::Zip->new(\$out, Name => '[Content_Types].xml', Method => 8) or die;
	$z->print('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
	    . '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
	    . 'wordprocessingml.document.main+xml"/></Types>');
	$z->newStream(Name => '_rels/.rels', Method => 8);
	$z->print('<?xml version="1.0"?><Relationships/>');
	$z->newStream(Name => 'word/document.xml', Method => 8);
	$z->print("<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>$text</w:body></w:document>");
	$z->close;
	return $out;
}

# An ODT: its "mimetype" entry first, stored; an XLSX: [Content_Types].xml, _rels/, then xl/.
sub odt_bytes {
	my $out;
	my $z = IO::Compress::Zip->new(\$out, Name => 'mimetype', Method => 0) or die;
	$z->print('application/vnd.oasis.opendocument.text');
	$z->newStream(Name => 'content.xml', Method => 8);
	$z->print("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"x\">$_[0]</office:document-content>");
	$z->close;
	return $out;
}
sub xlsx_bytes {
	my $out;
	my $z = IO::Compress::Zip->new(\$out, Name => '[Content_Types].xml', Method => 8) or die;
	$z->print('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
	$z->newStream(Name => '_rels/.rels', Method => 8);
	$z->print('<?xml version="1.0"?><Relationships/>');
	$z->newStream(Name => 'xl/workbook.xml', Method => 8);
	$z->print("<?xml version=\"1.0\"?><workbook>$_[0]</workbook>");
	$z->close;
	return $out;
}

sub upload {
	my ($c, $name, $bytes, %opt) = @_;
	$c->refresh_csrf('/admin/') if $c == $admin;
	my @parts = defined $bytes ? (file(encode_utf8($name), $bytes, $opt{type} // 'application/pdf')) : ();
	my ($type, $body) = multipart_body(\@parts, csrf => $c->{csrf});
	return $c->post_multipart('/admin/forms', $type, $body);
}

sub files_in_dir { opendir(my $d, $dir) or return (); my @f = sort grep { !/^\./ } readdir $d; return @f }
sub audit_rows { return db_value("SELECT COUNT(*) FROM audit_log WHERE object_kind = 'form'") }

my $pdf = pdf_bytes("To khai $t");
my $pdf_name = "to-khai-thu-nghiem-$t.pdf";
my $docx = docx_bytes("Don $t");
my $docx_name = "don-de-nghi-$t.docx";
my $audit0 = audit_rows();

# ---- the page
my $r = $admin->get('/admin/forms');
is($r->{status}, 200, 'GET /admin/forms: 200');
like($r->{body}, qr{<title>Mẫu đơn, tờ khai}, '… its title');
like($r->{body}, qr{<tr class="admin-form-row" data-file="don-dang-ky-dat-dai\.html">.*?Có sẵn}s,
    '… lists a shipped template');
like($r->{body}, qr{<form method="post" action="/admin/forms" enctype="multipart/form-data"}, '… and the upload form');
like($admin->get('/admin/')->{body}, qr{href="/admin/forms"}, 'the back office links to it');

# ---- good uploads
$r = upload($admin, "Tờ khai thử nghiệm $t.pdf", $pdf);
is($r->{status}, 303, 'a PDF uploaded: 303');
is($r->{headers}{location}, "/admin/forms?msg=uploaded&name=u/$pdf_name", '… named without diacritics');
ok(-f "$dir/$pdf_name", '… stored under the store\'s forms/');
$r = upload($admin, "Đơn đề nghị $t.docx", $docx, type => 'application/octet-stream');
is($r->{status}, 303, 'a DOCX uploaded: 303');
ok(-f "$dir/$docx_name", "… stored as $docx_name");
is(audit_rows(), $audit0 + 2, 'two rows in the audit log');
my ($log) = db_rows("SELECT program, action, object_code, user_id FROM audit_log WHERE object_kind = 'form'"
    . " ORDER BY id DESC LIMIT 1");
is_deeply($log, [ 'dvc-admin', 'add', $docx_name, db_value("SELECT id FROM users WHERE email = 'quantri\@demo.thanhhoa.gov.vn'") ],
    '… by the administrator, dvc-admin, the file\'s name');
for my $k ([ 'odt', odt_bytes("Mau $t") ], [ 'xlsx', xlsx_bytes("Bang $t") ]) {
	my ($ext, $bytes) = @$k;
	# Named .bin: the extension is the content's, whatever the name says.
	$r = upload($admin, "Bảng kê $ext $t.bin", $bytes, type => 'application/octet-stream');
	is($r->{status}, 303, "an \U$ext\E uploaded: 303");
	is($r->{location}, "/admin/forms?msg=uploaded&name=u/bang-ke-$ext-$t.$ext", "… named .$ext from its content");
}
is(audit_rows(), $audit0 + 4, '… and two more');

$r = $admin->get("/admin/forms?msg=uploaded&name=u/$pdf_name");
like($r->{body}, qr{Đã tải lên tệp mẫu \Q$pdf_name\E}, 'the page says it was uploaded');
like($r->{body}, qr{data-file="u/\Q$pdf_name\E">.*?href="/forms/\Q$pdf_name\E".*?Tải lên.*?Chưa thủ tục nào dùng}s,
    '… lists it: uploaded, its link, not used');
my $kb = int((length($pdf) + 1023) / 1024);
like($r->{body}, qr{data-file="u/\Q$pdf_name\E">.*?<td class="num"[^>]*>$kb KB</td>}s, "… its size ($kb KB)");
like($r->{body}, qr{data-file="u/\Q$docx_name\E"}, '… and the DOCX');

# ---- refused uploads: nothing stored, nothing logged
my @before = files_in_dir();
$r = upload($admin, "gia-mao-$t.pdf", encode_utf8("Không phải PDF mà là văn bản thường $t\n" x 20));
is($r->{status}, 415, 'a text file named .pdf: 415');
like(field_error($r->{body}, 'file') // '', qr{không phải tệp PDF, DOC, DOCX, ODT, XLS hoặc XLSX}, '… said why');
$r = upload($admin, "lon-$t.pdf", pdf_bytes("lon $t", 10 * 1024 * 1024 + 4096));
is($r->{status}, 413, 'a PDF over 10 MB: 413');
like(field_error($r->{body}, 'file') // '', qr{vượt quá dung lượng tối đa 10 MB}, '… said why');
$r = upload($admin, '★★★.pdf', pdf_bytes("sao $t"));
is($r->{status}, 400, 'a name with no letter or digit: 400');
like(field_error($r->{body}, 'file') // '', qr{Không tạo được tên tệp}, '… said why');
$r = upload($admin, "to khai THU nghiem $t.pdf", pdf_bytes("khac $t"));
is($r->{status}, 409, 'a name already taken: 409');
like(field_error($r->{body}, 'file') // '', qr{Đã có tệp mẫu tên \Q$pdf_name\E}, '… said why, with the name');
$r = upload($admin, 'x.pdf', undef);
is($r->{status}, 400, 'no file: 400');
like(field_error($r->{body}, 'file') // '', qr{Hãy chọn tệp mẫu}, '… said why');
is_deeply([ files_in_dir() ], \@before, 'none of them stored a file');
is(slurp_file("$dir/$pdf_name"), $pdf, '… nor replaced the one of that name');
is(audit_rows(), $audit0 + 4, '… nor wrote to the audit log');

# ---- chosen on a procedure's component, downloaded by a stranger
my $code = 'T' . $t . '.F32';
my $base = default_procedure('hacthanh');
my ($field, $agency, $gov, $receivers) = procedure_basis($base);
my @receivers = @$receivers;
my %form = (
	code => $code, name => 'Thủ tục thử mẫu đơn tải lên', field => $field, agency => $agency,
	gov_level => $gov, level => 4, processing_hours => 24, clock_after_supplement => 'restart',
	ch_online => 1, ch_counter => 1, ak_citizen => 1, applicants => 'Công dân Việt Nam',
	steps => 'Nộp hồ sơ', result => 'Giấy xác nhận', legal_basis => 'Nghị định 01/2026/NĐ-CP',
	'components.1.name' => 'Tờ khai', 'components.1.required' => 1, 'components.1.originals' => 1,
	'components.1.copies' => 0, 'components.1.file_types' => 'pdf', 'components.1.template_name' => 'Tờ khai mẫu',
	'components.1.template_file' => "u/$pdf_name",
);
$form{"receivers.$_.unit"} = $receivers[$_ - 1] for 1 .. @receivers;
my $pairs = sub { my (%f) = @_; return [ map { ($_ => $f{$_}) } sort keys %f ] };

$r = $admin->get('/admin/procedures/new');
like($r->{body}, qr{<select class="select" id="field-components\.1\.template_file"[^>]*>.*?<option value="u/\Q$pdf_name\E">\Q$pdf_name\E \(tải lên\)</option>}s,
    'the procedure form offers the uploaded template');
like($r->{body}, qr{<option value="don-dang-ky-dat-dai\.html">}, '… and the shipped ones');
like($r->{body}, qr{href="/admin/forms"}, '… with a link to upload one');
$r = $admin->post('/admin/procedures/new', $pairs->(%form, 'components.1.template_file' => "u/khong-co-$t.pdf"));
like(field_error($r->{body}, 'components.1.template_file') // '', qr{.}, 'an uploaded name that does not exist: refused');
$r = $admin->post('/admin/procedures/new', $pairs->(%form));
is($r->{status}, 303, 'a procedure saved with the uploaded template') or diag(error_summary($r->{body}));
is(db_value("SELECT c.template_file FROM procedure_components c JOIN procedures p ON p.id = c.procedure_id"
    . ' WHERE p.is_current = 1 AND p.code = ' . sql_str($code)), "u/$pdf_name", '… the catalogue names it u/NAME');
$r = $admin->get("/admin/procedures/$code");
like($r->{body}, qr{<option value="u/\Q$pdf_name\E" selected(?:="selected")?>}, '… its form shows it chosen');
like($r->{body}, qr{href="/forms/\Q$pdf_name\E"}, '… and links to it');

my $stranger = client();
$r = $stranger->get("/procedures/$code");
is($r->{status}, 200, 'the procedure\'s page, to a stranger');
my ($href) = $r->{body} =~ m{<a href="(/forms/[^"]+)" download="">\s*Tờ khai mẫu};
is($href, "/forms/$pdf_name", '… links to the uploaded template');
$r = $stranger->get($href // '/forms/none');
is($r->{status}, 200, 'the stranger downloads it');
ok($r->{raw} eq $pdf, '… the same bytes');
like($r->{headers}{'content-disposition'} // '', qr{^attachment}, '… as an attachment');
is($r->{headers}{'content-type'}, 'application/pdf', '… a PDF');
is($r->{headers}{'x-content-type-options'}, 'nosniff', '… nosniff');
like($r->{headers}{'content-security-policy'} // '', qr{sandbox}, '… a sandbox CSP');
my $citizen = citizen();
my $draft = eval { $citizen->new_draft($code) };
ok($draft, 'a citizen starts a dossier of the procedure') or diag($@);
$r = $citizen->get("/submit/$draft/files");
like($r->{body}, qr{<a href="/forms/\Q$pdf_name\E" download="">\s*Tờ khai mẫu}, '… and finds the template\'s link while filing');
$r = $stranger->get("/forms/$docx_name");
is($r->{status}, 200, 'the DOCX too');
ok($r->{raw} eq $docx, '… the same bytes');
is($stranger->get("/forms/khong-co-$t.pdf")->{status}, 404, 'a name not uploaded: 404');
my $ls = $stranger->get('/forms/')->{status};
ok($ls == 403 || $ls == 404, "no listing of the folder ($ls)");

# ---- removal
$r = $admin->get('/admin/forms');
like($r->{body}, qr{data-file="u/\Q$pdf_name\E">.*?<a href="/admin/procedures/\Q$code\E">}s, 'the list says which procedure uses it');
unlike($r->{body}, qr{<input type="hidden" name="name" value="u/\Q$pdf_name\E"/>}, '… and offers no removal for it');
$r = $admin->post('/admin/forms/remove', [ name => "u/$pdf_name" ]);
is($r->{status}, 409, 'removal of a template in use: 409');
like(field_error($r->{body}, 'remove') // '', qr{thủ tục \Q$code\E đang dùng}, '… said which procedure uses it');
ok(-f "$dir/$pdf_name", '… the file kept');
is($admin->post('/admin/forms/remove', [ name => "u/khong-co-$t.pdf" ])->{status}, 404, 'a name not uploaded: 404');
is($admin->post('/admin/forms/remove', [ name => 'don-dang-ky-dat-dai.html' ])->{status}, 404, 'a shipped template: 404');
is($admin->post('/admin/forms/remove', [ name => 'u/../dvc.conf' ])->{status}, 404, 'a path: 404');
is($admin->post('/admin/forms/remove', [ name => "u/$docx_name" ], csrf => undef)->{status}, 403, 'without the form\'s token: 403');
ok(-f "$dir/$docx_name", '… the file kept');
$r = $admin->post('/admin/forms/remove', [ name => "u/$docx_name" ]);
is($r->{status}, 303, 'an unused template removed: 303');
is($r->{headers}{location}, '/admin/forms?msg=removed', '… back to the list');
ok(!-e "$dir/$docx_name", '… the file gone');
is($stranger->get("/forms/$docx_name")->{status}, 404, '… its link 404');
($log) = db_rows("SELECT action, object_code FROM audit_log WHERE object_kind = 'form' ORDER BY id DESC LIMIT 1");
is_deeply($log, [ 'remove', $docx_name ], '… in the audit log');
like($admin->get('/admin/audit?kind=form')->{body}, qr{Tệp mẫu đơn, tờ khai}, 'the audit log shows the kind');

# ---- who may
my $officer = demo_user('tiepnhan.hacthanh@demo.thanhhoa.gov.vn');
my $n = () = files_in_dir();
for my $who ([ 'an officer', $officer ], [ 'a citizen', $citizen ]) {
	my ($name, $c) = @$who;
	my $g = $c->get('/admin/forms')->{status};
	ok($g == 403 || $g == 404, "$name: GET /admin/forms refused ($g)");
	my $p = $c->post('/admin/forms/remove', [ name => "u/$pdf_name" ])->{status};
	ok($p == 403 || $p == 404, "$name: POST /admin/forms/remove refused ($p)");
	my ($type, $body) = multipart_body([ file("ngoai-$t.pdf", pdf_bytes("ngoai $t")) ], csrf => $c->{csrf});
	$p = $c->post_multipart('/admin/forms', $type, $body)->{status};
	ok($p == 403 || $p == 404, "$name: POST /admin/forms refused ($p)");
}
$r = $stranger->get('/admin/forms');
ok($r->{status} == 303 && ($r->{headers}{location} // '') =~ m{^/account/login}, 'a stranger: GET /admin/forms sent to sign in');
for my $path ('/admin/forms', '/admin/forms/remove') {
	my $p = $stranger->post($path, [ name => "u/$pdf_name" ])->{status};
	ok($p == 303 || $p == 403, "a stranger: POST $path refused ($p)");
}
is(scalar(() = files_in_dir()), $n, 'none of them added or removed a file');
ok(-f "$dir/$pdf_name", '… the template in use still there');

sub slurp_file { my ($p) = @_; open(my $f, '<:raw', $p) or return ''; local $/; my $b = <$f>; return $b }

done_testing();
