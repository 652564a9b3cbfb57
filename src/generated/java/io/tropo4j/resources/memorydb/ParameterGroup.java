// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new MemoryDB parameter group. A parameter group is a collection of parameters and
 * their values that are applied to all of the nodes in any cluster . For more information, see <a
 * href="https://docs.aws.amazon.com/memorydb/latest/devguide/parametergroups.html">Configuring
 * engine parameters using parameter groups</a> .
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::ParameterGroup}.
 */
public final class ParameterGroup extends Resource<ParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::ParameterGroup")
      .required("Family", "ParameterGroupName")
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("ParameterGroupName")
      .attributes("ARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the parameter group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public ParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the parameter group family that this parameter group is compatible with.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Family}.
   */
  public ParameterGroup family(String value) {
    return set("Family", Value.of(value));
  }

  /** Sets {@code Family} to this value; see {@link #family(String)}. */
  public ParameterGroup family(Value<String> value) {
    return set("Family", value);
  }

  /**
   * The name of the parameter group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ParameterGroupName}.
   */
  public ParameterGroup parameterGroupName(String value) {
    return set("ParameterGroupName", Value.of(value));
  }

  /** Sets {@code ParameterGroupName} to this value; see {@link #parameterGroupName(String)}. */
  public ParameterGroup parameterGroupName(Value<String> value) {
    return set("ParameterGroupName", value);
  }

  /**
   * Returns the detailed parameter list for the parameter group.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public ParameterGroup parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ParameterGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ParameterGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ParameterGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When you pass the logical ID of this resource to the intrinsic <code>Ref</code> function, Ref
   * returns the ARN of the parameter group, such as
   * <code>arn:aws:memorydb:us-east-1:123456789012:parametergroup/my-parameter-group</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }
}
