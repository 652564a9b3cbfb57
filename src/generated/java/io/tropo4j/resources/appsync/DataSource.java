// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.events.EventBus;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.secretsmanager.Secret;

/**
 * The <code>AWS::AppSync::DataSource</code> resource creates data sources for resolvers in AWS
 * AppSync to connect to, such as Amazon DynamoDB , AWS Lambda , and Amazon OpenSearch Service .
 * Resolvers use these data sources to fetch data when clients make GraphQL calls.
 *
 * <p>CloudFormation type {@code AWS::AppSync::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource")
      .required("ApiId", "Name", "Type")
      .references("ApiId", "AWS::AppSync::GraphQLApi.ApiId")
      .allowed("MetricsConfig", "DISABLED", "ENABLED")
      .constrain("Name", Constraint.of().pattern("^[_A-Za-z][_0-9A-Za-z]*$").minLength(1).maxLength(65536))
      .constrain("ServiceRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("ServiceRoleArn", "AWS::IAM::Role.Arn")
      .allowed("Type", "AMAZON_BEDROCK_RUNTIME", "AMAZON_DYNAMODB", "AMAZON_ELASTICSEARCH",
          "AMAZON_EVENTBRIDGE", "AMAZON_OPENSEARCH_SERVICE", "AWS_LAMBDA", "HTTP", "NONE",
          "RELATIONAL_DATABASE")
      .refYields("DataSourceArn")
      .attributes("DataSourceArn", "Name")
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Unique AWS AppSync GraphQL API identifier where this data source will be created.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public DataSource apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public DataSource apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the ApiId of {@code AWS::AppSync::GraphQLApi}; see {@link
   * #apiId(String)}.
   */
  public DataSource apiId(GraphQLApi resource) {
    return set("ApiId", resource.apiId());
  }

  /**
   * The description of the data source.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public DataSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * AWS Region and TableName for an Amazon DynamoDB table in your account.
   *
   * <p>CloudFormation property {@code DynamoDBConfig}.
   */
  public DataSource dynamoDBConfig(Value<DynamoDBConfig> value) {
    return set("DynamoDBConfig", value);
  }

  /**
   * CloudFormation property {@code ElasticsearchConfig}.
   *
   * @deprecated The specification marks {@code ElasticsearchConfig} deprecated.
   */
  @Deprecated
  public DataSource elasticsearchConfig(Value<ElasticsearchConfig> value) {
    return set("ElasticsearchConfig", value);
  }

  /**
   * An EventBridge configuration that contains a valid ARN of an event bus.
   *
   * <p>CloudFormation property {@code EventBridgeConfig}.
   */
  public DataSource eventBridgeConfig(Value<EventBridgeConfig> value) {
    return set("EventBridgeConfig", value);
  }

  /**
   * Endpoints for an HTTP data source.
   *
   * <p>CloudFormation property {@code HttpConfig}.
   */
  public DataSource httpConfig(Value<HttpConfig> value) {
    return set("HttpConfig", value);
  }

  /**
   * An ARN of a Lambda function in valid ARN format. This can be the ARN of a Lambda function that
   * exists in the current account or in another account.
   *
   * <p>CloudFormation property {@code LambdaConfig}.
   */
  public DataSource lambdaConfig(Value<LambdaConfig> value) {
    return set("LambdaConfig", value);
  }

  /**
   * Enables or disables enhanced data source metrics for specified data sources. Note that
   * <code>MetricsConfig</code> won't be used unless the <code>dataSourceLevelMetricsBehavior</code>
   * value is set to <code>PER_DATA_SOURCE_METRICS</code> . If the
   * <code>dataSourceLevelMetricsBehavior</code> is set to
   * <code>FULL_REQUEST_DATA_SOURCE_METRICS</code> instead, <code>MetricsConfig</code> will be
   * ignored. However, you can still set its value.
   *
   * <p><code>MetricsConfig</code> can be <code>ENABLED</code> or <code>DISABLED</code> .
   *
   * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
   * MetricsConfig}.
   */
  public DataSource metricsConfig(String value) {
    return set("MetricsConfig", Value.of(value));
  }

  /** Sets {@code MetricsConfig} to this value; see {@link #metricsConfig(String)}. */
  public DataSource metricsConfig(Value<String> value) {
    return set("MetricsConfig", value);
  }

  /**
   * Friendly name for you to identify your AppSync data source after creation.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 65536 characters. Pattern: {@code
   * ^[_A-Za-z][_0-9A-Za-z]*$}. CloudFormation property {@code Name}.
   */
  public DataSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * AWS Region and Endpoints for an Amazon OpenSearch Service domain in your account.
   *
   * <p>CloudFormation property {@code OpenSearchServiceConfig}.
   */
  public DataSource openSearchServiceConfig(Value<OpenSearchServiceConfig> value) {
    return set("OpenSearchServiceConfig", value);
  }

  /**
   * Relational Database configuration of the relational database data source.
   *
   * <p>CloudFormation property {@code RelationalDatabaseConfig}.
   */
  public DataSource relationalDatabaseConfig(Value<RelationalDatabaseConfig> value) {
    return set("RelationalDatabaseConfig", value);
  }

  /**
   * The AWS Identity and Access Management service role ARN for the data source. The system assumes
   * this role when accessing the data source.
   *
   * <p>Required if <code>Type</code> is specified as <code>AWS_LAMBDA</code> ,
   * <code>AMAZON_DYNAMODB</code> , <code>AMAZON_ELASTICSEARCH</code> ,
   * <code>AMAZON_EVENTBRIDGE</code> , <code>AMAZON_OPENSEARCH_SERVICE</code> ,
   * <code>RELATIONAL_DATABASE</code> , or <code>AMAZON_BEDROCK_RUNTIME</code> .
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceRoleArn}.
   */
  public DataSource serviceRoleArn(String value) {
    return set("ServiceRoleArn", Value.of(value));
  }

  /** Sets {@code ServiceRoleArn} to this value; see {@link #serviceRoleArn(String)}. */
  public DataSource serviceRoleArn(Value<String> value) {
    return set("ServiceRoleArn", value);
  }

  /**
   * Sets {@code ServiceRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #serviceRoleArn(String)}.
   */
  public DataSource serviceRoleArn(Role resource) {
    return set("ServiceRoleArn", resource.arn());
  }

  /**
   * The type of the data source.
   *
   * <ul> <li><em>AWS_LAMBDA</em> : The data source is an AWS Lambda function.
   * <li><em>AMAZON_DYNAMODB</em> : The data source is an Amazon DynamoDB table.
   * <li><em>AMAZON_ELASTICSEARCH</em> : The data source is an Amazon OpenSearch Service domain.
   * <li><em>AMAZON_EVENTBRIDGE</em> : The data source is an Amazon EventBridge event bus.
   * <li><em>AMAZON_OPENSEARCH_SERVICE</em> : The data source is an Amazon OpenSearch Service
   * domain. <li><em>AMAZON_BEDROCK_RUNTIME</em> : The data source is the Amazon Bedrock runtime.
   * <li><em>NONE</em> : There is no data source. This type is used when you wish to invoke a
   * GraphQL operation without connecting to a data source, such as performing data transformation
   * with resolvers or triggering a subscription to be invoked from a mutation. <li><em>HTTP</em> :
   * The data source is an HTTP endpoint. <li><em>RELATIONAL_DATABASE</em> : The data source is a
   * relational database. </ul>
   *
   * <p>Required. Allowed values: {@code AMAZON_BEDROCK_RUNTIME}, {@code AMAZON_DYNAMODB}, {@code
   * AMAZON_ELASTICSEARCH}, {@code AMAZON_EVENTBRIDGE}, {@code AMAZON_OPENSEARCH_SERVICE}, {@code
   * AWS_LAMBDA}, {@code HTTP}, {@code NONE}, {@code RELATIONAL_DATABASE}. CloudFormation property
   * {@code Type}.
   */
  public DataSource typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public DataSource typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the API key, such as
   * <code>arn:aws:appsync:us-east-1:123456789012:apis/graphqlapiid/datasources/datasourcename</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataSourceArn}.
   */
  public Value<String> dataSourceArn() {
    return getAtt("DataSourceArn");
  }

  /**
   * Friendly name for you to identify your AWS AppSync data source after creation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The <code>AuthorizationConfig</code> property type specifies the authorization type and
   * configuration for an AWS AppSync http data source.
   *
   * <p><code>AuthorizationConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-appsync-datasource-httpconfig.html">AWS
   * AppSync DataSource HttpConfig</a> property type.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.AuthorizationConfig}.
   */
  public static final class AuthorizationConfig extends Struct<AuthorizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.AuthorizationConfig")
        .required("AuthorizationType")
        .allowed("AuthorizationType", "AWS_IAM")
        .build();

    public AuthorizationConfig() {
      super(SCHEMA);
    }

    /**
     * The authorization type that the HTTP endpoint requires.
     *
     * <ul> <li><em>AWS_IAM</em> : The authorization type is Signature Version 4 (SigV4). </ul>
     *
     * <p>Required. Allowed values: {@code AWS_IAM}. CloudFormation property {@code
     * AuthorizationType}.
     */
    public AuthorizationConfig authorizationType(String value) {
      return set("AuthorizationType", Value.of(value));
    }

    /** Sets {@code AuthorizationType} to this value; see {@link #authorizationType(String)}. */
    public AuthorizationConfig authorizationType(Value<String> value) {
      return set("AuthorizationType", value);
    }

    /**
     * The AWS Identity and Access Management settings.
     *
     * <p>CloudFormation property {@code AwsIamConfig}.
     */
    public AuthorizationConfig awsIamConfig(Value<AwsIamConfig> value) {
      return set("AwsIamConfig", value);
    }
  }

  /**
   * Use the <code>AwsIamConfig</code> property type to specify <code>AwsIamConfig</code> for a AWS
   * AppSync authorizaton.
   *
   * <p><code>AwsIamConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-appsync-datasource-httpconfig-authorizationconfig.html">AWS
   * AppSync DataSource AuthorizationConfig</a> resource.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.AwsIamConfig}.
   */
  public static final class AwsIamConfig extends Struct<AwsIamConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppSync::DataSource.AwsIamConfig");

    public AwsIamConfig() {
      super(SCHEMA);
    }

    /**
     * The signing Region for AWS Identity and Access Management authorization.
     *
     * <p>CloudFormation property {@code SigningRegion}.
     */
    public AwsIamConfig signingRegion(String value) {
      return set("SigningRegion", Value.of(value));
    }

    /** Sets {@code SigningRegion} to this value; see {@link #signingRegion(String)}. */
    public AwsIamConfig signingRegion(Value<String> value) {
      return set("SigningRegion", value);
    }

    /**
     * The signing service name for AWS Identity and Access Management authorization.
     *
     * <p>CloudFormation property {@code SigningServiceName}.
     */
    public AwsIamConfig signingServiceName(String value) {
      return set("SigningServiceName", Value.of(value));
    }

    /** Sets {@code SigningServiceName} to this value; see {@link #signingServiceName(String)}. */
    public AwsIamConfig signingServiceName(Value<String> value) {
      return set("SigningServiceName", value);
    }
  }

  /**
   * Describes a Delta Sync configuration.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.DeltaSyncConfig}.
   */
  public static final class DeltaSyncConfig extends Struct<DeltaSyncConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.DeltaSyncConfig")
        .required("BaseTableTTL", "DeltaSyncTableName", "DeltaSyncTableTTL")
        .build();

    public DeltaSyncConfig() {
      super(SCHEMA);
    }

    /**
     * The number of minutes that an Item is stored in the data source.
     *
     * <p>Required. CloudFormation property {@code BaseTableTTL}.
     */
    public DeltaSyncConfig baseTableTTL(String value) {
      return set("BaseTableTTL", Value.of(value));
    }

    /** Sets {@code BaseTableTTL} to this value; see {@link #baseTableTTL(String)}. */
    public DeltaSyncConfig baseTableTTL(Value<String> value) {
      return set("BaseTableTTL", value);
    }

    /**
     * The Delta Sync table name.
     *
     * <p>Required. CloudFormation property {@code DeltaSyncTableName}.
     */
    public DeltaSyncConfig deltaSyncTableName(String value) {
      return set("DeltaSyncTableName", Value.of(value));
    }

    /** Sets {@code DeltaSyncTableName} to this value; see {@link #deltaSyncTableName(String)}. */
    public DeltaSyncConfig deltaSyncTableName(Value<String> value) {
      return set("DeltaSyncTableName", value);
    }

    /**
     * The number of minutes that a Delta Sync log entry is stored in the Delta Sync table.
     *
     * <p>Required. CloudFormation property {@code DeltaSyncTableTTL}.
     */
    public DeltaSyncConfig deltaSyncTableTTL(String value) {
      return set("DeltaSyncTableTTL", Value.of(value));
    }

    /** Sets {@code DeltaSyncTableTTL} to this value; see {@link #deltaSyncTableTTL(String)}. */
    public DeltaSyncConfig deltaSyncTableTTL(Value<String> value) {
      return set("DeltaSyncTableTTL", value);
    }
  }

  /**
   * The <code>DynamoDBConfig</code> property type specifies the <code>AwsRegion</code> and
   * <code>TableName</code> for an Amazon DynamoDB table in your account for an AWS AppSync data
   * source.
   *
   * <p><code>DynamoDBConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-datasource.html">AWS::AppSync::DataSource</a>
   * property type.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.DynamoDBConfig}.
   */
  public static final class DynamoDBConfig extends Struct<DynamoDBConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.DynamoDBConfig")
        .required("AwsRegion", "TableName")
        .references("TableName", "AWS::DynamoDB::Table.Ref")
        .build();

    public DynamoDBConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Region.
     *
     * <p>Required. CloudFormation property {@code AwsRegion}.
     */
    public DynamoDBConfig awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public DynamoDBConfig awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The <code>DeltaSyncConfig</code> for a versioned datasource.
     *
     * <p>CloudFormation property {@code DeltaSyncConfig}.
     */
    public DynamoDBConfig deltaSyncConfig(Value<DeltaSyncConfig> value) {
      return set("DeltaSyncConfig", value);
    }

    /**
     * The table name.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public DynamoDBConfig tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DynamoDBConfig tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Sets {@code TableName} to the Ref of {@code AWS::DynamoDB::Table}; see {@link
     * #tableName(String)}.
     */
    public DynamoDBConfig tableName(Table resource) {
      return set("TableName", resource.ref());
    }

    /**
     * Set to <code>TRUE</code> to use AWS Identity and Access Management with this data source.
     *
     * <p>CloudFormation property {@code UseCallerCredentials}.
     */
    public DynamoDBConfig useCallerCredentials(boolean value) {
      return set("UseCallerCredentials", Value.of(value));
    }

    /**
     * Sets {@code UseCallerCredentials} to this value; see {@link #useCallerCredentials(boolean)}.
     */
    public DynamoDBConfig useCallerCredentials(Value<Boolean> value) {
      return set("UseCallerCredentials", value);
    }

    /**
     * Set to TRUE to use Conflict Detection and Resolution with this data source.
     *
     * <p>CloudFormation property {@code Versioned}.
     */
    public DynamoDBConfig versioned(boolean value) {
      return set("Versioned", Value.of(value));
    }

    /** Sets {@code Versioned} to this value; see {@link #versioned(boolean)}. */
    public DynamoDBConfig versioned(Value<Boolean> value) {
      return set("Versioned", value);
    }
  }

  /** Property type {@code AWS::AppSync::DataSource.ElasticsearchConfig}. */
  public static final class ElasticsearchConfig extends Struct<ElasticsearchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.ElasticsearchConfig")
        .required("AwsRegion", "Endpoint")
        .build();

    public ElasticsearchConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Region.
     *
     * <p>Required. CloudFormation property {@code AwsRegion}.
     */
    public ElasticsearchConfig awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public ElasticsearchConfig awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The endpoint.
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public ElasticsearchConfig endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public ElasticsearchConfig endpoint(Value<String> value) {
      return set("Endpoint", value);
    }
  }

  /**
   * The data source. This can be an API destination, resource, or AWS service.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.EventBridgeConfig}.
   */
  public static final class EventBridgeConfig extends Struct<EventBridgeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.EventBridgeConfig")
        .required("EventBusArn")
        .references("EventBusArn", "AWS::Events::EventBus.Arn")
        .build();

    public EventBridgeConfig() {
      super(SCHEMA);
    }

    /**
     * The event bus pipeline's ARN. For more information about event buses, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus.html">EventBridge
     * event buses</a> .
     *
     * <p>Required. CloudFormation property {@code EventBusArn}.
     */
    public EventBridgeConfig eventBusArn(String value) {
      return set("EventBusArn", Value.of(value));
    }

    /** Sets {@code EventBusArn} to this value; see {@link #eventBusArn(String)}. */
    public EventBridgeConfig eventBusArn(Value<String> value) {
      return set("EventBusArn", value);
    }

    /**
     * Sets {@code EventBusArn} to the Arn of {@code AWS::Events::EventBus}; see {@link
     * #eventBusArn(String)}.
     */
    public EventBridgeConfig eventBusArn(EventBus resource) {
      return set("EventBusArn", resource.arn());
    }
  }

  /**
   * Use the <code>HttpConfig</code> property type to specify <code>HttpConfig</code> for an AWS
   * AppSync data source.
   *
   * <p><code>HttpConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-datasource.html">AWS::AppSync::DataSource</a>
   * resource.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.HttpConfig}.
   */
  public static final class HttpConfig extends Struct<HttpConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.HttpConfig")
        .required("Endpoint")
        .references("Endpoint", "AWS::S3::Bucket.Ref")
        .build();

    public HttpConfig() {
      super(SCHEMA);
    }

    /**
     * The authorization configuration.
     *
     * <p>CloudFormation property {@code AuthorizationConfig}.
     */
    public HttpConfig authorizationConfig(Value<AuthorizationConfig> value) {
      return set("AuthorizationConfig", value);
    }

    /**
     * The endpoint.
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public HttpConfig endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public HttpConfig endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * Sets {@code Endpoint} to the Ref of {@code AWS::S3::Bucket}; see {@link #endpoint(String)}.
     */
    public HttpConfig endpoint(Bucket resource) {
      return set("Endpoint", resource.ref());
    }
  }

  /**
   * The <code>LambdaConfig</code> property type specifies the Lambda function ARN for an AWS
   * AppSync data source.
   *
   * <p><code>LambdaConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-datasource.html">AWS::AppSync::DataSource</a>
   * property type.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.LambdaConfig}.
   */
  public static final class LambdaConfig extends Struct<LambdaConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.LambdaConfig")
        .required("LambdaFunctionArn")
        .references("LambdaFunctionArn", "AWS::Lambda::Function.Arn")
        .build();

    public LambdaConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN for the Lambda function.
     *
     * <p>Required. CloudFormation property {@code LambdaFunctionArn}.
     */
    public LambdaConfig lambdaFunctionArn(String value) {
      return set("LambdaFunctionArn", Value.of(value));
    }

    /** Sets {@code LambdaFunctionArn} to this value; see {@link #lambdaFunctionArn(String)}. */
    public LambdaConfig lambdaFunctionArn(Value<String> value) {
      return set("LambdaFunctionArn", value);
    }

    /**
     * Sets {@code LambdaFunctionArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #lambdaFunctionArn(String)}.
     */
    public LambdaConfig lambdaFunctionArn(Function resource) {
      return set("LambdaFunctionArn", resource.arn());
    }
  }

  /**
   * The <code>OpenSearchServiceConfig</code> property type specifies the <code>AwsRegion</code> and
   * <code>Endpoints</code> for an Amazon OpenSearch Service domain in your account for an AWS
   * AppSync data source.
   *
   * <p><code>OpenSearchServiceConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-datasource.html">AWS::AppSync::DataSource</a>
   * property type.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.OpenSearchServiceConfig}.
   */
  public static final class OpenSearchServiceConfig extends Struct<OpenSearchServiceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.OpenSearchServiceConfig")
        .required("AwsRegion", "Endpoint")
        .build();

    public OpenSearchServiceConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Region.
     *
     * <p>Required. CloudFormation property {@code AwsRegion}.
     */
    public OpenSearchServiceConfig awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public OpenSearchServiceConfig awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The endpoint.
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public OpenSearchServiceConfig endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public OpenSearchServiceConfig endpoint(Value<String> value) {
      return set("Endpoint", value);
    }
  }

  /**
   * Use the <code>RdsHttpEndpointConfig</code> property type to specify the
   * <code>RdsHttpEndpoint</code> for an AWS AppSync relational database.
   *
   * <p><code>RdsHttpEndpointConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-appsync-datasource-relationaldatabaseconfig.html">AWS
   * AppSync DataSource RelationalDatabaseConfig</a> resource.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.RdsHttpEndpointConfig}.
   */
  public static final class RdsHttpEndpointConfig extends Struct<RdsHttpEndpointConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.RdsHttpEndpointConfig")
        .required("AwsRegion", "AwsSecretStoreArn", "DbClusterIdentifier")
        .references("AwsSecretStoreArn", "AWS::SecretsManager::Secret.Ref")
        .build();

    public RdsHttpEndpointConfig() {
      super(SCHEMA);
    }

    /**
     * AWS Region for RDS HTTP endpoint.
     *
     * <p>Required. CloudFormation property {@code AwsRegion}.
     */
    public RdsHttpEndpointConfig awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public RdsHttpEndpointConfig awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The ARN for database credentials stored in AWS Secrets Manager .
     *
     * <p>Required. CloudFormation property {@code AwsSecretStoreArn}.
     */
    public RdsHttpEndpointConfig awsSecretStoreArn(String value) {
      return set("AwsSecretStoreArn", Value.of(value));
    }

    /** Sets {@code AwsSecretStoreArn} to this value; see {@link #awsSecretStoreArn(String)}. */
    public RdsHttpEndpointConfig awsSecretStoreArn(Value<String> value) {
      return set("AwsSecretStoreArn", value);
    }

    /**
     * Sets {@code AwsSecretStoreArn} to the Ref of {@code AWS::SecretsManager::Secret}; see {@link
     * #awsSecretStoreArn(String)}.
     */
    public RdsHttpEndpointConfig awsSecretStoreArn(Secret resource) {
      return set("AwsSecretStoreArn", resource.ref());
    }

    /**
     * Logical database name.
     *
     * <p>CloudFormation property {@code DatabaseName}.
     */
    public RdsHttpEndpointConfig databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RdsHttpEndpointConfig databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Amazon RDS cluster Amazon Resource Name (ARN).
     *
     * <p>Required. CloudFormation property {@code DbClusterIdentifier}.
     */
    public RdsHttpEndpointConfig dbClusterIdentifier(String value) {
      return set("DbClusterIdentifier", Value.of(value));
    }

    /** Sets {@code DbClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
    public RdsHttpEndpointConfig dbClusterIdentifier(Value<String> value) {
      return set("DbClusterIdentifier", value);
    }

    /**
     * Logical schema name.
     *
     * <p>CloudFormation property {@code Schema}.
     */
    public RdsHttpEndpointConfig schemaProperty(String value) {
      return set("Schema", Value.of(value));
    }

    /** Sets {@code Schema} to this value; see {@link #schemaProperty(String)}. */
    public RdsHttpEndpointConfig schemaProperty(Value<String> value) {
      return set("Schema", value);
    }
  }

  /**
   * Use the <code>RelationalDatabaseConfig</code> property type to specify
   * <code>RelationalDatabaseConfig</code> for an AWS AppSync data source.
   *
   * <p><code>RelationalDatabaseConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-datasource.html">AWS::AppSync::DataSource</a>
   * property type.
   *
   * <p>Property type {@code AWS::AppSync::DataSource.RelationalDatabaseConfig}.
   */
  public static final class RelationalDatabaseConfig extends Struct<RelationalDatabaseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DataSource.RelationalDatabaseConfig")
        .required("RelationalDatabaseSourceType")
        .allowed("RelationalDatabaseSourceType", "RDS_HTTP_ENDPOINT")
        .build();

    public RelationalDatabaseConfig() {
      super(SCHEMA);
    }

    /**
     * Information about the Amazon RDS resource.
     *
     * <p>CloudFormation property {@code RdsHttpEndpointConfig}.
     */
    public RelationalDatabaseConfig rdsHttpEndpointConfig(Value<RdsHttpEndpointConfig> value) {
      return set("RdsHttpEndpointConfig", value);
    }

    /**
     * The type of relational data source.
     *
     * <p>Required. Allowed values: {@code RDS_HTTP_ENDPOINT}. CloudFormation property {@code
     * RelationalDatabaseSourceType}.
     */
    public RelationalDatabaseConfig relationalDatabaseSourceType(String value) {
      return set("RelationalDatabaseSourceType", Value.of(value));
    }

    /**
     * Sets {@code RelationalDatabaseSourceType} to this value; see {@link
     * #relationalDatabaseSourceType(String)}.
     */
    public RelationalDatabaseConfig relationalDatabaseSourceType(Value<String> value) {
      return set("RelationalDatabaseSourceType", value);
    }
  }
}
