/*
 * catalogue.h — the catalogue's writes (issue 12): units, fields and procedures as records
 * of named values, the current catalogue read from MariaDB, the difference between it and a
 * whole catalogue from a file, the checks such a file must pass, and the writes themselves:
 * the version rule (a published procedure's row is never updated: a change is version + 1,
 * the old row no longer current), withdrawal, and the audit log that every write appends to.
 *
 * One table of columns per kind of record (cat_tables) drives everything: the file formats
 * (XML and CSV, read and written here for dvcctl catalogue export/import and dvc-admin's
 * upload and download alike), the difference and the JSON of the audit log. The writes run
 * in the caller's transaction (db_transaction()).
 */
#ifndef DVC_CATALOGUE_H
#define DVC_CATALOGUE_H

enum cat_kind {
	CAT_UNIT,	/* agencies: the units that resolve and receive */
	CAT_FIELD,	/* fields (lĩnh vực) */
	CAT_PROC,	/* procedures: their current version */
	CAT_COMPONENT,	/* a procedure's components, in order */
	CAT_FEE,	/* a procedure's fees, in order */
	CAT_EXEMPTION,	/* who is exempt from a fee or pays less (its fee by position) */
	CAT_RECEIVER,	/* the units that receive a province-level procedure, in order */
	CAT__KINDS
};

#define CAT_MAX_COLS	20
#define CAT_ELEM	0x01	/* an element of its own in XML (long or multi-line text) */
#define CAT_REQUIRED	0x02	/* the file must give it */

struct cat_col {
	const char	*name;
	unsigned	 flags;
	const char	*def;		/* the value when the file leaves it out */
};

struct cat_table {
	const char		*name;	/* "unit", "procedure": the XML element and CSV kind */
	const struct cat_col	*cols;	/* attributes first, then elements */
	unsigned		 ncols;
};

extern const struct cat_table cat_tables[CAT__KINDS];

/* A procedure's lists: components, fees, the fees' exemptions, receivers. */
enum cat_sub { CAT_SUB_COMPONENTS, CAT_SUB_FEES, CAT_SUB_EXEMPTIONS, CAT_SUB_RECEIVERS, CAT__SUBS };
/* The kind of each list's records, and its name ("components"). */
extern const enum cat_kind cat_sub_kind[CAT__SUBS];
extern const char *const cat_sub_name[CAT__SUBS];

struct cat_rec;

struct cat_list {
	struct cat_rec	*r;
	size_t		 n, cap;
};

struct cat_rec {
	char		*v[CAT_MAX_COLS];	/* each column's value, never NULL once set */
	unsigned	 line;			/* where the file gives it; 0 from the database */
	long long	 id;			/* its row, from the database */
	long long	 version;		/* a procedure's version, from the database */
	struct cat_list	 sub[CAT__SUBS];	/* a procedure's lists */
};

struct catalogue {
	struct cat_list	 units, fields, procs;
};

/* The column of kind called name, or -1. */
int		 cat_col(enum cat_kind, const char *name);
/* A new record at the end of list, its values the table's defaults ("" for none). */
struct cat_rec	*cat_add(struct cat_list *, enum cat_kind, unsigned line);
/* Sets column col of r to the n bytes at s (a copy). */
void		 cat_set(struct cat_rec *, unsigned col, const char *s, size_t n);
/* The record of list whose first column (its code) is code, or NULL. */
const struct cat_rec *cat_find(const struct cat_list *, const char *code);
void		 catalogue_free(struct catalogue *);

/* The current catalogue: every unit and field, each current procedure with its lists, in the
 * order of their rows. 0, or what db_exec() returns on failure. */
long		 catalogue_load(struct catalogue *);

/* ------------------------------------------------------------------ catalogue_problem.c */

/*
 * A problem of a file, one code each, one table: its message code (vi-msg.xsl words it for
 * dvc-admin, the attributes of the element cat_problem_xml() makes as its arguments) and
 * its English (dvcctl's terminal), both naming the same arguments. The table says which
 * argument name and n are ("field", "first").
 */
