package io.tropo4j.core;

import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.Objects;

/** A stack output, optionally exported for other stacks' Fn::ImportValue. */
public final class Output {
  private final String logicalId;
  private final Value<?> value;
  private String description;
  private Value<String> exportName;
  private Condition condition;

  /** Outputs are strings; use {@link #number} for a number. */
  public Output(String logicalId, Value<String> value) {
    this(logicalId, value, true);
  }

  private Output(String logicalId, Value<?> value, boolean typeChecked) {
    this.logicalId = Objects.requireNonNull(logicalId, "output logical ID");
    this.value = NonNull.check(value, "Outputs.", logicalId, ".Value");
  }

  public static Output number(String logicalId, Value<? extends Number> value) {
    return new Output(logicalId, value, true);
  }

  public Output description(String description) {
    this.description = description;
    return this;
  }

  public Output exportName(Value<String> exportName) {
    this.exportName = exportName;
    return this;
  }

  public Output condition(Condition condition) {
    this.condition = condition;
    return this;
  }

  public String logicalId() {
    return logicalId;
  }

  public Value<?> value() {
    return value;
  }

  public Value<String> exportName() {
    return exportName;
  }

  public Condition condition() {
    return condition;
  }

  void writeTo(Sink out) {
    out.beginObject();
    if (description != null) {
      out.key("Description");
      out.string(description);
    }
    if (condition != null) {
      out.key("Condition");
      out.string(condition.logicalId());
    }
    out.key("Value");
    value.writeTo(out);
    if (exportName != null) {
      out.key("Export");
      out.beginObject();
      out.key("Name");
      exportName.writeTo(out);
      out.endObject();
    }
    out.endObject();
  }
}
