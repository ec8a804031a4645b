check --color never tests/cases/policy/crm_ok.sql
