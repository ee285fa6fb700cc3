/*
 * files.c — step 2: one upload slot per component. Core streams an upload to temporary
 * files in the store (upload.c) within the component's size limit and the room the draft and
 * the account's drafts have left (dvc.conf: dossier_max_files, dossier_max_mb,
 * account_drafts_max_mb); here its type is checked against the component's, and only when the
 * whole body parsed are the files moved under their SHA-256 and recorded, in one transaction
 * that checks the component and the bounds again under the draft's row lock.
 */
#include <limits.h>
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

/* What the draft and the account hold (STMT_ROOM). */
struct room {
	long long	 files, bytes, account, replaced;
};

static int
room_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct room	*rm = arg;

	(void)names;
	(void)lens;
	if (ncols < 4)
		return 0;
	rm->files = num(cols[0]);
	rm->bytes = num(cols[1]);
	rm->account = num(cols[2]);
	rm->replaced = num(cols[3]);
	return 1;
}

/* The bounds of dvc.conf in bytes (0 in it: none). */
static long long
mb_limit(int mb)
{
	return mb > 0 ? (long long)mb * 1024 * 1024 : LLONG_MAX / 2;
}

/* What draft id of the user holds, and the file replace (0: none) of it. What db_exec()
 * returns. */
static long
room_read(long long id, long long user, long long replace, struct room *rm)
{
	struct db_arg	 args[] = { DB_I(id), DB_I(id), DB_I(user), DB_I(replace), DB_I(id), DB_END_ };

	memset(rm, 0, sizeof(*rm));
	return db_exec(STMT_ROOM, args, room_row, rm);
}

/*
 * The component of the user's draft that the files go to: its size limit and types; and the
 * room the draft (dossier_max_files, dossier_max_mb) and the account's drafts
 * (account_drafts_max_mb) have left, so that an upload over them stops at its first byte too
 * many. files_tx() checks them again under the draft's lock.
 */
static int
component_limits(struct request *r, struct upload *up)
{
	const char	*component = upload_field(up, "component");
	struct db_arg	 args[] = { DB_I(num(component)), DB_I(arg_id(r)),
	    DB_I((long long)r->user.id), DB_END_ };
	struct room	 rm;
	long long	 dossier_left, account_left, files_left;
	long		 rc;

	if (*component == '\0')
		return 400;
	if ((rc = db_exec(STMT_UPLOAD_COMPONENT, args, limits_row, up)) < 0)
		return db_status(rc);
	if (up->max_bytes == 0)
		return 404;
	if ((rc = room_read(arg_id(r), (long long)r->user.id, num(upload_field(up, "replace")), &rm)) < 0)
		return db_status(rc);
	files_left = conf.dossier_max_files > 0 ? conf.dossier_max_files - rm.files +
	    (rm.replaced > 0) : UPLOAD_MAX_FILES;
	dossier_left = mb_limit(conf.dossier_max_mb) - rm.bytes + rm.replaced;
	account_left = mb_limit(conf.account_drafts_max_mb) - rm.account + rm.replaced;
	if (files_left < up->room_files)
		up->room_files = files_left < 0 ? 0 : (int)files_left;
	up->room_files_error = "upload.dossier_files";
	if (dossier_left < (long long)up->room_bytes) {
		up->room_bytes = dossier_left < 0 ? 0 : (unsigned long)dossier_left;
		up->room_bytes_error = "upload.dossier_bytes";
	}
	if (account_left < (long long)up->room_bytes) {
		up->room_bytes = account_left < 0 ? 0 : (unsigned long)account_left;
		up->room_bytes_error = "upload.account_bytes";
	}
	return 0;
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
	xml_attr_uint(e, "dossier_files", (unsigned long long)conf.dossier_max_files);
	xml_attr_uint(e, "dossier_mb", (unsigned long long)conf.dossier_max_mb);
	xml_attr_uint(e, "account_mb", (unsigned long long)conf.account_drafts_max_mb);
	r->keep_view = true;
	return status;
}

/* The rows of an upload: the request's ids and files in, what the transaction found out. */
struct recording {
	long long		 id, user, component, replace;
	const struct upload	*up;
	bool			 gone;		/* no draft of the user's (any more) */
	bool			 foreign;	/* the component is not the draft's procedure's */
	const char		*over;		/* the bound the draft or the account would pass */
};

/*
 * The transaction that records an upload (db_transaction(): run again after a deadlock, so it
 * only runs statements and fills rec, reset first). The draft's row is locked first:
 * concurrent uploads to one draft queue there instead of deadlocking (each insert's foreign
 * key takes a shared lock on it), a draft submitted meanwhile takes no more files, and the
 * draft's bounds are checked with every other upload to it done. Non-zero rolls back.
 */
