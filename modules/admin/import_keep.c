/*
 * import_keep.c — the uploaded catalogue file kept between its dry run and its apply, so
 * that the apply applies exactly the file the dry run showed. It is kept in the store's tmp/
 * folder as import-<HMAC of the session and a random token>: only the session that uploaded
 * it can name it, by the token its apply form carries. Its first line records the format and
 * the fingerprint of the catalogue it was checked against (the SHA-256 of the catalogue's
 * CSV export), then come the file's bytes. It expires after IMPORT_KEEP_MINUTES; one never
 * applied is removed by dvcctl gc with the rest of tmp/ after a day.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dvc.h"
#include "catalogue.h"
#include "admin.h"
#include "import.h"

#define KEEP_MAGIC	"dvc-import 1 "

void
import_fingerprint(const struct catalogue *c, char hex[65])
{
	unsigned char	 digest[crypto_hash_sha256_BYTES];
	struct buf	 b = { 0 };

	catalogue_csv_write(c, &b);
	crypto_hash_sha256(digest, (const unsigned char *)b.data, b.len);
	sodium_bin2hex(hex, 65, digest, sizeof(digest));
	buf_free(&b);
}

/* The kept file of token for this session. */
static bool
keep_path(const struct request *r, const char *token, char path[STORE_PATH_MAX])
{
	unsigned char	 mac[32];
	char		 hex[65];
	struct buf	 b = { 0 };

	if (!token_ok(token) || r->session[0] == '\0')
		return false;
	buf_printf(&b, "catalogue import\n%s\n%s", r->session, token);
	keyed_hash(buf_cstr(&b), mac);
	buf_free(&b);
	sodium_bin2hex(hex, sizeof(hex), mac, sizeof(mac));
	return (size_t)snprintf(path, STORE_PATH_MAX, "%s/tmp/import-%s", conf.store_dir, hex) <
	    STORE_PATH_MAX;
}

static bool
write_all(int fd, const char *p, size_t n)
{
	ssize_t	 w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

int
import_keep(const struct request *r, const struct import_file *f, char token[SESSION_TOKEN_SIZE])
{
	char	 tmp[STORE_PATH_MAX], path[STORE_PATH_MAX], head[128];
	int	 fd, n;

	token_new(token);
	if (!keep_path(r, token, path) || (fd = store_tmp(tmp)) < 0)
		return -1;
	n = snprintf(head, sizeof(head), KEEP_MAGIC "%s %s\n",
	    f->format == CAT_FORMAT_CSV ? "csv" : "xml", f->fingerprint);
	if (!write_all(fd, head, (size_t)n) || !write_all(fd, f->text.data, f->text.len) ||
	    fsync(fd) != 0 || close(fd) != 0 || rename(tmp, path) != 0) {
		log_warn("%s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

int
import_take(const struct request *r, const char *token, struct import_file *f)
{
	char		 path[STORE_PATH_MAX], format[4], *nl;
	struct stat	 st;
	FILE		*fp;
	size_t		 len;
	int		 rc = IMPORT_GONE;

	if (!keep_path(r, token, path) || (fp = fopen(path, "rb")) == NULL)
		return IMPORT_GONE;
	if (fstat(fileno(fp), &st) != 0 || st.st_size <= 0 ||
	    st.st_size > (off_t)CATALOGUE_UPLOAD_MAX_MB * 1024 * 1024 + 256)
		goto done;
	if (time(NULL) - st.st_mtime > IMPORT_KEEP_MINUTES * 60) {
		unlink(path);
		goto done;
	}
	len = (size_t)st.st_size;
	buf_reset(&f->text);
	buf_grow(&f->text, len + 1);
	if (fread(f->text.data, 1, len, fp) != len)
		goto done;
	f->text.len = len;
	f->text.data[len] = '\0';
	/* "dvc-import 1 xml <64 hex>\n" */
	if ((nl = memchr(f->text.data, '\n', len)) == NULL || nl - f->text.data != 81 ||
	    strncmp(f->text.data, KEEP_MAGIC, strlen(KEEP_MAGIC)) != 0 ||
	    sscanf(f->text.data + strlen(KEEP_MAGIC), "%3s %64s", format, f->fingerprint) != 2)
		goto done;
	f->format = strcmp(format, "csv") == 0 ? CAT_FORMAT_CSV : CAT_FORMAT_XML;
	len -= (size_t)(nl + 1 - f->text.data);
	memmove(f->text.data, nl + 1, len + 1);
	f->text.len = len;
	rc = 0;
done:
	fclose(fp);
	return rc;
}

void
import_drop(const struct request *r, const char *token)
{
	char	 path[STORE_PATH_MAX];

	if (keep_path(r, token, path))
		unlink(path);
}