enum cat_problem_id {
	CATP_NONE,
	/* the file itself */
	CATP_EMPTY, CATP_TOO_BIG, CATP_UNREADABLE, CATP_NOT_XML, CATP_SCHEMA,
	/* its CSV (csv.c, catalogue_csv.c) */
	CATP_CSV_UTF8, CATP_CSV_FIELDS, CATP_CSV_UNCLOSED, CATP_CSV_TOO_LONG, CATP_CSV_AFTER_QUOTE,
	CATP_CSV_QUOTE, CATP_CSV_CR, CATP_CSV_KIND, CATP_CSV_COLUMN, CATP_CSV_COLUMN_TWICE,
	CATP_CSV_BEFORE_HEADER, CATP_CSV_EXTRA, CATP_CSV_ORPHAN,
	/* its catalogue (catalogue_check.c) */
	CATP_DUPLICATE, CATP_PARENT_UNKNOWN, CATP_PARENT_SELF, CATP_FIELD_UNKNOWN, CATP_UNIT_UNKNOWN,
	CATP_RECEIVER_UNKNOWN, CATP_RECEIVER_TWICE, CATP_LEVEL4_CHANNEL, CATP_SAME_DAY_HOURS,
	CATP_FEE_ONLINE, CATP_EXEMPTION_FEE,
	CATP__MAX
};

struct cat_problem_def {
	const char	*msg;		/* "import.code_duplicate" */
	const char	*name_attr;	/* what name is called, or NULL when unused */
	const char	*n_attr;	/* what n is called, or NULL */
	const char	*english;	/* "{kind} {object} is given twice (first on line {first})" */
};

extern const struct cat_problem_def cat_problems[CATP__MAX];

struct cat_problem {
	enum cat_problem_id	 id;
	unsigned		 line;		/* 0 when none */
	const char		*kind;		/* the record's kind: "procedure", or NULL */
	const char		*object;	/* its code, or NULL */
	const char		*name;		/* a code or a name it gives, or NULL */
	unsigned long		 n;		/* a number it gives */
	const char		*detail;	/* libxml2's or the system's own words (English) */
};

/* Called for each problem found. */
typedef void	(*cat_problem_fn)(void *arg, const struct cat_problem *);

/* Appends the English of p to b (without its line). */
void		 cat_problem_text(struct buf *, const struct cat_problem *);
/* Appends <name code="import.…" line="…" kind="…" object="…" {name_attr}="…" {n_attr}="…"
 * detail="…"/> to parent (the attributes given only) and returns it. */
xmlNodePtr	 cat_problem_xml(xmlNodePtr parent, const char *name, const struct cat_problem *);

/* ------------------------------------------------------------------ catalogue_read.c */

enum cat_format { CAT_FORMAT_XML, CAT_FORMAT_CSV };

#define CATALOGUE_FILE_MAX_MB	64	/* a file dvcctl reads */
#define CATALOGUE_UPLOAD_MAX_MB	16	/* a file uploaded to dvc-admin */

/* The published schema, conf.sql_dir/catalogue.rng: read and compiled once (fatal when it
 * does not load); its text, for a download. */
void		 catalogue_schema_init(void);
const char	*catalogue_schema_text(size_t *len);
/*
 * Reads the file of len bytes at text (XML, or CSV turned into the document the XML would
 * be) and checks it against the schema, reporting each problem with its line through fn. When
 * there is none, fills c (free it with catalogue_free(), whatever is returned). The number of
 * problems; catalogue_check() is the caller's next step.
 */
unsigned	 catalogue_read(const char *text, size_t len, enum cat_format, struct catalogue *c,
		    cat_problem_fn, void *arg);
/* The catalogue as the export writes it: XML valid against the schema (0, or -1 when
 * libxml2 failed), or CSV (catalogue_csv.c's format). Appended to b. */
int		 catalogue_xml_write(const struct catalogue *, struct buf *);
void		 catalogue_csv_write(const struct catalogue *, struct buf *);

/* catalogue_xml.c, catalogue_csv.c: a document the schema accepted read into c; a CSV file as
 * that document (NULL when it is not CSV; its problems reported). For catalogue_read(). */
void		 catalogue_from_xml(xmlDocPtr, struct catalogue *c);
xmlDocPtr	 catalogue_csv_document(const char *text, size_t len, cat_problem_fn, void *arg);

/* ------------------------------------------------------------------ catalogue_check.c */

