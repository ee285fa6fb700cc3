<?xml version="1.0" encoding="UTF-8"?>
<!--
  error.xsl — the one error page every program renders.

  Input: /page/error with status (400, 403, 404, 405, 413, 500, 503; others read as a
  generic error), message (optional: <message code="…"/>, its words in i18n/vi-msg.xsl)
  and incident (optional: the id written to the log, shown so the citizen can quote it to
  support).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:variable name="status" select="string(/page/error/status)"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="error-title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="error-page">
      <xsl:if test="$status != ''">
        <p class="caption"><xsl:value-of select="concat($t.error.code, $status)"/></p>
      </xsl:if>
      <h1><xsl:call-template name="error-title"/></h1>
      <xsl:if test="error/message">
        <p class="lead"><xsl:apply-templates select="error/message" mode="msg"/></p>
      </xsl:if>
      <p><xsl:call-template name="error-text"/></p>
      <h2 class="h-sm"><xsl:value-of select="$t.error.todo"/></h2>
      <p><xsl:call-template name="error-todo"/></p>
      <xsl:if test="$status = '404'">
        <p><a href="/procedures"><xsl:value-of select="$t.error.procedures"/></a></p>
      </xsl:if>
      <xsl:if test="error/incident != ''">
        <p class="incident">
          <xsl:value-of select="$t.error.incident"/>
          <strong class="code"><xsl:value-of select="error/incident"/></strong>
          <xsl:value-of select="$t.error.incident.post"/>
        </p>
      </xsl:if>
      <p><a class="button button-secondary" href="/"><xsl:value-of select="$t.error.home"/></a></p>
    </div>
  </xsl:template>

  <xsl:template name="error-title">
    <xsl:choose>
      <xsl:when test="$status = '400'"><xsl:value-of select="$t.error.400"/></xsl:when>
      <xsl:when test="$status = '403'"><xsl:value-of select="$t.error.403"/></xsl:when>
      <xsl:when test="$status = '404'"><xsl:value-of select="$t.error.404"/></xsl:when>
      <xsl:when test="$status = '405'"><xsl:value-of select="$t.error.405"/></xsl:when>
      <xsl:when test="$status = '413'"><xsl:value-of select="$t.error.413"/></xsl:when>
      <xsl:when test="$status = '500'"><xsl:value-of select="$t.error.500"/></xsl:when>
      <xsl:when test="$status = '503'"><xsl:value-of select="$t.error.503"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.error.other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What happened, in plain words; other 4xx read as 400, other 5xx as 500. -->
  <xsl:template name="error-text">
    <xsl:choose>
      <xsl:when test="$status = '403'"><xsl:value-of select="$t.error.403.text"/></xsl:when>
      <xsl:when test="$status = '404'"><xsl:value-of select="$t.error.404.text"/></xsl:when>
      <xsl:when test="$status = '405'"><xsl:value-of select="$t.error.405.text"/></xsl:when>
      <xsl:when test="$status = '413'"><xsl:value-of select="$t.error.413.text"/></xsl:when>
      <xsl:when test="$status = '503'"><xsl:value-of select="$t.error.503.text"/></xsl:when>
      <xsl:when test="starts-with($status, '4')"><xsl:value-of select="$t.error.400.text"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.error.500.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What the citizen can do about it. -->
  <xsl:template name="error-todo">
    <xsl:choose>
      <xsl:when test="$status = '403'"><xsl:value-of select="$t.error.403.todo"/></xsl:when>
      <xsl:when test="$status = '404'"><xsl:value-of select="$t.error.404.todo"/></xsl:when>
      <xsl:when test="$status = '405'"><xsl:value-of select="$t.error.405.todo"/></xsl:when>
      <xsl:when test="$status = '413'"><xsl:value-of select="$t.error.413.todo"/></xsl:when>
      <xsl:when test="$status = '503'"><xsl:value-of select="$t.error.503.todo"/></xsl:when>
      <xsl:when test="starts-with($status, '4')"><xsl:value-of select="$t.error.400.todo"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.error.500.todo"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
