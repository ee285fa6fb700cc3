#!/usr/bin/perl
# Finding a procedure: by keyword without caring for diacritics or case, by code, by
# field, agency and level alone and together, page by page with the filters kept.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# The results of one page of a search, from its HTML: [code, name] in order.
sub results_of {
	my ($html) = @_;
	my @out;
	while ($html =~ m{<h3 class="result-title"><a href="/procedures/([^"]+)">([^<]*)</a></h3>}g) {
		push @out, [ $1, html_unescape($2) ];
	}
	return @out;
}

# Every result of a search over all its pages, following the "next" links from the XML
# form (which carries field, agency and level of each result) — and the HTML of page 1.
sub all_results {
	my (%q) = @_;
	my @pairs = map { ($_ => $q{$_}) } sort keys %q;
	my $r = get('/procedures', @pairs, format => 'xml');
	my @all;
	my $page = 1;
	my ($total, $pages) = (0, 0);
	while (1) {
		($total, $pages) = $r->{body} =~ m{<results total="(\d+)" page="\d+" pages="(\d+)"} or last;
		push @all, xml_records($r->{body}, 'procedure');
		last if ++$page > $pages;
		$r = get('/procedures', @pairs, page => $page, format => 'xml');
		$r->{status} == 200 or last;
	}
	return ($total, @all);
}

# ------------------------------------------------------------------ diacritics and case

my @birth = db_rows(q{SELECT name, code FROM procedures WHERE is_current = 1}
    . q{ AND name_folded LIKE '%dang ky khai sinh%' ORDER BY CHAR_LENGTH(name), code LIMIT 1});
ok(@birth, 'the demo catalogue has the birth registration') or BAIL_OUT('no birth registration in the catalogue');
my ($bname, $bcode) = @{ $birth[0] };
note("birth registration: $bcode $bname");

for my $q ('dang ky khai sinh', 'ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh', 'khai sinh', 'DaNg Ky KhAi SiNh') {
	my $r = get('/procedures', q => $q);
	is($r->{status}, 200, "q='$q': 200");
	my @res = results_of($r->{body});
	ok(@res > 0, "q='$q': results") or next;
	is($res[0][0], $bcode, "q='$q': '$bname' ranked first");
	like(fold($res[0][1]), qr/dang ky khai sinh/, "q='$q': the first result is a birth registration");
	my @shorter = grep { fold($_->[1]) =~ /\Q${\ fold($q)}\E/ && length($_->[1]) < length($res[0][1]) } @res;
	is_deeply(\@shorter, [], "q='$q': no result containing the phrase is shorter than the first");
	# The query comes back in the box and in the heading.
	my $esc = $q =~ s/&/&amp;/gr =~ s/</&lt;/gr =~ s/"/&quot;/gr;
	like($r->{body}, qr{<input\b[^>]*\bname="q" value="\Q$esc\E"}, "q='$q': kept in the search box");
	like(text_of($r->{body}), qr{Tìm thấy \d+ thủ tục cho từ khóa “\Q$q\E”}, "q='$q': the count for the query");
}

# Same results whatever the accents and case.
my @plain = map { $_->[0] } results_of(get('/procedures', q => 'dang ky khai sinh')->{body});
my @upper = map { $_->[0] } results_of(get('/procedures', q => 'ĐĂNG KÝ KHAI SINH')->{body});
is_deeply(\@upper, \@plain, 'the same results with and without diacritics');

# The count of a keyword search: every procedure having each word (as the start of a word)
# in its name, code, field or agency, and no other.
for my $q ('khai sinh', 'chung thuc', 'giấy phép') {
	my @words = split / /, fold($q);
	my $where = join ' AND ', map { "CONCAT(' ', search_text) LIKE '% $_%'" } @words;
	my @want = sort(db_col("SELECT code FROM procedures WHERE is_current = 1 AND $where"));
	my ($total, @got) = all_results(q => $q);
	is($total, scalar @want, "q='$q': the count is the number of procedures with those words");
	is_deeply([ sort map { $_->{code} } @got ], \@want, "q='$q': exactly those procedures");
}

# ------------------------------------------------------------------ by code