/* The checks a file's catalogue must pass beyond its schema: codes unique, every field and
 * unit it names in the file or the database, the rules of the procedures table. The number of
 * problems reported. */
unsigned	 catalogue_check(const struct catalogue *file, const struct catalogue *db,
		    cat_problem_fn, void *arg);

/* The same checks for a form (dvc-admin): each problem with its message code (vi-msg.xsl:
 * "catalogue.unknown_field") and the input it is about: a column's name ("field",
 * "processing_hours") or a list's item's ("fees.2.amount_online", "receivers.1.unit"), the
 * items numbered from 1 in the order of the record's lists. */
typedef void	(*cat_issue_fn)(void *arg, const char *code, const char *field, const char *what);
unsigned	 catalogue_check_form(const struct catalogue *file, const struct catalogue *db,
		    cat_issue_fn, void *arg);

/* One difference: what is done to the object of kind and code (from the file's line), and
 * for a change, the names of what changes ("processing_hours, fees.1.amount"). */
enum cat_action { CAT_ADD, CAT_CHANGE, CAT_WITHDRAW };
struct cat_change {
	enum cat_action		 action;
	enum cat_kind		 kind;
	const char		*code;
	unsigned		 line;
	const char		*what;		/* "" but for a change */
	const struct cat_rec	*old;		/* NULL for an addition */
	const struct cat_rec	*new;		/* NULL for a withdrawal */
};
typedef int	(*cat_change_fn)(void *arg, const struct cat_change *);

/* Calls fn for each difference between the database's catalogue and the file's, units first,
 * then fields, then procedures (those the file leaves out are withdrawn; units and fields it
 * leaves out are kept). Stops at fn's first non-zero answer and returns it, else 0. */
int		 catalogue_diff(const struct catalogue *db, const struct catalogue *file,
		    cat_change_fn, void *arg);

/* Who writes, for the audit log. */
struct cat_who {
	unsigned long long	 user_id;	/* the signed-in administrator, or 0 */
	const char		*actor;		/* otherwise who ran the command: "unix:root" */
	const char		*program;	/* "dvcctl catalogue import" */
};

/* What a write may answer besides 0 and db_exec()'s -1 and -2. */
#define CAT_STALE	(-3)	/* the version changed under us: someone else saved first */
#define CAT_IN_USE	(-4)	/* dossiers refer to it: withdraw it instead */

/*
 * The version rule, in the caller's transaction: publishes p (a CAT_PROC record with its
 * lists) as the next version of its code, with its components, fees and receivers; old, the
 * current version it replaces (NULL for a new code), is marked not current, and must still be
 * current (else CAT_STALE, nothing written). Appends to the audit log. The new row's id in
 * *id. 0 or a failure.
 */
long		 catalogue_publish(const struct cat_rec *p, const struct cat_rec *old,
		    const struct cat_who *, unsigned long long *id);
/* Withdraws the current version old (no new row: no version of its code is current then).
 * 0, CAT_STALE, or a failure. */
long		 catalogue_withdraw(const struct cat_rec *old, const struct cat_who *);
/* Removes the procedure of code, every version, when no dossier refers to any: CAT_IN_USE
 * when one does (withdraw it instead), 0 when removed or absent. */
long		 catalogue_remove(const char *code, const struct cat_who *);
/* Adds (old NULL) or changes a unit or a field in place; units and fields are not versioned:
 * dossiers keep the unit's id, whose name may change. 0 or a failure. */
long		 catalogue_put(enum cat_kind, const struct cat_rec *rec, const struct cat_rec *old,
		    const struct cat_who *);
/* A unit's parent set to the unit its column parent names ("" for none), in place: after every
 * unit of a file is there, or after catalogue_put() of one unit. 0, -2 when the parent is not
 * there, or what db_exec() returns. */
long		 catalogue_unit_parent(const struct cat_rec *unit);
/* Removes the unit or field old (as catalogue_get() read it) when no row refers to it: for a
 * unit, no dossier, event, slip, procedure, receiving list, officer's role or child unit; for a
 * field, no version of any procedure. CAT_IN_USE then (withdraw a unit instead), else 0 when
 * removed, or a failure. Appends to the audit log. */
