/* catalogue.h — dvc-catalogue's search over the index (search.c, vocab.c). */

/* The filters of a search, each 0 for "any", and the page asked for. */
struct search_filters {
	uint64_t	 field, agency, level;
	long long	 limit, offset;
};

/*
 * Appends to results a page of the procedures matching text (ranked as search.c says) with
 * the number of all of them in *total; when none, results gets a "suggest" attribute with
 * the nearest words the index knows, if any. 0, or -1 when the index is unavailable (logged).
 */
int	 search_index_query(struct request *, const char *text, const struct search_filters *,
	    xmlNodePtr results, unsigned long long *total);

/* Appends the search page's filter choices to root (fields/field, agencies/agency) from the
 * index, as they were at the last dvcctl reindex. 0, or -1 when the index is unavailable. */
int	 search_index_options(xmlNodePtr root);

/* The index's vocabulary and terms in memory (vocab.c). */
struct vocab {
	char			**words;	/* folded, sorted (strcmp) */
	char			**spellings;	/* as the names write each; NULL: as folded */
	long			 *counts;	/* procedures using each */
	size_t			  nwords;
	struct query_term	 *terms;	/* sorted by term */
	size_t			  nterms;
};

struct sqlite3;
bool	 vocab_load(struct vocab *, struct sqlite3 *);
void	 vocab_free(struct vocab *);
/* query_vocab_fn of core query.c; arg is the struct vocab. */
long	 vocab_count(void *arg, const char *w, size_t len, bool prefix);
bool	 vocab_suggest(const struct vocab *, const struct query *, char *out, size_t outsz);
