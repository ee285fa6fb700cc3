/*
 * test-conf.c — conf.c: loading "key = value" files (comments, blank lines, spaces, UTF-8,
 * workers) into the global conf. Every file but one, and every fatal case (conf_load()
 * exits through log_fatal()), is loaded in a forked child whose exit status and stderr are
 * checked; the parent loads the last file itself.
 */
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dvc.h"
#include "tap.h"

static char	 child_err[8192];	/* what the last child wrote to stderr */
static int	 sanitizer_reports;	/* children whose stderr has a sanitizer report */

/* Writes text to a fresh temporary file; its name goes to path (PATH_MAX bytes). */
static void
write_conf(char *path, size_t pathsz, const char *text)
{
	const char	*dir = getenv("TMPDIR");
	int		 fd;

	snprintf(path, pathsz, "%s/dvc-test-conf-XXXXXX", dir != NULL ? dir : "/tmp");
	if ((fd = mkstemp(path)) == -1 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) ||
	    close(fd) == -1) {
		perror(path);
		exit(1);
	}
}

/*
 * Runs conf_load(path) in a child, then check() there (may be NULL). Returns the child's
 * exit status: 0 when it loaded and check() held, 3 when check() failed, log_fatal()'s
 * status otherwise, or 128 + the signal that ended it. Its stderr goes to child_err.
 */
