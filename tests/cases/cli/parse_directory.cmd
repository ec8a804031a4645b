parse tests/cases
