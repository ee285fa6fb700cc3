#!/usr/bin/perl
# Roles: core sends anonymous visitors of a page that needs an account to the login page with
# the way back (next), and back again after the login, never to another site; a user of the
# wrong kind gets 403. The demo officers and administrator sign in and see their roles per
# agency; `dvcctl user add` creates officers and administrators and refuses bad input.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Encode qw(decode_utf8 encode_utf8);
use IPC::Open3 qw(open3);
use Test::More;
use DVC::Account;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

# ------------------------------------------------------------------ anonymous visitors

my $anon = browser();
for my $case (['/account/profile', '%2Faccount%2Fprofile'],
    ['/account/password', '%2Faccount%2Fpassword'],
    ['/account/profile?msg=saved', '%2Faccount%2Fprofile%3Fmsg%3Dsaved']) {
	my ($path, $next) = @$case;
	my $r = $anon->get($path);
	is($r->{status}, 303, "anonymous GET $path: 303");
	is($r->{location}, "/account/login?next=$next", "… to /account/login?next=$next");
}
{
	my $page = $anon->get('/account/login?next=%2Faccount%2Fpassword');
	is(field_value($page->{body}, 'next'), '/account/password', 'the login form carries next in a hidden field');
	my $r = $anon->post('/account/profile', [phone => '0912345678'], csrf => page_csrf($page->{body}));
	is($r->{status}, 303, 'anonymous POST /account/profile (with a valid token): 303');
	is($r->{location}, '/account/login?next=%2Faccount%2Fprofile', '… to the login page');
	for my $path ('/account/login', '/account/register', '/account/privacy', '/') {
		is($anon->get($path)->{status}, 200, "anonymous GET $path: 200 (no account needed)");
	}
	my $r2 = $anon->get('/account/');
	is($r2->{status}, 303, 'anonymous GET /account/: 303');
	is($r2->{location}, '/account/login', '… to the login page');
}

# ------------------------------------------------------------------ the way back after login

my $c = new_citizen();
{
	my $rb = browser();
	my $r = $rb->signup($c);
	is($r->{status}, 303, 'a citizen registered') or diag(join ' | ', summary_errors($r->{body}));
	$rb->logout;
}

