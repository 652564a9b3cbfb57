// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a data source connector for an Amazon Q Business application.
 *
 * <p><code>CreateDataSource</code> is a synchronous operation. The operation returns 200 if the
 * data source was successfully created. Otherwise, an exception is raised.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource")
      .required("ApplicationId", "Configuration", "DisplayName", "IndexId")
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("Configuration", Constraint.of().format("json"))
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(1000))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .constrain("IndexId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .constrain("SyncSchedule", Constraint.of().pattern("^[\\s\\S]*$").maxLength(998))
      .attributes("CreatedAt", "DataSourceArn", "DataSourceId", "Status", "Type", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon Q Business application the data source will be attached to.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public DataSource applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public DataSource applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Use this property to specify a JSON or YAML schema with configuration properties specific to
   * your data source connector to connect your data source repository to Amazon Q Business . You
   * must use the JSON or YAML schema provided by Amazon Q .
   *
   * <p>The following links have the configuration properties and schemas for AWS CloudFormation for
   * the following connectors:
   *
   * <ul> <li><a href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/s3-cfn.html">Amazon
   * Simple Storage Service</a> <li><a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/web-crawler-cfn.html">Amazon Q
   * Web Crawler</a> </ul>
   *
   * <p>Similarly, you can find configuration templates and properties for your specific data source
   * using the following steps:
   *
   * <ul> <li>Navigate to the <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/connectors-list.html">Supported
   * connectors</a> page in the Amazon Q Business User Guide, and select the data source connector
   * of your choice. <li>Then, from that specific data source connector's page, choose the topic
   * containing <em>Using CloudFormation</em> to find the schemas for your data source connector,
   * including configuration parameter descriptions and examples. </ul>
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Configuration}.
   */
  public DataSource configuration(Value<Json> value) {
    return set("Configuration", value);
  }

  /**
   * A description for the data source connector.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public DataSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the Amazon Q Business data source.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public DataSource displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public DataSource displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * Provides the configuration information for altering document metadata and content during the
   * document ingestion process.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/custom-document-enrichment.html">Custom
   * document enrichment</a> .
   *
   * <p>CloudFormation property {@code DocumentEnrichmentConfiguration}.
   */
  public DataSource documentEnrichmentConfiguration(Value<DocumentEnrichmentConfiguration> value) {
    return set("DocumentEnrichmentConfiguration", value);
  }

  /**
   * The identifier of the index the data source is attached to.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code IndexId}.
   */
  public DataSource indexId(String value) {
    return set("IndexId", Value.of(value));
  }

  /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
  public DataSource indexId(Value<String> value) {
    return set("IndexId", value);
  }

  /**
   * The configuration for extracting information from media in documents.
   *
   * <p>CloudFormation property {@code MediaExtractionConfiguration}.
   */
  public DataSource mediaExtractionConfiguration(Value<MediaExtractionConfiguration> value) {
    return set("MediaExtractionConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role with permission to access the data source and
   * required resources. This field is required for all connector types except custom connectors,
   * where it is optional.
   *
   * <p>Length: 0 to 1284 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public DataSource roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DataSource roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Sets the frequency for Amazon Q Business to check the documents in your data source repository
   * and update your index. If you don't set a schedule, Amazon Q Business won't periodically update
   * the index.
   *
   * <p>Specify a <code>cron-</code> format schedule string or an empty string to indicate that the
   * index is updated on demand. You can't specify the <code>Schedule</code> parameter when the
   * <code>Type</code> parameter is set to <code>CUSTOM</code> . If you do, you receive a
   * <code>ValidationException</code> exception.
   *
   * <p>Length: at most 998 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code SyncSchedule}.
   */
  public DataSource syncSchedule(String value) {
    return set("SyncSchedule", Value.of(value));
  }

  /** Sets {@code SyncSchedule} to this value; see {@link #syncSchedule(String)}. */
  public DataSource syncSchedule(Value<String> value) {
    return set("SyncSchedule", value);
  }

  /**
   * A list of key-value pairs that identify or categorize the data source connector. You can also
   * use tags to help control access to the data source connector. Tag keys and values can consist
   * of Unicode letters, digits, white space, and any of the following symbols: _ . : / = + - &#64;.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration information for an Amazon VPC (Virtual Private Cloud) to connect to your data
   * source. For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/connector-vpc.html">Using
   * Amazon VPC with Amazon Q Business connectors</a> .
   *
   * <p>CloudFormation property {@code VpcConfiguration}.
   */
  public DataSource vpcConfiguration(Value<DataSourceVpcConfiguration> value) {
    return set("VpcConfiguration", value);
  }

  /**
   * The Unix timestamp when the Amazon Q Business data source was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of a data source in an Amazon Q Business application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataSourceArn}.
   */
  public Value<String> dataSourceArn() {
    return getAtt("DataSourceArn");
  }

  /**
   * The identifier of the Amazon Q Business data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataSourceId}.
   */
  public Value<String> dataSourceId() {
    return getAtt("DataSourceId");
  }

  /**
   * The status of the Amazon Q Business data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The type of the Amazon Q Business data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * The Unix timestamp when the Amazon Q Business data source was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration settings for audio content extraction and processing.
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.AudioExtractionConfiguration}.
   */
  public static final class AudioExtractionConfiguration extends Struct<AudioExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.AudioExtractionConfiguration")
        .required("AudioExtractionStatus")
        .allowed("AudioExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public AudioExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The status of audio extraction (ENABLED or DISABLED) for processing audio content from files.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code AudioExtractionStatus}.
     */
    public AudioExtractionConfiguration audioExtractionStatus(String value) {
      return set("AudioExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code AudioExtractionStatus} to this value; see {@link #audioExtractionStatus(String)}.
     */
    public AudioExtractionConfiguration audioExtractionStatus(Value<String> value) {
      return set("AudioExtractionStatus", value);
    }
  }

  /**
   * Provides configuration information needed to connect to an Amazon VPC (Virtual Private Cloud).
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.DataSourceVpcConfiguration}.
   */
  public static final class DataSourceVpcConfiguration extends Struct<DataSourceVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.DataSourceVpcConfiguration")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(1).maxLength(200).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(1).maxLength(200))
        .build();

    public DataSourceVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of identifiers of security groups within your Amazon VPC. The security groups should
     * enable Amazon Q Business to connect to the data source.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^[-0-9a-zA-Z]+$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public DataSourceVpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public DataSourceVpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of identifiers for subnets within your Amazon VPC. The subnets should be able to
     * connect to each other in the VPC, and they should have outgoing access to the Internet
     * through a NAT device.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^[-0-9a-zA-Z]+$}. CloudFormation
     * property {@code SubnetIds}.
     */
    public DataSourceVpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public DataSourceVpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The condition used for the target document attribute or metadata field when ingesting documents
   * into Amazon Q Business. You use this with <a
   * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeTarget.html"><code>DocumentAttributeTarget</code></a>
   * to apply the condition.
   *
   * <p>For example, you can create the 'Department' target field and have it prefill department
   * names associated with the documents based on information in the 'Source_URI' field. Set the
   * condition that if the 'Source_URI' field contains 'financial' in its URI value, then prefill
   * the target field 'Department' with the target value 'Finance' for the document.
   *
   * <p>Amazon Q Business can't create a target field if it has not already been created as an index
   * field. After you create your index field, you can create a document metadata field using
   * <code>DocumentAttributeTarget</code> . Amazon Q Business then will map your newly created
   * metadata field to your index field.
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.DocumentAttributeCondition}.
   */
  public static final class DocumentAttributeCondition extends Struct<DocumentAttributeCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.DocumentAttributeCondition")
        .required("Key", "Operator")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$").minLength(1).maxLength(200))
        .allowed("Operator", "GREATER_THAN", "GREATER_THAN_OR_EQUALS", "LESS_THAN",
            "LESS_THAN_OR_EQUALS", "EQUALS", "NOT_EQUALS", "CONTAINS", "NOT_CONTAINS", "EXISTS",
            "NOT_EXISTS", "BEGINS_WITH")
        .build();

    public DocumentAttributeCondition() {
      super(SCHEMA);
    }

    /**
     * The identifier of the document attribute used for the condition.
     *
     * <p>For example, 'Source_URI' could be an identifier for the attribute or metadata field that
     * contains source URIs associated with the documents.
     *
     * <p>Amazon Q Business currently doesn't support <code>_document_body</code> as an attribute
     * key used for the condition.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^[a-zA-Z0-9_][a-zA-Z0-9_-]*$}.
     * CloudFormation property {@code Key}.
     */
    public DocumentAttributeCondition key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public DocumentAttributeCondition key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The identifier of the document attribute used for the condition.
     *
     * <p>For example, 'Source_URI' could be an identifier for the attribute or metadata field that
     * contains source URIs associated with the documents.
     *
     * <p>Amazon Q Business currently does not support <code>_document_body</code> as an attribute
     * key used for the condition.
     *
     * <p>Required. Allowed values: {@code GREATER_THAN}, {@code GREATER_THAN_OR_EQUALS}, {@code
     * LESS_THAN}, {@code LESS_THAN_OR_EQUALS}, {@code EQUALS}, {@code NOT_EQUALS}, {@code
     * CONTAINS}, {@code NOT_CONTAINS}, {@code EXISTS}, {@code NOT_EXISTS}, {@code BEGINS_WITH}.
     * CloudFormation property {@code Operator}.
     */
    public DocumentAttributeCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public DocumentAttributeCondition operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The value of a document attribute. You can only provide one value for a document attribute.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public DocumentAttributeCondition value(Value<DocumentAttributeValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The target document attribute or metadata field you want to alter when ingesting documents into
   * Amazon Q Business.
   *
   * <p>For example, you can delete all customer identification numbers associated with the
   * documents, stored in the document metadata field called 'Customer_ID' by setting the target key
   * as 'Customer_ID' and the deletion flag to <code>TRUE</code> . This removes all customer ID
   * values in the field 'Customer_ID'. This would scrub personally identifiable information from
   * each document's metadata.
   *
   * <p>Amazon Q Business can't create a target field if it has not already been created as an index
   * field. After you create your index field, you can create a document metadata field using <a
   * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeTarget.html"><code>DocumentAttributeTarget</code></a>
   * . Amazon Q Business will then map your newly created document attribute to your index field.
   *
   * <p>You can also use this with <a
   * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_DocumentAttributeCondition.html"><code>DocumentAttributeCondition</code></a>
   * .
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.DocumentAttributeTarget}.
   */
  public static final class DocumentAttributeTarget extends Struct<DocumentAttributeTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.DocumentAttributeTarget")
        .required("Key")
        .allowed("AttributeValueOperator", "DELETE")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$").minLength(1).maxLength(200))
        .build();

    public DocumentAttributeTarget() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to delete the existing target value for your specified target attribute
     * key. You cannot create a target value and set this to <code>TRUE</code> .
     *
     * <p>Allowed values: {@code DELETE}. CloudFormation property {@code AttributeValueOperator}.
     */
    public DocumentAttributeTarget attributeValueOperator(String value) {
      return set("AttributeValueOperator", Value.of(value));
    }

    /**
     * Sets {@code AttributeValueOperator} to this value; see {@link
     * #attributeValueOperator(String)}.
     */
    public DocumentAttributeTarget attributeValueOperator(Value<String> value) {
      return set("AttributeValueOperator", value);
    }

    /**
     * The identifier of the target document attribute or metadata field. For example, 'Department'
     * could be an identifier for the target attribute or metadata field that includes the
     * department names associated with the documents.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^[a-zA-Z0-9_][a-zA-Z0-9_-]*$}.
     * CloudFormation property {@code Key}.
     */
    public DocumentAttributeTarget key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public DocumentAttributeTarget key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of a document attribute. You can only provide one value for a document attribute.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public DocumentAttributeTarget value(Value<DocumentAttributeValue> value) {
      return set("Value", value);
    }
  }

  /**
   * The value of a document attribute. You can only provide one value for a document attribute.
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.DocumentAttributeValue}.
   */
  public static final class DocumentAttributeValue extends Struct<DocumentAttributeValue> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::DataSource.DocumentAttributeValue");

    public DocumentAttributeValue() {
      super(SCHEMA);
    }

    /**
     * A date expressed as an ISO 8601 string.
     *
     * <p>It's important for the time zone to be included in the ISO 8601 date-time format. For
     * example, 2012-03-25T12:30:10+01:00 is the ISO 8601 date-time format for March 25th 2012 at
     * 12:30PM (plus 10 seconds) in Central European Time.
     *
     * <p>CloudFormation property {@code DateValue}.
     */
    public DocumentAttributeValue dateValue(String value) {
      return set("DateValue", Value.of(value));
    }

    /** Sets {@code DateValue} to this value; see {@link #dateValue(String)}. */
    public DocumentAttributeValue dateValue(Value<String> value) {
      return set("DateValue", value);
    }

    /**
     * A long integer value.
     *
     * <p>CloudFormation property {@code LongValue}.
     */
    public DocumentAttributeValue longValue(double value) {
      return set("LongValue", Value.of(value));
    }

    /** Sets {@code LongValue} to this value; see {@link #longValue(double)}. */
    public DocumentAttributeValue longValue(Value<Double> value) {
      return set("LongValue", value);
    }

    /**
     * A list of strings.
     *
     * <p>CloudFormation property {@code StringListValue}.
     */
    public DocumentAttributeValue stringListValue(List<String> value) {
      return set("StringListValue", Value.listOf(value));
    }

    /** Sets {@code StringListValue} to this value; see {@link #stringListValue(List)}. */
    public DocumentAttributeValue stringListValue(Value<List<String>> value) {
      return set("StringListValue", value);
    }

    /**
     * A string.
     *
     * <p>CloudFormation property {@code StringValue}.
     */
    public DocumentAttributeValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public DocumentAttributeValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * Provides the configuration information for altering document metadata and content during the
   * document ingestion process.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/custom-document-enrichment.html">Custom
   * document enrichment</a> .
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.DocumentEnrichmentConfiguration}.
   */
  public static final class DocumentEnrichmentConfiguration extends Struct<DocumentEnrichmentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::DataSource.DocumentEnrichmentConfiguration");

    public DocumentEnrichmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information to alter document attributes or metadata fields and content when
     * ingesting documents into Amazon Q Business.
     *
     * <p>CloudFormation property {@code InlineConfigurations}.
     */
    public DocumentEnrichmentConfiguration inlineConfigurations(List<InlineDocumentEnrichmentConfiguration> value) {
      return set("InlineConfigurations", Value.listOf(value));
    }

    /** Sets {@code InlineConfigurations} to this value; see {@link #inlineConfigurations(List)}. */
    public DocumentEnrichmentConfiguration inlineConfigurations(Value<List<InlineDocumentEnrichmentConfiguration>> value) {
      return set("InlineConfigurations", value);
    }

    /**
     * Sets {@code InlineConfigurations} to a list of these; see {@link
     * #inlineConfigurations(List)}.
     */
    public DocumentEnrichmentConfiguration inlineConfigurations(InlineDocumentEnrichmentConfiguration... values) {
      return set("InlineConfigurations", Value.list(values));
    }

    /**
     * Configuration information for invoking a Lambda function in AWS Lambda on the structured
     * documents with their metadata and text extracted. You can use a Lambda function to apply
     * advanced logic for creating, modifying, or deleting document metadata and content. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/cde-lambda-operations.html">Using
     * Lambda functions</a> .
     *
     * <p>CloudFormation property {@code PostExtractionHookConfiguration}.
     */
    public DocumentEnrichmentConfiguration postExtractionHookConfiguration(Value<HookConfiguration> value) {
      return set("PostExtractionHookConfiguration", value);
    }

    /**
     * Configuration information for invoking a Lambda function in AWS Lambda on the original or raw
     * documents before extracting their metadata and text. You can use a Lambda function to apply
     * advanced logic for creating, modifying, or deleting document metadata and content. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/cde-lambda-operations.html">Using
     * Lambda functions</a> .
     *
     * <p>CloudFormation property {@code PreExtractionHookConfiguration}.
     */
    public DocumentEnrichmentConfiguration preExtractionHookConfiguration(Value<HookConfiguration> value) {
      return set("PreExtractionHookConfiguration", value);
    }
  }

  /**
   * Provides the configuration information for invoking a Lambda function in AWS Lambda to alter
   * document metadata and content when ingesting documents into Amazon Q Business.
   *
   * <p>You can configure your Lambda function using the <code>PreExtractionHookConfiguration</code>
   * parameter if you want to apply advanced alterations on the original or raw documents.
   *
   * <p>If you want to apply advanced alterations on the Amazon Q Business structured documents, you
   * must configure your Lambda function using <code>PostExtractionHookConfiguration</code> .
   *
   * <p>You can only invoke one Lambda function. However, this function can invoke other functions
   * it requires.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/custom-document-enrichment.html">Custom
   * document enrichment</a> .
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.HookConfiguration}.
   */
  public static final class HookConfiguration extends Struct<HookConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.HookConfiguration")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:lambda:[a-z-]*-[0-9]:[0-9]{12}:function:[a-zA-Z0-9-_]+(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?(:[a-zA-Z0-9-_]+)?$").minLength(1).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284).format("AWS::IAM::Role.Arn"))
        .constrain("S3BucketName", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(1).maxLength(63).format("AWS::S3::Bucket.Name"))
        .build();

    public HookConfiguration() {
      super(SCHEMA);
    }

    /**
     * The condition used for when a Lambda function should be invoked.
     *
     * <p>For example, you can specify a condition that if there are empty date-time values, then
     * Amazon Q Business should invoke a function that inserts the current date-time.
     *
     * <p>CloudFormation property {@code InvocationCondition}.
     */
    public HookConfiguration invocationCondition(Value<DocumentAttributeCondition> value) {
      return set("InvocationCondition", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function during ingestion. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/cde-lambda-operations.html">Using
     * Lambda functions for Amazon Q Business document enrichment</a> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-zA-Z-]*:lambda:[a-z-]*-[0-9]:[0-9]{12}:function:[a-zA-Z0-9-_]+(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?(:[a-zA-Z0-9-_]+)?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public HookConfiguration lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public HookConfiguration lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of a role with permission to run
     * <code>PreExtractionHookConfiguration</code> and <code>PostExtractionHookConfiguration</code>
     * for altering document metadata and content during the document ingestion process.
     *
     * <p>Length: 0 to 1284 characters. Pattern: {@code
     * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public HookConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public HookConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * Stores the original, raw documents or the structured, parsed documents before and after
     * altering them. For more information, see <a
     * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/cde-lambda-operations.html#cde-lambda-operations-data-contracts">Data
     * contracts for Lambda functions</a> .
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}.
     * Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public HookConfiguration s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public HookConfiguration s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }
  }

  /**
   * The configuration for extracting semantic meaning from images in documents. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/extracting-meaning-from-images.html">Extracting
   * semantic meaning from images and visuals</a> .
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.ImageExtractionConfiguration}.
   */
  public static final class ImageExtractionConfiguration extends Struct<ImageExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.ImageExtractionConfiguration")
        .required("ImageExtractionStatus")
        .allowed("ImageExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public ImageExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify whether to extract semantic meaning from images and visuals from documents.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code ImageExtractionStatus}.
     */
    public ImageExtractionConfiguration imageExtractionStatus(String value) {
      return set("ImageExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code ImageExtractionStatus} to this value; see {@link #imageExtractionStatus(String)}.
     */
    public ImageExtractionConfiguration imageExtractionStatus(Value<String> value) {
      return set("ImageExtractionStatus", value);
    }
  }

  /**
   * Provides the configuration information for applying basic logic to alter document metadata and
   * content when ingesting documents into Amazon Q Business.
   *
   * <p>To apply advanced logic, to go beyond what you can do with basic logic, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_HookConfiguration.html"><code>HookConfiguration</code></a>
   * .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/custom-document-enrichment.html">Custom
   * document enrichment</a> .
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.InlineDocumentEnrichmentConfiguration}.
   */
  public static final class InlineDocumentEnrichmentConfiguration extends Struct<InlineDocumentEnrichmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.InlineDocumentEnrichmentConfiguration")
        .allowed("DocumentContentOperator", "DELETE")
        .build();

    public InlineDocumentEnrichmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration of the condition used for the target document attribute or metadata field when
     * ingesting documents into Amazon Q Business .
     *
     * <p>CloudFormation property {@code Condition}.
     */
    public InlineDocumentEnrichmentConfiguration condition(Value<DocumentAttributeCondition> value) {
      return set("Condition", value);
    }

    /**
     * <code>TRUE</code> to delete content if the condition used for the target attribute is met.
     *
     * <p>Allowed values: {@code DELETE}. CloudFormation property {@code DocumentContentOperator}.
     */
    public InlineDocumentEnrichmentConfiguration documentContentOperator(String value) {
      return set("DocumentContentOperator", Value.of(value));
    }

    /**
     * Sets {@code DocumentContentOperator} to this value; see {@link
     * #documentContentOperator(String)}.
     */
    public InlineDocumentEnrichmentConfiguration documentContentOperator(Value<String> value) {
      return set("DocumentContentOperator", value);
    }

    /**
     * Configuration of the target document attribute or metadata field when ingesting documents
     * into Amazon Q Business . You can also include a value.
     *
     * <p>CloudFormation property {@code Target}.
     */
    public InlineDocumentEnrichmentConfiguration target(Value<DocumentAttributeTarget> value) {
      return set("Target", value);
    }
  }

  /**
   * The configuration for extracting information from media in documents.
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.MediaExtractionConfiguration}.
   */
  public static final class MediaExtractionConfiguration extends Struct<MediaExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::DataSource.MediaExtractionConfiguration");

    public MediaExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for extracting and processing audio content from media files.
     *
     * <p>CloudFormation property {@code AudioExtractionConfiguration}.
     */
    public MediaExtractionConfiguration audioExtractionConfiguration(Value<AudioExtractionConfiguration> value) {
      return set("AudioExtractionConfiguration", value);
    }

    /**
     * The configuration for extracting semantic meaning from images in documents. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/extracting-meaning-from-images.html">Extracting
     * semantic meaning from images and visuals</a> .
     *
     * <p>CloudFormation property {@code ImageExtractionConfiguration}.
     */
    public MediaExtractionConfiguration imageExtractionConfiguration(Value<ImageExtractionConfiguration> value) {
      return set("ImageExtractionConfiguration", value);
    }

    /**
     * Configuration settings for extracting and processing video content from media files.
     *
     * <p>CloudFormation property {@code VideoExtractionConfiguration}.
     */
    public MediaExtractionConfiguration videoExtractionConfiguration(Value<VideoExtractionConfiguration> value) {
      return set("VideoExtractionConfiguration", value);
    }
  }

  /**
   * Configuration settings for video content extraction and processing.
   *
   * <p>Property type {@code AWS::QBusiness::DataSource.VideoExtractionConfiguration}.
   */
  public static final class VideoExtractionConfiguration extends Struct<VideoExtractionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::DataSource.VideoExtractionConfiguration")
        .required("VideoExtractionStatus")
        .allowed("VideoExtractionStatus", "ENABLED", "DISABLED")
        .build();

    public VideoExtractionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The status of video extraction (ENABLED or DISABLED) for processing video content from files.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code VideoExtractionStatus}.
     */
    public VideoExtractionConfiguration videoExtractionStatus(String value) {
      return set("VideoExtractionStatus", Value.of(value));
    }

    /**
     * Sets {@code VideoExtractionStatus} to this value; see {@link #videoExtractionStatus(String)}.
     */
    public VideoExtractionConfiguration videoExtractionStatus(Value<String> value) {
      return set("VideoExtractionStatus", value);
    }
  }
}
