gen --out /tmp/amcq-gen-case.db --force --users 20 --days 2 --quiet