my %next = (
	'/account/password' => '/account/password',
	'/procedures?q=khai+sinh&page=2' => '/procedures?q=khai+sinh&page=2',
	# No whitespace in a way back, even percent-encoded (issue 11); core's own links write a
	# space as "+".
	'/procedures?q=khai%20sinh&page=2' => '/account/profile',
	'/account/profile?msg=saved' => '/account/profile?msg=saved',
	'//evil.example' => '/account/profile',
	'//evil.example/account/profile' => '/account/profile',
	'https://evil.example' => '/account/profile',
	'http://evil.example/' => '/account/profile',
	'/\\evil.example' => '/account/profile',
	'\\\\evil.example' => '/account/profile',
	'javascript:alert(1)' => '/account/profile',
	'evil.example' => '/account/profile',
	"/account/profile\r\nSet-Cookie: x=1" => '/account/profile',
	'/account/logout' => '/account/profile',
	'/account/login?next=//evil.example' => '/account/profile',
	'' => '/account/profile',
);
for my $n (sort keys %next) {
	my $b = browser();
	my $r = $b->login($c->{citizen_id}, $c->{password}, next => $n);
	(my $shown = $n) =~ s/\r\n/\\r\\n/;
	is($r->{status}, 303, "login with next '$shown': 303");
	is($r->{location}, $next{$n}, "… goes to $next{$n}");
	$b->logout;
}
{
	# A failed login keeps the way back.
	my $b = browser();
	my $r = $b->login($c->{citizen_id}, 'Sai rồi 12345', next => '/account/password');
	is($r->{status}, 200, 'a failed login with next: 200');
	is(field_value($r->{body}, 'next'), '/account/password', '… and the form keeps next');
	$r = $b->post('/account/login', [login => $c->{citizen_id}, password => $c->{password},
	    next => field_value($r->{body}, 'next')]);
	is($r->{location}, '/account/password', 'the next try goes there');
	$b->logout;
}
{
	# The whole round trip: the page, the login page, back to the page.
	my $b = browser();
	my $r = $b->get('/account/password');
	my $login_url = $r->{location} // '';
	my ($next) = $login_url =~ /next=([^&]*)/;
	$next = decode_utf8(($next // '') =~ s/%([0-9A-F]{2})/chr hex $1/gier);
	$r = $b->login($c->{citizen_id}, $c->{password}, next => $next);
	is($r->{location}, '/account/password', 'the round trip: /account/password → login → /account/password');
	is($b->get('/account/password')->{status}, 200, 'and the page opens');
	$b->logout;
}

# ------------------------------------------------------------------ officer and admin pages

my $cb = browser();
$cb->login($c->{citizen_id}, $c->{password});
for my $area ('/officer/', '/admin/') {
	my $probe = $cb->get($area);
	# A program that is missing or down answers 502: a failure, never a reason to skip.
	is($probe->{status}, 403, "a citizen opening $area: 403 (502 would be its program missing)");
	like(text_of($probe->{body}), qr/không có quyền truy cập trang này/, '… with the Vietnamese reason');
	my $r = browser()->get($area);
	ok($r->{status} == 303 && ($r->{location} // '') =~ m{^/account/login\?next=},
	    "an anonymous visitor of $area is sent to the login page");
}

# ------------------------------------------------------------------ demo accounts

# kind | e-mail | password | name | roles | CCCD | born | phone
my @demo;
open(my $fh, '<:encoding(UTF-8)', "$ENV{DVC_REPO}/conf/dev/demo-accounts.txt") or die "demo-accounts.txt: $!";
while (my $line = <$fh>) {
	next if $line =~ /^\s*(#|$)/;
	my @f = map { s/^\s+|\s+$//gr } split /\|/, $line;
	push @demo, { kind => $f[0], email => $f[1], password => $f[2], name => $f[3],
	    roles => [split ' ', $f[4] // ''], cccd => $f[5] };
}
close $fh;
my %kinds = map { $_->{kind} => 1 } @demo;
ok($kinds{admin} && $kinds{officer} && $kinds{citizen}, 'demo accounts of every kind');
my %agencies_with;
for my $d (@demo) {
	$agencies_with{ (split /:/, $_)[1] }{ (split /:/, $_)[0] } = 1 for @{ $d->{roles} };
}
for my $role (qw(receiver processor approver)) {
	cmp_ok(scalar keys %{ $agencies_with{$role} // {} }, '>=', 2, "demo officers: a $role in two agencies");
}

my %kind_word = (citizen => 'Công dân', officer => 'Cán bộ, công chức', admin => 'Quản trị hệ thống');
my %role_word = (receiver => 'Tiếp nhận hồ sơ (một cửa)', processor => 'Xử lý hồ sơ', approver => 'Phê duyệt');

# The roles a profile page must show: { code => { name, roles => [words in dossier order] } }.
sub expected_roles {
	my (@roles) = @_;
	my %by;
	for (@roles) {
		my ($code, $role) = split /:/;
		$by{$code}{$role} = 1;
	}
	my %out;
	for my $code (keys %by) {
		$out{$code} = { name => db_value('SELECT name FROM agencies WHERE code = ' . sql_str($code)),
		    roles => [map { $role_word{$_} } grep { $by{$code}{$_} } qw(receiver processor approver)] };
	}
	return \%out;
}

for my $d (@demo) {
	my $b = browser();
	my $login = $d->{kind} eq 'citizen' && $d->{cccd} ? $d->{cccd} : $d->{email};
	my $r = $b->login($login, $d->{password});
	is($r->{status}, 303, "demo $d->{kind} $d->{email} signs in") or diag(join ' | ', summary_errors($r->{body}));
	is($r->{location}, $d->{kind} eq 'officer' ? '/officer/' : '/account/profile',
	    "demo $d->{kind}: lands on " . ($d->{kind} eq 'officer' ? 'the inbox' : 'the profile'));
	$r = $b->get('/account/profile');
	is($r->{status}, 200, "demo $d->{kind}: the profile opens (any signed-in kind)");
	is(header_user($r->{body}), $d->{name}, "demo $d->{kind}: the header shows $d->{name}");
	like(text_of($r->{body}), qr/Loại tài khoản\s*\Q$kind_word{$d->{kind}}\E/, "demo $d->{kind}: the kind is '$kind_word{$d->{kind}}'");
	if ($d->{kind} eq 'officer') {
		is_deeply(role_rows($r->{body}), expected_roles(@{ $d->{roles} }),
		    "demo officer $d->{email}: the roles per agency");
	} else {
		unlike($r->{body}, qr{<section\b[^>]*id="roles"}, "demo $d->{kind}: no roles section");
	}
	is($b->get('/account/password')->{status}, 200, "demo $d->{kind}: the password page opens");
	$b->logout;
}

# ------------------------------------------------------------------ dvcctl user add

# dvcctl(STDIN, ARGS…): the exit status and the output (both streams).
sub dvcctl {
	my ($stdin, @args) = @_;
	local $SIG{PIPE} = 'IGNORE';	# dvcctl may stop before it reads the password
	my $pid = open3(my $in, my $out, undef, "$ENV{DVC_BIN}/dvcctl", '--config', $ENV{DVC_CONF},
	    'user', 'add', map { encode_utf8($_) } @args);
	print {$in} encode_utf8($stdin) if defined $stdin;
	close $in;
	local $/;
	my $text = <$out> // '';
	waitpid($pid, 0);
	return ($? >> 8, decode_utf8($text));
}

my $tag = $$ . int(rand 1e6);
my $pw = 'Cán bộ mới ' . int(rand 9000 + 1000);
my $officer_email = "canbo$tag\@demo.thanhhoa.gov.vn";
my @roles = ('000.00.10.H56:receiver', '000.00.10.H56:approver', '000.01.30.H56:processor');
my ($rc, $out) = dvcctl("$pw\n", '--kind', 'officer', '--name', 'Trịnh Thị Ngọc', '--email', $officer_email,
    '--phone', '0987654321', map { ('--role', $_) } @roles);
is($rc, 0, 'dvcctl user add --kind officer with three roles: exit 0') or diag($out);
my $o = user_row(email => $officer_email);
ok($o, 'the officer row exists');
$o //= {};
is($o->{kind}, 'officer', 'kind officer');
is($o->{full_name}, 'Trịnh Thị Ngọc', 'the name as given');
like($o->{password_hash} // '', qr/^\$argon2id\$/, 'the password is an argon2id hash');
ok(!defined $o->{citizen_id} && !defined $o->{consent_at}, 'no CCCD and no consent needed for an officer');
is(db_value('SELECT COUNT(*) FROM officer_roles WHERE user_id = ' . ($o->{id} // 0)), 3, 'three officer_roles rows');
{
	my $b = browser();
	my $r = $b->login(uc $officer_email, $pw);
	is($r->{status}, 303, 'the new officer signs in');
	$r = $b->get('/account/profile');
	is(header_user($r->{body}), 'Trịnh Thị Ngọc', 'the header shows the officer');
	is_deeply(role_rows($r->{body}), expected_roles(@roles), 'the profile shows the roles in both agencies');
	$b->logout;
}

# The e-mail is the only way an officer signs in (no CCCD): the profile must not let it go.
{
	my $b = browser();
	$b->login($officer_email, $pw);
	my $r = $b->submit('/account/profile', [phone => '0987654321', email => '', address => '',
	    org_name => '', org_tax_code => '']);
	ok($r->{status} == 200 && defined field_error($r->{body}, 'email'),
	    'an officer removing the e-mail gets a message next to it');
	is((user_row(id => $o->{id} // 0) // {})->{email}, $officer_email, "the officer's e-mail is kept");
	# Put it back so that the account stays usable.
	db_rows('UPDATE users SET email = ' . sql_str($officer_email) . ' WHERE id = ' . ($o->{id} // 0));
	$b->logout;
}

my $admin_email = "quantri$tag\@demo.thanhhoa.gov.vn";
($rc, $out) = dvcctl("$pw\n", '--kind', 'admin', '--name', 'Quản trị Hai', '--email', $admin_email);
is($rc, 0, 'dvcctl user add --kind admin: exit 0') or diag($out);
{
	my $b = browser();
	is($b->login($admin_email, $pw)->{status}, 303, 'the new administrator signs in');
	like(text_of($b->get('/account/profile')->{body}), qr/Loại tài khoản\s*Quản trị hệ thống/, '… as an administrator');
	$b->logout;
}

# An existing account is left as it is.
($rc, $out) = dvcctl("Khác hẳn 98765\n", '--kind', 'officer', '--name', 'Ai Đó', '--email', $officer_email);
is($rc, 0, 'dvcctl user add for an existing e-mail: exit 0 (nothing to do)');
like($out, qr/already exists/, '… and says so');
is(db_value('SELECT COUNT(*) FROM users WHERE email = ' . sql_str($officer_email)), 1, 'still one account');
is((user_row(email => $officer_email) // {})->{full_name}, 'Trịnh Thị Ngọc', 'the account is unchanged');

my $users0 = db_value('SELECT COUNT(*) FROM users');
my $roles0 = db_value('SELECT COUNT(*) FROM officer_roles');
my @refusals = (
	['a dictionary word', "Administrator!\n", '--kind', 'officer', '--name', 'Lê Văn Tám', '--email',
	    "a1$tag\@demo.thanhhoa.gov.vn", '--role', '000.00.10.H56:receiver'],
	['a dictionary word in capitals', "ADMINISTRATOR1\n", '--kind', 'admin', '--name', 'Lê Văn Tám', '--email',
	    "a2$tag\@demo.thanhhoa.gov.vn"],
	['a password of 11 characters', "Ngắn1!x abc\n", '--kind', 'admin', '--name', 'Lê Văn Tám', '--email',
	    "a3$tag\@demo.thanhhoa.gov.vn"],
	['the password equal to the e-mail', "a4$tag\@demo.thanhhoa.gov.vn\n", '--kind', 'admin', '--name', 'Lê Văn Tám',
	    '--email', "a4$tag\@demo.thanhhoa.gov.vn"],
	['an unknown agency code', "$pw\n", '--kind', 'officer', '--name', 'Lê Văn Tám', '--email',
	    "a5$tag\@demo.thanhhoa.gov.vn", '--role', '000.00.10.H56:receiver', '--role', '999.99.99.H56:processor'],
	['an unknown role', "$pw\n", '--kind', 'officer', '--name', 'Lê Văn Tám', '--email',
	    "a6$tag\@demo.thanhhoa.gov.vn", '--role', '000.00.10.H56:director'],
	['roles for an administrator', "$pw\n", '--kind', 'admin', '--name', 'Lê Văn Tám', '--email',
	    "a7$tag\@demo.thanhhoa.gov.vn", '--role', '000.00.10.H56:receiver'],
	['an unknown kind', "$pw\n", '--kind', 'superuser', '--name', 'Lê Văn Tám', '--email',
	    "a8$tag\@demo.thanhhoa.gov.vn"],
	['a bad e-mail', "$pw\n", '--kind', 'admin', '--name', 'Lê Văn Tám', '--email', 'khong-phai-email'],
	['no password', '', '--kind', 'admin', '--name', 'Lê Văn Tám', '--email', "a9$tag\@demo.thanhhoa.gov.vn"],
);
for my $case (@refusals) {
	my ($what, $stdin, @args) = @$case;
	($rc, $out) = dvcctl($stdin, @args);
	isnt($rc, 0, "dvcctl user add with $what: non-zero exit") or diag($out);
	my ($email) = map { $args[$_ + 1] } grep { $args[$_] eq '--email' } 0 .. $#args;
	is(db_value('SELECT COUNT(*) FROM users WHERE email = ' . sql_str(lc $email)), 0, "… with $what: no account");
}
like((dvcctl("Administrator!\n", '--kind', 'admin', '--name', 'X Y', '--email', "b$tag\@demo.thanhhoa.gov.vn"))[1],
    qr/password\.common/, 'dvcctl says why a dictionary word is refused (its message code)');
is(db_value('SELECT COUNT(*) FROM users'), $users0, 'no account was created by the refusals');
is(db_value('SELECT COUNT(*) FROM officer_roles'), $roles0, 'no role was left behind by the refusals');

done_testing();
