package io.tropo4j.check;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.fn.Call;
import io.tropo4j.fn.GetStackOutput;
import io.tropo4j.fn.NamedCondition;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Referable;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Sub;
import io.tropo4j.fn.Value;
import io.tropo4j.fn.Visitor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the whole template as a sink, keeping the path, and checks every intrinsic against the
 * template's declarations, visiting each as it arrives. Records resource and condition dependencies
 * for {@link CycleCheck}.
 */
final class ReferenceWalker implements Sink, Visitor {
  /** A {@code ${Name}} of Fn::Sub; ExportCheck reads them too. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  /** The functions Fn::GetStackOutput may stand in, as CloudFormation documents them. */
  private static final List<String> AROUND_STACK_OUTPUT = List.of("Fn::Join", "Fn::If", "Fn::Select", "Fn::Sub",
      "Fn::Base64");

  /** One open object (with its current key) or array (with its current index); reused by depth. */
  private static final class Frame {
    boolean array;
    String key;
    int index;
  }

  private final Names names;
  private final List<Problem> problems;
  private final List<Frame> frames = new ArrayList<>();
  private final List<Frame> spare = new ArrayList<>();
  private final Map<String, Set<String>> resourceEdges = new LinkedHashMap<>();
  private final Map<String, Set<String>> conditionEdges = new LinkedHashMap<>();

  ReferenceWalker(Names names, List<Problem> problems) {
    this.names = names;
    this.problems = problems;
  }

  Map<String, Set<String>> resourceEdges() {
    return resourceEdges;
  }

  Map<String, Set<String>> conditionEdges() {
    return conditionEdges;
  }

  @Override
  public void beginObject() {
    beforeValue();
    push(false, null);
  }

  @Override
  public void key(String name) {
    Frame top = frames.get(frames.size() - 1);
    top.key = name;
    if (frames.size() == 2 && "Resources".equals(section())) {
      edges(resourceEdges, name);
    } else if (frames.size() == 2 && "Conditions".equals(section())) {
      edges(conditionEdges, name);
    }
    if (frames.size() == 3 && "Resources".equals(section()) && "DependsOn".equals(name)) {
      // DependsOn targets are checked by object (PolicyCheck); here they only feed the cycle check.
      Resource<?> resource = names.resources.get(frames.get(1).key);
      if (resource != null) {
        for (Resource<?> dependency : resource.dependencies()) {
          edges(resourceEdges, frames.get(1).key).add(dependency.logicalId());
        }
      }
    }
  }

  @Override
  public void endObject() {
    pop();
  }

  @Override
  public void beginArray() {
    beforeValue();
    push(true, null);
  }

  @Override
  public void endArray() {
    pop();
  }

  @Override
  public void string(String value) {
    beforeValue();
  }

