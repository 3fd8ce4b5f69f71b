# A recursive-descent evaluator that fails deep inside nested parentheses: the traceback shows
# three identical recursive entries, then "[Previous line repeated N more times]".
def parse_expr(tokens, pos):
    if tokens[pos] == "(":
        value, pos = parse_expr(tokens, pos + 1)
        if tokens[pos] != ")":
            raise SyntaxError(f"expected ')' at token {pos}")
        return value, pos + 1
    if not tokens[pos].isdigit():
        raise ValueError(f"bad token {tokens[pos]!r} at {pos}")
    return int(tokens[pos]), pos + 1


for text in ["( ( 7 ) )", "( ( ( ( ( ( ( ( x ) ) ) ) ) ) ) )"]:
    print("evaluating", text)
    print("value", parse_expr(text.split(), 0)[0])
