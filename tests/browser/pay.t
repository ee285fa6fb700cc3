#!/usr/bin/env perl
# tests/browser/pay.t — the browser test of paying a fee (pay.mjs): the applicant of a dossier
# with a fee waiting for it (status 6, made here through the real pages by DVC::Officer, as
# the HTTP tests do) signs in, opens the payment from the dossier's receipt, pays in the
# gateway stand-in, comes back, and opens the e-receipt. Run by tests/run, which provides
# the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use Encode qw(encode_utf8);
use FindBin;
use lib "$FindBin::Bin/lib", "$FindBin::Bin/../http/lib";
use NodeTest qw(run_node);

use DVCTest;
use DVC::Submit;
use DVC::Officer;

my $p = DVC::Officer::default_procedure('hacthanh', fee => 1);
my $id = build('fees_due', procedure => $p->{code});
my $c = applicant();
$ENV{DVC_PAY_ID} = $id;
$ENV{DVC_PAY_CODE} = dossier($id)->{code};
# The environment holds bytes: the password has Vietnamese letters.
$ENV{DVC_PAY_LOGIN} = encode_utf8($c->{who}{email});
$ENV{DVC_PAY_PASSWORD} = encode_utf8($c->{who}{password});
run_node('pay.mjs');
