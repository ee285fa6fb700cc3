#!/usr/bin/env perl
# tests/unit/package.t — the Debian package a province installs (make deb): what it holds,
# that its pieces agree with each other (the nginx snippet's sockets are the ones the
# systemd socket unit makes, the service runs programs the package ships, nginx can send
# downloads from the store the programs write), and that its maintainer scripts are valid shell.
use strict;
use warnings;
use FindBin;
use Test::More;

my $repo = "$FindBin::Bin/../..";
chdir $repo or die "$repo: $!";
my $out = `make --no-print-directory deb 2>&1`;
is($?, 0, 'make deb') or diag($out);
my ($deb) = $out =~ m{building package 'dvc' in '([^']+\.deb)'};
ok(defined $deb && -s $deb, 'a .deb is built') or BAIL_OUT('no package');

my %info = map { /^\s*([A-Za-z-]+):\s*(.*)$/ ? ($1, $2) : () } split /\n/, `dpkg-deb --info $deb`;
is($info{Package}, 'dvc', 'Package: dvc');
like($info{Version} // '', qr/^\d+\.\d+\.\d+/, "Version: $info{Version}");
like($info{Depends} // '', qr/\blibfcgi0ldbl\b.*\blibmariadb3\b.*\blibxslt1\.1\b.*\blibsodium23\b/,
    'Depends on the libraries the programs link');

my @files = map { (split ' ', $_, 6)[5] =~ s{^\./}{/}r } split /\n/, `dpkg-deb --contents $deb`;
my %has = map { $_ => 1 } @files;
ok($has{"/usr/lib/dvc/dvc-$_"}, "ships dvc-$_") for qw(catalogue account submit dossiers files officer admin notifier);
ok($has{'/usr/sbin/dvcctl'}, 'ships dvcctl');
ok(!(grep { m{paysandbox} } @files), 'never ships the payment gateway stand-in (dvc-paysandbox)');
ok($has{'/usr/share/dvc/xslt/layout.xsl'} && $has{'/usr/share/dvc/xslt/static/dvc.css'}, 'ships the views and static files');
ok((grep { m{^/usr/share/dvc/sql/\d{3}_.*\.sql$} } @files) >= 7, 'ships the migrations');
ok($has{'/etc/nginx/snippets/dvc.conf'} && $has{'/etc/nginx/snippets/dvc-fastcgi.conf'}, 'ships the nginx snippet');
ok($has{'/lib/systemd/system/dvc@.socket'} && $has{'/lib/systemd/system/dvc@.service'}, 'ships the systemd units');
ok($has{'/lib/systemd/system/dvc-reconcile.timer'} && $has{'/lib/systemd/system/dvc-reconcile.service'},
    'ships the payments reconciliation timer');

my $tmp = "/tmp/dvc-package-test.$$";
system('dpkg-deb', '-R', $deb, $tmp) == 0 or BAIL_OUT('dpkg-deb -R failed');
END { system('rm', '-rf', $tmp) if $tmp }
sub slurp { open(my $fh, '<', $_[0]) or return ''; local $/; return scalar <$fh> }

my $snippet = slurp("$tmp/etc/nginx/snippets/dvc.conf");
unlike($snippet, qr/@[A-Z]+@/, 'no placeholder is left in the nginx snippet');
unlike($snippet =~ s/^\s*#.*$//mgr, qr{/sandbox/}, 'the nginx snippet routes nothing to the gateway stand-in');
my @sockets = $snippet =~ m{fastcgi_pass unix:(\S+?);}g;
ok(@sockets >= 5, scalar(@sockets) . ' locations pass to a program');
# The rate-limit zones the snippet uses are declared at http level, where Debian's nginx.conf
# includes conf.d/*.conf.
my $zones = slurp("$tmp/etc/nginx/conf.d/dvc-zones.conf");
for my $zone ($snippet =~ m{limit_req zone=(\w+)}g) {
	like($zones, qr/^limit_req_zone \S+ zone=\Q$zone\E:/m, "the zone $zone is declared in conf.d/dvc-zones.conf");
}
ok((() = $snippet =~ m{limit_req zone=}g) >= 2, 'the snippet limits the rate of /track and /track/');
my $socket_unit = slurp("$tmp/lib/systemd/system/dvc\@.socket");
my ($listen) = $socket_unit =~ m{^ListenStream=(\S+)}m;
(my $pattern = $listen // '') =~ s{%i}{([a-z]+)};
ok(!(grep { $_ !~ m{^$pattern$} } @sockets), "every socket in the snippet is one dvc\@.socket makes ($listen)");
for my $program (qw(catalogue account submit dossiers files officer admin)) {
	ok((grep { $_ eq ($listen =~ s/%i/$program/r) } @sockets), "the snippet reaches dvc-$program");
}
# Only programs the package ships: a location of a program that does not exist would be a 502.
for my $socket (@sockets) {
	my ($program) = $socket =~ m{^$pattern$};
	ok(defined $program && $has{"/usr/lib/dvc/dvc-$program"}, "the snippet's $socket is a shipped program");
}
# The variables the FastCGI parameters use are declared at http level (the proxy's scheme).
for my $var (slurp("$tmp/etc/nginx/snippets/dvc-fastcgi.conf") =~ m{\$(dvc_\w+)}g) {
	like($zones, qr/^map \S+ \$\Q$var\E \{/m, "\$$var is declared in conf.d/dvc-zones.conf");
}
like($zones, qr/^map \$http_x_forwarded_proto \$dvc_forwarded_proto \{\n\s*default "";\n(\s*#.*\n)*\}/m,
    '… and passes nothing until the province says it is behind a TLS proxy');
my ($store_location) = $snippet =~ m{^location \^~ (/_store/) \{\n(.*?)^\}}ms ? ($2) : ();
ok($store_location && $store_location =~ /^\s*internal;$/m, 'the store has an internal location, /_store/');
like($store_location // '', qr{^\s*alias /var/lib/dvc/store/;$}m, '… aliased to the store of the example configuration');
my ($store_uri) = slurp('modules/core/dvc.h') =~ /^#define STORE_URI\s+"([^"]+)"/m;
is(($store_uri // '') . '/', '/_store/', "… which is dvc-files' STORE_URI");
like(slurp("$tmp/DEBIAN/postinst"), qr{^\s*install -d -o dvc -g www-data -m 2750 /var/lib/dvc/store$}m,
    'postinst: nginx (www-data) reads the store through its group');
my $service = slurp("$tmp/lib/systemd/system/dvc\@.service");
my ($exec) = $service =~ m{^ExecStart=(\S+)}m;
ok($exec && -x "$tmp" . ($exec =~ s/%i/catalogue/r), "ExecStart ($exec) runs a shipped program");
like(slurp("$tmp/etc/dvc/dvc.conf.example"), qr{^store_dir = /var/lib/dvc/store$}m,
    'the example configuration keeps files where the service may write (ReadWritePaths)');
like($service, qr{^ReadWritePaths=/var/lib/dvc$}m, 'the service may write only /var/lib/dvc');
# dvc-notifier: a service of its own (no socket), enabled by postinst, stopped by prerm.
my $notifier = slurp("$tmp/lib/systemd/system/dvc-notifier.service");
ok($notifier, 'ships dvc-notifier.service');
my ($nexec) = $notifier =~ m{^ExecStart=(\S+)}m;
is($nexec, '/usr/lib/dvc/dvc-notifier', 'dvc-notifier.service runs the shipped dvc-notifier');
ok($nexec && -x "$tmp$nexec", '… which is executable');
like($notifier, qr{^ExecStart=\S+ --config /etc/dvc/dvc\.conf$}m, '… with the configuration, and no socket');
unlike($notifier, qr{^(Requires|StandardInput)=.*socket}m, '… not socket-activated');
like($notifier, qr{^KillMode=mixed$}m, '… SIGTERM to the notifier alone: the sendmail command in hand finishes');
like($notifier, qr{^Restart=always$}m, '… restarted whenever it stops');
like($notifier, qr{^WantedBy=multi-user\.target$}m, '… started at boot once enabled');
unlike($notifier, qr{^NoNewPrivileges=yes$}m, "… postfix's setgid postdrop still works under it");
my $postinst = slurp("$tmp/DEBIAN/postinst");
like($postinst, qr{^\s*deb-systemd-helper enable dvc-notifier\.service\b}m, 'postinst enables dvc-notifier');
like(slurp("$tmp/DEBIAN/prerm"), qr{systemctl stop dvc-notifier\.service}, 'prerm stops it on removal');
# The payments reconciliation: a oneshot of dvcctl that a timer starts, enabled by postinst.
my $reconcile = slurp("$tmp/lib/systemd/system/dvc-reconcile.service");
my ($rexec) = $reconcile =~ m{^ExecStart=(\S+)}m;
ok($rexec && -x "$tmp$rexec", "dvc-reconcile.service runs a shipped program ($rexec)");
like($reconcile, qr{^ExecStart=/usr/sbin/dvcctl --config /etc/dvc/dvc\.conf payments reconcile\b}m, '… dvcctl payments reconcile');
like(slurp("$tmp/lib/systemd/system/dvc-reconcile.timer"), qr{^OnUnitActiveSec=5min$}m, '… every five minutes');
like($postinst, qr{^\s*deb-systemd-helper enable dvc-reconcile\.timer\b}m, 'postinst enables its timer');
# The purge of personal data past its retention: a oneshot of dvcctl, daily, enabled by postinst.
my $purge = slurp("$tmp/lib/systemd/system/dvc-purge.service");
my ($pexec) = $purge =~ m{^ExecStart=(\S+)}m;
ok($pexec && -x "$tmp$pexec", "dvc-purge.service runs a shipped program ($pexec)");
like($purge, qr{^ExecStart=/usr/sbin/dvcctl --config /etc/dvc/dvc\.conf purge$}m, '… dvcctl purge');
like(slurp("$tmp/lib/systemd/system/dvc-purge.timer"), qr{^OnCalendar=\*-\*-\* \d\d:\d\d:00$}m, '… daily');
like($postinst, qr{^\s*deb-systemd-helper enable dvc-purge\.timer\b}m, 'postinst enables its timer');
like(slurp("$tmp/DEBIAN/prerm"), qr{systemctl stop dvc-purge\.timer}, 'prerm stops it on removal');
# The expiry of untouched drafts: the same, daily.
my $drafts = slurp("$tmp/lib/systemd/system/dvc-drafts.service");
like($drafts, qr{^ExecStart=/usr/sbin/dvcctl --config /etc/dvc/dvc\.conf drafts expire$}m, 'dvc-drafts.service runs dvcctl drafts expire');
like(slurp("$tmp/lib/systemd/system/dvc-drafts.timer"), qr{^OnCalendar=\S}m, '… on a calendar (daily)');
like($postinst, qr{^\s*deb-systemd-helper enable dvc-drafts\.timer\b}m, 'postinst enables its timer');
like(slurp("$tmp/etc/dvc/dvc.conf.example"), qr{^sendmail_command = /usr/sbin/sendmail -t -oi$}m,
    'the example configuration sends through the system\'s sendmail');
for my $script (qw(postinst prerm postrm)) {
	ok(-x "$tmp/DEBIAN/$script", "$script is executable");
	is(system('sh', '-n', "$tmp/DEBIAN/$script"), 0, "$script is valid shell");
}
like(slurp("$tmp/DEBIAN/postinst"), qr/secret = \$secret/, 'postinst gives the configuration a secret of its own');
done_testing();
