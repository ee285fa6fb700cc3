/*
 * private.h — what core's own files share and programs do not see.
 */
#ifndef DVC_PRIVATE_H
#define DVC_PRIVATE_H

/* core.c — the statements core runs for itself, after the program's in the same table. */
enum core_stmt {
	CORE_CACHE_VERSION,
	CORE_SESSION_GET,
	CORE_SESSION_TOUCH,
	CORE_SESSION_CREATE,
	CORE_SESSION_DELETE,
	CORE_SESSION_DELETE_OTHERS,
	CORE_SESSION_DELETE_USER,
	CORE_SESSION_PURGE,
	CORE_HOLIDAYS,
	CORE_SETTINGS,
	CORE_AGENCIES,
	CORE_PROCEDURES,
	CORE_OUTBOX,
	CORE_CONTACT_PENDING,
	CORE_CONTACT_LINK,
	CORE__MAX
};

extern const struct db_stmt_def core_stmts[CORE__MAX];

/* dossier_state.c — the statements of the dossier's state machine, after core's. */
enum dossier_stmt {
	DOSSIER_STATE,
	DOSSIER_LOCK,
	DOSSIER_SAVE,
	DOSSIER_ROLES,
	DOSSIER_PROCESSOR_UNIT,
	DOSSIER_RESULT_FILE,
	DOSSIER_SEQUENCE,
	DOSSIER_EVENT,
	DOSSIER_UNIT,
	DOSSIER_SLIP_SEQUENCE,
	DOSSIER_SLIP,
	DOSSIER_CLAIM_DECIDE,
	DOSSIER_CLAIM_RESTORE,
	DOSSIER_MAIL,
	DOSSIER__MAX
};

extern const struct db_stmt_def dossier_stmts[DOSSIER__MAX];

/* payment.c — the statements of settling a payment, after the dossier's. */
enum payment_stmt {
	PAYMENT_LOCK,
	PAYMENT_PAID,
	PAYMENT_FAILED,
	PAYMENT_DOSSIER,
	PAYMENT_PENDING,
	PAYMENT__MAX
};

extern const struct db_stmt_def payment_stmts[PAYMENT__MAX];

/* catalogue_sql.c — the catalogue's reads and writes and its search index, after the payment's.
 * CATS_COMPONENTS, CATS_FEES, CATS_EXEMPTIONS, CATS_RECEIVERS in the order of enum cat_sub. */
enum catalogue_stmt {
	CATS_UNITS,
	CATS_FIELDS,
	CATS_PROCEDURES,
	CATS_COMPONENTS,
	CATS_FEES,
	CATS_EXEMPTIONS,
	CATS_RECEIVERS,
	CATS_UNIT_ID,
	CATS_UNIT_BY_ID,
	CATS_FIELD_BY_ID,
	CATS_UNIT_USED,
	CATS_UNIT_DELETE,
	CATS_FIELD_USED,
	CATS_FIELD_DELETE,
	CATS_UNIT_INSERT,
	CATS_UNIT_UPDATE,
	CATS_UNIT_PARENT,
	CATS_FIELD_INSERT,
	CATS_FIELD_UPDATE,
	CATS_PROC_RETIRE,
	CATS_PROC_INSERT,
	CATS_COMPONENT_INSERT,
	CATS_FEE_INSERT,
	CATS_EXEMPTION_INSERT,
	CATS_RECEIVER_INSERT,
	CATS_WITHDRAW,
	CATS_USED,
	CATS_REMOVE,
	CATS_REINDEX_READ,
	CATS_REINDEX_WRITE,
	CATS_INDEX_PROCEDURES,
	CATS_INDEX_POPULARITY,
	CATS_INDEX_TERMS,
	CATS_INDEX_FIELDS,
	CATS_INDEX_AGENCIES,
	CATS_CATALOGUE_BUMP,
	CATS_AUDIT,
	CATS__MAX
};

extern const struct db_stmt_def catalogue_stmts[CATS__MAX];

