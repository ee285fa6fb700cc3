#!/usr/bin/perl
# The deadline rules of DOMAIN.md through the real flow, against the working-day calendar
# counted again in Perl (DVC::Officer::calendar: the holidays table, dvc.conf's office hours
# and same-day cutoff). The machine's clock is real, so every expectation is computed from
# the moments the dossier recorded (submitted_at, received_at, clock_started_at) or bounded
# by the moments around the request; days off are made where a test needs a known day. The
# due date is fixed at acceptance; a same-day procedure is due at the end of the working day
# (the next one after 15:00); a supplement stops the clock and keeps the time used; its return
# restarts or resumes the clock as the procedure says (procedures.clock_after_supplement, set
# here before each dossier is drafted: the dossier reads it from its procedure when the
# supplement comes back); an apology (Form 4) sets a later date and keeps the first one; a
# procedure without a time limit has no due date.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Time::Local ();
use DVCTest;
use DVC::Submit;
use DVC::Officer;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my %pick = (level => 4, channels => ['online'], types => ['pdf'], agency => $UNIT{hacthanh}{code},
    free_at_submission => 1);
my ($timed) = sort { $b->{hours} <=> $a->{hours} || $a->{id} <=> $b->{id} }
    grep { $_->{hours} >= 16 && $_->{hours} % 8 == 0 } DVC::Submit::pick_procedure(%pick, timed => 1);
my ($same) = grep { $_->{same_day} } DVC::Submit::pick_procedure(%pick);
ok($timed, "a procedure of several working days: $timed->{code}, $timed->{hours} h") or BAIL_OUT('none in the seed');
ok($same, "a same-day procedure: $same->{code}") or BAIL_OUT('none in the seed');
my $H = $timed->{hours};

# What the tests change and put back: the procedures' rule after a supplement and time
# limit, days off.
my %rule = map { $_->{id} => db_value("SELECT clock_after_supplement FROM procedures WHERE id = $_->{id}") } $timed, $same;
my %day_off;	# 'YYYY-MM-DD' => [kind, name] as it was, or undef when there was no row
END {
	db_rows("UPDATE procedures SET clock_after_supplement = '$rule{$_}' WHERE id = $_") for keys %rule;
	db_rows("UPDATE procedures SET processing_hours = $H WHERE id = $timed->{id}") if $H;
	restore_days();
}

sub set_rule {
	my ($p, $rule) = @_;
	db_rows("UPDATE procedures SET clock_after_supplement = '$rule' WHERE id = $p->{id}");
}

# The programs read the holidays again when the data version moves, looking at most once a
# second (modules/core/calendar.c): a change is theirs a second later.
sub calendar_settles { select(undef, undef, undef, 1.1) }

# Declares the Vietnam days of moments T… holidays, for the test's while.
sub days_off {
	for my $t (@_) {
		my @g = gmtime($t + 7 * 3600);
		my $day = sprintf('%04d-%02d-%02d', $g[5] + 1900, $g[4] + 1, $g[3]);
		next if exists $day_off{$day};
		my ($row) = db_rows("SELECT kind, name FROM holidays WHERE day = '$day'");
		$day_off{$day} = $row;
		db_rows("INSERT INTO holidays (day, kind, name) VALUES ('$day', 'holiday', 'Ngày nghỉ của phép thử')"
		    . " ON DUPLICATE KEY UPDATE kind = 'holiday'");
	}
	calendar_settles();
}

sub restore_days {
	for my $day (keys %day_off) {
		my $was = delete $day_off{$day};
		db_rows($was ? "UPDATE holidays SET kind = '$was->[0]' WHERE day = '$day'" : "DELETE FROM holidays WHERE day = '$day'");
	}
	calendar_settles();
}

# A move timed: the response, and the moments just before and just after it.
sub timed_step {
	my (@args) = @_;
	my $t0 = time;
	my $r = step(@args);
	return ($r, $t0, time);
}

