/*
 * track.h — the public lookup of dvc-dossiers (track.c): its routes' handlers and inputs
 * (its statements are the STMT_TRACK_* of dossiers.h, in sql.c).
 */
#ifndef DVC_DOSSIERS_TRACK_H
#define DVC_DOSSIERS_TRACK_H

/* The last digits of the applicant's phone or CCCD that a lookup asks for. */
#define TRACK_DIGITS	4

/* GET /track[?code=…|?t=TOKEN], GET /track/TOKEN, POST /track (code, digits). */
extern const struct param_spec track_params[], track_post_params[];
int	 track_page(struct request *);
int	 track_token_page(struct request *);
int	 track_post(struct request *);
/* A token in the URL: 1 to 32 characters of URL-safe base64; else 404. */
bool	 track_token_ok(const char *);

#endif /* DVC_DOSSIERS_TRACK_H */
