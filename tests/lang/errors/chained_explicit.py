# Uncaught exception raised "from" another: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad port setting: {settings.get('port')!r}") from e
print(read_port({"port": "8080"}))
try:
    read_port({})
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
read_port({"port": "eighty"})
