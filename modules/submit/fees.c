/*
 * fees.c — step 4: the fees as the catalogue states them (sql/018). The applicant enters how
 * many copies or pages a fee per copy or page is for (POST /submit/{id}/fees, fields q1..q8
 * by the fee's sort), and may claim one exemption or reduction the procedure offers, with its
 * proof (POST /submit/{id}/claim, multipart; POST /submit/{id}/unclaim). Every dossier of the
 * portal is submitted online and is charged the online amount. At submission fees_charge()
 * fixes what the dossier owes on its dossier_fees rows (core fee_compute()), so that a later
 * edit of the catalogue changes nothing of it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "submit.h"

/* The fee rows of a procedure that the pages and the charge read (sorts 1..FEE_ROWS_MAX
 * take a quantity: the form's keys q1..q8 are declared in main.c). */
#define FEE_ROWS_MAX	8

struct plan_row {
	unsigned long long	 id;
	unsigned		 sort;
	char			 kind[8], stage[12], unit[8];
	char			 name[501];
	uint64_t		 price;		/* what an online submission pays a unit */
	bool			 optional;
	unsigned		 quantity, percent;
};

struct plan {
	struct plan_row		 rows[FEE_ROWS_MAX];
	size_t			 n;
	xmlNodePtr		 list;		/* the page's <fees>, or NULL */
};

/* A quantity is asked for a fee per copy or per page, and for an optional one. */
static bool
takes_quantity(const struct plan_row *f)
{
	return strcmp(f->unit, "fixed") != 0 || f->optional;
}

/* Each fee row of the draft's procedure: into the plan, and into the page with what it
 * comes to (full, due) for the quantity entered and the reduction claimed. */
static int
plan_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct plan	*p = arg;
	struct plan_row	*f;
	struct fee_line	 line;
	xmlNodePtr	 row;
	char		 s[32];

	if (p->n >= FEE_ROWS_MAX)
		return 0;
	f = &p->rows[p->n++];
	f->id = (unsigned long long)num(row_get(ncols, names, cols, "id"));
	f->sort = (unsigned)num(row_get(ncols, names, cols, "sort"));
	snprintf(f->kind, sizeof(f->kind), "%s", row_get(ncols, names, cols, "kind"));
	snprintf(f->stage, sizeof(f->stage), "%s", row_get(ncols, names, cols, "stage"));
	snprintf(f->unit, sizeof(f->unit), "%s", row_get(ncols, names, cols, "unit"));
	snprintf(f->name, sizeof(f->name), "%s", row_get(ncols, names, cols, "name"));
	f->price = (uint64_t)num(row_get(ncols, names, cols, "price"));
	f->optional = num(row_get(ncols, names, cols, "optional")) == 1;
	f->quantity = (unsigned)num(row_get(ncols, names, cols, "quantity"));
	f->percent = (unsigned)num(row_get(ncols, names, cols, "percent"));
	if (p->list == NULL)
		return 0;
	row = xml_row_append(p->list, "fee", ncols, names, cols, lens);
	line = (struct fee_line){ .unit_amount = f->price, .quantity = f->quantity, .percent = f->percent };
	if (!fee_compute(&line))
		line.full = line.due = 0;
	snprintf(s, sizeof(s), "%llu", (unsigned long long)line.full);
	xml_text(row, "full", s);
	snprintf(s, sizeof(s), "%llu", (unsigned long long)line.due);
	xml_text(row, "due", s);
	xml_text(row, "takes_quantity", takes_quantity(f) ? "1" : "0");
	return 0;
}

/* The plan of the draft id of user. 0, or what db_exec() returned (< 0). */
static long
plan_read(long long id, long long user, struct plan *p)
{
	struct db_arg	 args[] = { DB_I(id), DB_I(user), DB_END_ };
	long		 rc;

	return (rc = db_exec(STMT_FEES, args, plan_row, p)) < 0 ? rc : 0;
}

static int
plan_load(struct request *r, struct plan *p)
{
	long	 rc = plan_read(arg_id(r), (long long)r->user.id, p);

	return rc < 0 ? db_status(rc) : 0;
}

