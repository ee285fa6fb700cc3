/*
 * private.h — what core's own files share and programs do not see.
 */
#ifndef DVC_PRIVATE_H
#define DVC_PRIVATE_H

/* core.c — the statements core runs for itself, after the program's in the same table. */
enum core_stmt {
	CORE_CACHE_VERSION,
	CORE__MAX
};

extern const struct db_stmt_def core_stmts[CORE__MAX];

/* db.c — the id of a core statement in the worker's table. */
size_t	 db_core(enum core_stmt);

/* cache.c — rendered pages of anonymous visitors. */
void	 cache_init(size_t max_bytes);
bool	 cache_get(const char *key, bool xml, const char **body, size_t *len);
void	 cache_put(const char *key, bool xml, const char *body, size_t len);
void	 cache_clear(void);

#endif /* DVC_PRIVATE_H */
