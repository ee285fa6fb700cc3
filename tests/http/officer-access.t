#!/usr/bin/perl
# Who may reach a dossier through dvc-officer and dvc-files: the officers of a unit that has
# held it (dossier_units), and nobody else. An officer of another unit gets 404 (or 403) on
# every officer URL that names the dossier (its page, its moves, its result, its slips, the
# register of its unit) and never finds it in any inbox tab or search: neither the dossier's
# code nor the applicant's name is in any of those bodies, and nothing changes. Citizens (the
# applicant included) and the administrator get 403 on every /officer/ URL; a visitor who is
# not signed in is sent to sign in. Files: the other unit's officer gets 404, the receiving
# unit's officers get the file, and so does a unit the dossier was handed over to.
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

# An applicant with a name no other dossier has: registered through /account/register.
sub unique_citizen {
	return DVC::Submit::citizen(full_name => 'Kiều Thị ' . ucfirst(join '', map { ('a' .. 'z')[rand 26] } 1 .. 10));
}

my $applicant = unique_citizen();
my $name = $applicant->who->{full_name};

# A dossier of Hạc Thành: received (Form 1), assigned, late (Form 4), with a result proposed.
my $id = new_dossier(unit => 'hacthanh', by => $applicant);
step($id, 'hacthanh', 'receiver', 'accept');
step($id, 'hacthanh', 'receiver', 'assign');
step($id, 'hacthanh', 'receiver', 'apology');
my $d = dossier_row($id);
my $code = $d->{code};
my @slips = db_col("SELECT id FROM dossier_slips WHERE dossier_id = $id ORDER BY id");
my ($file) = files_of($id);
is(scalar @slips, 2, "dossier $id ($code) of $name: received and late, two slips");
ok($file, "… with the applicant's files (file $file->{id})") or BAIL_OUT('no file');
my $home = unit_id('hacthanh');
my $away = unit_id('stp');

# Nothing of the dossier in a body: its code, the applicant's name, the CCCD.
sub secret_ok {
	my ($r, $what) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	my $body = $r->{body} // '';
	ok(index($body, $code) < 0 && index($body, $name) < 0 && index($body, $d->{applicant_citizen_id}) < 0,
	    "$what: neither the code, nor the name, nor the CCCD in the body");
}

