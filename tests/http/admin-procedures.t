#!/usr/bin/perl
# The procedures editor of dvc-admin (issue 12, items 1 and 2): the list, the form of a new
# procedure and of a saved one, "Thêm dòng" keeping what was typed, each kind of bad input
# refused next to its field with nothing written, a stale version refused, withdrawal,
# publication again, removal refused while a dossier refers to the procedure, the versions
# page; the version rule (a dossier received under version 1 keeps its fee and due date when
# version 2 changes both); a citizen's search finds a change at once; every URL refused to
# officers, citizens and strangers.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest qw(db_rows db_value db_col text_of);
use DVC::Submit qw(client citizen demo_user sql_str field_error field_value page_csrf parallel);
use DVC::Officer qw(default_procedure procedure_basis step new_dossier applicant);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $admin = demo_user('quantri@demo.thanhhoa.gov.vn');
my $code = 'T' . time() . '.H56';

# What the new procedure copies from a demo one of Hạc Thành, so that its dossiers go there.
my $base = default_procedure('hacthanh');
my ($field, $agency, $gov, $receivers) = procedure_basis($base);
my @receivers = @$receivers;

my %form = (
	code => $code, name => 'Cấp giấy xác nhận thử nghiệm quản trị', field => $field, agency => $agency,
	gov_level => $gov, level => 4, processing_hours => 24, clock_after_supplement => 'restart',
	ch_online => 1, ch_counter => 1, ak_citizen => 1, applicants => 'Công dân Việt Nam',
	steps => "Nộp hồ sơ\nNhận kết quả", result => 'Giấy xác nhận', legal_basis => 'Nghị định 01/2026/NĐ-CP',
	'components.1.name' => 'Tờ khai đề nghị cấp giấy xác nhận', 'components.1.required' => 1,
	'components.1.originals' => 1, 'components.1.copies' => 0, 'components.1.file_types' => 'pdf',
	'components.1.template_name' => 'Đơn đăng ký đất đai', 'components.1.template_file' => 'don-dang-ky-dat-dai.html',
	'components.2.name' => 'Bản sao giấy khai sinh', 'components.2.required' => 0,
	'components.2.originals' => 0, 'components.2.copies' => 1, 'components.2.file_types' => 'pdf,jpg',
	'fees.1.name' => 'Lệ phí cấp giấy xác nhận', 'fees.1.kind' => 'le_phi', 'fees.1.amount' => '30.000',
	'fees.1.unit' => 'fixed', 'fees.1.stage' => 'result', 'fees.1.optional' => 0,
	'exemptions.1.fee' => 1, 'exemptions.1.percent' => 100, 'exemptions.1.ground' => 'Người có công',
	'exemptions.1.proof' => 'Giấy chứng nhận người có công',
);
$form{"receivers.$_.unit"} = $receivers[$_ - 1] for 1 .. @receivers;

sub pairs { my (%f) = @_; return [ map { ($_ => $f{$_}) } sort keys %f ] }
sub versions { return db_value('SELECT COUNT(*) FROM procedures WHERE code = ' . sql_str($_[0])) }
my $audit0 = db_value('SELECT COUNT(*) FROM audit_log');

