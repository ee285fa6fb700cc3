/*
 * req_get.c — what a handler reads of its request: an input by name (as the route's
 * param_spec checked it), as text, as a number, or trimmed of the blanks around it; and
 * whether a path matches a route's pattern, whose star stands for one segment (its text
 * becomes the handler's r->arg).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "dvc.h"
#include "private.h"

const struct param *
req_param(const struct request *r, const char *name)
{
	size_t	 i;

	for (i = 0; i < r->nparams; i++)
		if (strcmp(r->params[i].name, name) == 0)
			return &r->params[i];
	return NULL;
}

const char *
req_str(const struct request *r, const char *name, const char *fallback)
{
	const struct param *p = req_param(r, name);

	return p != NULL ? p->value : fallback;
}

uint64_t
req_uint(const struct request *r, const char *name, uint64_t fallback)
{
	const struct param *p = req_param(r, name);

	return p != NULL ? p->num : fallback;
}

char *
req_input(struct request *r, const char *name)
{
	const struct param	*p = req_param(r, name);
	char			*s, *end;

	if (p == NULL)
		return (char *)"";
	for (s = p->value; *s == ' ' || *s == '\t'; s++)
		;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

bool
route_match(const char *pattern, const char *path, char **arg)
{
	const char	*star = strchr(pattern, '*'), *seg_end;
	size_t		 pre;

	*arg = NULL;
	if (star == NULL)
		return strcmp(pattern, path) == 0;
	pre = (size_t)(star - pattern);
	if (strncmp(pattern, path, pre) != 0)
		return false;
	path += pre;
	if ((seg_end = strchr(path, '/')) == NULL)
		seg_end = path + strlen(path);
	if (seg_end == path || strcmp(star + 1, seg_end) != 0)
		return false;
	*arg = xstrndup(path, (size_t)(seg_end - path));
	return true;
}
