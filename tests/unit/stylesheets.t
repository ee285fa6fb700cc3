#!/usr/bin/env perl
# tests/unit/stylesheets.t — every word a view shows is defined in what that view compiles.
#
# libxslt compiles a stylesheet that refers to an undefined variable and only fails when the
# branch using it renders, so a word put in the wrong i18n file would pass the programs'
# start-up and break a page later. For each view (xslt/*.xsl that no other stylesheet
# includes or imports), follow its imports and includes, and check: every $t.* it refers to
# is defined exactly once in that tree; every word of an i18n file is used by some view
# that includes the file (no dead words); every stylesheet's Vietnamese is in NFC.
#
# Messages: handlers pass codes, never sentences, and each code is a mode="msg" template of
# xslt/i18n/ (vi-msg.xsl). The codes are read from the C sources (see %msg_arg), and
# checked: each has exactly one template, and each template's code is passed by some C file
# (no dead messages).
use strict;
use warnings;
use FindBin;
use File::Basename qw(dirname);
use File::Spec;
use Test::More;
use Unicode::Normalize qw(NFC);

binmode(Test::More->builder->$_, ':encoding(UTF-8)') for qw(output failure_output todo_output);

my $dir = File::Spec->rel2abs("$FindBin::Bin/../../xslt");
my %cache;

# The references, definitions and children (imports, includes) of one stylesheet file.
sub load {
	my ($path) = @_;
	$path = File::Spec->canonpath($path);
	return $cache{$path} if $cache{$path};
	open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!";
	my $text = do { local $/; <$fh> };
	(my $name = $path) =~ s{.*/xslt/}{};
	ok(NFC($text) eq $text, "$name: NFC");
	$text =~ s/<!--.*?-->//gs;
	my (%refs, @defs, @kids);
	while ($text =~ m{<xsl:(import|include)\s+href="([^"]+)"}g) {
		push @kids, File::Spec->canonpath(dirname($path) . "/$2");
	}
	while ($text =~ m{<xsl:(?:variable|param)\s+name="(t\.[^"]+)"}g) {
		push @defs, $1;
	}
	# References: $t.x in attributes and text, minus the definitions' own names.
	while ($text =~ m{\$(t\.[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])}g) {
		$refs{$1} = 1;
	}
	return $cache{$path} = { refs => \%refs, defs => \@defs, kids => \@kids };
}

sub tree {
	my ($path, $seen) = @_;
	$seen //= [];
	push @$seen, File::Spec->canonpath($path);
	tree($_, $seen) for @{ load($path)->{kids} };
	return $seen;
}

# The views: the stylesheets that no other one includes or imports (layout.xsl, the
# *-common.xsl pieces and the parts a view splits off are not views by themselves).
opendir(my $dh, $dir) or die "$dir: $!";
my @all = sort grep { /\.xsl$/ } readdir $dh;
closedir $dh;
my %piece = map { $_ => 1 } map { @{ load("$dir/$_")->{kids} } } @all;
my @views = grep { !$piece{ File::Spec->canonpath("$dir/$_") } } @all;
ok(@views >= 10, scalar(@views) . ' views found');

my %used_by_includer;	# i18n file => { word => 1 } used by some view that includes it
for my $view (@views) {
	my @files = @{ tree("$dir/$view") };
	my (%defined, %refs);
	for my $f (@files) {
		my $l = load($f);
		$defined{$_}++ for @{ $l->{defs} };
		$refs{$_} = 1 for keys %{ $l->{refs} };
	}
	my @undefined = sort grep { !$defined{$_} } keys %refs;
	my @twice = sort grep { $defined{$_} > 1 } keys %defined;
	ok(!@undefined, "$view: every word it uses is defined") or diag("undefined: @undefined");
	ok(!@twice, "$view: no word defined twice") or diag("twice: @twice");
	for my $f (grep { m{/i18n/} } @files) {
		$used_by_includer{$f}{$_} = 1 for grep { $refs{$_} } @{ load($f)->{defs} };
	}
}
for my $f (sort keys %used_by_includer) {
	my @dead = grep { !$used_by_includer{$f}{$_} } @{ load($f)->{defs} };
	my $name = $f =~ s{.*/xslt/}{}r;
	ok(!@dead, "$name: every word is used by a view that includes it") or diag("unused: @dead");
}

# ---------------------------------------------------------------- message codes

my $repo = File::Spec->canonpath("$dir/..");
# The calls whose argument (counted from 0) is a message code: add a program's own wrapper
# of form_error() here, so that the codes it passes are counted.
my %msg_arg = (form_error => 2, app_error => 2, files_error => 3, upload_refused => 3, claim_error => 3,
    link_refused => 2, unit_refuse => 2, change_refused => 2, role_refused => 1,
    cat_issue => 2, row_error => 4, forms_refuse => 2);
# Codes a template may have without a C file passing them, each with its reason. None yet.
my %unpassed = ();
my $code_re = qr/^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/;

# A C file without comments, adjacent string literals joined as the compiler joins them.
sub c_source {
	my ($path) = @_;
	open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!";
	my $src = do { local $/; <$fh> };
	my $str = qr/"(?:[^"\\\n]|\\.)*"/;
	$src =~ s{($str(?:\s*$str)*)|('(?:[^'\\\n]|\\.)*')|/\*.*?\*/|//[^\n]*}
	    {defined $1 ? '"' . join('', map { substr($_, 1, -1) } $1 =~ /($str)/g) . '"' :
	    defined $2 ? $2 : ' '}gse;
	return $src;
}

