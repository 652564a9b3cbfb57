package io.tropo4j.core;

import io.tropo4j.fn.FindInMapTarget;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A two-level lookup table; values are strings or lists of strings. */
public final class Mapping extends FindInMapTarget {
  private final String logicalId;
  private final Map<String, Map<String, Object>> entries = new LinkedHashMap<>();

  public Mapping(String logicalId) {
    this.logicalId = Objects.requireNonNull(logicalId, "mapping logical ID");
  }

  @Override
  public String logicalId() {
    return logicalId;
  }

  public Mapping put(String topLevelKey, String secondLevelKey, String value) {
    return putValue(topLevelKey, secondLevelKey, value);
  }

  public Mapping put(String topLevelKey, String secondLevelKey, List<String> value) {
    return putValue(topLevelKey, secondLevelKey, List.copyOf(value));
  }

  private Mapping putValue(String top, String second, Object value) {
    Map<String, Object> row = entries.get(top);
    if (row == null) {
      row = new LinkedHashMap<>();
      entries.put(top, row);
    }
    row.put(second, NonNull.check(value, logicalId, ".", top, ".", second));
    return this;
  }

  public Map<String, Map<String, Object>> entries() {
    return Collections.unmodifiableMap(entries);
  }

  public Value<String> find(Value<String> topLevelKey, String secondLevelKey) {
    return find(topLevelKey, Value.of(secondLevelKey));
  }

  public Value<String> find(Value<String> topLevelKey, Value<String> secondLevelKey) {
    return findInMap(topLevelKey, secondLevelKey);
  }

  public Value<List<String>> findList(Value<String> topLevelKey, Value<String> secondLevelKey) {
    return findInMap(topLevelKey, secondLevelKey);
  }

  void writeTo(Sink out) {
    out.beginObject();
    for (Map.Entry<String, Map<String, Object>> top : entries.entrySet()) {
      out.key(top.getKey());
      out.beginObject();
      for (Map.Entry<String, Object> second : top.getValue().entrySet()) {
        out.key(second.getKey());
        if (second.getValue() instanceof List<?> list) {
          out.beginArray();
          for (Object item : list) {
            out.string((String) item);
          }
          out.endArray();
        } else {
          out.string((String) second.getValue());
        }
      }
      out.endObject();
    }
    out.endObject();
  }
}
