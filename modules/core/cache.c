/*
 * cache.c — pages rendered for anonymous visitors, shared by a program's workers. The master
 * maps one region before it forks (a memfd, named so that /proc/PID/smaps shows it as
 * "dvc-page-cache"), so a page rendered by one worker is served by all: a long tail of
 * distinct searches is rendered once, not once per worker.
 *
 * The region is a ring of bytes and a table of slots. A page is written at the ring's head
 * (its key, then its body); a slot records where. Writing moves the head on, and a page whose
 * bytes the head has since passed over is gone: no eviction list, no free list, the oldest
 * pages simply make room. A slot is found by its key's hash in a window of a few slots.
 *
 * A page is dropped when the data it was built from changes: the sum of cache_versions is read
 * at most once a second, so every host shows a change within a second, and nothing here is
 * state another host would need. Versions only grow; a worker that has not yet seen the
 * newest neither reads nor writes pages, and the first to see it empties the table.
 *
 * One process-shared, robust mutex guards the region; a worker that dies holding it leaves
 * the table emptied, not corrupt. Pages are copied in and out under it (tens of kilobytes:
 * microseconds).
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "dvc.h"
#include "private.h"

#define CACHE_MAX_KEY		1024
#define CACHE_WINDOW		8	/* slots probed from a key's hash */
#define CACHE_SLOT_BYTES	4096	/* one slot for each this many bytes of ring */

struct slot {
	uint64_t	 hash;
	uint64_t	 pos;		/* where in the ring, counted from its start ever */
	uint32_t	 keylen;
	uint32_t	 len;		/* of the body; 0: empty */
	uint32_t	 xml;
};

struct region {
	pthread_mutex_t	 lock;
	long long	 version;	/* of the data the pages were built from */
	uint64_t	 head;		/* bytes written to the ring ever */
	uint64_t	 ring;		/* its size */
	uint64_t	 nslots;	/* a power of two */
	struct slot	 slots[];
};

static struct region	*region;
static char		*ring;

static long long	 version = -1;
static time_t		 checked;

void
cache_init(size_t max)
{
	pthread_mutexattr_t	 attr;
	uint64_t		 nslots = 64;
	size_t			 size;
	int			 fd;

	if (max == 0)
		return;
	while (nslots * CACHE_SLOT_BYTES < max)
		nslots *= 2;
	size = sizeof(struct region) + nslots * sizeof(struct slot) + max;
	if ((fd = memfd_create("dvc-page-cache", MFD_CLOEXEC)) < 0 || ftruncate(fd, (off_t)size) != 0)
		log_fatal("page cache: %s", strerror(errno));
	region = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	if (region == MAP_FAILED)
		log_fatal("page cache: mmap: %s", strerror(errno));
	if (pthread_mutexattr_init(&attr) != 0 ||
	    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED) != 0 ||
	    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST) != 0 ||
	    pthread_mutex_init(&region->lock, &attr) != 0)
		log_fatal("page cache: mutex");
	pthread_mutexattr_destroy(&attr);
	region->version = -1;
	region->ring = max;
	region->nslots = nslots;
	ring = (char *)&region->slots[nslots];
}

static void
empty(void)
{
	memset(region->slots, 0, region->nslots * sizeof(struct slot));
	region->head = 0;
}

static bool
lock(void)
{
	int	 rc = pthread_mutex_lock(&region->lock);

	if (rc == EOWNERDEAD) {
		/* A worker died inside: what it was writing cannot be trusted. */
		empty();
		region->version = -1;
		pthread_mutex_consistent(&region->lock);
		return true;
	}
	return rc == 0;
}

void
cache_clear(void)
{
	if (region == NULL || !lock())
		return;
	empty();
	pthread_mutex_unlock(&region->lock);
}

/*
 * The sum of cache_versions, read at most once a second; -1 while the database is away. What
 * a worker keeps of the data (these pages, the working calendar) is read again when it moves.
 */
long long
data_version(void)
{
	time_t		 now = time(NULL);
	long long	 v = -1;

	if (now != checked) {
		checked = now;
		if (db_int(db_core(CORE_CACHE_VERSION), NULL, &v) < 0)
			v = -1;
		version = v;
	}
	return version;
}

