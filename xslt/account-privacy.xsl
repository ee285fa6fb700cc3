<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-privacy.xsl — the personal data notice ("/account/privacy"), linked from the
  consent box on registration. Public, the same for everyone.

  Input: /page with site (name, province) only; the notice itself lives in
  i18n/vi-account.xsl (t.privacy.*), with its version label. A new version is a new text and
  version label.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.privacy.title"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <article class="prose" aria-labelledby="privacy-h">
      <h1 id="privacy-h"><xsl:value-of select="$t.privacy.title"/></h1>
      <p class="caption prose-version"><xsl:value-of select="$t.privacy.version"/></p>
      <p>
        <xsl:value-of select="$t.privacy.lead.pre"/>
        <xsl:value-of select="$site/name"/>
        <xsl:value-of select="$t.privacy.lead.post"/>
      </p>

      <nav class="toc toc-inline" aria-labelledby="privacy-toc-h">
        <h2 id="privacy-toc-h" class="h-sm"><xsl:value-of select="$t.privacy.toc"/></h2>
        <ul>
          <li><a href="#controller"><xsl:value-of select="$t.privacy.controller"/></a></li>
          <li><a href="#data"><xsl:value-of select="$t.privacy.data"/></a></li>
          <li><a href="#purposes"><xsl:value-of select="$t.privacy.purposes"/></a></li>
          <li><a href="#bases"><xsl:value-of select="$t.privacy.bases"/></a></li>
          <li><a href="#recipients"><xsl:value-of select="$t.privacy.recipients"/></a></li>
          <li><a href="#retention"><xsl:value-of select="$t.privacy.retention"/></a></li>
          <li><a href="#rights"><xsl:value-of select="$t.privacy.rights"/></a></li>
          <li><a href="#security"><xsl:value-of select="$t.privacy.security"/></a></li>
          <li><a href="#children"><xsl:value-of select="$t.privacy.children"/></a></li>
          <li><a href="#contact"><xsl:value-of select="$t.privacy.contact"/></a></li>
          <li><a href="#changes"><xsl:value-of select="$t.privacy.changes"/></a></li>
        </ul>
      </nav>

      <section id="controller" aria-labelledby="controller-h">
        <h2 id="controller-h"><xsl:value-of select="$t.privacy.controller"/></h2>
        <p>
          <xsl:value-of select="$t.privacy.controller.pre"/>
          <xsl:call-template name="province-title"/>
          <xsl:value-of select="$t.privacy.controller.post"/>
        </p>
        <p><xsl:value-of select="$t.privacy.controller.agency"/></p>
      </section>

      <section id="data" aria-labelledby="data-h">
        <h2 id="data-h"><xsl:value-of select="$t.privacy.data"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.data.account"/></li>
          <li><xsl:value-of select="$t.privacy.data.contact"/></li>
          <li><xsl:value-of select="$t.privacy.data.dossier"/></li>
          <li><xsl:value-of select="$t.privacy.data.log"/></li>
        </ul>
        <p><xsl:value-of select="$t.privacy.data.cookies"/></p>
      </section>

      <section id="purposes" aria-labelledby="purposes-h">
        <h2 id="purposes-h"><xsl:value-of select="$t.privacy.purposes"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.purpose.account"/></li>
          <li><xsl:value-of select="$t.privacy.purpose.handle"/></li>
          <li><xsl:value-of select="$t.privacy.purpose.notify"/></li>
          <li><xsl:value-of select="$t.privacy.purpose.stats"/></li>
          <li><xsl:value-of select="$t.privacy.purpose.security"/></li>
        </ul>
        <p><strong><xsl:value-of select="$t.privacy.purpose.never"/></strong></p>
      </section>

      <section id="bases" aria-labelledby="bases-h">
        <h2 id="bases-h"><xsl:value-of select="$t.privacy.bases"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.basis.consent"/></li>
          <li><xsl:value-of select="$t.privacy.basis.law"/></li>
        </ul>
        <p><xsl:value-of select="$t.privacy.basis.pdp"/></p>
      </section>

      <section id="recipients" aria-labelledby="recipients-h">
        <h2 id="recipients-h"><xsl:value-of select="$t.privacy.recipients"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.recipient.agency"/></li>
          <li><xsl:value-of select="$t.privacy.recipient.national"/></li>
          <li><xsl:value-of select="$t.privacy.recipient.postal"/></li>
          <li><xsl:value-of select="$t.privacy.recipient.law"/></li>
        </ul>
      </section>

      <section id="retention" aria-labelledby="retention-h">
        <h2 id="retention-h"><xsl:value-of select="$t.privacy.retention"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.retention.dossier"/></li>
          <li><xsl:value-of select="$t.privacy.retention.account"/></li>
          <li><xsl:value-of select="$t.privacy.retention.log"/></li>
          <li><xsl:value-of select="$t.privacy.retention.mail"/></li>
          <li><xsl:value-of select="$t.privacy.retention.requests"/></li>
        </ul>
      </section>

      <section id="rights" aria-labelledby="rights-h">
        <h2 id="rights-h"><xsl:value-of select="$t.privacy.rights"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.right.know"/></li>
          <li><xsl:value-of select="$t.privacy.right.access"/></li>
          <li><xsl:value-of select="$t.privacy.right.correct"/></li>
          <li><xsl:value-of select="$t.privacy.right.erase"/></li>
          <li><xsl:value-of select="$t.privacy.right.withdraw"/></li>
          <li><xsl:value-of select="$t.privacy.right.complain"/></li>
        </ul>
        <p><xsl:value-of select="$t.privacy.rights.how"/></p>
      </section>

      <section id="security" aria-labelledby="security-h">
        <h2 id="security-h"><xsl:value-of select="$t.privacy.security"/></h2>
        <ul class="bullets">
          <li><xsl:value-of select="$t.privacy.security.tls"/></li>
          <li><xsl:value-of select="$t.privacy.security.password"/></li>
          <li><xsl:value-of select="$t.privacy.security.session"/></li>
          <li><xsl:value-of select="$t.privacy.security.access"/></li>
          <li><xsl:value-of select="$t.privacy.security.logs"/></li>
          <li><xsl:value-of select="$t.privacy.security.breach"/></li>
        </ul>
        <p><xsl:value-of select="$t.privacy.security.you"/></p>
      </section>

      <section id="children" aria-labelledby="children-h">
        <h2 id="children-h"><xsl:value-of select="$t.privacy.children"/></h2>
        <p><xsl:value-of select="$t.privacy.children.text"/></p>
      </section>

      <section id="contact" aria-labelledby="contact-h">
        <h2 id="contact-h"><xsl:value-of select="$t.privacy.contact"/></h2>
        <p>
          <xsl:value-of select="$t.privacy.contact.pre"/>
          <xsl:call-template name="province-title"/>
          <xsl:value-of select="$t.privacy.contact.post"/>
        </p>
      </section>

      <section id="changes" aria-labelledby="changes-h">
        <h2 id="changes-h"><xsl:value-of select="$t.privacy.changes"/></h2>
        <p><xsl:value-of select="$t.privacy.changes.text"/></p>
        <p class="caption"><xsl:value-of select="$t.privacy.version"/></p>
      </section>
    </article>
  </xsl:template>

</xsl:stylesheet>