  @Override
  public void number(Number value) {
    beforeValue();
    if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
      problem("is " + value + ", which neither JSON nor CloudFormation can hold; give a finite number");
    }
  }

  @Override
  public void bool(boolean value) {
    beforeValue();
  }

  @Override
  public void call(Call call) {
    beforeValue();
    push(false, call.function());
    if (call.ruleOnly() && !"Rules".equals(section())) {
      problem(call.function() + " can only be used in Rules");
    }
    if (call instanceof GetStackOutput) {
      stackOutputPlacement();
    }
    visitCall(call);
    call.writeArgument(this);
    pop();
  }

  /**
   * Where CloudFormation takes Fn::GetStackOutput: resource properties and Outputs, not an export's Name,
   * and inside no function but Fn::Join, Fn::If, Fn::Select, Fn::Sub and Fn::Base64 (so not in
   * Fn::ImportValue, nor in Conditions, which are a section of their own).
   */
  private void stackOutputPlacement() {
    String section = section();
    if (!"Resources".equals(section) && !"Outputs".equals(section)) {
      problem("Fn::GetStackOutput can be used in resource properties and Outputs only, not in " + section);
      return;
    }
    if ("Outputs".equals(section) && frames.size() > 3 && "Export".equals(frames.get(2).key)) {
      problem("Fn::GetStackOutput cannot name an export: an export's Name must be known without another stack");
      return;
    }
    for (int i = 1; i < frames.size() - 1; i++) { // the last frame is the call itself
      String key = frames.get(i).key;
      if (key != null && key.startsWith("Fn::") && !AROUND_STACK_OUTPUT.contains(key)) {
        problem("Fn::GetStackOutput cannot be used inside " + key + "; CloudFormation takes it alone or inside "
            + String.join(", ", AROUND_STACK_OUTPUT));
        return;
      }
    }
  }

  private void push(boolean array, String key) {
    Frame frame = spare.isEmpty() ? new Frame() : spare.remove(spare.size() - 1);
    frame.array = array;
    frame.key = key;
    frame.index = -1;
    frames.add(frame);
  }

  private void pop() {
    spare.add(frames.remove(frames.size() - 1));
  }

  private void beforeValue() {
    if (!frames.isEmpty()) {
      Frame top = frames.get(frames.size() - 1);
      if (top.array) {
        top.index++;
      }
    }
  }

  @Override
  public void ref(String name, Referable target) {
    String section = section();
    if (target == null && Pseudo.NAMES.contains(name)) {
      return;
    }
    Parameter<?> parameter = names.parameters.get(name);
    Resource<?> resource = names.resources.get(name);
    if (parameter == null && resource == null) {
      problem("Ref to '" + name + "', which is not a parameter or resource of this template");
      return;
    }
    if (target != null && target != parameter && target != resource) {
      problem("Ref to '" + name + "' names an object that was not added to this template");
      return;
    }
    if (parameter != null) {
      secretExposure(parameter, section);
    } else {
      resourceReference(name, section);
    }
  }

  @Override
  public void getAtt(Referable target, String attribute) {
    String name = target.logicalId();
    String section = section();
    Resource<?> resource = names.resources.get(name);
    if (resource == null) {
      problem("Fn::GetAtt of '" + name + "', which is not a resource of this template");
      return;
    }
    if (target != resource) {
      problem("Fn::GetAtt of '" + name + "' names an object that was not added to this template");
      return;
    }
    if (!resource.schema().hasAttribute(attribute)) {
      problem("Fn::GetAtt: " + resource.type() + " '" + name + "' has no attribute '" + attribute
          + "'" + (resource.schema().attributes().isEmpty() ? ""
              : "; it has " + String.join(", ", resource.schema().attributes())));
      return;
    }
    resourceReference(name, section);
  }

  @Override
  public void sub(Sub sub) {
    String section = section();
    Matcher m = PLACEHOLDER.matcher(sub.template());
    while (m.find()) {
      String name = m.group(1).trim();
      if (name.startsWith("!") || sub.variables().containsKey(name) || Pseudo.NAMES.contains(name)) {
        continue;
      }
      String where = sub.source() == null ? "" : " (" + sub.source() + " line " + lineOf(sub.template(), m.start()) + ")";
      Parameter<?> parameter = names.parameters.get(name);
      if (parameter != null) {
        secretExposure(parameter, section);
      } else if (names.resources.containsKey(name)) {
        resourceReference(name, section);
      } else {
        int dot = name.indexOf('.');
        Resource<?> resource = dot > 0 ? names.resources.get(name.substring(0, dot)) : null;
        if (resource == null) {
          problem("Fn::Sub: ${" + name + "}" + where + " is not a parameter, resource, attribute or variable"
              + " (write ${!" + name + "} for a literal)");
        } else if (!resource.schema().hasAttribute(name.substring(dot + 1))) {
          problem("Fn::Sub: ${" + name + "}" + where + ": " + resource.type() + " has no attribute '"
              + name.substring(dot + 1) + "'");
        } else {
          resourceReference(resource.logicalId(), section);
        }
      }
    }
  }

  @Override
  public void findInMap(Referable target, Value<String> topLevelKey, Value<String> secondLevelKey) {
    Mapping mapping = names.mappings.get(target.logicalId());
    if (mapping == null || mapping != target) {
      problem("Fn::FindInMap: mapping '" + target.logicalId() + "' is not in the template");
      return;
    }
    String top = LiteralText.of(topLevelKey);
    if (top == null) {
      return;
    }
    Map<String, Object> second = mapping.entries().get(top);
    if (second == null) {
      problem("Fn::FindInMap: mapping '" + mapping.logicalId() + "' has no key '" + top + "'");
      return;
    }
    String key = LiteralText.of(secondLevelKey);
    if (key != null && !second.containsKey(key)) {
      problem("Fn::FindInMap: mapping '" + mapping.logicalId() + "' has no key '" + top + "." + key + "'");
    }
  }

  @Override
  public void ifThen(NamedCondition condition, Value<?> whenTrue, Value<?> whenFalse) {
    declared(condition);
  }

  @Override
  public void conditionRef(NamedCondition condition) {
    declared(condition);
    if ("Conditions".equals(section())) {
      edge(conditionEdges, frames.get(1).key, condition.logicalId());
    }
  }

  /**
   * A Condition object must be the one added; any other NamedCondition only names one (the way a
   * condition refers to one that refers back), so it is resolved by name, and a cycle among
   * conditions is reported once, as a cycle.
   */
  private void declared(NamedCondition target) {
    Condition condition = names.conditions.get(target.logicalId());
    if (condition == null || target instanceof Condition && condition != target) {
      problem("condition '" + target.logicalId() + "' is not in the template's Conditions");
    }
  }

  private void resourceReference(String name, String section) {
    if ("Resources".equals(section)) {
      edge(resourceEdges, frames.get(1).key, name);
    } else if ("Conditions".equals(section) || "Rules".equals(section) || "Parameters".equals(section)) {
      problem(section + " can refer to parameters only, not to resource '" + name + "'");
    }
  }

  /** A NoEcho parameter's value must not be echoed where anyone can read it. */
  private void secretExposure(Parameter<?> parameter, String section) {
    boolean inResourceMetadata = "Resources".equals(section) && frames.size() > 2
        && "Metadata".equals(frames.get(2).key);
    if (parameter.isNoEcho() && ("Outputs".equals(section) || "Metadata".equals(section) || inResourceMetadata)) {
      problem("exposes NoEcho parameter '" + parameter.logicalId() + "' in " + section
          + (inResourceMetadata ? " metadata" : "") + ", where it is shown in plain text");
    }
  }

  private static void edge(Map<String, Set<String>> edges, String from, String to) {
    edges(edges, from).add(to);
  }

  /** The node's edges, created empty on first sight (not computeIfAbsent: its lambda links at start-up). */
  private static Set<String> edges(Map<String, Set<String>> edges, String from) {
    Set<String> to = edges.get(from);
    if (to == null) {
      to = new LinkedHashSet<>();
      edges.put(from, to);
    }
    return to;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private String section() {
    return frames.size() > 1 ? frames.get(0).key : null;
  }

  private void problem(String message) {
    problems.add(new Problem(path(), message));
  }

  private String path() {
    StringBuilder path = new StringBuilder();
    for (Frame frame : frames) {
      if (frame.array) {
        path.append('[').append(frame.index).append(']');
      } else if (frame.key != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(frame.key);
      }
    }
    return path.toString();
  }
}
