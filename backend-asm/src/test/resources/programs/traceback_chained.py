class ConfigError(Exception):
    pass


def read(key):
    settings = {"a": 1}
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e


def handle():
    try:
        read("b")
    except ConfigError:
        raise RuntimeError("cannot start")


handle()
