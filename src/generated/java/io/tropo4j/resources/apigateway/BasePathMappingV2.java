// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::BasePathMappingV2</code> resource creates a base path that clients who
 * call your API must use in the invocation URL. Supported only for private custom domain names.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::BasePathMappingV2}.
 */
public final class BasePathMappingV2 extends Resource<BasePathMappingV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::BasePathMappingV2")
      .required("DomainNameArn", "RestApiId")
      .refYields("BasePathMappingArn")
      .attributes("BasePathMappingArn")
      .build();

  public BasePathMappingV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The base path name that callers of the private API must provide as part of the URL after the
   * domain name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BasePath}.
   */
  public BasePathMappingV2 basePath(String value) {
    return set("BasePath", Value.of(value));
  }

  /** Sets {@code BasePath} to this value; see {@link #basePath(String)}. */
  public BasePathMappingV2 basePath(Value<String> value) {
    return set("BasePath", value);
  }

  /**
   * The ARN of the domain name for the BasePathMappingV2 resource to be described.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainNameArn}.
   */
  public BasePathMappingV2 domainNameArn(String value) {
    return set("DomainNameArn", Value.of(value));
  }

  /** Sets {@code DomainNameArn} to this value; see {@link #domainNameArn(String)}. */
  public BasePathMappingV2 domainNameArn(Value<String> value) {
    return set("DomainNameArn", value);
  }

  /**
   * The private API's identifier. This identifier is unique across all of your APIs in API Gateway.
   *
   * <p>Required. CloudFormation property {@code RestApiId}.
   */
  public BasePathMappingV2 restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public BasePathMappingV2 restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Represents a unique identifier for a version of a deployed private RestApi that is callable by
   * users. The Stage must depend on the <code>RestApi</code> 's stage. To create a dependency, add
   * a DependsOn attribute to the BasePathMappingV2 resource.
   *
   * <p>CloudFormation property {@code Stage}.
   */
  public BasePathMappingV2 stage(String value) {
    return set("Stage", Value.of(value));
  }

  /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
  public BasePathMappingV2 stage(Value<String> value) {
    return set("Stage", value);
  }

  /**
   * Amazon Resource Name (ARN) of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BasePathMappingArn}.
   */
  public Value<String> basePathMappingArn() {
    return getAtt("BasePathMappingArn");
  }
}
