check --exclude-rules thresholded-output,AMC105 tests/cases/cli/long_line.sql
