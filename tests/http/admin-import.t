#!/usr/bin/perl
# The catalogue's import and export in dvc-admin (issue 12 item 3; modules/admin/import*.c):
# the export downloads the very bytes of dvcctl catalogue export (XML and CSV) and the schema
# those of sql/catalogue.rng; an export changed (one procedure's fee) and added to (one
# procedure) is uploaded, XML then CSV, and the dry run lists exactly that change, with the
# fee before and after, and that addition, changing nothing; the apply applies it (the audit
# log names the administrator and dvc-admin, the search finds the new procedure) and the
# export shows it; an apply after someone else changed the catalogue is refused with the dry
# run again; an apply is good once, and for its own session only; invalid files (not XML,
# against the schema, codes given twice, unknown field and unit, bad CSV quoting, empty, too
# big, none) list their problems with their lines in Vietnamese and change nothing; every URL
# is refused to officers, citizens and strangers. The procedures of this test are removed at
# the end: the demo catalogue is left as found.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Encode qw(decode_utf8 encode_utf8);
use File::Temp qw(tempdir);
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $dir = tempdir(CLEANUP => 1);
my $n = sprintf('%03d', $$ % 1000);
my @CODE = map { "9.98$_$n.000.00.00.H56" } 1 .. 3;	# ours: added by dvcctl, the XML, the CSV
my $WORD = 'nhapquantri';	# a word of their names that no other procedure has

