<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-settings.xsl — "Thiết lập giờ làm việc" (/admin/settings): for an administrator, the
  settings the law leaves to the province (the settings table, sql/026): the office hours (a
  morning and an afternoon session), the same-day cutoff (the 15:00 rule), and whether an
  online submission received outside office hours counts from the next working day.

  Input: /page with user (kind admin), csrf, optional msg (saved), form (value: am_start,
    am_end, pm_start, pm_end, same_day_cutoff as HH:MM, after_hours_next_day 1 when on; the
    saved values, or what was typed when it came back with errors), and
    settings  @day_minutes (the two sessions' length together, as saved); setting @name @value
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-admin-calendar.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.set.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.set.title"/></li>
  </xsl:template>

  <xsl:template name="time">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint" select="$t.set.time.hint"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="width" select="'short'"/>
      <xsl:with-param name="maxlength" select="5"/>
      <xsl:with-param name="inputmode" select="'numeric'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.set.title"/></h1>
    <p class="lead"><xsl:value-of select="$t.set.lead"/></p>
    <xsl:if test="msg = 'saved'">
      <div role="status" class="banner banner-ok" id="msg"><p><xsl:value-of select="$t.set.saved"/></p></div>
    </xsl:if>
    <xsl:call-template name="error-summary"/>

    <form method="post" action="/admin/settings" novalidate="novalidate" id="form-settings">
      <xsl:call-template name="csrf-field"/>
      <fieldset class="fieldset form-section">
        <legend class="legend"><xsl:value-of select="$t.set.hours.h"/></legend>
        <xsl:call-template name="time">
          <xsl:with-param name="name" select="'am_start'"/>
          <xsl:with-param name="label" select="$t.set.am_start"/>
        </xsl:call-template>
        <xsl:call-template name="time">
          <xsl:with-param name="name" select="'am_end'"/>
          <xsl:with-param name="label" select="$t.set.am_end"/>
        </xsl:call-template>
        <xsl:call-template name="time">
          <xsl:with-param name="name" select="'pm_start'"/>
          <xsl:with-param name="label" select="$t.set.pm_start"/>
        </xsl:call-template>
        <xsl:call-template name="time">
          <xsl:with-param name="name" select="'pm_end'"/>
          <xsl:with-param name="label" select="$t.set.pm_end"/>
        </xsl:call-template>
        <xsl:variable name="m" select="settings/@day_minutes"/>
        <p id="day-hours">
          <xsl:value-of select="concat($t.set.day, floor($m div 60), $t.set.hours, $m mod 60, $t.set.minutes)"/>
        </p>
        <xsl:if test="$m != 480">
          <p class="hint" id="day-hours-note"><xsl:value-of select="$t.set.day.note"/></p>
        </xsl:if>
      </fieldset>
      <fieldset class="fieldset form-section">
        <legend class="legend"><xsl:value-of select="$t.set.cutoff.h"/></legend>
        <xsl:call-template name="time">
          <xsl:with-param name="name" select="'same_day_cutoff'"/>
          <xsl:with-param name="label" select="$t.set.cutoff"/>
          <xsl:with-param name="hint" select="$t.set.cutoff.hint"/>
        </xsl:call-template>
      </fieldset>
      <fieldset class="fieldset form-section">
        <legend class="legend"><xsl:value-of select="$t.set.online.h"/></legend>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'after_hours_next_day'"/>
          <xsl:with-param name="label" select="$t.set.flag"/>
          <xsl:with-param name="hint" select="$t.set.flag.hint"/>
        </xsl:call-template>
      </fieldset>
      <button class="button" type="submit"><xsl:value-of select="$t.set.save"/></button>
    </form>
    <p><a href="/admin/calendar"><xsl:value-of select="$t.admin.calendar.link"/></a></p>
  </xsl:template>

</xsl:stylesheet>
