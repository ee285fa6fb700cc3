/* search_index.h — the catalogue's search index (search_index.c), built by dvcctl reindex. */

/* dvcctl's statements the build reads MariaDB with (their ids in main.c's table). */
struct search_index_stmts {
	size_t	 procedures;	/* id, code, name, level, field_id, agency_id, field, agency,
				 * hours, same_day, fee_total, fee_count of each current one */
	size_t	 popularity;	/* code, dossiers submitted in the last year */
	size_t	 terms;		/* term, words of search_terms */
	size_t	 fields;	/* id, code, name of each field, in order */
	size_t	 agencies;	/* id, code, name, kind of each agency with current procedures */
};

/* Writes conf.search_index afresh from MariaDB; 0, or 1 after a warning (the old index stays). */
int	 search_index_build(const struct search_index_stmts *);
