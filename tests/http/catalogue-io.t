#!/usr/bin/perl
# The catalogue's import and export (dvcctl catalogue, issue 12 items 2 and 3) against the real
# stack: the export imported again is a dry run that changes nothing (XML and CSV); a procedure
# of this test's own is added, changed (its dry run names what changes, --apply makes version
# 2) and withdrawn, through the files; a dossier submitted through the real HTTP flow under
# version 1 keeps its fee and due date after version 2 is published, while a new dossier gets
# the new ones; a draft of a replaced or withdrawn version is not submitted; a withdrawn
# procedure leaves the catalogue and the search; invalid files (malformed, against the schema,
# unknown codes, codes given twice, bad CSV) change nothing and list their problems with line
# numbers; every write is in the append-only audit log. The demo catalogue is left as found.
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
my $CODE = '9.990' . sprintf('%03d', $$ % 1000) . '.000.00.00.H56';
my $WORD = 'xuatnhapdanhmuc';	# a word no other procedure has: the search finds only ours

# Runs dvcctl catalogue ARGS…; (exit status, stdout, stderr), decoded.
sub catalogue {
	my @args = @_;
	my $cmd = join(' ', map { quotemeta } "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF},
	    'catalogue', @args);
	my $out = qx{$cmd 2>$dir/stderr};
	my $status = $? >> 8;
	open(my $fh, '<', "$dir/stderr") or die $!;
	my $err = do { local $/; <$fh> };
	return ($status, decode_utf8($out), decode_utf8($err));
}

sub slurp { open(my $fh, '<:raw', $_[0]) or die "$_[0]: $!"; local $/; return decode_utf8(<$fh>) }
sub spew { open(my $fh, '>:raw', $_[0]) or die "$_[0]: $!"; print $fh encode_utf8($_[1]); close $fh }

