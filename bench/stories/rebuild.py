"""Rebuild the real-stories texts folder from the origins listed in the gold files (dev, held-out, the
final test set, the validation set and the two fresh sets), and check every sha256.

    python3 bench/stories/rebuild.py [--mirror /work/.mirror] [--out DIR] [--check]

The texts stay outside the repository (their publishers' copyright; the fixtures' licences cover the code
that ships them, not the articles), in $NEWSDESK_STORIES_DIR or <repo>/../shared/stories. Each gold record's
`origin` names a public repository, a commit and a path. The repository must first be brought onto this
machine as a bare git directory, `<mirror>/<owner>+<name>/repo` (what the workplace's `fetch` makes, or
`git clone --bare`). Most files are copied byte for byte; `origin.extract` names the only other cases:

- `gunzip`: the fixture is stored gzipped (flairNLP/fundus); the story file is its decompressed bytes.
- `reuters21578:NEWID`: one story of a Reuters-21578 SGML file: the TITLE line, then the DATELINE and
  BODY as they run on, SGML entities decoded and the control characters (&#2;, &#3;) dropped.
  Held-out and validation wire copy both come this way, other NEWIDs of the same file.
- `news-please`: a news-please JSON record (fhamborg/Giveme5W1H): its `title`, a blank line, its `text`.

--check only verifies the sha256 of the files already in the folder.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import ALL_SPLITS, read_gold, stories_dir  # noqa: E402

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def reuters21578_story(sgml: bytes, newid: str) -> bytes:
    """TITLE, newline, DATELINE + BODY of the story with this NEWID, as plain wire copy."""
    text = sgml.decode("latin-1")
    match = re.search(rf'<REUTERS[^>]*NEWID="{re.escape(newid)}">(.*?)</REUTERS>', text, re.S)
    if not match:
        raise ValueError(f"no Reuters-21578 story with NEWID {newid}")

    def part(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", match.group(1), re.S)
        return found.group(1) if found else ""

    story = f"{part('TITLE')}\n{part('DATELINE')}{part('BODY')}"
    return _CONTROL.sub("", html.unescape(story)).encode("utf-8")


def news_please_story(record: bytes) -> bytes:
    data = json.loads(record)
    return f"{data['title']}\n\n{data['text']}".encode()


def extract(raw: bytes, how: str | None) -> bytes:
    if not how:
        return raw
    if how == "gunzip":
        return gzip.decompress(raw)
    if how.startswith("reuters21578:"):
        return reuters21578_story(raw, how.split(":", 1)[1])
    if how == "news-please":
        return news_please_story(raw)
    raise ValueError(f"unknown extract rule {how!r}")


def git_blob(mirror: Path, origin: dict[str, Any]) -> bytes:
    git_dir = mirror / origin["repo"].replace("/", "+") / "repo"
    if not git_dir.is_dir():
        raise FileNotFoundError(
            f"{git_dir} is missing: bring github:{origin['repo']} onto this machine first"
        )
    spec = f"{origin['commit']}:{origin['path']}"
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", spec], capture_output=True, check=True
    ).stdout


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mirror", type=Path, default=Path("/work/.mirror"), help="folder of bare git mirrors"
    )
    parser.add_argument("--out", type=Path, default=None, help="texts folder (default: the stories folder)")
    parser.add_argument("--check", action="store_true", help="only verify the files already there")
    args = parser.parse_args()
    out = args.out or stories_dir()
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for split in ALL_SPLITS:
        for story in read_gold(split):
            target = out / story["file"]
            if args.check:
                data = target.read_bytes() if target.is_file() else b""
            else:
                data = extract(git_blob(args.mirror, story["origin"]), story["origin"].get("extract"))
                target.write_bytes(data)
            ok = sha256(data) == story["sha256"]
            bad += not ok
            print(f"{'ok ' if ok else 'BAD'} {split:8} {story['file']}")
    print(f"{bad} file(s) missing or different" if bad else f"all files match their sha256 in {out}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
