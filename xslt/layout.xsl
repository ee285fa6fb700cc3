<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl — the page every view shares, and the small pieces views repeat.

  Input: /page (view, path attributes) with site/name, site/province, site/province_code.
  A view imports this file and supplies, for match="page":
    mode="title"       plain text for <title> (empty: the site name alone)
    mode="breadcrumb"  <li> items after "Trang chủ" (none: no breadcrumb)
    mode="main"        the content of <main>, starting with its <h1>
    mode="head"        extra <meta>/<link> elements (optional)
  Named templates: level-badge, duration, money, number, pagination.
  Words come from i18n/vi.xsl; nothing is read from disk at render time.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <!-- Vietnamese numbers: 1.234.567 and 0,5 -->
  <xsl:decimal-format name="vi" decimal-separator="," grouping-separator="."/>

  <xsl:variable name="site" select="/page/site"/>
  <xsl:variable name="path" select="string(/page/@path)"/>

  <xsl:template match="/">
    <xsl:apply-templates select="page" mode="layout"/>
  </xsl:template>

  <xsl:template match="page" mode="layout">
    <xsl:variable name="title">
      <xsl:apply-templates select="." mode="title"/>
    </xsl:variable>
    <xsl:variable name="crumbs">
      <xsl:apply-templates select="." mode="breadcrumb"/>
    </xsl:variable>
    <html lang="{$t.lang}">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:if test="string($title) != ''">
            <xsl:value-of select="$title"/>
            <xsl:if test="$site/name != ''">
              <xsl:value-of select="$t.title.sep"/>
            </xsl:if>
          </xsl:if>
          <xsl:value-of select="$site/name"/>
        </title>
        <link rel="icon" href="/static/emblem.svg" type="image/svg+xml"/>
        <link rel="stylesheet" href="/static/dvc.css"/>
        <xsl:apply-templates select="." mode="head"/>
      </head>
      <body>
        <a class="skip-link" href="#main"><xsl:value-of select="$t.skip"/></a>
        <xsl:call-template name="site-header"/>
        <div class="wrap page">
          <xsl:if test="string($crumbs) != ''">
            <nav class="breadcrumb" aria-label="{$t.breadcrumb}">
              <ol>
                <li><a href="/"><xsl:value-of select="$t.home"/></a></li>
                <xsl:copy-of select="$crumbs"/>
              </ol>
            </nav>
          </xsl:if>
          <main id="main" tabindex="-1">
            <xsl:apply-templates select="." mode="main"/>
          </main>
        </div>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Defaults a view may override. -->
  <xsl:template match="page" mode="title"/>
  <xsl:template match="page" mode="breadcrumb"/>
  <xsl:template match="page" mode="head"/>
  <xsl:template match="page" mode="main"/>

  <xsl:template name="site-header">
    <header class="site-header">
      <div class="wrap site-header-inner">
        <a class="brand" href="/">
          <img class="brand-emblem" src="/static/emblem.svg" alt="" width="44" height="44"/>
          <span class="brand-name"><xsl:value-of select="$site/name"/></span>
        </a>
        <nav class="site-nav" aria-label="{$t.nav.label}">
          <ul>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'/procedures'"/>
              <xsl:with-param name="label" select="$t.nav.procedures"/>
            </xsl:call-template>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'/track'"/>
              <xsl:with-param name="label" select="$t.nav.track"/>
            </xsl:call-template>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'/stats'"/>
              <xsl:with-param name="label" select="$t.nav.stats"/>
            </xsl:call-template>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'/account/login'"/>
              <xsl:with-param name="label" select="$t.nav.login"/>
            </xsl:call-template>
          </ul>
        </nav>
      </div>
    </header>
  </xsl:template>

  <!-- A navigation link; the section the page belongs to is marked aria-current. -->
  <xsl:template name="nav-item">
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <li>
      <a href="{$href}">
        <xsl:choose>
          <xsl:when test="$path = $href">
            <xsl:attribute name="aria-current">page</xsl:attribute>
          </xsl:when>
          <xsl:when test="starts-with($path, concat($href, '/'))">
            <xsl:attribute name="aria-current">true</xsl:attribute>
          </xsl:when>
        </xsl:choose>
        <xsl:value-of select="$label"/>
      </a>
    </li>
  </xsl:template>

  <xsl:template name="site-footer">
    <footer class="site-footer">
      <div class="wrap">
        <p class="site-footer-name"><xsl:value-of select="$site/name"/></p>
        <xsl:if test="$site/province != ''">
          <p>
            <xsl:value-of select="$t.footer.owner"/>
            <xsl:choose>
              <xsl:when test="contains(translate($site/name, 'T', 't'), $t.city.match)">
                <xsl:value-of select="$t.city.kind"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="$t.province.kind"/>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="$site/province"/>
          </p>
        </xsl:if>
        <p><xsl:value-of select="$t.footer.system"/></p>
      </div>
    </footer>
  </xsl:template>

  <!-- level-badge: the online level (4, 3, 2) as a short coloured label. -->
  <xsl:template name="level-badge">
    <xsl:param name="level"/>
    <span class="badge badge-level-{$level}">
      <xsl:choose>
        <xsl:when test="$level = 4"><xsl:value-of select="$t.level.4"/></xsl:when>
        <xsl:when test="$level = 3"><xsl:value-of select="$t.level.3"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.level.2"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- duration: a time limit in working hours (8 a day): "Trong ngày", "5 ngày làm việc",
       or hours when the days are not whole ("12 giờ làm việc"). -->
  <xsl:template name="duration">
    <xsl:param name="hours"/>
    <xsl:param name="same_day" select="0"/>
    <xsl:choose>
      <xsl:when test="$same_day = 1"><xsl:value-of select="$t.duration.same_day"/></xsl:when>
      <xsl:when test="not($hours &gt; 0)"><xsl:value-of select="$t.duration.none"/></xsl:when>
      <xsl:when test="$hours mod 8 = 0">
        <xsl:value-of select="format-number($hours div 8, '#.##0', 'vi')"/>
        <xsl:value-of select="$t.duration.days"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="format-number($hours, '#.##0', 'vi')"/>
        <xsl:value-of select="$t.duration.hours"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- money: an amount in đồng ("50.000 đồng", 0 as "Miễn phí"); count = 0 means the
       procedure has no fee at all ("Không mất phí"). -->
  <xsl:template name="money">
    <xsl:param name="amount"/>
    <xsl:param name="count" select="1"/>
    <xsl:choose>
      <xsl:when test="$count = 0"><xsl:value-of select="$t.money.none"/></xsl:when>
      <xsl:when test="$amount = 0"><xsl:value-of select="$t.money.free"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="format-number($amount, '#.##0', 'vi')"/>
        <xsl:value-of select="$t.money.unit"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- number: an integer with Vietnamese grouping ("1.234"). -->
  <xsl:template name="number">
    <xsl:param name="value"/>
    <xsl:value-of select="format-number($value, '#.##0', 'vi')"/>
  </xsl:template>

  <!--
    pagination: links to pages of a list, keeping its filters. base is the list's path,
    query its url-encoded query string without page= (may be empty). Shows the first and
    last page, two pages either side of the current one, and "…" for the gaps.
  -->
  <xsl:template name="pagination">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="page" select="1"/>
    <xsl:param name="pages" select="1"/>
    <xsl:if test="$pages &gt; 1">
      <xsl:variable name="from">
        <xsl:choose>
          <xsl:when test="$page - 2 &gt; 1"><xsl:value-of select="$page - 2"/></xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="to">
        <xsl:choose>
          <xsl:when test="$page + 2 &lt; $pages"><xsl:value-of select="$page + 2"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$pages"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <nav class="pagination" aria-label="{$t.pagination}">
        <ul>
          <xsl:if test="$page &gt; 1">
            <li class="pagination-prev">
              <a rel="prev">
                <xsl:attribute name="href">
                  <xsl:call-template name="page-href">
                    <xsl:with-param name="base" select="$base"/>
                    <xsl:with-param name="query" select="$query"/>
                    <xsl:with-param name="n" select="$page - 1"/>
                  </xsl:call-template>
                </xsl:attribute>
                <xsl:value-of select="$t.prev"/>
              </a>
            </li>
          </xsl:if>
          <xsl:if test="$from &gt; 1">
            <xsl:call-template name="page-link">
              <xsl:with-param name="base" select="$base"/>
              <xsl:with-param name="query" select="$query"/>
              <xsl:with-param name="n" select="1"/>
              <xsl:with-param name="page" select="$page"/>
            </xsl:call-template>
            <xsl:if test="$from &gt; 2">
              <li class="pagination-gap" aria-hidden="true">…</li>
            </xsl:if>
          </xsl:if>
          <xsl:call-template name="page-range">
            <xsl:with-param name="base" select="$base"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="n" select="number($from)"/>
            <xsl:with-param name="to" select="number($to)"/>
            <xsl:with-param name="page" select="$page"/>
          </xsl:call-template>
          <xsl:if test="$to &lt; $pages">
            <xsl:if test="$to &lt; $pages - 1">
              <li class="pagination-gap" aria-hidden="true">…</li>
            </xsl:if>
            <xsl:call-template name="page-link">
              <xsl:with-param name="base" select="$base"/>
              <xsl:with-param name="query" select="$query"/>
              <xsl:with-param name="n" select="$pages"/>
              <xsl:with-param name="page" select="$page"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$page &lt; $pages">
            <li class="pagination-next">
              <a rel="next">
                <xsl:attribute name="href">
                  <xsl:call-template name="page-href">
                    <xsl:with-param name="base" select="$base"/>
                    <xsl:with-param name="query" select="$query"/>
                    <xsl:with-param name="n" select="$page + 1"/>
                  </xsl:call-template>
                </xsl:attribute>
                <xsl:value-of select="$t.next"/>
              </a>
            </li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- At most five iterations (the current page and two either side). -->
  <xsl:template name="page-range">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="n"/>
    <xsl:param name="to"/>
    <xsl:param name="page"/>
    <xsl:if test="$n &lt;= $to">
      <xsl:call-template name="page-link">
        <xsl:with-param name="base" select="$base"/>
        <xsl:with-param name="query" select="$query"/>
        <xsl:with-param name="n" select="$n"/>
        <xsl:with-param name="page" select="$page"/>
      </xsl:call-template>
      <xsl:call-template name="page-range">
        <xsl:with-param name="base" select="$base"/>
        <xsl:with-param name="query" select="$query"/>
        <xsl:with-param name="n" select="$n + 1"/>
        <xsl:with-param name="to" select="$to"/>
        <xsl:with-param name="page" select="$page"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="page-link">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="n"/>
    <xsl:param name="page"/>
    <li>
      <a aria-label="{$t.page}{$n}">
        <xsl:attribute name="href">
          <xsl:call-template name="page-href">
            <xsl:with-param name="base" select="$base"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:if test="$n = $page">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$n"/>
      </a>
    </li>
  </xsl:template>

  <!-- The first page has no page= so that it has one address. -->
  <xsl:template name="page-href">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="n"/>
    <xsl:value-of select="$base"/>
    <xsl:choose>
      <xsl:when test="$n = 1 and $query != ''">
        <xsl:value-of select="concat('?', $query)"/>
      </xsl:when>
      <xsl:when test="$n = 1"/>
      <xsl:when test="$query != ''">
        <xsl:value-of select="concat('?', $query, '&amp;page=', $n)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('?page=', $n)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
