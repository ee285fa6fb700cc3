#!/usr/bin/perl
# Relevance of the catalogue's search over the demo catalogue: what a citizen types —
# without diacritics, in capitals, with extra words, with one typo, an abbreviation, an
# everyday name, the start of the last word, or a procedure code — finds the procedure they
# mean among the first three results. Then a query the catalogue has no word of suggests
# the nearest words it has.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

sub codes_of {
	my ($html) = @_;
	my @out;
	push @out, $1 while $html =~ m{<h3 class="result-title"><a href="/procedures/([^"]+)">}g;
	return @out;
}

# [query, the procedure expected in the top 3, what the query tries]
my @cases = (
	# birth registration
	[ 'dang ky khai sinh', '1.001193.000.00.00.H56', 'no diacritics' ],
	[ 'DANG KY KHAI SINH', '1.001193.000.00.00.H56', 'upper case' ],
	[ 'Đăng ký khai sinh', '1.001193.000.00.00.H56', 'diacritics' ],
	[ 'khai sinh', '1.001193.000.00.00.H56', 'fewer words' ],
	[ 'dang ky khai sinh cho con', '1.001193.000.00.00.H56', 'extra words' ],
	[ 'khai sihn', '1.001193.000.00.00.H56', 'typo (transposition)' ],
	[ 'dang ky khia sinh', '1.001193.000.00.00.H56', 'typo in a middle word' ],
	[ 'lam giay khai sinh', '1.001193.000.00.00.H56', 'everyday phrasing' ],
	[ 'làm giấy khai sinh', '1.001193.000.00.00.H56', 'everyday phrasing, diacritics' ],
	[ 'dang ky khai si', '1.001193.000.00.00.H56', 'last word cut short' ],
	[ '1.001193.000.00.00.H56', '1.001193.000.00.00.H56', 'code' ],
	[ '001193', '1.001193.000.00.00.H56', 'part of the code' ],
	# marriage
	[ 'dang ky ket hon', '1.000894.000.00.00.H56', 'no diacritics' ],
	[ 'KET HON', '1.000894.000.00.00.H56', 'upper case' ],
	[ 'ket hnon', '1.000894.000.00.00.H56', 'typo (insertion)' ],
	[ 'ket ho', '1.000894.000.00.00.H56', 'last word cut short' ],
	[ 'lam giay ket hon', '1.000894.000.00.00.H56', 'everyday phrasing' ],
	[ 'lấy vợ', '1.000894.000.00.00.H56', 'everyday name' ],
	[ 'dang ky ket hon voi nguoi nuoc ngoai', '2.000806.000.00.00.H56', 'extra words' ],
	[ 'ket hon co yeu to nuoc ngoai', '2.000806.000.00.00.H56', 'no diacritics' ],
	# death, civil status
	[ 'dang ky khai tu', '1.000656.000.00.00.H56', 'no diacritics' ],
	[ 'bao tu', '1.000656.000.00.00.H56', 'everyday name' ],
	[ 'kahi tu', '1.000656.000.00.00.H56', 'typo (transposition)' ],
	[ 'xac nhan tinh trang hon nhan', '1.004873.000.00.00.H56', 'no diacritics' ],
	[ 'giấy độc thân', '1.004873.000.00.00.H56', 'everyday name' ],
	[ 'xin giay xac nhan doc than', '1.004873.000.00.00.H56', 'everyday name, extra words' ],
	[ 'nhan cha me con', '1.001022.000.00.00.H56', 'no diacritics' ],
	[ 'giam ho', '1.004837.000.00.00.H56', 'fewer words' ],
	[ 'ban sao trich luc ho tich', '2.000635.000.00.00.H56', 'no diacritics' ],
	[ 'thay doi cai chinh ho tich', '1.004859.000.00.00.H56', 'no diacritics' ],
	# certification
	[ 'chung thuc chu ky', '2.000884.000.00.00.H56', 'no diacritics' ],
	[ 'cong chung chu ky', '2.000884.000.00.00.H56', 'everyday name' ],
	[ 'chung thuc chuu ky', '2.000884.000.00.00.H56', 'typo (insertion)' ],
	[ 'sao y ban chinh', '2.000815.000.00.00.H56', 'everyday name' ],
	[ 'chung thuc hop dong giao dich', '2.000942.000.00.00.H56', 'no diacritics' ],
	[ 'phan chia di san', '2.001406.000.00.00.H56', 'no diacritics' ],
	# adoption
	[ 'nuoi con nuoi', '2.001263.000.00.00.H56', 'no diacritics' ],
	[ 'xin con nuoi', '2.001263.000.00.00.H56', 'everyday name' ],
	[ 'nuoi con nuooi', '2.001263.000.00.00.H56', 'typo (insertion)' ],
	# business
	[ 'HKD', '1.001612.000.00.00.H56', 'abbreviation' ],
	[ 'thanh lap ho kinh doanh', '1.001612.000.00.00.H56', 'no diacritics' ],
	[ 'ĐKKD hộ', '1.001612.000.00.00.H56', 'abbreviation and a word' ],
	[ 'tam ngung kinh doanh', '1.001570.000.00.00.H56', 'no diacritics' ],
	[ 'DNTN', '2.001610.000.00.00.H56', 'abbreviation' ],
	[ 'thanh lap doanh nghiep tu nhan', '2.001610.000.00.00.H56', 'no diacritics' ],
	[ 'mo cong ty co phan', '2.002043.000.00.00.H56', 'everyday phrasing' ],
	[ 'cong ty hop danh', '2.002042.000.00.00.H56', 'no diacritics' ],
	# land and building
	[ 'so do', '1.012783.000.00.00.H56', 'everyday name' ],
	[ 'Sổ đỏ', '1.012783.000.00.00.H56', 'everyday name, diacritics' ],
	[ 'mat so do', '1.012786.000.00.00.H56', 'everyday name of a loss' ],
	[ 'dang ky dat dai lan dau', '1.013978.000.00.00.H56', 'no diacritics' ],
	[ 'GPXD', '1.013225.000.00.00.H56', 'abbreviation' ],
	[ 'gpxd nha o', '1.013225.000.00.00.H56', 'abbreviation, lower case, extra words' ],
	[ 'giay phep xay dung', '1.013225.000.00.00.H56', 'no diacritics' ],
	[ 'giay phep xay dugn', '1.013225.000.00.00.H56', 'typo in the last word' ],
	[ 'xay nha', '1.013225.000.00.00.H56', 'everyday name' ],
	# transport, work, social
	[ 'giay phep kinh doanh van tai', '1.000703.000.00.00.H56', 'no diacritics' ],
	[ 'phu hieu xe', '2.002288.000.00.00.H56', 'everyday name' ],
	[ 'GIAY PHEP LAO DONG', '1.014199.000.00.00.H56', 'upper case' ],
	[ 'tro cap that nghiep', '1.014748.000.00.00.H56', 'no diacritics' ],
	[ 'tro cap that ngihep', '1.014748.000.00.00.H56', 'typo (transposition)' ],
	[ 'tien mai tang', '1.001731.000.00.00.H56', 'everyday name' ],
	[ 'ho tro chi phi mai tang', '1.001731.000.00.00.H56', 'no diacritics' ],
	[ 'giay xac nhan khuyet tat', '1.001699.000.00.00.H56', 'no diacritics' ],
	[ 'khuyet tta', '1.001699.000.00.00.H56', 'typo in a short last word' ],
	[ 'tro cap xa hoi hang thang', '1.001776.000.00.00.H56', 'no diacritics' ],
	[ 'bao tro xa hoi co so', '2.000286.000.00.00.H56', 'no diacritics' ],
	# schools, diplomas, justice
	[ 'chuyen truong', '2.002481.000.00.00.H56', 'no diacritics' ],
	[ 'chuyen truong THCS', '2.002481.000.00.00.H56', 'abbreviation' ],
	[ 'cap ban sao van bang', '3.000465.000.00.00.H56', 'no diacritics' ],
	[ 'ban sao bang tot nghiep', '3.000465.000.00.00.H56', 'everyday name' ],
	[ 'chinh sua van bang', '3.000466.000.00.00.H56', 'no diacritics' ],
	[ 'LLTP', '3.000333.000.00.00.H56', 'abbreviation' ],
	[ 'phieu ly lich tu phap', '3.000333.000.00.00.H56', 'no diacritics' ],
	[ 'Lý lịch', '3.000333.000.00.00.H56', 'everyday name' ],
	[ 'thoi quoc tich', '2.002036.000.00.00.H56', 'no diacritics' ],
	[ 'TGPL', '2.000829.000.00.00.H56', 'abbreviation' ],
	[ 'TRO GIUP PHAP LY', '2.000829.000.00.00.H56', 'upper case' ],
	# codes
	[ '2.000528.000.00.00.H56', '2.000528.000.00.00.H56', 'code' ],
	[ '3.000333.000.00.00.h56', '3.000333.000.00.00.H56', 'code, lower case' ],
	[ '1.013225', '1.013225.000.00.00.H56', 'start of a code' ],
);
cmp_ok(scalar @cases, '>=', 60, 'at least 60 queries');

