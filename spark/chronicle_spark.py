#!/usr/bin/env python3
"""Run chronicle's `extract` over a corpus on Apache Spark.

    python spark/chronicle_spark.py --master local[2] --input PATH --output DIR
        [--format jsonl|parquet] [--input-format jsonl|text] [--partitions N] [--threads N]
        [--extract PATH] [--document-date YYYY-MM-DD]

The input is JSON Lines (`{"id": ..., "text": ..., "document_date": ...}` per line; a directory
stands for its *.jsonl / *.ndjson files, compressed ones included) or plain-text files, one
document each (`--input-format text`; a directory stands for every file below it). PATH is anything
Spark reads: a local path, hdfs://, s3a://, a glob; `--input` may be repeated.

Each partition is piped through `extract --input jsonl --format jsonl` (corpus mode, `--threads`
workers). The binary is found from --extract, else $CHRONICLE_EXTRACT, else the repository's
target/release/examples/extract, and is shipped to the executors with SparkContext.addFile (or
pass it yourself with `spark-submit --files`).

Output: Spark's directory of part files, one record per line (`--format jsonl`), in input order
when the part files are read in name order; or Parquet with the record fields as columns and
sentences, entities and events as nested arrays. The JSON Lines records are byte for byte those of
a local `extract --input jsonl` run over the same files (`extract --format jsonl DIR` for text),
whatever the partitioning: a partition that starts inside a file tells `extract` the file's name
and the number of its first line (`--name`, `--first-line`), so records of lines without an id and
error records name the same line as a local run would. A line that cannot be used gives an error
record `{"error": ..., "id": ...}`, never a lost document.

A partition fails (and Spark retries it) when `extract` exits with a code other than 0 (all
documents done) or 1 (some documents are error records), or writes a different number of records
than it was given lines.
"""

import argparse
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_EXTRACT = os.path.join(REPO, "target", "release", "examples", "extract")

JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED_SUFFIXES = ("", ".gz", ".bz2", ".zst", ".lz4", ".snappy", ".deflate")

# Top-level columns of the Parquet output, in the record's order (SCHEMA.md); others follow.
RECORD_COLUMNS = ["id", "error", "document_date", "document_date_source", "sentences",
                  "entities", "events"]


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run chronicle's extract over a corpus on Apache Spark.")
    p.add_argument("--master", help="Spark master (local[2], yarn, k8s://...); "
                   "default: what spark-submit or the Spark configuration says")
    p.add_argument("--input", action="append", required=True, metavar="PATH",
                   help="input file, directory or glob; repeatable")
    p.add_argument("--output", required=True, metavar="DIR",
                   help="output directory (must not exist)")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl",
                   help="output format (default jsonl)")
    p.add_argument("--input-format", choices=["jsonl", "text"], default="jsonl",
                   help="JSON Lines, or plain-text files with one document each (default jsonl)")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="about N partitions (JSON Lines files are split into pieces of about "
                   "total/N bytes); default: Spark's split size")
    p.add_argument("--threads", type=int, default=1, metavar="N",
                   help="extract threads per partition (default 1; match spark.task.cpus)")
    p.add_argument("--extract", metavar="PATH",
                   help="the extract binary (default $CHRONICLE_EXTRACT, else "
                   "target/release/examples/extract)")
    p.add_argument("--document-date", metavar="YYYY-MM-DD",
                   help="anchor for relative dates of documents without their own")
    p.add_argument("--lossy", action="store_true",
                   help="replace invalid UTF-8 with U+FFFD instead of an error record")
    a = p.parse_args(argv)
    if a.partitions is not None and a.partitions < 1:
        p.error("--partitions must be at least 1")
    if a.threads < 1:
        p.error("--threads must be at least 1")
    if a.document_date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.document_date):
        p.error("--document-date must be YYYY-MM-DD")
    return a


def find_extract(arg):
    """The extract binary on the driver: --extract, else $CHRONICLE_EXTRACT, else the build."""
    path = arg or os.environ.get("CHRONICLE_EXTRACT") or DEFAULT_EXTRACT
    if not os.path.isfile(path):
        sys.exit(f"chronicle_spark: no extract binary at {path}: build it with "
                 "`cargo build --release --examples`, or pass --extract / $CHRONICLE_EXTRACT")
    return os.path.abspath(path)


def extract_command(args, binary):
    cmd = [binary, "--input", "jsonl", "--format", "jsonl", "--threads", str(args.threads)]
    if args.document_date:
        cmd += ["--document-date", args.document_date]
    if args.lossy:
        cmd.append("--lossy")
    return cmd


# ---------------------------------------------------------------------------------------------
# Listing inputs (driver): the files in extract's order, each with the name extract would give it.

