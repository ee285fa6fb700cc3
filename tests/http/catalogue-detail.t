#!/usr/bin/perl
# A procedure's page: everything a citizen needs before applying, for procedures picked
# from the database (toàn trình, một phần with its presence note, with fees, without fees,
# with an exempt fee, trực tiếp), each checked against its rows; the templates download;
# an unknown or malformed code is a Vietnamese 404 that never echoes the code unescaped.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $site = 'Cổng Dịch vụ công tỉnh Thanh Hóa';
my %level_word = (4 => 'Toàn trình', 3 => 'Một phần', 2 => 'Trực tiếp');
my %level_panel = (
	4 => 'Dịch vụ công trực tuyến toàn trình',
	3 => 'Dịch vụ công trực tuyến một phần',
	2 => 'Thực hiện trực tiếp tại cơ quan',
);
my %channel_word = (
	counter => 'Nhận trực tiếp tại cơ quan',
	online => 'Nhận kết quả trực tuyến',
	postal => 'Qua dịch vụ bưu chính công ích',
);

sub lines_of {
	my ($text) = @_;
	return grep { $_ ne '' } map { s/^\s+|\s+$//gr } split /\n/, $text // '';
}

# A section of the page by its id.
sub section {
	my ($body, $id) = @_;
	return $body =~ m{<section id="\Q$id\E"[^>]*>(.*?)</section>}s ? $1 : '';
}

# ------------------------------------------------------------------ the picks

sub pick {
	my ($what, $where) = @_;
	my $code = db_value("SELECT p.code FROM procedures p WHERE p.is_current = 1 AND $where"
	    . ' ORDER BY p.code LIMIT 1');
	ok(defined $code, "the catalogue has a procedure $what") and note("$what: $code");
	return $code;
}

my $fees_sql = 'SELECT COUNT(*) FROM procedure_fees fe WHERE fe.procedure_id = p.id';
my %picks = (
	'toàn trình with a template and fees' => pick('toàn trình with a template and fees',
	    "p.level = 4 AND EXISTS (SELECT 1 FROM procedure_components c WHERE c.procedure_id = p.id"
	    . " AND c.template_file <> '') AND ($fees_sql AND fe.amount > 0 AND fe.optional = 0) > 0"),
	'một phần with a presence note' => pick('một phần with a presence note',
	    "p.level = 3 AND p.presence_note <> ''"),
	'with several fees, one optional' => pick('with several fees, one optional',
	    "($fees_sql) > 1 AND ($fees_sql AND fe.optional = 1) > 0 AND ($fees_sql AND fe.amount > 0 AND fe.optional = 0) > 0"),
	'without any fee' => pick('without any fee', "($fees_sql) = 0"),
	'with an exempt fee only' => pick('with an exempt fee only',
	    "p.level >= 3 AND ($fees_sql) > 0 AND ($fees_sql AND fe.amount > 0) = 0"),
	'trực tiếp' => pick('trực tiếp', 'p.level = 2'),
	'birth registration' => pick('birth registration', "p.name_folded LIKE '%dang ky khai sinh%'"
	    . " AND CHAR_LENGTH(p.name) = (SELECT MIN(CHAR_LENGTH(name)) FROM procedures"
	    . " WHERE is_current = 1 AND name_folded LIKE '%dang ky khai sinh%')"),
);

# ------------------------------------------------------------------ one page, row by row

my %templates_linked;

sub check_procedure {
	my ($what, $code) = @_;
	my ($p) = db_rows('SELECT p.id, p.name, p.version, p.level, p.processing_hours, p.same_day,'
	    . ' p.processing_note, p.channels, p.presence_note, p.steps, p.result, p.legal_basis,'
	    . ' f.id, f.name, a.name, a.address, a.phone, a.email FROM procedures p'
	    . ' JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id'
	    . " WHERE p.current_code = '$code'");
	my ($id, $name, $version, $level, $hours, $same_day, $pnote, $channels, $presence, $steps,
	    $result, $legal, $field_id, $field, $agency, $address, $phone, $email) = @$p;
	my $r = get("/procedures/$code");
	my $body = $r->{body} // '';
	my $text = text_of($body);

	subtest "$what: $code" => sub {
		is($r->{status}, 200, 'status 200');
		is_html($r, 'detail');
		security_headers_ok($r, 'detail');
		like($body, qr{<html lang="vi">}, 'lang="vi"');
		my $ename = $name =~ s/&/&amp;/gr =~ s/</&lt;/gr =~ s/>/&gt;/gr;
		like($body, qr{<title>\Q$ename\E — \Q$site\E</title>}, 'the name in the title');
		like($body, qr{<h1>\Q$ename\E</h1>}, 'the name as the heading');
		like($text, qr{Mã thủ tục: \Q$code\E · Phiên bản \Q$version\E}, 'the code and version');
		like($body, qr{<a href="/procedures\?field=$field_id">\Q$field\E</a>}, 'the field in the breadcrumb');

		# The facts at a glance.
		my ($summary) = $body =~ m{<dl class="summary">(.*?)</dl>\s*<div class="panel}s;
		my $st = text_of($summary);
		like($summary // '', qr{<span class="badge badge-level-$level">\Q$level_word{$level}\E</span>},
		    "level $level: '$level_word{$level}'");
		like($st, qr{Lĩnh vực \Q$field\E}, 'the field');
		like($st, qr{Cơ quan thực hiện \Q$agency\E}, 'the agency');
		my $dur = duration($hours, $same_day);
		like($st, qr{Thời hạn giải quyết \Q$dur\E}, "processing time '$dur'");
		like(text_of(section($body, 'time')), qr{\Q$dur\E}, 'processing time in its section');
		like(text_of(section($body, 'time')), qr{\Q${\ text_of($pnote)}\E}, 'the processing note')
		    if $pnote ne '';
		my @ch = grep { $channel_word{$_} } split /,/, $channels;
		ok(@ch > 0, 'the procedure has result channels');
		for my $c (@ch) {
			like($st, qr{\Q$channel_word{$c}\E}, "result channel '$channel_word{$c}'");
		}

		# What the level means; the presence needed for một phần.
		my ($panel) = $body =~ m{<div class="panel panel-level-$level">(.*?)</div>}s;
		ok(defined $panel, "the level $level panel");
		like($panel // '', qr{<h2 class="h-sm">\Q$level_panel{$level}\E</h2>}, "'$level_panel{$level}'");
		if ($level == 3 && $presence ne '') {
			like(text_of($panel), qr{\Q${\ text_of($presence)}\E}, 'the presence note is shown');
		}

		# The apply button (levels 4 and 3), or where to go (level 2).
		my $apply = qr{<a class="button button-start" href="/submit/new\?procedure=\Q$code\E">Nộp hồ sơ trực tuyến</a>};
		if ($level >= 3) {
			like($body, $apply, 'the apply button links to /submit/new?procedure=CODE');
		} else {
			unlike($body, qr{/submit/new}, 'no apply button: not offered online');
			like($text, qr{Thủ tục này thực hiện trực tiếp tại cơ quan}, 'says to apply at the office');
		}

		# Thành phần hồ sơ: every component in its row with originals and copies.
		my @comps = db_rows('SELECT sort, name, required, originals, copies, template_name, template_file'
		    . " FROM procedure_components WHERE procedure_id = $id ORDER BY sort");
		my $cs = section($body, 'components');
		my @rows = $cs =~ m{<tr>\s*<th scope="row" class="comp-name">(.*?)</tr>}gs;
		is(scalar @rows, scalar @comps, 'one row per component (' . scalar(@comps) . ')');
		like(text_of($cs), qr{Thủ tục này không yêu cầu giấy tờ kèm theo}, 'says no component is needed')
		    unless @comps;
		for my $i (0 .. $#comps) {
			my ($sort, $cname, $req, $orig, $copies, $tname, $tfile) = @{ $comps[$i] };
			my $row = $rows[$i] // '';
			my $rt = text_of($row);
			my $short = length($cname) > 40 ? substr($cname, 0, 40) . '…' : $cname;
			like($rt, qr{^\Q$sort\E\. \Q${\ text_of($cname)}\E}, "component $sort: '$short'");
			like($rt, qr{Bản chính: \Q$orig\E · Bản sao: \Q$copies\E}, "component $sort: $orig original(s), $copies copie(s)");
			like($rt, $req ? qr{\bBắt buộc} : qr{Không bắt buộc}, "component $sort: " . ($req ? 'required' : 'optional'));
			if ($tfile ne '') {
				like($row, qr{<a href="/static/forms/\Q$tfile\E" download="">\Q${\ ($tname ne '' ? $tname : $tfile)}\E</a>},
				    "component $sort: a link to its template $tfile");
				$templates_linked{$tfile}++;
			}
		}

		# Phí, lệ phí: each fee with its amount, the total without optional fees.
		# An online submission pays amount_online where the catalogue gives one (sql/018): the row
		# shows both, the totals the online one.
		my @fees = db_rows("SELECT name, amount, optional, kind, COALESCE(amount_online, amount) FROM procedure_fees"
		    . " WHERE procedure_id = $id ORDER BY sort");
		my $fs = section($body, 'fees');
		my $due = 0;
		$due += $_->[2] ? 0 : $_->[4] for @fees;
		if (@fees) {
			my @frows = $fs =~ m{<tbody>(.*?)</tbody>}s ? ($1 =~ m{<tr>(.*?)</tr>}gs) : ();
			is(scalar @frows, scalar @fees, 'one row per fee');
			for my $i (0 .. $#fees) {
				my ($fname, $amount, $optional, $kind, $online) = @{ $fees[$i] };
				my $ft = text_of($frows[$i] // '');
				my $m = $online == $amount ? money($amount)
				    : 'Nộp trực tuyến: ' . money($online) . ' Nộp trực tiếp: ' . money($amount);
				like($ft, qr{^\Q${\ text_of($fname)}\E.* \Q${\ ($kind eq 'phi' ? 'Phí' : 'Lệ phí')}\E \Q$m\E\b},
				    "fee '$fname': $m");
			}
			like(text_of($fs =~ m{<tfoot>(.*?)</tfoot>}s ? $1 : ''), qr{^Tổng cộng \Q${\ money($due)}\E$},
			    'the total due: ' . money($due));
			like($st, qr{Phí, lệ phí \Q${\ money($due)}\E}, 'the fee at a glance: ' . money($due));
		} else {
			like(text_of($fs), qr{Không mất phí, lệ phí}, "no fee: 'Không mất phí, lệ phí'");
			like($st, qr{Phí, lệ phí Không mất phí\b}, "no fee at a glance: 'Không mất phí'");
		}

		like(text_of(section($body, 'result')), qr{\Q${\ text_of($result)}\E}, 'the result');

		# Trình tự thực hiện and căn cứ pháp lý, line by line.
		my @legal = lines_of($legal);
		my @steps = map { s/^Bước \d+\s*[:.]\s*//r } lines_of($steps);
		{
			my $lt = text_of(section($body, 'legal'));
			my @missing = grep { index($lt, text_of($_)) < 0 } @legal;
			ok(@legal && !@missing, 'the legal basis: all ' . scalar(@legal) . ' lines')
			    or diag(scalar(@missing) . ' missing, e.g. ' . ($missing[0] // ''));
			my $stt = text_of(section($body, 'steps'));
			@missing = grep { index($stt, text_of($_)) < 0 } @steps;
			ok(@steps && !@missing, 'the steps: all ' . scalar(@steps) . ' lines')
			    or diag(scalar(@missing) . ' missing, e.g. ' . ($missing[0] // ''));
		}

		# Who to contact.
		my $ct = text_of(section($body, 'contact'));
		like($ct, qr{\Q$agency\E}, 'contact: the agency');
		like($ct, qr{Địa chỉ \Q$address\E}, 'contact: its address') if $address ne '';
		like($ct, qr{Điện thoại \Q$phone\E}, 'contact: its phone') if $phone ne '';
		like($ct, qr{Thư điện tử \Q$email\E}, 'contact: its e-mail') if $email ne '';
	};
}

for my $what (sort keys %picks) {
	check_procedure($what, $picks{$what}) if defined $picks{$what};
}

# The exempt birth-registration fee, but a paid optional copy: "Miễn phí" in total.
{
	my $code = $picks{'birth registration'};
	ok(defined $code, 'the catalogue has a birth registration') or $code = '';
	my $r = get("/procedures/$code");
	my $due = db_value("SELECT COALESCE(SUM(amount), 0) FROM procedure_fees fe JOIN procedures p"
	    . " ON p.id = fe.procedure_id WHERE p.current_code = '$code' AND fe.optional = 0");
	like(text_of(section($r->{body}, 'fees') =~ m{<tfoot>(.*?)</tfoot>}s ? $1 : ''),
	    qr{Tổng cộng \Q${\ money($due)}\E}, "birth registration: the total due is " . money($due));
}

# ------------------------------------------------------------------ the templates

ok(scalar(keys %templates_linked) > 0, 'the picked pages link templates');
my @all_templates = db_col(q{SELECT DISTINCT template_file FROM procedure_components WHERE template_file <> ''});
for my $file (sort(keys %{ { map { ($_ => 1) } keys %templates_linked, @all_templates } })) {
	# One uploaded in dvc-admin (u/NAME, admin-forms.t) is served at /forms/NAME.
	my $url = $file =~ m{^u/(.+)} ? "/forms/$1" : "/static/forms/$file";
	my $t = get($url);
	ok($t->{status} == 200 && length($t->{raw}) > 200, "template $url downloads (200)")
	    or diag("status $t->{status}");
	is($t->{headers}{'x-content-type-options'}, 'nosniff', "template $file: nosniff");
}

# ------------------------------------------------------------------ every worker, fresh

# After SIGHUP every worker is new: the pages must not depend on what a worker saw before.
# (A worker's first fetch of a row in which a second column outgrew its buffer used to drop
# that column: steps and legal basis missing, and the page cache kept the page so.)
# A missing program or a catalogue without such a procedure fails here, never skips.
SUBTEST: {
	my $master = master_pid('dvc-catalogue');
	ok($master, 'dvc-catalogue runs (its master)') or last SUBTEST;
	my @before = workers_of('dvc-catalogue');
	my ($code) = db_col(q{SELECT code FROM procedures WHERE is_current = 1 AND LENGTH(steps) > 256}
	    . q{ AND LENGTH(legal_basis) > 256 ORDER BY LENGTH(legal_basis) DESC, code LIMIT 1});
	ok(defined $code, 'a procedure with long steps and legal basis') or last SUBTEST;
	my @legal = lines_of(db_value("SELECT legal_basis FROM procedures WHERE current_code = '$code'"));
	kill 'HUP', $master;
	my %old = map { ($_ => 1) } @before;
	my $fresh = wait_until(15, sub {
		my @w = workers_of('dvc-catalogue');
		return @w == @before && !grep { $old{$_} } @w;
	});
	ok($fresh, 'SIGHUP: every worker replaced') or diag('workers: ' . join(' ', workers_of('dvc-catalogue')));
	my (@bad, $n);
	for (1 .. 2 * @before + 2) {
		my $x = get("/procedures/$code?format=xml");
		$n++;
		my @got = $x->{body} =~ m{<legal_basis>(.*?)</legal_basis>}s ? ($1 =~ m{<line>([^<]*)</line>}g) : ();
		push @bad, "$x->{status}/" . scalar(@got) unless $x->{status} == 200 && @got == @legal;
	}
	is_deeply(\@bad, [], "fresh workers: all $n views of $code carry its " . scalar(@legal) . ' legal basis lines');
}

# ------------------------------------------------------------------ unknown and malformed codes

my $unknown = '9.999999.000.00.00.H99';
is(db_value("SELECT COUNT(*) FROM procedures WHERE code = '$unknown'"), 0, "$unknown is not in the catalogue");
my $off = log_size('dvc-catalogue');
my $r = get("/procedures/$unknown");
my $incident = error_page_ok($r, 404, "unknown code $unknown", 'Không tìm thấy thủ tục hành chính có mã này.');
like($r->{body}, qr{<a href="/procedures">Xem danh sách thủ tục hành chính</a>}, 'unknown code: a way to the list');
{
	my $logged = $incident && wait_until(5, sub { grep { /\bincident=\Q$incident\E\b/ } log_since('dvc-catalogue', $off) });
	ok($logged, "unknown code: incident ${\ ($incident // q{(none)}) } is in the log");
}
is(head("/procedures/$unknown")->{status}, 404, 'HEAD of an unknown code: 404');

# Codes the route refuses: a 404 (or 400) Vietnamese page, the code never echoed raw.
my @malformed = (
	[ '%3Cscript%3Ealert(1)%3C%2Fscript%3E', qr{<script|alert\(1\)} ],
	[ '%3Cscript%3E', qr{<script} ],
	[ '%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', qr{<img src=x|onerror=alert} ],
	[ 'a;b', qr{a;b} ],
	[ '1.001193.000.00.00.H56%27%20OR%201=1--', qr{OR 1=1} ],
	[ 'A' x 41, qr{A{41}} ],
	[ '%C4%90%C4%83ng', qr{Đăng(?!\s*(ký|nhập))} ],
	# nginx itself refuses a NUL in the path (its own 400 page): what matters is no 5xx.
	[ '%00', qr{\x00}, 'nginx' ],
	[ '1.001193.000.00.00.H56%0A', qr{H56\n} ],
);
for my $m (@malformed) {
	my ($seg, $echo, $by_nginx) = @$m;
	my $r = get("/procedures/$seg");
	my $st = $r->{status};
	ok($st == 404 || $st == 400, "/procedures/$seg: 404 or 400 (got $st)");
	error_page_ok($r, $st, "/procedures/$seg") if ($st == 404 || $st == 400) && !$by_nginx;
	unlike($r->{body} // $r->{raw}, $echo, "/procedures/$seg: the code is not echoed");
	my $x = get("/procedures/$seg?format=xml");
	ok($x->{status} < 500, "/procedures/$seg?format=xml: no server error ($x->{status})");
	unlike($x->{raw}, qr{<script|<img src=x}, "/procedures/$seg?format=xml: no markup from the code");
	ok(xml_wellformed($x->{raw}), "/procedures/$seg?format=xml: well-formed") if $x->{headers}{'content-type'} =~ /xml/;
}
good_request_ok('after the malformed codes');

done_testing();
