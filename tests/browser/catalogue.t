#!/usr/bin/env perl
# tests/browser/catalogue.t — the browser test of the catalogue (catalogue.mjs: search without
# diacritics, open the procedure, see its components; phone and desktop) in Debian's headless
# Chromium. Run by tests/run, which provides the stack (DVC_URL, DVC_VAR, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('catalogue.mjs');
