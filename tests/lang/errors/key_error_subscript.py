# Uncaught KeyError from a nested subscript: markers point at the failing subscript only.
config = {"server": {"host": "localhost", "port": 8080}, "debug": True}
print(config["server"]["host"], config["server"]["port"])
print(config.get("missing", "default"))
try:
    config["server"]["user"]
except KeyError as e:
    print("caught KeyError:", e)
settings = config["server"]
print(sorted(settings))
timeout = config["server"]["timeout"]
print("never", timeout)
