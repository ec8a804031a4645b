check --color never tests/cases/cli/does_not_exist.sql
