#!/usr/bin/perl
# Bad input on the account forms: each field of the registration wrong on its own gets a
# Vietnamese message next to it, the form keeps what was typed (never the passwords) and no
# account is created; the password policy (12 characters, libpwquality's dictionary, the
# province's name); a duplicate CCCD or e-mail gets the very page a new registration gets
# ("Hãy kiểm tra thư điện tử") while the owner is told by mail; a failed login says the same
# whichever part was wrong.
use strict;
use warnings;
use utf8;
use FindBin;
use lib "$FindBin::Bin/lib";
use Encode qw(encode_utf8);
use Test::More;
use DVC::Account;

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $b = browser();
my @text_fields = qw(full_name citizen_id birth_date phone email);

sub checked {
	my ($html, $name) = @_;
	return ($html // '') =~ m{<input\b(?=[^>]*\bname="\Q$name\E")[^>]*\bchecked\b} ? 1 : 0;
}

my @y = gmtime(time + 7 * 3600);
my $next_year = $y[5] + 1900 + 1;
my $young = 1995;

# [what, the field in error, overrides, the message expected (a regular expression)]
my @cases = (
	['an empty name', 'full_name', { full_name => '' }, qr/Nhập họ và tên/],
	['a name with digits', 'full_name', { full_name => 'Nguyễn Văn 3' }, qr/Nhập họ và tên/],
	['an empty CCCD', 'citizen_id', { citizen_id => '' }, qr/Nhập số định danh cá nhân/],
	['a CCCD of 11 digits', 'citizen_id', { citizen_id => '03809000123' }, qr/đúng 12 chữ số/],
	['a CCCD with a letter', 'citizen_id', { citizen_id => '03809000123A' }, qr/đúng 12 chữ số/],
	['a CCCD with an unknown province code', 'citizen_id', { citizen_id => '003' . '095' . '123456',
	    birth_date => "$young-03-04" }, qr/mã tỉnh/],
	['a CCCD not matching the birth year', 'citizen_id', { citizen_id => '038' . '095' . '123456',
	    birth_date => '1996-03-04' }, qr/không khớp với năm sinh/],
	['a CCCD of the wrong century', 'citizen_id', { citizen_id => '038' . '295' . '123456',
	    birth_date => "$young-03-04" }, qr/không khớp với năm sinh/],
	['a birth date in the future', 'birth_date', { birth_date => "$next_year-01-15" }, qr/sau ngày hôm nay/],
	['a birth date that does not exist', 'birth_date', { birth_date => '1990-02-30' }, qr/Ngày không có trong lịch/],
	['an empty birth date', 'birth_date', { birth_date => '' }, qr/Nhập ngày sinh/],
	['a landline number', 'phone', { phone => '0237385123' }, qr/phải bắt đầu bằng 03, 05, 07, 08 hoặc 09/],
	['a phone of 9 digits', 'phone', { phone => '091234567' }, qr/Số điện thoại di động gồm 10 chữ số/],
	['an empty phone', 'phone', { phone => '' }, qr/Nhập số điện thoại di động/],
	['an e-mail without @', 'email', { email => 'an.example.vn' }, qr/Địa chỉ thư điện tử không hợp lệ/],
	['an e-mail without a dot in the domain', 'email', { email => 'an@localhost' }, qr/thư điện tử không hợp lệ/],
	['an e-mail with a space', 'email', { email => 'an nguyen@example.vn' }, qr/thư điện tử/],
	['an empty e-mail', 'email', { email => '' }, qr/Nhập địa chỉ thư điện tử/],
	['a password of 11 characters', 'password', { password => 'Hạc7chữ abc', password2 => 'Hạc7chữ abc' },
	    qr/ít nhất 12 ký tự/],
	['a password of spaces only', 'password', { password => ' ' x 14, password2 => ' ' x 14 },
	    qr/không được chỉ gồm dấu cách/],
	['a dictionary word "Administrator!"', 'password', { password => 'Administrator!', password2 => 'Administrator!' },
	    qr/từ trong từ điển/],
	['a dictionary word in capitals', 'password', { password => 'ADMINISTRATOR1', password2 => 'ADMINISTRATOR1' },
	    qr/từ trong từ điển/],
	['twelve digits in a row', 'password', { password => '123456789012', password2 => '123456789012' },
	    qr/quá đơn giản/],
	["the province's name", 'password', { password => 'ThanhHoa@2026', password2 => 'ThanhHoa@2026' },
	    qr/tên tỉnh/],
	["the province's name with spaces and diacritics", 'password',
	    { password => 'Yêu Thanh Hóa 1990', password2 => 'Yêu Thanh Hóa 1990' }, qr/tên tỉnh/],
	['the password equal to the CCCD', 'password', { password => 'CCCD', password2 => 'CCCD' },
	    qr/không được trùng số định danh/],
	['the password equal to the e-mail in capitals', 'password', { password => 'EMAIL', password2 => 'EMAIL' },
	    qr/không được trùng/],
	['two different passwords', 'password2', { password2 => 'Một mật khẩu khác 42' },
	    qr/Hai lần nhập mật khẩu không giống nhau/],
	['no consent', 'consent', { consent => undef }, qr/đồng ý với việc xử lý dữ liệu cá nhân/],
);

# What the empty form already holds (the phone hint has 0912345678 in it).
my $blank = $b->get('/account/register')->{raw};
for my $case (@cases) {
	my ($what, $field, $over) = @$case[0 .. 2];
	my $want = $case->[3];
	my $c = new_citizen(birth_date => "$young-06-07", citizen_id => new_cccd($young));
	for my $k (keys %$over) {
		my $v = $over->{$k};
		$v = $c->{citizen_id} if defined $v && $v eq 'CCCD';
		$v = $c->{phone} if defined $v && $v eq 'PHONE';
		$v = uc $c->{email} if defined $v && $v eq 'EMAIL';
		$c->{$k} = $v;
	}
	my $r = $b->post('/account/register', form_body($c));
	my $body = $r->{body};
	subtest "register with $what" => sub {
		is($r->{status}, 200, '200: the form again');
		like(field_error($body, $field) // '', $want, "the message next to $field")
		    or diag('errors: ' . join(' | ', summary_errors($body)));
		my @summary = summary_errors($body);
		is(scalar @summary, 1, 'that error alone') or diag(join ' | ', @summary);
		like($body, qr{<title>Lỗi: }, 'the title starts with "Lỗi: "');
		like($body, qr{<input\b(?=[^>]*\bname="\Q$field\E")[^>]*\baria-invalid="true"}, "$field is marked aria-invalid")
		    if $field ne 'consent';
		for my $f (@text_fields) {
			next if $f eq $field;
			is(field_value($body, $f), $c->{$f}, "the form keeps $f as typed");
		}
		is(field_value($body, $field), ($c->{$field} // '') eq '' ? undef : $c->{$field},
		    "the form keeps the wrong $field as typed too") if grep { $_ eq $field } @text_fields;
		is(checked($body, 'consent'), defined $c->{consent} ? 1 : 0, 'the consent box as it was');
		ok(!defined field_value($body, 'password') && !defined field_value($body, 'password2'),
		    'the password fields are empty');
		for my $pw (grep { defined && length >= 4 } $c->{password}, $c->{password2}) {
			next if grep { ($c->{$_} // '') eq $pw } @text_fields;	# the CCCD or phone itself
			next if index($blank, encode_utf8($pw)) >= 0;
			ok(index($r->{raw}, encode_utf8($pw)) < 0, 'the password typed is nowhere in the page');
		}
		ok(!defined user_row(citizen_id => $c->{citizen_id}) && !defined user_row(email => lc $c->{email}),
		    'no account was created');
	};
}

# The XML form of the page (what the stylesheets are given) never holds the passwords either.
{
	my $c = new_citizen(password2 => 'Khác hẳn mật khẩu 77');
	my $r = $b->post('/account/register', form_body($c), headers => { Accept => 'application/xml' });
	is($r->{status}, 200, 'the XML form of a failed registration: 200');
	like($r->{headers}{'content-type'} // '', qr{^application/xml}, '… in XML');
	like($r->{body}, qr{<value name="full_name">\Q$c->{full_name}\E</value>}, '… with the values typed');
	like($r->{body}, qr{<error name="password2" code="password\.mismatch"/>}, '… and the error, as its code');
	ok(index($r->{raw}, encode_utf8($c->{password})) < 0 && index($r->{raw}, encode_utf8($c->{password2})) < 0,
	    '… but neither password');
}

# Everything wrong at once: a message for each field, and still no account.
{
	my $r = $b->post('/account/register', [full_name => '', citizen_id => '12', birth_date => '31/02/1990',
	    phone => '12', email => 'x', password => 'a', password2 => 'b']);
	is($r->{status}, 200, 'everything wrong: 200');
	for my $f (qw(full_name citizen_id birth_date phone email password consent)) {
		ok(defined field_error($r->{body}, $f), "everything wrong: a message next to $f");
	}
}

# ------------------------------------------------------------------ what is accepted, and how it is kept

{
	my $c = new_citizen(full_name => "  Nguyễn Thị O'Brien \"Út\" & Cộng sự  ");
	my $phone = $c->{phone};
	my ($yy, $mm, $dd) = split /-/, $c->{birth_date};
	$c->{phone} = '+84 ' . substr($phone, 1, 3) . '.' . substr($phone, 4, 3) . '.' . substr($phone, 7);
	$c->{birth_date} = "$dd/$mm/$yy";
	$c->{email} = uc $c->{email};
	$c->{citizen_id} = " $c->{citizen_id} ";
	my $ab = browser();
	my $r = $ab->signup($c);
	is($r->{status}, 303, 'register with spaces around, +84 phone with dots, dd/mm/yyyy, e-mail in capitals, verify, sign in: 303')
	    or diag(join ' | ', summary_errors($r->{body}));
	(my $cccd = $c->{citizen_id}) =~ s/\s//g;
	my $u = user_row(citizen_id => $cccd) // {};
	is($u->{full_name}, q{Nguyễn Thị O'Brien "Út" & Cộng sự}, 'the name is kept without the spaces around');
	is($u->{phone}, $phone, 'the phone is kept as 0xxxxxxxxx');
	is($u->{birth_date}, "$yy-$mm-$dd", 'the date of birth typed dd/mm/yyyy is kept');
	is($u->{email}, lc $c->{email}, 'the e-mail is kept in lower case');
	$r = $ab->get('/account/profile');
	is(header_user($r->{body}), q{Nguyễn Thị O'Brien "Út" & Cộng sự}, 'quotes and & show as typed in the header');
	like($r->{body}, qr/O'Brien (?:&quot;|")Út(?:&quot;|") &amp; Cộng sự/, '… escaped in the HTML (& as &amp;)');
	$ab->logout;
}

# A value longer than the server takes but not than the form lets one type: the address box
# allows 300 characters, the server 255 bytes, and Vietnamese letters take 2–3 bytes each.
{
	my $c = new_citizen();
	my $lb = browser();
	my $r = $lb->signup($c);
	is($r->{status}, 303, 'registered for the long address') or diag(join ' | ', summary_errors($r->{body}));
	my $addr = 'Thôn Đông Hòa, ' x 15;
	$addr =~ s/, $//;
	$r = $lb->submit('/account/profile', [phone => $c->{phone}, email => $c->{email}, address => $addr,
	    org_name => '', org_tax_code => '']);
	my $max = field_maxlength($lb->get('/account/profile')->{body}, 'address') // 0;
	ok(length($addr) <= $max, sprintf('the address (%d characters, %d bytes) fits the box (maxlength %d)',
	    length $addr, length encode_utf8($addr), $max));
	# The limits count characters, as the box's maxlength and the VARCHAR column do.
	is($r->{status}, 303, 'a long Vietnamese address within 255 characters is saved');
	is(db_value('SELECT address FROM users WHERE email = ' . sql_str(lc $c->{email})), $addr,
	    'the long address is stored whole');
	$lb->logout;
}

# ------------------------------------------------------------------ duplicates

my $a = new_citizen();
my $r = browser()->signup($a);
is($r->{status}, 303, 'a first account registered and verified') or diag(join ' | ', summary_errors($r->{body}));
my $a_id = user_id(citizen_id => $a->{citizen_id});
my $users_before = db_value('SELECT COUNT(*) FROM users');
my $fresh_answer = answer_of(browser()->register(new_citizen(full_name => 'Hoàng Thị Mai')));

# The answer as a person reads it, the address typed taken out (each page repeats its own).
sub answer_of {
	my ($res) = @_;
	my ($main) = $res->{body} =~ m{<main\b[^>]*>(.*)</main>}s or return '';
	my $t = text_of($main);
	$t =~ s/Chúng tôi đã gửi thư đến \S+/Chúng tôi đã gửi thư đến …/;
	return "$res->{status} $t";
}

my $b2 = browser();
my %dup = (
	'the same CCCD' => new_citizen(citizen_id => $a->{citizen_id}, birth_date => $a->{birth_date},
	    full_name => 'Hoàng Thị Mai'),
	'the same e-mail' => new_citizen(email => $a->{email}, full_name => 'Hoàng Thị Mai'),
	'the same e-mail in capitals' => new_citizen(email => uc $a->{email}, full_name => 'Hoàng Thị Mai'),
	"the demo citizen's CCCD" => new_citizen(citizen_id => '038090001234', birth_date => '1990-02-03',
	    full_name => 'Hoàng Thị Mai'),
);
my $told0 = () = mails_to($a->{email}, qr/^Có người dùng thông tin tài khoản/);
for my $what (sort keys %dup) {
	my $c = $dup{$what};
	$r = $b2->register($c);
	is($r->{status}, 200, "register with $what: 200");
	my @errs = summary_errors($r->{body});
	is(scalar @errs, 0, "$what: no error") or diag(join ' | ', @errs);
	is(answer_of($r), $fresh_answer, "$what: the very page a new registration gets (\"Hãy kiểm tra thư điện tử\")");
	my $text = text_of($r->{body});
	unlike($text, qr/đã được dùng/, "$what: nothing says it is taken");
	unlike($text, qr/\Q$a->{full_name}\E/, "$what: the other account's name is not shown");
	unlike($text, qr/congdan\@demo/, "$what: the demo citizen's e-mail is not shown");
}
is(db_value('SELECT COUNT(*) FROM users'), $users_before + 1, 'no account was created by the duplicates (one by the new one)');
is(db_value("SELECT full_name FROM users WHERE id = $a_id"), $a->{full_name}, 'the first account is untouched');
ok(wait_mail($a->{email}, qr/^Có người dùng thông tin tài khoản/, 20, $told0 + 2),
    "the first account's owner is told by mail, once for each try of its CCCD or its e-mail");
my @told = mails_to($a->{email}, qr/^Có người dùng thông tin tài khoản/);
is(scalar @told, $told0 + 3, '… three messages for the three tries (the same CCCD, the e-mail twice)');
like($told[-1]{body} // '', qr/Tài khoản mới không được tạo.*Quên mật khẩu/s,
    '… that say no account was made, and how to sign in or reset the password');
is(scalar(mails_to($dup{'the same CCCD'}{email}, qr/./)), 0,
    'nothing goes to the address typed with a CCCD in use');

# Two registrations with the same CCCD at the same moment: one account, and both get the same
# page (not an error page), whichever insert loses the race.
{
	my $cccd = new_cccd(1988);
	my @kids;
	for my $i (1 .. 2) {
		my $c = new_citizen(citizen_id => $cccd, birth_date => '1988-08-08');
		my $kb = browser();
		my $page = $kb->get('/account/register');
		pipe(my $rd, my $wr) or die "pipe: $!";
		my $pid = fork // die "fork: $!";
		if ($pid == 0) {
			close $rd;
			my $r = $kb->post('/account/register', form_body($c), csrf => page_csrf($page->{body}));
			print {$wr} encode_utf8(join("\t", $r->{status}, join(" | ", summary_errors($r->{body})))), "\n";
			close $wr;
			require POSIX;
			POSIX::_exit(0);
		}
		close $wr;
		push @kids, [$pid, $rd];
	}
	my @res;
	for my $k (@kids) {
		my $line = readline($k->[1]) // "0\t";
		waitpid($k->[0], 0);
		chomp $line;
		push @res, [split /\t/, Encode::decode_utf8($line), 2];
	}
	is_deeply([map { $_->[0] } @res], [200, 200], 'two registrations of one CCCD at once: both 200')
	    or diag(explain \@res);
	is_deeply([map { $_->[1] // '' } @res], ['', ''], '… neither with an error');
	is(db_value("SELECT COUNT(*) FROM users WHERE citizen_id = '$cccd'"), 1, '… and there is one account');
}

# ------------------------------------------------------------------ login failures

my $lb = browser();
my %fail = (
	'a wrong password for an existing CCCD' => [$a->{citizen_id}, $a->{password} . '!'],
	'a wrong password for an existing e-mail' => [$a->{email}, 'Sai mật khẩu 123'],
	'an unknown CCCD' => [new_cccd(1990), $a->{password}],
	'an unknown e-mail' => ['khongco' . int(rand 1e6) . '@example.vn', $a->{password}],
	'a CCCD of the wrong shape' => ['12345', $a->{password}],
);
my (%login_msg, %login_status);
for my $what (sort keys %fail) {
	my ($login, $pw) = @{ $fail{$what} };
	$r = $lb->login($login, $pw);
	$login_status{$what} = $r->{status};
	my @errs = summary_errors($r->{body});
	$login_msg{$what} = join ' | ', @errs;
	is($r->{status}, 200, "login with $what: 200");
	like($login_msg{$what}, qr/^Số định danh \(hoặc thư điện tử\) hoặc mật khẩu không đúng\.$/,
	    "login with $what: the one message");
	is(field_value($r->{body}, 'login'), $login, "login with $what: the login typed is kept");
	ok(!defined field_value($r->{body}, 'password') && index($r->{raw}, encode_utf8($pw)) < 0,
	    "login with $what: the password is not echoed");
	ok(!defined $lb->session, "login with $what: no session");
}
is(scalar(keys %{ { map { $_ => 1 } values %login_msg } }), 1,
    'every login failure gives the identical message') or diag(explain \%login_msg);
$r = $lb->login('', '');
like(join(' ', summary_errors($r->{body})), qr/Hãy nhập số định danh/, 'an empty login form asks for both');
# The right password still works after one failure.
$r = $lb->login($a->{citizen_id}, $a->{password});
is($r->{status}, 303, 'the right password signs in after a failure');

done_testing();
