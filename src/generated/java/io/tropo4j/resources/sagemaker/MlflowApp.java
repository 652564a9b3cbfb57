// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::SageMaker::MlflowApp
 *
 * <p>CloudFormation type {@code AWS::SageMaker::MlflowApp}.
 */
public final class MlflowApp extends Resource<MlflowApp> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MlflowApp")
      .required("ArtifactStoreUri", "Name", "RoleArn")
      .constrain("ArtifactStoreUri", Constraint.of().pattern("(https|s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
      .allowed("ModelRegistrationMode", "AutoModelRegistrationEnabled",
          "AutoModelRegistrationDisabled")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$").minLength(1).maxLength(256))
      .constrain("RoleArn", Constraint.of().pattern("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("WeeklyMaintenanceWindowStart", Constraint.of().pattern("(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):([0-5]\\d)").minLength(0).maxLength(9))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastModifiedTime", "MlflowAppId", "MlflowVersion",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MlflowApp(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The S3 URI for a general purpose bucket to use as the MLflow App artifact store.
   *
   * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (https|s3)://([^/]+)/?(.*)}.
   * CloudFormation property {@code ArtifactStoreUri}.
   */
  public MlflowApp artifactStoreUri(String value) {
    return set("ArtifactStoreUri", Value.of(value));
  }

  /** Sets {@code ArtifactStoreUri} to this value; see {@link #artifactStoreUri(String)}. */
  public MlflowApp artifactStoreUri(Value<String> value) {
    return set("ArtifactStoreUri", value);
  }

  /**
   * Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model
   * Registry.
   *
   * <p>Allowed values: {@code AutoModelRegistrationEnabled}, {@code AutoModelRegistrationDisabled}.
   * CloudFormation property {@code ModelRegistrationMode}.
   */
  public MlflowApp modelRegistrationMode(String value) {
    return set("ModelRegistrationMode", Value.of(value));
  }

  /**
   * Sets {@code ModelRegistrationMode} to this value; see {@link #modelRegistrationMode(String)}.
   */
  public MlflowApp modelRegistrationMode(Value<String> value) {
    return set("ModelRegistrationMode", value);
  }

  /**
   * The name of the MLflow App.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$}. CloudFormation property {@code Name}.
   */
  public MlflowApp name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MlflowApp name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow App uses to
   * access the artifact store in Amazon S3.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public MlflowApp roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public MlflowApp roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Tags to associate with the MLflow App.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MlflowApp tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MlflowApp tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MlflowApp tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that
   * weekly maintenance updates are scheduled. For example: Tue:03:30.
   *
   * <p>Length: 0 to 9 characters. Pattern: {@code
   * (Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]&#92;d|2[0-3]):([0-5]&#92;d)}. CloudFormation property
   * {@code WeeklyMaintenanceWindowStart}.
   */
  public MlflowApp weeklyMaintenanceWindowStart(String value) {
    return set("WeeklyMaintenanceWindowStart", Value.of(value));
  }

  /**
   * Sets {@code WeeklyMaintenanceWindowStart} to this value; see {@link
   * #weeklyMaintenanceWindowStart(String)}.
   */
  public MlflowApp weeklyMaintenanceWindowStart(Value<String> value) {
    return set("WeeklyMaintenanceWindowStart", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the MLflow App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the MLflow App was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The date and time that the MLflow App was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The server-generated identifier of the MLflow App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MlflowAppId}.
   */
  public Value<String> mlflowAppId() {
    return getAtt("MlflowAppId");
  }

  /**
   * The MLflow version used by the MLflow App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MlflowVersion}.
   */
  public Value<String> mlflowVersion() {
    return getAtt("MlflowVersion");
  }

  /**
   * The status of the MLflow App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
