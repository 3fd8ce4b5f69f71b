def work():
    raise ValueError("naked")

def handler():
    try:
        work()
    except* ValueError:
        print("seen")
        raise

handler()
