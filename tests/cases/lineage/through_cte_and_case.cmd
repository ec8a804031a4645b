parse --bind tests/cases/lineage/through_cte_and_case.sql
