#!/usr/bin/perl
# The back office's holiday calendar and settings (/admin/calendar, /admin/settings; sql/026):
# the year view of 2026 and 2027 against the seeded table (months Monday to Sunday, the kinds
# of days, the working days counted by hand, the projected days of 2027); each form (add,
# change, remove a day, a range of days off, the law's fixed-date holidays copied to a year)
# with its audit row and the data version moved, and each bad input refused in Vietnamese with
# nothing changed; a holiday added moves the due date of a dossier accepted after it and not
# that of one accepted before; the settings' bad inputs, the same-day cutoff and the
# after-hours rule changing a due date; every URL refused to officers, citizens and strangers.
#
# The machine's clock is real: the settings tests set office hours around the present minute
# (a morning of one minute, an afternoon of the rest of the day), make today a working day for
# their while, and compare with the Perl calendar of DVC::Officer (which reads the settings).
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Time::Local qw(timegm);
use DVC::Account;
use DVC::Officer qw(new_dossier step dossier_row calendar utc_epoch utc_text vn_text);
use DVC::Submit qw(pick_procedure wait_for_vn_day_margin);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $password = 'DemoDVC@2026';
my $admin = browser();
is($admin->login('quantri@demo.thanhhoa.gov.vn', $password)->{status}, 303, 'the demo administrator signs in');
my $admin_id = db_value(q{SELECT id FROM users WHERE email = 'quantri@demo.thanhhoa.gov.vn'});

# What the tests change and put back: the settings, the days of the test years, today's row.
my %settings0 = map { $_->[0] => $_->[1] } db_rows('SELECT name, COALESCE(minutes, flag) FROM settings');
my %today0;
END {
	db_rows("UPDATE settings SET minutes = $settings0{$_} WHERE name = '$_'")
	    for grep { $_ ne 'after_hours_next_day' } keys %settings0;
	db_rows("UPDATE settings SET flag = $settings0{after_hours_next_day} WHERE name = 'after_hours_next_day'")
	    if defined $settings0{after_hours_next_day};
	db_rows("DELETE FROM holidays WHERE YEAR(day) IN (2031, 2032)");
	restore_today();
}

sub version { db_value("SELECT version FROM cache_versions WHERE name = 'calendar'") }
sub rows_of { my ($year) = @_; db_value("SELECT COUNT(*) FROM holidays WHERE YEAR(day) = $year") }
sub audits { db_value('SELECT COUNT(*) FROM audit_log') }
sub settles { select(undef, undef, undef, 1.1) }	# the programs look at the version once a second

# Vietnamese weekday (0 Monday) of a date.
sub wday { my ($y, $m, $d) = @_; (gmtime(timegm(0, 0, 0, $d, $m - 1, $y)))[6] + 6 } 
sub weekday { wday(@_) % 7 }
sub ymd { my ($y, $m, $d) = @_; sprintf('%04d-%02d-%02d', $y, $m, $d) }
# The first day of month m of year y whose weekday (0 Monday) is w: (y, m, d).
sub first_wd { my ($y, $m, $w) = @_; my $d = 1; $d++ while weekday($y, $m, $d) != $w; ($y, $m, $d) }

# The text of the year view's cell of a date, and its class.
sub cell {
	my ($body, $date) = @_;
	my ($attrs) = $body =~ m{<td\b([^>]*\bid="d-\Q$date\E"[^>]*)>} or return '';
	my ($class) = $attrs =~ m{class="([^"]*)"};
	return $class // '';
}
sub working_days { my ($body) = @_; $body =~ m{id="working-days">(\d+)<} ? $1 : -1 }

# A page of the admin, with its token, then a POST of its form.
sub form_post {
	my ($path, @pairs) = @_;
	$admin->get('/admin/calendar?year=2031');
	return $admin->post($path, \@pairs);
}
sub settings_post {
	my (%v) = @_;
	$admin->get('/admin/settings');
	my @pairs = map { $_ => $v{$_} } grep { $_ ne 'after_hours_next_day' || $v{$_} } sort keys %v;
	return $admin->post('/admin/settings', \@pairs);
}

# ------------------------------------------------------------------ the year view

