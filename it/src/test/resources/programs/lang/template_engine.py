# A small text template engine written with str methods only: {{ expressions }} with filters,
# {% for %} and {% if %} blocks, escaping, and error reporting with line numbers.


class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "length": lambda v: len(v),
    "money": lambda v: f"{v:,.2f}",
    "escape": lambda v: str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
}


def lookup(expr, ctx):
    value = ctx
    for part in expr.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif part.isdigit() and isinstance(value, (list, tuple)):
            value = value[int(part)]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise TemplateError(f"unknown name {expr!r}")
    return value


def evaluate(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    value = lookup(parts[0], ctx)
    for name in parts[1:]:
        if name not in FILTERS:
            raise TemplateError(f"unknown filter {name!r}")
        value = FILTERS[name](value)
    return value


def tokenize(text):
    tokens, pos, line = [], 0, 1
    while pos < len(text):
        starts = [i for i in (text.find("{{", pos), text.find("{%", pos)) if i != -1]
        if not starts:
            tokens.append(("text", text[pos:], line))
            break
        start = min(starts)
        if start > pos:
            tokens.append(("text", text[pos:start], line))
            line += text.count("\n", pos, start)
        closer = "}}" if text.startswith("{{", start) else "%}"
        end = text.find(closer, start)
        if end == -1:
            raise TemplateError(f"line {line}: unclosed {text[start:start + 2]}")
        kind = "expr" if closer == "}}" else "tag"
        tokens.append((kind, text[start + 2:end].strip(), line))
        line += text.count("\n", start, end)
        pos = end + 2
    return tokens


def render(tokens, ctx, i=0, stop=(), skip=False):
    """Render tokens from i until a tag in stop; with skip, only find the block's end."""
    out = []
    while i < len(tokens):
        kind, value, line = tokens[i]
        if kind == "text":
            out.append(value)
        elif kind == "expr":
            if skip:
                i += 1
                continue
            try:
                out.append(str(evaluate(value, ctx)))
            except TemplateError as e:
                raise TemplateError(f"line {line}: {e}") from None
        else:
            word = value.split()[0]
            if word in stop:
                return "".join(out), i
            if word == "for":
                _, var, _in, seq = value.split()
                body_start = i + 1
                items = [] if skip else lookup(seq, ctx)
                for index, item in enumerate(items):
                    text, _ = render(tokens, {**ctx, var: item, "loop": {"index": index + 1}}, body_start, ("endfor",))
                    out.append(text)
                _, end = render(tokens, ctx, body_start, ("endfor",), skip=True)
                i = end
            elif word == "if":
                cond = not skip and bool(evaluate(value[2:].strip(), ctx))
                yes, j = render(tokens, ctx, i + 1, ("else", "endif"), skip=skip or not cond)
                no = ""
                if tokens[j][1] == "else":
                    no, j = render(tokens, ctx, j + 1, ("endif",), skip=skip or cond)
                out.append(yes if cond else no)
                i = j
            else:
                raise TemplateError(f"line {line}: unknown tag {word!r}")
        i += 1
    return "".join(out), i


TEMPLATE = """Invoice for {{ customer.name | title }} <{{ customer.email | escape }}>
{% for item in items %}{{ loop.index }}. {{ item.name }} x{{ item.qty }} = {{ item.total | money }}
{% endfor %}{% if discount %}Discount: {{ discount }}%
{% else %}No discount.
{% endif %}Items: {{ items | length }}"""
context = {
    "customer": {"name": "ada lovelace", "email": "ada@<engine>.org"},
    "items": [{"name": "gear", "qty": 3, "total": 1234.5}, {"name": "cog & wheel", "qty": 10, "total": 99.999}],
    "discount": 0,
}
print(render(tokenize(TEMPLATE), context)[0])
print("---")
context["discount"] = 15
context["items"] = []
print(render(tokenize(TEMPLATE), context)[0])
for bad in ["{{ missing }}", "line1\n{{ customer.name | shout }}", "{% loop x %}", "{{ unclosed"]:
    try:
        print(render(tokenize(bad), context)[0])
    except TemplateError as e:
        print("TemplateError:", e)
