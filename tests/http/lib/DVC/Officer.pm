package DVC::Officer;
# DVC::Officer — what the officer tests share: the move table read from the C source (so
# that a change of the table changes what the tests expect), the demo officers of the two
# demo units, dossiers walked to any status through the real pages, a snapshot of all that
# a move may write, and the working-day calendar counted again in Perl from the holidays
# and settings tables.
#
# Only core Perl; requests through DVC::Submit's clients, the database through DVCTest.
#
#   my @moves = move_table();                 # dmoves[] of modules/core/dossier.c, in order
#   my $o = officer('hacthanh', 'receiver');  # a demo officer, signed in (one per process)
#   my $id = build('awaiting');              # a fresh dossier walked to that state
#   my $r = act($o, $id, 'accept');           # POST …/move?format=xml: status, location, code
#   my $s = snapshot($id);                    # the row, its events, slips, outbox, units
#   my $cal = calendar(); $cal->due($t, 8, 0); # the deadline rules, recomputed
use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use Exporter 'import';
use IPC::Open3 qw(open3);
use Time::Local qw(timegm);

use DVCTest qw(db_rows db_value db_col);
use DVC::Submit qw(citizen demo_user sql_str);

our @EXPORT = qw(
    move_table move_by_name move_label status_of
    %UNIT officer unit_id second_processor applicant
    default_procedure procedure_basis new_dossier build step act result_upload fields_for dossier_row snapshot
    offered_moves inbox_ids listed page_xml
    calendar utc_epoch utc_text vn_text vn_ddmmyyyy
);

my $REPO = $ENV{DVC_REPO} // die "DVC_REPO is not set: run through tests/run\n";

# ------------------------------------------------------------------ the move table

sub slurp {
	my ($path) = @_;
	open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!";
	local $/;
	my $text = <$fh>;
	close $fh;
	return $text;
}

# The status codes (DSC_…), slips (SLIP_…) of dossier.h: { DRAFT => 0, … }, { RECEIPT => 1, … }.
my %DSC;
my %SLIP;

# move_table(): dmoves[] as written in modules/core/dossier.c, in its order: { name, id
# (DM_…), from => { status => 1 }, to (a status, or undef for DS_SAME), roles => { receiver
# => 1, … }, needs => { note, assignee, due, result }, cond ('awaiting', 'working' or ''),
# clock ('START', …), slip (the form number, 0 for none), mail (0 or 1) }.
my @TABLE;

