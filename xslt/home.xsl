<?xml version="1.0" encoding="UTF-8"?>
<!--
  home.xsl — the portal's front page ("/").

  Input: /page with totals (procedures, full_online, partial), fields/field (id, code, name,
  count) and agencies/agency (id, code, name, kind: province|department|commune, count).
  Shows the search box, the citizen's three steps, the catalogue by
  field and by agency, and the share of procedures offered toàn trình.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template match="page" mode="main">
    <div class="hero">
      <div class="hero-search">
        <h1><xsl:value-of select="$t.home.h1"/></h1>
        <p class="lead"><xsl:value-of select="$t.home.lead"/></p>
        <form class="search" method="get" action="/procedures" role="search">
          <label class="label-lg" for="home-q"><xsl:value-of select="$t.search.label"/></label>
          <p class="hint" id="home-q-hint"><xsl:value-of select="$t.search.hint"/></p>
          <div class="search-row">
            <input class="input" type="search" id="home-q" name="q" maxlength="200"
                   autocomplete="off" aria-describedby="home-q-hint"/>
            <button class="button" type="submit"><xsl:value-of select="$t.search"/></button>
          </div>
        </form>
      </div>
    </div>

    <section class="section" aria-labelledby="steps-h">
      <h2 id="steps-h"><xsl:value-of select="$t.home.steps"/></h2>
      <ol class="steps-3">
        <li>
          <h3><xsl:value-of select="$t.home.step1.title"/></h3>
          <p><xsl:value-of select="$t.home.step1.text"/></p>
        </li>
        <li>
          <h3><xsl:value-of select="$t.home.step2.title"/></h3>
          <p><xsl:value-of select="$t.home.step2.text"/></p>
        </li>
        <li>
          <h3><a href="/track"><xsl:value-of select="$t.home.step3.title"/></a></h3>
          <p><xsl:value-of select="$t.home.step3.text"/></p>
        </li>
      </ol>
    </section>

    <xsl:if test="fields/field">
      <section class="section" aria-labelledby="fields-h">
        <h2 id="fields-h"><xsl:value-of select="$t.home.fields"/></h2>
        <ul class="tiles">
          <xsl:for-each select="fields/field">
            <li>
              <a href="/procedures?field={id}">
                <span class="tile-name"><xsl:value-of select="name"/></span>
                <span class="tile-count">
                  <xsl:call-template name="number">
                    <xsl:with-param name="value" select="count"/>
                  </xsl:call-template>
                  <xsl:value-of select="$t.count.procedures"/>
                </span>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>

    <xsl:if test="agencies/agency">
      <section class="section" aria-labelledby="agencies-h">
        <h2 id="agencies-h"><xsl:value-of select="$t.home.agencies"/></h2>
        <div class="agency-groups">
          <div class="agency-col">
            <xsl:call-template name="agency-group">
              <xsl:with-param name="title" select="$t.agencies.province"/>
              <xsl:with-param name="agencies" select="agencies/agency[kind = 'province']"/>
            </xsl:call-template>
            <xsl:call-template name="agency-group">
              <xsl:with-param name="title" select="$t.agencies.department"/>
              <xsl:with-param name="agencies" select="agencies/agency[kind = 'department']"/>
            </xsl:call-template>
          </div>
          <div class="agency-col">
            <xsl:call-template name="agency-group">
              <xsl:with-param name="title" select="$t.agencies.commune"/>
              <xsl:with-param name="agencies" select="agencies/agency[kind = 'commune']"/>
            </xsl:call-template>
          </div>
        </div>
      </section>
    </xsl:if>

    <xsl:apply-templates select="totals[procedures &gt; 0]"/>
  </xsl:template>

  <!-- One kind of agency as a list of links with their counts; nothing when empty. -->
  <xsl:template name="agency-group">
    <xsl:param name="title"/>
    <xsl:param name="agencies"/>
    <xsl:if test="$agencies">
      <div class="agency-group">
        <h3><xsl:value-of select="$title"/></h3>
        <ul class="link-list">
          <xsl:for-each select="$agencies">
            <li>
              <a href="/procedures?agency={id}"><xsl:value-of select="name"/></a>
              <span class="count">
                <xsl:call-template name="number">
                  <xsl:with-param name="value" select="count"/>
                </xsl:call-template>
                <xsl:value-of select="$t.count.procedures"/>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The share of procedures offered toàn trình (Decision 766 scores it), with a bar. -->
  <xsl:template match="totals">
    <xsl:variable name="share" select="round(full_online * 100 div procedures)"/>
    <section class="section" aria-labelledby="share-h">
      <h2 id="share-h"><xsl:value-of select="$t.home.share"/></h2>
      <div class="share">
        <p class="share-figure">
          <span class="share-percent"><xsl:value-of select="$share"/>%</span>
          <xsl:text> </xsl:text>
          <xsl:value-of select="$t.home.share.pre"/>
          <strong>
            <xsl:call-template name="number">
              <xsl:with-param name="value" select="full_online"/>
            </xsl:call-template>
          </strong>
          <xsl:value-of select="$t.home.share.of"/>
          <xsl:call-template name="number">
            <xsl:with-param name="value" select="procedures"/>
          </xsl:call-template>
          <xsl:value-of select="$t.home.share.post"/>
        </p>
        <svg class="share-bar" viewBox="0 0 100 4" preserveAspectRatio="none" width="100%" height="16"
             role="img" aria-label="{$t.home.share.chart}{$share}%">
          <rect class="share-bar-rest" x="0" y="0" width="100" height="4"/>
          <rect class="share-bar-partial" x="{$share}" y="0" height="4"
                width="{round(partial * 100 div procedures)}"/>
          <rect class="share-bar-full" x="0" y="0" height="4" width="{$share}"/>
        </svg>
        <ul class="share-legend">
          <li>
            <span class="key key-full"></span>
            <xsl:value-of select="$t.level.4"/>
            <xsl:text>: </xsl:text>
            <xsl:call-template name="number">
              <xsl:with-param name="value" select="full_online"/>
            </xsl:call-template>
          </li>
          <li>
            <span class="key key-partial"></span>
            <xsl:value-of select="$t.home.share.partial"/>
            <xsl:text>: </xsl:text>
            <xsl:call-template name="number">
              <xsl:with-param name="value" select="partial"/>
            </xsl:call-template>
          </li>
          <li>
            <span class="key key-rest"></span>
            <xsl:value-of select="$t.home.share.counter"/>
            <xsl:text>: </xsl:text>
            <xsl:call-template name="number">
              <xsl:with-param name="value" select="procedures - full_online - partial"/>
            </xsl:call-template>
          </li>
        </ul>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
