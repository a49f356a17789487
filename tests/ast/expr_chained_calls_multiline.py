result = (
    query
    .filter(a=1)
    .order_by('b')
    .limit(10)
)
