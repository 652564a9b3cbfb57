package io.tropo4j.importer;

import io.tropo4j.importer.Expr.Kind;
import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A resource's CreationPolicy and UpdatePolicy through the library's typed setters
 * ({@code resourceSignal(2, "PT15M")}, {@code new UpdatePolicy.RollingUpdate().maxBatchSize(1)});
 * a part they do not cover is set by name.
 */
final class PolicyCode {
  private final ValueCode values;
  private final Imports imports;

  PolicyCode(ValueCode values) {
    this.values = values;
    this.imports = values.imports;
  }

  String creationPolicy(MapNode policy, String indent) {
    StringBuilder out = new StringBuilder("new ").append(imports.name("io.tropo4j.core.CreationPolicy")).append("()");
    String inner = indent + ValueCode.STEP;
    for (Map.Entry<String, Node> entry : policy.entries().entrySet()) {
      String call = switch (entry.getKey()) {
        case "ResourceSignal" -> resourceSignal(entry.getValue());
        case "AutoScalingCreationPolicy" -> onlyKey(entry.getValue(), "MinSuccessfulInstancesPercent") instanceof Scalar s
            && integer(s) != null ? "autoScalingCreationPolicy(" + integer(s) + ")" : null;
        default -> null;
      };
      out.append("\n").append(inner).append(".")
          .append(call != null ? call : byName(entry.getKey(), entry.getValue(), inner));
    }
    return out.toString();
  }

  String updatePolicy(MapNode policy, String indent) {
    StringBuilder out = new StringBuilder("new ").append(imports.name("io.tropo4j.core.UpdatePolicy")).append("()");
    String inner = indent + ValueCode.STEP;
    for (Map.Entry<String, Node> entry : policy.entries().entrySet()) {
      Node value = entry.getValue();
      String call = switch (entry.getKey()) {
        case "AutoScalingRollingUpdate" -> value instanceof MapNode update
            ? "autoScalingRollingUpdate(" + rollingUpdate(update, inner) + ")" : null;
        case "AutoScalingReplacingUpdate" -> bool(onlyKey(value, "WillReplace"), "autoScalingReplacingUpdate");
        case "AutoScalingScheduledAction" -> bool(onlyKey(value, "IgnoreUnmodifiedGroupSizeProperties"),
            "autoScalingScheduledAction");
        case "EnableVersionUpgrade" -> bool(value, "enableVersionUpgrade");
        case "UseOnlineResharding" -> bool(value, "useOnlineResharding");
        default -> null;
      };
      out.append("\n").append(inner).append(".").append(call != null ? call : byName(entry.getKey(), value, inner));
    }
    return out.toString();
  }

  private String rollingUpdate(MapNode update, String indent) {
    StringBuilder out = new StringBuilder("new ").append(imports.name("io.tropo4j.core.UpdatePolicy"))
        .append(".RollingUpdate()");
    String inner = indent + ValueCode.STEP;
    for (Map.Entry<String, Node> entry : update.entries().entrySet()) {
      Node value = entry.getValue();
      String call = switch (entry.getKey()) {
        case "MaxBatchSize" -> count(value, "maxBatchSize");
        case "MinInstancesInService" -> count(value, "minInstancesInService");
        case "MinActiveInstancesPercent" -> value instanceof Scalar s && integer(s) != null
            ? "minActiveInstancesPercent(" + integer(s) + ")" : null;
        case "MinSuccessfulInstancesPercent" -> value instanceof Scalar s && integer(s) != null
            ? "minSuccessfulInstancesPercent(" + integer(s) + ")" : null;
        case "PauseTime" -> value instanceof Scalar s && s.isString() ? "pauseTime(" + JavaNames.quote(s.text()) + ")" : null;
        case "SuspendProcesses" -> strings(value, "suspendProcesses");
        case "WaitOnResourceSignals" -> value instanceof Scalar s && literalBoolean(s) != null
            ? "waitOnResourceSignals(" + literalBoolean(s) + ")" : null;
        default -> null;
      };
      out.append("\n").append(inner).append(".").append(call != null ? call : byName(entry.getKey(), value, inner));
    }
    return out.toString();
  }

  private String resourceSignal(Node node) {
    if (!(node instanceof MapNode signal) || !(signal.get("Timeout") instanceof Scalar timeout) || !timeout.isString()) {
      return null;
    }
    if (signal.size() == 1) {
      return "resourceSignal(" + JavaNames.quote(timeout.text()) + ")";
    }
    String count = signal.size() == 2 ? countArgument(signal.get("Count")) : null;
    return count == null ? null : "resourceSignal(" + count + ", " + JavaNames.quote(timeout.text()) + ")";
  }

  private String count(Node value, String method) {
    String count = countArgument(value);
    return count == null ? null : method + "(" + count + ")";
  }

  /** A count as an int literal, a Number parameter's Ref, or a String parameter's Ref as an integer. */
  private String countArgument(Node value) {
    if (value instanceof Scalar s) {
      return integer(s);
    }
    if (value instanceof Intrinsic call && call.name().equals("Ref") && call.argument() instanceof Scalar name
        && values.parameters.containsKey(name.string())) {
      ValueCode.Symbol parameter = values.parameters.get(name.string());
      if (parameter.kind() == Kind.INTEGER) {
        return parameter.variable() + ".ref()";
      }
      if (parameter.kind() == Kind.STRING) {
        return imports.name("io.tropo4j.core.Parameter") + ".asInteger(" + parameter.variable() + ")";
      }
    }
    return null;
  }

  private String strings(Node value, String method) {
    if (!(value instanceof ListNode list)) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof Scalar s) || !s.isString()) {
        return null;
      }
      items.add(JavaNames.quote(s.text()));
    }
    return method + "(" + String.join(", ", items) + ")";
  }

  private static String bool(Node value, String method) {
    return value instanceof Scalar s && literalBoolean(s) != null ? method + "(" + literalBoolean(s) + ")" : null;
  }

  /** The map's one value, when it has that one key only. */
  private static Node onlyKey(Node node, String key) {
    return node instanceof MapNode map && map.size() == 1 ? map.get(key) : null;
  }

  private static String integer(Scalar scalar) {
    Expr number = scalar.kind() == Scalar.Kind.NULL ? null : ValueCode.number(scalar.string());
    return number != null && number.kind() == Kind.INTEGER ? number.code() : null;
  }

  private static String literalBoolean(Scalar scalar) {
    String text = scalar.string();
    return text.equals("true") || text.equals("false") ? text : null;
  }

  private String byName(String key, Node value, String indent) {
    return "property(" + JavaNames.quote(key) + ", " + values.any(value, indent) + ")";
  }
}
