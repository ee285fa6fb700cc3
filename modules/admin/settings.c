/*
 * settings.c — the settings the law leaves to the province (GET, POST /admin/settings; the
 * settings table, sql/026): the office hours (a morning and an afternoon session), the
 * same-day cutoff ("the 15:00 rule": a same-day dossier received after it is due the next
 * working day), and whether an online submission received outside office hours counts from
 * the next working day (core workcal_start()). Every program's working calendar reads them
 * again when the data version moves (the table's triggers), within a second.
 *
 * Refused, nothing changed, the message at its field: a time that is not HH:MM, a session
 * that ends before it starts, the afternoon starting before the morning ends, a cutoff
 * outside the afternoon session. Each value that changed is one audit_log row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "admin.h"

#define NTIMES	5
#define FLAG	"after_hours_next_day"

static const char *const times[NTIMES] = { "am_start", "am_end", "pm_start", "pm_end",
	"same_day_cutoff" };

const struct param_spec settings_params[] = {
	{ "am_start", P_TEXT, 8 },
	{ "am_end", P_TEXT, 8 },
	{ "pm_start", P_TEXT, 8 },
	{ "pm_end", P_TEXT, 8 },
	{ "same_day_cutoff", P_TEXT, 8 },
	{ FLAG, P_TOKEN, 1 },
	{ "msg", P_TOKEN, 16 },
	{ NULL, 0, 0 },
};

/* A time of day as HH:MM into out (8 bytes); "" for an unknown one. */
static void
hhmm(int m, char out[8])
{
	if (m < 0 || m >= 24 * 60)
		out[0] = '\0';
	else
		snprintf(out, 8, "%02u:%02u", (unsigned)m / 60u % 100u, (unsigned)m % 60u);
}

/* What the table holds: the times in minutes (-1 unknown) and the flag. */
struct settings {
	int	 minutes[NTIMES];
	int	 flag;
};

static int
setting_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct settings	*s = arg;
	size_t		 i;

	(void)names;
	(void)lens;
	if (ncols < 3 || cols[0] == NULL)
		return 0;
	if (strcmp(cols[0], FLAG) == 0)
		s->flag = cols[2] != NULL && strcmp(cols[2], "1") == 0;
	for (i = 0; i < NTIMES; i++)
		if (strcmp(cols[0], times[i]) == 0 && cols[1] != NULL)
			s->minutes[i] = (int)num(cols[1]);
	return 0;
}

static long
settings_read(struct settings *s)
{
	size_t	 i;

	for (i = 0; i < NTIMES; i++)
		s->minutes[i] = -1;
	s->flag = 0;
	return db_exec(STMT_SET_ALL, NULL, setting_row, s);
}

/* <settings><setting name= value=/>…</settings>: the values saved, HH:MM and 0/1; the hours
 * a day they make. */
static void
settings_xml(struct request *r, const struct settings *s)
{
	xmlNodePtr	 list = xml_elem(r->root, "settings"), e;
	char		 v[8];
	size_t		 i;

	for (i = 0; i < NTIMES; i++) {
		e = xml_elem(list, "setting");
		xml_attr(e, "name", times[i]);
		hhmm(s->minutes[i], v);
		xml_attr(e, "value", v);
	}
	e = xml_elem(list, "setting");
	xml_attr(e, "name", FLAG);
	xml_attr(e, "value", s->flag ? "1" : "0");
	xml_attr_uint(list, "day_minutes", (unsigned long long)((s->minutes[1] - s->minutes[0]) +
	    (s->minutes[3] - s->minutes[2]) > 0 ? (s->minutes[1] - s->minutes[0]) +
	    (s->minutes[3] - s->minutes[2]) : 0));
}

