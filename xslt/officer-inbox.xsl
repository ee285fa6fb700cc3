<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-inbox.xsl — "Hồ sơ cần xử lý" (/officer/): the dossiers of the officer's units by
  what waits for them. Officers land here after signing in.

  Input: /page with user, form (value[@name] of the filters; error[@name][@code] for a bad
  date), request/param (the query), query_string, and
    roles       role: agency_id, agency_code, agency_name, agency_sort (the units' order),
                role (receiver|processor|approver)
    tabs        receive, assign, process, approve, return: how many wait in each
    tab         the tab shown (receive|assign|process|approve|return|all)
    filters_open  1 when the whole filter form is shown
    fields      field: id, name (only then)
    dossiers    @page, @more (1 when there is a next page); dossier: id, code, status,
                procedure_name, applicant_name, org_name (only an organisation's), submitted_at, due_at,
                holder_name, assignee_name, awaiting_approval, overdue, due_soon
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="officer-common.xsl"/>

  <xsl:variable name="tab" select="string(/page/tab)"/>
  <xsl:variable name="dossiers" select="/page/dossiers/dossier"/>
  <!-- A unit's roles come together (STMT_ROLES): its first one stands for the unit. No
       xsl:key: libxslt would index the whole page for it at every transform. -->
  <xsl:variable name="agencies"
      select="/page/roles/role[not(agency_id = preceding-sibling::role[1]/agency_id)]"/>
  <xsl:variable name="is-receiver" select="/page/roles/role[role = 'receiver']"/>
  <xsl:variable name="is-processor" select="/page/roles/role[role = 'processor']"/>
  <xsl:variable name="is-approver" select="/page/roles/role[role = 'approver']"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.inbox.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.inbox.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.inbox.title"/></h1>
    <xsl:call-template name="error-summary"/>
    <xsl:choose>
      <xsl:when test="$agencies">
        <div class="inbox-roles">
          <p class="inbox-roles-label"><xsl:value-of select="$t.inbox.roles"/></p>
          <ul class="plain inbox-roles-list">
            <xsl:for-each select="$agencies">
              <xsl:sort select="agency_sort" data-type="number"/>
              <xsl:sort select="agency_name"/>
              <xsl:variable name="mine" select=". | following-sibling::role[agency_id = current()/agency_id]"/>
              <li>
                <strong><xsl:value-of select="agency_name"/></strong>
                <xsl:value-of select="$t.inbox.roles.sep"/>
                <xsl:for-each select="$mine">
                  <xsl:sort select="string-length(role)"/>
                  <xsl:if test="position() &gt; 1"><xsl:value-of select="$t.list.sep"/></xsl:if>
                  <xsl:choose>
                    <xsl:when test="role = 'receiver'"><xsl:value-of select="$t.role.receiver"/></xsl:when>
                    <xsl:when test="role = 'processor'"><xsl:value-of select="$t.role.processor"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$t.role.approver"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
          <xsl:if test="$is-receiver">
            <p><a href="/officer/register"><xsl:value-of select="$t.inbox.register"/></a></p>
          </xsl:if>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="notice"><xsl:value-of select="$t.inbox.norole"/></p>
      </xsl:otherwise>
    </xsl:choose>

    <nav class="tabs" aria-label="{$t.inbox.tabs}">
      <ul>
        <xsl:if test="$is-receiver">
          <xsl:call-template name="tab"><xsl:with-param name="name" select="'receive'"/><xsl:with-param name="label" select="$t.inbox.tab.receive"/><xsl:with-param name="count" select="/page/tabs/receive"/></xsl:call-template>
          <xsl:call-template name="tab"><xsl:with-param name="name" select="'assign'"/><xsl:with-param name="label" select="$t.inbox.tab.assign"/><xsl:with-param name="count" select="/page/tabs/assign"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="$is-processor">
          <xsl:call-template name="tab"><xsl:with-param name="name" select="'process'"/><xsl:with-param name="label" select="$t.inbox.tab.process"/><xsl:with-param name="count" select="/page/tabs/process"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="$is-approver">
          <xsl:call-template name="tab"><xsl:with-param name="name" select="'approve'"/><xsl:with-param name="label" select="$t.inbox.tab.approve"/><xsl:with-param name="count" select="/page/tabs/approve"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="$is-receiver">
          <xsl:call-template name="tab"><xsl:with-param name="name" select="'return'"/><xsl:with-param name="label" select="$t.inbox.tab.return"/><xsl:with-param name="count" select="/page/tabs/return"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="tab"><xsl:with-param name="name" select="'all'"/><xsl:with-param name="label" select="$t.inbox.tab.all"/></xsl:call-template>
      </ul>
    </nav>

    <xsl:call-template name="filters"/>

    <xsl:choose>
      <xsl:when test="$dossiers">
        <div class="table-wrap">
          <table class="table table-stack inbox-table">
            <caption class="visually-hidden">
              <xsl:choose>
                <xsl:when test="$tab = 'all'"><xsl:value-of select="$t.inbox.caption.all"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$t.inbox.caption"/></xsl:otherwise>
              </xsl:choose>
            </caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.dossier.code"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.procedure"/></th>
                <th scope="col"><xsl:value-of select="$t.inbox.applicant"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.submitted_at"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.due_at"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.status"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="$dossiers"/>
            </tbody>
          </table>
        </div>
        <xsl:call-template name="pages"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead inbox-empty"><xsl:value-of select="$t.inbox.empty"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One tab: its name, how many wait (count; none for "all"), the current one marked. -->
  <xsl:template name="tab">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="count"/>
    <li>
      <a href="/officer/?tab={$name}">
        <xsl:if test="$tab = $name">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$label"/>
        <xsl:if test="$count">
          <xsl:text> </xsl:text>
          <span class="tab-count"><xsl:value-of select="$count"/></span>
        </xsl:if>
      </a>
    </li>
  </xsl:template>

  <!--
    The filters. At first a short form: the code or name, the deadline, "Lọc", and "Thêm bộ
    lọc", which opens the whole form (the procedure, the field, the status, the dates) keeping
    what was typed. inbox.c says when it is open (filters_open): while one of those is given,
    after an error, and once opened (filters=1). On a phone the list starts a screen higher; on
    the server the page costs a third less to render than with the whole form always there.
  -->
  <xsl:template name="filters">
    <xsl:variable name="form" select="/page/form"/>
    <xsl:choose>
      <xsl:when test="/page/filters_open">
        <xsl:call-template name="filters-all"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="due" select="string($form/value[@name = 'due'])"/>
        <form method="get" action="/officer/" class="inbox-filters inbox-search" role="search">
          <input type="hidden" name="tab" value="{$tab}"/>
          <div class="form-group">
            <label class="label" for="field-q"><xsl:value-of select="$t.inbox.q"/></label>
            <input class="input" id="field-q" name="q" type="text" maxlength="60"
                value="{$form/value[@name = 'q']}"/>
          </div>
          <div class="form-group">
            <label class="label" for="field-due"><xsl:value-of select="$t.inbox.due"/></label>
            <select class="select" id="field-due" name="due">
              <option value=""><xsl:value-of select="$t.inbox.any"/></option>
              <option value="soon">
                <xsl:if test="$due = 'soon'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="$t.inbox.due.soon"/>
              </option>
              <option value="overdue">
                <xsl:if test="$due = 'overdue'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="$t.inbox.due.overdue"/>
              </option>
            </select>
          </div>
          <div class="inbox-search-buttons">
            <button class="button" type="submit"><xsl:value-of select="$t.inbox.apply"/></button>
            <xsl:text> </xsl:text>
            <button class="button button-secondary" type="submit" name="filters" value="1">
              <xsl:value-of select="$t.inbox.more"/>
            </button>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The whole form; filters=1 keeps it open. -->
  <xsl:template name="filters-all">
    <form method="get" action="/officer/" class="inbox-filters" novalidate="novalidate">
      <input type="hidden" name="tab" value="{$tab}"/>
      <input type="hidden" name="filters" value="1"/>
      <fieldset>
        <legend class="visually-hidden"><xsl:value-of select="$t.inbox.filters"/></legend>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'q'"/>
          <xsl:with-param name="label" select="$t.inbox.q"/>
          <xsl:with-param name="maxlength" select="60"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'procedure'"/>
          <xsl:with-param name="label" select="$t.inbox.procedure"/>
          <xsl:with-param name="hint" select="$t.inbox.procedure.hint"/>
          <xsl:with-param name="maxlength" select="100"/>
        </xsl:call-template>
        <div class="form-group">
          <label class="label" for="field-field"><xsl:value-of select="$t.inbox.field"/></label>
          <select class="select" id="field-field" name="field">
            <option value=""><xsl:value-of select="$t.inbox.any"/></option>
            <xsl:for-each select="/page/fields/field">
              <option value="{id}">
                <xsl:if test="id = /page/form/value[@name = 'field']"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="name"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="field-status"><xsl:value-of select="$t.inbox.status"/></label>
          <select class="select" id="field-status" name="status">
            <option value=""><xsl:value-of select="$t.inbox.any"/></option>
            <xsl:call-template name="status-options"/>
          </select>
        </div>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'from'"/>
          <xsl:with-param name="label" select="$t.inbox.from"/>
          <xsl:with-param name="hint" select="$t.inbox.date.hint"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="maxlength" select="10"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'to'"/>
          <xsl:with-param name="label" select="$t.inbox.to.date"/>
          <xsl:with-param name="hint" select="$t.inbox.date.hint"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="maxlength" select="10"/>
        </xsl:call-template>
        <div class="form-group">
          <label class="label" for="field-due"><xsl:value-of select="$t.inbox.due"/></label>
          <select class="select" id="field-due" name="due">
            <option value=""><xsl:value-of select="$t.inbox.any"/></option>
            <option value="soon">
              <xsl:if test="/page/form/value[@name = 'due'] = 'soon'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="$t.inbox.due.soon"/>
            </option>
            <option value="overdue">
              <xsl:if test="/page/form/value[@name = 'due'] = 'overdue'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="$t.inbox.due.overdue"/>
            </option>
          </select>
        </div>
      </fieldset>
      <button class="button" type="submit"><xsl:value-of select="$t.inbox.apply"/></button>
      <xsl:text> </xsl:text>
      <a class="button button-secondary" href="/officer/?tab={$tab}"><xsl:value-of select="$t.inbox.clear"/></a>
    </form>
  </xsl:template>

  <xsl:template name="status-options">
    <xsl:param name="s" select="1"/>
    <xsl:if test="$s &lt;= 10">
      <option value="{$s}">
        <xsl:if test="string($s) = string(/page/form/value[@name = 'status'])"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:call-template name="status-name"><xsl:with-param name="status" select="$s"/></xsl:call-template>
      </option>
      <xsl:call-template name="status-options"><xsl:with-param name="s" select="$s + 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Previous and next page, keeping the tab and the filters. -->
  <xsl:template name="pages">
    <xsl:variable name="page" select="number(/page/dossiers/@page)"/>
    <xsl:variable name="q">
      <xsl:choose>
        <xsl:when test="string(/page/query_string) != ''"><xsl:value-of select="concat('?', /page/query_string, '&amp;')"/></xsl:when>
        <xsl:otherwise>?</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$page &gt; 1 or /page/dossiers/@more = 1">
      <nav class="pagination" aria-label="{$t.pagination}">
        <ul>
          <xsl:if test="$page &gt; 1">
            <li class="pagination-prev"><a href="/officer/{$q}page={$page - 1}"><xsl:value-of select="$t.inbox.prev"/></a></li>
          </xsl:if>
          <li><span aria-current="page"><xsl:value-of select="concat($t.inbox.page, $page)"/></span></li>
          <xsl:if test="/page/dossiers/@more = 1">
            <li class="pagination-next"><a href="/officer/{$q}page={$page + 1}"><xsl:value-of select="$t.inbox.next"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="dossier">
    <tr>
      <th scope="row">
        <a class="code inbox-code" href="/officer/dossiers/{id}"><xsl:value-of select="code"/></a>
      </th>
      <td data-label="{$t.dossier.procedure}">
        <xsl:value-of select="procedure_name"/>
        <xsl:if test="$tab = 'all' and holder_name != ''">
          <span class="cell-note"><xsl:value-of select="concat($t.inbox.holder, holder_name)"/></span>
        </xsl:if>
        <xsl:if test="assignee_name != ''">
          <span class="cell-note"><xsl:value-of select="concat($t.inbox.assignee, assignee_name)"/></span>
        </xsl:if>
      </td>
      <td data-label="{$t.inbox.applicant}">
        <xsl:choose>
          <xsl:when test="normalize-space(org_name) != ''">
            <xsl:value-of select="org_name"/>
            <span class="cell-note"><xsl:value-of select="concat($t.inbox.representative, applicant_name)"/></span>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="applicant_name"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td data-label="{$t.dossier.submitted_at}" class="nowrap"><xsl:value-of select="submitted_at"/></td>
      <td data-label="{$t.dossier.due_at}">
        <xsl:if test="due_at != ''">
          <span class="nowrap"><xsl:value-of select="due_at"/></span>
          <xsl:if test="status = 1">
            <span class="cell-note"><xsl:value-of select="$t.dossier.due.expected"/></span>
          </xsl:if>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="overdue = 1">
            <span class="due-flag"><span class="tag tag-late"><xsl:value-of select="$t.inbox.overdue"/></span></span>
          </xsl:when>
          <xsl:when test="due_soon = 1">
            <span class="due-flag"><span class="tag tag-warn"><xsl:value-of select="$t.inbox.due_soon"/></span></span>
          </xsl:when>
        </xsl:choose>
      </td>
      <td data-label="{$t.dossier.status}">
        <xsl:call-template name="status-badge">
          <xsl:with-param name="status" select="status"/>
        </xsl:call-template>
        <xsl:if test="awaiting_approval = 1">
          <span class="cell-note"><xsl:value-of select="$t.inbox.awaiting"/></span>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
