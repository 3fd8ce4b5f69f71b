# Working with nested dict/list data: deep get/set by path, deep merge of configs, flattening to
# dotted keys and back, diffing two documents, and walking a tree of mixed containers.

DEFAULTS = {
    "server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": False, "cert": None}},
    "logging": {"level": "info", "handlers": ["console"]},
    "features": {"beta": False},
}
OVERRIDES = {
    "server": {"port": 9443, "tls": {"enabled": True, "cert": "/etc/cert.pem"}},
    "logging": {"handlers": ["console", "file"]},
    "features": {"beta": True, "new_ui": True},
}


def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def get_path(doc, path, default=None):
    cur = doc
    for part in path.split("."):
        if isinstance(cur, list):
            try:
                cur = cur[int(part)]
            except (ValueError, IndexError):
                return default
        elif isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur


def set_path(doc, path, value):
    parts = path.split(".")
    cur = doc
    for part in parts[:-1]:
        cur = cur.setdefault(part, {})
    cur[parts[-1]] = value


def flatten(doc, prefix=""):
    items = {}
    for k, v in doc.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            items.update(flatten(v, key + "."))
        else:
            items[key] = v
    return items


def unflatten(flat):
    doc = {}
    for key, value in flat.items():
        set_path(doc, key, value)
    return doc


def diff(a, b, path=""):
    changes = []
    for key in sorted(set(a) | set(b)):
        p = f"{path}{key}"
        if key not in b:
            changes.append(f"- {p}")
        elif key not in a:
            changes.append(f"+ {p} = {b[key]!r}")
        elif isinstance(a[key], dict) and isinstance(b[key], dict):
            changes.extend(diff(a[key], b[key], p + "."))
        elif a[key] != b[key]:
            changes.append(f"~ {p}: {a[key]!r} -> {b[key]!r}")
    return changes


config = deep_merge(DEFAULTS, OVERRIDES)
print(config)
print(DEFAULTS["server"]["port"], "(defaults untouched)")
print(get_path(config, "server.tls.cert"), get_path(config, "logging.handlers.1"), get_path(config, "logging.handlers.5", "n/a"),
      get_path(config, "server.missing.deep", "n/a"))
set_path(config, "database.pool.size", 10)
flat = flatten(config)
for key in sorted(flat):
    print(f"  {key} = {flat[key]!r}")
print(unflatten(flat) == config)
for line in diff(DEFAULTS, config):
    print(line)


def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, (list, tuple)):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node


doc = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}], "count": 2}
for path, leaf in walk(doc):
    print("/".join(map(str, path)), "=", repr(leaf))
print(sum(1 for _ in walk(config)), max(len(p) for p, _ in walk(config)))
