<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-calendar.xsl — "Lịch ngày nghỉ, ngày làm bù" (/admin/calendar?year=YYYY): for an
  administrator, the year's twelve months (Monday to Sunday, wrapping on a phone), each day
  marked working, weekend, holiday or swapped working day (projected days marked too), the
  year's days listed with their names, the number of working days, what a change does to the
  dossiers in flight; the forms that add a day, a range of days off and the law's fixed-date
  holidays, or with ?edit=YYYY-MM-DD the forms that change and remove that day.

  Input: /page with user (kind admin), csrf, optional msg (added|changed|removed|range|
    copied|weekend; @day, @alt YYYY-MM-DD, @n), optional form (value, error; value "form":
    add|change|remove|range|copy, the form that came back), optional edit (date, shown,
    weekday, kind, name, projected: the day being edited), and
    calendar  @year, @prev, @next, @working; month @n @working: week: d (@n, @date, @w 0 Monday,
              @kind working|weekend|holiday|weekend-holiday|workday, @projected) or empty
    days      day: n, date (YYYY-MM-DD), shown (dd/mm/yyyy), weekday (0 Monday), kind
              (holiday|workday), name, projected (0|1)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-admin-calendar.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>

  <xsl:variable name="year" select="/page/calendar/@year"/>
  <xsl:variable name="posted" select="string(/page/form/value[@name = 'form'])"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.cal.title, ' ', $year)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.cal.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="concat($t.cal.title, ' ', $year)"/></h1>
    <p class="lead"><xsl:value-of select="$t.cal.lead"/></p>
    <xsl:apply-templates select="msg"/>
    <xsl:call-template name="error-summary"/>

    <nav class="cal-years" aria-label="{$t.cal.title}">
      <ul class="plain">
        <xsl:if test="calendar/@prev">
          <li><a href="/admin/calendar?year={calendar/@prev}" rel="prev"><xsl:value-of select="concat($t.cal.prev, ' (', calendar/@prev, ')')"/></a></li>
        </xsl:if>
        <xsl:if test="calendar/@next">
          <li><a href="/admin/calendar?year={calendar/@next}" rel="next"><xsl:value-of select="concat($t.cal.next, ' (', calendar/@next, ')')"/></a></li>
        </xsl:if>
      </ul>
    </nav>
    <p class="cal-working"><xsl:value-of select="$t.cal.working"/><strong id="working-days"><xsl:value-of select="calendar/@working"/></strong></p>

    <xsl:apply-templates select="edit"/>

    <section class="admin-section" aria-labelledby="legend-h">
      <h2 id="legend-h"><xsl:value-of select="$t.cal.legend"/></h2>
      <ul class="plain cal-legend">
        <li><span class="cal-swatch cal-working"/><xsl:value-of select="$t.cal.k.working"/></li>
        <li><span class="cal-swatch cal-weekend"/><xsl:value-of select="$t.cal.k.weekend"/></li>
        <li><span class="cal-swatch cal-holiday"/><xsl:value-of select="$t.cal.k.holiday"/></li>
        <li><span class="cal-swatch cal-workday"/><xsl:value-of select="$t.cal.k.workday"/></li>
        <li><span class="cal-swatch cal-projected"/><xsl:value-of select="$t.cal.k.projected"/></li>
      </ul>
    </section>

    <div class="cal-months">
      <xsl:apply-templates select="calendar/month"/>
    </div>

    <section class="admin-section" aria-labelledby="days-h">
      <h2 id="days-h"><xsl:value-of select="$t.cal.days"/></h2>
      <xsl:choose>
        <xsl:when test="days/day">
          <xsl:if test="days/day[projected = 1]">
            <p class="cal-projected-note"><xsl:value-of select="$t.cal.projected.note"/></p>
          </xsl:if>
          <table class="table cal-days">
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.cal.col.date"/></th>
                <th scope="col"><xsl:value-of select="$t.cal.col.kind"/></th>
                <th scope="col"><xsl:value-of select="$t.cal.col.name"/></th>
                <th scope="col"><span class="visually-hidden"><xsl:value-of select="$t.cal.edit"/></span></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="days/day"/>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.cal.days.none"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="admin-section" aria-labelledby="inflight-h">
      <h2 id="inflight-h"><xsl:value-of select="$t.cal.inflight.h"/></h2>
      <p id="inflight"><xsl:value-of select="$t.cal.inflight"/></p>
    </section>

    <xsl:if test="not(edit)">
      <xsl:call-template name="add-forms"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="msg">
    <div role="status" class="banner banner-ok" id="msg">
      <xsl:if test=". = 'weekend'"><xsl:attribute name="class">banner banner-warn</xsl:attribute></xsl:if>
      <p>
        <xsl:choose>
          <xsl:when test=". = 'added'"><xsl:value-of select="$t.cal.msg.added"/><xsl:call-template name="dmy"><xsl:with-param name="d" select="@day"/></xsl:call-template>.</xsl:when>
          <xsl:when test=". = 'changed'"><xsl:value-of select="$t.cal.msg.changed"/><xsl:call-template name="dmy"><xsl:with-param name="d" select="@day"/></xsl:call-template>.</xsl:when>
          <xsl:when test=". = 'removed'"><xsl:value-of select="$t.cal.msg.removed"/><xsl:call-template name="dmy"><xsl:with-param name="d" select="@day"/></xsl:call-template>.</xsl:when>
          <xsl:when test=". = 'range'"><xsl:value-of select="$t.cal.msg.range"/><xsl:call-template name="dmy"><xsl:with-param name="d" select="@day"/></xsl:call-template><xsl:value-of select="concat($t.cal.msg.range.n, @n)"/>.</xsl:when>
          <xsl:when test=". = 'copied'"><xsl:value-of select="concat($t.cal.msg.copied, @n)"/>.</xsl:when>
          <xsl:when test=". = 'weekend'">
            <xsl:value-of select="$t.cal.msg.weekend"/>
            <xsl:call-template name="dmy"><xsl:with-param name="d" select="@day"/></xsl:call-template>
            <xsl:value-of select="$t.cal.msg.weekend.warn"/>
            <xsl:if test="string(@alt) != ''">
              <xsl:value-of select="$t.cal.msg.weekend.alt"/>
              <xsl:call-template name="dmy"><xsl:with-param name="d" select="@alt"/></xsl:call-template>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </xsl:when>
        </xsl:choose>
      </p>
    </div>
  </xsl:template>

  <!-- YYYY-MM-DD as dd/mm/yyyy. -->
  <xsl:template name="dmy">
    <xsl:param name="d"/>
    <xsl:value-of select="concat(substring($d, 9, 2), '/', substring($d, 6, 2), '/', substring($d, 1, 4))"/>
  </xsl:template>

  <xsl:template name="wd-short">
    <xsl:param name="w"/>
    <xsl:choose>
      <xsl:when test="$w = 0"><xsl:value-of select="$t.cal.wd.0"/></xsl:when>
      <xsl:when test="$w = 1"><xsl:value-of select="$t.cal.wd.1"/></xsl:when>
      <xsl:when test="$w = 2"><xsl:value-of select="$t.cal.wd.2"/></xsl:when>
      <xsl:when test="$w = 3"><xsl:value-of select="$t.cal.wd.3"/></xsl:when>
      <xsl:when test="$w = 4"><xsl:value-of select="$t.cal.wd.4"/></xsl:when>
      <xsl:when test="$w = 5"><xsl:value-of select="$t.cal.wd.5"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.cal.wd.6"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="wd-long">
    <xsl:param name="w"/>
    <xsl:choose>
      <xsl:when test="$w = 0"><xsl:value-of select="$t.cal.wday.0"/></xsl:when>
      <xsl:when test="$w = 1"><xsl:value-of select="$t.cal.wday.1"/></xsl:when>
      <xsl:when test="$w = 2"><xsl:value-of select="$t.cal.wday.2"/></xsl:when>
      <xsl:when test="$w = 3"><xsl:value-of select="$t.cal.wday.3"/></xsl:when>
      <xsl:when test="$w = 4"><xsl:value-of select="$t.cal.wday.4"/></xsl:when>
      <xsl:when test="$w = 5"><xsl:value-of select="$t.cal.wday.5"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.cal.wday.6"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="month">
    <table class="cal-month" id="month-{@n}">
      <caption><xsl:value-of select="concat($t.cal.month, @n)"/></caption>
      <thead>
        <tr>
          <xsl:call-template name="wd-head"/>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="week">
          <tr>
            <xsl:for-each select="d">
              <td>
                <xsl:choose>
                  <xsl:when test="@n">
                    <xsl:attribute name="class">
                      <xsl:value-of select="concat('cal-', @kind)"/>
                      <xsl:if test="@kind = 'weekend-holiday'"> cal-weekend</xsl:if>
                      <xsl:if test="@projected = 1"> cal-projected</xsl:if>
                    </xsl:attribute>
                    <xsl:attribute name="id"><xsl:value-of select="concat('d-', @date)"/></xsl:attribute>
                    <xsl:choose>
                      <xsl:when test="@kind = 'holiday' or @kind = 'workday' or @kind = 'weekend-holiday'">
                        <a href="/admin/calendar?edit={@date}" title="{/page/days/day[date = current()/@date]/name}"><xsl:value-of select="@n"/></a>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="@n"/></xsl:otherwise>
                    </xsl:choose>
                  </xsl:when>
                  <xsl:otherwise><xsl:attribute name="class">cal-none</xsl:attribute></xsl:otherwise>
                </xsl:choose>
              </td>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="wd-head">
    <xsl:param name="w" select="0"/>
    <th scope="col">
      <xsl:call-template name="wd-short"><xsl:with-param name="w" select="$w"/></xsl:call-template>
    </th>
    <xsl:if test="$w &lt; 6">
      <xsl:call-template name="wd-head"><xsl:with-param name="w" select="$w + 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="day">
    <tr id="day-{date}">
      <xsl:attribute name="class">
        <xsl:value-of select="concat('cal-', kind)"/>
        <xsl:if test="projected = 1"> cal-projected</xsl:if>
      </xsl:attribute>
      <td>
        <xsl:call-template name="wd-long"><xsl:with-param name="w" select="weekday"/></xsl:call-template>
        <xsl:value-of select="concat(' ', shown)"/>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="kind = 'workday'"><xsl:value-of select="$t.cal.k.workday"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.cal.k.holiday"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:value-of select="name"/>
        <xsl:if test="projected = 1"><em class="cal-projected-mark"><xsl:value-of select="$t.cal.projected"/></em></xsl:if>
      </td>
      <td><a href="/admin/calendar?edit={date}"><xsl:value-of select="$t.cal.edit"/></a></td>
    </tr>
  </xsl:template>

  <!-- The kind of a day, as a select (kept after an error). -->
  <xsl:template name="kind-select">
    <xsl:variable name="k" select="string(/page/form/value[@name = 'kind'])"/>
    <xsl:variable name="error" select="/page/form/error[@name = 'kind'][1]"/>
    <div>
      <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
      <label class="label" for="field-kind"><xsl:value-of select="$t.cal.kind"/></label>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="'kind'"/></xsl:call-template>
      <select class="select" id="field-kind" name="kind">
        <option value="holiday">
          <xsl:if test="$k = 'holiday'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
          <xsl:value-of select="$t.cal.kind.holiday"/>
        </option>
        <option value="workday">
          <xsl:if test="$k = 'workday'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
          <xsl:value-of select="$t.cal.kind.workday"/>
        </option>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="add-forms">
    <section class="admin-section" aria-labelledby="add-h">
      <h2 id="add-h"><xsl:value-of select="$t.cal.add.h"/></h2>
      <form method="post" action="/admin/calendar/add" novalidate="novalidate" id="form-add">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'date'"/>
          <xsl:with-param name="label" select="$t.cal.date"/>
          <xsl:with-param name="hint" select="$t.cal.date.hint"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="maxlength" select="10"/>
        </xsl:call-template>
        <xsl:call-template name="kind-select"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'name'"/>
          <xsl:with-param name="label" select="$t.cal.name"/>
          <xsl:with-param name="hint" select="$t.cal.name.hint"/>
          <xsl:with-param name="maxlength" select="200"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'projected'"/>
          <xsl:with-param name="label" select="$t.cal.projected.label"/>
        </xsl:call-template>
        <button class="button" type="submit"><xsl:value-of select="$t.cal.add"/></button>
      </form>
    </section>

    <section class="admin-section" aria-labelledby="range-h">
      <h2 id="range-h"><xsl:value-of select="$t.cal.range.h"/></h2>
      <p class="hint"><xsl:value-of select="$t.cal.range.hint"/></p>
      <form method="post" action="/admin/calendar/range" novalidate="novalidate" id="form-range">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'from'"/>
          <xsl:with-param name="label" select="$t.cal.from"/>
          <xsl:with-param name="hint" select="$t.cal.date.hint"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="maxlength" select="10"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'to'"/>
          <xsl:with-param name="label" select="$t.cal.to"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="maxlength" select="10"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'range_name'"/>
          <xsl:with-param name="label" select="$t.cal.name"/>
          <xsl:with-param name="maxlength" select="200"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'range_projected'"/>
          <xsl:with-param name="label" select="$t.cal.projected.label"/>
        </xsl:call-template>
        <button class="button" type="submit"><xsl:value-of select="$t.cal.range.add"/></button>
      </form>
    </section>

    <section class="admin-section" aria-labelledby="copy-h">
      <h2 id="copy-h"><xsl:value-of select="$t.cal.copy.h"/></h2>
      <p class="hint"><xsl:value-of select="$t.cal.copy.hint"/></p>
      <form method="post" action="/admin/calendar/copy" novalidate="novalidate" id="form-copy">
        <xsl:call-template name="csrf-field"/>
        <input type="hidden" name="n_newyear" value="{$t.cal.n.newyear}"/>
        <input type="hidden" name="n_victory" value="{$t.cal.n.victory}"/>
        <input type="hidden" name="n_labour" value="{$t.cal.n.labour}"/>
        <input type="hidden" name="n_national" value="{$t.cal.n.national}"/>
        <input type="hidden" name="n_adjacent" value="{$t.cal.n.adjacent}"/>
        <input type="hidden" name="n_comp" value="{$t.cal.n.comp}"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'copy_year'"/>
          <xsl:with-param name="label" select="$t.cal.copy.year"/>
          <xsl:with-param name="inputmode" select="'numeric'"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="maxlength" select="4"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$posted = 'copy'"><xsl:value-of select="/page/form/value[@name = 'copy_year']"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$year + 1"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <button class="button" type="submit"><xsl:value-of select="$t.cal.copy"/></button>
      </form>
    </section>
  </xsl:template>

  <xsl:template match="edit">
    <section class="admin-section" aria-labelledby="edit-h">
      <h2 id="edit-h">
        <xsl:value-of select="$t.cal.edit.h"/>
        <xsl:call-template name="wd-long"><xsl:with-param name="w" select="weekday"/></xsl:call-template>
        <xsl:value-of select="concat(' ', shown)"/>
      </h2>
      <form method="post" action="/admin/calendar/change" novalidate="novalidate" id="form-change">
        <xsl:call-template name="csrf-field"/>
        <input type="hidden" name="date" value="{date}"/>
        <xsl:call-template name="kind-select"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'name'"/>
          <xsl:with-param name="label" select="$t.cal.name"/>
          <xsl:with-param name="hint" select="$t.cal.name.hint"/>
          <xsl:with-param name="maxlength" select="200"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'projected'"/>
          <xsl:with-param name="label" select="$t.cal.projected.label"/>
        </xsl:call-template>
        <button class="button" type="submit"><xsl:value-of select="$t.cal.save"/></button>
      </form>
      <form method="post" action="/admin/calendar/remove" id="form-remove">
        <xsl:call-template name="csrf-field"/>
        <input type="hidden" name="date" value="{date}"/>
        <p><xsl:value-of select="$t.cal.remove.h"/></p>
        <button class="button button-warning" type="submit"><xsl:value-of select="$t.cal.remove"/></button>
      </form>
      <p><a href="/admin/calendar?year={$year}"><xsl:value-of select="$t.cal.back"/></a></p>
    </section>
  </xsl:template>

</xsl:stylesheet>
