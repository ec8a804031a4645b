parse --bind tests/cases/lineage/literal_values.sql
