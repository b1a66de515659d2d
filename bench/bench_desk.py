"""The desk at scale: one poll round over 200 feeds of 50 items, and search over a 10,000-story library.

Run: python3 bench/bench_desk.py [--feeds 200] [--items 50] [--stories 1000] [--library 10000]
     [--queries 200] [--postgres] [--skip-poll] [--skip-search]

Poll round: a local server (127.0.0.1) serves the feeds and two outlets' pages for every story (the same
body, another headline and tagline); each story sits in items/feeds*stories feeds, under either outlet's
link with a per-feed tracking parameter and GUID. One channel follows every feed; the round's posts go
through the real Web API client to the fake Slack. Printed: wall time, peak RSS growth, posts (must equal
the distinct stories), and, measured in the same run, the floor of the same work without the desk: the
200 feed fetches and the loads of every distinct page (4 threads, as the round uses).
Search: 10,000 stories mixed from the dev sets' paragraphs (../shared/eval, read at run time) in a SQLite
library (PostgreSQL too with --postgres); random one- and two-word queries from the stories' words, each
timed with the FTS index and with a plain LIKE scan of the same channel, interleaved. Nothing is kept.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slack_sdk import WebClient  # noqa: E402

from bench.evalkit import eval_dir, read_jsonl  # noqa: E402
from bot.article import parse  # noqa: E402
from bot.config import SEED_ARTICLE  # noqa: E402
from bot.desk.service import Desk  # noqa: E402
from bot.ingest.feeds import FeedItem, fetch_feed, load_item  # noqa: E402
from bot.slack.desk import SlackPoster  # noqa: E402
from bot.store import Library  # noqa: E402
from bot.store.search import Search  # noqa: E402
from tests.desk.conftest import LIMITS as LOCAL_LIMITS  # noqa: E402
from tests.desk.conftest import Clock, Entry, Resource, page, rss, serving_feeds  # noqa: E402
from tests.slack.fake_slack import FakeSlack  # noqa: E402

CHANNEL = "CBENCH01"
WORD = re.compile(r"[a-z]{5,}")


def paragraphs() -> list[str]:
    """Every paragraph of the dev sets' news texts (quotes and summaries), long enough to be one."""
    found: list[str] = []
    for name in ("summaries_dev.jsonl", "quotes_dev.jsonl", "people_dev.jsonl", "dates_dev.jsonl"):
        for doc in read_jsonl(eval_dir() / name):
            found += [p.strip() for p in re.split(r"\n\s*\n|\n", doc["text"]) if len(p.split()) >= 20]
    return sorted(set(found))


