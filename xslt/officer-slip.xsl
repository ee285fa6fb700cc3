<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-slip.xsl — one slip of the one-stop desk ("/officer/slips/ID", and the applicant's
  copy at "/dossiers/slips/ID" with /page/applicant = 1), laid out as Circular
  03/2025/TT-VPCP, Annex I, names it: Form 1 Giấy tiếp nhận hồ sơ và hẹn trả kết quả, 2 Phiếu
  yêu cầu bổ sung, hoàn thiện hồ sơ, 3 Phiếu từ chối tiếp nhận giải quyết hồ sơ, 4 Văn bản xin
  lỗi và đề nghị gia hạn thời gian giải quyết, 5 Thông báo dừng giải quyết hồ sơ. On screen
  with a hint to print and a way back to the dossier; printed, the slip alone on one A4 page
  (the .slip rules of dvc.css, shared with the citizen's receipt, submit-receipt.xsl).

  Input: /page with site, user (an officer) and
    slip        id, form (1-5), number, year, reason (may hold several lines), day, month
                (of issue, two digits), issued_at, due_at (Form 1 the appointment, Form 4 the
                new date), issuing_name (the issuing unit), issuing_place (a ward's: "phường Hạc Thành"), issuing_address, issued_by_name,
                dossier_id, code, applicant_name, org_name (empty for a person),
                applicant_address, applicant_phone, applicant_email, channel (online|postal|
                counter), procedure_name, procedure_code, submitted_at, received_at,
                first_due_at; moments as dd/mm/yyyy HH:mm
    components  Form 1 only: component: sort, name, originals, copies, nfiles
  site/base_url, when there is one, makes the tracking address on Form 1 absolute.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="i18n/vi-slip.xsl"/>

  <xsl:variable name="s" select="/page/slip"/>
  <!-- The applicant's copy (dvc-dossiers, /dossiers/slips/ID) leads back to their own pages. -->
  <xsl:variable name="applicant" select="/page/applicant = 1"/>
  <xsl:variable name="dossier-href">
    <xsl:choose>
      <xsl:when test="$applicant"><xsl:value-of select="concat('/dossiers/', $s/code)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('/officer/dossiers/', $s/dossier_id)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="form" select="number($s/form)"/>
  <!-- A unit that is a People's Committee receives through its Bộ phận Một cửa; a centre or a
       department is its own desk, under the province's committee. -->
  <xsl:variable name="committee" select="starts-with($s/issuing_name, $t.slip.committee)"/>
  <xsl:variable name="desk">
    <xsl:if test="$committee"><xsl:value-of select="concat($t.slip.desk, ' ')"/></xsl:if>
    <xsl:value-of select="$s/issuing_name"/>
  </xsl:variable>
  <!-- When the desk accepted the dossier; a slip issued before that, when it was issued. -->
  <xsl:variable name="received">
    <xsl:choose>
      <xsl:when test="normalize-space($s/received_at) != ''"><xsl:value-of select="$s/received_at"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s/issued_at"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="you">
    <xsl:choose>
      <xsl:when test="normalize-space($s/org_name) != ''"><xsl:value-of select="$t.slip.you.org"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.slip.you.person"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="$form = 2"><xsl:value-of select="$t.slip.title.2"/></xsl:when>
      <xsl:when test="$form = 3"><xsl:value-of select="$t.slip.title.3"/></xsl:when>
      <xsl:when test="$form = 4"><xsl:value-of select="$t.slip.title.4"/></xsl:when>
      <xsl:when test="$form = 5"><xsl:value-of select="$t.slip.title.5"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.slip.title.1"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="number">
    <xsl:value-of select="$s/number"/>
    <xsl:choose>
      <xsl:when test="$form = 2"><xsl:value-of select="$t.slip.suffix.2"/></xsl:when>
      <xsl:when test="$form = 3"><xsl:value-of select="$t.slip.suffix.3"/></xsl:when>
      <xsl:when test="$form = 4"><xsl:value-of select="$t.slip.suffix.4"/></xsl:when>
      <xsl:when test="$form = 5"><xsl:value-of select="$t.slip.suffix.5"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.slip.suffix.1"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="concat($title, ' ', $number)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <xsl:choose>
      <xsl:when test="$applicant"><li><a href="/dossiers/"><xsl:value-of select="$t.nav.submissions"/></a></li></xsl:when>
      <xsl:otherwise><li><a href="/officer/"><xsl:value-of select="$t.nav.officer"/></a></li></xsl:otherwise>
    </xsl:choose>
    <li><a href="{$dossier-href}"><xsl:value-of select="concat($t.slip.dossier, $s/code)"/></a></li>
    <li aria-current="page"><xsl:value-of select="$title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="slip-tools no-print">
      <p class="slip-print"><xsl:value-of select="$t.slip.print"/></p>
      <p><a href="{$dossier-href}"><xsl:value-of select="concat($t.slip.back, $s/code)"/></a></p>
    </div>

    <article class="slip slip-form-{$form}" aria-labelledby="slip-title">
      <p class="slip-form-no"><xsl:value-of select="concat($t.slip.form, format-number($form, '00'))"/></p>
      <header class="slip-head">
        <div class="slip-issuer">
          <xsl:choose>
            <!-- Forms 4 and 5 are the unit's own letters; 1-3 its desk's. -->
            <xsl:when test="$committee and $form &lt;= 3">
              <p class="slip-parent"><xsl:value-of select="$s/issuing_name"/></p>
              <p class="slip-agency"><xsl:value-of select="$t.slip.desk"/></p>
            </xsl:when>
            <xsl:when test="$committee">
              <p class="slip-agency"><xsl:value-of select="$s/issuing_name"/></p>
            </xsl:when>
            <xsl:otherwise>
              <p class="slip-parent">
                <xsl:value-of select="$t.slip.committee"/>
                <xsl:call-template name="province-title"/>
              </p>
              <p class="slip-agency"><xsl:value-of select="$s/issuing_name"/></p>
            </xsl:otherwise>
          </xsl:choose>
          <p class="slip-number"><xsl:value-of select="concat($t.slip.number, $number)"/></p>
        </div>
        <div class="slip-nation">
          <p class="slip-nation-name"><xsl:value-of select="$t.slip.nation"/></p>
          <p class="slip-motto"><xsl:value-of select="$t.slip.motto"/></p>
          <p class="slip-date"><xsl:call-template name="place-date"/></p>
        </div>
      </header>

      <h1 class="slip-title" id="slip-title"><xsl:value-of select="$title"/></h1>
      <p class="slip-code">
        <xsl:value-of select="$t.slip.code"/>
        <strong class="code"><xsl:value-of select="$s/code"/></strong>
      </p>

      <xsl:choose>
        <xsl:when test="$form = 2"><xsl:call-template name="form-2"/></xsl:when>
        <xsl:when test="$form = 3"><xsl:call-template name="form-3"/></xsl:when>
        <xsl:when test="$form = 4"><xsl:call-template name="form-4"/></xsl:when>
        <xsl:when test="$form = 5"><xsl:call-template name="form-5"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="form-1"/></xsl:otherwise>
      </xsl:choose>

      <!-- Who signs: Form 1 the applicant and the receiving officer; 2 and 3 the officer alone;
           4 and 5 the officer who drew the letter up, and the head of the unit with its seal. -->
      <div class="slip-signs">
        <xsl:if test="$form = 1">
          <xsl:call-template name="sign">
            <xsl:with-param name="title" select="$t.slip.sign.applicant"/>
            <xsl:with-param name="name" select="$s/applicant_name"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="sign">
          <xsl:with-param name="title">
            <xsl:choose>
              <xsl:when test="$form = 1 or $form = 3"><xsl:value-of select="$t.slip.sign.receiver"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.slip.sign.maker"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="only" select="$form = 2 or $form = 3"/>
        </xsl:call-template>
        <xsl:if test="$form &gt;= 4">
          <xsl:call-template name="sign">
            <xsl:with-param name="title" select="$t.slip.sign.head"/>
            <xsl:with-param name="how" select="$t.slip.sign.how.seal"/>
            <xsl:with-param name="name" select="''"/>
          </xsl:call-template>
        </xsl:if>
      </div>
    </article>
  </xsl:template>

  <!-- Form 1: what was received, when the result is due and how it is returned. -->
  <xsl:template name="form-1">
    <p><xsl:value-of select="concat($desk, $t.slip.received_from)"/></p>
    <xsl:call-template name="applicant"/>
    <ol class="slip-items">
      <li>
        <xsl:value-of select="$t.slip.r.components"/>
        <xsl:call-template name="components"/>
      </li>
      <li>
        <xsl:value-of select="$t.slip.r.sets"/>
        <strong><xsl:value-of select="$t.slip.r.sets.one"/></strong>
      </li>
      <li>
        <xsl:value-of select="$t.slip.r.received"/>
        <strong class="nowrap">
          <xsl:call-template name="moment"><xsl:with-param name="at" select="$received"/></xsl:call-template>
        </strong>
      </li>
      <li>
        <xsl:value-of select="$t.slip.r.due"/>
        <strong class="nowrap"><xsl:call-template name="moment"><xsl:with-param name="at" select="$s/due_at"/></xsl:call-template></strong>
      </li>
      <li>
        <xsl:value-of select="$t.slip.r.channel"/>
        <strong><xsl:call-template name="channel-words"/></strong>
      </li>
    </ol>
    <p class="slip-book">
      <xsl:value-of select="concat($t.slip.r.book, $s/year, $t.slip.r.book.no, $s/number, $t.slip.stop)"/>
    </p>
    <div class="slip-note">
      <p>
        <xsl:value-of select="$t.slip.r.track"/>
        <a href="/track?code={$s/code}"><xsl:value-of select="$t.nav.track"/></a>
        <xsl:value-of select="concat($t.slip.r.track.of, $site/name)"/>
        <xsl:if test="$site/base_url != ''">
          <xsl:value-of select="concat(' (', $site/base_url, '/track)')"/>
        </xsl:if>
        <xsl:value-of select="$t.slip.stop"/>
      </p>
    </div>
  </xsl:template>

  <!-- Form 2: what the applicant must add, one request a line as the officer wrote them. -->
  <xsl:template name="form-2">
    <p><xsl:value-of select="concat($desk, $t.slip.received_from)"/></p>
    <xsl:call-template name="applicant">
      <xsl:with-param name="when" select="$t.slip.submitted"/>
      <xsl:with-param name="at" select="$s/submitted_at"/>
    </xsl:call-template>
    <p><xsl:value-of select="$t.slip.s.what"/></p>
    <xsl:call-template name="reason"/>
    <p>
      <xsl:value-of select="concat($t.slip.s.help, $desk)"/>
      <xsl:if test="normalize-space($s/issuing_address) != ''">
        <xsl:value-of select="concat($t.slip.s.help.at, $s/issuing_address)"/>
      </xsl:if>
      <xsl:value-of select="$t.slip.s.help.post"/>
    </p>
  </xsl:template>

  <!-- Form 3: why the dossier is refused. -->
  <xsl:template name="form-3">
    <p><xsl:value-of select="concat($desk, $t.slip.received_from)"/></p>
    <xsl:call-template name="applicant">
      <xsl:with-param name="when" select="$t.slip.submitted"/>
      <xsl:with-param name="at" select="$s/submitted_at"/>
    </xsl:call-template>
    <p><xsl:value-of select="concat($t.slip.f.pre, $desk, $t.slip.f.post)"/></p>
    <xsl:call-template name="reason"/>
    <p><xsl:value-of select="concat($t.slip.end, $you, $t.slip.end.act)"/></p>
  </xsl:template>

  <!-- Form 4: the apology, why the dossier is late and the new date. -->
  <xsl:template name="form-4">
    <p>
      <xsl:value-of select="concat($t.slip.a.on, substring($received, 1, 10), $t.list.sep)"/>
      <xsl:value-of select="concat($s/issuing_name, $t.slip.a.received)"/>
    </p>
    <xsl:call-template name="applicant"/>
    <p>
      <xsl:value-of select="$t.slip.a.first"/>
      <strong class="nowrap"><xsl:call-template name="moment"><xsl:with-param name="at" select="$s/first_due_at"/></xsl:call-template></strong>
    </p>
    <p><xsl:value-of select="concat($t.slip.a.late, $s/issuing_name, $t.slip.a.late.post)"/></p>
    <xsl:call-template name="reason"/>
    <p>
      <xsl:value-of select="concat($s/issuing_name, $t.slip.a.sorry, $you, $t.slip.a.sorry.post)"/>
      <strong class="nowrap"><xsl:call-template name="moment"><xsl:with-param name="at" select="$s/due_at"/></xsl:call-template></strong>
      <xsl:value-of select="$t.slip.stop"/>
    </p>
    <p><xsl:value-of select="concat($t.slip.a.thanks, $you, $t.slip.a.thanks.post)"/></p>
  </xsl:template>

  <!-- Form 5: why the unit stops. -->
  <xsl:template name="form-5">
    <p><xsl:value-of select="concat($s/issuing_name, $t.slip.t.intro)"/></p>
    <xsl:call-template name="applicant">
      <xsl:with-param name="when" select="$t.slip.received"/>
      <xsl:with-param name="at" select="$received"/>
    </xsl:call-template>
    <p><xsl:value-of select="$t.slip.t.reason"/></p>
    <xsl:call-template name="reason"/>
    <p><xsl:value-of select="concat($t.slip.end, $you, $t.slip.end.known)"/></p>
  </xsl:template>

  <!-- Who applied, for what; when and at are an optional date line ("Ngày nộp hồ sơ"). -->
  <xsl:template name="applicant">
    <xsl:param name="when" select="''"/>
    <xsl:param name="at" select="''"/>
    <xsl:variable name="org" select="normalize-space($s/org_name) != ''"/>
    <dl class="slip-lines">
      <xsl:if test="$org">
        <xsl:call-template name="line">
          <xsl:with-param name="term" select="$t.slip.org"/>
          <xsl:with-param name="value" select="$s/org_name"/>
          <xsl:with-param name="strong" select="true()"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="line">
        <xsl:with-param name="term">
          <xsl:choose>
            <xsl:when test="$org"><xsl:value-of select="$t.slip.person.org"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.slip.person"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="value" select="$s/applicant_name"/>
        <xsl:with-param name="strong" select="not($org)"/>
      </xsl:call-template>
      <xsl:call-template name="line">
        <xsl:with-param name="term" select="$t.address"/>
        <xsl:with-param name="value" select="$s/applicant_address"/>
      </xsl:call-template>
      <xsl:call-template name="line">
        <xsl:with-param name="term" select="$t.phone"/>
        <xsl:with-param name="value" select="$s/applicant_phone"/>
      </xsl:call-template>
      <xsl:call-template name="line">
        <xsl:with-param name="term" select="$t.email"/>
        <xsl:with-param name="value" select="$s/applicant_email"/>
      </xsl:call-template>
      <xsl:call-template name="line">
        <xsl:with-param name="term" select="$t.slip.request"/>
        <xsl:with-param name="value">
          <xsl:value-of select="$s/procedure_name"/>
          <xsl:if test="$s/procedure_code != ''">
            <xsl:value-of select="concat(' (', $t.code, ' ', $s/procedure_code, ')')"/>
          </xsl:if>
        </xsl:with-param>
        <xsl:with-param name="strong" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="line">
        <xsl:with-param name="term" select="$when"/>
        <xsl:with-param name="value" select="substring($at, 1, 10)"/>
      </xsl:call-template>
    </dl>
  </xsl:template>

  <!-- One line of the applicant's details, "Term: value"; nothing when the value is empty. -->
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

  <!-- The officer's reason, its line breaks kept by the CSS (white-space: pre-line). -->
  <xsl:template name="reason">
    <xsl:if test="normalize-space($s/reason) != ''">
      <p class="slip-reason"><xsl:value-of select="$s/reason"/></p>
    </xsl:if>
  </xsl:template>

  <!-- Form 1's components: those with an electronic copy, or all when none has one (a
       dossier received on paper at the counter). -->
  <xsl:template name="components">
    <xsl:variable name="filed" select="/page/components/component[nfiles &gt; 0]"/>
    <xsl:variable name="list" select="$filed | /page/components/component[not($filed)]"/>
    <xsl:choose>
      <xsl:when test="$list">
        <table class="slip-table">
          <thead>
            <tr>
              <th scope="col" class="slip-no"><xsl:value-of select="$t.slip.no"/></th>
              <th scope="col"><xsl:value-of select="$t.comp.name"/></th>
              <th scope="col" class="slip-qty"><xsl:value-of select="$t.slip.originals"/></th>
              <th scope="col" class="slip-qty"><xsl:value-of select="$t.slip.copies"/></th>
              <th scope="col" class="slip-qty"><xsl:value-of select="$t.slip.electronic"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$list">
              <xsl:sort select="sort" data-type="number"/>
              <tr>
                <td class="slip-no"><xsl:value-of select="position()"/></td>
                <td><xsl:value-of select="name"/></td>
                <td class="slip-qty"><xsl:if test="originals &gt; 0"><xsl:value-of select="originals"/></xsl:if></td>
                <td class="slip-qty"><xsl:if test="copies &gt; 0"><xsl:value-of select="copies"/></xsl:if></td>
                <td class="slip-qty"><xsl:if test="nfiles &gt; 0"><xsl:value-of select="nfiles"/></xsl:if></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(' ', $t.slip.r.none)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A signature: the role, how to sign, room to sign, the name. -->
  <xsl:template name="sign">
    <xsl:param name="title"/>
    <xsl:param name="how" select="$t.slip.sign.how"/>
    <xsl:param name="name" select="$s/issued_by_name"/>
    <xsl:param name="only" select="false()"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>slip-sign</xsl:text>
        <xsl:if test="$only"> slip-sign-only</xsl:if>
      </xsl:attribute>
      <p class="slip-sign-title"><xsl:value-of select="$title"/></p>
      <p class="slip-sign-how"><xsl:value-of select="$how"/></p>
      <p class="slip-sign-name"><xsl:value-of select="$name"/></p>
    </div>
  </xsl:template>

  <!-- "Hạc Thành, ngày 05 tháng 3 năm 2027": the place is the issuing unit's (a ward's name
       without "phường"/"xã"; the province for the Centre and the departments); the day keeps
       its leading zero, the month only below 3 (Decree 30/2020, Annex I). -->
  <xsl:template name="place-date">
    <xsl:variable name="m" select="number($s/month)"/>
    <xsl:choose>
      <xsl:when test="contains($s/issuing_place, ' ')"><xsl:value-of select="substring-after($s/issuing_place, ' ')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$site/province"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($t.slip.date.day, $s/day, $t.slip.date.month)"/>
    <xsl:choose>
      <xsl:when test="$m &lt; 3"><xsl:value-of select="$s/month"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$m"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$t.slip.date.year"/>
    <xsl:choose>
      <xsl:when test="string-length($s/issued_at) &gt;= 10"><xsl:value-of select="substring($s/issued_at, 7, 4)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s/year"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "dd/mm/yyyy HH:mm" as "HH:mm ngày dd/mm/yyyy"; a date alone as it is. -->
  <xsl:template name="moment">
    <xsl:param name="at"/>
    <xsl:choose>
      <xsl:when test="string-length($at) &gt;= 16">
        <xsl:value-of select="concat(substring($at, 12, 5), $t.slip.at, substring($at, 1, 10))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$at"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="channel-words">
    <xsl:choose>
      <xsl:when test="$s/channel = 'online'"><xsl:value-of select="$t.channel.online"/></xsl:when>
      <xsl:when test="$s/channel = 'postal'"><xsl:value-of select="$t.channel.postal"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.channel.counter"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
