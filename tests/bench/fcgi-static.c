/*
 * fcgi-static — the FastCGI baseline of `make bench`: answers every request with one HTML
 * file read at start, so the table shows what nginx and libfcgi cost before any work of ours.
 * usage: fcgi-static FILE SOCKET WORKERS   (runs until killed)
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fcgiapp.h>

static void
serve(int fd, const char *html, long n)
{
	FCGX_Request	 r;
	char		 head[128];
	int		 hn;

	hn = snprintf(head, sizeof(head),
	    "Content-Type: text/html; charset=utf-8\r\nContent-Length: %ld\r\n\r\n", n);
	FCGX_InitRequest(&r, fd, 0);
	while (FCGX_Accept_r(&r) >= 0) {
		FCGX_PutStr(head, hn, r.out);
		FCGX_PutStr(html, (int)n, r.out);
		FCGX_Finish_r(&r);
	}
}

int
main(int argc, char **argv)
{
	FILE	*f;
	char	*html;
	long	 n;
	int	 fd, workers, i;

	if (argc != 4 || (f = fopen(argv[1], "rb")) == NULL || (workers = (int)strtol(argv[3], NULL, 10)) < 1) {
		fprintf(stderr, "usage: fcgi-static FILE SOCKET WORKERS\n");
		return 2;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    (html = malloc((size_t)n)) == NULL || fread(html, 1, (size_t)n, f) != (size_t)n)
		return 1;
	fclose(f);
	FCGX_Init();
	unlink(argv[2]);
	if ((fd = FCGX_OpenSocket(argv[2], 1024)) < 0)
		return 1;
	chmod(argv[2], 0660);
	for (i = 1; i < workers; i++)
		if (fork() == 0) {
			prctl(PR_SET_PDEATHSIG, SIGTERM);
			break;
		}
	serve(fd, html, n);
	return 0;
}
