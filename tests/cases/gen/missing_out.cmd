gen --users 10
