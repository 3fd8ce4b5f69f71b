def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "done"


def relay(n):
    result = yield from countdown(n)
    yield result


async def fetch(source):
    async with source as conn:
        async for chunk in conn:
            await conn.ack(chunk)
    return await source.close()