# Runs dvcctl catalogue ARGS…; (exit status, stdout, stderr).
sub dvcctl {
	my $cmd = join(' ', map { quotemeta } "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF}, 'catalogue', @_);
	my $out = qx{$cmd 2>$dir/stderr};
	my $status = $? >> 8;
	open(my $fh, '<:raw', "$dir/stderr") or die $!;
	my $err = do { local $/; <$fh> };
	return ($status, $out, $err);
}

# Files as bytes (raw) or as text (decoded, encoded).
sub raw { open(my $fh, '<:raw', $_[0]) or die "$_[0]: $!"; local $/; return <$fh> }
sub slurp { return decode_utf8(raw($_[0])) }
sub spew { open(my $fh, '>:raw', $_[0]) or die "$_[0]: $!"; print $fh encode_utf8($_[1]); close $fh }

# What an import must leave alone when it changes nothing.
sub state {
	return join('|', map { db_value($_) // '' } 'SELECT COUNT(*) FROM procedures',
	    'SELECT COALESCE(MAX(id), 0) FROM audit_log', 'SELECT COUNT(*) FROM agencies',
	    'SELECT COUNT(*) FROM fields', 'SELECT COALESCE(SUM(amount), 0) FROM procedure_fees',
	    "SELECT version FROM cache_versions WHERE name = 'catalogue'");
}

sub ours {
	my ($code, $fee, $name) = @_;
	return <<"XML";
  <procedure code="$code" field="G15-TP07" agency="000.01.30.H56" gov_level="commune" level="4" processing_hours="24" channels="online,postal">
    <name>$name $WORD</name>
    <result>Giấy xác nhận</result>
    <component file_types="pdf,jpg">
      <name>Tờ khai theo mẫu</name>
    </component>
    <fee kind="le_phi" amount="$fee">
      <name>Lệ phí thử nghiệm</name>
    </fee>
  </procedure>
XML
}

sub add_ours { my ($xml, @o) = @_; $xml =~ s{</catalogue>}{ours(@o) . '</catalogue>'}e; return $xml }

my $admin = demo_user('quantri@demo.thanhhoa.gov.vn');
my $admin_id = $admin->user_id;

# upload(CLIENT, NAME, BYTES[, TYPE]): the form's POST as a browser sends it (its token first).
sub upload {
	my ($c, $name, $bytes, $type) = @_;
	my $page = $c->get('/admin/catalogue/import');
	my ($ct, $body) = multipart_body([[type => $type // 0], file($name, encode_utf8($bytes))],
	    csrf => page_csrf($page->{body}));
	return $c->post_multipart('/admin/catalogue/import', $ct, $body);
}

sub token_of { my ($body) = @_; return $body =~ m{name="token" value="([^"]+)"} ? $1 : undef }
sub changes_of {
	my ($body) = @_;
	my @out;
	while ($body =~ m{<li class="import-change import-(\w+)">(.*?)</li>\s*(?=<li class="import-change|</ol>)}gs) {
		my ($action, $li) = ($1, $2);
		my ($code) = $li =~ m{<code>([^<]+)</code>};
		push @out, [$action, $code, text_of($li)];
	}
	return @out;
}
# The problems listed: [line or '', the text].
sub problems_of {
	my ($body) = @_;
	my ($ol) = $body =~ m{<ol class="import-problems">(.*?)</ol>}s or return ();
	my @out;
	while ($ol =~ m{<li>(.*?)</li>}gs) {
		my $t = text_of($1);
		push @out, $t =~ /^Dòng (\d+): (.*)$/s ? [$1, $2] : ['', $t];
	}
	return @out;
}
sub line_of { my ($text, $at) = @_; return 1 + (() = substr($text, 0, index($text, $at)) =~ /\n/g) }

# ------------------------------------------------------------------ the page, the downloads

my $r = $admin->get('/admin/catalogue/import');
is($r->{status}, 200, 'GET /admin/catalogue/import: 200');
like($r->{body}, qr{<title>Nhập, xuất danh mục thủ tục hành chính}, 'its title');
like($r->{body}, qr{<form method="post" action="/admin/catalogue/import" enctype="multipart/form-data"}, 'an upload form');
like($r->{body}, qr{dung lượng tối đa 16 MB}, 'the size limit said');
like($r->{body}, qr{href="/admin/catalogue/schema"}, 'a link to the schema');
like($r->{body}, qr{href="/admin/catalogue/export\?format=xml"}, 'and to the export');
like($admin->get('/admin/')->{body}, qr{href="/admin/catalogue/import"}, 'linked from the back office');

# Our first procedure, added by dvcctl (someone else, at the terminal).
spew("$dir/base.xml", do { my ($s) = dvcctl('export', "$dir/demo.xml"); add_ours(slurp("$dir/demo.xml"),
    $CODE[0], 30000, 'Thủ tục một') });
is((dvcctl('import', '--apply', "$dir/base.xml"))[0], 0, "dvcctl adds $CODE[0]");

subtest 'the export: the bytes of dvcctl catalogue export, as a download' => sub {
	for my $format (qw(xml csv)) {
		my $r = $admin->get("/admin/catalogue/export?format=$format");
		is($r->{status}, 200, "format=$format: 200");
		like($r->{headers}{'content-disposition'} // '', qr{^attachment; filename="catalogue\.$format"},
		    'an attachment');
		like($r->{headers}{'content-type'} // '', $format eq 'xml' ? qr{^application/xml} : qr{^text/csv},
		    'its type');
		dvcctl('export', '--format', $format, "$dir/cli.$format");
		ok($r->{raw} eq raw("$dir/cli.$format"), 'the same bytes as dvcctl catalogue export');
	}
	like($admin->get('/admin/catalogue/export')->{raw}, qr{^<\?xml}, 'XML by default');
	my $r = $admin->get('/admin/catalogue/export?format=pdf');
	is($r->{status}, 400, 'format=pdf: 400');
	like(text_of($r->{body}), qr{Định dạng tải về phải là xml hoặc csv}, '… said in Vietnamese');
	$r = $admin->get('/admin/catalogue/schema');
	is($r->{status}, 200, 'the schema: 200');
	ok($r->{raw} eq raw("$ENV{DVC_REPO}/sql/catalogue.rng"), '… sql/catalogue.rng itself');
	like($r->{headers}{'content-disposition'} // '', qr{attachment; filename="catalogue\.rng"}, '… a download');
};

# ------------------------------------------------------------------ XML: dry run, apply

# dry_run_ok(NAME, RESPONSE, CHANGED CODE, OLD FEE, NEW FEE, ADDED CODE): exactly those two.
sub dry_run_ok {
	my ($name, $r, $changed, $old, $new, $added) = @_;
	subtest $name => sub {
		is($r->{status}, 200, 'the dry run: 200');
		my @ch = changes_of($r->{body});
		is_deeply([map { [@$_[0, 1]] } @ch], [['change', $changed], ['add', $added]],
		    'exactly one change and one addition') or diag(explain(\@ch));
		my $t = $ch[0][2] // '';
		like($t, qr{Thay đổi thủ tục \Q$changed\E \(dòng \d+\)}, 'the change, with its line');
		like($t, qr{Khoản phí, lệ phí thứ 1 amount\s*: Trước: \Q$old\E → Sau: \Q$new\E}, 'what changes: the fee, before and after');
		like($ch[1][2] // '', qr{Thêm mới thủ tục \Q$added\E \(dòng \d+\) .*\Q$WORD\E}, 'the addition, with its name');
		like(text_of($r->{body}), qr{danh mục chưa thay đổi}, 'says it was a dry run');
		ok(token_of($r->{body}), 'a form to apply it');
	};
}

my $xml = $admin->get('/admin/catalogue/export?format=xml')->{body};
(my $x2 = $xml) =~ s{(<procedure code="\Q$CODE[0]\E".*?<fee kind="le_phi" amount=")30000"}{${1}35000"}s;
$x2 = add_ours($x2, $CODE[1], 20000, 'Thủ tục hai');
my $before = state();
$r = upload($admin, 'danh-muc.xml', $x2);
dry_run_ok('XML: the dry run lists the fee changed and the procedure added', $r, $CODE[0], '30000', '35000', $CODE[1]);
is(state(), $before, 'the dry run changed nothing');
my $token = token_of($r->{body});
my $audit0 = db_value('SELECT MAX(id) FROM audit_log');

subtest 'XML: the apply applies it' => sub {
	my $r = $admin->post('/admin/catalogue/import/apply', [token => $token]);
	is($r->{status}, 303, 'applied: 303');
	is($r->{location}, '/admin/catalogue/import?added=1&changed=1&withdrawn=0', 'to the confirmation');
	my $t = text_of($admin->get($r->{location})->{body});
	like($t, qr{Đã áp dụng tệp danh mục\. Thêm mới: 1 Thay đổi: 1 Ngừng áp dụng: 0}, 'which says what it did');
	is(db_value("SELECT f.amount FROM procedure_fees f JOIN procedures p ON p.id = f.procedure_id"
	    . " WHERE p.code = '$CODE[0]' AND p.is_current = 1"), 35000, 'the new fee in force (version 2)');
	is(db_value("SELECT MAX(version) FROM procedures WHERE code = '$CODE[0]'"), 2, '… as version 2');
	is(db_value("SELECT COUNT(*) FROM procedures WHERE code = '$CODE[1]' AND is_current = 1"), 1, 'ours added');
	is_deeply([db_rows("SELECT action, object_code, user_id, program FROM audit_log WHERE id > $audit0 ORDER BY id")],
	    [['publish', $CODE[0], $admin_id, 'dvc-admin'], ['publish', $CODE[1], $admin_id, 'dvc-admin']],
	    'the audit log: by the administrator, from dvc-admin');
	like(get('/procedures', q => $WORD)->{body}, qr{href="/procedures/\Q$CODE[1]\E"}, 'the search finds the new one');
	my $again = $admin->get('/admin/catalogue/export?format=xml')->{body};
	like($again, qr{<procedure code="\Q$CODE[0]\E".*?<fee kind="le_phi" amount="35000"}s, 'the export shows the fee');
	like($again, qr{<procedure code="\Q$CODE[1]\E"}, '… and the new procedure');
	my $b = state();
	$r = $admin->post('/admin/catalogue/import/apply', [token => $token]);
	is($r->{status}, 410, 'the same apply again: 410');
	like(text_of($r->{body}), qr{Kết quả chạy thử đã hết hạn}, '… it is spent');
	is(state(), $b, '… nothing changed');
};

# ------------------------------------------------------------------ CSV: dry run, apply

subtest 'CSV: the export changed and added to, dry run then apply' => sub {
	my $csv = $admin->get('/admin/catalogue/export?format=csv')->{body};
	like($csv, qr{^#unit,code,}, 'the CSV export');
	(my $c2 = $csv) =~ s{^(fee,\Q$CODE[1]\E,le_phi,)20000,}{${1}25000,}m;
	my @rows = $csv =~ m{^(\w+,\Q$CODE[1]\E,.*?)\r\n}mg;
	s{\Q$CODE[1]\E}{$CODE[2]} for @rows;
	$c2 .= join("\r\n", @rows) . "\r\n";
	my $b = state();
	my $r = upload($admin, 'danh-muc.csv', $c2);
	dry_run_ok('the dry run', $r, $CODE[1], '20000', '25000', $CODE[2]);
	is(state(), $b, 'nothing changed by the dry run');
	$r = $admin->post('/admin/catalogue/import/apply', [token => token_of($r->{body})]);
	is($r->{status}, 303, 'applied: 303');
	is(db_value("SELECT f.amount FROM procedure_fees f JOIN procedures p ON p.id = f.procedure_id"
	    . " WHERE p.code = '$CODE[1]' AND p.is_current = 1"), 25000, 'the new fee');
	my $again = $admin->get('/admin/catalogue/export?format=csv')->{body};
	like($again, qr{^fee,\Q$CODE[1]\E,le_phi,25000,}m, 'the export shows the fee');
	like($again, qr{^procedure,\Q$CODE[2]\E,}m, '… and the new procedure');
};

# ------------------------------------------------------------------ stale, foreign

subtest 'an apply after someone else changed the catalogue: refused, the dry run again' => sub {
	my $x = $admin->get('/admin/catalogue/export?format=xml')->{body};
	(my $mine = $x) =~ s{(<procedure code="\Q$CODE[0]\E".*?<fee kind="le_phi" amount=")35000"}{${1}36000"}s;
	my $r = upload($admin, 'mine.xml', $mine);
	my $t1 = token_of($r->{body});
	ok($t1, 'a dry run with a change');
	(my $theirs = $x) =~ s{(<procedure code="\Q$CODE[2]\E".*?<name>)Thủ tục hai}{${1}Thủ tục ba}s;
	spew("$dir/theirs.xml", $theirs);
	is((dvcctl('import', '--apply', "$dir/theirs.xml"))[0], 0, 'someone else changes another procedure');
	my $b = state();
	$r = $admin->post('/admin/catalogue/import/apply', [token => $t1]);
	is($r->{status}, 409, 'the apply: 409');
	like(text_of($r->{body}), qr{Danh mục đã được thay đổi sau khi bạn chạy thử}, 'says why, in Vietnamese');
	is(state(), $b, 'nothing applied');
	my @ch = changes_of($r->{body});
	is_deeply([map { [@$_[0, 1]] } @ch], [['change', $CODE[0]], ['change', $CODE[2]]],
	    'the dry run again against the catalogue as it is: it would also undo their change') or diag(explain(\@ch));
	my $t2 = token_of($r->{body});
	ok($t2 && $t2 ne $t1, 'with a new token');
	is($admin->post('/admin/catalogue/import/apply', [token => $t1])->{status}, 410, 'the old one is gone');
	my $other = demo_user('quantri@demo.thanhhoa.gov.vn');
	$r = $other->post('/admin/catalogue/import/apply', [token => $t2]);
	is($r->{status}, 410, "another session of the same administrator cannot apply this session's dry run");
	is(state(), $b, 'nothing applied');
};

subtest "a session's next dry run replaces its last: the older form applies nothing" => sub {
	my $x = $admin->get('/admin/catalogue/export?format=xml')->{body};
	(my $mine = $x) =~ s{(<procedure code="\Q$CODE[0]\E".*?<fee kind="le_phi" amount=")35000"}{${1}38000"}s;
	my $t = token_of(upload($admin, 'mine.xml', $mine)->{body});
	ok($t, 'a dry run with a change');
	my $r = upload($admin, 'same.xml', $x);
	like(text_of($r->{body}), qr{Tệp giống hệt danh mục hiện tại: không có gì để áp dụng}, 'then one of the catalogue as it is');
	ok(!token_of($r->{body}), '… with nothing to apply');
	my $b = state();
	is($admin->post('/admin/catalogue/import/apply', [token => $t])->{status}, 410, "the first one's form: 410");
	is(state(), $b, 'nothing applied');
	is(scalar(my @kept = glob(store_dir() . '/tmp/import-*')), 0, 'no file kept for the session');
};

subtest 'a dry run expires after an hour' => sub {
	my $x = $admin->get('/admin/catalogue/export?format=xml')->{body};
	(my $mine = $x) =~ s{(<procedure code="\Q$CODE[0]\E".*?<fee kind="le_phi" amount=")35000"}{${1}37000"}s;
	my $r = upload($admin, 'mine.xml', $mine);
	my $t = token_of($r->{body});
	ok($t, 'a dry run with a change');
	my @kept = glob(store_dir() . '/tmp/import-*');
	ok(@kept >= 1, 'the file is kept in the store\'s tmp/');
	my $old = time - 61 * 60;
	utime($old, $old, @kept);
	my $b = state();
	$r = $admin->post('/admin/catalogue/import/apply', [token => $t]);
	is($r->{status}, 410, 'applied 61 minutes later: 410');
	like(text_of($r->{body}), qr{Kết quả chạy thử đã hết hạn \(sau 60 phút\)}, 'says it expired');
	is(state(), $b, 'nothing applied');
	is(scalar(my @left = glob(store_dir() . '/tmp/import-*')), @kept - 1, 'the expired file removed when met');
};

# ------------------------------------------------------------------ invalid files

sub refused {
	my ($name, $file, $bytes, $status, @expect) = @_;
	subtest $name => sub {
		my $b = state();
		my $r = upload($admin, $file, $bytes);
		is($r->{status}, $status, "refused: $status");
		my @p = problems_of($r->{body});
		for my $x (@expect) {
			ok((grep { $_->[0] eq $x->[0] && $_->[1] =~ $x->[1] } @p), "line $x->[0]: $x->[1]")
			    or diag(explain(\@p));
		}
		like(text_of($r->{body}), qr{Danh mục không thay đổi}, 'says nothing changed') if @expect;
		ok(!token_of($r->{body}), 'nothing to apply');
		is(state(), $b, 'nothing changed');
	};
}

my $cur = $admin->get('/admin/catalogue/export?format=xml')->{body};
refused('not XML', 'x.xml', "Tên,Mã\nkhông phải XML <\n", 422, ['1', qr{^Tệp không phải XML hợp lệ\..*Start tag expected}]);
(my $malformed = $cur) =~ s{</name>}{</nam>};
refused('malformed XML', 'x.xml', $malformed, 422,
    [line_of($malformed, '</nam>'), qr{^Tệp không phải XML hợp lệ\..*mismatch}]);
(my $schema = $cur) =~ s{(<procedure code="\Q$CODE[0]\E"[^>]*) level="4"}{$1 level="7"};
refused('against the schema', 'x.xml', $schema, 422,
    [line_of($schema, qq{<procedure code="$CODE[0]"}), qr{^Không đúng lược đồ danh mục \(catalogue\.rng\) ở phần tử «procedure»}]);
my $dup = $cur;
$dup =~ s{(<field code="G15-TP03")}{<field code="G15-TP07"><name>Trùng</name></field>\n  $1};
$dup = add_ours($dup, $CODE[0], 1, 'Lặp');
refused('codes given twice', 'x.xml', $dup, 422,
    [line_of($dup, '<name>Trùng</name>'), qr{^Mã lĩnh vực G15-TP07 xuất hiện hai lần \(lần đầu ở dòng \d+\)\.$}],
    [1 + (() = substr($dup, 0, rindex($dup, qq{<procedure code="$CODE[0]"})) =~ /\n/g),
    qr{^Mã thủ tục \Q$CODE[0]\E xuất hiện hai lần}]);
(my $unknown = $cur) =~ s{(<procedure code="\Q$CODE[1]\E" field=")G15-TP07(" agency=")000.01.30.H56}{${1}G99-XX01${2}000.09.99.H56};
my $ul = line_of($unknown, qq{<procedure code="$CODE[1]"});
refused('unknown field and unit', 'x.xml', $unknown, 422,
    [$ul, qr{^Thủ tục \Q$CODE[1]\E: không có lĩnh vực mã G99-XX01}],
    [$ul, qr{^Thủ tục \Q$CODE[1]\E: không có cơ quan thực hiện mã 000\.09\.99\.H56}]);
my $csv = $admin->get('/admin/catalogue/export?format=csv')->{body};
(my $quoted = $csv) =~ s{^(procedure,\Q$CODE[1]\E,)}{${1}ab"c}m;
refused('bad CSV quoting', 'x.csv', $quoted, 422,
    [line_of($quoted, qq{procedure,${CODE[1]},ab"c}), qr{^Có dấu ngoặc kép giữa một trường không đặt trong ngoặc kép}]);
my $open = $csv . qq{field,"G99-XX02,1,Mở\r\n};
refused('a CSV quote never closed', 'x.csv', $open, 422,
    [line_of($open, qq{field,"G99}), qr{^Một trường mở dấu ngoặc kép}]);
refused('an empty file', 'x.xml', '', 422, ['', qr{^Tệp rỗng}]);
refused('blanks only', 'x.csv', "\r\n \n", 422, ['', qr{^Tệp rỗng}]);
refused('too big', 'big.xml', $cur . ('<!-- ' . ('x' x 1000) . " -->\n") x 17000, 413,
    ['', qr{^Tệp vượt quá dung lượng tối đa 16 MB\.$}]);

subtest 'no file chosen' => sub {
	my $page = $admin->get('/admin/catalogue/import');
	my ($ct, $body) = multipart_body([[type => 0], file('', '')], csrf => page_csrf($page->{body}));
	my $r = $admin->post_multipart('/admin/catalogue/import', $ct, $body);
	is($r->{status}, 422, 'refused: 422');
	like(field_error($r->{body}, 'file') // '', qr{Hãy chọn tệp danh mục}, 'said next to the field');
};

subtest 'two files' => sub {
	my $page = $admin->get('/admin/catalogue/import');
	my ($ct, $body) = multipart_body([[type => 0], file('a.xml', encode_utf8($cur)), file('b.xml', encode_utf8($cur))],
	    csrf => page_csrf($page->{body}));
	my $b = state();
	my $r = $admin->post_multipart('/admin/catalogue/import', $ct, $body);
	is($r->{status}, 422, 'refused: 422');
	like(field_error($r->{body}, 'file') // '', qr{tối đa 1 tệp}, 'one file at a time, said next to the field');
	is(state(), $b, 'nothing changed');
};

subtest 'the forms are guarded against cross-site requests' => sub {
	my $b = state();
	my ($ct, $body) = multipart_body([[type => 0], file('x.xml', encode_utf8($cur))], csrf => 'forged');
	is($admin->post_multipart('/admin/catalogue/import', $ct, $body)->{status}, 403, 'an upload with a forged token: 403');
	is($admin->post('/admin/catalogue/import/apply', [token => 'x' x 43], csrf => undef)->{status}, 403,
	    'an apply without a token: 403');
	is(state(), $b, 'nothing changed');
};

# ------------------------------------------------------------------ nobody else

my @urls = (['GET', '/admin/catalogue/import'], ['GET', '/admin/catalogue/export?format=xml'],
    ['GET', '/admin/catalogue/export?format=csv'], ['GET', '/admin/catalogue/schema'],
    ['POST', '/admin/catalogue/import'], ['POST', '/admin/catalogue/import/apply']);
sub try_url {
	my ($c, $method, $path) = @_;
	return $c->get($path) if $method eq 'GET';
	return $c->post($path, [token => 'x' x 43]) if $path =~ /apply$/;
	my ($ct, $body) = multipart_body([[type => 0], file('x.xml', encode_utf8($cur))], csrf => $c->csrf);
	return $c->post_multipart($path, $ct, $body);
}
for my $who (['an officer', officer()], ['a citizen', citizen()]) {
	my ($name, $c) = @$who;
	my $b = state();
	for my $u (@urls) {
		my $r = try_url($c, @$u);
		is($r->{status}, 403, "$name: $u->[0] $u->[1]: 403");
		unlike($r->{raw}, qr{<catalogue|#unit,|<grammar}, '… and nothing of the catalogue') if $u->[0] eq 'GET';
	}
	is(state(), $b, "$name changed nothing");
}
{
	my $stranger = client();
	my $b = state();
	for my $u (@urls) {
		my $r = try_url($stranger, @$u);
		if ($u->[0] eq 'GET') {
			ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login\?next=},
			    "a stranger: $u->[0] $u->[1]: sent to sign in") or diag($r->{status});
		} else {
			ok($r->{status} == 403 || $r->{status} == 303, "a stranger: $u->[0] $u->[1]: refused ($r->{status})");
		}
	}
	is(state(), $b, 'a stranger changed nothing');
}

# ------------------------------------------------------------------ the demo catalogue as found

for my $code (@CODE) {
	is((dvcctl('remove', $code))[0], 0, "$code removed");
}
is((dvcctl('import', "$dir/demo.xml"))[1] =~ /^(add|change|withdraw) /m ? 1 : 0, 0,
    'the catalogue is the demo one again');

done_testing();
