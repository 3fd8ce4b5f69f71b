# Nested calls on one line: the innermost call raises, each frame marks its own call.
def scale(x, factor):
    return x * factor


def clamp(v, low, high):
    return max(low, min(v, high))


def parse_number(text):
    return int(text.strip())


def pipeline(raw):
    return clamp(scale(parse_number(raw), 3), 0, 100)


print(pipeline(" 12 "))
print(pipeline("seven"))
