package DVC::Mail;
# DVC::Mail — the e-mails the stack sent, and the notifier that sends them. In the stack of
# tests/run, dvc-notifier hands each message to conf/dev/sendmail-to-dir, which writes it to
# $VAR/mail/ as a file of its own: a message delivered twice is two files.
#
# Only core Perl.
#
#   my @m = mails(qr/CODE/);          # the messages whose subject matches, oldest first:
#                                     # { file, to, rcpt (X-Original-To), subject, body,
#                                     #   header => { lc name => unfolded raw value } }
#   stop_notifier();                  # SIGTERM to the stack's notifier; waits until it is gone
#   my $pid = start_notifier(sendmail => [...], mail_retry_seconds => 1);
#                                     # one with those dvc.conf values, as the stack starts it
#   kill_notifier('KILL');            # a signal to the running one, reaped
#   notifier_conf(key => value…)      # DVC_CONF with those values: its path
use strict;
use warnings;
use utf8;

use Encode qw(decode decode_utf8);
use Exporter 'import';
use MIME::QuotedPrint qw(decode_qp);
use POSIX ();
use Time::HiRes qw(sleep time);

use DVCTest qw($VAR master_pid wait_until);

our @EXPORT = qw($MAIL_DIR mails read_mail notifier_pid stop_notifier start_notifier kill_notifier
    notifier_conf cpu_ticks mails_to wait_mail mail_link);

our $MAIL_DIR = "$VAR/mail";
my $PIDFILE = "$VAR/run/dvc-notifier.pid";

