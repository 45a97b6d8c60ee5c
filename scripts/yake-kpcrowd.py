#!/usr/bin/env python3
"""YAKE (PyPI yake 0.7.3, n <= 3, top 10) on every article of a kpcrowd-style folder.

Prints one tab-separated line per article: NAME, then the 10 phrases, best first.
`scripts/eval-keyphrases` feeds this to `examples/eval_keyphrases.rs`, which scores
YAKE and Lede under exactly the same protocol (lower-case, stem, exact match).
"""
import os
import sys

import yake

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/kpcrowd"
extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
docs = os.path.join(folder, "docs")
for file in sorted(os.listdir(docs)):
    if not file.endswith(".txt"):
        continue
    with open(os.path.join(docs, file), encoding="utf-8", errors="replace") as f:
        text = f.read()
    phrases = [p.replace("\t", " ").replace("\n", " ") for p, _ in extractor.extract_keywords(text)][:10]
    print("\t".join([file[: -len(".txt")]] + phrases))
