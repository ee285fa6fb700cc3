<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-people.xsl — "Người dùng" ("/admin/people"): for an administrator, the accounts found
  by the start of a name, an e-mail address, a phone number or a whole CCCD, filtered by kind
  and state, twenty a page in the order of names; each leads to its page
  (/admin/people/{id}); a link to add an officer or administrator.

  The search is a POST (its form, and the forms of the other pages), so that what is searched
  for stays out of URLs; a GET with the same keys answers the same.

  Input: /page with user (kind admin), csrf, form/value (q, kind, state, page) and form/error
    (name q: the search box's message) and
    people   @by (all|name|cccd|email|phone), @page, @more (1 when there is a next page);
             person: id, kind (citizen|officer|admin), full_name, email, phone, cccd_last4 (the
             CCCD's last four digits only; none for an account without one), state
             (active|unverified|locked|closed)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-people-common.xsl"/>

  <xsl:variable name="kind" select="string(/page/form/value[@name = 'kind'])"/>
  <xsl:variable name="state" select="string(/page/form/value[@name = 'state'])"/>
  <xsl:variable name="pg" select="/page/people/@page"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.people.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.people.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.people.title"/></h1>
    <p class="lead"><xsl:value-of select="$t.people.lead"/></p>
    <p><a class="button button-secondary" href="/admin/people/new"><xsl:value-of select="$t.people.new"/></a></p>

    <xsl:call-template name="error-summary"/>
    <!-- A POST: what is searched for stays out of the URL (people.c). -->
    <form method="post" action="/admin/people" class="filters" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="label" select="$t.people.q"/>
        <xsl:with-param name="hint" select="$t.people.q.hint"/>
        <xsl:with-param name="maxlength" select="100"/>
      </xsl:call-template>
      <div class="form-group">
        <label class="label" for="field-kind"><xsl:value-of select="$t.people.kind"/></label>
        <select class="select" id="field-kind" name="kind">
          <option value=""><xsl:value-of select="$t.people.any"/></option>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'citizen'"/><xsl:with-param name="now" select="$kind"/><xsl:with-param name="text" select="$t.people.kind.citizen"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'officer'"/><xsl:with-param name="now" select="$kind"/><xsl:with-param name="text" select="$t.people.kind.officer"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'admin'"/><xsl:with-param name="now" select="$kind"/><xsl:with-param name="text" select="$t.people.kind.admin"/></xsl:call-template>
        </select>
      </div>
      <div class="form-group">
        <label class="label" for="field-state"><xsl:value-of select="$t.people.state"/></label>
        <select class="select" id="field-state" name="state">
          <option value=""><xsl:value-of select="$t.people.any"/></option>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'active'"/><xsl:with-param name="now" select="$state"/><xsl:with-param name="text" select="$t.people.state.active"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'unverified'"/><xsl:with-param name="now" select="$state"/><xsl:with-param name="text" select="$t.people.state.unverified"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'locked'"/><xsl:with-param name="now" select="$state"/><xsl:with-param name="text" select="$t.people.state.locked"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'closed'"/><xsl:with-param name="now" select="$state"/><xsl:with-param name="text" select="$t.people.state.closed"/></xsl:call-template>
        </select>
      </div>
      <button class="button" type="submit"><xsl:value-of select="$t.people.search"/></button>
    </form>

    <xsl:if test="people">
      <section aria-labelledby="found-h">
        <h2 id="found-h" class="visually-hidden"><xsl:value-of select="$t.people.found"/></h2>
        <xsl:choose>
          <xsl:when test="people/person">
            <table class="table table-stack people-list">
              <caption class="visually-hidden">
                <xsl:value-of select="$t.people.found"/>
                <xsl:if test="$pg &gt; 1"><xsl:value-of select="concat(' — ', $t.people.page, $pg)"/></xsl:if>
              </caption>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="$t.people.name"/></th>
                  <th scope="col"><xsl:value-of select="$t.people.kind"/></th>
                  <th scope="col"><xsl:value-of select="$t.people.contact"/></th>
                  <th scope="col"><xsl:value-of select="$t.people.cccd"/></th>
                  <th scope="col"><xsl:value-of select="$t.people.state"/></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="people/person"/>
              </tbody>
            </table>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="$t.people.none"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <xsl:if test="$pg &gt; 1 or people/@more = 1">
      <nav class="pagination" aria-label="{$t.people.pages}">
        <ul class="plain">
          <xsl:if test="$pg &gt; 1">
            <li><xsl:call-template name="page-form"><xsl:with-param name="n" select="$pg - 1"/><xsl:with-param name="label" select="$t.people.prev"/><xsl:with-param name="rel" select="'prev'"/></xsl:call-template></li>
          </xsl:if>
          <xsl:if test="people/@more = 1">
            <li><xsl:call-template name="page-form"><xsl:with-param name="n" select="$pg + 1"/><xsl:with-param name="label" select="$t.people.next"/><xsl:with-param name="rel" select="'next'"/></xsl:call-template></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- Another page of the same search: a form of one button, the search in hidden inputs. -->
  <xsl:template name="page-form">
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <xsl:param name="rel"/>
    <form method="post" action="/admin/people" class="page-{$rel}">
      <xsl:call-template name="csrf-field"/>
      <xsl:for-each select="/page/form/value[(@name = 'q' or @name = 'kind' or @name = 'state') and . != '']">
        <input type="hidden" name="{@name}" value="{.}"/>
      </xsl:for-each>
      <input type="hidden" name="page" value="{$n}"/>
      <button class="button button-secondary" type="submit"><xsl:value-of select="$label"/></button>
    </form>
  </xsl:template>

  <xsl:template match="person">
    <tr>
      <th scope="row"><a href="/admin/people/{id}"><xsl:value-of select="full_name"/></a></th>
      <td data-label="{$t.people.kind}"><xsl:call-template name="kind-name"/></td>
      <td data-label="{$t.people.contact}">
        <xsl:if test="email != ''"><span class="admin-email"><xsl:value-of select="email"/></span></xsl:if>
        <xsl:if test="phone != ''"><span class="cell-note"><xsl:value-of select="phone"/></span></xsl:if>
      </td>
      <td data-label="{$t.people.cccd}" class="nowrap">
        <xsl:call-template name="cccd-masked"><xsl:with-param name="value" select="cccd_last4"/></xsl:call-template>
      </td>
      <td data-label="{$t.people.state}"><xsl:call-template name="state-tag"/></td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