for my $q ($bcode, lc $bcode, (split /\./, $bcode)[1]) {
	my $r = get('/procedures', q => $q);
	my @res = results_of($r->{body});
	is($res[0][0] // '', $bcode, "q='$q' (its code): the procedure comes first");
}

# ------------------------------------------------------------------ nothing found

# (Every word must be unknown: a query with one known word lists what has it, see
# search-relevance.t.)
for my $q ('xyzzy qwzvk', 'qwertyuiop') {
	my $r = get('/procedures', q => $q);
	is($r->{status}, 200, "q='$q': 200 when nothing matches");
	is(scalar(results_of($r->{body})), 0, "q='$q': no result");
	like(text_of($r->{body}), qr{Không tìm thấy thủ tục phù hợp cho từ khóa “\Q$q\E”},
	    "q='$q': a Vietnamese 'no result' message");
	like($r->{body}, qr{<a href="/procedures">xem tất cả thủ tục hành chính</a>}, "q='$q': a way to see all");
	unlike($r->{body}, qr{<nav class="pagination"}, "q='$q': no pagination");
}

# A query of punctuation only is no query: the whole catalogue, as browsing shows it.
my @browse = map { $_->[0] } results_of(get('/procedures')->{body});
my $ncurrent = db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1');
for my $q ('!!!', '...', ' - ', '"', '%', '?&=', '“”') {
	my $r = get('/procedures', q => $q);
	is($r->{status}, 200, "q='$q' (punctuation): 200");
	is_deeply([ map { $_->[0] } results_of($r->{body}) ], \@browse, "q='$q': the browse results");
	like(text_of($r->{body}), qr{Tìm thấy \Q${\ number($ncurrent)}\E thủ tục}, "q='$q': every procedure counted");
}
my $empty = get('/procedures?q=');
is_deeply([ map { $_->[0] } results_of($empty->{body}) ], \@browse, 'q= (empty): the browse results');

# ------------------------------------------------------------------ filters

my @fields = db_rows(q{SELECT f.id, f.name, COUNT(*) n FROM fields f JOIN procedures p}
    . q{ ON p.field_id = f.id AND p.is_current = 1 GROUP BY f.id ORDER BY n DESC, f.id});
my @agencies = db_rows(q{SELECT a.id, a.name, COUNT(*) n FROM agencies a JOIN procedures p}
    . q{ ON p.agency_id = a.id AND p.is_current = 1 GROUP BY a.id ORDER BY n DESC, a.id});
my ($field, $fname) = @{ $fields[0] };		# the biggest field: more than one page
my ($agency, $aname) = @{ $agencies[0] };
my ($small, $sname) = @{ $fields[-1] };
my %level_word = (4 => 'Toàn trình', 3 => 'Một phần', 2 => 'Trực tiếp');

my @cases = (
	[ { field => $field } ],
	[ { field => $small } ],
	[ { agency => $agency } ],
	[ { level => 4 } ],
	[ { level => 3 } ],
	[ { level => 2 } ],
	[ { field => $field, level => 3 } ],
	[ { agency => $agency, level => 4 } ],
	[ { field => $field, agency => $agency } ],
	[ { field => $field, agency => $agency, level => 3 } ],
	[ { field => $field, q => 'dang ky' } ],
	[ { level => 4, q => 'khai sinh' } ],
	[ { field => $small, level => ($small == $field ? 2 : 4), agency => $agency } ],
);
for my $case (@cases) {
	my %f = %{ $case->[0] };
	my $name = join '&', map { "$_=$f{$_}" } sort keys %f;
	my @where = ('is_current = 1');
	push @where, "field_id = $f{field}" if $f{field};
	push @where, "agency_id = $f{agency}" if $f{agency};
	push @where, "level = $f{level}" if $f{level};
	if (defined $f{q}) {
		push @where, map { "CONCAT(' ', search_text) LIKE '% $_%'" } split / /, fold($f{q});
	}
	my @want = db_rows('SELECT p.code, f.name, a.name, p.level FROM procedures p'
	    . ' JOIN fields f ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id WHERE '
	    . join(' AND ', @where) . ' ORDER BY p.code');
	my ($total, @got) = all_results(%f);
	is($total, scalar @want, "$name: the count is the database's (" . scalar(@want) . ')');
	is_deeply([ sort { $a->[0] cmp $b->[0] } map { [ @$_{qw(code field_name agency_name level)} ] } @got ],
	    \@want, "$name: exactly those procedures, each with that field, agency and level");

	# The HTML: the count, the results' facts, the choices kept in the form.
	my $r = get('/procedures', map { ($_ => $f{$_}) } sort keys %f);
	is($r->{status}, 200, "$name: 200");
	my $text = text_of($r->{body});
	if (@want) {
		like($text, qr{Tìm thấy \Q${\ number(scalar @want)}\E thủ tục}, "$name: 'Tìm thấy N thủ tục'");
	} else {
		like($text, qr{Không tìm thấy thủ tục phù hợp}, "$name: 'no result'");
	}
	my @items = $r->{body} =~ m{<li class="result">(.*?)</li>\s*(?=<li class="result">|</ul>)}gs;
	my @bad;
	for my $it (@items) {
		my $t = text_of($it);
		push @bad, $t if ($f{field} && $t !~ /Lĩnh vực \Q$want[0][1]\E/)
		    || ($f{agency} && $t !~ /Cơ quan thực hiện \Q$want[0][2]\E/)
		    || ($f{level} && $it !~ m{<span class="badge badge-level-$f{level}">\Q$level_word{$f{level}}\E</span>});
	}
	is_deeply(\@bad, [], "$name: every result on the page shows that field, agency and level");
	my ($fsel) = $r->{body} =~ m{<select\b[^>]*\bname="field"[^>]*>(.*?)</select>}s;
	my ($asel) = $r->{body} =~ m{<select\b[^>]*\bname="agency"[^>]*>(.*?)</select>}s;
	like($fsel // '', qr{<option value="$f{field}" selected(="selected")?>}, "$name: the field stays chosen") if $f{field};
	like($asel // '', qr{<option value="$f{agency}" selected(="selected")?>}, "$name: the agency stays chosen") if $f{agency};
	my @checked = map { /\bvalue="(\d*)"/ ? $1 : '?' }
	    grep { /\bchecked\b/ } $r->{body} =~ m{(<input\b[^>]*\bname="level"[^>]*>)}g;
	is_deeply(\@checked, [ $f{level} // '' ], "$name: the level choice stays checked")
	    if !$f{level} || $f{level} != 2;
}

# The filter form submits "" for "all": that is no filter.
my $all = get('/procedures?q=&field=&agency=&level=');
is($all->{status}, 200, 'empty filters (the form\'s "all"): 200');
is_deeply([ map { $_->[0] } results_of($all->{body}) ], \@browse, 'empty filters: the browse results');

# ------------------------------------------------------------------ pagination keeps the filters

# Filters together over more than one page: every link carries them all, and page 2 by
# its link holds procedures of the same search that page 1 did not. The province's code
# ends every procedure code, so q=<it> with level=3 is every một phần procedure.
my $suffix = lc((split /\./, $bcode)[-1]);
my %pf = (level => 3, q => $suffix);
my $pname = join '&', map { "$_=$pf{$_}" } sort keys %pf;
my ($ptotal, @pall) = all_results(%pf);
cmp_ok($ptotal, '>', 20, "$pname: more than one page");
is($ptotal, db_value(q{SELECT COUNT(*) FROM procedures WHERE is_current = 1 AND level = 3}
    . qq{ AND LOWER(code) LIKE '%.$suffix'}), "$pname: every một phần procedure of the province");
my $p1 = get('/procedures', map { ($_ => $pf{$_}) } sort keys %pf);
my ($pnav) = $p1->{body} =~ m{<nav class="pagination"[^>]*>(.*?)</nav>}s;
ok(defined $pnav, "$pname: pagination");
my @plinks = map { html_unescape($_) } ($pnav // '') =~ m{href="([^"]+)"}g;
ok(@plinks >= 2, "$pname: pagination links");
is_deeply([ grep { !m{^/procedures\?\Q$pname\E(&page=\d+)?$} } @plinks ], [],
    "$pname: every pagination link keeps the filters");
my ($plink2) = grep { /&page=2$/ } @plinks;
my $p2 = get($plink2 // "/procedures?$pname&page=2");
is($p2->{status}, 200, "$pname: page 2 by its link is 200");
like(text_of($p2->{body}), qr{Trang 2 trên \d+}, "$pname: page 2 by its link is page 2");
my %in_search = map { ($_->{code} => 1) } @pall;
my %on_p1 = map { ($_->[0] => 1) } results_of($p1->{body});
my @codes2 = map { $_->[0] } results_of($p2->{body});
ok(@codes2 > 0, "$pname: page 2 has results");
is_deeply([ grep { !$in_search{$_} || $on_p1{$_} } @codes2 ], [],
    "$pname: page 2 holds other procedures of the same search");

# q with Vietnamese text in the pagination links: kept percent-encoded. ("Ủy ban": the
# commune agencies, Ủy ban nhân dân phường …, have more than 20 procedures.)
my $r = get('/procedures', q => 'Ủy ban');
my ($nav) = $r->{body} =~ m{<nav class="pagination"[^>]*>(.*?)</nav>}s;
{
	ok(defined $nav, 'q=Ủy ban: more than one page, with pagination');
	my @links = map { html_unescape($_) } ($nav // '') =~ m{href="([^"]+)"}g;
	is_deeply([ grep { !m{^/procedures\?q=%E1%BB%A6y\+ban(&page=\d+)?$}i } @links ], [],
	    'q=Ủy ban: every pagination link keeps q, percent-encoded');
	my ($p2) = grep { /page=2$/ } @links;
	my $t2 = text_of(get($p2 // '/procedures?page=2')->{body});
	like($t2, qr{cho từ khóa “Ủy ban”}, 'q=Ủy ban: page 2 by its link is the search for "Ủy ban"');
	like($t2, qr{Trang 2 trên \d+}, 'q=Ủy ban: page 2 by its link is page 2');
}

done_testing();
