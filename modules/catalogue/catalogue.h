/* catalogue.h — dvc-catalogue's search over the index (search.c). */

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
