# A token reader that pulls tokens with next(): the config ends early, so next() raises
# StopIteration inside a helper; nothing catches it and the traceback shows every frame.
def tokens(text):
    for word in text.split():
        yield word


def expect_value(stream, key):
    value = next(stream)
    return key, value


def parse(text):
    stream = tokens(text)
    settings = {}
    for key in stream:
        k, v = expect_value(stream, key)
        settings[k] = v
        print("read", k, "=", v)
    return settings


parse("width 80 height 24 depth")
