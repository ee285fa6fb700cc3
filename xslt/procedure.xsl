<?xml version="1.0" encoding="UTF-8"?>
<!--
  procedure.xsl — one procedure, everything a citizen needs before applying ("/procedures/CODE").

  Input: /page with
    procedure   id, code, version, name, level (4|3|2), gov_level (province|commune),
                processing_hours, same_day,
                processing_note, channels ("counter,online,postal" subset), presence_note,
                applicants, applicant_kinds ("citizen,organisation" subset), steps/line,
                requirements/line, result, legal_basis/line, field_id, field_code, field_name,
                agency_id, agency_code, agency_name, agency_address, agency_phone, agency_email
    components  component: sort, name, required, originals, copies, file_types ("pdf,jpg"),
                max_size_kb, note, template_name, template_file (empty when no template)
    fees        fee: id, kind (le_phi|phi), name, amount (at the counter), amount_online (when
                an online submission pays less), unit (fixed|copy|page), stage
                (submission|supplement|result), optional, note
    exemptions  exemption: fee_id, ground, percent, proof (who is exempt or pays less)
    versions    version: version, published_at, until (dd/mm/yyyy HH:MM; none for the current
                one), current (1|0), withdrawn (1|0): every version of the code, newest first
    receivers   unit: id, code, name, kind, address, phone: where a province-level procedure is
                received, in order (the Public Administration Service Centre first); empty for
                a commune-level one, which any commune or ward receives (Decree 118/2025)
  Empty elements mean "none". The one main action is "Nộp hồ sơ trực tuyến" (levels 4 and 3).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <!--
    Catalogue steps are written "Bước 1: …" with detail lines in between. The numbered lines
    become list items; each detail line is found by the id of the numbered line before it
    (the empty id: lines before the first step).
  -->
  <xsl:key name="step-detail"
           match="steps/line[not(starts-with(normalize-space(.), 'Bước '))]"
           use="generate-id(preceding-sibling::line[starts-with(normalize-space(.), 'Bước ')][1])"/>

  <xsl:variable name="p" select="/page/procedure"/>
  <xsl:variable name="channels" select="concat(',', $p/channels, ',')"/>
  <xsl:variable name="online" select="$p/level = 4 or $p/level = 3"/>
  <xsl:variable name="units" select="/page/receivers/unit"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$p/name"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/procedures"><xsl:value-of select="$t.nav.procedures"/></a></li>
    <li><a href="/procedures?field={$p/field_id}"><xsl:value-of select="$p/field_name"/></a></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="detail">
      <div class="detail-head">
        <h1><xsl:value-of select="$p/name"/></h1>
        <p class="code-line">
          <xsl:value-of select="concat($t.code, ': ')"/>
          <span class="code"><xsl:value-of select="$p/code"/></span>
          <xsl:value-of select="concat($t.dot.sep, $t.version, $p/version)"/>
        </p>
        <!-- Before the summary: on a phone, on the first screen. -->
        <xsl:if test="$online">
          <div class="apply">
            <xsl:call-template name="apply-button"/>
          </div>
        </xsl:if>
        <xsl:call-template name="summary"/>
        <xsl:call-template name="level-panel"/>
      </div>

      <nav class="toc" aria-labelledby="toc-h">
        <h2 id="toc-h" class="h-sm"><xsl:value-of select="$t.toc"/></h2>
        <ul>
          <li><a href="#components"><xsl:value-of select="$t.components"/></a></li>
          <li><a href="#steps"><xsl:value-of select="$t.steps"/></a></li>
          <li><a href="#time"><xsl:value-of select="$t.duration"/></a></li>
          <li><a href="#fees"><xsl:value-of select="$t.fee"/></a></li>
          <li><a href="#requirements"><xsl:value-of select="$t.requirements"/></a></li>
          <li><a href="#result"><xsl:value-of select="$t.result"/></a></li>
          <xsl:if test="$p/legal_basis/line">
            <li><a href="#legal"><xsl:value-of select="$t.legal"/></a></li>
          </xsl:if>
          <li><a href="#contact"><xsl:value-of select="$t.contact"/></a></li>
        </ul>
      </nav>

      <div class="detail-body">
        <section id="components" aria-labelledby="components-h">
          <h2 id="components-h"><xsl:value-of select="$t.components"/></h2>
          <xsl:apply-templates select="components"/>
        </section>

        <section id="steps" aria-labelledby="steps-h">
          <h2 id="steps-h"><xsl:value-of select="$t.steps"/></h2>
          <xsl:apply-templates select="$p/steps"/>
        </section>

        <section id="time" aria-labelledby="time-h">
          <h2 id="time-h"><xsl:value-of select="$t.duration"/></h2>
          <p class="big">
            <xsl:call-template name="duration">
              <xsl:with-param name="hours" select="$p/processing_hours"/>
              <xsl:with-param name="same_day" select="$p/same_day"/>
            </xsl:call-template>
          </p>
          <xsl:if test="$p/processing_note != ''">
            <p><xsl:value-of select="$p/processing_note"/></p>
          </xsl:if>
          <p class="hint">
            <xsl:choose>
              <xsl:when test="$p/same_day = 1"><xsl:value-of select="$t.same_day.note"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.duration.from"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </section>

        <section id="fees" aria-labelledby="fees-h">
          <h2 id="fees-h"><xsl:value-of select="$t.fee"/></h2>
          <xsl:apply-templates select="fees"/>
        </section>

        <section id="requirements" aria-labelledby="requirements-h">
          <h2 id="requirements-h"><xsl:value-of select="$t.requirements"/></h2>
          <xsl:choose>
            <xsl:when test="$p/requirements/line">
              <ul class="bullets">
                <xsl:for-each select="$p/requirements/line">
                  <li><xsl:value-of select="."/></li>
                </xsl:for-each>
              </ul>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.requirements.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </section>

        <section id="result" aria-labelledby="result-h">
          <h2 id="result-h"><xsl:value-of select="$t.result"/></h2>
          <p><xsl:value-of select="$p/result"/></p>
          <h3><xsl:value-of select="$t.channels"/></h3>
          <xsl:call-template name="channels">
            <xsl:with-param name="class" select="'bullets'"/>
          </xsl:call-template>
        </section>

        <xsl:if test="$p/legal_basis/line">
          <section id="legal" aria-labelledby="legal-h">
            <h2 id="legal-h"><xsl:value-of select="$t.legal"/></h2>
            <ul class="bullets">
              <xsl:for-each select="$p/legal_basis/line">
                <li><xsl:value-of select="."/></li>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:if>

        <section id="contact" aria-labelledby="contact-h">
          <h2 id="contact-h"><xsl:value-of select="$t.contact"/></h2>
          <xsl:call-template name="contact"/>
        </section>

        <xsl:call-template name="versions"/>

        <div class="apply apply-end">
          <xsl:choose>
            <xsl:when test="$online">
              <h2 class="h-sm"><xsl:value-of select="$t.apply.ready"/></h2>
              <xsl:call-template name="apply-button"/>
            </xsl:when>
            <xsl:otherwise>
              <div class="notice">
                <p><strong><xsl:value-of select="$t.apply.counter"/></strong></p>
                <p><a href="#contact"><xsl:value-of select="$t.contact"/></a></p>
              </div>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </div>
    </div>
  </xsl:template>

  <!-- The facts at a glance. -->
  <xsl:template name="summary">
    <h2 class="visually-hidden"><xsl:value-of select="$t.summary"/></h2>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="$t.level"/></dt>
        <dd>
          <xsl:call-template name="level-badge">
            <xsl:with-param name="level" select="$p/level"/>
          </xsl:call-template>
        </dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.field"/></dt>
        <dd><xsl:value-of select="$p/field_name"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.agency"/></dt>
        <dd><xsl:value-of select="$p/agency_name"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.gov_level"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$p/gov_level = 'commune'"><xsl:value-of select="$t.gov_level.commune"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.gov_level.province"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.receivers"/></dt>
        <dd><xsl:call-template name="receivers"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.applicants"/></dt>
        <dd>
          <xsl:value-of select="$p/applicants"/>
          <xsl:call-template name="applicant-kinds"/>
        </dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.duration"/></dt>
        <dd>
          <xsl:call-template name="duration">
            <xsl:with-param name="hours" select="$p/processing_hours"/>
            <xsl:with-param name="same_day" select="$p/same_day"/>
          </xsl:call-template>
        </dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.fee"/></dt>
        <dd>
          <xsl:call-template name="money">
            <xsl:with-param name="amount" select="sum(fees/fee[optional = 0 and string(amount_online) = '']/amount)
                + sum(fees/fee[optional = 0 and string(amount_online) != '']/amount_online)"/>
            <xsl:with-param name="count" select="count(fees/fee)"/>
          </xsl:call-template>
        </dd>
      </div>
      <div>
        <dt><xsl:value-of select="$t.channels"/></dt>
        <dd>
          <xsl:call-template name="channels">
            <xsl:with-param name="class" select="'plain'"/>
          </xsl:call-template>
        </dd>
      </div>
    </dl>
  </xsl:template>

  <xsl:template name="applicant-kinds">
    <xsl:variable name="kinds" select="concat(',', $p/applicant_kinds, ',')"/>
    <xsl:if test="$p/applicant_kinds != ''">
      <span class="tags">
        <xsl:if test="contains($kinds, ',citizen,')">
          <span class="tag"><xsl:value-of select="$t.kind.citizen"/></span>
        </xsl:if>
        <xsl:if test="contains($kinds, ',organisation,')">
          <xsl:text> </xsl:text>
          <span class="tag"><xsl:value-of select="$t.kind.organisation"/></span>
        </xsl:if>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- What the level means for the applicant (Decree 42/2022, Art. 11). -->
  <xsl:template name="level-panel">
    <div class="panel panel-level-{$p/level}">
      <xsl:choose>
        <xsl:when test="$p/level = 4">
          <h2 class="h-sm"><xsl:value-of select="$t.level.4.title"/></h2>
          <p><xsl:value-of select="$t.level.4.text"/></p>
        </xsl:when>
        <xsl:when test="$p/level = 3">
          <h2 class="h-sm"><xsl:value-of select="$t.level.3.title"/></h2>
          <xsl:choose>
            <xsl:when test="$p/presence_note != ''">
              <p><xsl:value-of select="$t.level.3.text"/></p>
              <p class="presence"><xsl:value-of select="$p/presence_note"/></p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.level.3.default"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>
          <h2 class="h-sm"><xsl:value-of select="$t.level.2.title"/></h2>
          <p><xsl:value-of select="$t.level.2.text"/></p>
          <xsl:choose>
            <xsl:when test="$p/gov_level = 'commune' or not($units)">
              <p class="presence"><xsl:value-of select="$t.receivers.commune"/></p>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="$units">
                <p class="presence">
                  <xsl:value-of select="name"/>
                  <xsl:if test="address != ''">
                    <xsl:value-of select="concat($t.list.sep, address)"/>
                  </xsl:if>
                </p>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="$p/presence_note != ''">
            <p><xsl:value-of select="$p/presence_note"/></p>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Nơi tiếp nhận: any commune or ward for a commune-level procedure (Decree 118/2025),
       else the receiving units by name. -->
  <xsl:template name="receivers">
    <xsl:choose>
      <xsl:when test="$p/gov_level = 'commune' or not($units)">
        <xsl:value-of select="$t.receivers.commune"/>
      </xsl:when>
      <xsl:otherwise>
        <ul class="plain">
          <xsl:for-each select="$units">
            <li><xsl:value-of select="name"/></li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="apply-button">
    <a class="button button-start" href="/submit/new?procedure={$p/code}">
      <xsl:value-of select="$t.apply"/>
    </a>
    <p class="hint"><xsl:value-of select="$t.apply.hint"/></p>
  </xsl:template>

  <!-- The result channels in words, in the National Portal's order (1 counter, 2 online, 3 post). -->
  <xsl:template name="channels">
    <xsl:param name="class"/>
    <ul class="{$class}">
      <xsl:if test="contains($channels, ',counter,')">
        <li><xsl:value-of select="$t.channel.counter"/></li>
      </xsl:if>
      <xsl:if test="contains($channels, ',online,')">
        <li><xsl:value-of select="$t.channel.online"/></li>
      </xsl:if>
      <xsl:if test="contains($channels, ',postal,')">
        <li><xsl:value-of select="$t.channel.postal"/></li>
      </xsl:if>
    </ul>
  </xsl:template>

  <!-- Thành phần hồ sơ: one row per component, stacked into cards on a phone. Accepted file
       types matter only where the dossier is uploaded (levels 4 and 3). -->
  <xsl:template match="components">
    <xsl:choose>
      <xsl:when test="component">
        <xsl:if test="$online">
          <p><xsl:value-of select="$t.components.lead"/></p>
        </xsl:if>
        <table class="table table-stack">
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t.comp.name"/></th>
              <th scope="col"><xsl:value-of select="$t.comp.quantity"/></th>
              <xsl:if test="$online">
                <th scope="col"><xsl:value-of select="$t.comp.files"/></th>
              </xsl:if>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="component"/>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t.components.none"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="component">
    <tr>
      <th scope="row" class="comp-name">
        <span class="comp-no"><xsl:value-of select="concat(sort, '.')"/></span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="name"/>
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="required = 1">
            <span class="tag tag-required"><xsl:value-of select="$t.comp.required"/></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="tag"><xsl:value-of select="$t.comp.optional"/></span>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="note != ''">
          <span class="comp-note"><xsl:value-of select="note"/></span>
        </xsl:if>
        <xsl:if test="template_file != ''">
          <span class="comp-template">
            <xsl:value-of select="$t.comp.template"/>
            <a>
              <xsl:attribute name="href"><xsl:call-template name="template-href"><xsl:with-param name="file" select="template_file"/></xsl:call-template></xsl:attribute><xsl:attribute name="download"/>
              <xsl:value-of select="template_name"/>
              <xsl:if test="template_name = ''"><xsl:value-of select="substring(template_file, 1 + 2 * starts-with(template_file, 'u/'))"/></xsl:if>
            </a>
            <xsl:value-of select="concat(' (', translate(substring-after(template_file, '.'),
                                  'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), ')')"/>
          </span>
        </xsl:if>
      </th>
      <td data-label="{$t.comp.quantity}">
        <span class="nowrap"><xsl:value-of select="concat($t.comp.originals, originals)"/></span>
        <xsl:value-of select="$t.dot.sep"/>
        <span class="nowrap"><xsl:value-of select="concat($t.comp.copies, copies)"/></span>
      </td>
      <xsl:if test="$online">
        <td data-label="{$t.comp.files}">
          <xsl:call-template name="file-types">
            <xsl:with-param name="list" select="translate(file_types, 'abcdefghijklmnopqrstuvwxyz ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
          </xsl:call-template>
          <xsl:if test="max_size_kb &gt; 0">
            <span class="comp-size">
              <xsl:value-of select="concat($t.comp.max, format-number(max_size_kb div 1024, '#.##0,#', 'vi'), $t.comp.mb)"/>
            </span>
          </xsl:if>
        </td>
      </xsl:if>
    </tr>
  </xsl:template>

  <!-- Trình tự thực hiện: numbered steps with their detail lines. -->
  <xsl:template match="steps">
    <xsl:variable name="numbered" select="line[starts-with(normalize-space(.), 'Bước ')]"/>
    <xsl:choose>
      <xsl:when test="$numbered">
        <xsl:for-each select="key('step-detail', '')">
          <p><xsl:value-of select="."/></p>
        </xsl:for-each>
        <ol class="step-list">
          <xsl:for-each select="$numbered">
            <li>
              <xsl:call-template name="step-text"/>
              <xsl:for-each select="key('step-detail', generate-id())">
                <p class="step-detail"><xsl:value-of select="."/></p>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <ol class="step-list">
          <xsl:for-each select="line">
            <li><xsl:value-of select="."/></li>
          </xsl:for-each>
        </ol>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A step line without its "Bước N:" or "Bước N." prefix (the list numbers it). -->
  <xsl:template name="step-text">
    <xsl:variable name="s" select="normalize-space(.)"/>
    <xsl:variable name="colon" select="substring-after(substring-before($s, ':'), 'Bước ')"/>
    <xsl:variable name="dot" select="substring-after(substring-before($s, '.'), 'Bước ')"/>
    <xsl:choose>
      <xsl:when test="$colon != '' and translate($colon, '0123456789', '') = ''">
        <xsl:value-of select="normalize-space(substring-after($s, ':'))"/>
      </xsl:when>
      <xsl:when test="$dot != '' and translate($dot, '0123456789', '') = ''">
        <xsl:value-of select="normalize-space(substring-after($s, '.'))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Phí, lệ phí: a table with the total, or a sentence when there is none. -->
  <xsl:template match="fees">
    <xsl:choose>
      <xsl:when test="fee">
        <table class="table table-stack">
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t.fee.name"/></th>
              <th scope="col"><xsl:value-of select="$t.fee.kind"/></th>
              <th scope="col" class="num"><xsl:value-of select="$t.fee.amount"/></th>
              <th scope="col"><xsl:value-of select="$t.fee.stage"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="fee"/>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row"><xsl:value-of select="$t.fee.total"/></th>
              <td></td>
              <td class="num" data-label="{$t.fee.amount}">
                <xsl:call-template name="money">
                  <xsl:with-param name="amount" select="sum(fee[optional = 0 and string(amount_online) = '']/amount)
                      + sum(fee[optional = 0 and string(amount_online) != '']/amount_online)"/>
                </xsl:call-template>
              </td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <p class="big"><xsl:value-of select="$t.fees.none"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="fee">
    <tr>
      <th scope="row">
        <xsl:value-of select="name"/>
        <xsl:if test="note != ''">
          <span class="comp-note"><xsl:value-of select="note"/></span>
        </xsl:if>
        <xsl:variable name="id" select="id"/>
        <xsl:if test="/page/exemptions/exemption[fee_id = $id]">
          <span class="comp-note">
            <xsl:value-of select="$t.fee.exemptions"/>
            <xsl:for-each select="/page/exemptions/exemption[fee_id = $id]">
              <xsl:if test="position() &gt; 1"><xsl:value-of select="'; '"/></xsl:if>
              <xsl:value-of select="ground"/>
              <xsl:call-template name="claim-percent"><xsl:with-param name="percent" select="percent"/></xsl:call-template>
              <xsl:value-of select="concat(' — ', $t.fee.exemption.proof, proof)"/>
            </xsl:for-each>
          </span>
        </xsl:if>
      </th>
      <td class="nowrap" data-label="{$t.fee.kind}">
        <xsl:choose>
          <xsl:when test="kind = 'phi'"><xsl:value-of select="$t.fee.kind.phi"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.fee.kind.le_phi"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td class="num" data-label="{$t.fee.amount}">
        <xsl:choose>
          <xsl:when test="string(amount_online) != '' and amount_online != amount">
            <span class="fee-line"><xsl:value-of select="$t.fee.online"/>
              <xsl:call-template name="fee-price">
                <xsl:with-param name="price" select="amount_online"/>
                <xsl:with-param name="unit" select="unit"/>
              </xsl:call-template>
            </span>
            <span class="fee-line"><xsl:value-of select="$t.fee.counter"/>
              <xsl:call-template name="fee-price">
                <xsl:with-param name="price" select="amount"/>
                <xsl:with-param name="unit" select="unit"/>
              </xsl:call-template>
            </span>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="fee-price">
              <xsl:with-param name="price" select="amount"/>
              <xsl:with-param name="unit" select="unit"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td data-label="{$t.fee.stage}">
        <xsl:choose>
          <xsl:when test="stage = 'supplement'"><xsl:value-of select="$t.fee.stage.supplement"/></xsl:when>
          <xsl:when test="stage = 'result'"><xsl:value-of select="$t.fee.stage.result"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.fee.stage.submission"/></xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="contact">
    <p><strong><xsl:value-of select="$p/agency_name"/></strong></p>
    <dl class="summary summary-compact">
      <xsl:if test="$p/agency_address != ''">
        <div>
          <dt><xsl:value-of select="$t.address"/></dt>
          <dd><xsl:value-of select="$p/agency_address"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="$p/agency_phone != ''">
        <div>
          <dt><xsl:value-of select="$t.phone"/></dt>
          <dd>
            <a href="tel:{translate($p/agency_phone, ' .()-', '')}"><xsl:value-of select="$p/agency_phone"/></a>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="$p/agency_email != ''">
        <div>
          <dt><xsl:value-of select="$t.email"/></dt>
          <dd><a href="mailto:{$p/agency_email}"><xsl:value-of select="$p/agency_email"/></a></dd>
        </div>
      </xsl:if>
    </dl>
    <xsl:if test="$units[id != $p/agency_id]">
      <h3><xsl:value-of select="$t.receivers.contact"/></h3>
      <xsl:for-each select="$units[id != $p/agency_id]">
        <p><strong><xsl:value-of select="name"/></strong></p>
        <dl class="summary summary-compact">
          <xsl:if test="address != ''">
            <div>
              <dt><xsl:value-of select="$t.address"/></dt>
              <dd><xsl:value-of select="address"/></dd>
            </div>
          </xsl:if>
          <xsl:if test="phone != ''">
            <div>
              <dt><xsl:value-of select="$t.phone"/></dt>
              <dd><a href="tel:{translate(phone, ' .()-', '')}"><xsl:value-of select="phone"/></a></dd>
            </div>
          </xsl:if>
        </dl>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The versions of the procedure, newest first: each in force from its publication until
       the next one (a dossier keeps the version it was received under). -->
  <xsl:template name="versions">
    <section id="versions" aria-labelledby="versions-h">
      <h2 id="versions-h"><xsl:value-of select="$t.versions"/></h2>
      <table class="table table-stack">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t.versions.version"/></th>
            <th scope="col"><xsl:value-of select="$t.versions.from"/></th>
            <th scope="col"><xsl:value-of select="$t.versions.until"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="/page/versions/version">
            <tr>
              <td data-label="{$t.versions.version}"><xsl:value-of select="version"/></td>
              <td data-label="{$t.versions.from}"><xsl:value-of select="published_at"/></td>
              <td data-label="{$t.versions.until}">
                <xsl:choose>
                  <xsl:when test="current = 1"><xsl:value-of select="$t.versions.current"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="until"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

</xsl:stylesheet>
