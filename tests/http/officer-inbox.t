#!/usr/bin/perl
# The officer's inbox as sql/015 reads it: dossiers.inbox_tab agrees with the status after
# every kind of write (moves through the pages, an UPDATE by hand); the tab counts are the
# dossiers listed; an officer of one unit, of two, and of more units than a page's statement
# binds (INBOX_UNITS, officer.h) sees the dossiers of every one of them; "all" lists a dossier
# handed between two of the officer's units once, the latest arrival first; the procedure
# filter takes a code or part of a name, with or without diacritics.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Encode qw(encode_utf8);
use IPC::Open3 qw(open3);
use DVCTest qw(db_rows db_value qs);
use DVC::Submit qw(sql_str);
use DVC::Officer;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# Dossiers whose inbox_tab is not what the rule of sql/015 says for their status.
sub drifted { db_value('SELECT COUNT(*) FROM dossiers WHERE NOT (inbox_tab <=> dossier_inbox_tab(status, awaiting_approval))') }

# The tab's number of the page: /page/tabs/NAME.
sub tab_count {
	my ($c, $tab) = @_;
	my $r = page_xml($c, '/officer/');
	return undef unless $r->{status} == 200;
	my ($n) = $r->{body} =~ m{<tabs>.*?<\Q$tab\E>(\d+)</\Q$tab\E>}s;
	return $n;
}

# An officer made by `dvcctl user add` with the given roles (AGENCY_CODE:ROLE), signed in.
sub new_officer {
	my (@roles) = @_;
	my $email = 'hopthu.' . $$ . int(rand 1e6) . '@demo.thanhhoa.gov.vn';
	my $pw = 'Hộp thư nhiều đơn vị ' . (1000 + int rand 9000);
	local $SIG{PIPE} = 'IGNORE';
	my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF},
	    'user', 'add', '--kind', 'officer', '--name', encode_utf8('Trần Văn Nhiều Đơn Vị'), '--email', $email,
	    map { ('--role', $_) } @roles);
	print {$in} encode_utf8("$pw\n");
	close $in;
	my $text = do { local $/; <$out> } // '';
	waitpid($pid, 0);
	$? == 0 or BAIL_OUT("dvcctl user add: $text");
	my $c = DVC::Submit::client();
	$c->get('/account/login');
	my $r = $c->post('/account/login', [login => $email, password => $pw]);
	$r->{status} == 303 or BAIL_OUT("login $email: $r->{status}");
	$c->refresh_csrf('/officer/');
	return $c;
}

# ------------------------------------------------------------------ the column follows the status

my $received = build('received');
my $processing = build('processing');
my $awaiting = build('awaiting');
is(drifted(), 0, 'after moves through the pages, every dossier\'s inbox_tab agrees with its status');
is(db_value("SELECT inbox_tab FROM dossiers WHERE id = $received"), 2, 'a received dossier waits in "assign" (2)');
is(db_value("SELECT inbox_tab FROM dossiers WHERE id = $processing"), 3, 'one being processed in "process" (3)');
is(db_value("SELECT inbox_tab FROM dossiers WHERE id = $awaiting"), 4, 'one awaiting approval in "approve" (4)');
db_rows('UPDATE dossiers SET status = ' . status_of('STOPPED') . " WHERE id = $received");
is(db_value("SELECT inbox_tab IS NULL FROM dossiers WHERE id = $received"), 1,
    'an UPDATE of the status by hand moves it too: stopped, in no tab');
is(drifted(), 0, '… and nothing drifted');

# ------------------------------------------------------------------ counts are what is listed

my $receiver = officer('hacthanh', 'receiver');
my $fresh = new_dossier();
for my $tab (qw(receive assign return)) {
	my $n = tab_count($receiver, $tab);
	my $listed = 0;
	for (my $page = 1; $page <= 50; $page++) {
		my $ids = inbox_ids($receiver, tab => $tab, page => $page) // last;
		$listed += @$ids;
		last if @$ids < 20;
	}
	is($n, $listed, "the tab \"$tab\" counts $n, the dossiers it lists");
}
ok(listed($receiver, $fresh, tab => 'receive'), 'a new submission is in the receiver\'s "receive"');

# ------------------------------------------------------------------ officers of many units

my @units = map { $_->[0] } db_rows("SELECT code FROM agencies WHERE kind IN ('commune', 'department', 'center')"
    . " ORDER BY id LIMIT 6");
cmp_ok(scalar @units, '>=', 6, 'the seed has six units to give an officer') or BAIL_OUT('too few units');
my $hac = $UNIT{hacthanh}{code};
my $stp = $UNIT{stp}{code};
# A province-level procedure, received where the catalogue says (the Centre or a department).
my ($prov) = DVC::Submit::pick_procedure(level => 4, gov_level => 'province', channels => ['online'],
    types => ['pdf'], free_at_submission => 1);
