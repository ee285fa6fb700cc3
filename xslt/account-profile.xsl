<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-profile.xsl — the signed-in user's own account ("/account/profile").

  Input: /page with user, csrf, msg (optional: saved, registered, password-changed,
  email-sent, verify-sent, verify-wait …) and
    profile   full_name, citizen_id, birth_date (dd/mm/yyyy), birth_date_iso, phone, email,
              email_verified (1 or 0: the address was verified; 0 offers a new link),
              address, org_name, org_tax_code, kind (citizen|officer|admin), created_at
    roles     role: agency_code, agency_name, role (receiver|processor|approver); officers
    form      after a failed save only: value[@name] and error[@name] for the contact form;
              when absent the contact form is filled from profile
    signins   signin: at (dd/mm/yyyy HH:mm), ip, outcome (success|bad_password|locked|
              throttled|busy), user_agent; newest first
  The identity (name, CCCD, date of birth) is read-only; the contact details are a form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>
  <xsl:include href="i18n/vi-admin-totp.xsl"/>

  <xsl:key name="roles-by-agency" match="page/roles/role" use="agency_code"/>

  <xsl:variable name="pr" select="/page/profile"/>
  <xsl:variable name="kind" select="string($pr/kind)"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.profile.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="account-page">
      <h1><xsl:value-of select="$t.profile.title"/></h1>
      <xsl:call-template name="notice"/>
      <xsl:variable name="msg" select="string(/page/msg)"/>
      <xsl:if test="$msg = 'email-sent' or $msg = 'verify-sent' or $msg = 'verify-wait'">
        <div role="status">
          <xsl:attribute name="class">
            <xsl:choose>
              <xsl:when test="$msg = 'verify-wait'">banner banner-warn</xsl:when>
              <xsl:otherwise>banner banner-ok</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <p>
            <xsl:choose>
              <xsl:when test="$msg = 'email-sent'"><xsl:value-of select="$t.profile.msg.email_sent"/></xsl:when>
              <xsl:when test="$msg = 'verify-sent'"><xsl:value-of select="$t.profile.msg.verify_sent"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.profile.msg.verify_wait"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </div>
      </xsl:if>
      <xsl:call-template name="error-summary"/>

      <nav class="toc toc-inline" aria-labelledby="toc-h">
        <h2 id="toc-h" class="h-sm"><xsl:value-of select="$t.profile.toc"/></h2>
        <ul>
          <li><a href="#personal"><xsl:value-of select="$t.profile.personal"/></a></li>
          <li><a href="#contact"><xsl:value-of select="$t.profile.contact"/></a></li>
          <xsl:if test="$kind = 'officer' or roles/role">
            <li><a href="#roles"><xsl:value-of select="$t.profile.roles"/></a></li>
          </xsl:if>
          <li><a href="#security"><xsl:value-of select="$t.profile.security"/></a></li>
          <li><a href="#signins"><xsl:value-of select="$t.profile.signins"/></a></li>
          <xsl:if test="$kind = 'citizen'">
            <li><a href="#close"><xsl:value-of select="$t.profile.close"/></a></li>
          </xsl:if>
        </ul>
      </nav>

      <section id="personal" class="account-section" aria-labelledby="personal-h">
        <h2 id="personal-h"><xsl:value-of select="$t.profile.personal"/></h2>
        <dl class="summary">
          <xsl:call-template name="fact">
            <xsl:with-param name="term" select="$t.f.full_name"/>
            <xsl:with-param name="value" select="$pr/full_name"/>
          </xsl:call-template>
          <xsl:call-template name="fact">
            <xsl:with-param name="term" select="$t.f.citizen_id"/>
            <xsl:with-param name="value" select="$pr/citizen_id"/>
            <xsl:with-param name="class" select="'code'"/>
          </xsl:call-template>
          <xsl:call-template name="fact">
            <xsl:with-param name="term" select="$t.f.birth_date"/>
            <xsl:with-param name="value" select="$pr/birth_date"/>
          </xsl:call-template>
          <xsl:call-template name="fact">
            <xsl:with-param name="term" select="$t.profile.kind"/>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="$kind = 'admin'"><xsl:value-of select="$t.profile.kind.admin"/></xsl:when>
                <xsl:when test="$kind = 'officer'"><xsl:value-of select="$t.profile.kind.officer"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$t.profile.kind.citizen"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="fact">
            <xsl:with-param name="term" select="$t.profile.created"/>
            <xsl:with-param name="value" select="$pr/created_at"/>
          </xsl:call-template>
        </dl>
        <p class="hint"><xsl:value-of select="$t.profile.identity.note"/></p>
      </section>

      <section id="contact" class="account-section" aria-labelledby="contact-h">
        <h2 id="contact-h"><xsl:value-of select="$t.profile.contact"/></h2>
        <p><xsl:value-of select="$t.profile.contact.lead"/></p>
        <xsl:if test="$pr/email_verified = '0'">
          <form class="banner banner-warn" method="post" action="/account/verify">
            <xsl:call-template name="csrf-field"/>
            <p><xsl:value-of select="$t.profile.email.unverified"/></p>
            <button class="button button-secondary" type="submit"><xsl:value-of select="$t.profile.email.resend"/></button>
          </form>
        </xsl:if>
        <p class="hint"><xsl:value-of select="$t.profile.email.change"/></p>
        <form class="form" method="post" action="/account/profile" novalidate="novalidate">
          <xsl:call-template name="csrf-field"/>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'phone'"/>
            <xsl:with-param name="label" select="$t.f.phone"/>
            <xsl:with-param name="hint" select="$t.f.phone.hint"/>
            <xsl:with-param name="type" select="'tel'"/>
            <xsl:with-param name="autocomplete" select="'tel'"/>
            <xsl:with-param name="maxlength" select="15"/>
            <xsl:with-param name="width" select="'short'"/>
            <xsl:with-param name="required" select="'true'"/>
            <xsl:with-param name="value"><xsl:call-template name="current">
              <xsl:with-param name="name" select="'phone'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'email'"/>
            <xsl:with-param name="label" select="$t.f.email"/>
            <xsl:with-param name="hint" select="$t.f.email.hint"/>
            <xsl:with-param name="type" select="'email'"/>
            <xsl:with-param name="autocomplete" select="'email'"/>
            <xsl:with-param name="maxlength" select="254"/>
            <xsl:with-param name="width" select="'long'"/>
            <xsl:with-param name="required" select="'true'"/>
            <xsl:with-param name="value"><xsl:call-template name="current">
              <xsl:with-param name="name" select="'email'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'address'"/>
            <xsl:with-param name="label" select="$t.f.address"/>
            <xsl:with-param name="type" select="'textarea'"/>
            <xsl:with-param name="hint" select="$t.f.address.hint"/>
            <xsl:with-param name="autocomplete" select="'street-address'"/>
            <xsl:with-param name="maxlength" select="255"/>
            <xsl:with-param name="optional" select="'true'"/>
            <xsl:with-param name="value"><xsl:call-template name="current">
              <xsl:with-param name="name" select="'address'"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>

          <fieldset class="fieldset form-section">
            <legend class="legend"><xsl:value-of select="$t.profile.org"/></legend>
            <p class="hint"><xsl:value-of select="$t.profile.org.hint"/></p>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'org_name'"/>
              <xsl:with-param name="label" select="$t.f.org_name"/>
              <xsl:with-param name="hint" select="$t.f.org_name.hint"/>
              <xsl:with-param name="autocomplete" select="'organization'"/>
              <xsl:with-param name="maxlength" select="255"/>
              <xsl:with-param name="value"><xsl:call-template name="current">
                <xsl:with-param name="name" select="'org_name'"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'org_tax_code'"/>
              <xsl:with-param name="label" select="$t.f.org_tax_code"/>
              <xsl:with-param name="hint" select="$t.f.org_tax_code.hint"/>
              <xsl:with-param name="inputmode" select="'numeric'"/>
              <xsl:with-param name="autocomplete" select="'off'"/>
              <xsl:with-param name="maxlength" select="14"/>
              <xsl:with-param name="width" select="'short'"/>
              <xsl:with-param name="value"><xsl:call-template name="current">
                <xsl:with-param name="name" select="'org_tax_code'"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </fieldset>

          <div class="form-actions">
            <button class="button" type="submit"><xsl:value-of select="$t.profile.save"/></button>
          </div>
        </form>
      </section>

      <xsl:if test="$kind = 'officer' or roles/role">
        <section id="roles" class="account-section" aria-labelledby="roles-h">
          <h2 id="roles-h"><xsl:value-of select="$t.profile.roles"/></h2>
          <xsl:choose>
            <xsl:when test="roles/role">
              <table class="table table-stack">
                <caption class="visually-hidden"><xsl:value-of select="$t.profile.roles.caption"/></caption>
                <thead>
                  <tr>
                    <th scope="col"><xsl:value-of select="$t.profile.roles.agency"/></th>
                    <th scope="col"><xsl:value-of select="$t.profile.roles.roles"/></th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:for-each select="roles/role[generate-id() = generate-id(key('roles-by-agency', agency_code)[1])]">
                    <xsl:variable name="mine" select="key('roles-by-agency', agency_code)"/>
                    <tr>
                      <th scope="row">
                        <xsl:value-of select="agency_name"/>
                        <xsl:text> </xsl:text>
                        <span class="cell-note code"><xsl:value-of select="agency_code"/></span>
                      </th>
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
                    </tr>
                  </xsl:for-each>
                </tbody>
              </table>
              <p class="hint"><xsl:value-of select="$t.profile.roles.note"/></p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.profile.roles.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:if>

      <section id="security" class="account-section" aria-labelledby="security-h">
        <h2 id="security-h"><xsl:value-of select="$t.profile.security"/></h2>
        <p><xsl:value-of select="$t.profile.security.text"/></p>
        <p><a class="button button-secondary" href="/account/password"><xsl:value-of select="$t.profile.password"/></a></p>
        <xsl:if test="/page/user/kind = 'admin' or /page/user/kind = 'officer'">
          <p><a href="/account/mfa"><xsl:value-of select="$t.mfa.link"/></a></p>
        </xsl:if>
      </section>

      <section id="signins" class="account-section" aria-labelledby="signins-h">
        <h2 id="signins-h"><xsl:value-of select="$t.profile.signins"/></h2>
        <xsl:choose>
          <xsl:when test="signins/signin">
            <table class="table table-stack signins">
              <caption class="table-caption"><xsl:value-of select="$t.profile.signins.caption"/></caption>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="$t.profile.signins.at"/></th>
                  <th scope="col"><xsl:value-of select="$t.profile.signins.outcome"/></th>
                  <th scope="col"><xsl:value-of select="$t.profile.signins.ip"/></th>
                  <th scope="col"><xsl:value-of select="$t.profile.signins.ua"/></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="signins/signin"/>
              </tbody>
            </table>
            <p><strong><xsl:value-of select="$t.profile.signins.advice"/></strong></p>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="$t.profile.signins.none"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <!-- close.c: a citizen withdraws consent and closes the account. -->
      <xsl:if test="$kind = 'citizen'">
        <section id="close" class="account-section" aria-labelledby="close-h">
          <h2 id="close-h"><xsl:value-of select="$t.profile.close"/></h2>
          <p><xsl:value-of select="$t.profile.close.text"/></p>
          <p><a href="/account/close"><xsl:value-of select="$t.profile.close.link"/></a></p>
        </section>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- One row of the read-only facts; "Chưa có" when empty. -->
  <xsl:template name="fact">
    <xsl:param name="term"/>
    <xsl:param name="value"/>
    <xsl:param name="class" select="''"/>
    <div>
      <dt><xsl:value-of select="$term"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="normalize-space($value) = ''">
            <span class="muted"><xsl:value-of select="$t.profile.none"/></span>
          </xsl:when>
          <xsl:when test="$class != ''">
            <span class="{$class}"><xsl:value-of select="$value"/></span>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </xsl:template>

  <!-- What a contact field shows: what was typed after a failed save, else what is stored. -->
  <xsl:template name="current">
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="/page/form">
        <xsl:value-of select="/page/form/value[@name = $name]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$pr/*[local-name() = $name]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="signin">
    <tr>
      <th scope="row" class="nowrap"><xsl:value-of select="at"/></th>
      <td data-label="{$t.profile.signins.outcome}">
        <xsl:choose>
          <xsl:when test="outcome = 'success'">
            <span class="tag tag-ok"><xsl:value-of select="$t.outcome.success"/></span>
          </xsl:when>
          <xsl:when test="outcome = 'bad_password'">
            <span class="tag tag-warn"><xsl:value-of select="$t.outcome.bad_password"/></span>
          </xsl:when>
          <xsl:when test="outcome = 'locked'">
            <span class="tag tag-warn"><xsl:value-of select="$t.outcome.locked"/></span>
          </xsl:when>
          <xsl:when test="outcome = 'throttled'">
            <span class="tag tag-warn tag-wrap"><xsl:value-of select="$t.outcome.throttled"/></span>
          </xsl:when>
          <xsl:when test="outcome = 'busy'">
            <span class="tag"><xsl:value-of select="$t.outcome.busy"/></span>
          </xsl:when>
          <xsl:when test="outcome = 'second_factor'">
            <span class="tag"><xsl:value-of select="$t.outcome.second_factor"/></span>
          </xsl:when>
          <xsl:when test="outcome = 'bad_code'">
            <span class="tag tag-warn"><xsl:value-of select="$t.outcome.bad_code"/></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="tag"><xsl:value-of select="outcome"/></span>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td data-label="{$t.profile.signins.ip}" class="code"><xsl:value-of select="ip"/></td>
      <td data-label="{$t.profile.signins.ua}">
        <xsl:call-template name="user-agent">
          <xsl:with-param name="ua" select="string(user_agent)"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

  <!--
    The browser and system in a few words ("Chrome trên Android"), read from the user agent
    in the order that matters (Edge and Cốc Cốc also say Chrome; Chrome also says Safari).
    What is not recognised is shown as it came, cut at 60 characters.
  -->
  <xsl:template name="user-agent">
    <xsl:param name="ua"/>
    <xsl:variable name="browser">
      <xsl:choose>
        <xsl:when test="contains($ua, 'Zalo')"><xsl:value-of select="$t.ua.zalo"/></xsl:when>
        <xsl:when test="contains($ua, 'coc_coc_browser')"><xsl:value-of select="$t.ua.coccoc"/></xsl:when>
        <xsl:when test="contains($ua, 'Edg/') or contains($ua, 'EdgA/') or contains($ua, 'EdgiOS/')"><xsl:value-of select="$t.ua.edge"/></xsl:when>
        <xsl:when test="contains($ua, 'OPR/') or contains($ua, 'Opera')"><xsl:value-of select="$t.ua.opera"/></xsl:when>
        <xsl:when test="contains($ua, 'SamsungBrowser/')"><xsl:value-of select="$t.ua.samsung"/></xsl:when>
        <xsl:when test="contains($ua, 'Firefox/') or contains($ua, 'FxiOS/')"><xsl:value-of select="$t.ua.firefox"/></xsl:when>
        <xsl:when test="contains($ua, 'Chrome/') or contains($ua, 'CriOS/')"><xsl:value-of select="$t.ua.chrome"/></xsl:when>
        <xsl:when test="contains($ua, 'Safari/')"><xsl:value-of select="$t.ua.safari"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="system">
      <xsl:choose>
        <xsl:when test="contains($ua, 'Android')"><xsl:value-of select="$t.ua.android"/></xsl:when>
        <xsl:when test="contains($ua, 'iPhone')"><xsl:value-of select="$t.ua.ios"/></xsl:when>
        <xsl:when test="contains($ua, 'iPad')"><xsl:value-of select="$t.ua.ipad"/></xsl:when>
        <xsl:when test="contains($ua, 'Windows')"><xsl:value-of select="$t.ua.windows"/></xsl:when>
        <xsl:when test="contains($ua, 'CrOS')"><xsl:value-of select="$t.ua.chromeos"/></xsl:when>
        <xsl:when test="contains($ua, 'Mac OS X') or contains($ua, 'Macintosh')"><xsl:value-of select="$t.ua.mac"/></xsl:when>
        <xsl:when test="contains($ua, 'Linux')"><xsl:value-of select="$t.ua.linux"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$browser != '' and $system != ''">
        <xsl:value-of select="concat($browser, $t.ua.on, $system)"/>
      </xsl:when>
      <xsl:when test="$browser != ''"><xsl:value-of select="$browser"/></xsl:when>
      <xsl:when test="$system != ''"><xsl:value-of select="$system"/></xsl:when>
      <xsl:when test="normalize-space($ua) = ''">
        <span class="muted"><xsl:value-of select="$t.ua.unknown"/></span>
      </xsl:when>
      <xsl:when test="string-length($ua) &gt; 60">
        <span class="ua"><xsl:value-of select="concat(substring($ua, 1, 60), '…')"/></span>
      </xsl:when>
      <xsl:otherwise><span class="ua"><xsl:value-of select="$ua"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