def list_inputs(spark, inputs, input_format):
    """[(qualified path, display name, size)] in the order `extract` reads them.

    A directory is walked like `extract` does: entries sorted by name, depth first, names that
    start with "." skipped; for JSON Lines only *.jsonl / *.ndjson files (optionally compressed).
    Names that start with "_" are skipped too, with a warning: Spark's readers hide them
    (`_SUCCESS`, `_temporary`), where a local extract run would read them.
    The display name is the path as given, joined with the path below it, as `extract` names the
    files of a directory argument.
    """
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    out = []
    for given in inputs:
        hpath = jvm.org.apache.hadoop.fs.Path(given)
        fs = hpath.getFileSystem(conf)
        statuses = fs.globStatus(hpath)
        if not statuses:
            sys.exit(f"chronicle_spark: {given}: no such file or directory")
        is_glob = len(statuses) != 1 or str(statuses[0].getPath().getName()) != str(
            hpath.getName())
        for st in sorted(statuses, key=lambda s: str(s.getPath())):
            root = str(st.getPath())
            if hidden_from_spark(str(st.getPath().getName()), not st.isDirectory()):
                continue
            if is_glob:
                name = str(st.getPath().toUri().getPath()) if "://" not in given and not \
                    given.startswith("file:") else root
            else:
                name = given
            if st.isDirectory():
                walk(fs, st.getPath(), root, name, input_format, out)
            else:
                out.append((root, name, int(st.getLen())))
    return out


def hidden_from_spark(base, is_file, full=None):
    """Spark's file readers skip names that start with "_" (and "."): say so instead."""
    if base.startswith("_") and "=" not in base:
        print(f"chronicle_spark: skipping {full or base}: Spark does not read names that start "
              "with \"_\"", file=sys.stderr)
        return True
    return False


def walk(fs, dir_path, root, name, input_format, out):
    children = sorted(fs.listStatus(dir_path), key=lambda s: str(s.getPath().getName()))
    for st in children:
        base = str(st.getPath().getName())
        if base.startswith(".") or hidden_from_spark(base, not st.isDirectory(), str(st.getPath())):
            continue
        if st.isDirectory():
            walk(fs, st.getPath(), root, name, input_format, out)
            continue
        if input_format == "jsonl" and not any(
                base.endswith(s + c) for s in JSONL_SUFFIXES for c in COMPRESSED_SUFFIXES):
            continue
        full = str(st.getPath())
        rel = full[len(root):].lstrip("/")
        out.append((full, name + rel if name.endswith("/") else name + "/" + rel,
                    int(st.getLen())))


# ---------------------------------------------------------------------------------------------
# Executors: one extract process per partition.

def binary_on_executor(name):
    """The shipped binary: SparkFiles (addFile, --files), else the working directory (YARN's
    --files)."""
    from pyspark import SparkFiles
    path = SparkFiles.get(name)
    if not os.path.isfile(path) and os.path.isfile(name):
        path = os.path.abspath(name)
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)
        except OSError:
            pass
    return path


def run_extract(cmd, lines, what):
    """Starts `cmd` fed with byte lines (no newline); returns an iterator over its output lines
    (no newline).

    The iterator raises at its end when extract exited with a code other than 0 or 1, or did not
    write one record per line.
    """
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                            bufsize=1 << 20)
    sent = [0]
    failure = []

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line)
                proc.stdin.write(b"\n")
                sent[0] += 1
        except BaseException as e:  # a dead process (EPIPE), or an input read error
            failure.append(e)
        finally:
            if hasattr(lines, "close"):
                lines.close()  # a generator's own cleanup runs now
            try:
                proc.stdin.close()
            except OSError:
                pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()

    def outputs():
        got = 0
        for out in proc.stdout:
            got += 1
            yield out[:-1] if out.endswith(b"\n") else out
        proc.stdout.close()
        code = proc.wait()
        feeder.join()
        err.seek(0)
        stderr = err.read()[-4000:].decode("utf-8", "replace")
        err.close()
        if failure and not isinstance(failure[0], BrokenPipeError):
            raise failure[0]
        if code not in (0, 1) or got != sent[0] or failure:
            raise RuntimeError(
                f"extract failed on {what}: exit code {code}, {sent[0]} lines in, {got} "
                f"records out; command {' '.join(cmd)}; stderr: {stderr}")

    return outputs()


def jsonl_partition(cmd, binary_name, firsts):
    """mapPartitionsWithIndex function: a slice of one JSON Lines file -> records."""
    def run(index, rows):
        name, first = firsts[index]
        full = [binary_on_executor(binary_name)] + cmd + [
            "--name", name, "--first-line", str(first), "-"]
        return run_extract(full, rows, f"{name} from line {first}")
    return run


