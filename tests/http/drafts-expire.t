#!/usr/bin/perl
# Drafts nobody changed for draft_expire_days (30 in the test stack, dvc.conf's default) are
# deleted by `dvcctl drafts expire`, with their rows and their stored files; the citizen is
# told so on every step of a draft and on "Hồ sơ của tôi". An old draft is made by backdating
# its row in SQL (and its files' times on disk: a file changed within the hour is left to
# dvcctl gc). What stays: a draft changed 29 days ago, a fresh one, a dossier submitted long
# ago, and a stored file another draft still refers to.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Test::More;
use DVCTest;
use DVC::Submit;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my @ps = pick_procedure(types => ['pdf'], required => 1, channels => ['online']);
cmp_ok(scalar @ps, '>=', 4, 'four procedures taking PDF online') or BAIL_OUT('no procedures');
my $c = citizen();

# A draft of procedure p with files of the given contents in its first required component.
sub draft_with {
	my ($p, @contents) = @_;
	my $id = $c->new_draft($p->{code});
	my ($comp) = required_components($p->{id});
	my $i = 0;
	for my $bytes (@contents) {
		$i++;
		my $r = $c->upload($id, $comp->{id}, [file("giay-to-$id-$i.pdf", $bytes, 'application/pdf')]);
		$r->{status} == 303 or die "upload to $id: $r->{status}";
	}
	return $id;
}

sub backdate {
	my ($id, $days) = @_;
	db_rows("UPDATE dossiers SET updated_at = UTC_TIMESTAMP() - INTERVAL $days DAY WHERE id = $id");
}

# Sets a stored file's times an age in seconds back, as if it had been uploaded then.
sub age_file {
	my ($sha, $seconds) = @_;
	my $t = time - $seconds;
	utime($t, $t, store_path($sha)) or die store_path($sha) . ": $!";
}

my ($only, $shared, $recent) = map { pdf_bytes("Het han $_ $$ " . rand()) } qw(rieng chung moi);
my $old = draft_with($ps[0], $only, $shared, $recent);
my $kept = draft_with($ps[1], $shared);
my $fresh = draft_with($ps[2], pdf_bytes("Ban nhap moi $$ " . rand()));
my $sent = draft_with($ps[3], pdf_bytes("Da nop $$ " . rand()));
$c->fill_required($sent);
$c->choose_online($sent);
is($c->submit($sent)->{status}, 303, "dossier $sent submitted");
my %sha = map { $_->{name} => $_->{sha256} } files_of($old);
my ($sha_only, $sha_shared, $sha_recent) = map { $sha{"giay-to-$old-$_.pdf"} } 1 .. 3;
ok($sha_only && $sha_shared && $sha_recent, "draft $old has three files");

subtest 'the citizen is told, on the draft\'s steps and on "Hồ sơ của tôi"' => sub {
	backdate($kept, 29);
	my @d = gmtime(time + 7 * 3600 + 1 * 86400);	# 29 days ago, plus 30: tomorrow in Vietnam
	my $day = sprintf('%02d/%02d/%04d', $d[3], $d[4] + 1, $d[5] + 1900);
	for my $step (qw(info files delivery fees review)) {
		my $text = text_of($c->get("/submit/$kept/$step")->{body});
		like($text, qr/Bản nháp chưa nộp sẽ bị xoá sau 30 ngày không sửa, cùng các tệp đã tải lên\./,
		    "/submit/$kept/$step: after 30 days untouched");
		like($text, qr/bản nháp này sẽ bị xoá từ ngày \Q$day\E\./, "… this one on $day") if $step eq 'info';
	}
	like(text_of($c->get('/dossiers/')->{body}), qr/Bản nháp chưa nộp sẽ bị xoá sau 30 ngày không sửa/,
	    '"Hồ sơ của tôi" says it');
	unlike(text_of($c->get("/submit/$sent/receipt")->{body}), qr/sẽ bị xoá/, 'not on a submitted dossier\'s receipt');
};

subtest 'dvcctl drafts expire: the old draft goes, with its files; the rest stays' => sub {
	backdate($old, 31);
	backdate($sent, 400);
	age_file($_, 2 * 3600) for $sha_only, $sha_shared;
	my %before = map { $_ => scalar(files_of($_)) } $kept, $fresh, $sent;
	my $out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" drafts expire 2>&1`;
	is($?, 0, 'exit 0') or diag($out);
	like($out, qr/expired 1 drafts untouched for 30 days; removed 1 files from the store/, 'it says what it did')
	    or diag($out);
	is(dossier($old), undef, "draft $old deleted");
	is(count_rows('dossier_files', "dossier_id = $old"), 0, '… its files\' rows with it');
	ok(!-e store_path($sha_only), '… its own file gone from the store');
	ok(-e store_path($sha_shared), '… the file another draft still has kept');
	ok(-e store_path($sha_recent), '… the file changed within the hour kept (for dvcctl gc)');
	is(dossier($_)->{id}, $_, "dossier $_ kept") for $kept, $fresh, $sent;
	is(scalar(files_of($_)), $before{$_}, "… with its files") for $kept, $fresh, $sent;
	ok(-e store_path($_->{sha256}), "file $_->{id} of dossier $_->{dossier_id} in the store")
	    for map { files_of($_) } $kept, $fresh, $sent;
	is($c->get("/submit/$old/info")->{status}, 404, "/submit/$old/info: 404 now");

	$out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" drafts expire 2>&1`;
	like($out, qr/expired 0 drafts/, 'run again: nothing more') or diag($out);
	$out = `"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" drafts expire --days 28 2>&1`;
	is($?, 0, '--days 28: exit 0') or diag($out);
	is(dossier($kept), undef, "… draft $kept, 29 days old, deleted");
	ok(!-e store_path($sha_shared), '… and the file it shared with the first, now nobody\'s, gone');
	isnt(dossier($fresh), undef, "… draft $fresh kept");
	`"$ENV{DVC_BIN}/dvcctl" --config "$ENV{DVC_CONF}" drafts expire --days 0 2>&1`;
	is($? >> 8, 2, '--days 0: a usage error (exit 2), nothing deleted');
	isnt(dossier($fresh), undef, "… draft $fresh kept");
};

done_testing;
