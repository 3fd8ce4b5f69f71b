a = f"plain"
b = f"{x}"
c = f"a{x}b{y!r}c{z:>10}d{w=}e{v = }f{u!s:^{width}.{prec}}"
d = f"{{escaped}} {{{x}}} }}{{"
e = f'{f"{f'{x}'}"}'
f = f"{'single'} {"double"} {x["key"]}"
g = f"""triple {x
  + y} and {
z
}"""
h = rf"raw {x} \d" + fR'{y}\n' + Rf"{z}" + FR"a" + Fr"b" + fr"c"
i = f"{x:{y}}" + f"{x:{y}{z}}" + f"{x:%H:%M}" + f"{x!r:}"
j = f"{ x = !r:10}"
k = f"\N{BULLET} {x}"
l = f"{3.14:.2f}" + f"{x:=10}" + f"{(x:=10)}"
m = f"{lambda: 1}" + f"{ {'a': 1}['a'] }"
n = f'''{
    x # comment
    + 1
}'''
o = f"{x!r}" f"{y}" "plain"
p = f"" + f'' + f"""""" + f''''''
q = f"a\{b}" + f"\\{x}"
r = f"{x}{y}"
s = f"{'{'}{'}'}"
t = f"{x:{'a'}}"
