// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A dataset group is a collection of related datasets (Item interactions, Users, Items, Actions,
 * Action interactions). You create a dataset group by calling <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDatasetGroup.html">CreateDatasetGroup</a>
 * . You then create a dataset and add it to a dataset group by calling <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateDataset.html">CreateDataset</a>
 * . The dataset group is used to create and train a solution by calling <a
 * href="https://docs.aws.amazon.com/personalize/latest/dg/API_CreateSolution.html">CreateSolution</a>
 * . A dataset group can contain only one of each type of dataset.
 *
 * <p>You can specify an AWS Key Management Service (KMS) key to encrypt the datasets in the group.
 *
 * <p>CloudFormation type {@code AWS::Personalize::DatasetGroup}.
 */
public final class DatasetGroup extends Resource<DatasetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Personalize::DatasetGroup")
      .required("Name")
      .allowed("Domain", "ECOMMERCE", "VIDEO_ON_DEMAND")
      .constrain("KmsKeyArn", Constraint.of().pattern("arn:aws.*:kms:.*:[0-9]{12}:key/.*").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("arn:([a-z\\d-]+):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(0).maxLength(256).format("AWS::IAM::Role.Arn"))
      .refYields("DatasetGroupArn")
      .attributes("DatasetGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DatasetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The domain of a Domain dataset group.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ECOMMERCE}, {@code
   * VIDEO_ON_DEMAND}. CloudFormation property {@code Domain}.
   */
  public DatasetGroup domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public DatasetGroup domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Key Management Service (KMS) key used to encrypt the
   * datasets.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * arn:aws.*:kms:.*:[0-9]{12}:key/.*}. Format: {@code AWS::KMS::Key.Arn}. CloudFormation property
   * {@code KmsKeyArn}.
   */
  public DatasetGroup kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public DatasetGroup kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The name of the dataset group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*}. CloudFormation property {@code Name}.
   */
  public DatasetGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DatasetGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the AWS Identity and Access Management (IAM) role that has permissions to access the
   * AWS Key Management Service (KMS) key. Supplying an IAM role is only valid when also specifying
   * a KMS key.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:([a-z&#92;d-]+):iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public DatasetGroup roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DatasetGroup roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public DatasetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DatasetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DatasetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatasetGroupArn}.
   */
  public Value<String> datasetGroupArn() {
    return getAtt("DatasetGroupArn");
  }
}