static int
load_in_child(const char *path, bool (*check)(void))
{
	char	 drain[4096];
	size_t	 got = 0;
	ssize_t	 r;
	pid_t	 pid;
	int	 fds[2], status;

	fflush(stdout);
	fflush(stderr);
	if (pipe(fds) == -1 || (pid = fork()) == -1) {
		perror("pipe or fork");
		exit(1);
	}
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], STDERR_FILENO);
		conf_load(path);
		_exit(check == NULL || check() ? 0 : 3);
	}
	close(fds[1]);
	while ((r = read(fds[0], got < sizeof(child_err) - 1 ? child_err + got : drain,
	    got < sizeof(child_err) - 1 ? sizeof(child_err) - 1 - got : sizeof(drain))) > 0)
		if (got < sizeof(child_err) - 1)
			got += (size_t)r;
	child_err[got] = '\0';
	close(fds[0]);
	if (waitpid(pid, &status, 0) == -1) {
		perror("waitpid");
		exit(1);
	}
	if (strstr(child_err, "Sanitizer") != NULL || strstr(child_err, "runtime error") != NULL) {
		diag("sanitizer report in a child: %s", child_err);
		sanitizer_reports++;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Loads text in a child; see load_in_child(). */
static int
text_in_child(const char *text, bool (*check)(void))
{
	char	 path[4096];
	int	 status;

	write_conf(path, sizeof(path), text);
	status = load_in_child(path, check);
	unlink(path);
	return status;
}

/* Loads text in a child that should fail; true when it exited non-zero saying msg. */
static bool
fatal_in_child(const char *text, const char *msg)
{
	int	 status = text_in_child(text, NULL);

	if (status == 0 || strstr(child_err, msg) == NULL) {
		diag("exit status %d, stderr: %s", status, child_err);
		return false;
	}
	return true;
}

static bool
check_example(void)
{
	return strcmp(conf.site_name, "Cổng Dịch vụ công tỉnh Thanh Hóa") == 0 &&
	    strcmp(conf.province_name, "Thanh Hóa") == 0 &&
	    strcmp(conf.province_code, "H56") == 0 && conf.workers == 0 &&
	    strcmp(conf.db_socket, "/run/mysqld/mysqld.sock") == 0 &&
	    strcmp(conf.sendmail_command, "/usr/sbin/sendmail -t -oi") == 0 &&
	    strcmp(conf.mail_from, "no-reply@dichvucong.example.gov.vn") == 0 &&
	    conf.mail_retry_seconds == 60 && conf.mail_max_attempts == 12;
}

static bool
check_defaults(void)
{
	return strcmp(conf.site_name, "Cổng Dịch vụ công") == 0 && conf.workers == 0 &&
	    !conf.trust_proxy_scheme &&
	    strcmp(conf.db_socket, "/run/mysqld/mysqld.sock") == 0 &&
	    strcmp(conf.db_name, "dvc") == 0 && strcmp(conf.db_password, "") == 0;
}

static bool
check_last_wins(void)
{
	return strcmp(conf.db_name, "second") == 0 && conf.workers == 2;
}

static bool
check_equals(void)
{
	return strcmp(conf.db_password, "a=b==c") == 0;
}

static bool
check_hash(void)
{
	return strcmp(conf.province_code, "H56 # Thanh Hóa") == 0;
}

static bool
check_workers_256(void)
{
	return conf.workers == 256;
}

static bool
check_proxy_yes(void)
{
	return conf.trust_proxy_scheme;
}

static bool
check_proxy_no(void)
{
	return !conf.trust_proxy_scheme;
}

static bool
check_long_line(void)
{
	return strlen(conf.base_url) == 1022 - strlen("base_url = ");
}

static void
test_load(void)
{
	static const char	 text[] =
	    "# DVC configuration for the tests\n"
	    "\n"
	    "   # an indented comment\n"
	    "\t\n"
	    "db_socket=/tmp/dvc-test/mysqld.sock\n"
	    "db_name   =   dvc_test\n"
	    "  db_user = dvc_app\t\n"
	    "db_password =\n"
	    "site_name = Cổng Dịch vụ công tỉnh Thanh Hóa\n"
	    "province_name = Thanh Hóa\n"
	    "province_code = H56\r\n"
	    "#site_name = not this one\n"
	    "base_url = https://dichvucong.thanhhoa.gov.vn\n"
	    "xslt_dir = /srv/dvc/xslt\n"
	    "sql_dir = /srv/dvc/sql\n"
	    "workers = 8";
	char	 path[4096];

	write_conf(path, sizeof(path), text);
	conf_load(path);
	unlink(path);
	is_str(conf.db_socket, "/tmp/dvc-test/mysqld.sock", "load: no spaces around '='");
	is_str(conf.db_name, "dvc_test", "load: several spaces around '='");
	is_str(conf.db_user, "dvc_app", "load: leading spaces and a trailing tab trimmed");
	is_str(conf.db_password, "", "load: empty value");
	is_str(conf.site_name, "Cổng Dịch vụ công tỉnh Thanh Hóa", "load: UTF-8 site name");
	is_str(conf.province_name, "Thanh Hóa", "load: UTF-8 province name");
	is_str(conf.province_code, "H56", "load: CRLF line end trimmed");
	is_str(conf.base_url, "https://dichvucong.thanhhoa.gov.vn", "load: base_url");
	is_str(conf.xslt_dir, "/srv/dvc/xslt", "load: xslt_dir");
	is_str(conf.sql_dir, "/srv/dvc/sql", "load: sql_dir");
	is_int(conf.workers, 8, "load: workers on a last line without a newline");
}

static void
test_load_in_child(void)
{
	const char	*repo = getenv("DVC_REPO");
	char		 path[4096], line[2048];

	snprintf(path, sizeof(path), "%s/conf/dvc.conf.example", repo != NULL ? repo : ".");
	if (access(path, R_OK) == 0)
		is_int(load_in_child(path, check_example), 0, "child: conf/dvc.conf.example loads");
	else
		skip("conf/dvc.conf.example is not in the current directory or $DVC_REPO");
	is_int(text_in_child("", check_defaults), 0, "child: an empty file keeps the defaults");
	is_int(text_in_child("# only\n\n   # comments\n", check_defaults), 0,
	    "child: only comments keep the defaults");
	is_int(text_in_child("db_name = first\nworkers = 1\ndb_name = second\nworkers = 2\n",
	    check_last_wins), 0, "child: a key given twice, the last wins");
	is_int(text_in_child("db_password = a=b==c\n", check_equals), 0,
	    "child: '=' inside a value");
	is_int(text_in_child("province_code = H56 # Thanh Hóa\n", check_hash), 0,
	    "child: '#' after a value is part of it");
	is_int(text_in_child("workers = 256\n", check_workers_256), 0, "child: workers = 256");
	is_int(text_in_child("workers = 0\n", check_defaults), 0, "child: workers = 0");

	memset(line, 'x', sizeof(line));
	memcpy(line, "base_url = ", strlen("base_url = "));
	memcpy(line + 1022, "\n", 2);
	is_int(text_in_child(line, check_long_line), 0, "child: a line of 1022 bytes");
	line[1022] = '\0';
	is_int(text_in_child(line, check_long_line), 0,
	    "child: a last line of 1022 bytes without a newline");
	memcpy(line + 1022, "x\n", 3);
	ok(fatal_in_child(line, "line too long"), "fatal: a line of 1023 bytes");
	line[1023] = '\0';
	ok(fatal_in_child(line, "line too long"), "fatal: a last line of 1023 bytes");
}

/* dvc-notifier's keys: the command as one string (split by the notifier), the sender, and
 * the retries with their bounds. */
static bool
check_mail(void)
{
	return strcmp(conf.sendmail_command, "/usr/bin/msmtp -a dvc --read-envelope-from") == 0 &&
	    strcmp(conf.mail_from, "thu@hanhchinhcong.thanhhoa.gov.vn") == 0 &&
	    conf.mail_retry_seconds == 30 && conf.mail_max_attempts == 5;
}

static void
test_mail(void)
{
	is_int(text_in_child("sendmail_command = /usr/bin/msmtp -a dvc --read-envelope-from\n"
	    "mail_from = thu@hanhchinhcong.thanhhoa.gov.vn\nmail_retry_seconds = 30\n"
	    "mail_max_attempts = 5\n", check_mail), 0, "child: the notifier's keys");
	ok(fatal_in_child("mail_max_attempts = 101\n", "mail_max_attempts must be 0..100"),
	    "fatal: mail_max_attempts over 100");
	ok(fatal_in_child("mail_retry_seconds = -1\n", "mail_retry_seconds must be 0..3600"),
	    "fatal: a negative mail_retry_seconds");
}

/* The office hours and the cutoff moved to the settings table (sql/026): a dvc.conf that
 * still sets them is refused, naming the page where they are set now. */
static void
test_office_hours(void)
{
	ok(fatal_in_child("office_hours = 08:00-12:00,13:30-17:30\n",
	    ":1: office_hours is no longer read from dvc.conf: set it on /admin/settings"),
	    "fatal: office_hours, moved to /admin/settings");
	ok(fatal_in_child("# x\nsame_day_cutoff = 16:00\n",
	    ":2: same_day_cutoff is no longer read from dvc.conf: set it on /admin/settings"),
	    "fatal: same_day_cutoff, moved to /admin/settings");
}

static void
test_fatal(void)
{
	static const char	*bad_workers[] = { "-1", "257", "eight", "", "8x", "1 2", "0x10",
		"99999999999999999999" };
	char			 text[64];
	size_t			 i;

	ok(fatal_in_child("# the colour\n\ncolour = blue\n", ":3: unknown key colour"),
	    "fatal: unknown key, with its line number");
	ok(fatal_in_child("Site_Name = x\n", "unknown key Site_Name"), "fatal: keys are case-sensitive");
	ok(fatal_in_child("= x\n", "unknown key"), "fatal: empty key");
	ok(fatal_in_child("db_name dvc\n", "expected key = value"), "fatal: a line without '='");
	for (i = 0; i < sizeof(bad_workers) / sizeof(bad_workers[0]); i++) {
		snprintf(text, sizeof(text), "workers = %s\n", bad_workers[i]);
		ok(fatal_in_child(text, "workers must be 0..256"), "fatal: workers = '%s'",
		    bad_workers[i]);
	}
	is_int(text_in_child("trust_proxy_scheme = yes\n", check_proxy_yes), 0,
	    "child: trust_proxy_scheme = yes");
	is_int(text_in_child("trust_proxy_scheme = yes\ntrust_proxy_scheme = no\n", check_proxy_no), 0,
	    "child: trust_proxy_scheme = no");
	ok(fatal_in_child("trust_proxy_scheme = true\n", "trust_proxy_scheme: yes or no"),
	    "fatal: trust_proxy_scheme = true");
	ok(load_in_child("/nonexistent/dvc.conf", NULL) != 0 &&
	    strstr(child_err, "/nonexistent/dvc.conf") != NULL, "fatal: a missing file");
}

int
main(void)
{
	/* The children first: they must start from the defaults. */
	test_load_in_child();
	test_office_hours();
	test_mail();
	test_fatal();
	test_load();
	is_int(sanitizer_reports, 0, "no sanitizer report in any child");
	return done_testing();
}
