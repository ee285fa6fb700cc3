/*
 * delivery.c — steps 3 and 4: how the result comes back (online, by the public postal
 * service to an address in any province, or at the counter where the procedure is một
 * phần). The fees are fees.c's.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "submit.h"

/* The provinces, and the communes of province (or of the portal's own). */
static int
delivery_data(struct request *r, const char *province)
{
	char	 home[101] = "";
	long	 rc;

	if (*province == '\0') {
		struct db_arg args[] = { DB_S(conf.province_name), DB_END_ };

		if ((rc = db_text(STMT_HOME_PROVINCE, args, home, sizeof(home))) < 0)
			return db_status(rc);
		province = home;
	}
	xml_text(r->root, "province", province);
	{
		struct db_arg args[] = { DB_S(province), DB_END_ };

		if ((rc = xml_rows(xml_elem(r->root, "provinces"), "province", STMT_PROVINCES, NULL)) < 0 ||
		    (rc = xml_rows(xml_elem(r->root, "communes"), "commune", STMT_COMMUNES, args)) < 0)
			return db_status(rc);
	}
	return 0;
}

int
delivery_page(struct request *r)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = delivery_data(r, req_str(r, "province", d.province))) != 0)
		return st;
	return 200;
}

static bool
channel_offered(const struct dossier *d, const char *channel)
{
	char	 list[32], *tok, *save;

	/* Toàn trình never requires presence: no counter, whatever the catalogue says. */
	if (d->level == 4 && strcmp(channel, "counter") == 0)
		return false;
	snprintf(list, sizeof(list), "%s", d->channels);
	for (tok = strtok_r(list, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save))
		if (strcmp(tok, channel) == 0)
			return true;
	return false;
}

int
delivery_post(struct request *r)
{
	const char	*channel = req_input(r, "channel"), *province = req_input(r, "postal_province_code");
	const char	*commune_code = req_input(r, "postal_commune_code"), *err;
	const char	*recipient = req_input(r, "postal_recipient"), *street = req_input(r, "postal_street");
	const char	*phone_in = req_input(r, "postal_phone");
	char		 commune[101], phone[11] = "";
	struct dossier	 d;
	long		 rc;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0)
		return st;
	form_values(r);
	snprintf(commune, sizeof(commune), "%s", req_input(r, "postal_commune"));
	if (strcmp(req_str(r, "refresh", ""), "1") == 0)	/* another province: its communes */
		return (st = delivery_data(r, province)) != 0 ? st : 200;
	if (*channel == '\0')
		form_error(r, "channel", "channel.required");
	else if (!channel_offered(&d, channel))
		form_error(r, "channel", "channel.not_offered");
	if (strcmp(channel, "postal") == 0) {
		if (strlen(recipient) < 2)
			form_error(r, "postal_recipient", "postal_recipient.required");
		if ((err = valid_phone(phone_in, phone)) != NULL)
			form_error(r, "postal_phone", *phone_in == '\0' ? "postal_phone.required" : err);
		if (strlen(street) < 3)
			form_error(r, "postal_street", "postal_street.required");
		if (*commune_code != '\0') {
			struct db_arg args[] = { DB_S(commune_code), DB_S(province), DB_END_ };

			if ((rc = db_text(STMT_COMMUNE_NAME, args, commune, sizeof(commune))) < 0)
				return db_status(rc);
			if (commune[0] == '\0')
				form_error(r, "postal_commune_code", "postal_commune.other_province");
		} else if (strlen(commune) < 3)
			form_error(r, "postal_commune", "postal_commune.required");
		if (strlen(province) != 2)
			form_error(r, "postal_province_code", "postal_province.required");
	}
	if (r->nerrors > 0)
		return (st = delivery_data(r, province)) != 0 ? st : 200;
	{
		bool		 postal = strcmp(channel, "postal") == 0;
		struct db_arg	 args[] = { DB_S(channel), DB_S(postal ? recipient : ""),
		    DB_S(postal ? phone : ""), DB_S(postal ? street : ""), DB_S(postal ? province : ""),
		    DB_S(postal ? commune_code : ""), DB_S(postal ? commune : ""),
		    DB_I((long long)d.id), DB_I((long long)r->user.id), DB_END_ };

		if ((rc = db_exec(STMT_SAVE_DELIVERY, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	if (rc == 0)	/* submitted meanwhile (another tab): its receipt says so */
		return next_step(r, "receipt");
	return next_step(r, "fees");
}
