check tests/cases/lineage/rank_partitioned.sql
