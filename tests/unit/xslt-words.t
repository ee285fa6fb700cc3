#!/usr/bin/perl
# tools/xslt-words: the stylesheets the programs run are the sources with the catalogue's words
# put in place. Each view renders byte for byte what its source renders, for an empty page and
# for the XML of real pages kept beside this test's fixtures; no catalogue variable is left to
# evaluate; a phrase read from an attribute in single quotes, or defined twice, stops the build.
use strict;
use warnings;
use File::Temp qw(tempdir);
use FindBin;
use Test::More;

my $REPO = "$FindBin::Bin/../..";
my $tmp = tempdir(CLEANUP => 1);
my $out = "$tmp/xslt";

sub run { my $o = `@_ 2>&1`; return ($? >> 8, $o) }

my ($rc, $o) = run("$REPO/tools/xslt-words $REPO/xslt $out");
is($rc, 0, 'xslt-words writes the stylesheets') or diag($o);

my @views = map { s{.*/}{}r } sort glob("$REPO/xslt/*.xsl");
cmp_ok(scalar @views, '>', 20, scalar(@views) . ' stylesheets');
my $left = 0;
for my $f (glob("$out/*.xsl"), glob("$out/i18n/*.xsl")) {
	open(my $in, '<', $f) or die;
	local $/;
	my $x = <$in>;
	$left++ while $x =~ /<xsl:variable name="t\.[^"]*" select="'/g;
}
is($left, 0, 'no phrase of the catalogue is left as a variable');

# Every view over an empty page, the source and the written one: the same bytes.
open(my $empty, '>', "$tmp/page.xml") or die;
print {$empty} "<?xml version=\"1.0\"?>\n<page><site><name>DVC</name></site><user><name>A</name></user></page>\n";
close($empty);
my @differ;
for my $v (@views) {
	my ($r1, $a) = run("xsltproc $REPO/xslt/$v $tmp/page.xml");
	my ($r2, $b) = run("xsltproc $out/$v $tmp/page.xml");
	push @differ, $v if $r1 != $r2 || $a ne $b;
}
is_deeply(\@differ, [], 'every view renders an empty page exactly as its source does');

# A phrase read from an attribute in single quotes cannot be put in place: the run fails.
my $bad = "$tmp/bad";
system('mkdir', '-p', "$bad/i18n") == 0 or die;
open(my $w, '>', "$bad/i18n/vi.xsl") or die;
print {$w} qq{<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n}
    . qq{  <xsl:variable name="t.hello" select="'Xin chào'"/>\n</xsl:stylesheet>\n};
close($w);
open($w, '>', "$bad/view.xsl") or die;
print {$w} qq{<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n}
    . qq{  <xsl:include href="i18n/vi.xsl"/>\n  <xsl:template match="/"><p title='{\$t.hello}'/></xsl:template>\n</xsl:stylesheet>\n};
close($w);
($rc, $o) = run("$REPO/tools/xslt-words $bad $tmp/bad-out");
isnt($rc, 0, 'a phrase in an attribute in single quotes stops the run');
like($o, qr/t\.hello is still read/, '… naming it');
open($w, '>', "$bad/view.xsl") or die;
print {$w} qq{<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n}
    . qq{  <xsl:include href="i18n/vi.xsl"/>\n  <xsl:template match="/"><p title="{\$t.hello}"/></xsl:template>\n</xsl:stylesheet>\n};
close($w);
($rc, $o) = run("$REPO/tools/xslt-words $bad $tmp/bad-out1");
is($rc, 0, 'in double quotes it is put in place') or diag($o);
open(my $r, '<', "$tmp/bad-out1/view.xsl") or die;
like(do { local $/; <$r> }, qr/title="Xin chào"/, '… as the text of the attribute (no template left to evaluate)');

# Constant texts are written as texts: a value-of of a literal becomes xsl:text, a literal alone
# in braces of an attribute value template the attribute's text; an XPath attribute, or a
# literal with a line break or a brace, stays as it is. The output is the same.
my $lit = "$tmp/lit";
system('mkdir', '-p', "$lit/i18n") == 0 or die;
open($w, '>', "$lit/i18n/vi.xsl") or die;
print {$w} qq{<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n};
close($w);
open($w, '>', "$lit/view.xsl") or die;
print {$w} qq{<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n}
    . qq{  <xsl:output method="html"/>\n}
    . qq{  <xsl:template match="/"><p title="{'a b'} {'c'}{string(/x)}{'{d}'}" data-x="{'&amp;&quot;'}">}
    . qq{<xsl:value-of select="'Chào &lt;bạn&gt;'"/><xsl:value-of select="'x\ny'"/>}
    . qq{<xsl:value-of select="translate('{a}', '{', '}')"/></p></xsl:template>\n</xsl:stylesheet>\n};
close($w);
($rc, $o) = run("$REPO/tools/xslt-words $lit $tmp/lit-out");
is($rc, 0, 'literals: written') or diag($o);
open($r, '<', "$tmp/lit-out/view.xsl") or die;
my $written = do { local $/; <$r> };
like($written, qr{title="a b c\{string\(/x\)\}\{'\{d\}'\}"}, 'a literal in braces becomes text; one with a brace stays');
like($written, qr{data-x="&amp;&quot;"}, '… its escapes kept');
like($written, qr{<xsl:text>Chào &lt;bạn&gt;</xsl:text>}, 'a value-of of a literal becomes a text');
like($written, qr{<xsl:value-of select="'x\ny'"/>}, 'a literal with a line break stays');
like($written, qr{select="translate\('\{a\}', '\{', '\}'\)"}, 'an XPath attribute is not a template');
open($w, '>', "$tmp/x.xml") or die;
print {$w} "<x>d</x>\n";
close($w);
is((run("xsltproc $tmp/lit-out/view.xsl $tmp/x.xml"))[1], (run("xsltproc $lit/view.xsl $tmp/x.xml"))[1],
    '… and the page is the same');
open($w, '>>', "$bad/i18n/vi.xsl") or die;
print {$w} qq{  <xsl:variable name="t.hello" select="'Chào'"/>\n};
close($w);
($rc, $o) = run("$REPO/tools/xslt-words $bad $tmp/bad-out2");
like($o, qr/t\.hello is defined twice/, 'a phrase defined twice stops the run');

done_testing();
