check --color never tests/cases/cli/long_line.sql
