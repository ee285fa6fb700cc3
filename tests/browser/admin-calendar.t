#!/usr/bin/env perl
# tests/browser/admin-calendar.t — the back office's calendar and settings in headless
# Chromium (admin-calendar.mjs: phone and desktop, axe-core, the months wrapping, a day added
# and removed through the forms). Run by tests/run, which provides the stack.
#
# The install of the node modules and the run: lib/NodeTest.pm.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/lib";
use NodeTest qw(run_node);

run_node('admin-calendar.mjs');