sub move_table {
	return @TABLE if @TABLE;
	my $h = slurp("$REPO/modules/core/dossier.h");
	while ($h =~ /^#define\s+DSC_(\w+)\s+(\d+)/mg) {
		$DSC{$1} = $2;
	}
	while ($h =~ /^\s*SLIP_(\w+)\s*=\s*(\d+),/mg) {
		$SLIP{$1} = $2;
	}
	die "dossier.h: no status codes" unless keys %DSC >= 11;
	my $c = slurp("$REPO/modules/core/dossier.c");
	my %macro;
	while ($c =~ /^#define\s+(\w+)\s+\((S\(.*?)\)\s*$/mg) {
		$macro{$1} = $2;
	}
	my ($body) = $c =~ /const struct dmove dmoves\[DM__MAX\] = \{(.*?)\n\};/s or die "dossier.c: no dmoves[]";
	while ($body =~ /\[(DM_\w+)\]\s*=\s*\{\s*"(\w+)",\s*([^,]+?),\s*(DS_\w+),\s*([^,]+?),\s*([^,]+?),\s*([^,]+?),\s*CLOCK_(\w+),\s*SLIP_(\w+),\s*(true|false)\s*\}/g) {
		my ($id, $name, $from, $to, $roles, $needs, $cond, $clock, $slip, $mail) =
		    ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);
		$from =~ s/\b([A-Z]+)\b/exists $macro{$1} ? $macro{$1} : $1/ge;
		my %from = map { (exists $DSC{$_} ? $DSC{$_} : die "unknown status $_") => 1 } $from =~ /S\((\w+)\)/g;
		(my $tos = $to) =~ s/^DS_//;
		push @TABLE, {
			id => $id,
			name => $name,
			from => \%from,
			to => $tos eq 'SAME' ? undef : ($DSC{$tos} // die "unknown status $to"),
			roles => { map { lc($_) => 1 } $roles =~ /ACT_(\w+)/g },
			needs => { map { lc($_) => 1 } $needs =~ /DNEED_(\w+)/g },
			cond => join('', map { lc } $cond =~ /DCOND_(\w+)/g),
			clock => $clock,
			slip => $slip eq 'NONE' ? 0 : ($SLIP{$slip} // die "unknown slip $slip"),
			mail => $mail eq 'true' ? 1 : 0,
		};
	}
	my $rows = () = $body =~ /\[DM_\w+\]\s*=/g;
	die "dossier.c: read " . scalar(@TABLE) . " of $rows rows of dmoves[]" unless @TABLE == $rows;
	return @TABLE;
}

sub move_by_name {
	my ($name) = @_;
	my ($m) = grep { $_->{name} eq $name } move_table();
	return $m // die "no move $name in dmoves[]";
}

# The number of the status named like dossier.h's DSC_ macros (RECEIVED → 2).
sub status_of {
	move_table();
	return $DSC{ uc $_[0] } // die "no status $_[0]";
}

# The move's name in words (xslt/i18n/vi-dossier.xsl): the e-mail's subject and the history.
my %LABEL;

sub move_label {
	my ($name) = @_;
	unless (%LABEL) {
		my $x = slurp("$REPO/xslt/i18n/vi-dossier.xsl");
		$LABEL{$1} = $2 while $x =~ /name="t\.move\.(\w+)" select="'([^']*)'"/g;
	}
	return $LABEL{$name} // die "no t.move.$name in vi-dossier.xsl";
}

# ------------------------------------------------------------------ people

# The demo units (conf/dev/demo-accounts.txt): the agency code and the officer of each role.
our %UNIT = (
	hacthanh => { code => '000.01.30.H56' },
	stp => { code => '000.00.10.H56' },
);
my %LOGIN = (receiver => 'tiepnhan', processor => 'xuly', approver => 'pheduyet');

sub unit_id {
	my ($unit) = @_;
	return $UNIT{$unit}{id} //= db_value('SELECT id FROM agencies WHERE code = ' . sql_str($UNIT{$unit}{code}));
}

my %signed_in;

# officer(UNIT, ROLE): the demo officer of that role in that unit, signed in once per process.
sub officer {
	my ($unit, $role) = @_;
	my $key = "$unit:$role";
	return $signed_in{$key} //= do {
		my $c = demo_user("$LOGIN{$role}.$unit\@demo.thanhhoa.gov.vn");
		$c->{unit} = $unit;
		$c->{role} = $role;
		$c;
	};
}

# second_processor(UNIT): a processor of the unit besides the demo one, made once by
# `dvcctl user add` (what an administrator does), signed in.
sub second_processor {
	my ($unit) = @_;
	return $signed_in{"$unit:processor2"} //= do {
		my $tag = $$ . int(rand 1e6);
		my $email = "xuly2.$unit.$tag\@demo.thanhhoa.gov.vn";
		my $pw = 'Xử lý hai ' . (1000 + int rand 9000);
		local $SIG{PIPE} = 'IGNORE';
		my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF},
		    'user', 'add', '--kind', 'officer', '--name', encode_utf8('Lê Thị Xử Lý'), '--email', $email,
		    '--role', "$UNIT{$unit}{code}:processor");
		print {$in} encode_utf8("$pw\n");
		close $in;
		my $text = do { local $/; <$out> } // '';
		waitpid($pid, 0);
		$? == 0 or die "dvcctl user add $email: $text";
		my $c = DVC::Submit::client();
		$c->get('/account/login');
		my $r = $c->post('/account/login', [login => $email, password => $pw]);
		$r->{status} == 303 or die "login $email: $r->{status}";
		$c->{user_id} = db_value('SELECT id FROM users WHERE email = ' . sql_str($email));
		$c->refresh_csrf('/account/profile');
		$c->{unit} = $unit;
		$c->{role} = 'processor';
		$c;
	};
}

# applicant(): the citizen of this process whose dossiers the tests walk.
my $APPLICANT;

