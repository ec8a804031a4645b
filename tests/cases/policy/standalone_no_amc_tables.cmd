check --color never --policy tests/cases/policy/standalone.json tests/cases/policy/standalone_no_amc_tables.sql
