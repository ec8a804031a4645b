gen --default --users 10
