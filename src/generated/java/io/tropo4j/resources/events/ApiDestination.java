// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.events;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an API destination, which is an HTTP invocation endpoint configured as a target for
 * events.
 *
 * <p>When using ApiDesinations with OAuth authentication we recommend these best practices:
 *
 * <ul> <li>Create a secret in Secrets Manager with your OAuth credentials. <li>Reference that
 * secret in your CloudFormation template for <code>AWS::Events::Connection</code> using
 * CloudFormation dynamic reference syntax. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">Secrets
 * Manager secrets</a> . </ul>
 *
 * <p>When the Connection resource is created the secret will be passed to EventBridge and stored in
 * the customer account using “Service Linked Secrets,” effectively creating two secrets. This will
 * minimize the cost because the original secret is only accessed when a CloudFormation template is
 * created or updated, not every time an event is sent to the ApiDestination. The secret stored in
 * the customer account by EventBridge is the one used for each event sent to the ApiDestination and
 * AWS is responsible for the fees.
 *
 * <p>The secret stored in the customer account by EventBridge can’t be updated directly, only when
 * a CloudFormation template is updated.
 *
 * <p>For examples of CloudFormation templates that use secrets, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-connection.html#aws-resource-events-connection--examples">Examples</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Events::ApiDestination}.
 */
public final class ApiDestination extends Resource<ApiDestination> {
  private static final Schema SCHEMA = Schema.builder("AWS::Events::ApiDestination")
      .required("ConnectionArn", "HttpMethod", "InvocationEndpoint")
      .constrain("ConnectionArn", Constraint.of().pattern("^arn:aws([a-z]|\\-)*:events:([a-z]|\\d|\\-)*:([0-9]{12})?:connection/[\\.\\-_A-Za-z0-9]+/[\\-A-Za-z0-9]+$").minLength(1).maxLength(1600))
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .allowed("HttpMethod", "GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH")
      .constrain("InvocationEndpoint", Constraint.of().pattern("^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$").minLength(1).maxLength(2048))
      .constrain("InvocationRateLimitPerSecond", Constraint.of().minimum(1))
      .constrain("Name", Constraint.of().pattern("[\\.\\-_A-Za-z0-9]+").minLength(1).maxLength(64))
      .refYields("Name")
      .attributes("Arn", "ArnForPolicy")
      .build();

  public ApiDestination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the connection to use for the API destination. The destination endpoint must support
   * the authorization type specified for the connection.
   *
   * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:aws([a-z]|&#92;-)*:events:([a-z]|&#92;d|&#92;-)*:([0-9]{12})?:connection/[&#92;.&#92;-_A-Za-z0-9]+/[&#92;-A-Za-z0-9]+$}.
   * CloudFormation property {@code ConnectionArn}.
   */
  public ApiDestination connectionArn(String value) {
    return set("ConnectionArn", Value.of(value));
  }

  /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
  public ApiDestination connectionArn(Value<String> value) {
    return set("ConnectionArn", value);
  }

  /**
   * A description for the API destination to create.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public ApiDestination description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApiDestination description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The method to use for the request to the HTTP invocation endpoint.
   *
   * <p>Required. Allowed values: {@code GET}, {@code HEAD}, {@code POST}, {@code OPTIONS}, {@code
   * PUT}, {@code DELETE}, {@code PATCH}. CloudFormation property {@code HttpMethod}.
   */
  public ApiDestination httpMethod(String value) {
    return set("HttpMethod", Value.of(value));
  }

  /** Sets {@code HttpMethod} to this value; see {@link #httpMethod(String)}. */
  public ApiDestination httpMethod(Value<String> value) {
    return set("HttpMethod", value);
  }

  /**
   * The URL to the HTTP invocation endpoint for the API destination.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:&#64;&#92;x26=+$,A-Za-z0-9])+)([).!';/?:,])?$}. CloudFormation
   * property {@code InvocationEndpoint}.
   */
  public ApiDestination invocationEndpoint(String value) {
    return set("InvocationEndpoint", Value.of(value));
  }

  /** Sets {@code InvocationEndpoint} to this value; see {@link #invocationEndpoint(String)}. */
  public ApiDestination invocationEndpoint(Value<String> value) {
    return set("InvocationEndpoint", value);
  }

  /**
   * The maximum number of requests per second to send to the HTTP invocation endpoint.
   *
   * <p>Range: at least 1. CloudFormation property {@code InvocationRateLimitPerSecond}.
   */
  public ApiDestination invocationRateLimitPerSecond(int value) {
    return set("InvocationRateLimitPerSecond", Value.of(value));
  }

  /**
   * Sets {@code InvocationRateLimitPerSecond} to this value; see {@link
   * #invocationRateLimitPerSecond(int)}.
   */
  public ApiDestination invocationRateLimitPerSecond(Value<Integer> value) {
    return set("InvocationRateLimitPerSecond", value);
  }

  /**
   * The name for the API destination to create.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [&#92;.&#92;-_A-Za-z0-9]+}. CloudFormation property {@code Name}.
   */
  public ApiDestination name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ApiDestination name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the API destination that was created by the request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of an API destination in resource format, so it can be
   * used in the <code>Resource</code> element of IAM permission policy statements. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html#amazoneventbridge-resources-for-iam-policies">Resource
   * types defined by Amazon EventBridge</a> in the <em>Service Authorization Reference</em> .
   *
   * <p>For example, the following resource defines an IAM policy that grants permission to update a
   * specific API destination.
   *
   * <p><code>Resources: ExamplePolicy: Type: AWS::IAM::Policy Properties: PolicyName: ExamplePolicy
   * PolicyDocument: Version: '2012-10-17 ' Statement: - Effect: Allow Action: -
   * events:UpdateApiDestination Resource: - !GetAtt myApiDestination.ArnForPolicy</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ArnForPolicy}.
   */
  public Value<String> arnForPolicy() {
    return getAtt("ArnForPolicy");
  }
}
