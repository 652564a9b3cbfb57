// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppSync::FunctionConfiguration</code> resource defines the functions in GraphQL
 * APIs to perform certain operations. You can use pipeline resolvers to attach functions. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/appsync/latest/devguide/pipeline-resolvers.html">Pipeline
 * Resolvers</a> in the <em>AWS AppSync Developer Guide</em> .
 *
 * <p>When you submit an update, AWS CloudFormation updates resources based on differences between
 * what you submit and the stack's current template. To cause this resource to be updated you must
 * change a property value for this resource in the CloudFormation template. Changing the Amazon S3
 * file content without changing a property value will not result in an update operation. See <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html">Update
 * Behaviors of Stack Resources</a> in the <em>AWS CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppSync::FunctionConfiguration}.
 */
public final class FunctionConfiguration extends Resource<FunctionConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::FunctionConfiguration")
      .required("ApiId", "DataSourceName", "Name")
      .references("ApiId", "AWS::AppSync::GraphQLApi.ApiId")
      .constrain("Code", Constraint.of().minLength(1).maxLength(32768))
      .constrain("DataSourceName", Constraint.of().pattern("^[_A-Za-z][_0-9A-Za-z]*$").minLength(1).maxLength(65536))
      .references("DataSourceName", "AWS::AppSync::DataSource.Name")
      .constrain("MaxBatchSize", Constraint.of().minimum(0).maximum(2000))
      .constrain("Name", Constraint.of().pattern("^[_A-Za-z][_0-9A-Za-z]*$").minLength(1).maxLength(65536))
      .constrain("RequestMappingTemplate", Constraint.of().minLength(0).maxLength(65536))
      .constrain("ResponseMappingTemplate", Constraint.of().minLength(0).maxLength(65536))
      .refYields("FunctionArn")
      .attributes("DataSourceName", "FunctionArn", "FunctionId", "Name")
      .build();

  public FunctionConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS AppSync GraphQL API that you want to attach using this function.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public FunctionConfiguration apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public FunctionConfiguration apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the ApiId of {@code AWS::AppSync::GraphQLApi}; see {@link
   * #apiId(String)}.
   */
  public FunctionConfiguration apiId(GraphQLApi resource) {
    return set("ApiId", resource.apiId());
  }

  /**
   * The <code>resolver</code> code that contains the request and response functions. When code is
   * used, the <code>runtime</code> is required. The runtime value must be <code>APPSYNC_JS</code> .
   *
   * <p>Length: 1 to 32768 characters. CloudFormation property {@code Code}.
   */
  public FunctionConfiguration code(String value) {
    return set("Code", Value.of(value));
  }

  /** Sets {@code Code} to this value; see {@link #code(String)}. */
  public FunctionConfiguration code(Value<String> value) {
    return set("Code", value);
  }

  /**
   * The Amazon S3 endpoint.
   *
   * <p>CloudFormation property {@code CodeS3Location}.
   */
  public FunctionConfiguration codeS3Location(String value) {
    return set("CodeS3Location", Value.of(value));
  }

  /** Sets {@code CodeS3Location} to this value; see {@link #codeS3Location(String)}. */
  public FunctionConfiguration codeS3Location(Value<String> value) {
    return set("CodeS3Location", value);
  }

  /**
   * The name of data source this function will attach.
   *
   * <p>Required. Length: 1 to 65536 characters. Pattern: {@code ^[_A-Za-z][_0-9A-Za-z]*$}.
   * CloudFormation property {@code DataSourceName}.
   */
  public FunctionConfiguration dataSourceName(String value) {
    return set("DataSourceName", Value.of(value));
  }

  /** Sets {@code DataSourceName} to this value; see {@link #dataSourceName(String)}. */
  public FunctionConfiguration dataSourceName(Value<String> value) {
    return set("DataSourceName", value);
  }

  /**
   * Sets {@code DataSourceName} to the Name of {@code AWS::AppSync::DataSource}; see {@link
   * #dataSourceName(String)}.
   */
  public FunctionConfiguration dataSourceName(DataSource resource) {
    return set("DataSourceName", resource.name());
  }

  /**
   * The <code>Function</code> description.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public FunctionConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FunctionConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The version of the request mapping template. Currently, only the 2018-05-29 version of the
   * template is supported.
   *
   * <p>CloudFormation property {@code FunctionVersion}.
   */
  public FunctionConfiguration functionVersion(String value) {
    return set("FunctionVersion", Value.of(value));
  }

  /** Sets {@code FunctionVersion} to this value; see {@link #functionVersion(String)}. */
  public FunctionConfiguration functionVersion(Value<String> value) {
    return set("FunctionVersion", value);
  }

  /**
   * The maximum number of resolver request inputs that will be sent to a single AWS Lambda function
   * in a <code>BatchInvoke</code> operation.
   *
   * <p>Range: 0 to 2000. CloudFormation property {@code MaxBatchSize}.
   */
  public FunctionConfiguration maxBatchSize(int value) {
    return set("MaxBatchSize", Value.of(value));
  }

  /** Sets {@code MaxBatchSize} to this value; see {@link #maxBatchSize(int)}. */
  public FunctionConfiguration maxBatchSize(Value<Integer> value) {
    return set("MaxBatchSize", value);
  }

  /**
   * The name of the function.
   *
   * <p>Required. Length: 1 to 65536 characters. Pattern: {@code ^[_A-Za-z][_0-9A-Za-z]*$}.
   * CloudFormation property {@code Name}.
   */
  public FunctionConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FunctionConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The <code>Function</code> request mapping template. Functions support only the 2018-05-29
   * version of the request mapping template.
   *
   * <p>Length: 0 to 65536 characters. CloudFormation property {@code RequestMappingTemplate}.
   */
  public FunctionConfiguration requestMappingTemplate(String value) {
    return set("RequestMappingTemplate", Value.of(value));
  }

  /**
   * Sets {@code RequestMappingTemplate} to this value; see {@link #requestMappingTemplate(String)}.
   */
  public FunctionConfiguration requestMappingTemplate(Value<String> value) {
    return set("RequestMappingTemplate", value);
  }

  /**
   * Describes a Sync configuration for a resolver.
   *
   * <p>Contains information on which Conflict Detection, as well as Resolution strategy, should be
   * performed when the resolver is invoked.
   *
   * <p>CloudFormation property {@code RequestMappingTemplateS3Location}.
   */
  public FunctionConfiguration requestMappingTemplateS3Location(String value) {
    return set("RequestMappingTemplateS3Location", Value.of(value));
  }

  /**
   * Sets {@code RequestMappingTemplateS3Location} to this value; see {@link
   * #requestMappingTemplateS3Location(String)}.
   */
  public FunctionConfiguration requestMappingTemplateS3Location(Value<String> value) {
    return set("RequestMappingTemplateS3Location", value);
  }

  /**
   * The <code>Function</code> response mapping template.
   *
   * <p>Length: 0 to 65536 characters. CloudFormation property {@code ResponseMappingTemplate}.
   */
  public FunctionConfiguration responseMappingTemplate(String value) {
    return set("ResponseMappingTemplate", Value.of(value));
  }

  /**
   * Sets {@code ResponseMappingTemplate} to this value; see {@link
   * #responseMappingTemplate(String)}.
   */
  public FunctionConfiguration responseMappingTemplate(Value<String> value) {
    return set("ResponseMappingTemplate", value);
  }

  /**
   * The location of a response mapping template in an Amazon S3 bucket. Use this if you want to
   * provision with a template file in Amazon S3 rather than embedding it in your CloudFormation
   * template.
   *
   * <p>CloudFormation property {@code ResponseMappingTemplateS3Location}.
   */
  public FunctionConfiguration responseMappingTemplateS3Location(String value) {
    return set("ResponseMappingTemplateS3Location", Value.of(value));
  }

  /**
   * Sets {@code ResponseMappingTemplateS3Location} to this value; see {@link
   * #responseMappingTemplateS3Location(String)}.
   */
  public FunctionConfiguration responseMappingTemplateS3Location(Value<String> value) {
    return set("ResponseMappingTemplateS3Location", value);
  }

  /**
   * Describes a runtime used by an AWS AppSync resolver or AWS AppSync function. Specifies the name
   * and version of the runtime to use. Note that if a runtime is specified, code must also be
   * specified.
   *
   * <p>CloudFormation property {@code Runtime}.
   */
  public FunctionConfiguration runtime(Value<AppSyncRuntime> value) {
    return set("Runtime", value);
  }

  /**
   * Describes a Sync configuration for a resolver.
   *
   * <p>Specifies which Conflict Detection strategy and Resolution strategy to use when the resolver
   * is invoked.
   *
   * <p>CloudFormation property {@code SyncConfig}.
   */
  public FunctionConfiguration syncConfig(Value<SyncConfig> value) {
    return set("SyncConfig", value);
  }

  /**
   * The name of data source this function will attach.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataSourceName}.
   */
  public Value<String> dataSourceName() {
    return getAtt("DataSourceName");
  }

  /**
   * ARN of the function, such as
   * <code>arn:aws:appsync:us-east-1:123456789012:apis/graphqlapiid/functions/functionId</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionArn}.
   */
  public Value<String> functionArn() {
    return getAtt("FunctionArn");
  }

  /**
   * The unique ID of this function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionId}.
   */
  public Value<String> functionId() {
    return getAtt("FunctionId");
  }

  /**
   * The name of the function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Describes a runtime used by an AWS AppSync resolver or AWS AppSync function. Specifies the name
   * and version of the runtime to use. Note that if a runtime is specified, code must also be
   * specified.
   *
   * <p>Property type {@code AWS::AppSync::FunctionConfiguration.AppSyncRuntime}.
   */
  public static final class AppSyncRuntime extends Struct<AppSyncRuntime> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::FunctionConfiguration.AppSyncRuntime")
        .required("Name", "RuntimeVersion")
        .allowed("Name", "APPSYNC_JS")
        .build();

    public AppSyncRuntime() {
      super(SCHEMA);
    }

    /**
     * The <code>name</code> of the runtime to use. Currently, the only allowed value is
     * <code>APPSYNC_JS</code> .
     *
     * <p>Required. Allowed values: {@code APPSYNC_JS}. CloudFormation property {@code Name}.
     */
    public AppSyncRuntime name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AppSyncRuntime name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The <code>version</code> of the runtime to use. Currently, the only allowed version is
     * <code>1.0.0</code> .
     *
     * <p>Required. CloudFormation property {@code RuntimeVersion}.
     */
    public AppSyncRuntime runtimeVersion(String value) {
      return set("RuntimeVersion", Value.of(value));
    }

    /** Sets {@code RuntimeVersion} to this value; see {@link #runtimeVersion(String)}. */
    public AppSyncRuntime runtimeVersion(Value<String> value) {
      return set("RuntimeVersion", value);
    }
  }

  /**
   * The <code>LambdaConflictHandlerConfig</code> object when configuring <code>LAMBDA</code> as the
   * Conflict Handler.
   *
   * <p>Property type {@code AWS::AppSync::FunctionConfiguration.LambdaConflictHandlerConfig}.
   */
  public static final class LambdaConflictHandlerConfig extends Struct<LambdaConflictHandlerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppSync::FunctionConfiguration.LambdaConflictHandlerConfig");

    public LambdaConflictHandlerConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the Lambda function to use as the Conflict Handler.
     *
     * <p>CloudFormation property {@code LambdaConflictHandlerArn}.
     */
    public LambdaConflictHandlerConfig lambdaConflictHandlerArn(String value) {
      return set("LambdaConflictHandlerArn", Value.of(value));
    }

    /**
     * Sets {@code LambdaConflictHandlerArn} to this value; see {@link
     * #lambdaConflictHandlerArn(String)}.
     */
    public LambdaConflictHandlerConfig lambdaConflictHandlerArn(Value<String> value) {
      return set("LambdaConflictHandlerArn", value);
    }
  }

  /**
   * Describes a Sync configuration for a resolver.
   *
   * <p>Specifies which Conflict Detection strategy and Resolution strategy to use when the resolver
   * is invoked.
   *
   * <p>Property type {@code AWS::AppSync::FunctionConfiguration.SyncConfig}.
   */
  public static final class SyncConfig extends Struct<SyncConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::FunctionConfiguration.SyncConfig")
        .required("ConflictDetection")
        .allowed("ConflictDetection", "NONE", "VERSION")
        .allowed("ConflictHandler", "AUTOMERGE", "LAMBDA", "NONE", "OPTIMISTIC_CONCURRENCY")
        .build();

    public SyncConfig() {
      super(SCHEMA);
    }

    /**
     * The Conflict Detection strategy to use.
     *
     * <ul> <li><em>VERSION</em> : Detect conflicts based on object versions for this resolver.
     * <li><em>NONE</em> : Do not detect conflicts when invoking this resolver. </ul>
     *
     * <p>Required. Allowed values: {@code NONE}, {@code VERSION}. CloudFormation property {@code
     * ConflictDetection}.
     */
    public SyncConfig conflictDetection(String value) {
      return set("ConflictDetection", Value.of(value));
    }

    /** Sets {@code ConflictDetection} to this value; see {@link #conflictDetection(String)}. */
    public SyncConfig conflictDetection(Value<String> value) {
      return set("ConflictDetection", value);
    }

    /**
     * The Conflict Resolution strategy to perform in the event of a conflict.
     *
     * <ul> <li><em>OPTIMISTIC_CONCURRENCY</em> : Resolve conflicts by rejecting mutations when
     * versions don't match the latest version at the server. <li><em>AUTOMERGE</em> : Resolve
     * conflicts with the Automerge conflict resolution strategy. <li><em>LAMBDA</em> : Resolve
     * conflicts with an AWS Lambda function supplied in the
     * <code>LambdaConflictHandlerConfig</code> . </ul>
     *
     * <p>Allowed values: {@code AUTOMERGE}, {@code LAMBDA}, {@code NONE}, {@code
     * OPTIMISTIC_CONCURRENCY}. CloudFormation property {@code ConflictHandler}.
     */
    public SyncConfig conflictHandler(String value) {
      return set("ConflictHandler", Value.of(value));
    }

    /** Sets {@code ConflictHandler} to this value; see {@link #conflictHandler(String)}. */
    public SyncConfig conflictHandler(Value<String> value) {
      return set("ConflictHandler", value);
    }

    /**
     * The <code>LambdaConflictHandlerConfig</code> when configuring <code>LAMBDA</code> as the
     * Conflict Handler.
     *
     * <p>CloudFormation property {@code LambdaConflictHandlerConfig}.
     */
    public SyncConfig lambdaConflictHandlerConfig(Value<LambdaConflictHandlerConfig> value) {
      return set("LambdaConflictHandlerConfig", value);
    }
  }
}
