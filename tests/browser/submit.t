#!/usr/bin/env perl
# tests/browser/submit.t — the browser test of a submission (submit.mjs: a citizen finds a
# procedure without diacritics, uploads a real PDF and a real JPEG, chooses postal delivery,
# submits and sees the receipt with its code and due date, printed on one A4 page; phone and
# desktop) in Debian's headless Chromium. Run by tests/run, which provides the stack (DVC_URL,
# DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('submit.mjs');
