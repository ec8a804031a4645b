check --format json tests/cases/syntax/trailing_comma.sql tests/cases/input/nul_byte.sql tests/cases/input/bom.sql
