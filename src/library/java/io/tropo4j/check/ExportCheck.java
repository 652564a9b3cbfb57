package io.tropo4j.check;

import io.tropo4j.core.Output;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Export names unique in the template, compared by what they resolve to: within one stack the same
 * parameter, pseudo parameter or attribute has one value, so {@code ${AWS::StackName}-x} twice, or
 * once as Fn::Sub and once as the equivalent Fn::Join, is one name and CloudFormation refuses the
 * second. Outputs under two different conditions may be alternatives and are not compared.
 */
final class ExportCheck {
  private ExportCheck() {}

  static void run(Template template, List<Problem> problems) {
    Map<String, List<Output>> byName = new LinkedHashMap<>();
    for (Output output : template.outputs()) {
      if (output.exportName() != null) {
        String name = resolved(JsonTree.of(output.exportName()));
        List<Output> earlier = byName.computeIfAbsent(name, k -> new ArrayList<>());
        for (Output other : earlier) {
          if (output.condition() == null || other.condition() == null
              || Objects.equals(output.condition().logicalId(), other.condition().logicalId())) {
            problems.add(new Problem("Outputs." + output.logicalId() + ".Export.Name",
                "export name '" + name + "' is used by another output (" + other.logicalId() + ")"));
            break;
          }
        }
        earlier.add(output);
      }
    }
  }

  /**
   * The name as text, with what the stack fills in written {@code ${Name}} or {@code ${Name.Attribute}};
   * literal text that looks like a placeholder is written {@code ${!...}}, as Fn::Sub escapes it.
   * A part it cannot read (another intrinsic) stands as its JSON form, equal only to itself.
   */
  static String resolved(Object node) {
    if (node instanceof String text) {
      return text.replace("${", "${!");
    }
    String function = JsonTree.function(node);
    Object argument = function == null ? null : ((Map<?, ?>) node).get(function);
    if ("Ref".equals(function) && argument instanceof String name) {
      return "${" + name + "}";
    }
    if ("Fn::GetAtt".equals(function) && argument instanceof List<?> parts && parts.size() == 2) {
      return "${" + parts.get(0) + "." + parts.get(1) + "}";
    }
    if ("Fn::Sub".equals(function)) {
      if (argument instanceof String text) {
        return sub(text, Map.of());
      }
      if (argument instanceof List<?> parts && parts.size() == 2 && parts.get(0) instanceof String text
          && parts.get(1) instanceof Map<?, ?> variables) {
        return sub(text, variables);
      }
    }
    if ("Fn::Join".equals(function) && argument instanceof List<?> parts && parts.size() == 2
        && parts.get(0) instanceof String delimiter && parts.get(1) instanceof List<?> items) {
      List<String> texts = new ArrayList<>();
      items.forEach(item -> texts.add(resolved(item)));
      return String.join(resolved(delimiter), texts);
    }
    return "\u0000" + node + "\u0000";
  }

  private static String sub(String template, Map<?, ?> variables) {
    StringBuilder out = new StringBuilder();
    Matcher m = ReferenceWalker.PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      out.append(template, last, m.start());
      String name = m.group(1).trim();
      if (name.startsWith("!")) {
        out.append(m.group());
      } else if (variables.containsKey(name)) {
        out.append(resolved(variables.get(name)));
      } else {
        out.append("${").append(name).append('}');
      }
      last = m.end();
    }
    return out.append(template.substring(last)).toString();
  }
}
