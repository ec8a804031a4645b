check --policy tests/cases/policy/function_masks.json tests/cases/policy/function_masks.sql
