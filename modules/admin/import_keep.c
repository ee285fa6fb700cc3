/*
 * import_keep.c — the uploaded catalogue file kept between its dry run and its apply, so
 * that the apply applies exactly the file the dry run showed. It is kept in the store's tmp/
 * folder as import-<HMAC of the session>: one a session, which only that session can name,
 * replaced by its next dry run. Its first line records the format, the fingerprint of the
 * catalogue it was checked against (the SHA-256 of the catalogue's CSV export) and the HMAC
 * of the random token its apply form carries (a form of an earlier dry run applies nothing),
 * then come the file's bytes. It expires after IMPORT_KEEP_MINUTES; one never applied is
 * removed by dvcctl gc with the rest of tmp/ after a day.
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
#define KEEP_HEAD	(sizeof(KEEP_MAGIC) - 1 + 3 + 1 + 64 + 1 + 64)	/* before its '\n' */

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

/* The keyed hash of s, as hex. */
static void
mac_hex(const char *s, char hex[65])
{
	unsigned char	 mac[32];

	keyed_hash(s, mac);
	sodium_bin2hex(hex, 65, mac, sizeof(mac));
}

/* The kept file of this session. */
static bool
keep_path(const struct request *r, char path[STORE_PATH_MAX])
{
	struct buf	 b = { 0 };
	char		 hex[65];

	if (r->session[0] == '\0')
		return false;
	buf_printf(&b, "catalogue import\n%s", r->session);
	mac_hex(buf_cstr(&b), hex);
	buf_free(&b);
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
	char	 tmp[STORE_PATH_MAX], path[STORE_PATH_MAX], head[KEEP_HEAD + 2], mac[65];
	int	 fd, n;

	token_new(token);
	mac_hex(token, mac);
	if (!keep_path(r, path) || (fd = store_tmp(tmp)) < 0)
		return -1;
	n = snprintf(head, sizeof(head), KEEP_MAGIC "%s %s %s\n",
	    f->format == CAT_FORMAT_CSV ? "csv" : "xml", f->fingerprint, mac);
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
	char		 path[STORE_PATH_MAX], format[4], mac[65], want[65], *nl;
	struct stat	 st;
	FILE		*fp;
	size_t		 len;
	int		 rc = IMPORT_GONE;

	if (!token_ok(token) || !keep_path(r, path) || (fp = fopen(path, "rb")) == NULL)
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
	/* "dvc-import 1 xml <fingerprint> <the token's HMAC>\n" */
	if ((nl = memchr(f->text.data, '\n', len)) == NULL || (size_t)(nl - f->text.data) != KEEP_HEAD ||
	    strncmp(f->text.data, KEEP_MAGIC, strlen(KEEP_MAGIC)) != 0 ||
	    sscanf(f->text.data + strlen(KEEP_MAGIC), "%3s %64s %64s", format, f->fingerprint, mac) != 3)
		goto done;
	mac_hex(token, want);
	if (sodium_memcmp(mac, want, 64) != 0)
		goto done;	/* the form of an earlier dry run: this one replaced it */
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
import_drop(const struct request *r)
{
	char	 path[STORE_PATH_MAX];

	if (keep_path(r, path))
		unlink(path);
}
