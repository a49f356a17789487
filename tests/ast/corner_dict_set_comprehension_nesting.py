{k: {v for v in vs} for k, vs in m.items()}
{(a, b): [c for c in d] for a, b in e}
{x for y in z for x in y}
