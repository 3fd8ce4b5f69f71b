"""Validates JSON-like service configurations with mapping and sequence patterns."""


class Mapping:
    """A read-only mapping that is not a dict: match uses its get() and keys."""

    def __init__(self, data):
        self._data = dict(data)
        self.lookups = []

    def get(self, key, default=None):
        self.lookups.append(key)
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


try:
    from collections.abc import Mapping as AbcMapping
    AbcMapping.register(Mapping)
except ImportError:
    pass


def validate_port(value, where):
    match value:
        case bool():
            return [f"{where}: port must be an int, not bool"]
        case int(p) if 0 < p < 65536:
            return []
        case int(p):
            return [f"{where}: port {p} out of range"]
        case _:
            return [f"{where}: port must be an int, got {type(value).__name__}"]


def validate_endpoint(ep, where):
    match ep:
        case {"host": str(host), "port": port, **extra}:
            problems = validate_port(port, where)
            if not host:
                problems.append(f"{where}: empty host")
            for key in sorted(extra):
                match key, extra[key]:
                    case "tls", bool():
                        pass
                    case "timeout", int() | float() as t if t > 0:
                        pass
                    case "timeout", t:
                        problems.append(f"{where}: bad timeout {t!r}")
                    case other, _:
                        problems.append(f"{where}: unknown key {other!r}")
            return problems
        case {"host": host}:
            return [f"{where}: missing port for host {host!r}"]
        case {"socket": str(path)} if path.startswith("/"):
            return []
        case {"socket": path}:
            return [f"{where}: socket path {path!r} must be absolute"]
        case str(url):
            match url.split("://", 1):
                case ["http" | "https", rest] if rest:
                    return []
                case [scheme, _]:
                    return [f"{where}: unsupported scheme {scheme!r}"]
                case _:
                    return [f"{where}: not a url {url!r}"]
        case _:
            return [f"{where}: endpoint must be a mapping or url, got {type(ep).__name__}"]


def validate(config):
    problems = []
    match config:
        case {"name": str(name), "version": [int(major), int(minor), *patch], "endpoints": [*endpoints]}:
            print(f"service {name} v{major}.{minor}{'.' + str(patch[0]) if patch else ''}")
            if len(patch) > 1:
                problems.append("version: at most three components")
            for i, ep in enumerate(endpoints):
                problems += validate_endpoint(ep, f"endpoints[{i}]")
        case {"name": str(), "endpoints": _}:
            problems.append("missing or malformed version")
        case {"name": name} if not isinstance(name, str):
            problems.append(f"name must be a string, got {name!r}")
        case {}:
            problems.append(f"missing keys in {sorted(config)}")
        case [*_]:
            problems.append("configuration is a list, expected a mapping")
        case _:
            problems.append(f"configuration must be a mapping, got {type(config).__name__}")
    match config:
        case {"replicas": int(n)} if n > 0:
            print(f"  replicas: {n}")
        case {"replicas": n}:
            problems.append(f"replicas must be a positive int, got {n!r}")
    return problems


CONFIGS = [
    {"name": "api", "version": [1, 4, 2], "replicas": 3,
     "endpoints": [{"host": "a.example", "port": 443, "tls": True, "timeout": 2.5}, "https://b.example",
                   {"socket": "/run/api.sock"}]},
    {"name": "worker", "version": (2, 0), "endpoints": [{"host": "", "port": 0}, {"host": "w", "port": True},
                                                       {"host": "x", "port": 80, "retries": 3, "timeout": -1}]},
    {"name": "legacy", "version": "1.0", "endpoints": []},
    {"name": 42},
    {"version": [1, 0]},
    [{"name": "x"}],
    "name=api",
    {"name": "odd", "version": [1, 2, 3, 4], "endpoints": ["ftp://files", "nonsense", {"host": "h"},
                                                           {"socket": "relative.sock"}, 17], "replicas": 0},
]

for number, cfg in enumerate(CONFIGS):
    print(f"config {number}:")
    found = validate(cfg)
    for p in found:
        print("  problem:", p)
    print("  ok" if not found else f"  {len(found)} problem(s)")

custom = Mapping({"name": "custom", "version": [0, 1], "endpoints": ["http://c"], "extra": 1})
print("custom problems:", validate(custom))
print("lookups:", custom.lookups)

KEY = "k"


class Keys:
    K1 = "k"
    K2 = "k"


try:
    match {"k": 1}:
        case {Keys.K1: 1, Keys.K2: 1}:
            print("matched twice?")
except ValueError as e:
    print("ValueError:", e)

match {"k": [1, {"deep": (2, 3)}]}:
    case {"k": [1, {"deep": (a, b)}]}:
        print("deep", a + b)

match "not a sequence":
    case [*chars]:
        print("chars", chars)
    case str(s):
        print("a plain string of", len(s))
