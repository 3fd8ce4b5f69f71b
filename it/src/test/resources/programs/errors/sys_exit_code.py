# Validates records, prints a summary and exits with status 3 through sys.exit(3);
# finally blocks and atexit handlers still run.
import atexit
import sys

atexit.register(lambda: print("atexit: flushing summary"))
atexit.register(print, "atexit: registered second, runs first")

records = [
    {"id": 1, "email": "a@example.com", "age": 31},
    {"id": 2, "email": "not-an-email", "age": 40},
    {"id": 3, "email": "c@example.com", "age": -4},
    {"id": 4, "email": "d@example.com", "age": 22},
    {"id": 5, "age": 50},
]


def problems(record):
    found = []
    email = record.get("email")
    if email is None:
        found.append("missing email")
    elif "@" not in email or "." not in email.split("@")[-1]:
        found.append(f"malformed email {email!r}")
    if record["age"] < 0:
        found.append(f"negative age {record['age']}")
    return found


bad = {}
for record in records:
    issues = problems(record)
    status = "ok" if not issues else "; ".join(issues)
    print(f"record {record['id']}: {status}")
    if issues:
        bad[record["id"]] = issues

try:
    if bad:
        print(f"{len(bad)} of {len(records)} records invalid")
        sys.exit(3)
    print("all valid")
finally:
    print("finally: validation finished")
print("not reached")
