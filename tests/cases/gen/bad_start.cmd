gen --out /tmp/amcq-gen-case.db --force --start 2025-02-30x
