#!/usr/bin/perl
# Which unit receives a dossier (Decree 118/2025, sql/009_receiving_units.sql): a commune-level
# procedure is offered with every commune and ward, the one the applicant's address names
# proposed, and the ward chosen on step 1 receives it (its code begins the dossier code, its
# receiver has it in the inbox, another unit's does not); a province-level one is received at
# the Public Administration Service Centre or the department, or shows its one unit; a forged
# unit is a form error and saves nothing; the catalogue shows the level of government and where
# each procedure is received; and the demo catalogue agrees with its own notes.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use Unicode::Normalize qw(NFD);
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $COMMUNE_SENTENCE = 'Ủy ban nhân dân xã, phường bất kỳ trong tỉnh do bạn chọn (Nghị định 118/2025/NĐ-CP)';

# ------------------------------------------------------------------ the seed's units

sub agency {
	my ($where) = @_;
	my ($row) = db_rows("SELECT id, code, name, address FROM agencies WHERE $where");
	return $row ? { id => $row->[0], code => $row->[1], name => $row->[2], address => $row->[3] } : undef;
}

my @wards = map { { id => $_->[0], code => $_->[1], name => $_->[2], place => $_->[3] } }
    db_rows("SELECT id, code, name, place FROM agencies WHERE kind = 'commune' ORDER BY sort, name");
cmp_ok(scalar @wards, '>=', 3, 'the seed has at least three wards') or BAIL_OUT('no wards');
ok(!grep({ $_->{place} eq '' } @wards), 'each ward has its place, as addresses name it');
my $centre = agency("kind = 'center'");
ok($centre, "the seed has the Public Administration Service Centre ($centre->{code})") or BAIL_OUT('no Centre');
like($centre->{code}, qr/^000\.00\.\d\d\.H56$/, 'its code has the QCVN 102 form 000.00.NN.H56');

