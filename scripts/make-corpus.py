#!/usr/bin/env python3
"""Builds a benchmark corpus of real news text for chronicle's throughput measurements.

The documents are the texts of ../shared/eval/*.jsonl (MEANTIME and GMB development sets) and the
seed article ../shared/corpus/*.txt, repeated in order until the wanted size is reached. Output:

  DIR/corpus-SIZE.jsonl   one {"id": ..., "text": ...} per line (extract --input jsonl)
  DIR/corpus-SIZE.txt     the same texts joined by blank lines (one big document, for benches)

Usage: scripts/make-corpus.py [--shared ../shared] [--out target/corpus] [--text] SIZE...
SIZE is bytes of document text with an optional k/M/G suffix (10^3, 10^6, 10^9): 10M 100M 1G.
The files are written outside git (target/ by default); nothing here is ever committed.
"""

import argparse
import json
import os
import pathlib
import sys


def parse_size(s: str) -> int:
    mult = {"k": 10**3, "K": 10**3, "M": 10**6, "G": 10**9}
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


def load_texts(shared: pathlib.Path) -> list[str]:
    texts = []
    for path in sorted((shared / "corpus").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted((shared / "eval").glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    texts.append(json.loads(line)["text"])
    return texts


def main() -> int:
    here = pathlib.Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(here.parent / "shared"))
    ap.add_argument("--out", default=str(here / "target" / "corpus"))
    ap.add_argument("--text", action="store_true", help="also write one plain-text file")
    ap.add_argument("sizes", nargs="+")
    args = ap.parse_args()
    texts = load_texts(pathlib.Path(args.shared))
    if not texts:
        print(f"no texts under {args.shared}", file=sys.stderr)
        return 1
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for size_arg in args.sizes:
        size = parse_size(size_arg)
        path = out / f"corpus-{size_arg}.jsonl"
        tpath = out / f"corpus-{size_arg}.txt"
        written = 0
        n = 0
        tf = tpath.open("w", encoding="utf-8") if args.text else None
        with path.open("w", encoding="utf-8") as f:
            while written < size:
                t = texts[n % len(texts)]
                f.write(json.dumps({"id": f"doc-{n}", "text": t}, ensure_ascii=False))
                f.write("\n")
                if tf:
                    tf.write(t)
                    tf.write("\n\n")
                written += len(t.encode("utf-8"))
                n += 1
        if tf:
            tf.close()
        print(f"{path}: {n} documents, {written} bytes of text, {os.path.getsize(path)} bytes on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
