check --color always tests/cases/syntax/trailing_comma.sql
