parse --bind tests/cases/lineage/set_ops_and_scalar.sql
