check tests/cases/lineage/rank_global.sql
