// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppSync::ApiKey</code> resource creates a unique key that you can distribute to
 * clients who are executing GraphQL operations with AWS AppSync that require an API key.
 *
 * <p>CloudFormation type {@code AWS::AppSync::ApiKey}.
 */
public final class ApiKey extends Resource<ApiKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ApiKey")
      .required("ApiId")
      .refYields("Arn")
      .attributes("ApiKey", "ApiKeyId", "Arn")
      .build();

  public ApiKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Unique AWS AppSync GraphQL API ID for this API key.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public ApiKey apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public ApiKey apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Unique description of your API key.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public ApiKey description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApiKey description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The time after which the API key expires. The date is represented as seconds since the epoch,
   * rounded down to the nearest hour.
   *
   * <p>CloudFormation property {@code Expires}.
   */
  public ApiKey expires(double value) {
    return set("Expires", Value.of(value));
  }

  /** Sets {@code Expires} to this value; see {@link #expires(double)}. */
  public ApiKey expires(Value<Double> value) {
    return set("Expires", value);
  }

  /**
   * The API key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiKey}.
   */
  public Value<String> apiKey() {
    return getAtt("ApiKey");
  }

  /**
   * The API key ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiKeyId}.
   */
  public Value<String> apiKeyId() {
    return getAtt("ApiKeyId");
  }

  /**
   * The Amazon Resource Name (ARN) of the API key, such as
   * <code>arn:aws:appsync:us-east-1:123456789012:apis/graphqlapiid/apikey/apikeya1bzhi</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