sub officer_page {
	my ($id) = @_;
	my $r = page_xml(officer('hacthanh', 'receiver'), "/officer/dossiers/$id");
	my ($d) = xml_records($r->{body} // '', 'dossier');
	return $d // {};
}

# ------------------------------------------------------------------ the calendar itself

# The Perl calendar against dates counted by hand from the holidays of 2026 and 2027 (the
# seeded table: Tết, Giỗ Tổ, 30/4 and 1/5, the swapped days).
subtest 'the calendar of these tests, on dates counted by hand' => sub {
	my $cal = calendar();
	my $vn = sub { my ($y, $m, $d, $H, $M) = $_[0] =~ /^(\d+)-(\d+)-(\d+) (\d+):(\d+)$/; Time::Local::timegm(0, $M, $H, $d, $m - 1, $y) - 7 * 3600 };
	for my $c (['2026-03-10 08:00', 8, 0, '2026-03-11 08:00', 'a Tuesday at 8:00 + 1 day: Wednesday 8:00'],
	    ['2026-03-13 16:00', 16, 0, '2026-03-17 16:00', 'a Friday afternoon + 2 days: Tuesday'],
	    ['2026-02-13 10:00', 8, 0, '2026-02-23 10:00', 'the Friday before Tết 2026 + 1 day'],
	    ['2026-01-09 16:00', 8, 0, '2026-01-10 16:00', 'Friday 9/1/2026 + 1 day: the Saturday worked'],
	    ['2026-04-29 14:00', 24, 0, '2026-05-06 14:00', 'over 30/4 and 1/5: 3 days'],
	    ['2026-03-10 15:00', 0, 1, '2026-03-10 17:00', 'same day at 15:00: that day'],
	    ['2026-03-10 15:01', 0, 1, '2026-03-11 17:00', 'same day at 15:01: the next working day'],
	    ['2026-03-14 09:00', 0, 1, '2026-03-16 17:00', 'same day on a Saturday: Monday'],
	    ['2026-12-31 15:30', 0, 1, '2027-01-04 17:00', 'same day 31/12/2026 after 15:00: 4/1/2027']) {
		my ($t, $h, $same, $want, $what) = @$c;
		is(vn_text($cal->due($vn->($t), $h, $same)), vn_text($vn->($want)), "$what: $want");
	}
	is($cal->between($vn->('2026-03-13 16:00'), $vn->('2026-03-16 08:30')), 120, 'Friday 16:00 to Monday 8:30: 2 working hours');
};

# ------------------------------------------------------------------ fixed at acceptance

subtest "accepted now: due $H working hours after the acceptance, fixed then" => sub {
	my $cal = calendar();
	my $id = new_dossier(procedure => $timed->{code});
	my $d = dossier_row($id);
	my $sub = utc_epoch($d->{submitted_at});
	is($d->{due_at}, utc_text($cal->due($sub, $H, 0)), 'submitted: the expected due date, counted from the submission');
	step($id, 'hacthanh', 'receiver', 'accept');
	$d = dossier_row($id);
	my $rec = utc_epoch($d->{received_at});
	my $due = $cal->due($rec, $H, 0);
	note('received ' . vn_text($rec) . ', due ' . vn_text($due));
	is($d->{due_at}, utc_text($due), 'accepted: due ' . vn_text($due) . ' (the calendar counted from the acceptance)');
	is($cal->between($rec, $due), $H * 60, "… $H working hours after it");
	is($d->{first_due_at}, $d->{due_at}, '… the first due date too (Form 1)');
	is($d->{clock_started_at}, $d->{received_at}, 'the clock runs from the acceptance');
	is($d->{clock_used_min}, 0, 'nothing used yet');
	is(db_value("SELECT due_at FROM dossier_slips WHERE dossier_id = $id AND form = 1"), $d->{due_at},
	    'the receipt (Form 1) carries the due date');
	my $p = officer_page($id);
	is($p->{due_at}, vn_text($due), 'the officer page shows it in Vietnam time');
	ok($p->{minutes_used} + $p->{minutes_left} >= $H * 60 - 1 && $p->{minutes_used} + $p->{minutes_left} <= $H * 60,
	    "… time used and left make the $H hours ($p->{minutes_used} + $p->{minutes_left})");
	is($p->{clock}, 'running', '… the clock running');
	step($id, 'hacthanh', 'receiver', 'assign');
	is(dossier_row($id)->{due_at}, $d->{due_at}, 'assigned: the due date does not move');
};

subtest 'accepted on a day off: counted from the next working day, whatever the hour' => sub {
	wait_for_vn_day_margin(120);
	my $id = new_dossier(procedure => $timed->{code});
	my $sid = new_dossier(procedure => $same->{code});
	my $now = time;
	days_off($now, $now + 86400);
	my $cal = calendar();
	# The working days after tomorrow, counted by hand.
	my @work = grep { $cal->working($_) } $cal->day($now) + 2 .. $cal->day($now) + 60;
	my $nth = sub { $cal->midnight($work[$_[0] - 1]) + 17 * 3600 };
	step($id, 'hacthanh', 'receiver', 'accept');
	step($sid, 'hacthanh', 'receiver', 'accept');
	restore_days();
	my $d = dossier_row($id);
	is($d->{due_at}, utc_text($nth->($H / 8)), "$H h: 17:00 of the " . ($H / 8) . 'th working day after the days off ('
	    . vn_text($nth->($H / 8)) . ')');
	is(dossier_row($sid)->{due_at}, utc_text($nth->(1)), 'same day: 17:00 of the first working day after them ('
	    . vn_text($nth->(1)) . ')');
};

subtest 'a same-day procedure accepted now: the end of the working day, the next one after 15:00' => sub {
	my $cal = calendar();
	my $id = new_dossier(procedure => $same->{code});
	step($id, 'hacthanh', 'receiver', 'accept');
	my $d = dossier_row($id);
	my $rec = utc_epoch($d->{received_at});
	my $open = $cal->next_open($rec);
	my $late = ($open + 7 * 3600) % 86400 > $cal->{cutoff} * 60 + 59;
	my $day = $late ? $cal->day($cal->next_open($cal->midnight($cal->day($open) + 1))) : $cal->day($open);
	my $due = $cal->midnight($day) + 17 * 3600;
	note('received ' . vn_text($rec) . ', the office open from ' . vn_text($open)
	    . ($late ? ': after 15:00, the next working day' : ': by 15:00, that day'));
	is($d->{due_at}, utc_text($due), 'due ' . vn_text($due));
	is($d->{due_at}, utc_text($cal->due($rec, 0, 1)), '… as the calendar says');
	ok($cal->working($cal->day($due)), '… a working day');
	is($d->{processing_hours}, $same->{hours}, 'the limit copied at submission');
	is($d->{same_day}, 1, '… same day');
};

subtest 'a procedure without a time limit ("Không quy định"): no due date, never late' => sub {
	db_rows("UPDATE procedures SET processing_hours = 0 WHERE id = $timed->{id}");
	my $id = eval { new_dossier(procedure => $timed->{code}) };
	db_rows("UPDATE procedures SET processing_hours = $H WHERE id = $timed->{id}");
	ok($id, 'submitted') or return;
	is(dossier_row($id)->{processing_hours}, 0, 'the dossier keeps the procedure\'s limit: none');
	step($id, 'hacthanh', 'receiver', 'accept');
	my $d = dossier_row($id);
	is($d->{due_at}, undef, 'accepted: no due date');
	is($d->{first_due_at}, undef, '… none promised on Form 1');
	ok(defined $d->{clock_started_at}, '… the clock counts the time used all the same');
	step($id, 'hacthanh', 'receiver', 'assign');
	my $p = officer_page($id);
	is($p->{late} // '0', '0', 'the page does not say late');
	ok(!listed(officer('hacthanh', 'processor'), $id, tab => 'process', due => 'overdue'), '… nor the inbox overdue');
	step($id, 'hacthanh', 'processor', 'supplement', note => 'Bổ sung');
	step($id, 'hacthanh', 'receiver', 'supplemented');
	is(dossier_row($id)->{due_at}, undef, 'after a supplement: still no due date');
};

# ------------------------------------------------------------------ supplements

# A dossier of P being processed whose clock started DAYS calendar days ago (its acceptance
# moved back in SQL, so that it has used working time whatever the hour).
sub processing_since {
	my ($p, $days) = @_;
	my $id = build('processing', procedure => $p->{code});
	db_rows("UPDATE dossiers SET received_at = received_at - INTERVAL $days DAY, clock_started_at ="
	    . " clock_started_at - INTERVAL $days DAY WHERE id = $id");
	return $id;
}

# Asks for a supplement on ID; checks the clock stopped with the time used kept. Returns the
# minutes used.
sub supplement_ok {
	my ($id, $cal) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $b = dossier_row($id);
	my $started = utc_epoch($b->{clock_started_at});
	my (undef, $t0, $t1) = timed_step($id, 'hacthanh', 'processor', 'supplement', note => 'Bổ sung bản sao giấy tờ tùy thân');
	my $d = dossier_row($id);
	is($d->{status}, 5, 'supplement requested: status 5');
	is($d->{clock_started_at}, undef, '… the clock stopped');
	my ($lo, $hi) = ($cal->between($started, $t0) + $b->{clock_used_min}, $cal->between($started, $t1 + 1) + $b->{clock_used_min});
	ok($d->{clock_used_min} >= $lo && $d->{clock_used_min} <= $hi,
	    "… the working time used kept: $d->{clock_used_min} min (the calendar: $lo-$hi)");
	is($d->{due_at}, $b->{due_at}, '… the due date as it was');
	is(db_value("SELECT COUNT(*) FROM dossier_slips WHERE dossier_id = $id AND form = 2"), 1, '… a Form 2');
	my $p = officer_page($id);
	is($p->{clock}, 'stopped', 'the officer page: the clock stopped');
	is($p->{minutes_used}, $d->{clock_used_min}, '… the time used is what was kept');
	return $d->{clock_used_min};
}

for my $rule (qw(restart resume)) {
	subtest "a supplement stops the clock; its return ${rule}s it (clock_after_supplement = '$rule')" => sub {
		set_rule($timed, $rule);
		my $cal = calendar();
		my $id = processing_since($timed, 3);
		my $first = dossier_row($id)->{first_due_at};
		my $used = supplement_ok($id, $cal);
		step($id, 'hacthanh', 'receiver', 'supplemented');
		my $d = dossier_row($id);
		my $t = utc_epoch($d->{clock_started_at});
		ok(defined $t && abs($t - time) < 60, 'supplemented: the clock runs again from now');
		is($d->{status}, 4, '… status 4');
		is($d->{first_due_at}, $first, '… the first due date kept');
		if ($rule eq 'restart') {
			is($d->{clock_used_min}, 0, 'restart: the time used starts again from nothing');
			is($d->{due_at}, utc_text($cal->due($t, $H, 0)), "… due $H working hours after the supplement");
		} else {
			my $left = $H * 60 - $used;
			$left = 0 if $left < 0;
			is($d->{clock_used_min}, $used, 'resume: the time used is kept');
			my $due = $cal->add($cal->next_open($t), $left);
			is($d->{due_at}, utc_text($due), "… due after the $left working minutes that were left (" . vn_text($due) . ')');
			is($cal->between($t, utc_epoch($d->{due_at})), $left, '… which the calendar counts between now and then');
		}
		# Finished: the time used is final.
		my $before = dossier_row($id);
		step($id, 'hacthanh', 'processor', 'propose');
		my (undef, $t0, $t1) = timed_step($id, 'hacthanh', 'approver', 'approve');
		$d = dossier_row($id);
		my ($lo, $hi) = map { $before->{clock_used_min} + $cal->between($t, $_) } $t0, $t1 + 1;
		ok($d->{clock_used_min} >= $lo && $d->{clock_used_min} <= $hi, "approved: the time used is final, $d->{clock_used_min} min ($lo-$hi)");
		is($d->{clock_started_at}, undef, '… the clock stopped');
		ok(abs(utc_epoch($d->{finished_at}) - $t0) <= $t1 - $t0 + 1, '… finished now');
	};
}
set_rule($timed, $rule{ $timed->{id} });

subtest 'a same-day procedure set to resume: its supplement restarts the same-day rule' => sub {
	set_rule($same, 'resume');
	my $cal = calendar();
	my $id = build('processing', procedure => $same->{code});
	supplement_ok($id, $cal);
	step($id, 'hacthanh', 'receiver', 'supplemented');
	my $d = dossier_row($id);
	my $t = utc_epoch($d->{clock_started_at});
	is($d->{due_at}, utc_text($cal->due($t, 0, 1)), 'a same-day procedure is due by the same-day rule counted from the supplement, even set to resume');
	is($d->{clock_used_min}, 0, '… its time used starts again');
	set_rule($same, $rule{ $same->{id} });
};

# ------------------------------------------------------------------ apology (Form 4)

subtest 'apology: a later date is accepted, an earlier one refused' => sub {
	my $id = build('processing', procedure => $timed->{code});
	my $o = officer('hacthanh', 'processor');
	my $d = dossier_row($id);
	my $due = utc_epoch($d->{due_at});
	my $first = $d->{first_due_at};
	my $before = snapshot($id);
	for my $case (['the day before the due date', vn_ddmmyyyy($due - 86400)],
	    ['yesterday', vn_ddmmyyyy(time - 86400)], ['a year ago', vn_ddmmyyyy(time - 365 * 86400)]) {
		my $r = act($o, $id, 'apology', note => 'Cần xác minh thêm', due => $case->[1]);
		is($r->{status}, 422, "$case->[0] ($case->[1]): 422");
		is($r->{errors}{due}, 'move.due_required', '… move.due_required at the date');
		is_deeply(snapshot($id), $before, '… nothing changed');
	}
	# Nothing typed asks for the date; something that is no date says what is wrong with it.
	for my $bad (['', 'move.due_required'], ['30/02/2027', 'date.no_such_day'],
	    ['15/13/2027', 'date.range'], ['mai', 'date.format']) {
		my $r = act($o, $id, 'apology', note => 'Cần xác minh thêm', due => $bad->[0]);
		is($r->{status}, 422, "'$bad->[0]': 422");
		is($r->{errors}{due}, $bad->[1], "… $bad->[1] at the date");
	}
	is_deeply(snapshot($id), $before, '… nothing changed');

	my $new = vn_ddmmyyyy($due + 7 * 86400);
	my ($dd, $mm, $yy) = split m{/}, $new;
	my $r = act($o, $id, 'apology', note => 'Cần lấy ý kiến cơ quan liên quan', due => $new);
	is($r->{status}, 303, "a week later ($new): done");
	$d = dossier_row($id);
	is($d->{due_at}, sprintf('%04d-%02d-%02d 10:00:00', $yy, $mm, $dd), "… due at 17:00 on $new");
	is($d->{first_due_at}, $first, '… the first due date kept');
	is_deeply([db_rows("SELECT form, reason, due_at FROM dossier_slips WHERE dossier_id = $id AND form = 4")],
	    [[4, 'Cần lấy ý kiến cơ quan liên quan', $d->{due_at}]], '… a Form 4 with the reason and the new date');
	like(db_value("SELECT body FROM outbox WHERE dossier_id = $id AND move = 'apology'"), qr{\Q$new\E 17:00},
	    '… the applicant is told the new date');
	is(officer_page($id)->{first_due_at}, vn_text(utc_epoch($first)), 'the page shows the first due date too');

	$before = snapshot($id);
	$r = act($o, $id, 'apology', note => 'Lại trễ', due => $new);
	is("$r->{status} " . ($r->{errors}{due} // ''), '422 move.due_required', 'the same date again (not later): 422 move.due_required');
	is_deeply(snapshot($id), $before, '… nothing changed');
	my $later = vn_ddmmyyyy(utc_epoch($d->{due_at}) + 3 * 86400);
	$r = act(officer('hacthanh', 'receiver'), $id, 'apology', note => 'Lại trễ', due => $later);
	is($r->{status}, 303, "a second apology, by the desk, later still ($later): done");
	is(dossier_row($id)->{first_due_at}, $first, '… the first due date still kept');
	is(db_value("SELECT COUNT(*) FROM dossier_slips WHERE dossier_id = $id AND form = 4"), 2, '… two Forms 4');
};

# ------------------------------------------------------------------ late, in the inbox

subtest 'a dossier past its due date is overdue in the inbox, not while its clock is stopped' => sub {
	my $id = build('processing', procedure => $timed->{code});
	db_rows("UPDATE dossiers SET due_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR WHERE id = $id");
	my $p = officer('hacthanh', 'processor');
	ok(listed($p, $id, tab => 'process', due => 'overdue'), 'in "process", due=overdue');
	ok(!listed($p, $id, tab => 'process', due => 'soon'), '… not in due=soon');
	is(officer_page($id)->{late}, 1, 'the page says late');
	step($id, 'hacthanh', 'processor', 'supplement', note => 'Bổ sung');
	ok(!listed($p, $id, tab => 'process', due => 'overdue'), 'supplement requested: no longer overdue');
	is(officer_page($id)->{late}, 0, '… nor late on its page');
};

done_testing();
