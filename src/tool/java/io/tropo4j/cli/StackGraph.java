package io.tropo4j.cli;

import io.tropo4j.read.Intrinsic;
import io.tropo4j.read.ListNode;
import io.tropo4j.read.MapNode;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stack's resources and the references between them, read off its template: an edge from a resource
 * to each one it names by Ref, Fn::GetAtt, a ${Name} of Fn::Sub, or DependsOn. Written as Mermaid or as
 * Graphviz DOT, nodes in the template's order and edges sorted, so the same stack gives the same text.
 */
final class StackGraph {
  private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[^}]*)?}");

  /** The resources by logical ID, with their types, in the template's order. */
  private final Map<String, String> types = new LinkedHashMap<>();
  /** Each resource's references to the others. */
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();

  StackGraph(TemplateDocument template) {
    template.resources().forEach((id, resource) -> types.put(id, resource.type()));
    template.resources().forEach((id, resource) -> {
      Set<String> to = new TreeSet<>();
      collect(resource.definition(), to);
      to.remove(id);
      edges.put(id, to);
    });
  }

  private void collect(Node node, Set<String> to) {
    if (node instanceof Intrinsic intrinsic) {
      switch (intrinsic.name()) {
        case "Ref" -> name(intrinsic.argument(), to);
        case "Fn::GetAtt" -> {
          Node argument = intrinsic.argument();
          if (argument instanceof ListNode list && !list.items().isEmpty()) {
            name(list.get(0), to);
          } else if (argument instanceof Scalar scalar) {
            String text = scalar.text();
            add(text.contains(".") ? text.substring(0, text.indexOf('.')) : text, to);
          }
        }
        case "Fn::Sub" -> {
          Node text = intrinsic.argument() instanceof ListNode list && !list.items().isEmpty() ? list.get(0)
              : intrinsic.argument();
          if (text instanceof Scalar scalar) {
            Matcher names = SUB_NAME.matcher(scalar.text());
            while (names.find()) {
              add(names.group(1), to);
            }
          }
        }
        default -> { }
      }
      collect(intrinsic.argument(), to);
    } else if (node instanceof MapNode map) {
      map.entries().forEach((key, value) -> {
        if (key.equals("DependsOn")) {
          if (value instanceof ListNode list) {
            list.items().forEach(item -> name(item, to));
          } else {
            name(value, to);
          }
        } else {
          collect(value, to);
        }
      });
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> collect(item, to));
    }
  }

  private void name(Node node, Set<String> to) {
    if (node instanceof Scalar scalar) {
      add(scalar.text(), to);
    }
  }

  /** Only resources are nodes: a parameter's or pseudo parameter's name is no edge. */
  private void add(String name, Set<String> to) {
    if (types.containsKey(name)) {
      to.add(name);
    }
  }

  String mermaid() {
    StringBuilder text = new StringBuilder("flowchart LR\n");
    types.forEach((id, type) -> text.append("  ").append(id).append("[\"").append(id).append("<br/><small>")
        .append(type).append("</small>\"]\n"));
    forEachEdge((from, to) -> text.append("  ").append(from).append(" --> ").append(to).append('\n'));
    return text.toString();
  }

  String dot(String name) {
    StringBuilder text = new StringBuilder("digraph \"" + name + "\" {\n  rankdir=LR;\n  node [shape=box];\n");
    types.forEach((id, type) -> text.append("  \"").append(id).append("\" [label=\"").append(id).append("\\n")
        .append(type).append("\"];\n"));
    forEachEdge((from, to) -> text.append("  \"").append(from).append("\" -> \"").append(to).append("\";\n"));
    return text.append("}\n").toString();
  }

  private interface EdgeWriter {
    void edge(String from, String to);
  }

  private void forEachEdge(EdgeWriter writer) {
    List<String[]> all = new ArrayList<>();
    edges.forEach((from, tos) -> tos.forEach(to -> all.add(new String[] {from, to})));
    all.forEach(edge -> writer.edge(edge[0], edge[1]));
  }
}
