f"{'\t'.join(xs)}"
