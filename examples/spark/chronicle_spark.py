#!/usr/bin/env python3
"""Run `chronicle extract` over a folder of documents with Apache Spark.

The driver lists the documents, Spark spreads the list over executors, each
partition is piped through `chronicle extract --jsonl` (one partial timeline per
document per line) and merged with `chronicle merge --jsonl -` into one compact partial
timeline; the driver merges those partials into timeline.json. Merging is
associative and order-independent, so the file is byte for byte the one that
`chronicle extract FOLDER` prints for the same absolute FOLDER.

    spark-submit --master 'local[2]' chronicle_spark.py CORPUS timeline.json \
        --chronicle /path/to/chronicle

See README.md beside this file.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# The extensions `chronicle` reads when it walks a folder (CorpusScanner.swift).
READABLE = {"txt", "md", "markdown", "html", "htm"}

# What chronicle's exit codes mean (`chronicle --help`).
EXIT_MEANINGS = {
    1: "outputs could not be written",
    2: "some inputs were skipped: a file could not be read as a document",
    64: "usage error",
    65: "a lexicon or manifest is malformed",
    66: "no input could be read",
}


class JobError(Exception):
    """A failure worth one clear line, not a stack trace."""


def list_documents(arguments: list[str]) -> list[str]:
    """The documents `chronicle extract ARGUMENTS...` would read, as absolute paths.

    Mirrors chronicle's own walk: a file named on the command line is read
    whatever its extension; folders are searched recursively, skipping names
    that start with '.', following symbolic links but visiting each folder and
    file once. Paths are absolute because executors do not share the driver's
    working directory, and `source` in timeline.json records the path as given.
    """
    found: list[str] = []
    seen_files: set[tuple[int, int]] = set()
    for argument in arguments:
        # abspath, not realpath: chronicle keeps the spelling of the argument.
        root = os.path.abspath(argument)
        try:
            info = os.stat(root)
        except OSError as error:
            raise JobError(f"{argument}: no such file or folder ({error.strerror})") from None
        if stat.S_ISREG(info.st_mode):
            if (info.st_dev, info.st_ino) not in seen_files:
                seen_files.add((info.st_dev, info.st_ino))
                found.append(root)
            continue
        if not stat.S_ISDIR(info.st_mode):
            raise JobError(f"{argument}: not a regular file or folder")
        visited = {(info.st_dev, info.st_ino)}
        pending = [root]
        while pending:
            folder = pending.pop()
            subfolders = []
            try:
                names = os.listdir(folder)
            except OSError as error:
                raise JobError(f"{folder}: cannot list folder ({error.strerror})") from None
            for name in sorted(names, key=os.fsencode):
                if name.startswith("."):
                    continue
                path = os.path.join(folder, name)
                try:
                    info = os.stat(path)
                except OSError:
                    print(f"{path}: warning: broken symbolic link or vanished file; skipped", file=sys.stderr)
                    continue
                identity = (info.st_dev, info.st_ino)
                if stat.S_ISDIR(info.st_mode):
                    if identity not in visited:
                        visited.add(identity)
                        subfolders.append(path)
                elif stat.S_ISREG(info.st_mode):
                    # The extension is the text after the last dot, as chronicle reads it ("txt." has none).
                    if "." in name and name.rsplit(".", 1)[1].lower() in READABLE and identity not in seen_files:
                        seen_files.add(identity)
                        found.append(path)
            pending.extend(reversed(subfolders))
    return sorted(found, key=os.fsencode)


def check_paths(paths: list[str], allow_same_names: bool) -> None:
    """Refuse what would make the shards disagree with a single run."""
    for path in paths:
        # `--files-from -` takes one path per line, as UTF-8, and strips a trailing CR.
        if "\n" in path or path.endswith("\r"):
            raise JobError(f"{path!r}: a file name with a line break cannot be passed to chronicle")
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            raise JobError(f"{path!r}: the file name is not UTF-8") from None
    if allow_same_names:
        return
    # A document's id is its file name without the extension. A single run gives two
    # files with the same stem ids made from their paths instead; a shard that holds
    # only one of them cannot know, so the merged ids (and result) would differ.
    stems = Counter(_stem(path) for path in paths)
    clashes = sorted(stem for stem, count in stems.items() if count > 1)
    if clashes:
        shown = ", ".join(clashes[:5]) + (", ..." if len(clashes) > 5 else "")
        raise JobError(
            f"{len(clashes)} file name(s) occur more than once ({shown}): document ids come from file names, "
            "so shards would not agree with a single run. Rename them, or pass --allow-same-names to accept a "
            "result that may differ from `chronicle extract`.")


def _stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name


def resolve_binary(name: str) -> str:
    """An absolute path for the chronicle binary on this machine."""
    path = shutil.which(name) if "/" not in name else (os.path.abspath(name) if os.access(name, os.X_OK) else None)
    if path is None:
        raise JobError(f"{name}: chronicle binary not found (give --chronicle PATH)")
    return path


def merge_partition(chronicle: str, env: dict[str, str]):
    """mapPartitions function: merge one partition's JSON lines into one partial timeline (bytes)."""

    def merge(lines):
        # The lines stream into chronicle merge as the extract gives them: the partition is never
        # held here. Merge writes nothing before its input ends, so feeding it all first cannot
        # block on its output; its messages go to a file, which cannot fill up as a pipe would.
        # --jsonl: the partial travels as one compact line, not pretty-printed. --jobs 1, as for
        # the extract: the executor's cores are Spark's. Its temporary files (past --memory) go to
        # this worker's temporary folder, not to whatever /tmp is.
        merge_env = dict(env, TMPDIR=tempfile.gettempdir())
        with tempfile.TemporaryFile() as messages:
            with subprocess.Popen([chronicle, "merge", "--jsonl", "--jobs", "1", "-"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=messages, env=merge_env) as process:
                try:
                    # Consuming `lines` to the end also runs RDD.pipe's exit-code check for the extract.
                    for line in lines:
                        process.stdin.write(line.encode("utf-8") + b"\n")
                    process.stdin.close()
                except BrokenPipeError:
                    pass  # merge stopped early: its exit code and message say why
                except BaseException:
                    process.kill()  # the extract failed: its error is the one to report
                    raise
                partial = process.stdout.read()
                code = process.wait()
            if code != 0:
                messages.seek(0)
                raise RuntimeError(f"chronicle merge exited with {code}: "
                                   f"{messages.read().decode('utf-8', 'replace').strip()[-2000:]}")
        yield partial

    return merge


def merge_into(chronicle: str, inputs: list[str], path: str) -> None:
    """chronicle merge of `inputs`, written straight to a temporary file beside `path` and renamed
    into place: the timeline never passes through this process, and readers never see half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    descriptor, temporary = tempfile.mkstemp(prefix=".timeline-", suffix=".json", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as file:
            done = subprocess.run([chronicle, "merge", *inputs], stdout=file, stderr=subprocess.PIPE)
            if done.returncode != 0:
                raise JobError(f"chronicle merge exited with {done.returncode}: {done.stderr.decode('utf-8', 'replace').strip()}")
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def explain_spark_failure(error: Exception) -> str:
    """One line from the Java stack trace Spark raises when a task fails."""
    text = str(error)
    for line in text.splitlines():
        if "PIPE_FUNCTION_EXITED" in line or "chronicle merge exited" in line:
            # Drop the exception's class name: "...PySparkRuntimeError: [PIPE_FUNCTION_EXITED] ...".
            message = re.sub(r"^[\w.]+(Error|Exception): ", "", line.strip())
            code = re.search(r"(?:error code|exited with) (-?\d+)", message)
            if code and int(code.group(1)) in EXIT_MEANINGS:
                message += f" ({EXIT_MEANINGS[int(code.group(1))]})"
            return (f"chronicle failed in an executor: {message}\n"
                    "chronicle's own message, naming the file, is in that executor's stderr "
                    "(in local mode: above).")
    return f"the Spark job failed: {text.splitlines()[0] if text else type(error).__name__}"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Extract a Chronicle timeline.json from documents with Spark.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="folders or files to read")
    parser.add_argument("output", help="where to write timeline.json")
    parser.add_argument("--chronicle", default="chronicle",
                        help="the chronicle binary on the driver (default: chronicle on PATH)")
    parser.add_argument("--executor-chronicle", metavar="PATH",
                        help="the binary on the executors (default: the driver's, at the same absolute path); "
                             "with spark-submit --files on a cluster: ./chronicle")
    parser.add_argument("--partitions", type=int, metavar="N", help="partitions (default: Spark's default parallelism)")
    parser.add_argument("--reduce", choices=["tree", "driver"], default="tree",
                        help="tree: merge each partition on its executor, then the partials on the driver (default); "
                             "driver: bring every document's line to the driver and merge once")
    parser.add_argument("--date", help="passed to chronicle extract")
    parser.add_argument("--manifest", help="passed to chronicle extract")
    parser.add_argument("--lexicon", action="append", default=[], help="passed to chronicle extract (repeatable)")
    parser.add_argument("--cues", action="append", default=[], help="passed to chronicle extract (repeatable)")
    parser.add_argument("--allow-same-names", action="store_true",
                        help="run even if two documents share a file name (the result may differ from a single run)")
    arguments = parser.parse_args(argv)
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions must be at least 1")
    return arguments


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    started = time.monotonic()
    try:
        chronicle = resolve_binary(arguments.chronicle)
        executor_chronicle = arguments.executor_chronicle or chronicle
        paths = list_documents(arguments.inputs)
        if not paths:
            raise JobError("no documents (.txt .md .markdown .html .htm) under " + " ".join(arguments.inputs))
        check_paths(paths, arguments.allow_same_names)

        # Every executor must get the same options, with files as absolute paths
        # (executors do not run in the driver's working directory).
        command = [executor_chronicle, "extract", "--jsonl", "--quiet", "--jobs", "1", "--files-from", "-"]
        if arguments.date:
            command += ["--date", arguments.date]
        if arguments.manifest:
            command += ["--manifest", os.path.abspath(arguments.manifest)]
        for lexicon in arguments.lexicon:
            command += ["--lexicon", os.path.abspath(lexicon)]
        for cues in arguments.cues:
            command += ["--cues", os.path.abspath(cues)]
        # RDD.pipe starts the command with exactly `env` as its environment, empty by
        # default; hand on PATH so a bare `chronicle` is found as it is here.
        env = {"PATH": os.environ.get("PATH", os.defpath)}
        listed = time.monotonic()

        from pyspark.sql import SparkSession  # here, so --help and listing errors need no JVM

        spark = SparkSession.builder.appName("chronicle").getOrCreate()
        context = spark.sparkContext
        context.setLogLevel("WARN")
        spark_ready = time.monotonic()
        partitions = min(len(paths), arguments.partitions or context.defaultParallelism)
        try:
            # --jobs 1: the executor's cores are Spark's to share out, one task per core.
            lines = context.parallelize(paths, partitions).pipe(shlex.join(command), env=env, checkCode=True)
            with tempfile.TemporaryDirectory(prefix="chronicle-spark-") as scratch:
                if arguments.reduce == "tree":
                    partials = lines.mapPartitions(merge_partition(executor_chronicle, env)).collect()
                    inputs = []
                    for index, partial in enumerate(partials):
                        inputs.append(os.path.join(scratch, f"part-{index:05}.json"))
                        Path(inputs[-1]).write_bytes(partial)
                else:
                    # collect(), not toLocalIterator(): that one computes the partitions one
                    # after another. The price is every line in the driver's memory.
                    inputs = [os.path.join(scratch, "documents.jsonl")]
                    with open(inputs[0], "w", encoding="utf-8") as file:
                        file.writelines(line + "\n" for line in lines.collect())
                distributed = time.monotonic()
                merge_into(chronicle, inputs, arguments.output)
        except JobError:
            raise
        except Exception as error:  # Py4JJavaError and friends: a task failed
            raise JobError(explain_spark_failure(error)) from None
        finally:
            spark.stop()
        finished = time.monotonic()
    except JobError as error:
        print(f"chronicle_spark: error: {error}", file=sys.stderr)
        return 1
    print(f"chronicle_spark: {len(paths)} documents in {partitions} partitions ({arguments.reduce} reduce) "
          f"-> {arguments.output}; listing {listed - started:.1f} s, Spark start {spark_ready - listed:.1f} s, "
          f"extract+merge on executors {distributed - spark_ready:.1f} s, "
          f"final merge and write {finished - distributed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