# The list of an inbox page in its XML form (the <dossiers> element).
sub list_of {
	my ($r) = @_;
	my ($list) = ($r->{body} // '') =~ m{(<dossiers\b[^>]*/>|<dossiers\b[^>]*>.*?</dossiers>)}s;
	return $list;
}

sub refused_ok {
	my ($r, $what, @status) = @_;
	local $Test::Builder::Level = $Test::Builder::Level + 1;
	ok((grep { $r->{status} == $_ } @status), "$what: " . join(' or ', @status)) or diag("status $r->{status}");
	secret_ok($r, $what);
}

# ------------------------------------------------------------------ the positive control

subtest 'the officers of the receiving unit reach it' => sub {
	for my $role (qw(receiver processor approver)) {
		my $c = officer('hacthanh', $role);
		my $r = $c->get("/officer/dossiers/$id");
		is($r->{status}, 200, "the $role: the dossier page");
		like($r->{body}, qr/\Q$code\E/, '… with its code');
		like($r->{body}, qr/\Q$name\E/, '… and the applicant');
		for my $s (@slips) {
			my $sr = $c->get("/officer/slips/$s");
			is($sr->{status}, 200, "… slip $s");
			like($sr->{body}, qr/\Q$code\E/, '… of the dossier');
		}
		ok(listed($c, $id, tab => 'all'), '… in "all"');
		for my $q ($code, $name) {
			my $list = list_of($c->get('/officer/?' . qs(tab => 'all', q => $q, format => 'xml')));
			ok((grep { $_->{id} == $id } xml_records($list // '', 'dossier')), "… found by the search '$q'");
		}
		is($c->get("/files/$file->{id}")->{status}, 200, '… and its file');
	}
	my $r = officer('hacthanh', 'receiver')->get("/officer/register?unit=$home");
	is($r->{status}, 200, 'the register of the receiving unit');
	like($r->{body}, qr/\Q$code\E/, '… lists the dossier');
};

# ------------------------------------------------------------------ another unit's officers

my @away = map { officer('stp', $_) } qw(receiver processor approver);
my @MOVES = move_table();

for my $c (@away) {
	my $who = "the other unit's $c->{role}";
	subtest "$who: 404, never the data" => sub {
		refused_ok($c->get("/officer/dossiers/$id"), "GET the dossier", 404);
		refused_ok($c->get("/officer/dossiers/$id?format=xml"), "GET the dossier as XML", 404);
		my $before = snapshot($id);
		for my $m (@MOVES) {
			my $r = act($c, $id, $m->{name}, fields_for($id, $m));
			refused_ok($r, "POST $m->{name}", 404);
		}
		refused_ok(act($c, $id, 'khong-co'), 'POST a move that does not exist', 404);
		my $store = store_files();
		my $r = result_upload($c, $id, file('ket-qua.pdf', pdf_bytes("Ket qua gia $$ " . rand), 'application/pdf'));
		refused_ok($r, 'POST a result', 404);
		is_deeply(snapshot($id), $before, 'nothing changed');
		is_deeply(store_files(), $store, 'nothing stored');
		for my $s (@slips) {
			refused_ok($c->get("/officer/slips/$s"), "GET slip $s", 404);
		}
		my ($from, $to) = (vn_ddmmyyyy(time - 40 * 86400), vn_ddmmyyyy(time + 86400));
		for my $q ("unit=$home", "unit=$home&from=$from&to=$to", "unit=$home&format=xml") {
			refused_ok($c->get("/officer/register?$q"), "GET /officer/register?$q", 403, 404);
		}
		# The search typed comes back in the filter form: only the list must not have it.
		for my $tab ('', qw(receive assign process approve return all)) {
			for my $q ('', $code, $name, substr($code, 0, 13)) {
				my $r = $c->get('/officer/?' . qs(tab => $tab, q => $q, format => 'xml'));
				is($r->{status}, 200, "the inbox, tab '$tab', search '$q'");
				my $list = list_of($r);
				ok(defined $list && !(grep { $_->{id} == $id } xml_records($list, 'dossier')),
				    '… the dossier is not listed');
				secret_ok($q eq '' ? $r : { body => $list }, '… the list');
			}
		}
		for my $status (1 .. 10) {
			secret_ok($c->get('/officer/?' . qs(tab => 'all', status => $status)), "tab all, status $status");
		}
		refused_ok($c->get("/files/$file->{id}"), "GET /files/$file->{id}", 404);
	};
}

subtest 'a unit the dossier is handed over to may open it, and its files' => sub {
	my $id2 = build('processing');
	my $f2 = (files_of($id2))[0];
	my $p2 = officer('stp', 'processor');
	is($p2->get("/files/$f2->{id}")->{status}, 404, 'before: the other unit\'s processor gets 404 on a file');
	step($id2, 'hacthanh', 'processor', 'handover', assignee => $p2->user_id);
	is($p2->get("/officer/dossiers/$id2")->{status}, 200, 'after the hand-over: the dossier page');
	is($p2->get("/files/$f2->{id}")->{status}, 200, '… and the file');
	is(officer('stp', 'receiver')->get("/files/$f2->{id}")->{status}, 200, '… for any officer of that unit');
	is(officer('hacthanh', 'receiver')->get("/files/$f2->{id}")->{status}, 200, 'the receiving unit still opens it');
	my $r = officer('stp', 'receiver')->get("/officer/register?unit=$home");
	ok($r->{status} == 403 || $r->{status} == 404, 'the register of the receiving unit stays its own: ' . $r->{status});
};

# ------------------------------------------------------------------ citizens, administrators

my @urls = ('/officer/', "/officer/dossiers/$id", "/officer/slips/$slips[0]", '/officer/register',
    "/officer/register?unit=$home", '/officer/?tab=all');
for my $who (['the applicant', $applicant], ['another citizen', citizen()],
    ['the administrator', demo_user('quantri@demo.thanhhoa.gov.vn')]) {
	my ($what, $c) = @$who;
	subtest "$what: 403 on /officer/" => sub {
		for my $u (@urls) {
			is($c->get($u)->{status}, 403, "GET $u: 403");
		}
		my $before = snapshot($id);
		for my $m (@MOVES) {
			is(act($c, $id, $m->{name}, fields_for($id, $m))->{status}, 403, "POST $m->{name}: 403");
		}
		is(result_upload($c, $id, file('ket-qua.pdf', pdf_bytes("Ket qua $$"), 'application/pdf'))->{status}, 403,
		    'POST a result: 403');
		is_deeply(snapshot($id), $before, 'nothing changed');
	};
}

subtest 'not signed in: to the sign-in page' => sub {
	my $anon = DVC::Submit::client();
	for my $u (@urls) {
		my $r = $anon->get($u);
		is($r->{status}, 303, "GET $u: 303");
		like($r->{location} // '', qr{^/account/login\?next=}, '… to sign in');
	}
	my $r = $anon->post("/officer/dossiers/$id/move", [move => 'accept', version => 1], csrf => undef);
	ok($r->{status} == 303 || $r->{status} == 403, "POST a move: $r->{status}, not done");
};

# ------------------------------------------------------------------ ids

subtest 'ids that are no dossier of the unit: 404' => sub {
	my $o = officer('hacthanh', 'receiver');
	my $draft = $applicant->new_draft(default_procedure('hacthanh')->{code});
	for my $bad ('0', 'abc', "0$id", "$id.0", '99999999999', "$draft") {
		is($o->get("/officer/dossiers/$bad")->{status}, 404, "GET /officer/dossiers/$bad: 404");
		is($o->get("/officer/slips/$bad")->{status}, 404, "GET /officer/slips/$bad: 404") unless $bad eq $draft;
	}
	is(act($o, $draft, 'accept', version => 0)->{status}, 404, 'a draft cannot be accepted: 404');
	is(dossier_row($draft)->{status}, 0, '… it is still a draft');
	is($o->get('/officer/register?unit=987654')->{status}, 404, 'the register of a unit that does not exist: 404');
};

done_testing();
