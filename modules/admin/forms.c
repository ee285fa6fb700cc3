/*
 * forms.c — the form templates (mẫu đơn, tờ khai) a procedure's components offer citizens.
 *   GET  /admin/forms          every template: those shipped beside the views (static/forms/,
 *                              served at /static/forms/NAME) and those uploaded here, with size,
 *                              date and the current procedures whose components use each; the
 *                              upload form
 *   POST /admin/forms          an upload (one file: PDF, DOC, DOCX, ODT, XLS, XLSX by content,
 *                              at most FORMS_MAX_MB)
 *   POST /admin/forms/remove   an uploaded template no current procedure uses
 * An uploaded template is stored as STORE/forms/NAME, NAME the uploaded name folded to
 * [a-z0-9-] (diacritics dropped, core formname.c) and the extension of its type as libmagic reads it; a name
 * already taken (uploaded or shipped) is refused, never replaced. The catalogue names it
 * "u/NAME" (sql/032) and nginx serves it at /forms/NAME as an attachment (conf/nginx/dvc.conf).
 * Written by link() from the upload's temporary file, fsynced: an existing name is never
 * overwritten, even by two uploads at once. Each upload and removal is in the audit log.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"
#include "formname.h"

#define FORMS_MAX_MB	10
#define FORMS_TYPES	"pdf,doc,docx,odt,xls,xlsx"

const struct param_spec forms_params[] = {
	{ "msg", P_TOKEN, 20 }, { "name", P_TEXT, 60 }, { NULL, 0, 0 },
};
const struct param_spec forms_remove_params[] = { { "name", P_TEXT, 60 }, { NULL, 0, 0 } };

static int
forms_limits(struct request *r, struct upload *up)
{
	(void)r;
	up->max_bytes = FORMS_MAX_MB * 1024UL * 1024UL;
	snprintf(up->types, sizeof(up->types), "%s", FORMS_TYPES);
	snprintf(up->what, sizeof(up->what), "forms");
	up->room_files = 1;
	up->room_files_error = "forms.one_file";
	return 0;
}

const struct upload_spec forms_spec = { { NULL }, forms_limits };

/* The extension a template of this type (libmagic's) takes. */
static const char *
mime_ext(const char *mime)
{
	static const struct { const char *mime, *ext; } m[] = {
		{ "application/pdf", "pdf" }, { "application/msword", "doc" },
		{ "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx" },
		{ "application/vnd.oasis.opendocument.text", "odt" },
		{ "application/vnd.ms-excel", "xls" },
		{ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		if (strcmp(m[i].mime, mime) == 0)
			return m[i].ext;
	return NULL;
}

static void
dir_path(bool uploaded, char *out, size_t outsz)
{
	if (uploaded)
		snprintf(out, outsz, "%s/" FORMS_DIR, conf.store_dir);
	else
		snprintf(out, outsz, "%s/static/forms", conf.xslt_dir);
}

static bool
exists(bool uploaded, const char *name)
{
	char		 dir[1024], path[1200];
	struct stat	 sb;

	dir_path(uploaded, dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return stat(path, &sb) == 0;
}

static int
dirent_ok(const struct dirent *d)
{
	return form_name_ok(d->d_name);
}

/* Appends one element a template of dir (sorted by name) to parent; full: with size and date. */
static void
list_dir(xmlNodePtr parent, const char *elem, bool uploaded, bool full)
{
	struct dirent	**names;
	char		 dir[1024], path[1300], file[300], date[32];
	struct stat	 sb;
	int		 n, i;

	dir_path(uploaded, dir, sizeof(dir));
	if ((n = scandir(dir, &names, dirent_ok, alphasort)) < 0)
		return;		/* none uploaded yet: no folder */
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
			xmlNodePtr	 t = xml_elem(parent, elem);
			time_t		 vn = sb.st_mtime + 7 * 3600;	/* Vietnam, UTC+7 */
			struct tm	 tm;

			snprintf(file, sizeof(file), "%s%s", uploaded ? "u/" : "", names[i]->d_name);
			xml_attr(t, "file", file);
			if (full) {
				xml_attr(t, "name", names[i]->d_name);
				xml_attr(t, "kind", uploaded ? "uploaded" : "shipped");
				xml_attr_uint(t, "size", (unsigned long long)sb.st_size);
				gmtime_r(&vn, &tm);
				strftime(date, sizeof(date), "%d/%m/%Y %H:%M", &tm);
				xml_attr(t, "date", date);
			}
		}
		free(names[i]);
	}
	free(names);
}

void
forms_list_xml(struct request *r, xmlNodePtr parent)
{
	xmlNodePtr	 t = xml_elem(parent, "templates");

	(void)r;
	list_dir(t, "template", false, false);
	list_dir(t, "template", true, false);
}

/* The page: every template, what uses each, the upload form. */
static int
forms_fill(struct request *r)
{
	xmlNodePtr	 f = xml_elem(r->root, "forms");

	list_dir(f, "form", false, true);
	list_dir(f, "form", true, true);
	if (xml_rows(xml_elem(r->root, "uses"), "use", STMT_FORMS_USED, NULL) < 0)
		return 500;
	xml_attr_uint(f, "max_mb", FORMS_MAX_MB);
	return 200;
}

int
forms_page(struct request *r)
{
	xmlNodePtr	 m;

	if (req_param(r, "msg") != NULL) {
		m = xml_text(r->root, "done", req_str(r, "msg", ""));
		xml_attr(m, "name", req_str(r, "name", ""));
	}
	return forms_fill(r);
}

static long
form_audit(struct request *r, const char *action, const char *name, const char *json)
{
	struct cat_who	 who = catalogue_who(r->user.id);
	bool		 add = strcmp(action, "add") == 0;

	return catalogue_log(&who, action, "form", name, 0, add ? "" : json, add ? json : "");
}

static int
forms_refuse(struct request *r, int st, const char *code, const char *name)
{
	xmlNodePtr	 e = form_error(r, "file", code);

	xml_attr(e, "file", name);
	xml_attr_uint(e, "max_mb", FORMS_MAX_MB);
	r->keep_view = true;
	return forms_fill(r) == 200 ? st : 500;
}

/* Puts the temporary file at dir/name, never over another: 0, EEXIST, or -1. */
static int
place(struct upload_file *f, const char *name)
{
	char	 dir[1024], path[1200];
	int	 dfd;

	dir_path(true, dir, sizeof(dir));
	if (mkdir(dir, 0755) != 0 && errno != EEXIST)	/* public files, read by nginx */
		return -1;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (fsync(f->fd) != 0)
		return -1;
	if (link(f->tmp, path) != 0)
		return errno == EEXIST ? EEXIST : -1;
	chmod(path, 0644);	/* nginx reads it */
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(dfd);
		close(dfd);
	}
	return 0;
}

