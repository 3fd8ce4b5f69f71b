#!/usr/bin/env python3
"""Writes src/test/resources/modules/errors.tsv: the exception CPython 3.13 raises for each case.

Run with CPython 3.13 (PYENV_VERSION=3.13.0 python3 tools/gen_modules_golden.py); the Java
test ModuleErrorsGoldenTest performs the same operations through Weft's modules and compares.
Each line: case id, TAB, "Type: message" (or "Type" when the message is empty).
"""
import atexit
import concurrent.futures as cf
import os
import queue
import sys
import threading
import time

assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"


def full_queue():
    q = queue.Queue(1)
    q.put(1)
    q.put_nowait(2)


def submit_after_shutdown():
    e = cf.ThreadPoolExecutor(1)
    e.shutdown()
    e.submit(print)


def cancelled_result():
    f = cf.Future()
    f.cancel()
    f.result()


CASES = [
    ("lock_release_unlocked", lambda: threading.Lock().release()),
    ("lock_nonblocking_timeout", lambda: threading.Lock().acquire(False, 1)),
    ("lock_negative_timeout", lambda: threading.Lock().acquire(True, -2)),
    ("lock_huge_timeout", lambda: threading.Lock().acquire(True, 1e20)),
    ("lock_str_timeout", lambda: threading.Lock().acquire(timeout="x")),
    ("rlock_release_unowned", lambda: threading.RLock().release()),
    ("thread_join_unstarted", lambda: threading.Thread(target=print).join()),
    ("thread_join_current", lambda: threading.current_thread().join()),
    ("semaphore_negative", lambda: threading.Semaphore(-1)),
    ("semaphore_nonblocking_timeout", lambda: threading.Semaphore().acquire(False, 2)),
    ("semaphore_release_zero", lambda: threading.Semaphore().release(0)),
    ("bounded_overrelease", lambda: threading.BoundedSemaphore(2).release()),
    ("barrier_zero", lambda: threading.Barrier(0)),
    ("condition_wait_unowned", lambda: threading.Condition().wait()),
    ("condition_notify_unowned", lambda: threading.Condition().notify()),
    ("local_args", lambda: threading.local(1)),
    ("queue_task_done", lambda: queue.Queue().task_done()),
    ("queue_get_negative", lambda: queue.Queue().get(timeout=-1)),
    ("queue_get_nowait", lambda: queue.Queue().get_nowait()),
    ("queue_put_full", full_queue),
    ("simplequeue_negative", lambda: queue.SimpleQueue().get(timeout=-1)),
    ("time_sleep_negative", lambda: time.sleep(-1)),
    ("time_sleep_str", lambda: time.sleep("x")),
    ("time_sleep_none", lambda: time.sleep(None)),
    ("time_strftime_int", lambda: time.strftime(5)),
    ("time_struct_short", lambda: time.struct_time((1, 2))),
    ("sys_recursionlimit_zero", lambda: sys.setrecursionlimit(0)),
    ("sys_recursionlimit_float", lambda: sys.setrecursionlimit(1.5)),
    ("sys_intern_int", lambda: sys.intern(5)),
    ("sys_int_max_str_digits", lambda: sys.set_int_max_str_digits(5)),
    ("os_remove_missing", lambda: os.remove("/nonexistent-weft")),
    ("os_listdir_missing", lambda: os.listdir("/nonexistent-weft")),
    ("tpe_zero_workers", lambda: cf.ThreadPoolExecutor(0)),
    ("tpe_bad_initializer", lambda: cf.ThreadPoolExecutor(initializer=1)),
    ("tpe_submit_after_shutdown", submit_after_shutdown),
    ("future_result_timeout", lambda: cf.Future().result(timeout=0)),
    ("future_cancelled_result", cancelled_result),
    ("atexit_not_callable", lambda: atexit.register(1)),
]


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "modules", "errors.tsv")
    lines = []
    for case, action in CASES:
        try:
            action()
            text = "no exception"
        except BaseException as e:
            text = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        lines.append(f"{case}\t{text}\n")
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(lines)


if __name__ == "__main__":
    main()
