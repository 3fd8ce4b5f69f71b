a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, divmod(-7, 3), 2 ** 100, 2 ** -1)
print(1.5 + 2, 3.0 * 2, 10 / 4, 7.5 // 2, 0.1 + 0.2)
print(a & b, a | b, a ^ b, a << 3, a >> 1, ~a)
print(a < b, a <= b, a > b, a >= b, a == 7, a != 7)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0)
x = 10
x += 5
x *= 2
x -= 1
x //= 3
print(x)
print(abs(-3), round(2.675, 2), max(3, 9, 1), min([4, 2, 8]), sum(range(10)))
print(int("42") + 1, float("1.5"), str(12) + "!", bool(0), bool([1]))
big = 12345678901234567890
print(big * big, big // 7, big % 97)
print(not a, not 0, a and b, 0 or "x", None or 0)
