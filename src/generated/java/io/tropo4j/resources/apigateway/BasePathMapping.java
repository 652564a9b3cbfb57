// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::BasePathMapping</code> resource creates a base path that clients who
 * call your API must use in the invocation URL. Supported only for public custom domain names.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::BasePathMapping}.
 */
public final class BasePathMapping extends Resource<BasePathMapping> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::BasePathMapping")
      .required("DomainName")
      .references("DomainName", "AWS::ApiGateway::DomainName.Ref")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .references("Stage", "AWS::ApiGateway::Stage.Ref")
      .build();

  public BasePathMapping(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The base path name that callers of the API must provide as part of the URL after the domain
   * name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BasePath}.
   */
  public BasePathMapping basePath(String value) {
    return set("BasePath", Value.of(value));
  }

  /** Sets {@code BasePath} to this value; see {@link #basePath(String)}. */
  public BasePathMapping basePath(Value<String> value) {
    return set("BasePath", value);
  }

  /**
   * The domain name of the BasePathMapping resource to be described.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public BasePathMapping domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public BasePathMapping domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Sets {@code DomainName} to the Ref of {@code AWS::ApiGateway::DomainName}; see {@link
   * #domainName(String)}.
   */
  public BasePathMapping domainName(DomainName resource) {
    return set("DomainName", resource.ref());
  }

  /** CloudFormation property {@code Id}. */
  public BasePathMapping id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public BasePathMapping id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>CloudFormation property {@code RestApiId}.
   */
  public BasePathMapping restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public BasePathMapping restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public BasePathMapping restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The name of the associated stage.
   *
   * <p>CloudFormation property {@code Stage}.
   */
  public BasePathMapping stage(String value) {
    return set("Stage", Value.of(value));
  }

  /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
  public BasePathMapping stage(Value<String> value) {
    return set("Stage", value);
  }

  /**
   * Sets {@code Stage} to the Ref of {@code AWS::ApiGateway::Stage}; see {@link #stage(String)}.
   */
  public BasePathMapping stage(Stage resource) {
    return set("Stage", resource.ref());
  }
}
