gen --out /tmp/amcq-gen-case.db --users 20 --days 2 --quiet
