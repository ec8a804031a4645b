/*
 * amcq_int.h: what the project's own tests need beyond include/amcq.h: a
 * checked query run with every RunConfig knob (exec.h), among them the
 * ones no caller of the library should have (bNoGuard).
 */
#ifndef AMCQ_AMCQ_INT_H
#define AMCQ_AMCQ_INT_H

#include "amcq.h"
#include "exec.h"

/* exec_run over q (checked, without error diagnostics); c->pSrc is set
** from q. Returns exec_run's status. */
int amcq_query_exec(amcq_query *q, RunConfig *c, RunResult *r, char **pzErr);

/* The policy q was checked against, NULL before amcq_query_check. */
const Policy *amcq_query_policy(const amcq_query *q);

/* The policy behind a library handle. */
const Policy *amcq_policy_data(const amcq_policy *p);

#endif
