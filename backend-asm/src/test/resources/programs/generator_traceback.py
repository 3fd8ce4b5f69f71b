def produce():
    yield 1
    raise KeyError("inside generator")


def consume():
    for item in produce():
        print("got", item)


consume()