# ---- the list and the empty form
my $r = $admin->get('/admin/procedures');
is($r->{status}, 200, 'GET /admin/procedures: 200');
like($r->{body}, qr{<title>Thủ tục hành chính}, '… its title');
my $listed = () = $r->{body} =~ m{<li class="admin-procedure">}g;
is($listed, 20, '… twenty a page');
like($r->{body}, qr{rel="next"}, '… and a link to the next page');
my ($one) = db_rows("SELECT code, name_folded FROM procedures WHERE is_current = 1 ORDER BY id DESC LIMIT 1");
$r = $admin->get('/admin/procedures?status=current&q=' . DVCTest::url_escape($one->[1]));
like($r->{body}, qr{\Q/admin/procedures/$one->[0]"\E}, 'searched without diacritics: found');
$r = $admin->get('/admin/procedures?level=2&status=withdrawn');
is($r->{status}, 200, 'filtered by level and status: 200');
is($admin->get('/admin/procedures?status=bogus')->{status}, 400, 'an unknown status: 400');

$r = $admin->get('/admin/procedures/new');
is($r->{status}, 200, 'GET /admin/procedures/new: 200');
sub has_input { my ($body, $name) = @_; return $body =~ m{name="\Q$name\E"} ? 1 : 0 }
ok(has_input($r->{body}, 'components.2.name'), '… blank rows to fill');
ok(!has_input($r->{body}, 'components.3.name'), '… two of them');

# ---- "Thêm dòng": one more row, what was typed kept, nothing written
$r = $admin->post('/admin/procedures/new', pairs(%form, add => 'components'));
is($r->{status}, 200, 'Thêm dòng: the form again');
is(field_value($r->{body}, 'components.2.name'), 'Bản sao giấy khai sinh', '… what was typed kept');
# Two typed, and the two blank rows a form shows and one more.
ok(has_input($r->{body}, 'components.5.name') && !has_input($r->{body}, 'components.6.name'),
    '… with one blank row more');
ok(has_input($r->{body}, 'fees.3.name') && !has_input($r->{body}, 'fees.4.name'), '… the other lists as they were');
is(versions($code), 0, '… and nothing written');

# ---- bad input of each kind: its message next to its field, nothing written
my @bad = (
	[ { code => 'mã có dấu' }, 'code', qr{Mã thủ tục gồm} ],
	[ { name => '' }, 'name', qr{Hãy điền mục này} ],
	[ { field => '' }, 'field', qr{Hãy chọn lĩnh vực} ],
	[ { field => 'KHONGCO' }, 'field', qr{Không có lĩnh vực này} ],
	[ { agency => '999.99.99.H56' }, 'agency', qr{Không có cơ quan này} ],
	[ { level => 5 }, 'level', qr{Hãy chọn một trong} ],
	[ { processing_hours => 'năm ngày' }, 'processing_hours', qr{số giờ làm việc} ],
	[ { same_day => 1, processing_hours => 40 }, 'processing_hours', qr{trong ngày có thời hạn không quá 8} ],
	[ { ch_online => undef, ch_counter => undef }, 'channels', qr{ít nhất một cách trả kết quả} ],
	[ { ch_online => undef, ch_postal => undef }, 'channels', qr{toàn trình phải trả kết quả trực tuyến} ],
	[ { ak_citizen => undef }, 'applicant_kinds', qr{ít nhất một đối tượng} ],
	[ { 'components.1.name' => '', 'components.1.note' => 'x' }, 'components.1.name', qr{Hãy điền mục này} ],
	[ { 'components.1.copies' => 300 }, 'components.1.copies', qr{từ 0 đến 255} ],
	[ { 'components.1.file_types' => 'PDF;exe' }, 'components.1.file_types', qr{Loại tệp viết bằng chữ thường} ],
	[ { 'components.1.template_file' => '../etc/passwd' }, 'components.1.template_file', qr{Tên tệp mẫu} ],
	[ { 'components.1.template_file' => 'khong-co-mau-nay.pdf' }, 'components.1.template_file', qr{không có tệp mẫu mang tên này} ],
	[ { 'fees.1.amount' => 'ba mươi nghìn' }, 'fees.1.amount', qr{Mức thu là số tiền} ],
	[ { 'fees.1.amount_online' => 40000 }, 'fees.1.amount_online', qr{không được cao hơn mức thu tại quầy} ],
	[ { 'fees.1.unit' => 'kg' }, 'fees.1.unit', qr{Hãy chọn một trong} ],
	[ { 'exemptions.1.fee' => 2 }, 'exemptions.1.fee', qr{không có khoản thu mang số thứ tự này} ],
	[ { 'exemptions.1.percent' => 150 }, 'exemptions.1.percent', qr{từ 1 đến 100} ],
	[ { 'exemptions.1.proof' => '' }, 'exemptions.1.proof', qr{Hãy điền mục này} ],
	[ { 'receivers.9.unit' => '999.99.99.H56' }, 'receivers.' . (@receivers + 1) . '.unit', qr{Không có cơ quan này} ],
);
for my $b (@bad) {
	my ($change, $name, $msg) = @$b;
	my %f = (%form, %$change);
	defined $f{$_} or delete $f{$_} for keys %f;
	$r = $admin->post('/admin/procedures/new', pairs(%f));
	my $what = join(', ', map { "$_=" . ($change->{$_} // '(none)') } sort keys %$change);
	is($r->{status}, 400, "$what: 400");
	like(field_error($r->{body}, $name) // '', $msg, "… the message next to $name");
	is(field_value($r->{body}, 'fees.1.name'), 'Lệ phí cấp giấy xác nhận', '… what was typed kept');
}
# A body that is not this form's rows, and a form without its CSRF token.
for my $key ('fees.0.name', 'fees.x.amount', 'fees.1.colour', 'fees.61.name', 'components.1.required') {
	my $value = $key eq 'components.1.required' ? 'có' : 'x';
	$r = $admin->post('/admin/procedures/new', pairs(%form, $key => $value));
	is($r->{status}, 400, "$key=$value: 400");
}
$r = $admin->post('/admin/procedures/new', pairs(%form), csrf => undef);
is($r->{status}, 403, 'without its CSRF token: 403');
is(versions($code), 0, 'none of them wrote anything');
is(db_value('SELECT COUNT(*) FROM audit_log'), $audit0, '… nor the audit log');

# ---- saved: version 1, its lists, the audit log, the search finds it at once
$r = $admin->post('/admin/procedures/new', pairs(%form, 'components.3.name' => ''));
is($r->{status}, 303, 'the new procedure saved: 303');
is($r->{location}, "/admin/procedures/$code?msg=published", '… to its page');
my ($v1) = db_rows('SELECT id, version, is_current FROM procedures WHERE code = ' . sql_str($code));
is_deeply([ @$v1[1, 2] ], [ 1, 1 ], '… version 1, current');
is(db_value("SELECT COUNT(*) FROM procedure_components WHERE procedure_id = $v1->[0]"), 2, '… two components (the blank row dropped)');
is(db_value("SELECT amount FROM procedure_fees WHERE procedure_id = $v1->[0]"), 30000, '… the fee (30.000 read as 30000)');
is(db_value("SELECT COUNT(*) FROM procedure_fee_exemptions x JOIN procedure_fees f ON f.id = x.fee_id"
    . " WHERE f.procedure_id = $v1->[0]"), 1, '… its exemption');
my ($log) = db_rows('SELECT user_id, program, action FROM audit_log WHERE object_code = ' . sql_str($code));
is_deeply($log, [ db_value("SELECT id FROM users WHERE email = 'quantri\@demo.thanhhoa.gov.vn'"), 'dvc-admin', 'publish' ],
    '… in the audit log: the administrator, dvc-admin');
my $page = $admin->get($r->{location});
like($page->{body}, qr{Đã lưu và áp dụng thủ tục}, 'its page says it was saved');
is(field_value($page->{body}, 'components.2.name'), 'Bản sao giấy khai sinh', '… and shows what was saved');
like($page->{body}, qr{href="/static/forms/don-dang-ky-dat-dai\.html"}, '… with a link to the template file');
like($page->{body}, qr{href="/procedures/\Q$code\E"}, '… and to its page on the portal');
my $search = client()->get('/procedures?q=cap+giay+xac+nhan+thu+nghiem+quan+tri');
like($search->{body}, qr{\Q/procedures/$code\E}, 'a citizen finds it at once, typed without diacritics');

$r = $admin->post('/admin/procedures/new', pairs(%form));
like(field_error($r->{body}, 'code') // '', qr{Đã có thủ tục mang mã này}, 'the same code again: refused');

# ---- the version rule: a dossier received under version 1 keeps its fee and due date
my $citizen = applicant();
my $id = new_dossier(procedure => $code, by => $citizen);
step($id, 'hacthanh', 'receiver', 'accept');
my ($d1) = db_rows("SELECT procedure_id, due_at, fee_total FROM dossiers WHERE id = $id");
my @fees1 = db_rows("SELECT name, unit_amount, amount FROM dossier_fees WHERE dossier_id = $id ORDER BY sort");
is($d1->[0], $v1->[0], 'a dossier received under version 1');
ok(defined $d1->[1] && $d1->[1] ne 'NULL', '… with a due date');

my %v2 = (%form, version => 1, processing_hours => 80, 'fees.1.amount' => 45000);
delete $v2{code};
$r = $admin->post("/admin/procedures/$code", pairs(%v2));
is($r->{status}, 303, 'version 2 published (another fee and time limit)');
my @vs = db_rows('SELECT id, version, is_current FROM procedures WHERE code = ' . sql_str($code) . ' ORDER BY version');
is_deeply([ map { [ @$_[1, 2] ] } @vs ], [ [ 1, 0 ], [ 2, 1 ] ], '… version 1 kept, version 2 current');
my ($d2) = db_rows("SELECT procedure_id, due_at, fee_total FROM dossiers WHERE id = $id");
is_deeply($d2, $d1, 'the dossier keeps its version, due date and fee total');
is_deeply([ db_rows("SELECT name, unit_amount, amount FROM dossier_fees WHERE dossier_id = $id ORDER BY sort") ], \@fees1,
    '… and its fees as charged');
my $id2 = new_dossier(procedure => $code, by => $citizen);
is(db_value("SELECT procedure_id FROM dossiers WHERE id = $id2"), $vs[1][0], 'a new dossier takes version 2');
is(db_value("SELECT MAX(unit_amount) FROM dossier_fees WHERE dossier_id = $id2"), 45000, '… and its fee');

# ---- a stale version: refused, nothing written, what was typed kept
$r = $admin->post("/admin/procedures/$code", pairs(%v2, name => 'Tên đổi muộn'));
is($r->{status}, 400, 'saved from a form opened at version 1: refused');
like(text_of($r->{body}), qr{quản trị viên khác lưu trước bạn}, '… another administrator saved first');
like($r->{body}, qr{href="/admin/procedures/\Q$code\E"}, '… with a link to reload');
is(field_value($r->{body}, 'name'), 'Tên đổi muộn', '… what was typed kept');
is(versions($code), 2, '… nothing written');

# ---- unchanged: no new version (a textarea's lines come back ended by CRLF)
$v2{steps} =~ s/\n/\r\n/g;
$r = $admin->post("/admin/procedures/$code", pairs(%v2, version => 2));
is($r->{location}, "/admin/procedures/$code?msg=unchanged", 'saved without a change: said so');
is(versions($code), 2, '… no new version');
is(db_value('SELECT steps FROM procedures WHERE is_current = 1 AND code = ' . sql_str($code)), "Nộp hồ sơ\nNhận kết quả",
    '… its steps one a line, LF');

# ---- the versions page
$r = $admin->get("/admin/procedures/$code/versions");
is($r->{status}, 200, 'the versions page: 200');
like($r->{body}, qr{versions\?v=1}, '… version 1 listed');
like($r->{body}, qr{versions\?v=2}, '… version 2 listed');
$r = $admin->get("/admin/procedures/$code/versions?v=1");
like(text_of($r->{body}), qr{30\.000}, 'version 1 shown with its fee');
is($admin->get("/admin/procedures/$code/versions?v=9")->{status}, 404, 'a version that does not exist: 404');
is($admin->get('/admin/procedures/KHONGCO.1/versions')->{status}, 404, 'an unknown code: 404');
is($admin->get('/admin/procedures/KHONGCO.1')->{status}, 404, '… its form: 404');

# ---- removal refused while dossiers refer to it; withdrawal; publication again
$r = $admin->post("/admin/procedures/$code/remove", [ version => 2 ]);
is($r->{location}, "/admin/procedures/$code?msg=in-use", 'remove while dossiers refer to it: refused');
like($admin->get($r->{location})->{body}, qr{Bạn có thể ngừng áp dụng}, '… withdrawal offered');
is(versions($code), 2, '… nothing removed');
$r = $admin->post("/admin/procedures/$code/withdraw", [ version => 1 ]);
is($r->{location}, "/admin/procedures/$code?msg=stale", 'withdraw at a stale version: refused');
$r = $admin->post("/admin/procedures/$code/withdraw", [ version => 2 ]);
is($r->{location}, "/admin/procedures/$code?msg=withdrawn", 'withdrawn');
is(db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1 AND code = ' . sql_str($code)), 0, '… no version current');
unlike(client()->get('/procedures?q=cap+giay+xac+nhan+thu+nghiem+quan+tri')->{body}, qr{\Q/procedures/$code\E},
    '… and the search no longer offers it');
$r = $admin->get('/admin/procedures?status=withdrawn&q=' . $code);
like($r->{body}, qr{Đã ngừng áp dụng}, '… listed as withdrawn');
$r = $admin->post("/admin/procedures/$code/remove", [ version => 2 ]);
is($r->{location}, "/admin/procedures/$code?msg=in-use", 'remove a withdrawn one dossiers refer to: refused');
like($admin->get($r->{location})->{body}, qr{Thủ tục đã ngừng áp dụng nên không nhận hồ sơ mới}, '… and said so');
$r = $admin->post("/admin/procedures/$code/republish", [ version => 2 ]);
is($r->{location}, "/admin/procedures/$code?msg=republished", 'published again');
is(db_value('SELECT version FROM procedures WHERE is_current = 1 AND code = ' . sql_str($code)), 3, '… as version 3');
like(client()->get('/procedures?q=cap+giay+xac+nhan+thu+nghiem+quan+tri')->{body}, qr{\Q/procedures/$code\E},
    '… found again');
is_deeply([ db_col('SELECT action FROM audit_log WHERE object_code = ' . sql_str($code) . ' ORDER BY id') ],
    [ qw(publish publish withdraw publish) ], 'every change in the audit log');

# ---- long texts: a procedure's steps, requirements and legal basis of 20 000 characters each
# (about 540 kB as a form sends them) saved whole; a text longer than its maximum refused.
my $long = 'ệ' x 19999 . "\n";
my $big = "L$code";
$r = $admin->post('/admin/procedures/new', pairs(%form, code => $big, steps => $long, requirements => $long,
    legal_basis => $long));
is($r->{status}, 303, 'three texts of 20 000 characters: saved');
is(db_value('SELECT CHAR_LENGTH(steps) + CHAR_LENGTH(requirements) + CHAR_LENGTH(legal_basis) FROM procedures'
    . ' WHERE code = ' . sql_str($big)), 60000, '… whole');
$r = $admin->post('/admin/procedures/new', pairs(%form, code => "M$code", steps => "$long."));
is($r->{status}, 400, 'a text of 20 001 characters: 400');
is(versions("M$code"), 0, '… nothing written');

# ---- removal of a procedure no dossier refers to
my $free = "X$code";
$r = $admin->post('/admin/procedures/new', pairs(%form, code => $free));
is($r->{status}, 303, 'another procedure saved');
$r = $admin->post("/admin/procedures/$free/remove", [ version => 1 ]);
is($r->{location}, '/admin/procedures?msg=removed', '… removed');
is(versions($free), 0, '… every version gone');
is($admin->post("/admin/procedures/$big/remove", [ version => 1 ])->{status}, 303, 'the long one removed too');

# ---- nobody else
my @urls = (
	[ GET => '/admin/procedures' ], [ GET => '/admin/procedures/new' ], [ GET => "/admin/procedures/$code" ],
	[ GET => "/admin/procedures/$code/versions" ], [ POST => '/admin/procedures/new' ],
	[ POST => "/admin/procedures/$code" ], [ POST => "/admin/procedures/$code/withdraw" ],
	[ POST => "/admin/procedures/$code/republish" ], [ POST => "/admin/procedures/$code/remove" ],
);
my $officer = demo_user('tiepnhan.hacthanh@demo.thanhhoa.gov.vn');
my $stranger = client();
$stranger->get('/');
for my $u (@urls) {
	my ($m, $path) = @$u;
	for my $who ([ officer => $officer ], [ citizen => $citizen ]) {
		my $res = $m eq 'GET' ? $who->[1]->get($path) : $who->[1]->post($path, [ version => 3 ]);
		ok($res->{status} == 403 || $res->{status} == 404, "$m $path: the $who->[0] refused ($res->{status})");
	}
	my $res = $m eq 'GET' ? $stranger->get($path) : $stranger->post($path, [ version => 3 ]);
	ok(($res->{status} == 303 && ($res->{location} // '') =~ m{^/account/login}) || $res->{status} == 403,
	    "$m $path: a stranger sent to sign in or refused ($res->{status})");
}
is(versions($code), 3, 'nothing they sent changed the procedure');
is(db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1 AND code = ' . sql_str($code)), 1, '… still current');

# ---- two administrators saving the same version at the same moment: one is published, the
# other refused as stale (core's check inside the transaction), nothing half written.
my $admin2 = demo_user('quantri@demo.thanhhoa.gov.vn');
my @race = parallel(
	sub { $admin->post("/admin/procedures/$code", pairs(%v2, version => 3, name => 'Tên của người thứ nhất'))->{status} },
	sub { $admin2->post("/admin/procedures/$code", pairs(%v2, version => 3, name => 'Tên của người thứ hai'))->{status} },
);
is(join(' ', sort @race), '303 400', 'two saves of version 3 at the same moment: one published, the other refused')
    or diag("@race");
is(versions($code), 4, '… one version more');
is(db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1 AND code = ' . sql_str($code)), 1, '… one current');
my $won = $race[0] == 303 ? 'Tên của người thứ nhất' : 'Tên của người thứ hai';
is(db_value('SELECT name FROM procedures WHERE is_current = 1 AND code = ' . sql_str($code)), $won,
    '… the one that was published');

# Left withdrawn: the other tests of the run pick their procedures among the seed's.
is($admin->post("/admin/procedures/$code/withdraw", [ version => 4 ])->{status}, 303, 'the test procedure withdrawn');

done_testing();
