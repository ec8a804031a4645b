parse --bind tests/cases/lineage/windows_and_ranks.sql
