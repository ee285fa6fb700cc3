/*
 * cache.c — pages rendered for anonymous visitors, kept per worker. A page is dropped when
 * the data it was built from changes: the sum of cache_versions is read at most once a
 * second, so every host shows a change within a second, and nothing here is state another
 * host would need. Bounded in entries and bytes; the least recently used goes first.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dvc.h"
#include "private.h"

#define CACHE_MAX_ENTRIES	256
#define CACHE_MAX_KEY		1024

static struct entry {
	char		*key;
	uint64_t	 hash;
	bool		 xml;
	char		*body;
	size_t		 len;
	uint64_t	 used;
} entries[CACHE_MAX_ENTRIES];

static size_t		 nentries, bytes, max_bytes;
static uint64_t		 clock_tick;
static long long	 version = -1, cached = -1;
static time_t		 checked;

void
cache_init(size_t max)
{
	max_bytes = max;
}

static uint64_t
fnv1a(const char *s)
{
	uint64_t	 h = 14695981039346656037ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void
entry_drop(size_t i)
{
	bytes -= entries[i].len + strlen(entries[i].key);
	free(entries[i].key);
	free(entries[i].body);
	entries[i] = entries[--nentries];
	memset(&entries[nentries], 0, sizeof(entries[nentries]));
}

void
cache_clear(void)
{
	while (nentries > 0)
		entry_drop(0);
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

/* Drops every page when the data changed. */
static void
cache_revalidate(void)
{
	long long	 v = data_version();

	if (v != cached || v < 0)
		cache_clear();
	cached = v;
}

bool
cache_get(const char *key, bool xml, const char **body, size_t *len)
{
	uint64_t	 h;
	size_t		 i;

	if (max_bytes == 0)
		return false;
	cache_revalidate();
	if (cached < 0)
		return false;
	h = fnv1a(key);
	for (i = 0; i < nentries; i++)
		if (entries[i].hash == h && entries[i].xml == xml && strcmp(entries[i].key, key) == 0) {
			entries[i].used = ++clock_tick;
			*body = entries[i].body;
			*len = entries[i].len;
			return true;
		}
	return false;
}

void
cache_put(const char *key, bool xml, const char *body, size_t len)
{
	size_t	 i, oldest, need = len + strlen(key);

	if (max_bytes == 0 || cached < 0 || strlen(key) > CACHE_MAX_KEY || need > max_bytes / 4)
		return;
	while (nentries > 0 && (nentries == CACHE_MAX_ENTRIES || bytes + need > max_bytes)) {
		for (oldest = 0, i = 1; i < nentries; i++)
			if (entries[i].used < entries[oldest].used)
				oldest = i;
		entry_drop(oldest);
	}
	entries[nentries].key = xstrdup(key);
	entries[nentries].hash = fnv1a(key);
	entries[nentries].xml = xml;
	entries[nentries].body = xmalloc(len);
	memcpy(entries[nentries].body, body, len);
	entries[nentries].len = len;
	entries[nentries].used = ++clock_tick;
	nentries++;
	bytes += need;
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
