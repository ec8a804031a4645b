check --color never tests/cases/syntax
