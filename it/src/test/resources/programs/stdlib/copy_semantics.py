# copy: shallow vs deep copies of nested containers and objects, shared references and cycles,
# __copy__/__deepcopy__ hooks, and copy.replace (3.13).
import copy

original = {"name": "cfg", "servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": [22]}]}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["servers"][0]["ports"].append(8080)
original["name"] = "changed"
print(shallow["name"], shallow["servers"][0]["ports"], deep["servers"][0]["ports"])
print(shallow["servers"] is original["servers"], deep["servers"] is original["servers"])

shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc is not cyclic, repr(cc))
t = (1, [2, 3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
text = "str"
print(copy.copy(text) is text, copy.deepcopy(frozenset({1})) == {1})


class Document:
    def __init__(self, title, pages, meta=None):
        self.title = title
        self.pages = pages
        self.meta = meta or {}
        self.revision = 0

    def __repr__(self):
        return f"Document({self.title!r}, pages={self.pages}, rev={self.revision}, meta={self.meta})"


d = Document("spec", ["intro", "body"], {"author": "ada"})
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d.pages.append("appendix")
d.meta["author"] = "bob"
d.revision = 5
print(d2)
print(d3)


class Connection:
    count = 0

    def __init__(self, dsn):
        Connection.count += 1
        self.dsn = dsn
        self.id = Connection.count

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return f"Connection#{self.id}"


class Repo:
    def __init__(self, conn):
        self.conn = conn
        self.cache = {}

    def __deepcopy__(self, memo):
        clone = Repo(self.conn)
        clone.cache = copy.deepcopy(self.cache, memo)
        return clone


conn = Connection("db://x")
repo = Repo(conn)
repo.cache["k"] = [1, 2]
r2 = copy.deepcopy(repo)
r2.cache["k"].append(3)
print(r2.conn is conn, repo.cache, r2.cache, Connection.count)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __replace__(self, **changes):
        return Point(changes.get("x", self.x), changes.get("y", self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(copy.replace(Point(1, 2), y=20))
try:
    copy.replace([1, 2])
except TypeError as e:
    print("TypeError:", e)
matrix = [[0] * 3 for _ in range(2)]
alias = matrix
row_copy = [row[:] for row in matrix]
matrix[0][0] = 9
print(alias[0][0], row_copy[0][0], copy.deepcopy(matrix) == matrix)
