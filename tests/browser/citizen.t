#!/usr/bin/env perl
# tests/browser/citizen.t — the browser test of the applicant's side after submission
# (citizen.mjs: a dossier sent back for a supplement is found in "Hồ sơ của tôi", the
# supplement uploaded and sent from the dossier's page brings it back to processing, and once
# the result is returned the citizen rates the service) in Debian's headless Chromium. Run by
# tests/run, which provides the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('citizen.mjs');
