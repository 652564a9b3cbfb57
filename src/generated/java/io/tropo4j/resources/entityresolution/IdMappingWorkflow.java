// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.entityresolution;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an <code>IdMappingWorkflow</code> object which stores the configuration of the data
 * processing job to be run. Each <code>IdMappingWorkflow</code> must have a unique workflow name.
 * To modify an existing workflow, use the UpdateIdMappingWorkflow API.
 *
 * <p>Incremental processing is not supported for ID mapping workflows.
 *
 * <p>CloudFormation type {@code AWS::EntityResolution::IdMappingWorkflow}.
 */
public final class IdMappingWorkflow extends Resource<IdMappingWorkflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow")
      .required("IdMappingTechniques", "InputSourceConfig", "RoleArn", "WorkflowName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(255))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(0).maxLength(512).format("AWS::IAM::Role.Arn"))
      .constrain("WorkflowName", Constraint.of().pattern("^[a-zA-Z_0-9-]*$").minLength(0).maxLength(255))
      .refYields("WorkflowName")
      .attributes("CreatedAt", "UpdatedAt", "WorkflowArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdMappingWorkflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the workflow.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
   */
  public IdMappingWorkflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IdMappingWorkflow description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code IdMappingIncrementalRunConfig}. */
  public IdMappingWorkflow idMappingIncrementalRunConfig(Value<IdMappingIncrementalRunConfig> value) {
    return set("IdMappingIncrementalRunConfig", value);
  }

  /**
   * An object which defines the ID mapping technique and any additional configurations.
   *
   * <p>Required. CloudFormation property {@code IdMappingTechniques}.
   */
  public IdMappingWorkflow idMappingTechniques(Value<IdMappingTechniques> value) {
    return set("IdMappingTechniques", value);
  }

  /**
   * A list of <code>InputSource</code> objects, which have the fields <code>InputSourceARN</code>
   * and <code>SchemaName</code> .
   *
   * <p>Required. CloudFormation property {@code InputSourceConfig}.
   */
  public IdMappingWorkflow inputSourceConfig(List<IdMappingWorkflowInputSource> value) {
    return set("InputSourceConfig", Value.listOf(value));
  }

  /** Sets {@code InputSourceConfig} to this value; see {@link #inputSourceConfig(List)}. */
  public IdMappingWorkflow inputSourceConfig(Value<List<IdMappingWorkflowInputSource>> value) {
    return set("InputSourceConfig", value);
  }

  /** Sets {@code InputSourceConfig} to a list of these; see {@link #inputSourceConfig(List)}. */
  public IdMappingWorkflow inputSourceConfig(IdMappingWorkflowInputSource... values) {
    return set("InputSourceConfig", Value.list(values));
  }

  /**
   * A list of <code>IdMappingWorkflowOutputSource</code> objects, each of which contains fields
   * <code>outputS3Path</code> and <code>KMSArn</code> .
   *
   * <p>CloudFormation property {@code OutputSourceConfig}.
   */
  public IdMappingWorkflow outputSourceConfig(List<IdMappingWorkflowOutputSource> value) {
    return set("OutputSourceConfig", Value.listOf(value));
  }

  /** Sets {@code OutputSourceConfig} to this value; see {@link #outputSourceConfig(List)}. */
  public IdMappingWorkflow outputSourceConfig(Value<List<IdMappingWorkflowOutputSource>> value) {
    return set("OutputSourceConfig", value);
  }

  /** Sets {@code OutputSourceConfig} to a list of these; see {@link #outputSourceConfig(List)}. */
  public IdMappingWorkflow outputSourceConfig(IdMappingWorkflowOutputSource... values) {
    return set("OutputSourceConfig", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role. AWS Entity Resolution assumes this role to
   * create resources on your behalf as part of workflow execution.
   *
   * <p>Required. Length: 0 to 512 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public IdMappingWorkflow roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public IdMappingWorkflow roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IdMappingWorkflow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdMappingWorkflow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdMappingWorkflow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workflow. There can't be multiple <code>IdMappingWorkflows</code> with the same
   * name.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_0-9-]*$}. CloudFormation property {@code WorkflowName}.
   */
  public IdMappingWorkflow workflowName(String value) {
    return set("WorkflowName", Value.of(value));
  }

  /** Sets {@code WorkflowName} to this value; see {@link #workflowName(String)}. */
  public IdMappingWorkflow workflowName(Value<String> value) {
    return set("WorkflowName", value);
  }

  /**
   * The time of this IdMappingWorkflow got created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The time of this IdMappingWorkflow got last updated at
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The default IdMappingWorkflow arn
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkflowArn}.
   */
  public Value<String> workflowArn() {
    return getAtt("WorkflowArn");
  }

  /**
   * Property type {@code AWS::EntityResolution::IdMappingWorkflow.IdMappingIncrementalRunConfig}.
   */
  public static final class IdMappingIncrementalRunConfig extends Struct<IdMappingIncrementalRunConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.IdMappingIncrementalRunConfig")
        .required("IncrementalRunType")
        .allowed("IncrementalRunType", "ON_DEMAND")
        .build();

    public IdMappingIncrementalRunConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ON_DEMAND}. CloudFormation property {@code
     * IncrementalRunType}.
     */
    public IdMappingIncrementalRunConfig incrementalRunType(String value) {
      return set("IncrementalRunType", Value.of(value));
    }

    /** Sets {@code IncrementalRunType} to this value; see {@link #incrementalRunType(String)}. */
    public IdMappingIncrementalRunConfig incrementalRunType(Value<String> value) {
      return set("IncrementalRunType", value);
    }
  }

  /**
   * An object that defines the list of matching rules to run in an ID mapping workflow.
   *
   * <p>Property type {@code AWS::EntityResolution::IdMappingWorkflow.IdMappingRuleBasedProperties}.
   */
  public static final class IdMappingRuleBasedProperties extends Struct<IdMappingRuleBasedProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.IdMappingRuleBasedProperties")
        .required("AttributeMatchingModel", "RecordMatchingModel")
        .allowed("AttributeMatchingModel", "ONE_TO_ONE", "MANY_TO_MANY")
        .allowed("RecordMatchingModel", "ONE_SOURCE_TO_ONE_TARGET", "MANY_SOURCE_TO_ONE_TARGET")
        .allowed("RuleDefinitionType", "SOURCE", "TARGET")
        .build();

    public IdMappingRuleBasedProperties() {
      super(SCHEMA);
    }

    /**
     * The comparison type. You can either choose <code>ONE_TO_ONE</code> or
     * <code>MANY_TO_MANY</code> as the <code>attributeMatchingModel</code> .
     *
     * <p>If you choose <code>ONE_TO_ONE</code> , the system can only match attributes if the
     * sub-types are an exact match. For example, for the <code>Email</code> attribute type, the
     * system will only consider it a match if the value of the <code>Email</code> field of Profile
     * A matches the value of the <code>Email</code> field of Profile B.
     *
     * <p>If you choose <code>MANY_TO_MANY</code> , the system can match attributes across the
     * sub-types of an attribute type. For example, if the value of the <code>Email</code> field of
     * Profile A matches the value of the <code>BusinessEmail</code> field of Profile B, the two
     * profiles are matched on the <code>Email</code> attribute type.
     *
     * <p>Required. Allowed values: {@code ONE_TO_ONE}, {@code MANY_TO_MANY}. CloudFormation
     * property {@code AttributeMatchingModel}.
     */
    public IdMappingRuleBasedProperties attributeMatchingModel(String value) {
      return set("AttributeMatchingModel", Value.of(value));
    }

    /**
     * Sets {@code AttributeMatchingModel} to this value; see {@link
     * #attributeMatchingModel(String)}.
     */
    public IdMappingRuleBasedProperties attributeMatchingModel(Value<String> value) {
      return set("AttributeMatchingModel", value);
    }

    /**
     * The type of matching record that is allowed to be used in an ID mapping workflow.
     *
     * <p>If the value is set to <code>ONE_SOURCE_TO_ONE_TARGET</code> , only one record in the
     * source can be matched to the same record in the target.
     *
     * <p>If the value is set to <code>MANY_SOURCE_TO_ONE_TARGET</code> , multiple records in the
     * source can be matched to one record in the target.
     *
     * <p>Required. Allowed values: {@code ONE_SOURCE_TO_ONE_TARGET}, {@code
     * MANY_SOURCE_TO_ONE_TARGET}. CloudFormation property {@code RecordMatchingModel}.
     */
    public IdMappingRuleBasedProperties recordMatchingModel(String value) {
      return set("RecordMatchingModel", Value.of(value));
    }

    /** Sets {@code RecordMatchingModel} to this value; see {@link #recordMatchingModel(String)}. */
    public IdMappingRuleBasedProperties recordMatchingModel(Value<String> value) {
      return set("RecordMatchingModel", value);
    }

    /**
     * The set of rules you can use in an ID mapping workflow. The limitations specified for the
     * source or target to define the match rules must be compatible.
     *
     * <p>Allowed values: {@code SOURCE}, {@code TARGET}. CloudFormation property {@code
     * RuleDefinitionType}.
     */
    public IdMappingRuleBasedProperties ruleDefinitionType(String value) {
      return set("RuleDefinitionType", Value.of(value));
    }

    /** Sets {@code RuleDefinitionType} to this value; see {@link #ruleDefinitionType(String)}. */
    public IdMappingRuleBasedProperties ruleDefinitionType(Value<String> value) {
      return set("RuleDefinitionType", value);
    }

    /**
     * The rules that can be used for ID mapping.
     *
     * <p>CloudFormation property {@code Rules}.
     */
    public IdMappingRuleBasedProperties rules(List<Rule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public IdMappingRuleBasedProperties rules(Value<List<Rule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public IdMappingRuleBasedProperties rules(Rule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * An object which defines the ID mapping technique and any additional configurations.
   *
   * <p>Property type {@code AWS::EntityResolution::IdMappingWorkflow.IdMappingTechniques}.
   */
  public static final class IdMappingTechniques extends Struct<IdMappingTechniques> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.IdMappingTechniques")
        .allowed("IdMappingType", "PROVIDER", "RULE_BASED")
        .build();

    public IdMappingTechniques() {
      super(SCHEMA);
    }

    /**
     * The type of ID mapping.
     *
     * <p>Allowed values: {@code PROVIDER}, {@code RULE_BASED}. CloudFormation property {@code
     * IdMappingType}.
     */
    public IdMappingTechniques idMappingType(String value) {
      return set("IdMappingType", Value.of(value));
    }

    /** Sets {@code IdMappingType} to this value; see {@link #idMappingType(String)}. */
    public IdMappingTechniques idMappingType(Value<String> value) {
      return set("IdMappingType", value);
    }

    /** CloudFormation property {@code NormalizationVersion}. */
    public IdMappingTechniques normalizationVersion(String value) {
      return set("NormalizationVersion", Value.of(value));
    }

    /**
     * Sets {@code NormalizationVersion} to this value; see {@link #normalizationVersion(String)}.
     */
    public IdMappingTechniques normalizationVersion(Value<String> value) {
      return set("NormalizationVersion", value);
    }

    /**
     * An object which defines any additional configurations required by the provider service.
     *
     * <p>CloudFormation property {@code ProviderProperties}.
     */
    public IdMappingTechniques providerProperties(Value<ProviderProperties> value) {
      return set("ProviderProperties", value);
    }

    /**
     * An object which defines any additional configurations required by rule-based matching.
     *
     * <p>CloudFormation property {@code RuleBasedProperties}.
     */
    public IdMappingTechniques ruleBasedProperties(Value<IdMappingRuleBasedProperties> value) {
      return set("RuleBasedProperties", value);
    }
  }

  /**
   * An object containing <code>inputSourceARN</code> , <code>schemaName</code> , and
   * <code>type</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::IdMappingWorkflow.IdMappingWorkflowInputSource}.
   */
  public static final class IdMappingWorkflowInputSource extends Struct<IdMappingWorkflowInputSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.IdMappingWorkflowInputSource")
        .required("InputSourceARN")
        .constrain("InputSourceARN", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(idnamespace/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(matchingworkflow/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):glue:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(table/[a-zA-Z_0-9-]{1,255}/[a-zA-Z_0-9-]{1,255})$"))
        .constrain("SchemaArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(schemamapping/.*)$"))
        .allowed("Type", "SOURCE", "TARGET")
        .build();

    public IdMappingWorkflowInputSource() {
      super(SCHEMA);
    }

    /**
     * An AWS Glue table Amazon Resource Name (ARN) or a matching workflow ARN for the input source
     * table.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(idnamespace/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(matchingworkflow/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):glue:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(table/[a-zA-Z_0-9-]{1,255}/[a-zA-Z_0-9-]{1,255})$}.
     * CloudFormation property {@code InputSourceARN}.
     */
    public IdMappingWorkflowInputSource inputSourceARN(String value) {
      return set("InputSourceARN", Value.of(value));
    }

    /** Sets {@code InputSourceARN} to this value; see {@link #inputSourceARN(String)}. */
    public IdMappingWorkflowInputSource inputSourceARN(Value<String> value) {
      return set("InputSourceARN", value);
    }

    /**
     * The ARN (Amazon Resource Name) that AWS Entity Resolution generated for the
     * <code>SchemaMapping</code> .
     *
     * <p>Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(schemamapping/.*)$}. CloudFormation
     * property {@code SchemaArn}.
     */
    public IdMappingWorkflowInputSource schemaArn(String value) {
      return set("SchemaArn", Value.of(value));
    }

    /** Sets {@code SchemaArn} to this value; see {@link #schemaArn(String)}. */
    public IdMappingWorkflowInputSource schemaArn(Value<String> value) {
      return set("SchemaArn", value);
    }

    /**
     * The type of ID namespace. There are two types: <code>SOURCE</code> and <code>TARGET</code> .
     *
     * <p>The <code>SOURCE</code> contains configurations for <code>sourceId</code> data that will
     * be processed in an ID mapping workflow.
     *
     * <p>The <code>TARGET</code> contains a configuration of <code>targetId</code> which all
     * <code>sourceIds</code> will resolve to.
     *
     * <p>Allowed values: {@code SOURCE}, {@code TARGET}. CloudFormation property {@code Type}.
     */
    public IdMappingWorkflowInputSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IdMappingWorkflowInputSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A list of <code>IdMappingWorkflowOutputSource</code> objects, each of which contains fields
   * <code>outputS3Path</code> and <code>KMSArn</code> .
   *
   * <p>Property type {@code
   * AWS::EntityResolution::IdMappingWorkflow.IdMappingWorkflowOutputSource}.
   */
  public static final class IdMappingWorkflowOutputSource extends Struct<IdMappingWorkflowOutputSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.IdMappingWorkflowOutputSource")
        .required("OutputS3Path")
        .constrain("KMSArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):kms:.*:[0-9]+:.*$").format("AWS::KMS::Key.Arn"))
        .constrain("OutputS3Path", Constraint.of().pattern("^s3://([^/]+)/?(.*?([^/]+)/?)$").minLength(1).maxLength(1024))
        .build();

    public IdMappingWorkflowOutputSource() {
      super(SCHEMA);
    }

    /**
     * Customer AWS ARN for encryption at rest. If not provided, system will use an AWS Entity
     * Resolution managed KMS key.
     *
     * <p>Pattern: {@code ^arn:(aws|aws-us-gov|aws-cn):kms:.*:[0-9]+:.*$}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KMSArn}.
     */
    public IdMappingWorkflowOutputSource kmsArn(String value) {
      return set("KMSArn", Value.of(value));
    }

    /** Sets {@code KMSArn} to this value; see {@link #kmsArn(String)}. */
    public IdMappingWorkflowOutputSource kmsArn(Value<String> value) {
      return set("KMSArn", value);
    }

    /**
     * The S3 path to which AWS Entity Resolution will write the output table.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^s3://([^/]+)/?(.*?([^/]+)/?)$}.
     * CloudFormation property {@code OutputS3Path}.
     */
    public IdMappingWorkflowOutputSource outputS3Path(String value) {
      return set("OutputS3Path", Value.of(value));
    }

    /** Sets {@code OutputS3Path} to this value; see {@link #outputS3Path(String)}. */
    public IdMappingWorkflowOutputSource outputS3Path(Value<String> value) {
      return set("OutputS3Path", value);
    }
  }

  /**
   * The Amazon S3 location that temporarily stores your data while it processes. Your information
   * won't be saved permanently.
   *
   * <p>Property type {@code
   * AWS::EntityResolution::IdMappingWorkflow.IntermediateSourceConfiguration}.
   */
  public static final class IntermediateSourceConfiguration extends Struct<IntermediateSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.IntermediateSourceConfiguration")
        .required("IntermediateS3Path")
        .constrain("IntermediateS3Path", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(1).maxLength(1024))
        .build();

    public IntermediateSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 location (bucket and prefix). For example:
     * <code>s3://provider_bucket/DOC-EXAMPLE-BUCKET</code>
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * IntermediateS3Path}.
     */
    public IntermediateSourceConfiguration intermediateS3Path(String value) {
      return set("IntermediateS3Path", Value.of(value));
    }

    /** Sets {@code IntermediateS3Path} to this value; see {@link #intermediateS3Path(String)}. */
    public IntermediateSourceConfiguration intermediateS3Path(Value<String> value) {
      return set("IntermediateS3Path", value);
    }
  }

  /**
   * An object containing the <code>providerServiceARN</code> ,
   * <code>intermediateSourceConfiguration</code> , and <code>providerConfiguration</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::IdMappingWorkflow.ProviderProperties}.
   */
  public static final class ProviderProperties extends Struct<ProviderProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.ProviderProperties")
        .required("ProviderServiceArn")
        .constrain("ProviderServiceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$").minLength(20).maxLength(255))
        .build();

    public ProviderProperties() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 location that temporarily stores your data while it processes. Your information
     * won't be saved permanently.
     *
     * <p>CloudFormation property {@code IntermediateSourceConfiguration}.
     */
    public ProviderProperties intermediateSourceConfiguration(Value<IntermediateSourceConfiguration> value) {
      return set("IntermediateSourceConfiguration", value);
    }

    /**
     * The required configuration fields to use with the provider service.
     *
     * <p>CloudFormation property {@code ProviderConfiguration}.
     */
    public ProviderProperties providerConfiguration(Map<String, String> value) {
      return set("ProviderConfiguration", Value.mapOf(value));
    }

    /**
     * Sets {@code ProviderConfiguration} to this value; see {@link #providerConfiguration(Map)}.
     */
    public ProviderProperties providerConfiguration(Value<Map<String, String>> value) {
      return set("ProviderConfiguration", value);
    }

    /**
     * The ARN of the provider service.
     *
     * <p>Required. Length: 20 to 255 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$}.
     * CloudFormation property {@code ProviderServiceArn}.
     */
    public ProviderProperties providerServiceArn(String value) {
      return set("ProviderServiceArn", Value.of(value));
    }

    /** Sets {@code ProviderServiceArn} to this value; see {@link #providerServiceArn(String)}. */
    public ProviderProperties providerServiceArn(Value<String> value) {
      return set("ProviderServiceArn", value);
    }
  }

  /**
   * An object containing the <code>ruleName</code> and <code>matchingKeys</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::IdMappingWorkflow.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::IdMappingWorkflow.Rule")
        .required("MatchingKeys", "RuleName")
        .constrain("MatchingKeys", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .constrain("RuleName", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * A list of <code>MatchingKeys</code> . The <code>MatchingKeys</code> must have been defined in
     * the <code>SchemaMapping</code> . Two records are considered to match according to this rule
     * if all of the <code>MatchingKeys</code> match.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9- &#92;t]*$}.
     * CloudFormation property {@code MatchingKeys}.
     */
    public Rule matchingKeys(List<String> value) {
      return set("MatchingKeys", Value.listOf(value));
    }

    /** Sets {@code MatchingKeys} to this value; see {@link #matchingKeys(List)}. */
    public Rule matchingKeys(Value<List<String>> value) {
      return set("MatchingKeys", value);
    }

    /**
     * A name for the matching rule.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9- &#92;t]*$}.
     * CloudFormation property {@code RuleName}.
     */
    public Rule ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public Rule ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }
}
