#!/usr/bin/perl
# "Hồ sơ của tôi" (/dossiers/, dvc-dossiers): the signed-in applicant's dossiers, drafts
# included, newest first, with their status, due date and the step that waits for the
# applicant (resume a draft, complete the dossier the desk asked for, supplement it, pay,
# collect the result at the counter, rate the service once it is returned); filters by status
# and "needs my action"; a page of 20 at a time. Each dossier is walked to its state through
# the real pages (DVC::Officer); another user's dossiers are never listed, and /submit/ (where
# the list used to be) leads here.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;
use DVC::Officer;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $PAGE = 20;	# MINE_PAGE, modules/dossiers/dossiers.h
{
	open(my $fh, '<', "$ENV{DVC_REPO}/modules/dossiers/dossiers.h") or die $!;
	local $/;
	my ($n) = <$fh> =~ /#define\s+MINE_PAGE\s+(\d+)/;
	$PAGE = $n if $n;
}

my $me = applicant();
my $p = default_procedure('hacthanh');

# The page in XML: its dossiers (in order) and the filters' counts.
sub mine {
	my ($c, $query) = @_;
	my $r = $c->get('/dossiers/?' . ($query // '') . (defined $query && $query ne '' ? '&' : '') . 'format=xml');
	my ($list) = $r->{body} =~ m{(<dossiers\b.*?</dossiers>|<dossiers\b[^>]*/>)}s;
	my %attr = ($list // '') =~ /(\w+)="(\d+)"/g;
	my ($filters) = $r->{body} =~ m{<filters\b([^>]*)>}s;
	my %f = ($filters // '') =~ /(\w+)="(\d+)"/g;
	return { status => $r->{status}, rows => [xml_records($list // '', 'dossier')], page => $attr{page},
	    pages => $attr{pages}, total => $attr{total}, all => $f{all}, action => $f{action}, r => $r };
}

sub row_of {
	my ($m, $id) = @_;
	my ($row) = grep { $_->{id} == $id } @{ $m->{rows} };
	return $row;
}

# ------------------------------------------------------------------ the states and their next steps

my %id;
$id{submitted} = new_dossier();
$id{complete} = new_dossier();
step($id{complete}, 'hacthanh', 'receiver', 'complete', note => 'Bổ sung bản sao giấy khai sinh');
$id{processing} = build('processing');
$id{supplement} = build('supplement');
$id{fees_due} = build('fees_due');
$id{returned} = build('returned');
$id{rated} = build('returned');
$id{refused} = build('refused');

my %want = (
	submitted => [1, ''], complete => [1, 'complete'], processing => [4, ''],
	supplement => [5, 'supplement'], fees_due => [6, 'pay'], returned => [10, 'rate'],
	rated => [10, 'rate'], refused => [3, ''],
);

# A dossier returned at the counter waits to be collected at status 9, when a procedure of
# the unit offers the counter (a "một phần" one: a "toàn trình" procedure never asks for presence).
my ($counter) = DVC::Submit::pick_procedure(level => 3, channels => ['counter'], types => ['pdf'],
    agency => $UNIT{hacthanh}{code}, timed => 1, free_at_submission => 1);
if ($counter) {
	my $cid = $me->new_draft($counter->{code});
	$me->fill_required($cid);
	$me->choose($cid, channel => 'counter');
	$me->submit($cid)->{status} == 303 or die "submit $cid";
	step($cid, @$_) for @{ $DVC::Officer::WAY{done} };
	$id{collect} = $cid;
	$want{collect} = [9, 'collect'];
}

# Last: a new draft of a procedure takes up the open one, and new_dossier() submits it.
my $draft = $me->new_draft($p->{code});

subtest 'every dossier of the applicant, drafts included, with its status and next step' => sub {
	my $m = mine($me);
	is($m->{status}, 200, 'GET /dossiers/: 200');
	my $d = row_of($m, $draft);
	ok($d, 'the draft is listed');
	is($d->{status}, 0, '… as a draft');
	is($d->{next_step}, 'resume', '… to resume');
	like($m->{r}{body}, qr/<code\b/, 'the XML has the dossiers\' codes') ;
	for my $k (sort keys %want) {
		my $row = row_of($m, $id{$k});
		ok($row, "$k: listed") or next;
		is($row->{status}, $want{$k}[0], "$k: status $want{$k}[0]");
		is($row->{code}, dossier_row($id{$k})->{code}, "$k: its code");
	}
	# Rated: no step left.
	my $rate = $me->post('/dossiers/' . dossier_row($id{rated})->{code} . '/rate', [level => 'satisfied']);
	is($rate->{status}, 303, 'one of the returned dossiers is rated');
	$want{rated}[1] = '';
	$m = mine($me);
	for my $k (sort keys %want) {
		my $row = row_of($m, $id{$k}) or next;
		is($row->{next_step} // '', $want{$k}[1], "$k: next step '" . ($want{$k}[1] || 'none') . "'");
	}
	my @ids = map { $_->{id} } @{ $m->{rows} };
	is_deeply(\@ids, [sort { $b <=> $a } @ids], 'newest first');
	my $all = db_value("SELECT COUNT(*) FROM dossiers WHERE user_id = " . $me->user_id);
	is($m->{all}, $all, "the count of all: $all");
	my $waiting = grep { $_->[1] ne '' } values %want;
	is($m->{action}, $waiting + 1, 'the count of "needs my action": the steps above and the draft');

	my $html = $me->get('/dossiers/');
	my $text = text_of($html->{body});
	like($html->{body}, qr{href="/submit/$draft/info"}, 'HTML: the draft links to its resumption');
	my $sup = dossier_row($id{supplement})->{code};
	like($html->{body}, qr{href="/dossiers/\Q$sup\E#supplement"}, 'HTML: the supplement\'s step links to its form');
	like($text, qr/Nộp giấy tờ bổ sung/, 'HTML: "Nộp giấy tờ bổ sung"');
	like($text, qr/Bổ sung, hoàn thiện hồ sơ/, 'HTML: "Bổ sung, hoàn thiện hồ sơ"');
	like($text, qr/Thực hiện nghĩa vụ tài chính/, 'HTML: "Thực hiện nghĩa vụ tài chính"');
	like($text, qr/Đánh giá mức độ hài lòng/, 'HTML: "Đánh giá mức độ hài lòng"');
	like($text, qr/Nhận kết quả tại Bộ phận Một cửa/, 'HTML: "Nhận kết quả tại Bộ phận Một cửa"') if $counter;
	like($text, qr/Yêu cầu bổ sung giấy tờ/, 'HTML: status 5 in words');
	my $due = dossier_row($id{processing})->{due_at};
	like($text, qr/\Q${\ vn_text(utc_epoch($due)) }\E/, 'HTML: the due date dd/mm/yyyy HH:mm');
};

subtest 'filters: a status, and "needs my action"' => sub {
	my $m = mine($me, 'status=5');
	is($m->{status}, 200, '?status=5: 200');
	is_deeply([map { $_->{status} } @{ $m->{rows} }], [(5) x @{ $m->{rows} }], 'only status 5');
	ok(row_of($m, $id{supplement}), '… the supplement is among them');
	$m = mine($me, 'status=0');
	is_deeply([map { $_->{id} } @{ $m->{rows} }], [$draft], '?status=0: the draft alone');
	$m = mine($me, 'status=action');
	my @steps = map { $_->{next_step} // '' } @{ $m->{rows} };
	ok(@steps && !grep({ $_ eq '' } @steps), '?status=action: only dossiers with a step') or diag("@steps");
	ok(row_of($m, $id{$_}), "… $_ among them") for grep { $want{$_}[1] ne '' } keys %want;
	ok(!row_of($m, $id{$_}), "… not $_") for grep { $want{$_}[1] eq '' } keys %want;
	is(scalar @{ $m->{rows} }, $m->{action}, '… as many as counted');
	for my $bad ('status=abc', 'status=11', 'status=99', 'status=-1') {
		my $r = $me->get("/dossiers/?$bad");
		is($r->{status}, 400, "?$bad: 400");
		like(text_of($r->{body}), qr/Bộ lọc trạng thái không hợp lệ/, '… told why');
	}
	is($me->get('/dossiers/?page=999')->{status}, 404, 'a page beyond the last: 404');
};

subtest 'pagination: 20 a page, newest first, the filters kept' => sub {
	my $c = DVC::Submit::citizen();
	my @made;
	push @made, new_dossier(by => $c) for 1 .. $PAGE + 3;
	my $m1 = mine($c);
	is($m1->{total}, $PAGE + 3, 'the total');
	is($m1->{pages}, 2, 'two pages');
	is(scalar @{ $m1->{rows} }, $PAGE, "$PAGE on the first");
	my $m2 = mine($c, 'page=2');
	is(scalar @{ $m2->{rows} }, 3, '3 on the second');
	is_deeply([map { $_->{id} } @{ $m1->{rows} }, @{ $m2->{rows} }], [reverse @made], 'all of them, newest first, none twice');
	my $html = $c->get('/dossiers/?status=1');
	like($html->{body}, qr{href="/dossiers/\?status=1&amp;page=2"}, 'the link to page 2 keeps the filter');
	is(mine($c, 'status=1&page=2')->{rows}[0]{id}, $made[2], '… and page 2 of status 1 follows page 1');
};

subtest 'only one\'s own: another citizen sees none of them' => sub {
	my $b = DVC::Submit::citizen();
	my $m = mine($b);
	is($m->{status}, 200, 'another citizen: 200');
	is(scalar @{ $m->{rows} }, 0, '… and none of the first one\'s dossiers');
	like(text_of($b->get('/dossiers/')->{body}), qr/Bạn chưa có hồ sơ nào/, '… an empty list that says how to start');
	for my $k (sort keys %id) {
		my $code = dossier_row($id{$k})->{code};
		my $r = $b->get("/dossiers/$code");
		is($r->{status}, 404, "$k: /dossiers/CODE of another's: 404");
	}
};

subtest 'who may: anonymous to the login, officers 403; /submit/ and /dossiers lead here' => sub {
	my $anon = DVC::Submit::client();
	my $r = $anon->get('/dossiers/');
	is($r->{status}, 303, 'anonymous: 303');
	is($r->{location}, '/account/login?next=%2Fdossiers%2F', '… to the login page, back here');
	my $o = officer('hacthanh', 'receiver');
	is($o->get('/dossiers/')->{status}, 403, 'an officer: 403');
	$r = $me->get('/submit/');
	is($r->{status}, 303, 'GET /submit/: 303');
	is($r->{location}, '/dossiers/', '… to /dossiers/');
	$r = $me->get('/dossiers');
	is($r->{status}, 303, 'GET /dossiers: 303');
	is($r->{location}, '/dossiers/', '… to /dossiers/');
	like($me->get('/account/profile')->{body}, qr{<a href="/dossiers/"[^>]*>Hồ sơ của tôi</a>}, 'the header\'s "Hồ sơ của tôi" goes here');
};

done_testing();
