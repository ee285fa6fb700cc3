/*
 * xmlarena.c — libxml2's and libxslt's memory during a request: one region that each block
 * is cut from in turn, emptied at once when the request ends.
 *
 * A page is built as a tree, transformed into another and written out: tens of thousands of
 * small blocks, each freed by the end of the request. Through glibc's malloc that was a fifth
 * of a worker's time (the blocks put back one by one, the fast bins merged again at each
 * larger block). Here a block costs a pointer's move, a free costs nothing (the last block
 * cut is taken back, as XPath's values come and go in turn), and the request's end rewinds
 * the region. libxml2 takes its allocator as four functions (xmlMemSetup()), so only what it
 * and libxslt allocate comes here; our own buffers keep malloc.
 *
 * What must outlive a request is never allocated in one: the stylesheets are compiled by the
 * master, before the fork and outside any request (a block not from the region is given to
 * free() and realloc(), as glibc's), and a page's names go to a dictionary of the request's
 * own (render_doc()), not into the stylesheet's; what a worker keeps from one request to the
next (the rows of xml_rows_kept(), the catalogue's schema) is built with the region paused. Outside a request (xmlarena_begin() to
 * xmlarena_end()) every block comes from malloc. A block too large for the region's rule
 * (ARENA_LARGE), or once the region is full, comes from malloc too.
 *
 * Under AddressSanitizer the region's free part is poisoned and each block is followed by a
 * poisoned gap, so that a block read past its end, or after its request, is reported as with
 * malloc's own blocks.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

#include "dvc.h"
#include "private.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n)	ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n)	ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define GAP		16	/* a poisoned gap after each block */
#else
#define POISON(p, n)	((void)(p), (void)(n))
#define UNPOISON(p, n)	((void)(p), (void)(n))
#define GAP		0
#endif

#define ARENA_SIZE	((size_t)64 << 20)	/* address space; memory only as it is used */
#define ARENA_KEEP	((size_t)4 << 20)	/* kept between requests; the rest given back */
#define ARENA_LARGE	((size_t)256 << 10)	/* larger blocks from malloc (M_MMAP_THRESHOLD) */
#define ALIGN		16			/* as malloc's (max_align_t) */

/* A block's header: its size as asked. Sixteen bytes, so that the block is aligned. */
struct block {
	size_t	 size;
	size_t	 pad;
};

static unsigned char	*base, *top, *end;
static unsigned char	*last;		/* the last block cut: the one a free can take back */
static size_t		 high;		/* the most used since the region was last trimmed */
static bool		 on;
static bool		 spilled;	/* a block of this request came from malloc */

static size_t
span(size_t n)
{
	return sizeof(struct block) + ((n + ALIGN - 1) & ~(size_t)(ALIGN - 1)) + GAP;
}

/* Whether p was cut from the region (a request's block, live or not). */
bool
xmlarena_owns(const void *p)
{
	return (const unsigned char *)p >= base && (const unsigned char *)p < end;
}

static void *
arena_malloc(size_t n)
{
	struct block	*b;

	if (!on || n > ARENA_LARGE || span(n) > (size_t)(end - top)) {
		spilled |= on;
		return malloc(n);
	}
	b = (struct block *)(void *)top;
	UNPOISON(b, sizeof(*b) + n);
	b->size = n;
	last = top;
	top += span(n);
	return b + 1;
}

static void
arena_free(void *p)
{
	struct block	*b;

	if (p == NULL)
		return;
	if (!xmlarena_owns(p)) {
		free(p);
		return;
	}
	if (!on)
		return;		/* the region was emptied since */
	b = (struct block *)p - 1;
	POISON(b, span(b->size) - GAP);
	if ((unsigned char *)b == last) {	/* the last block cut: the region takes it back */
		if ((size_t)(top - base) > high)
			high = (size_t)(top - base);
		top = last;
		last = NULL;
	}
}

static void *
arena_realloc(void *p, size_t n)
{
	struct block	*b;
	void		*q;

	if (p == NULL)
		return arena_malloc(n);
	if (!xmlarena_owns(p)) {
		spilled |= on;
		return realloc(p, n);
	}
	b = (struct block *)p - 1;
	/* The last block grows where it is while the region has room. */
	if ((unsigned char *)b == last && on && n <= ARENA_LARGE &&
	    span(n) <= (size_t)(end - (unsigned char *)b)) {
		UNPOISON(b, sizeof(*b) + n);
		if (n < b->size)
			POISON((unsigned char *)p + n, b->size - n);
		b->size = n;
		top = last + span(n);
		return p;
	}
	if ((q = arena_malloc(n)) == NULL)
		return NULL;
	memcpy(q, p, b->size < n ? b->size : n);
	arena_free(p);
	return q;
}

static char *
arena_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p = arena_malloc(n);

	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

/*
 * libxml2's allocator from now on, in this process (a worker, after the fork). Without the
 * region's address space, malloc's stays.
 */
void
xmlarena_init(void)
{
	void	*p = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

	if (p == MAP_FAILED) {
		log_warn("xmlarena: no address space, malloc it is");
		return;
	}
	base = top = p;
	end = base + ARENA_SIZE;
	POISON(base, ARENA_SIZE);
	xmlMemSetup(arena_free, arena_malloc, arena_realloc, arena_strdup);
}

void
xmlarena_begin(void)
{
	on = base != NULL;
	spilled = false;
}

/*
 * A document of the request let go: while every block of the request is the region's, its
 * tree goes with the region at the end (walking it to free each node was a tenth of the
 * worker's rendering), and only its dictionary, which holds a reference to the stylesheet's,
 * is let go now. Otherwise, or outside a request, xmlFreeDoc().
 */
void
xmlarena_doc_free(xmlDocPtr doc)
{
	if (doc == NULL)
		return;
	if (on && !spilled && xmlarena_owns(doc)) {
		if (doc->dict != NULL)
			xmlDictFree(doc->dict);
		return;
	}
	xmlFreeDoc(doc);
}

bool
xmlarena_pause(void)
{
	bool	 was = on;

	on = false;
	return was;
}

void
xmlarena_resume(bool was)
{
	on = was;
}

/* The request's end: every block of the region is given back at once. */
void
xmlarena_end(void)
{
	size_t	 used = (size_t)(top - base);

	if (base == NULL)
		return;
	xmlResetLastError();	/* its message, kept by libxml2 until the next error */
	on = false;
	if (used > high)
		high = used;
	POISON(base, used);
	/* A large page leaves the memory it took to the system, beyond what the usual keep. */
	if (high > ARENA_KEEP) {
		madvise(base + ARENA_KEEP, high - ARENA_KEEP, MADV_DONTNEED);
		high = ARENA_KEEP;
	}
	top = base;
	last = NULL;
}
