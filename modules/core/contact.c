/*
 * contact.c — a draft's contact address. The address an applicant types on a draft gets
 * the dossier's messages (its receipt, every move) only once confirmed: the account's own
 * address is (dvc-submit refuses an account whose address is not verified), another one is
 * sent a single-use link (account_links, purpose contact) that dvc-account opens at
 * /account/contact. Until then core reads the dossier's address as none (SQL_CONTACT_EMAIL),
 * so that nobody receives mail about a stranger's dossier by being typed on it.
 */
#include <string.h>

#include "dvc.h"
#include "private.h"

struct pending {
	unsigned long long	 user;
	char			 name[128];
};

static int
pending_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct pending	*p = arg;
	size_t		 n;

	(void)names;
	(void)lens;
	if (ncols < 2)
		return 0;
	p->user = (unsigned long long)num(cols[0]);
	n = text_prefix(cols[1] != NULL ? cols[1] : "", sizeof(p->name) - 1);
	memcpy(p->name, cols[1] != NULL ? cols[1] : "", n);
	p->name[n] = '\0';
	return 1;
}

/* The link recorded and its message queued, together (db_transaction(): run again after a
 * deadlock; it only runs statements). */
struct contact_link {
	unsigned long long	 user, dossier;
	const char		*email, *ip;
	const unsigned char	*hash;
	xmlDocPtr		 doc;
};

static long
contact_link_tx(void *arg)
{
	const struct contact_link	*x = arg;
	struct db_arg			 args[] = { DB_I((long long)x->user), DB_I((long long)x->dossier),
	    DB_S(x->email), DB_SN((const char *)x->hash, crypto_hash_sha256_BYTES), DB_S(x->ip),
	    DB_END_ };
	long				 rc;

	if ((rc = db_exec(db_core(CORE_CONTACT_LINK), args, NULL, NULL)) < 0)
		return rc;
	return mail_queue("mail-verify", x->doc, x->email, 0, NULL);
}

int
contact_confirm(struct request *r, unsigned long long dossier, const char *email)
{
	struct db_arg	 args[] = { DB_I((long long)dossier), DB_S(email), DB_END_ };
	struct pending	 p = { 0, "" };
	char		 token[SESSION_TOKEN_SIZE];
	unsigned char	 hash[crypto_hash_sha256_BYTES];
	const char	*ip = r->remote_addr != NULL ? r->remote_addr : "";
	struct contact_link	 x = { .dossier = dossier, .email = email, .ip = ip, .hash = hash };
	xmlNodePtr	 root;
	long		 rc;

	if ((rc = db_exec(db_core(CORE_CONTACT_PENDING), args, pending_row, &p)) < 0)
		return db_status(rc);
	if (p.user == 0)
		return 0;
	token_new(token);
	crypto_hash_sha256(hash, (const unsigned char *)token, strlen(token));
	x.user = p.user;
	x.doc = mail_doc(&root);
	xml_text(root, "name", p.name);
	xml_elem(root, "contact");
	xml_text(root, "link", "/account/contact");
	xml_text(root, "token", token);
	xml_attr_uint(xml_elem(root, "minutes"), "n", VERIFY_LINK_HOURS * 60);
	xml_text(root, "address", ip);
	rc = db_transaction(contact_link_tx, &x);
	sodium_memzero(token, sizeof(token));
	xmlFreeDoc(x.doc);
	return rc < 0 ? db_status(rc) : 0;
}
