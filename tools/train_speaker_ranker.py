"""Fit the quote-speaker ranker's weights on PolNeAR train and write them into the package.

    python tools/train_speaker_ranker.py [--data ../shared/data/polnear] [--holdout]

Each train article is run through `extract_quotes` with the ordered rules choosing, and every
candidate of every found gold quote is labelled against its speaker (`speaker_ranker.instances`,
`speaker_ranker.matching`). A conditional logit is fitted (`speaker_ranker.fitting`) and the
margins chosen by cross-validation over five article folds (`speaker_ranker.validation`); the
weights are then refitted on all of train (or, with `--holdout`, without the fixed validation
fifth, for an honest end-to-end check of those articles). Same data, same bytes: inputs are
sorted and nothing is random.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.analyse.quotes.ranker import WEIGHTS  # noqa: E402
from tools.speaker_ranker.fitting import L2  # noqa: E402
from tools.speaker_ranker.instances import (  # noqa: E402
    DATA,
    Instance,
    collect,
    held_out,
    instances_of,
    own_gold,
)
from tools.speaker_ranker.matching import names_agree  # noqa: E402
from tools.speaker_ranker.validation import (  # noqa: E402
    OWN_MARGIN_KIND,
    OWN_WEIGHT,
    choose_margins,
    reach,
)

# What the tests and other scripts read off this command's module.
__all__ = ["Instance", "instances_of", "main", "names_agree", "reach"]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--holdout", action="store_true", help="fit on the fit part only")
    args = parser.parse_args()
    if not (args.data / "train.jsonl").exists():
        sys.exit(f"no PolNeAR train split in {args.data}")
    instances, own = collect(args.data, "train"), own_gold()
    fitting = [i for i in instances if not held_out(i.article)]
    (pronoun, other), final = choose_margins(fitting if args.holdout else instances, own)
    blob = {
        "l2": L2,
        "margin": other,
        "margins": {OWN_MARGIN_KIND: pronoun},
        "own gold weight": OWN_WEIGHT,
        "weights": final,
    }
    args.out.write_text(json.dumps(blob, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {len(final)} weights (margin {other}, {OWN_MARGIN_KIND} margin {pronoun}) "
        f"to {args.out}"
    )


if __name__ == "__main__":
    main()
