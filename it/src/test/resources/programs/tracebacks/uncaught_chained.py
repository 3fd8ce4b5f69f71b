# Exception chaining: an error while handling another, and an explicit cause.
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        return settings["defaults"][key]


def validate(settings):
    try:
        port = int(load(settings, "port"))
    except ValueError as exc:
        raise ConfigError("port is not a number") from exc
    return port


print(validate({"port": "80"}))
try:
    validate({"port": "eighty"})
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
validate({"host": "example.org"})