long		 catalogue_drop(enum cat_kind, const struct cat_rec *old, const struct cat_who *);
/* The unit or field of row id (CAT_UNIT or CAT_FIELD) appended to out, locked until the end
 * of the caller's transaction: the number of rows read (0: none), or a failure. */
long		 catalogue_get(enum cat_kind, long long id, struct cat_list *out);
/* Frees the records of a list (and their lists). */
void		 cat_list_free(struct cat_list *);

/* Core's own (catalogue_write.c, catalogue_units.c): appends a write of a record of kind to the
 * audit log, before and after as JSON (NULL: none), in the caller's transaction. 0 or what
 * db_exec() returns. */
enum audit_action { AU_ADD, AU_CHANGE, AU_PUBLISH, AU_WITHDRAW, AU_REMOVE };
long		 catalogue_audit(const struct cat_who *, enum audit_action, enum cat_kind,
		    const char *code, unsigned long long id, const struct cat_rec *before,
		    const struct cat_rec *after);

/* Appends to the audit log an entry about any object, a catalogue record or not (a commune, a
 * day of the calendar, a setting, a form template, a person): action and kind as the log's
 * ENUMs spell them, before and after as JSON ("" for none), in the
 * caller's transaction. 0 or what db_exec() returns. */
/* The signed-in user of the running program, as the audit log names who wrote. */
struct cat_who	 catalogue_who(unsigned long long user_id);
long		 catalogue_log(const struct cat_who *, const char *action, const char *kind,
		    const char *code, unsigned long long id, const char *before, const char *after);
/* Appends s as a JSON string, quoted and escaped, to b. */
void		 catalogue_json_str(struct buf *, const char *s);

/* Every difference applied, in the caller's transaction: units (then their parents), fields,
 * procedures. 0 or a failure (the caller rolls back). */
long		 catalogue_apply(const struct catalogue *db, const struct catalogue *file,
		    const struct cat_who *);

/*
 * After a change of the catalogue, outside any transaction (dvcctl after an import, dvc-admin
 * after a save): the folded name and search text of every procedure's row, then the search
 * index (conf.search_index, search_index.c) built afresh and renamed into place, then the
 * catalogue's version in cache_versions moved, so that every program drops the pages it
 * cached and dvc-catalogue's workers open the new index. The number of current procedures
 * indexed in *n. 0, or 1 after a warning (what was already done stays; the old index stays).
 */
int		 catalogue_reindex(size_t *n);

/* Appends the JSON object of r (kind's columns; a procedure's lists as arrays) to b. */
void		 catalogue_json(struct buf *, enum cat_kind, const struct cat_rec *);

/* ------------------------------------------------------------------ csv.c — CSV text */

/*
 * The catalogue's CSV (RFC 4180): fields separated by commas, in double quotes when they hold
 * a comma, a quote or a line break, a quote inside doubled; records end in CRLF or LF; a UTF-8
 * byte order mark at the start is skipped. Every field valid UTF-8 without controls but tab
 * and line breaks; at most CSV_MAX_FIELDS fields and CSV_MAX_RECORD bytes a record.
 */
#define CSV_MAX_FIELDS	32
#define CSV_MAX_RECORD	(256 * 1024)

struct csv {
	const char	*p, *end;
	unsigned	 line;		/* of the next record */
};


struct csv_row {
	unsigned	 line;		/* where the record starts */
	unsigned	 n;		/* fields */
	size_t		 off[CSV_MAX_FIELDS];
	struct buf	 data;		/* the fields, each ended by a NUL */
	enum cat_problem_id error;	/* why the text is not CSV, when csv_next() said -1 */
};

void		 csv_init(struct csv *, const char *text, size_t len);
/* The next record into row (its buffer reused; csv_row_free() at the end): 1, 0 at the end of
 * the text, -1 when it is not CSV (row->error, one of CATP_CSV_*, and row->line; the rest is
 * not read). */
int		 csv_next(struct csv *, struct csv_row *);
const char	*csv_field(const struct csv_row *, unsigned i);
void		 csv_row_free(struct csv_row *);
/* Appends s as a CSV field (quoted when it must be) to b. */
void		 csv_put(struct buf *, const char *s);

#endif /* DVC_CATALOGUE_H */
