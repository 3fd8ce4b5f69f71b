match = 1
match.attr = 2
match[0] = 3
match(1, 2)
match * 2
print(match)
case = 1
type = int
type.__name__
type(x)
_ = 1
def match(case, type, _): return case
class match: pass
match x:
    case case:
        pass
match match:
    case type:
        pass
match (x, y):
    case (1, 2):
        pass
match [x]:
    case _:
        pass
match -x:
    case -1:
        pass
match x,:
    case _:
        pass
match {x: 1}:
    case {}:
        pass
match not x:
    case True:
        pass
match await_it():
    case _:
        pass
type X = int
type Y[T] = list[T]
if True:
    type Z = str
    match z:
        case _: pass
for match in matches: pass
[match for match in x]
lambda match: match
