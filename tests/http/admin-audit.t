#!/usr/bin/perl
# The administrator's audit log of the catalogue (/admin/audit, sql/022): every change the
# demo catalogue's import wrote, newest first, twenty a page, filtered by kind and by code,
# with who, when, from which program and the object before and after; a bad filter is a
# Vietnamese 400; officers and citizens are refused, strangers sent to sign in.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVC::Account;
use DVCTest qw(xml_wellformed text_of);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $password = 'DemoDVC@2026';
my $admin = browser();
is($admin->login('quantri@demo.thanhhoa.gov.vn', $password)->{status}, 303, 'the demo administrator signs in');

my $total = db_value('SELECT COUNT(*) FROM audit_log');
cmp_ok($total, '>', 20, "the demo catalogue's import wrote the log ($total entries)");
my @newest = db_col('SELECT id FROM audit_log ORDER BY at DESC, id DESC LIMIT 20');
my @second = db_col('SELECT id FROM audit_log ORDER BY at DESC, id DESC LIMIT 20 OFFSET 20');

sub ids { my ($body) = @_; return $body =~ m{<li class="audit-entry" id="audit-(\d+)">}g }

my $r = $admin->get('/admin/audit');
is($r->{status}, 200, 'GET /admin/audit: 200');
is_deeply([ ids($r->{body}) ], \@newest, 'the first page: the twenty newest entries, newest first');
like($r->{body}, qr{<title>Nhật ký thay đổi}, 'its title');
like($r->{body}, qr{rel="next"}, 'a link to the older ones');
ok(xml_wellformed($admin->get('/admin/audit?format=xml')->{body}), '?format=xml is well-formed');

$r = $admin->get('/admin/audit?page=2');
is_deeply([ ids($r->{body}) ], \@second, 'page 2: the next twenty');
like($r->{body}, qr{rel="prev"}, 'and a link back to the newer ones');

# One procedure's entries: who, the program, and what it was.
my ($id, $code, $actor, $program, $action) = @{ (db_rows(q{SELECT id, object_code, actor, program, action
    FROM audit_log WHERE object_kind = 'procedure' ORDER BY id LIMIT 1}))[0] };
my %said = (add => 'Thêm', change => 'Sửa', publish => 'Công bố phiên bản mới của', withdraw => 'Ngừng áp dụng',
    remove => 'Xóa');
$r = $admin->get("/admin/audit?kind=procedure&code=$code");
is($r->{status}, 200, "filtered by the procedure $code: 200");
is_deeply([ ids($r->{body}) ], [ db_col("SELECT id FROM audit_log WHERE object_kind = 'procedure'"
    . " AND object_code = '$code' ORDER BY at DESC, id DESC LIMIT 20") ], '… its entries only');
my ($entry) = $r->{body} =~ m{(<li class="audit-entry" id="audit-$id">.*?</li>)}s;
ok(defined $entry, "entry $id is shown");
like($entry // '', qr{\Q$said{$action}\E</strong>\s*thủ tục}, "… as the procedure's $action, in words");
like($entry // '', qr{\Q$program\E}, "… from $program");
like($entry // '', qr{\Q$actor\E}, "… by $actor");
my $name = db_value("SELECT name FROM procedures WHERE code = '$code' ORDER BY version LIMIT 1");
like(text_of($entry // ''), qr{\Q$name\E}, '… with the procedure as it was written (its name)');

$r = $admin->get('/admin/audit?kind=unit');
my @units = ids($r->{body});
ok(@units > 0, 'filtered by units: entries');
is(db_value('SELECT COUNT(*) FROM audit_log WHERE object_kind <> \'unit\' AND id IN (' . join(',', @units, 0) . ')'), 0,
    '… units only');
my @none = ids($admin->get('/admin/audit?code=KHONG-CO')->{body});
is(scalar @none, 0, 'an unknown code: no entry');
like($admin->get('/admin/audit?code=KHONG-CO')->{body}, qr{Không có thay đổi nào phù hợp}, '… and the page says so');

$r = $admin->get('/admin/audit?kind=dossier');
is($r->{status}, 400, 'kind=dossier: 400');
like(text_of($r->{body}), qr{Loại đối tượng không hợp lệ}, '… with the Vietnamese reason');

# Nobody else reads it.
my $officer = browser();
$officer->login('tiepnhan.hacthanh@demo.thanhhoa.gov.vn', $password);
is($officer->get('/admin/audit')->{status}, 403, 'an officer: 403');
my $c = new_citizen();
my $citizen = browser();
is($citizen->signup($c)->{status}, 303, 'a citizen registers (and verifies the address)');
is($citizen->login($c->{citizen_id}, $c->{password})->{status}, 303, 'a citizen signs in');
is($citizen->get('/admin/audit')->{status}, 403, 'a citizen: 403');
$r = browser()->get('/admin/audit');
ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login\?next=%2Fadmin%2Faudit},
    'a stranger: sent to sign in, and back here after') or diag("$r->{status} " . ($r->{location} // ''));

# The home page leads to it.
like($admin->get('/admin/')->{body}, qr{href="/admin/audit"}, '/admin/ links the audit log');

done_testing();
