/*
 * dossier.h — the dossier's one home: the National Portal's status codes (DOMAIN.md), the
 * moves between them and who may make each, the clock each move starts, stops or resumes,
 * the slip it issues (Circular 03/2025, Annex I) and the message it sends. Every program
 * that changes a dossier calls dossier_transition(); none writes a status, an event, a slip
 * or an outbox row itself.
 */
#ifndef DVC_DOSSIER_H
#define DVC_DOSSIER_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "domain.h"

/* Status 0 is a draft (not a National Portal code); 1..10 are the Portal's. The numbers are
 * macros too, so that SQL can say them without retyping them: SQL_DS(SUBMITTED) is "1". */
#define DSC_DRAFT		0
#define DSC_SUBMITTED		1
#define DSC_RECEIVED		2
#define DSC_REFUSED		3
#define DSC_PROCESSING		4
#define DSC_SUPPLEMENT		5
#define DSC_FEES_DUE		6
#define DSC_WITHDRAW_ASKED	7
#define DSC_STOPPED		8
#define DSC_DONE		9
#define DSC_RETURNED		10
#define SQL_DS(name)		DVC_STR(DSC_##name)

enum dstatus {
	DS_DRAFT = DSC_DRAFT,
	DS_SUBMITTED = DSC_SUBMITTED,		/* Mới đăng ký */
	DS_RECEIVED = DSC_RECEIVED,		/* Được tiếp nhận */
	DS_REFUSED = DSC_REFUSED,		/* Không được tiếp nhận */
	DS_PROCESSING = DSC_PROCESSING,		/* Đang xử lý */
	DS_SUPPLEMENT = DSC_SUPPLEMENT,		/* Yêu cầu bổ sung giấy tờ: the clock stops */
	DS_FEES_DUE = DSC_FEES_DUE,		/* Yêu cầu thực hiện nghĩa vụ tài chính */
	DS_WITHDRAW_ASKED = DSC_WITHDRAW_ASKED,	/* Công dân yêu cầu rút hồ sơ */
	DS_STOPPED = DSC_STOPPED,		/* Dừng xử lý */
	DS_DONE = DSC_DONE,			/* Đã xử lý xong */
	DS_RETURNED = DSC_RETURNED,		/* Đã trả kết quả */
	DS__MAX,
	DS_SAME = 255		/* a move that leaves the status as it is */
};
#define DS_BIT(s)	(1u << (s))

/* Who acts: the applicant, an officer in one of the three roles of officer_roles, or the
 * system (a payment notification). One bit each: a move's roles are a set. */
#define ACT_APPLICANT	0x01u
#define ACT_RECEIVER	0x02u	/* the one-stop desk of the receiving unit */
#define ACT_PROCESSOR	0x04u	/* of the unit holding the dossier */
#define ACT_APPROVER	0x08u	/* of the unit holding the dossier */
#define ACT_SYSTEM	0x10u

/* What a move does to the clock (DOMAIN.md, Deadlines). */
enum dclock {
	CLOCK_KEEP,		/* nothing */
	CLOCK_ESTIMATE,		/* submission: the expected due date, counted from now */
	CLOCK_START,		/* acceptance: the due date is fixed from this moment */
	CLOCK_STOP,		/* a supplement requested: the time used so far is kept */
	CLOCK_RESUME,		/* the supplement came: restart or resume, per the procedure */
	CLOCK_END,		/* finished, refused, stopped: the time used is final */
	CLOCK_EXTEND,		/* an apology slip: a new, later due date */
};

/* The slips of Circular 03/2025, Annex I (Form 6 is the events, Form 7 the register). */
enum slip {
	SLIP_NONE = 0,
	SLIP_RECEIPT = 1,	/* Giấy tiếp nhận hồ sơ và hẹn trả kết quả, "Số …/TNHS" */
	SLIP_SUPPLEMENT = 2,	/* Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ */
	SLIP_REFUSAL = 3,	/* Phiếu từ chối tiếp nhận giải quyết hồ sơ */
	SLIP_APOLOGY = 4,	/* Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết */
	SLIP_STOP = 5,		/* Thông báo dừng giải quyết hồ sơ */
};

/* What a move needs from its form. */
#define DNEED_NOTE	0x01u	/* a reason or a list of what is missing */
#define DNEED_ASSIGNEE	0x02u	/* the officer it goes to (another unit's: a hand-over) */
#define DNEED_DUE	0x04u	/* a new due date, later than the current one */
#define DNEED_RESULT	0x08u	/* the result: an electronic file or a paper one */

