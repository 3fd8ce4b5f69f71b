def parse(items):
    results = []
    for item in items:
        try:
            value = int(item)
        except (TypeError, ValueError) as err:
            results.append(str(err))
            continue
        except Exception:
            raise
        else:
            results.append(value)
        finally:
            print("done", item)
    return results


def guarded(path):
    with open(path) as f, open(path + ".bak", "w") as g:
        for line in f:
            if not line:
                return None
            g.write(line)
    try:
        return 1
    finally:
        print("cleanup")


def chained():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("bad") from e