sub applicant { $APPLICANT //= citizen() }

# ------------------------------------------------------------------ dossiers

# The procedure of each unit the tests submit to by default: level 4 (online), a time limit
# in hours, every required component taking PDF, and nothing to pay at submission, so that the
# one-stop desk may accept it at once (a fee => 1 procedure's fee is due later, at status 6).
sub default_procedure {
	my ($unit, %w) = @_;
	my ($p) = DVC::Submit::pick_procedure(level => 4, channels => ['online'], types => ['pdf'],
	    agency => $UNIT{$unit}{code}, timed => 1, free_at_submission => 1, %w);
	return $p // die "no level-4 procedure with a time limit for $unit";
}

# procedure_basis(PROCEDURE): what a procedure made in dvc-admin copies from PROCEDURE (a
# default_procedure()) so that its dossiers go to the same units: the codes of its field and
# agency, its level of government, and its receiving units' codes in order (an array ref).
sub procedure_basis {
	my ($p) = @_;
	my ($field, $agency, $gov) = @{ (db_rows("SELECT f.code, a.code, p.gov_level FROM procedures p JOIN fields f"
	    . " ON f.id = p.field_id JOIN agencies a ON a.id = p.agency_id WHERE p.id = $p->{id}"))[0] };
	my @receivers = db_col("SELECT a.code FROM procedure_units u JOIN agencies a ON a.id = u.agency_id"
	    . " WHERE u.procedure_id = $p->{id} ORDER BY u.sort");
	return ($field, $agency, $gov, \@receivers);
}

# new_dossier(unit => U, procedure => CODE, channel => 'online'|'postal', by => CLIENT): a
# dossier submitted by the applicant through dvc-submit (status 1); its id.
sub new_dossier {
	my (%o) = @_;
	my $unit = $o{unit} // 'hacthanh';
	my $code = $o{procedure} // default_procedure($unit)->{code};
	my $c = $o{by} // applicant();
	my $id = $c->new_draft($code);
	$c->fill_required($id);
	if (($o{channel} // 'online') eq 'postal') {
		$c->choose($id, channel => 'postal', postal_recipient => 'Lê Văn Thành',
		    postal_phone => '0912000111', postal_street => 'Số 5 ngõ 12 đường Trần Phú',
		    postal_commune => 'Phường Hạc Thành', postal_province_code => '38');
	} else {
		$c->choose_online($id);
	}
	my $r = $c->submit($id);
	$r->{status} == 303 or die "submit $id: $r->{status}";
	return $id;
}

sub dossier_row {
	my ($id) = @_;
	my @cols = dossier_columns();
	my ($row) = db_rows('SELECT ' . join(', ', map { "`$_`" } @cols) . ' FROM dossiers WHERE id = ' . ($id + 0));
	return undef unless $row;
	my %h;
	@h{@cols} = map { $_ eq 'NULL' ? undef : $_ } @$row;
	return \%h;
}

my @COLS;

sub dossier_columns {
	@COLS = db_col("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
	    . " AND table_name = 'dossiers' ORDER BY ordinal_position") unless @COLS;
	return @COLS;
}

# snapshot(ID): in one query, all that a move writes: the dossiers row (every column), and
# the number of the dossier's events, slips, outbox rows, units and files.
sub snapshot {
	my ($id) = @_;
	$id += 0;
	my @cols = dossier_columns();
	my @count = (events => 'dossier_events', slips => 'dossier_slips', outbox => 'outbox',
	    units => 'dossier_units', files => 'dossier_files');
	my @sub;
	for (my $i = 0; $i < @count; $i += 2) {
		push @sub, "(SELECT COUNT(*) FROM $count[$i + 1] WHERE dossier_id = $id)";
	}
	my ($row) = db_rows('SELECT ' . join(', ', (map { "`$_`" } @cols), @sub) . " FROM dossiers WHERE id = $id");
	die "no dossier $id" unless $row;
	my %h;
	@h{ @cols, map { "n_$count[$_ * 2]" } 0 .. @count / 2 - 1 } = @$row;
	return \%h;
}

# The fields a move needs, filled so that it can succeed on dossier ID (the table's needs):
# a note, the assignee (for assign the unit's processor; for a hand-over the given one, or a
# second processor of the unit), a new due date ten days after the current one, a postal
# tracking number for a result returned by post.
sub fields_for {
	my ($id, $m, %o) = @_;
	my %f;
	$f{note} = "Ghi chú thử cho thao tác $m->{name} ($$)" if $m->{needs}{note};
	if ($m->{needs}{assignee}) {
		$f{assignee} = $o{assignee} // ($m->{name} eq 'assign' ? officer('hacthanh', 'processor')->user_id
		    : second_processor('hacthanh')->user_id);
	}
	if ($m->{needs}{due}) {
		my $d = dossier_row($id);
		my $due = defined $d->{due_at} ? utc_epoch($d->{due_at}) : time;
		$due = time if $due < time;
		$f{due} = vn_ddmmyyyy($due + 10 * 86400);
	}
	$f{tracking} = 'EB' . (100000000 + int rand 899999999) . 'VN'
	    if $m->{name} eq 'return' && (dossier_row($id)->{channel} // '') eq 'postal';
	return %f;
}

# The errors of the form in a page's XML: { field => message code } (attributes in any order).
sub form_errors {
	my ($xml) = @_;
	my %out;
	my ($form) = ($xml // '') =~ m{<form>(.*?)</form>}s or return \%out;
	while ($form =~ m{<error\b([^>]*)>}g) {
		my $attrs = $1;
		my ($name) = $attrs =~ /\bname="([^"]*)"/;
		my ($code) = $attrs =~ /\bcode="([^"]*)"/;
		$out{ $name // '' } = $code // '';
	}
	return \%out;
}

