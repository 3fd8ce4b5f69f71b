# Huffman compression: build the tree with a hand-written priority queue (ties broken by insertion
# order), encode to bits, pack into bytes, decode, and report compression.


class Node:
    def __init__(self, weight, order, symbol=None, left=None, right=None):
        self.weight, self.order, self.symbol, self.left, self.right = weight, order, symbol, left, right

    def key(self):
        return (self.weight, self.order)


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    order = 0
    nodes = []
    for ch in sorted(freq):
        nodes.append(Node(freq[ch], order, ch))
        order += 1
    while len(nodes) > 1:
        nodes.sort(key=Node.key)
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Node(a.weight + b.weight, order, left=a, right=b))
        order += 1
    return nodes[0], freq


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[ch] for ch in text)


def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def unpack(data, padding):
    bits = "".join(f"{b:08b}" for b in data)
    return bits[:len(bits) - padding] if padding else bits


def decode(bits, root):
    out, node = [], root
    if root.symbol is not None:
        return root.symbol * len(bits)
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


samples = [
    "abracadabra",
    "this is an example of a huffman tree",
    "aaaaaaaaaaaaaaaa",
    "naïve café — ünïcödé 🙂🙂🙂 text",
    "the quick brown fox jumps over the lazy dog " * 5,
]
for text in samples:
    root, freq = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    data, padding = pack(bits)
    restored = decode(unpack(data, padding), root)
    original_bytes = len(text.encode("utf-8"))
    print(f"{text[:30]!r:<34} symbols={len(freq):>2} bits={len(bits):>4} bytes={len(data):>3}/{original_bytes:<4}"
          f" ratio={len(data) / original_bytes:.3f} ok={restored == text}")
root, freq = build_tree(samples[1])
table = codes(root)
for sym in sorted(table, key=lambda s: (len(table[s]), s)):
    print(f"  {sym!r}: freq={freq[sym]:>2} code={table[sym]}")
weighted = sum(freq[s] * len(table[s]) for s in freq) / sum(freq.values())
print(f"average code length {weighted:.4f} bits; packed hex {pack(encode('huffman', table))[0].hex()}")
