# A simulated web crawler on asyncio: pages of an in-memory site are "fetched" with latency,
# links are followed breadth-first under a concurrency limit (Semaphore) in TaskGroups, slow
# pages hit per-request timeouts, broken pages raise, and a page budget cancels the rest.
# Everything that prints is ordered by the program, not by timing.
import asyncio

SITE = {
    "/": ["/docs", "/blog", "/about"],
    "/docs": ["/docs/install", "/docs/api", "/"],
    "/docs/install": ["/docs/api"],
    "/docs/api": ["/docs/api/v1", "/docs/api/v2", "/missing"],
    "/docs/api/v1": [],
    "/docs/api/v2": ["/docs/api/v1"],
    "/blog": ["/blog/2023", "/blog/2024", "/slow"],
    "/blog/2023": ["/blog/2024"],
    "/blog/2024": ["/broken", "/"],
    "/about": ["/team"],
    "/team": [],
    "/slow": ["/never-seen"],
    "/broken": [],
}
SLOW = {"/slow"}
BROKEN = {"/broken"}


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url}: HTTP {status}")
        self.url = url
        self.status = status


class Site:
    def __init__(self, concurrency):
        self.limit = asyncio.Semaphore(concurrency)
        self.active = 0
        self.peak = 0
        self.requests = []

    async def fetch(self, url):
        async with self.limit:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.requests.append(url)
            try:
                if url in SLOW:
                    await asyncio.sleep(30)  # always cut short by the crawler's timeout
                await asyncio.sleep(0.001)
                if url in BROKEN:
                    raise FetchError(url, 500)
                if url not in SITE:
                    raise FetchError(url, 404)
                return SITE[url]
            finally:
                self.active -= 1


async def crawl(site, start, timeout):
    seen = {start}
    level = [start]
    report = {}
    depth = 0
    while level:
        results = {}

        async def visit(url):
            try:
                async with asyncio.timeout(timeout):
                    results[url] = ("ok", await site.fetch(url))
            except TimeoutError:
                results[url] = ("timeout", [])
            except FetchError as exc:
                results[url] = (f"error {exc.status}", [])

        async with asyncio.TaskGroup() as tg:
            for url in level:
                tg.create_task(visit(url), name=f"visit {url}")
        next_level = []
        for url in level:
            status, links = results[url]
            report[url] = (depth, status, len(links))
            for link in links:
                if link not in seen:
                    seen.add(link)
                    next_level.append(link)
        level = next_level
        depth += 1
    return report


async def crawl_with_budget(site, start, budget):
    """Stops the whole crawl once `budget` pages are fetched: the remaining tasks are cancelled."""
    fetched = []
    stop = asyncio.Event()
    cancelled = []

    async def worker(queue):
        while True:
            url = await queue.get()
            try:
                links = await site.fetch(url)
                fetched.append(url)
                if len(fetched) >= budget:
                    stop.set()
                for link in links:
                    queue.put_nowait(link)
            except FetchError:
                pass
            except asyncio.CancelledError:
                cancelled.append(url)
                raise
            finally:
                queue.task_done()

    queue = asyncio.Queue()
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(queue)) for _ in range(3)]
    await stop.wait()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    return len(fetched) >= budget, [type(r).__name__ for r in results], len(cancelled) <= 3


class CrawlAborted(Exception):
    pass


async def fetch_in_ticks(url):
    """A fetch whose latency counts loop iterations (sleep(0)), so the order of events is fixed."""
    ticks = {"/docs": 1, "/team": 2, "/missing": 3, "/about": 5}.get(url)
    if ticks is None:
        await asyncio.sleep(30)
    for _ in range(ticks):
        await asyncio.sleep(0)
    if url not in SITE:
        raise FetchError(url, 404)
    return SITE[url]


async def strict_crawl(urls):
    """A TaskGroup whose first failure cancels its siblings; the errors arrive as an ExceptionGroup."""
    finished = []
    cancelled = []

    async def fetch_or_fail(url):
        try:
            await fetch_in_ticks(url)
            finished.append(url)
        except asyncio.CancelledError:
            cancelled.append(url)
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            for url in urls:
                tg.create_task(fetch_or_fail(url))
    except* FetchError as group:
        print("strict crawl failed:", [str(e) for e in group.exceptions])
    print("finished before the failure:", finished)
    print("cancelled by the group:", cancelled)


async def shielded_save(log):
    async def save():
        await asyncio.sleep(0.02)
        log.append("saved")
        return "checkpoint"

    saver = asyncio.ensure_future(save())
    try:
        async with asyncio.timeout(0.001):
            await asyncio.shield(saver)
    except TimeoutError:
        log.append("caller timed out")
    log.append(await saver)


async def main():
    site = Site(concurrency=2)
    report = await crawl(site, "/", timeout=2.0)  # generous: only the slow pages (30 s) may time out, even on a loaded machine
    for url in sorted(report, key=lambda u: (report[u][0], u)):
        depth, status, nlinks = report[url]
        print(f"depth {depth}  {url:15} {status:10} {nlinks} links")
    print("pages:", len(report), "requests:", len(site.requests), "peak concurrency:", site.peak)
    print("never requested:", sorted(set(SITE) - set(site.requests)))

    site2 = Site(concurrency=3)
    print("budget crawl:", await crawl_with_budget(site2, "/", budget=5))

    await strict_crawl(["/docs", "/missing", "/slow", "/team", "/about"])

    log = []
    await shielded_save(log)
    print("shield:", log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(30))
            raise CrawlAborted("operator pressed stop")
    except* CrawlAborted as group:
        print("body error cancels the group:", group.exceptions)

    waiter = asyncio.create_task(asyncio.sleep(30), name="long wait")
    await asyncio.sleep(0)
    print(waiter.get_name(), "cancel() ->", waiter.cancel("shutting down"))
    try:
        await waiter
    except asyncio.CancelledError as exc:
        print("cancelled with message:", exc.args)


asyncio.run(main())
