#!/usr/bin/env perl
# tests/http/track.t — the public lookup of a dossier by its code (/track), which the QR code
# on the receipt opens: anyone finds where a submitted dossier stands and its history, the
# applicant's name only masked; an unknown code is a Vietnamese 404 on the same page.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $p = pick_procedure(level => 4, channels => ['online'], max_required => 2, types => ['pdf']);
ok($p, "a level-4 procedure to submit: $p->{code}") or BAIL_OUT('no procedure');
my $c = citizen();
my $id = $c->new_draft($p->{code});
$c->fill_required($id);
$c->choose_online($id);
is($c->submit($id)->{status}, 303, 'a dossier submitted');
my $d = dossier($id);
like($d->{code} // '', qr/^\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}$/, "it has a code: $d->{code}");

# The receipt's QR code and its printed address open this page.
my $receipt = $c->get("/submit/$id/receipt");
my ($url) = ($receipt->{body} // '') =~ m{(https?://[^<"\s]+/track\?code=[^<"\s]+)};
ok($url, "the receipt prints the tracking address: " . ($url // 'none'));
my ($path) = ($url // '') =~ m{^https?://[^/]+(/track\?code=.+)$};
$path = html_unescape($path // '');

my $r = get($path);
is($r->{status}, 200, "anyone (no cookie) opens $path");
my $body = ($r->{body} // '');
like($body, qr/\Q$d->{code}\E/, 'the page shows the code');
like($body, qr/Mới đăng ký/, 'and the status in words (1: Mới đăng ký)');
like($body, qr/\Q$p->{name}\E/, 'and the procedure');
my $full = $c->{who}{full_name};
unlike($body, qr/\Q$full\E/, "never the applicant's full name ($full)");
my ($first) = $full =~ /^(\S)/;
like($body, qr/\Q$first\E\*\*\*/, 'the name only masked, first letters kept');
unlike($body, qr/\Q$c->{who}{citizen_id}\E/, 'nor the CCCD');
like($body, qr/Quá trình xử lý/, 'the history');
like($body, qr/Nộp hồ sơ trực tuyến/, '… with the submission event');
ok(security_headers_ok($r), 'security headers');

$r = get('/track', format => 'xml', code => $d->{code});
is($r->{status}, 200, 'the XML form');
like($r->{body}, qr{<applicant_masked>}, '… has the masked name');
unlike($r->{body}, qr{<applicant_name>|<applicant_citizen_id>|<applicant_phone>|<applicant_email>},
    '… and no personal detail in the clear');

# Not found, malformed, nothing typed.
$r = get('/track', code => '000.01.30.H56-991231-9999');
is($r->{status}, 404, 'an unknown code: 404');
$body = ($r->{body} // '');
like($body, qr/Không tìm thấy hồ sơ có mã này/, '… says so in Vietnamese');
like($body, qr/value="000\.01\.30\.H56-991231-9999"/, '… keeping what was typed in the box');
like($body, qr/<h1>Tra cứu hồ sơ<\/h1>/, '… on the lookup page itself');

$r = get('/track', code => '<script>');
is($r->{status}, 400, 'a code with characters no code has: 400');
unlike($r->{body} // '', qr/<script>/, '… never echoed raw');

$r = get('/track');
is($r->{status}, 200, 'no code: the empty form');
like(($r->{body} // ''), qr/name="code"/, '… with the box for the code');

# A draft has no code and is nobody's business: the list of drafts is not reachable here.
my $draft = $c->new_draft(pick_procedure(level => 4, channels => ['online'], not => [$p->{code}])->{code});
is(dossier($draft)->{code}, undef, 'a draft has no code');
done_testing();
