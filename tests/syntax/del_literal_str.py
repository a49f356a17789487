del 'x'
