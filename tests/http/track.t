#!/usr/bin/env perl
# tests/http/track.t — the public lookup of a dossier (/track, modules/dossiers/track.c).
# The dossier code and the last four digits of the applicant's phone or CCCD show its status
# and timeline, nothing personal; the receipt's QR code and printed link (/track/TOKEN) open
# it without the digits. A wrong pair, an unknown code and a wrong token get one same page;
# a walk of 200 consecutive codes learns nothing; each address has TRACK_LOOKUPS_MAX lookups
# in TRACK_WINDOW_MINUTES, then 429 in Vietnamese.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Time::HiRes qw(time);
use Test::More;
use DVCTest;
use DVC::Submit qw(citizen client dossier sql_str);
use DVC::Officer qw(new_dossier step);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $REPO = $ENV{DVC_REPO} // die "DVC_REPO is not set\n";
# The limits, read from the one header that defines them.
my %DOMAIN;
{
	open(my $fh, '<', "$REPO/modules/core/domain.h") or die "domain.h: $!";
	while (<$fh>) {
		$DOMAIN{$1} = $2 if /^#define\s+(TRACK_\w+)\s+(\d+)\s*$/;
	}
}
my $MAX = $DOMAIN{TRACK_LOOKUPS_MAX} or BAIL_OUT('TRACK_LOOKUPS_MAX not found in domain.h');

# ------------------------------------------------------------------ a dossier to look up

