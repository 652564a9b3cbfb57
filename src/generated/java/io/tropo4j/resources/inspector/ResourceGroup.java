// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspector;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Inspector::ResourceGroup</code> resource is used to create Amazon Inspector
 * resource groups. A resource group defines a set of tags that, when queried, identify the AWS
 * resources that make up the assessment target.
 *
 * <p>CloudFormation type {@code AWS::Inspector::ResourceGroup}.
 */
public final class ResourceGroup extends Resource<ResourceGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Inspector::ResourceGroup")
      .required("ResourceGroupTags")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public ResourceGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tags (key and value pairs) that will be associated with the resource group.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ResourceGroupTags}.
   */
  public ResourceGroup resourceGroupTags(List<Tag> value) {
    return set("ResourceGroupTags", Value.listOf(value));
  }

  /** Sets {@code ResourceGroupTags} to this value; see {@link #resourceGroupTags(List)}. */
  public ResourceGroup resourceGroupTags(Value<List<Tag>> value) {
    return set("ResourceGroupTags", value);
  }

  /**
   * The Amazon Resource Name (ARN) that specifies the resource group that is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
