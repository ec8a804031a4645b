check --frobnicate x.sql