subtest 'the year view of 2026: the seeded days, the months, the working days' => sub {
	my $r = $admin->get('/admin/calendar?year=2026');
	is($r->{status}, 200, 'GET /admin/calendar?year=2026: 200');
	my $b = $r->{body};
	like($b, qr{<title>Lịch ngày nghỉ, ngày làm bù 2026}, 'its title');
	my @months = $b =~ m{<table class="cal-month" id="month-(\d+)">}g;
	is_deeply(\@months, [1 .. 12], 'twelve month grids');
	my ($head) = $b =~ m{<table class="cal-month" id="month-1">.*?<thead>(.*?)</thead>}s;
	is_deeply([ ($head // '') =~ m{<th scope="col">([^<]*)</th>}g ], [qw(T2 T3 T4 T5 T6 T7 CN)], 'columns Monday to Sunday');
	# February 2026 begins on a Sunday: six empty cells before it.
	my ($feb) = $b =~ m{id="month-2">.*?<tbody>\s*<tr>(.*?)</tr>}s;
	my @cells = ($feb // '') =~ m{<td\b([^>]*)>}g;
	is(scalar(grep { /cal-none/ } @cells), 6, 'February 2026 starts on its Sunday');
	like(cell($b, '2026-02-17'), qr{\bcal-holiday\b}, 'Tết 17/2/2026: a holiday');
	like(cell($b, '2026-01-10'), qr{\bcal-workday\b}, 'Saturday 10/1/2026: a swapped working day');
	like(cell($b, '2026-01-03'), qr{\bcal-weekend\b}, 'Saturday 3/1/2026: a weekend');
	like(cell($b, '2026-03-10'), qr{\bcal-working\b}, 'Tuesday 10/3/2026: a working day');
	unlike(cell($b, '2026-02-17'), qr{projected}, '2026 has no projected day');
	is(working_days($b), 250, 'working days of 2026: 250 (counted by hand in test-workcal.c)');
	my @listed = $b =~ m{<tr id="day-(\d{4}-\d\d-\d\d)"}g;
	is_deeply(\@listed, [ db_col("SELECT DATE_FORMAT(day, '%Y-%m-%d') FROM holidays WHERE YEAR(day) = 2026 ORDER BY day") ],
	    'every day of the table listed, in order');
	like(text_of($b), qr{Thứ Năm 01/01/2026 Ngày nghỉ lễ, Tết, nghỉ bù Tết Dương lịch}, '… with its weekday, kind and name');
	like(text_of($b), qr{Thứ Bảy 10/01/2026 Ngày làm bù Làm bù ngày thứ Sáu 02/01/2026}, '… the swapped Saturday too');
	like($b, qr{href="/admin/calendar\?year=2025" rel="prev"}, 'a link to 2025');
	like($b, qr{href="/admin/calendar\?year=2027" rel="next"}, 'a link to 2027');
	like(text_of($b), qr{không làm thay đổi hạn giải quyết đã ấn định}, 'the page says what a change does to dossiers in flight');
	like($b, qr{grid-template|class="cal-months"}, 'the months in a grid that wraps');
	ok(DVCTest::xml_wellformed($admin->get('/admin/calendar?year=2026&format=xml')->{body}), '?format=xml is well-formed');
};

subtest 'the year view of 2027: the projected days marked' => sub {
	my $b = $admin->get('/admin/calendar?year=2027')->{body};
	like(cell($b, '2027-02-08'), qr{\bcal-holiday\b.*\bcal-projected\b}, 'Tết 8/2/2027: a projected holiday');
	like($b, qr{<tr id="day-2027-02-08" class="cal-holiday cal-projected">.*?\(dự kiến\)}s, '… listed as projected');
	like(text_of($b), qr{cần sửa lại khi Chính phủ công bố lịch nghỉ chính thức}, '… with the note');
	is(working_days($b), 250, 'working days of 2027 as seeded: 250');
	like(cell($b, '2027-05-01'), qr{\bcal-weekend\b}, 'Saturday 1/5/2027: a weekend (made up on Monday 3/5)');
	like(cell($b, '2027-05-03'), qr{\bcal-holiday\b}, 'Monday 3/5/2027: the day made up');
	is($admin->get('/admin/calendar')->{status}, 200, 'without a year: this year, 200');
	for my $bad ('1999', '2101', 'abc') {
		my $r = $admin->get("/admin/calendar?year=$bad");
		ok($r->{status} == 404 || $r->{status} == 400, "year=$bad: refused ($r->{status})");
	}
	like(text_of($admin->get('/admin/calendar?year=1999')->{body}), qr{Năm phải từ 2000 đến 2100}, '… in Vietnamese');
	is($admin->get('/admin/calendar?edit=2031-01-09')->{status}, 404, 'editing a day not in the calendar: 404');
	like(text_of($admin->get('/admin/calendar?edit=2031-01-09')->{body}), qr{Ngày này không có trong lịch}, '… said so');
};

# ------------------------------------------------------------------ one day

subtest 'a day added, changed and removed, each logged' => sub {
	my ($y, $m, $d) = first_wd(2031, 3, 2);	# a Wednesday
	my $date = ymd($y, $m, $d);
	my $w0 = working_days($admin->get('/admin/calendar?year=2031')->{body});
	my ($v0, $a0) = (version(), audits());
	my $r = form_post('/admin/calendar/add', date => sprintf('%02d/%02d/%04d', $d, $m, $y), kind => 'holiday',
	    name => 'Ngày nghỉ của phép thử');
	is($r->{status}, 303, 'a holiday on a Wednesday: 303');
	like($r->{location} // '', qr{^/admin/calendar\?year=2031&msg=added&day=$date}, '… back to the year');
	is_deeply([ db_rows("SELECT kind, name, projected FROM holidays WHERE day = '$date'") ],
	    [[ 'holiday', 'Ngày nghỉ của phép thử', 0 ]], '… in the table');
	cmp_ok(version(), '>', $v0, '… the data version moved (every program reads the calendar again)');
	my ($log) = db_rows("SELECT user_id, program, action, object_kind, object_code, before_json IS NULL,"
	    . " JSON_VALUE(after_json, '\$.name') FROM audit_log ORDER BY id DESC LIMIT 1");
	is_deeply($log, [ $admin_id, 'dvc-admin', 'add', 'holiday', $date, 1, 'Ngày nghỉ của phép thử' ],
	    '… logged: who, the program, add, the day and what it is');
	is(audits(), $a0 + 1, '… one row');
	my $b = $admin->get($r->{location})->{body};
	like(text_of($b), qr{Đã thêm ngày \Q@{[ sprintf('%02d/%02d/%04d', $d, $m, $y) ]}\E}, 'the page says it was added');
	is(working_days($b), $w0 - 1, "2031 has one working day less ($w0 → " . ($w0 - 1) . ')');
	like(cell($b, $date), qr{\bcal-holiday\b}, '… and the day is marked');

	$r = $admin->get("/admin/calendar?edit=$date");
	is($r->{status}, 200, 'its edit page');
	is(field_value($r->{body}, 'name'), 'Ngày nghỉ của phép thử', '… the name filled in');
	$a0 = audits();
	$r = $admin->post('/admin/calendar/change', [ date => $date, kind => 'holiday', name => 'Ngày nghỉ đã đổi tên',
	    projected => 1 ]);
	is($r->{status}, 303, 'renamed and marked projected: 303');
	is_deeply([ db_rows("SELECT name, projected FROM holidays WHERE day = '$date'") ], [[ 'Ngày nghỉ đã đổi tên', 1 ]], '… saved');
	is_deeply([ db_rows("SELECT action, JSON_VALUE(before_json, '\$.name'), JSON_VALUE(after_json, '\$.name'),"
	    . " JSON_VALUE(after_json, '\$.projected') FROM audit_log ORDER BY id DESC LIMIT 1") ],
	    [[ 'change', 'Ngày nghỉ của phép thử', 'Ngày nghỉ đã đổi tên', 1 ]], '… logged with before and after');
	like(text_of($admin->get($r->{location})->{body}), qr{Đã lưu thay đổi của ngày}, '… and said');

	$admin->get("/admin/calendar?edit=$date");
	$r = $admin->post('/admin/calendar/change', [ date => $date, kind => 'workday', name => 'Làm bù' ]);
	is($r->{status}, 422, 'changed into a working day on a Wednesday: 422');
	is(field_error($r->{body}, 'kind'), 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: ngày từ thứ Hai đến thứ Sáu vốn là ngày làm việc.',
	    '… the reason at the kind');
	is(db_value("SELECT kind FROM holidays WHERE day = '$date'"), 'holiday', '… nothing changed');

	$a0 = audits();
	$admin->get("/admin/calendar?edit=$date");
	$r = $admin->post('/admin/calendar/remove', [ date => $date ]);
	is($r->{status}, 303, 'removed: 303');
	is(db_value("SELECT COUNT(*) FROM holidays WHERE day = '$date'"), 0, '… gone from the table');
	is_deeply([ db_rows('SELECT action, after_json IS NULL, JSON_VALUE(before_json, \'$.name\') FROM audit_log ORDER BY id DESC LIMIT 1') ],
	    [[ 'remove', 1, 'Ngày nghỉ đã đổi tên' ]], '… logged with what it was');
	is(working_days($admin->get($r->{location})->{body}), $w0, 'the working days back to ' . $w0);
	$admin->get('/admin/calendar?year=2031');
	$r = $admin->post('/admin/calendar/remove', [ date => $date ]);
	is($r->{status}, 404, 'removing it again: 404');
	like(text_of($r->{body}), qr{Ngày này không có trong lịch}, '… in Vietnamese');
};

subtest 'a day: bad input refused in Vietnamese, nothing changed' => sub {
	my ($y, $m, $d) = first_wd(2031, 6, 1);	# a Tuesday
	my ($sy, $sm, $sd) = first_wd(2031, 6, 5);	# a Saturday
	my $tue = sprintf('%02d/%02d/%04d', $d, $m, $y);
	form_post('/admin/calendar/add', date => $tue, kind => 'holiday', name => 'Có sẵn');
	my @cases = (
		[ 'an empty date', [ date => '', kind => 'holiday', name => 'X' ], date => 'Hãy nhập ngày, theo dạng ngày/tháng/năm.' ],
		[ 'not a date', [ date => 'mai', kind => 'holiday', name => 'X' ], date => 'Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 17/05/1990.' ],
		[ '31/02', [ date => '31/02/2031', kind => 'holiday', name => 'X' ], date => 'Ngày không có trong lịch.' ],
		[ 'a year before 2000', [ date => '02/09/1999', kind => 'holiday', name => 'X' ], date => 'Năm phải từ 2000 đến 2100.' ],
		[ 'no kind', [ date => '03/06/2031', kind => 'nghi', name => 'X' ], kind => 'Hãy chọn loại ngày: ngày nghỉ hoặc ngày làm bù.' ],
		[ 'a working day on a Tuesday', [ date => '10/06/2031', kind => 'workday', name => 'X' ],
		    kind => 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: ngày từ thứ Hai đến thứ Sáu vốn là ngày làm việc.' ],
		[ 'a blank name', [ date => '11/06/2031', kind => 'holiday', name => '   ' ], name => 'Hãy nhập tên gọi của ngày.' ],
		[ 'a name of 201 characters', [ date => '11/06/2031', kind => 'holiday', name => 'Đ' x 201 ], name => 'Tên gọi tối đa 200 ký tự.' ],
		[ 'a day already there', [ date => $tue, kind => 'holiday', name => 'Lần nữa' ],
		    date => 'Ngày này đã có trong lịch; hãy sửa ngày đó thay vì thêm mới.' ],
	);
	for my $c (@cases) {
		my ($what, $pairs, $field, $msg) = @$c;
		my ($n, $a, $v) = (rows_of(2031), audits(), version());
		my $r = form_post('/admin/calendar/add', @$pairs);
		is($r->{status}, 422, "$what: 422");
		is(field_error($r->{body}, $field), $msg, "… at $field: $msg");
		my %p = @$pairs;
		is(field_value($r->{body}, 'name'), $p{name}, '… the name typed kept') if $field ne 'name' || $p{name} =~ /\S/;
		ok(rows_of(2031) == $n && audits() == $a && version() == $v, '… nothing changed');
	}
	my $r = form_post('/admin/calendar/add', date => sprintf('%02d/%02d/%04d', $sd, $sm, $sy), kind => 'workday',
	    name => 'Làm bù của phép thử');
	is($r->{status}, 303, 'a working day on a Saturday: accepted');
	# A holiday on a Sunday: saved, with the warning and the weekday to make it up on.
	my $sun = $sd + 1;
	$r = form_post('/admin/calendar/add', date => sprintf('%02d/%02d/%04d', $sun, $sm, $sy), kind => 'holiday',
	    name => 'Ngày lễ rơi vào Chủ nhật');
	is($r->{status}, 303, 'a holiday on a Sunday: saved');
	like($r->{location} // '', qr{msg=weekend.*alt=\Q@{[ ymd($sy, $sm, $sun + 1) ]}\E}, '… with a warning, suggesting the Monday');
	like(text_of($admin->get($r->{location})->{body}), qr{Điều 112 khoản 3.*ví dụ ngày \Q@{[ sprintf('%02d/%02d/%04d', $sun + 1, $sm, $sy) ]}\E},
	    '… which the page says');
	$r = $admin->post('/admin/calendar/add', [ date => '12/06/2031', kind => 'holiday', name => 'X' ], csrf => undef);
	is($r->{status}, 403, 'without the form token: 403');
	is(db_value("SELECT COUNT(*) FROM holidays WHERE day = '2031-06-12'"), 0, '… nothing added');
};

# ------------------------------------------------------------------ ranges and the law's days

subtest 'a range of days off under one name (Tết)' => sub {
	my ($y, $m, $d) = first_wd(2031, 1, 3);	# a Thursday of January 2031
	my $from = sprintf('%02d/%02d/%04d', $d, $m, $y);
	my $to = sprintf('%02d/%02d/%04d', $d + 6, $m, $y);	# the next Wednesday: 5 weekdays
	my $a0 = audits();
	my $r = form_post('/admin/calendar/range', from => $from, to => $to, range_name => 'Tết của phép thử', range_projected => 1);
	is($r->{status}, 303, "$from to $to: 303");
	is_deeply([ db_col("SELECT DATE_FORMAT(day, '%Y-%m-%d') FROM holidays WHERE name = 'Tết của phép thử' AND projected = 1 ORDER BY day") ],
	    [ map { ymd($y, $m, $_) } $d, $d + 1, $d + 4, $d + 5, $d + 6 ], 'its five weekdays, projected (the weekend is off already)');
	is(audits(), $a0 + 5, '… five audit rows');
	like(text_of($admin->get($r->{location})->{body}), qr{Đã thêm đợt nghỉ từ ngày \Q$from\E: số ngày nghỉ thêm vào lịch: 5}, '… said');
	my @bad = (
		[ 'to before from', [ from => '10/03/2031', to => '09/03/2031', range_name => 'X' ], to => 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.' ],
		[ 'over 31 days', [ from => '01/03/2031', to => '01/04/2031', range_name => 'X' ], to => 'Một đợt nghỉ tối đa 31 ngày.' ],
		[ 'a weekend only', [ from => sprintf('%02d/%02d/%04d', $d + 2, $m, $y), to => sprintf('%02d/%02d/%04d', $d + 3, $m, $y),
		    range_name => 'X' ], to => 'Khoảng ngày này chỉ có thứ Bảy, Chủ nhật, vốn đã là ngày nghỉ.' ],
		[ 'over a day already there', [ from => sprintf('%02d/%02d/%04d', $d - 1, $m, $y), to => $from, range_name => 'X' ],
		    from => "Ngày $from trong khoảng này đã có trong lịch; không ngày nào được thêm." ],
		[ 'no name', [ from => '10/03/2031', to => '11/03/2031', range_name => '' ], range_name => 'Hãy nhập tên gọi của ngày.' ],
		[ 'no start', [ from => '', to => '11/03/2031', range_name => 'X' ], from => 'Hãy nhập ngày, theo dạng ngày/tháng/năm.' ],
	);
	for my $c (@bad) {
		my ($what, $pairs, $field, $msg) = @$c;
		my ($n, $a) = (rows_of(2031), audits());
		$r = form_post('/admin/calendar/range', @$pairs);
		is($r->{status}, 422, "$what: 422");
		is(field_error($r->{body}, $field), $msg, "… $msg");
		ok(rows_of(2031) == $n && audits() == $a, '… nothing added');
	}
};

subtest "the law's fixed-date holidays copied to a year" => sub {
	my $a0 = audits();
	my $r = form_post('/admin/calendar/copy', copy_year => 2032, n_newyear => 'Tết Dương lịch', n_victory => 'Ngày Chiến thắng (30/4)',
	    n_labour => 'Ngày Quốc tế Lao động (1/5)', n_national => 'Quốc khánh (2/9)', n_adjacent => 'Quốc khánh (ngày liền kề)',
	    n_comp => 'Nghỉ bù');
	is($r->{status}, 303, '2032: 303');
	# 1/1/2032 Thursday, 30/4 Friday, 1/5 Saturday (made up Monday 3/5), 2/9 Thursday and so 3/9 Friday.
	is_deeply([ db_rows("SELECT DATE_FORMAT(day, '%Y-%m-%d'), kind, name FROM holidays WHERE YEAR(day) = 2032 ORDER BY day") ], [
		[ '2032-01-01', 'holiday', 'Tết Dương lịch' ],
		[ '2032-04-30', 'holiday', 'Ngày Chiến thắng (30/4)' ],
		[ '2032-05-03', 'holiday', 'Nghỉ bù Ngày Quốc tế Lao động (1/5)' ],
		[ '2032-09-02', 'holiday', 'Quốc khánh (2/9)' ],
		[ '2032-09-03', 'holiday', 'Quốc khánh (ngày liền kề)' ],
	], 'the five days, 1/5 on a Saturday made up on Monday 3/5, 3/9 next to Thursday 2/9');
	is(audits(), $a0 + 5, '… five audit rows');
	like(text_of($admin->get($r->{location})->{body}), qr{số ngày thêm vào lịch: 5}, '… said');
	# The page's own form sends the names (the view's words).
	my $page = $admin->get('/admin/calendar?year=2031')->{body};
	my %hidden = $page =~ m{<input type="hidden" name="(n_[a-z]+)" value="([^"]*)"}g;
	is($hidden{n_labour}, 'Ngày Quốc tế Lao động (1/5)', "the form carries the days' names");
	$r = form_post('/admin/calendar/copy', copy_year => 2032, %hidden);
	is($r->{status}, 303, 'copied again: 303');
	like(text_of($admin->get($r->{location})->{body}), qr{số ngày thêm vào lịch: 0}, '… nothing added, the days kept');
	is(rows_of(2032), 5, '… still five');
	$r = form_post('/admin/calendar/copy', copy_year => 2027, %hidden);
	like(text_of($admin->get($r->{location})->{body}), qr{số ngày thêm vào lịch: 0}, '2027: the seed has them all (30/4, 3/5, 2/9, 3/9, 1/1)');
	for my $c ([ 1999, 'Năm phải từ 2000 đến 2100.' ], [ '', 'Hãy nhập năm cần thêm các ngày lễ.' ]) {
		my $n = db_value('SELECT COUNT(*) FROM holidays');
		$r = form_post('/admin/calendar/copy', copy_year => $c->[0], %hidden);
		is($r->{status}, 422, "year '$c->[0]': 422");
		is(field_error($r->{body}, 'copy_year'), $c->[1], "… $c->[1]");
		is(db_value('SELECT COUNT(*) FROM holidays'), $n, '… nothing added');
	}
};

# ------------------------------------------------------------------ dossiers and the clock

my %pick = (level => 4, channels => ['online'], types => ['pdf'], agency => $DVC::Officer::UNIT{hacthanh}{code},
    free_at_submission => 1);
my ($timed) = sort { $b->{hours} <=> $a->{hours} || $a->{id} <=> $b->{id} }
    grep { $_->{hours} >= 16 && $_->{hours} % 8 == 0 } pick_procedure(%pick, timed => 1);
my ($same) = grep { $_->{same_day} } pick_procedure(%pick);
ok($timed && $same, 'a procedure of days and a same-day one in the seed') or BAIL_OUT('none');

subtest 'a holiday added: the due dates fixed before kept, those fixed after moved' => sub {
	wait_for_vn_day_margin(300);
	my $before = new_dossier(procedure => $timed->{code});
	step($before, 'hacthanh', 'receiver', 'accept');
	my $due0 = dossier_row($before)->{due_at};
	my $cal = calendar();
	# The first working weekday after today without a row: inside the clock of that dossier.
	my $today = $cal->day(time);
	my ($off) = grep { $cal->working($_) && (gmtime($_ * 86400))[6] % 6 != 0 } $today + 1 .. $today + 30;
	my @g = gmtime($off * 86400);
	my $date = sprintf('%02d/%02d/%04d', $g[3], $g[4] + 1, $g[5] + 1900);
	cmp_ok(utc_epoch($due0), '>', $cal->midnight($off), "the dossier accepted first is due after $date");
	my $r = form_post('/admin/calendar/add', date => $date, kind => 'holiday', name => 'Ngày nghỉ đột xuất của phép thử');
	is($r->{status}, 303, "$date made a holiday");
	settles();
	my $after = new_dossier(procedure => $timed->{code});
	step($after, 'hacthanh', 'receiver', 'accept');
	my $d = dossier_row($after);
	is(dossier_row($before)->{due_at}, $due0, 'the dossier accepted before keeps its due date (' . vn_text(utc_epoch($due0)) . ')');
	my $want = calendar()->due(utc_epoch($d->{received_at}), $timed->{hours}, 0);
	is($d->{due_at}, utc_text($want), 'the one accepted after is due ' . vn_text($want) . ', counted without the new day off');
	cmp_ok(utc_epoch($d->{due_at}) - utc_epoch($due0), '>=', 86400 - 120, '… a day later than the first');
	$admin->get("/admin/calendar?edit=" . sprintf('%04d-%02d-%02d', $g[5] + 1900, $g[4] + 1, $g[3]));
	is($admin->post('/admin/calendar/remove', [ date => sprintf('%04d-%02d-%02d', $g[5] + 1900, $g[4] + 1, $g[3]) ])->{status}, 303,
	    'the day removed again');
	settles();
};

# Today made a working day (a weekend day becomes a swapped one, a holiday is set aside) for
# the settings' tests, and put back.
sub working_today {
	my $cal = calendar();
	my $day = $cal->day(time);
	my @g = gmtime($day * 86400);
	my $date = sprintf('%04d-%02d-%02d', $g[5] + 1900, $g[4] + 1, $g[3]);
	my ($row) = db_rows("SELECT kind, name FROM holidays WHERE day = '$date'");
	%today0 = (date => $date, row => $row) unless %today0;
	if ($g[6] == 0 || $g[6] == 6) {
		db_rows("INSERT INTO holidays (day, kind, name) VALUES ('$date', 'workday', 'Ngày làm của phép thử')"
		    . " ON DUPLICATE KEY UPDATE kind = 'workday'");
	} elsif ($row) {
		db_rows("DELETE FROM holidays WHERE day = '$date'");
	}
	return $day;
}

sub restore_today {
	return unless %today0;
	db_rows("DELETE FROM holidays WHERE day = '$today0{date}'");
	db_rows("INSERT INTO holidays (day, kind, name) VALUES ('$today0{date}', " . join(', ', map { "'$_'" } @{ $today0{row} }) . ')')
	    if $today0{row};
	%today0 = ();
}

sub hhmm { my ($m) = @_; sprintf('%02d:%02d', int($m / 60), $m % 60) }
# The minute of the day now in Vietnam, after waiting out the first and last minutes of a day.
sub vn_minute {
	my $m = int(((time + 7 * 3600) % 86400) / 60);
	if ($m < 5 || $m > 24 * 60 - 8) {
		sleep(60 * (($m < 5 ? 5 - $m : 24 * 60 - $m + 5)) + 1);
		$m = int(((time + 7 * 3600) % 86400) / 60);
	}
	return $m;
}
sub vn_day_of { int((utc_epoch($_[0]) + 7 * 3600) / 86400) }

subtest 'settings: bad input refused in Vietnamese, nothing changed' => sub {
	my $r = $admin->get('/admin/settings');
	is($r->{status}, 200, 'GET /admin/settings: 200');
	is(field_value($r->{body}, $_->[0]), hhmm($settings0{ $_->[0] }), "$_->[0] shown as $_->[1]")
	    for [ am_start => '07:30' ], [ am_end => '11:30' ], [ pm_start => '13:00' ], [ pm_end => '17:00' ], [ same_day_cutoff => '15:00' ];
	like(text_of($r->{body}), qr{Số giờ làm việc một ngày theo thiết lập đang áp dụng: 8 giờ 0 phút}, 'the working day: 8 hours');
	my %ok = (am_start => '07:30', am_end => '11:30', pm_start => '13:00', pm_end => '17:00', same_day_cutoff => '15:00');
	my @bad = (
		[ 'a time of letters', { am_start => '7h30' }, am_start => 'Giờ không hợp lệ; nhập theo dạng giờ:phút, ví dụ 07:30.' ],
		[ 'an hour of 24', { pm_end => '24:00' }, pm_end => 'Giờ không hợp lệ; nhập theo dạng giờ:phút, ví dụ 07:30.' ],
		[ 'an empty time', { pm_start => '' }, pm_start => 'Hãy nhập giờ, theo dạng giờ:phút.' ],
		[ 'a morning ending before it starts', { am_end => '07:00' }, am_end => 'Buổi sáng phải kết thúc sau giờ bắt đầu.' ],
		[ 'an afternoon before the morning ends', { pm_start => '11:00' }, pm_start => 'Buổi chiều phải bắt đầu sau khi buổi sáng kết thúc.' ],
		[ 'an afternoon ending before it starts', { pm_end => '12:30', same_day_cutoff => '12:00' }, pm_end => 'Buổi chiều phải kết thúc sau giờ bắt đầu.' ],
		[ 'a cutoff in the morning', { same_day_cutoff => '10:00' }, same_day_cutoff => 'Giờ tiếp nhận muộn nhất phải nằm trong buổi chiều.' ],
		[ 'a cutoff after the afternoon', { same_day_cutoff => '17:30' }, same_day_cutoff => 'Giờ tiếp nhận muộn nhất phải nằm trong buổi chiều.' ],
	);
	for my $c (@bad) {
		my ($what, $change, $field, $msg) = @$c;
		my ($v, $a) = (version(), audits());
		my $snap = join ',', db_col('SELECT CONCAT(name, COALESCE(minutes, flag)) FROM settings ORDER BY name');
		$r = settings_post(%ok, %$change);
		is($r->{status}, 422, "$what: 422");
		is(field_error($r->{body}, $field), $msg, "… at $field: $msg");
		is(field_value($r->{body}, $field) // '', $change->{$field}, '… what was typed kept');
		ok(version() == $v && audits() == $a && $snap eq join(',', db_col('SELECT CONCAT(name, COALESCE(minutes, flag)) FROM settings ORDER BY name')),
		    '… nothing changed');
	}
	my %later = (%ok, same_day_cutoff => '16:00');
	$r = $admin->post('/admin/settings', [ %later ], csrf => undef);
	is($r->{status}, 403, 'without the form token: 403');
	is(db_value("SELECT minutes FROM settings WHERE name = 'same_day_cutoff'"), 900, '… nothing changed');
	# A valid change, logged; put back.
	my $a = audits();
	$r = settings_post(%ok, same_day_cutoff => '16:00');
	is($r->{status}, 303, 'the cutoff set to 16:00: 303');
	is(db_value("SELECT minutes FROM settings WHERE name = 'same_day_cutoff'"), 960, '… saved');
	is(audits(), $a + 1, '… one audit row (only what changed)');
	is_deeply([ db_rows("SELECT action, object_kind, object_code, JSON_VALUE(before_json, '\$.value'), JSON_VALUE(after_json, '\$.value')"
	    . ' FROM audit_log ORDER BY id DESC LIMIT 1') ], [[ 'change', 'setting', 'same_day_cutoff', '15:00', '16:00' ]], '… before and after');
	like(text_of($admin->get($r->{location})->{body}), qr{Đã lưu thiết lập}, '… said');
	is(field_value($admin->get('/admin/settings')->{body}, 'same_day_cutoff'), '16:00', '… shown');
	is(settings_post(%ok)->{status}, 303, 'put back');
};

subtest 'the same-day cutoff moved changes a same-day due date' => sub {
	my $m = vn_minute();
	my $today = working_today();
	my %s = (am_start => '00:00', am_end => '00:01', pm_start => '00:01', pm_end => '23:59');
	is(settings_post(%s, same_day_cutoff => hhmm($m - 3))->{status}, 303, 'office hours 00:01–23:59, cutoff ' . hhmm($m - 3) . ' (passed)');
	settles();
	my $late = new_dossier(procedure => $same->{code});
	step($late, 'hacthanh', 'receiver', 'accept');
	my $d = dossier_row($late);
	my $cal = calendar();
	is($d->{due_at}, utc_text($cal->due(utc_epoch($d->{received_at}), 0, 1)), 'accepted after the cutoff: due ' . vn_text(utc_epoch($d->{due_at})));
	cmp_ok(vn_day_of($d->{due_at}), '>', $today, '… a later day than today');
	is(settings_post(%s, same_day_cutoff => '23:58')->{status}, 303, 'the cutoff moved to 23:58');
	settles();
	my $early = new_dossier(procedure => $same->{code});
	step($early, 'hacthanh', 'receiver', 'accept');
	$d = dossier_row($early);
	is(vn_day_of($d->{due_at}), $today, 'accepted before it: due today, ' . vn_text(utc_epoch($d->{due_at})));
	is(vn_text(utc_epoch($d->{due_at})) =~ / 23:59$/ ? 1 : 0, 1, '… at the end of the afternoon session (23:59)');
	is($d->{due_at}, utc_text(calendar()->due(utc_epoch($d->{received_at}), 0, 1)), '… as the calendar says');
};

subtest 'the after-hours rule on and off' => sub {
	my $m = vn_minute();
	my $today = working_today();
	# Now is between the sessions: the morning ended at 00:01, the afternoon starts at 23:58.
	my %s = (am_start => '00:00', am_end => '00:01', pm_start => '23:58', pm_end => '23:59', same_day_cutoff => '23:59');
	is(settings_post(%s)->{status}, 303, 'sessions 00:00–00:01 and 23:58–23:59, the rule off');
	settles();
	my $off = new_dossier(procedure => $same->{code});
	step($off, 'hacthanh', 'receiver', 'accept');
	my $d = dossier_row($off);
	is(vn_day_of($d->{due_at}), $today, 'accepted between the sessions, rule off: counted from 23:58, due today');
	is($d->{due_at}, utc_text(calendar()->due(utc_epoch($d->{received_at}), 0, 1)), '… as the calendar says');
	is(settings_post(%s, after_hours_next_day => 1)->{status}, 303, 'the rule on');
	is(db_value("SELECT flag FROM settings WHERE name = 'after_hours_next_day'"), 1, '… saved');
	like($admin->get('/admin/settings')->{body}, qr{name="after_hours_next_day" value="1" checked(?:="checked")?[ />]}, '… shown ticked');
	settles();
	my $on = new_dossier(procedure => $same->{code});
	step($on, 'hacthanh', 'receiver', 'accept');
	$d = dossier_row($on);
	my $cal = calendar();
	ok($cal->{next_day}, 'the Perl calendar reads the rule');
	cmp_ok(vn_day_of($d->{due_at}), '>', $today, 'rule on: counted from the next working day, due ' . vn_text(utc_epoch($d->{due_at})));
	is($d->{due_at}, utc_text($cal->due(utc_epoch($d->{received_at}), 0, 1)), '… as the calendar says');
	my ($next) = grep { $cal->working($_) } $today + 1 .. $today + 30;
	is(vn_day_of($d->{due_at}), $next, '… that is the next working day');
	is(settings_post(am_start => '07:30', am_end => '11:30', pm_start => '13:00', pm_end => '17:00', same_day_cutoff => '15:00')->{status}, 303,
	    'the defaults put back (the rule off)');
	is(db_value("SELECT flag FROM settings WHERE name = 'after_hours_next_day'"), 0, '… the rule off again');
	restore_today();
	settles();
};

# ------------------------------------------------------------------ who may

subtest 'every URL refused to officers, citizens and strangers' => sub {
	my @gets = ('/admin/calendar', '/admin/calendar?year=2026', '/admin/settings');
	my @posts = (
		[ '/admin/calendar/add', [ date => '15/07/2031', kind => 'holiday', name => 'Không được' ] ],
		[ '/admin/calendar/change', [ date => '2032-01-01', kind => 'holiday', name => 'Không được' ] ],
		[ '/admin/calendar/remove', [ date => '2032-01-01' ] ],
		[ '/admin/calendar/range', [ from => '14/07/2031', to => '18/07/2031', range_name => 'Không được' ] ],
		[ '/admin/calendar/copy', [ copy_year => 2033, n_newyear => 'a', n_victory => 'b', n_labour => 'c',
		    n_national => 'd', n_adjacent => 'e', n_comp => 'f' ] ],
		[ '/admin/settings', [ am_start => '08:00', am_end => '12:00', pm_start => '13:00', pm_end => '17:00', same_day_cutoff => '15:00' ] ],
	);
	my $officer = browser();
	is($officer->login('tiepnhan.hacthanh@demo.thanhhoa.gov.vn', $password)->{status}, 303, 'an officer signs in');
	my $c = new_citizen();
	my $citizen = browser();
	is($citizen->signup($c)->{status}, 303, 'a citizen registers');
	is($citizen->login($c->{citizen_id}, $c->{password})->{status}, 303, 'a citizen signs in');
	my $snap = sub { join '|', db_value('SELECT COUNT(*) FROM holidays'), db_value('SELECT COUNT(*) FROM audit_log'),
	    db_col('SELECT CONCAT(name, COALESCE(minutes, flag)) FROM settings ORDER BY name') };
	my $before = $snap->();
	for my $who ([ 'an officer', $officer ], [ 'a citizen', $citizen ]) {
		my ($name, $b) = @$who;
		is($b->get($_)->{status}, 403, "$name: GET $_ 403") for @gets;
		for my $p (@posts) {
			$b->get('/account/profile');	# a page of theirs: its token
			is($b->post($p->[0], $p->[1])->{status}, 403, "$name: POST $p->[0] 403");
		}
	}
	for my $g (@gets) {
		my $r = browser()->get($g);
		ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login\?next=}, "a stranger: GET $g sent to sign in");
	}
	for my $p (@posts) {
		my $r = browser()->post($p->[0], $p->[1]);
		ok($r->{status} == 403 || ($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login}),
		    "a stranger: POST $p->[0] refused ($r->{status})");
	}
	is($snap->(), $before, 'nothing changed');
	like($admin->get('/admin/')->{body}, qr{href="/admin/calendar".*href="/admin/settings"}s, '/admin/ links the calendar and the settings');
	my $audit = $admin->get('/admin/audit?kind=holiday');
	is($audit->{status}, 200, 'the audit log filtered by days of the calendar: 200');
	like(text_of($audit->{body}), qr{ngày nghỉ, ngày làm bù 2032-01-01}, "… lists the calendar's changes");
	is($admin->get('/admin/audit?kind=setting')->{status}, 200, '… and by settings');
};

done_testing();
