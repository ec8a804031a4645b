check --rules AMC31,AMC303 tests/cases/cli/long_line.sql
