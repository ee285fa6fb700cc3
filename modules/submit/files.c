/*
 * files.c — step 2: one upload slot per component. Core streams an upload to temporary
 * files in the store (upload.c) within the component's size limit; here its type is checked
 * against the component's, and only when the whole body parsed are the files moved under
 * their SHA-256 and recorded, in one transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "submit.h"

static int
limits_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct upload	*up = arg;

	(void)names;
	(void)lens;
	if (ncols < 3)
		return 0;
	up->max_bytes = strtoul(cols[0], NULL, 10) * 1024;
	snprintf(up->types, sizeof(up->types), "%s", cols[1]);
	snprintf(up->what, sizeof(up->what), "%s", cols[2]);
	return 1;
}

/* The component of the user's draft that the files go to: its size limit and types. */
static int
component_limits(struct request *r, struct upload *up)
{
	const char	*component = upload_field(up, "component");
	struct db_arg	 args[] = { DB_I(num(component)), DB_I(arg_id(r)),
	    DB_I((long long)r->user.id), DB_END_ };
	long		 rc;

	if (*component == '\0')
		return 400;
	if ((rc = db_exec(STMT_UPLOAD_COMPONENT, args, limits_row, up)) < 0)
		return db_status(rc);
	return up->max_bytes == 0 ? 404 : 0;
}

const struct upload_spec upload_spec = { { "component", "replace", NULL }, component_limits };

struct components_ctx {
	xmlNodePtr	 list;
};

/* Files go under their component: <component><id>…</id>…<files><file>… */
static int
file_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct components_ctx	*ctx = arg;
	const char		*component = row_get(ncols, names, cols, "component_id");
	xmlNodePtr		 c, child;

	for (c = ctx->list->children; c != NULL; c = c->next)
		for (child = c->children; child != NULL; child = child->next)
			if (xmlStrcmp(child->name, (const xmlChar *)"id") == 0) {
				xmlChar *id = xmlNodeGetContent(child);
				bool same = component != NULL && xmlStrcmp(id, (const xmlChar *)component) == 0;

				xmlFree(id);
				if (same) {
					xmlNodePtr files = NULL;

					for (files = c->children; files != NULL; files = files->next)
						if (xmlStrcmp(files->name, (const xmlChar *)"files") == 0)
							break;
					xml_row_append(files, "file", ncols, names, cols, lens);
					return 0;
				}
				break;
			}
	return 0;
}

static int
component_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct components_ctx	*ctx = arg;

	xml_elem(xml_row_append(ctx->list, "component", ncols, names, cols, lens), "files");
	return 0;
}

int
files_data(struct request *r, const struct dossier *d)
{
	struct components_ctx	 ctx = { xml_elem(r->root, "components") };
	struct db_arg		 args[] = { DB_I((long long)d->id), DB_I((long long)r->user.id), DB_END_ };
	long			 rc;

	if ((rc = db_exec(STMT_COMPONENTS, args, component_row, &ctx)) < 0 ||
	    (rc = db_exec(STMT_FILES, args, file_row, &ctx)) < 0)
		return db_status(rc);
	return 0;
}

int
files_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = files_data(r, &d)) != 0)
		return st;
	show_msg(r);
	return 200;
}


/*
 * Shows the files page again with up->error (or code) by the component, and status. The
 * message's details go with it: the file, the component's limit, its name and types.
 */
static int
files_error(struct request *r, struct upload *up, int status, const char *code)
{
	struct dossier	 d;
	xmlNodePtr	 e;
	char		 field[32], mb[24];
	int		 st;

	upload_discard(up);
	if ((st = dossier_load(r, &d)) != 0 || (st = files_data(r, &d)) != 0)
		return st;
	snprintf(field, sizeof(field), "component-%s", upload_field(up, "component"));
	e = form_error(r, *upload_field(up, "component") != '\0' ? field : "_",
	    up->error != NULL ? up->error : code);
	if (up->error_file >= 0)
		xml_attr(e, "file", up->files[up->error_file].name);
	snprintf(mb, sizeof(mb), "%lu", up->max_bytes / (1024 * 1024));
	xml_attr(e, "max_mb", mb);
	xml_attr(e, "component", up->what);
	xml_attr(e, "types", up->types);
	snprintf(mb, sizeof(mb), "%d", UPLOAD_MAX_FILES);
	xml_attr(e, "max_files", mb);
	r->keep_view = true;
	return status;
}

/* Checks each file's size and type, stores them, records them in one transaction. */
static int
files_save(struct request *r, struct upload *up)
{
	char		 to[80];
	long		 rc;
	int		 i, st = r->upload_status;

	if (st == 413)
		return files_error(r, up, 413, "upload.body_too_large");
	if (st == 404)
		return app_error(r, 404, "upload.not_found");
	if (st != 0)
		return st == 400 ? app_error(r, 400, "upload.invalid") : st;
	if (up->max_bytes == 0 || up->nfiles == 0)
		return files_error(r, up, 400, "upload.none");
	if ((st = upload_check(up)) != 0)
		return files_error(r, up, st, up->error);
	if ((st = upload_store(up)) != 0)
		return app_error(r, st, up->error);
	/*
	 * Only now, and in one transaction, the rows that point at the stored files. The draft's
	 * row is locked first: concurrent uploads to one draft queue there instead of deadlocking
	 * (each insert's foreign key takes a shared lock on it), and a draft submitted meanwhile
	 * takes no more files.
	 */
	if ((rc = db_begin()) < 0)
		return db_status(rc);
	{
		struct db_arg args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_TOUCH, args, NULL, NULL)) < 0)
			goto fail;
		if (rc == 0) {
			db_rollback();
			return app_error(r, 404, "draft.not_found");
		}
	}
	for (i = 0; i < up->nfiles; i++) {
		struct db_arg args[] = { DB_I(arg_id(r)), DB_I(num(upload_field(up, "component"))), DB_S(up->files[i].hex),
		    DB_S(up->files[i].name), DB_S(up->files[i].mime), DB_I((long long)up->files[i].size),
		    DB_END_ };

		if ((rc = db_exec(STMT_FILE_INSERT, args, NULL, NULL)) < 0)
			goto fail;
	}
	if (*upload_field(up, "replace") != '\0') {
		struct db_arg args[] = { DB_I(num(upload_field(up, "replace"))),
		    DB_I(num(upload_field(up, "component"))), DB_I(arg_id(r)),
		    DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_FILE_REPLACE, args, NULL, NULL)) < 0)
			goto fail;
	}
	if ((rc = db_commit()) < 0)
		return db_status(rc);
	snprintf(to, sizeof(to), "/submit/%s/files?msg=uploaded#component-%s", r->arg,
	    upload_field(up, "component"));
	return app_redirect(r, to);
fail:
	db_rollback();
	return db_status(rc);
}

/* Core has read the body into the request's upload, and frees it afterwards. */
int
files_post(struct request *r)
{
	return files_save(r, upload_get(r));
}

int
remove_post(struct request *r)
{
	struct db_arg	 args[] = { DB_I((long long)req_uint(r, "file", 0)), DB_I(arg_id(r)),
	    DB_I((long long)r->user.id), DB_END_ };
	char		 to[64];
	long		 rc;

	if ((rc = db_exec(STMT_FILE_DELETE, args, NULL, NULL)) < 0)
		return db_status(rc);
	if (rc == 0)
		return app_error(r, 404, "file.not_found");
	snprintf(to, sizeof(to), "/submit/%s/files?msg=removed", r->arg);
	return app_redirect(r, to);
}
