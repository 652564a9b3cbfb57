// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.aps;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The definition of a rule groups namespace in an Amazon Managed Service for Prometheus workspace.
 * A rule groups namespace is associated with exactly one rules file. A workspace can have multiple
 * rule groups namespaces. For more information about rules files, see <a
 * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-ruler-rulesfile.html">Creating
 * a rules file</a> , in the <em>Amazon Managed Service for Prometheus User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::APS::RuleGroupsNamespace}.
 */
public final class RuleGroupsNamespace extends Resource<RuleGroupsNamespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::APS::RuleGroupsNamespace")
      .required("Data", "Name", "Workspace")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .constrain("Workspace", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RuleGroupsNamespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The rules file used in the namespace.
   *
   * <p>For more details about the rules file, see <a
   * href="https://docs.aws.amazon.com/prometheus/latest/userguide/AMP-ruler-rulesfile.html">Creating
   * a rules file</a> in the <em>Amazon Managed Service for Prometheus User Guide</em> .
   *
   * <p>Required. CloudFormation property {@code Data}.
   */
  public RuleGroupsNamespace data(String value) {
    return set("Data", Value.of(value));
  }

  /** Sets {@code Data} to this value; see {@link #data(String)}. */
  public RuleGroupsNamespace data(Value<String> value) {
    return set("Data", value);
  }

  /**
   * The name of the rule groups namespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Name}.
   */
  public RuleGroupsNamespace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RuleGroupsNamespace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The list of tag keys and values that are associated with the rule groups namespace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RuleGroupsNamespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RuleGroupsNamespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RuleGroupsNamespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the workspace to add the rule groups namespace.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):aps:[a-z0-9-]+:[0-9]+:workspace/[a-zA-Z0-9-]+$}. CloudFormation
   * property {@code Workspace}.
   */
  public RuleGroupsNamespace workspace(String value) {
    return set("Workspace", Value.of(value));
  }

  /** Sets {@code Workspace} to this value; see {@link #workspace(String)}. */
  public RuleGroupsNamespace workspace(Value<String> value) {
    return set("Workspace", value);
  }

  /**
   * The ARN of the rule groups namespace. For example,
   * <code>arn:aws:aps:&lt;region&gt;:123456789012:rulegroupsnamespace/ws-example1-1234-abcd-5678-ef90abcd1234/rulesfile1</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
