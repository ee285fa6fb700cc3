<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-form.xsl — pieces of the back office's forms beside layout.xsl's field and checkbox:
  an optional multi-line text, a select of given choices, boxes to tick for a set. Each reads
  what the form holds from /page/form/value[@name] and shows its error from /page/form/error.
  Imported by admin-procedure.xsl, whose words it is given as parameters.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A multi-line text, optional, of at most max characters. -->
  <xsl:template name="text">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="max"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="type" select="'textarea'"/>
      <xsl:with-param name="optional" select="'true'"/>
      <xsl:with-param name="maxlength" select="$max"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    choice: a select of name; its options either nodes with code and name (options), or pairs
    "value=label;…" (pairs), after an empty one labelled blank when blank is given. The value
    shown is the form's.
  -->
  <xsl:template name="choice">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="options" select="/.."/>
    <xsl:param name="pairs" select="''"/>
    <xsl:param name="blank" select="''"/>
    <xsl:variable name="cur" select="string(/page/form/value[@name = $name])"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <div>
      <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
      <label class="label" for="field-{$name}"><xsl:value-of select="$label"/></label>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="$name"/></xsl:call-template>
      <select class="select" id="field-{$name}" name="{$name}">
        <xsl:if test="$error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <xsl:if test="string($blank) != ''">
          <option value=""><xsl:value-of select="$blank"/></option>
        </xsl:if>
        <xsl:for-each select="$options">
          <option value="{code}">
            <xsl:if test="string(code) = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="name"/>
          </option>
        </xsl:for-each>
        <xsl:call-template name="pair-options">
          <xsl:with-param name="pairs" select="$pairs"/>
          <xsl:with-param name="cur" select="$cur"/>
        </xsl:call-template>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="pair-options">
    <xsl:param name="pairs"/>
    <xsl:param name="cur"/>
    <xsl:if test="contains($pairs, ';')">
      <xsl:variable name="p" select="substring-before($pairs, ';')"/>
      <option value="{substring-before($p, '=')}">
        <xsl:if test="substring-before($p, '=') = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="substring-after($p, '=')"/>
      </option>
      <xsl:call-template name="pair-options">
        <xsl:with-param name="pairs" select="substring-after($pairs, ';')"/>
        <xsl:with-param name="cur" select="$cur"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- boxes: a box to tick per pair "value=label;", named prefix+value (a set) or name (single). -->
  <xsl:template name="boxes">
    <xsl:param name="name"/>
    <xsl:param name="label" select="''"/>
    <xsl:param name="pairs"/>
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="single" select="false()"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <fieldset id="field-{$name}">
      <xsl:attribute name="class">form-group fieldset<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
      <xsl:if test="$label != ''"><legend class="label"><xsl:value-of select="$label"/></legend></xsl:if>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="$name"/></xsl:call-template>
      <xsl:call-template name="box">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="pairs" select="$pairs"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="single" select="$single"/>
      </xsl:call-template>
    </fieldset>
  </xsl:template>

  <xsl:template name="box">
    <xsl:param name="name"/>
    <xsl:param name="pairs"/>
    <xsl:param name="prefix"/>
    <xsl:param name="single"/>
    <xsl:if test="contains($pairs, ';')">
      <xsl:variable name="p" select="substring-before($pairs, ';')"/>
      <xsl:variable name="val" select="substring-before($p, '=')"/>
      <xsl:variable name="in">
        <xsl:choose>
          <xsl:when test="$single"><xsl:value-of select="$name"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($prefix, $val)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <div class="checkbox">
        <input class="checkbox-input" type="checkbox" id="box-{$in}" name="{$in}" value="1">
          <xsl:if test="($single and string(/page/form/value[@name = $name]) = $val) or
                        (not($single) and contains(concat(',', /page/form/value[@name = $name], ','), concat(',', $val, ',')))">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label class="checkbox-label" for="box-{$in}"><xsl:value-of select="substring-after($p, '=')"/></label>
      </div>
      <xsl:call-template name="box">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="pairs" select="substring-after($pairs, ';')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="single" select="$single"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
