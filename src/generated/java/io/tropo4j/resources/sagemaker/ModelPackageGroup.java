// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A group of versioned models in the Model Registry.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ModelPackageGroup}.
 */
public final class ModelPackageGroup extends Resource<ModelPackageGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelPackageGroup")
      .required("ModelPackageGroupName")
      .constrain("ModelPackageGroupDescription", Constraint.of().pattern("[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*").minLength(0).maxLength(1024))
      .constrain("ModelPackageGroupName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .refYields("ModelPackageGroupArn")
      .attributes("CreationTime", "ModelPackageGroupArn", "ModelPackageGroupStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ModelPackageGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description for the model group.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * [&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*}. CloudFormation property {@code
   * ModelPackageGroupDescription}.
   */
  public ModelPackageGroup modelPackageGroupDescription(String value) {
    return set("ModelPackageGroupDescription", Value.of(value));
  }

  /**
   * Sets {@code ModelPackageGroupDescription} to this value; see {@link
   * #modelPackageGroupDescription(String)}.
   */
  public ModelPackageGroup modelPackageGroupDescription(Value<String> value) {
    return set("ModelPackageGroupDescription", value);
  }

  /**
   * The name of the model group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code ModelPackageGroupName}.
   */
  public ModelPackageGroup modelPackageGroupName(String value) {
    return set("ModelPackageGroupName", Value.of(value));
  }

  /**
   * Sets {@code ModelPackageGroupName} to this value; see {@link #modelPackageGroupName(String)}.
   */
  public ModelPackageGroup modelPackageGroupName(Value<String> value) {
    return set("ModelPackageGroupName", value);
  }

  /**
   * A resouce policy to control access to a model group. For information about resoure policies,
   * see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html">Identity-based
   * policies and resource-based policies</a> in the <em>AWS Identity and Access Management User
   * Guide.</em> .
   *
   * <p>CloudFormation property {@code ModelPackageGroupPolicy}.
   */
  public ModelPackageGroup modelPackageGroupPolicy(String value) {
    return set("ModelPackageGroupPolicy", Value.of(value));
  }

  /**
   * Sets {@code ModelPackageGroupPolicy} to this value; see {@link
   * #modelPackageGroupPolicy(String)}.
   */
  public ModelPackageGroup modelPackageGroupPolicy(Value<String> value) {
    return set("ModelPackageGroupPolicy", value);
  }

  /**
   * Sets {@code ModelPackageGroupPolicy} to this value; see {@link
   * #modelPackageGroupPolicy(String)}.
   */
  public ModelPackageGroup modelPackageGroupPolicy(Json value) {
    return set("ModelPackageGroupPolicy", value);
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
  public ModelPackageGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ModelPackageGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ModelPackageGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time when the model group was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the model group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelPackageGroupArn}.
   */
  public Value<String> modelPackageGroupArn() {
    return getAtt("ModelPackageGroupArn");
  }

  /**
   * The status of the model group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelPackageGroupStatus}.
   */
  public Value<String> modelPackageGroupStatus() {
    return getAtt("ModelPackageGroupStatus");
  }
}
