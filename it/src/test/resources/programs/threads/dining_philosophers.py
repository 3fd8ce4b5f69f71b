# Dining philosophers without deadlock (resource ordering); every philosopher eats exactly N times.
import threading

N_PHILOSOPHERS = 5
MEALS = 200
forks = [threading.Lock() for _ in range(N_PHILOSOPHERS)]
meals = [0] * N_PHILOSOPHERS
spaghetti = [N_PHILOSOPHERS * MEALS]
bowl_lock = threading.Lock()
max_simultaneous = [0]
eating = [0]


def philosopher(i):
    left, right = i, (i + 1) % N_PHILOSOPHERS
    first, second = (left, right) if left < right else (right, left)
    for _ in range(MEALS):
        with forks[first]:
            with forks[second]:
                with bowl_lock:
                    eating[0] += 1
                    max_simultaneous[0] = max(max_simultaneous[0], eating[0])
                    spaghetti[0] -= 1
                meals[i] += 1
                with bowl_lock:
                    eating[0] -= 1


threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N_PHILOSOPHERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals)
print("spaghetti left:", spaghetti[0])
print("at most two eat at once:", max_simultaneous[0] <= N_PHILOSOPHERS // 2)
print("forks free:", [f.locked() for f in forks])

waiter = threading.Semaphore(N_PHILOSOPHERS - 1)
meals2 = [0] * N_PHILOSOPHERS


def polite_philosopher(i):
    left, right = forks[i], forks[(i + 1) % N_PHILOSOPHERS]
    for _ in range(MEALS // 2):
        with waiter:
            with left:
                with right:
                    meals2[i] += 1


threads = [threading.Thread(target=polite_philosopher, args=(i,)) for i in range(N_PHILOSOPHERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("with a waiter:", meals2)
