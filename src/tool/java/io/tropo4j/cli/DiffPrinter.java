package io.tropo4j.cli;

import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateReadException;
import io.tropo4j.read.TemplateReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StackDiff} for a person: one line per resource, parameter or output that differs, each
 * changed value as {@code path: old -> new}; a document or script that changed is shown as a line diff
 * instead of one long line.
 */
final class DiffPrinter {
  /** Longer values than this are shown as a line diff. */
  private static final int ONE_LINE = 80;

  private final PrintStream out;
  /** What the diff is of: "stack", or "StackSet". */
  private final String noun;

  DiffPrinter(PrintStream out) {
    this(out, "stack");
  }

  DiffPrinter(PrintStream out, String noun) {
    this.out = out;
    this.noun = noun;
  }

  void print(StackDiff diff) {
    if (!diff.hasChanges()) {
      out.println("No changes: " + noun + " " + diff.stackName() + " runs what the local template and parameters say.");
      return;
    }
    int count = diff.resources().size() + diff.parameters().size() + diff.outputs().size() + diff.sections().size();
    out.println(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + diff.stackName() + ": " + count
        + (count == 1 ? " difference" : " differences")
        + " from the local template and parameters.");
    if (!diff.resources().isEmpty()) {
      out.println("Resources:");
      for (StackDiff.Entry resource : diff.resources()) {
        out.println("  " + mark(resource.kind()) + " " + resource.logicalId() + " (" + resource.type() + ")"
            + replacement(diff.replacements().get(resource.logicalId()), resource.replacement()));
        resource.changes().forEach(change -> change(change, "      "));
      }
    }
    if (!diff.parameters().isEmpty()) {
      out.println("Parameters:");
      diff.parameters().forEach(this::parameter);
    }
    if (!diff.outputs().isEmpty()) {
      out.println("Outputs:");
      for (StackDiff.Entry output : diff.outputs()) {
        out.println("  " + mark(output.kind()) + " " + output.logicalId());
        output.changes().forEach(change -> change(change, "      "));
      }
    }
    if (!diff.sections().isEmpty()) {
      out.println("Other sections:");
      diff.sections().forEach(change -> change(change, "  "));
    }
    for (ChangeSetPreview.DataAtRisk risk : diff.risks()) {
      out.println("WARNING: " + risk.logicalId() + " (" + risk.type() + ") holds data and " + DeployPrinter.fate(risk));
    }
    switch (diff.changeSet()) {
      case MADE -> out.println(diff.replacements().isEmpty()
          ? "CloudFormation's change set for this update lists no replacement; it was removed again."
          : "Replacements as CloudFormation's change set for this update gives them; it was removed again.");
      case NO_CHANGES -> out.println("CloudFormation's change set for this update changes no resource.");
      case NEEDS_UPLOAD -> out.println("Replacements unknown: the template is over the inline limit and not in the "
          + "artifact bucket, and a diff uploads nothing.");
      case NEEDS_ASSETS -> out.println("Replacements unknown: CloudFormation's change set needs a nested stack's "
          + "template in the artifact bucket, and a diff uploads nothing.");
      case NOT_NEEDED -> { }
    }
    if (!diff.resolved().isEmpty()) {
      out.println("Values as CloudFormation's change set resolved them:");
      for (ChangeSetPreview.PlannedChange change : diff.resolved()) {
        for (ChangeSetPreview.PropertyChange property : change.properties()) {
          out.println("  " + change.logicalId() + "." + property.path().replaceFirst("^/", "").replace('/', '.') + ": "
              + DeployPrinter.value(property.before()) + " -> " + DeployPrinter.value(property.after()));
        }
      }
    }
    for (StackDiff child : diff.nested()) {
      if (child.hasChanges()) {
        new DiffPrinter(out, "nested stack").print(child);
      }
    }
  }

  /**
   * The replacement as CloudFormation's change set gives it, with the properties the specification says
   * make it; or, with no change set's word, as the specification foretells it from the templates.
   */
  private static String replacement(String fromChangeSet, StackDiff.Replacement foretold) {
    String properties = foretold == null ? null : String.join(", ", foretold.properties());
    if (fromChangeSet != null) {
      return ", replacement: " + fromChangeSet + (properties == null ? "" : " (" + properties + ")");
    }
    return foretold == null ? "" : ", replacement: " + foretold.flag() + " (" + properties + ", as the resource "
        + "specification says)";
  }

  private static String mark(StackDiff.Kind kind) {
    return switch (kind) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    };
  }

  private void parameter(StackDiff.ParameterChange change) {
    if (change.hidden()) {
      out.println("  ~ " + change.name() + ": (hidden: NoEcho) a value is sent that cannot be compared or shown");
    } else if (change.before() == null) {
      out.println("  + " + change.name() + ": " + quote(change.after()));
    } else if (change.after() == null) {
      out.println("  - " + change.name() + ": was " + quote(change.before()));
    } else {
      out.println("  ~ " + change.name() + ": " + quote(change.before()) + " -> " + quote(change.after()));
    }
  }

  private void change(StackDiff.PropertyChange change, String indent) {
    String path = change.path().isEmpty() ? "(whole)" : change.path();
    if (change.hidden()) {
      out.println(indent + path + ": (hidden: NoEcho)");
      return;
    }
    String before = oneLine(change.before());
    String after = oneLine(change.after());
    if (before != null && after != null) {
      out.println(indent + path + ": " + before + " -> " + after);
      return;
    }
    out.println(indent + path + ":");
    for (String line : LineDiff.lines(lines(change.before()), lines(change.after()))) {
      out.println(indent + "  " + line);
    }
  }

  /** The value on one line, or null when it takes several or is too long for one. */
  private static String oneLine(Node node) {
    if (node == null) {
      return "(none)";
    }
    if (node instanceof Scalar scalar && scalar.isString() && scalar.text().contains("\n")) {
      return null;
    }
    String text = node.toJson();
    return text.length() <= ONE_LINE ? text : null;
  }

  /** The value's lines: a string's own (a JSON document in a string indented first), else indented JSON. */
  private static List<String> lines(Node node) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof Scalar scalar && scalar.isString()) {
      String text = scalar.text();
      String start = text.stripLeading();
      if (start.startsWith("{") || start.startsWith("[")) {
        try {
          return TemplateReader.readJson(text, "value").toPrettyJson().lines().toList();
        } catch (TemplateReadException notJson) {
          // a script or text that happens to start with a bracket: its own lines
        }
      }
      return new ArrayList<>(text.lines().toList());
    }
    return node.toPrettyJson().lines().toList();
  }

  private static String quote(String value) {
    return Scalar.string(value, null).toJson();
  }
}
