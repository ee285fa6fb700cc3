/*
 * import.h — what import.c and import_keep.c share: an uploaded catalogue file between its
 * dry run and its apply.
 */
#ifndef DVC_ADMIN_IMPORT_H
#define DVC_ADMIN_IMPORT_H

#define IMPORT_KEEP_MINUTES	60	/* a dry run may be applied for this long */
#define IMPORT_GONE		1	/* import_take(): none (expired, replaced, another session's) */

struct import_file {
	enum cat_format	 format;
	char		 fingerprint[65];	/* of the catalogue the dry run checked it against */
	struct buf	 text;			/* the file's bytes */
};

/*
 * import.c: the dry run of f (name: the uploaded file's, or NULL) on the page: its problems,
 * or its changes to the catalogue as it is now; then f kept for the apply form (<import
 * token>), its fingerprint that catalogue's. The status.
 */
int	 import_dry_run(struct request *, struct import_file *f, const char *name);

/* import_keep.c: the SHA-256 (hex) of the catalogue's CSV export: it moves with any change of it. */
void	 import_fingerprint(const struct catalogue *, char hex[65]);
/* Keeps f for this session (replacing its earlier dry run's), with a new random token for
 * the apply form. 0, or -1. */
int	 import_keep(const struct request *, const struct import_file *, char token[SESSION_TOKEN_SIZE]);
/* The file this session kept, if token is its form's, into f (its text buffer reused): 0, or
 * IMPORT_GONE (expired, replaced, or none). */
int	 import_take(const struct request *, const char *token, struct import_file *f);
/* Removes this session's (applied, or its catalogue changed since). */
void	 import_drop(const struct request *);

#endif /* DVC_ADMIN_IMPORT_H */