int
fees_data(struct request *r)
{
	struct db_arg	 args[] = { DB_I(arg_id(r)), DB_I((long long)r->user.id), DB_END_ };
	struct plan	 p = { .list = xml_elem(r->root, "fees") };
	long		 rc;
	int		 st;

	if ((st = plan_load(r, &p)) != 0)
		return st;
	if ((rc = xml_rows(xml_elem(r->root, "exemptions"), "exemption", STMT_EXEMPTIONS, args)) < 0 ||
	    (rc = xml_rows(r->root, "claim", STMT_CLAIM, args)) < 0)
		return db_status(rc);
	return 0;
}

static int
fees_show(struct request *r, int status)
{
	struct dossier	 d;
	int		 st;

	if ((st = dossier_load(r, &d)) != 0 || (st = draft_only(r, &d)) != 0 ||
	    (st = fees_data(r)) != 0)
		return st;
	show_msg(r);
	return status;
}

int
fees_page(struct request *r)
{
	return fees_show(r, 200);
}

/* The quantities entered: each checked (a clear message at its field, nothing saved when
 * any is wrong), then saved; on to the review. */
int
fees_post(struct request *r)
{
	struct plan	 p = { 0 };
	unsigned	 q[FEE_ROWS_MAX];
	char		 key[8];
	const char	*v, *e;
	size_t		 i;
	long		 rc;
	int		 st;

	if ((st = plan_load(r, &p)) != 0)
		return st;
	for (i = 1; i <= FEE_ROWS_MAX; i++) {
		snprintf(key, sizeof(key), "q%zu", i);
		if (req_str(r, key, NULL) == NULL)
			continue;
		size_t j;

		for (j = 0; j < p.n && p.rows[j].sort != i; j++)
			;
		if (j == p.n || !takes_quantity(&p.rows[j]))
			form_error(r, key, "fee.quantity_not_asked");
	}
	for (i = 0; i < p.n; i++) {
		q[i] = p.rows[i].quantity;
		snprintf(key, sizeof(key), "q%u", p.rows[i].sort);
		if (!takes_quantity(&p.rows[i]) || (v = req_str(r, key, NULL)) == NULL)
			continue;
		if ((e = fee_quantity_parse(v, p.rows[i].optional, &q[i])) != NULL)
			form_error(r, key, e);
		else if (strcmp(p.rows[i].unit, "fixed") == 0 && q[i] > 1)
			form_error(r, key, "fee.quantity_range");
	}
	if (r->nerrors > 0) {
		form_values(r);
		r->keep_view = true;
		return fees_show(r, 422);
	}
	for (i = 0; i < p.n; i++) {
		struct db_arg args[] = { DB_I((long long)p.rows[i].id), DB_I(q[i]), DB_I(arg_id(r)),
		    DB_I((long long)r->user.id), DB_END_ };

		if (takes_quantity(&p.rows[i]) && (rc = db_exec(STMT_QUANTITY_SAVE, args, NULL, NULL)) < 0)
			return db_status(rc);
	}
	return next_step(r, "review");
}

/* A proof is an upload like a component's: its size and types are the domain's. */
static int
proof_limits(struct request *r, struct upload *up)
{
	(void)r;
	up->max_bytes = FEE_PROOF_MAX_KB * 1024UL;
	snprintf(up->types, sizeof(up->types), "%s", FEE_PROOF_TYPES);
	snprintf(up->what, sizeof(up->what), "%s", "proof");
	return 0;
}

const struct upload_spec proof_spec = { { "exemption", NULL }, proof_limits };

static int
claim_error(struct request *r, struct upload *up, int status, const char *code)
{
	xmlNodePtr	 e;

	upload_discard(up);
	e = form_error(r, "exemption", code);
	if (up->error_file >= 0)
		xml_attr(e, "file", up->files[up->error_file].name);
	r->keep_view = true;
	return fees_show(r, status);
}

