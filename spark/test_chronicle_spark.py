"""Integration test of spark/chronicle_spark.py in Spark local[2] mode.

Runs with pytest or as `python spark/test_chronicle_spark.py` (prints "N passed, N failed").
Needs pyspark (Java 17) and an extract binary ($CHRONICLE_EXTRACT, else the release build).
The evaluation corpora come from ../shared/eval ($CHRONICLE_SHARED/eval if set); without them the test that reads them skips,
except under CI=true, where their absence is a failure.

Every check compares the Spark job's records with those of a local `extract` run of the same
binary over the same input: id by id, byte for byte.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SCRIPT = os.path.join(HERE, "chronicle_spark.py")
# Spark's Python workers import this module's functions by name: they must find it.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in [HERE, os.environ.get("PYTHONPATH", "")] if p)
sys.path.insert(0, HERE)

import chronicle_spark  # noqa: E402

MASTER = "local[2]"


class Skip(Exception):
    """The test cannot run here (and that is allowed)."""


def extract_bin():
    path = os.environ.get("CHRONICLE_EXTRACT") or chronicle_spark.DEFAULT_EXTRACT
    assert os.path.isfile(path), f"no extract binary at {path}: cargo build --release --examples"
    return path


def eval_dir():
    shared = os.environ.get("CHRONICLE_SHARED") or os.path.join(REPO, "..", "shared")
    d = os.path.join(shared, "eval")
    if os.path.isdir(d):
        return d
    if os.environ.get("CI") == "true":
        raise AssertionError("../shared/eval is missing but CI=true: it is required in CI")
    raise Skip("../shared/eval is absent")


def local_run(args, want_code=None):
    """Records of a local extract run."""
    out = subprocess.run([extract_bin()] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if want_code is not None:
        assert out.returncode == want_code, (out.returncode, out.stderr)
    return out.stdout


def part_files(out_dir):
    """The job's output: its part files, in name order, concatenated."""
    names = sorted(n for n in os.listdir(out_dir) if n.startswith("part-"))
    assert names, f"no part files in {out_dir}"
    data = b"".join(open(os.path.join(out_dir, n), "rb").read() for n in names)
    return data, names


def by_id(data):
    """{id: record line} from JSON Lines records, checking that ids are unique."""
    lines = data.split(b"\n")
    assert lines[-1] == b"", "records end with a newline"
    out = {}
    for line in lines[:-1]:
        rid = json.loads(line)["id"]
        key = json.dumps(rid)
        assert key not in out, f"id {key} twice"
        out[key] = line
    return out


def run_job(args):
    """Runs the job in this process (one JVM for every test)."""
    chronicle_spark.main(["--master", MASTER, "--extract", extract_bin()] + args)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# Lines written for this test: good ones (with and without id), and every kind of bad line.
# Raw "\r" and U+2028 must stay inside their line; Spark's text reader must not cut there.
MALFORMED = b"".join([
    b'{"id": "m-1", "text": "Troops left Kidal on Monday, officials said."}\n',
    '{"text": "Police arrested 300 people in Paris.\\r\\nThe mayor said\u2028more would follow."}\n'
    .encode(),
    b'{"id": "m-3", "text": 5}\n',
    b"\n",
    b"{oops, not JSON\n",
    b'{"id": "m-6",\r"text": "A raw carriage return between keys is JSON whitespace."}\n',
    b'{"id": "m-7", "text": "Gen. Ann Smith met officials in Bamako on May 3.", '
    b'"document_date": "2026-05-22"}\n',
    b'{"text": "A line ending in CRLF, about Berlin."}\r\n',
    b'{"id": "m-9", "text": "an invalid byte \xff here"}\n',
    b'{"id": "m-10", "text": "The minister resigned on Friday.", "document_date": "May 2026"}\n',
    b'{"text": "The last line, about Rome, has no newline."}',
])


