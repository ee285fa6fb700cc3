#!/usr/bin/perl
# The catalogue's pages as a citizen first meets them: the home page with the fields and
# agencies and their counts, browsing every procedure page by page, the XML form of each
# page, the security headers, the stylesheet, and HEAD.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $site = 'Cổng Dịch vụ công tỉnh Thanh Hóa';

# ------------------------------------------------------------------ home

my $home = get('/');
is($home->{status}, 200, 'GET / is 200');
is_html($home, 'GET /');
ok($home->{utf8_ok}, 'GET /: the body is valid UTF-8');
my $body = $home->{body} // '';
like($body, qr{^<!DOCTYPE html>}i, 'GET /: an HTML5 document');
like($body, qr{<html lang="vi">}, 'GET /: lang="vi"');
like($body, qr{<title>\Q$site\E</title>}, 'GET /: the site name is the title');
like($body, qr{<meta name="viewport" content="width=device-width}, 'GET /: a viewport for phones');
unlike($body, qr{<script\b}i, 'GET /: no script at all');
unlike($body, qr{\sstyle=}i, 'GET /: no inline style attribute (the CSP forbids them)');
security_headers_ok($home, 'GET /');

# The search form: GET to /procedures with a q box and a label.
my ($form) = $body =~ m{(<form\b[^>]*\baction="/procedures"[^>]*>.*?</form>)}s;
ok(defined $form, 'GET /: a search form to /procedures');
$form //= '';
like($form, qr{<form\b[^>]*\bmethod="get"}, 'search form: method GET');
like($form, qr{<input\b[^>]*\bname="q"}, 'search form: a q box');
my ($qid) = $form =~ m{<input\b[^>]*\bid="([^"]+)"[^>]*\bname="q"};
ok(defined $qid && $form =~ m{<label\b[^>]*\bfor="\Q$qid\E"}, 'search form: the box has a label');
like($form, qr{<button\b[^>]*type="submit"[^>]*>Tìm kiếm</button>}, 'search form: a "Tìm kiếm" button');

# Every field with the number of its current procedures.
my @fields = db_rows('SELECT f.id, f.name, (SELECT COUNT(*) FROM procedures p'
    . ' WHERE p.field_id = f.id AND p.is_current = 1) FROM fields f ORDER BY f.sort, f.name');
cmp_ok(scalar @fields, '>=', 10, 'the demo catalogue has at least 10 fields');
my @tiles;
while ($body =~ m{<a href="/procedures\?field=(\d+)">\s*<span class="tile-name">([^<]*)</span>\s*<span class="tile-count">([^<]*)</span>}g) {
	push @tiles, [$1, html_unescape($2), $3];
}
is(scalar @tiles, scalar @fields, 'GET /: one tile per field');
for my $i (0 .. $#fields) {
	my ($id, $name, $count) = @{ $fields[$i] };
	my $tile = $tiles[$i] // ['', '', ''];
	is_deeply($tile, [$id, $name, number($count) . ' thủ tục'],
	    "GET /: field '$name' links to ?field=$id with its count $count");
}

# Every agency that has procedures, with its count; none without.
my @agencies = db_rows('SELECT a.id, a.name, a.kind, COUNT(p.id) FROM agencies a'
    . ' LEFT JOIN procedures p ON p.agency_id = a.id AND p.is_current = 1 GROUP BY a.id');
cmp_ok(scalar(grep { $_->[3] > 0 } @agencies), '>=', 6, 'at least 6 agencies offer procedures');
ok((grep { $_->[2] eq 'commune' && $_->[3] > 0 } @agencies), 'a commune-level agency offers procedures');
my %listed;
while ($body =~ m{<a href="/procedures\?agency=(\d+)">([^<]*)</a>\s*<span class="count">([^<]*)</span>}g) {
	$listed{$1} = [html_unescape($2), $3];
}
for my $a (@agencies) {
	my ($id, $name, $kind, $count) = @$a;
	if ($count > 0) {
		is_deeply($listed{$id}, [$name, number($count) . ' thủ tục'],
		    "GET /: agency '$name' listed with its count $count");
	} else {
		ok(!exists $listed{$id}, "GET /: agency '$name' without procedures is not listed");
	}
}
like($body, qr{<h3>UBND xã, phường</h3>}, 'GET /: the commune agencies under their own heading');

# The totals: the share of procedures offered toàn trình.
my ($total, $full, $partial) = @{ (db_rows('SELECT COUNT(*), SUM(level = 4), SUM(level = 3)'
    . ' FROM procedures WHERE is_current = 1'))[0] };
cmp_ok($total, '>=', 40, 'the demo catalogue has at least 40 procedures');
my $text = text_of($body);
like($text, qr{\Q${\ number($full)}\E trên tổng số \Q${\ number($total)}\E thủ tục\.},
    "GET /: $full of $total procedures toàn trình");
like($text, qr{Trực tuyến một phần: \Q${\ number($partial)}\E\b}, "GET /: $partial một phần");

# ------------------------------------------------------------------ browse

my @codes = db_col('SELECT code FROM procedures WHERE is_current = 1 ORDER BY name_folded, code');
my $pages = int((@codes + 19) / 20);
my $browse = get('/procedures');
is($browse->{status}, 200, 'GET /procedures is 200');
is_html($browse, 'GET /procedures');
security_headers_ok($browse, 'GET /procedures');
like($browse->{body}, qr{<html lang="vi">}, 'GET /procedures: lang="vi"');
like($browse->{body}, qr{<title>Thủ tục hành chính — \Q$site\E</title>}, 'GET /procedures: its title');
like(text_of($browse->{body}), qr{Tìm thấy \Q${\ number(scalar @codes)}\E thủ tục\b},
    'GET /procedures: the result count is the number of current procedures');
like(text_of($browse->{body}), qr{Trang 1 trên \Q$pages\E\b}, "GET /procedures: page 1 of $pages");

# Every page in turn, by the "next" link: 20 a page, each procedure once, in name order.
my (@seen, @per_page, $url, $guard);
$url = '/procedures';
while (defined $url && $guard++ < 50) {
	my $r = get($url);
	is($r->{status}, 200, "GET $url is 200") or last;
	my @on_page = $r->{body} =~ m{<h3 class="result-title"><a href="/procedures/([^"]+)">}g;
	push @per_page, scalar @on_page;
	push @seen, @on_page;
	my ($next) = $r->{body} =~ m{<a rel="next" href="([^"]+)"};
	$url = defined $next ? html_unescape($next) : undef;
}
is_deeply(\@per_page, [ (20) x ($pages - 1), @codes - 20 * ($pages - 1) ],
    'browse: 20 procedures a page, the rest on the last');
