// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Specifies an authorizer.
 *
 * <p>CloudFormation type {@code AWS::IoT::Authorizer}.
 */
public final class Authorizer extends Resource<Authorizer> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Authorizer")
      .required("AuthorizerFunctionArn")
      .constrain("AuthorizerFunctionArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(2048))
      .constrain("AuthorizerName", Constraint.of().pattern("[\\w=,@-]+").minLength(1).maxLength(128))
      .allowed("Status", "ACTIVE", "INACTIVE")
      .constrain("TokenKeyName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .refYields("AuthorizerName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Authorizer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The authorizer's Lambda function ARN.
   *
   * <p>Required. Length: 0 to 2048 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation
   * property {@code AuthorizerFunctionArn}.
   */
  public Authorizer authorizerFunctionArn(String value) {
    return set("AuthorizerFunctionArn", Value.of(value));
  }

  /**
   * Sets {@code AuthorizerFunctionArn} to this value; see {@link #authorizerFunctionArn(String)}.
   */
  public Authorizer authorizerFunctionArn(Value<String> value) {
    return set("AuthorizerFunctionArn", value);
  }

  /**
   * The authorizer name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w=,&#64;-]+}. CloudFormation property {@code AuthorizerName}.
   */
  public Authorizer authorizerName(String value) {
    return set("AuthorizerName", Value.of(value));
  }

  /** Sets {@code AuthorizerName} to this value; see {@link #authorizerName(String)}. */
  public Authorizer authorizerName(Value<String> value) {
    return set("AuthorizerName", value);
  }

  /**
   * When <code>true</code> , the result from the authorizer's Lambda function is cached for clients
   * that use persistent HTTP connections. The results are cached for the time specified by the
   * Lambda function in <code>refreshAfterInSeconds</code> . This value doesn't affect authorization
   * of clients that use MQTT connections.
   *
   * <p>CloudFormation property {@code EnableCachingForHttp}.
   */
  public Authorizer enableCachingForHttp(boolean value) {
    return set("EnableCachingForHttp", Value.of(value));
  }

  /**
   * Sets {@code EnableCachingForHttp} to this value; see {@link #enableCachingForHttp(boolean)}.
   */
  public Authorizer enableCachingForHttp(Value<Boolean> value) {
    return set("EnableCachingForHttp", value);
  }

  /**
   * Specifies whether AWS IoT validates the token signature in an authorization request.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SigningDisabled}.
   */
  public Authorizer signingDisabled(boolean value) {
    return set("SigningDisabled", Value.of(value));
  }

  /** Sets {@code SigningDisabled} to this value; see {@link #signingDisabled(boolean)}. */
  public Authorizer signingDisabled(Value<Boolean> value) {
    return set("SigningDisabled", value);
  }

  /**
   * The status of the authorizer.
   *
   * <p>Valid values: <code>ACTIVE</code> | <code>INACTIVE</code>
   *
   * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code Status}.
   */
  public Authorizer status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Authorizer status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Metadata which can be used to manage the custom authorizer.
   *
   * <p>For URI Request parameters use format: ...key1=value1&amp;key2=value2... For the CLI
   * command-line parameter use format: &amp;&amp;tags "key1=value1&amp;key2=value2..." For the
   * cli-input-json file use format: "tags": "key1=value1&amp;key2=value2..."
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Authorizer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Authorizer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Authorizer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The key used to extract the token from the HTTP headers.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
   * {@code TokenKeyName}.
   */
  public Authorizer tokenKeyName(String value) {
    return set("TokenKeyName", Value.of(value));
  }

  /** Sets {@code TokenKeyName} to this value; see {@link #tokenKeyName(String)}. */
  public Authorizer tokenKeyName(Value<String> value) {
    return set("TokenKeyName", value);
  }

  /**
   * The public keys used to validate the token signature returned by your custom authentication
   * service.
   *
   * <p>CloudFormation property {@code TokenSigningPublicKeys}.
   */
  public Authorizer tokenSigningPublicKeys(Map<String, String> value) {
    return set("TokenSigningPublicKeys", Value.mapOf(value));
  }

  /**
   * Sets {@code TokenSigningPublicKeys} to this value; see {@link #tokenSigningPublicKeys(Map)}.
   */
  public Authorizer tokenSigningPublicKeys(Value<Map<String, String>> value) {
    return set("TokenSigningPublicKeys", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the authorizer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
