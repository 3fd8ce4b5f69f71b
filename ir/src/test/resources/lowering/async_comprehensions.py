async def collect(source, pairs):
    items = [x async for x in source]
    evens = {x async for x in source if x % 2 == 0}
    table = {k: await v async for k, v in pairs}
    awaited = [await f for f in items]
    nested = [y for x in items async for y in x]
    return items, evens, table, awaited, nested


def agen(source):
    return (x * 2 async for x in source if x)


def awaiting(items):
    return (await x for x in items)


def fresh_cells(n):
    # Each run of the comprehension gets its own cell for `i`.
    return [[lambda: i for i in range(n)] for _ in range(2)]
