parse --bind tests/cases/lineage/paths.sql