/* db.c — the id of a core, dossier, payment or catalogue statement in the worker's table. */
size_t	 db_core(enum core_stmt);
size_t	 db_dossier(enum dossier_stmt);
size_t	 db_payment(enum payment_stmt);
size_t	 db_catalogue(enum catalogue_stmt);

/* app.c — a request's way, for program.c's worker loop: the request answered; the buffers
 * the requests keep, freed; the program whose routes they follow. */
struct FCGX_Request;
void	 app_handle(struct FCGX_Request *);
void	 app_release(void);
void	 app_program(const struct program *);
/* respond.c — the answer to r written to fr: headers, then body unless head. */
void	 app_respond(struct FCGX_Request *, struct request *, int status, bool head,
	    const struct buf *body, struct buf *out);
/* app.c — whether path matches a route's pattern; a "*" segment matches one non-empty
 * segment, stored in *arg (freed by the caller; NULL for a pattern without one). */
bool	 route_match(const char *pattern, const char *path, char **arg);

/* cache.c — a table a worker keeps while the data version is unchanged (kept_load()); its
 * version -1 until read, or to have it read again. */
struct kept {
	long long	 version;
	enum core_stmt	 stmt;
	db_row_fn	 row;
	void		 (*clear)(void);
};
int	 kept_load(struct kept *);

/* xmlarena.c — libxml2's memory in a worker: from a region each request empties at its end.
 * What a worker keeps across requests (a document, a schema) is built between
 * xmlarena_pause(), which says whether the region was in use, and xmlarena_resume(that). */
void	 xmlarena_init(void);
void	 xmlarena_begin(void);
void	 xmlarena_end(void);
bool	 xmlarena_pause(void);
void	 xmlarena_resume(bool);
bool	 xmlarena_owns(const void *);
void	 xmlarena_doc_free(xmlDocPtr);

/* cache.c — rendered pages of anonymous visitors, shared by a program's workers. */
void	 cache_init(size_t max_bytes);
/* The key of r's page: its path and the inputs accepted, in the route's order. */
void	 cache_key(const struct request *r, struct buf *key);
bool	 cache_get(const char *key, bool xml, struct buf *out);
void	 cache_put(const char *key, bool xml, const char *body, size_t len);
void	 cache_clear(void);

/* session.c — sessions, CSRF tokens, the Origin check. */
void	 session_init(void);
/* Fills r->user from a valid session cookie. Returns 0, or 503/500 when the database fails. */
int	 session_load(struct request *);
bool	 csrf_ok(struct request *, const char *token);
bool	 origin_ok(const struct request *);

/* page.c — sets the message of node (<error>, <message>): code="CODE", for vi-msg.xsl. */
void	 xml_msg(xmlNodePtr node, const char *code);

/* req.c — value v (n bytes) checked against spec, the number of a P_UINT in *num; for
 * req_rows.c. */
enum req_error	 param_check(const struct param_spec *, const char *v, size_t n, uint64_t *num);

/* upload.c — reads a ROUTE_MULTIPART body (fcgi: the FCGX_Request) into r's upload. 0 when
 * parsed (its result in r->upload_status), 403 for a missing or wrong CSRF token, else the
 * status that ends the request. */
int	 upload_body(struct request *, void *fcgi);

/* multipart_header.c — the header lines of a multipart body (multipart.c streams it). */
#define MP_BOUNDARY_MAX	70		/* RFC 2046 */
#define MP_LINE_MAX	1024		/* bytes of a header line, without its CRLF */
/* One header line of a part (len bytes, without its CRLF) into part; *have_cd and *have_ct
 * tell whether Content-Disposition and Content-Type came before. Returns 0 or 400. */
int	 mp_header(struct mp_part *part, const char *line, size_t len, bool *have_cd,
	    bool *have_ct);

/* pwhash.c — the shared slots that cap concurrent password hashing; master, before fork. */
void	 pwhash_init(int slots);

#endif /* DVC_PRIVATE_H */
