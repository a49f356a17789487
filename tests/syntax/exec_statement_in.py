exec 'x' in ns
