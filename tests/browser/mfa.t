#!/usr/bin/env perl
# tests/browser/mfa.t — the browser test of the second factor (mfa.mjs: the demo administrator
# signs in with a code of its key, the way back kept; phone and desktop) in Debian's headless
# Chromium. Run by tests/run, which provides the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('mfa.mjs');