def stories(
    count: int, pool: list[str], seed: int, *, per_story: int = 3
) -> list[tuple[str, tuple[str, ...]]]:
    """`count` stories of `per_story` paragraphs each, titled by their first words. While the pool lasts
    no paragraph is used twice, so no two stories share text (as unlike as two real ones)."""
    rng = random.Random(seed)
    shuffled = rng.sample(pool, len(pool))
    made = []
    for n in range(count):
        if (n + 1) * per_story <= len(shuffled):
            chosen = tuple(shuffled[n * per_story : (n + 1) * per_story])
        else:
            chosen = tuple(rng.sample(pool, per_story))  # past the pool: a new mix (the search library)
        made.append((f"{' '.join(chosen[0].split()[:8])} ({n})", chosen))
    return made


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def poll_round(feeds: int, items: int, story_count: int, pool: list[str]) -> None:
    made = stories(story_count, pool, seed=17, per_story=2)
    if story_count * 2 > len(pool):
        raise SystemExit(
            f"--stories {story_count} needs {story_count * 2} paragraphs; the dev sets have {len(pool)}"
        )
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    fake = FakeSlack().start()
    with serving_feeds() as site, tempfile.TemporaryDirectory() as tmp:
        for n, (title, paras) in enumerate(made):
            site.resources[f"/a/{n}"] = Resource(page(title, paras, published="2026-03-03"), "text/html")
            again = page(
                f"Also: {title}", paras, tagline="Reporting by our wire desk.", published="2026-03-03"
            )
            site.resources[f"/b/{n}"] = Resource(again, "text/html")
        library = Library(Path(tmp) / "desk.db", lambda: seed)
        clock = Clock(time.time())
        client = WebClient(token="xoxb-bench", base_url=fake.api_url)
        desk = Desk(library, SlackPoster(client), LOCAL_LIMITS, interval=600, clock=clock)
        urls = [site.feed(f"/feed/{f}.xml", rss([]), etag=f'"empty-{f}"') for f in range(feeds)]
        for url in urls:
            desk.follow(CHANNEL, url)
        for f in range(feeds):
            entries = []
            for k in range(items):
                n = (f * items // 10 + k) % story_count
                outlet = "a" if (f + k) % 2 else "b"
                link = site.url(f"/{outlet}/{n}") + f"?utm_source=feed{f}&utm_medium=rss"
                entries.append(Entry(made[n][0], link, f"feed{f}-item{k}"))
            site.feed(f"/feed/{f}.xml", rss(entries), etag=f'"full-{f}"')
        distinct = len({(f * items // 10 + k) % story_count for f in range(feeds) for k in range(items)})
        clock.advance(600)

        rss_before = peak_rss_mb()
        started = time.perf_counter()
        report = desk.poll_due()
        wall = time.perf_counter() - started
        rss_growth = peak_rss_mb() - rss_before
        posts = len(fake.to("chat.postMessage"))
        clock.advance(600)
        started = time.perf_counter()
        idle = desk.poll_due()
        idle_wall = time.perf_counter() - started

        started = time.perf_counter()
        for url in urls:
            fetch_feed(url, LOCAL_LIMITS)
        fetch_floor = time.perf_counter() - started
        pages = [FeedItem(site.url(f"/{o}/{n}"), "x") for n in range(story_count) for o in ("a", "b")]
        started = time.perf_counter()
        with ThreadPoolExecutor(4) as pool_:
            list(pool_.map(lambda item: load_item(item, LOCAL_LIMITS), pages))
        load_floor = time.perf_counter() - started
        library.close()
    fake.stop()

    floor = fetch_floor + load_floor
    print(
        f"## Poll round: {feeds} feeds x {items} items ({feeds * items} entries, {distinct} distinct stories)"
    )
    print("| measure | value |\n|---|---|")
    print(f"| round wall time | {wall:.1f} s ({report.feeds} feeds) |")
    verdict = "equal" if posts == distinct else "NOT EQUAL"
    print(f"| posts / distinct stories | {posts} / {distinct} ({verdict}) |")
    print(f"| peak RSS growth during the round | {rss_growth:.0f} MB (peak {peak_rss_mb():.0f} MB) |")
    print(f"| next round, nothing new ({feeds} conditional GETs, 304) |", end=" ")
    print(f"{idle_wall:.2f} s, {idle.posted} posts |")
    print(f"| floor, same run: {feeds} feed fetches + {len(pages)} page loads |", end=" ")
    print(f"{fetch_floor:.1f} s + {load_floor:.1f} s |")
    print(f"| round / floor | {wall / floor:.2f}x |")
    print()


def search_bench(size: int, queries: int, pool: list[str], location: Path | str, label: str) -> None:
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    library = Library(location, lambda: seed)
    made = stories(size, pool, seed=29)
    started = time.perf_counter()
    for title, paras in made:
        article = parse("\n\n".join((title, *paras)))
        library.add(article.model_copy(update={"title": title}), "bench", channel=CHANNEL)
    build = time.perf_counter() - started
    rng = random.Random(41)
    vocabulary = sorted({w for _, paras in made[:500] for p in paras for w in WORD.findall(p.lower())})
    asked = [" ".join(rng.sample(vocabulary, rng.choice((1, 2)))) for _ in range(queries)]
    index = Search(library.database)
    desk = Desk(library, SlackPoster(WebClient(token="x")), LOCAL_LIMITS)
    fts, like, full, hits = [], [], [], []
    for query in asked:  # interleaved, so load on the box hits both alike
        t0 = time.perf_counter()
        found = index.find(CHANNEL, query)
        t1 = time.perf_counter()
        index.scan(CHANNEL, query)
        t2 = time.perf_counter()
        desk.search(CHANNEL, query)
        t3 = time.perf_counter()
        fts.append((t1 - t0) * 1000)
        like.append((t2 - t1) * 1000)
        full.append((t3 - t2) * 1000)
        hits.append(len(found))
    library.close()
    print(f"## Search over {size} stories ({label}; built in {build:.0f} s), {queries} queries")
    print("| measure | p50 | p95 |\n|---|---|---|")
    print(f"| FTS query (ranked, top 10) | {percentile(fts, 0.5):.2f} ms | {percentile(fts, 0.95):.2f} ms |")
    print(
        f"| `search` answer (FTS + best sentences + marks) | {percentile(full, 0.5):.2f} ms"
        f" | {percentile(full, 0.95):.2f} ms |"
    )
    print(f"| plain LIKE scan, same run | {percentile(like, 0.5):.2f} ms | {percentile(like, 0.95):.2f} ms |")
    print(f"| LIKE / FTS (p50) | {percentile(like, 0.5) / percentile(fts, 0.5):.1f}x | |")
    with_hits = sum(1 for h in hits if h)
    print(f"(queries with a hit: {with_hits} of {queries}; median hits {statistics.median(hits)})")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--library", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--postgres", action="store_true", help="also search a throwaway PostgreSQL")
    parser.add_argument("--skip-poll", action="store_true")
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args()
    pool = paragraphs()
    if not args.skip_poll:
        poll_round(args.feeds, args.items, args.stories, pool)
    if not args.skip_search:
        with tempfile.TemporaryDirectory() as tmp:
            search_bench(args.library, args.queries, pool, Path(tmp) / "search.db", "SQLite FTS5")
        if args.postgres:
            from tests.postgres import find_tools, running_postgres

            with running_postgres(find_tools()) as server:
                search_bench(args.library, args.queries, pool, server.new_database(), "PostgreSQL tsvector")


if __name__ == "__main__":
    main()
