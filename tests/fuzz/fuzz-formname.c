/*
 * fuzz-formname.c — libFuzzer harness for the file name an uploaded form template is stored
 * under (core formname.c, dvc-admin's /admin/forms): the browser's file name, any bytes.
 *
 * The name made is "" or passes form_name_ok(): [a-z0-9-]+ then ".pdf" (the extension given),
 * at most FORM_NAME_MAX bytes, no '-' at either end of the base and never two in a row; the
 * same input gives the same name. Any broken invariant abort()s.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "formname.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	 out[FORM_NAME_MAX + 1], again[FORM_NAME_MAX + 1];
	size_t	 n;

	form_name_make((const char *)data, size, "docx", out, sizeof(out));
	form_name_make((const char *)data, size, "docx", again, sizeof(again));
	if (strcmp(out, again) != 0)
		abort();
	if (out[0] == '\0')
		return 0;
	n = strlen(out);
	if (!form_name_ok(out) || n < 6 || strcmp(out + n - 5, ".docx") != 0)
		abort();
	if (out[0] == '-' || out[n - 6] == '-' || strstr(out, "--") != NULL)
		abort();
	return 0;
}
