import mod_circ_a
B = "b"
def partial():
    return hasattr(mod_circ_a, "A")
