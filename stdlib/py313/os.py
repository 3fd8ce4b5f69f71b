# CPython 3.13: os.process_cpu_count(), the number of CPUs the calling process may run on.

def process_cpu_count():
    """Return the number of logical CPUs usable by the current process, or None."""
    if 'sched_getaffinity' in globals():
        try:
            return len(sched_getaffinity(0))
        except OSError:
            pass
    return cpu_count()


__all__.append('process_cpu_count')
