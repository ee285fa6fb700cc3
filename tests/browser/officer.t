#!/usr/bin/env perl
# tests/browser/officer.t — the browser test of a whole case (officer.mjs: a citizen submits a
# dossier to UBND phường Hạc Thành, the receiver accepts it and assigns it, the processor
# proposes an electronic result, the approver approves it, the receiver returns it, and the
# citizen downloads exactly the file the processor uploaded; the officers on a desktop, their
# inbox and dossier also on a phone) in Debian's headless Chromium. Run by tests/run, which
# provides the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('officer.mjs');
