def handle(work, log):
    try:
        work()
    except* ValueError as group:
        log(group)
    except* (TypeError, KeyError):
        raise RuntimeError("wrapped")
    else:
        log("no error")
    finally:
        log("done")


def plain(work):
    try:
        work()
    except* OSError:
        pass
    return 1
