#!/usr/bin/env perl
# tests/browser/account.t — the browser test of accounts (account.mjs: a new citizen registers,
# logs out, logs in again and sees their name in the header; the error summary, a wrong
# password, the keyboard; phone and desktop) in Debian's headless Chromium. Run by tests/run,
# which provides the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('account.mjs');
