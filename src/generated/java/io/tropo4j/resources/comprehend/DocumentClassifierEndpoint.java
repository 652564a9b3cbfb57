// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.comprehend;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An Amazon Comprehend endpoint that hosts a custom document classification model for real-time
 * inference.
 *
 * <p>CloudFormation type {@code AWS::Comprehend::DocumentClassifierEndpoint}.
 */
public final class DocumentClassifierEndpoint extends Resource<DocumentClassifierEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifierEndpoint")
      .required("DesiredInferenceUnits", "EndpointName", "ModelArn")
      .constrain("DesiredInferenceUnits", Constraint.of().minimum(1))
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(40))
      .constrain("ModelArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:comprehend:[a-zA-Z0-9-]*:[0-9]{12}:document-classifier/[a-zA-Z0-9](-*[a-zA-Z0-9])*(/version/[a-zA-Z0-9](-*[a-zA-Z0-9])*)?$").minLength(0).maxLength(256))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "CurrentInferenceUnits", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DocumentClassifierEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The desired number of inference units to be used by the model. Each inference unit represents
   * throughput of 100 characters per second.
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code DesiredInferenceUnits}.
   */
  public DocumentClassifierEndpoint desiredInferenceUnits(int value) {
    return set("DesiredInferenceUnits", Value.of(value));
  }

  /** Sets {@code DesiredInferenceUnits} to this value; see {@link #desiredInferenceUnits(int)}. */
  public DocumentClassifierEndpoint desiredInferenceUnits(Value<Integer> value) {
    return set("DesiredInferenceUnits", value);
  }

  /**
   * The name of the endpoint. The name must be unique within the AWS Region and account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 40 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code EndpointName}.
   */
  public DocumentClassifierEndpoint endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public DocumentClassifierEndpoint endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the document classifier model to which the endpoint is
   * attached.
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:comprehend:[a-zA-Z0-9-]*:[0-9]{12}:document-classifier/[a-zA-Z0-9](-*[a-zA-Z0-9])*(/version/[a-zA-Z0-9](-*[a-zA-Z0-9])*)?$}.
   * CloudFormation property {@code ModelArn}.
   */
  public DocumentClassifierEndpoint modelArn(String value) {
    return set("ModelArn", Value.of(value));
  }

  /** Sets {@code ModelArn} to this value; see {@link #modelArn(String)}. */
  public DocumentClassifierEndpoint modelArn(Value<String> value) {
    return set("ModelArn", value);
  }

  /**
   * Tags associated with the endpoint being created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DocumentClassifierEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DocumentClassifierEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DocumentClassifierEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the document classifier endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation date and time of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The number of inference units currently used by the model using this endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentInferenceUnits}.
   */
  public Value<Integer> currentInferenceUnits() {
    return getAtt("CurrentInferenceUnits");
  }

  /**
   * The date and time that the endpoint was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }
}
