# An exception raised inside a generator while a for loop consumes it.
def parse(lines):
    for line in lines:
        name, value = line.split("=")
        yield name.strip(), int(value)


config = {}
for key, number in parse(["a = 1", "b = 2", "c = three"]):
    config[key] = number
    print(key, number)