# act(CLIENT, ID, MOVE, field => value…): the move's form posted as the page sends it
# (move, version, the fields; the CSRF token added by the client), the version now in the
# database unless given. The response, with errors (the XML form's { field => code }) when
# it was refused.
sub act {
	my ($c, $id, $move, %f) = @_;
	my $version = exists $f{version} ? delete $f{version} : db_value("SELECT version FROM dossiers WHERE id = $id");
	my @pairs = (move => $move, version => $version);
	push @pairs, $_ => $f{$_} for sort keys %f;
	my $r = $c->post("/officer/dossiers/$id/move?format=xml", \@pairs);
	$r->{errors} = $r->{status} == 303 ? {} : form_errors($r->{body});
	return $r;
}

# result_upload(CLIENT, ID, FILE_PART[, version => V]): POST /officer/dossiers/ID/result as
# the page's form sends it: csrf, version, the file.
sub result_upload {
	my ($c, $id, $file, %o) = @_;
	my $version = $o{version} // db_value("SELECT version FROM dossiers WHERE id = $id");
	my ($type, $body) = DVC::Submit::multipart_body([[version => $version], $file], csrf => $c->csrf);
	my $r = $c->post_multipart("/officer/dossiers/$id/result?format=xml", $type, $body);
	$r->{errors} = $r->{status} == 303 ? {} : form_errors($r->{body});
	return $r;
}

# step(ID, UNIT, ROLE, MOVE, field => value…): a move that must succeed on the way to a state.
sub step {
	my ($id, $unit, $role, $move, %f) = @_;
	my $c = $role eq 'processor2' ? second_processor($unit) : officer($unit, $role);
	my %need = fields_for($id, move_by_name($move));
	my $r = act($c, $id, $move, %need, %f);
	$r->{status} == 303 or die "dossier $id: $role $move: $r->{status} " . join(' ', %{ $r->{errors} });
	return $r;
}

# The states a dossier can be walked to, and the way there from a submission (status 1):
# [unit, role, move]. "withdraw_asked" has no page yet (the applicant's withdrawal request
# has no citizen route): its last step sets status 7 in SQL as that request would.
our %WAY = (
	submitted => [],
	received => [['hacthanh', 'receiver', 'accept']],
	refused => [['hacthanh', 'receiver', 'refuse']],
	processing => [['hacthanh', 'receiver', 'accept'], ['hacthanh', 'receiver', 'assign']],
);
$WAY{awaiting} = [@{ $WAY{processing} }, ['hacthanh', 'processor', 'propose']];
$WAY{supplement} = [@{ $WAY{processing} }, ['hacthanh', 'processor', 'supplement']];
$WAY{fees_due} = [@{ $WAY{processing} }, ['hacthanh', 'processor', 'fees']];
$WAY{withdraw_asked} = [@{ $WAY{processing} }, 'SQL status 7'];
$WAY{stopped} = [@{ $WAY{processing} }, ['hacthanh', 'processor', 'stop']];
$WAY{done} = [@{ $WAY{awaiting} }, ['hacthanh', 'approver', 'approve']];
$WAY{returned} = [@{ $WAY{done} }, ['hacthanh', 'receiver', 'return']];

