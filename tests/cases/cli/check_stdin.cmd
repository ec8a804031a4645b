check --color never -
