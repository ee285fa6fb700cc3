#!/usr/bin/perl
# The administrator's units, fields and communes (dvc-admin, issue 12 item 1): the units as a
# tree; a unit added, changed, withdrawn (no longer offered to receive dossiers, while its
# officers keep their dossiers), made active again and removed; a field added, changed and
# removed; the communes and wards list uploaded, its dry run, its apply (exactly the plan shown,
# refused when the list changed since); every bad input with its Vietnamese message and nothing
# changed; every write in the audit log; and every URL refused to officers, citizens and
# strangers.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Encode qw(encode_utf8);
use Test::More;
use DVCTest;
use DVC::Submit;
use DVC::Officer qw(new_dossier);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $admin = demo_user('quantri@demo.thanhhoa.gov.vn');
my $admin_id = $admin->user_id;

# What a refused request must leave alone: the units, fields and communes, and the audit log.
sub state {
	return join '|', map { db_value($_) // '' }
	    'SELECT COALESCE(MAX(id), 0) FROM audit_log',
	    q{SELECT MD5(GROUP_CONCAT(CONCAT_WS('/', id, code, COALESCE(parent_id, 0), kind, name, place, address,
	      phone, email, office_hours, active, sort) ORDER BY id SEPARATOR '|')) FROM agencies},
	    q{SELECT MD5(GROUP_CONCAT(CONCAT_WS('/', id, code, name, sort) ORDER BY id SEPARATOR '|')) FROM fields},
	    q{SELECT MD5(COALESCE(GROUP_CONCAT(CONCAT_WS('/', code, province_code, name) ORDER BY code SEPARATOR '|'), ''))
	      FROM communes};
}

sub unit_of { my ($code) = @_; return db_value('SELECT id FROM agencies WHERE code = ' . sql_str($code)) }

# The form's message next to field NAME, or the error summary's when NAME is '_'.
sub said {
	my ($r, $name) = @_;
	return join(' | ', error_summary($r->{body})) if $name eq '_';
	return field_error($r->{body}, $name) // '';
}

# The parent of each unit as the tree nests them: { unit id => id of the enclosing unit, 0 }.
sub tree_parents {
	my ($html) = @_;
	my (@stack, %parent);
	while ($html =~ m{<li class="unit-node" id="unit-(\d+)">|(<li\b)|(</li>)}g) {
		if (defined $1) {
			$parent{$1} = @stack ? (grep { $_ } reverse @stack)[0] // 0 : 0;
			push @stack, $1;
		} elsif (defined $2) {
			push @stack, 0;
		} else {
			pop @stack;
		}
	}
	return \%parent;
}

my $province = unit_of('000.00.00.H56');
my $centre = db_value("SELECT id FROM agencies WHERE kind = 'center'");
my $r;

# ------------------------------------------------------------------ the tree

subtest 'GET /admin/units: the units as a tree' => sub {
	$r = $admin->get('/admin/units');
	is($r->{status}, 200, 'GET /admin/units: 200');
	like($r->{body}, qr{<title>Đơn vị}, 'its title');
	my $p = tree_parents($r->{body});
	my @rows = db_rows('SELECT id, COALESCE(parent_id, 0), code, name FROM agencies');
	is(scalar(keys %$p), scalar(@rows), 'every unit is shown once');
	for my $u (@rows) {
		is($p->{ $u->[0] }, $u->[1], "$u->[2] is under its parent ($u->[1])");
	}
	is($p->{$centre}, $province, "the Public Administration Service Centre is under the province's People's Committee");
	like(text_of($r->{body}), qr/Trung tâm Phục vụ hành chính công/, 'the kinds in words');
	like($r->{body}, qr{href="/admin/units/new"}, 'a link to add a unit');
	like($admin->get('/admin/')->{body}, qr{href="/admin/units"}, '/admin/ links it');
};

# ------------------------------------------------------------------ a new unit

my $CODE;
do { $CODE = sprintf('000.%02d.%02d.H56', 50 + int rand 50, int rand 100) } while unit_of($CODE);
my %unit = (code => $CODE, name => 'Ủy ban nhân dân phường Thử Nghiệm', kind => 'commune', parent => $province,
    sort => 900, place => 'phường Thử Nghiệm', address => 'Số 1 đường Thử Nghiệm, phường Thử Nghiệm, tỉnh Thanh Hóa',
    phone => '0237 3999 999', email => 'Thu.Nghiem@ThanhHoa.gov.vn',
    office_hours => 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ – 17 giờ, từ thứ Hai đến thứ Sáu');
sub form { my (%over) = @_; my %f = (%unit, %over); return [map { $_ => $f{$_} } sort keys %f] }

subtest 'a new unit: every bad input refused, with its message, nothing changed' => sub {
	$r = $admin->get('/admin/units/new');
	is($r->{status}, 200, 'GET /admin/units/new: 200');
	like($r->{body}, qr{<option value="$province">Ủy ban nhân dân tỉnh Thanh Hóa \(000\.00\.00\.H56\)}, 'the parent chosen from the units');
	my @bad = (
	    [code => '', 'code', 'Nhập mã định danh của đơn vị.'],
	    [code => 'ABC', 'code', 'Mã định danh không đúng định dạng QCVN 102:2016/BTTTT'],
	    [code => '000.00.00.X56', 'code', 'Mã định danh không đúng định dạng'],
	    [code => '000.00.0.H56', 'code', 'Mã định danh không đúng định dạng'],
	    [code => '000.00.99.H29', 'code', 'Mã định danh của đơn vị thuộc tỉnh phải kết thúc bằng mã tỉnh H56.'],
	    [code => '000.00.00.H56', 'code', 'Mã định danh này đã được dùng cho một đơn vị khác.'],
	    [name => '   ', 'name', 'Nhập tên đơn vị.'],
	    [name => "Hai\r\ndòng", 'name', 'Nội dung này chỉ được viết trên một dòng.'],
	    [kind => 'district', 'kind', 'Chọn loại đơn vị.'],
	    [place => '', 'place', 'Nhập tên xã, phường như cách ghi trong địa chỉ'],
	    [phone => 'gọi tôi', 'phone', 'Số điện thoại chỉ gồm chữ số'],
	    [email => 'khong-hop-le@', 'email', 'Địa chỉ thư điện tử không hợp lệ'],
	    [parent => 4000000000, 'parent', 'Đơn vị cấp trên đã chọn không còn trong danh sách.'],
	);
	for my $b (@bad) {
		my ($k, $v, $field, $msg) = @$b;
		my $before = state();
		$r = $admin->post('/admin/units/new', form($k => $v));
		is($r->{status}, 200, "$k = '$v': the form again (200)");
		like(said($r, $field), qr/^\Q$msg\E/, "… '$msg' at $field");
		is(state(), $before, '… nothing changed');
		is(field_value($r->{body}, 'address'), $unit{address}, '… the values kept') if $k ne 'address';
	}
	$r = $admin->post('/admin/units/new', form(code => 'x' x 14));
	is($r->{status}, 400, 'a code over 13 characters: 400');
};

my $id;
subtest 'a new unit: added, logged' => sub {
	my $audit = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
	$r = $admin->post('/admin/units/new', form());
	is($r->{status}, 303, 'POST /admin/units/new: 303') or diag(said($r, '_'));
	$id = unit_of($CODE);
	ok($id, "the unit $CODE is there");
	is($r->{location}, "/admin/units/$id?msg=added", '… and its page is next');
	my ($row) = db_rows("SELECT a.name, a.kind, a.parent_id, a.place, a.address, a.phone, a.email, a.office_hours,"
	    . " a.active, a.sort FROM agencies a WHERE a.id = $id");
	is_deeply($row, [@unit{qw(name kind parent place address phone)}, lc $unit{email}, $unit{office_hours}, 1, 900],
	    'every value saved (the e-mail in lower case), active');
	my ($a) = db_rows("SELECT user_id, program, action, object_kind, object_code, before_json IS NULL,"
	    . " JSON_VALUE(after_json, '\$.office_hours'), JSON_VALUE(after_json, '\$.parent') FROM audit_log WHERE id > $audit");
	is_deeply($a, [$admin_id, 'dvc-admin', 'add', 'unit', $CODE, 1, $unit{office_hours}, '000.00.00.H56'],
	    'the audit log: added by the administrator from dvc-admin, with what it is');
	$r = $admin->get("/admin/units/$id?msg=added");
	is($r->{status}, 200, 'its page: 200');
	like(text_of($r->{body}), qr/Đã thêm\./, '… says it was added');
	is(field_value($r->{body}, 'office_hours'), $unit{office_hours}, '… the form holds its values');
	like($r->{body}, qr{<option value="$province" selected}, '… its parent selected');
	is(tree_parents($admin->get('/admin/units')->{body})->{$id}, $province, 'the tree shows it under the province');
};

subtest 'a unit changed; a cycle refused' => sub {
	my $audit = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
	$r = $admin->post("/admin/units/$id", form(name => 'Ủy ban nhân dân phường Thử Nghiệm Mới', office_hours => 'Cả tuần'));
	is($r->{status}, 303, 'POST /admin/units/ID: 303');
	is($r->{location}, "/admin/units/$id?msg=saved", '… back to its page');
	is(db_value("SELECT CONCAT(name, '|', office_hours, '|', code) FROM agencies WHERE id = $id"),
	    "Ủy ban nhân dân phường Thử Nghiệm Mới|Cả tuần|$CODE", 'name and hours changed, the code kept');
	is(db_value("SELECT CONCAT(action, '|', JSON_VALUE(before_json, '\$.name'), '|', JSON_VALUE(after_json, '\$.name'))"
	    . " FROM audit_log WHERE id > $audit"), "change|$unit{name}|Ủy ban nhân dân phường Thử Nghiệm Mới",
	    'the audit log has it before and after');
	my $before = state();
	$r = $admin->post("/admin/units/$id", form(name => 'Ủy ban nhân dân phường Thử Nghiệm Mới', office_hours => 'Cả tuần'));
	is($r->{status}, 303, 'the same values saved again: 303');
	is(state(), $before, '… nothing written, nothing logged');

	$r = $admin->post("/admin/units/$id", form(parent => $id));
	like(said($r, 'parent'), qr/^Không thể chọn chính đơn vị này hoặc một đơn vị trực thuộc nó/, 'its own parent: refused');
	is(state(), $before, '… nothing changed');
	my @p = db_rows("SELECT code, name, kind, COALESCE(parent_id, 0), place FROM agencies WHERE id = $province");
	$r = $admin->post("/admin/units/$province", [name => $p[0][1], kind => $p[0][2], parent => $id, place => $p[0][4]]);
	is($r->{status}, 200, 'the province under this ward (a cycle): the form again');
	like(said($r, 'parent'), qr/^Không thể chọn chính đơn vị này hoặc một đơn vị trực thuộc nó làm đơn vị cấp trên\./,
	    '… with the reason');
	is(state(), $before, '… nothing changed');
	is($admin->get('/admin/units/999999999')->{status}, 404, 'an unknown unit: 404');
	is($admin->post('/admin/units/999999999', form())->{status}, 404, '… and its POST too');
};

# ------------------------------------------------------------------ withdrawal

# The units a citizen may choose for a commune-level procedure (step 1 of a draft).
my $pc = pick_procedure(gov_level => 'commune', level => 4, channels => ['online'], types => ['pdf'], max_required => 3);
my $citizen = citizen();
sub offered {
	my $draft = $citizen->new_draft($pc->{code});
	my ($units) = $citizen->get("/submit/$draft/info?format=xml")->{body} =~ m{<units>(.*?)</units>}s;
	return map { $_->{id} } xml_records($units // '', 'unit');
}

subtest 'withdrawn: no longer offered to receive dossiers; active again: offered' => sub {
	ok((grep { $_ == $id } offered()), 'the new ward is offered as a receiving ward');
	my $audit = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
	$r = $admin->post("/admin/units/$id/withdraw", []);
	is($r->{status}, 303, 'POST /admin/units/ID/withdraw: 303');
	is($r->{location}, "/admin/units/$id?msg=withdrawn", '… back to its page');
	is(db_value("SELECT active FROM agencies WHERE id = $id"), 0, 'the unit is withdrawn');
	is(db_value("SELECT CONCAT(action, JSON_VALUE(before_json, '\$.active'), JSON_VALUE(after_json, '\$.active'))"
	    . " FROM audit_log WHERE id > $audit"), 'change10', 'logged: active 1 → 0');
	ok(!(grep { $_ == $id } offered()), 'no longer offered to a citizen');
	like(text_of($admin->get("/admin/units/$id")->{body}), qr/Đã ngừng tiếp nhận hồ sơ.*Tiếp nhận hồ sơ trở lại/s,
	    'its page says so, with the way back');
	like($admin->get('/admin/units')->{body}, qr{id="unit-$id">.*?Đã ngừng tiếp nhận hồ sơ}s, 'the tree marks it');

	$r = $admin->post("/admin/units/$id/activate", []);
	is($r->{status}, 303, 'POST /admin/units/ID/activate: 303');
	is(db_value("SELECT active FROM agencies WHERE id = $id"), 1, 'active again');
	ok((grep { $_ == $id } offered()), 'offered again');
};

# Runs dvcctl catalogue ARGS…: (exit status, what it printed).
sub catalogue {
	my $cmd = join(' ', map { quotemeta } "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF}, 'catalogue', @_);
	my $out = qx{$cmd 2>&1};
	return ($? >> 8, Encode::decode_utf8($out));
}

subtest 'the new columns go round dvcctl catalogue export and import (XML and CSV)' => sub {
	is($admin->post("/admin/units/$id/withdraw", [])->{status}, 303, 'the new ward withdrawn');
	my $dir = "$ENV{DVC_VAR}/admin-units-export";
	mkdir $dir;
	for my $f ('catalogue.xml', 'catalogue.csv') {
		my ($st, $out) = catalogue('export', "$dir/$f");
		is($st, 0, "export $f: exit 0") or diag($out);
		open(my $fh, '<:raw', "$dir/$f") or die $!;
		my $text = Encode::decode_utf8(do { local $/; <$fh> });
		if ($f =~ /xml$/) {
			like($text, qr{<unit code="\Q$CODE\E"[^>]* active="0"}, '… the unit withdrawn (active="0")');
			like($text, qr{<office_hours>Cả tuần</office_hours>}, '… with its office hours');
		} else {
			like($text, qr{^#unit,code,parent,kind,sort,phone,email,active,name,place,address,office_hours}m,
			    '… the columns named');
			like($text, qr{^unit,\Q$CODE\E,000\.00\.00\.H56,commune,900,[^\n]*,0,[^\n]*,Cả tuần}m, '… the unit with both');
		}
		($st, $out) = catalogue('import', "$dir/$f");
		is($st, 0, "import $f (dry run): exit 0") or diag($out);
		unlike($out, qr/^(add|change|withdraw) /m, '… nothing to change: the new columns read back as written')
		    or diag($out);
	}
	is($admin->post("/admin/units/$id/activate", [])->{status}, 303, 'active again');
};

subtest "a withdrawn unit's officers keep its dossiers" => sub {
	my $hac = unit_of('000.01.30.H56');
	my $did = new_dossier(unit => 'hacthanh');
	my $code = db_value("SELECT code FROM dossiers WHERE id = $did");
	is($admin->post("/admin/units/$hac/withdraw", [])->{status}, 303, 'the ward Hạc Thành withdrawn');
	my $o = DVC::Officer::officer('hacthanh', 'receiver');
	like(text_of($o->get('/officer/?q=' . url_escape($code))->{body}), qr/\Q$code\E/, "its receiver still has $code in the inbox");
	is($o->get("/officer/dossiers/$did")->{status}, 200, '… and opens it');
	ok(!(grep { $_ == $hac } offered()), 'but the ward is offered to no new dossier');
	is($admin->post("/admin/units/$hac/activate", [])->{status}, 303, 'active again');
};

# ------------------------------------------------------------------ removal

subtest 'removal: refused while anything refers to the unit, withdrawal offered' => sub {
	my $before = state();
	$r = $admin->post("/admin/units/$province/remove", []);
	is($r->{status}, 409, "the province's committee (units, procedures, officers under it): 409");
	my $children = db_value("SELECT COUNT(*) FROM agencies WHERE parent_id = $province");
	like(said($r, '_'), qr/^Không thể xóa đơn vị này vì còn (\d+ [^,.]+, )*$children đơn vị trực thuộc gắn với nó\. Hãy ngừng tiếp nhận hồ sơ của đơn vị thay vì xóa/,
	    '… the reason (its units, counted), and withdrawal offered');
	is(state(), $before, '… nothing changed');
	my $hac = unit_of('000.01.30.H56');
	$r = $admin->post("/admin/units/$hac/remove", []);
	is($r->{status}, 409, 'a ward with dossiers and officers: 409');
	my ($nd, $no) = (db_value("SELECT COUNT(*) FROM dossiers WHERE agency_id = $hac OR holder_agency_id = $hac"),
	    db_value("SELECT COUNT(DISTINCT user_id) FROM officer_roles WHERE agency_id = $hac"));
	like(said($r, '_'), qr/^Không thể xóa đơn vị này vì còn $nd hồ sơ, (\d+ thủ tục, )?$no cán bộ gắn với nó\./,
	    "… said: its $nd dossiers and $no officers");
	is(state(), $before, '… nothing changed');
	unlike($admin->get("/admin/units/$hac")->{body}, qr{action="/admin/units/$hac/remove"}, 'its page offers no removal');
	like($admin->get("/admin/units/$id")->{body}, qr{action="/admin/units/$id/remove"}, 'the new ward\'s page offers it');

	my $audit = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
	$r = $admin->post("/admin/units/$id/remove", []);
	is($r->{status}, 303, 'the new ward, which nothing refers to: removed (303)');
	is($r->{location}, '/admin/units?msg=removed', '… back to the tree');
	ok(!unit_of($CODE), '… gone');
	is(db_value("SELECT CONCAT(action, '|', object_code, '|', JSON_VALUE(before_json, '\$.code'), '|', after_json IS NULL)"
	    . " FROM audit_log WHERE id > $audit"), "remove|$CODE|$CODE|1", 'logged with what it was');
	is($admin->post("/admin/units/$id/remove", [])->{status}, 404, 'removed again: 404');
};

# ------------------------------------------------------------------ fields

my $FCODE = 'G99-TN' . sprintf('%02d', $$ % 100);
$FCODE .= 'X' while db_value('SELECT COUNT(*) FROM fields WHERE code = ' . sql_str($FCODE));
my $fid;
subtest 'fields: list, new (bad inputs refused), change, removal refused when in use' => sub {
	$r = $admin->get('/admin/fields');
	is($r->{status}, 200, 'GET /admin/fields: 200');
	like($r->{body}, qr{G15-TP07}, 'the fields listed with their codes');
	is($admin->get('/admin/fields/new')->{status}, 200, 'GET /admin/fields/new: 200');
	for my $b ([code => '', 'code', 'Nhập mã lĩnh vực.'], [code => 'g15 tp', 'code', 'Mã lĩnh vực chỉ gồm chữ in hoa'],
	    [code => 'G15-TP07', 'code', 'Mã lĩnh vực này đã có.'], [name => ' ', 'name', 'Nhập tên lĩnh vực.']) {
		my ($k, $v, $field, $msg) = @$b;
		my $before = state();
		my %f = (code => $FCODE, name => 'Lĩnh vực thử nghiệm', sort => 50, $k => $v);
		$r = $admin->post('/admin/fields/new', [%f]);
		is($r->{status}, 200, "$k = '$v': the form again");
		like(said($r, $field), qr/^\Q$msg\E/, "… '$msg'");
		is(state(), $before, '… nothing changed');
	}
	$r = $admin->post('/admin/fields/new', [code => $FCODE, name => 'Lĩnh vực thử nghiệm', sort => 50]);
	is($r->{status}, 303, 'a new field: 303');
	$fid = db_value('SELECT id FROM fields WHERE code = ' . sql_str($FCODE));
	is($r->{location}, "/admin/fields/$fid?msg=added", '… its page next');
	is(db_value("SELECT CONCAT(action, user_id, program) FROM audit_log WHERE object_kind = 'field' AND object_code = "
	    . sql_str($FCODE)), "add${admin_id}dvc-admin", 'logged');
	$r = $admin->post("/admin/fields/$fid", [name => 'Lĩnh vực thử nghiệm đổi tên', sort => 51]);
	is($r->{status}, 303, 'changed: 303');
	is(db_value("SELECT CONCAT(name, '|', sort) FROM fields WHERE id = $fid"), 'Lĩnh vực thử nghiệm đổi tên|51', '… saved');
	like(text_of($admin->get("/admin/fields/$fid?msg=saved")->{body}), qr/Đã lưu thay đổi\./, '… and said');

	my $used = db_value("SELECT id FROM fields WHERE code = 'G15-TP07'");
	my $before = state();
	$r = $admin->post("/admin/fields/$used/remove", []);
	is($r->{status}, 409, 'a field procedures are filed under: 409');
	like(said($r, '_'), qr/^Không thể xóa lĩnh vực này vì còn \d+ phiên bản thủ tục hành chính/, '… with the reason');
	is(state(), $before, '… nothing changed');
	$r = $admin->post("/admin/fields/$fid/remove", []);
	is($r->{status}, 303, 'the new field removed');
	ok(!db_value("SELECT COUNT(*) FROM fields WHERE id = $fid"), '… gone');
	is($admin->get("/admin/fields/$fid")->{status}, 404, '… its page 404');
};

# ------------------------------------------------------------------ communes

sub upload {
	my ($name, $bytes) = @_;
	$admin->refresh_csrf('/admin/communes');
	my @parts = defined $bytes ? (file($name, $bytes, 'text/csv')) : ();
	my ($type, $body) = multipart_body(\@parts, csrf => $admin->csrf);
	return $admin->post_multipart('/admin/communes', $type, $body);
}

sub hidden { my ($html, $n) = @_; return ($html =~ m{<input type="hidden" name="$n" value="([^"]*)"})[0] }

sub problems {
	my ($html) = @_;
	my @out;
	while ($html =~ m{<tr class="commune-problem">\s*<td class="num">(.*?)</td>\s*<td>(.*?)</td>}gs) {
		push @out, [text_of($1), text_of($2)];
	}
	return @out;
}

my @C;
until (@C == 4) {
	my $c = sprintf('9%04d', int rand 10000);
	push @C, $c unless grep({ $_ eq $c } @C) || db_value("SELECT COUNT(*) FROM communes WHERE code = '$c'");
}

subtest 'communes: the dry run changes nothing; apply writes exactly what it showed' => sub {
	is($admin->get('/admin/communes')->{status}, 200, 'GET /admin/communes: 200');
	my $csv = encode_utf8("Mã,Tên,Mã tỉnh\r\n$C[0],Phường Thử Một,38\r\n$C[1],\"Xã Thử, Hai\"\r\n$C[2],Phường Thử Ba,01\r\n");
	my $before = state();
	$r = upload('xa-phuong.csv', $csv);
	is($r->{status}, 200, 'the upload: 200') or diag(said($r, '_'));
	is(state(), $before, 'the dry run changed nothing');
	my $t = text_of($r->{body});
	like($t, qr/thêm 3 xã, phường; đổi tên hoặc đổi tỉnh 0; giữ nguyên 0/, 'three to add');
	like($t, qr/\Q$C[1]\E Xã Thử, Hai 38/, 'a commune without a province is the portal\'s own (38)');
	my %h = map { $_ => hidden($r->{body}, $_) } qw(file plan sig);
	ok($h{file} && $h{plan} && $h{sig}, 'the apply form carries the file, the plan and their signature');
	ok(-f DVC::Submit::store_path($h{file}), '… the file kept in the store under its SHA-256');

	$r = $admin->post('/admin/communes/apply', [file => $h{file}, plan => $h{plan}, sig => 'f' x 64]);
	is($r->{status}, 400, 'a forged signature: 400');
	like(text_of($r->{body}), qr/Kết quả kiểm tra gửi lên không hợp lệ/, '… with the reason');
	is(state(), $before, '… nothing changed');

	my $audit = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
	$r = $admin->post('/admin/communes/apply', [%h]);
	is($r->{status}, 303, 'apply: 303');
	is($r->{location}, '/admin/communes?msg=imported&added=3&renamed=0', '… says what it did');
	is_deeply([db_rows("SELECT code, province_code, name FROM communes WHERE code IN ('$C[0]', '$C[1]', '$C[2]') ORDER BY code")],
	    [sort { $a->[0] cmp $b->[0] } [$C[0], '38', 'Phường Thử Một'], [$C[1], '38', 'Xã Thử, Hai'], [$C[2], '01', 'Phường Thử Ba']],
	    'exactly the three, as shown');
	is(db_value("SELECT COUNT(*) FROM audit_log WHERE id > $audit AND object_kind = 'commune' AND action = 'add'"
	    . " AND user_id = $admin_id AND program = 'dvc-admin'"), 3, 'each in the audit log');
	my $log = $admin->get("/admin/audit?kind=commune&code=$C[0]");
	is($log->{status}, 200, 'the audit page filters communes');
	like(text_of($log->{body}), qr/Thêm xã, phường $C[0]/, '… and names the entry');
	like(text_of($admin->get('/admin/communes?msg=imported&added=3&renamed=0')->{body}),
	    qr/Đã cập nhật danh sách xã, phường: thêm 3, đổi tên hoặc đổi tỉnh 0\./, 'the page says so');

	# A second list: one renamed, one new; its plan applied twice: the second finds it stale.
	$csv = encode_utf8("$C[0],Phường Thử Một Mới,38\n$C[1],\"Xã Thử, Hai\",38\n$C[2],Phường Thử Ba,01\n$C[3],Xã Thử Bốn\n");
	$r = upload('lan-hai.csv', $csv);
	$t = text_of($r->{body});
	like($t, qr/thêm 1 xã, phường; đổi tên hoặc đổi tỉnh 1; giữ nguyên 2/, 'the second list: 1 to add, 1 to rename, 2 unchanged');
	like($t, qr/Phường Thử Một → Phường Thử Một Mới/, 'the renaming shows the old name and the new');
	%h = map { $_ => hidden($r->{body}, $_) } qw(file plan sig);
	$audit = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
	is($admin->post('/admin/communes/apply', [%h])->{status}, 303, 'applied');
	is(db_value("SELECT name FROM communes WHERE code = '$C[0]'"), 'Phường Thử Một Mới', 'renamed');
	is(db_value("SELECT CONCAT(action, '|', JSON_VALUE(before_json, '\$.name'), '|', JSON_VALUE(after_json, '\$.name'))"
	    . " FROM audit_log WHERE id > $audit AND object_code = '$C[0]'"), 'change|Phường Thử Một|Phường Thử Một Mới',
	    'the renaming logged before and after');
	$before = state();
	$r = $admin->post('/admin/communes/apply', [%h]);
	is($r->{status}, 409, 'the same plan again, now stale: 409');
	like(said($r, '_'), qr/Danh sách xã, phường đã thay đổi kể từ lần kiểm tra trước/, '… with the reason');
	like(text_of($r->{body}), qr/thêm 0 xã, phường; đổi tên hoặc đổi tỉnh 0; giữ nguyên 4/, '… and the new dry run');
	is(state(), $before, '… nothing changed');
};

subtest 'communes: invalid files list every problem with its line, and change nothing' => sub {
	my $before = state();
	my $stored = store_files();
	my $csv = encode_utf8("code,name,province_code\n1234,Xã Thiếu Số\n$C[0],,38\n$C[1],Xã Lạ,99\n"
	    . "$C[2],Xã,01,thừa\n$C[1],Phường Trùng,38\n$C[3],Xã Tỉnh Sai,3X\n");
	$r = upload('loi.csv', $csv);
	is($r->{status}, 400, 'a list with problems: 400');
	is_deeply([problems($r->{body})], [
	    ['2', 'Mã xã, phường phải gồm đúng 5 chữ số.'],
	    ['3', 'Thiếu tên xã, phường.'],
	    ['4', 'Mã tỉnh, thành phố không có trong danh mục 34 tỉnh, thành phố.'],
	    ['5', 'Mỗi dòng gồm 2 hoặc 3 cột: mã, tên[, mã tỉnh].'],
	    ['6', "Mã xã, phường này đã có ở dòng 4."],
	    ['7', 'Mã tỉnh, thành phố phải gồm đúng 2 chữ số.'],
	], 'every problem, with its line') or diag(explain([problems($r->{body})]));
	unlike($r->{body}, qr{name="plan"}, 'nothing to apply');
	is(state(), $before, 'nothing changed');

	$r = upload('hong.csv', encode_utf8("$C[0],Phường Một\n$C[1],\"Xã chưa đóng\n"));
	is($r->{status}, 400, 'not CSV: 400');
	like((problems($r->{body}))[0][1] // '', qr/^Tệp không đúng định dạng CSV từ dòng này/, '… said, at its line')
	    and is((problems($r->{body}))[0][0], '2', '… line 2');
	$r = upload('latin1.csv', "$C[0],Ph\xf2\n");
	is($r->{status}, 400, 'not UTF-8: 400');
	is((problems($r->{body}))[0][0], '1', '… at line 1');
	$r = upload('rong.csv', "code,name\n");
	is($r->{status}, 400, 'no commune in it: 400');
	like(text_of($r->{body}), qr/Tệp không có dòng xã, phường nào\./, '… said');
	$r = upload(undef, undef);
	is($r->{status}, 400, 'no file: 400');
	like(said($r, 'file'), qr/^Hãy chọn tệp danh sách xã, phường/, '… said at the file');
	$r = upload('lon.csv', "$C[0]," . ('a' x (600 * 1024)) . "\n");
	is($r->{status}, 413, 'over 512 KB: 413');
	like(said($r, 'file'), qr/^Tệp vượt quá dung lượng tối đa 512 KB\./, '… said at the file');
	is(state(), $before, 'nothing changed by any');
	is_deeply(store_files(), $stored, 'no file of theirs kept in the store');
	is_deeply(tmp_files(), {}, 'no temporary file left');
};

# ------------------------------------------------------------------ who may

subtest 'every URL refused to officers, citizens and strangers; forms need their token' => sub {
	my $fid_used = db_value("SELECT id FROM fields WHERE code = 'G15-TP07'");
	my @get = ('/admin/units', '/admin/units/new', "/admin/units/$province", '/admin/fields', '/admin/fields/new',
	    "/admin/fields/$fid_used", '/admin/communes');
	my @post = ('/admin/units/new', "/admin/units/$province", "/admin/units/$province/withdraw",
	    "/admin/units/$province/activate", "/admin/units/$province/remove", '/admin/fields/new',
	    "/admin/fields/$fid_used", "/admin/fields/$fid_used/remove", '/admin/communes/apply');
	my $o = demo_user('tiepnhan.hacthanh@demo.thanhhoa.gov.vn');
	my $before = state();
	for my $who (['an officer', $o], ['a citizen', $citizen]) {
		my ($name, $c) = @$who;
		is($c->get($_)->{status}, 403, "$name: GET $_ 403") for @get;
		is($c->post($_, [])->{status}, 403, "$name: POST $_ 403") for @post;
		my ($type, $body) = multipart_body([file('a.csv', "$C[0],X\n")], csrf => $c->csrf);
		is($c->post_multipart('/admin/communes', $type, $body)->{status}, 403, "$name: POST /admin/communes 403");
	}
	my $s = client();
	for (@get) {
		my $g = $s->get($_);
		ok($g->{status} == 303 && ($g->{location} // '') =~ m{^/account/login\?next=}, "a stranger: GET $_ sent to sign in");
	}
	for (@post, '/admin/communes') {
		my $p = $s->post($_, []);
		ok($p->{status} == 303 || $p->{status} == 403, "a stranger: POST $_ refused ($p->{status})");
	}
	$r = $admin->post("/admin/units/$province/withdraw", [], csrf => undef);
	is($r->{status}, 403, 'the administrator without the form\'s token: 403');
	is(state(), $before, 'nothing changed by any of them');
};

done_testing();
