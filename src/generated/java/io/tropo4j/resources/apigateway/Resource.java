// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::Resource</code> resource creates a resource in an API.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::Resource}.
 */
public final class Resource extends io.tropo4j.core.Resource<Resource> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Resource")
      .required("ParentId", "PathPart", "RestApiId")
      .references("ParentId", "AWS::ApiGateway::Resource.Ref")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("ResourceId")
      .attributes("ResourceId")
      .build();

  public Resource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The parent resource's identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ParentId}.
   */
  public Resource parentId(String value) {
    return set("ParentId", Value.of(value));
  }

  /** Sets {@code ParentId} to this value; see {@link #parentId(String)}. */
  public Resource parentId(Value<String> value) {
    return set("ParentId", value);
  }

  /**
   * Sets {@code ParentId} to the Ref of {@code AWS::ApiGateway::Resource}; see {@link
   * #parentId(String)}.
   */
  public Resource parentId(Resource resource) {
    return set("ParentId", resource.ref());
  }

  /**
   * The last path segment for this resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PathPart}.
   */
  public Resource pathPart(String value) {
    return set("PathPart", Value.of(value));
  }

  /** Sets {@code PathPart} to this value; see {@link #pathPart(String)}. */
  public Resource pathPart(Value<String> value) {
    return set("PathPart", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public Resource restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public Resource restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public Resource restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The ID for the resource. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceId}.
   */
  public Value<String> resourceId() {
    return getAtt("ResourceId");
  }
}
