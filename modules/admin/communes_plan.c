/*
 * communes_plan.c — what an uploaded list of communes and wards would change (communes.c's
 * dry run and apply): each record of the file added (a code the database lacks), renamed
 * (its name or province differ) or unchanged; communes the file leaves out are kept (addresses
 * refer to them). The plan's digest, SHA-256 over what it adds and renames in the file's order,
 * is what the dry run's page carries: apply writes only when it computes the same plan.
 */
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "catalogue.h"
#include "communes.h"
#include "admin.h"
#include "communes_plan.h"

static int
commune_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct commune_list	*l = arg;
	struct commune		*c;

	(void)ncols, (void)names, (void)lens;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 1024;
		l->c = xrealloc(l->c, l->cap * sizeof(*l->c));
	}
	c = &l->c[l->n++];
	memset(c, 0, sizeof(*c));
	snprintf(c->code, sizeof(c->code), "%s", cols[0]);
	snprintf(c->province, sizeof(c->province), "%s", cols[1]);
	c->name = xstrdup(cols[2]);
	return 0;
}

static int
by_code(const void *key, const void *elem)
{
	return strcmp(key, ((const struct commune *)elem)->code);
}

static void
digest_put(crypto_hash_sha256_state *st, const char *s)
{
	crypto_hash_sha256_update(st, (const unsigned char *)s, strlen(s) + 1);
}

long
plan_make(struct plan *p)
{
	crypto_hash_sha256_state	 st;
	unsigned char			 d[crypto_hash_sha256_BYTES];
	size_t				 i;
	long				 rc;

	communes_free(&p->db);
	free(p->was);
	p->was = xcalloc(p->file.n ? p->file.n : 1, sizeof(*p->was));
	p->nadd = p->nrename = p->nsame = 0;
	if ((rc = db_exec(STMT_COMMUNES_ALL, NULL, commune_row, &p->db)) < 0)
		return rc;
	crypto_hash_sha256_init(&st);
	for (i = 0; i < p->file.n; i++) {
		const struct commune *c = &p->file.c[i], *o;

		o = p->db.n ? bsearch(c->code, p->db.c, p->db.n, sizeof(*p->db.c), by_code) : NULL;
		p->was[i] = o;
		if (o != NULL && strcmp(o->province, c->province) == 0 && strcmp(o->name, c->name) == 0) {
			p->nsame++;
			continue;
		}
		digest_put(&st, o == NULL ? "add" : "rename");
		digest_put(&st, c->code);
		digest_put(&st, c->province);
		digest_put(&st, c->name);
		if (o == NULL)
			p->nadd++;
		else
			p->nrename++;
	}
	crypto_hash_sha256_final(&st, d);
	sodium_bin2hex(p->digest, sizeof(p->digest), d, sizeof(d));
	return 0;
}

bool
plan_is(const struct plan *p, size_t i, enum plan_action a)
{
	const struct commune *o = p->was[i];

	if (a == PLAN_ADD)
		return o == NULL;
	if (o == NULL)
		return false;
	return (strcmp(o->province, p->file.c[i].province) == 0 &&
	    strcmp(o->name, p->file.c[i].name) == 0) == (a == PLAN_SAME);
}

void
plan_xml(const struct plan *p, xmlNodePtr parent)
{
	static const char *const action[] = { "add", "rename", "same" };
	xmlNodePtr	 e;
	size_t		 i;
	unsigned	 a;

	xml_attr_uint(parent, "added", p->nadd);
	xml_attr_uint(parent, "renamed", p->nrename);
	xml_attr_uint(parent, "unchanged", p->nsame);
	for (a = PLAN_ADD; a <= PLAN_SAME; a++)
		for (i = 0; i < p->file.n; i++) {
			if (!plan_is(p, i, a))
				continue;
			e = xml_elem(parent, "commune");
			xml_attr(e, "action", action[a]);
			xml_attr_uint(e, "line", p->file.c[i].line);
			xml_text(e, "code", p->file.c[i].code);
			xml_text(e, "province", p->file.c[i].province);
			xml_text(e, "name", p->file.c[i].name);
			if (a == PLAN_RENAME) {
				xml_text(e, "old_province", p->was[i]->province);
				xml_text(e, "old_name", p->was[i]->name);
			}
		}
}

/* {"code":…,"province":…,"name":…} of c into b (emptied first). */
static void
commune_json(struct buf *b, const struct commune *c)
{
	buf_reset(b);
	buf_puts(b, "{\"code\":");
	catalogue_json_str(b, c->code);
	buf_puts(b, ",\"province\":");
	catalogue_json_str(b, c->province);
	buf_puts(b, ",\"name\":");
	catalogue_json_str(b, c->name);
	buf_putc(b, '}');
}

long
plan_apply(const struct plan *p, const struct cat_who *who)
{
	struct buf	 before = { 0 }, after = { 0 };
	size_t		 i;
	long		 rc = 0;

	for (i = 0; i < p->file.n && rc >= 0; i++) {
		const struct commune *c = &p->file.c[i];
		bool add = plan_is(p, i, PLAN_ADD);

		if (plan_is(p, i, PLAN_SAME))
			continue;
		if (add) {
			struct db_arg args[] = { DB_S(c->code), DB_S(c->province), DB_S(c->name), DB_END_ };

			rc = db_exec(STMT_COMMUNE_INSERT, args, NULL, NULL);
		} else {
			struct db_arg args[] = { DB_S(c->province), DB_S(c->name), DB_S(c->code), DB_END_ };

			rc = db_exec(STMT_COMMUNE_UPDATE, args, NULL, NULL);
		}
		if (rc < 0)
			break;
		buf_reset(&before);
		if (!add)
			commune_json(&before, p->was[i]);
		commune_json(&after, c);
		rc = catalogue_log(who, add ? "add" : "change", "commune", c->code, 0, buf_cstr(&before),
		    buf_cstr(&after));
	}
	buf_free(&before);
	buf_free(&after);
	return rc < 0 ? rc : 0;
}

void
plan_free(struct plan *p)
{
	communes_free(&p->file);
	communes_free(&p->db);
	free(p->was);
	p->was = NULL;
}
