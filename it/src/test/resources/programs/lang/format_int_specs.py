# format() of ints (machine-word and big, negative, bool) with every integer presentation,
# fill/align/sign/grouping, and the errors of invalid combinations; nested specs and %-formatting.
vals = [0, 7, -7, 255, -255, 10**6, -(2**63), 2**63 - 1, 2**64, True]
specs = ["d", "05d", "+d", " d", "x", "#x", "X", "#X", "o", "#o", "b", "#b", ",d", "_d", "_x", "_b", ">8", "<8", "^9", "*^9x", "=+8d", "08,d", "n", "c", "e", ".2f", "%", "z"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError, TypeError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(v, row)
print(f"{42:{'>'}{6}}", "{:{}}".format(5, "03"), "%05d|%x|%o" % (42, 255, 8))
