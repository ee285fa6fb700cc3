#!/usr/bin/perl
# A dossier's page for its applicant (/dossiers/{code}, dvc-dossiers) and what the applicant
# does from it, through the real flow (DVC::Officer walks the officers' moves): the timeline
# from the process-control slip (a step an event, its unit, when it came and left, the working
# time it took), the clock against the time allotted, the slips (opened and printable by the
# applicant), the files and the result's bytes through dvc-files; a supplement uploaded and
# sent with the clock restarted or resumed as the procedure says (the calendar counted again
# in Perl, DVC::Officer::calendar), completion before acceptance, a withdrawal, a rating once,
# feedback answered by the unit's officer. Wrong states, stale forms and bad files are refused
# with a message and change nothing; another user gets 404 on every URL of the dossier.
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

my $me = applicant();
my $p = default_procedure('hacthanh');
my $H = $p->{hours};
my $rule0 = db_value("SELECT clock_after_supplement FROM procedures WHERE id = $p->{id}");
END { db_rows("UPDATE procedures SET clock_after_supplement = '$rule0' WHERE id = $p->{id}") if $rule0 }

sub code_of { dossier_row($_[0])->{code} }

# The page in XML: the dossier's record, the timeline's steps, and the raw body.
sub page {
	my ($c, $id) = @_;
	my $r = $c->get('/dossiers/' . code_of($id) . '?format=xml');
	my ($d) = xml_records($r->{body} // '', 'dossier');
	my ($tl) = ($r->{body} // '') =~ m{<timeline>(.*?)</timeline>}s;
	return { status => $r->{status}, d => $d // {}, steps => [xml_records($tl // '', 'step')],
	    files => [xml_records($r->{body} // '', 'file')], slips => [xml_records($r->{body} // '', 'slip')],
	    feedback => [xml_records($r->{body} // '', 'item')],
	    moves => [moves_of($r->{body})], body => $r->{body} };
}

# The applicant's moves the page offers (/page/moves/move).
sub moves_of {
	my ($xml) = @_;
	my ($moves) = ($xml // '') =~ m{<moves>(.*?)</moves>}s;
	return ($moves // '') =~ m{<move>(\w+)</move>}g;
}

# POST a form of the page as it sends it (the version shown unless given); the response with
# the XML form's errors.
sub act_mine {
	my ($c, $id, $what, %f) = @_;
	my @pairs;
	if ($what eq 'move') {
		my $v = exists $f{version} ? delete $f{version} : dossier_row($id)->{version};
		push @pairs, version => $v;
	}
	push @pairs, $_ => $f{$_} for sort keys %f;
	my $r = $c->post('/dossiers/' . code_of($id) . "/$what?format=xml", \@pairs);
	$r->{errors} = $r->{status} == 303 ? {} : DVC::Officer::form_errors($r->{body});
	return $r;
}

# A supplement's upload to COMPONENT of ID as the page's form sends it.
sub supplement {
	my ($c, $id, $component, @files) = @_;
	my ($type, $body) = DVC::Submit::multipart_body([[component => $component], @files], csrf => $c->csrf);
	my $r = $c->post_multipart('/dossiers/' . code_of($id) . '/files?format=xml', $type, $body);
	$r->{errors} = $r->{status} == 303 ? {} : DVC::Officer::form_errors($r->{body});
	return $r;
}

sub pdf { DVC::Submit::file($_[0], DVC::Submit::pdf_bytes("$_[0] $$ " . rand()), 'application/pdf') }
my ($comp) = grep { $_->{file_types} =~ /\bpdf\b/ } DVC::Submit::procedure_components($p->{id});

# ------------------------------------------------------------------ the timeline

my $ret = build('returned');

subtest 'the timeline: a step an event, its unit, when it came and left, the time it took' => sub {
	my $pg = page($me, $ret);
	is($pg->{status}, 200, 'GET /dossiers/CODE: 200');
	my @ev = db_rows("SELECT e.move, e.to_status, DATE_FORMAT(e.at + INTERVAL 7 HOUR, '%d/%m/%Y %H:%i'),"
	    . " COALESCE(e.minutes_used, ''), COALESCE(ta.name, '') FROM dossier_events e LEFT JOIN agencies ta ON ta.id = e.to_agency_id"
	    . " WHERE e.dossier_id = $ret ORDER BY e.at, e.id");
	my @s = @{ $pg->{steps} };
	is(scalar @s, scalar @ev, scalar(@ev) . ' steps, one per event');
	is_deeply([map { $_->{move} } @s], [map { $_->[0] } @ev], '… in order: ' . join(' ', map { $_->[0] } @ev));
	is_deeply([map { $_->{at} } @s], [map { $_->[2] } @ev], '… each arrived when its event was recorded');
	for my $i (0 .. $#s - 1) {
		is($s[$i]{left_at}, $ev[$i + 1][2], "step $i left when the next began");
		is($s[$i]{step_minutes}, $ev[$i + 1][3], "step $i took the working time the next event recorded ($ev[$i + 1][3] min)");
	}
	ok(!defined $s[-1]{left_at} && !defined $s[-1]{current}, 'the return is the last step, not in progress');
	my $unit = db_value("SELECT a.name FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.id = $ret");
	is($s[0]{holder}, $unit, "the submission: with the receiving unit ($unit)");
	my $text = text_of($me->get('/dossiers/' . code_of($ret))->{body});
	like($text, qr/Quá trình xử lý/, 'HTML: the timeline');
	like($text, qr/Tiếp nhận hồ sơ.*Chuyển xử lý.*Phê duyệt kết quả.*Trả kết quả/s, 'HTML: the steps in plain Vietnamese, in order');
	like($text, qr/Đơn vị: \Q$unit\E/, 'HTML: the unit of each step');
	unlike($pg->{body}, qr/<user_name>|Trình phê duyệt kết quả.*Ghi chú thử/s, 'no officer\'s name nor internal note');
	my $d = dossier_row($ret);
	is($pg->{d}{minutes_allotted}, $H * 60, "the time allotted: $H working hours");
	is($pg->{d}{minutes_used}, $d->{clock_used_min}, 'the time used: what the clock kept');
	is($pg->{d}{finished_on_time}, (utc_epoch($d->{finished_at}) <= utc_epoch($d->{due_at}) ? 1 : 0), 'on time: finished no later than due');
	like($text, qr/Giải quyết đúng hạn/, 'HTML: "Giải quyết đúng hạn"');
};

subtest 'a dossier in progress: its current step counts the working time so far' => sub {
	my $id = build('processing');
	db_rows("UPDATE dossiers SET received_at = received_at - INTERVAL 3 DAY, clock_started_at = clock_started_at - INTERVAL 3 DAY WHERE id = $id");
	my $pg = page($me, $id);
	my $cal = calendar();
	my $last = $pg->{steps}[-1];
	is($last->{current}, 1, 'the last step is in progress');
	my $at = utc_epoch(db_value("SELECT MAX(at) FROM dossier_events WHERE dossier_id = $id"));
	my $t = time;
	ok(abs($last->{step_minutes} - $cal->between($at, $t)) <= 1, "… its working minutes so far ($last->{step_minutes}) as the calendar counts them");
	my $d = dossier_row($id);
	my $used = $cal->between(utc_epoch($d->{clock_started_at}), $t);
	ok(abs($pg->{d}{minutes_used} - $used) <= 1, "the clock: $pg->{d}{minutes_used} min used, the calendar $used");
	is($pg->{d}{clock}, 'running', '… running');
	is($pg->{d}{late}, (utc_epoch($d->{due_at}) < $t ? 1 : 0), '… late only past the due date');
	is_deeply([sort @{ $pg->{moves} }], ['withdraw'], 'the applicant may ask to withdraw, nothing else');
};

subtest 'past its due date while open: late, said so; returned by post: the tracking number' => sub {
	my $id = build('processing');
	# The acceptance and its due date moved back in SQL, as if it had waited for days.
	db_rows("UPDATE dossiers SET received_at = received_at - INTERVAL 20 DAY, clock_started_at ="
	    . " clock_started_at - INTERVAL 20 DAY, due_at = UTC_TIMESTAMP() - INTERVAL 10 DAY WHERE id = $id");
	my $pg = page($me, $id);
	is($pg->{d}{late}, 1, 'late');
	ok($pg->{d}{minutes_left} < 0, "… $pg->{d}{minutes_left} working minutes left");
	like(text_of($me->get('/dossiers/' . code_of($id))->{body}), qr/Đã quá hạn giải quyết/, 'HTML: "Đã quá hạn giải quyết"');
	my $m = $me->get('/dossiers/?status=4&format=xml');
	my ($row) = grep { $_->{id} == $id } xml_records($m->{body}, 'dossier');
	is($row->{late}, 1, '"Hồ sơ của tôi" marks it late');

	my $post = build('returned', channel => 'postal');
	my $tracking = dossier_row($post)->{postal_tracking};
	ok($tracking ne '', "returned by post with $tracking");
	my $text = text_of($me->get('/dossiers/' . code_of($post))->{body});
	like($text, qr/Số hiệu bưu gửi \Q$tracking\E/, 'HTML: the postal tracking number');
	like($text, qr/Kết quả đã được gửi qua dịch vụ bưu chính công ích/, 'HTML: the result went by post');
};

# ------------------------------------------------------------------ slips, files, the result

subtest 'slips: the applicant opens and prints them; the officers\' page is the same layout' => sub {
	my $pg = page($me, $ret);
	my @forms = map { $_->{form} } @{ $pg->{slips} };
	is_deeply(\@forms, [1], 'the returned dossier has its receipt (Form 1)');
	my $sid = $pg->{slips}[0]{id};
	my $r = $me->get("/dossiers/slips/$sid");
	is($r->{status}, 200, 'GET /dossiers/slips/ID: 200');
	my $text = text_of($r->{body});
	like($text, qr/GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ/i, 'Form 1, as officer-slip.xsl lays it out');
	like($text, qr/\Q${\ code_of($ret) }\E/, '… with the code');
	like($r->{body}, qr{href="/dossiers/\Q${\ code_of($ret) }\E"}, '… and the way back to the applicant\'s page');
	unlike($r->{body}, qr{href="/officer/}, '… no officer link');
	my $o = officer('hacthanh', 'receiver');
	my $ro = $o->get("/officer/slips/$sid");
	is($ro->{status}, 200, 'the officer\'s copy still: 200');
	like($ro->{body}, qr{href="/officer/dossiers/$ret"}, '… with its way back to the officer\'s view');
	is($me->get('/dossiers/slips/999999999')->{status}, 404, 'a slip that does not exist: 404');
};

subtest 'files and the result: links through dvc-files, the result\'s exact bytes' => sub {
	my $id = build('processing');
	my $bytes = DVC::Submit::pdf_bytes("Ket qua $$ " . rand());
	my $r = result_upload(officer('hacthanh', 'processor'), $id, DVC::Submit::file('ket-qua.pdf', $bytes, 'application/pdf'));
	is($r->{status}, 303, 'the processor proposes an electronic result');
	step($id, 'hacthanh', 'approver', 'approve');
	my $pg = page($me, $id);
	unlike($me->get('/dossiers/' . code_of($id))->{body}, qr/Tải kết quả/, 'approved but not returned: no download yet');
	step($id, 'hacthanh', 'receiver', 'return');
	$pg = page($me, $id);
	my $fid = dossier_row($id)->{result_file_id};
	my $html = $me->get('/dossiers/' . code_of($id))->{body};
	like($html, qr{href="/files/$fid"}, 'returned: the result links to /files/ID');
	my $dl = $me->get("/files/$fid");
	is($dl->{status}, 200, 'the applicant downloads it: 200');
	ok($dl->{raw} eq $bytes, '… the exact bytes uploaded (' . length($bytes) . ')');
	my @files = @{ $pg->{files} };
	ok(@files >= 1, scalar(@files) . ' files submitted listed');
	like($html, qr{href="/files/$_->{id}"}, "file $_->{name}: a link") for @files;
	is($me->get("/files/$files[0]{id}")->{status}, 200, '… which the applicant may download');
	ok(!grep({ $_->{id} == $fid } @files), 'the result is not among the files submitted');
};

# ------------------------------------------------------------------ supplements

for my $rule (qw(restart resume)) {
	subtest "a supplement, uploaded and sent: status 4, the clock ${rule}s" => sub {
		db_rows("UPDATE procedures SET clock_after_supplement = '$rule' WHERE id = $p->{id}");
		my $cal = calendar();
		my $id = build('processing');
		db_rows("UPDATE dossiers SET received_at = received_at - INTERVAL 2 DAY, clock_started_at = clock_started_at - INTERVAL 2 DAY WHERE id = $id");
		step($id, 'hacthanh', 'processor', 'supplement', note => 'Bổ sung bản sao CCCD có chứng thực');
		my $used = dossier_row($id)->{clock_used_min};
		my $pg = page($me, $id);
		is($pg->{d}{status}, 5, 'status 5');
		is($pg->{d}{next_step}, 'supplement', '… the next step: supplement');
		like(text_of($me->get('/dossiers/' . code_of($id))->{body}), qr/Bổ sung bản sao CCCD có chứng thực/, 'HTML: what was asked');
		my $r = act_mine($me, $id, 'move', move => 'supplemented');
		is($r->{status}, 422, 'sent without a file: 422');
		is($r->{errors}{_}, 'supplement.none', '… supplement.none');
		is(dossier_row($id)->{status}, 5, '… still 5');
		my $s = snapshot($id);
		$r = supplement($me, $id, $comp->{id}, DVC::Submit::file('virus.pdf', DVC::Submit::elf_bytes(), 'application/pdf'));
		is($r->{status}, 415, 'an executable named .pdf: 415 as at submission');
		is($r->{errors}{"component-$comp->{id}"}, 'upload.type', '… upload.type at the component');
		is_deeply(snapshot($id), $s, '… nothing changed');
		$r = supplement($me, $id, $comp->{id}, pdf('ban-sao-cccd.pdf'));
		is($r->{status}, 303, 'a PDF: 303');
		$pg = page($me, $id);
		my ($f) = grep { $_->{name} eq 'ban-sao-cccd.pdf' } @{ $pg->{files} };
		ok($f && $f->{kind} eq 'supplement' && $f->{since_request} == 1, '… listed as a supplement not sent yet');
		is(dossier_row($id)->{status}, 5, '… the status still 5 until it is sent');
		$r = supplement($me, $id, $comp->{id}, pdf('nham-tep.pdf'));
		my $wrong = db_value("SELECT id FROM dossier_files WHERE dossier_id = $id AND name = 'nham-tep.pdf'");
		$r = $me->post('/dossiers/' . code_of($id) . '/remove', [file => $wrong]);
		is($r->{status}, 303, 'a wrong file taken back before sending: 303');
		is(db_value("SELECT COUNT(*) FROM dossier_files WHERE id = $wrong"), 0, '… gone');
		my $submitted = db_value("SELECT MIN(id) FROM dossier_files WHERE dossier_id = $id AND kind = 'component'");
		is($me->post('/dossiers/' . code_of($id) . '/remove', [file => $submitted])->{status}, 404,
		    'a file submitted with the dossier: 404, kept');
		is(db_value("SELECT COUNT(*) FROM dossier_files WHERE id = $submitted"), 1, '… still there');
		$r = act_mine($me, $id, 'move', move => 'supplemented', version => dossier_row($id)->{version} - 1);
		is($r->{status}, 409, 'sent from a stale page: 409');
		is($r->{errors}{_}, 'move.stale', '… move.stale');
		my $t0 = time;
		$r = act_mine($me, $id, 'move', move => 'supplemented');
		is($r->{status}, 303, 'sent: 303');
		my $d = dossier_row($id);
		is($d->{status}, 4, '… status 4');
		my $t = utc_epoch($d->{clock_started_at});
		ok($t >= $t0 - 1 && $t <= time + 1, '… the clock runs again from now');
		my ($e) = db_rows("SELECT move, role, from_status, to_status FROM dossier_events WHERE dossier_id = $id ORDER BY id DESC LIMIT 1");
		is("@$e", 'supplemented applicant 5 4', '… the event: supplemented by the applicant, 5 → 4');
		if ($rule eq 'restart') {
			is($d->{clock_used_min}, 0, 'restart: the time used from nothing');
			is($d->{due_at}, utc_text($cal->due($t, $H, 0)), "… due $H working hours from now");
		} else {
			is($d->{clock_used_min}, $used, "resume: the $used minutes used kept");
			my $left = $H * 60 - $used;
			$left = 0 if $left < 0;
			is($d->{due_at}, utc_text($cal->add($cal->next_open($t), $left)), "… due after the $left minutes left");
		}
		is($me->post('/dossiers/' . code_of($id) . '/remove', [file => $f->{id}])->{status}, 404,
		    'the supplement, once sent, cannot be taken back: 404');
		$r = supplement($me, $id, $comp->{id}, pdf('muon.pdf'));
		is($r->{status}, 409, 'another file once processing again: 409');
		is($r->{errors}{_}, 'supplement.status', '… supplement.status');
		is(db_value("SELECT COUNT(*) FROM dossier_files WHERE dossier_id = $id AND name = 'muon.pdf'"), 0, '… not recorded');
	};
}

subtest 'completing the dossier before acceptance (status 1): files added, status kept' => sub {
	my $id = new_dossier();
	my $r = supplement($me, $id, $comp->{id}, pdf('som.pdf'));
	is($r->{status}, 409, 'before the desk asks: 409');
	step($id, 'hacthanh', 'receiver', 'complete', note => 'Thiếu tờ khai có chữ ký');
	my $pg = page($me, $id);
	is($pg->{d}{next_step}, 'complete', 'the next step: complete');
	ok(scalar(() = $pg->{body} =~ /<component>/g) >= 1, 'the components to add files to');
	$r = supplement($me, $id, $comp->{id}, pdf('to-khai-ky.pdf'));
	is($r->{status}, 303, 'a file added: 303');
	is(db_value("SELECT kind FROM dossier_files WHERE dossier_id = $id AND name = 'to-khai-ky.pdf'"), 'supplement', '… recorded as a supplement');
	is(dossier_row($id)->{status}, 1, '… the status still 1, for the desk to receive');
	ok(!grep({ $_ eq 'supplemented' } @{ page($me, $id)->{moves} }), 'no "send": the desk receives it');
	$r = act_mine($me, $id, 'move', move => 'supplemented');
	is($r->{status}, 409, 'sending anyway: 409');
	step($id, 'hacthanh', 'receiver', 'accept');
	is(dossier_row($id)->{status}, 2, 'the desk accepts it');
};

# ------------------------------------------------------------------ withdrawal

subtest 'withdrawal: confirmed, from an open status; refused otherwise, nothing changed' => sub {
	my $id = build('processing');
	my $s = snapshot($id);
	my $r = act_mine($me, $id, 'move', move => 'withdraw', note => 'Không còn nhu cầu');
	is($r->{status}, 422, 'not confirmed: 422');
	is($r->{errors}{confirm}, 'withdraw.confirm', '… withdraw.confirm at the checkbox');
	is_deeply(snapshot($id), $s, '… nothing changed');
	$r = act_mine($me, $id, 'move', move => 'withdraw', confirm => 1, note => 'Không còn nhu cầu');
	is($r->{status}, 303, 'confirmed: 303');
	is($r->{location}, '/dossiers/' . code_of($id) . '?msg=withdraw', '… back to the page');
	is(dossier_row($id)->{status}, 7, '… status 7');
	$s = snapshot($id);
	$r = act_mine($me, $id, 'move', move => 'withdraw', confirm => 1);
	is($r->{status}, 409, 'again: 409');
	is($r->{errors}{_}, 'move.status', '… move.status');
	is_deeply(snapshot($id), $s, '… nothing changed');
	$s = snapshot($ret);
	$r = act_mine($me, $ret, 'move', move => 'withdraw', confirm => 1);
	is($r->{status}, 409, 'a returned dossier: 409');
	is_deeply(snapshot($ret), $s, '… nothing changed');
	$r = act_mine($me, $ret, 'move', move => 'accept');
	is($r->{status}, 400, 'an officer\'s move: 400');
	$r = act_mine($me, $ret, 'move', move => 'nonsense');
	is($r->{status}, 400, 'an unknown move: 400');
	is_deeply(snapshot($ret), $s, '… nothing changed');
	step($id, 'hacthanh', 'receiver', 'withdrawn');
	is(dossier_row($id)->{status}, 8, 'the desk confirms: 8');
};

# ------------------------------------------------------------------ rating

subtest 'rating: once, after the return' => sub {
	my $id = build('processing');
	my $r = act_mine($me, $id, 'rate', level => 'satisfied');
	is($r->{status}, 409, 'being processed: 409');
	is($r->{errors}{_}, 'rating.status', '… rating.status');
	is(db_value("SELECT COUNT(*) FROM dossier_ratings WHERE dossier_id = $id"), 0, '… no rating');
	$r = act_mine($me, $ret, 'rate', level => 'rat_tot');
	is($r->{status}, 422, 'an unknown level: 422');
	is($r->{errors}{level}, 'rating.level', '… rating.level');
	$r = act_mine($me, $ret, 'rate', level => 'very_satisfied', comment => 'Cán bộ hướng dẫn tận tình');
	is($r->{status}, 303, 'rất hài lòng: 303');
	is_deeply([db_rows("SELECT level, comment, user_id FROM dossier_ratings WHERE dossier_id = $ret")],
	    [['very_satisfied', 'Cán bộ hướng dẫn tận tình', $me->user_id]], '… recorded');
	$r = act_mine($me, $ret, 'rate', level => 'unsatisfied');
	is($r->{status}, 409, 'twice: 409');
	is($r->{errors}{_}, 'rating.twice', '… rating.twice');
	is(db_value("SELECT level FROM dossier_ratings WHERE dossier_id = $ret"), 'very_satisfied', '… the first kept');
	my $text = text_of($me->get('/dossiers/' . code_of($ret))->{body});
	like($text, qr/Bạn đã đánh giá: Rất hài lòng/, 'HTML: the rating given');
	is(page($me, $ret)->{d}{next_step} // '', '', 'no step left');
};

# ------------------------------------------------------------------ feedback

subtest 'feedback: the applicant writes, the unit answers within the deadline shown to both' => sub {
	my $id = build('processing');
	my $r = act_mine($me, $id, 'feedback', body => "  \n ");
	is($r->{status}, 422, 'blank: 422');
	is($r->{errors}{body}, 'feedback.required', '… feedback.required');
	$r = act_mine($me, $id, 'feedback', body => 'ơ' x 2001);
	is($r->{status}, 422, '2001 characters: 422');
	is($r->{errors}{body}, 'feedback.too_long', '… feedback.too_long');
	is(db_value("SELECT COUNT(*) FROM dossier_feedback WHERE dossier_id = $id"), 0, '… nothing recorded');
	my $cal = calendar();
	my $t0 = time;
	$r = act_mine($me, $id, 'feedback', body => 'Đề nghị cho biết vì sao hồ sơ chậm');
	my $t1 = time;
	is($r->{status}, 303, 'written: 303');
	my ($row) = db_rows("SELECT id, body, UNIX_TIMESTAMP(due_at), answer IS NULL FROM dossier_feedback WHERE dossier_id = $id");
	is($row->[1], 'Đề nghị cho biết vì sao hồ sơ chậm', '… recorded');
	my @due = map { $cal->add($cal->next_open($_), 10 * 8 * 60) } $t0, $t1;
	ok($row->[2] >= $due[0] && $row->[2] <= $due[1], '… due in 10 working days: ' . vn_text($row->[2]));
	like(text_of($me->get('/dossiers/' . code_of($id))->{body}), qr/hạn trả lời \Q${\ vn_text($row->[2]) }\E/, 'the applicant sees the deadline');
	my $o = officer('hacthanh', 'processor');
	my $view = $o->get("/officer/dossiers/$id");
	like(text_of($view->{body}), qr/Đề nghị cho biết vì sao hồ sơ chậm.*hạn trả lời|hạn trả lời.*Đề nghị cho biết vì sao hồ sơ chậm/s, 'the officer sees it with the deadline');
	my $other = officer('stp', 'receiver');
	$r = $other->post("/officer/dossiers/$id/feedback", [feedback => $row->[0], answer => 'Không phải đơn vị tôi']);
	is($r->{status}, 404, 'an officer of another unit: 404');
	$r = $o->post("/officer/dossiers/$id/feedback?format=xml", [feedback => $row->[0], answer => ' ']);
	is($r->{status}, 422, 'a blank answer: 422');
	$r = $o->post("/officer/dossiers/$id/feedback", [feedback => $row->[0], answer => 'Hồ sơ đang chờ xác minh, sẽ trả đúng hẹn.']);
	is($r->{status}, 303, 'answered: 303');
	my ($ans) = db_rows("SELECT answer, answered_by, a.code FROM dossier_feedback f JOIN agencies a ON a.id = f.answer_agency_id WHERE f.id = $row->[0]");
	is_deeply($ans, ['Hồ sơ đang chờ xác minh, sẽ trả đúng hẹn.', $o->user_id, $UNIT{hacthanh}{code}], '… in the name of the unit');
	my @mail = db_rows("SELECT o.recipient = d.applicant_email, o.subject, o.body FROM outbox o"
	    . " JOIN dossiers d ON d.id = o.dossier_id WHERE o.dossier_id = $id AND o.move = 'feedback'");
	is(scalar @mail, 1, 'the applicant is told of the answer: one e-mail in the outbox');
	is($mail[0][0], 1, '… to the dossier\'s address');
	like($mail[0][1], qr/\Q${\ code_of($id)}\E.*Trả lời phản ánh, kiến nghị/, '… its subject names the dossier and the answer');
	like($mail[0][2], qr/Hồ sơ đang chờ xác minh, sẽ trả đúng hẹn\..*\/dossiers\/\Q${\ code_of($id)}\E/s,
	    '… its body holds the answer and the link to the dossier\'s page');
	$r = $o->post("/officer/dossiers/$id/feedback?format=xml", [feedback => $row->[0], answer => 'Lần hai']);
	is($r->{status}, 409, 'answered twice: 409');
	is(db_value("SELECT COUNT(*) FROM outbox WHERE dossier_id = $id AND move = 'feedback'"), 1, '… and no second e-mail');
	my $text = text_of($me->get('/dossiers/' . code_of($id))->{body});
	like($text, qr/Hồ sơ đang chờ xác minh, sẽ trả đúng hẹn\./, 'the applicant reads the answer');
};

# ------------------------------------------------------------------ another user

subtest 'another user: 404 on every URL of the dossier, nothing changed' => sub {
	my $b = DVC::Submit::citizen();
	my $id = build('supplement');
	my $code = code_of($id);
	supplement($me, $id, $comp->{id}, pdf('cua-toi.pdf'))->{status} == 303 or die 'supplement';
	my $fid = db_value("SELECT id FROM dossier_files WHERE dossier_id = $id AND name = 'cua-toi.pdf'");
	my $s = snapshot($id);
	my $sid = db_value("SELECT id FROM dossier_slips WHERE dossier_id = $id ORDER BY id LIMIT 1");
	my $n_rate = db_value('SELECT COUNT(*) FROM dossier_ratings');
	my $n_fb = db_value('SELECT COUNT(*) FROM dossier_feedback');
	my $mine = $me->get("/dossiers/$code");
	is($mine->{status}, 200, 'the applicant: 200');
	my $r = $b->get("/dossiers/$code");
	error_page_ok($r, 404, 'another citizen GET /dossiers/CODE');
	my $none = $b->get('/dossiers/000.00.00.H56-991231-9999');
	is($none->{status}, 404, 'a code that does not exist: 404');
	is(text_of($r->{body}) =~ s/Mã sự cố: \w+//r, text_of($none->{body}) =~ s/Mã sự cố: \w+//r, '… the same page');
	is($b->get("/dossiers/slips/$sid")->{status}, 404, 'its slip: 404');
	is(supplement($b, $id, $comp->{id}, pdf('cua-nguoi-khac.pdf'))->{status}, 404, 'a supplement: 404');
	is($b->post("/dossiers/$code/remove", [file => $fid])->{status}, 404, 'take back its supplement\'s file: 404');
	is($b->post("/dossiers/$code/move", [move => 'supplemented', version => $s->{version}])->{status}, 404, 'send the supplement: 404');
	is($b->post("/dossiers/$code/move", [move => 'withdraw', version => $s->{version}, confirm => 1])->{status}, 404, 'withdraw: 404');
	is($b->post('/dossiers/' . code_of($ret) . '/rate', [level => 'unsatisfied'])->{status}, 404, 'rate: 404');
	is($b->post("/dossiers/$code/feedback", [body => 'Xem trộm'])->{status}, 404, 'feedback: 404');
	is_deeply(snapshot($id), $s, 'nothing changed');
	is(db_value('SELECT COUNT(*) FROM dossier_ratings'), $n_rate, '… no rating');
	is(db_value('SELECT COUNT(*) FROM dossier_feedback'), $n_fb, '… no feedback');
	is(db_value("SELECT COUNT(*) FROM dossier_files WHERE dossier_id = $id AND name = 'cua-nguoi-khac.pdf'"), 0,
	    '… no file');
	my $anon = DVC::Submit::client();
	$r = $anon->get("/dossiers/$code");
	is($r->{status}, 303, 'anonymous: to the login page');
	is(officer('hacthanh', 'receiver')->get("/dossiers/$code")->{status}, 403, 'an officer: 403 (the officers\' view is /officer/)');
	is($me->get('/dossiers/bad%20code')->{status}, 404, 'a malformed code: 404');
};

done_testing();