is_deeply(\@seen, \@codes, 'browse: every current procedure once, in name order, across the pages');

# The pagination of a filtered list keeps the filter in every link.
my $level3 = db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1 AND level = 3');
cmp_ok($level3, '>', 20, 'more than one page of một phần procedures');
my $r = get('/procedures', level => 3);
my @links = map { html_unescape($_) } $r->{body} =~ m{<nav class="pagination"[^>]*>(.*?)</nav>}s
    ? ($1 =~ m{href="([^"]+)"}g) : ();
ok(@links >= 2, 'level=3: pagination links') or diag(substr($r->{body}, 0, 200));
is_deeply([ grep { !m{^/procedures\?level=3(&page=\d+)?$} } @links ], [],
    'level=3: every pagination link keeps level=3');
ok((grep { $_ eq '/procedures?level=3&page=2' } @links), 'level=3: a link to page 2');

# ------------------------------------------------------------------ HEAD

for my $path ('/', '/procedures', "/procedures/$codes[0]") {
	my $g = get($path);
	my $h = head($path);
	is($h->{status}, 200, "HEAD $path is 200");
	is($h->{raw}, '', "HEAD $path: no body");
	is($h->{headers}{'content-type'}, 'text/html; charset=utf-8', "HEAD $path: the Content-Type of GET");
	is($h->{headers}{'content-length'}, length($g->{raw}), "HEAD $path: the Content-Length of GET");
	security_headers_ok($h, "HEAD $path");
}

# ------------------------------------------------------------------ the XML form

for my $case (['/', 'home'], ['/procedures', 'procedures'], ["/procedures/$codes[0]", 'procedure'],
    ['/procedures/0.000000.000.00.00.H00', 'error']) {
	my ($path, $view) = @$case;
	my $want = $view eq 'error' ? 404 : 200;
	for my $how ('format', 'accept') {
		my $x = $how eq 'format'
		    ? get("$path?format=xml")
		    : get($path, { Accept => 'application/xml' });
		my $name = $how eq 'format' ? "GET $path?format=xml" : "GET $path (Accept: application/xml)";
		is($x->{status}, $want, "$name is $want");
		is($x->{headers}{'content-type'}, 'application/xml; charset=utf-8', "$name: application/xml");
		like($x->{raw}, qr{\A<\?xml version="1\.0" encoding="UTF-8"\?>\s*<page view="\Q$view\E" path="\Q$path\E">},
		    qq{$name: root <page view="$view">});
		ok(xml_wellformed($x->{raw}), "$name: well-formed");
		like($x->{body}, qr{<site>\s*<name>\Q$site\E</name>}, "$name: the site");
		security_headers_ok($x, $name) if $how eq 'format';
	}
}
my $hx = get('/?format=xml')->{body};
my @xfields = xml_records($hx =~ m{<fields>(.*?)</fields>}s ? $1 : '', 'field');
is_deeply([ map { [ $_->{id}, $_->{name}, $_->{count} ] } @xfields ], \@fields,
    'home XML: the fields with their counts');
