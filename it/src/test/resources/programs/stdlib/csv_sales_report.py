# A sales report over CSV data: csv.reader/writer, DictReader/DictWriter, dialects, quoting
# modes, Sniffer, and the errors csv raises on malformed input.
import csv
import io
from collections import defaultdict

RAW = """region,rep,product,units,unit_price,note
North,Ada,Widget,12,2.50,
North,Ada,Gadget,3,10.00,"rush, fragile"
South,Brian,Widget,7,2.50,"said ""thanks"", twice"
South,Chloe,Gizmo,1,99.99,"multi
line note"
East,Dev,Widget,0,2.50,
East,Dev,Gadget,5,9.50,discount
"""


def load(text):
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = []
    for row in reader:
        row["units"] = int(row["units"])
        row["unit_price"] = float(row["unit_price"])
        rows.append(row)
    return reader.fieldnames, rows, reader.line_num


fields, rows, lines = load(RAW)
print("fields:", fields)
print("rows:", len(rows), "physical lines read:", lines)
for r in rows:
    print(f"  {r['region']:<6}{r['rep']:<6}{r['product']:<7}{r['units']:>3} x {r['unit_price']:>6.2f}  note={r['note']!r}")

totals = defaultdict(float)
for r in rows:
    totals[r["region"]] += r["units"] * r["unit_price"]

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "revenue", "share"])
grand = sum(totals.values())
for region in sorted(totals):
    writer.writerow([region, round(totals[region], 2), f"{totals[region] / grand:.1%}"])
writer.writerow(["TOTAL", round(grand, 2), None])
print(out.getvalue(), end="")

print("-- quoting modes")
sample = ["text", 42, 3.5, None, "", "a,b", 'q"uote']
for name in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_STRINGS", "QUOTE_NOTNULL"]:
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, name), lineterminator="|").writerow(sample)
    print(f"{name:<17}", buf.getvalue())
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="|").writerow(sample)
print(f"{'QUOTE_NONE':<17}", buf.getvalue())

print("-- round trip through a custom dialect")


class Semicolon(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semicolon)
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["rep", "product", "note"], dialect="semi", extrasaction="ignore")
dw.writeheader()
dw.writerows(rows[:4])
print(buf.getvalue(), end="")
back = list(csv.DictReader(io.StringIO(buf.getvalue()), dialect="semi"))
print("same notes back:", [b["note"] for b in back] == [r["note"] for r in rows[:4]])
print("dialects:", sorted(csv.list_dialects()))
csv.unregister_dialect("semi")

print("-- sniffing")
for text in ["id;name;score\n1;ann;3.5\n2;bob;4.0\n", "a\tb\tc\n1\t2\t3\n4\t5\t6\n", "'x','y'\n'1','2'\n"]:
    sn = csv.Sniffer()
    d = sn.sniff(text)
    print(repr(d.delimiter), repr(d.quotechar), sn.has_header(text), list(csv.reader(io.StringIO(text), d))[:2])

print("-- errors")
bad_inputs = [
    (['"unterminated'], {"strict": True}),
    (['a,"b"c'], {"strict": True}),
    (["ok,fine"], {"delimiter": "::"}),
    (["x"], {"quoting": 99}),
    (['"a",1,two'], {"quoting": csv.QUOTE_NONNUMERIC}),
]
for lines_in, kw in bad_inputs:
    try:
        print(list(csv.reader(lines_in, **kw)))
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["needs,escape"])
except csv.Error as e:
    print("Error:", e)
old = csv.field_size_limit(8)
try:
    list(csv.reader(["short,waytoolongfield"]))
except csv.Error as e:
    print("Error:", e)
finally:
    csv.field_size_limit(old)
print("limit restored:", csv.field_size_limit() == old)

rest = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="extra", restval="?")
for row in rest:
    print(row)
