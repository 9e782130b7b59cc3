package io.contraflow.streams.bounds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Makes an Avro record fit a size: measures its wire size and, when it is too large, shortens the largest text,
 * list, map or byte array in it, halving one at a time, until it fits. Deterministic (the same record and limit
 * always give the same result), and a no-op for every record of ordinary size: only pathological input (a
 * 100,000-character "sentence", a story with thousands of sources) is ever shortened.
 *
 * <p>Identifiers are never cut: strings in fields named in {@link #IDENTIFIERS} (and the elements of lists of them)
 * stay whole, since a shortened id would point at nothing; such lists may lose entries instead. Map keys are
 * never cut either (whole entries are dropped). A shortened string ends with {@value #ELLIPSIS}.
 */
public final class RecordFit {
  /** Fields whose strings are references to other records (or keys), never shortened. */
  static final Set<String> IDENTIFIERS = Set.of("id", "articleId", "eventId", "claimId", "articles",
      "syndicatedCopyOf", "key", "topic", "stage", "language", "failedPart", "payloadSha256");
  static final String ELLIPSIS = "…";
  /** The Confluent wire format's magic byte and schema id, written before the Avro body. */
  public static final int FRAMING_BYTES = 5;
  /** Shorter strings and smaller collections are not worth cutting. */
  private static final int SMALLEST_CUT = 8;

  private RecordFit() {}

  /** The generic model of SpecificData writes records, lists and maps alike; timestamp-millis fields hold Instants. */
  private static final SpecificData MODEL = new SpecificData();

  static {
    MODEL.addLogicalTypeConversion(new org.apache.avro.data.TimeConversions.TimestampMillisConversion());
  }

  /** The size of {@code record} on the wire: Avro binary plus the Confluent framing. */
  public static int wireSize(SpecificRecord record) {
    return avroSize(record.getSchema(), record) + FRAMING_BYTES;
  }

  /**
   * {@code record} itself when its wire size is at most {@code maxBytes}, else a shortened copy that fits.
   *
   * @throws IllegalArgumentException when even with every text, list and map emptied it would not fit (its
   *     identifiers alone are larger than {@code maxBytes})
   */
  public static <T extends SpecificRecord> T fit(T record, int maxBytes) {
    if (wireSize(record) <= maxBytes) return record;
    @SuppressWarnings("unchecked")
    T copy = (T) copyOf(record);
    int size;
    while ((size = wireSize(copy)) > maxBytes) {
      Slot largest = largest(copy);
      if (largest == null) {
        throw new IllegalArgumentException(record.getSchema().getName() + " cannot be made to fit " + maxBytes
            + " bytes: its identifiers alone take " + size);
      }
      largest.halve();
    }
    return copy;
  }

  /** Something in the record that can be shortened, with its current encoded size. */
  private abstract static class Slot {
    final int size;

    Slot(int size) {
      this.size = size;
    }

    abstract void halve();
  }

  /** The largest shortenable part of {@code record}, searched in schema order (the first of equals wins). */
  private static Slot largest(SpecificRecord record) {
    List<Slot> slots = new ArrayList<>();
    collect(record, slots);
    Slot best = null;
    for (Slot s : slots) {
      if (best == null || s.size > best.size) best = s;
    }
    return best;
  }

  private static void collect(SpecificRecord record, List<Slot> slots) {
    for (Schema.Field field : record.getSchema().getFields()) {
      Object value = record.get(field.pos());
      if (value == null) continue;
      boolean identifier = IDENTIFIERS.contains(field.name());
      Schema schema = nonNull(field.schema(), value);
      switch (schema.getType()) {
        case STRING -> {
          if (!identifier) addString(slots, (String) value, v -> record.put(field.pos(), v));
        }
        case BYTES -> addBytes(slots, (ByteBuffer) value, v -> record.put(field.pos(), v));
        case RECORD -> collect((SpecificRecord) value, slots);
        case ARRAY -> addList(slots, schema, (List<?>) value, identifier);
        case MAP -> addMap(slots, schema, (Map<?, ?>) value);
        default -> { }
      }
    }
  }

  private static void addString(List<Slot> slots, String value, java.util.function.Consumer<String> set) {
    if (value.length() <= SMALLEST_CUT) return;
    slots.add(new Slot(value.getBytes(StandardCharsets.UTF_8).length) {
      @Override
      void halve() {
        int cut = value.length() / 2;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) cut--; // never split a character in two
        set.accept(value.substring(0, cut) + ELLIPSIS);
      }
    });
  }

  private static void addBytes(List<Slot> slots, ByteBuffer value, java.util.function.Consumer<ByteBuffer> set) {
    if (value.remaining() <= SMALLEST_CUT) return;
    slots.add(new Slot(value.remaining()) {
      @Override
      void halve() {
        ByteBuffer head = value.duplicate();
        head.limit(head.position() + value.remaining() / 2);
        set.accept(ByteBuffer.wrap(toArray(head)));
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addList(List<Slot> slots, Schema schema, List<?> list, boolean identifiers) {
    Schema items = schema.getElementType();
    if (list.size() > 1) {
      slots.add(new Slot(avroSize(schema, list)) {
        @Override
        void halve() {
          // The first entries are kept: lists are in the order their producer chose (oldest, or strongest, first).
          ((List) list).subList((list.size() + 1) / 2, list.size()).clear();
        }
      });
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item == null) continue;
      Schema itemSchema = nonNull(items, item);
      int index = i;
      switch (itemSchema.getType()) {
        case STRING -> {
          if (!identifiers) addString(slots, (String) item, v -> ((List) list).set(index, v));
        }
        case RECORD -> collect((SpecificRecord) item, slots);
        default -> { }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addMap(List<Slot> slots, Schema schema, Map<?, ?> map) {
    if (map.size() > 1) {
      slots.add(new Slot(avroSize(schema, map)) {
        @Override
        void halve() {
          Iterator<?> it = map.keySet().iterator();
          int keep = (map.size() + 1) / 2;
          for (int i = 0; it.hasNext(); i++) {
            it.next();
            if (i >= keep) it.remove();
          }
        }
      });
    }
    Schema values = schema.getValueType();
    for (Map.Entry<?, ?> e : new LinkedHashMap<>(map).entrySet()) {
      if (e.getValue() == null) continue;
      Schema valueSchema = nonNull(values, e.getValue());
      if (valueSchema.getType() == Schema.Type.STRING) {
        Object key = e.getKey();
        addString(slots, (String) e.getValue(), v -> ((Map) map).put(key, v));
      } else if (valueSchema.getType() == Schema.Type.RECORD) {
        collect((SpecificRecord) e.getValue(), slots);
      }
    }
  }

  /** The branch of a ["null", X] union that {@code value} is. */
  private static Schema nonNull(Schema schema, Object value) {
    if (schema.getType() != Schema.Type.UNION) return schema;
    for (Schema branch : schema.getTypes()) {
      if (branch.getType() != Schema.Type.NULL) return branch;
    }
    return schema;
  }

  private static byte[] toArray(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  /** Avro binary size of {@code datum} written as {@code schema}, counted without keeping the bytes. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int avroSize(Schema schema, Object datum) {
    Counter counter = new Counter();
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(counter, null);
    try {
      new SpecificDatumWriter(schema, MODEL).write(datum, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.count;
  }

  /**
   * A deep copy that keeps the order of lists and maps (Avro's own deepCopy makes HashMaps), so that what is kept
   * of a shortened map is its first entries in the writer's order.
   */
  private static Object copyOf(Object value) {
    if (value instanceof SpecificRecord record) {
      SpecificRecord copy = (SpecificRecord) SpecificData.newInstance(record.getClass(), record.getSchema());
      for (Schema.Field f : record.getSchema().getFields()) copy.put(f.pos(), copyOf(record.get(f.pos())));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) copy.add(copyOf(item));
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, copyOf(v)));
      return copy;
    }
    if (value instanceof ByteBuffer bytes) return ByteBuffer.wrap(toArray(bytes));
    return value; // strings, numbers, booleans, enums and Instants are immutable
  }

  private static final class Counter extends OutputStream {
    int count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