static long
files_tx(void *arg)
{
	struct recording	*rec = arg;
	struct db_arg		 args[] = { DB_I(rec->id), DB_I(rec->user), DB_END_ };
	struct room		 rm;
	long			 rc;
	int			 i;

	rec->gone = rec->foreign = false;
	rec->over = NULL;
	if ((rc = db_exec(STMT_TOUCH, args, NULL, NULL)) <= 0) {
		rec->gone = rc == 0;
		return rc < 0 ? rc : 1;
	}
	for (i = 0; i < rec->up->nfiles; i++) {
		const struct upload_file *f = &rec->up->files[i];
		struct db_arg fargs[] = { DB_S(f->hex), DB_S(f->name), DB_S(f->mime),
		    DB_I((long long)f->size), DB_I(rec->component), DB_I(rec->id), DB_I(rec->user),
		    DB_END_ };

		if ((rc = db_exec(STMT_FILE_INSERT, fargs, NULL, NULL)) <= 0) {
			rec->foreign = rc == 0;
			return rc < 0 ? rc : 1;
		}
	}
	if (rec->replace != 0) {
		struct db_arg rargs[] = { DB_I(rec->replace), DB_I(rec->component), DB_I(rec->id),
		    DB_I(rec->user), DB_END_ };

		if ((rc = db_exec(STMT_FILE_REPLACE, rargs, NULL, NULL)) < 0)
			return rc;
	}
	if ((rc = room_read(rec->id, rec->user, 0, &rm)) < 0)
		return rc;
	if (conf.dossier_max_files > 0 && rm.files > conf.dossier_max_files)
		rec->over = "upload.dossier_files";
	else if (rm.bytes > mb_limit(conf.dossier_max_mb))
		rec->over = "upload.dossier_bytes";
	else if (rm.account > mb_limit(conf.account_drafts_max_mb))
		rec->over = "upload.account_bytes";
	return rec->over != NULL ? 1 : 0;
}

/* Checks each file's size and type, stores them, records them in one transaction. */
static int
files_save(struct request *r, struct upload *up)
{
	struct recording	 rec = { .id = arg_id(r), .user = (long long)r->user.id,
	    .component = num(upload_field(up, "component")),
	    .replace = num(upload_field(up, "replace")), .up = up };
	char			 to[80];
	long			 rc;
	int			 st = r->upload_status;

	if (st == 413)
		return files_error(r, up, 413, "upload.body_too_large");
	if (st == 404)
		return app_error(r, 404, "upload.not_found");
	if (st == 400 && up->error != NULL)
		return files_error(r, up, 400, up->error);
	if (st != 0)
		return st == 400 ? app_error(r, 400, "upload.invalid") : st;
	if (up->max_bytes == 0 || up->nfiles == 0)
		return files_error(r, up, 400, "upload.none");
	if ((st = upload_check(up)) != 0)
		return files_error(r, up, st, up->error);
	if ((st = upload_store(up)) != 0)
		return app_error(r, st, up->error);
	/* Only now, and in one transaction, the rows that point at the stored files (left to
	 * dvcctl gc when the rows are refused). */
	if ((rc = db_transaction(files_tx, &rec)) < 0)
		return db_status(rc);
	if (rec.gone)
		return app_error(r, 404, "draft.not_found");
	if (rec.foreign)
		return app_error(r, 404, "upload.not_found");
	if (rec.over != NULL)
		return files_error(r, up, 413, rec.over);
	snprintf(to, sizeof(to), "/submit/%s/files?msg=uploaded#component-%s", r->arg,
	    upload_field(up, "component"));
	return app_redirect(r, to);
}

/* Core has read the body into the request's upload, and frees it afterwards. */
int
files_post(struct request *r)
{
	return files_save(r, upload_get(r));
}

/* Removing a file: the draft's row first, as every change of a draft takes it, and the draft
 * counts as changed (its expiry starts again). */
struct removal {
	long long	 file, id, user;
	bool		 found;
};

static long
remove_tx(void *arg)
{
	struct removal	*rm = arg;
	struct db_arg	 args[] = { DB_I(rm->id), DB_I(rm->user), DB_END_ };
	struct db_arg	 fargs[] = { DB_I(rm->file), DB_I(rm->id), DB_I(rm->user), DB_END_ };
	long		 rc;

	rm->found = false;
	if ((rc = db_exec(STMT_TOUCH, args, NULL, NULL)) <= 0 ||
	    (rc = db_exec(STMT_FILE_DELETE, fargs, NULL, NULL)) <= 0)
		return rc < 0 ? rc : 1;
	rm->found = true;
	return 0;
}

int
remove_post(struct request *r)
{
	struct removal	 rm = { .file = (long long)req_uint(r, "file", 0), .id = arg_id(r),
	    .user = (long long)r->user.id };
	char		 to[64];
	long		 rc;

	if ((rc = db_transaction(remove_tx, &rm)) < 0)
		return db_status(rc);
	if (!rm.found)
		return app_error(r, 404, "file.not_found");
	snprintf(to, sizeof(to), "/submit/%s/files?msg=removed", r->arg);
	return app_redirect(r, to);
}