# The top-level arguments of the call whose "(" is at pos in src.
sub call_args {
	my ($src, $pos) = @_;
	my ($depth, $arg, @args) = (0, '');
	pos($src) = $pos;
	while ($src =~ m{\G("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|.)}gs) {
		my $t = $1;
		if ($t eq '(' || $t eq '[' || $t eq '{') {
			$depth++;
			next if $depth == 1;
		} elsif ($t eq ')' || $t eq ']' || $t eq '}') {
			if (--$depth == 0) {
				push @args, $arg;
				last;
			}
		} elsif ($t eq ',' && $depth == 1) {
			push @args, $arg;
			$arg = '';
			next;
		}
		$arg .= $t;
	}
	return @args;
}

# Every string literal of a message position: a code, never a sentence.
my (%passed, @not_codes);
sub literals {
	my ($file, $expr) = @_;
	while ($expr =~ m{"((?:[^"\\]|\\.)*)"}g) {
		my $s = $1;
		if ($s =~ $code_re) {
			push @{ $passed{$s} }, $file;
		} else {
			push @not_codes, "$file: \"$s\"";
		}
	}
}

for my $path (sort glob("$repo/modules/*/*.c")) {
	(my $file = $path) =~ s{^\Q$repo\E/}{};
	my $src = c_source($path);
	my $calls = join '|', map { quotemeta } sort keys %msg_arg;
	while ($src =~ m{\b($calls)\s*(?=\()}g) {
		my ($fn, $at) = ($1, pos($src));
		my @args = call_args($src, $at);
		literals($file, $args[$msg_arg{$fn}] // '');
		pos($src) = $at;
	}
	literals($file, $1) while $src =~ m{\br(?:->|\.)message\s*=\s*([^;]*);}g;
	# An upload's refusal, kept until the files page shows it; those of going over what a
	# dossier or an account may hold (upload.c's room, dvc-submit's recording of an upload).
	literals($file, $1) while $src =~ m{\bup->(?:error|room_files_error|room_bytes_error)\s*=\s*([^;]*);}g;
	literals($file, $1) while $src =~ m{\brec->over\s*=\s*([^;]*);}g;
	# The problems of an uploaded list of communes (core communes.c), and the provinces it
	# names (dvc-admin communes.c), reported through a commune_problem_fn.
	if ($file eq 'modules/core/communes.c' || $file eq 'modules/admin/communes.c') {
		literals($file, $1) while $src =~ m{("communes\.(?!h")[a-z_]+")}g;
	}
	# The state machine's refusals, a table indexed by enum dmove_err.
	if ($file eq 'modules/core/dossier.c') {
		literals($file, $1) while $src =~ m{\[DME_[A-Z_]+\]\s*=\s*("(?:[^"\\]|\\.)*")}g;
	}
	# The refusals of charging the fees at submission, a table indexed by enum fee_refusal.
	if ($file eq 'modules/submit/fees.c') {
		literals($file, $1) while $src =~ m{\[FEE_[A-Z_]+\]\s*=\s*\{\s*"[^"]*"\s*,\s*("(?:[^"\\]|\\.)*")}g;
	}
	# The problems of a catalogue file, a table indexed by enum cat_problem_id.
	if ($file eq 'modules/core/catalogue_problem.c') {
		literals($file, $1) while $src =~ m{\[CATP_[A-Z0-9_]+\]\s*=\s*\{\s*("(?:[^"\\]|\\.)*")}g;
	}
	# The validators return codes (a string literal returned anywhere else is not one), and
	# so does the fee quantity's parser.
	if ($file eq 'modules/core/valid.c' || $file eq 'modules/core/pwpolicy.c' ||
	    $file eq 'modules/core/fees.c') {
		literals($file, $1) while $src =~ m{\breturn\s+("(?:[^"\\]|\\.)*")\s*;}g;
	}
}
ok(!@not_codes, 'the C sources pass message codes, not sentences') or diag("not codes: @not_codes");
ok(keys %passed >= 40, scalar(keys %passed) . ' message codes passed by the C sources');

# The mode="msg" templates, by code.
my (%templates, @stray);
for my $path (sort(glob("$dir/*.xsl"), glob("$dir/i18n/*.xsl"))) {
	(my $name = $path) =~ s{.*/xslt/}{};
	open(my $fh, '<:encoding(UTF-8)', $path) or die "$path: $!";
	my $text = do { local $/; <$fh> };
	$text =~ s/<!--.*?-->//gs;
	while ($text =~ m{<xsl:template\s([^>]*\bmode="msg"[^>]*)>}g) {
		my $attrs = $1;
		if ($attrs =~ m{\bmatch="\*\[\@code='([^']*)'\]"}) {
			my $code = $1;
			push @{ $templates{$code} }, $name;
			push @stray, "$name: $code (not in i18n/)" unless $name =~ m{^i18n/};
			push @stray, "$name: '$code' is not a code" unless $code =~ $code_re;
		} elsif (!($name eq 'i18n/vi-msg.xsl' && $attrs =~ m{\bmatch="\*"} && $attrs =~ /\bpriority="-/)) {
			push @stray, "$name: <xsl:template $attrs>";
		}
	}
}
ok(!@stray, 'every message template is in xslt/i18n/, matched on one code') or diag("@stray");
my @missing = sort grep { !$templates{$_} } keys %passed;
ok(!@missing, 'every message code passed has a template') or
    diag(join "\n", map { "no template: $_ (" . join(', ', @{ $passed{$_} }) . ')' } @missing);
my @twice = sort grep { @{ $templates{$_} } > 1 } keys %templates;
ok(!@twice, 'no message code has two templates') or
    diag(join "\n", map { "twice: $_ (@{ $templates{$_} })" } @twice);
my @dead = sort grep { !$passed{$_} && !$unpassed{$_} } keys %templates;
ok(!@dead, 'every message template is passed by some C file') or diag("no C file passes: @dead");
done_testing();
