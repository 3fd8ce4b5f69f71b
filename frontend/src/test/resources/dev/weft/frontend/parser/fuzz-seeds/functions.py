# Seed for the parser fuzz test: functions, classes, decorators, type parameters.
@decorator
@decorator.with_args(1, key="v")
def function(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> "Result":
    """Docstring."""
    nonlocal_value = lambda x, *, y=1: x + y
    def inner():
        nonlocal nonlocal_value
        yield nonlocal_value
        yield from range(3)
        return
    return inner


async def coroutine[T: (int, str), *Ts, **P](x: T) -> None:
    async with resource() as r:
        async for item in r:
            await item
    result = [await v async for v in gen() if v]


class Base(metaclass=Meta, flag=True):
    attribute: int = 0

    def method(self, /) -> int:
        return self.attribute

    @property
    def prop(self):
        return super().prop


class Generic[T = int](Base, **options):
    pass
