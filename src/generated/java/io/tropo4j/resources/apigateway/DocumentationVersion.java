// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::DocumentationVersion</code> resource creates a snapshot of the
 * documentation for an API. For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-documenting-api-content-representation.html">Representation
 * of API Documentation in API Gateway</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::DocumentationVersion}.
 */
public final class DocumentationVersion extends Resource<DocumentationVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::DocumentationVersion")
      .required("DocumentationVersion", "RestApiId")
      .constrain("DocumentationVersion", Constraint.of().minLength(1))
      .constrain("RestApiId", Constraint.of().minLength(1))
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .build();

  public DocumentationVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description about the new documentation snapshot.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public DocumentationVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DocumentationVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The version identifier of the to-be-updated documentation version.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code DocumentationVersion}.
   */
  public DocumentationVersion documentationVersion(String value) {
    return set("DocumentationVersion", Value.of(value));
  }

  /** Sets {@code DocumentationVersion} to this value; see {@link #documentationVersion(String)}. */
  public DocumentationVersion documentationVersion(Value<String> value) {
    return set("DocumentationVersion", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code RestApiId}.
   */
  public DocumentationVersion restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public DocumentationVersion restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public DocumentationVersion restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }
}
