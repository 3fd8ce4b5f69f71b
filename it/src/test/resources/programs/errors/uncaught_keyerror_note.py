# An uncaught KeyError carrying notes (PEP 678); notes are printed after the message.

config = {"host": "localhost", "port": 8080}


def require(key):
    try:
        return config[key]
    except KeyError as e:
        e.add_note(f"available keys: {', '.join(sorted(config))}")
        e.add_note("hint: check the spelling")
        raise


print("host =", require("host"))
print("port =", require("port"))
print("user =", require("user"))
