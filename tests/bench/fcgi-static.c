/*
 * fcgi-static — the FastCGI baseline of `make bench`: answers every request with one HTML
 * file read at start, so the table shows what libfcgi and nginx cost before any work of ours.
 * usage: fcgi-static FILE  (listens on standard input, as spawned by the bench script)
 */
#include <stdio.h>
#include <stdlib.h>

#include <fcgiapp.h>

int
main(int argc, char **argv)
{
	FCGX_Request	 r;
	FILE		*f;
	char		*html, head[128];
	long		 n;
	int		 hn;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: fcgi-static FILE\n");
		return 2;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    (html = malloc((size_t)n)) == NULL || fread(html, 1, (size_t)n, f) != (size_t)n)
		return 1;
	fclose(f);
	hn = snprintf(head, sizeof(head),
	    "Content-Type: text/html; charset=utf-8\r\nContent-Length: %ld\r\n\r\n", n);
	FCGX_Init();
	FCGX_InitRequest(&r, 0, 0);
	while (FCGX_Accept_r(&r) >= 0) {
		FCGX_PutStr(head, hn, r.out);
		FCGX_PutStr(html, (int)n, r.out);
		FCGX_Finish_r(&r);
	}
	return 0;
}
