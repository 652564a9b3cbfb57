// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppSync::Resolver</code> resource defines the logical GraphQL resolver that you
 * attach to fields in a schema. Request and response templates for resolvers are written in Apache
 * Velocity Template Language (VTL) format. For more information about resolvers, see <a
 * href="https://docs.aws.amazon.com/appsync/latest/devguide/resolver-mapping-template-reference.html">Resolver
 * Mapping Template Reference</a> .
 *
 * <p>When you submit an update, AWS CloudFormation updates resources based on differences between
 * what you submit and the stack's current template. To cause this resource to be updated you must
 * change a property value for this resource in the CloudFormation template. Changing the Amazon S3
 * file content without changing a property value will not result in an update operation. See <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html">Update
 * Behaviors of Stack Resources</a> in the <em>AWS CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppSync::Resolver}.
 */
public final class Resolver extends Resource<Resolver> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::Resolver")
      .required("ApiId", "FieldName", "TypeName")
      .references("ApiId", "AWS::AppSync::GraphQLApi.ApiId")
      .constrain("Code", Constraint.of().minLength(1).maxLength(32768))
      .constrain("DataSourceName", Constraint.of().pattern("^[_A-Za-z][_0-9A-Za-z]*$").minLength(1).maxLength(65536))
      .references("DataSourceName", "AWS::AppSync::DataSource.Name")
      .constrain("FieldName", Constraint.of().pattern("^[_A-Za-z][_0-9A-Za-z]*$").minLength(1).maxLength(65536))
      .allowed("Kind", "PIPELINE", "UNIT")
      .constrain("MaxBatchSize", Constraint.of().minimum(0).maximum(2000))
      .allowed("MetricsConfig", "ENABLED", "DISABLED")
      .constrain("RequestMappingTemplate", Constraint.of().minLength(1).maxLength(65536))
      .constrain("ResponseMappingTemplate", Constraint.of().minLength(1).maxLength(65536))
      .constrain("TypeName", Constraint.of().pattern("^[_A-Za-z][_0-9A-Za-z]*$").minLength(1).maxLength(65536))
      .refYields("ResolverArn")
      .attributes("FieldName", "ResolverArn", "TypeName")
      .build();

  public Resolver(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS AppSync GraphQL API to which you want to attach this resolver.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Resolver apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Resolver apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the ApiId of {@code AWS::AppSync::GraphQLApi}; see {@link
   * #apiId(String)}.
   */
  public Resolver apiId(GraphQLApi resource) {
    return set("ApiId", resource.apiId());
  }

  /**
   * The caching configuration for the resolver.
   *
   * <p>CloudFormation property {@code CachingConfig}.
   */
  public Resolver cachingConfig(Value<CachingConfig> value) {
    return set("CachingConfig", value);
  }

  /**
   * The <code>resolver</code> code that contains the request and response functions. When code is
   * used, the <code>runtime</code> is required. The runtime value must be <code>APPSYNC_JS</code> .
   *
   * <p>Length: 1 to 32768 characters. CloudFormation property {@code Code}.
   */
  public Resolver code(String value) {
    return set("Code", Value.of(value));
  }

  /** Sets {@code Code} to this value; see {@link #code(String)}. */
  public Resolver code(Value<String> value) {
    return set("Code", value);
  }

  /**
   * The Amazon S3 endpoint.
   *
   * <p>CloudFormation property {@code CodeS3Location}.
   */
  public Resolver codeS3Location(String value) {
    return set("CodeS3Location", Value.of(value));
  }

  /** Sets {@code CodeS3Location} to this value; see {@link #codeS3Location(String)}. */
  public Resolver codeS3Location(Value<String> value) {
    return set("CodeS3Location", value);
  }

  /**
   * The resolver data source name.
   *
   * <p>Length: 1 to 65536 characters. Pattern: {@code ^[_A-Za-z][_0-9A-Za-z]*$}. CloudFormation
   * property {@code DataSourceName}.
   */
  public Resolver dataSourceName(String value) {
    return set("DataSourceName", Value.of(value));
  }

  /** Sets {@code DataSourceName} to this value; see {@link #dataSourceName(String)}. */
  public Resolver dataSourceName(Value<String> value) {
    return set("DataSourceName", value);
  }

  /**
   * Sets {@code DataSourceName} to the Name of {@code AWS::AppSync::DataSource}; see {@link
   * #dataSourceName(String)}.
   */
  public Resolver dataSourceName(DataSource resource) {
    return set("DataSourceName", resource.name());
  }

  /**
   * The GraphQL field on a type that invokes the resolver.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 65536 characters. Pattern: {@code
   * ^[_A-Za-z][_0-9A-Za-z]*$}. CloudFormation property {@code FieldName}.
   */
  public Resolver fieldName(String value) {
    return set("FieldName", Value.of(value));
  }

  /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
  public Resolver fieldName(Value<String> value) {
    return set("FieldName", value);
  }

  /**
   * The resolver type.
   *
   * <ul> <li><em>UNIT</em> : A UNIT resolver type. A UNIT resolver is the default resolver type.
   * You can use a UNIT resolver to run a GraphQL query against a single data source.
   * <li><em>PIPELINE</em> : A PIPELINE resolver type. You can use a PIPELINE resolver to invoke a
   * series of <code>Function</code> objects in a serial manner. You can use a pipeline resolver to
   * run a GraphQL query against multiple data sources. </ul>
   *
   * <p>Allowed values: {@code PIPELINE}, {@code UNIT}. CloudFormation property {@code Kind}.
   */
  public Resolver kind(String value) {
    return set("Kind", Value.of(value));
  }

  /** Sets {@code Kind} to this value; see {@link #kind(String)}. */
  public Resolver kind(Value<String> value) {
    return set("Kind", value);
  }

  /**
   * The maximum number of resolver request inputs that will be sent to a single AWS Lambda function
   * in a <code>BatchInvoke</code> operation.
   *
   * <p>Range: 0 to 2000. CloudFormation property {@code MaxBatchSize}.
   */
  public Resolver maxBatchSize(int value) {
    return set("MaxBatchSize", Value.of(value));
  }

  /** Sets {@code MaxBatchSize} to this value; see {@link #maxBatchSize(int)}. */
  public Resolver maxBatchSize(Value<Integer> value) {
    return set("MaxBatchSize", value);
  }

  /**
   * Enables or disables enhanced resolver metrics for specified resolvers. Note that
   * <code>MetricsConfig</code> won't be used unless the <code>resolverLevelMetricsBehavior</code>
   * value is set to <code>PER_RESOLVER_METRICS</code> . If the
   * <code>resolverLevelMetricsBehavior</code> is set to <code>FULL_REQUEST_RESOLVER_METRICS</code>
   * instead, <code>MetricsConfig</code> will be ignored. However, you can still set its value.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * MetricsConfig}.
   */
  public Resolver metricsConfig(String value) {
    return set("MetricsConfig", Value.of(value));
  }

  /** Sets {@code MetricsConfig} to this value; see {@link #metricsConfig(String)}. */
  public Resolver metricsConfig(Value<String> value) {
    return set("MetricsConfig", value);
  }

  /**
   * Functions linked with the pipeline resolver.
   *
   * <p>CloudFormation property {@code PipelineConfig}.
   */
  public Resolver pipelineConfig(Value<PipelineConfig> value) {
    return set("PipelineConfig", value);
  }

  /**
   * The request mapping template.
   *
   * <p>Request mapping templates are optional when using a Lambda data source. For all other data
   * sources, a request mapping template is required.
   *
   * <p>Length: 1 to 65536 characters. CloudFormation property {@code RequestMappingTemplate}.
   */
  public Resolver requestMappingTemplate(String value) {
    return set("RequestMappingTemplate", Value.of(value));
  }

  /**
   * Sets {@code RequestMappingTemplate} to this value; see {@link #requestMappingTemplate(String)}.
   */
  public Resolver requestMappingTemplate(Value<String> value) {
    return set("RequestMappingTemplate", value);
  }

  /**
   * The location of a request mapping template in an Amazon S3 bucket. Use this if you want to
   * provision with a template file in Amazon S3 rather than embedding it in your CloudFormation
   * template.
   *
   * <p>CloudFormation property {@code RequestMappingTemplateS3Location}.
   */
  public Resolver requestMappingTemplateS3Location(String value) {
    return set("RequestMappingTemplateS3Location", Value.of(value));
  }

  /**
   * Sets {@code RequestMappingTemplateS3Location} to this value; see {@link
   * #requestMappingTemplateS3Location(String)}.
   */
  public Resolver requestMappingTemplateS3Location(Value<String> value) {
    return set("RequestMappingTemplateS3Location", value);
  }

  /**
   * The response mapping template.
   *
   * <p>Length: 1 to 65536 characters. CloudFormation property {@code ResponseMappingTemplate}.
   */
  public Resolver responseMappingTemplate(String value) {
    return set("ResponseMappingTemplate", Value.of(value));
  }

  /**
   * Sets {@code ResponseMappingTemplate} to this value; see {@link
   * #responseMappingTemplate(String)}.
   */
  public Resolver responseMappingTemplate(Value<String> value) {
    return set("ResponseMappingTemplate", value);
  }

  /**
   * The location of a response mapping template in an Amazon S3 bucket. Use this if you want to
   * provision with a template file in Amazon S3 rather than embedding it in your CloudFormation
   * template.
   *
   * <p>CloudFormation property {@code ResponseMappingTemplateS3Location}.
   */
  public Resolver responseMappingTemplateS3Location(String value) {
    return set("ResponseMappingTemplateS3Location", Value.of(value));
  }

  /**
   * Sets {@code ResponseMappingTemplateS3Location} to this value; see {@link
   * #responseMappingTemplateS3Location(String)}.
   */
  public Resolver responseMappingTemplateS3Location(Value<String> value) {
    return set("ResponseMappingTemplateS3Location", value);
  }

  /**
   * Describes a runtime used by an AWS AppSync resolver or AWS AppSync function. Specifies the name
   * and version of the runtime to use. Note that if a runtime is specified, code must also be
   * specified.
   *
   * <p>CloudFormation property {@code Runtime}.
   */
  public Resolver runtime(Value<AppSyncRuntime> value) {
    return set("Runtime", value);
  }

  /**
   * The <code>SyncConfig</code> for a resolver attached to a versioned data source.
   *
   * <p>CloudFormation property {@code SyncConfig}.
   */
  public Resolver syncConfig(Value<SyncConfig> value) {
    return set("SyncConfig", value);
  }

  /**
   * The GraphQL type that invokes this resolver.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 65536 characters. Pattern: {@code
   * ^[_A-Za-z][_0-9A-Za-z]*$}. CloudFormation property {@code TypeName}.
   */
  public Resolver typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public Resolver typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The GraphQL field on a type that invokes the resolver.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FieldName}.
   */
  public Value<String> fieldName() {
    return getAtt("FieldName");
  }

  /**
   * ARN of the resolver, such as
   * <code>arn:aws:appsync:us-east-1:123456789012:apis/graphqlapiid/types/typename/resolvers/resolvername</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolverArn}.
   */
  public Value<String> resolverArn() {
    return getAtt("ResolverArn");
  }

  /**
   * The GraphQL type that invokes this resolver.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TypeName}.
   */
  public Value<String> typeName() {
    return getAtt("TypeName");
  }

  /**
   * Describes a runtime used by an AWS AppSync resolver or AWS AppSync function. Specifies the name
   * and version of the runtime to use. Note that if a runtime is specified, code must also be
   * specified.
   *
   * <p>Property type {@code AWS::AppSync::Resolver.AppSyncRuntime}.
   */
  public static final class AppSyncRuntime extends Struct<AppSyncRuntime> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::Resolver.AppSyncRuntime")
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
   * The caching configuration for a resolver that has caching activated.
   *
   * <p>Property type {@code AWS::AppSync::Resolver.CachingConfig}.
   */
  public static final class CachingConfig extends Struct<CachingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::Resolver.CachingConfig")
        .required("Ttl")
        .build();

    public CachingConfig() {
      super(SCHEMA);
    }

    /**
     * The caching keys for a resolver that has caching activated.
     *
     * <p>Valid values are entries from the <code>$context.arguments</code> ,
     * <code>$context.source</code> , and <code>$context.identity</code> maps.
     *
     * <p>CloudFormation property {@code CachingKeys}.
     */
    public CachingConfig cachingKeys(List<String> value) {
      return set("CachingKeys", Value.listOf(value));
    }

    /** Sets {@code CachingKeys} to this value; see {@link #cachingKeys(List)}. */
    public CachingConfig cachingKeys(Value<List<String>> value) {
      return set("CachingKeys", value);
    }

    /**
     * The TTL in seconds for a resolver that has caching activated.
     *
     * <p>Valid values are 1–3,600 seconds.
     *
     * <p>Required. CloudFormation property {@code Ttl}.
     */
    public CachingConfig ttl(double value) {
      return set("Ttl", Value.of(value));
    }

    /** Sets {@code Ttl} to this value; see {@link #ttl(double)}. */
    public CachingConfig ttl(Value<Double> value) {
      return set("Ttl", value);
    }
  }

  /**
   * The <code>LambdaConflictHandlerConfig</code> when configuring LAMBDA as the Conflict Handler.
   *
   * <p>Property type {@code AWS::AppSync::Resolver.LambdaConflictHandlerConfig}.
   */
  public static final class LambdaConflictHandlerConfig extends Struct<LambdaConflictHandlerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppSync::Resolver.LambdaConflictHandlerConfig");

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
   * Use the <code>PipelineConfig</code> property type to specify <code>PipelineConfig</code> for an
   * AWS AppSync resolver.
   *
   * <p><code>PipelineConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-appsync-resolver.html">AWS::AppSync::Resolver</a>
   * resource.
   *
   * <p>Property type {@code AWS::AppSync::Resolver.PipelineConfig}.
   */
  public static final class PipelineConfig extends Struct<PipelineConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::Resolver.PipelineConfig")
        .references("Functions", "AWS::AppSync::FunctionConfiguration.FunctionId")
        .build();

    public PipelineConfig() {
      super(SCHEMA);
    }

    /**
     * A list of <code>Function</code> objects.
     *
     * <p>CloudFormation property {@code Functions}.
     */
    public PipelineConfig functions(List<String> value) {
      return set("Functions", Value.listOf(value));
    }

    /** Sets {@code Functions} to this value; see {@link #functions(List)}. */
    public PipelineConfig functions(Value<List<String>> value) {
      return set("Functions", value);
    }

    /**
     * Sets {@code Functions} to the FunctionId of each {@code AWS::AppSync::FunctionConfiguration};
     * see {@link #functions(List)}.
     */
    public PipelineConfig functions(FunctionConfiguration... resources) {
      return set("Functions", Value.attributes("FunctionId", resources));
    }
  }

  /**
   * Describes a Sync configuration for a resolver.
   *
   * <p>Specifies which Conflict Detection strategy and Resolution strategy to use when the resolver
   * is invoked.
   *
   * <p>Property type {@code AWS::AppSync::Resolver.SyncConfig}.
   */
  public static final class SyncConfig extends Struct<SyncConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::Resolver.SyncConfig")
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
