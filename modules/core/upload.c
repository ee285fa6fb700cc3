/*
 * upload.c — the body of a multipart POST (ROUTE_MULTIPART) read before the handler runs:
 * the form's CSRF token first, then the route's plain fields (ids: digits only), then each
 * file streamed to a temporary file in the store, hashed and sized on the way and cut off at
 * the limit the route's upload_spec sets. The handler then checks the files (type from the
 * content, libmagic) and moves them under their SHA-256; core frees the rest at the end.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <magic.h>

#include "dvc.h"
#include "private.h"

/* What core knows of the body while it reads it. */
struct body {
	struct request	*r;
	struct upload	*up;
	FCGX_Request	*fr;
	unsigned long	 left;		/* CONTENT_LENGTH still to read */
	int		 part;		/* index of the current part */
	char		 csrf[80];
	size_t		 csrf_len;
	bool		 csrf_ok;
};

static magic_t	 magic;		/* the worker's, opened at its first upload */

/* The MIME types each short name of a file kind list ("pdf,jpg,png") stands for. */
static const struct {
	const char	*ext;
	const char	*mime;
} file_kinds[] = {
	{ "pdf", "application/pdf" },
	{ "jpg", "image/jpeg" },
	{ "png", "image/png" },
	{ "doc", "application/msword" },
	{ "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
	{ "xls", "application/vnd.ms-excel" },
	{ "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
	{ "odt", "application/vnd.oasis.opendocument.text" },
};

void
upload_discard(struct upload *up)
{
	int	 i;

	for (i = 0; i < up->nfiles; i++) {
		if (up->files[i].fd >= 0)
			close(up->files[i].fd);
		if (up->files[i].tmp[0] != '\0')
			unlink(up->files[i].tmp);
		up->files[i].fd = -1;
		up->files[i].tmp[0] = '\0';
	}
	up->nfiles = 0;
}

static void
upload_free(void *arg)
{
	upload_discard(arg);
	free(arg);
}

struct upload *
upload_get(struct request *r)
{
	return r->state;
}

const char *
upload_field(const struct upload *up, const char *name)
{
	int	 i;

	for (i = 0; i < UPLOAD_MAX_FIELDS && up->spec->fields[i] != NULL; i++)
		if (strcmp(up->spec->fields[i], name) == 0)
			return up->field[i];
	return "";
}

static long
body_read(void *arg, char *buf, size_t n)
{
	struct body	*b = arg;
	int		 got;

	if (b->left == 0)
		return 0;
	if (n > b->left)
		n = b->left;
	if ((got = FCGX_GetStr(buf, (int)n, b->fr->in)) <= 0)
		return -1;	/* the client went away before the end */
	b->left -= (unsigned long)got;
	return got;
}

static int
part_begin(void *arg, const struct mp_part *p)
{
	struct body		*b = arg;
	struct upload		*up = b->up;
	struct upload_file	*f;
	int			 i, st;

	if (b->part++ == 0)
		return strcmp(p->name, "csrf") == 0 && !p->is_file ? 0 : 403;
	up->cur_field = -1;
	if (!p->is_file) {
		for (i = 0; i < UPLOAD_MAX_FIELDS && up->spec->fields[i] != NULL; i++)
			if (strcmp(up->spec->fields[i], p->name) == 0) {
				/* One value a field: a second "component" would name another
				 * component than the one the files are checked against. */
				if (up->field_seen[i]) {
					up->error = "upload.repeated";
					return 400;
				}
				/* Fields come before the files: limits() read them at the first. */
				if (up->limits_known)
					return 400;
				up->field_seen[i] = true;
				up->cur_field = i;
				return 0;
			}
		return 400;
	}
	if (strcmp(p->name, "file") != 0)
		return 400;
	if (!up->limits_known) {	/* the first file: the fields before it are known */
		if ((st = up->spec->limits(b->r, up)) != 0)
			return st;
		up->limits_known = true;
	}
	if (p->filename[0] == '\0')
		return 0;	/* a file input left empty */
	if (up->nfiles == UPLOAD_MAX_FILES) {
		up->error = "upload.too_many";
		return 413;
	}
	if (up->nfiles >= up->room_files) {
		up->error = up->room_files_error;
		return 413;
	}
	f = &up->files[up->nfiles];
	memset(f, 0, sizeof(*f));
	if ((f->fd = store_tmp(f->tmp)) < 0)
		return 500;
	up->nfiles++;
	snprintf(f->name, sizeof(f->name), "%s", p->filename);
	crypto_hash_sha256_init(&f->sha);
	return 0;
}

static int
part_data(void *arg, const struct mp_part *p, const char *data, size_t n)
{
	struct body		*b = arg;
	struct upload		*up = b->up;
	struct upload_file	*f;
	size_t			 len, i;

	if (b->part == 1) {
		if (n > sizeof(b->csrf) - 1 - b->csrf_len)
			return 403;
		memcpy(b->csrf + b->csrf_len, data, n);
		b->csrf_len += n;
		return 0;
	}
	if (up->cur_field >= 0) {
		char *dst = up->field[up->cur_field];

		len = strlen(dst);
		if (n >= sizeof(up->field[0]) - len)
			return 400;
		/* data is the n bytes of the window, not a string: only those are looked at. */
		for (i = 0; i < n; i++)
			if (data[i] < '0' || data[i] > '9')
				return 400;
		memcpy(dst + len, data, n);
		dst[len + n] = '\0';
		return 0;
	}
	if (p->filename[0] == '\0' || up->nfiles == 0)
		return 0;
	f = &up->files[up->nfiles - 1];
	if (f->size + n > up->max_bytes) {
		up->error = "upload.too_large";
		up->error_file = up->nfiles - 1;
		return 413;
	}
	if (up->total + n > up->room_bytes) {
		up->error = up->room_bytes_error;
		up->error_file = up->nfiles - 1;
		return 413;
	}
	up->total += n;
	for (len = 0; len < n; ) {
		ssize_t w = write(f->fd, data + len, n - len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			log_warn("%s: write: %s", f->tmp, strerror(errno));
			return 500;
		}
		len += (size_t)w;
	}
	crypto_hash_sha256_update(&f->sha, (const unsigned char *)data, n);
	f->size += n;
	return 0;
}

static int
part_end(void *arg, const struct mp_part *p)
{
	struct body		*b = arg;
	struct upload		*up = b->up;
	struct upload_file	*f;
	unsigned char		 digest[crypto_hash_sha256_BYTES];

	if (b->part == 1) {
		b->csrf[b->csrf_len] = '\0';
		b->csrf_ok = csrf_ok(b->r, b->csrf);
		return b->csrf_ok ? 0 : 403;
	}
	if (up->cur_field >= 0 || p->filename[0] == '\0' || up->nfiles == 0)
		return 0;
	f = &up->files[up->nfiles - 1];
	crypto_hash_sha256_final(&f->sha, digest);
	sodium_bin2hex(f->hex, sizeof(f->hex), digest, sizeof(digest));
	return 0;
}

int
upload_body(struct request *r, void *fcgi)
{
	FCGX_Request		*fr = fcgi;
	const char		*type = FCGX_GetParam("CONTENT_TYPE", fr->envp);
	const char		*len_s = FCGX_GetParam("CONTENT_LENGTH", fr->envp);
	struct body		 b = { .r = r, .fr = fr };
	struct mp_handler	 h = { &b, part_begin, part_data, part_end };
	struct mp_limits	 lim = { UPLOAD_MAX_BODY, 64, 4096 };
	char			 boundary[80], *end;
	int			 rc;

	if (type == NULL || !mp_boundary(type, boundary, sizeof(boundary)) || len_s == NULL)
		return 400;
	b.left = strtoul(len_s, &end, 10);
	if (*end != '\0')
		return 400;
	if (b.left > UPLOAD_MAX_BODY)
		return 413;
	b.up = xcalloc(1, sizeof(*b.up));
	b.up->spec = r->route->upload;
	b.up->error_file = -1;
	b.up->cur_field = -1;
	b.up->room_files = UPLOAD_MAX_FILES;
	b.up->room_bytes = UPLOAD_MAX_BODY;
	b.up->room_files_error = "upload.too_many";
	b.up->room_bytes_error = "upload.body_too_large";
	r->state = b.up;
	r->state_free = upload_free;
	rc = mp_parse(body_read, &b, boundary, &lim, &h);
	/* Read what is left, so nginx is not cut off while it still sends the body. */
	while (b.left > 0 && body_read(&b, boundary, sizeof(boundary)) > 0)
		;
	if (rc == 403 || (rc == 0 && !b.csrf_ok))
		return 403;
	if (!b.csrf_ok)
		return rc;	/* malformed before the token: no callback has run */
	r->upload_status = rc;
	return 0;
}

static bool
type_allowed(const char *types, const char *mime)
{
	char	 list[100], *tok, *save;
	size_t	 i;

	snprintf(list, sizeof(list), "%s", types);
	for (tok = strtok_r(list, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save))
		for (i = 0; i < sizeof(file_kinds) / sizeof(file_kinds[0]); i++)
			if (strcmp(tok, file_kinds[i].ext) == 0 && strcmp(mime, file_kinds[i].mime) == 0)
				return true;
	return false;
}

int
upload_check(struct upload *up)
{
	struct upload_file	*f;
	const char		*mime;
	int			 i;

	if (magic == NULL && ((magic = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR)) == NULL ||
	    magic_load(magic, NULL) != 0))
		log_fatal("libmagic: %s", magic != NULL ? magic_error(magic) : "out of memory");
	for (i = 0; i < up->nfiles; i++) {
		f = &up->files[i];
		up->error_file = i;
		if (f->size == 0) {
			up->error = "upload.empty";
			return 400;
		}
		/* The type is what the content is, whatever the name or the browser say. */
		if (lseek(f->fd, 0, SEEK_SET) != 0 || (mime = magic_descriptor(magic, f->fd)) == NULL)
			mime = "application/octet-stream";
		snprintf(f->mime, sizeof(f->mime), "%s", mime);
		if (!type_allowed(up->types, f->mime)) {
			up->error = "upload.type";
			return 415;
		}
	}
	up->error_file = -1;
	return 0;
}

int
upload_store(struct upload *up)
{
	struct upload_file	*f;
	int			 i;

	for (i = 0; i < up->nfiles; i++) {
		f = &up->files[i];
		if (f->tmp[0] == '\0')
			continue;
		if (store_commit(f->fd, f->tmp, f->hex) != 0) {
			up->error = "upload.store_failed";
			return 500;
		}
		close(f->fd);
		f->fd = -1;
		f->tmp[0] = '\0';	/* now in the store under its hash */
	}
	return 0;
}
