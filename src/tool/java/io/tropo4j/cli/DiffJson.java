package io.tropo4j.cli;

import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A {@link StackDiff} as one JSON document, for CI: values as JSON (functions in their long form),
 * a NoEcho value never, only {@code "hidden": true}.
 */
final class DiffJson {
  private final StringBuilder out = new StringBuilder();

  private DiffJson() {}

  static String write(StackDiff diff) {
    DiffJson json = new DiffJson();
    json.document(diff);
    return json.out.toString();
  }

  private void document(StackDiff diff) {
    out.append("{\n  \"stack\": ").append(string(diff.stackName()));
    out.append(",\n  \"changed\": ").append(diff.hasChanges());
    out.append(",\n  \"resources\": ");
    array(diff.resources(), r -> entry(r, diff.replacements().get(r.logicalId()), true));
    out.append(",\n  \"parameters\": ");
    array(diff.parameters(), this::parameter);
    out.append(",\n  \"outputs\": ");
    array(diff.outputs(), o -> entry(o, null, false));
    out.append(",\n  \"sections\": ");
    array(diff.sections(), this::change);
    out.append(",\n  \"dataAtRisk\": ");
    array(diff.risks(), this::risk);
    out.append(",\n  \"changeSet\": ").append(string(diff.changeSet().name().toLowerCase(Locale.ROOT)));
    out.append("\n}\n");
  }

  private <T> void array(List<T> items, Consumer<T> item) {
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "\n    " : ",\n    ");
      item.accept(items.get(i));
    }
    out.append(items.isEmpty() ? "]" : "\n  ]");
  }

  private void entry(StackDiff.Entry entry, String replacement, boolean resource) {
    out.append("{\"logicalId\": ").append(string(entry.logicalId()));
    if (resource) {
      out.append(", \"type\": ").append(string(entry.type()));
    }
    out.append(", \"change\": ").append(string(entry.kind().name().toLowerCase(Locale.ROOT)));
    if (resource) {
      out.append(", \"replacement\": ").append(string(replacement));
    }
    out.append(", \"properties\": [");
    for (int i = 0; i < entry.changes().size(); i++) {
      out.append(i == 0 ? "" : ", ");
      change(entry.changes().get(i));
    }
    out.append("]}");
  }

  private void change(StackDiff.PropertyChange change) {
    out.append("{\"path\": ").append(string(change.path()));
    if (change.hidden()) {
      out.append(", \"hidden\": true}");
      return;
    }
    out.append(", \"before\": ").append(value(change.before()));
    out.append(", \"after\": ").append(value(change.after())).append('}');
  }

  private void parameter(StackDiff.ParameterChange change) {
    out.append("{\"name\": ").append(string(change.name()));
    if (change.hidden()) {
      out.append(", \"hidden\": true}");
      return;
    }
    out.append(", \"before\": ").append(string(change.before()));
    out.append(", \"after\": ").append(string(change.after())).append('}');
  }

  private void risk(ChangeSetPreview.DataAtRisk risk) {
    out.append("{\"logicalId\": ").append(string(risk.logicalId())).append(", \"type\": ").append(string(risk.type()))
        .append(", \"risk\": ").append(string(risk.risk().name().toLowerCase(Locale.ROOT)))
        .append(", \"keptBy\": ").append(string(risk.keptBy())).append('}');
  }

  private static String value(Node node) {
    return node == null ? "null" : node.toJson();
  }

  private static String string(String text) {
    return text == null ? "null" : Scalar.string(text, null).toJson();
  }
}
