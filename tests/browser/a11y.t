#!/usr/bin/env perl
# tests/browser/a11y.t — the automated accessibility check (a11y.mjs: axe-core with the WCAG 2.1
# A/AA rules, one h1, lang, title, skip link; every catalogue page, phone and desktop) in Debian's
# headless Chromium. Run by tests/run, which provides the stack (DVC_URL, DVC_DB_SOCKET …).
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('a11y.mjs');
