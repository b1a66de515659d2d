"""The dev / held-out split of the real stories: whole sites shuffled with a fixed seed, then dealt out so
that (big sites first) each half gets a like share of pages, wire copy and pasted text, and of each genre.

    python3 bench/stories/split.py MANIFEST.json   # print the split of a list of {"id","form","genre","site"}
    python3 bench/stories/split.py --check         # the gold files hold exactly the split this rule gives

All stories of one site (one publisher, or one wire collection) fall in the same half, so a template or a
house style seen on dev never reappears on held-out; sites the issues already quote are dev.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import SPLITS, read_gold  # noqa: E402

SEED = 39  # of seeds 1-100, the one giving the most even halves (chosen before any bot run)
# Sites whose pages the issues already quote (issues 13, 15 and 16 were written from stories of these sites,
# so the engineers have seen their templates and text): they can only be dev, never held-out.
SEEN_SITES = frozenset(
    {"al.com", "cricket.com.au", "livescience.com", "mlive.com", "nj.com", "oregonlive.com"}
)
FORM_WEIGHT, GENRE_WEIGHT = 2.0, 1.0


def split(stories: list[dict[str, Any]]) -> dict[str, str]:
    """story id -> "dev" | "heldout"."""
    sites: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for story in stories:
        sites[story["site"]].append(story)
    order = sorted(sites)
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda site: (site not in SEEN_SITES, -len(sites[site])))  # seen, then big sites first
    counts = {name: Counter[str]() for name in SPLITS}

    def imbalance() -> float:
        dev, held = counts["dev"], counts["heldout"]
        keys = set(dev) | set(held)
        weight = {"form": FORM_WEIGHT, "genre": GENRE_WEIGHT, "all": 1.0}
        return sum(weight[key.split(":")[0]] * abs(dev[key] - held[key]) for key in keys)

    assigned: dict[str, str] = {}
    for site in order:
        keys = Counter[str]()
        for story in sites[site]:
            keys.update(("all", f"form:{story['form']}", f"genre:{story['genre']}"))
        scores = []
        for name in SPLITS:
            counts[name].update(keys)
            scores.append((imbalance(), counts[name]["all"], name))
            counts[name].subtract(keys)
        best = "dev" if site in SEEN_SITES else min(scores)[2]
        counts[best].update(keys)
        assigned.update((story["id"], best) for story in sites[site])
    return assigned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifest", nargs="?", type=Path, help="JSON list of stories to split")
    parser.add_argument("--check", action="store_true", help="verify the gold files against the rule")
    args = parser.parse_args()
    if args.check:
        actual = {story["id"]: name for name in SPLITS for story in read_gold(name)}
        stories = [story for name in SPLITS for story in read_gold(name)]
        wrong = {sid for sid, name in split(stories).items() if actual[sid] != name}
        print(f"{len(wrong)} stories not where the rule puts them: {sorted(wrong)}" if wrong else "split ok")
        return 1 if wrong else 0
    stories = json.loads(args.manifest.read_text(encoding="utf-8"))
    assigned = split(stories)
    for name in SPLITS:
        chosen = [s for s in stories if assigned[s["id"]] == name]
        forms = Counter(s["form"] for s in chosen)
        genres = Counter(s["genre"] for s in chosen)
        print(f"{name}: {len(chosen)} stories, {dict(sorted(forms.items()))}, {dict(sorted(genres.items()))}")
        for story in chosen:
            print(f"  {story['site']:28} {story['id']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
