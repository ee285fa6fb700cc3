<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-home.xsl — "Quản trị hệ thống" ("/admin/"): for an administrator, the state of the
  system in numbers (catalogue, accounts, dossiers), the officers with their agencies and
  roles, and this year's working calendar. Read-only: until the administration screens
  arrive, officers are added on the server with dvcctl user add, as the page shows.

  Input: /page with user (kind admin), csrf and
    catalogue  procedures (current), full_online, partial, counter_only, fields, agencies
    accounts   citizens, officers, admins, sessions (active now)
    counts     count: status (0 draft, 1-10 the National Portal's), n
    officers   officer: full_name, email, agency_code, agency_name, role (receiver|processor|
               approver); one per officer, agency and role, in the order to show; an officer
               without any role comes once with agency_code and role empty
    holidays   holiday: day (dd/mm/yyyy), weekday (1 Sunday … 7 Saturday, optional), name,
               kind (holiday|workday); the current year's, in date order; the year shown is
               holidays/@year when given, else the first day's
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-proc.xsl"/>
  <xsl:include href="i18n/vi-admin-calendar.xsl"/>
  <xsl:include href="i18n/vi-admin-units.xsl"/>
  <xsl:include href="i18n/vi-admin-totp.xsl"/>
  <xsl:include href="i18n/vi-admin-import.xsl"/>
  <xsl:include href="i18n/vi-admin-people.xsl"/>
  <xsl:include href="i18n/vi-admin-forms.xsl"/>

  <!-- An officer at one agency: the rows of their roles there. -->
  <xsl:key name="officer-agency" match="page/officers/officer" use="concat(email, '|', agency_code)"/>

  <xsl:variable name="cat" select="/page/catalogue"/>
  <xsl:variable name="acc" select="/page/accounts"/>
  <xsl:variable name="submitted" select="/page/counts/count[status != 0 and n &gt; 0]"/>
  <xsl:variable name="drafts" select="sum(/page/counts/count[status = 0]/n)"/>
  <xsl:variable name="year">
    <xsl:choose>
      <xsl:when test="/page/holidays/@year != ''"><xsl:value-of select="/page/holidays/@year"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring(/page/holidays/holiday[1]/day, 7, 4)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.admin.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.admin.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.admin.title"/></h1>
    <xsl:call-template name="notice"/>

    <nav class="toc toc-inline" aria-labelledby="toc-h">
      <h2 id="toc-h" class="h-sm"><xsl:value-of select="$t.toc"/></h2>
      <ul>
        <li><a href="#catalogue"><xsl:value-of select="$t.admin.catalogue"/></a></li>
        <li><a href="#accounts"><xsl:value-of select="$t.admin.accounts"/></a></li>
        <li><a href="#dossiers"><xsl:value-of select="$t.admin.dossiers"/></a></li>
        <li><a href="#officers"><xsl:value-of select="$t.admin.officers"/></a></li>
        <li><a href="#calendar"><xsl:value-of select="$t.admin.calendar"/></a></li>
      </ul>
    </nav>

    <section id="catalogue" class="admin-section" aria-labelledby="catalogue-h">
      <h2 id="catalogue-h"><xsl:value-of select="$t.admin.catalogue"/></h2>
      <dl class="stats">
        <div class="stat stat-wide">
          <dt><xsl:value-of select="$t.admin.procedures"/></dt>
          <dd class="stat-n">
            <xsl:call-template name="n"><xsl:with-param name="v" select="$cat/procedures"/></xsl:call-template>
          </dd>
          <dd class="stat-split">
            <span class="visually-hidden"><xsl:value-of select="$t.admin.of_which"/></span>
            <ul class="plain stat-split-list">
              <li>
                <span class="key key-full" aria-hidden="true"></span>
                <xsl:value-of select="concat($t.level.4, ': ')"/>
                <strong><xsl:call-template name="n"><xsl:with-param name="v" select="$cat/full_online"/></xsl:call-template></strong>
              </li>
              <li>
                <span class="key key-partial" aria-hidden="true"></span>
                <xsl:value-of select="concat($t.level.3, ': ')"/>
                <strong><xsl:call-template name="n"><xsl:with-param name="v" select="$cat/partial"/></xsl:call-template></strong>
              </li>
              <li>
                <span class="key key-rest" aria-hidden="true"></span>
                <xsl:value-of select="concat($t.level.2, ': ')"/>
                <strong><xsl:call-template name="n"><xsl:with-param name="v" select="$cat/counter_only"/></xsl:call-template></strong>
              </li>
            </ul>
          </dd>
        </div>
        <xsl:call-template name="stat">
          <xsl:with-param name="label" select="$t.admin.fields"/>
          <xsl:with-param name="v" select="$cat/fields"/>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="label" select="$t.admin.agencies"/>
          <xsl:with-param name="v" select="$cat/agencies"/>
        </xsl:call-template>
      </dl>
      <p><a href="/procedures"><xsl:value-of select="$t.admin.catalogue.link"/></a></p>
      <p><a href="/admin/procedures"><xsl:value-of select="$t.ap.list.title"/></a></p>
      <p><a href="/admin/audit"><xsl:value-of select="$t.admin.audit.link"/></a></p>
      <p><a href="/admin/calendar"><xsl:value-of select="$t.admin.calendar.link"/></a></p>
      <p><a href="/admin/settings"><xsl:value-of select="$t.admin.settings.link"/></a></p>
      <p><a href="/admin/units"><xsl:value-of select="$t.au.units"/></a></p>
      <p><a href="/admin/fields"><xsl:value-of select="$t.au.fields"/></a></p>
      <p><a href="/admin/communes"><xsl:value-of select="$t.au.communes"/></a></p>
      <p><a href="/admin/catalogue/import"><xsl:value-of select="$t.imp.link"/></a></p>
      <p><a href="/admin/forms"><xsl:value-of select="$t.af.link"/></a></p>
    </section>

    <section id="accounts" class="admin-section" aria-labelledby="accounts-h">
      <h2 id="accounts-h"><xsl:value-of select="$t.admin.accounts"/></h2>
      <dl class="stats">
        <xsl:call-template name="stat">
          <xsl:with-param name="label" select="$t.admin.citizens"/>
          <xsl:with-param name="v" select="$acc/citizens"/>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="label" select="$t.admin.officers.n"/>
          <xsl:with-param name="v" select="$acc/officers"/>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="label" select="$t.admin.admins"/>
          <xsl:with-param name="v" select="$acc/admins"/>
        </xsl:call-template>
        <xsl:call-template name="stat">
          <xsl:with-param name="label" select="$t.admin.sessions"/>
          <xsl:with-param name="v" select="$acc/sessions"/>
        </xsl:call-template>
      </dl>
      <p><a href="/account/mfa"><xsl:value-of select="$t.mfa.link"/></a></p>
      <p><a href="/admin/people"><xsl:value-of select="$t.people.home.link"/></a></p>
    </section>

    <section id="dossiers" class="admin-section" aria-labelledby="dossiers-h">
      <h2 id="dossiers-h"><xsl:value-of select="$t.admin.dossiers"/></h2>
      <xsl:choose>
        <xsl:when test="$submitted">
          <table class="table admin-counts">
            <caption class="table-caption"><xsl:value-of select="$t.admin.dossiers.caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.dossier.status"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t.admin.dossiers.n"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$submitted">
                <xsl:sort select="status" data-type="number"/>
                <tr>
                  <th scope="row">
                    <xsl:call-template name="status-badge">
                      <xsl:with-param name="status" select="status"/>
                    </xsl:call-template>
                  </th>
                  <td class="num" data-label="{$t.admin.dossiers.n}">
                    <xsl:call-template name="n"><xsl:with-param name="v" select="n"/></xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row"><xsl:value-of select="$t.admin.dossiers.total"/></th>
                <td class="num" data-label="{$t.admin.dossiers.n}">
                  <xsl:call-template name="n"><xsl:with-param name="v" select="sum($submitted/n)"/></xsl:call-template>
                </td>
              </tr>
            </tfoot>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.admin.dossiers.none"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <p>
        <xsl:value-of select="$t.admin.drafts"/>
        <strong><xsl:call-template name="n"><xsl:with-param name="v" select="$drafts"/></xsl:call-template></strong>
      </p>
    </section>

    <section id="officers" class="admin-section" aria-labelledby="officers-h">
      <h2 id="officers-h"><xsl:value-of select="$t.admin.officers"/></h2>
      <xsl:choose>
        <xsl:when test="officers/officer">
          <table class="table table-stack admin-officers">
            <caption class="table-caption"><xsl:value-of select="$t.admin.officers.caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.admin.officer"/></th>
                <th scope="col"><xsl:value-of select="$t.email"/></th>
                <th scope="col"><xsl:value-of select="$t.profile.roles.agency"/></th>
                <th scope="col"><xsl:value-of select="$t.profile.roles.roles"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="officers/officer[generate-id() = generate-id(key('officer-agency', concat(email, '|', agency_code))[1])]">
                <xsl:variable name="mine" select="key('officer-agency', concat(email, '|', agency_code))"/>
                <tr>
                  <th scope="row"><xsl:value-of select="full_name"/></th>
                  <td data-label="{$t.email}" class="admin-email"><xsl:value-of select="email"/></td>
                  <xsl:choose>
                    <xsl:when test="normalize-space(agency_code) = ''">
                      <td data-label="{$t.profile.roles.agency}">
                        <span class="muted"><xsl:value-of select="$t.admin.officers.norole"/></span>
                      </td>
                      <td></td>
                    </xsl:when>
                    <xsl:otherwise>
                      <td data-label="{$t.profile.roles.agency}">
                        <xsl:value-of select="agency_name"/>
                        <span class="cell-note code"><xsl:value-of select="agency_code"/></span>
                      </td>
                      <td data-label="{$t.profile.roles.roles}">
                        <ul class="plain">
                          <!-- In the order a dossier meets them. -->
                          <xsl:if test="$mine[role = 'receiver']">
                            <li><xsl:value-of select="$t.role.receiver"/></li>
                          </xsl:if>
                          <xsl:if test="$mine[role = 'processor']">
                            <li><xsl:value-of select="$t.role.processor"/></li>
                          </xsl:if>
                          <xsl:if test="$mine[role = 'approver']">
                            <li><xsl:value-of select="$t.role.approver"/></li>
                          </xsl:if>
                        </ul>
                      </td>
                    </xsl:otherwise>
                  </xsl:choose>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.admin.officers.none"/></p>
        </xsl:otherwise>
      </xsl:choose>

      <div class="admin-howto">
        <h3><xsl:value-of select="$t.admin.add.title"/></h3>
        <p>
          <xsl:value-of select="$t.admin.add.text.pre"/>
          <a href="/admin/people/new"><xsl:value-of select="$t.people.new"/></a>
          <xsl:value-of select="$t.admin.add.text.post"/>
          <code>dvcctl user add</code>
          <xsl:value-of select="$t.admin.add.text.end"/>
        </p>
      </div>
    </section>

    <section id="calendar" class="admin-section" aria-labelledby="calendar-h">
      <h2 id="calendar-h">
        <xsl:value-of select="$t.admin.calendar"/>
        <xsl:if test="$year != ''"><xsl:value-of select="concat($t.admin.year, $year)"/></xsl:if>
      </h2>
      <p><xsl:value-of select="$t.admin.calendar.lead"/></p>
      <xsl:choose>
        <xsl:when test="holidays/holiday">
          <table class="table table-stack admin-holidays">
            <caption class="visually-hidden">
              <xsl:value-of select="$t.admin.calendar.caption"/>
              <xsl:if test="$year != ''"><xsl:value-of select="concat($t.admin.year, $year)"/></xsl:if>
            </caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.admin.calendar.day"/></th>
                <th scope="col"><xsl:value-of select="$t.admin.calendar.name"/></th>
                <th scope="col"><xsl:value-of select="$t.admin.calendar.kind"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="holidays/holiday"/>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:value-of select="$t.admin.calendar.none"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="holiday">
    <tr>
      <th scope="row">
        <span class="nowrap"><xsl:value-of select="day"/></span>
        <xsl:variable name="weekday">
          <xsl:call-template name="weekday">
            <xsl:with-param name="d" select="weekday"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$weekday != ''">
          <span class="cell-note"><xsl:value-of select="$weekday"/></span>
        </xsl:if>
      </th>
      <td data-label="{$t.admin.calendar.name}"><xsl:value-of select="name"/></td>
      <td data-label="{$t.admin.calendar.kind}">
        <xsl:choose>
          <xsl:when test="kind = 'workday'">
            <span class="tag tag-required"><xsl:value-of select="$t.admin.calendar.workday"/></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="tag tag-warn"><xsl:value-of select="$t.admin.calendar.holiday"/></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <!-- A day of the week from MariaDB's DAYOFWEEK (1 Sunday … 7 Saturday); nothing otherwise. -->
  <xsl:template name="weekday">
    <xsl:param name="d"/>
    <xsl:choose>
      <xsl:when test="$d = 1"><xsl:value-of select="$t.weekday.1"/></xsl:when>
      <xsl:when test="$d = 2"><xsl:value-of select="$t.weekday.2"/></xsl:when>
      <xsl:when test="$d = 3"><xsl:value-of select="$t.weekday.3"/></xsl:when>
      <xsl:when test="$d = 4"><xsl:value-of select="$t.weekday.4"/></xsl:when>
      <xsl:when test="$d = 5"><xsl:value-of select="$t.weekday.5"/></xsl:when>
      <xsl:when test="$d = 6"><xsl:value-of select="$t.weekday.6"/></xsl:when>
      <xsl:when test="$d = 7"><xsl:value-of select="$t.weekday.7"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- One figure of a stats list: the number large, its label under it. -->
  <xsl:template name="stat">
    <xsl:param name="label"/>
    <xsl:param name="v"/>
    <div class="stat">
      <dt><xsl:value-of select="$label"/></dt>
      <dd class="stat-n">
        <xsl:call-template name="n"><xsl:with-param name="v" select="$v"/></xsl:call-template>
      </dd>
    </div>
  </xsl:template>

  <!-- A count with Vietnamese grouping; missing or not a number shows 0. -->
  <xsl:template name="n">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="string(number($v)) = 'NaN'">0</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="number">
          <xsl:with-param name="value" select="number($v)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
