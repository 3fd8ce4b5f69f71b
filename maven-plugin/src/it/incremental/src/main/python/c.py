def c():
    return "c"
