with a() as b, c() as d, e() as f, g(), h() as (i, j), k() as l.m, n() as o[0]:
    pass
