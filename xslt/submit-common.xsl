<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-common.xsl — the pieces the submission pages (submit-*.xsl) share, and their words:
  radio, form-value, filesize, file-kind, fees-table, channel-text, postal-address,
  submit-steps and submit-head (see each), with
    i18n/vi-submit.xsl   the submission's own words
    i18n/vi-person.xsl   a person's and an organisation's fields, shared with the account views
    dossier-common.xsl   status-badge and the words shared with the staff views

  Imported by every submission view after layout.xsl (<xsl:import href="submit-common.xsl"/>),
  and by nothing else: the catalogue, account and staff views do not compile these words.
  The dossier is /page/dossier (id, status, code, procedure_name, applicant_*, org_*,
  channel, postal_*, …).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="dossier-common.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-submit.xsl"/>

  <!--
    radio: one radio button with its label and hint; the page wraps a group in a fieldset.
      name, value, label, hint   as for field (the hint's id is hint-NAME-VALUE)
      checked    true() to select it
      first      true() for the group's first button: its id is field-NAME, where the error
                 summary's link lands; the others are field-NAME-VALUE
  -->
  <xsl:template name="radio">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="checked" select="false()"/>
    <xsl:param name="first" select="false()"/>
    <xsl:variable name="id">
      <xsl:value-of select="concat('field-', $name)"/>
      <xsl:if test="not($first)"><xsl:value-of select="concat('-', $value)"/></xsl:if>
    </xsl:variable>
    <div class="radio">
      <input type="radio" id="{$id}" name="{$name}" value="{$value}">
        <xsl:if test="$checked">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
        <xsl:if test="string($hint) != ''">
          <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('hint-', $name, '-', $value)"/></xsl:attribute>
        </xsl:if>
      </input>
      <div class="radio-text">
        <label for="{$id}"><xsl:value-of select="$label"/></label>
        <xsl:if test="string($hint) != ''">
          <p class="hint radio-hint" id="hint-{$name}-{$value}"><xsl:value-of select="$hint"/></p>
        </xsl:if>
      </div>
    </div>
  </xsl:template>

  <!-- form-value: what a field shows: what was typed (/page/form/value) when the form came
       back, else what is saved (default: the dossier's element of the same name). -->
  <xsl:template name="form-value">
    <xsl:param name="name"/>
    <xsl:param name="default" select="/page/dossier/*[local-name() = $name]"/>
    <xsl:choose>
      <xsl:when test="/page/form/value[@name = $name]">
        <xsl:value-of select="/page/form/value[@name = $name]"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- filesize: a size in bytes for people: "812 byte", "179 KB" (rounded up), "4,8 MB". -->
  <xsl:template name="filesize">
    <xsl:param name="bytes"/>
    <xsl:choose>
      <xsl:when test="$bytes &lt; 1024">
        <xsl:value-of select="concat(format-number($bytes, '#.##0', 'vi'), $t.size.b)"/>
      </xsl:when>
      <xsl:when test="$bytes &lt; 1048576">
        <xsl:value-of select="concat(format-number(ceiling($bytes div 1024), '#.##0', 'vi'), $t.size.kb)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(format-number($bytes div 1048576, '#.##0,#', 'vi'), $t.size.mb)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- file-kind: a stored file's type (sniffed from its content) as its usual short name. -->
  <xsl:template name="file-kind">
    <xsl:param name="mime"/>
    <xsl:choose>
      <xsl:when test="$mime = 'application/pdf'">PDF</xsl:when>
      <xsl:when test="$mime = 'image/jpeg'">JPG</xsl:when>
      <xsl:when test="$mime = 'image/png'">PNG</xsl:when>
      <xsl:when test="$mime = 'application/msword'">DOC</xsl:when>
      <xsl:when test="$mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'">DOCX</xsl:when>
      <xsl:when test="$mime = 'application/vnd.ms-excel'">XLS</xsl:when>
      <xsl:when test="$mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'">XLSX</xsl:when>
      <xsl:otherwise><xsl:value-of select="$mime"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    fees-table: a dossier's fees with the total due. fees/fee: kind le_phi|phi, name, stage,
    note, optional, and either the procedure's row for a draft (price, the online unit price;
    amount and amount_online, at the counter and online; unit, quantity, percent claimed, full,
    due, takes_quantity) or the dossier's row (unit_amount, unit, quantity, full_amount, due).
    quantities: an input q{sort} for each fee that takes a quantity (the fees form). 0 đồng is
    "Miễn phí". No fee at all: one sentence.
  -->
  <xsl:template name="fees-table">
    <xsl:param name="fees" select="/page/fees"/>
    <xsl:param name="quantities" select="false()"/>
    <xsl:choose>
      <xsl:when test="$fees/fee">
        <table class="table table-stack fees-table">
          <caption class="visually-hidden"><xsl:value-of select="$t.fee"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t.fee.name"/></th>
              <th scope="col"><xsl:value-of select="$t.fee.kind"/></th>
              <th scope="col" class="num"><xsl:value-of select="$t.fee.amount"/></th>
              <th scope="col"><xsl:value-of select="$t.fee.stage"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$fees/fee">
              <tr>
                <th scope="row">
                  <xsl:value-of select="name"/>
                  <xsl:if test="optional = 1">
                    <xsl:value-of select="$t.fee.optional"/>
                  </xsl:if>
                  <span class="cell-note">
                    <xsl:call-template name="fee-price">
                      <xsl:with-param name="price" select="concat(price, unit_amount)"/>
                      <xsl:with-param name="unit" select="unit"/>
                      <xsl:with-param name="quantity" select="quantity"/>
                    </xsl:call-template>
                    <xsl:if test="amount_online != '' and amount_online != amount">
                      <xsl:value-of select="concat($t.list.sep, $t.fee.counter)"/>
                      <xsl:call-template name="fee-price">
                        <xsl:with-param name="price" select="amount"/>
                        <xsl:with-param name="unit" select="unit"/>
                      </xsl:call-template>
                    </xsl:if>
                    <xsl:if test="percent &gt; 0">
                      <xsl:call-template name="claim-percent">
                        <xsl:with-param name="percent" select="percent"/>
                      </xsl:call-template>
                    </xsl:if>
                  </span>
                  <xsl:if test="note != ''">
                    <span class="cell-note"><xsl:value-of select="note"/></span>
                  </xsl:if>
                  <xsl:if test="$quantities and takes_quantity = 1">
                    <xsl:variable name="key" select="concat('q', sort)"/>
                    <xsl:variable name="sent" select="/page/form/value[@name = $key]"/>
                    <span class="fee-quantity">
                      <xsl:call-template name="field-error">
                        <xsl:with-param name="name" select="$key"/>
                      </xsl:call-template>
                      <label class="label" for="{$key}">
                        <xsl:choose>
                          <xsl:when test="unit = 'page'"><xsl:value-of select="$t.fees.pages"/></xsl:when>
                          <xsl:otherwise><xsl:value-of select="$t.fees.copies"/></xsl:otherwise>
                        </xsl:choose>
                      </label>
                      <input class="input input-short" type="text" inputmode="numeric" id="{$key}" name="{$key}" maxlength="4">
                        <xsl:attribute name="value">
                          <xsl:choose>
                            <xsl:when test="$sent"><xsl:value-of select="$sent"/></xsl:when>
                            <xsl:otherwise><xsl:value-of select="quantity"/></xsl:otherwise>
                          </xsl:choose>
                        </xsl:attribute>
                      </input>
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
                  <xsl:call-template name="money">
                    <xsl:with-param name="amount" select="due"/>
                  </xsl:call-template>
                </td>
                <td data-label="{$t.fee.stage}">
                  <xsl:choose>
                    <xsl:when test="stage = 'supplement'"><xsl:value-of select="$t.fee.stage.supplement"/></xsl:when>
                    <xsl:when test="stage = 'result'"><xsl:value-of select="$t.fee.stage.result"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$t.fee.stage.submission"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row"><xsl:value-of select="$t.fee.total.due"/></th>
              <td></td>
              <td class="num" data-label="{$t.fee.amount}">
                <xsl:call-template name="money">
                  <xsl:with-param name="amount" select="sum($fees/fee/due)"/>
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

  <!-- channel-text: how the result comes back, in words (nothing when not chosen yet). -->
  <xsl:template name="channel-text">
    <xsl:param name="d" select="/page/dossier"/>
    <xsl:choose>
      <xsl:when test="$d/channel = 'online'"><xsl:value-of select="$t.channel.online.long"/></xsl:when>
      <xsl:when test="$d/channel = 'postal'"><xsl:value-of select="$t.channel.postal.long"/></xsl:when>
      <xsl:when test="$d/channel = 'counter'">
        <xsl:value-of select="concat($t.channel.counter.at, $d/agency_name)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- postal-address: where the post brings the result, and to whom: two lines. -->
  <xsl:template name="postal-address">
    <xsl:param name="d" select="/page/dossier"/>
    <span class="address-line">
      <xsl:value-of select="$d/postal_street"/>
      <xsl:if test="$d/postal_commune != ''">
        <xsl:value-of select="concat($t.list.sep, $d/postal_commune)"/>
      </xsl:if>
      <xsl:if test="$d/postal_province_name != ''">
        <xsl:value-of select="concat($t.list.sep, $d/postal_province_name)"/>
      </xsl:if>
    </span>
    <xsl:if test="$d/postal_recipient != '' or $d/postal_phone != ''">
      <span class="address-line">
        <xsl:value-of select="concat($t.postal.to, $d/postal_recipient)"/>
        <xsl:if test="$d/postal_phone != ''">
          <xsl:value-of select="concat($t.dot.sep, $t.phone, ': ', $d/postal_phone)"/>
        </xsl:if>
      </span>
    </xsl:if>
  </xsl:template>

  <!--
    submit-steps: where the applicant is in the submission, as an ordered list: thông tin →
    thành phần hồ sơ → nhận kết quả → lệ phí → xác nhận.
      current   info | files | delivery | fees | review: marked aria-current="step"
      reached   the furthest step the applicant may open: the current one and those before
                it are links, and so are later ones up to reached. Default /page/dossier/reached
                when the page has it; else all of them once a result channel is chosen (the
                applicant has been through to step 3); else none after the current one.
  -->
  <xsl:template name="submit-steps">
    <xsl:param name="current"/>
    <xsl:param name="reached">
      <xsl:choose>
        <xsl:when test="/page/dossier/reached != ''"><xsl:value-of select="/page/dossier/reached"/></xsl:when>
        <xsl:when test="/page/dossier/channel != ''">review</xsl:when>
        <xsl:otherwise><xsl:value-of select="$current"/></xsl:otherwise>
      </xsl:choose>
    </xsl:param>
    <xsl:variable name="order" select="'|info|files|delivery|fees|review|'"/>
    <xsl:variable name="at-current" select="string-length(substring-before($order, concat('|', $current, '|')))"/>
    <xsl:variable name="at-reached" select="string-length(substring-before($order, concat('|', $reached, '|')))"/>
    <xsl:variable name="last">
      <xsl:choose>
        <xsl:when test="$at-reached &gt; $at-current"><xsl:value-of select="$at-reached"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$at-current"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <nav class="steps" aria-label="{$t.steps.label}">
      <ol class="steps-list">
        <xsl:call-template name="submit-step">
          <xsl:with-param name="step" select="'info'"/>
          <xsl:with-param name="n" select="1"/>
          <xsl:with-param name="label" select="$t.step.info"/>
          <xsl:with-param name="current" select="$current"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="order" select="$order"/>
        </xsl:call-template>
        <xsl:call-template name="submit-step">
          <xsl:with-param name="step" select="'files'"/>
          <xsl:with-param name="n" select="2"/>
          <xsl:with-param name="label" select="$t.step.files"/>
          <xsl:with-param name="current" select="$current"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="order" select="$order"/>
        </xsl:call-template>
        <xsl:call-template name="submit-step">
          <xsl:with-param name="step" select="'delivery'"/>
          <xsl:with-param name="n" select="3"/>
          <xsl:with-param name="label" select="$t.step.delivery"/>
          <xsl:with-param name="current" select="$current"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="order" select="$order"/>
        </xsl:call-template>
        <xsl:call-template name="submit-step">
          <xsl:with-param name="step" select="'fees'"/>
          <xsl:with-param name="n" select="4"/>
          <xsl:with-param name="label" select="$t.step.fees"/>
          <xsl:with-param name="current" select="$current"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="order" select="$order"/>
        </xsl:call-template>
        <xsl:call-template name="submit-step">
          <xsl:with-param name="step" select="'review'"/>
          <xsl:with-param name="n" select="5"/>
          <xsl:with-param name="label" select="$t.step.review"/>
          <xsl:with-param name="current" select="$current"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="order" select="$order"/>
        </xsl:call-template>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template name="submit-step">
    <xsl:param name="step"/>
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <xsl:param name="current"/>
    <xsl:param name="last"/>
    <xsl:param name="order"/>
    <xsl:variable name="at" select="string-length(substring-before($order, concat('|', $step, '|')))"/>
    <xsl:choose>
      <xsl:when test="$step = $current">
        <li class="step step-current" aria-current="step">
          <span class="step-no"><xsl:value-of select="$n"/></span>
          <span class="step-label"><xsl:value-of select="$label"/></span>
        </li>
      </xsl:when>
      <xsl:when test="$at &lt;= $last">
        <li class="step step-open">
          <a class="step-link" href="/submit/{/page/dossier/id}/{$step}">
            <span class="step-no"><xsl:value-of select="$n"/></span>
            <span class="step-label"><xsl:value-of select="$label"/></span>
          </a>
        </li>
      </xsl:when>
      <xsl:otherwise>
        <li class="step">
          <span class="step-no"><xsl:value-of select="$n"/></span>
          <span class="step-label"><xsl:value-of select="$label"/></span>
        </li>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- submit-head: the top of a submission step: the steps, the procedure, the step's h1. -->
  <xsl:template name="submit-head">
    <xsl:param name="current"/>
    <xsl:param name="title"/>
    <xsl:call-template name="submit-steps">
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <p class="caption submit-caption"><xsl:value-of select="/page/dossier/procedure_name"/></p>
    <h1><xsl:value-of select="$title"/></h1>
    <xsl:if test="/page/dossier/status = 0">
      <xsl:call-template name="draft-expiry">
        <xsl:with-param name="on" select="/page/dossier/expires_on"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