# A citizen's dossier at Hạc Thành, walked by the officers to a supplement request whose note
# names people (the officers' words are never shown here).
my $c = citizen();
my $id = new_dossier(by => $c);
my $NOTE = "Ghi chú nội bộ $$: gọi ông Trần Văn Bí 0987654321";
step($id, 'hacthanh', 'receiver', 'accept');
step($id, 'hacthanh', 'receiver', 'assign');
step($id, 'hacthanh', 'processor', 'supplement', note => $NOTE);
# An address to be sure it never shows (the test citizen typed none).
my $ADDRESS = "Số $$ ngõ Lò Rèn, phường Hạc Thành";
db_rows("UPDATE dossiers SET applicant_address = " . sql_str($ADDRESS) . " WHERE id = $id");
my $d = dossier($id);
my ($token) = db_col("SELECT track_token FROM dossiers WHERE id = $id");
like($d->{code} // '', qr/^\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}$/, "a dossier with a code: $d->{code}");
like($token // '', qr/^[A-Za-z0-9_-]{22}$/, 'and a token of 16 random bytes in URL-safe base64 (22 characters)');
my $holder = db_value("SELECT a.name FROM agencies a JOIN dossiers d ON a.id = d.holder_agency_id WHERE d.id = $id");
my $mails = db_value("SELECT COUNT(*) FROM outbox WHERE dossier_id = $id");
is(db_value("SELECT COUNT(*) FROM outbox WHERE dossier_id = $id AND body LIKE " . sql_str("%/track/$token%")),
    $mails, "each of the applicant's $mails e-mails links the dossier by its token");
my $phone4 = substr($d->{applicant_phone}, -4);
my $cccd4 = substr($d->{applicant_citizen_id}, -4);
my $wrong = (grep { $_ ne $phone4 && $_ ne $cccd4 } qw(0000 1111 2222))[0];
is(db_value("SELECT COUNT(DISTINCT track_token) FROM dossiers WHERE status > 0"),
    db_value("SELECT COUNT(*) FROM dossiers WHERE status > 0"), 'every submitted dossier has its own token');
is(db_value("SELECT COUNT(*) FROM dossiers WHERE status = 0 AND track_token IS NOT NULL"), 0, 'drafts have none');

# A visitor with no account, from an address of its own.
sub visitor {
	my $v = client(@_);
	my $r = $v->get('/track');
	$r->{status} == 200 or die "GET /track: $r->{status}";
	return $v;
}

sub lookup {
	my ($v, $code, $digits) = @_;
	return $v->post('/track', [code => $code, digits => $digits]);
}

# What must never appear on a public page of this dossier.
sub nothing_personal {
	my ($body, $what) = @_;
	my $who = $c->who;
	my @absent = ([$who->{full_name}, 'the full name'], [$d->{applicant_phone}, 'the phone'],
	    [$d->{applicant_citizen_id}, 'the CCCD'], [$ADDRESS, 'the address'],
	    [$d->{applicant_email}, 'the e-mail'], [$NOTE, "the officer's note"], ['Trần Văn Bí', 'a name in the note'],
	    ['/files/', 'a link to a file']);
	for my $a (@absent) {
		unlike($body, qr/\Q$a->[0]\E/, "$what: never $a->[1]");
	}
}

# ------------------------------------------------------------------ the form

my $v = visitor();
my $r = $v->get('/track');
like($r->{body}, qr/<h1>Tra cứu hồ sơ<\/h1>/, 'GET /track: the lookup page');
like($r->{body}, qr/<form method="post" action="\/track"/, '… a POST form (the digits stay out of URLs and logs)');
ok(defined field_value($r->{body}, 'csrf') || $r->{body} =~ /name="csrf"/, '… with its CSRF token');
like($r->{body}, qr/name="code"/, '… the box for the code');
like($r->{body}, qr/name="digits"[^>]*inputmode="numeric"|inputmode="numeric"[^>]*name="digits"/, '… and for the four digits');
like($r->{body}, qr/4 chữ số cuối của số điện thoại hoặc số căn cước công dân/, '… explained in Vietnamese');
ok(security_headers_ok($r), '… security headers');

$r = $v->get('/track?code=' . url_escape($d->{code}));
is($r->{status}, 200, 'GET /track?code=… (the e-mails\' link): the form');
is(field_value($r->{body}, 'code'), $d->{code}, '… with the code filled in');
unlike($r->{body}, qr/Kết quả tra cứu/, '… and no dossier without the digits');

# ------------------------------------------------------------------ the right pair

for my $case (['phone', $phone4], ['CCCD', $cccd4]) {
	my ($what, $digits) = @$case;
	$r = lookup($v, $d->{code}, $digits);
	is($r->{status}, 200, "the code and the last digits of the $what: 200");
	my $body = $r->{body};
	like($body, qr/Kết quả tra cứu/, '… the dossier');
	like($body, qr/\Q$d->{code}\E/, '… its code');
	like($body, qr/Yêu cầu bổ sung giấy tờ/, '… its status in words (5)');
	like($body, qr/\Q$holder\E/, "… the unit that holds it ($holder)");
	like($body, qr/Ngày hẹn trả/, '… the due date');
	like($body, qr/Đúng hạn|Quá hạn/, '… and whether it is kept');
	like($body, qr/Quá trình xử lý/, '… the timeline');
	for my $step ('Nộp hồ sơ trực tuyến', 'Tiếp nhận hồ sơ', 'Chuyển xử lý') {
		like($body, qr/\Q$step\E/, "… with the step \"$step\"");
	}
	my ($first) = $c->who->{full_name} =~ /^(\S)/;
	like($body, qr/\Q$first\E\*\*\*/, '… the name only masked');
	nothing_personal($body, "the $what pair");
}

$r = $v->post('/track?format=xml', [code => $d->{code}, digits => $phone4]);
is($r->{status}, 200, 'the XML form of a found dossier');
like($r->{body}, qr{<applicant_masked>}, '… has the masked name');
unlike($r->{body}, qr{<applicant_name>|<applicant_citizen_id>|<applicant_phone>|<applicant_email>|<applicant_address>|<note>|<org_name>},
    '… and no personal detail in the clear');
unlike($r->{body}, qr/<param name="digits">/, '… nor the digits echoed');
nothing_personal($r->{body}, 'the XML');

# ------------------------------------------------------------------ wrong pair, unknown code

# Pages of one visitor (one CSRF token) that found nothing are the same bytes.
my $miss_wrong = lookup($v, $d->{code}, $wrong);
my $miss_unknown = lookup($v, '000.01.30.H56-991231-9999', $wrong);
my $miss_unknown2 = lookup($v, '000.01.30.H56-991231-9998', $phone4);
is($miss_wrong->{status}, 404, 'a wrong pair: 404');
is($miss_unknown->{status}, 404, 'an unknown code: 404');
like($miss_wrong->{body}, qr/Không tìm thấy hồ sơ/, '… says so in Vietnamese');
like($miss_wrong->{body}, qr/<h1>Tra cứu hồ sơ<\/h1>/, '… on the lookup page itself');
ok($miss_wrong->{raw} eq $miss_unknown->{raw}, 'a wrong pair and an unknown code: byte-identical pages');
ok($miss_wrong->{raw} eq $miss_unknown2->{raw}, '… and an unknown code with the right digits of another dossier');
is(length $miss_wrong->{raw}, length $miss_unknown->{raw}, '… of the same length');
is_deeply([sort grep { $_ ne 'date' } keys %{ $miss_wrong->{headers} }],
    [sort grep { $_ ne 'date' } keys %{ $miss_unknown->{headers} }], '… and the same headers');
unlike($miss_wrong->{body}, qr/\Q$d->{code}\E/, '… neither echoes the code typed');
nothing_personal($miss_wrong->{body}, 'a wrong pair');

$r = lookup($v, $d->{code}, '12a4');
is($r->{status}, 422, 'digits that are not four digits: 422, before any lookup');
like(field_error($r->{body}, 'digits'), qr/4 chữ số/, '… with the message next to the box');
$r = lookup($v, '', $phone4);
is($r->{status}, 422, 'no code: 422');
my $cookie = $v->{cookies}{dvc_csrf};
$r = lookup($v, '<script>', $phone4);
is($r->{status}, 400, 'a code with characters no code has: 400');
unlike($r->{body} // '', qr/<script>/, '… never echoed raw');
is($v->{cookies}{dvc_csrf}, $cookie, "… and the visitor's CSRF cookie kept (other open forms still work)");
$r = $v->post('/track', [code => $d->{code}, digits => $phone4], csrf => undef);
is($r->{status}, 403, 'a lookup without the CSRF token: 403');

# ------------------------------------------------------------------ the token

$r = $v->get("/track/$token");
is($r->{status}, 200, 'GET /track/TOKEN (the QR code): 200, no digits to type');
like($r->{body}, qr/\Q$d->{code}\E/, '… the dossier');
like($r->{body}, qr/Quá trình xử lý/, '… its timeline');
nothing_personal($r->{body}, 'the token page');
$r = $v->get("/track?t=$token");
is($r->{status}, 200, 'GET /track?t=TOKEN too');
like($r->{body}, qr/\Q$d->{code}\E/, '… the dossier');

my $wrong_token = join '', map { ('A' .. 'Z', 'a' .. 'z', 0 .. 9, '-', '_')[int rand 64] } 1 .. 22;
my $tok_miss = $v->get("/track/$wrong_token");
is($tok_miss->{status}, 404, 'a wrong token: 404');
# The same page but for the menu's aria-current ("page" at /track, "true" below it).
my $main = sub { ($_[0] =~ m{(<main\b.*</main>)}s)[0] // 'none' };
is($main->($tok_miss->{body}), $main->($miss_unknown->{body}), '… the very page of an unknown code');
my $lower = lc $token eq $token ? uc $token : lc $token;
is($v->get("/track/$lower")->{status}, 404, 'the token in another case: 404 (compared byte for byte)');
is($v->get('/track/a%3Cb')->{status}, 404, 'a token with other characters: 404');
is($v->{cookies}{dvc_csrf}, $cookie, "… the CSRF cookie kept");

# ------------------------------------------------------------------ 200 consecutive codes

# Codes 0001..0200 of the dossier's unit and day, some of which exist, with guessed digits:
# every answer is the same page (one cookie, so one CSRF token), from enough addresses that
# the limit does not hide anything.
{
	my ($prefix) = $d->{code} =~ /^(.*-)\d{4}$/;
	my $exists = db_value("SELECT COUNT(*) FROM dossiers WHERE code LIKE " . sql_str("$prefix%")
	    . " AND CAST(SUBSTRING_INDEX(code, '-', -1) AS UNSIGNED) <= 200");
	my $guess = (grep {
		my $g = $_;
		!db_value("SELECT COUNT(*) FROM dossiers WHERE code LIKE " . sql_str("$prefix%")
		    . " AND (RIGHT(applicant_phone, 4) = '$g' OR RIGHT(applicant_citizen_id, 4) = '$g')")
	} qw(0000 1357 2468 9999))[0];
	ok($exists >= 1, "the walk covers $exists existing dossiers of $prefix…");
	my (%bodies, %status, @seconds, $walker);
	for my $n (1 .. 200) {
		if (($n - 1) % 10 == 0) {
			my $next = client();
			$next->{cookies} = { %{ $v->{cookies} } };
			$next->{csrf} = $v->{csrf};
			$walker = $next;
		}
		my $w = lookup($walker, sprintf('%s%04d', $prefix, $n), $guess);
		$status{ $w->{status} }++;
		$bodies{ $w->{raw} }++;
	}
	is_deeply(\%status, { 404 => 200 }, 'a walk of 200 consecutive codes with guessed digits: 200 times 404');
	is(scalar keys %bodies, 1, '… and one same page, byte for byte');
	ok((keys %bodies)[0] eq $miss_unknown->{raw}, '… the page of an unknown code');
}

# Timing: the same statements for a hit with wrong digits and for a miss. Medians of a few
# lookups each, far apart only if a miss skipped the database work.
{
	my $t = client();
	$t->{cookies} = { %{ $v->{cookies} } };
	$t->{csrf} = $v->{csrf};
	my (@hit, @miss);
	for (1 .. 7) {
		my $t0 = time;
		lookup($t, $d->{code}, $wrong);
		push @hit, time - $t0;
		$t0 = time;
		lookup($t, '000.01.30.H56-991231-9997', $wrong);
		push @miss, time - $t0;
	}
	my $median = sub { my @s = sort { $a <=> $b } @_; $s[@s / 2] };
	diag(sprintf('median seconds: wrong pair %.4f, unknown code %.4f', $median->(@hit), $median->(@miss)));
	ok(1, 'timed a wrong pair against an unknown code (see the diagnostic)');
}

# ------------------------------------------------------------------ the limit per address

{
	my $l = visitor();
	my @codes;
	for my $n (1 .. $MAX) {
		push @codes, lookup($l, '000.01.30.H56-991231-' . sprintf('%04d', 9000 + $n), $wrong)->{status};
	}
	is_deeply([sort { $a <=> $b } keys %{ { map { $_ => 1 } @codes } }], [404], "$MAX lookups from one address: answered");
	$r = lookup($l, $d->{code}, $phone4);
	is($r->{status}, 429, 'the next one, even the right pair: 429');
	like($r->{body}, qr/Có quá nhiều lượt tra cứu từ địa chỉ mạng này/, '… a Vietnamese page');
	like($r->{body}, qr/<h1>Tra cứu hồ sơ<\/h1>/, '… the lookup page');
	unlike($r->{body}, qr/Kết quả tra cứu/, '… without the dossier');
	like($r->{headers}{'retry-after'} // '', qr/^\d+$/, '… and Retry-After');
	is($l->get("/track/$token")->{status}, 429, '… the token too, from that address');
	is(lookup(visitor(), $d->{code}, $phone4)->{status}, 200, 'another address still looks up');
	is(db_value('SELECT COUNT(*) FROM track_lookups WHERE ip = ' . sql_str($l->ip)), $MAX + 2,
	    'each lookup is counted in the database (every worker, every restart)');
}

# nginx turns a flood away before the program (the zone of conf/nginx/dvc-zones.conf): the
# form itself, asked for fast from one address, ends in nginx's own Vietnamese 429 page.
{
	my $f = client();
	my (%seen, $page);
	for (1 .. 60) {
		my $g = $f->get('/track');
		$seen{ $g->{status} }++;
		$page //= $g->{body} if $g->{status} == 429;
	}
	ok($seen{429}, "60 requests at once from one address: nginx answers 429 past its burst ($seen{200} then $seen{429})");
	is_deeply([sort keys %seen], [200, 429], '… and nothing but 200 and 429');
	like($page // '', qr/Quá nhiều lượt truy cập/, "… with nginx's Vietnamese page");
}

# ------------------------------------------------------------------ migration 013

# A dossier submitted before the tokens existed gets one from the migration's UPDATE (run
# here as the file has it), and opens by it.
{
	open(my $fh, '<:encoding(UTF-8)', "$REPO/sql/013_track.sql") or die "013: $!";
	my $sql = do { local $/; <$fh> };
	my ($backfill) = $sql =~ /^(UPDATE dossiers\b.*?;)/ms;
	ok($backfill, 'migration 013 backfills the tokens');
	db_rows("UPDATE dossiers SET track_token = NULL WHERE id = $id");
	db_rows($backfill);
	my $new = db_value("SELECT track_token FROM dossiers WHERE id = $id");
	like($new, qr/^[A-Za-z0-9_-]{22}$/, "… 22 URL-safe characters ($new)");
	isnt($new, $token, '… a new one');
	is(db_value("SELECT COUNT(*) FROM dossiers WHERE status > 0 AND track_token IS NULL"), 0, '… for every submitted dossier');
	my $o = visitor();
	like($o->get("/track/$new")->{body}, qr/\Q$d->{code}\E/, '… which opens the dossier');
}

# ------------------------------------------------------------------ drafts

my $draft = $c->new_draft(DVC::Submit::pick_procedure(level => 4, channels => ['online'],
    not => [db_value("SELECT p.current_code FROM procedures p WHERE p.id = $d->{procedure_id}")])->{code});
is(dossier($draft)->{code}, undef, 'a draft has no code');
is(db_value("SELECT track_token FROM dossiers WHERE id = $draft"), 'NULL', '… and no token');
done_testing();
