s = 'héllo wörld' + f(x
