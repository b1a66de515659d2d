"""Check story texts against everything they must not repeat: the shared ingestion eval's sources, the shared
dev sets, PolNeAR, and the stories of the other gold files. By canonical URL, by title and by 8-word runs.

    python3 bench/stories/exclusions.py [--mirror /work/.mirror] [--split test|validation|fresh|fresh2]
                                        [FILE ...]

Reads the excluded repositories from bare git mirrors (`<mirror>/<owner>+<name>/repo`, as rebuild.py does):
scrapinghub/article-extraction-benchmark, mozilla/readability (test pages), adbar/trafilatura (tests/eval and
tests/cache), networkdynamics/PolNeAR (texts); and the texts of ../shared/eval (ingestion, quotes, dates,
people, summaries dev sets). A story fails when its canonical URL or its title is one of theirs, or when its
story (a page's main text) shares an 8-word run with them that is not boilerplate (a run found in three or
more of those documents, such as "did not respond to a request for comment", is boilerplate). Stories of the
named split are also checked against the stories of the other splits. Without FILE arguments the split's own
texts are checked.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import ALL_SPLITS, decode_page, eval_dir, fold, read_gold, stories_dir, visible_text  # noqa: E402

EXCLUDED = {  # repository -> path pattern of its documents
    "scrapinghub/article-extraction-benchmark": r"^html/.*\.html(\.gz)?$",
    "mozilla/readability": r"^test/test-pages/.*/source\.html$",
    "adbar/trafilatura": r"^tests/(eval|cache)/.*\.html?(\.gz)?$",
    "networkdynamics/PolNeAR": r"^data/[^/]+/text/",
}
RUN = 8
BOILERPLATE = 3  # a run found in this many documents is a stock phrase, not a shared story
_WORD = re.compile(r"[^\W_]+")
_CANONICAL = re.compile(
    r"""<(?:link[^>]+rel=["']canonical["'][^>]*href|meta[^>]+property=["']og:url["'][^>]*content)=["']([^"']+)""",
    re.I,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(fold(text))
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def url_key(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.split("?")[0].split("#")[0].rstrip("/")


def title_key(title: str) -> str:
    return " ".join(_WORD.findall(fold(title)))


def story_text(data: bytes, kind: str) -> str:
    """A candidate's story: a page's main text as trafilatura reads it (so that a publisher's menus and
    footers, which its other pages share, are not taken for a shared story), else the whole text."""
    if kind != "html":
        return data.decode("utf-8", "replace")
    import trafilatura  # a project dependency; imported here so the mirror pass needs nothing else

    return trafilatura.extract(decode_page(data), favor_recall=True) or visible_text(data, "html")


def page_facts(data: bytes, kind: str) -> tuple[set[str], str, str]:
    """(canonical URLs, title, visible text) of one document."""
    if kind != "html":
        text = data.decode("utf-8", "replace")
        return set(), text.strip().splitlines()[0] if text.strip() else "", text
    page = decode_page(data)
    urls = {url_key(u) for u in _CANONICAL.findall(page)}
    found = _TITLE.search(page)
    title = re.sub(r"\s+", " ", found.group(1)).strip() if found else ""
    return urls, title, visible_text(data, "html")


def mirror_documents(mirror: Path) -> Iterator[tuple[str, bytes, str]]:
    for repo, pattern in EXCLUDED.items():
        git_dir = mirror / repo.replace("/", "+") / "repo"
        if not git_dir.is_dir():
            raise SystemExit(f"{git_dir} is missing: bring github:{repo} onto this machine first")
        git = ["git", f"--git-dir={git_dir}"]
        names = subprocess.run(
            [*git, "ls-tree", "-r", "--name-only", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        for name in names:
            if re.search(pattern, name):
                data = subprocess.run([*git, "show", f"HEAD:{name}"], capture_output=True, check=True).stdout
                if name.endswith(".gz"):
                    data = gzip.decompress(data)
                yield f"{repo}:{name}", data, "html" if ".htm" in name else "text"


def shared_documents() -> Iterator[tuple[str, bytes, str]]:
    for path in sorted(eval_dir().glob("*_dev.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                record = json.loads(line)
                for key in ("html", "text"):
                    if isinstance(record.get(key), str):
                        kind = "html" if key == "html" else "text"
                        yield f"{path.name}:{number}:{key}", record[key].encode(), kind
                if isinstance(record.get("url"), str):
                    yield f"{path.name}:{number}:url", record["url"].encode(), "url"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--split", choices=ALL_SPLITS, default="test")
    parser.add_argument("files", nargs="*", type=Path, help="candidate texts (default: the split's own)")
    args = parser.parse_args()
    candidates = [(p.name, p.read_bytes(), "html" if ".htm" in p.name else "text") for p in args.files] or [
        (s["id"], (stories_dir() / s["file"]).read_bytes(), s["kind"]) for s in read_gold(args.split)
    ]
    urls: dict[str, str] = {}
    titles: dict[str, str] = {}
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    others = [
        (f"{name}:{s['id']}", (stories_dir() / s["file"]).read_bytes(), s["kind"])
        for name in ALL_SPLITS
        if name != args.split
        for s in read_gold(name)
    ]
    count = 0
    for source, data, kind in [*mirror_documents(args.mirror), *shared_documents(), *others]:
        count += 1
        if kind == "url":
            urls[url_key(data.decode())] = source
            continue
        found_urls, title, text = page_facts(data, kind)
        urls.update(dict.fromkeys(found_urls, source))
        if title:
            titles[title_key(title)] = source
        for run in runs(text):
            owners[run].add(source)
    print(f"{count} excluded documents read")
    bad = 0
    for name, data, kind in candidates:
        found_urls, title, _ = page_facts(data, kind)
        text = story_text(data, kind)
        problems = [f"url {u} in {urls[u]}" for u in found_urls if u in urls]
        if title and title_key(title) in titles:
            problems.append(f"title in {titles[title_key(title)]}")
        shared = [run for run in runs(text) if 0 < len(owners.get(run, ())) < BOILERPLATE]
        if shared:
            where = sorted({source for run in shared for source in owners[run]})
            problems.append(f"{len(shared)} 8-word runs shared with {where}: {' '.join(shared[0])!r}")
        bad += bool(problems)
        print(f"{'BAD' if problems else 'ok '} {name}" + "".join(f"\n    {p}" for p in problems))
    print(f"{bad} of {len(candidates)} stories overlap an excluded source" if bad else "no overlap found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
