gen --out /tmp/amcq-gen-case.db --force --users 0
