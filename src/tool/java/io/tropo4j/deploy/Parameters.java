package io.tropo4j.deploy;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** Stack parameters: read from the user, checked against the template, completed for CloudFormation. */
public final class Parameters {
  private Parameters() {}

  /** {@code Key=Value} pairs; a value may hold further '=' and commas. */
  public static Map<String, String> parsePairs(List<String> pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new DeployException("parameter '" + pair + "' is not Key=Value");
      }
      values.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return values;
  }

  /** A CloudFormation parameters file: {@code [{"ParameterKey": "K", "ParameterValue": "V"}, ...]}. */
  public static Map<String, String> readFile(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new DeployException("cannot read parameters file " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JsonNode.parser().parse(text);
    } catch (RuntimeException e) {
      throw new DeployException("parameters file " + file + " is not JSON: " + e.getMessage(), e);
    }
    if (!root.isArray()) {
      throw new DeployException("parameters file " + file + " must be a JSON array of "
          + "{\"ParameterKey\": ..., \"ParameterValue\": ...}");
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<JsonNode> items = root.asArray();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      JsonNode key = item.isObject() ? item.asObject().get("ParameterKey") : null;
      JsonNode value = item.isObject() ? item.asObject().get("ParameterValue") : null;
      if (key == null || !key.isString() || value == null || !(value.isString() || value.isNumber())) {
        throw new DeployException("parameters file " + file + ", item " + i
            + ": needs a string ParameterKey and a ParameterValue");
      }
      values.put(key.asString(), value.isString() ? value.asString() : value.asNumber());
    }
    return values;
  }

  /**
   * The parameters to send: the given values (checked against the template's constraints), the
   * previous values for an update (as {@code aws cloudformation deploy} keeps them), and the
   * template's defaults otherwise.
   *
   * @param previous the names of the parameters the stack has now, or empty on create
   */
  static List<software.amazon.awssdk.services.cloudformation.model.Parameter> resolve(Template template,
      String stackName, Map<String, String> given, Set<String> previous) {
    Map<String, Parameter<?>> declared = check(template, stackName, given);
    List<software.amazon.awssdk.services.cloudformation.model.Parameter> resolved = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Parameter<?> parameter : declared.values()) {
      String name = parameter.logicalId();
      if (given.containsKey(name)) {
        resolved.add(software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
            .parameterKey(name).parameterValue(given.get(name)).build());
      } else if (previous.contains(name)) {
        resolved.add(software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
            .parameterKey(name).usePreviousValue(true).build());
      } else if (parameter.defaultValue() == null) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw DeployException.missingValues(stackName, missing);
    }
    return resolved;
  }

  /** Checks the given values against the template's parameters, before any call; returns them by name. */
  static Map<String, Parameter<?>> check(Template template, String stackName, Map<String, String> given) {
    Map<String, Parameter<?>> declared = new LinkedHashMap<>();
    template.parameters().forEach(p -> declared.put(p.logicalId(), p));
    for (Map.Entry<String, String> value : given.entrySet()) {
      Parameter<?> parameter = declared.get(value.getKey());
      if (parameter == null) {
        throw new DeployException("stack " + stackName + " has no parameter '" + value.getKey()
            + "'; its parameters are " + String.join(", ", declared.keySet()));
      }
      check(parameter, value.getValue());
    }
    return declared;
  }

  /** The constraints CloudFormation would check, with the parameter's name; a NoEcho value is not repeated. */
  private static void check(Parameter<?> parameter, String value) {
    String name = parameter.logicalId();
    // A NoEcho value is a secret: the message says which parameter, never what was given.
    String given = parameter.isNoEcho() ? "parameter " + name + " (NoEcho, value not shown) is not valid"
        : "parameter " + name + " is '" + value + "'";
    List<String> allowed = parameter.allowedValues();
    if (allowed != null && !allowed.isEmpty() && !allowed.contains(value)) {
      throw new DeployException(given + "; allowed values are " + String.join(", ", allowed));
    }
    String pattern = parameter.allowedPattern();
    if (pattern != null && !value.contains(",")) {
      try {
        if (!Pattern.compile(pattern).matcher(value).matches()) {
          String hint = parameter.constraintDescription() == null ? "must match " + pattern
              : "must be " + parameter.constraintDescription();
          throw new DeployException(given + (parameter.isNoEcho() ? "; it " : ", which ") + hint);
        }
      } catch (PatternSyntaxException e) {
        // CloudFormation's pattern dialect is not Java's in every corner; CloudFormation will judge.
      }
    }
  }
}
