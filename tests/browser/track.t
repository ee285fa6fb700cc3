#!/usr/bin/env perl
# tests/browser/track.t — the browser test of the public lookup (track.mjs: the demo citizen
# submits a dossier, the receipt's QR link opens the lookup directly, signed out, with nothing
# personal; phone and desktop) in Debian's headless Chromium. Run by tests/run, which provides
# the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('track.mjs');
