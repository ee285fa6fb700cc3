/*
 * fees.c — what a fee line of a dossier comes to (sql/018): the unit price times the quantity
 * the applicant asked for, less the reduction claimed; and the quantity as the applicant
 * typed it. dvc-submit charges a dossier with it at submission; the pages show its results.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "dvc.h"

/*
 * The reduction is taken off the whole line and the rest rounded down to the đồng: a
 * reduction never costs the applicant a part of a đồng (50 % of 5.001 đồng owes 2.500).
 */
bool
fee_compute(struct fee_line *f)
{
	if (f->quantity > FEE_QUANTITY_MAX || f->percent > 100 || f->unit_amount > PAY_AMOUNT_MAX)
		return false;
	f->full = f->unit_amount * f->quantity;
	if (f->full > PAY_AMOUNT_MAX)
		return false;
	f->due = f->full / 100 * (100 - f->percent) + f->full % 100 * (100 - f->percent) / 100;
	return true;
}

const char *
fee_quantity_parse(const char *s, bool optional, unsigned *out)
{
	size_t		 n = strspn(s, " \t");
	size_t		 len;
	unsigned	 q = 0;

	s += n;
	len = strspn(s, "0123456789");
	if (len == 0 || s[len + strspn(s + len, " \t")] != '\0')
		return "fee.quantity_invalid";
	if (len > 4)
		return "fee.quantity_range";
	for (n = 0; n < len; n++)
		q = q * 10 + (unsigned)(s[n] - '0');
	if (q > FEE_QUANTITY_MAX || (q == 0 && !optional))
		return "fee.quantity_range";
	*out = q;
	return NULL;
}
