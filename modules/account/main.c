/*
 * dvc-account — step 1 of the citizen's way: register, sign in and out, the profile and the
 * password.
 *   GET|POST /account/register   a citizen's own account (CCCD, consent to data processing); the
 *                                same answer for every registration: "check your mail"
 *   GET|POST /account/login      with the CCCD or the e-mail, slowed down per login, limited per address
 *   POST     /account/logout
 *   GET|POST /account/profile    contact details, organisation, roles, recent sign-ins
 *   GET|POST /account/password   asks for the old one; ends the other sessions
 *   GET|POST /account/forgot     a forgotten password: a link by e-mail, the same answer for all
 *   GET|POST /account/reset      the link's page (?token=…): a new password, every session ended
 *   GET      /account/verify     a new account's address verified by its link (?token=…)
 *   POST     /account/verify     a new link for the signed-in user's unverified address
 *   GET|POST /account/unlock     the link that ends the sign-in's slow-down; asking for one
 *   GET      /account/email      a new address of the account, confirmed by its link
 *   GET      /account/contact    a draft's contact address, confirmed by its link (core contact.c)
 *   GET|POST /account/mfa        the second factor: the code after the password, enrolment,
 *                                the factor's page (mfa.c); POST /account/mfa/enable, /recovery,
 *                                /disable (mfa_enrol.c)
 *   GET      /account/privacy    the notice on personal data processing
 *   GET|POST /account/close      consent withdrawn, the account closed (close.c)
 * The concerns are in files of their own (see account.h); this file is the program's routes
 * and the helpers every page uses.
 */
#include <stdio.h>
#include <string.h>

#include "dvc.h"
#include "account.h"

static const struct param_spec no_params[] = { { NULL, 0, 0 } };

