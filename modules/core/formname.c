/*
 * formname.c — the safe file name of an uploaded form template (formname.h): the rule the
 * catalogue's CHECK (sql/032) and nginx's /forms/ location rely on. Fuzzed (fuzz-formname.c).
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "formname.h"

bool
form_name_ok(const char *name)
{
	static const char *const exts[] = { "html", "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", NULL };
	const char	*dot = strchr(name, '.');
	size_t		 n = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-"), i;

	if (dot == NULL || n == 0 || name + n != dot || strlen(name) > FORM_NAME_MAX)
		return false;
	for (i = 0; exts[i] != NULL; i++)
		if (strcmp(dot + 1, exts[i]) == 0)
			return true;
	return false;
}

void
form_name_make(const char *uploaded, size_t len, const char *ext, char *out, size_t outsz)
{
	char		 fold[256], *p;
	const char	*base = uploaded, *dot = NULL, *s;
	size_t		 n;

	for (s = uploaded; s < uploaded + len; s++)
		if (*s == '/' || *s == '\\')
			base = s + 1;
	for (s = base; s < uploaded + len; s++)
		if (*s == '.')
			dot = s;
	n = text_fold(base, (size_t)((dot != NULL ? dot : uploaded + len) - base), fold, sizeof(fold));
	if (n > FORM_BASE_MAX)
		n = FORM_BASE_MAX;
	while (n > 0 && fold[n - 1] == ' ')
		n--;
	fold[n] = '\0';
	for (p = fold; *p != '\0'; p++)
		if (*p == ' ')
			*p = '-';
	if (n == 0 || outsz == 0)
		*out = '\0';
	else
		snprintf(out, outsz, "%.*s.%s", (int)n, fold, ext);
}
