SELECT campaign, (COUNT(*) + 1
