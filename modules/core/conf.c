/*
 * conf.c — the configuration file: "key = value" lines, "#" comments.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"

struct conf conf = {
	.db_socket = "/run/mysqld/mysqld.sock",
	.db_name = "dvc",
	.db_user = "dvc",
	.db_password = "",
	.db_owner_user = "",
	.db_owner_password = "",
	.xslt_dir = "/usr/share/dvc/xslt",
	.sql_dir = "/usr/share/dvc/sql",
	/* A name, not a message: the province's dvc.conf gives its own (the receipt prints it). */
	.site_name = "Cổng Dịch vụ công",
	.province_name = "",
	.province_code = "",
	.base_url = "http://127.0.0.1:8080",
	.secret = "",
	.store_dir = "/var/lib/dvc/store",
	.search_index = "/var/lib/dvc/search.sqlite",
	.workers = 0,
	.page_cache_kb = 65536,
	.sendmail_command = "/usr/sbin/sendmail -t -oi",
	.mail_from = "",
	.mail_max_attempts = 12,
	.mail_retry_seconds = 60,
	.pay_url = "",
	.pay_api_url = "",
	.pay_tmn_code = "",
	.pay_secret = "",
	.pay_bank_bin = "",
	.pay_bank_account = "",
	.pay_bank_holder = "",
	.dossier_max_files = 20,
	.dossier_max_mb = 50,
	.account_drafts_max_mb = 200,
	.draft_expire_days = 30,
};

static const struct {
	const char	*key;
	int		*value;
	int		 max;
} conf_ints[] = {
	{ "workers", &conf.workers, 256 },
	{ "page_cache_kb", &conf.page_cache_kb, 1024 * 1024 },
	{ "mail_max_attempts", &conf.mail_max_attempts, 100 },
	{ "mail_retry_seconds", &conf.mail_retry_seconds, 3600 },
	{ "dossier_max_files", &conf.dossier_max_files, 1000 },
	{ "dossier_max_mb", &conf.dossier_max_mb, 100 * 1024 },
	{ "account_drafts_max_mb", &conf.account_drafts_max_mb, 1024 * 1024 },
	{ "draft_expire_days", &conf.draft_expire_days, 3650 },
};

static const struct {
	const char	*key;
	char		**value;
} conf_keys[] = {
	{ "db_socket", &conf.db_socket },
	{ "db_name", &conf.db_name },
	{ "db_user", &conf.db_user },
	{ "db_password", &conf.db_password },
	{ "db_owner_user", &conf.db_owner_user },
	{ "db_owner_password", &conf.db_owner_password },
	{ "xslt_dir", &conf.xslt_dir },
	{ "sql_dir", &conf.sql_dir },
	{ "site_name", &conf.site_name },
	{ "province_name", &conf.province_name },
	{ "province_code", &conf.province_code },
	{ "base_url", &conf.base_url },
	{ "secret", &conf.secret },
	{ "store_dir", &conf.store_dir },
	{ "search_index", &conf.search_index },
	{ "sendmail_command", &conf.sendmail_command },
	{ "mail_from", &conf.mail_from },
	{ "pay_url", &conf.pay_url },
	{ "pay_api_url", &conf.pay_api_url },
	{ "pay_tmn_code", &conf.pay_tmn_code },
	{ "pay_secret", &conf.pay_secret },
	{ "pay_bank_bin", &conf.pay_bank_bin },
	{ "pay_bank_account", &conf.pay_bank_account },
	{ "pay_bank_holder", &conf.pay_bank_holder },
};

static char *
trim(char *s)
{
	char	*end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

void
conf_load(const char *path)
{
	FILE	*f;
	char	 line[1024], *key, *value, *eq;
	int	 lineno = 0;
	size_t	 i;

	if ((f = fopen(path, "r")) == NULL)
		log_fatal("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f))
			log_fatal("%s:%d: line too long", path, lineno);
		key = trim(line);
		if (*key == '\0' || *key == '#')
			continue;
		if ((eq = strchr(key, '=')) == NULL)
			log_fatal("%s:%d: expected key = value", path, lineno);
		*eq = '\0';
		key = trim(key);
		value = trim(eq + 1);
		/* The office hours and the 15:00 rule are the settings table's since sql/026,
		 * edited on /admin/settings: a value left here would be silently unused. */
		if (strcmp(key, "office_hours") == 0 || strcmp(key, "same_day_cutoff") == 0)
			log_fatal("%s:%d: %s is no longer read from dvc.conf: set it on /admin/settings"
			    " (the settings table, sql/026)", path, lineno, key);
		if (strcmp(key, "trust_proxy_scheme") == 0) {
			if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
				log_fatal("%s:%d: trust_proxy_scheme: yes or no", path, lineno);
			conf.trust_proxy_scheme = strcmp(value, "yes") == 0;
			continue;
		}
		if (strcmp(key, "mfa_officers") == 0) {
			if (strcmp(value, "0") != 0 && strcmp(value, "1") != 0)
				log_fatal("%s:%d: mfa_officers: 0 or 1", path, lineno);
			conf.mfa_officers = value[0] == '1';
			continue;
		}
		for (i = 0; i < sizeof(conf_ints) / sizeof(conf_ints[0]); i++)
			if (strcmp(key, conf_ints[i].key) == 0)
				break;
		if (i < sizeof(conf_ints) / sizeof(conf_ints[0])) {
			char	*end;
			long	 n = strtol(value, &end, 10);

			if (*value == '\0' || *end != '\0' || n < 0 || n > conf_ints[i].max)
				log_fatal("%s:%d: %s must be 0..%d", path, lineno, key, conf_ints[i].max);
			*conf_ints[i].value = (int)n;
			continue;
		}
		for (i = 0; i < sizeof(conf_keys) / sizeof(conf_keys[0]); i++)
			if (strcmp(key, conf_keys[i].key) == 0)
				break;
		if (i == sizeof(conf_keys) / sizeof(conf_keys[0]))
			log_fatal("%s:%d: unknown key %s", path, lineno, key);
		*conf_keys[i].value = xstrdup(value);
	}
	fclose(f);
}
