#!/usr/bin/perl
# The dossier's state machine through dvc-officer, row by row of its table: the move table
# dmoves[] is read from modules/core/dossier.c (DVC::Officer::move_table), so that what is
# expected here is what the table says and a change of the table changes the test. For a
# dossier walked through the real pages to every status (submitted by a citizen, accepted,
# assigned, …; status 7 has no citizen page yet and is set in SQL), each officer of the
# receiving unit (receiver, the processor it is assigned to, another processor, the
# approver) is offered on the dossier page exactly the moves the table allows, and tries
# every move: an allowed one moves the dossier (status, holder, assignee, the awaiting flag,
# the clock, one event, the slip, the applicant's e-mail, the version one up); a refused one
# answers 403 (role) or 409 (status) with its message code and changes nothing (the row, and
# the number of events, slips, outbox rows, units, files). The applicant's own moves have no
# page in dvc-officer: officers are refused them for the role, the citizen gets 403. Drafts
# are no officer's (404). Then: what each move needs (422, at its field), a form posted twice
# (409 move.stale, one event), two officers at the same moment (one wins, the other is told),
# the electronic result, and hand-overs to another unit's processor.
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

my @MOVES = move_table();
ok(@MOVES >= 18, 'the move table read from dossier.c: ' . join(' ', map { $_->{name} } @MOVES));

# The officers of the receiving unit, each with one role there (conf/dev/demo-accounts.txt),
# and a second processor the dossiers are not assigned to.
my @ACTORS = map {
	my ($name, $c) = @$_;
	{ name => $name, c => $c, role => $c->{role}, id => $c->user_id, unit => unit_id('hacthanh') };
} (['receiver', officer('hacthanh', 'receiver')], ['processor', officer('hacthanh', 'processor')],
    ['approver', officer('hacthanh', 'approver')], ['other processor', second_processor('hacthanh')]);

# What the table says of move M on dossier row D for actor WHO: [303] when allowed, else
# [status, message code]. The contract of dossier_transition() (dossier.h): the role in the
# right unit first (the receiving unit for the one-stop desk, the holding unit for processors
# and approvers, and a processor acts on what is assigned to them or to nobody), then the
# status and the conditions.
sub expected {
	my ($m, $d, $who) = @_;
	return [403, 'move.role'] unless $m->{roles}{ $who->{role} };
	my $unit = $who->{role} eq 'receiver' ? $d->{agency_id} : $d->{holder_agency_id};
	return [403, 'move.role'] unless $who->{unit} == $unit;
	return [403, 'move.role'] if $who->{role} eq 'processor' && defined $d->{assignee_id}
	    && $d->{assignee_id} != $who->{id};
	return [409, 'move.status'] unless $m->{from}{ $d->{status} };
	return [409, 'move.status'] if $m->{cond} eq 'awaiting' && !$d->{awaiting_approval};
	return [409, 'move.status'] if $m->{cond} eq 'working' && $d->{awaiting_approval};
	# The fee exemption's moves (tests/http/fees.t walks them): only while a claim waits.
	my $claim = db_value("SELECT COUNT(*) FROM dossier_fee_claims WHERE dossier_id = $d->{id} AND state = 'pending'");
	return [409, 'move.status'] if $m->{cond} eq 'claim' && !$claim;
	return [409, 'move.claim_pending'] if $m->{cond} eq 'settled' && $claim;
	return [409, 'move.unpaid'] if $m->{cond} eq 'settled' && owed($d->{id}) > 0;
	return [303];
}

# What dossier ID owes now, as core's SQL_PAY_DUE counts it (its fees due at submission, all of
# them at status 6, less what was paid).
sub owed {
	my ($id) = @_;
	return db_value("SELECT (SELECT COALESCE(SUM(f.amount), 0) FROM dossier_fees f WHERE f.dossier_id = d.id"
	    . " AND (f.stage = 'submission' OR d.status = 6)) - (SELECT COALESCE(SUM(p.amount), 0) FROM payments p"
	    . " WHERE p.dossier_id = d.id AND p.state = 'paid') FROM dossiers d WHERE d.id = $id");
}

sub code_of {
	my ($r) = @_;
	return $r->{status} == 303 ? '' : join(',', map { "$_=$r->{errors}{$_}" } sort keys %{ $r->{errors} });
}

