// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

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
      .allowed("TrackingServerSize", "Small", "Medium", "Large")
      .attributes("TrackingServerArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MlflowTrackingServer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon S3 URI for MLFlow Tracking Server artifacts.
   *
   * <p>Required. CloudFormation property {@code ArtifactStoreUri}.
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
   * <p>CloudFormation property {@code MlflowVersion}.
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
   * <p>Required. CloudFormation property {@code RoleArn}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TrackingServerName}.
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
   * <p>CloudFormation property {@code WeeklyMaintenanceWindowStart}.
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
