check --format xml tests/cases/input/bom.sql