$prov or BAIL_OUT('no province-level procedure to submit online');
my $desk = $prov->{agency_code};
my $stp_dossier = new_dossier(procedure => $prov->{code});
my $two = new_officer("$hac:receiver", "$desk:receiver");
ok(listed($two, $fresh, tab => 'receive'), 'an officer of two units has the first one\'s submission');
ok(listed($two, $stp_dossier, tab => 'receive'), '… and the second one\'s');
my @five = ($hac, grep { $_ ne $hac && $_ ne $desk } @units);
splice(@five, 4);
push @five, $desk;		# the fifth: beyond the units a page's statement binds
my $many = new_officer(map { "$_:receiver" } @five);
ok(listed($many, $fresh, tab => 'receive'), 'an officer of five units has the first one\'s submission');
ok(listed($many, $stp_dossier, tab => 'receive'), '… and the fifth one\'s (the units read from officer_roles)');
ok(listed($many, $stp_dossier, tab => 'all'), '… also in "all"');
is(tab_count($many, 'receive'), tab_count($two, 'receive'),
    'five units of which three receive nothing count as many as the two that do');
my ($far) = grep { $_ ne $hac && $_ ne $desk } reverse @units;
my $other = new_officer("$far:receiver");
ok(!listed($other, $fresh, tab => 'receive') && !listed($other, $fresh, tab => 'all'),
    'an officer of another unit has neither');

# ------------------------------------------------------------------ "all": once, latest first

# A dossier handed from Hạc Thành to the Department of Justice (a line of the process control
# slip each): an officer of both units sees it once in "all".
my $handed = build('processing');
my $p2 = officer('stp', 'processor');
my $r = act(officer('hacthanh', 'processor'), $handed, 'handover',
    fields_for($handed, move_by_name('handover'), assignee => $p2->user_id));
is($r->{status}, 303, 'a dossier is handed over from the ward to the department') or diag(explain($r->{errors}));
my $both = new_officer("$hac:processor", "$stp:processor");
my $code = db_value("SELECT code FROM dossiers WHERE id = $handed");
my $ids = inbox_ids($both, tab => 'all', q => $code);
is_deeply($ids, [$handed], 'an officer of both units has it once in "all"');
my $all = inbox_ids($both, tab => 'all');
my @since = map { db_value("SELECT UNIX_TIMESTAMP(MAX(since)) FROM dossier_units WHERE dossier_id = $_"
    . " AND agency_id IN (SELECT id FROM agencies WHERE code IN (" . sql_str($hac) . ', ' . sql_str($stp) . '))') } @$all;
is_deeply(\@since, [sort { $b <=> $a } @since], '"all" lists the latest arrival first');

# ------------------------------------------------------------------ the procedure filter

my ($pcode, $pname) = @{(db_rows("SELECT p.code, p.name FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"
    . " WHERE d.id = $fresh"))[0]};
my ($word) = grep { length >= 4 } split / /, $pname;
ok(listed($receiver, $fresh, tab => 'receive', procedure => $pcode), "the procedure filter takes a code ($pcode)");
ok(listed($receiver, $fresh, tab => 'receive', procedure => $word), "… a word of the name ($word)");
(my $bare = $word) =~ tr/àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ/aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD/;
ok(listed($receiver, $fresh, tab => 'receive', procedure => uc $bare), "… the same without diacritics, in capitals (\U$bare\E)");
ok(!listed($receiver, $fresh, tab => 'receive', procedure => 'không có thủ tục nào tên thế này'),
    '… and a name no procedure has lists nothing');
my $page = $receiver->get('/officer/?' . qs(procedure => '%_\\'));
is($page->{status}, 200, 'wildcards typed in the filter are taken as themselves');
unlike($page->{body}, qr/<option value="\Q$pcode\E"/, 'the page no longer carries every procedure as an option');

# ------------------------------------------------------------------ the first page, read straight

# Without filters the first page is read straight from the tab's index (FIRST, sql.c), the
# next pages and any filtered page through a derived table: the same dossiers in the same order.
for my $tab (qw(receive assign return all)) {
	my $plain = inbox_ids($receiver, tab => $tab);
	my $filtered = inbox_ids($receiver, tab => $tab, from => '01/01/2000');
	ok(defined $plain && ($tab =~ /^(assign|return)$/ || @$plain > 0), "\"$tab\": the first page answers"
	    . ($tab =~ /^(assign|return)$/ ? '' : ', with dossiers')) or next;
	is_deeply($plain, $filtered, "… the same dossiers, in the same order, as a filter that keeps them all");
}
my $processor = officer('hacthanh', 'processor');
is_deeply(inbox_ids($processor, tab => 'process'), inbox_ids($processor, tab => 'process', from => '01/01/2000'),
    '"process" (the holding unit\'s index, the officer\'s and nobody\'s): the same');

# ------------------------------------------------------------------ the units' names

