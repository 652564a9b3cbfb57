// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.apigateway.RestApi;

/**
 * The <code>AWS::ApiGatewayV2::ApiMapping</code> resource contains an API mapping. An API mapping
 * relates a path of your custom domain name to a stage of your API. A custom domain name can have
 * multiple API mappings, but the paths can't overlap. A custom domain can map only to APIs of the
 * same protocol type. For more information, see <a
 * href="https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/domainnames-domainname-apimappings.html#CreateApiMapping">CreateApiMapping</a>
 * in the <em>Amazon API Gateway V2 API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::ApiMapping}.
 */
public final class ApiMapping extends Resource<ApiMapping> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::ApiMapping")
      .required("ApiId", "DomainName", "Stage")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref", "AWS::ApiGateway::RestApi.Ref")
      .references("DomainName", "AWS::ApiGatewayV2::DomainName.Ref",
          "AWS::ApiGateway::DomainName.Ref")
      .refYields("ApiMappingId")
      .attributes("ApiMappingId")
      .build();

  public ApiMapping(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. CloudFormation property {@code ApiId}.
   */
  public ApiMapping apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public ApiMapping apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public ApiMapping apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link #apiId(String)}.
   */
  public ApiMapping apiId(RestApi resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * The API mapping key.
   *
   * <p>CloudFormation property {@code ApiMappingKey}.
   */
  public ApiMapping apiMappingKey(String value) {
    return set("ApiMappingKey", Value.of(value));
  }

  /** Sets {@code ApiMappingKey} to this value; see {@link #apiMappingKey(String)}. */
  public ApiMapping apiMappingKey(Value<String> value) {
    return set("ApiMappingKey", value);
  }

  /**
   * The domain name.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public ApiMapping domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public ApiMapping domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Sets {@code DomainName} to the Ref of {@code AWS::ApiGatewayV2::DomainName}; see {@link
   * #domainName(String)}.
   */
  public ApiMapping domainName(DomainName resource) {
    return set("DomainName", resource.ref());
  }

  /**
   * The API stage.
   *
   * <p>Required. CloudFormation property {@code Stage}.
   */
  public ApiMapping stage(String value) {
    return set("Stage", Value.of(value));
  }

  /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
  public ApiMapping stage(Value<String> value) {
    return set("Stage", value);
  }

  /**
   * The API mapping resource ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiMappingId}.
   */
  public Value<String> apiMappingId() {
    return getAtt("ApiMappingId");
  }
}
