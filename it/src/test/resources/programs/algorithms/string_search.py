# String searching and processing algorithms: KMP, Z-function, Rabin-Karp with a rolling hash,
# Boyer-Moore-Horspool, longest palindromic substring, and run-length encoding.


def kmp_table(p):
    fail = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = fail[k - 1]
        if p[i] == p[k]:
            k += 1
        fail[i] = k
    return fail


def kmp_search(text, p):
    fail, k, hits = kmp_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = fail[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return hits


def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def rabin_karp(text, p, base=257, mod=1_000_000_007):
    m = len(p)
    if m > len(text):
        return []
    high = pow(base, m - 1, mod)
    hp = ht = 0
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    hits = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == p:
            hits.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return hits


def horspool(text, p):
    shift = {ch: len(p) - 1 - i for i, ch in enumerate(p[:-1])}
    hits, i = [], 0
    while i <= len(text) - len(p):
        if text[i:i + len(p)] == p:
            hits.append(i)
        i += shift.get(text[i + len(p) - 1], len(p))
    return hits


def longest_palindrome(s):
    best = (0, 0)
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > best[1] - best[0]:
            best = (lo + 1, hi)
    return s[best[0]:best[1]]


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)


text = "abracadabra abracadabra cadabra 🙂abra🙂 abr"
for pattern in ["abra", "cad", "a", "🙂abra🙂", "zzz", "abracadabra abracadabra"]:
    results = {fn.__name__: fn(text, pattern) for fn in (kmp_search, rabin_karp, horspool)}
    agree = len({tuple(v) for v in results.values()}) == 1
    builtin = [i for i in range(len(text)) if text.startswith(pattern, i)]
    print(f"{pattern!r:<28} {results['kmp_search']} agree={agree and results['kmp_search'] == builtin}")
print(kmp_table("aabaaab"), kmp_table("abcabcabd"), z_function("aabxaabxcaabxaabxay"))
for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "a", "noon at the racecar rally", "🙂x🙂"]:
    print(f"{s!r}: {longest_palindrome(s)!r}")
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle(s)
    print(f"{s!r} -> {enc!r} -> ok={unrle(enc) == s}")
period = next(p for p in range(1, 13) if z_function("abcabcabcabc" + "$")[p] >= 12 - p)
print("smallest period of abcabcabcabc:", period)
