<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl — the page every view shares, and the small pieces views repeat.

  Input: /page (view, path attributes) with site/name, site/province, site/province_code.
  A view imports this file and supplies, for match="page":
    mode="title"       plain text for <title> (empty: the site name alone)
    mode="breadcrumb"  <li> items after "Trang chủ" (none: no breadcrumb)
    mode="main"        the content of <main>, starting with its <h1>
    mode="head"        extra <meta>/<link> elements (optional)
  Named templates: level-badge, duration, money, number, pagination, province-title,
  file-types; for forms csrf-field, title-prefix, error-summary, field, field-error,
  checkbox, notice (see each). The pieces only dossier pages use are not here, so that other
  views do not compile them: status-badge in dossier-common.xsl (submission and staff
  views), radio, form-value, filesize, file-kind, fees-table, channel-text, postal-address,
  submit-steps and submit-head in submit-common.xsl (submission views).
  /page/user (id, kind, name) when someone is signed in; /page/csrf when a form needs it.
  Words come from i18n/vi.xsl (this file's and the catalogue's); a view of another area
  also includes its area's file (see i18n/vi.xsl). The messages handlers send as codes
  (form errors, the error page's message) are templates of mode "msg" in i18n/vi-msg.xsl.
  Nothing is read from disk at render time.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi.xsl"/>
  <xsl:include href="i18n/vi-msg.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <!-- Vietnamese numbers: 1.234.567 and 0,5 -->
  <xsl:decimal-format name="vi" decimal-separator="," grouping-separator="."/>

  <xsl:variable name="site" select="/page/site"/>
  <xsl:variable name="path" select="string(/page/@path)"/>

  <xsl:template match="/">
    <xsl:apply-templates select="page" mode="layout"/>
  </xsl:template>

  <xsl:template match="page" mode="layout">
    <xsl:variable name="title">
      <xsl:apply-templates select="." mode="title"/>
    </xsl:variable>
    <xsl:variable name="crumbs">
      <xsl:apply-templates select="." mode="breadcrumb"/>
    </xsl:variable>
    <html lang="{$t.lang}">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:if test="string($title) != ''">
            <xsl:value-of select="$title"/>
            <xsl:if test="$site/name != ''">
              <xsl:value-of select="$t.title.sep"/>
            </xsl:if>
          </xsl:if>
          <xsl:value-of select="$site/name"/>
        </title>
        <link rel="icon" href="/static/emblem.svg" type="image/svg+xml"/>
        <!-- ?v= changes with every release of the file: static files are cached for 30 days. -->
        <link rel="stylesheet" href="/static/dvc.css?v={/page/site/assets}"/>
        <xsl:apply-templates select="." mode="head"/>
      </head>
      <body>
        <a class="skip-link" href="#main"><xsl:value-of select="$t.skip"/></a>
        <xsl:call-template name="site-header"/>
        <div class="wrap page">
          <xsl:if test="string($crumbs) != ''">
            <nav class="breadcrumb" aria-label="{$t.breadcrumb}">
              <ol>
                <li><a href="/"><xsl:value-of select="$t.home"/></a></li>
                <xsl:copy-of select="$crumbs"/>
              </ol>
            </nav>
          </xsl:if>
          <main id="main" tabindex="-1">
            <xsl:apply-templates select="." mode="main"/>
          </main>
        </div>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Defaults a view may override. -->
  <xsl:template match="page" mode="title"/>
  <xsl:template match="page" mode="breadcrumb"/>
  <xsl:template match="page" mode="head"/>
  <xsl:template match="page" mode="main"/>

  <!--
    The header: the site, the main navigation, and the account: who is signed in (their name
    links to the profile) with a log-out button, or the links to log in and to register.
    Citizens also get "Hồ sơ của tôi" (their drafts and submitted dossiers) there.
    Officers and administrators get the link to their own area in the main navigation.
  -->
  <xsl:template name="site-header">
    <xsl:variable name="user" select="/page/user"/>
    <header class="site-header">
      <div>
        <xsl:attribute name="class">
          <xsl:text>wrap site-header-inner</xsl:text>
          <xsl:if test="$user"> site-header-user</xsl:if>
        </xsl:attribute>
        <a class="brand" href="/">
          <img class="brand-emblem" src="/static/emblem.svg" alt="" width="44" height="44"/>
          <span class="brand-name"><xsl:value-of select="$site/name"/></span>
        </a>
        <div class="site-menus">
          <nav class="site-nav site-nav-main" aria-label="{$t.nav.label}">
            <ul>
              <xsl:call-template name="nav-item">
                <xsl:with-param name="href" select="'/procedures'"/>
                <xsl:with-param name="label" select="$t.nav.procedures"/>
              </xsl:call-template>
              <xsl:call-template name="nav-item">
                <xsl:with-param name="href" select="'/track'"/>
                <xsl:with-param name="label" select="$t.nav.track"/>
              </xsl:call-template>
              <xsl:if test="$user/kind = 'officer'">
                <xsl:call-template name="nav-item">
                  <xsl:with-param name="href" select="'/officer/'"/>
                  <xsl:with-param name="label" select="$t.nav.officer"/>
                  <xsl:with-param name="section" select="'/officer/'"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:if test="$user/kind = 'admin'">
                <xsl:call-template name="nav-item">
                  <xsl:with-param name="href" select="'/admin/'"/>
                  <xsl:with-param name="label" select="$t.nav.admin"/>
                  <xsl:with-param name="section" select="'/admin/'"/>
                </xsl:call-template>
              </xsl:if>
            </ul>
          </nav>
          <nav class="site-nav site-account" aria-label="{$t.nav.account}">
            <ul>
              <xsl:choose>
                <xsl:when test="$user">
                  <xsl:if test="$user/kind = 'citizen'">
                    <xsl:call-template name="nav-item">
                      <xsl:with-param name="href" select="'/dossiers/'"/>
                      <xsl:with-param name="label" select="$t.nav.submissions"/>
                      <xsl:with-param name="section" select="'/dossiers/'"/>
                    </xsl:call-template>
                  </xsl:if>
                  <li class="site-account-user">
                    <a class="site-account-name" href="/account/profile">
                      <xsl:if test="starts-with($path, '/account/')">
                        <xsl:attribute name="aria-current">
                          <xsl:choose>
                            <xsl:when test="$path = '/account/profile'">page</xsl:when>
                            <xsl:otherwise>true</xsl:otherwise>
                          </xsl:choose>
                        </xsl:attribute>
                      </xsl:if>
                      <svg class="site-account-icon" viewBox="0 0 16 16" width="16" height="16"
                           aria-hidden="true" focusable="false">
                        <circle cx="8" cy="4.5" r="3.25" fill="currentColor"/>
                        <path d="M1.5 15.5c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6z" fill="currentColor"/>
                      </svg>
                      <span class="visually-hidden"><xsl:value-of select="$t.nav.account.of"/></span>
                      <xsl:value-of select="$user/name"/>
                    </a>
                  </li>
                  <li>
                    <form class="site-logout" method="post" action="/account/logout">
                      <xsl:call-template name="csrf-field"/>
                      <button class="site-logout-button" type="submit">
                        <xsl:value-of select="$t.nav.logout"/>
                      </button>
                    </form>
                  </li>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="nav-item">
                    <xsl:with-param name="href" select="'/account/login'"/>
                    <xsl:with-param name="label" select="$t.nav.login"/>
                  </xsl:call-template>
                  <xsl:call-template name="nav-item">
                    <xsl:with-param name="href" select="'/account/register'"/>
                    <xsl:with-param name="label" select="$t.nav.register"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  </xsl:template>

  <!-- A navigation link; the section the page belongs to is marked aria-current. section is
       the prefix of the section's pages when it is not href + "/" ("/officer/"). -->
  <xsl:template name="nav-item">
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:param name="section" select="concat($href, '/')"/>
    <li>
      <a href="{$href}">
        <xsl:choose>
          <xsl:when test="$path = $href">
            <xsl:attribute name="aria-current">page</xsl:attribute>
          </xsl:when>
          <xsl:when test="starts-with($path, $section)">
            <xsl:attribute name="aria-current">true</xsl:attribute>
          </xsl:when>
        </xsl:choose>
        <xsl:value-of select="$label"/>
      </a>
    </li>
  </xsl:template>

  <xsl:template name="site-footer">
    <footer class="site-footer">
      <div class="wrap">
        <p class="site-footer-name"><xsl:value-of select="$site/name"/></p>
        <xsl:if test="$site/province != ''">
          <p>
            <xsl:value-of select="$t.footer.owner"/>
            <xsl:choose>
              <xsl:when test="contains(translate($site/name, 'T', 't'), $t.city.match)">
                <xsl:value-of select="$t.city.kind"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="$t.province.kind"/>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="$site/province"/>
          </p>
        </xsl:if>
        <p><xsl:value-of select="$t.footer.system"/></p>
      </div>
    </footer>
  </xsl:template>

  <!--
    Forms. A page with a form carries /page/csrf; after a failed POST it also carries
    /page/form with value[@name] (what the user typed, never a password) and error[@name]
    (the message for a field, its code in @code, shown through mode="msg"; name "_" is about
    the whole form). Each field's input has the id field-NAME, so the error summary links
    to it.
  -->

  <!-- csrf-field: the hidden CSRF token every POST form carries. -->
  <xsl:template name="csrf-field">
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
  </xsl:template>

  <!-- title-prefix: "Lỗi: " before a page's title when its form came back with errors, so a
       screen reader hears at once that the submission did not go through. -->
  <xsl:template name="title-prefix">
    <xsl:if test="/page/form/error">
      <xsl:value-of select="$t.form.error"/>
    </xsl:if>
  </xsl:template>

  <!--
    error-summary: when the form has errors, a box at the top with a link to each field in
    error (focused on load, announced as an alert). A form-level error (name "_") comes first,
    without a link. Where a link goes is the error's mode="error-href" template: #field-NAME
    here; a view whose errors point elsewhere overrides it (nothing: no link).
      extra   <li> items listed before the fields' errors (problems that are not a form's,
              such as a required component without a file); the box shows for them alone too
  -->
  <xsl:template name="error-summary">
    <xsl:param name="extra"/>
    <xsl:if test="/page/form/error or string($extra) != ''">
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
           tabindex="-1" autofocus="autofocus">
        <h2 class="error-summary-title" id="error-summary-title">
          <xsl:value-of select="$t.form.errors"/>
        </h2>
        <ul class="error-summary-list">
          <!-- What is about the whole form first, then the rest in the page's order. -->
          <xsl:for-each select="/page/form/error[@name = '_' or string(@name) = '']">
            <li><xsl:apply-templates select="." mode="msg"/></li>
          </xsl:for-each>
          <xsl:copy-of select="$extra"/>
          <xsl:for-each select="/page/form/error[@name != '_' and string(@name) != '']">
            <xsl:variable name="href">
              <xsl:apply-templates select="." mode="error-href"/>
            </xsl:variable>
            <li>
              <xsl:choose>
                <xsl:when test="string($href) = ''">
                  <xsl:apply-templates select="." mode="msg"/>
                </xsl:when>
                <xsl:otherwise>
                  <a href="{$href}"><xsl:apply-templates select="." mode="msg"/></a>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template match="error" mode="error-href">
    <xsl:if test="@name != '_' and string(@name) != ''">
      <xsl:value-of select="concat('#field-', @name)"/>
    </xsl:if>
  </xsl:template>

  <!-- field-error: the message next to a field in error (id error-NAME), when there is one. -->
  <xsl:template name="field-error">
    <xsl:param name="name"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <xsl:if test="$error">
      <p class="error-message" id="error-{$name}">
        <span class="visually-hidden"><xsl:value-of select="$t.form.error"/></span>
        <xsl:apply-templates select="$error" mode="msg"/>
      </p>
    </xsl:if>
  </xsl:template>

  <!--
    field: one labelled input with its hint and error message.
      name          the form field's name; the input's id is field-NAME
      label         the label's text
      type          text (default) | email | tel | date | password | number | textarea;
                    number is an input type="text" inputmode="numeric" (no spinner, leading
                    zeros kept); textarea is three lines (addresses: autocomplete
                    street-address is allowed on a textarea only)
      hint          a hint under the label (id hint-NAME), optional
      autocomplete  the autocomplete token, optional
      inputmode     numeric | tel | email …, optional
      maxlength     optional
      required      'true' marks the input required (forms are novalidate: the server checks)
      readonly      'true' makes it read-only
      optional      'true' adds "(không bắt buộc)" to the label
      width         a narrower input on wide screens: 'short' (about 12 characters), 'medium'
                    (about 20) or 'long' (about 30); default the full column
      value         what the input shows; default /page/form/value[@name = name]; never
                    shown for passwords
  -->
  <xsl:template name="field">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="autocomplete" select="''"/>
    <xsl:param name="inputmode" select="''"/>
    <xsl:param name="maxlength" select="''"/>
    <xsl:param name="required" select="'false'"/>
    <xsl:param name="readonly" select="'false'"/>
    <xsl:param name="optional" select="'false'"/>
    <xsl:param name="width" select="''"/>
    <xsl:param name="value" select="string(/page/form/value[@name = $name])"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <xsl:variable name="numeric" select="$type = 'number' or $inputmode = 'numeric'"/>
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="$type = 'textarea'">textarea</xsl:when>
        <xsl:otherwise>input</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:text>form-group</xsl:text>
        <xsl:if test="$error"> form-group-error</xsl:if>
      </xsl:attribute>
      <label class="label" for="field-{$name}">
        <xsl:value-of select="$label"/>
        <xsl:if test="string($optional) = 'true'">
          <span class="label-optional"><xsl:value-of select="$t.form.optional"/></span>
        </xsl:if>
      </label>
      <xsl:if test="string($hint) != ''">
        <p class="hint" id="hint-{$name}"><xsl:value-of select="$hint"/></p>
      </xsl:if>
      <xsl:call-template name="field-error">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
      <xsl:element name="{$tag}">
        <xsl:attribute name="id"><xsl:value-of select="concat('field-', $name)"/></xsl:attribute>
        <xsl:attribute name="name"><xsl:value-of select="$name"/></xsl:attribute>
        <xsl:attribute name="class">
          <xsl:text>input</xsl:text>
          <xsl:if test="$tag = 'textarea'"> textarea</xsl:if>
          <xsl:if test="$width != ''"><xsl:value-of select="concat(' input-', $width)"/></xsl:if>
          <xsl:if test="$error"> input-error</xsl:if>
          <xsl:if test="string($readonly) = 'true'"> input-readonly</xsl:if>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="$tag = 'textarea'">
            <xsl:attribute name="rows">3</xsl:attribute>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="type">
              <xsl:choose>
                <xsl:when test="$type = 'email' or $type = 'tel' or $type = 'date' or $type = 'password'">
                  <xsl:value-of select="$type"/>
                </xsl:when>
                <xsl:otherwise>text</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:if test="$type != 'password' and $value != ''">
              <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="string($hint) != '' or $error">
          <xsl:attribute name="aria-describedby">
            <xsl:if test="string($hint) != ''"><xsl:value-of select="concat('hint-', $name)"/></xsl:if>
            <xsl:if test="string($hint) != '' and $error"><xsl:text> </xsl:text></xsl:if>
            <xsl:if test="$error"><xsl:value-of select="concat('error-', $name)"/></xsl:if>
          </xsl:attribute>
        </xsl:if>
        <xsl:if test="$error">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
        </xsl:if>
        <xsl:if test="$autocomplete != ''">
          <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$inputmode != ''">
            <xsl:attribute name="inputmode"><xsl:value-of select="$inputmode"/></xsl:attribute>
          </xsl:when>
          <xsl:when test="$type = 'number'">
            <xsl:attribute name="inputmode">numeric</xsl:attribute>
          </xsl:when>
        </xsl:choose>
        <!-- Identifiers and numbers: no capitals, no spelling marks. -->
        <xsl:if test="$numeric or $type = 'email' or $type = 'tel' or $autocomplete = 'username'">
          <xsl:attribute name="autocapitalize">none</xsl:attribute>
          <xsl:attribute name="spellcheck">false</xsl:attribute>
        </xsl:if>
        <xsl:if test="string($maxlength) != ''">
          <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="string($required) = 'true'">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:if test="string($readonly) = 'true'">
          <xsl:attribute name="readonly">readonly</xsl:attribute>
        </xsl:if>
        <xsl:if test="$tag = 'textarea'">
          <xsl:value-of select="$value"/>
        </xsl:if>
      </xsl:element>
    </div>
  </xsl:template>

  <!--
    checkbox: one checkbox with its label, hint and error message.
      name, hint, required   as for field
      label          the label's text, or
      label-content  a result tree fragment copied into the label instead (text with a link)
      value          the value sent when ticked (default 1); the box is ticked again when
                     /page/form/value[@name = name] holds it
  -->
  <xsl:template name="checkbox">
    <xsl:param name="name"/>
    <xsl:param name="label" select="''"/>
    <xsl:param name="label-content"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="value" select="'1'"/>
    <xsl:param name="required" select="'false'"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>form-group</xsl:text>
        <xsl:if test="$error"> form-group-error</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="field-error">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
      <div class="checkbox">
        <input class="checkbox-input" type="checkbox" id="field-{$name}" name="{$name}" value="{$value}">
          <xsl:if test="/page/form/value[@name = $name] = $value">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
          <xsl:if test="string($hint) != '' or $error">
            <xsl:attribute name="aria-describedby">
              <xsl:if test="string($hint) != ''"><xsl:value-of select="concat('hint-', $name)"/></xsl:if>
              <xsl:if test="string($hint) != '' and $error"><xsl:text> </xsl:text></xsl:if>
              <xsl:if test="$error"><xsl:value-of select="concat('error-', $name)"/></xsl:if>
            </xsl:attribute>
          </xsl:if>
          <xsl:if test="$error">
            <xsl:attribute name="aria-invalid">true</xsl:attribute>
          </xsl:if>
          <xsl:if test="string($required) = 'true'">
            <xsl:attribute name="required">required</xsl:attribute>
          </xsl:if>
        </input>
        <label class="checkbox-label" for="field-{$name}">
          <xsl:choose>
            <xsl:when test="string($label-content) != ''">
              <xsl:copy-of select="$label-content"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="$label"/>
            </xsl:otherwise>
          </xsl:choose>
        </label>
      </div>
      <xsl:if test="string($hint) != ''">
        <p class="hint checkbox-hint" id="hint-{$name}"><xsl:value-of select="$hint"/></p>
      </xsl:if>
    </div>
  </xsl:template>

  <!--
    notice: the confirmation after an action, from /page/msg: registered, logged-out,
    saved, password-changed, uploaded, removed (green) and expired (amber). Unknown codes
    show nothing.
  -->
  <xsl:template name="notice">
    <xsl:param name="msg" select="string(/page/msg)"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$msg = 'registered'"><xsl:value-of select="$t.msg.registered"/></xsl:when>
        <xsl:when test="$msg = 'logged-out'"><xsl:value-of select="$t.msg.logged_out"/></xsl:when>
        <xsl:when test="$msg = 'expired'"><xsl:value-of select="$t.msg.expired"/></xsl:when>
        <xsl:when test="$msg = 'saved'"><xsl:value-of select="$t.msg.saved"/></xsl:when>
        <xsl:when test="$msg = 'password-changed'"><xsl:value-of select="$t.msg.password_changed"/></xsl:when>
        <xsl:when test="$msg = 'uploaded'"><xsl:value-of select="$t.msg.uploaded"/></xsl:when>
        <xsl:when test="$msg = 'removed'"><xsl:value-of select="$t.msg.removed"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="string($text) != ''">
      <div role="status">
        <xsl:attribute name="class">
          <xsl:choose>
            <xsl:when test="$msg = 'expired'">banner banner-warn</xsl:when>
            <xsl:otherwise>banner banner-ok</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <p><xsl:value-of select="$text"/></p>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- province-title: "tỉnh Thanh Hóa", or "thành phố Hà Nội" when the site name says so. -->
  <xsl:template name="province-title">
    <xsl:choose>
      <xsl:when test="contains(translate($site/name, 'T', 't'), $t.city.match)">
        <xsl:value-of select="$t.city.kind"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$t.province.kind"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$site/province"/>
  </xsl:template>

  <!-- level-badge: the online level (4, 3, 2) as a short coloured label. -->
  <xsl:template name="level-badge">
    <xsl:param name="level"/>
    <span class="badge badge-level-{$level}">
      <xsl:choose>
        <xsl:when test="$level = 4"><xsl:value-of select="$t.level.4"/></xsl:when>
        <xsl:when test="$level = 3"><xsl:value-of select="$t.level.3"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.level.2"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- duration: a time limit in working hours (8 a day): "Trong ngày", "5 ngày làm việc",
       or hours when the days are not whole ("12 giờ làm việc"). -->
  <xsl:template name="duration">
    <xsl:param name="hours"/>
    <xsl:param name="same_day" select="0"/>
    <xsl:choose>
      <xsl:when test="$same_day = 1"><xsl:value-of select="$t.duration.same_day"/></xsl:when>
      <xsl:when test="not($hours &gt; 0)"><xsl:value-of select="$t.duration.none"/></xsl:when>
      <xsl:when test="$hours mod 8 = 0">
        <xsl:value-of select="format-number($hours div 8, '#.##0', 'vi')"/>
        <xsl:value-of select="$t.duration.days"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="format-number($hours, '#.##0', 'vi')"/>
        <xsl:value-of select="$t.duration.hours"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- money: an amount in đồng ("50.000 đồng", 0 as "Miễn phí"); count = 0 means the
       procedure has no fee at all ("Không mất phí"). -->
  <xsl:template name="money">
    <xsl:param name="amount"/>
    <xsl:param name="count" select="1"/>
    <xsl:choose>
      <xsl:when test="$count = 0"><xsl:value-of select="$t.money.none"/></xsl:when>
      <xsl:when test="$amount = 0"><xsl:value-of select="$t.money.free"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="format-number($amount, '#.##0', 'vi')"/>
        <xsl:value-of select="$t.money.unit"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- cccd-masked: a CCCD where the form does not ask for the whole number (receipts): its
       last four digits after eight dots ("••••••••1234"); value may be the whole number or
       its last four digits only. Nothing when empty. -->
  <xsl:template name="cccd-masked">
    <xsl:param name="value"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:if test="$v != ''">
      <xsl:value-of select="concat('••••••••', substring($v, string-length($v) - 3))"/>
    </xsl:if>
  </xsl:template>

  <!-- number: an integer with Vietnamese grouping ("1.234"). -->
  <xsl:template name="number">
    <xsl:param name="value"/>
    <xsl:value-of select="format-number($value, '#.##0', 'vi')"/>
  </xsl:template>

  <!--
    pagination: links to pages of a list, keeping its filters. base is the list's path,
    query its url-encoded query string without page= (may be empty). Shows the first and
    last page, two pages either side of the current one, and "…" for the gaps.
  -->
  <xsl:template name="pagination">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="page" select="1"/>
    <xsl:param name="pages" select="1"/>
    <xsl:if test="$pages &gt; 1">
      <xsl:variable name="from">
        <xsl:choose>
          <xsl:when test="$page - 2 &gt; 1"><xsl:value-of select="$page - 2"/></xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="to">
        <xsl:choose>
          <xsl:when test="$page + 2 &lt; $pages"><xsl:value-of select="$page + 2"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$pages"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <nav class="pagination" aria-label="{$t.pagination}">
        <ul>
          <xsl:if test="$page &gt; 1">
            <li class="pagination-prev">
              <a rel="prev">
                <xsl:attribute name="href">
                  <xsl:call-template name="page-href">
                    <xsl:with-param name="base" select="$base"/>
                    <xsl:with-param name="query" select="$query"/>
                    <xsl:with-param name="n" select="$page - 1"/>
                  </xsl:call-template>
                </xsl:attribute>
                <xsl:value-of select="$t.prev"/>
              </a>
            </li>
          </xsl:if>
          <xsl:if test="$from &gt; 1">
            <xsl:call-template name="page-link">
              <xsl:with-param name="base" select="$base"/>
              <xsl:with-param name="query" select="$query"/>
              <xsl:with-param name="n" select="1"/>
              <xsl:with-param name="page" select="$page"/>
            </xsl:call-template>
            <xsl:if test="$from &gt; 2">
              <li class="pagination-gap" aria-hidden="true">…</li>
            </xsl:if>
          </xsl:if>
          <xsl:call-template name="page-range">
            <xsl:with-param name="base" select="$base"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="n" select="number($from)"/>
            <xsl:with-param name="to" select="number($to)"/>
            <xsl:with-param name="page" select="$page"/>
          </xsl:call-template>
          <xsl:if test="$to &lt; $pages">
            <xsl:if test="$to &lt; $pages - 1">
              <li class="pagination-gap" aria-hidden="true">…</li>
            </xsl:if>
            <xsl:call-template name="page-link">
              <xsl:with-param name="base" select="$base"/>
              <xsl:with-param name="query" select="$query"/>
              <xsl:with-param name="n" select="$pages"/>
              <xsl:with-param name="page" select="$page"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$page &lt; $pages">
            <li class="pagination-next">
              <a rel="next">
                <xsl:attribute name="href">
                  <xsl:call-template name="page-href">
                    <xsl:with-param name="base" select="$base"/>
                    <xsl:with-param name="query" select="$query"/>
                    <xsl:with-param name="n" select="$page + 1"/>
                  </xsl:call-template>
                </xsl:attribute>
                <xsl:value-of select="$t.next"/>
              </a>
            </li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- At most five iterations (the current page and two either side). -->
  <xsl:template name="page-range">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="n"/>
    <xsl:param name="to"/>
    <xsl:param name="page"/>
    <xsl:if test="$n &lt;= $to">
      <xsl:call-template name="page-link">
        <xsl:with-param name="base" select="$base"/>
        <xsl:with-param name="query" select="$query"/>
        <xsl:with-param name="n" select="$n"/>
        <xsl:with-param name="page" select="$page"/>
      </xsl:call-template>
      <xsl:call-template name="page-range">
        <xsl:with-param name="base" select="$base"/>
        <xsl:with-param name="query" select="$query"/>
        <xsl:with-param name="n" select="$n + 1"/>
        <xsl:with-param name="to" select="$to"/>
        <xsl:with-param name="page" select="$page"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="page-link">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="n"/>
    <xsl:param name="page"/>
    <li>
      <a aria-label="{$t.page}{$n}">
        <xsl:attribute name="href">
          <xsl:call-template name="page-href">
            <xsl:with-param name="base" select="$base"/>
            <xsl:with-param name="query" select="$query"/>
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:if test="$n = $page">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$n"/>
      </a>
    </li>
  </xsl:template>

  <!-- The first page has no page= so that it has one address. -->
  <xsl:template name="page-href">
    <xsl:param name="base"/>
    <xsl:param name="query"/>
    <xsl:param name="n"/>
    <xsl:value-of select="$base"/>
    <xsl:choose>
      <xsl:when test="$n = 1 and $query != ''">
        <xsl:value-of select="concat('?', $query)"/>
      </xsl:when>
      <xsl:when test="$n = 1"/>
      <xsl:when test="$query != ''">
        <xsl:value-of select="concat('?', $query, '&amp;page=', $n)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('?page=', $n)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- file-types: a component's accepted types ("pdf,jpg,png") as "PDF, JPG, PNG". -->
  <!-- template-href: where a component's form template is downloaded: a shipped one at
       /static/forms/NAME, one uploaded in dvc-admin ("u/NAME", sql/032) at /forms/NAME. -->
  <xsl:template name="template-href">
    <xsl:param name="file"/>
    <xsl:choose>
      <xsl:when test="starts-with($file, 'u/')"><xsl:value-of select="concat('/forms/', substring($file, 3))"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('/static/forms/', $file)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="file-types">
    <xsl:param name="list"/>
    <xsl:variable name="l" select="translate($list, 'abcdefghijklmnopqrstuvwxyz ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
    <xsl:choose>
      <xsl:when test="contains($l, ',')">
        <xsl:value-of select="concat(substring-before($l, ','), $t.list.sep)"/>
        <xsl:call-template name="file-types">
          <xsl:with-param name="list" select="substring-after($l, ',')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$l"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Fees as the catalogue states them (sql/018). fee-price: a unit price and what it is
       the price of ("8.000 đồng/bản"), with the quantity when it is more than one copy or
       page ("× 3"). claim-percent: an exemption or a reduction (" (miễn)", " (giảm 50%)"). -->
  <xsl:template name="fee-price">
    <xsl:param name="price"/>
    <xsl:param name="unit" select="'fixed'"/>
    <xsl:param name="quantity" select="''"/>
    <xsl:call-template name="money">
      <xsl:with-param name="amount" select="$price"/>
    </xsl:call-template>
    <xsl:if test="$price &gt; 0">
      <xsl:choose>
        <xsl:when test="$unit = 'copy'"><xsl:value-of select="$t.fee.per.copy"/></xsl:when>
        <xsl:when test="$unit = 'page'"><xsl:value-of select="$t.fee.per.page"/></xsl:when>
      </xsl:choose>
      <xsl:if test="$unit != 'fixed' and string($quantity) != ''">
        <xsl:value-of select="concat($t.fee.times, $quantity)"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="claim-percent">
    <xsl:param name="percent"/>
    <xsl:choose>
      <xsl:when test="$percent = 100"><xsl:value-of select="$t.claim.exempt"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($t.claim.reduced, $percent, '%)')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