/* Conditions on the dossier beyond its status. */
#define DCOND_AWAITING	0x01u	/* only while a result awaits approval */
#define DCOND_WORKING	0x02u	/* only while no result awaits approval */
#define DCOND_CLAIM	0x04u	/* only while a fee exemption claimed awaits the desk's check */
#define DCOND_SETTLED	0x08u	/* only when no claim awaits and the fees due now are paid */

enum dmove_id {
	DM_SUBMIT,		/* 0 → 1: the applicant submits the draft */
	DM_ACCEPT,		/* 1 → 2: received; Form 1 */
	DM_ASK_COMPLETE,	/* 1 → 1: complete the dossier before it can be received; Form 2 */
	DM_REFUSE,		/* 1 → 3: Form 3 */
	DM_ASSIGN,		/* 2 → 4: to a processor */
	DM_HANDOVER,		/* 4 → 4: to another processor, of this unit or another */
	DM_ASK_SUPPLEMENT,	/* 4 → 5: Form 2; the clock stops */
	DM_SUPPLEMENT_IN,	/* 5 → 4: the supplement came; the clock restarts or resumes */
	DM_ASK_FEES,		/* 4 → 6 */
	DM_FEES_PAID,		/* 6 → 4 */
	DM_PROPOSE,		/* 4 → 4: the processor's result, for approval */
	DM_SEND_BACK,		/* 4 → 4: the approver sends the result back */
	DM_APPROVE,		/* 4 → 9 */
	DM_RETURN,		/* 9 → 10: online, by post or at the counter */
	DM_APOLOGY,		/* 2, 4, 5, 6 → same: Form 4, a new due date */
	DM_STOP,		/* 2, 4, 5, 6 → 8: Form 5 */
	DM_WITHDRAW_ASK,	/* 1, 2, 4, 5, 6 → 7: the applicant asks to withdraw */
	DM_WITHDRAW_CONFIRM,	/* 7 → 8 */
	DM_EXEMPT,		/* 1 → 1: the desk grants the fee exemption claimed (the fee stays reduced) */
	DM_NO_EXEMPT,		/* 1 → 1: the desk refuses it (the fee back to its full amount) */
	DM__MAX
};

struct dmove {
	const char	*name;		/* "accept": in URLs, events, message codes, the mail view */
	unsigned	 from;		/* DS_BIT()s of the statuses it may start from */
	enum dstatus	 to;		/* or DS_SAME */
	unsigned	 roles;		/* ACT_* who may make it */
	unsigned	 needs;		/* DNEED_* */
	unsigned	 cond;		/* DCOND_* */
	enum dclock	 clock;
	enum slip	 slip;
	bool		 mail;		/* the applicant is told (mail-dossier view) */
};

extern const struct dmove dmoves[DM__MAX];

/* The move named name, or DM__MAX. */
enum dmove_id	 dmove_find(const char *name);

/* What a move is given. Strings may be NULL. */
struct dmove_args {
	unsigned long long	 actor;		/* users.id; 0 for the system */
	unsigned		 role;		/* the ACT_* the actor acts as; 0: whichever of the
					 * move's officer roles the actor holds in the unit */
	long long		 version;	/* the form's dossiers.version; -1: not checked */
	const char		*note;		/* reason, what is missing, a remark */
	unsigned long long	 assignee;	/* DNEED_ASSIGNEE */
	time_t			 due;		/* DNEED_DUE */
	unsigned long long	 result_file;	/* DNEED_RESULT: a dossier_files id, or 0 for paper */
	const char		*tracking;	/* DM_RETURN by post: the postal tracking number */
};

/* Why a move was refused; each has a message code and an HTTP status. */
enum dmove_err {
	DME_OK = 0,
	DME_NOT_FOUND,		/* no such dossier, or not the actor's to see: 404 */
	DME_ROLE,		/* the actor has not that role in the dossier's unit: 403 */
	DME_STATUS,		/* not allowed from the dossier's status: 409 */
	DME_STALE,		/* the form was for an earlier version of the dossier: 409 */
	DME_INPUT,		/* a needed field is missing or wrong: 422 */
	DME_UNPAID,		/* fees due at submission are not paid (DCOND_SETTLED): 409 */
	DME_CLAIM,		/* a fee exemption claimed is not checked yet (DCOND_SETTLED): 409 */
	DME_FULL,		/* the day's 9999 dossier codes are used: 503 */
	DME_DB_DOWN,		/* 503 */
	DME_DB,			/* 500 */
};