def test_eval_corpora_match_local_run():
    """The command line over ../shared/eval: the records of a local run, id by id."""
    src = eval_dir()
    local = local_run(["--input", "jsonl", "--threads", "2", src], want_code=0)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        env = dict(os.environ, CHRONICLE_EXTRACT=extract_bin())
        run = subprocess.run(
            [sys.executable, SCRIPT, "--master", MASTER, "--input", src, "--output", out,
             "--partitions", "4"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert run.returncode == 0, run.stderr.decode(errors="replace")[-3000:]
        spark, parts = part_files(out)
    assert len(parts) >= 4, parts
    want, got = by_id(local), by_id(spark)
    assert len(want) >= 300, len(want)
    assert sorted(got) == sorted(want), "the same ids"
    for key in sorted(want):
        assert got[key] == want[key], f"record {key} differs"
    # Part files read in name order are the input order.
    assert spark == local


def test_malformed_lines_become_error_records():
    """Bad lines give error records in their place; slices of a file number lines as the file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        write(path, MALFORMED)
        local = local_run(["--input", "jsonl", path], want_code=1)
        out = os.path.join(tmp, "out")
        run_job(["--input", path, "--output", out, "--partitions", "3"])
        spark, parts = part_files(out)
    assert len(parts) == 3, parts
    assert spark == local
    records = [json.loads(line) for line in spark.splitlines()]
    assert len(records) == 11, "one record per line"
    errors = {i + 1: r for i, r in enumerate(records) if "error" in r}
    assert sorted(errors) == [3, 4, 5, 9, 10], errors
    assert errors[3]["id"] == "m-3" and "must be a string" in errors[3]["error"]
    assert errors[4] == {"error": "empty line", "id": 4}
    assert errors[5]["id"] == 5 and errors[5]["error"].startswith(f"{path}:5: not valid JSON")
    assert errors[9]["id"] == 9 and "invalid UTF-8" in errors[9]["error"]
    assert errors[10]["id"] == "m-10" and "document_date" in errors[10]["error"]
    # Lines without an id are named by their line number in the file.
    assert [r["id"] for r in records if "error" not in r] == [
        "m-1", "2", "m-6", "m-7", "8", "11"]
    assert records[6]["document_date"] == "2026-05-22"
    # The U+2028 line kept its two sentences in one document.
    assert len(records[1]["sentences"]) >= 2


def test_document_date_passes_through():
    """--document-date anchors documents without their own date, as extract's flag does."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        write(path, MALFORMED)
        local = local_run(["--input", "jsonl", "--document-date", "2025-01-31", path])
        out = os.path.join(tmp, "out")
        run_job(["--input", path, "--output", out, "--document-date", "2025-01-31"])
        spark, _ = part_files(out)
    assert spark == local
    dates = [json.loads(line).get("document_date") for line in spark.splitlines()]
    assert dates[0] == "2025-01-31" and dates[6] == "2026-05-22", dates


def test_text_files_one_document_each():
    """Plain-text files: one record each, id = the path, as `extract --format jsonl DIR`."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "texts")
        os.makedirs(os.path.join(src, "b", "c"))
        write(os.path.join(src, "a.txt"),
              b"Posted on May 22, 2026\n\nRussian troops withdrew from Kidal last month.")
        write(os.path.join(src, "b", "c", "z.txt"),
              b"Protesters marched through Paris.\r\nPolice said 300 people were arrested.")
        write(os.path.join(src, "b", "y.txt"), "Officials met in Bamako.\u2028Talks went on."
              .encode())
        write(os.path.join(src, "b", "bad.txt"), b"Troops \xff left")
        write(os.path.join(src, "empty.txt"), b"")
        write(os.path.join(src, ".hidden"), b"Paris.")
        local = local_run(["--format", "jsonl", src], want_code=1)
        out = os.path.join(tmp, "out")
        run_job(["--input", src, "--input-format", "text", "--output", out, "--partitions", "2"])
        spark, _ = part_files(out)
    assert spark == local
    ids = [json.loads(line)["id"][len(src):] for line in spark.splitlines()]
    assert ids == ["/a.txt", "/b/bad.txt", "/b/c/z.txt", "/b/y.txt", "/empty.txt"], ids
    assert b"invalid UTF-8 at byte 7" in spark


def test_parquet_has_record_columns():
    """Parquet: the record's fields as columns, entities and events nested."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        write(path, MALFORMED)
        local = [json.loads(line) for line in local_run(["--input", "jsonl", path]).splitlines()]
        out = os.path.join(tmp, "out")
        run_job(["--input", path, "--output", out, "--format", "parquet", "--partitions", "2"])
        from pyspark.sql import SparkSession
        spark = SparkSession.builder.master(MASTER).getOrCreate()
        try:
            df = spark.read.parquet(out)
            assert df.columns[:7] == chronicle_spark.RECORD_COLUMNS, df.columns
            fields = {f.name: f.dataType for f in df.schema.fields}
            assert fields["entities"].typeName() == "array"
            assert "label" in fields["entities"].elementType.names
            assert "trigger" in fields["events"].elementType.names
            rows = {r["id"]: r for r in df.collect()}
        finally:
            spark.stop()
    assert len(rows) == len(local)
    for rec in local:
        row = rows[str(rec["id"])]
        assert row["error"] == rec.get("error")
        got = [(e["text"], e["label"], e["start"]) for e in row["entities"] or []]
        want = [(e["text"], e["label"], e["start"]) for e in rec.get("entities", [])]
        assert got == want, (rec["id"], got, want)
        assert len(row["events"] or []) == len(rec.get("events", []))


def main():
    tests = [(n, f) for n, f in sorted(globals().items()) if n.startswith("test_")]
    passed = failed = skipped = 0
    for name, fn in tests:
        try:
            fn()
        except Skip as e:
            skipped += 1
            print(f"SKIP {name}: {e}")
            continue
        except Exception as e:  # noqa: BLE001 - report every failure, then exit non-zero
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
            continue
        passed += 1
        print(f"ok   {name}")
    print(f"spark: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