/*
 * A table a worker keeps (agencies.c, procs.c): read by core statement k->stmt, row by row
 * through k->row, when the data version moved since, after k->clear() emptied it (and again
 * when the read fails). 0, or an HTTP status.
 */
int
kept_load(struct kept *k)
{
	long long	 v = data_version();
	long		 rc;

	if (v >= 0 && v == k->version)
		return 0;
	k->version = -1;
	k->clear();
	if ((rc = db_exec(db_core(k->stmt), NULL, k->row, NULL)) < 0) {
		k->clear();
		return db_status(rc);
	}
	k->version = v;
	return 0;
}

/* Locks the region if its pages are of the data this worker sees; empties it if they are older. */
static bool
enter(void)
{
	long long	 v = data_version();

	if (region == NULL || v < 0 || !lock())
		return false;
	if (v > region->version) {
		empty();
		region->version = v;
	}
	if (v == region->version)
		return true;
	pthread_mutex_unlock(&region->lock);
	return false;
}

static uint64_t
fnv1a(const char *s, size_t len)
{
	uint64_t	 h = 14695981039346656037ULL;
	size_t		 i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* Whether a slot still holds its page: the head has not come round over its bytes. */
static bool
live(const struct slot *s)
{
	return s->len > 0 && s->pos + region->ring >= region->head;
}

static struct slot *
find(uint64_t h, const char *key, size_t keylen, bool xml)
{
	struct slot	*s;
	uint64_t	 i;

	for (i = 0; i < CACHE_WINDOW; i++) {
		s = &region->slots[(h + i) & (region->nslots - 1)];
		if (s->hash == h && s->xml == xml && s->keylen == keylen && live(s) &&
		    memcmp(ring + s->pos % region->ring, key, keylen) == 0)
			return s;
	}
	return NULL;
}

bool
cache_get(const char *key, bool xml, struct buf *out)
{
	size_t		 keylen = strlen(key);
	uint64_t	 h = fnv1a(key, keylen);
	struct slot	*s;

	if (keylen > CACHE_MAX_KEY || !enter())
		return false;
	if ((s = find(h, key, keylen, xml)) != NULL)
		buf_put(out, ring + s->pos % region->ring + keylen, s->len);
	pthread_mutex_unlock(&region->lock);
	return s != NULL;
}

void
cache_put(const char *key, bool xml, const char *body, size_t len)
{
	size_t		 keylen = strlen(key);
	uint64_t	 h = fnv1a(key, keylen), i, off, need = keylen + len;
	struct slot	*s, *t;

	if (len == 0 || keylen > CACHE_MAX_KEY || region == NULL || need > region->ring / 4 ||
	    !enter())
		return;
	/* The same key's slot, or else a free one, or else the oldest in the window. */
	if ((s = find(h, key, keylen, xml)) == NULL)
		for (i = 0; i < CACHE_WINDOW; i++) {
			t = &region->slots[(h + i) & (region->nslots - 1)];
			if (!live(t)) {
				s = t;
				break;
			}
			if (s == NULL || t->pos < s->pos)
				s = t;
		}
	/* A page is never split at the ring's end: the rest of the lap is skipped. */
	off = region->head % region->ring;
	if (off + need > region->ring)
		region->head += region->ring - off;
	s->hash = h;
	s->pos = region->head;
	s->keylen = (uint32_t)keylen;
	s->len = (uint32_t)len;
	s->xml = xml;
	memcpy(ring + s->pos % region->ring, key, keylen);
	memcpy(ring + s->pos % region->ring + keylen, body, len);
	region->head += need;
	pthread_mutex_unlock(&region->lock);
}

/* The page's key is what the page is built from: the path and the inputs accepted, in the
 * route's order. The keys a GET ignores (utm_source, fbclid, zarsrc: a link shared on a
 * social network) and the order of the others make no other entry. */
void
cache_key(const struct request *r, struct buf *key)
{
	const struct param_spec	*spec;
	const struct param	*p;

	buf_reset(key);
	buf_puts(key, r->path);
	buf_putc(key, '?');
	for (spec = r->route->params; spec != NULL && spec->name != NULL; spec++) {
		if ((p = req_param(r, spec->name)) == NULL)
			continue;
		buf_puts(key, spec->name);
		buf_putc(key, '=');
		url_encode(key, p->value);
		buf_putc(key, '&');
	}
}
