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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** Stack parameters: read from the user, checked against the template, completed for CloudFormation. */
public final class Parameters {
  private Parameters() {}

  /** {@code Key=Value} pairs; a value may hold further '=' and commas. */
  public static Map<String, String> parsePairs(List<String> pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      String pair = pairs.get(i);
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        // Not repeated: what was meant as Key=Value may hold a secret.
        throw new DeployException("parameter value " + (i + 1) + " of " + pairs.size() + " is not Key=Value "
            + "(its text is not shown, as it may be a secret)");
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
      throw new DeployException("parameters file " + file + " is not JSON" + where(e) + "; it must be a JSON array "
          + "of {\"ParameterKey\": ..., \"ParameterValue\": ...}", e);
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

  private static final Pattern PARSER_POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");

  /** Where the parser stopped, in words; the parser's own message names its classes, so it is not shown. */
  private static String where(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher position = PARSER_POSITION.matcher(String.valueOf(t.getMessage()));
      if (position.find()) {
        return " (it goes wrong at line " + position.group(1) + ", column " + position.group(2) + ")";
      }
    }
    return "";
  }

  /**
   * The parameters to send: the given values (checked against the template's constraints), on update
   * the value each other parameter has now (as {@code aws cloudformation deploy} keeps them, see
   * {@link PreviousValues}), and the template's defaults otherwise.
   *
   * @param previous the stack's parameters now, as DescribeStacks reports them; empty on create
   */
  static List<software.amazon.awssdk.services.cloudformation.model.Parameter> resolve(Template template,
      String stackName, Map<String, String> given,
      List<software.amazon.awssdk.services.cloudformation.model.Parameter> previous) {
    Map<String, Parameter<?>> declared = check(template, stackName, given);
    Map<String, software.amazon.awssdk.services.cloudformation.model.Parameter> now = new LinkedHashMap<>();
    previous.forEach(p -> now.put(p.parameterKey(), p));
    List<software.amazon.awssdk.services.cloudformation.model.Parameter> resolved = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Parameter<?> parameter : declared.values()) {
      String name = parameter.logicalId();
      if (given.containsKey(name)) {
        resolved.add(software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
            .parameterKey(name).parameterValue(given.get(name)).build());
      } else if (now.containsKey(name)) {
        PreviousValues.keep(parameter, now.get(name)).ifPresent(resolved::add);
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
      ParameterConstraints.check(parameter, value.getValue());
    }
    return declared;
  }
}
