gen --out /tmp/amcq-gen-case.db --users 0
