package io.tropo4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StackDrift;
import io.tropo4j.read.JsonOutput;
import io.tropo4j.read.Node;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A {@link StackDiff} as one JSON document, for CI: values as JSON (functions in their long form),
 * a NoEcho value never, only {@code "hidden": true}. The document's members and the items of its lists
 * each on a line; each item on one line.
 */
final class DiffJson {
  /** The document and its lists take a line per member or item; what they hold stays on one. */
  private static final int LINE_LEVELS = 2;

  /** One item of a list, written to the generator. */
  private interface Item<T> {
    void write(T item) throws IOException;
  }

  private final JsonGenerator out;

  private DiffJson(JsonGenerator out) {
    this.out = out;
  }

  static String write(StackDiff diff) {
    return write(diff, null);
  }

  /** @param drift the stack's drift, with {@code --drift}; null otherwise */
  static String write(StackDiff diff, StackDrift drift) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JsonOutput.generator(text, LINE_LEVELS)) {
      new DiffJson(generator).document(diff, drift);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private void document(StackDiff diff, StackDrift drift) throws IOException {
    out.writeStartObject();
    out.writeStringField("stack", diff.stackName());
    out.writeBooleanField("changed", diff.hasChanges());
    array("resources", diff.resources(), r -> entry(r, diff.replacements().get(r.logicalId()), true));
    array("parameters", diff.parameters(), this::parameter);
    array("outputs", diff.outputs(), o -> entry(o, null, false));
    array("sections", diff.sections(), this::change);
    array("dataAtRisk", diff.risks(), this::risk);
    out.writeStringField("changeSet", lower(diff.changeSet()));
    if (!diff.resolved().isEmpty()) {
      array("changeSetValues", diff.resolved(), this::resolved);
    }
    if (!diff.nested().isEmpty()) {
      out.writeArrayFieldStart("nested");
      for (StackDiff child : diff.nested()) {
        document(child, null);
      }
      out.writeEndArray();
    }
    if (drift != null) {
      out.writeStringField("drift", drift.status());
      if (drift.incomplete() != null) {
        out.writeStringField("driftIncomplete", drift.incomplete());
      }
      array("drifted", drift.drifted(), this::drifted);
    }
    out.writeEndObject();
  }

  /** A resource change of the change set with its properties' values as CloudFormation resolved them. */
  private void resolved(ChangeSetPreview.PlannedChange change) throws IOException {
    out.writeStartObject();
    out.writeStringField("logicalId", change.logicalId());
    out.writeArrayFieldStart("properties");
    for (ChangeSetPreview.PropertyChange property : change.properties()) {
      out.writeStartObject();
      out.writeStringField("path", property.path());
      out.writeStringField("before", property.before());
      out.writeStringField("after", property.after());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** A drifted resource: its properties' paths and values as CloudFormation gives them (JSON text), secrets masked. */
  private void drifted(StackDrift.ResourceDrift resource) throws IOException {
    out.writeStartObject();
    out.writeStringField("logicalId", resource.logicalId());
    out.writeStringField("type", resource.type());
    out.writeStringField("status", resource.status());
    out.writeArrayFieldStart("properties");
    for (StackDrift.PropertyDrift property : resource.properties()) {
      out.writeStartObject();
      out.writeStringField("path", property.path());
      out.writeStringField("expected", property.expected());
      out.writeStringField("actual", property.actual());
      out.writeStringField("difference", property.difference());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private <T> void array(String name, List<T> items, Item<T> item) throws IOException {
    out.writeArrayFieldStart(name);
    for (T each : items) {
      item.write(each);
    }
    out.writeEndArray();
  }

  private void entry(StackDiff.Entry entry, String replacement, boolean resource) throws IOException {
    out.writeStartObject();
    out.writeStringField("logicalId", entry.logicalId());
    if (resource) {
      out.writeStringField("type", entry.type());
    }
    out.writeStringField("change", lower(entry.kind()));
    if (resource) {
      // The change set's word when one was made, else the specification's, from the templates.
      StackDiff.Replacement foretold = entry.replacement();
      out.writeStringField("replacement", replacement != null ? replacement
          : foretold == null ? null : foretold.flag());
      if (foretold != null) {
        out.writeArrayFieldStart("replacingProperties");
        for (String property : foretold.properties()) {
          out.writeString(property);
        }
        out.writeEndArray();
      }
    }
    array("properties", entry.changes(), this::change);
    out.writeEndObject();
  }

  private void change(StackDiff.PropertyChange change) throws IOException {
    out.writeStartObject();
    out.writeStringField("path", change.path());
    if (change.hidden()) {
      out.writeBooleanField("hidden", true); // a NoEcho value: neither side is written
    } else {
      out.writeFieldName("before");
      value(change.before());
      out.writeFieldName("after");
      value(change.after());
    }
    out.writeEndObject();
  }

  private void parameter(StackDiff.ParameterChange change) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", change.name());
    if (change.hidden()) {
      out.writeBooleanField("hidden", true);
    } else {
      out.writeStringField("before", change.before());
      out.writeStringField("after", change.after());
    }
    out.writeEndObject();
  }

  private void risk(ChangeSetPreview.DataAtRisk risk) throws IOException {
    out.writeStartObject();
    out.writeStringField("logicalId", risk.logicalId());
    out.writeStringField("type", risk.type());
    out.writeStringField("risk", lower(risk.risk()));
    out.writeStringField("keptBy", risk.keptBy());
    out.writeEndObject();
  }

  private void value(Node node) throws IOException {
    if (node == null) {
      out.writeNull();
    } else {
      JsonOutput.write(out, node);
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