# read_mail(FILE): the message parsed; the subject decoded (RFC 2047), the body decoded
# (quoted-printable when it says so) from UTF-8.
sub read_mail {
	my ($file) = @_;
	open(my $fh, '<:raw', $file) or return undef;
	local $/;
	my $raw = <$fh>;
	close $fh;
	my ($head, $body) = split /\n\n/, $raw, 2;
	$head =~ s/\n[ \t]+/ /g;
	my (%h, @rcpt);
	for my $line (split /\n/, $head) {
		my ($name, $value) = $line =~ /^([\w-]+):[ \t]*(.*)$/ or next;
		push @rcpt, $value if lc $name eq 'x-original-to';
		$h{ lc $name } //= $value;
	}
	my $subject = $h{subject} // '';
	$body //= '';
	$body = decode_qp($body) if lc($h{'content-transfer-encoding'} // '') eq 'quoted-printable';
	return {
		file => $file,
		raw => $raw,
		header => \%h,
		to => $h{to},
		rcpt => \@rcpt,
		subject => decode('MIME-Header', $subject),
		body => eval { decode_utf8($body, Encode::FB_CROAK) },
	};
}

my %parsed;

# mails(REGEX): every message in the folder whose decoded subject matches, by file name
# (the time it was written).
sub mails {
	my ($re) = @_;
	opendir(my $dh, $MAIL_DIR) or return ();
	my @files = sort grep { /\.eml\z/ } readdir $dh;
	closedir $dh;
	# A file is written under another name and renamed: once there, it never changes.
	return grep { defined $_ && $_->{subject} =~ $re } map { $parsed{$_} //= read_mail("$MAIL_DIR/$_") } @files;
}

# mails_to(ADDRESS[, REGEX]): the messages delivered to ADDRESS (X-Original-To), whose
# subject matches REGEX when given, oldest first.
sub mails_to {
	my ($to, $re) = @_;
	return grep { grep({ lc $_ eq lc $to } @{ $_->{rcpt} }) } mails($re // qr/./);
}

# wait_mail(ADDRESS, REGEX[, SECONDS, AFTER]): waits until more than AFTER (default 0) messages
# to ADDRESS match REGEX, and returns the newest; undef after SECONDS (default 20).
sub wait_mail {
	my ($to, $re, $seconds, $after) = @_;
	my @m;
	wait_until($seconds // 20, sub { @m = mails_to($to, $re); @m > ($after // 0) });
	return @m > ($after // 0) ? $m[-1] : undef;
}

# mail_link(MAIL, PATH): the path and query of the first link to PATH of this site in the
# message's body ("/account/verify?token=…"), or undef.
sub mail_link {
	my ($m, $path) = @_;
	return undef unless $m && defined $m->{body};
	return $m->{body} =~ m{\Q$DVCTest::URL\E(\Q$path\E\?token=[A-Za-z0-9_-]+)} ? $1 : undef;
}

sub notifier_pid { master_pid('dvc-notifier') }

sub alive {
	my ($pid) = @_;
	return 0 unless $pid && kill(0, $pid);
	open(my $fh, '<', "/proc/$pid/stat") or return 0;
	my $stat = <$fh> // '';
	return $stat !~ /\)\s+[ZX]\s/;
}

# kill_notifier(SIGNAL[, SECONDS]): the signal to the running notifier, then waits until it
# is gone (reaped when it is a child of this test). True when it went.
sub kill_notifier {
	my ($sig, $seconds) = @_;
	my $pid = notifier_pid() or return 1;
	kill($sig, $pid);
	my $gone = wait_until($seconds // 20, sub {
		waitpid($pid, POSIX::WNOHANG());
		!alive($pid);
	});
	unlink $PIDFILE if $gone;
	return $gone;
}

sub stop_notifier { kill_notifier('TERM', @_) }

# notifier_conf(key => value…): a copy of the stack's dvc.conf with those values; its path.
my $nconf = 0;

sub notifier_conf {
	my (%set) = @_;
	open(my $in, '<:raw', $ENV{DVC_CONF}) or die "$ENV{DVC_CONF}: $!";
	my @lines = grep { !(/^\s*([a-z_]+)\s*=/ && exists $set{$1}) } <$in>;
	close $in;
	my $path = "$VAR/tmp/notifier-$$-" . ++$nconf . '.conf';
	my $old = umask 077;
	open(my $out, '>:raw', $path) or die "$path: $!";
	umask $old;
	print {$out} @lines, map { "$_ = $set{$_}\n" } sort keys %set;
	close $out;
	return $path;
}

# start_notifier(key => value…): dvc-notifier of DVC_BIN on a copy of dvc.conf with those
# values (none: the stack's own), as the stack starts it (its own session, its log, its pid
# file). Its pid, once it says it sends.
sub start_notifier {
	my (%set) = @_;
	my $conf = %set ? notifier_conf(%set) : $ENV{DVC_CONF};
	my $log = "$VAR/log/dvc-notifier.log";
	my $off = -s $log // 0;
	my $pid = fork() // die "fork: $!";
	if ($pid == 0) {
		POSIX::setsid();
		open(STDIN, '<', '/dev/null');
		open(STDOUT, '>>', $log);
		open(STDERR, '>>&', \*STDOUT);
		chdir $ENV{DVC_REPO};
		exec("$ENV{DVC_BIN}/dvc-notifier", '--config', $conf) or POSIX::_exit(127);
	}
	open(my $fh, '>', $PIDFILE) or die "$PIDFILE: $!";
	print {$fh} "$pid\n";
	close $fh;
	wait_until(20, sub {
		open(my $l, '<:raw', $log) or return 0;
		seek($l, $off, 0);
		local $/;
		my $text = <$l> // '';
		return $text =~ /\[$pid\] info: sending the outbox/;
	}) or die "dvc-notifier $pid did not start sending";
	return $pid;
}

# The CPU time the process has used, in clock ticks (user + system).
sub cpu_ticks {
	my ($pid) = @_;
	open(my $fh, '<', "/proc/$pid/stat") or return undef;
	my $stat = <$fh> // '';
	my @f = split ' ', ($stat =~ /\)\s+(.*)$/)[0];
	return $f[11] + $f[12];
}

1;
