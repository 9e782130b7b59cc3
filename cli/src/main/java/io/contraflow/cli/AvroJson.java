package io.contraflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro records as plain JSON: field names as in the schema, timestamps as ISO-8601 strings, enums as their names,
 * bytes as base64, optional fields as null. (Avro's own toString is JSON-like but prints instants as numbers.)
 */
public final class AvroJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  public static ObjectNode toJson(IndexedRecord record) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(record.get(field.pos())));
    }
    return node;
  }

  /** Only the named fields, in that order. */
  public static ObjectNode toJson(IndexedRecord record, String... fields) {
    ObjectNode all = toJson(record);
    ObjectNode node = NODES.objectNode();
    for (String f : fields) node.set(f, all.get(f));
    return node;
  }

  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode value(Object v) {
    if (v == null) return NODES.nullNode();
    if (v instanceof IndexedRecord r) return toJson(r);
    if (v instanceof Instant i) return NODES.textNode(i.toString());
    if (v instanceof CharSequence s) return NODES.textNode(s.toString());
    if (v instanceof Enum<?> e) return NODES.textNode(e.name());
    if (v instanceof GenericEnumSymbol<?> e) return NODES.textNode(e.toString());
    if (v instanceof Boolean b) return NODES.booleanNode(b);
    if (v instanceof Integer i) return NODES.numberNode(i);
    if (v instanceof Long l) return NODES.numberNode(l);
    if (v instanceof Double d) return NODES.numberNode(d);
    if (v instanceof Float f) return NODES.numberNode(f);
    if (v instanceof ByteBuffer b) {
      ByteBuffer copy = b.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (v instanceof Collection<?> c) {
      ArrayNode array = NODES.arrayNode();
      c.forEach(item -> array.add(value(item)));
      return array;
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode object = NODES.objectNode();
      m.forEach((k, item) -> object.set(String.valueOf(k), value(item)));
      return object;
    }
    return NODES.textNode(v.toString());
  }
}