# The columns a move may write; every other column of the row stays as it was.
# inbox_tab follows status and awaiting_approval (sql/015; officer-inbox.t checks it).
my %MOVABLE = map { $_ => 1 } qw(status inbox_tab version code holder_agency_id assignee_id awaiting_approval
    result_kind result_file_id postal_tracking clock_used_min submitted_at received_at clock_started_at
    due_at first_due_at finished_at returned_at updated_at);

# The rows of the table made here ("move status role"), for the check that none was missed.
my %exercised;

sub max_id {
	my ($table, $id) = @_;
	return db_value("SELECT COALESCE(MAX(id), 0) FROM $table WHERE dossier_id = $id") + 0;
}

# The unit a processor belongs to, the holding unit first (a hand-over to another unit).
sub processor_unit {
	my ($user, $holder) = @_;
	return db_value("SELECT agency_id FROM officer_roles WHERE user_id = $user AND role = 'processor'"
	    . " ORDER BY agency_id = $holder DESC, agency_id LIMIT 1");
}

# allowed_ok(ID, MOVE, WHO, FIELDS…): WHO makes move M on dossier ID, which the table allows;
# everything the table says the move does is checked.
sub allowed_ok {
	my ($id, $m, $who, %f) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $what = "$who->{name} $m->{name}";
	subtest "$what from status " . dossier_row($id)->{status} => sub {
		my $b = dossier_row($id);
		my $bs = snapshot($id);
		my ($ev0, $sl0, $ob0) = map { max_id($_, $id) } qw(dossier_events dossier_slips outbox);
		my $t0 = time;
		my $r = act($who->{c}, $id, $m->{name}, %f);
		my $t1 = time;
		is($r->{status}, 303, "$what: 303") or diag(code_of($r));
		$exercised{"$m->{name} $b->{status} $who->{role}"} = 1 if $r->{status} == 303;
		is($r->{location}, "/officer/dossiers/$id?msg=done&move=$m->{name}", '… to the dossier, saying what was done');
		my $a = dossier_row($id);
		my $as = snapshot($id);
		is($a->{status}, $m->{to} // $b->{status}, 'status ' . ($m->{to} // "$b->{status} (the same)"));
		is($a->{version}, $b->{version} + 1, 'version one up');

		# Who holds it, and who works on it.
		my ($holder, $assignee) = ($b->{holder_agency_id}, $b->{assignee_id});
		if ($m->{needs}{assignee}) {
			$assignee = $f{assignee};
			$holder = processor_unit($assignee, $b->{holder_agency_id});
		}
		($holder, $assignee) = ($b->{agency_id}, undef) if $m->{name} eq 'approve';
		is($a->{holder_agency_id}, $holder, 'the holding unit');
		is($a->{assignee_id}, $assignee, 'the assignee');
		my $awaiting = $m->{name} eq 'propose' ? 1 : $m->{name} =~ /^(sendback|approve)$/ ? 0 : $b->{awaiting_approval};
		is($a->{awaiting_approval}, $awaiting, "awaiting approval: $awaiting");
		if ($m->{name} eq 'propose') {
			is($a->{result_kind}, 'paper', 'a result proposed without a file is on paper');
			is($a->{result_file_id}, undef, '… no file');
		}
		if ($holder != $b->{holder_agency_id}) {
			is(db_value("SELECT COUNT(*) FROM dossier_units WHERE dossier_id = $id AND agency_id = $holder"), 1,
			    'the new holding unit is among the units that held it');
		}

		# The process-control line (Form 6).
		my $unit = $who->{role} eq 'receiver' ? $b->{agency_id} : $b->{holder_agency_id};
		my @ev = db_rows("SELECT id, move, role, from_status, to_status, user_id, agency_id,"
		    . " COALESCE(to_agency_id, '-'), COALESCE(assignee_id, '-'), note FROM dossier_events"
		    . " WHERE dossier_id = $id AND id > $ev0");
		is(scalar @ev, 1, 'one event') or return;
		my $event = shift @{ $ev[0] };
		is_deeply($ev[0], [$m->{name}, $who->{role}, $b->{status}, $a->{status}, $who->{id}, $unit,
		    $holder != $b->{holder_agency_id} ? $holder : '-',
		    ($assignee // 0) != ($b->{assignee_id} // 0) && defined $assignee ? $assignee : '-', $f{note} // ''],
		    'the event: move, role, statuses, officer, unit, where it went, note');

		# The slip of Circular 03/2025.
		my @sl = db_rows("SELECT form, event_id, agency_id, issued_by, reason, COALESCE(due_at, '-'), id"
		    . " FROM dossier_slips WHERE dossier_id = $id AND id > $sl0");
		if ($m->{slip}) {
			my $slip = @sl ? pop @{ $sl[0] } : 0;
			is_deeply(\@sl, [[$m->{slip}, $event, $unit, $who->{id}, $f{note} // '',
			    $m->{slip} == 1 || $m->{slip} == 4 ? $a->{due_at} : '-']],
			    "one slip, Form $m->{slip}, of this event, the unit, the officer, the reason"
			    . ($m->{slip} == 1 || $m->{slip} == 4 ? ', the due date' : ''));
			my $page = $who->{c}->get("/officer/slips/$slip");
			is($page->{status}, 200, "… printable (/officer/slips/$slip)");
			like($page->{body}, qr/\Q$b->{code}\E/, '… with the dossier\'s code');
		} else {
			is(scalar @sl, 0, 'no slip');
		}

		# The applicant's e-mail.
		my @ob = db_rows("SELECT channel, recipient, subject, move FROM outbox WHERE dossier_id = $id AND id > $ob0");
		if ($m->{mail}) {
			is_deeply(\@ob, [['email', $b->{applicant_email}, "Hồ sơ $b->{code}: " . move_label($m->{name}),
			    $m->{name}]], 'one e-mail to the applicant, its subject the move in words');
		} else {
			is(scalar @ob, 0, 'no e-mail');
		}

		# The clock (DOMAIN.md, Deadlines; the arithmetic is officer-deadlines.t's).
		my $in = sub { my $t = utc_epoch($_[0]); defined $t && $t >= $t0 - 1 && $t <= $t1 + 1 };
		my @clock = qw(received_at clock_started_at clock_used_min due_at first_due_at finished_at);
		if ($m->{clock} eq 'START') {
			ok($in->($a->{received_at}), 'received now');
			is($a->{clock_started_at}, $a->{received_at}, 'the clock runs from then');
			is($a->{clock_used_min}, 0, 'nothing used yet');
			ok(defined $a->{due_at} && $a->{due_at} eq ($a->{first_due_at} // ''), 'a due date, the first one');
		} elsif ($m->{clock} eq 'STOP') {
			is($a->{clock_started_at}, undef, 'the clock stops');
			cmp_ok($a->{clock_used_min}, '>=', $b->{clock_used_min}, 'the time used is kept');
			is($a->{due_at}, $b->{due_at}, 'the due date is kept');
		} elsif ($m->{clock} eq 'RESUME') {
			ok($in->($a->{clock_started_at}), 'the clock runs again from now');
			ok(defined $a->{due_at}, 'a due date');
			is($a->{first_due_at}, $b->{first_due_at}, 'the first due date is kept');
		} elsif ($m->{clock} eq 'END') {
			ok($in->($a->{finished_at}), 'finished now');
			is($a->{clock_started_at}, undef, 'the clock no longer runs');
			is($a->{due_at}, $b->{due_at}, 'the due date is kept');
		} elsif ($m->{clock} eq 'EXTEND') {
			my ($d, $mo, $y) = split m{/}, $f{due};
			is($a->{due_at}, sprintf('%04d-%02d-%02d 10:00:00', $y, $mo, $d), "due at 17:00 on $f{due}");
			is($a->{first_due_at}, $b->{first_due_at}, 'the first due date is kept');
			is_deeply([@$a{ grep { !/due_at/ } @clock }], [@$b{ grep { !/due_at/ } @clock }], 'the clock runs on as it did');
		} else {
			is_deeply([@$a{@clock}], [@$b{@clock}], 'the clock as it was');
		}
		if ($m->{name} eq 'return') {
			ok($in->($a->{returned_at}), 'returned now');
			is($a->{postal_tracking}, $b->{channel} eq 'postal' ? $f{tracking} : '', 'the tracking number of a postal return');
		}
		my @still = grep { !$MOVABLE{$_} } sort keys %$a;
		is_deeply([@$a{@still}], [@$b{@still}], 'the rest of the row as it was');
		is_deeply([@$as{qw(n_files)}], [@$bs{qw(n_files)}], 'the files as they were');

		my $page = $who->{c}->get($r->{location});
		is($page->{status}, 200, 'the dossier page after the move');
		like(text_of(($page->{body} =~ m{<div class="banner banner-ok"[^>]*>(.*?)</div>}s)[0] // ''),
		    qr/\Q${\ move_label($m->{name})}\E/, '… says what was done');
	};
}

# ------------------------------------------------------------------ every status, every move

my @STATES = qw(submitted received refused processing awaiting supplement fees_due withdraw_asked
    stopped done returned);
my %seen_status;

for my $state (@STATES) {
	subtest "every move from $state" => sub {
		my $id = build($state);
		my $d = dossier_row($id);
		$seen_status{ $d->{status} } = 1;
		note("dossier $id ($d->{code}), status $d->{status}, awaiting $d->{awaiting_approval}");

		# The page offers exactly what the table allows, to each: one form per move, posting
		# the move and the version shown, with the CSRF token.
		for my $who (@ACTORS) {
			my @allowed = sort map { $_->{name} } grep { expected($_, $d, $who)->[0] == 303 } @MOVES;
			is_deeply(offered_moves($who->{c}, $id), \@allowed,
			    "$who->{name} is offered: " . (join(' ', @allowed) || 'nothing'));
			my $html = $who->{c}->get("/officer/dossiers/$id")->{body} // '';
			my @forms = $html =~ m{<form\b[^>]*action="/officer/dossiers/$id/move"[^>]*>(.*?)</form>}gs;
			is_deeply([sort map { (/name="move" value="(\w+)"/)[0] // '?' } @forms], \@allowed, '… one form each on the HTML page');
			ok(!(grep { !/name="version" value="$d->{version}"/ || !/name="csrf" value="[0-9a-f]{64}"/ } @forms),
			    '… each with the version shown and the CSRF token');
		}

		# Every refusal, on this dossier: the code, and nothing changed.
		my $before = snapshot($id);
		my @allowed;
		for my $m (@MOVES) {
			for my $who (@ACTORS) {
				my $exp = expected($m, $d, $who);
				if ($exp->[0] == 303) {
					push @allowed, [$m, $who];
					next;
				}
				my $r = act($who->{c}, $id, $m->{name}, fields_for($id, $m));
				is("$r->{status} " . code_of($r), "$exp->[0] _=$exp->[1]",
				    "$who->{name} $m->{name}: $exp->[0] $exp->[1]");
				my $after = snapshot($id);
				is_deeply($after, $before, '… nothing changed') or $before = $after;
			}
		}
		# The applicant's own moves have no page in dvc-officer: a citizen there is refused.
		for my $m (grep { $_->{roles}{applicant} } @MOVES) {
			my $r = act(applicant(), $id, $m->{name}, fields_for($id, $m));
			is($r->{status}, 403, "the applicant $m->{name} through /officer/: 403");
			is_deeply(snapshot($id), $before, '… nothing changed');
		}
		# Every allowed move, each on a dossier of its own in this state (the first on this one).
		for my $a (@allowed) {
			my ($m, $who) = @$a;
			$id //= build($state);
			allowed_ok($id, $m, $who, fields_for($id, $m));
			undef $id;
		}
	};
}
subtest 'every move on a draft: 404, officers do not see drafts' => sub {
	my $draft = applicant()->new_draft(default_procedure('hacthanh')->{code});
	my $before = snapshot($draft);
	for my $m (@MOVES) {
		for my $who (@ACTORS) {
			is(act($who->{c}, $draft, $m->{name}, version => 0, fields_for($draft, $m))->{status}, 404,
			    "$who->{name} $m->{name}: 404");
		}
	}
	is_deeply(snapshot($draft), $before, 'nothing changed: still a draft');
	$seen_status{0} = 1;
};
is_deeply([sort { $a <=> $b } keys %seen_status],
    [sort { $a <=> $b } map { status_of($_) } qw(DRAFT SUBMITTED RECEIVED REFUSED PROCESSING
    SUPPLEMENT FEES_DUE WITHDRAW_ASKED STOPPED DONE RETURNED)], 'every status was tried');

# The rows of a fee exemption claimed at submission (cond claim) are taken by fees.t.
subtest 'every row an officer may take was taken, from each of its statuses, in each of its roles' => sub {
	for my $m (grep { ($_->{roles}{receiver} || $_->{roles}{processor} || $_->{roles}{approver})
	    && $_->{cond} ne 'claim' } @MOVES) {
		for my $status (sort { $a <=> $b } keys %{ $m->{from} }) {
			for my $role (grep { $m->{roles}{$_} } qw(receiver processor approver)) {
				ok($exercised{"$m->{name} $status $role"}, "$m->{name} from $status by the $role");
			}
		}
	}
};

# ------------------------------------------------------------------ what each move needs

# The message of a note left empty, by what the note is: a reason, the items to supplement,
# the financial obligation. Every move that needs a note is here.
my %NOTE_CODE = (refuse => 'move.reason_required', stop => 'move.reason_required',
    apology => 'move.reason_required', sendback => 'move.reason_required', noexempt => 'move.reason_required',
    complete => 'move.items_required', supplement => 'move.items_required',
    fees => 'move.fees_required');

subtest 'a move without what it needs: 422, nothing changed' => sub {
	my %state_of = (complete => 'submitted', refuse => 'submitted', assign => 'received',
	    handover => 'processing', supplement => 'processing', fees => 'processing', sendback => 'awaiting',
	    apology => 'processing', stop => 'processing');
	my %who_of = (complete => 'receiver', refuse => 'receiver', assign => 'receiver', apology => 'receiver',
	    sendback => 'approver');
	my %dossier;
	for my $m (grep { $_->{needs}{note} || $_->{needs}{assignee} || $_->{needs}{due} } @MOVES) {
		my $state = $state_of{ $m->{name} } or next;
		my $id = $dossier{$state} //= build($state);
		my $c = officer('hacthanh', $who_of{ $m->{name} } // 'processor');
		my %full = fields_for($id, $m);
		my $before = snapshot($id);
		my @cases;
		push @cases, ['without a note', note => '', note => $NOTE_CODE{ $m->{name} } // 'a code in %NOTE_CODE'],
		    ['with a note of blanks', note => "  \n ", note => $NOTE_CODE{ $m->{name} } // '?']
		    if $m->{needs}{note};
		push @cases, ['without an assignee', assignee => '', assignee => 'move.assignee_required'],
		    ['to the officer acting', assignee => $c->user_id, assignee => 'move.input'],
		    ['to an officer who is no processor', assignee => officer('hacthanh', 'approver')->user_id, assignee => 'move.input'],
		    ['to a user who does not exist', assignee => 987654321, assignee => 'move.input']
		    if $m->{needs}{assignee};
		if ($m->{needs}{due}) {
			my $due = utc_epoch(dossier_row($id)->{due_at});
			push @cases, ['without a new date', due => '', due => 'move.due_required'],
			    ['with a date that is none', due => '31/02/2027', due => 'date.no_such_day'],
			    ['with words', due => 'tuần sau', due => 'date.format'],
			    ['a day before the due date', due => vn_ddmmyyyy($due - 86400), due => 'move.due_required'],
			    ['yesterday', due => vn_ddmmyyyy(time - 86400), due => 'move.due_required'];
		}
		for my $case (@cases) {
			my ($what, $field, $value, $at, $code) = @$case;
			my $r = act($c, $id, $m->{name}, %full, $field => $value);
			is("$r->{status} " . code_of($r), "422 $at=$code", "$m->{name} $what: 422 $code at $at");
			is_deeply(snapshot($id), $before, '… nothing changed');
		}
	}
	ok(!(grep { $_->{needs}{note} && !$NOTE_CODE{ $_->{name} } } @MOVES), 'every move that needs a note has its message');

	my $id = build('done', channel => 'postal');
	my $before = snapshot($id);
	my $r = act(officer('hacthanh', 'receiver'), $id, 'return');
	is("$r->{status} " . code_of($r), '422 tracking=move.tracking_required',
	    'a postal result returned without its tracking number: 422, at the tracking number');
	is_deeply(snapshot($id), $before, '… nothing changed');
	# The HTML pages of a refusal: the dossier again, the message in the summary.
	my $o = officer('hacthanh', 'receiver');
	my $page = $o->post("/officer/dossiers/$id/move", [move => 'approve', version => $before->{version}]);
	is($page->{status}, 403, 'an approval by the desk, as HTML: 403');
	like(join(' ', error_summary($page->{body})), qr/không có vai trò/, '… the dossier page, saying the role is missing');
	like($page->{body}, qr/\Q$before->{code}\E/, '… of this dossier');
	$page = $o->post("/officer/dossiers/$id/move", [move => 'return', version => $before->{version}, note => 'x']);
	is($page->{status}, 422, 'a postal return without its number, as HTML: 422');
	like(join(' ', error_summary($page->{body})), qr/số hiệu bưu gửi/, '… saying the tracking number is missing');
	like($page->{body}, qr{<p class="error-message">.*?số hiệu bưu gửi.*?</p>\s*<div class="form-group">\s*<label class="label" for="tracking-return">}s,
	    '… next to its field');
	$page = $o->post("/officer/dossiers/$id/move", [move => 'withdrawn', version => $before->{version}]);
	is($page->{status}, 409, 'a move from another status, as HTML: 409');
	like(join(' ', error_summary($page->{body})), qr/trạng thái hiện tại/, '… saying so');
	is_deeply(snapshot($id), $before, '… nothing changed');

	allowed_ok($id, move_by_name('return'), $ACTORS[0], fields_for($id, move_by_name('return')));

	$r = act(officer('hacthanh', 'receiver'), $id, 'xoa-ho-so');
	is("$r->{status} " . code_of($r), '400 _=move.unknown', 'a move that is not in the table: 400 move.unknown');
	$r = act(officer('hacthanh', 'receiver'), $id, '');
	is("$r->{status} " . code_of($r), '400 _=move.unknown', 'no move: 400 move.unknown');
};

# ------------------------------------------------------------------ a form posted twice

subtest 'a form posted twice: 409 move.stale, one event' => sub {
	my $id = build('submitted');
	my $o = officer('hacthanh', 'receiver');
	my $v = dossier_row($id)->{version};
	my $r = act($o, $id, 'accept', version => $v);
	is($r->{status}, 303, 'the first post: accepted');
	my $before = snapshot($id);
	$r = act($o, $id, 'accept', version => $v);
	is("$r->{status} " . code_of($r), '409 _=move.stale', 'the same form again: 409 move.stale');
	is_deeply(snapshot($id), $before, '… nothing changed');
	is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id AND move = 'accept'"), 1, 'one accept event');
	is(db_value("SELECT COUNT(*) FROM dossier_slips WHERE dossier_id = $id AND form = 1"), 1, 'one receipt (Form 1)');
	$r = act($o, $id, 'assign', version => $v, assignee => officer('hacthanh', 'processor')->user_id);
	is("$r->{status} " . code_of($r), '409 _=move.stale', 'another move on the form of the old version: 409 move.stale');
	$r = act($o, $id, 'assign', version => $v + 7, assignee => officer('hacthanh', 'processor')->user_id);
	is("$r->{status} " . code_of($r), '409 _=move.stale', 'a version from the future: 409 move.stale');
	$r = act($o, $id, 'assign', version => '', assignee => officer('hacthanh', 'processor')->user_id);
	is("$r->{status} " . code_of($r), '409 _=move.stale', 'no version: 409 move.stale');
	is_deeply(snapshot($id), $before, '… nothing changed');

	my $page = $o->post("/officer/dossiers/$id/move", [move => 'accept', version => $v]);
	is($page->{status}, 409, 'the HTML page of a second click: 409');
	like(join(' ', error_summary($page->{body})), qr/vừa được cập nhật/, '… saying the dossier changed meanwhile');
	like($page->{body}, qr{name="version" value="$before->{version}"}, '… its forms carry the current version');
};

# ------------------------------------------------------------------ two officers at once

subtest 'two officers at the same moment: one wins, the other is told, nothing lost' => sub {
	for my $round (1 .. 3) {
		# Two sessions of the one-stop desk: accept and refuse the same submission.
		my $id = build('submitted');
		my $v = dossier_row($id)->{version};
		my $o1 = officer('hacthanh', 'receiver');
		my $o2 = DVC::Submit::demo_user('tiepnhan.hacthanh@demo.thanhhoa.gov.vn');
		my $before = snapshot($id);
		my @out = parallel(
		    sub { my $r = act($o1, $id, 'accept', version => $v); "$r->{status} " . code_of($r) },
		    sub { my $r = act($o2, $id, 'refuse', version => $v, note => 'Hồ sơ không thuộc thẩm quyền'); "$r->{status} " . code_of($r) });
		my @won = grep { $out[$_] eq '303 ' } 0, 1;
		is(scalar @won, 1, "round $round, accept and refuse: one wins ($out[0] | $out[1])") or next;
		is($out[1 - $won[0]], '409 _=move.stale', '… the other: 409 move.stale');
		my $a = snapshot($id);
		is($a->{version}, $before->{version} + 1, '… one version up');
		is($a->{n_events}, $before->{n_events} + 1, '… one event');
		is($a->{n_slips}, $before->{n_slips} + 1, '… one slip');
		is($a->{n_outbox}, $before->{n_outbox} + 1, '… one e-mail');
		is($a->{status}, $won[0] == 0 ? 2 : 3, '… the winner\'s status');
		is(db_value("SELECT form FROM dossier_slips WHERE dossier_id = $id"), $won[0] == 0 ? 1 : 3, '… and its slip');

		# Two officers of two roles: the desk assigns while the processor stops.
		$id = build('received');
		$v = dossier_row($id)->{version};
		$before = snapshot($id);
		my $p = officer('hacthanh', 'processor');
		@out = parallel(
		    sub { my $r = act($o1, $id, 'assign', version => $v, assignee => $p->user_id); "$r->{status} " . code_of($r) },
		    sub { my $r = act($p, $id, 'stop', version => $v, note => 'Người nộp đề nghị dừng'); "$r->{status} " . code_of($r) });
		@won = grep { $out[$_] eq '303 ' } 0, 1;
		is(scalar @won, 1, "round $round, assign and stop: one wins ($out[0] | $out[1])") or next;
		is($out[1 - $won[0]], '409 _=move.stale', '… the other: 409 move.stale');
		$a = snapshot($id);
		is($a->{version}, $before->{version} + 1, '… one version up');
		is($a->{n_events}, $before->{n_events} + 1, '… one event');
		is($a->{status}, $won[0] == 0 ? 4 : 8, '… the winner\'s status');
	}
};

# ------------------------------------------------------------------ the electronic result

subtest 'the electronic result: POST /officer/dossiers/ID/result proposes it for approval' => sub {
	my $id = build('processing');
	my $p = officer('hacthanh', 'processor');
	my $before = snapshot($id);
	my $store = store_files();
	my $r = result_upload(officer('hacthanh', 'receiver'), $id, file('ket-qua.pdf', pdf_bytes("Ket qua $id " . rand), 'application/pdf'));
	is("$r->{status} " . code_of($r), '403 _=move.role', 'by the receiver: 403 move.role');
	is_deeply(snapshot($id), $before, '… nothing changed (no file row)');
	is_deeply(store_files(), $store, '… nothing left in the store');
	$r = result_upload($p, $id, file('ket-qua.pdf', elf_bytes(), 'application/pdf'));
	is($r->{status}, 415, 'a program as the result: 415') or diag(code_of($r));
	is($r->{errors}{result}, 'upload.type', '… upload.type at the result');
	is_deeply(snapshot($id), $before, '… nothing changed');
	$r = result_upload($p, $id, file('ket-qua.pdf', pdf_bytes("Ket qua $id " . rand), 'application/pdf'), version => $before->{version} - 1);
	is("$r->{status} " . code_of($r), '409 _=move.stale', 'on a stale form: 409 move.stale');
	is_deeply(snapshot($id), $before, '… nothing changed');
	is_deeply(store_files(), $store, '… nothing in the store');

	my $pdf = pdf_bytes("Giay khai sinh ban dien tu $id");
	$r = result_upload($p, $id, file('Giấy khai sinh điện tử.pdf', $pdf, 'application/pdf'));
	is($r->{status}, 303, 'by the processor it is assigned to: 303') or diag(code_of($r));
	is($r->{location}, "/officer/dossiers/$id?msg=done&move=propose", '… to the dossier');
	my $d = dossier_row($id);
	is($d->{awaiting_approval}, 1, 'awaiting approval');
	is($d->{result_kind}, 'file', 'an electronic result');
	my ($f) = grep { $_->{id} == ($d->{result_file_id} // 0) } files_of($id);
	ok($f, 'the file is the dossier\'s result') or return;
	is(db_value("SELECT kind FROM dossier_files WHERE id = $f->{id}"), 'result', '… of kind result');
	is($f->{name}, 'Giấy khai sinh điện tử.pdf', '… with its name');
	is($f->{mime}, 'application/pdf', '… its type from the content');
	is(db_value("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $id AND move = 'propose'"), 1, 'one propose event');
	my $dl = officer('hacthanh', 'approver')->get("/files/$f->{id}");
	is($dl->{status}, 200, 'the approver opens it');
	ok($dl->{raw} eq $pdf, '… the bytes uploaded');
	$before = snapshot($id);
	$store = store_files();
	$r = result_upload($p, $id, file('ket-qua-2.pdf', pdf_bytes("Ket qua 2 $id " . rand), 'application/pdf'));
	is("$r->{status} " . code_of($r), '409 _=move.status', 'a second result while the first awaits approval: 409 move.status');
	is_deeply(snapshot($id), $before, '… nothing changed');
	is_deeply(store_files(), $store, '… nothing in the store');
};

# ------------------------------------------------------------------ hand-over to another unit

subtest 'hand-over to a processor of another unit' => sub {
	my $id = build('processing');
	my $p = officer('hacthanh', 'processor');
	my $p2 = officer('stp', 'processor');
	my $stp = unit_id('stp');
	is(offered_moves($p2, $id), undef, 'before: the other unit\'s processor does not see it');
	my $m = move_by_name('handover');
	allowed_ok($id, $m, { name => 'processor', c => $p, role => 'processor', id => $p->user_id,
	    unit => unit_id('hacthanh') }, fields_for($id, $m, assignee => $p2->user_id));
	my $d = dossier_row($id);
	is($d->{holder_agency_id}, $stp, 'held by the other unit');
	is($d->{assignee_id}, $p2->user_id, 'assigned to its processor');
	is_deeply([db_col("SELECT agency_id FROM dossier_units WHERE dossier_id = $id ORDER BY agency_id")],
	    [sort { $a <=> $b } unit_id('hacthanh'), $stp], 'dossier_units: the receiving unit and the new one');

	my $who2 = { name => 'processor of the new unit', c => $p2, role => 'processor', id => $p2->user_id, unit => $stp };
	is_deeply(offered_moves($p2, $id), [sort map { $_->{name} } grep { expected($_, $d, $who2)->[0] == 303 } @MOVES],
	    'the new processor sees it, with the moves of the table');
	ok(listed($p2, $id, tab => 'process'), '… in the tab "process"');
	for my $role (qw(receiver processor approver)) {
		my $c = officer('hacthanh', $role);
		ok(listed($c, $id, tab => 'all'), "the first unit's $role still sees it in \"all\"");
		is(page_xml($c, "/officer/dossiers/$id")->{status}, 200, '… and opens it');
	}
	ok(!listed($p, $id, tab => 'process'), 'it left the first processor\'s tab "process"');
	my $before = snapshot($id);
	for my $mv (qw(supplement fees propose stop handover)) {
		my $r = act($p, $id, $mv, fields_for($id, move_by_name($mv), assignee => officer('hacthanh', 'processor')->user_id));
		is("$r->{status} " . code_of($r), '403 _=move.role', "the first processor $mv: 403 move.role");
	}
	my $r = act(officer('hacthanh', 'approver'), $id, 'stop', note => 'Dừng');
	is("$r->{status} " . code_of($r), '403 _=move.role', 'the first unit\'s approver stop: 403 move.role');
	is_deeply(snapshot($id), $before, '… nothing changed');

	# The new unit finishes it; the receiving unit returns it.
	step($id, 'stp', 'processor', 'propose');
	ok(listed(officer('stp', 'approver'), $id, tab => 'approve'), 'the new unit\'s approver has it to approve');
	$r = act(officer('hacthanh', 'approver'), $id, 'approve');
	is("$r->{status} " . code_of($r), '403 _=move.role', 'the first unit\'s approver approve: 403 move.role');
	step($id, 'stp', 'approver', 'approve');
	$d = dossier_row($id);
	is($d->{status}, 9, 'approved: status 9');
	is($d->{holder_agency_id}, unit_id('hacthanh'), 'back at the receiving unit\'s desk');
	ok(listed(officer('hacthanh', 'receiver'), $id, tab => 'return'), 'in its tab "return"');
	$r = act(officer('stp', 'receiver'), $id, 'return');
	is("$r->{status} " . code_of($r), '403 _=move.role', 'the other unit\'s receiver return: 403 move.role');
	step($id, 'hacthanh', 'receiver', 'return');
	is(dossier_row($id)->{status}, 10, 'returned: status 10');
	is(db_value("SELECT GROUP_CONCAT(move ORDER BY id) FROM dossier_events WHERE dossier_id = $id"),
	    'submit,accept,assign,handover,propose,approve,return', 'the history, in order');

	# The desk may send a received dossier straight to another unit's processor.
	$id = build('received');
	my $m2 = move_by_name('assign');
	allowed_ok($id, $m2, $ACTORS[0], fields_for($id, $m2, assignee => $p2->user_id));
	is(dossier_row($id)->{holder_agency_id}, $stp, 'assigned to the other unit\'s processor: held by that unit');
	ok(listed($p2, $id, tab => 'process'), '… in its processor\'s tab "process"');
	ok(!listed($p, $id, tab => 'process'), '… not in the first unit\'s');
};

done_testing();
