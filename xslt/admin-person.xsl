<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-person.xsl — one account, for an administrator ("/admin/people/{id}"): what it is (never
  its password; of the CCCD the last four digits), its live sessions and last sign-in, and the
  forms of what may be done to it: lock or unlock, send a link to set the password, and for an
  officer the roles per unit (each removable, one more added). After a change, the notice of
  what was done (msg); a refusal or bad input, its message (form/error) with the values kept.

  Input: /page with user (kind admin), csrf, msg (created|locked|unlocked|link-sent|role-added|
    role-removed|mfa-reset, optional), form (value: unit, role; error: _ for the whole page, unit, role),
    link_hours/@n (how long a link is good), mfa_officers/@on (1: officers must have a second
    factor; form/error confirm: the reset's box not ticked) and
    person   account: id, kind (citizen|officer|admin), full_name, email, email_verified (0|1),
             phone, cccd_last4 (optional), state (active|unverified|locked|closed), created_at,
             sessions (alive now), last_signin (optional), link_until (a link pending until,
             optional); all dates dd/mm/yyyy hh:mm, Vietnam time
             roles/role: unit (code), unit_name, role (receiver|processor|approver)
             mfa_since (the second factor enabled at, optional), recovery_left (its codes
             not used)
             self: present when it is the signed-in administrator's own account
    units    unit: code, name, active (0: withdrawn); every agency, the active ones first
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-people-common.xsl"/>
  <xsl:include href="i18n/vi-admin-mfa.xsl"/>

  <xsl:variable name="a" select="/page/person/account"/>
  <xsl:variable name="msg" select="string(/page/msg)"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$a/full_name"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li><a href="/admin/people"><xsl:value-of select="$t.people.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$a/full_name"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$a/full_name"/></h1>
    <xsl:call-template name="person-notice"/>
    <xsl:call-template name="error-summary"/>
    <xsl:if test="person/self">
      <p class="lead"><xsl:value-of select="$t.person.self"/></p>
    </xsl:if>

    <section class="admin-section" aria-labelledby="details-h">
      <h2 id="details-h"><xsl:value-of select="$t.person.details"/></h2>
      <dl class="facts">
        <div>
          <dt><xsl:value-of select="$t.people.kind"/></dt>
          <dd><xsl:for-each select="$a"><xsl:call-template name="kind-name"/></xsl:for-each></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.people.state"/></dt>
          <dd><xsl:for-each select="$a"><xsl:call-template name="state-tag"/></xsl:for-each></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.email"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$a/email != ''">
                <span class="admin-email"><xsl:value-of select="$a/email"/></span>
                <xsl:choose>
                  <xsl:when test="$a/email_verified = 1"><xsl:value-of select="concat(' (', $t.person.verified, ')')"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat(' (', $t.person.unverified, ')')"/></xsl:otherwise>
                </xsl:choose>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.person.none"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.phone"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$a/phone != ''"><xsl:value-of select="$a/phone"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.person.none"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <xsl:if test="$a/cccd_last4 != ''">
          <div>
            <dt><xsl:value-of select="$t.people.cccd"/></dt>
            <dd class="nowrap" id="cccd">
              <xsl:call-template name="cccd-masked"><xsl:with-param name="value" select="$a/cccd_last4"/></xsl:call-template>
            </dd>
          </div>
        </xsl:if>
        <div>
          <dt><xsl:value-of select="$t.person.created"/></dt>
          <dd><xsl:value-of select="$a/created_at"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.person.sessions"/></dt>
          <dd id="sessions"><xsl:value-of select="$a/sessions"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.person.last_signin"/></dt>
          <dd id="last-signin">
            <xsl:choose>
              <xsl:when test="$a/last_signin != ''"><xsl:value-of select="$a/last_signin"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.person.never"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </dl>
      <p><a href="/admin/audit?kind=user&amp;code={$a/id}"><xsl:value-of select="$t.person.audit"/></a></p>
    </section>

    <section class="admin-section" id="lock" aria-labelledby="lock-h">
      <h2 id="lock-h"><xsl:value-of select="$t.person.lock.title"/></h2>
      <xsl:choose>
        <xsl:when test="$a/state = 'closed'">
          <p><xsl:value-of select="$t.person.closed.text"/></p>
        </xsl:when>
        <xsl:when test="$a/state = 'locked'">
          <p><xsl:value-of select="$t.person.locked.text"/></p>
          <xsl:call-template name="action">
            <xsl:with-param name="to" select="'unlock'"/>
            <xsl:with-param name="label" select="$t.person.unlock"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.person.lock.text"/></p>
          <xsl:if test="not(person/self)">
            <xsl:call-template name="action">
              <xsl:with-param name="to" select="'lock'"/>
              <xsl:with-param name="label" select="$t.person.lock"/>
            </xsl:call-template>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="$a/email != '' and ($a/state = 'active' or $a/state = 'unverified')">
      <section class="admin-section" id="link" aria-labelledby="link-h">
        <h2 id="link-h"><xsl:value-of select="$t.person.link.title"/></h2>
        <p><xsl:value-of select="concat($t.person.link.text.pre, /page/link_hours/@n, $t.person.link.text.post)"/></p>
        <xsl:if test="$a/link_until != ''">
          <p id="link-pending"><xsl:value-of select="concat($t.person.link.pending, $a/link_until, '.')"/></p>
        </xsl:if>
        <xsl:call-template name="action">
          <xsl:with-param name="to" select="'link'"/>
          <xsl:with-param name="label" select="$t.person.link"/>
        </xsl:call-template>
      </section>
    </xsl:if>

    <xsl:if test="$a/kind != 'citizen'">
      <xsl:call-template name="second-factor"/>
    </xsl:if>

    <section class="admin-section" id="roles" aria-labelledby="roles-h">
      <h2 id="roles-h"><xsl:value-of select="$t.person.roles.title"/></h2>
      <xsl:choose>
        <xsl:when test="$a/kind != 'officer'">
          <p><xsl:value-of select="$t.person.roles.only"/></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="roles"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- A form of one button that posts to /admin/people/{id}/{to}. -->
  <xsl:template name="action">
    <xsl:param name="to"/>
    <xsl:param name="label"/>
    <form method="post" action="/admin/people/{$a/id}/{$to}">
      <xsl:call-template name="csrf-field"/>
      <button class="button" type="submit"><xsl:value-of select="$label"/></button>
    </form>
  </xsl:template>

  <!-- The second factor: on since when, recovery codes left; its reset with a confirmation. -->
  <xsl:template name="second-factor">
    <section class="admin-section" id="mfa" aria-labelledby="mfa-h">
      <h2 id="mfa-h"><xsl:value-of select="$t.pmfa.title"/></h2>
      <xsl:choose>
        <xsl:when test="$a/mfa_since != ''">
          <p id="mfa-state"><xsl:value-of select="concat($t.pmfa.on, $a/mfa_since, '. ', $t.pmfa.left, $a/recovery_left, '.')"/></p>
          <xsl:choose>
            <xsl:when test="/page/person/self">
              <p><xsl:value-of select="$t.pmfa.self"/><a href="/account/mfa"><xsl:value-of select="$t.pmfa.title"/></a>.</p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.pmfa.reset.text"/></p>
              <p>
                <xsl:choose>
                  <xsl:when test="$a/kind = 'admin' or /page/mfa_officers/@on = 1"><xsl:value-of select="$t.pmfa.required"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.pmfa.optional"/></xsl:otherwise>
                </xsl:choose>
              </p>
              <form method="post" action="/admin/people/{$a/id}/mfa-reset" novalidate="novalidate">
                <xsl:call-template name="csrf-field"/>
                <xsl:call-template name="checkbox">
                  <xsl:with-param name="name" select="'confirm'"/>
                  <xsl:with-param name="label" select="$t.pmfa.confirm"/>
                  <xsl:with-param name="required" select="'true'"/>
                </xsl:call-template>
                <button class="button button-warning" type="submit"><xsl:value-of select="$t.pmfa.reset"/></button>
              </form>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>
          <p id="mfa-state"><xsl:value-of select="$t.pmfa.off"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="roles">
    <xsl:choose>
      <xsl:when test="/page/person/roles/role">
        <table class="table table-stack person-roles">
          <caption class="table-caption"><xsl:value-of select="$t.person.roles.caption"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t.person.unit"/></th>
              <th scope="col"><xsl:value-of select="$t.person.role"/></th>
              <th scope="col"><span class="visually-hidden"><xsl:value-of select="$t.person.roles.remove"/></span></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="/page/person/roles/role">
              <tr class="person-role" data-unit="{unit}" data-role="{role}">
                <th scope="row">
                  <xsl:value-of select="unit_name"/>
                  <span class="cell-note code"><xsl:value-of select="unit"/></span>
                </th>
                <td data-label="{$t.person.role}"><xsl:call-template name="role-name"/></td>
                <td>
                  <form method="post" action="/admin/people/{$a/id}/roles/remove">
                    <xsl:call-template name="csrf-field"/>
                    <input type="hidden" name="unit" value="{unit}"/>
                    <input type="hidden" name="role" value="{role}"/>
                    <button class="button button-secondary" type="submit"><xsl:value-of select="$t.person.roles.remove"/></button>
                  </form>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t.person.roles.none"/></p>
      </xsl:otherwise>
    </xsl:choose>

    <form method="post" action="/admin/people/{$a/id}/roles" class="form-section" novalidate="novalidate">
      <h3><xsl:value-of select="$t.person.roles.add"/></h3>
      <p class="hint"><xsl:value-of select="$t.person.roles.effect"/></p>
      <xsl:call-template name="csrf-field"/>
      <xsl:call-template name="unit-select"/>
      <div class="form-group">
        <xsl:if test="/page/form/error[@name = 'role']"><xsl:attribute name="class">form-group form-group-error</xsl:attribute></xsl:if>
        <label class="label" for="field-role"><xsl:value-of select="$t.person.role"/></label>
        <xsl:call-template name="field-error"><xsl:with-param name="name" select="'role'"/></xsl:call-template>
        <xsl:variable name="now" select="string(/page/form/value[@name = 'role'])"/>
        <select class="select" id="field-role" name="role">
          <option value=""><xsl:value-of select="$t.person.role.choose"/></option>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'receiver'"/><xsl:with-param name="now" select="$now"/><xsl:with-param name="text" select="$t.role.receiver"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'processor'"/><xsl:with-param name="now" select="$now"/><xsl:with-param name="text" select="$t.role.processor"/></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v" select="'approver'"/><xsl:with-param name="now" select="$now"/><xsl:with-param name="text" select="$t.role.approver"/></xsl:call-template>
        </select>
      </div>
      <button class="button" type="submit"><xsl:value-of select="$t.person.roles.add"/></button>
    </form>
  </xsl:template>

  <xsl:template name="role-name">
    <xsl:choose>
      <xsl:when test="role = 'receiver'"><xsl:value-of select="$t.role.receiver"/></xsl:when>
      <xsl:when test="role = 'processor'"><xsl:value-of select="$t.role.processor"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.role.approver"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notice of what was just done. -->
  <xsl:template name="person-notice">
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$msg = 'created'"><xsl:value-of select="$t.person.msg.created"/></xsl:when>
        <xsl:when test="$msg = 'locked'"><xsl:value-of select="$t.person.msg.locked"/></xsl:when>
        <xsl:when test="$msg = 'unlocked'"><xsl:value-of select="$t.person.msg.unlocked"/></xsl:when>
        <xsl:when test="$msg = 'link-sent'"><xsl:value-of select="concat($t.person.msg.link_sent, $a/email, '.')"/></xsl:when>
        <xsl:when test="$msg = 'role-added'"><xsl:value-of select="$t.person.msg.role_added"/></xsl:when>
        <xsl:when test="$msg = 'role-removed'"><xsl:value-of select="$t.person.msg.role_removed"/></xsl:when>
        <xsl:when test="$msg = 'mfa-reset'"><xsl:value-of select="$t.pmfa.msg.reset"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="string($text) != ''">
      <div class="banner banner-ok" role="status"><p><xsl:value-of select="$text"/></p></div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