int
settings_page(struct request *r)
{
	struct settings	 s;
	char		 v[8];
	size_t		 i;
	long		 rc;

	if ((rc = settings_read(&s)) < 0)
		return db_status(rc);
	if (strcmp(req_str(r, "msg", ""), "saved") == 0)
		xml_text(r->root, "msg", "saved");
	settings_xml(r, &s);
	for (i = 0; i < NTIMES; i++) {
		hhmm(s.minutes[i], v);
		form_value(r, times[i], v);
	}
	if (s.flag)
		form_value(r, FLAG, "1");
	return 200;
}

struct settings_tx {
	unsigned long long	 user;
	struct settings		 now, want;
};

static long
settings_body(void *arg)
{
	struct settings_tx	*t = arg;
	char			 before[64], after[64], a[8], b[8];
	size_t			 i;
	long			 rc;

	if ((rc = settings_read(&t->now)) < 0)
		return rc;
	for (i = 0; i < NTIMES; i++) {
		if (t->now.minutes[i] == t->want.minutes[i])
			continue;
		{
			struct db_arg args[] = { DB_I(t->want.minutes[i]), DB_S(times[i]), DB_END_ };

			if ((rc = db_exec(STMT_SET_MINUTES, args, NULL, NULL)) < 0)
				return rc;
		}
		hhmm(t->now.minutes[i], b);
		hhmm(t->want.minutes[i], a);
		snprintf(before, sizeof(before), "{\"value\":\"%s\"}", b);
		snprintf(after, sizeof(after), "{\"value\":\"%s\"}", a);
		if ((rc = calendar_audit(t->user, "change", "setting", times[i], before, after)) < 0)
			return rc;
	}
	if (t->now.flag != t->want.flag) {
		struct db_arg args[] = { DB_I(t->want.flag), DB_S(FLAG), DB_END_ };

		if ((rc = db_exec(STMT_SET_FLAG, args, NULL, NULL)) < 0)
			return rc;
		snprintf(before, sizeof(before), "{\"value\":%d}", t->now.flag);
		snprintf(after, sizeof(after), "{\"value\":%d}", t->want.flag);
		if ((rc = calendar_audit(t->user, "change", "setting", FLAG, before, after)) < 0)
			return rc;
	}
	return 0;
}

/* The rules between the times, each message at the later field. */
static void
order_check(struct request *r, const int m[NTIMES])
{
	if (m[0] >= 0 && m[1] >= 0 && m[1] <= m[0])
		form_error(r, "am_end", "set.am_order");
	if (m[1] >= 0 && m[2] >= 0 && m[2] < m[1])
		form_error(r, "pm_start", "set.noon_order");
	if (m[2] >= 0 && m[3] >= 0 && m[3] <= m[2])
		form_error(r, "pm_end", "set.pm_order");
	if (m[2] >= 0 && m[3] >= 0 && m[4] >= 0 && m[3] > m[2] && (m[4] < m[2] || m[4] > m[3]))
		form_error(r, "same_day_cutoff", "set.cutoff");
}

int
settings_post(struct request *r)
{
	struct settings_tx	 t;
	const char		*v, *err;
	size_t			 i;
	long			 rc;

	memset(&t, 0, sizeof(t));
	t.user = r->user.id;
	for (i = 0; i < NTIMES; i++) {
		t.want.minutes[i] = -1;
		v = req_str(r, times[i], "");
		if (*v == '\0')
			form_error(r, times[i], "set.time_required");
		else if ((err = valid_clock(v, &t.want.minutes[i])) != NULL) {
			t.want.minutes[i] = -1;
			form_error(r, times[i], err);
		}
	}
	order_check(r, t.want.minutes);
	t.want.flag = strcmp(req_str(r, FLAG, ""), "1") == 0;
	if (r->nerrors > 0) {
		struct settings	 s;

		if ((rc = settings_read(&s)) < 0)
			return db_status(rc);
		settings_xml(r, &s);
		form_values(r);
		r->keep_view = true;
		return 422;
	}
	if ((rc = db_transaction(settings_body, &t)) < 0)
		return db_status(rc);
	return app_redirect(r, "/admin/settings?msg=saved");
}
