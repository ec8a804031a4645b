/*
 * check.h: the fourth stage. AMC's rules over the bound IR: identifiers and
 * row-level data never leave, literals never filter sensitive columns, the
 * dialect's restrictions, and warnings where AMC will predictably remove
 * rows. Reads only the IR and the binder's annotations.
 */
#ifndef AMCQ_CHECK_H
#define AMCQ_CHECK_H

#include "bind.h"

void check_query(Binder *b, Select *pRoot);

#endif
