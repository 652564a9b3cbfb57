package io.tropo4j.cli;

import io.tropo4j.core.App;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An app's stacks, grouped by where each is deployed, and an edge from each stack to each stack that reads
 * its outputs, labelled with the output and how it is read: drawn from the app built, as {@link StackGraph}
 * draws a stack.
 */
final class AppGraph {
  private final App.Built app;

  AppGraph(App.Built app) {
    this.app = app;
  }

  String mermaid() {
    StringBuilder text = new StringBuilder("flowchart LR\n");
    groups().forEach((where, members) -> {
      text.append("  subgraph ").append(id(where)).append("[\"").append(where).append("\"]\n");
      for (App.Member member : members) {
        text.append("    ").append(id(member.name())).append("[\"").append(member.name()).append("<br/>")
            .append(member.stack().name()).append("\"]\n");
      }
      text.append("  end\n");
    });
    for (App.Read read : app.reads()) {
      text.append("  ").append(id(read.producer().name())).append(" -- \"").append(label(read)).append("\" --> ")
          .append(id(read.reader().name())).append('\n');
    }
    return text.toString();
  }

  String dot(String name) {
    StringBuilder text = new StringBuilder("digraph \"" + name + "\" {\n  rankdir=LR;\n  node [shape=box];\n");
    groups().forEach((where, members) -> {
      text.append("  subgraph \"cluster_").append(where).append("\" {\n    label=\"").append(where).append("\";\n");
      for (App.Member member : members) {
        text.append("    \"").append(member.name()).append("\" [label=\"").append(member.name()).append("\\n")
            .append(member.stack().name()).append("\"];\n");
      }
      text.append("  }\n");
    });
    for (App.Read read : app.reads()) {
      text.append("  \"").append(read.producer().name()).append("\" -> \"").append(read.reader().name())
          .append("\" [label=\"").append(label(read)).append("\"];\n");
    }
    return text.append("}\n").toString();
  }

  /** The stacks by environment, in the order the app first names each: "us-west-2", "123456789012 us-east-1". */
  private Map<String, List<App.Member>> groups() {
    Map<String, List<App.Member>> groups = new LinkedHashMap<>();
    for (App.Member member : app.templates().keySet()) {
      String account = member.environment().account();
      String region = member.environment().region();
      String where = (account == null ? "" : account + " ") + (region == null ? "the deployer's region" : region);
      groups.computeIfAbsent(where, k -> new ArrayList<>()).add(member);
    }
    return groups;
  }

  private static String label(App.Read read) {
    return read.outputId() + (read.strong() ? " (export)" : " (Fn::GetStackOutput)");
  }

  private static String id(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "_");
  }
}
