/*
 * pwhash.c — passwords: argon2id through libsodium (19 MiB, 2 passes). Each hash holds a CPU
 * for tens of milliseconds, so at most PWHASH_SLOTS run at once across all the workers of a
 * program: the slots are robust mutexes in memory the master shares with its workers, so a
 * worker that dies holding one gives it back. A request that finds no slot within a few
 * seconds is told the system is busy, and the other pages keep being served.
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"
#include "private.h"

#define PWHASH_OPSLIMIT		2
#define PWHASH_MEMLIMIT		(19 * 1024 * 1024)
#define PWHASH_WAIT_MS		3000

static pthread_mutex_t	*slots;
static int		 nslots;

void
pwhash_init(int n)
{
	pthread_mutexattr_t	 attr;
	int			 i;

	slots = mmap(NULL, sizeof(*slots) * (size_t)n, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (slots == MAP_FAILED)
		log_fatal("mmap: %s", strerror(errno));
	pthread_mutexattr_init(&attr);
	pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
	pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
	for (i = 0; i < n; i++)
		if (pthread_mutex_init(&slots[i], &attr) != 0)
			log_fatal("pthread_mutex_init failed");
	pthread_mutexattr_destroy(&attr);
	nslots = n;
}

/* Takes a slot: its index, or -1 when none came free in time. Without slots (dvcctl), 0. */
static int
slot_take(void)
{
	struct timespec	 pause = { 0, 5 * 1000 * 1000 };
	int		 i, rc, waited;

	if (nslots == 0)
		return 0;
	for (waited = 0; waited < PWHASH_WAIT_MS; waited += 5) {
		for (i = 0; i < nslots; i++) {
			rc = pthread_mutex_trylock(&slots[i]);
			if (rc == EOWNERDEAD)
				pthread_mutex_consistent(&slots[i]);
			if (rc == 0 || rc == EOWNERDEAD)
				return i;
		}
		nanosleep(&pause, NULL);
	}
	return -1;
}

static void
slot_give(int i)
{
	if (nslots > 0)
		pthread_mutex_unlock(&slots[i]);
}

int
pwhash_create(const char *password, char out[PWHASH_SIZE])
{
	int	 slot, rc;

	if ((slot = slot_take()) < 0)
		return -1;
	rc = crypto_pwhash_str_alg(out, password, strlen(password), PWHASH_OPSLIMIT,
	    PWHASH_MEMLIMIT, crypto_pwhash_ALG_ARGON2ID13);
	slot_give(slot);
	if (rc != 0)
		log_fatal("argon2id: out of memory");
	return 0;
}

int
pwhash_verify(const char *hash, const char *password)
{
	char	 scratch[PWHASH_SIZE];
	int	 slot, ok;

	if ((slot = slot_take()) < 0)
		return -1;
	if (hash != NULL)
		ok = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
	else {
		/* No account matched: do the same work, so timing does not tell which part was wrong. */
		ok = 0;
		if (crypto_pwhash_str_alg(scratch, password, strlen(password), PWHASH_OPSLIMIT,
		    PWHASH_MEMLIMIT, crypto_pwhash_ALG_ARGON2ID13) != 0)
			log_fatal("argon2id: out of memory");
	}
	slot_give(slot);
	return ok;
}
