gen --out /nonexistent-dir/sub/f.db --users 5 --days 1
