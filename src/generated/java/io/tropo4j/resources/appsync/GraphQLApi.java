// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cognito.UserPool;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::AppSync::GraphQLApi</code> resource creates a new AWS AppSync GraphQL API. This is
 * the top-level construct for your application. For more information, see <a
 * href="https://docs.aws.amazon.com/appsync/latest/devguide/quickstart.html">Quick Start</a> in the
 * <em>AWS AppSync Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppSync::GraphQLApi}.
 */
public final class GraphQLApi extends Resource<GraphQLApi> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi")
      .required("AuthenticationType", "Name")
      .allowed("ApiType", "GRAPHQL", "MERGED")
      .allowed("AuthenticationType", "AMAZON_COGNITO_USER_POOLS", "API_KEY", "AWS_IAM",
          "AWS_LAMBDA", "OPENID_CONNECT")
      .constrain("EnvironmentVariables", Constraint.of().format("json"))
      .allowed("IntrospectionConfig", "DISABLED", "ENABLED")
      .constrain("MergedApiExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("QueryDepthLimit", Constraint.of().minimum(0).maximum(75))
      .constrain("ResolverCountLimit", Constraint.of().minimum(0).maximum(10000))
      .allowed("Visibility", "GLOBAL", "PRIVATE")
      .refYields("Arn")
      .attributes("ApiId", "Arn", "GraphQLDns", "GraphQLEndpointArn", "GraphQLUrl", "RealtimeDns",
          "RealtimeUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GraphQLApi(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of additional authentication providers for the <code>GraphqlApi</code> API.
   *
   * <p>CloudFormation property {@code AdditionalAuthenticationProviders}.
   */
  public GraphQLApi additionalAuthenticationProviders(List<AdditionalAuthenticationProvider> value) {
    return set("AdditionalAuthenticationProviders", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalAuthenticationProviders} to this value; see {@link
   * #additionalAuthenticationProviders(List)}.
   */
  public GraphQLApi additionalAuthenticationProviders(Value<List<AdditionalAuthenticationProvider>> value) {
    return set("AdditionalAuthenticationProviders", value);
  }

  /**
   * Sets {@code AdditionalAuthenticationProviders} to a list of these; see {@link
   * #additionalAuthenticationProviders(List)}.
   */
  public GraphQLApi additionalAuthenticationProviders(AdditionalAuthenticationProvider... values) {
    return set("AdditionalAuthenticationProviders", Value.list(values));
  }

  /**
   * The value that indicates whether the GraphQL API is a standard API ( <code>GRAPHQL</code> ) or
   * merged API ( <code>MERGED</code> ).
   *
   * <p><em>WARNING</em> : If the <code>ApiType</code> has not been defined, <em>explicitly</em>
   * setting it to <code>GRAPHQL</code> in a template/stack update will result in an API replacement
   * and new DNS values.
   *
   * <p>The following values are valid:
   *
   * <p><code>GRAPHQL | MERGED</code>
   *
   * <p>Allowed values: {@code GRAPHQL}, {@code MERGED}. CloudFormation property {@code ApiType}.
   */
  public GraphQLApi apiType(String value) {
    return set("ApiType", Value.of(value));
  }

  /** Sets {@code ApiType} to this value; see {@link #apiType(String)}. */
  public GraphQLApi apiType(Value<String> value) {
    return set("ApiType", value);
  }

  /**
   * Security configuration for your GraphQL API. For allowed values (such as <code>API_KEY</code> ,
   * <code>AWS_IAM</code> , <code>AMAZON_COGNITO_USER_POOLS</code> , <code>OPENID_CONNECT</code> ,
   * or <code>AWS_LAMBDA</code> ), see <a
   * href="https://docs.aws.amazon.com/appsync/latest/devguide/security.html">Security</a> in the
   * <em>AWS AppSync Developer Guide</em> .
   *
   * <p>Required. Allowed values: {@code AMAZON_COGNITO_USER_POOLS}, {@code API_KEY}, {@code
   * AWS_IAM}, {@code AWS_LAMBDA}, {@code OPENID_CONNECT}. CloudFormation property {@code
   * AuthenticationType}.
   */
  public GraphQLApi authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public GraphQLApi authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * Enables and controls the enhanced metrics feature. Enhanced metrics emit granular data on API
   * usage and performance such as AppSync request and error counts, latency, and cache hits/misses.
   * All enhanced metric data is sent to your CloudWatch account, and you can configure the types of
   * data that will be sent.
   *
   * <p>Enhanced metrics can be configured at the resolver, data source, and operation levels. For
   * more information, see <a
   * href="https://docs.aws.amazon.com//appsync/latest/devguide/monitoring.html#cw-metrics">Monitoring
   * and logging</a> in the <em>AWS AppSync User Guide</em> .
   *
   * <p>CloudFormation property {@code EnhancedMetricsConfig}.
   */
  public GraphQLApi enhancedMetricsConfig(Value<EnhancedMetricsConfig> value) {
    return set("EnhancedMetricsConfig", value);
  }

  /**
   * A map containing the list of resources with their properties and environment variables. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/appsync/latest/devguide/environmental-variables.html">Environmental
   * variables</a> .
   *
   * <p><em>Pattern</em> : <code>^[A-Za-z]+&#92;&#92;w*$&#92;&#92;</code>
   *
   * <p><em>Minimum</em> : 2
   *
   * <p><em>Maximum</em> : 64
   *
   * <p>Format: {@code json}. CloudFormation property {@code EnvironmentVariables}.
   */
  public GraphQLApi environmentVariables(Map<String, String> value) {
    return set("EnvironmentVariables", Value.mapOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
  public GraphQLApi environmentVariables(Value<Map<String, String>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * Sets the value of the GraphQL API to enable ( <code>ENABLED</code> ) or disable (
   * <code>DISABLED</code> ) introspection. If no value is provided, the introspection configuration
   * will be set to <code>ENABLED</code> by default. This field will produce an error if the
   * operation attempts to use the introspection feature while this field is disabled.
   *
   * <p>For more information about introspection, see <a
   * href="https://docs.aws.amazon.com/https://graphql.org/learn/introspection/">GraphQL
   * introspection</a> .
   *
   * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
   * IntrospectionConfig}.
   */
  public GraphQLApi introspectionConfig(String value) {
    return set("IntrospectionConfig", Value.of(value));
  }

  /** Sets {@code IntrospectionConfig} to this value; see {@link #introspectionConfig(String)}. */
  public GraphQLApi introspectionConfig(Value<String> value) {
    return set("IntrospectionConfig", value);
  }

  /**
   * A <code>LambdaAuthorizerConfig</code> holds configuration on how to authorize AWS AppSync API
   * access when using the <code>AWS_LAMBDA</code> authorizer mode. Be aware that an AWS AppSync API
   * may have only one Lambda authorizer configured at a time.
   *
   * <p>CloudFormation property {@code LambdaAuthorizerConfig}.
   */
  public GraphQLApi lambdaAuthorizerConfig(Value<LambdaAuthorizerConfig> value) {
    return set("LambdaAuthorizerConfig", value);
  }

  /**
   * The Amazon CloudWatch Logs configuration.
   *
   * <p>CloudFormation property {@code LogConfig}.
   */
  public GraphQLApi logConfig(Value<LogConfig> value) {
    return set("LogConfig", value);
  }

  /**
   * The AWS Identity and Access Management service role ARN for a merged API. The AppSync service
   * assumes this role on behalf of the Merged API to validate access to source APIs at runtime and
   * to prompt the <code>AUTO_MERGE</code> to update the merged API endpoint with the source API
   * changes automatically.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * MergedApiExecutionRoleArn}.
   */
  public GraphQLApi mergedApiExecutionRoleArn(String value) {
    return set("MergedApiExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code MergedApiExecutionRoleArn} to this value; see {@link
   * #mergedApiExecutionRoleArn(String)}.
   */
  public GraphQLApi mergedApiExecutionRoleArn(Value<String> value) {
    return set("MergedApiExecutionRoleArn", value);
  }

  /**
   * The API name.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public GraphQLApi name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public GraphQLApi name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The OpenID Connect configuration.
   *
   * <p>CloudFormation property {@code OpenIDConnectConfig}.
   */
  public GraphQLApi openIDConnectConfig(Value<OpenIDConnectConfig> value) {
    return set("OpenIDConnectConfig", value);
  }

  /**
   * The owner contact information for an API resource.
   *
   * <p>This field accepts any string input with a length of 0 - 256 characters.
   *
   * <p>CloudFormation property {@code OwnerContact}.
   */
  public GraphQLApi ownerContact(String value) {
    return set("OwnerContact", Value.of(value));
  }

  /** Sets {@code OwnerContact} to this value; see {@link #ownerContact(String)}. */
  public GraphQLApi ownerContact(Value<String> value) {
    return set("OwnerContact", value);
  }

  /**
   * The maximum depth a query can have in a single request. Depth refers to the amount of nested
   * levels allowed in the body of query. The default value is <code>0</code> (or unspecified),
   * which indicates there's no depth limit. If you set a limit, it can be between <code>1</code>
   * and <code>75</code> nested levels. This field will produce a limit error if the operation falls
   * out of bounds. Note that fields can still be set to nullable or non-nullable. If a non-nullable
   * field produces an error, the error will be thrown upwards to the first nullable field
   * available.
   *
   * <p>Range: 0 to 75. CloudFormation property {@code QueryDepthLimit}.
   */
  public GraphQLApi queryDepthLimit(int value) {
    return set("QueryDepthLimit", Value.of(value));
  }

  /** Sets {@code QueryDepthLimit} to this value; see {@link #queryDepthLimit(int)}. */
  public GraphQLApi queryDepthLimit(Value<Integer> value) {
    return set("QueryDepthLimit", value);
  }

  /**
   * The maximum number of resolvers that can be invoked in a single request. The default value is
   * <code>0</code> (or unspecified), which will set the limit to <code>10000</code> . When
   * specified, the limit value can be between <code>1</code> and <code>10000</code> . This field
   * will produce a limit error if the operation falls out of bounds.
   *
   * <p>Range: 0 to 10000. CloudFormation property {@code ResolverCountLimit}.
   */
  public GraphQLApi resolverCountLimit(int value) {
    return set("ResolverCountLimit", Value.of(value));
  }

  /** Sets {@code ResolverCountLimit} to this value; see {@link #resolverCountLimit(int)}. */
  public GraphQLApi resolverCountLimit(Value<Integer> value) {
    return set("ResolverCountLimit", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this GraphQL API.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GraphQLApi tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GraphQLApi tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GraphQLApi tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Optional authorization configuration for using Amazon Cognito user pools with your GraphQL
   * endpoint.
   *
   * <p>CloudFormation property {@code UserPoolConfig}.
   */
  public GraphQLApi userPoolConfig(Value<UserPoolConfig> value) {
    return set("UserPoolConfig", value);
  }

  /**
   * Sets the scope of the GraphQL API to public ( <code>GLOBAL</code> ) or private (
   * <code>PRIVATE</code> ). By default, the scope is set to <code>Global</code> if no value is
   * provided.
   *
   * <p><em>WARNING</em> : If <code>Visibility</code> has not been defined, <em>explicitly</em>
   * setting it to <code>GLOBAL</code> in a template/stack update will result in an API replacement
   * and new DNS values.
   *
   * <p>Allowed values: {@code GLOBAL}, {@code PRIVATE}. CloudFormation property {@code Visibility}.
   */
  public GraphQLApi visibility(String value) {
    return set("Visibility", Value.of(value));
  }

  /** Sets {@code Visibility} to this value; see {@link #visibility(String)}. */
  public GraphQLApi visibility(Value<String> value) {
    return set("Visibility", value);
  }

  /**
   * A flag indicating whether to use AWS X-Ray tracing for this <code>GraphqlApi</code> .
   *
   * <p>CloudFormation property {@code XrayEnabled}.
   */
  public GraphQLApi xrayEnabled(boolean value) {
    return set("XrayEnabled", Value.of(value));
  }

  /** Sets {@code XrayEnabled} to this value; see {@link #xrayEnabled(boolean)}. */
  public GraphQLApi xrayEnabled(Value<Boolean> value) {
    return set("XrayEnabled", value);
  }

  /**
   * Unique AWS AppSync GraphQL API identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiId}.
   */
  public Value<String> apiId() {
    return getAtt("ApiId");
  }

  /**
   * The Amazon Resource Name (ARN) of the API key, such as
   * <code>arn:aws:appsync:us-east-1:123456789012:apis/graphqlapiid</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The fully qualified domain name (FQDN) of the endpoint URL of your GraphQL API.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GraphQLDns}.
   */
  public Value<String> graphQLDns() {
    return getAtt("GraphQLDns");
  }

  /**
   * The GraphQL endpoint ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GraphQLEndpointArn}.
   */
  public Value<String> graphQLEndpointArn() {
    return getAtt("GraphQLEndpointArn");
  }

  /**
   * The Endpoint URL of your GraphQL API.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GraphQLUrl}.
   */
  public Value<String> graphQLUrl() {
    return getAtt("GraphQLUrl");
  }

  /**
   * The fully qualified domain name (FQDN) of the real-time endpoint URL of your GraphQL API.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RealtimeDns}.
   */
  public Value<String> realtimeDns() {
    return getAtt("RealtimeDns");
  }

  /**
   * The GraphQL API real-time endpoint URL. For more information, see <a
   * href="https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html#handshake-details-to-establish-the-websocket-connection">Discovering
   * the real-time endpoint from the GraphQL endpoint</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RealtimeUrl}.
   */
  public Value<String> realtimeUrl() {
    return getAtt("RealtimeUrl");
  }

  /**
   * Describes an additional authentication provider.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.AdditionalAuthenticationProvider}.
   */
  public static final class AdditionalAuthenticationProvider extends Struct<AdditionalAuthenticationProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi.AdditionalAuthenticationProvider")
        .required("AuthenticationType")
        .allowed("AuthenticationType", "AMAZON_COGNITO_USER_POOLS", "API_KEY", "AWS_IAM",
            "AWS_LAMBDA", "OPENID_CONNECT")
        .build();

    public AdditionalAuthenticationProvider() {
      super(SCHEMA);
    }

    /**
     * The authentication type for API key, AWS Identity and Access Management , OIDC, Amazon
     * Cognito user pools , or AWS Lambda .
     *
     * <p>Valid Values: <code>API_KEY</code> | <code>AWS_IAM</code> | <code>OPENID_CONNECT</code> |
     * <code>AMAZON_COGNITO_USER_POOLS</code> | <code>AWS_LAMBDA</code>
     *
     * <p>Required. Allowed values: {@code AMAZON_COGNITO_USER_POOLS}, {@code API_KEY}, {@code
     * AWS_IAM}, {@code AWS_LAMBDA}, {@code OPENID_CONNECT}. CloudFormation property {@code
     * AuthenticationType}.
     */
    public AdditionalAuthenticationProvider authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public AdditionalAuthenticationProvider authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * Configuration for AWS Lambda function authorization.
     *
     * <p>CloudFormation property {@code LambdaAuthorizerConfig}.
     */
    public AdditionalAuthenticationProvider lambdaAuthorizerConfig(Value<LambdaAuthorizerConfig> value) {
      return set("LambdaAuthorizerConfig", value);
    }

    /**
     * The OIDC configuration.
     *
     * <p>CloudFormation property {@code OpenIDConnectConfig}.
     */
    public AdditionalAuthenticationProvider openIDConnectConfig(Value<OpenIDConnectConfig> value) {
      return set("OpenIDConnectConfig", value);
    }

    /**
     * The Amazon Cognito user pool configuration.
     *
     * <p>CloudFormation property {@code UserPoolConfig}.
     */
    public AdditionalAuthenticationProvider userPoolConfig(Value<CognitoUserPoolConfig> value) {
      return set("UserPoolConfig", value);
    }
  }

  /**
   * Describes an Amazon Cognito user pool configuration.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.CognitoUserPoolConfig}.
   */
  public static final class CognitoUserPoolConfig extends Struct<CognitoUserPoolConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi.CognitoUserPoolConfig")
        .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
        .build();

    public CognitoUserPoolConfig() {
      super(SCHEMA);
    }

    /**
     * A regular expression for validating the incoming Amazon Cognito user pool app client ID. If
     * this value isn't set, no filtering is applied.
     *
     * <p>CloudFormation property {@code AppIdClientRegex}.
     */
    public CognitoUserPoolConfig appIdClientRegex(String value) {
      return set("AppIdClientRegex", Value.of(value));
    }

    /** Sets {@code AppIdClientRegex} to this value; see {@link #appIdClientRegex(String)}. */
    public CognitoUserPoolConfig appIdClientRegex(Value<String> value) {
      return set("AppIdClientRegex", value);
    }

    /**
     * The AWS Region in which the user pool was created.
     *
     * <p>CloudFormation property {@code AwsRegion}.
     */
    public CognitoUserPoolConfig awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public CognitoUserPoolConfig awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The user pool ID.
     *
     * <p>CloudFormation property {@code UserPoolId}.
     */
    public CognitoUserPoolConfig userPoolId(String value) {
      return set("UserPoolId", Value.of(value));
    }

    /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
    public CognitoUserPoolConfig userPoolId(Value<String> value) {
      return set("UserPoolId", value);
    }

    /**
     * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
     * #userPoolId(String)}.
     */
    public CognitoUserPoolConfig userPoolId(UserPool resource) {
      return set("UserPoolId", resource.ref());
    }
  }

  /**
   * Describes an enhanced metrics configuration.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.EnhancedMetricsConfig}.
   */
  public static final class EnhancedMetricsConfig extends Struct<EnhancedMetricsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi.EnhancedMetricsConfig")
        .required("DataSourceLevelMetricsBehavior", "OperationLevelMetricsConfig",
            "ResolverLevelMetricsBehavior")
        .allowed("DataSourceLevelMetricsBehavior", "FULL_REQUEST_DATA_SOURCE_METRICS",
            "PER_DATA_SOURCE_METRICS")
        .allowed("OperationLevelMetricsConfig", "DISABLED", "ENABLED")
        .allowed("ResolverLevelMetricsBehavior", "FULL_REQUEST_RESOLVER_METRICS",
            "PER_RESOLVER_METRICS")
        .build();

    public EnhancedMetricsConfig() {
      super(SCHEMA);
    }

    /**
     * Controls how data source metrics will be emitted to CloudWatch. Data source metrics include:
     *
     * <ul> <li><em>Requests</em> : The number of invocations that occured during a request.
     * <li><em>Latency</em> : The time to complete a data source invocation. <li><em>Errors</em> :
     * The number of errors that occurred during a data source invocation. </ul>
     *
     * <p>These metrics can be emitted to CloudWatch per data source or for all data sources in the
     * request. Metrics will be recorded by API ID and data source name.
     * <code>dataSourceLevelMetricsBehavior</code> accepts one of these values at a time:
     *
     * <ul> <li><code>FULL_REQUEST_DATA_SOURCE_METRICS</code> : Records and emits metric data for
     * all data sources in the request. <li><code>PER_DATA_SOURCE_METRICS</code> : Records and emits
     * metric data for data sources that have the <code>MetricsConfig</code> value set to
     * <code>ENABLED</code> . </ul>
     *
     * <p>Required. Allowed values: {@code FULL_REQUEST_DATA_SOURCE_METRICS}, {@code
     * PER_DATA_SOURCE_METRICS}. CloudFormation property {@code DataSourceLevelMetricsBehavior}.
     */
    public EnhancedMetricsConfig dataSourceLevelMetricsBehavior(String value) {
      return set("DataSourceLevelMetricsBehavior", Value.of(value));
    }

    /**
     * Sets {@code DataSourceLevelMetricsBehavior} to this value; see {@link
     * #dataSourceLevelMetricsBehavior(String)}.
     */
    public EnhancedMetricsConfig dataSourceLevelMetricsBehavior(Value<String> value) {
      return set("DataSourceLevelMetricsBehavior", value);
    }

    /**
     * Controls how operation metrics will be emitted to CloudWatch. Operation metrics include:
     *
     * <ul> <li><em>Requests</em> : The number of times a specified GraphQL operation was called.
     * <li><em>GraphQL errors</em> : The number of GraphQL errors that occurred during a specified
     * GraphQL operation. </ul>
     *
     * <p>Metrics will be recorded by API ID and operation name. You can set the value to
     * <code>ENABLED</code> or <code>DISABLED</code> .
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property
     * {@code OperationLevelMetricsConfig}.
     */
    public EnhancedMetricsConfig operationLevelMetricsConfig(String value) {
      return set("OperationLevelMetricsConfig", Value.of(value));
    }

    /**
     * Sets {@code OperationLevelMetricsConfig} to this value; see {@link
     * #operationLevelMetricsConfig(String)}.
     */
    public EnhancedMetricsConfig operationLevelMetricsConfig(Value<String> value) {
      return set("OperationLevelMetricsConfig", value);
    }

    /**
     * Controls how resolver metrics will be emitted to CloudWatch. Resolver metrics include:
     *
     * <ul> <li><em>GraphQL errors</em> : The number of GraphQL errors that occurred.
     * <li><em>Requests</em> : The number of invocations that occurred during a request.
     * <li><em>Latency</em> : The time to complete a resolver invocation. <li><em>Cache hits</em> :
     * The number of cache hits during a request. <li><em>Cache misses</em> : The number of cache
     * misses during a request. </ul>
     *
     * <p>These metrics can be emitted to CloudWatch per resolver or for all resolvers in the
     * request. Metrics will be recorded by API ID and resolver name.
     * <code>resolverLevelMetricsBehavior</code> accepts one of these values at a time:
     *
     * <ul> <li><code>FULL_REQUEST_RESOLVER_METRICS</code> : Records and emits metric data for all
     * resolvers in the request. <li><code>PER_RESOLVER_METRICS</code> : Records and emits metric
     * data for resolvers that have the <code>MetricsConfig</code> value set to <code>ENABLED</code>
     * . </ul>
     *
     * <p>Required. Allowed values: {@code FULL_REQUEST_RESOLVER_METRICS}, {@code
     * PER_RESOLVER_METRICS}. CloudFormation property {@code ResolverLevelMetricsBehavior}.
     */
    public EnhancedMetricsConfig resolverLevelMetricsBehavior(String value) {
      return set("ResolverLevelMetricsBehavior", Value.of(value));
    }

    /**
     * Sets {@code ResolverLevelMetricsBehavior} to this value; see {@link
     * #resolverLevelMetricsBehavior(String)}.
     */
    public EnhancedMetricsConfig resolverLevelMetricsBehavior(Value<String> value) {
      return set("ResolverLevelMetricsBehavior", value);
    }
  }

  /**
   * Configuration for AWS Lambda function authorization.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.LambdaAuthorizerConfig}.
   */
  public static final class LambdaAuthorizerConfig extends Struct<LambdaAuthorizerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi.LambdaAuthorizerConfig")
        .constrain("AuthorizerResultTtlInSeconds", Constraint.of().minimum(0).maximum(3600))
        .references("AuthorizerUri", "AWS::Lambda::Function.Arn")
        .build();

    public LambdaAuthorizerConfig() {
      super(SCHEMA);
    }

    /**
     * The number of seconds a response should be cached for. The default is 0 seconds, which
     * disables caching. If you don't specify a value for <code>authorizerResultTtlInSeconds</code>
     * , the default value is used. The maximum value is one hour (3600 seconds). The Lambda
     * function can override this by returning a <code>ttlOverride</code> key in its response.
     *
     * <p>Range: 0 to 3600. CloudFormation property {@code AuthorizerResultTtlInSeconds}.
     */
    public LambdaAuthorizerConfig authorizerResultTtlInSeconds(int value) {
      return set("AuthorizerResultTtlInSeconds", Value.of(value));
    }

    /**
     * Sets {@code AuthorizerResultTtlInSeconds} to this value; see {@link
     * #authorizerResultTtlInSeconds(int)}.
     */
    public LambdaAuthorizerConfig authorizerResultTtlInSeconds(Value<Integer> value) {
      return set("AuthorizerResultTtlInSeconds", value);
    }

    /**
     * The ARN of the Lambda function to be called for authorization. This may be a standard Lambda
     * ARN, a version ARN ( <code>.../v3</code> ) or alias ARN.
     *
     * <p><em>Note</em> : This Lambda function must have the following resource-based policy
     * assigned to it. When configuring Lambda authorizers in the console, this is done for you. To
     * do so with the AWS CLI , run the following:
     *
     * <p><code>aws lambda add-permission --function-name
     * "arn:aws:lambda:us-east-2:111122223333:function:my-function" --statement-id "appsync"
     * --principal appsync.amazonaws.com --action lambda:InvokeFunction</code>
     *
     * <p>CloudFormation property {@code AuthorizerUri}.
     */
    public LambdaAuthorizerConfig authorizerUri(String value) {
      return set("AuthorizerUri", Value.of(value));
    }

    /** Sets {@code AuthorizerUri} to this value; see {@link #authorizerUri(String)}. */
    public LambdaAuthorizerConfig authorizerUri(Value<String> value) {
      return set("AuthorizerUri", value);
    }

    /**
     * Sets {@code AuthorizerUri} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #authorizerUri(String)}.
     */
    public LambdaAuthorizerConfig authorizerUri(Function resource) {
      return set("AuthorizerUri", resource.arn());
    }

    /**
     * A regular expression for validation of tokens before the Lambda function is called.
     *
     * <p>CloudFormation property {@code IdentityValidationExpression}.
     */
    public LambdaAuthorizerConfig identityValidationExpression(String value) {
      return set("IdentityValidationExpression", Value.of(value));
    }

    /**
     * Sets {@code IdentityValidationExpression} to this value; see {@link
     * #identityValidationExpression(String)}.
     */
    public LambdaAuthorizerConfig identityValidationExpression(Value<String> value) {
      return set("IdentityValidationExpression", value);
    }
  }

  /**
   * The <code>LogConfig</code> property type specifies the logging configuration when writing
   * GraphQL operations and tracing to Amazon CloudWatch for an AWS AppSync GraphQL API.
   *
   * <p><code>LogConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-graphqlapi.html">AWS::AppSync::GraphQLApi</a>
   * property type.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.LogConfig}.
   */
  public static final class LogConfig extends Struct<LogConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi.LogConfig")
        .required("CloudWatchLogsRoleArn", "FieldLogLevel")
        .constrain("CloudWatchLogsRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("CloudWatchLogsRoleArn", "AWS::IAM::Role.Arn")
        .allowed("FieldLogLevel", "ALL", "DEBUG", "ERROR", "INFO", "NONE")
        .build();

    public LogConfig() {
      super(SCHEMA);
    }

    /**
     * The service role that AWS AppSync will assume to publish to Amazon CloudWatch Logs in your
     * account.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * CloudWatchLogsRoleArn}.
     */
    public LogConfig cloudWatchLogsRoleArn(String value) {
      return set("CloudWatchLogsRoleArn", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogsRoleArn} to this value; see {@link #cloudWatchLogsRoleArn(String)}.
     */
    public LogConfig cloudWatchLogsRoleArn(Value<String> value) {
      return set("CloudWatchLogsRoleArn", value);
    }

    /**
     * Sets {@code CloudWatchLogsRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #cloudWatchLogsRoleArn(String)}.
     */
    public LogConfig cloudWatchLogsRoleArn(Role resource) {
      return set("CloudWatchLogsRoleArn", resource.arn());
    }

    /**
     * Set to TRUE to exclude sections that contain information such as headers, context, and
     * evaluated mapping templates, regardless of logging level.
     *
     * <p>CloudFormation property {@code ExcludeVerboseContent}.
     */
    public LogConfig excludeVerboseContent(boolean value) {
      return set("ExcludeVerboseContent", Value.of(value));
    }

    /**
     * Sets {@code ExcludeVerboseContent} to this value; see {@link
     * #excludeVerboseContent(boolean)}.
     */
    public LogConfig excludeVerboseContent(Value<Boolean> value) {
      return set("ExcludeVerboseContent", value);
    }

    /**
     * The field logging level. Values can be NONE, ERROR, INFO, DEBUG, or ALL.
     *
     * <ul> <li><em>NONE</em> : No field-level logs are captured. <li><em>ERROR</em> : Logs the
     * following information <em>only</em> for the fields that are in the error category: </ul>
     *
     * <ul> <li>The error section in the server response. <li>Field-level errors. <li>The generated
     * request/response functions that got resolved for error fields. <li><em>INFO</em> : Logs the
     * following information <em>only</em> for the fields that are in the info and error categories:
     * </ul>
     *
     * <ul> <li>Info-level messages. <li>The user messages sent through <code>$util.log.info</code>
     * and <code>console.log</code> . <li>Field-level tracing and mapping logs are not shown.
     * <li><em>DEBUG</em> : Logs the following information <em>only</em> for the fields that are in
     * the debug, info, and error categories: </ul>
     *
     * <ul> <li>Debug-level messages. <li>The user messages sent through <code>$util.log.info</code>
     * , <code>$util.log.debug</code> , <code>console.log</code> , and <code>console.debug</code> .
     * <li>Field-level tracing and mapping logs are not shown. <li><em>ALL</em> : The following
     * information is logged for all fields in the query: </ul>
     *
     * <ul> <li>Field-level tracing information. <li>The generated request/response functions that
     * were resolved for each field. </ul>
     *
     * <p>Required. Allowed values: {@code ALL}, {@code DEBUG}, {@code ERROR}, {@code INFO}, {@code
     * NONE}. CloudFormation property {@code FieldLogLevel}.
     */
    public LogConfig fieldLogLevel(String value) {
      return set("FieldLogLevel", Value.of(value));
    }

    /** Sets {@code FieldLogLevel} to this value; see {@link #fieldLogLevel(String)}. */
    public LogConfig fieldLogLevel(Value<String> value) {
      return set("FieldLogLevel", value);
    }
  }

  /**
   * The <code>OpenIDConnectConfig</code> property type specifies the optional authorization
   * configuration for using an OpenID Connect compliant service with your GraphQL endpoint for an
   * AWS AppSync GraphQL API.
   *
   * <p><code>OpenIDConnectConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-graphqlapi.html">AWS::AppSync::GraphQLApi</a>
   * property type.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.OpenIDConnectConfig}.
   */
  public static final class OpenIDConnectConfig extends Struct<OpenIDConnectConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppSync::GraphQLApi.OpenIDConnectConfig");

    public OpenIDConnectConfig() {
      super(SCHEMA);
    }

    /**
     * The number of milliseconds that a token is valid after being authenticated.
     *
     * <p>CloudFormation property {@code AuthTTL}.
     */
    public OpenIDConnectConfig authTTL(double value) {
      return set("AuthTTL", Value.of(value));
    }

    /** Sets {@code AuthTTL} to this value; see {@link #authTTL(double)}. */
    public OpenIDConnectConfig authTTL(Value<Double> value) {
      return set("AuthTTL", value);
    }

    /**
     * The client identifier of the Relying party at the OpenID identity provider. This identifier
     * is typically obtained when the Relying party is registered with the OpenID identity provider.
     * You can specify a regular expression so that AWS AppSync can validate against multiple client
     * identifiers at a time.
     *
     * <p>CloudFormation property {@code ClientId}.
     */
    public OpenIDConnectConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OpenIDConnectConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The number of milliseconds that a token is valid after it's issued to a user.
     *
     * <p>CloudFormation property {@code IatTTL}.
     */
    public OpenIDConnectConfig iatTTL(double value) {
      return set("IatTTL", Value.of(value));
    }

    /** Sets {@code IatTTL} to this value; see {@link #iatTTL(double)}. */
    public OpenIDConnectConfig iatTTL(Value<Double> value) {
      return set("IatTTL", value);
    }

    /**
     * The issuer for the OIDC configuration. The issuer returned by discovery must exactly match
     * the value of <code>iss</code> in the ID token.
     *
     * <p>CloudFormation property {@code Issuer}.
     */
    public OpenIDConnectConfig issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public OpenIDConnectConfig issuer(Value<String> value) {
      return set("Issuer", value);
    }
  }

  /**
   * The <code>UserPoolConfig</code> property type specifies the optional authorization
   * configuration for using Amazon Cognito user pools with your GraphQL endpoint for an AWS AppSync
   * GraphQL API.
   *
   * <p>Property type {@code AWS::AppSync::GraphQLApi.UserPoolConfig}.
   */
  public static final class UserPoolConfig extends Struct<UserPoolConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLApi.UserPoolConfig")
        .allowed("DefaultAction", "ALLOW", "DENY")
        .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
        .build();

    public UserPoolConfig() {
      super(SCHEMA);
    }

    /**
     * A regular expression for validating the incoming Amazon Cognito user pool app client ID. If
     * this value isn't set, no filtering is applied.
     *
     * <p>CloudFormation property {@code AppIdClientRegex}.
     */
    public UserPoolConfig appIdClientRegex(String value) {
      return set("AppIdClientRegex", Value.of(value));
    }

    /** Sets {@code AppIdClientRegex} to this value; see {@link #appIdClientRegex(String)}. */
    public UserPoolConfig appIdClientRegex(Value<String> value) {
      return set("AppIdClientRegex", value);
    }

    /**
     * The AWS Region in which the user pool was created.
     *
     * <p>CloudFormation property {@code AwsRegion}.
     */
    public UserPoolConfig awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public UserPoolConfig awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The action that you want your GraphQL API to take when a request that uses Amazon Cognito
     * user pool authentication doesn't match the Amazon Cognito user pool configuration.
     *
     * <p>When specifying Amazon Cognito user pools as the default authentication, you must set the
     * value for <code>DefaultAction</code> to <code>ALLOW</code> if specifying
     * <code>AdditionalAuthenticationProviders</code> .
     *
     * <p>Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code
     * DefaultAction}.
     */
    public UserPoolConfig defaultAction(String value) {
      return set("DefaultAction", Value.of(value));
    }

    /** Sets {@code DefaultAction} to this value; see {@link #defaultAction(String)}. */
    public UserPoolConfig defaultAction(Value<String> value) {
      return set("DefaultAction", value);
    }

    /**
     * The user pool ID.
     *
     * <p>CloudFormation property {@code UserPoolId}.
     */
    public UserPoolConfig userPoolId(String value) {
      return set("UserPoolId", Value.of(value));
    }

    /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
    public UserPoolConfig userPoolId(Value<String> value) {
      return set("UserPoolId", value);
    }

    /**
     * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
     * #userPoolId(String)}.
     */
    public UserPoolConfig userPoolId(UserPool resource) {
      return set("UserPoolId", resource.ref());
    }
  }
}
