# A singly linked list, a binary search tree and a trie implemented with classes and protocols.


class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"


ll = LinkedList([1, 2, 3, 4])
ll.push(0)
print(ll, len(ll), list(ll), sum(ll), 3 in ll)
ll.reverse()
print(ll, ll.pop(), ll)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        def go(node):
            if node is None:
                self.count += 1
                return [key, value, None, None]
            if key < node[0]:
                node[2] = go(node[2])
            elif key > node[0]:
                node[3] = go(node[3])
            else:
                node[1] = value
            return node
        self.root = go(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[2] if key < node[0] else node[3]
        return False

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node[2])
                yield node[0], node[1]
                yield from walk(node[3])
        return walk(self.root)

    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node[2]), h(node[3]))
        return h(self.root)

    def range(self, lo, hi):
        return [k for k, _ in self.inorder() if lo <= k <= hi]


tree = BST()
for word in "the quick brown fox jumps over the lazy dog and keeps running far away".split():
    tree.insert(word, len(word))
print(tree.count, tree.height(), "fox" in tree, "cat" in tree)
print(list(tree.inorder()))
print(tree.range("d", "l"))


class Trie:
    def __init__(self):
        self.children = {}
        self.terminal = False

    def add(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.terminal = True

    def _find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def words(self, prefix=""):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.terminal:
                out.append(p)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        return out

    def __len__(self):
        return int(self.terminal) + sum(len(c) for c in self.children.values())


trie = Trie()
for w in ["car", "card", "care", "careful", "cat", "dog", "dot", "do", "🙂face", "🙂"]:
    trie.add(w)
print(len(trie), trie.words("car"), trie.words("do"), trie.words("x"), trie.words("🙂"))
print(trie.words()[:5])
