/*
 * payments.c — `dvcctl payments reconcile [--minutes N]`: asks the gateway (querydr) about
 * every payment left pending for more than N minutes (5 by default) and settles the ones it
 * knows the end of, exactly as the IPN would have (core's payment_settle()): the IPN lost,
 * the payer who closed the browser. A timer runs it (packaging/systemd). Exit status 0 when
 * every question got a signed answer, 1 otherwise (the next run asks again).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "dvc.h"
#include "dvcctl.h"

#define RECONCILE_MAX	1000

struct pending {
	char	 ref[40];
	char	 create_date[PAY_DATE_LEN];
};

struct scan {
	struct pending	*p;
	size_t		 n;
};

static int
pending_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct scan	*s = arg;

	(void)names;
	(void)lens;
	if (ncols < 3 || cols[0] == NULL || cols[2] == NULL || s->n == RECONCILE_MAX)
		return 0;
	snprintf(s->p[s->n].ref, sizeof(s->p[s->n].ref), "%s", cols[0]);
	snprintf(s->p[s->n].create_date, sizeof(s->p[s->n].create_date), "%s", cols[2]);
	s->n++;
	return 0;
}

/* Asks the gateway about one payment; its verified answer in a, or false. */
static bool
querydr(const struct pending *p, struct pay_params *a)
{
	struct pay_params	 q = { 0 };
	struct buf		 url = { 0 };
	unsigned char		 rnd[8];
	char			 id[17], now[PAY_DATE_LEN], info[64], answer[4096];
	bool			 ok = false;

	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(id, sizeof(id), rnd, sizeof(rnd));
	pay_date(time(NULL), now);
	snprintf(info, sizeof(info), "Doi soat giao dich %s", p->ref);
	pay_set(&q, "vnp_RequestId", id);
	pay_set(&q, "vnp_Version", "2.1.0");
	pay_set(&q, "vnp_Command", "querydr");
	pay_set(&q, "vnp_TmnCode", conf.pay_tmn_code);
	pay_set(&q, "vnp_TxnRef", p->ref);
	pay_set(&q, "vnp_TransactionDate", p->create_date);
	pay_set(&q, "vnp_CreateDate", now);
	pay_set(&q, "vnp_IpAddr", "127.0.0.1");
	pay_set(&q, "vnp_OrderInfo", info);
	buf_printf(&url, "%s?", conf.pay_api_url);
	pay_query_string(&url, &q, conf.pay_secret);
	if (http_get(buf_cstr(&url), answer, sizeof(answer)) < 0)
		log_warn("querydr %s: no answer from the gateway", p->ref);
	else if (pay_parse_query(answer, strlen(answer), a) != PAY_OK || !pay_verify(a, conf.pay_secret))
		log_warn("querydr %s: an answer without a valid signature", p->ref);
	else
		ok = true;
	pay_params_free(&q);
	buf_free(&url);
	return ok;
}

int
payments_reconcile(int argc, char **argv)
{
	struct scan	 s = { xcalloc(RECONCILE_MAX, sizeof(struct pending)), 0 };
	unsigned	 minutes = 5, settled = 0, left = 0, failed = 0;
	const char	*code, *ts, *rsp;
	size_t		 i;
	long		 rc;

	if (argc == 2 && strcmp(argv[0], "--minutes") == 0 && strspn(argv[1], "0123456789") == strlen(argv[1]) &&
	    argv[1][0] != '\0' && strlen(argv[1]) <= 6)
		minutes = (unsigned)strtoul(argv[1], NULL, 10);
	else if (argc != 0) {
		fprintf(stderr, "usage: dvcctl payments reconcile [--minutes N]\n");
		free(s.p);
		return 2;
	}
	if (conf.pay_api_url[0] == '\0' || conf.pay_secret[0] == '\0') {
		log_warn("payments reconcile: no gateway configured (pay_api_url, pay_secret)");
		free(s.p);
		return 1;
	}
	render_init(NULL, 0, dossier_views);	/* a dossier that moves on sends its e-mail */
	if ((rc = payment_pending(minutes, pending_row, &s)) < 0) {
		free(s.p);
		return 1;
	}
	for (i = 0; i < s.n; i++) {
		struct pay_params	 a = { 0 };

		if (!querydr(&s.p[i], &a)) {
			failed++;
			continue;
		}
		rsp = pay_get(&a, "vnp_ResponseCode");
		ts = pay_get(&a, "vnp_TransactionStatus");
		/* The gateway knows the payment and its end: settled as its IPN would. */
		if (rsp != NULL && strcmp(rsp, "00") == 0 && ts != NULL &&
		    (strcmp(ts, "00") == 0 || strcmp(ts, "02") == 0)) {
			code = payment_settle(&a, "reconcile");
			printf("%s: %s (%s)\n", s.p[i].ref, strcmp(ts, "00") == 0 ? "paid" : "failed", code);
			if (strcmp(code, PAY_RSP_OK) == 0 || strcmp(code, PAY_RSP_CONFIRMED) == 0)
				settled++;
			else
				failed++;
		} else {
			printf("%s: still pending (gateway %s/%s)\n", s.p[i].ref, rsp ? rsp : "-", ts ? ts : "-");
			left++;
		}
		pay_params_free(&a);
	}
	printf("reconcile: %zu pending, %u settled, %u left pending, %u not answered\n", s.n, settled,
	    left, failed);
	free(s.p);
	render_free();
	return failed > 0 ? 1 : 0;
}
