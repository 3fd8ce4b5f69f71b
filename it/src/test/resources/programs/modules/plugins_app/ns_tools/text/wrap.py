# ns_tools has no __init__.py: it is an implicit namespace package (PEP 420).


def boxed(text):
    line = "+" + "-" * (len(text) + 2) + "+"
    return f"{line}\n| {text} |\n{line}"