/* A claim made (its proof replaced, the claim saved) or taken back (exemption 0: both
 * deleted), the draft's row taken first as by every change of a draft, in a db_transaction()
 * (run again after a deadlock: it only runs statements and fills its struct, reset first).
 * 1 rolls back: no draft of the user's (gone). */
struct claim_change {
	long long			 id, user, exemption;
	const struct upload_file	*proof;		/* with an exemption */
	bool				 gone;
};

static long
claim_tx(void *arg)
{
	struct claim_change	*x = arg;
	struct db_arg		 args[] = { DB_I(x->id), DB_I(x->user), DB_END_ };
	long			 rc;

	x->gone = false;
	if ((rc = db_exec(STMT_TOUCH, args, NULL, NULL)) <= 0) {
		x->gone = rc == 0;
		return rc < 0 ? rc : 1;
	}
	if (x->exemption == 0) {	/* taken back */
		if ((rc = db_exec(STMT_CLAIM_DELETE, args, NULL, NULL)) >= 0)
			rc = db_exec(STMT_PROOF_DELETE, args, NULL, NULL);
		return rc < 0 ? rc : 0;
	}
	struct db_arg	 file[] = { DB_I(x->id), DB_S(x->proof->hex), DB_S(x->proof->name),
	    DB_S(x->proof->mime), DB_I((long long)x->proof->size), DB_END_ };

	if ((rc = db_exec(STMT_PROOF_DELETE, args, NULL, NULL)) < 0 ||
	    (rc = db_exec(STMT_PROOF_INSERT, file, NULL, NULL)) < 0)
		return rc;
	struct db_arg	 claim[] = { DB_I(x->id), DB_I(x->exemption),
	    DB_I((long long)db_last_insert_id()), DB_END_ };

	return (rc = db_exec(STMT_CLAIM_SAVE, claim, NULL, NULL)) < 0 ? rc : 0;
}

/* Runs the claim's change x; then the fees' page, or 404 when the draft is gone. */
static int
claim_change(struct request *r, struct claim_change *x, const char *msg)
{
	char	 to[64];
	long	 rc;

	if ((rc = db_transaction(claim_tx, x)) < 0)
		return db_status(rc);
	if (x->gone)
		return app_error(r, 404, "draft.not_found");
	snprintf(to, sizeof(to), "/submit/%s/fees?msg=%s", r->arg, msg);
	return app_redirect(r, to);
}

/*
 * A claim of the exemption or reduction chosen, with its proof: one a dossier (a new claim
 * replaces the draft's). The ground must be one the draft's procedure offers and a proof
 * must come with it; the file is checked and stored like a component's.
 */
int
claim_post(struct request *r)
{
	struct upload		*up = upload_get(r);
	struct claim_change	 x = { .id = arg_id(r), .user = (long long)r->user.id,
	    .exemption = num(upload_field(up, "exemption")) };
	struct db_arg		 ok[] = { DB_I(x.exemption), DB_I(x.id), DB_I(x.user), DB_END_ };
	long long		 offered = 0;
	long			 rc;
	int			 st = r->upload_status;

	if (st == 413)
		return claim_error(r, up, 413, "upload.body_too_large");
	if (st != 0)
		return st == 400 ? app_error(r, 400, "upload.invalid") : st;
	if ((rc = db_int(STMT_EXEMPTION_OK, ok, &offered)) < 0)
		return db_status(rc);
	if (offered == 0)
		return claim_error(r, up, 422, "claim.not_offered");
	if (up->nfiles == 0)
		return claim_error(r, up, 422, "claim.proof_required");
	if (up->nfiles > 1)
		return claim_error(r, up, 422, "claim.one_proof");
	if ((st = upload_check(up)) != 0)
		return claim_error(r, up, st, up->error);
	if ((st = upload_store(up)) != 0)
		return app_error(r, st, up->error);
	x.proof = &up->files[0];
	return claim_change(r, &x, "claimed");
}

int
unclaim_post(struct request *r)
{
	struct claim_change	 x = { .id = arg_id(r), .user = (long long)r->user.id };

	return claim_change(r, &x, "unclaimed");
}

