/*
 * store.c — the file store. An upload is written to a temporary file under tmp/, synced,
 * then renamed to its SHA-256 under a two-hex-digit folder, and the folder synced: only
 * then may a database row point at it. A worker killed half way leaves a temporary file
 * (dvcctl gc removes it), never a partial file under a real name.
 * nginx sends downloads straight from the store (store_uri(), dvc-files): it reads the files
 * through the store's group, which every folder and file made inside takes (a setgid folder,
 * packaging/debian/postinst), so files are 0640 and folders 0750.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dvc.h"

int
store_tmp(char path[STORE_PATH_MAX])
{
	int	 fd;

	if ((size_t)snprintf(path, STORE_PATH_MAX, "%s/tmp/upload-XXXXXX", conf.store_dir) >=
	    STORE_PATH_MAX)
		return -1;
	if ((fd = mkstemp(path)) == -1) {
		if (errno == ENOENT) {
			char	 dir[STORE_PATH_MAX];

			/* The first upload of a new store: make tmp/ (mkstemp spoilt the template). */
			snprintf(dir, sizeof(dir), "%s/tmp", conf.store_dir);
			snprintf(path, STORE_PATH_MAX, "%s/tmp/upload-XXXXXX", conf.store_dir);
			if (mkdir(dir, 0750) == 0 || errno == EEXIST)
				fd = mkstemp(path);
		}
		if (fd == -1)
			log_warn("%s: %s", path, strerror(errno));
	}
	/* mkstemp() makes it 0600, whatever the umask. */
	if (fd != -1 && fchmod(fd, 0640) != 0) {
		log_warn("%s: chmod: %s", path, strerror(errno));
		close(fd);
		unlink(path);
		fd = -1;
	}
	return fd;
}

/* The store's layout, in one place: <top>/<first two hex digits>/<sha256>. */
static void
store_name(const char *top, const char *sha256, char *out, size_t outsz)
{
	snprintf(out, outsz, "%s/%.2s/%s", top, sha256, sha256);
}

void
store_path(const char *sha256, char out[STORE_PATH_MAX])
{
	store_name(conf.store_dir, sha256, out, STORE_PATH_MAX);
}

void
store_uri(const char *sha256, char out[STORE_URI_MAX])
{
	store_name(STORE_URI, sha256, out, STORE_URI_MAX);
}

static int
sync_dir(const char *dir)
{
	int	 fd, rc;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

int
store_commit(int fd, const char *tmp, const char *sha256)
{
	char	 dir[STORE_PATH_MAX], path[STORE_PATH_MAX];
	struct stat st;

	if (fsync(fd) != 0) {
		log_warn("%s: fsync: %s", tmp, strerror(errno));
		return -1;
	}
	snprintf(dir, sizeof(dir), "%s/%.2s", conf.store_dir, sha256);
	if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
		log_warn("%s: %s", dir, strerror(errno));
		return -1;
	}
	store_path(sha256, path);
	if (stat(path, &st) == 0) {
		unlink(tmp);	/* the same content is already stored */
		return 0;
	}
	if (rename(tmp, path) != 0 || sync_dir(dir) != 0) {
		log_warn("%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}
