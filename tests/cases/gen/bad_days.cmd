gen --out /tmp/amcq-gen-case.db --days 9999
