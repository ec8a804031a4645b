gen --out /tmp/amcq-gen-case.db --force --days 9999
