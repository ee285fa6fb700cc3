/*
 * program.c — a program's process: its arguments and configuration, what is made once before
 * the fork (the stylesheets, the page cache, the slots of the password hash), the listening
 * socket, and each worker's loop; a request's way is app.c's.
 */
#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <sodium.h>

#include "dvc.h"
#include "private.h"

static const struct program	*prog;

static void
worker(int fd)
{
	FCGX_Request	 fr;

	if (FCGX_InitRequest(&fr, fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0)
		log_fatal("FCGX_InitRequest failed");
	db_init(prog->stmts, prog->nstmts);
	db_open();	/* failure is fine: requests answer 503 until the server is back */
	if (prog->init != NULL)
		prog->init();
	xmlarena_init();
	while (!worker_stopping) {
		if (FCGX_Accept_r(&fr) < 0) {
			if (worker_stopping || errno == EINTR)
				continue;
			log_fatal("accept failed: %s", strerror(errno));
		}
		xmlarena_begin();
		app_handle(&fr);
		xmlarena_end();
		FCGX_Finish_r(&fr);
	}
	db_close();
	app_release();
}

/* Whether a program has a route the page cache may serve. */
static bool
cacheable_routes(const struct program *p)
{
	size_t	 i;

	for (i = 0; i < p->nroutes; i++)
		if (p->routes[i].flags & ROUTE_CACHE)
			return true;
	return false;
}

static void usage(void) __attribute__((noreturn));

static void
usage(void)
{
	fprintf(stderr, "usage: %s [--config FILE] [--socket PATH] [--workers N]\n"
	    "Without --socket the listening socket is standard input (systemd).\n", prog->name);
	exit(2);
}

int
app_main(const struct program *p, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "socket", required_argument, NULL, 's' },
		{ "workers", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	const char	*config = getenv("DVC_CONF"), *socket_path = NULL;
	int		 c, fd, workers = -1, listening = 0;
	socklen_t	 len = sizeof(listening);
	char		*end;

	prog = p;
	app_program(p);
	log_init(p->name);
	while ((c = getopt_long(argc, argv, "c:s:w:", opts, NULL)) != -1) {
		switch (c) {
		case 'c':
			config = optarg;
			break;
		case 's':
			socket_path = optarg;
			break;
		case 'w':
			workers = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || workers < 1 || workers > 256)
				usage();
			break;
		default:
			usage();
		}
	}
	if (optind != argc)
		usage();
	conf_load(config != NULL ? config : "/etc/dvc/dvc.conf");
	/*
	 * Large blocks (argon2id's 19 MiB, an upload's buffers) mapped and given back when freed:
	 * glibc's threshold, left to itself, rises after the first such free, and each worker then
	 * keeps that memory for good (a sign-in worker held 35 MB instead of 12).
	 */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
	if (sodium_init() < 0)
		log_fatal("libsodium does not initialise");
	session_init();
	if (p->hash_slots > 0)
		pwhash_init(p->hash_slots);
	if (workers < 0)
		workers = conf.workers > 0 ? conf.workers : 2 * (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (FCGX_Init() != 0)
		log_fatal("FCGX_Init failed");
	if (socket_path != NULL) {
		unlink(socket_path);
		if ((fd = FCGX_OpenSocket(socket_path, 1024)) < 0)
			log_fatal("%s: cannot listen", socket_path);
		chmod(socket_path, 0660);
	} else {
		fd = 0;
		if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening)
			usage();
	}
	/* Made before the fork: the workers share them. */
	render_init(p->routes, p->nroutes, p->views);
	if (cacheable_routes(p))
		cache_init((size_t)conf.page_cache_kb * 1024);
	return master_run(fd, workers, worker);
}