# The officer's pages name the units from each worker's copy of the agencies table
# (agencies.c), read again when the data version moves: a unit renamed shows within a second
# or two, on the inbox and on a dossier.
{
	my $old = db_value('SELECT name FROM agencies WHERE code = ' . sql_str($hac));
	my $new = "$old (tên thử " . int(rand 1e6) . ')';
	like($receiver->get('/officer/')->{body}, qr{<strong>\Q$old\E</strong>}, 'the inbox names the unit');
	db_rows('UPDATE agencies SET name = ' . sql_str($new) . ' WHERE code = ' . sql_str($hac));
	my $seen = 0;
	for (1 .. 30) {
		last if ($seen = $receiver->get('/officer/')->{body} =~ m{<strong>\Q$new\E</strong>} ? 1 : 0);
		select(undef, undef, undef, 0.2);
	}
	ok($seen, '… renamed, the inbox shows the new name within seconds');
	my $view = $receiver->get("/officer/dossiers/$fresh");
	like($view->{body}, qr{<dd>\Q$new\E</dd>}, '… and so does a dossier of the unit');
	db_rows('UPDATE agencies SET name = ' . sql_str($old) . ' WHERE code = ' . sql_str($hac));
}

# The procedures' names come the same way from each worker's copy of the procedures table
# (procs.c): a procedure renamed shows within seconds, on the inbox and on a dossier.
{
	my $pid = db_value("SELECT procedure_id FROM dossiers WHERE id = $fresh");
	my $old = db_value("SELECT name FROM procedures WHERE id = $pid");
	my $new = "$old (tên thử " . int(rand 1e6) . ')';
	like($receiver->get('/officer/?tab=receive')->{body}, qr{<td data-label="[^"]*">\Q$old\E}, 'the inbox names the procedure');
	db_rows('UPDATE procedures SET name = ' . sql_str($new) . " WHERE id = $pid");
	my $seen = 0;
	for (1 .. 30) {
		last if ($seen = $receiver->get('/officer/?tab=receive')->{body} =~ m{<td data-label="[^"]*">\Q$new\E} ? 1 : 0);
		select(undef, undef, undef, 0.2);
	}
	ok($seen, '… renamed, the inbox shows the new name within seconds');
	like($receiver->get("/officer/dossiers/$fresh")->{body}, qr{<dd>\Q$new\E</dd>}, '… and so does the dossier');
	db_rows('UPDATE procedures SET name = ' . sql_str($old) . " WHERE id = $pid");
}

# ------------------------------------------------------------------ the filter form

# At first the short form: the code or name, the deadline, "Lọc" and "Thêm bộ lọc"; the whole
# form once asked for, while one of its filters is given, and after an error.
sub form_has {
	my ($body, $name) = @_;
	return $body =~ m{<(?:input|select)\b[^>]*\bname="\Q$name\E"} ? 1 : 0;
}
$page = $receiver->get('/officer/?tab=receive');
is($page->{status}, 200, 'the inbox answers');
is(join(',', map { form_has($page->{body}, $_) } qw(q due procedure field status from to)), '1,1,0,0,0,0,0',
    'the short form: the code or name and the deadline only');
like($page->{body}, qr{<button\b[^>]*name="filters" value="1"[^>]*>\s*Thêm bộ lọc\s*</button>},
    '… and "Thêm bộ lọc", which opens the rest');
for my $q ([filters => 1], [procedure => 'khai sinh'], [status => 1], [from => '01/01/2025'], [from => '31/02/2025']) {
	$page = $receiver->get('/officer/?' . qs(tab => 'receive', q => 'Nguyễn', @$q));
	is(join(',', map { form_has($page->{body}, $_) } qw(q due procedure field status from to)), '1,1,1,1,1,1,1',
	    "$q->[0]=$q->[1]: the whole form");
	like($page->{body}, qr{<input\b[^>]*name="q"[^>]*value="Nguyễn"|<input\b[^>]*value="Nguyễn"[^>]*name="q"},
	    '… what was typed kept');
}
like($page->{body}, qr{id="error-from"}, 'a date that does not exist is shown next to its field');

# ------------------------------------------------------------------ the counts kept (sql/023)

# After every move above, the counts the triggers keep are what counting the dossiers gives.
my $kept = join(' ', map { join(':', @$_) } db_rows(q{SELECT agency_id, tab, assignee_id, n FROM inbox_counts
    WHERE n <> 0 ORDER BY agency_id, tab, assignee_id}));
my $counted = join(' ', map { join(':', @$_) } db_rows(q{SELECT dossier_tab_unit(inbox_tab, agency_id, holder_agency_id) AS u,
    inbox_tab, dossier_tab_assignee(inbox_tab, assignee_id) AS a, COUNT(*) FROM dossiers
    WHERE dossier_tab_unit(inbox_tab, agency_id, holder_agency_id) IS NOT NULL GROUP BY u, inbox_tab, a ORDER BY u, inbox_tab, a}));
ok(length $counted > 0, 'dossiers wait in tabs');
is($kept, $counted, 'inbox_counts is the count of the dossiers in each unit, tab and assignee');
is(db_value('SELECT COUNT(*) FROM inbox_counts WHERE n < 0'), 0, 'no count below zero');

done_testing();
