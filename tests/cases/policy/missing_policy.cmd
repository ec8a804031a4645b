check --policy tests/cases/policy/no_such_policy.json tests/cases/policy/crm_ok.sql