static const struct param_spec login_page_params[] = {
	{ "next", P_TEXT, 500 },
	{ "msg", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

static const struct param_spec login_params[] = {
	{ "login", P_TEXT, 254 },
	{ "password", P_SECRET, 128 },
	{ "next", P_TEXT, 500 },
	{ NULL, 0, 0 },
};

static const struct param_spec register_params[] = {
	{ "full_name", P_TEXT, 100 },
	{ "citizen_id", P_TEXT, 20 },
	{ "birth_date", P_TEXT, 10 },
	{ "phone", P_TEXT, 20 },
	{ "email", P_TEXT, 254 },
	{ "password", P_SECRET, 128 },
	{ "password2", P_SECRET, 128 },
	{ "consent", P_TOKEN, 1 },
	{ "next", P_TEXT, 500 },
	{ NULL, 0, 0 },
};

static const struct param_spec msg_params[] = {
	{ "msg", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

static const struct param_spec contact_params[] = {
	{ "phone", P_TEXT, 20 },
	{ "email", P_TEXT, 254 },
	{ "address", P_TEXT, 255 },
	{ "org_name", P_TEXT, 255 },
	{ "org_tax_code", P_TEXT, 14 },
	{ NULL, 0, 0 },
};

static const struct param_spec password_params[] = {
	{ "old_password", P_SECRET, 128 },
	{ "password", P_SECRET, 128 },
	{ "password2", P_SECRET, 128 },
	{ NULL, 0, 0 },
};

static const struct param_spec token_params[] = {
	{ "token", P_TOKEN, 64 },
	{ NULL, 0, 0 },
};

static const struct param_spec forgot_params[] = {
	{ "login", P_TEXT, 254 },
	{ NULL, 0, 0 },
};

static const struct param_spec reset_page_params[] = {
	{ "token", P_TOKEN, 64 },
	{ NULL, 0, 0 },
};

static const struct param_spec reset_params[] = {
	{ "token", P_TOKEN, 64 },
	{ "password", P_SECRET, 128 },
	{ "password2", P_SECRET, 128 },
	{ NULL, 0, 0 },
};

/* The notices a page can show after a redirect. */
static const char *const messages[] = {
	"registered", "logged-out", "expired", "saved", "password-changed", "password-reset",
	"email-sent", "verify-sent", "verify-wait", "mfa-disabled", NULL,
};

void
show_msg(struct request *r)
{
	const char		*msg = req_str(r, "msg", NULL);
	const char *const	*m;

	for (m = messages; msg != NULL && *m != NULL; m++)
		if (strcmp(*m, msg) == 0)
			xml_text(r->root, "msg", msg);
}

const char *
address(const struct request *r)
{
	return r->remote_addr != NULL ? r->remote_addr : "";
}

int
account_home(struct request *r)
{
	return app_redirect(r, r->user.id != 0 ? "/account/profile" : "/account/login");
}

int
privacy(struct request *r)
{
	(void)r;
	return 200;
}

static const struct param_spec close_params[] = {
	{ "password", P_SECRET, 128 },
	{ "confirm", P_TOKEN, 1 },
	{ NULL, 0, 0 },
};

/* mfa.c, mfa_enrol.c: the second factor. */
static const struct param_spec mfa_page_params[] = {
	{ "next", P_TEXT, 500 },
	{ "msg", P_TOKEN, 32 },
	{ NULL, 0, 0 },
};

static const struct param_spec mfa_code_params[] = {
	{ "code", P_SECRET, MFA_INPUT_MAX },
	{ "next", P_TEXT, 500 },
	{ NULL, 0, 0 },
};

static const struct route routes[] = {
	{ "GET", "/account/", ROLE_ANY, account_home, NULL, no_params, NULL, 0, NULL },
	{ "GET", "/account/login", ROLE_ANY, login_page, "account-login", login_page_params, NULL, ROUTE_FORM | ROUTE_MFA, NULL },
	{ "POST", "/account/login", ROLE_ANY, login, "account-login", login_params, NULL, ROUTE_FORM | ROUTE_MFA, NULL },
	{ "POST", "/account/logout", ROLE_ANY, logout, NULL, no_params, NULL, ROUTE_MFA, NULL },
	/* mfa.c, mfa_enrol.c: the second factor; a session still owing it may use the first three */
	{ "GET", "/account/mfa", ROLE_USER, mfa_page, "account-mfa", mfa_page_params, NULL, ROUTE_MFA, NULL },
	{ "POST", "/account/mfa", ROLE_USER, mfa_post, "account-mfa", mfa_code_params, NULL, ROUTE_MFA, NULL },
	{ "POST", "/account/mfa/enable", ROLE_USER, mfa_enable, "account-mfa", mfa_code_params, NULL, ROUTE_MFA, NULL },
	{ "POST", "/account/mfa/recovery", ROLE_USER, mfa_recovery, "account-mfa", mfa_code_params, NULL, 0, NULL },
	{ "POST", "/account/mfa/disable", ROLE_USER, mfa_disable, "account-mfa", mfa_code_params, NULL, 0, NULL },
	{ "GET", "/account/register", ROLE_ANY, register_page, "account-register", login_page_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/register", ROLE_ANY, register_post, "account-register", register_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/account/profile", ROLE_USER, profile, "account-profile", msg_params, NULL, 0, NULL },
	{ "POST", "/account/profile", ROLE_USER, profile_post, "account-profile", contact_params, NULL, 0, NULL },
	{ "GET", "/account/password", ROLE_USER, password_page, "account-password", no_params, NULL, 0, NULL },
	{ "POST", "/account/password", ROLE_USER, password_post, "account-password", password_params, NULL, 0, NULL },
	{ "GET", "/account/forgot", ROLE_ANY, forgot_page, "account-forgot", no_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/forgot", ROLE_ANY, forgot_post, "account-forgot", forgot_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/account/reset", ROLE_ANY, reset_page, "account-reset", reset_page_params, NULL, ROUTE_FORM, NULL },
	{ "POST", "/account/reset", ROLE_ANY, reset_post, "account-reset", reset_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/account/verify", ROLE_ANY, verify_link, "account-link", token_params, NULL, 0, NULL },
	{ "POST", "/account/verify", ROLE_USER, verify_resend, NULL, no_params, NULL, 0, NULL },
	{ "GET", "/account/unlock", ROLE_ANY, unlock_link, "account-link", token_params, NULL, 0, NULL },
	{ "POST", "/account/unlock", ROLE_ANY, unlock_post, "account-link", forgot_params, NULL, ROUTE_FORM, NULL },
	{ "GET", "/account/email", ROLE_ANY, email_link, "account-link", token_params, NULL, 0, NULL },
	{ "GET", "/account/contact", ROLE_ANY, contact_link, "account-link", token_params, NULL, 0, NULL },
	{ "GET", "/account/privacy", ROLE_ANY, privacy, "account-privacy", no_params, NULL, ROUTE_CACHE, NULL },
	/* close.c: consent withdrawn, the account closed */
	{ "GET", "/account/close", ROLE_CITIZEN, close_page, "account-close", no_params, NULL, 0, NULL },
	{ "POST", "/account/close", ROLE_CITIZEN, close_post, "account-close", close_params, NULL, 0, NULL },
	{ "GET", "/account/closed", ROLE_ANY, closed_page, "account-close", no_params, NULL, 0, NULL },
};

int
main(int argc, char **argv)
{
	static const struct program prog = {
		.name = "dvc-account",
		/* argon2id takes 19 MiB and tens of milliseconds: one per core at the most. */
		.hash_slots = 2,
		.routes = routes,
		.nroutes = sizeof(routes) / sizeof(routes[0]),
		.stmts = stmts,
		.nstmts = STMT__MAX,
		.views = account_views,
	};

	return app_main(&prog, argc, argv);
}
