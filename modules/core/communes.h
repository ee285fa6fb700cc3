/*
 * communes.h — the list of communes and wards an administrator uploads (dvc-admin, issue 12):
 * the General Statistics Office's CSV, one record a line, "code,name[,province_code]", read
 * with csv.c (catalogue.h). Codes are 5 digits, the province's 2; a record without a province
 * is of the portal's own. A first record whose first field has no digit is a header; blank
 * lines are skipped. Each problem is given with its line, as a message code.
 */
#ifndef DVC_COMMUNES_H
#define DVC_COMMUNES_H

#define COMMUNES_MAX		20000	/* records of a file: the country has about 3,300 */
#define COMMUNE_NAME_MAX	100	/* characters of a name (communes.name) */

struct commune {
	unsigned	 line;
	char		 code[6];
	char		 province[3];
	char		*name;
};

struct commune_list {
	struct commune	*c;
	size_t		 n, cap;
};

/* A problem of the file: its line (0: the whole file), its message code ("communes.code"),
 * and for a code given twice the line of its first record (else 0). */
typedef void	(*commune_problem_fn)(void *arg, unsigned line, const char *code, unsigned first);

/*
 * Reads the len bytes of text (any bytes) into out, which starts as { 0 }; home is the
 * province of records without one. The number of problems: a record with one is left out of
 * out; text that is not CSV stops the reading at its line. communes_free() in any case.
 */
unsigned	 communes_parse(const char *text, size_t len, const char *home,
		    struct commune_list *out, commune_problem_fn, void *arg);
void		 communes_free(struct commune_list *);

#endif /* DVC_COMMUNES_H */
