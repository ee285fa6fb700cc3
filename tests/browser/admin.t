#!/usr/bin/env perl
# tests/browser/admin.t — the browser test of dvc-admin's procedures editor (admin.mjs: an
# administrator adds a procedure with two components and a fee and publishes it; a citizen
# finds it by a keyword typed without diacritics and starts a dossier) in Debian's headless
# Chromium. Run by tests/run, which provides the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('admin.mjs');
