from .words import capitalised


def greeting(name):
    return f"Hello, {capitalised(name)}!"
