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
 * Creates a matching workflow that defines the configuration for a data processing job. The
 * workflow name must be unique. To modify an existing workflow, use
 * <code>UpdateMatchingWorkflow</code> .
 *
 * <p>For workflows where <code>resolutionType</code> is <code>ML_MATCHING</code> or
 * <code>PROVIDER</code> , incremental processing is not supported.
 *
 * <p>CloudFormation type {@code AWS::EntityResolution::MatchingWorkflow}.
 */
public final class MatchingWorkflow extends Resource<MatchingWorkflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow")
      .required("InputSourceConfig", "OutputSourceConfig", "ResolutionTechniques", "RoleArn",
          "WorkflowName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(255))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").format("AWS::IAM::Role.Arn"))
      .constrain("WorkflowName", Constraint.of().pattern("^[a-zA-Z_0-9-]*$").minLength(0).maxLength(255))
      .refYields("WorkflowName")
      .attributes("CreatedAt", "UpdatedAt", "WorkflowArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MatchingWorkflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the workflow.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
   */
  public MatchingWorkflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MatchingWorkflow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Optional. An object that defines the incremental run type. This object contains only the
   * <code>incrementalRunType</code> field, which appears as "Automatic" in the console.
   *
   * <p>For workflows where <code>resolutionType</code> is <code>ML_MATCHING</code> or
   * <code>PROVIDER</code> , incremental processing is not supported.
   *
   * <p>CloudFormation property {@code IncrementalRunConfig}.
   */
  public MatchingWorkflow incrementalRunConfig(Value<IncrementalRunConfig> value) {
    return set("IncrementalRunConfig", value);
  }

  /**
   * A list of <code>InputSource</code> objects, which have the fields <code>InputSourceARN</code>
   * and <code>SchemaName</code> .
   *
   * <p>Required. CloudFormation property {@code InputSourceConfig}.
   */
  public MatchingWorkflow inputSourceConfig(List<InputSource> value) {
    return set("InputSourceConfig", Value.listOf(value));
  }

  /** Sets {@code InputSourceConfig} to this value; see {@link #inputSourceConfig(List)}. */
  public MatchingWorkflow inputSourceConfig(Value<List<InputSource>> value) {
    return set("InputSourceConfig", value);
  }

  /** Sets {@code InputSourceConfig} to a list of these; see {@link #inputSourceConfig(List)}. */
  public MatchingWorkflow inputSourceConfig(InputSource... values) {
    return set("InputSourceConfig", Value.list(values));
  }

  /**
   * A list of <code>OutputSource</code> objects, each of which contains fields
   * <code>outputS3Path</code> , <code>applyNormalization</code> , <code>KMSArn</code> , and
   * <code>output</code> .
   *
   * <p>Required. CloudFormation property {@code OutputSourceConfig}.
   */
  public MatchingWorkflow outputSourceConfig(List<OutputSource> value) {
    return set("OutputSourceConfig", Value.listOf(value));
  }

  /** Sets {@code OutputSourceConfig} to this value; see {@link #outputSourceConfig(List)}. */
  public MatchingWorkflow outputSourceConfig(Value<List<OutputSource>> value) {
    return set("OutputSourceConfig", value);
  }

  /** Sets {@code OutputSourceConfig} to a list of these; see {@link #outputSourceConfig(List)}. */
  public MatchingWorkflow outputSourceConfig(OutputSource... values) {
    return set("OutputSourceConfig", Value.list(values));
  }

  /**
   * An object which defines the <code>resolutionType</code> and the
   * <code>ruleBasedProperties</code> .
   *
   * <p>Required. CloudFormation property {@code ResolutionTechniques}.
   */
  public MatchingWorkflow resolutionTechniques(Value<ResolutionTechniques> value) {
    return set("ResolutionTechniques", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role. AWS Entity Resolution assumes this role to
   * create resources on your behalf as part of workflow execution.
   *
   * <p>Required. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public MatchingWorkflow roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public MatchingWorkflow roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MatchingWorkflow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MatchingWorkflow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MatchingWorkflow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workflow. There can't be multiple <code>MatchingWorkflows</code> with the same
   * name.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_0-9-]*$}. CloudFormation property {@code WorkflowName}.
   */
  public MatchingWorkflow workflowName(String value) {
    return set("WorkflowName", Value.of(value));
  }

  /** Sets {@code WorkflowName} to this value; see {@link #workflowName(String)}. */
  public MatchingWorkflow workflowName(Value<String> value) {
    return set("WorkflowName", value);
  }

  /**
   * The time of this MatchingWorkflow got created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The time of this MatchingWorkflow got last updated at
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The default MatchingWorkflow arn
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkflowArn}.
   */
  public Value<String> workflowArn() {
    return getAtt("WorkflowArn");
  }

  /**
   * The Customer Profiles integration configuration for the output source
   *
   * <p>Property type {@code
   * AWS::EntityResolution::MatchingWorkflow.CustomerProfilesIntegrationConfig}.
   */
  public static final class CustomerProfilesIntegrationConfig extends Struct<CustomerProfilesIntegrationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.CustomerProfilesIntegrationConfig")
        .required("DomainArn", "ObjectTypeArn")
        .constrain("DomainArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):profile:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(domains/[a-zA-Z_0-9-]{1,255})$"))
        .constrain("ObjectTypeArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):profile:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(domains/[a-zA-Z_0-9-]{1,255}/object-types/[a-zA-Z_0-9-]{1,255})$"))
        .build();

    public CustomerProfilesIntegrationConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Customer Profiles domain
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):profile:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(domains/[a-zA-Z_0-9-]{1,255})$}.
     * CloudFormation property {@code DomainArn}.
     */
    public CustomerProfilesIntegrationConfig domainArn(String value) {
      return set("DomainArn", Value.of(value));
    }

    /** Sets {@code DomainArn} to this value; see {@link #domainArn(String)}. */
    public CustomerProfilesIntegrationConfig domainArn(Value<String> value) {
      return set("DomainArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Customer Profiles object type
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):profile:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(domains/[a-zA-Z_0-9-]{1,255}/object-types/[a-zA-Z_0-9-]{1,255})$}.
     * CloudFormation property {@code ObjectTypeArn}.
     */
    public CustomerProfilesIntegrationConfig objectTypeArn(String value) {
      return set("ObjectTypeArn", Value.of(value));
    }

    /** Sets {@code ObjectTypeArn} to this value; see {@link #objectTypeArn(String)}. */
    public CustomerProfilesIntegrationConfig objectTypeArn(Value<String> value) {
      return set("ObjectTypeArn", value);
    }
  }

  /**
   * Optional. An object that defines the incremental run type. This object contains only the
   * <code>incrementalRunType</code> field, which appears as "Automatic" in the console.
   *
   * <p>For workflows where <code>resolutionType</code> is <code>ML_MATCHING</code> or
   * <code>PROVIDER</code> , incremental processing is not supported.
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.IncrementalRunConfig}.
   */
  public static final class IncrementalRunConfig extends Struct<IncrementalRunConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.IncrementalRunConfig")
        .required("IncrementalRunType")
        .allowed("IncrementalRunType", "IMMEDIATE")
        .build();

    public IncrementalRunConfig() {
      super(SCHEMA);
    }

    /**
     * The type of incremental run. The only valid value is <code>IMMEDIATE</code> . This appears as
     * "Automatic" in the console.
     *
     * <p>For workflows where <code>resolutionType</code> is <code>ML_MATCHING</code> or
     * <code>PROVIDER</code> , incremental processing is not supported.
     *
     * <p>Required. Allowed values: {@code IMMEDIATE}. CloudFormation property {@code
     * IncrementalRunType}.
     */
    public IncrementalRunConfig incrementalRunType(String value) {
      return set("IncrementalRunType", Value.of(value));
    }

    /** Sets {@code IncrementalRunType} to this value; see {@link #incrementalRunType(String)}. */
    public IncrementalRunConfig incrementalRunType(Value<String> value) {
      return set("IncrementalRunType", value);
    }
  }

  /**
   * An object containing <code>inputSourceARN</code> , <code>schemaName</code> , and
   * <code>applyNormalization</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.InputSource}.
   */
  public static final class InputSource extends Struct<InputSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.InputSource")
        .required("InputSourceARN", "SchemaArn")
        .constrain("InputSourceARN", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):.*:.*:[0-9]+:.*$"))
        .constrain("SchemaArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(schemamapping/.*)$"))
        .build();

    public InputSource() {
      super(SCHEMA);
    }

    /**
     * Normalizes the attributes defined in the schema in the input data. For example, if an
     * attribute has an <code>AttributeType</code> of <code>PHONE_NUMBER</code> , and the data in
     * the input table is in a format of 1234567890, AWS Entity Resolution will normalize this field
     * in the output to (123)-456-7890.
     *
     * <p>CloudFormation property {@code ApplyNormalization}.
     */
    public InputSource applyNormalization(boolean value) {
      return set("ApplyNormalization", Value.of(value));
    }

    /** Sets {@code ApplyNormalization} to this value; see {@link #applyNormalization(boolean)}. */
    public InputSource applyNormalization(Value<Boolean> value) {
      return set("ApplyNormalization", value);
    }

    /**
     * An object containing <code>inputSourceARN</code> , <code>schemaName</code> , and
     * <code>applyNormalization</code> .
     *
     * <p>Required. Pattern: {@code arn:(aws|aws-us-gov|aws-cn):.*:.*:[0-9]+:.*$}. CloudFormation
     * property {@code InputSourceARN}.
     */
    public InputSource inputSourceARN(String value) {
      return set("InputSourceARN", Value.of(value));
    }

    /** Sets {@code InputSourceARN} to this value; see {@link #inputSourceARN(String)}. */
    public InputSource inputSourceARN(Value<String> value) {
      return set("InputSourceARN", value);
    }

    /**
     * The name of the schema.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(schemamapping/.*)$}. CloudFormation
     * property {@code SchemaArn}.
     */
    public InputSource schemaArn(String value) {
      return set("SchemaArn", Value.of(value));
    }

    /** Sets {@code SchemaArn} to this value; see {@link #schemaArn(String)}. */
    public InputSource schemaArn(Value<String> value) {
      return set("SchemaArn", value);
    }
  }

  /**
   * The Amazon S3 location that temporarily stores your data while it processes. Your information
   * won't be saved permanently.
   *
   * <p>Property type {@code
   * AWS::EntityResolution::MatchingWorkflow.IntermediateSourceConfiguration}.
   */
  public static final class IntermediateSourceConfiguration extends Struct<IntermediateSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.IntermediateSourceConfiguration")
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
   * Configuration for matching behavior within rule condition properties
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.MatchingConfig}.
   */
  public static final class MatchingConfig extends Struct<MatchingConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::EntityResolution::MatchingWorkflow.MatchingConfig");

    public MatchingConfig() {
      super(SCHEMA);
    }

    /**
     * Enables transitive matching to process records across all rule levels and connect unmatched
     * records to existing match groups
     *
     * <p>CloudFormation property {@code EnableTransitiveMatching}.
     */
    public MatchingConfig enableTransitiveMatching(boolean value) {
      return set("EnableTransitiveMatching", Value.of(value));
    }

    /**
     * Sets {@code EnableTransitiveMatching} to this value; see {@link
     * #enableTransitiveMatching(boolean)}.
     */
    public MatchingConfig enableTransitiveMatching(Value<Boolean> value) {
      return set("EnableTransitiveMatching", value);
    }
  }

  /**
   * A list of <code>OutputAttribute</code> objects, each of which have the fields <code>Name</code>
   * and <code>Hashed</code> . Each of these objects selects a column to be included in the output
   * table, and whether the values of the column should be hashed.
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.OutputAttribute}.
   */
  public static final class OutputAttribute extends Struct<OutputAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.OutputAttribute")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .build();

    public OutputAttribute() {
      super(SCHEMA);
    }

    /**
     * Enables the ability to hash the column values in the output.
     *
     * <p>CloudFormation property {@code Hashed}.
     */
    public OutputAttribute hashed(boolean value) {
      return set("Hashed", Value.of(value));
    }

    /** Sets {@code Hashed} to this value; see {@link #hashed(boolean)}. */
    public OutputAttribute hashed(Value<Boolean> value) {
      return set("Hashed", value);
    }

    /**
     * A name of a column to be written to the output. This must be an <code>InputField</code> name
     * in the schema mapping.
     *
     * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9- &#92;t]*$}.
     * CloudFormation property {@code Name}.
     */
    public OutputAttribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OutputAttribute name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A list of <code>OutputAttribute</code> objects, each of which have the fields <code>Name</code>
   * and <code>Hashed</code> . Each of these objects selects a column to be included in the output
   * table, and whether the values of the column should be hashed.
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.OutputSource}.
   */
  public static final class OutputSource extends Struct<OutputSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.OutputSource")
        .required("Output")
        .constrain("KMSArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):kms:.*:[0-9]+:.*$").format("AWS::KMS::Key.Arn"))
        .constrain("OutputS3Path", Constraint.of().pattern("^s3://([^/]+)/?(.*?([^/]+)/?)$").minLength(0).maxLength(1024))
        .build();

    public OutputSource() {
      super(SCHEMA);
    }

    /**
     * Normalizes the attributes defined in the schema in the input data. For example, if an
     * attribute has an <code>AttributeType</code> of <code>PHONE_NUMBER</code> , and the data in
     * the input table is in a format of 1234567890, AWS Entity Resolution will normalize this field
     * in the output to (123)-456-7890.
     *
     * <p>CloudFormation property {@code ApplyNormalization}.
     */
    public OutputSource applyNormalization(boolean value) {
      return set("ApplyNormalization", Value.of(value));
    }

    /** Sets {@code ApplyNormalization} to this value; see {@link #applyNormalization(boolean)}. */
    public OutputSource applyNormalization(Value<Boolean> value) {
      return set("ApplyNormalization", value);
    }

    /**
     * The Customer Profiles integration configuration for the output source
     *
     * <p>CloudFormation property {@code CustomerProfilesIntegrationConfig}.
     */
    public OutputSource customerProfilesIntegrationConfig(Value<CustomerProfilesIntegrationConfig> value) {
      return set("CustomerProfilesIntegrationConfig", value);
    }

    /**
     * Customer KMS ARN for encryption at rest. If not provided, system will use an AWS Entity
     * Resolution managed KMS key.
     *
     * <p>Pattern: {@code ^arn:(aws|aws-us-gov|aws-cn):kms:.*:[0-9]+:.*$}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KMSArn}.
     */
    public OutputSource kmsArn(String value) {
      return set("KMSArn", Value.of(value));
    }

    /** Sets {@code KMSArn} to this value; see {@link #kmsArn(String)}. */
    public OutputSource kmsArn(Value<String> value) {
      return set("KMSArn", value);
    }

    /**
     * A list of <code>OutputAttribute</code> objects, each of which have the fields
     * <code>Name</code> and <code>Hashed</code> . Each of these objects selects a column to be
     * included in the output table, and whether the values of the column should be hashed.
     *
     * <p>Required. CloudFormation property {@code Output}.
     */
    public OutputSource output(List<OutputAttribute> value) {
      return set("Output", Value.listOf(value));
    }

    /** Sets {@code Output} to this value; see {@link #output(List)}. */
    public OutputSource output(Value<List<OutputAttribute>> value) {
      return set("Output", value);
    }

    /** Sets {@code Output} to a list of these; see {@link #output(List)}. */
    public OutputSource output(OutputAttribute... values) {
      return set("Output", Value.list(values));
    }

    /**
     * The S3 path to which AWS Entity Resolution will write the output table.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^s3://([^/]+)/?(.*?([^/]+)/?)$}.
     * CloudFormation property {@code OutputS3Path}.
     */
    public OutputSource outputS3Path(String value) {
      return set("OutputS3Path", Value.of(value));
    }

    /** Sets {@code OutputS3Path} to this value; see {@link #outputS3Path(String)}. */
    public OutputSource outputS3Path(Value<String> value) {
      return set("OutputS3Path", value);
    }
  }

  /**
   * An object containing the <code>providerServiceARN</code> ,
   * <code>intermediateSourceConfiguration</code> , and <code>providerConfiguration</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.ProviderProperties}.
   */
  public static final class ProviderProperties extends Struct<ProviderProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.ProviderProperties")
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
   * An object which defines the <code>resolutionType</code> and the
   * <code>ruleBasedProperties</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.ResolutionTechniques}.
   */
  public static final class ResolutionTechniques extends Struct<ResolutionTechniques> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.ResolutionTechniques")
        .allowed("ResolutionType", "RULE_MATCHING", "ML_MATCHING", "PROVIDER")
        .build();

    public ResolutionTechniques() {
      super(SCHEMA);
    }

    /**
     * Enables the workflow to use real-time matching. Can only be set on creation for RULE_MATCHING
     * workflows that define RuleConditionProperties.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EnableRealTimeMatching}.
     */
    public ResolutionTechniques enableRealTimeMatching(boolean value) {
      return set("EnableRealTimeMatching", Value.of(value));
    }

    /**
     * Sets {@code EnableRealTimeMatching} to this value; see {@link
     * #enableRealTimeMatching(boolean)}.
     */
    public ResolutionTechniques enableRealTimeMatching(Value<Boolean> value) {
      return set("EnableRealTimeMatching", value);
    }

    /**
     * The properties of the provider service.
     *
     * <p>CloudFormation property {@code ProviderProperties}.
     */
    public ResolutionTechniques providerProperties(Value<ProviderProperties> value) {
      return set("ProviderProperties", value);
    }

    /**
     * The type of matching workflow to create. Specify one of the following types:
     *
     * <ul> <li><code>RULE_MATCHING</code> : Match records using configurable rule-based criteria
     * <li><code>ML_MATCHING</code> : Match records using machine learning models
     * <li><code>PROVIDER</code> : Match records using a third-party matching provider </ul>
     *
     * <p>Allowed values: {@code RULE_MATCHING}, {@code ML_MATCHING}, {@code PROVIDER}.
     * CloudFormation property {@code ResolutionType}.
     */
    public ResolutionTechniques resolutionType(String value) {
      return set("ResolutionType", Value.of(value));
    }

    /** Sets {@code ResolutionType} to this value; see {@link #resolutionType(String)}. */
    public ResolutionTechniques resolutionType(Value<String> value) {
      return set("ResolutionType", value);
    }

    /**
     * An object which defines the list of matching rules to run and has a field <code>rules</code>
     * , which is a list of rule objects.
     *
     * <p>CloudFormation property {@code RuleBasedProperties}.
     */
    public ResolutionTechniques ruleBasedProperties(Value<RuleBasedProperties> value) {
      return set("RuleBasedProperties", value);
    }

    /**
     * An object containing the <code>rules</code> for a matching workflow.
     *
     * <p>CloudFormation property {@code RuleConditionProperties}.
     */
    public ResolutionTechniques ruleConditionProperties(Value<RuleConditionProperties> value) {
      return set("RuleConditionProperties", value);
    }
  }

  /**
   * An object containing the <code>ruleName</code> and <code>matchingKeys</code> .
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.Rule")
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

  /**
   * An object which defines the list of matching rules to run in a matching workflow.
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.RuleBasedProperties}.
   */
  public static final class RuleBasedProperties extends Struct<RuleBasedProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.RuleBasedProperties")
        .required("AttributeMatchingModel", "Rules")
        .allowed("AttributeMatchingModel", "ONE_TO_ONE", "MANY_TO_MANY")
        .allowed("MatchPurpose", "IDENTIFIER_GENERATION", "INDEXING")
        .build();

    public RuleBasedProperties() {
      super(SCHEMA);
    }

    /**
     * The comparison type. You can choose <code>ONE_TO_ONE</code> or <code>MANY_TO_MANY</code> as
     * the <code>attributeMatchingModel</code> .
     *
     * <p>If you choose <code>ONE_TO_ONE</code> , the system can only match attributes if the
     * sub-types are an exact match. For example, for the <code>Email</code> attribute type, the
     * system will only consider it a match if the value of the <code>Email</code> field of Profile
     * A matches the value of the <code>Email</code> field of Profile B.
     *
     * <p>If you choose <code>MANY_TO_MANY</code> , the system can match attributes across the
     * sub-types of an attribute type. For example, if the value of the <code>Email</code> field of
     * Profile A and the value of <code>BusinessEmail</code> field of Profile B matches, the two
     * profiles are matched on the <code>Email</code> attribute type.
     *
     * <p>Required. Allowed values: {@code ONE_TO_ONE}, {@code MANY_TO_MANY}. CloudFormation
     * property {@code AttributeMatchingModel}.
     */
    public RuleBasedProperties attributeMatchingModel(String value) {
      return set("AttributeMatchingModel", Value.of(value));
    }

    /**
     * Sets {@code AttributeMatchingModel} to this value; see {@link
     * #attributeMatchingModel(String)}.
     */
    public RuleBasedProperties attributeMatchingModel(Value<String> value) {
      return set("AttributeMatchingModel", value);
    }

    /**
     * An indicator of whether to generate IDs and index the data or not.
     *
     * <p>If you choose <code>IDENTIFIER_GENERATION</code> , the process generates IDs and indexes
     * the data.
     *
     * <p>If you choose <code>INDEXING</code> , the process indexes the data without generating IDs.
     *
     * <p>Allowed values: {@code IDENTIFIER_GENERATION}, {@code INDEXING}. CloudFormation property
     * {@code MatchPurpose}.
     */
    public RuleBasedProperties matchPurpose(String value) {
      return set("MatchPurpose", Value.of(value));
    }

    /** Sets {@code MatchPurpose} to this value; see {@link #matchPurpose(String)}. */
    public RuleBasedProperties matchPurpose(Value<String> value) {
      return set("MatchPurpose", value);
    }

    /**
     * A list of <code>Rule</code> objects, each of which have fields <code>RuleName</code> and
     * <code>MatchingKeys</code> .
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public RuleBasedProperties rules(List<Rule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public RuleBasedProperties rules(Value<List<Rule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public RuleBasedProperties rules(Rule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * An object that defines the <code>ruleCondition</code> and the <code>ruleName</code> to use in a
   * matching workflow.
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.RuleCondition}.
   */
  public static final class RuleCondition extends Struct<RuleCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.RuleCondition")
        .constrain("RuleName", Constraint.of().pattern("^[a-zA-Z_0-9- \\t]*$").minLength(0).maxLength(255))
        .build();

    public RuleCondition() {
      super(SCHEMA);
    }

    /**
     * A statement that specifies the conditions for a matching rule.
     *
     * <p>If your data is accurate, use an Exact matching function: <code>Exact</code> or
     * <code>ExactManyToMany</code> .
     *
     * <p>If your data has variations in spelling or pronunciation, use a Fuzzy matching function:
     * <code>Cosine</code> , <code>Levenshtein</code> , or <code>Soundex</code> .
     *
     * <p>Use operators if you want to combine ( <code>AND</code> ), separate ( <code>OR</code> ),
     * or group matching functions <code>(...)</code> .
     *
     * <p>For example: <code>(Cosine(a, 10) AND Exact(b, true)) OR ExactManyToMany(c, d)</code>
     *
     * <p>CloudFormation property {@code Condition}.
     */
    public RuleCondition condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public RuleCondition condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * A name for the matching rule.
     *
     * <p>For example: <code>Rule1</code>
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code ^[a-zA-Z_0-9- &#92;t]*$}. CloudFormation
     * property {@code RuleName}.
     */
    public RuleCondition ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public RuleCondition ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }

  /**
   * The properties of a rule condition that provides the ability to use more complex syntax.
   *
   * <p>Property type {@code AWS::EntityResolution::MatchingWorkflow.RuleConditionProperties}.
   */
  public static final class RuleConditionProperties extends Struct<RuleConditionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::MatchingWorkflow.RuleConditionProperties")
        .required("Rules")
        .build();

    public RuleConditionProperties() {
      super(SCHEMA);
    }

    /**
     * Configuration for matching behavior within rule condition properties
     *
     * <p>CloudFormation property {@code MatchingConfig}.
     */
    public RuleConditionProperties matchingConfig(Value<MatchingConfig> value) {
      return set("MatchingConfig", value);
    }

    /**
     * A list of rule objects, each of which have fields <code>ruleName</code> and
     * <code>condition</code> .
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public RuleConditionProperties rules(List<RuleCondition> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public RuleConditionProperties rules(Value<List<RuleCondition>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public RuleConditionProperties rules(RuleCondition... values) {
      return set("Rules", Value.list(values));
    }
  }
}
