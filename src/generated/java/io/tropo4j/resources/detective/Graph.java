// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.detective;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Detective::Graph</code> resource is an Amazon Detective resource type that creates
 * a Detective behavior graph. The requesting account becomes the administrator account for the
 * behavior graph.
 *
 * <p>CloudFormation type {@code AWS::Detective::Graph}.
 */
public final class Graph extends Resource<Graph> {
  private static final Schema SCHEMA = Schema.builder("AWS::Detective::Graph")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Graph(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether to automatically enable new organization accounts as member accounts in the
   * organization behavior graph.
   *
   * <p>By default, this property is set to <code>false</code> . If you want to change the value of
   * this property, you must be the Detective administrator for the organization. For more
   * information on setting a Detective administrator account, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-detective-organizationadmin.html">AWS::Detective::OrganizationAdmin</a>
   * .
   *
   * <p>Default: {@code false}. CloudFormation property {@code AutoEnableMembers}.
   */
  public Graph autoEnableMembers(boolean value) {
    return set("AutoEnableMembers", Value.of(value));
  }

  /** Sets {@code AutoEnableMembers} to this value; see {@link #autoEnableMembers(boolean)}. */
  public Graph autoEnableMembers(Value<Boolean> value) {
    return set("AutoEnableMembers", value);
  }

  /**
   * The tag values to assign to the new behavior graph.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Graph tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Graph tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Graph tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the new behavior graph.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
