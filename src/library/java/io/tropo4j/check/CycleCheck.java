package io.tropo4j.check;

import io.tropo4j.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Circular dependencies, which CloudFormation refuses before it creates anything. */
final class CycleCheck {
  private enum Mark { VISITING, DONE }

  private CycleCheck() {}

  /** Reports each cycle once, at the first member in declaration order. */
  static void run(String section, Map<String, Set<String>> edges, List<Problem> problems) {
    Map<String, Mark> marks = new HashMap<>();
    for (String node : edges.keySet()) {
      visit(section, node, edges, marks, new ArrayList<>(), problems);
    }
  }

  private static void visit(String section, String node, Map<String, Set<String>> edges,
      Map<String, Mark> marks, List<String> trail, List<Problem> problems) {
    Mark mark = marks.get(node);
    if (mark == Mark.DONE) {
      return;
    }
    if (mark == Mark.VISITING) {
      List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(node), trail.size()));
      cycle.add(node);
      problems.add(new Problem(section + "." + node,
          "circular dependency: " + String.join(" -> ", cycle)));
      return;
    }
    marks.put(node, Mark.VISITING);
    trail.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      visit(section, next, edges, marks, trail, problems);
    }
    trail.remove(trail.size() - 1);
    marks.put(node, Mark.DONE);
  }
}
