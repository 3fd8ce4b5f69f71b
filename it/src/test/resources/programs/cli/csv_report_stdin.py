# Reads CSV-like sales data from stdin (hand-parsed, with quoted fields), aggregates by region and
# month, and prints an aligned report; malformed lines are reported and skipped.
import sys


def split_csv(line):
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    if quoted:
        raise ValueError("unterminated quote")
    fields.append("".join(field))
    return fields


header = split_csv(sys.stdin.readline().rstrip("\n"))
print("columns:", header)
rows, problems = [], []
for number, line in enumerate(sys.stdin, 2):
    line = line.rstrip("\n")
    if not line:
        continue
    try:
        record = dict(zip(header, split_csv(line), strict=True))
        record["amount"] = round(float(record["amount"]), 2)
        record["month"] = record["date"][:7]
        rows.append(record)
    except (ValueError, KeyError) as e:
        problems.append(f"line {number}: {e}")
totals = {}
for r in rows:
    key = (r["region"], r["month"])
    totals[key] = totals.get(key, 0) + r["amount"]
regions = sorted({r["region"] for r in rows})
months = sorted({r["month"] for r in rows})
print(f"{'region':<12}" + "".join(f"{m:>14}" for m in months) + f"{'total':>14}")
for region in regions:
    cells = [totals.get((region, m), 0) for m in months]
    print(f"{region:<12}" + "".join(f"{c:>14,.2f}" for c in cells) + f"{sum(cells):>14,.2f}")
print(f"{'all':<12}" + "".join(f"{sum(totals.get((g, m), 0) for g in regions):>14,.2f}" for m in months)
      + f"{sum(totals.values()):>14,.2f}")
best = max(rows, key=lambda r: r["amount"])
print(f"largest sale: {best['amount']:.2f} by {best['customer']!r} in {best['region']}")
print(f"{len(rows)} rows, {len(problems)} problems")
for p in problems:
    print("  " + p)
