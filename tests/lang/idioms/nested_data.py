# Nested data idioms: safe lookups with get chains, deep merge, flattening keys, path access, and transforms.
config = {
    "server": {"host": "localhost", "ports": [80, 443], "tls": {"enabled": True, "cert": None}},
    "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}],
    "debug": False,
}
print(config["server"]["ports"][1], config["users"][0]["roles"][0], config.get("missing", {}).get("x", "default"))
print(config["server"].get("tls", {}).get("cert") or "no cert", [u["name"] for u in config["users"] if u["roles"]])
def get_path(data, path, default=None):
    for part in path.split("."):
        try:
            data = data[int(part)] if isinstance(data, list) else data[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return data
for p in ("server.host", "server.ports.0", "server.ports.9", "users.1.name", "users.x", "server.tls.enabled", "debug.value", ""):
    print(repr(p), "->", get_path(config, p, "<none>"))
def set_path(data, path, value):
    *parents, last = path.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value
settings = {}
set_path(settings, "db.primary.host", "10.0.0.1")
set_path(settings, "db.primary.port", 5432)
set_path(settings, "db.replica.host", "10.0.0.2")
set_path(settings, "cache", True)
print(settings)
def flatten(data, prefix=""):
    out = {}
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for k, v in items:
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, (dict, list)) and v:
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
flat = flatten(config)
for k in sorted(flat):
    print(f"  {k} = {flat[k]!r}")
def deep_merge(base, override):
    result = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(result.get(k), dict):
            result[k] = deep_merge(result[k], v)
        else:
            result[k] = v
    return result
merged = deep_merge(config, {"server": {"tls": {"cert": "/etc/cert.pem"}, "host": "0.0.0.0"}, "debug": True, "new": [1]})
print(merged["server"], merged["debug"], merged["new"], config["server"]["host"])
def depth(x):
    if isinstance(x, dict):
        return 1 + max(map(depth, x.values()), default=0)
    if isinstance(x, list):
        return 1 + max(map(depth, x), default=0)
    return 0
print(depth(config), depth({}), depth([[[]]]), depth(5))
def transform(x, fn):
    if isinstance(x, dict):
        return {k: transform(v, fn) for k, v in x.items()}
    if isinstance(x, list):
        return [transform(v, fn) for v in x]
    return fn(x)
print(transform({"a": [1, {"b": 2}], "c": "s"}, lambda v: v * 2))
records = [{"team": "red", "player": "ann", "score": 10}, {"team": "blue", "player": "bob", "score": 7},
           {"team": "red", "player": "cy", "score": 4}, {"team": "blue", "player": "di", "score": 12}]
by_team = {}
for r in records:
    by_team.setdefault(r["team"], []).append(r)
summary = {team: {"total": sum(r["score"] for r in rs), "best": max(rs, key=lambda r: r["score"])["player"]}
           for team, rs in sorted(by_team.items())}
print(summary)
table = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in table] for c in range(3)], sum(map(sum, table)), [max(r) for r in table])
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def walk(node, level=0):
    yield level, node["value"]
    for child in node["children"]:
        yield from walk(child, level + 1)
print(list(walk(tree)), sum(v for _, v in walk(tree)))