# What an import must leave alone when it refuses a file.
sub state {
	return join('|', map { db_value($_) // '' } 'SELECT COUNT(*) FROM procedures',
	    'SELECT COALESCE(MAX(id), 0) FROM audit_log', 'SELECT COUNT(*) FROM agencies',
	    'SELECT COUNT(*) FROM fields', 'SELECT COALESCE(SUM(amount), 0) FROM procedure_fees',
	    "SELECT version FROM cache_versions WHERE name = 'catalogue'");
}

# Our procedure in a catalogue file: level 4, one required component, a fee due at
# submission, hours of work, received by any ward.
sub ours {
	my (%arg) = @_;
	my %o = (fee => 50000, hours => 24, name => "Thủ tục thử nghiệm $WORD", code => $CODE, %arg);
	return <<"XML";
  <procedure code="$o{code}" field="G15-TP07" agency="000.01.30.H56" gov_level="commune" level="4" processing_hours="$o{hours}" channels="online,postal">
    <name>$o{name}</name>
    <applicants>Công dân Việt Nam</applicants>
    <steps>Bước 1: Nộp hồ sơ.
Bước 2: Nhận kết quả.</steps>
    <result>Giấy xác nhận</result>
    <legal_basis>Luật thử nghiệm</legal_basis>
    <component file_types="pdf,jpg">
      <name>Tờ khai theo mẫu</name>
    </component>
    <fee kind="le_phi" amount="$o{fee}">
      <name>Lệ phí thử nghiệm</name>
    </fee>
    <exemption fee="1" percent="100">
      <ground>Người khuyết tật</ground>
      <proof>Giấy xác nhận khuyết tật</proof>
    </exemption>
  </procedure>
XML
}

sub with_ours {
	my ($xml, @o) = @_;
	(my $out = $xml) =~ s{</catalogue>}{ours(@o) . '</catalogue>'}e;
	return $out;
}

sub versions_of { return db_rows("SELECT id, version, is_current, withdrawn_at IS NOT NULL FROM procedures"
    . " WHERE code = '$CODE' ORDER BY version") }

# ------------------------------------------------------------------ export, import of the export

my ($st, $out, $err) = catalogue('export', "$dir/demo.xml");
is($st, 0, 'dvcctl catalogue export FILE: exit 0') or diag($err);
my $demo = slurp("$dir/demo.xml");
like($demo, qr{^<\?xml version="1.0" encoding="UTF-8"\?>\s*(<!--.*?-->\s*)?<catalogue version="1">}s,
    'an XML catalogue');
my $nprocs = db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1');
is(() = $demo =~ /<procedure /g, $nprocs, "with every current procedure ($nprocs)");
unlike($demo, qr/\Q$CODE\E/, 'ours is not in it yet');

subtest 'the export imported again: a dry run that changes nothing' => sub {
	my $before = state();
	my ($s, $o, $e) = catalogue('import', "$dir/demo.xml");
	is($s, 0, 'exit 0') or diag($e);
	unlike($o, qr/^(add|change|withdraw) /m, 'nothing to add, change or withdraw') or diag($o);
	like($o, qr/dry run: nothing changed/, 'says it was a dry run');
	($s, $o, $e) = catalogue('import', '--apply', "$dir/demo.xml");
	is($s, 0, '--apply: exit 0') or diag($e);
	unlike($o, qr/^(add|change|withdraw) /m, '--apply: nothing applied');
	my @b = split /\|/, $before;
	my @a = split /\|/, state();
	is_deeply([@a[0 .. 4]], [@b[0 .. 4]], 'no row written, no audit entry');
};

# ------------------------------------------------------------------ add, then change: version 2

my $audit0 = db_value('SELECT COALESCE(MAX(id), 0) FROM audit_log');
subtest 'a new procedure: listed by the dry run, added by --apply as version 1' => sub {
	spew("$dir/v1.xml", with_ours($demo));
	my ($s, $o, $e) = catalogue('import', "$dir/v1.xml");
	is($s, 0, 'dry run: exit 0') or diag($e);
	like($o, qr/^add procedure \Q$CODE\E \(line \d+\)$/m, 'lists the addition with its line');
	is(scalar(versions_of()), 0, 'the dry run wrote nothing');
	($s, $o, $e) = catalogue('import', '--apply', "$dir/v1.xml");
	is($s, 0, '--apply: exit 0') or diag($e);
	my @v = versions_of();
	is_deeply([map { [@$_[1 .. 3]] } @v], [[1, 1, 0]], 'version 1, current');
	my @a = db_rows("SELECT action, object_kind, program, actor <> '', before_json IS NULL,"
	    . " JSON_VALUE(after_json, '\$.fees[0].amount') FROM audit_log WHERE id > $audit0");
	is_deeply(\@a, [['publish', 'procedure', 'dvcctl catalogue import', 1, 1, 50000]],
	    'the audit log: published by dvcctl, who ran it, nothing before, the fee after');
};

my ($v1) = map { $_->[0] } versions_of();

# A citizen's dossier under version 1, through the real flow.
my $c = citizen();
my $d1 = $c->new_draft($CODE);
is(dossier($d1)->{procedure_id}, $v1, 'a draft of version 1');
$c->fill_required($d1);
$c->choose_online($d1);
is($c->submit($d1)->{status}, 303, 'submitted under version 1');
my $sub1 = dossier($d1);
is($sub1->{status}, 1, 'status 1');
is($sub1->{fee_total}, 50000, 'fee 50.000 đồng');
is($sub1->{processing_hours}, 24, 'time limit 24 working hours');
ok($sub1->{due_at}, "a due date ($sub1->{due_at})");
my @fees1 = db_rows("SELECT sort, kind, name, amount, stage FROM dossier_fees WHERE dossier_id = $d1");

# A draft begun under version 1, still a draft when version 2 comes.
my $c2 = citizen();
my $stale = $c2->new_draft($CODE);
$c2->fill_required($stale);
$c2->choose_online($stale);

subtest 'a change: the dry run names what changes, --apply publishes version 2' => sub {
	spew("$dir/v2.xml", with_ours($demo, fee => 65000, hours => 40));
	my $before = state();
	my ($s, $o, $e) = catalogue('import', "$dir/v2.xml");
	is($s, 0, 'dry run: exit 0') or diag($e);
	like($o, qr/^change procedure \Q$CODE\E: processing_hours, fees\.1\.amount \(line \d+\)$/m,
	    'lists the change and the attributes that change') or diag($o);
	unlike($o, qr/^(add|withdraw) /m, 'nothing else');
	is(state(), $before, 'the dry run changed nothing');
	($s, $o, $e) = catalogue('import', '--apply', "$dir/v2.xml");
	is($s, 0, '--apply: exit 0') or diag($e);
	my @v = versions_of();
	is_deeply([map { [@$_[1 .. 3]] } @v], [[1, 0, 0], [2, 1, 0]], 'version 2 current, version 1 kept');
	is(db_value("SELECT processing_hours FROM procedures WHERE id = $v1"), 24, 'version 1 unchanged');
	is(db_value("SELECT amount FROM procedure_fees WHERE procedure_id = $v1"), 50000, '… with its fee');
	is(db_value("SELECT COUNT(*) FROM procedure_components WHERE procedure_id = $v[1][0]"), 1,
	    'version 2 has its own component');
	is_deeply([db_rows("SELECT x.sort, x.percent, x.ground FROM procedure_fee_exemptions x JOIN procedure_fees f"
	    . " ON f.id = x.fee_id WHERE f.procedure_id = $v[1][0]")], [[1, 100, 'Người khuyết tật']],
	    '… and its fee\'s exemption');
	is(db_value("SELECT COUNT(*) FROM procedure_fee_exemptions x JOIN procedure_fees f ON f.id = x.fee_id"
	    . " WHERE f.procedure_id = $v1"), 1, 'version 1 keeps its own');
	my ($hours) = db_rows("SELECT JSON_VALUE(before_json, '\$.processing_hours'),"
	    . " JSON_VALUE(after_json, '\$.processing_hours') FROM audit_log ORDER BY id DESC LIMIT 1");
	is_deeply($hours, [24, 40], 'the audit log has the time limit before and after');
	($s, $o) = catalogue('import', "$dir/v2.xml");
	unlike($o, qr/^(add|change|withdraw) /m, 'the same file again: nothing to do');
};

my $v2 = (versions_of())[1][0];

subtest 'the dossier received under version 1 keeps its fee and due date' => sub {
	my $d = dossier($d1);
	is($d->{procedure_id}, $v1, 'still version 1');
	is($d->{fee_total}, 50000, 'fee unchanged');
	is($d->{processing_hours}, 24, 'time limit unchanged');
	is($d->{due_at}, $sub1->{due_at}, 'due date unchanged');
	is_deeply([db_rows("SELECT sort, kind, name, amount, stage FROM dossier_fees WHERE dossier_id = $d1")],
	    \@fees1, 'its fees unchanged');
	my $r = $c->get("/dossiers/$sub1->{code}");
	is($r->{status}, 200, 'its page');
	like(text_of($r->{body}), qr/trên tổng thời hạn 3 ngày/, 'shows its time limit of 3 working days');
};

subtest 'a new dossier gets version 2: the new fee and time limit' => sub {
	my $c3 = citizen();
	my $id = $c3->new_draft($CODE);
	is(dossier($id)->{procedure_id}, $v2, 'a draft of version 2');
	$c3->fill_required($id);
	$c3->choose_online($id);
	is($c3->submit($id)->{status}, 303, 'submitted');
	my $d = dossier($id);
	is($d->{fee_total}, 65000, 'fee 65.000 đồng');
	is($d->{processing_hours}, 40, '40 working hours');
	is(db_value("SELECT amount FROM dossier_fees WHERE dossier_id = $id"), 65000, 'its fee row');
};

subtest 'a draft of version 1 is not submitted under version 2' => sub {
	my $r = $c2->submit($stale);
	is($r->{status}, 422, 'refused: 422');
	like(text_of($r->{body}), qr/đã được sửa đổi sau khi bạn tạo hồ sơ/, 'says the procedure changed');
	is(dossier($stale)->{status}, 0, 'still a draft');
};

subtest 'the procedure page lists the versions with their dates' => sub {
	my $r = get("/procedures/$CODE");
	is($r->{status}, 200, 'GET /procedures/CODE: 200');
	my $t = text_of($r->{body});
	like($t, qr/Các phiên bản của thủ tục/, 'a section of versions');
	like($t, qr/2 \d\d\/\d\d\/\d{4} \d\d:\d\d Đang áp dụng/, 'version 2 from its date, in force');
	like($t, qr/1 \d\d\/\d\d\/\d{4} \d\d:\d\d \d\d\/\d\d\/\d{4} \d\d:\d\d/, 'version 1 from, until');
	like($t, qr/65\.000/, 'the page shows the fee of version 2');
};

# ------------------------------------------------------------------ CSV

subtest 'CSV: export, the import of the export is a no-op, a change through CSV' => sub {
	my ($s, $o, $e) = catalogue('export', '--format', 'csv', "$dir/all.csv");
	is($s, 0, 'export --format csv: exit 0') or diag($e);
	my $csv = slurp("$dir/all.csv");
	like($csv, qr/^#unit,code,parent,kind,/, 'header rows first');
	like($csv, qr/^procedure,\Q$CODE\E,G15-TP07,/m, 'ours, one row');
	like($csv, qr/^fee,\Q$CODE\E,le_phi,65000,/m, 'its fee a sub-row');
	like($csv, qr/"Bước 1: Nộp hồ sơ.\r?\nBước 2: Nhận kết quả."/, 'a field with a line break, quoted');
	my $before = state();
	($s, $o, $e) = catalogue('import', "$dir/all.csv");
	is($s, 0, 'import of the CSV: exit 0') or diag($e);
	unlike($o, qr/^(add|change|withdraw) /m, 'nothing to do') or diag($o);
	is(state(), $before, 'nothing changed');
	($s, $o, $e) = catalogue('export', '--format', 'csv', "$dir/again.csv");
	is(slurp("$dir/again.csv"), $csv, 'exported again: the same bytes');
	(my $changed = $csv) =~ s/^(fee,\Q$CODE\E,le_phi,)65000,/${1}70000,/m;
	spew("$dir/changed.csv", $changed);
	($s, $o, $e) = catalogue('import', '--apply', "$dir/changed.csv");
	is($s, 0, 'a changed fee through CSV, applied') or diag($e);
	like($o, qr/^change procedure \Q$CODE\E: fees\.1\.amount \(line \d+\)$/m, 'the change listed');
	is(db_value("SELECT MAX(version) FROM procedures WHERE code = '$CODE'"), 3, 'version 3');
};

# ------------------------------------------------------------------ invalid files change nothing

sub refused {
	my ($name, $file, $body, @expect) = @_;
	subtest $name => sub {
		spew("$dir/$file", $body);
		my $before = state();
		my ($s, $o, $e) = catalogue('import', '--apply', "$dir/$file");
		isnt($s, 0, 'exit status not 0');
		for my $x (@expect) {
			like($e, qr/^\Q$dir\/$file\E:$x->[0]: .*$x->[1]/m, "line $x->[0]: $x->[1]") or diag($e);
		}
		like($e, qr/problems?: nothing changed/, 'says nothing changed');
		unlike($o, qr/^applied/m, 'nothing applied');
		is(state(), $before, 'nothing changed in the database');
	};
}

my $v2xml = with_ours($demo, fee => 70000, hours => 40);
(my $malformed = $v2xml) =~ s{</name>}{</nam>};
my $mline = 1 + (() = substr($malformed, 0, index($malformed, '</nam>')) =~ /\n/g);
refused('malformed XML', 'malformed.xml', $malformed, [$mline, 'mismatch']);

(my $schema = $v2xml) =~ s{(<procedure code="\Q$CODE\E"[^>]*) level="4"}{$1 level="7"};
$schema =~ s{(<fee kind="le_phi" amount=")70000}{${1}nhiều};
my $sline = 1 + (() = substr($schema, 0, index($schema, qq{<procedure code="$CODE"})) =~ /\n/g);
refused('against the schema: a level 7', 'schema.xml', $schema, [$sline, '']);

(my $unknown = $v2xml) =~ s{(<procedure code="\Q$CODE\E" field=")G15-TP07(" agency=")000.01.30.H56}{${1}G99-XX01${2}000.09.99.H56};
$unknown =~ s{</catalogue>}{  <procedure code="9.999999.000.00.00.H56" field="G15-TP07" agency="000.01.30.H56" level="3" processing_hours="8" channels="counter"><name>Hai</name><receiver unit="000.08.88.H56"/></procedure>\n</catalogue>};
my $uline = 1 + (() = substr($unknown, 0, index($unknown, qq{<procedure code="$CODE"})) =~ /\n/g);
my $u2 = 1 + (() = substr($unknown, 0, index($unknown, '<receiver unit="000.08.88.H56"')) =~ /\n/g);
refused('unknown field and unit codes', 'unknown.xml', $unknown,
    [$uline, 'unknown field G99-XX01'], [$uline, 'unknown unit 000.09.99.H56'],
    [$u2, 'unknown receiving unit 000.08.88.H56']);

my $dup = $v2xml;
$dup =~ s{</catalogue>}{ours(fee => 1) . '</catalogue>'}e;
$dup =~ s{(<field code="G15-TP03")}{<field code="G15-TP07"><name>Trùng</name></field>\n  $1};
my $fline = 1 + (() = substr($dup, 0, index($dup, '<name>Trùng</name>')) =~ /\n/g);
my $pline = 1 + (() = substr($dup, 0, rindex($dup, qq{<procedure code="$CODE"})) =~ /\n/g);
refused('codes given twice', 'dup.xml', $dup, [$fline, 'field G15-TP07 is given twice'],
    [$pline, "procedure \Q$CODE\E is given twice"]);

(my $nofee = $v2xml) =~ s{<exemption fee="1"}{<exemption fee="2"};
my $xline = 1 + (() = substr($nofee, 0, index($nofee, '<exemption fee="2"')) =~ /\n/g);
refused('an exemption of a fee the procedure does not have', 'nofee.xml', $nofee,
    [$xline, 'an exemption of fee 2, which it does not have']);

my $csv = slurp("$dir/changed.csv");
(my $badcsv = $csv) =~ s/^(fee,\Q$CODE\E,le_phi,)70000,/${1}"70"000,/m;
my $cline = 1 + (() = substr($badcsv, 0, index($badcsv, '"70"000')) =~ /\n/g);
refused('CSV that is not CSV', 'bad.csv', $badcsv, [$cline, 'text after the closing quote']);
(my $order = $csv) =~ s/^(fee,)\Q$CODE\E(,le_phi)/${1}1.001193.000.00.00.H56$2/m;
my $oline = 1 + (() = substr($csv, 0, index($csv, "fee,$CODE,le_phi")) =~ /\n/g);
refused('CSV: a fee row away from its procedure', 'order.csv', $order, [$oline, 'must follow its procedure']);
(my $col = $csv) =~ s/^#fee,procedure,kind,amount/#fee,procedure,kind,amout/m;
refused('CSV: an unknown column', 'col.csv', $col, [5, 'unknown column amout']);

# ------------------------------------------------------------------ withdrawal

my $c4 = citizen();
my $draft = $c4->new_draft($CODE);
$c4->fill_required($draft);
$c4->choose_online($draft);

subtest 'a procedure left out of the file is withdrawn: it leaves the catalogue and the search' => sub {
	my $r = get('/procedures', q => $WORD);
	like($r->{body}, qr{href="/procedures/\Q$CODE\E"}, 'found by the search before');
	my $home = text_of(get('/')->{body});
	my ($s, $o, $e) = catalogue('import', "$dir/demo.xml");
	is($s, 0, 'the demo file: exit 0') or diag($e);
	like($o, qr/^withdraw procedure \Q$CODE\E$/m, 'lists the withdrawal');
	unlike($o, qr/^(add|change) /m, 'and nothing else');
	($s, $o, $e) = catalogue('import', '--apply', "$dir/demo.xml");
	is($s, 0, '--apply: exit 0') or diag($e);
	my @v = versions_of();
	is_deeply([map { [@$_[1 .. 3]] } @v], [[1, 0, 0], [2, 0, 0], [3, 0, 1]],
	    'no version current, the last one marked withdrawn, no new row');
	is(db_value("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"), 'withdraw', 'in the audit log');
	$r = get("/procedures/$CODE");
	is($r->{status}, 404, 'its page: 404');
	like(text_of($r->{body}), qr/đã bị bãi bỏ/, '… that says it was withdrawn');
	is(get('/procedures/9.999998.000.00.00.H56')->{status}, 404, 'an unknown code: 404 too');
	unlike(text_of(get('/procedures/9.999998.000.00.00.H56')->{body}), qr/bãi bỏ/, '… without that word');
	ok(wait_until(5, sub { get("/procedures", q => $WORD)->{body} !~ m{href="/procedures/\Q$CODE\E"} }),
	    'the search no longer finds it');
	unlike(get('/procedures', field => 1)->{body}, qr{href="/procedures/\Q$CODE\E"}, 'nor browsing its field');
	$r = $c4->submit($draft);
	is($r->{status}, 422, 'a draft of it is not submitted: 422');
	like(text_of($r->{body}), qr/đã bị bãi bỏ, không còn tiếp nhận hồ sơ/, 'with a clear message');
	is(dossier($draft)->{status}, 0, 'still a draft');
	is(dossier($d1)->{status}, 1, 'the dossier submitted before is untouched');
	is(dossier($d1)->{fee_total}, 50000, '… with its fee');
};

subtest 'dvcctl catalogue remove: refused while dossiers refer to it; withdraw, then remove' => sub {
	my $before = state();
	my ($s, $o, $e) = catalogue('remove', $CODE);
	isnt($s, 0, 'remove of a procedure with dossiers: refused');
	like($e, qr/dossiers refer to it.*withdraw it instead/, 'withdrawal offered instead');
	is(state(), $before, 'nothing changed');
	(my $code2 = $CODE) =~ s/^9\.990/9.991/;
	spew("$dir/two.xml", with_ours($demo, code => $code2, name => 'Thủ tục thử nghiệm thứ hai'));
	($s, $o, $e) = catalogue('import', '--apply', "$dir/two.xml");
	like($o, qr/^add procedure \Q$code2\E/m, 'a second procedure of ours, no dossier') or diag($e);
	($s, $o, $e) = catalogue('withdraw', $code2);
	is($s, 0, 'dvcctl catalogue withdraw: exit 0') or diag($e);
	is(db_value("SELECT COUNT(*) FROM procedures WHERE code = '$code2' AND is_current = 0"
	    . " AND withdrawn_at IS NOT NULL"), 1, 'withdrawn, its row kept');
	($s, $o, $e) = catalogue('withdraw', $code2);
	isnt($s, 0, 'withdrawn again: refused');
	($s, $o, $e) = catalogue('remove', $code2);
	is($s, 0, 'dvcctl catalogue remove: exit 0') or diag($e);
	is(db_value("SELECT COUNT(*) FROM procedures WHERE code = '$code2'"), 0, 'no row left');
	is_deeply([db_rows("SELECT action, program FROM audit_log WHERE object_code = '$code2' ORDER BY id")],
	    [['publish', 'dvcctl catalogue import'], ['withdraw', 'dvcctl catalogue withdraw'],
	    ['remove', 'dvcctl catalogue remove']], 'each write in the audit log');
};

# ------------------------------------------------------------------ the audit log is a record

subtest 'the audit log: the programs may add to it, never change it' => sub {
	my ($pw) = do {
		open(my $fh, '<', $ENV{DVC_CONF}) or die $!;
		map { /^\s*db_password\s*=\s*(\S+)/ ? $1 : () } <$fh>;
	};
	my $as = sub {
		my ($sql) = @_;
		my $cmd = join ' ', map { quotemeta } 'mariadb', "--socket=$ENV{DVC_DB_SOCKET}", '-udvc',
		    "-p$pw", 'dvc', '-N', '-B', '-e', $sql;
		my $o = qx{$cmd 2>&1};
		return ($? >> 8, $o);
	};
	my ($rc, $o) = $as->('SELECT COUNT(*) > 0 FROM audit_log');
	is($rc, 0, 'the programs\' account reads it') or diag($o);
	($rc, $o) = $as->('UPDATE audit_log SET actor = actor');
	isnt($rc, 0, 'UPDATE refused to the programs\' account');
	($rc, $o) = $as->('DELETE FROM audit_log');
	isnt($rc, 0, 'DELETE refused to the programs\' account');
	my $n = db_value('SELECT COUNT(*) FROM audit_log');
	ok(!eval { db_value('DELETE FROM audit_log WHERE id > 0'); 1 }, 'DELETE refused to root too (trigger)');
	is(db_value('SELECT COUNT(*) FROM audit_log'), $n, 'every entry still there');
};

done_testing();
