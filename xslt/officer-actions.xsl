<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-actions.xsl — the actions of the officer's dossier view (officer-dossier.xsl, which
  includes it): one form for each move the officer's roles allow from the dossier's status,
  with the fields that move needs and only those, and the result's upload. Reads the view's
  $d (/page/dossier) and /page/moves, /page/processors, /page/form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The actions allowed: one form each; what they need, and only that. -->
  <xsl:template name="actions">
    <section aria-labelledby="actions-h" class="dossier-actions">
      <h2 id="actions-h"><xsl:value-of select="$t.od.actions"/></h2>
      <xsl:choose>
        <xsl:when test="/page/moves/move">
          <xsl:for-each select="/page/moves/move">
            <xsl:call-template name="action"><xsl:with-param name="move" select="string(.)"/></xsl:call-template>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$t.od.actions.none"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="action">
    <xsl:param name="move"/>
    <xsl:if test="$move = 'propose'">
      <xsl:call-template name="result-upload"/>
    </xsl:if>
    <xsl:variable name="label">
      <xsl:call-template name="action-label"><xsl:with-param name="move" select="$move"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="simple" select="$move = 'accept' or $move = 'approve' or $move = 'paid' or
        $move = 'supplemented' or $move = 'withdrawn' or $move = 'propose' or $move = 'exempt' or ($move = 'return' and $d/channel != 'postal')"/>
    <form method="post" action="/officer/dossiers/{$d/id}/move" class="action action-{$move}" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <input type="hidden" name="move" value="{$move}"/>
      <input type="hidden" name="version" value="{$d/version}"/>
      <xsl:choose>
        <xsl:when test="$simple">
          <button class="button" type="submit"><xsl:value-of select="$label"/></button>
        </xsl:when>
        <xsl:otherwise>
          <details>
            <xsl:if test="$failed = $move"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
            <summary><xsl:value-of select="$label"/></summary>
            <div class="action-body">
              <xsl:call-template name="action-fields"><xsl:with-param name="move" select="$move"/></xsl:call-template>
              <button class="button" type="submit"><xsl:value-of select="$label"/></button>
            </div>
          </details>
        </xsl:otherwise>
      </xsl:choose>
    </form>
  </xsl:template>

  <!-- The electronic result: a file checked like any upload, proposed for approval with it.
       The CSRF token is the first part of the body, as core reads it. -->
  <xsl:template name="result-upload">
    <form method="post" action="/officer/dossiers/{$d/id}/result" enctype="multipart/form-data"
          class="action action-result" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <input type="hidden" name="version" value="{$d/version}"/>
      <details>
        <xsl:if test="$failed = 'propose'"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
        <summary><xsl:value-of select="$t.act.propose.file"/></summary>
        <div class="action-body">
          <xsl:call-template name="input-error"><xsl:with-param name="name" select="'result'"/><xsl:with-param name="move" select="'propose'"/></xsl:call-template>
          <div class="form-group">
            <label class="label" for="result-propose"><xsl:value-of select="$t.od.result.file.label"/></label>
            <p class="hint"><xsl:value-of select="$t.od.result.file.hint"/></p>
            <input class="file-input" type="file" id="result-propose" name="file" accept=".pdf,.jpg,.png"/>
          </div>
          <button class="button" type="submit"><xsl:value-of select="$t.act.propose.file"/></button>
        </div>
      </details>
    </form>
  </xsl:template>

  <xsl:template name="action-fields">
    <xsl:param name="move"/>
    <xsl:if test="$move = 'assign' or $move = 'handover'">
      <xsl:call-template name="input-error"><xsl:with-param name="name" select="'assignee'"/><xsl:with-param name="move" select="$move"/></xsl:call-template>
      <div class="form-group">
        <label class="label" for="assignee-{$move}"><xsl:value-of select="$t.od.assign.to"/></label>
        <select class="select" id="assignee-{$move}" name="assignee">
          <option value=""><xsl:value-of select="$t.od.choose"/></option>
          <xsl:for-each select="/page/processors/processor">
            <option value="{id}"><xsl:value-of select="concat(name, ' — ', agency_name)"/></option>
          </xsl:for-each>
        </select>
      </div>
    </xsl:if>
    <xsl:if test="$move = 'apology'">
      <xsl:call-template name="input-error"><xsl:with-param name="name" select="'due'"/><xsl:with-param name="move" select="$move"/></xsl:call-template>
      <div class="form-group">
        <label class="label" for="due-{$move}"><xsl:value-of select="$t.od.due.new"/></label>
        <p class="hint"><xsl:value-of select="$t.od.due.hint"/></p>
        <input class="input input-short" type="text" id="due-{$move}" name="due" maxlength="10" inputmode="numeric"/>
      </div>
    </xsl:if>
    <xsl:if test="$move = 'return'">
      <xsl:call-template name="input-error"><xsl:with-param name="name" select="'tracking'"/><xsl:with-param name="move" select="$move"/></xsl:call-template>
      <div class="form-group">
        <label class="label" for="tracking-{$move}"><xsl:value-of select="$t.od.tracking"/></label>
        <p class="hint"><xsl:value-of select="$t.od.tracking.hint"/></p>
        <input class="input input-medium" type="text" id="tracking-{$move}" name="tracking" maxlength="40"/>
      </div>
    </xsl:if>
    <xsl:if test="$move != 'return'">
      <xsl:call-template name="input-error"><xsl:with-param name="name" select="'note'"/><xsl:with-param name="move" select="$move"/></xsl:call-template>
      <div class="form-group">
        <label class="label" for="note-{$move}">
          <xsl:choose>
            <xsl:when test="$move = 'refuse' or $move = 'stop' or $move = 'apology' or $move = 'sendback' or $move = 'noexempt'"><xsl:value-of select="$t.od.note.reason"/></xsl:when>
            <xsl:when test="$move = 'complete' or $move = 'supplement'"><xsl:value-of select="$t.od.note.items"/></xsl:when>
            <xsl:when test="$move = 'fees'"><xsl:value-of select="$t.od.note.fees"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.od.note.optional"/></xsl:otherwise>
          </xsl:choose>
        </label>
        <textarea class="input textarea" id="note-{$move}" name="note" rows="3" maxlength="2000">
          <xsl:if test="$failed = $move"><xsl:value-of select="/page/form/value[@name = 'note']"/></xsl:if>
        </textarea>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The error of a field of the action that came back refused. -->
  <xsl:template name="input-error">
    <xsl:param name="name"/>
    <xsl:param name="move"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <xsl:if test="$failed = $move and $error">
      <p class="error-message">
        <span class="visually-hidden"><xsl:value-of select="$t.form.error"/></span>
        <xsl:apply-templates select="$error" mode="msg"/>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="action-label">
    <xsl:param name="move"/>
    <xsl:choose>
      <xsl:when test="$move = 'accept'"><xsl:value-of select="$t.act.accept"/></xsl:when>
      <xsl:when test="$move = 'complete'"><xsl:value-of select="$t.act.complete"/></xsl:when>
      <xsl:when test="$move = 'refuse'"><xsl:value-of select="$t.act.refuse"/></xsl:when>
      <xsl:when test="$move = 'assign'"><xsl:value-of select="$t.act.assign"/></xsl:when>
      <xsl:when test="$move = 'handover'"><xsl:value-of select="$t.act.handover"/></xsl:when>
      <xsl:when test="$move = 'supplement'"><xsl:value-of select="$t.act.supplement"/></xsl:when>
      <xsl:when test="$move = 'supplemented'"><xsl:value-of select="$t.act.supplemented"/></xsl:when>
      <xsl:when test="$move = 'fees'"><xsl:value-of select="$t.act.fees"/></xsl:when>
      <xsl:when test="$move = 'paid'"><xsl:value-of select="$t.act.paid"/></xsl:when>
      <xsl:when test="$move = 'propose'"><xsl:value-of select="$t.act.propose"/></xsl:when>
      <xsl:when test="$move = 'sendback'"><xsl:value-of select="$t.act.sendback"/></xsl:when>
      <xsl:when test="$move = 'approve'"><xsl:value-of select="$t.act.approve"/></xsl:when>
      <xsl:when test="$move = 'return'"><xsl:value-of select="$t.act.return"/></xsl:when>
      <xsl:when test="$move = 'apology'"><xsl:value-of select="$t.act.apology"/></xsl:when>
      <xsl:when test="$move = 'stop'"><xsl:value-of select="$t.act.stop"/></xsl:when>
      <xsl:when test="$move = 'withdrawn'"><xsl:value-of select="$t.act.withdrawn"/></xsl:when>
      <xsl:when test="$move = 'exempt'"><xsl:value-of select="$t.act.exempt"/></xsl:when>
      <xsl:when test="$move = 'noexempt'"><xsl:value-of select="$t.act.noexempt"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
