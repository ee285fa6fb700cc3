<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-person.xsl — a person's and an organisation's fields, in Vietnamese (NFC, full
  diacritics): the account forms ask for them and the submission shows or asks for the
  applicant's, so both areas need them, and the catalogue does not.

  Included by the account views (account-*.xsl) and by submit-common.xsl (which the
  submission views import); by nothing else. See vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Accounts: the fields, shared by register, profile and password; the submission
       shows them for the applicant (submit-new, submit-info, submit-review, submit-receipt) -->
  <xsl:variable name="t.f.full_name" select="'Họ và tên'"/>
  <xsl:variable name="t.f.citizen_id" select="'Số định danh cá nhân (CCCD)'"/>
  <xsl:variable name="t.f.birth_date" select="'Ngày sinh'"/>
  <xsl:variable name="t.f.phone" select="'Số điện thoại di động'"/>
  <xsl:variable name="t.f.phone.hint" select="'10 chữ số, ví dụ 0912345678'"/>
  <xsl:variable name="t.f.email" select="'Thư điện tử'"/>
  <xsl:variable name="t.f.address" select="'Địa chỉ liên hệ'"/>
  <xsl:variable name="t.f.address.hint" select="'Số nhà, đường hoặc thôn, tổ dân phố; xã, phường'"/>
  <xsl:variable name="t.f.org_name" select="'Tên tổ chức'"/>
  <xsl:variable name="t.f.org_name.hint" select="'Ghi đúng như trên giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập'"/>
  <xsl:variable name="t.f.org_tax_code" select="'Mã số thuế'"/>
  <xsl:variable name="t.f.org_tax_code.hint" select="'10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh'"/>

  <!-- Accounts: profile: its name, which the submission links to, and an empty value -->
  <xsl:variable name="t.profile.title" select="'Tài khoản của tôi'"/>
  <xsl:variable name="t.profile.none" select="'Chưa có'"/>

</xsl:stylesheet>
