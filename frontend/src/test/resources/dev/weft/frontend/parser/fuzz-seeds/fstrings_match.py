# Seed for the parser fuzz test: f-strings and match statements.
name = "world"
greeting = f"hello {name!r:>{width}} and {value=} {{braces}} {f'{nested}'}"
multi = f'''
{a
 + b}
'''
raw = rf"\{name}\n"
formatted = f"{x:.{precision}f}" f"{y!s}" "plain"
debug = f"{x = }"

match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(x=1):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (a, b) as pair:
        pass
    case -1 | 1.5 | 2 + 3j | "s" | b"b" | None | True | False:
        pass
    case Color.RED:
        pass
    case _:
        pass
