#!/usr/bin/python3
"""Reads and writes Contraflow's topics with Confluent's own Python client, to show the wire format is Confluent's.

Uses the legacy ``confluent_kafka.avro`` API (AvroConsumer, AvroProducer, CachedSchemaRegistryClient) because that is
what Debian's python3-confluent-kafka 1.7.0 can run: the newer ``confluent_kafka.schema_registry.avro`` serializers need
fastavro, which Debian does not package. Run it with Debian's /usr/bin/python3, which sees Debian's packages.

  consume  reads --expect records from a topic, from the beginning or from the given --start positions, and prints
           one JSON object per record:
           {"partition", "offset", "key", "value"}; timestamp-millis fields are printed as epoch milliseconds.
  produce  fetches the latest key and value schemas of a topic's subjects from the registry, reads one record as
           JSON (timestamp-millis fields as epoch milliseconds) from --record, produces it keyed by --key, and prints
           {"partition", "offset", "latest_value_schema_id", "value_schema_id"} of the record written.

Exit status: 0 on success, 2 on bad arguments or input, 3 when the expected records did not arrive or a send failed,
4 when the client is not installed.
Anything that goes wrong inside the client (e.g. a record the deserializer cannot decode) ends with its traceback.
"""

import argparse
import datetime
import json
import sys
import time
import uuid

try:
    import avro.schema
    from confluent_kafka import KafkaError, TopicPartition
    from confluent_kafka.avro import AvroConsumer, AvroProducer, CachedSchemaRegistryClient
except ImportError as missing:
    # Say what to install rather than show a traceback.
    print("confluent-kafka-python with Avro support is not installed: %s "
          "(apt-get install python3-confluent-kafka python3-avro python3-requests)" % missing, file=sys.stderr)
    sys.exit(4)

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap-servers", required=True)
    parser.add_argument("--schema-registry-url", required=True,
                        help="Confluent-compatible base URL; may have a path, e.g. http://host:port/apis/ccompat/v7")
    parser.add_argument("--topic", required=True)
    commands = parser.add_subparsers(dest="command", required=True)
    consume_args = commands.add_parser("consume")
    consume_args.add_argument("--expect", type=int, required=True, help="How many records to read before stopping.")
    consume_args.add_argument("--timeout", type=float, default=60.0, help="Seconds to wait for them.")
    consume_args.add_argument("--start", action="append", default=[], metavar="PARTITION:OFFSET", type=position,
                              help="Read this partition from this offset (repeatable); default: every partition from"
                                   " the beginning.")
    produce_args = commands.add_parser("produce")
    produce_args.add_argument("--key", required=True)
    produce_args.add_argument("--record", required=True, help="File holding the value as one JSON object.")
    produce_args.add_argument("--timeout", type=float, default=60.0, help="Seconds to wait for the broker's ack.")
    args = parser.parse_args(argv)
    return consume(args) if args.command == "consume" else produce(args)


def consume(args):
    consumer = AvroConsumer({
        "bootstrap.servers": args.bootstrap_servers,
        "schema.registry.url": args.schema_registry_url,
        # A fresh group each run, reading from the start, committing nothing: the run leaves no trace on the cluster.
        "group.id": "contraflow-interop-" + uuid.uuid4().hex,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    read = 0
    try:
        if args.start:
            consumer.assign([TopicPartition(args.topic, partition, offset) for partition, offset in args.start])
        else:
            consumer.subscribe([args.topic])
        deadline = time.monotonic() + args.timeout
        while read < args.expect and time.monotonic() < deadline:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                if message.error().code() == KafkaError._PARTITION_EOF:
                    continue
                print("consume failed: %s" % message.error(), file=sys.stderr)
                return 3
            print(json.dumps({"partition": message.partition(), "offset": message.offset(),
                              "key": message.key(), "value": message.value()}, default=to_json), flush=True)
            read += 1
    finally:
        consumer.close()
    if read < args.expect:
        print("consume: read %d of %d records from %s within %.0f s" % (read, args.expect, args.topic, args.timeout),
              file=sys.stderr)
        return 3
    return 0


def produce(args):
    registry = CachedSchemaRegistryClient({"url": args.schema_registry_url})
    key_schema = latest_schema(registry, args.topic + "-key")
    value_schema_id, value_schema = latest_schema_with_id(registry, args.topic + "-value")
    try:
        with open(args.record, encoding="utf-8") as f:
            value = from_json(value_schema, json.load(f))
    except (OSError, ValueError) as e:
        print("produce: cannot read the record from %s: %s" % (args.record, e), file=sys.stderr)
        return 2

    delivered = []
    producer = AvroProducer({"bootstrap.servers": args.bootstrap_servers, "acks": "all"},
                            default_key_schema=key_schema, default_value_schema=value_schema,
                            schema_registry=registry)
    producer.produce(topic=args.topic, key=args.key, value=value,
                     on_delivery=lambda error, message: delivered.append((error, message)))
    remaining = producer.flush(args.timeout)
    if remaining or not delivered or delivered[0][0] is not None:
        print("produce: not acknowledged within %.0f s: %s"
              % (args.timeout, delivered[0][0] if delivered else "no delivery report"), file=sys.stderr)
        return 3
    message = delivered[0][1]
    # The id the record was framed with, read back from the bytes Confluent's serializer wrote.
    print(json.dumps({"partition": message.partition(), "offset": message.offset(),
                      "latest_value_schema_id": value_schema_id,
                      "value_schema_id": int.from_bytes(message.value()[1:5], "big")}), flush=True)
    return 0


def position(text):
    partition, _, offset = text.partition(":")
    try:
        return int(partition), int(offset)
    except ValueError:
        raise argparse.ArgumentTypeError("expected PARTITION:OFFSET, e.g. 0:42, got %r" % text)


def latest_schema(registry, subject):
    return latest_schema_with_id(registry, subject)[1]


def latest_schema_with_id(registry, subject):
    schema_id, schema, _version = registry.get_latest_schema(subject)
    if schema is None:
        print("produce: subject %s has no schema in the registry at %s" % (subject, registry.url), file=sys.stderr)
        sys.exit(2)
    return schema_id, schema


def to_json(value):
    """json.dumps fallback: Avro's timestamp-millis values decode to aware datetimes; print them as epoch millis."""
    if isinstance(value, datetime.datetime):
        return (value - EPOCH) // datetime.timedelta(milliseconds=1)
    raise TypeError("cannot print %r as JSON" % (value,))


def from_json(schema, datum):
    """Turns epoch millis into datetimes wherever the schema says timestamp-millis, so the writer encodes them as such."""
    if isinstance(schema, avro.schema.TimestampMillisSchema):
        return EPOCH + datetime.timedelta(milliseconds=datum)
    if isinstance(schema, avro.schema.RecordSchema):
        return {field.name: from_json(field.type, datum[field.name]) for field in schema.fields if field.name in datum}
    if isinstance(schema, avro.schema.ArraySchema):
        return [from_json(schema.items, item) for item in datum]
    if isinstance(schema, avro.schema.MapSchema):
        return {k: from_json(schema.values, v) for k, v in datum.items()}
    if isinstance(schema, avro.schema.UnionSchema):
        # Avro's JSON encoding wraps a non-null union value as {"type name": value}.
        if isinstance(datum, dict) and len(datum) == 1:
            (branch_name, inner), = datum.items()
            for branch in schema.schemas:
                if branch_name in (branch.fullname if hasattr(branch, "fullname") else None, branch.type):
                    return from_json(branch, inner)
        return datum
    return datum


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
