<?xml version="1.0" encoding="UTF-8"?>
<!--
  procedures.xsl — search and filter the catalogue ("/procedures").

  Input: /page with request/param[@name=q|field|agency|level] (the accepted inputs echoed
  back), query_string (url-encoded, without page=), fields/field and agencies/agency (for the
  filters, as on home), and results (@total, @page, @pages, @per_page) with one procedure per
  hit: code, name, level, field_name, agency_name, processing_hours, same_day, fee_total,
  fee_count; results/@suggest, when nothing matched, the nearest words the catalogue knows
  ([a-z0-9 ] only). The form submits "" for "all" in field, agency and level.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:str="http://exslt.org/strings" exclude-result-prefixes="str">

  <xsl:import href="layout.xsl"/>

  <xsl:variable name="q" select="string(/page/request/param[@name = 'q'])"/>
  <xsl:variable name="field" select="string(/page/request/param[@name = 'field'])"/>
  <xsl:variable name="agency" select="string(/page/request/param[@name = 'agency'])"/>
  <xsl:variable name="level" select="string(/page/request/param[@name = 'level'])"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.procedures.title"/>
    <xsl:if test="$q != ''">
      <xsl:text>: </xsl:text>
      <xsl:value-of select="concat($t.quote.open, $q, $t.quote.close)"/>
    </xsl:if>
    <xsl:if test="results/@page &gt; 1">
      <xsl:value-of select="concat(' (', $t.results.page, results/@page, $t.results.page.of, results/@pages, ')')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.procedures.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.procedures.title"/></h1>
    <p class="lead search-lead"><xsl:value-of select="$t.procedures.lead"/></p>
    <div class="search-layout">
      <xsl:call-template name="filters"/>
      <xsl:apply-templates select="results"/>
    </div>
  </xsl:template>

  <!-- The filter form: every choice is preselected from the echoed request. -->
  <xsl:template name="filters">
    <form class="filters" method="get" action="/procedures" role="search" aria-labelledby="filters-h">
      <h2 id="filters-h" class="h-sm"><xsl:value-of select="$t.filter.title"/></h2>
      <div class="form-group">
        <label class="label" for="q"><xsl:value-of select="$t.filter.q"/></label>
        <p class="hint" id="q-hint"><xsl:value-of select="$t.search.hint"/></p>
        <input class="input" type="search" id="q" name="q" value="{$q}" maxlength="200"
               autocomplete="off" aria-describedby="q-hint"/>
      </div>
      <!-- Folded behind a button that needs no script (on a phone the first result stays on
           the first screen); open when a filter is chosen. -->
      <details class="filters-more">
        <xsl:if test="$field != '' or $agency != '' or $level != ''">
          <xsl:attribute name="open">open</xsl:attribute>
        </xsl:if>
        <summary id="filters-more"><xsl:value-of select="$t.filter.more"/></summary>
        <div class="form-group">
          <label class="label" for="field"><xsl:value-of select="$t.field"/></label>
          <select class="select" id="field" name="field">
            <option value=""><xsl:value-of select="$t.filter.field.all"/></option>
            <xsl:for-each select="fields/field">
              <option value="{id}">
                <xsl:if test="id = $field">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="name"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="agency"><xsl:value-of select="$t.agency"/></label>
          <select class="select" id="agency" name="agency">
            <option value=""><xsl:value-of select="$t.filter.agency.all"/></option>
            <xsl:call-template name="agency-options">
              <xsl:with-param name="title" select="$t.agencies.province"/>
              <xsl:with-param name="agencies" select="agencies/agency[kind = 'province']"/>
            </xsl:call-template>
            <xsl:call-template name="agency-options">
              <xsl:with-param name="title" select="$t.agencies.department"/>
              <xsl:with-param name="agencies" select="agencies/agency[kind = 'department']"/>
            </xsl:call-template>
            <xsl:call-template name="agency-options">
              <xsl:with-param name="title" select="$t.agencies.commune"/>
              <xsl:with-param name="agencies" select="agencies/agency[kind = 'commune']"/>
            </xsl:call-template>
          </select>
        </div>
        <fieldset class="form-group fieldset">
          <legend class="label"><xsl:value-of select="$t.filter.level"/></legend>
          <xsl:call-template name="level-radio">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="label" select="$t.filter.level.all"/>
          </xsl:call-template>
          <xsl:call-template name="level-radio">
            <xsl:with-param name="value" select="'4'"/>
            <xsl:with-param name="label" select="$t.filter.level.4"/>
          </xsl:call-template>
          <xsl:call-template name="level-radio">
            <xsl:with-param name="value" select="'3'"/>
            <xsl:with-param name="label" select="$t.filter.level.3"/>
          </xsl:call-template>
        </fieldset>
      </details>
      <div class="form-actions">
        <button class="button" type="submit"><xsl:value-of select="$t.search"/></button>
        <xsl:if test="/page/query_string != ''">
          <a class="link-quiet" href="/procedures"><xsl:value-of select="$t.filter.clear"/></a>
        </xsl:if>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="agency-options">
    <xsl:param name="title"/>
    <xsl:param name="agencies"/>
    <xsl:if test="$agencies">
      <optgroup label="{$title}">
        <xsl:for-each select="$agencies">
          <option value="{id}">
            <xsl:if test="id = $agency">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="name"/>
          </option>
        </xsl:for-each>
      </optgroup>
    </xsl:if>
  </xsl:template>

  <xsl:template name="level-radio">
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:variable name="id" select="concat('level-', substring('all', 1, 3 * ($value = '')), $value)"/>
    <div class="radio">
      <input type="radio" id="{$id}" name="level" value="{$value}">
        <xsl:if test="$level = $value">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
      <label for="{$id}"><xsl:value-of select="$label"/></label>
    </div>
  </xsl:template>

  <xsl:template match="results">
    <section class="results" aria-labelledby="results-h">
      <xsl:choose>
        <xsl:when test="procedure">
          <h2 id="results-h" class="results-count">
            <xsl:value-of select="$t.results.found"/>
            <xsl:call-template name="number">
              <xsl:with-param name="value" select="@total"/>
            </xsl:call-template>
            <xsl:value-of select="$t.count.procedures"/>
            <xsl:if test="$q != ''">
              <xsl:value-of select="$t.results.for"/>
              <xsl:value-of select="concat($t.quote.open, $q, $t.quote.close)"/>
            </xsl:if>
          </h2>
          <xsl:if test="@pages &gt; 1">
            <p class="hint">
              <xsl:value-of select="concat($t.results.page, @page, $t.results.page.of, @pages)"/>
            </p>
          </xsl:if>
          <ul class="result-list">
            <xsl:apply-templates select="procedure"/>
          </ul>
          <xsl:call-template name="pagination">
            <xsl:with-param name="base" select="'/procedures'"/>
            <xsl:with-param name="query" select="string(/page/query_string)"/>
            <xsl:with-param name="page" select="number(@page)"/>
            <xsl:with-param name="pages" select="number(@pages)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <h2 id="results-h">
            <xsl:value-of select="$t.empty.title"/>
            <xsl:if test="$q != ''">
              <xsl:value-of select="$t.results.for"/>
              <xsl:value-of select="concat($t.quote.open, $q, $t.quote.close)"/>
            </xsl:if>
          </h2>
          <xsl:if test="@suggest">
            <p class="suggest">
              <xsl:value-of select="$t.empty.suggest"/>
              <a href="/procedures?q={str:encode-uri(translate(@suggest, ' ', '+'), false())}"><xsl:value-of select="@suggest"/></a>
            </p>
          </xsl:if>
          <p><xsl:value-of select="$t.empty.advice"/></p>
          <ul class="bullets">
            <li><xsl:value-of select="$t.empty.spelling"/></li>
            <li><xsl:value-of select="$t.empty.fewer"/></li>
            <li><xsl:value-of select="$t.empty.filters"/></li>
            <li><a href="/procedures"><xsl:value-of select="$t.empty.all"/></a></li>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="procedure">
    <li class="result">
      <h3 class="result-title"><a href="/procedures/{code}"><xsl:value-of select="name"/></a></h3>
      <p class="result-meta">
        <xsl:call-template name="level-badge">
          <xsl:with-param name="level" select="level"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="code">
          <span class="visually-hidden"><xsl:value-of select="concat($t.code, ': ')"/></span>
          <xsl:value-of select="code"/>
        </span>
      </p>
      <dl class="facts">
        <div>
          <dt><xsl:value-of select="$t.field"/></dt>
          <dd><xsl:value-of select="field_name"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.agency"/></dt>
          <dd><xsl:value-of select="agency_name"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.duration"/></dt>
          <dd>
            <xsl:call-template name="duration">
              <xsl:with-param name="hours" select="processing_hours"/>
              <xsl:with-param name="same_day" select="same_day"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.fee"/></dt>
          <dd>
            <xsl:call-template name="money">
              <xsl:with-param name="amount" select="fee_total"/>
              <xsl:with-param name="count" select="fee_count"/>
            </xsl:call-template>
          </dd>
        </div>
      </dl>
    </li>
  </xsl:template>

</xsl:stylesheet>
