<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-receipt.xsl — the receipt and appointment slip of a submitted dossier
  ("/submit/ID/receipt"), after Form 1 of Circular 03/2025/TT-VPCP (Giấy tiếp nhận hồ sơ và
  hẹn trả kết quả), on screen and on one A4 page from the browser's print.

  Input: /page with user, msg (optional: submitted, just after submitting) and
    dossier     see submit-common.xsl; here with code, status, submitted_at and due_at
                (dd/mm/yyyy HH:mm), processing_hours, same_day, fee_total, agency_name and
                agency_address (the receiving unit: the slip is its own)
    components  component: sort, name, files/file (the electronic copies submitted)
    fees        fee: … as on the fees step (optional; without it, dossier/fee_total)
    qr          size (modules), path (SVG path data of the dark modules): the QR code of
    track_url   the public tracking address of the dossier (/track/TOKEN), printed under the
                code, and a link on screen beside "Hồ sơ của tôi" (/dossiers/)
    results     file: id, name — the electronic result, once returned (status 10)
  The page is a .slip: printing it shows the slip alone (see dvc.css).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="concat($t.receipt.title.short, ' ', $d/code)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.receipt.short"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <xsl:if test="msg = 'submitted'">
      <div class="banner banner-ok banner-big no-print" role="status">
        <p class="banner-title"><xsl:value-of select="$t.receipt.ok"/></p>
        <p>
          <xsl:value-of select="$t.receipt.ok.code"/>
          <strong class="code"><xsl:value-of select="$d/code"/></strong>
        </p>
        <p class="banner-text">
          <xsl:value-of select="$t.receipt.ok.next"/>
          <xsl:if test="$d/applicant_email != ''">
            <xsl:value-of select="concat($t.receipt.ok.mail, $d/applicant_email, '.')"/>
          </xsl:if>
        </p>
        <xsl:call-template name="follow-links"/>
      </div>
    </xsl:if>
    <!-- Fees recorded with the dossier: paid online through dvc-payment (/pay/CODE). -->
    <xsl:if test="sum(fees/fee[not(optional = 1)]/amount) &gt; 0">
      <p class="no-print receipt-pay"><a class="button" href="/pay/{$d/code}"><xsl:value-of select="$t.receipt.pay"/></a></p>
    </xsl:if>
    <!-- On screen, the facts a citizen comes back for, above the slip. -->
    <div class="receipt-tools no-print">
      <dl class="summary receipt-facts">
        <div>
          <dt><xsl:value-of select="$t.dossier.status"/></dt>
          <dd>
            <xsl:call-template name="status-badge">
              <xsl:with-param name="status" select="$d/status"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.unit.title"/></dt>
          <dd>
            <xsl:value-of select="$d/agency_name"/>
            <xsl:if test="$d/agency_address != ''">
              <span class="address-line"><xsl:value-of select="$d/agency_address"/></span>
            </xsl:if>
          </dd>
        </div>
        <xsl:if test="$d/due_at != ''">
          <div>
            <dt>
              <xsl:value-of select="$t.dossier.due_at"/>
              <xsl:if test="$d/status &lt;= 1"><xsl:value-of select="$t.receipt.due.expected"/></xsl:if>
            </dt>
            <dd><xsl:value-of select="$d/due_at"/></dd>
          </div>
        </xsl:if>
        <!-- The electronic result, once returned (dvc-files hands it over). -->
        <xsl:for-each select="/page/results/file">
          <div>
            <dt><xsl:value-of select="$t.receipt.result"/></dt>
            <dd><a href="/files/{id}" download=""><xsl:value-of select="name"/></a></dd>
          </div>
        </xsl:for-each>
      </dl>
      <xsl:if test="not(msg = 'submitted')">
        <xsl:call-template name="follow-links"/>
      </xsl:if>
      <p class="receipt-print">
        <strong><xsl:value-of select="$t.receipt.print"/></strong>
        <xsl:text> </xsl:text>
        <xsl:value-of select="$t.receipt.print.how"/>
      </p>
    </div>

    <article class="slip" aria-labelledby="slip-title">
      <header class="slip-head">
        <div class="slip-issuer">
          <!-- The province's People's Committee above the agency, unless it is the agency. -->
          <xsl:variable name="parent">
            <xsl:value-of select="$t.receipt.committee"/>
            <xsl:call-template name="province-title"/>
          </xsl:variable>
          <xsl:if test="$d/agency_name != string($parent)">
            <p class="slip-parent"><xsl:value-of select="$parent"/></p>
          </xsl:if>
          <p class="slip-agency"><xsl:value-of select="$d/agency_name"/></p>
        </div>
        <div class="slip-nation">
          <p class="slip-nation-name"><xsl:value-of select="$t.receipt.nation"/></p>
          <p class="slip-motto"><xsl:value-of select="$t.receipt.motto"/></p>
          <p class="slip-date">
            <xsl:value-of select="concat($site/province, ', ')"/>
            <xsl:call-template name="date-words">
              <xsl:with-param name="at" select="$d/submitted_at"/>
            </xsl:call-template>
          </p>
        </div>
      </header>

      <h1 class="slip-title" id="slip-title"><xsl:value-of select="$t.receipt.title"/></h1>

      <div class="slip-top">
        <div class="slip-who">
          <p class="slip-code">
            <xsl:value-of select="$t.receipt.code"/>
            <strong class="code"><xsl:value-of select="$d/code"/></strong>
          </p>
          <p>
            <xsl:value-of select="concat($d/agency_name, $t.receipt.from)"/>
          </p>
          <dl class="slip-lines">
            <xsl:if test="$d/applicant_kind = 'organisation'">
              <xsl:call-template name="line">
                <xsl:with-param name="term" select="$t.receipt.org"/>
                <xsl:with-param name="value" select="$d/org_name"/>
                <xsl:with-param name="strong" select="true()"/>
              </xsl:call-template>
              <xsl:call-template name="line">
                <xsl:with-param name="term" select="$t.f.org_tax_code"/>
                <xsl:with-param name="value" select="$d/org_tax_code"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="line">
              <xsl:with-param name="term">
                <xsl:choose>
                  <xsl:when test="$d/applicant_kind = 'organisation'"><xsl:value-of select="$t.receipt.person.org"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.receipt.person"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="value">
                <xsl:if test="$d/applicant_kind = 'organisation'">
                  <xsl:value-of select="concat($t.receipt.person, ' ')"/>
                </xsl:if>
                <xsl:value-of select="$d/applicant_name"/>
              </xsl:with-param>
              <xsl:with-param name="strong" select="$d/applicant_kind != 'organisation'"/>
            </xsl:call-template>
            <!-- Form 01 does not ask for the CCCD: its last four digits only. -->
            <xsl:call-template name="line">
              <xsl:with-param name="term" select="$t.f.citizen_id"/>
              <xsl:with-param name="value">
                <xsl:call-template name="cccd-masked">
                  <xsl:with-param name="value" select="$d/applicant_citizen_id"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="line">
              <xsl:with-param name="term" select="$t.address"/>
              <xsl:with-param name="value" select="$d/applicant_address"/>
            </xsl:call-template>
            <xsl:call-template name="line">
              <xsl:with-param name="term" select="$t.phone"/>
              <xsl:with-param name="value" select="$d/applicant_phone"/>
            </xsl:call-template>
            <xsl:call-template name="line">
              <xsl:with-param name="term" select="$t.email"/>
              <xsl:with-param name="value" select="$d/applicant_email"/>
            </xsl:call-template>
            <xsl:call-template name="line">
              <xsl:with-param name="term" select="$t.receipt.request"/>
              <xsl:with-param name="value" select="$d/procedure_name"/>
              <xsl:with-param name="strong" select="true()"/>
            </xsl:call-template>
          </dl>
        </div>
        <xsl:if test="qr/path != ''">
          <figure class="slip-qr">
            <svg class="qr" viewBox="0 0 {qr/size + 8} {qr/size + 8}" role="img"
                 aria-label="{$t.receipt.qr}" shape-rendering="crispEdges">
              <rect width="{qr/size + 8}" height="{qr/size + 8}" fill="#fff"/>
              <path transform="translate(4,4)" d="{qr/path}" fill="#000"/>
            </svg>
            <figcaption>
              <span class="slip-qr-code code"><xsl:value-of select="$d/code"/></span>
              <xsl:if test="track_url != ''">
                <a class="slip-qr-url" href="{track_url}"><xsl:value-of select="track_url"/></a>
              </xsl:if>
            </figcaption>
          </figure>
        </xsl:if>
      </div>

      <ol class="slip-items">
        <li>
          <xsl:value-of select="$t.receipt.components"/>
          <xsl:call-template name="components"/>
        </li>
        <li>
          <xsl:value-of select="$t.receipt.sets"/>
          <strong><xsl:value-of select="$t.receipt.sets.one"/></strong>
        </li>
        <li>
          <xsl:value-of select="$t.receipt.duration"/>
          <strong>
            <xsl:call-template name="duration">
              <xsl:with-param name="hours" select="$d/processing_hours"/>
              <xsl:with-param name="same_day" select="$d/same_day"/>
            </xsl:call-template>
          </strong>
        </li>
        <li>
          <xsl:value-of select="$t.receipt.received"/>
          <strong>
            <xsl:call-template name="time-words">
              <xsl:with-param name="at" select="$d/submitted_at"/>
            </xsl:call-template>
          </strong>
        </li>
        <li>
          <xsl:value-of select="$t.receipt.due"/>
          <xsl:choose>
            <xsl:when test="$d/due_at != ''">
              <strong>
                <xsl:call-template name="time-words">
                  <xsl:with-param name="at" select="$d/due_at"/>
                </xsl:call-template>
              </strong>
              <xsl:if test="$d/status &lt;= 1">
                <xsl:value-of select="$t.receipt.due.expected"/>
              </xsl:if>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.receipt.due.none"/></xsl:otherwise>
          </xsl:choose>
        </li>
        <li>
          <xsl:value-of select="$t.receipt.channel"/>
          <strong><xsl:call-template name="channel-text"/></strong>
          <xsl:if test="$d/channel = 'postal'">
            <span class="address">
              <xsl:call-template name="postal-address"/>
            </span>
          </xsl:if>
        </li>
        <li>
          <xsl:value-of select="$t.receipt.fees"/>
          <strong>
            <xsl:choose>
              <xsl:when test="fees">
                <xsl:call-template name="money">
                  <xsl:with-param name="amount" select="sum(fees/fee[not(optional = 1)]/amount)"/>
                  <xsl:with-param name="count" select="count(fees/fee)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="money">
                  <xsl:with-param name="amount" select="$d/fee_total"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </strong>
        </li>
      </ol>

      <div class="slip-note">
        <p>
          <xsl:value-of select="concat($t.receipt.note.online, $site/name, '. ')"/>
          <xsl:value-of select="$t.receipt.note.accept"/>
        </p>
        <p class="slip-status">
          <xsl:value-of select="$t.receipt.status"/>
          <xsl:call-template name="status-badge">
            <xsl:with-param name="status" select="$d/status"/>
          </xsl:call-template>
        </p>
      </div>

      <div class="slip-signs">
        <div class="slip-sign">
          <p class="slip-sign-title"><xsl:value-of select="$t.receipt.sign.applicant"/></p>
          <p class="slip-sign-name"><xsl:value-of select="$d/applicant_name"/></p>
        </div>
        <div class="slip-sign">
          <p class="slip-sign-title"><xsl:value-of select="$t.receipt.sign.receiver"/></p>
          <p class="slip-sign-note"><xsl:value-of select="$t.receipt.sign.online"/></p>
        </div>
      </div>
    </article>

    <p class="receipt-back no-print">
      <a href="/dossiers/"><xsl:value-of select="$t.receipt.back"/></a>
    </p>
  </xsl:template>

  <!-- Where to follow the dossier: its public page (the QR code's address) and "Hồ sơ của
       tôi", both links. -->
  <xsl:template name="follow-links">
    <ul class="receipt-follow">
      <xsl:if test="/page/track_url != ''">
        <li>
          <xsl:value-of select="$t.receipt.follow.track"/>
          <a class="receipt-track-link" href="{/page/track_url}"><xsl:value-of select="/page/track_url"/></a>
        </li>
      </xsl:if>
      <li>
        <xsl:value-of select="$t.receipt.follow.mine"/>
        <a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a>
      </li>
    </ul>
  </xsl:template>

  <!-- One line of the applicant's details: "Term: value". -->
  <xsl:template name="line">
    <xsl:param name="term"/>
    <xsl:param name="value"/>
    <xsl:param name="strong" select="false()"/>
    <xsl:if test="normalize-space($value) != ''">
      <div>
        <dt><xsl:value-of select="$term"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$strong"><strong><xsl:value-of select="$value"/></strong></xsl:when>
            <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- 1. The components received: those with at least one file. -->
  <xsl:template name="components">
    <xsl:variable name="given" select="components/component[files/file or nfiles &gt; 0]"/>
    <xsl:choose>
      <xsl:when test="$given">
        <table class="slip-table">
          <thead>
            <tr>
              <th scope="col" class="slip-no"><xsl:value-of select="$t.receipt.no"/></th>
              <th scope="col"><xsl:value-of select="$t.comp.name"/></th>
              <th scope="col"><xsl:value-of select="$t.receipt.form"/></th>
              <th scope="col" class="slip-qty"><xsl:value-of select="$t.comp.quantity"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$given">
              <xsl:variable name="n">
                <xsl:choose>
                  <xsl:when test="files/file"><xsl:value-of select="count(files/file)"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="nfiles"/></xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <tr>
                <td class="slip-no"><xsl:value-of select="position()"/></td>
                <td><xsl:value-of select="name"/></td>
                <td class="nowrap"><xsl:value-of select="$t.receipt.electronic"/></td>
                <td class="slip-qty nowrap"><xsl:value-of select="concat($n, $t.receipt.files)"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$t.components.none"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    A moment "dd/mm/yyyy HH:mm" in the words of administrative documents (Decree 30/2020: a
    day below 10 and the months 1 and 2 keep their leading zero):
      date-words   "ngày 29 tháng 11 năm 2026", "ngày 05 tháng 3 năm 2027"
      time-words   "09 giờ 15 phút, ngày 29 tháng 11 năm 2026"
  -->
  <xsl:template name="date-words">
    <xsl:param name="at"/>
    <xsl:variable name="m" select="number(substring($at, 4, 2))"/>
    <xsl:value-of select="concat($t.date.day, substring($at, 1, 2), $t.date.month)"/>
    <xsl:choose>
      <xsl:when test="$m &lt; 3"><xsl:value-of select="substring($at, 4, 2)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$m"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($t.date.year, substring($at, 7, 4))"/>
  </xsl:template>

  <xsl:template name="time-words">
    <xsl:param name="at"/>
    <xsl:value-of select="concat(substring($at, 12, 2), $t.date.hour, substring($at, 15, 2), $t.date.minute)"/>
    <xsl:call-template name="date-words">
      <xsl:with-param name="at" select="$at"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
