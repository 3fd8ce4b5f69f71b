# Ends with an uncaught exception that has an explicit cause: CPython prints both tracebacks.


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise RuntimeError(f"invalid port setting {text!r}") from exc
    if not 0 < port < 65536:
        raise RuntimeError(f"port out of range: {port}")
    return port


settings = {"http": "8080", "https": "8443", "admin": "eighty"}
for name in sorted(settings):
    if name == "https":
        continue
    print(name, "->", end=" ")
    print(parse_port(settings[name]))
