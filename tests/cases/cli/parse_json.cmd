parse --format json -
