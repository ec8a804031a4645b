gen --out /tmp/amcq-gen-case.db --start 2025-02-30x
