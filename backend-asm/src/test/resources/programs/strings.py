s = "Hello, World"
print(s.lower(), s.upper(), len(s), s[0], s[-1], s[2:5], s[::-1])
print(s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"))
print(s.startswith("He"), s.find("W"), s.count("l"), "World" in s)
name = "weft"
n = 3
pi = 3.14159
print(f"{name} has {n} items, pi={pi:.2f}, {n * 2:>5}|{name!r}|{name:^8}|")
print(f"{'nested'} {n + 1} {[1, 2][0]} {{braces}}")
print("%s is %d years, %.1f%%" % ("x", 5, 12.34))
print("{} and {}".format("a", "b"), "{0}{1}{0}".format("x", "y"))
print(repr("quote's"), str(b"bytes"), "ab" * 3)
words = "the quick brown fox".split()
print(sorted(words), [w.capitalize() for w in words])
print(" padded ".strip(), "x".center(5, "*"), "42".zfill(5))
print(ord("a"), chr(98), "é".encode("utf-8"))