def text_error_record(name, data, exc):
    """The error record `extract` writes for a text file that is not UTF-8."""
    at = exc.start
    line = data[:at].count(b"\n") + 1
    msg = f"{name}:{line}: invalid UTF-8 at byte {at} (use --lossy to replace it with U+FFFD)"
    return json.dumps({"error": msg, "id": name}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def text_partition(cmd, binary_name, lossy):
    """mapPartitions function: (index, (name, bytes)) text files -> records, in order.

    Each file becomes one `{"id": name, "text": ...}` line for extract; a file that is not UTF-8
    gets, in its place, the error record extract writes for it.
    """
    def run(items):
        # In input order: None for "extract's next record", else an error record; END last.
        slots = queue.Queue()

        def lines():
            try:
                for _, (name, data) in items:
                    try:
                        text = data.decode("utf-8", "replace" if lossy else "strict")
                    except UnicodeDecodeError as e:
                        slots.put(text_error_record(name, data, e))
                        continue
                    slots.put(None)
                    yield json.dumps({"id": name, "text": text}, ensure_ascii=False,
                                     separators=(",", ":")).encode("utf-8")
            finally:
                slots.put(END)

        full = [binary_on_executor(binary_name)] + cmd + ["-"]
        records = run_extract(full, lines(), "text files")
        while True:
            slot = slots.get()
            if slot is END:
                break
            if slot is not None:
                yield slot
                continue
            record = next(records, None)
            if record is None:
                break  # extract stopped early: the loop below raises why
            yield record
        for _ in records:  # the end of extract's output: checks its exit code
            pass
    return run


END = object()


# ---------------------------------------------------------------------------------------------
# The job.

def jsonl_records(spark, files, args, cmd, binary_name):
    """Records of JSON Lines files, one partition per file piece, in input order."""
    from pyspark.sql.functions import col
    sc = spark.sparkContext
    if args.partitions:
        total = sum(size for _, _, size in files)
        split = max(1, -(-total // args.partitions))
        spark.conf.set("spark.sql.files.maxPartitionBytes", str(split))
        spark.conf.set("spark.sql.files.openCostInBytes", "0")
    rdds, names = [], []
    for path, name, _ in files:
        # lineSep "\n": lines end at "\n" only, as for extract ("\r" and U+2028 are text);
        # the value is the line's bytes as read, cast to binary (no UTF-8 decoding).
        df = spark.read.option("lineSep", "\n").text(path)
        rdd = df.select(col("value").cast("binary")).rdd.map(lambda r: bytes(r[0]))
        rdds.append(rdd)
        names += [name] * rdd.getNumPartitions()
    if not rdds:
        return sc.emptyRDD()
    lines = sc.union(rdds) if len(rdds) > 1 else rdds[0]
    # The number of each partition's first line in its file: one cheap pass that counts lines.
    counts = lines.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()
    firsts, seen = [], {}
    for name, n in zip(names, counts):
        firsts.append((name, seen.get(name, 0) + 1))
        seen[name] = seen.get(name, 0) + n
    return lines.mapPartitionsWithIndex(jsonl_partition(cmd, binary_name, firsts),
                                        preservesPartitioning=True)


def text_records(spark, files, args, cmd, binary_name):
    """Records of text files (one document each), in the order extract reads them."""
    sc = spark.sparkContext
    if not files:
        return sc.emptyRDD()
    order = {path: (i, name) for i, (path, name, _) in enumerate(files)}
    by_path = sc.broadcast(order)
    # Spark's readers skip empty files: those are made here.
    nonempty = [path for path, _, size in files if size > 0]
    empty = [(i, (name, b"")) for i, (_, name, size) in enumerate(files) if size == 0]
    pairs = sc.parallelize(empty, 1) if empty else None
    if nonempty:
        df = spark.read.format("binaryFile").load(nonempty)
        read = df.select("path", "content").rdd.map(
            lambda r: (by_path.value[r[0]][0], (by_path.value[r[0]][1], bytes(r[1]))))
        pairs = read.union(pairs) if pairs is not None else read
    n = args.partitions or sc.defaultParallelism
    ordered = pairs.sortByKey(numPartitions=min(n, len(files)))
    return ordered.mapPartitions(text_partition(cmd, binary_name, args.lossy))


def write_parquet(spark, records, output):
    from pyspark import StorageLevel
    strings = records.map(lambda b: b.decode("utf-8")).persist(StorageLevel.MEMORY_AND_DISK)
    df = spark.read.json(strings)
    cols = [c for c in RECORD_COLUMNS if c in df.columns]
    cols += [c for c in df.columns if c not in cols]
    df.select(*cols).write.parquet(output)
    strings.unpersist()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    binary = find_extract(args.extract)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("chronicle")
    if args.master:
        builder = builder.master(args.master)
    if not sys.stderr.isatty():
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    binary_name = os.path.basename(binary)
    conf = sc.getConf()
    shipped = [os.path.basename(f) for key in ("spark.files", "spark.yarn.dist.files")
               for f in conf.get(key, "").split(",") if f]
    if binary_name not in shipped:
        sc.addFile(binary)
    cmd = extract_command(args, binary)[1:]
    files = list_inputs(spark, args.input, args.input_format)
    if args.input_format == "jsonl":
        records = jsonl_records(spark, files, args, cmd, binary_name)
    else:
        records = text_records(spark, files, args, cmd, binary_name)
    if args.format == "jsonl":
        records.saveAsTextFile(args.output)
    else:
        write_parquet(spark, records, args.output)
    spark.stop()


if __name__ == "__main__":
    main()
