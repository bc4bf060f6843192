#!/usr/bin/env bash
# The Spark integration test: installs pyspark (pinned) into a venv under target/, checks Java,
# runs spark/test_chronicle_spark.py against the release `extract`. Run from the repo root after
# `cargo build --release --examples`. Any missing piece fails (no silent skip).
set -euo pipefail
cd "$(dirname "$0")/.."
PYSPARK_VERSION=3.5.3
VENV=target/spark-venv
if ! command -v java >/dev/null 2>&1; then
    echo "spark: no java on PATH; install a JDK 17 (Debian: apt-get install openjdk-17-jre-headless)" >&2
    exit 1
fi
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
fi
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    if ! "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"; then
        echo "spark: could not install pyspark==$PYSPARK_VERSION from PyPI" >&2
        exit 1
    fi
fi
export CHRONICLE_EXTRACT="$PWD/target/release/examples/extract"
export PYSPARK_PYTHON="$PWD/$VENV/bin/python"
"$VENV/bin/python" spark/test_chronicle_spark.py
