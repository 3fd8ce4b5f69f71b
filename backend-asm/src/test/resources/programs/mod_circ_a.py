import mod_circ_b
A = "a"
def use_b():
    return mod_circ_b.B