/* What the move did, for the caller's redirect and log. */
struct dmove_done {
	char		 code[40];	/* the dossier code */
	enum dstatus	 from, to;
	unsigned long long event;	/* dossier_events.id */
	time_t		 due;		/* the due date after the move (0: none) */
};

/*
 * Makes move m on dossier id inside the caller's transaction (the body of a db_transaction(),
 * which may run it again): locks the row, checks the status, the conditions, the version, and
 * the actor's role in the right unit (the receiving unit for a receiver, the holding unit for
 * a processor or approver, the owner for the applicant), then moves the status and the clock,
 * appends the event, issues the slip and queues the applicant's message. DME_OK, or why not:
 * on any error nothing was written and the caller rolls back. It only reads and writes the
 * database, and fills done.
 */
enum dmove_err	 dossier_transition(unsigned long long id, enum dmove_id m,
		    const struct dmove_args *, struct dmove_done *);
/* The same move as a transaction of its own (db_transaction(): run again after a deadlock).
 * DME_OK once committed, or why not (DME_DB_DOWN, DME_DB when the database failed). */
enum dmove_err	 dossier_move(unsigned long long id, enum dmove_id m,
		    const struct dmove_args *, struct dmove_done *);
/* The message code (for the stylesheets) and the HTTP status of an error. */
const char	*dmove_err_code(enum dmove_err);
int		 dmove_err_status(enum dmove_err);

/* The moves actor (users.id) may make now on dossier id acting as role (0: any officer
 * role it holds there), as bits 1 << DM_…: what a page offers, and nothing else. -1 when
 * the database failed. */
long long	 dossier_moves_allowed(unsigned long long id, unsigned long long actor, unsigned role);

/*
 * The same for a page that has just read the dossier's row with the columns below (one
 * statement rather than three: the row again, then the roles): its status, awaiting_approval,
 * owed (SQL_PAY_DUE), and SQL_DOSSIER_OFFER's, which takes the officer's id (a ?). The
 * officer roles as DOSSIER_ROLES reads them (officer_roles r): 1 the receiving unit's desk, 2
 * a processor and 4 an approver of the holding unit.
 */
#define SQL_ROLE_BITS(agency, holder) \
	"COALESCE(MAX(r.role = 'receiver' AND r.agency_id = " agency "), 0)" \
	" + 2 * COALESCE(MAX(r.role = 'processor' AND r.agency_id = " holder "), 0)" \
	" + 4 * COALESCE(MAX(r.role = 'approver' AND r.agency_id = " holder "), 0)"
/*
 * The fee exemptions claimed on dossier d (sql/018): 1 when one awaits the desk, 0 when all
 * were decided, NULL when none was claimed.
 */
#define SQL_CLAIM_PENDING \
	"(SELECT MAX(c.state = 'pending') FROM dossier_fee_claims c WHERE c.dossier_id = d.id)"
/*
 * SQL_DOSSIER_OFFER's officer_roles also holds DOSSIER_SEEN when a unit of the officer has held
 * the dossier (dossier_units), which is what lets an officer open it: a page's statement keeps
 * the row with HAVING officer_roles >= DOSSIER_SEEN (one subquery rather than two).
 */
#define DOSSIER_SEEN	8
#define SQL_DOSSIER_OFFER \
	" d.user_id, COALESCE(d.assignee_id, 0) AS assignee_id, " SQL_CLAIM_PENDING " AS claim_pending," \
	" (SELECT " SQL_ROLE_BITS("d.agency_id", "d.holder_agency_id") " + " DVC_STR(DOSSIER_SEEN) \
	" * (COUNT(du.dossier_id) > 0) FROM officer_roles r LEFT JOIN dossier_units du" \
	" ON du.dossier_id = d.id AND du.agency_id = r.agency_id WHERE r.user_id = ?) AS officer_roles"
struct dossier_offer {
	unsigned long long	 user, assignee;
	int			 status;
	bool			 awaiting, claim_pending;
	long long		 owed;
	unsigned		 roles;		/* officer_roles: 1, 2, 4 as above */
};
long long	 dossier_moves_offered(const struct dossier_offer *, unsigned long long actor);