# build(STATE, new_dossier options…): a fresh dossier of the applicant walked to STATE.
sub build {
	my ($state, %o) = @_;
	my $way = $WAY{$state} // die "no way to $state";
	my $id = new_dossier(%o);
	for my $s (@$way) {
		if (!ref $s) {
			db_rows("UPDATE dossiers SET status = " . status_of('WITHDRAW_ASKED')
			    . ", version = version + 1 WHERE id = $id");
			next;
		}
		step($id, @$s);
	}
	return $id;
}

# ------------------------------------------------------------------ pages

# page_xml(CLIENT, PATH): the page in its XML form.
sub page_xml {
	my ($c, $path) = @_;
	return $c->get($path . ($path =~ /\?/ ? '&' : '?') . 'format=xml');
}

# The moves the dossier page offers CLIENT (the names of /page/moves/move), sorted; undef
# when the page is not 200.
sub offered_moves {
	my ($c, $id) = @_;
	my $r = page_xml($c, "/officer/dossiers/$id");
	return undef unless $r->{status} == 200;
	my ($moves) = $r->{body} =~ m{<moves>(.*?)</moves>}s;
	return [sort $moves ? $moves =~ m{<move\b[^>]*>(\w+)</move>}g : ()];
}

# The ids of the dossiers an inbox tab lists (one page), with query pairs.
sub inbox_ids {
	my ($c, %q) = @_;
	my $r = $c->get('/officer/?' . DVCTest::qs(%q, format => 'xml'));
	return undef unless $r->{status} == 200;
	my ($list) = $r->{body} =~ m{<dossiers\b[^>]*>(.*?)</dossiers>}s;
	return [] unless $list;
	return [map { $_->{id} } DVCTest::xml_records($list, 'dossier')];
}

# listed(CLIENT, ID, tab => T, query pairs…): whether the tab lists dossier ID when searched
# for by its code (a long tab holds more than its first page).
sub listed {
	my ($c, $id, %q) = @_;
	my $code = dossier_row($id)->{code} // '';
	return scalar grep { $_ == $id } @{ inbox_ids($c, q => $code, %q) // [] };
}

# ------------------------------------------------------------------ time

# A UTC DATETIME as the database returns it ('YYYY-MM-DD HH:MM:SS[.fff]'): epoch seconds.
sub utc_epoch {
	my ($s) = @_;
	return undef unless defined $s && $s ne 'NULL';
	my ($y, $m, $d, $H, $M, $S) = $s =~ /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)/ or die "not a datetime: $s";
	return timegm($S, $M, $H, $d, $m - 1, $y);
}

sub utc_text {
	my @g = gmtime($_[0]);
	return sprintf('%04d-%02d-%02d %02d:%02d:%02d', $g[5] + 1900, $g[4] + 1, @g[3, 2, 1, 0]);
}

# dd/mm/yyyy HH:MM in Vietnam's time, as the pages show it.
sub vn_text {
	my @g = gmtime($_[0] + 7 * 3600);
	return sprintf('%02d/%02d/%04d %02d:%02d', $g[3], $g[4] + 1, $g[5] + 1900, $g[2], $g[1]);
}

sub vn_ddmmyyyy {
	my @g = gmtime($_[0] + 7 * 3600);
	return sprintf('%02d/%02d/%04d', $g[3], $g[4] + 1, $g[5] + 1900);
}

# ------------------------------------------------------------------ the calendar

