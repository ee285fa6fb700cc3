/*
 * formname.h — the file name of a form template (mẫu đơn, tờ khai) an administrator uploads
 * (dvc-admin's forms.c): what the catalogue may name and nginx serves at /forms/NAME.
 */
#ifndef DVC_FORMNAME_H
#define DVC_FORMNAME_H

#include <stdbool.h>
#include <stddef.h>

#define FORM_NAME_MAX	40	/* the audit log's object_code holds 40 */
#define FORM_BASE_MAX	34	/* the folded base, so that any extension fits */

/* Whether name is a template's file name: [a-z0-9-]+ then '.' and one of html, pdf, doc,
 * docx, odt, rtf, xls, xlsx; at most FORM_NAME_MAX bytes. */
bool	 form_name_ok(const char *name);
/* The name an uploaded file (its name as the browser sent it, any bytes) is stored under: its
 * base (no folder, no extension) folded to ASCII lower-case words (diacritics dropped, text_fold)
 * joined by '-', cut to FORM_BASE_MAX bytes, then '.' and ext. "" when nothing is left. out
 * holds at least FORM_NAME_MAX + 1 bytes; ext is one of form_name_ok()'s. */
void	 form_name_make(const char *uploaded, size_t len, const char *ext, char *out, size_t outsz);

#endif
