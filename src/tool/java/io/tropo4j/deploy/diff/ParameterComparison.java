package io.tropo4j.deploy.diff;

import io.tropo4j.deploy.StackDiff.ParameterChange;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * The stack's parameter values now against those an update would send. A NoEcho value is never read:
 * one kept by reference is unchanged, one given anew is a change whose values are not said.
 */
public final class ParameterComparison {
  private ParameterComparison() {}

  /**
   * @param now the stack's parameters, as DescribeStacks reports them
   * @param sent what the update would send, as the deployer makes it; a declared
   *     parameter missing from it takes its default
   */
  public static List<ParameterChange> compare(TemplateDocument deployed, TemplateDocument local, List<Parameter> now,
      List<Parameter> sent) {
    Map<String, Parameter> current = new LinkedHashMap<>();
    now.forEach(p -> current.put(p.parameterKey(), p));
    Map<String, Parameter> next = new LinkedHashMap<>();
    sent.forEach(p -> next.put(p.parameterKey(), p));
    Set<String> names = new LinkedHashSet<>(local.parameters().keySet());
    names.addAll(current.keySet());
    List<ParameterChange> changes = new ArrayList<>();
    for (String name : names) {
      TemplateDocument.Parameter declared = local.parameters().containsKey(name) ? local.parameters().get(name)
          : deployed.parameters().get(name);
      boolean noEcho = declared != null && declared.noEcho()
          || deployed.parameters().containsKey(name) && deployed.parameters().get(name).noEcho();
      boolean list = declared != null && declared.isList();
      Parameter before = current.get(name);
      if (!local.parameters().containsKey(name)) {
        changes.add(noEcho ? new ParameterChange(name, null, null, true)
            : new ParameterChange(name, value(before.parameterValue(), list), null, false));
        continue;
      }
      Parameter sending = next.get(name);
      if (sending != null && Boolean.TRUE.equals(sending.usePreviousValue())) {
        continue; // kept as it is
      }
      String after = sending != null ? sending.parameterValue()
          : declared.defaultValue().filter(d -> d instanceof Scalar).map(d -> ((Scalar) d).string()).orElse(null);
      if (noEcho) {
        if (before == null || sending != null) {
          // a NoEcho value cannot be read back: given anew, it may or may not differ, and is not shown
          changes.add(new ParameterChange(name, null, null, true));
        }
        continue;
      }
      String old = before == null ? null : value(before.parameterValue(), list);
      String fresh = value(after, list);
      if (old == null || !old.equals(fresh)) {
        changes.add(new ParameterChange(name, old, fresh, false));
      }
    }
    return changes;
  }

  /** A list's value as "a,b", however it was spaced. */
  private static String value(String value, boolean list) {
    if (value == null || !list) {
      return value;
    }
    return Arrays.stream(value.split(",", -1)).map(String::strip).collect(Collectors.joining(","));
  }
}
