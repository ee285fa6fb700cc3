<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-delivery.xsl — step 3 of a submission ("/submit/ID/delivery"): how the result comes
  back: online, by the public postal service to an address, or at the counter.

  Input: /page with user, csrf, dossier (id, procedure_name, procedure_level, channels,
  presence_note, agency_name, agency_address, applicant_name, applicant_phone, channel,
  postal_*) and
    procedure  level (4|3), channels ("counter,online,postal" subset), presence_note; optional:
               without it the dossier's procedure_level, channels, presence_note
    province   the code of the province whose communes are listed (optional)
    provinces  province: code, name (the 34 provinces and cities)
    communes   commune: code, name: the communes of the chosen province (the dossier's, else
               the portal's own); empty while the administrator has not imported them, and
               then the commune is typed
    form       after a refused save or a refresh: value[@name] and error[@name]
  POST /submit/ID/delivery: csrf, channel, postal_recipient, postal_phone, postal_street,
  postal_province_code, postal_commune_code (a list) or postal_commune (typed), and
  refresh=1 from the "Chọn tỉnh" button: keep what was typed and show the communes of the
  chosen province, without checking or moving on. Without JavaScript the address is always
  shown; the server needs it only for the postal channel. A full-process procedure (level 4)
  never offers the counter.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <!-- The procedure's level, channels and presence note: from /page/procedure, else as the
       dossier carries them (procedure_level, channels, presence_note). -->
  <xsl:variable name="p" select="/page/procedure"/>
  <xsl:variable name="level">
    <xsl:choose>
      <xsl:when test="$p/level != ''"><xsl:value-of select="$p/level"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$d/procedure_level"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="presence-note">
    <xsl:choose>
      <xsl:when test="$p"><xsl:value-of select="normalize-space($p/presence_note)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($d/presence_note)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="channels">
    <xsl:choose>
      <xsl:when test="$p"><xsl:value-of select="concat(',', $p/channels, ',')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat(',', $d/channels, ',')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="offer-online" select="contains($channels, ',online,')"/>
  <xsl:variable name="offer-postal" select="contains($channels, ',postal,')"/>
  <xsl:variable name="offer-counter" select="contains($channels, ',counter,') and $level != 4"/>
  <xsl:variable name="n-offers" select="number($offer-online) + number($offer-postal) + number($offer-counter)"/>

  <xsl:variable name="channel">
    <xsl:call-template name="form-value">
      <xsl:with-param name="name" select="'channel'"/>
    </xsl:call-template>
  </xsl:variable>
  <!-- The province: as typed, else the one whose communes the page lists (/page/province),
       else the dossier's, else the portal's own (its name is the site's province). -->
  <xsl:variable name="province">
    <xsl:call-template name="form-value">
      <xsl:with-param name="name" select="'postal_province_code'"/>
      <xsl:with-param name="default">
        <xsl:choose>
          <xsl:when test="/page/province != ''"><xsl:value-of select="/page/province"/></xsl:when>
          <xsl:when test="$d/postal_province_code != ''"><xsl:value-of select="$d/postal_province_code"/></xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="/page/provinces/province[name = concat('Tỉnh ', $site/province)
                                  or name = concat('Thành phố ', $site/province)][1]/code"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:variable>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.delivery.title, $t.title.sep, $d/procedure_name)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/procedure_name"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="submit-page">
      <xsl:call-template name="submit-head">
        <xsl:with-param name="current" select="'delivery'"/>
        <xsl:with-param name="title" select="$t.delivery.title"/>
      </xsl:call-template>
      <xsl:call-template name="notice"/>
      <xsl:call-template name="error-summary"/>

      <xsl:if test="$level = 3">
        <div class="panel panel-level-3">
          <h2 class="h-sm"><xsl:value-of select="$t.new.presence.title"/></h2>
          <xsl:choose>
            <xsl:when test="$presence-note != ''">
              <p class="presence"><xsl:value-of select="$presence-note"/></p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.level.3.default"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:if>

      <form class="form" method="post" action="/submit/{$d/id}/delivery" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="channel-choice"/>
        <xsl:if test="$offer-postal">
          <xsl:call-template name="postal-address-fields"/>
        </xsl:if>
        <div class="form-actions">
          <button class="button" type="submit"><xsl:value-of select="$t.submit.save_next"/></button>
        </div>
      </form>
    </div>
  </xsl:template>

  <!-- The channels the procedure offers, in the order most applicants want them. -->
  <xsl:template name="channel-choice">
    <xsl:variable name="error" select="/page/form/error[@name = 'channel']"/>
    <!-- One channel only: it is the answer. -->
    <xsl:variable name="only">
      <xsl:if test="$n-offers = 1">
        <xsl:choose>
          <xsl:when test="$offer-online">online</xsl:when>
          <xsl:when test="$offer-postal">postal</xsl:when>
          <xsl:otherwise>counter</xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="first">
      <xsl:choose>
        <xsl:when test="$offer-online">online</xsl:when>
        <xsl:when test="$offer-postal">postal</xsl:when>
        <xsl:otherwise>counter</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:text>form-group</xsl:text>
        <xsl:if test="$error"> form-group-error</xsl:if>
      </xsl:attribute>
      <fieldset class="fieldset">
        <xsl:if test="$error">
          <xsl:attribute name="aria-describedby">error-channel</xsl:attribute>
        </xsl:if>
        <legend class="legend"><xsl:value-of select="$t.delivery.channel"/></legend>
        <xsl:call-template name="field-error">
          <xsl:with-param name="name" select="'channel'"/>
        </xsl:call-template>
        <xsl:if test="$offer-online">
          <xsl:call-template name="radio">
            <xsl:with-param name="name" select="'channel'"/>
            <xsl:with-param name="value" select="'online'"/>
            <xsl:with-param name="label" select="$t.channel.online.long"/>
            <xsl:with-param name="hint" select="$t.delivery.online.hint"/>
            <xsl:with-param name="checked" select="$channel = 'online' or $only = 'online'"/>
            <xsl:with-param name="first" select="$first = 'online'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$offer-postal">
          <xsl:call-template name="radio">
            <xsl:with-param name="name" select="'channel'"/>
            <xsl:with-param name="value" select="'postal'"/>
            <xsl:with-param name="label" select="$t.delivery.postal"/>
            <xsl:with-param name="hint" select="$t.delivery.postal.hint"/>
            <xsl:with-param name="checked" select="$channel = 'postal' or $only = 'postal'"/>
            <xsl:with-param name="first" select="$first = 'postal'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$offer-counter">
          <xsl:call-template name="radio">
            <xsl:with-param name="name" select="'channel'"/>
            <xsl:with-param name="value" select="'counter'"/>
            <xsl:with-param name="label" select="concat($t.channel.counter.at, $d/agency_name)"/>
            <xsl:with-param name="hint" select="$d/agency_address"/>
            <xsl:with-param name="checked" select="$channel = 'counter' or $only = 'counter'"/>
            <xsl:with-param name="first" select="$first = 'counter'"/>
          </xsl:call-template>
        </xsl:if>
      </fieldset>
    </div>
  </xsl:template>

  <!-- Where the post brings the result. Prefilled with the applicant until saved. -->
  <xsl:template name="postal-address-fields">
    <fieldset class="fieldset form-section postal">
      <legend class="legend"><xsl:value-of select="$t.delivery.address"/></legend>
      <p class="hint"><xsl:value-of select="$t.delivery.address.hint"/></p>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'postal_recipient'"/>
        <xsl:with-param name="label" select="$t.delivery.recipient"/>
        <xsl:with-param name="autocomplete" select="'name'"/>
        <xsl:with-param name="maxlength" select="100"/>
        <xsl:with-param name="width" select="'long'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="form-value">
            <xsl:with-param name="name" select="'postal_recipient'"/>
            <xsl:with-param name="default">
              <xsl:choose>
                <xsl:when test="$d/postal_recipient != ''"><xsl:value-of select="$d/postal_recipient"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$d/applicant_name"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'postal_phone'"/>
        <xsl:with-param name="label" select="$t.delivery.phone"/>
        <xsl:with-param name="hint" select="$t.f.phone.hint"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="autocomplete" select="'tel'"/>
        <xsl:with-param name="maxlength" select="15"/>
        <xsl:with-param name="width" select="'short'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="form-value">
            <xsl:with-param name="name" select="'postal_phone'"/>
            <xsl:with-param name="default">
              <xsl:choose>
                <xsl:when test="$d/postal_phone != ''"><xsl:value-of select="$d/postal_phone"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$d/applicant_phone"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'postal_street'"/>
        <xsl:with-param name="label" select="$t.delivery.street"/>
        <xsl:with-param name="hint" select="$t.delivery.street.hint"/>
        <xsl:with-param name="autocomplete" select="'address-line1'"/>
        <xsl:with-param name="maxlength" select="255"/>
        <xsl:with-param name="value">
          <xsl:call-template name="form-value">
            <xsl:with-param name="name" select="'postal_street'"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>

      <!-- Province, with the button that brings its communes (no script to do it). -->
      <xsl:variable name="perror" select="/page/form/error[@name = 'postal_province_code']"/>
      <div>
        <xsl:attribute name="class">
          <xsl:text>form-group</xsl:text>
          <xsl:if test="$perror"> form-group-error</xsl:if>
        </xsl:attribute>
        <label class="label" for="field-postal_province_code"><xsl:value-of select="$t.delivery.province"/></label>
        <p class="hint" id="hint-postal_province_code"><xsl:value-of select="$t.delivery.province.hint"/></p>
        <xsl:call-template name="field-error">
          <xsl:with-param name="name" select="'postal_province_code'"/>
        </xsl:call-template>
        <div class="select-row">
          <select class="select input-long" id="field-postal_province_code" name="postal_province_code" autocomplete="address-level1">
            <xsl:attribute name="aria-describedby">
              <xsl:text>hint-postal_province_code</xsl:text>
              <xsl:if test="$perror"> error-postal_province_code</xsl:if>
            </xsl:attribute>
            <xsl:if test="$perror">
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
            </xsl:if>
            <xsl:if test="string($province) = ''">
              <option value=""><xsl:value-of select="$t.delivery.province.choose"/></option>
            </xsl:if>
            <xsl:for-each select="/page/provinces/province">
              <option value="{code}">
                <xsl:if test="code = string($province)">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="name"/>
              </option>
            </xsl:for-each>
          </select>
          <button class="button button-secondary" type="submit" name="refresh" value="1">
            <xsl:value-of select="$t.delivery.refresh"/>
          </button>
        </div>
      </div>

      <xsl:choose>
        <xsl:when test="/page/communes/commune">
          <xsl:variable name="commune">
            <xsl:call-template name="form-value">
              <xsl:with-param name="name" select="'postal_commune_code'"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:variable name="cerror" select="/page/form/error[@name = 'postal_commune_code']"/>
          <div>
            <xsl:attribute name="class">
              <xsl:text>form-group</xsl:text>
              <xsl:if test="$cerror"> form-group-error</xsl:if>
            </xsl:attribute>
            <label class="label" for="field-postal_commune_code"><xsl:value-of select="$t.delivery.commune"/></label>
            <xsl:call-template name="field-error">
              <xsl:with-param name="name" select="'postal_commune_code'"/>
            </xsl:call-template>
            <select class="select input-long" id="field-postal_commune_code" name="postal_commune_code">
              <xsl:if test="$cerror">
                <xsl:attribute name="aria-describedby">error-postal_commune_code</xsl:attribute>
                <xsl:attribute name="aria-invalid">true</xsl:attribute>
              </xsl:if>
              <option value=""><xsl:value-of select="$t.delivery.commune.choose"/></option>
              <xsl:for-each select="/page/communes/commune">
                <option value="{code}">
                  <xsl:if test="code = string($commune)">
                    <xsl:attribute name="selected">selected</xsl:attribute>
                  </xsl:if>
                  <xsl:value-of select="name"/>
                </option>
              </xsl:for-each>
            </select>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'postal_commune'"/>
            <xsl:with-param name="label" select="$t.delivery.commune"/>
            <xsl:with-param name="hint" select="$t.delivery.commune.hint"/>
            <xsl:with-param name="maxlength" select="100"/>
            <xsl:with-param name="width" select="'long'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="form-value">
                <xsl:with-param name="name" select="'postal_commune'"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </fieldset>
  </xsl:template>

</xsl:stylesheet>