my $px = get('/procedures?level=4&format=xml')->{body};
my ($rtotal) = $px =~ m{<results total="(\d+)"};
is($rtotal, db_value('SELECT COUNT(*) FROM procedures WHERE is_current = 1 AND level = 4'),
    'procedures XML: results/@total is the count of level 4');
like($px, qr{<request>\s*<param name="level">4</param>\s*</request>}, 'procedures XML: the accepted input echoed');
# A browser asks for both: it gets HTML.
my $both = get('/', { Accept => 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
is($both->{headers}{'content-type'}, 'text/html; charset=utf-8', "a browser's Accept gets HTML");

# ------------------------------------------------------------------ the page cache, shared

# The workers share one page cache, mapped by the master: a page one worker rendered is served
# by the others, and by a worker started after it was rendered. Here the data change behind the
# cache's back (the version taken back in the same transaction), every worker is replaced, and
# the page still shows what it was; then a change made as writers make it shows within a second.
{
	my ($code, $note) = @{ (db_rows(q{SELECT current_code, processing_note FROM procedures
	    WHERE is_current = 1 AND processing_note <> '' ORDER BY id LIMIT 1}))[0] };
	my $url = "/procedures/$code";
	select(undef, undef, undef, 1.1);	# every worker has seen the data's latest version
	my $first = get($url);
	is($first->{status}, 200, "page cache: $url rendered");
	db_rows(qq{START TRANSACTION;
	    UPDATE procedures SET processing_note = CONCAT(processing_note, ' (bản sửa ngầm)') WHERE current_code = '$code';
	    UPDATE cache_versions SET version = version - 1 WHERE name = 'catalogue'; COMMIT});
	my @before = workers_of('dvc-catalogue');
	ok(@before >= 2, 'page cache: dvc-catalogue runs several workers') or diag("workers: @before");
	kill 'TERM', @before;
	my %old = map { ($_ => 1) } @before;
	ok(wait_until(15, sub { my @w = workers_of('dvc-catalogue'); @w == @before && !grep { $old{$_} } @w }),
	    'page cache: every worker replaced (not by SIGHUP)');
	my @seen = map { get($url)->{body} } 1 .. 2 * @before + 2;
	is(scalar(grep { index($_, 'bản sửa ngầm') >= 0 } @seen), 0,
	    'page cache: new workers serve the page the old ones rendered (shared, not per worker)');
	db_rows(qq{UPDATE procedures SET processing_note = REPLACE(processing_note, ' (bản sửa ngầm)', '')
	    WHERE current_code = '$code'});
	db_rows(qq{UPDATE procedures SET processing_note = CONCAT(processing_note, ' (bản sửa)') WHERE current_code = '$code'});
	ok(wait_until(3, sub { index(get($url)->{body}, 'bản sửa)') >= 0 }),
	    'page cache: a change made through the triggers shows within a second');
	db_rows(qq{UPDATE procedures SET processing_note = REPLACE(processing_note, ' (bản sửa)', '') WHERE current_code = '$code'});
	is(db_value("SELECT processing_note FROM procedures WHERE current_code = '$code'"), $note, 'page cache: note restored');
}

# ------------------------------------------------------------------ static files

my ($css_href) = $body =~ m{<link rel="stylesheet" href="(/static/dvc\.css(?:\?[^"]*)?)"\s*/?>};
ok(defined $css_href, 'GET /: links the stylesheet /static/dvc.css');
my $css = get(html_unescape($css_href // '/static/dvc.css'));
is($css->{status}, 200, '/static/dvc.css is 200');
like($css->{headers}{'content-type'} // '', qr{^text/css\b}, '/static/dvc.css: text/css');
like($css->{headers}{'cache-control'} // '', qr{\bmax-age=\d{5,}}, '/static/dvc.css: cached (Cache-Control max-age)');
is($css->{headers}{'x-content-type-options'}, 'nosniff', '/static/dvc.css: nosniff');
cmp_ok(length $css->{raw}, '>', 1000, '/static/dvc.css: a real stylesheet');
my $css_head = head(html_unescape($css_href // '/static/dvc.css'));
ok($css_head->{status} == 200 && $css_head->{raw} eq '', 'HEAD /static/dvc.css: 200 and no body');
my $emblem = get('/static/emblem.svg');
is($emblem->{status}, 200, '/static/emblem.svg (linked as the icon) is 200');
is(get('/static/nothing-here.css')->{status}, 404, 'a missing static file is 404');

done_testing();
