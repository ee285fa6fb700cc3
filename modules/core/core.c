/*
 * core.c — the SQL that core runs on behalf of every program.
 */
#include "dvc.h"
#include "private.h"

const struct db_stmt_def core_stmts[CORE__MAX] = {
	[CORE_CACHE_VERSION] = { "SELECT COALESCE(SUM(version), 0) FROM cache_versions" },
};
