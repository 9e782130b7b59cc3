#!/usr/bin/env python3
"""Where a thread's CPU time went in a JFR recording: execution samples of the threads whose name contains THREAD,
each put in the category of its leaf-most frame that belongs to one (walking from the leaf towards the root).

    jfr print --stack-depth 64 --events jdk.ExecutionSample rec.jfr > samples.txt
    python3 benchmarks/scripts/jfr_shares.py samples.txt StreamThread [--top 15]
"""
import collections
import re
import sys

CATEGORIES = [  # (category, frame prefixes); the first frame from the leaf that matches one decides
    ("serialization (Avro, registry serdes)", ("org.apache.avro", "io.contraflow.schemas", "io.contraflow.streams.AvroMapping",
                                               "org.apache.kafka.common.serialization")),
    ("state stores (RocksDB, store layers)", ("org.rocksdb", "org.apache.kafka.streams.state")),
    ("producer, changelog, transactions", ("org.apache.kafka.clients.producer", "org.apache.kafka.streams.processor.internals.RecordCollector",
                                           "org.apache.kafka.streams.processor.internals.StreamsProducer",
                                           "org.apache.kafka.streams.processor.internals.TaskExecutor",
                                           "org.apache.kafka.streams.processor.internals.TaskManager.commit")),
    ("consumer", ("org.apache.kafka.clients.consumer",)),
    ("detection (analysis)", ("io.contraflow.analysis.contradictions",)),
    ("detection stage (stores, evidence bounds)", ("io.contraflow.streams.stages.DetectContradictions", "io.contraflow.streams.bounds")),
    ("event grouping", ("io.contraflow.analysis.events", "io.contraflow.streams.stages.AssignEvent")),
    ("extraction: sentence embedding (MiniLM, ONNX)", ("io.contraflow.analysis.semantic", "ai.onnxruntime", "ai.djl")),
    ("extraction: claims (OpenNLP and own)", ("io.contraflow.analysis", "opennlp", "io.contraflow.streams.stages.ExtractClaims")),
    ("Kafka Streams runtime", ("org.apache.kafka.streams",)),
    ("Kafka clients, other", ("org.apache.kafka",)),
]


def main():
    path, thread = sys.argv[1], sys.argv[2]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 0
    text = open(path).read()
    counts = collections.Counter()
    leaves = collections.Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', event)
        if not m or thread not in m.group(1):
            continue
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        category = "other (JDK, JIT-inlined)"
        for f in frames:
            hit = next((c for c, prefixes in CATEGORIES if f.startswith(prefixes)), None)
            if hit:
                category = hit
                break
        counts[category] += 1
        app = next((f for f in frames if f.startswith("io.contraflow")), frames[0])
        leaves[app] += 1
    print(f"{total} samples of threads matching '{thread}'")
    for c, n in counts.most_common():
        print(f"{100.0 * n / total:5.1f}%  {c}")
    if top:
        print("leaf-most project frames:")
        for f, n in leaves.most_common(top):
            print(f"{100.0 * n / total:5.1f}%  {f}")


if __name__ == "__main__":
    main()
