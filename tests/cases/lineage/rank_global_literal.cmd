check tests/cases/lineage/rank_global_literal.sql
