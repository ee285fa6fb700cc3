/*
 * track.h — the public lookup of dvc-dossiers (track.c): its routes' handlers and inputs,
 * and the program's statements (the table is in track.c).
 */
#ifndef DVC_DOSSIERS_TRACK_H
#define DVC_DOSSIERS_TRACK_H

enum stmt {
	STMT_TRACK_PURGE,	/* the public lookup (track.c): its limit per address */
	STMT_TRACK_RECORD,
	STMT_TRACK_COUNT,
	STMT_TRACK_BY_CODE,	/* … the dossier of a code and digits, or of a token */
	STMT_TRACK_BY_TOKEN,
	STMT_TRACK_DOSSIER,	/* … what it shows */
	STMT_TRACK_EVENTS,
	STMT__MAX
};

extern const struct db_stmt_def stmts[STMT__MAX];

/* GET /track[?code=…|?t=TOKEN], GET /track/TOKEN, POST /track (code, digits). */
extern const struct param_spec track_params[], track_post_params[];
int	 track_page(struct request *);
int	 track_token_page(struct request *);
int	 track_post(struct request *);
/* A token in the URL: 1 to 32 characters of URL-safe base64; else 404. */
bool	 track_token_ok(const char *);

#endif /* DVC_DOSSIERS_TRACK_H */
