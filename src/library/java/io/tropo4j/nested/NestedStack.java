package io.tropo4j.nested;

import io.tropo4j.core.Asset;
import io.tropo4j.core.NestedTemplate;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stack inside a stack ({@code AWS::CloudFormation::Stack}): the child's template is an asset the
 * deployer uploads with the parent's, its parameters are given by the child's own {@link Parameter}
 * objects, and its outputs are read as values of the parent ({@code Fn::GetAtt Child.Outputs.Name}).
 *
 * <pre>{@code
 * Network network = new Network();                     // builds its Template, keeps its parameters
 * NestedStack net = t.add(new NestedStack("Network", network.template())
 *     .parameter(network.cidr, Value.of("10.0.0.0/16")));
 * group.vpcId(net.output(network.vpcIdOutput));
 * }</pre>
 *
 * The child is complete when it is given: its template is written then, and its key is its hash. A
 * child that holds data (a database, a bucket) makes the nested stack hold it: validation then asks
 * for its DeletionPolicy and UpdateReplacePolicy, as for the resource itself.
 * A child that uses assets receives the parent's asset bucket by itself.
 */
public final class NestedStack extends Resource<NestedStack> implements NestedTemplate {
  private final Template child;
  private final Asset template;
  private final Map<String, Value<Object>> parameters = new LinkedHashMap<>();

  public NestedStack(String logicalId, Template child) {
    super(logicalId, schema(child));
    this.child = child;
    this.template = Asset.content("nested stack " + logicalId,
        JsonWriter.write(child).getBytes(StandardCharsets.UTF_8), ".json");
    set("TemplateURL", template.httpsUrl());
    if (!child.assets().isEmpty()) {
      parameters.put(Asset.BUCKET_PARAMETER, anything(template.bucket()));
      set("Parameters", Value.map(parameters));
    }
  }

  /**
   * A value for one of the child's parameters: the very object the child's template declares, so the
   * value's type is the parameter's. A list is given as CloudFormation passes one, joined by commas.
   *
   * @throws IllegalArgumentException when the child's template does not declare that parameter
   */
  public <T> NestedStack parameter(Parameter<T> parameter, Value<T> value) {
    if (!child.parameters().contains(parameter)) {
      throw new IllegalArgumentException("nested stack " + logicalId() + ": its template has no parameter "
          + parameter.logicalId() + " (its parameters: " + names(child.parameters()) + ")");
    }
    String type = parameter.type().name();
    Value<?> given = type.startsWith("List<") || type.equals("CommaDelimitedList") ? Fn.join(",", retype(value))
        : value;
    parameters.put(parameter.logicalId(), anything(given));
    set("Parameters", Value.map(parameters));
    return this;
  }

  /** A literal value for one of the child's parameters. */
  public NestedStack parameter(Parameter<String> parameter, String value) {
    return parameter(parameter, Value.of(value));
  }

  /**
   * One of the child's outputs: {@code Fn::GetAtt Child.Outputs.Name}. Every output reaches the parent
   * as a string.
   *
   * @throws IllegalArgumentException when the output is not the child's
   */
  public Value<String> output(Output output) {
    if (!child.outputs().contains(output)) {
      throw new IllegalArgumentException("nested stack " + logicalId() + ": output " + output.logicalId()
          + " is not one of its template's");
    }
    return getAtt("Outputs." + output.logicalId());
  }

  /** One of the child's outputs by name; a name the child has no output of is reported by validation. */
  public Value<String> output(String name) {
    return getAtt("Outputs." + name);
  }

  /** Minutes CloudFormation waits for the child before it fails and rolls back. */
  public NestedStack timeoutInMinutes(int minutes) {
    return set("TimeoutInMinutes", Value.of(minutes));
  }

  @Override
  public Template nestedTemplate() {
    return child;
  }

  @Override
  public Asset templateAsset() {
    return template;
  }

  /** The child changed after it was given: what is uploaded would not be what is validated and diffed. */
  @Override
  public String nestedProblem() {
    return new String(template.content(), StandardCharsets.UTF_8).equals(JsonWriter.write(child)) ? null
        : "the nested template changed after NestedStack was made; make the NestedStack once its template is complete";
  }

  @Override
  public Set<String> givenParameters() {
    return Set.copyOf(parameters.keySet());
  }

  private static Schema schema(Template child) {
    List<String> outputs = new ArrayList<>();
    for (Output output : child.outputs()) {
      outputs.add("Outputs." + output.logicalId());
    }
    Schema.Builder schema = Schema.builder("AWS::CloudFormation::Stack").required("TemplateURL")
        .attributes(outputs.toArray(new String[0]));
    for (Resource<?> resource : child.resources()) {
      if (resource.schema().isStateful()) {
        return schema.stateful().build(); // deleting or replacing it deletes that data: it asks for a policy
      }
    }
    return schema.build();
  }

  @SuppressWarnings("unchecked")
  private static Value<List<String>> retype(Value<?> list) {
    return (Value<List<String>>) list;
  }

  /** Any value, as the Parameters map holds them: CloudFormation passes each to the child as a string. */
  @SuppressWarnings("unchecked")
  private static Value<Object> anything(Value<?> value) {
    return (Value<Object>) value;
  }

  private static String names(List<Parameter<?>> parameters) {
    List<String> names = new ArrayList<>();
    for (Parameter<?> parameter : parameters) {
      names.add(parameter.logicalId());
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
