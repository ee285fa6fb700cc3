/*
 * ipn.c — dvc-paysandbox's server notification (IPN): as the real gateway does, it calls the
 * portal's IPN address with the signed result and tries again, waiting longer each time,
 * until the portal answers RspCode 00 or 02. A child of the worker does it, so the payer's
 * redirect does not wait; it dies with the worker (a stopped stack leaves nothing behind),
 * which the reconciliation covers as it covers a lost notification. HTTP goes through curl
 * (core's http_get()) over the local nginx. Each attempt is reported to /sandbox/pay/ack,
 * for the tests to read.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "dvc.h"
#include "sandbox.h"

/* Seconds before each attempt: about nine minutes in all. */
static const unsigned	 delays[] = { 0, 1, 2, 4, 8, 15, 30, 60, 120, 300 };

/* The RspCode of the portal's JSON answer into code[3] ("" when there is none). */
static void
rsp_code(const char *answer, char code[3])
{
	const char	*p = strstr(answer, "\"RspCode\":\"");

	code[0] = '\0';
	if (p != NULL && p[11] >= '0' && p[11] <= '9' && p[12] >= '0' && p[12] <= '9' && p[13] == '"') {
		code[0] = p[11];
		code[1] = p[12];
		code[2] = '\0';
	}
}

static void
report(const char *ref, unsigned attempts, const char *code)
{
	struct pay_params	 a = { 0 };
	struct buf		 url = { 0 };
	char			 n[12], answer[64];
	int			 tries;

	snprintf(n, sizeof(n), "%u", attempts);
	pay_set(&a, "vnp_TmnCode", conf.pay_tmn_code);
	pay_set(&a, "vnp_TxnRef", ref);
	pay_set(&a, "vnp_IpnAttempts", n);
	pay_set(&a, "vnp_IpnAnswer", code);
	buf_printf(&url, "%s/sandbox/pay/ack?", conf.base_url);
	pay_query_string(&url, &a, conf.pay_secret);
	/* The book must say what the portal answered (the tests read it): a report that fails
	 * (the database away) is tried again for a minute. */
	for (tries = 0; http_get(buf_cstr(&url), answer, sizeof(answer)) < 0; tries++) {
		if (tries == 60) {
			log_warn("IPN of %s: the report of attempt %u failed", ref, attempts);
			break;
		}
		sleep(1);
	}
	buf_free(&url);
	pay_params_free(&a);
}

static void __attribute__((noreturn))
ipn_run(const char *url, const char *ref)
{
	char		 answer[4096], code[3];
	unsigned	 i;
	int		 fd;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGCHLD, SIG_DFL);
	/* Not the worker's FastCGI and database sockets: only stdin, stdout and the log. */
	for (fd = 3; fd < 1024; fd++)
		close(fd);
	for (i = 0; i < sizeof(delays) / sizeof(delays[0]); i++) {
		sleep(delays[i]);
		if (http_get(url, answer, sizeof(answer)) < 0)
			code[0] = '\0';
		else
			rsp_code(answer, code);
		log_info("IPN of %s, attempt %u: RspCode %s", ref, i + 1, code[0] ? code : "none");
		report(ref, i + 1, code);
		if (strcmp(code, "00") == 0 || strcmp(code, "02") == 0)
			_exit(0);
	}
	log_warn("IPN of %s: given up after %u attempts", ref, i);
	_exit(0);
}

void
ipn_start(const struct pay_params *q)
{
	struct buf	 url = { 0 };
	const char	*ref = pay_get(q, "vnp_TxnRef");
	pid_t		 pid;

	buf_printf(&url, "%s/pay/ipn?", conf.base_url);
	pay_query_string(&url, q, conf.pay_secret);
	if ((pid = fork()) == -1)
		log_warn("IPN of %s: fork: %s", ref, strerror(errno));
	else if (pid == 0)
		ipn_run(buf_cstr(&url), ref);
	buf_free(&url);
}