# calendar(): the working-day calendar as DOMAIN.md states it, from the holidays table and
# the settings table (sql/026: the office hours, the same-day cutoff, the after-hours rule),
# counted here without the C code: days are Vietnam days (UTC+7), Monday to Friday work
# unless the table says holiday, and a day the table says workday works.
sub calendar {
	my %v = map { $_->[0] => $_->[1] } db_rows('SELECT name, COALESCE(minutes, flag) FROM settings');
	my %c = (sessions => [[$v{am_start} // 450, $v{am_end} // 690], [$v{pm_start} // 780, $v{pm_end} // 1020]],
	    cutoff => $v{same_day_cutoff} // 900, next_day => $v{after_hours_next_day} // 0);
	for my $row (db_rows('SELECT day, kind FROM holidays')) {
		my ($y, $m, $d) = split /-/, $row->[0];
		$c{kind}{ int(timegm(0, 0, 0, $d, $m - 1, $y) / 86400) } = $row->[1];
	}
	return bless \%c, 'DVC::Officer::Calendar';
}

package DVC::Officer::Calendar;

use POSIX qw(floor);

my $OFFSET = 7 * 3600;

# Vietnam's day number of moment T (days since 1970-01-01), and the moment of its midnight.
sub day { floor(($_[1] + $OFFSET) / 86400) }
sub midnight { $_[1] * 86400 - $OFFSET }

sub working {
	my ($c, $day) = @_;
	my $kind = $c->{kind}{$day} // '';
	return 1 if $kind eq 'workday';
	my $wday = (gmtime($day * 86400))[6];	# 0 Sunday … 6 Saturday
	return 0 if $wday == 0 || $wday == 6;
	return $kind ne 'holiday';
}

# The working sessions of day D that end after moment T, as [from, to] moments, clipped to T.
sub open_spans {
	my ($c, $day, $t) = @_;
	return () unless $c->working($day);
	my $m = $c->midnight($day);
	my @out;
	for my $s (@{ $c->{sessions} }) {
		my ($from, $to) = ($m + $s->[0] * 60, $m + $s->[1] * 60);
		$from = $t if $t > $from;
		push @out, [$from, $to] if $from < $to;
	}
	return @out;
}

# The first working moment at or after T.
sub next_open {
	my ($c, $t) = @_;
	for my $day ($c->day($t) .. $c->day($t) + 3700) {
		my @s = $c->open_spans($day, $t);
		return $s[0][0] if @s;
	}
	die "no working day in ten years";
}

# The moment a clock started at T counts from: the next working moment; with the after-hours
# rule on and T outside the sessions, the opening of the next working day (of T's day when T
# is before its first session).
sub start {
	my ($c, $t) = @_;
	my $open = $c->next_open($t);
	return $open if !$c->{next_day} || $open == $t;
	my $day = $c->day($t);
	my $sec = $t - $c->midnight($day);
	my $begun = grep { $sec >= $_->[0] * 60 } @{ $c->{sessions} };
	return $open if !$begun && $c->working($day);
	return $c->next_open($c->midnight($day + 1));
}

# The moment MINUTES working minutes after T (a span ending at a session's end ends there).
sub add {
	my ($c, $t, $minutes) = @_;
	my $left = $minutes * 60;
	return $c->next_open($t) if $left <= 0;
	for my $day ($c->day($t) .. $c->day($t) + 3700) {
		for my $s ($c->open_spans($day, $t)) {
			return $s->[0] + $left if $left <= $s->[1] - $s->[0];
			$left -= $s->[1] - $s->[0];
		}
	}
	die "beyond ten years";
}

# Whole working minutes between A and B.
sub between {
	my ($c, $a, $b) = @_;
	return 0 if $b <= $a;
	my $sum = 0;
	for my $day ($c->day($a) .. $c->day($b)) {
		for my $s ($c->open_spans($day, $a)) {
			my $to = $s->[1] < $b ? $s->[1] : $b;
			$sum += $to - $s->[0] if $to > $s->[0];
		}
	}
	return int($sum / 60);
}

# The due date of a dossier accepted at T: HOURS working hours later; for a same-day
# procedure the end of the working day, the next working day's when the dossier came after
# the cutoff (15:00).
sub due {
	my ($c, $t, $hours, $same_day) = @_;
	$t = $c->start($t);
	return $c->add($t, $hours * 60) unless $same_day;
	my $open = $c->next_open($t);
	my $day = $c->day($open);
	if (int(($open - $c->midnight($day)) / 60) > $c->{cutoff}) {
		$day = $c->day($c->next_open($c->midnight($day + 1)));
	}
	return $c->midnight($day) + $c->{sessions}[-1][1] * 60;
}

1;
