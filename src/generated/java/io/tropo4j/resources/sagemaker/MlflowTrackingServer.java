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
 * Creates an MLflow Tracking Server using a general purpose Amazon S3 bucket as the artifact store.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-create-tracking-server.html">Create
 * an MLflow Tracking Server</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::MlflowTrackingServer}.
 */
public final class MlflowTrackingServer extends Resource<MlflowTrackingServer> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::MlflowTrackingServer")
      .required("ArtifactStoreUri", "RoleArn", "TrackingServerName")
      .constrain("ArtifactStoreUri", Constraint.of().pattern("^s3:\\/\\/([^\\/]+)\\/?(.*)$").minLength(1).maxLength(2048))
      .constrain("MlflowVersion", Constraint.of().pattern("^\\d+(\\.\\d+)+$").minLength(1).maxLength(32))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role\\/?[a-zA-Z_0-9+=,.@\\-_\\/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("TrackingServerName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$").minLength(1).maxLength(256))
      .allowed("TrackingServerSize", "Small", "Medium", "Large")
      .constrain("WeeklyMaintenanceWindowStart", Constraint.of().pattern("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):([0-5]\\d)$").minLength(0).maxLength(9))
      .refYields("TrackingServerName")
      .attributes("TrackingServerArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MlflowTrackingServer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon S3 URI for MLFlow Tracking Server artifacts.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^s3:&#92;/&#92;/([^&#92;/]+)&#92;/?(.*)$}. CloudFormation property {@code ArtifactStoreUri}.
   */
  public MlflowTrackingServer artifactStoreUri(String value) {
    return set("ArtifactStoreUri", Value.of(value));
  }

  /** Sets {@code ArtifactStoreUri} to this value; see {@link #artifactStoreUri(String)}. */
  public MlflowTrackingServer artifactStoreUri(Value<String> value) {
    return set("ArtifactStoreUri", value);
  }

  /**
   * A flag to enable Automatic SageMaker Model Registration.
   *
   * <p>CloudFormation property {@code AutomaticModelRegistration}.
   */
  public MlflowTrackingServer automaticModelRegistration(boolean value) {
    return set("AutomaticModelRegistration", Value.of(value));
  }

  /**
   * Sets {@code AutomaticModelRegistration} to this value; see {@link
   * #automaticModelRegistration(boolean)}.
   */
  public MlflowTrackingServer automaticModelRegistration(Value<Boolean> value) {
    return set("AutomaticModelRegistration", value);
  }

  /**
   * The MLFlow Version used on the MLFlow Tracking Server.
   *
   * <p>Length: 1 to 32 characters. Pattern: {@code ^&#92;d+(&#92;.&#92;d+)+$}. CloudFormation
   * property {@code MlflowVersion}.
   */
  public MlflowTrackingServer mlflowVersion(String value) {
    return set("MlflowVersion", Value.of(value));
  }

  /** Sets {@code MlflowVersion} to this value; see {@link #mlflowVersion(String)}. */
  public MlflowTrackingServer mlflowVersion(Value<String> value) {
    return set("MlflowVersion", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on
   * behalf of the customer.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role&#92;/?[a-zA-Z_0-9+=,.&#64;&#92;-_&#92;/]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public MlflowTrackingServer roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public MlflowTrackingServer roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MlflowTrackingServer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MlflowTrackingServer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MlflowTrackingServer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the MLFlow Tracking Server.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$}. CloudFormation property {@code TrackingServerName}.
   */
  public MlflowTrackingServer trackingServerName(String value) {
    return set("TrackingServerName", Value.of(value));
  }

  /** Sets {@code TrackingServerName} to this value; see {@link #trackingServerName(String)}. */
  public MlflowTrackingServer trackingServerName(Value<String> value) {
    return set("TrackingServerName", value);
  }

  /**
   * The size of the MLFlow Tracking Server.
   *
   * <p>Allowed values: {@code Small}, {@code Medium}, {@code Large}. CloudFormation property {@code
   * TrackingServerSize}.
   */
  public MlflowTrackingServer trackingServerSize(String value) {
    return set("TrackingServerSize", Value.of(value));
  }

  /** Sets {@code TrackingServerSize} to this value; see {@link #trackingServerSize(String)}. */
  public MlflowTrackingServer trackingServerSize(Value<String> value) {
    return set("TrackingServerSize", value);
  }

  /**
   * The start of the time window for maintenance of the MLFlow Tracking Server in UTC time.
   *
   * <p>Length: 0 to 9 characters. Pattern: {@code
   * ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]&#92;d|2[0-3]):([0-5]&#92;d)$}. CloudFormation property
   * {@code WeeklyMaintenanceWindowStart}.
   */
  public MlflowTrackingServer weeklyMaintenanceWindowStart(String value) {
    return set("WeeklyMaintenanceWindowStart", Value.of(value));
  }

  /**
   * Sets {@code WeeklyMaintenanceWindowStart} to this value; see {@link
   * #weeklyMaintenanceWindowStart(String)}.
   */
  public MlflowTrackingServer weeklyMaintenanceWindowStart(Value<String> value) {
    return set("WeeklyMaintenanceWindowStart", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the MLFlow Tracking Server.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrackingServerArn}.
   */
  public Value<String> trackingServerArn() {
    return getAtt("TrackingServerArn");
  }
}