/* The draft's claim as submission checks it: whether there is one, whether the catalogue
 * still offers its ground, for which fee, and whether its proof is there. */
struct claim_check {
	bool			 found, offered, proof;
	unsigned long long	 fee;
};

static int
claim_row(void *arg, unsigned ncols, const char *const *names, char *const *cols,
    const size_t *lens)
{
	struct claim_check	*c = arg;

	(void)lens;
	c->found = true;
	c->fee = (unsigned long long)num(row_get(ncols, names, cols, "fee_id"));
	c->offered = c->fee != 0;
	c->proof = num(row_get(ncols, names, cols, "proof_file_id")) != 0;
	return 1;
}

/*
 * Charges the draft id of user (locked by the caller, in its transaction: a body that
 * db_transaction() may run again, so it only reads and writes the database) with its fees:
 * each fee of the procedure at its online amount times the quantity entered (an optional one
 * not asked for is left out), less the reduction claimed; the total; the claim's ground
 * copied. *refused gets what keeps them from being charged (a claim the catalogue no longer
 * offers, without its proof, on a fee not charged; an amount too large), 0 when nothing:
 * the caller rolls back and says it. 0, or what db_exec() returned (< 0).
 */
long
fees_charge(long long id, long long user, enum fee_refusal *refused)
{
	struct db_arg		 args[] = { DB_I(id), DB_I(user), DB_END_ };
	struct db_arg		 ids[] = { DB_I(id), DB_END_ };
	struct claim_check	 c = { 0 };
	struct plan		 p = { 0 };
	bool			 charged = false;
	size_t			 i;
	long			 rc;

	*refused = FEE_CHARGED;
	if ((rc = db_exec(STMT_CLAIM_CHECK, args, claim_row, &c)) < 0)
		return rc;
	if (c.found && !c.offered)
		return *refused = FEE_CLAIM_NOT_OFFERED, 0;
	if (c.found && !c.proof)
		return *refused = FEE_CLAIM_NO_PROOF, 0;
	if ((rc = plan_read(id, user, &p)) < 0)
		return rc;
	for (i = 0; i < p.n; i++) {
		const struct plan_row	*f = &p.rows[i];
		struct fee_line		 line = { .unit_amount = f->price, .quantity = f->quantity,
		    .percent = c.found && c.fee == f->id ? f->percent : 0 };

		if (f->optional && f->quantity == 0)
			continue;
		charged |= c.found && c.fee == f->id;
		if (!fee_compute(&line))
			return *refused = FEE_TOO_LARGE, 0;
		struct db_arg row[] = { DB_I(id), DB_I(f->sort), DB_S(f->kind), DB_S(f->name),
		    DB_I((long long)line.due), DB_S(f->stage), DB_S(f->unit), DB_I((long long)f->price),
		    DB_I(f->quantity), DB_I((long long)line.full), DB_END_ };

		if ((rc = db_exec(STMT_FEE_INSERT, row, NULL, NULL)) < 0)
			return rc;
	}
	/* A claim on a fee not charged (an optional one not asked for) reduces nothing. */
	if (c.found && !charged)
		return *refused = FEE_CLAIM_NOT_CHARGED, 0;
	if (c.found && (rc = db_exec(STMT_CLAIM_FIX, ids, NULL, NULL)) < 0)
		return rc;
	return 0;
}

/* The form error of a refusal of fees_charge(). */
void
fees_refused(struct request *r, enum fee_refusal why)
{
	static const struct {
		const char	*field, *code;
	} errs[] = {
		[FEE_CLAIM_NOT_OFFERED] = { "exemption", "claim.not_offered" },
		[FEE_CLAIM_NO_PROOF] = { "exemption", "claim.proof_required" },
		[FEE_CLAIM_NOT_CHARGED] = { "exemption", "claim.fee_not_charged" },
		[FEE_TOO_LARGE] = { "_", "fee.too_large" },
	};

	if (why != FEE_CHARGED && why < sizeof(errs) / sizeof(errs[0]))
		form_error(r, errs[why].field, errs[why].code);
}