# The demo receivers, by agency code (conf/dev/demo-accounts.txt).
my %receiver;
{
	open(my $fh, '<:encoding(UTF-8)', "$ENV{DVC_REPO}/conf/dev/demo-accounts.txt") or die $!;
	while (my $line = <$fh>) {
		next if $line =~ /^\s*(#|$)/;
		my @f = map { s/^\s+|\s+$//gr } split /\|/, $line;
		for (split ' ', $f[4] // '') {
			my ($code, $role) = split /:/;
			$receiver{$code} //= $f[1] if $role eq 'receiver';
		}
	}
	close $fh;
}
is($receiver{ $centre->{code} }, 'tiepnhan.ttphvc@demo.thanhhoa.gov.vn', 'the Centre has its demo receiver');

my %officer;	# e-mail => signed-in client
sub officer_of {
	my ($code) = @_;
	my $email = $receiver{$code} // die "no demo receiver at $code";
	return $officer{$email} //= demo_user($email);
}

# In the receiving unit's inbox (GET /officer/, the receiver's first tab), and in no other
# demo receiver's, not even under "all".
sub inbox_ok {
	my ($code, $unit_code, $what) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $q = url_escape($code);
	my $r = officer_of($unit_code)->get("/officer/?q=$q");
	is($r->{status}, 200, "$what: the inbox of $receiver{$unit_code} opens");
	like(text_of($r->{body}), qr/\Q$code\E/, "$what: $code waits there to be received");
	for my $other (sort grep { $_ ne $unit_code } keys %receiver) {
		my $o = officer_of($other)->get("/officer/?tab=all&q=$q");
		unlike(text_of($o->{body}), qr/\Q$code\E/, "$what: not in the inbox of $receiver{$other}");
	}
}

# A citizen with ADDRESS in the profile (the account's own form).
sub citizen_at {
	my ($address) = @_;
	my $c = citizen();
	$c->refresh_csrf('/account/profile');
	my $r = $c->post('/account/profile', [phone => $c->who->{phone}, email => $c->who->{email},
	    address => $address, org_name => '', org_tax_code => '']);
	$r->{status} == 303 or die "profile: $r->{status} " . join(' | ', error_summary($r->{body}));
	$c->refresh_csrf;
	return $c;
}

# The step-1 fields as saved, to post them again with a change.
sub info_fields {
	my ($id, %change) = @_;
	my $d = dossier($id);
	my %f = ((map { $_ => $d->{$_} } qw(applicant_phone applicant_email applicant_address request_note)), %change);
	return [map { $_ => $f{$_} } sort keys %f];
}

# The options of the select agency_id: ([ids in order], selected id).
sub unit_options {
	my ($html) = @_;
	my ($sel) = ($html // '') =~ m{<select\b[^>]*\bname="agency_id"[^>]*>(.*?)</select>}s or return ([], undef);
	my @ids = $sel =~ m{<option value="(\d+)"}g;
	my ($chosen) = $sel =~ m{<option value="(\d+)"\s+selected}g;
	return (\@ids, $chosen);
}

# The radios agency_id: ([ids in order], checked id).
sub unit_radios {
	my ($html) = @_;
	my (@ids, $checked);
	while (($html // '') =~ m{<input\b([^>]*\bname="agency_id"[^>]*)>}g) {
		my $attrs = $1;
		my ($v) = $attrs =~ /\bvalue="(\d+)"/ or next;
		push @ids, $v;
		$checked = $v if $attrs =~ /\bchecked\b/;
	}
	return (\@ids, $checked);
}

sub submit_ok {
	my ($c, $id, $channel, $what) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	$c->fill_required($id);
	$c->choose($id, channel => $channel);
	my $r = $c->submit($id);
	is($r->{status}, 303, "$what: submitted") or diag(join ' | ', error_summary($r->{body}));
	return dossier($id);
}

# ------------------------------------------------------------------ commune level

my $pc = pick_procedure(gov_level => 'commune', level => 4, channels => ['online'], types => ['pdf'],
    max_required => 3);
ok($pc, "a commune-level procedure to submit online ($pc->{code})") or BAIL_OUT('no commune-level procedure');
my ($w1, $w2, $w3) = @wards;
my ($hac) = grep { $receiver{ $_->{code} } } @wards;
ok($hac, "a ward with a demo receiver ($hac->{name})") or BAIL_OUT('no ward receiver');
# The address names a ward on a street named after another one: the place, with its word
# "phường", is what counts.
(my $street = $hac->{place}) =~ s/^\S+\s+//;
my ($named) = grep { $_->{id} != $hac->{id} } @wards;
my ($away) = grep { $_->{id} != $hac->{id} && $_->{id} != $named->{id} && !$receiver{ $_->{code} } } @wards;
ok($away, "a third ward, without a demo receiver ($away->{name})") or BAIL_OUT('no third ward');
my $address = "Số 8 ngõ 3 đường $street, $named->{place}, tỉnh Thanh Hóa";

subtest 'commune level: every ward offered, the one the address names proposed' => sub {
	my $c = citizen_at($address);
	my $id = $c->new_draft($pc->{code});
	my $d = dossier($id);
	is($d->{agency_id}, $named->{id}, "the draft is proposed to $named->{name}, named in '$address'");
	is($d->{applicant_address}, $address, 'the address copied from the profile');

	my $x = $c->get("/submit/$id/info?format=xml");
	is($x->{status}, 200, 'GET /submit/ID/info?format=xml: 200');
	my ($units) = $x->{body} =~ m{<units>(.*?)</units>}s;
	my @u = xml_records($units // '', 'unit');
	is_deeply([map { $_->{id} } @u], [map { $_->{id} } @wards], 'every ward of the province offered, in order');
	is_deeply([map { $_->{id} } grep { $_->{named} } @u], [$named->{id}], 'the one the address names is marked');

	my $r = $c->get("/submit/$id/info");
	my ($ids, $chosen) = unit_options($r->{body});
	is_deeply($ids, [map { $_->{id} } @wards], 'step 1: a select of every ward');
	is($chosen, $named->{id}, "… with $named->{name} selected");
	like(text_of($r->{body}), qr/Nơi tiếp nhận hồ sơ.*Nghị định 118\/2025\/NĐ-CP/, '… under "Nơi tiếp nhận hồ sơ", with the decree');
	like(text_of($r->{body}), qr/\Q$named->{name}\E \(theo địa chỉ của bạn\)/, '… the proposal said to come from the address');

	# Nothing in the address: the first ward. Without diacritics, in capitals: still named.
	my $c2 = citizen();
	is(dossier($c2->new_draft($pc->{code}))->{agency_id}, $w1->{id}, "no address: the first ward ($w1->{name})");
	my $plain = uc(NFD($w3->{place}) =~ s/\p{Mn}//gr =~ tr/Đđ/Dd/r);
	my $c3 = citizen_at("Thôn 2, $plain");
	is(dossier($c3->new_draft($pc->{code}))->{agency_id}, $w3->{id}, "'$plain' names $w3->{name} (case and accents aside)");
};

subtest 'commune level: another ward chosen on step 1 receives it' => sub {
	my $c = citizen_at($address);
	my $id = $c->new_draft($pc->{code});
	my $r = $c->post("/submit/$id/info", info_fields($id, agency_id => $hac->{id}));
	is($r->{status}, 303, "POST /submit/ID/info choosing $hac->{name}: 303") or diag(join ' | ', error_summary($r->{body}));
	is(dossier($id)->{agency_id}, $hac->{id}, 'the draft is now for that ward');
	my ($ids, $chosen) = unit_options($c->get("/submit/$id/info")->{body});
	is($chosen, $hac->{id}, 'step 1 shows the choice');

	# Posting step 1 without a unit keeps it (a form of an older page).
	$r = $c->post("/submit/$id/info", info_fields($id));
	is($r->{status}, 303, 'POST /submit/ID/info without agency_id: 303');
	is(dossier($id)->{agency_id}, $hac->{id}, '… the unit kept');

	$c->fill_required($id);
	$c->choose_online($id);
	my $review = text_of($c->get("/submit/$id/review")->{body});
	like($review, qr/Nơi tiếp nhận hồ sơ Sửa Nơi tiếp nhận hồ sơ \Q$hac->{name}\E/, 'the review shows the receiving unit, with a way back to change it');
	$r = $c->submit($id);
	is($r->{status}, 303, 'submitted');
	my $d = dossier($id);
	like($d->{code} // '', qr/^\Q$hac->{code}\E-\d{6}-\d{4}$/, "the dossier code $d->{code} carries $hac->{code}");
	is(db_value("SELECT agency_id FROM dossier_events WHERE dossier_id = $id AND move = 'submit'"), $hac->{id},
	    'the submission event is at that unit');
	my $receipt = $c->get("/submit/$id/receipt");
	like(text_of($receipt->{body}), qr/Nơi tiếp nhận hồ sơ \Q$hac->{name}\E/, 'the receipt shows where it is received');
	like(text_of($receipt->{body}), qr/\Q$hac->{name}\E tiếp nhận hồ sơ của/, '… and the slip is that unit\'s');
	inbox_ok($d->{code}, $hac->{code}, "$hac->{name}'s dossier");

	# A ward without a demo receiver: its code, and nobody else's inbox.
	my $c2 = citizen_at($address);
	my $id2 = $c2->new_draft($pc->{code});
	$r = $c2->post("/submit/$id2/info", info_fields($id2, agency_id => $away->{id}));
	is($r->{status}, 303, "choosing $away->{name}: 303");
	my $d2 = submit_ok($c2, $id2, 'online', "the dossier to $away->{name}");
	like($d2->{code} // '', qr/^\Q$away->{code}\E-\d{6}-\d{4}$/, "its code $d2->{code} carries $away->{code}");
	for my $other (sort keys %receiver) {
		unlike(text_of(officer_of($other)->get('/officer/?tab=all&q=' . url_escape($d2->{code}))->{body}),
		    qr/\Q$d2->{code}\E/, "… not in the inbox of $receiver{$other}");
	}
};

# ------------------------------------------------------------------ province level

my $centre_id = $centre->{id};
my ($pp_code) = db_col("SELECT p.current_code FROM procedures p WHERE p.current_code IS NOT NULL"
    . " AND p.gov_level = 'province' AND p.level IN (3, 4)"
    . " AND (SELECT pu.agency_id FROM procedure_units pu WHERE pu.procedure_id = p.id ORDER BY pu.sort LIMIT 1) = $centre_id"
    . ' AND EXISTS (SELECT 1 FROM procedure_units pu WHERE pu.procedure_id = p.id AND pu.agency_id = p.agency_id)'
    . ' AND (SELECT code FROM agencies WHERE id = p.agency_id) IN ('
    . join(', ', map { sql_str($_) } sort keys %receiver) . ') ORDER BY p.id LIMIT 1');
ok($pp_code, "a province-level procedure received at the Centre or its department ($pp_code)") or BAIL_OUT('none');
my ($pp) = grep { $_->{code} eq $pp_code } pick_procedure(gov_level => 'province');
my $dept = agency('id = (SELECT agency_id FROM procedures WHERE current_code = ' . sql_str($pp_code) . ')');
my @pp_units = db_col("SELECT agency_id FROM procedure_units WHERE procedure_id = $pp->{id} ORDER BY sort");
my $pp_channel = $pp->{channels} =~ /online/ ? 'online' : $pp->{channels} =~ /counter/ ? 'counter' : 'postal';

subtest 'province level: the Centre first, or the department' => sub {
	is($pp_units[0], $centre_id, 'procedure_units: the Centre first');
	ok(scalar(grep { $_ == $dept->{id} } @pp_units), "… and $dept->{name}");
	my $c = citizen_at($address);
	my $id = $c->new_draft($pp->{code});
	is(dossier($id)->{agency_id}, $centre_id, 'a new draft is proposed to the Centre, whatever the address');
	my $r = $c->get("/submit/$id/info");
	my ($ids, $checked) = unit_radios($r->{body});
	is_deeply($ids, \@pp_units, 'step 1: one radio per unit, the Centre first');
	is($checked, $centre_id, '… the Centre checked');
	like(text_of($r->{body}), qr/\Q$centre->{address}\E/, "… with the Centre's address");

	my $d = submit_ok($c, $id, $pp_channel, 'received at the Centre');
	like($d->{code} // '', qr/^\Q$centre->{code}\E-\d{6}-\d{4}$/, "the code $d->{code} carries the Centre's $centre->{code}");
	inbox_ok($d->{code}, $centre->{code}, "the Centre's dossier");

	my $c2 = citizen_at($address);
	my $id2 = $c2->new_draft($pp->{code});
	$r = $c2->post("/submit/$id2/info", info_fields($id2, agency_id => $dept->{id}));
	is($r->{status}, 303, "choosing $dept->{name}: 303");
	my $d2 = submit_ok($c2, $id2, $pp_channel, "received at $dept->{name}");
	like($d2->{code} // '', qr/^\Q$dept->{code}\E-\d{6}-\d{4}$/, "the code $d2->{code} carries $dept->{code}");
	like(text_of($c2->get("/submit/$id2/receipt")->{body}), qr/Nơi tiếp nhận hồ sơ \Q$dept->{name}\E/,
	    'the receipt names the department');
	inbox_ok($d2->{code}, $dept->{code}, "$dept->{name}'s dossier");
};

subtest 'province level: one unit is shown, not asked' => sub {
	my ($one) = grep {
		my $n = db_value("SELECT COUNT(*) FROM procedure_units WHERE procedure_id = $_->{id}");
		$n <= 1;
	} pick_procedure(gov_level => 'province');
	ok($one, "a province-level procedure received by one unit ($one->{code}, $one->{agency_code})") or return;
	my $unit = agency('id = ' . ($one->{agency_id} + 0));
	my $c = citizen_at($address);
	my $id = $c->new_draft($one->{code});
	is(dossier($id)->{agency_id}, $unit->{id}, "the draft is for $unit->{name}");
	my $r = $c->get("/submit/$id/info");
	unlike($r->{body}, qr{name="agency_id"}, 'step 1 asks nothing');
	like(text_of($r->{body}), qr/Nơi tiếp nhận hồ sơ \Q$unit->{name}\E/, '… it shows the unit');
};

# Công an tỉnh receives its own procedures.
{
	my @police = db_rows("SELECT p.id, (SELECT GROUP_CONCAT(pu.agency_id) FROM procedure_units pu WHERE pu.procedure_id = p.id)"
	    . " FROM procedures p JOIN agencies a ON a.id = p.agency_id WHERE a.name LIKE 'Công an%' AND p.is_current = 1");
	ok(@police, 'Công an tỉnh has procedures');
	is_deeply([grep { $_->[1] ne db_value("SELECT agency_id FROM procedures WHERE id = $_->[0]") } @police], [],
	    '… each received by Công an tỉnh itself');
}

# ------------------------------------------------------------------ forged units

subtest 'a unit the procedure is not received at: a form error, nothing saved' => sub {
	my $c = citizen_at($address);
	my $id = $c->new_draft($pc->{code});
	my $before = draft_state($id);
	my $other = agency("kind = 'department' ORDER BY id LIMIT 1");
	for my $case ([$other->{id}, $other->{name}], [$centre_id, 'the Centre'], [999999, 'an id of no agency'],
	    [0, 'zero']) {
		my ($unit, $what) = @$case;
		my $r = $c->post("/submit/$id/info?format=xml", info_fields($id, agency_id => $unit,
		    applicant_phone => '0911222333', request_note => 'Không được lưu'));
		is($r->{status}, 200, "$what: the form again");
		is(form_errors($r->{body})->{agency_id}, 'unit.not_offered', "$what: the error unit.not_offered on agency_id");
		is_deeply(draft_state($id), $before, "$what: nothing saved");
	}
	my $r = $c->post("/submit/$id/info", info_fields($id, agency_id => $other->{id}));
	like(join(' | ', error_summary($r->{body})), qr/Chọn nơi tiếp nhận hồ sơ trong danh sách/, 'the page says it in Vietnamese');
	like($r->{body}, qr{<a href="#field-agency_id">}, '… linked to the field');
	my ($ids) = unit_options($r->{body});
	is(scalar @$ids, scalar @wards, '… and offers the wards again');

	$r = $c->post("/submit/$id/info", info_fields($id, agency_id => 'abc'));
	is($r->{status}, 400, 'a unit that is not a number: 400');
	is_deeply(draft_state($id), $before, '… nothing saved');

	# A province-level procedure refuses a ward.
	my $c2 = citizen_at($address);
	my $id2 = $c2->new_draft($pp->{code});
	my $before2 = draft_state($id2);
	$r = $c2->post("/submit/$id2/info?format=xml", info_fields($id2, agency_id => $w1->{id}));
	is(form_errors($r->{body})->{agency_id}, 'unit.not_offered', "a ward for $pp->{code}: unit.not_offered");
	is_deeply(draft_state($id2), $before2, '… nothing saved');
};

# ------------------------------------------------------------------ the catalogue

subtest 'the catalogue: the level of government and where it is received' => sub {
	my $r = get("/procedures/$pc->{code}");
	my ($summary) = $r->{body} =~ m{<dl class="summary">(.*?)</dl>}s;
	my $st = text_of($summary);
	like($st, qr/Cấp thực hiện Cấp xã/, "$pc->{code}: Cấp thực hiện: Cấp xã");
	like($st, qr/Nơi tiếp nhận \Q$COMMUNE_SENTENCE\E/, '… Nơi tiếp nhận: any ward the applicant chooses');

	$r = get("/procedures/$pp->{code}");
	($summary) = $r->{body} =~ m{<dl class="summary">(.*?)</dl>}s;
	$st = text_of($summary);
	like($st, qr/Cấp thực hiện Cấp tỉnh/, "$pp->{code}: Cấp thực hiện: Cấp tỉnh");
	my $names = join ' ', map { agency("id = $_")->{name} } @pp_units;
	like($st, qr/Nơi tiếp nhận \Q$names\E/, "… Nơi tiếp nhận: $names");
	my ($contact) = $r->{body} =~ m{<section id="contact"[^>]*>(.*?)</section>}s;
	like(text_of($contact), qr/Nơi tiếp nhận hồ sơ \Q$centre->{name}\E Địa chỉ \Q$centre->{address}\E/,
	    "… and the Centre's address among the contacts");

	# Every procedure's page, against the database.
	my @bad;
	for my $row (db_rows('SELECT p.id, p.current_code, p.gov_level FROM procedures p WHERE p.is_current = 1 ORDER BY p.id')) {
		my ($pid, $code, $gov) = @$row;
		my $x = get("/procedures/$code?format=xml");
		my $page = get("/procedures/$code");
		my ($sum) = $page->{body} =~ m{<dl class="summary">(.*?)</dl>}s;
		my $text = text_of($sum);
		my $want = $gov eq 'commune' ? $COMMUNE_SENTENCE : join ' ', map { $_->[0] } db_rows(
		    "SELECT a.name FROM procedure_units pu JOIN agencies a ON a.id = pu.agency_id WHERE pu.procedure_id = $pid ORDER BY pu.sort");
		$want = db_value("SELECT a.name FROM procedures p JOIN agencies a ON a.id = p.agency_id WHERE p.id = $pid")
		    if $want eq '';
		push @bad, "$code: gov_level" unless (($x->{body} =~ m{<gov_level>(\w+)</gov_level>})[0] // '') eq $gov;
		push @bad, "$code: level words" unless $text =~ /Cấp thực hiện \Q${\ ($gov eq 'commune' ? 'Cấp xã' : 'Cấp tỉnh')}\E/;
		push @bad, "$code: receivers" unless $text =~ /Nơi tiếp nhận \Q$want\E/;
	}
	is_deeply(\@bad, [], 'every procedure page shows its level of government and where it is received');
};

# ------------------------------------------------------------------ the catalogue's own notes

subtest 'the demo catalogue agrees with its notes' => sub {
	# No districts since 1 Jul 2025.
	my @texts = db_rows("SELECT CONCAT('procedure ', id), CONCAT_WS(' ', name, processing_note, presence_note,"
	    . " applicants, steps, requirements, result, legal_basis) FROM procedures"
	    . " UNION ALL SELECT CONCAT('component ', procedure_id, '/', sort), CONCAT_WS(' ', name, note) FROM procedure_components"
	    . " UNION ALL SELECT CONCAT('fee ', procedure_id, '/', sort), CONCAT_WS(' ', name, note) FROM procedure_fees"
	    . " UNION ALL SELECT CONCAT('agency ', code), CONCAT_WS(' ', name, address) FROM agencies");
	is_deeply([map { $_->[0] } grep { $_->[1] =~ /(?<!\p{L})huyện(?!\p{L})/i } @texts], [],
	    'no "huyện" anywhere: communes and the province only');

	# Toàn trình: nobody has to come in; no required paper is to be shown in person.
	my @l4 = db_rows("SELECT p.current_code, p.presence_note FROM procedures p WHERE p.level = 4 AND p.presence_note <> ''");
	is_deeply([map { $_->[0] } @l4], [], 'no level-4 procedure has a presence note');
	my @show = db_rows("SELECT CONCAT(p.current_code, ' #', c.sort) FROM procedure_components c JOIN procedures p"
	    . " ON p.id = c.procedure_id WHERE p.level = 4 AND c.required = 1"
	    . " AND (c.name LIKE '%xuất trình%' OR c.note LIKE '%xuất trình%' OR c.note LIKE '%trực tiếp%')");
	is_deeply([map { $_->[0] } @show], [], 'no required component of a level-4 procedure is shown in person');
	my @upload = db_rows("SELECT CONCAT(p.current_code, ' #', c.sort) FROM procedure_components c JOIN procedures p"
	    . " ON p.id = c.procedure_id WHERE c.required = 1 AND c.note LIKE '%không phải tải lên%'");
	is_deeply([map { $_->[0] } @upload], [], 'no component both required and "not to upload"');

	# A result collected at the counter is not also sent by post.
	my @counter = grep { $_->[1] =~ /(?:^|[\s,;])nhận (?:kết quả|giấy|quyết định|trích lục|bản sao)[^.;]*?(?:\btại\b|trực tiếp)/i }
	    db_rows("SELECT current_code, presence_note, channels FROM procedures WHERE is_current = 1");
	ok(@counter, scalar(@counter) . ' procedures say the result is collected in person');
	is_deeply([map { $_->[0] } grep { $_->[2] =~ /postal/ } @counter], [], '… none of them offers the post');

	# A commune-level procedure names no particular ward: any receives it.
	my @ward = grep { my $t = $_->[1]; grep { index($t, "Ủy ban nhân dân $_->{place}") >= 0 } @wards }
	    db_rows("SELECT current_code, CONCAT_WS(' ', presence_note, steps) FROM procedures WHERE gov_level = 'commune'");
	is_deeply([map { $_->[0] } @ward], [], 'no commune-level procedure sends the applicant to one particular ward');
};

done_testing();
