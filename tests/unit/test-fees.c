/*
 * test-fees.c — fees.c: a fee line's amount (unit × quantity, less a reduction rounded down
 * to the đồng), its limits, and the quantity as an applicant types it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dvc.h"
#include "tap.h"

static void
test_compute(void)
{
	static const struct {
		uint64_t	 unit;
		unsigned	 qty, percent;
		uint64_t	 full, due;
	} cases[] = {
		{ 15000, 1, 0, 15000, 15000 },		/* a fixed fee */
		{ 8000, 3, 0, 24000, 24000 },		/* three copies */
		{ 8000, 0, 0, 0, 0 },			/* an optional fee not asked for */
		{ 2000, 12, 0, 24000, 24000 },		/* twelve pages */
		{ 200000, 1, 50, 200000, 100000 },	/* a reduction by half */
		{ 200000, 1, 100, 200000, 0 },		/* exempt */
		{ 5001, 1, 50, 5001, 2500 },		/* rounded down, in the applicant's favour */
		{ 99, 1, 30, 99, 69 },			/* 69.3 */
		{ 8000, FEE_QUANTITY_MAX, 0, 8000ULL * FEE_QUANTITY_MAX, 8000ULL * FEE_QUANTITY_MAX },
		{ PAY_AMOUNT_MAX, 1, 1, PAY_AMOUNT_MAX, PAY_AMOUNT_MAX / 100 * 99 },
	};
	size_t	 i;
	char	 what[120];

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fee_line f = { .unit_amount = cases[i].unit, .quantity = cases[i].qty,
		    .percent = cases[i].percent };

		snprintf(what, sizeof(what), "%llu × %u less %u %%: %llu, owes %llu",
		    (unsigned long long)cases[i].unit, cases[i].qty, cases[i].percent,
		    (unsigned long long)cases[i].full, (unsigned long long)cases[i].due);
		ok(fee_compute(&f) && f.full == cases[i].full && f.due == cases[i].due, "%s", what);
	}
	{
		struct fee_line f = { .unit_amount = 1000, .quantity = FEE_QUANTITY_MAX + 1 };

		ok(!fee_compute(&f), "a quantity over FEE_QUANTITY_MAX is refused");
		f = (struct fee_line){ .unit_amount = 1000, .quantity = 1, .percent = 101 };
		ok(!fee_compute(&f), "a reduction over 100 %% is refused");
		f = (struct fee_line){ .unit_amount = PAY_AMOUNT_MAX, .quantity = 2 };
		ok(!fee_compute(&f), "a line over PAY_AMOUNT_MAX is refused");
		f = (struct fee_line){ .unit_amount = UINT64_MAX / 2, .quantity = 3 };
		ok(!fee_compute(&f), "a unit price that would overflow is refused");
	}
}

static void
test_quantity(void)
{
	static const struct {
		const char	*s;
		bool		 optional;
		const char	*err;
		unsigned	 q;
	} cases[] = {
		{ "1", false, NULL, 1 },
		{ " 12 ", false, NULL, 12 },
		{ "100", false, NULL, 100 },
		{ "0", true, NULL, 0 },
		{ "007", false, NULL, 7 },
		{ "0", false, "fee.quantity_range", 0 },
		{ "101", false, "fee.quantity_range", 0 },
		{ "99999999999999999999", false, "fee.quantity_range", 0 },
		{ "", false, "fee.quantity_invalid", 0 },
		{ "  ", true, "fee.quantity_invalid", 0 },
		{ "-1", false, "fee.quantity_invalid", 0 },
		{ "1.5", false, "fee.quantity_invalid", 0 },
		{ "2 bản", false, "fee.quantity_invalid", 0 },
		{ "hai", false, "fee.quantity_invalid", 0 },
		{ "1e2", false, "fee.quantity_invalid", 0 },
		{ "+3", false, "fee.quantity_invalid", 0 },
	};
	size_t	 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		unsigned	 q = 9999;
		const char	*e = fee_quantity_parse(cases[i].s, cases[i].optional, &q);

		if (cases[i].err == NULL)
			ok(e == NULL && q == cases[i].q, "quantity \"%s\"%s: %u", cases[i].s,
			    cases[i].optional ? " (optional)" : "", cases[i].q);
		else
			ok(e != NULL && strcmp(e, cases[i].err) == 0 && q == 9999, "quantity \"%s\"%s: %s",
			    cases[i].s, cases[i].optional ? " (optional)" : "", cases[i].err);
	}
}

int
main(void)
{
	test_compute();
	test_quantity();
	return done_testing();
}