/* A dossier's clock as a page shows it now (dossier_clock.c): the officer's view and the
 * applicant's. In: what the dossiers row holds. Out: working minutes used (the runs before and
 * the one in progress), left before the due date (negative when late), allotted in all;
 * running unless stopped (a supplement); late when the due date has passed while the dossier
 * is still open and its clock is not stopped. */
struct dossier_clock {
	long long	 used_min;	/* dossiers.clock_used_min */
	time_t		 started;	/* clock_started_at, 0 when stopped */
	time_t		 due;		/* due_at, 0 when none */
	unsigned	 hours;		/* the time limit in working hours */
	bool		 same_day;
	int		 status;
	long		 used, left, allotted;
	bool		 running, late;
};
/* Fills the out fields of c as of now; 0, or an HTTP status when the calendar cannot be read. */
int		 dossier_clock_read(struct dossier_clock *c);
/* The same on the calendar cal at the moment now. */
struct workcal;
void		 dossier_clock_at(struct dossier_clock *c, const struct workcal *cal, time_t now);

/* "<agency code>-<yyMMdd>-<NNNN>" for the seq-th dossier of the agency's Vietnam day of t.
 * Returns false when it does not fit (seq beyond DOSSIER_SEQ_MAX). */
bool		 dossier_code(char *out, size_t outsz, const char *agency_code, time_t t, long seq);

/*
 * Which unit receives (Decree 118/2025; sql/009_receiving_units.sql), for SQL over a
 * procedure p and an agency a: a receives the dossiers of p when p is commune-level and a is
 * a commune or ward, or p is province-level and a is one of its procedure_units, or, when it
 * lists none, the agency that resolves it; and a is active (a unit withdrawn in dvc-admin,
 * sql/024, receives nothing new). SQL_RECEIVER_ORDER is the order they are offered
 * in: procedure_units' (the Centre first), else the agencies'.
 */
#define SQL_RECEIVES \
	" (a.active = 1 AND ((p.gov_level = 'commune' AND a.kind = 'commune') OR (p.gov_level = 'province' AND" \
	" (a.id IN (SELECT pu.agency_id FROM procedure_units pu WHERE pu.procedure_id = p.id)" \
	" OR (a.id = p.agency_id AND NOT EXISTS (SELECT 1 FROM procedure_units pu" \
	" WHERE pu.procedure_id = p.id))))))"
#define SQL_RECEIVER_ORDER \
	" (SELECT pu.sort FROM procedure_units pu WHERE pu.procedure_id = p.id AND pu.agency_id = a.id)," \
	" a.sort, a.name"

/* A moment as Vietnam time, "dd/mm/yyyy HH:MM", named as. */
#define SQL_VN_AS(col, as)	" " SQL_VN_TIME(col) " AS " as
/* The clock and the moments of dossier d, as dossier_clock_read() and the pages read them. */
#define SQL_DOSSIER_TIMES \
	" d.clock_used_min, UNIX_TIMESTAMP(d.clock_started_at) AS clock_started_ts," \
	" UNIX_TIMESTAMP(d.due_at) AS due_ts," \
	SQL_VN_AS("d.submitted_at", "submitted_at") "," SQL_VN_AS("d.received_at", "received_at") "," \
	SQL_VN_AS("d.due_at", "due_at") "," SQL_VN_AS("d.first_due_at", "first_due_at") "," \
	SQL_VN_AS("d.finished_at", "finished_at") "," SQL_VN_AS("d.returned_at", "returned_at")

/*
 * A slip (Forms 1-5) as xslt/officer-slip.xsl lays it out, for the officers of the units that
 * held the dossier (dvc-officer) and for its applicant (dvc-dossiers): each adds its own
 * " WHERE s.id = ? AND …". SQL_SLIP_COMPONENTS: what Form 1 lists, for the dossier id.
 */
#define SQL_SLIP_SELECT \
	"SELECT s.id, s.form, s.number, s.year, s.reason," \
	" DATE_FORMAT(" SQL_VN("s.issued_at") ", '%d') AS day, DATE_FORMAT(" SQL_VN("s.issued_at") ", '%m') AS month," \
	SQL_VN_AS("s.issued_at", "issued_at") "," SQL_VN_AS("s.due_at", "due_at") "," \
	" ia.name AS issuing_name, ia.place AS issuing_place, ia.address AS issuing_address, iu.full_name AS issued_by_name," \
	" d.id AS dossier_id, d.code, d.applicant_name, d.org_name, d.applicant_address," \
	" d.applicant_phone, d.applicant_email, d.channel, p.name AS procedure_name," \
	" p.code AS procedure_code," SQL_VN_AS("d.submitted_at", "submitted_at") "," \
	SQL_VN_AS("d.received_at", "received_at") "," SQL_VN_AS("d.first_due_at", "first_due_at") \
	" FROM dossier_slips s JOIN dossiers d ON d.id = s.dossier_id" \
	" JOIN procedures p ON p.id = d.procedure_id JOIN agencies ia ON ia.id = s.agency_id" \
	" LEFT JOIN users iu ON iu.id = s.issued_by"
