// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.organizations;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a resource-based delegation policy that can be used to delegate policy
 * management for AWS Organizations to specified member accounts to perform policy actions that are
 * by default available only to the management account.
 *
 * <p>For more information about delegated policy management, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_delegate_policies.html">Delegated
 * administrator for AWS Organizations</a> in the <em>AWS Organizations User Guide</em> .
 *
 * <p>You can only call this operation from the organization's management account.
 *
 * <p>CloudFormation type {@code AWS::Organizations::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Organizations::ResourcePolicy")
      .required("Content")
      .constrain("Content", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(40000))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The policy text of the organization resource policy. You can specify the resource policy
   * content as a JSON object or a JSON string.
   *
   * <p>When you specify the resource policy content as a JSON string, you can't perform drift
   * detection on the CloudFormation stack. For this reason, we recommend specifying the resource
   * policy content as a JSON object instead.
   *
   * <p>Required. Length: 1 to 40000 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation
   * property {@code Content}.
   */
  public ResourcePolicy content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public ResourcePolicy content(Value<String> value) {
    return set("Content", value);
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public ResourcePolicy content(Json value) {
    return set("Content", value);
  }

  /**
   * A list of tags that you want to attach to the newly created resource policy. For each tag in
   * the list, you must specify both a tag key and a value. You can set the value to an empty
   * string, but you can't set it to <code>null</code> . For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_tagging.html">Tagging AWS
   * Organizations resources</a> in the <em>AWS Organizations User Guide</em> .
   *
   * <p>If any one of the tags is not valid or if you exceed the allowed number of tags for the
   * resource policy, then the entire request fails and the resource policy is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResourcePolicy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResourcePolicy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResourcePolicy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the policy. For example:
   * <code>arn:aws:organizations::111111111111:resourcepolicy/o-exampleorgid/rp-examplepolicyid111</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the unique identifier (ID) of the resource policy. For example:
   * <code>rp-examplepolicyid111</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
