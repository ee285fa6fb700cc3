<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-dossier.xsl — the e-mail that tells the applicant what happened to their dossier,
  rendered by dossier_transition() (modules/core/dossier_mail.c) into the outbox.

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    move      the name of the move (dossier.c's table): what happened; or "feedback",
              the unit's answer to the applicant's feedback (the note)
    site      base_url
    note      the officer's reason or list (optional)
    dossier   code, status, applicant_name, org_name, procedure_name, agency_name,
              submitted_at, due_at (dd/mm/yyyy HH:mm), postal_tracking, track_token (the
              public lookup's, /track/TOKEN)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="dossier-common.xsl"/>
  <xsl:include href="i18n/vi-mail.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="move" select="string(/mail/move)"/>
  <xsl:variable name="d" select="/mail/dossier"/>
  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:value-of select="concat($t.mail.subject, $d/code, $t.mail.subject.sep)"/>
    <xsl:call-template name="move-name">
      <xsl:with-param name="move" select="$move"/>
    </xsl:call-template>
    <xsl:value-of select="concat($nl, $nl, $t.mail.dear)"/>
    <xsl:choose>
      <xsl:when test="string($d/org_name) != ''"><xsl:value-of select="$d/org_name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$d/applicant_name"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat(',', $nl, $nl)"/>
    <xsl:call-template name="say"/>
    <xsl:value-of select="concat($nl, $nl, $t.mail.code, $d/code, $nl)"/>
    <xsl:value-of select="concat($t.mail.procedure, $d/procedure_name, $nl)"/>
    <xsl:value-of select="concat($t.mail.agency, $d/agency_name, $nl)"/>
    <xsl:if test="$move = 'submit'">
      <xsl:value-of select="concat($t.mail.submitted, $d/submitted_at, $nl)"/>
    </xsl:if>
    <xsl:value-of select="$t.mail.status"/>
    <xsl:call-template name="status-name">
      <xsl:with-param name="status" select="$d/status"/>
    </xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:if test="string($d/due_at) != '' and $d/status &lt; 8">
      <xsl:choose>
        <xsl:when test="$d/status = 1"><xsl:value-of select="$t.mail.due.expected"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.mail.due"/></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat($d/due_at, $nl)"/>
    </xsl:if>
    <xsl:if test="string(/mail/note) != ''">
      <xsl:value-of select="concat($t.mail.note, /mail/note, $nl)"/>
    </xsl:if>
    <xsl:if test="string($d/postal_tracking) != ''">
      <xsl:value-of select="concat($t.mail.tracking, $d/postal_tracking, $nl)"/>
    </xsl:if>
    <!-- The applicant's own page of the dossier (dvc-dossiers): its history, slips and result. -->
    <xsl:value-of select="concat($nl, $t.mail.track, /mail/site/base_url, '/dossiers/', $d/code, $nl)"/>
    <!-- And its public page by the token, without signing in or typing digits. -->
    <xsl:if test="string($d/track_token) != ''">
      <xsl:value-of select="concat($t.mail.track.public, /mail/site/base_url, '/track/', $d/track_token, $nl)"/>
    </xsl:if>
    <xsl:value-of select="concat($nl, $t.mail.footer, $nl)"/>
  </xsl:template>

  <xsl:template name="say">
    <xsl:choose>
      <xsl:when test="$move = 'submit'"><xsl:value-of select="$t.mail.say.submit"/></xsl:when>
      <xsl:when test="$move = 'accept'"><xsl:value-of select="$t.mail.say.accept"/></xsl:when>
      <xsl:when test="$move = 'complete'"><xsl:value-of select="$t.mail.say.complete"/></xsl:when>
      <xsl:when test="$move = 'refuse'"><xsl:value-of select="$t.mail.say.refuse"/></xsl:when>
      <xsl:when test="$move = 'assign'"><xsl:value-of select="$t.mail.say.assign"/></xsl:when>
      <xsl:when test="$move = 'supplement'"><xsl:value-of select="$t.mail.say.supplement"/></xsl:when>
      <xsl:when test="$move = 'supplemented'"><xsl:value-of select="$t.mail.say.supplemented"/></xsl:when>
      <xsl:when test="$move = 'fees'"><xsl:value-of select="$t.mail.say.fees"/></xsl:when>
      <xsl:when test="$move = 'paid'"><xsl:value-of select="$t.mail.say.paid"/></xsl:when>
      <xsl:when test="$move = 'exempt'"><xsl:value-of select="$t.mail.say.exempt"/></xsl:when>
      <xsl:when test="$move = 'noexempt'"><xsl:value-of select="$t.mail.say.noexempt"/></xsl:when>
      <xsl:when test="$move = 'approve'"><xsl:value-of select="$t.mail.say.approve"/></xsl:when>
      <xsl:when test="$move = 'return'"><xsl:value-of select="$t.mail.say.return"/></xsl:when>
      <xsl:when test="$move = 'apology'"><xsl:value-of select="$t.mail.say.apology"/></xsl:when>
      <xsl:when test="$move = 'stop'"><xsl:value-of select="$t.mail.say.stop"/></xsl:when>
      <xsl:when test="$move = 'withdraw'"><xsl:value-of select="$t.mail.say.withdraw"/></xsl:when>
      <xsl:when test="$move = 'withdrawn'"><xsl:value-of select="$t.mail.say.withdrawn"/></xsl:when>
      <xsl:when test="$move = 'feedback'"><xsl:value-of select="$t.mail.say.feedback"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