#define SQL_SLIP_COMPONENTS \
	"SELECT c.sort, c.name, c.originals, c.copies, COUNT(f.id) AS nfiles" \
	" FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id" \
	" LEFT JOIN dossier_files f ON f.dossier_id = d.id AND f.component_id = c.id" \
	" WHERE d.id = ? GROUP BY c.id ORDER BY c.sort"

/*
 * A slip into the page by the URL's id (r->arg), with slip_stmt (SQL_SLIP_SELECT and the
 * program's condition, taking the slip id and the user id) and, for Form 1, the components
 * received (components_stmt, SQL_SLIP_COMPONENTS): 200, 404 (slip.not_found) or a database
 * status. dossier_slip.c.
 */
int	 dossier_slip(struct request *, size_t slip_stmt, size_t components_stmt);

/* The payments of dossier ? (dvc-payment, sql/016), as the applicant's page and the
 * officer's view list them: each attempt and how it was settled. */
#define SQL_PAYMENTS_SELECT \
	"SELECT txn_ref, method, amount, state, COALESCE(response_code, '') AS response_code," \
	" COALESCE(gateway_txn_no, '') AS gateway_txn_no, COALESCE(settled_by, '') AS settled_by," \
	SQL_VN_AS("created_at", "created_at") "," SQL_VN_AS("paid_at", "paid_at") \
	" FROM payments WHERE dossier_id = ? ORDER BY id"

/* The fees dossier ? owes as they were charged at submission (sql/018), and the exemption
 * claimed with its proof and the desk's decision: the applicant's page and the officer's view
 * (whose STMT_LISTS reads the same columns: LISTS_FEES in modules/officer/sql.c). */
#define SQL_DOSSIER_FEES_SELECT \
	"SELECT kind, name, amount, amount AS due, stage, unit, unit_amount, quantity, full_amount" \
	" FROM dossier_fees WHERE dossier_id = ? ORDER BY sort"
#define SQL_FEE_CLAIM_SELECT \
	"SELECT c.ground, c.percent, c.proof, c.state, c.reason, c.fee_sort, f.id AS file_id," \
	" f.name AS file_name, u.full_name AS decided_by_name," SQL_VN_AS("c.decided_at", "decided_at") \
	" FROM dossier_fee_claims c LEFT JOIN dossier_files f ON f.id = c.proof_file_id" \
	" LEFT JOIN users u ON u.id = c.decided_by WHERE c.dossier_id = ?"

/* The feedback on dossier ? (sql/014), as the applicant's page and the officer's view show it:
 * each with its deadline, and whether it is overdue or was answered late. */
#define SQL_FEEDBACK_SELECT \
	"SELECT f.id, f.body," SQL_VN_AS("f.created_at", "created_at") "," SQL_VN_AS("f.due_at", "due_at") "," \
	" f.answer," SQL_VN_AS("f.answered_at", "answered_at") ", a.name AS answer_agency_name," \
	" (f.answered_at IS NULL AND f.due_at < UTC_TIMESTAMP()) AS overdue," \
	" (f.answered_at IS NOT NULL AND f.answered_at > f.due_at) AS answered_late" \
	" FROM dossier_feedback f LEFT JOIN agencies a ON a.id = f.answer_agency_id" \
	" WHERE f.dossier_id = ? ORDER BY f.id"

/* The views dossier_transition() renders (mails); a program that calls it lists them. */
extern const char *const dossier_views[];

/*
 * The applicant is told of the unit's answer to their feedback: the dossier's mail view as the
 * pseudo-move DOSSIER_MAIL_FEEDBACK, the answer as its note, into the outbox in the caller's
 * transaction (a program that calls it lists dossier_views too). 0 (also when the dossier has
 * no e-mail address), or what db_exec() returns.
 */
#define DOSSIER_MAIL_FEEDBACK	"feedback"
long	 dossier_mail_feedback(unsigned long long dossier, const char *answer);

#endif /* DVC_DOSSIER_H */
