assert(x, 'm'