for my $c (@cases) {
	my ($q, $want, $what) = @$c;
	my $r = get('/procedures', q => $q);
	is($r->{status}, 200, "q='$q': 200") or next;
	my @top = (codes_of($r->{body}))[0 .. 2];
	ok((grep { defined && $_ eq $want } @top), "q='$q' ($what): $want in the top 3")
	    or diag("top 3: @{[ map { $_ // '-' } @top ]}");
}

# An extra word the catalogue lacks never empties the page.
my @base = codes_of(get('/procedures', q => 'dang ky khai sinh')->{body});
my @more = codes_of(get('/procedures', q => 'dang ky khai sinh xyzzyq')->{body});
is($more[0] // '', $base[0], 'an unknown extra word keeps the first result');

# Nothing matched: the nearest words the catalogue has are suggested, with a link.
my $r = get('/procedures', q => 'khaaai');
is($r->{status}, 200, 'q=khaaai (two edits from a word): 200');
is(scalar(codes_of($r->{body})), 0, 'q=khaaai: no result (one typo is forgiven, not two)');
like($r->{body}, qr{Có phải bạn muốn tìm: <a href="/procedures\?q=khai">khai</a>},
    'q=khaaai: "khai" suggested');
# Written as the names write it: the index keeps each word's most used spelling.
$r = get('/procedures', q => 'khaaai dangkk');
like($r->{body}, qr{Có phải bạn muốn tìm: <a href="/procedures\?q=khai\+%C4%91%C4%83ng">khai đăng</a>},
    'q=khaaai dangkk: "khai đăng" suggested, with its diacritics');
$r = get('/procedures', q => 'qwxzvbnm');
unlike($r->{body}, qr{Có phải bạn muốn tìm}, 'q=qwxzvbnm: nothing near, no suggestion');

# The administrator's terms: a row added to search_terms is found once dvcctl reindex has
# written the index and moved the catalogue version; every worker opens the new index.
sub reindex {
	my $out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" reindex 2>&1`;
	is($?, 0, 'dvcctl reindex') or diag($out);
}
is(scalar(codes_of(get('/procedures', q => 'GPKDVT')->{body})), 0, 'q=GPKDVT: not a term yet');
db_rows(q{INSERT INTO search_terms (term, words) VALUES ('GPKDVT', 'giấy phép kinh doanh vận tải')});
reindex();
for my $i (1 .. 4) {	# several requests: they may reach different workers
	ok(wait_until(5, sub { ((codes_of(get('/procedures', q => 'gpkdvt')->{body}))[0] // '') eq
	    '1.000703.000.00.00.H56' }), "q=gpkdvt after reindex (request $i): the transport licence first");
}
db_rows(q{DELETE FROM search_terms WHERE term = 'GPKDVT'});
reindex();

done_testing();