int
forms_upload(struct request *r)
{
	struct upload	*up = upload_get(r);
	struct upload_file *f;
	char		 name[64], json[512];
	const char	*ext;
	int		 st = r->upload_status, rc;

	if (st == 0 && up->nfiles != 1)
		return forms_refuse(r, 400, "forms.file_required", "");
	if (st == 0)
		st = upload_check(up);
	if (st != 0) {
		const char *e = up->error == NULL ? "upload.invalid" : up->error;
		const char *file = up->nfiles > 0 ? up->files[up->nfiles - 1].name : "";

		return forms_refuse(r, st, strcmp(e, "upload.too_large") == 0 ? "forms.too_large" :
		    strcmp(e, "upload.type") == 0 ? "forms.type" : strcmp(e, "upload.empty") == 0 ?
		    "forms.empty" : e, file);
	}
	f = &up->files[0];
	if ((ext = mime_ext(f->mime)) == NULL)
		return forms_refuse(r, 415, "forms.type", f->name);
	form_name_make(f->name, strlen(f->name), ext, name, sizeof(name));
	if (name[0] == '\0' || !form_name_ok(name))
		return forms_refuse(r, 400, "forms.bad_name", f->name);
	if (exists(false, name))
		return forms_refuse(r, 409, "forms.exists", name);
	if ((rc = place(f, name)) == EEXIST)
		return forms_refuse(r, 409, "forms.exists", name);
	if (rc != 0)
		return forms_refuse(r, 500, "upload.store_failed", f->name);
	snprintf(json, sizeof(json), "{\"file\":\"u/%s\",\"size\":%lu,\"sha256\":\"%s\"}", name, f->size, f->hex);
	if (form_audit(r, "add", name, json) < 0)
		log_warn("audit_log: form %s uploaded but not logged", name);
	snprintf(json, sizeof(json), "/admin/forms?msg=uploaded&name=u/%s", name);
	return app_redirect(r, json);
}

int
forms_remove(struct request *r)
{
	const char	*v = req_str(r, "name", "");
	char		 code[64] = "", path[1200], json[128];
	long		 rc;

	if (strncmp(v, "u/", 2) != 0 || !form_name_ok(v + 2) || !exists(true, v + 2))
		return app_error(r, 404, "forms.not_found");
	rc = db_text(STMT_FORM_USED_BY, (struct db_arg[]){ DB_S(v), DB_END_ }, code, sizeof(code));
	if (rc < 0)
		return db_status(rc);
	if (code[0] != '\0') {
		xmlNodePtr e = form_error(r, "remove", "forms.in_use");

		xml_attr(e, "file", v);
		xml_attr(e, "procedure", code);
		r->keep_view = true;
		return forms_fill(r) == 200 ? 409 : 500;
	}
	dir_path(true, path, sizeof(path));
	snprintf(path + strlen(path), sizeof(path) - strlen(path), "/%s", v + 2);
	if (unlink(path) != 0)
		return app_error(r, 500, "upload.store_failed");
	snprintf(json, sizeof(json), "{\"file\":\"%s\"}", v);
	if (form_audit(r, "remove", v + 2, json) < 0)
		log_warn("audit_log: form %s removed but not logged", v);
	return app_redirect(r, "/admin/forms?msg=removed");
}
