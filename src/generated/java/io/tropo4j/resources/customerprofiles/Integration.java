// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an Amazon Connect Customer Profiles Integration.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::Integration}.
 */
public final class Integration extends Resource<Integration> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration")
      .required("DomainName")
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("EventTriggerNames", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("ObjectTypeName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .allowed("Scope", "PROFILE", "DOMAIN")
      .constrain("Scope", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .constrain("Uri", Constraint.of().minLength(1).maxLength(255))
      .attributes("CreatedAt", "LastUpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Integration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public Integration domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Integration domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * A list of unique names for active event triggers associated with the integration.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
   * {@code EventTriggerNames}.
   */
  public Integration eventTriggerNames(List<String> value) {
    return set("EventTriggerNames", Value.listOf(value));
  }

  /** Sets {@code EventTriggerNames} to this value; see {@link #eventTriggerNames(List)}. */
  public Integration eventTriggerNames(Value<List<String>> value) {
    return set("EventTriggerNames", value);
  }

  /**
   * The configuration that controls how Customer Profiles retrieves data from the source.
   *
   * <p>CloudFormation property {@code FlowDefinition}.
   */
  public Integration flowDefinition(Value<FlowDefinition> value) {
    return set("FlowDefinition", value);
  }

  /**
   * The name of the profile object type mapping to use.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_][a-zA-Z_0-9-]*$}. CloudFormation
   * property {@code ObjectTypeName}.
   */
  public Integration objectTypeName(String value) {
    return set("ObjectTypeName", Value.of(value));
  }

  /** Sets {@code ObjectTypeName} to this value; see {@link #objectTypeName(String)}. */
  public Integration objectTypeName(Value<String> value) {
    return set("ObjectTypeName", value);
  }

  /**
   * The object type mapping.
   *
   * <p>CloudFormation property {@code ObjectTypeNames}.
   */
  public Integration objectTypeNames(List<ObjectTypeMapping> value) {
    return set("ObjectTypeNames", Value.listOf(value));
  }

  /** Sets {@code ObjectTypeNames} to this value; see {@link #objectTypeNames(List)}. */
  public Integration objectTypeNames(Value<List<ObjectTypeMapping>> value) {
    return set("ObjectTypeNames", value);
  }

  /** Sets {@code ObjectTypeNames} to a list of these; see {@link #objectTypeNames(List)}. */
  public Integration objectTypeNames(ObjectTypeMapping... values) {
    return set("ObjectTypeNames", Value.list(values));
  }

  /**
   * Scope of the integration, such as 'PROFILE' or 'DOMAIN'
   *
   * <p>Allowed values: {@code PROFILE}, {@code DOMAIN}. Length: 1 to 255 characters. Pattern:
   * {@code ^[a-zA-Z_][a-zA-Z_0-9-]*$}. CloudFormation property {@code Scope}.
   */
  public Integration scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public Integration scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Integration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Integration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Integration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The URI of the S3 bucket or any other type of data source.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Uri}.
   */
  public Integration uri(String value) {
    return set("Uri", Value.of(value));
  }

  /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
  public Integration uri(Value<String> value) {
    return set("Uri", value);
  }

  /**
   * The timestamp of when the integration was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp of when the integration was most recently edited.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The operation to be performed on the provided source fields.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.ConnectorOperator}.
   */
  public static final class ConnectorOperator extends Struct<ConnectorOperator> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.ConnectorOperator")
        .allowed("Marketo", "PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN", "ADDITION",
            "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N",
            "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC",
            "NO_OP")
        .allowed("S3", "PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Salesforce", "PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("ServiceNow", "PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS", "BETWEEN",
            "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO",
            "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N",
            "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE",
            "VALIDATE_NUMERIC", "NO_OP")
        .allowed("Zendesk", "PROJECTION", "GREATER_THAN", "ADDITION", "MULTIPLICATION", "DIVISION",
            "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL",
            "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP")
        .build();

    public ConnectorOperator() {
      super(SCHEMA);
    }

    /**
     * The operation to be performed on the provided Marketo source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * BETWEEN}, {@code ADDITION}, {@code MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION},
     * {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL},
     * {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code
     * NO_OP}. CloudFormation property {@code Marketo}.
     */
    public ConnectorOperator marketo(String value) {
      return set("Marketo", Value.of(value));
    }

    /** Sets {@code Marketo} to this value; see {@link #marketo(String)}. */
    public ConnectorOperator marketo(Value<String> value) {
      return set("Marketo", value);
    }

    /**
     * The operation to be performed on the provided Amazon S3 source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code GREATER_THAN_OR_EQUAL_TO}, {@code EQUAL_TO},
     * {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code MULTIPLICATION}, {@code DIVISION}, {@code
     * SUBTRACTION}, {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N}, {@code
     * VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code
     * VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation property {@code S3}.
     */
    public ConnectorOperator s3(String value) {
      return set("S3", Value.of(value));
    }

    /** Sets {@code S3} to this value; see {@link #s3(String)}. */
    public ConnectorOperator s3(Value<String> value) {
      return set("S3", value);
    }

    /**
     * The operation to be performed on the provided Salesforce source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * CONTAINS}, {@code BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code GREATER_THAN_OR_EQUAL_TO},
     * {@code EQUAL_TO}, {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code MULTIPLICATION}, {@code
     * DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N},
     * {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code
     * VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation property {@code Salesforce}.
     */
    public ConnectorOperator salesforce(String value) {
      return set("Salesforce", Value.of(value));
    }

    /** Sets {@code Salesforce} to this value; see {@link #salesforce(String)}. */
    public ConnectorOperator salesforce(Value<String> value) {
      return set("Salesforce", value);
    }

    /**
     * The operation to be performed on the provided ServiceNow source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code LESS_THAN}, {@code GREATER_THAN}, {@code
     * CONTAINS}, {@code BETWEEN}, {@code LESS_THAN_OR_EQUAL_TO}, {@code GREATER_THAN_OR_EQUAL_TO},
     * {@code EQUAL_TO}, {@code NOT_EQUAL_TO}, {@code ADDITION}, {@code MULTIPLICATION}, {@code
     * DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code MASK_FIRST_N}, {@code MASK_LAST_N},
     * {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO}, {@code VALIDATE_NON_NEGATIVE}, {@code
     * VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation property {@code ServiceNow}.
     */
    public ConnectorOperator serviceNow(String value) {
      return set("ServiceNow", Value.of(value));
    }

    /** Sets {@code ServiceNow} to this value; see {@link #serviceNow(String)}. */
    public ConnectorOperator serviceNow(Value<String> value) {
      return set("ServiceNow", value);
    }

    /**
     * The operation to be performed on the provided Zendesk source fields.
     *
     * <p>Allowed values: {@code PROJECTION}, {@code GREATER_THAN}, {@code ADDITION}, {@code
     * MULTIPLICATION}, {@code DIVISION}, {@code SUBTRACTION}, {@code MASK_ALL}, {@code
     * MASK_FIRST_N}, {@code MASK_LAST_N}, {@code VALIDATE_NON_NULL}, {@code VALIDATE_NON_ZERO},
     * {@code VALIDATE_NON_NEGATIVE}, {@code VALIDATE_NUMERIC}, {@code NO_OP}. CloudFormation
     * property {@code Zendesk}.
     */
    public ConnectorOperator zendesk(String value) {
      return set("Zendesk", Value.of(value));
    }

    /** Sets {@code Zendesk} to this value; see {@link #zendesk(String)}. */
    public ConnectorOperator zendesk(Value<String> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * The configurations that control how Customer Profiles retrieves data from the source, Amazon
   * AppFlow. Customer Profiles uses this information to create an AppFlow flow on behalf of
   * customers.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.FlowDefinition}.
   */
  public static final class FlowDefinition extends Struct<FlowDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.FlowDefinition")
        .required("FlowName", "KmsArn", "SourceFlowConfig", "Tasks", "TriggerConfig")
        .constrain("Description", Constraint.of().pattern("[\\w!@#\\-.?,\\s]*").minLength(0).maxLength(2048))
        .constrain("FlowName", Constraint.of().pattern("[a-zA-Z0-9][\\w!@#.-]+").minLength(0).maxLength(256))
        .constrain("KmsArn", Constraint.of().pattern("arn:aws:kms:.*:[0-9]+:.*").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public FlowDefinition() {
      super(SCHEMA);
    }

    /**
     * A description of the flow you want to create.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code [&#92;w!&#64;#&#92;-.?,&#92;s]*}.
     * CloudFormation property {@code Description}.
     */
    public FlowDefinition description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public FlowDefinition description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The specified name of the flow. Use underscores (_) or hyphens (-) only. Spaces are not
     * allowed.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code [a-zA-Z0-9][&#92;w!&#64;#.-]+}.
     * CloudFormation property {@code FlowName}.
     */
    public FlowDefinition flowName(String value) {
      return set("FlowName", Value.of(value));
    }

    /** Sets {@code FlowName} to this value; see {@link #flowName(String)}. */
    public FlowDefinition flowName(Value<String> value) {
      return set("FlowName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Key Management Service (KMS) key you provide for
     * encryption.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code arn:aws:kms:.*:[0-9]+:.*}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsArn}.
     */
    public FlowDefinition kmsArn(String value) {
      return set("KmsArn", Value.of(value));
    }

    /** Sets {@code KmsArn} to this value; see {@link #kmsArn(String)}. */
    public FlowDefinition kmsArn(Value<String> value) {
      return set("KmsArn", value);
    }

    /**
     * The configuration that controls how Customer Profiles retrieves data from the source.
     *
     * <p>Required. CloudFormation property {@code SourceFlowConfig}.
     */
    public FlowDefinition sourceFlowConfig(Value<SourceFlowConfig> value) {
      return set("SourceFlowConfig", value);
    }

    /**
     * A list of tasks that Customer Profiles performs while transferring the data in the flow run.
     *
     * <p>Required. CloudFormation property {@code Tasks}.
     */
    public FlowDefinition tasks(List<Task> value) {
      return set("Tasks", Value.listOf(value));
    }

    /** Sets {@code Tasks} to this value; see {@link #tasks(List)}. */
    public FlowDefinition tasks(Value<List<Task>> value) {
      return set("Tasks", value);
    }

    /** Sets {@code Tasks} to a list of these; see {@link #tasks(List)}. */
    public FlowDefinition tasks(Task... values) {
      return set("Tasks", Value.list(values));
    }

    /**
     * The trigger settings that determine how and when the flow runs.
     *
     * <p>Required. CloudFormation property {@code TriggerConfig}.
     */
    public FlowDefinition triggerConfig(Value<TriggerConfig> value) {
      return set("TriggerConfig", value);
    }
  }

  /**
   * Specifies the configuration used when importing incremental records from the source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.IncrementalPullConfig}.
   */
  public static final class IncrementalPullConfig extends Struct<IncrementalPullConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.IncrementalPullConfig")
        .constrain("DatetimeTypeFieldName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public IncrementalPullConfig() {
      super(SCHEMA);
    }

    /**
     * A field that specifies the date time or timestamp field as the criteria to use when importing
     * incremental records from the source.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code DatetimeTypeFieldName}.
     */
    public IncrementalPullConfig datetimeTypeFieldName(String value) {
      return set("DatetimeTypeFieldName", Value.of(value));
    }

    /**
     * Sets {@code DatetimeTypeFieldName} to this value; see {@link #datetimeTypeFieldName(String)}.
     */
    public IncrementalPullConfig datetimeTypeFieldName(Value<String> value) {
      return set("DatetimeTypeFieldName", value);
    }
  }

  /**
   * The properties that are applied when Marketo is being used as a source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.MarketoSourceProperties}.
   */
  public static final class MarketoSourceProperties extends Struct<MarketoSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.MarketoSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public MarketoSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Marketo flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public MarketoSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public MarketoSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * A map in which each key is an event type from an external application such as Segment or
   * Shopify, and each value is an <code>ObjectTypeName</code> (template) used to ingest the event.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.ObjectTypeMapping}.
   */
  public static final class ObjectTypeMapping extends Struct<ObjectTypeMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.ObjectTypeMapping")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
        .build();

    public ObjectTypeMapping() {
      super(SCHEMA);
    }

    /**
     * The key.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Key}.
     */
    public ObjectTypeMapping key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ObjectTypeMapping key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_][a-zA-Z_0-9-]*$}.
     * CloudFormation property {@code Value}.
     */
    public ObjectTypeMapping value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ObjectTypeMapping value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The properties that are applied when Amazon S3 is being used as the flow source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.S3SourceProperties}.
   */
  public static final class S3SourceProperties extends Struct<S3SourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.S3SourceProperties")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("BucketPrefix", Constraint.of().pattern(".*").minLength(0).maxLength(512))
        .build();

    public S3SourceProperties() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name where the source files are stored.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3SourceProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3SourceProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The object key for the Amazon S3 bucket in which the source files are stored.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code .*}. CloudFormation property {@code
     * BucketPrefix}.
     */
    public S3SourceProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public S3SourceProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }
  }

  /**
   * The properties that are applied when Salesforce is being used as a source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.SalesforceSourceProperties}.
   */
  public static final class SalesforceSourceProperties extends Struct<SalesforceSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.SalesforceSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SalesforceSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The flag that enables dynamic fetching of new (recently added) fields in the Salesforce
     * objects while running a flow.
     *
     * <p>CloudFormation property {@code EnableDynamicFieldUpdate}.
     */
    public SalesforceSourceProperties enableDynamicFieldUpdate(boolean value) {
      return set("EnableDynamicFieldUpdate", Value.of(value));
    }

    /**
     * Sets {@code EnableDynamicFieldUpdate} to this value; see {@link
     * #enableDynamicFieldUpdate(boolean)}.
     */
    public SalesforceSourceProperties enableDynamicFieldUpdate(Value<Boolean> value) {
      return set("EnableDynamicFieldUpdate", value);
    }

    /**
     * Indicates whether Amazon AppFlow includes deleted files in the flow run.
     *
     * <p>CloudFormation property {@code IncludeDeletedRecords}.
     */
    public SalesforceSourceProperties includeDeletedRecords(boolean value) {
      return set("IncludeDeletedRecords", Value.of(value));
    }

    /**
     * Sets {@code IncludeDeletedRecords} to this value; see {@link
     * #includeDeletedRecords(boolean)}.
     */
    public SalesforceSourceProperties includeDeletedRecords(Value<Boolean> value) {
      return set("IncludeDeletedRecords", value);
    }

    /**
     * The object specified in the Salesforce flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public SalesforceSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public SalesforceSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies the configuration details of a scheduled-trigger flow that you define. Currently,
   * these settings only apply to the scheduled-trigger type.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.ScheduledTriggerProperties}.
   */
  public static final class ScheduledTriggerProperties extends Struct<ScheduledTriggerProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.ScheduledTriggerProperties")
        .required("ScheduleExpression")
        .allowed("DataPullMode", "Incremental", "Complete")
        .constrain("ScheduleExpression", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("ScheduleOffset", Constraint.of().minimum(0).maximum(36000))
        .constrain("Timezone", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .build();

    public ScheduledTriggerProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies whether a scheduled flow has an incremental data transfer or a complete data
     * transfer for each flow run.
     *
     * <p>Allowed values: {@code Incremental}, {@code Complete}. CloudFormation property {@code
     * DataPullMode}.
     */
    public ScheduledTriggerProperties dataPullMode(String value) {
      return set("DataPullMode", Value.of(value));
    }

    /** Sets {@code DataPullMode} to this value; see {@link #dataPullMode(String)}. */
    public ScheduledTriggerProperties dataPullMode(Value<String> value) {
      return set("DataPullMode", value);
    }

    /**
     * Specifies the date range for the records to import from the connector in the first flow run.
     *
     * <p>CloudFormation property {@code FirstExecutionFrom}.
     */
    public ScheduledTriggerProperties firstExecutionFrom(double value) {
      return set("FirstExecutionFrom", Value.of(value));
    }

    /** Sets {@code FirstExecutionFrom} to this value; see {@link #firstExecutionFrom(double)}. */
    public ScheduledTriggerProperties firstExecutionFrom(Value<Double> value) {
      return set("FirstExecutionFrom", value);
    }

    /**
     * Specifies the scheduled end time for a scheduled-trigger flow.
     *
     * <p>CloudFormation property {@code ScheduleEndTime}.
     */
    public ScheduledTriggerProperties scheduleEndTime(double value) {
      return set("ScheduleEndTime", Value.of(value));
    }

    /** Sets {@code ScheduleEndTime} to this value; see {@link #scheduleEndTime(double)}. */
    public ScheduledTriggerProperties scheduleEndTime(Value<Double> value) {
      return set("ScheduleEndTime", value);
    }

    /**
     * The scheduling expression that determines the rate at which the schedule will run, for
     * example rate (5 minutes).
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ScheduleExpression}.
     */
    public ScheduledTriggerProperties scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public ScheduledTriggerProperties scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * Specifies the optional offset that is added to the time interval for a schedule-triggered
     * flow.
     *
     * <p>Range: 0 to 36000. CloudFormation property {@code ScheduleOffset}.
     */
    public ScheduledTriggerProperties scheduleOffset(int value) {
      return set("ScheduleOffset", Value.of(value));
    }

    /** Sets {@code ScheduleOffset} to this value; see {@link #scheduleOffset(int)}. */
    public ScheduledTriggerProperties scheduleOffset(Value<Integer> value) {
      return set("ScheduleOffset", value);
    }

    /**
     * Specifies the scheduled start time for a scheduled-trigger flow. The value must be a
     * date/time value in EPOCH format.
     *
     * <p>CloudFormation property {@code ScheduleStartTime}.
     */
    public ScheduledTriggerProperties scheduleStartTime(double value) {
      return set("ScheduleStartTime", Value.of(value));
    }

    /** Sets {@code ScheduleStartTime} to this value; see {@link #scheduleStartTime(double)}. */
    public ScheduledTriggerProperties scheduleStartTime(Value<Double> value) {
      return set("ScheduleStartTime", value);
    }

    /**
     * Specifies the time zone used when referring to the date and time of a scheduled-triggered
     * flow, such as America/New_York.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * Timezone}.
     */
    public ScheduledTriggerProperties timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public ScheduledTriggerProperties timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /**
   * The properties that are applied when ServiceNow is being used as a source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.ServiceNowSourceProperties}.
   */
  public static final class ServiceNowSourceProperties extends Struct<ServiceNowSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.ServiceNowSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public ServiceNowSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the ServiceNow flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public ServiceNowSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public ServiceNowSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }

  /**
   * Specifies the information that is required to query a particular Amazon AppFlow connector.
   * Customer Profiles supports Salesforce, Zendesk, Marketo, ServiceNow and Amazon S3.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.SourceConnectorProperties}.
   */
  public static final class SourceConnectorProperties extends Struct<SourceConnectorProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Integration.SourceConnectorProperties");

    public SourceConnectorProperties() {
      super(SCHEMA);
    }

    /**
     * The properties that are applied when Marketo is being used as a source.
     *
     * <p>CloudFormation property {@code Marketo}.
     */
    public SourceConnectorProperties marketo(Value<MarketoSourceProperties> value) {
      return set("Marketo", value);
    }

    /**
     * The properties that are applied when Amazon S3 is being used as the flow source.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public SourceConnectorProperties s3(Value<S3SourceProperties> value) {
      return set("S3", value);
    }

    /**
     * The properties that are applied when Salesforce is being used as a source.
     *
     * <p>CloudFormation property {@code Salesforce}.
     */
    public SourceConnectorProperties salesforce(Value<SalesforceSourceProperties> value) {
      return set("Salesforce", value);
    }

    /**
     * The properties that are applied when ServiceNow is being used as a source.
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public SourceConnectorProperties serviceNow(Value<ServiceNowSourceProperties> value) {
      return set("ServiceNow", value);
    }

    /**
     * The properties that are applied when using Zendesk as a flow source.
     *
     * <p>CloudFormation property {@code Zendesk}.
     */
    public SourceConnectorProperties zendesk(Value<ZendeskSourceProperties> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * The configuration that controls how Customer Profiles retrieves data from the source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.SourceFlowConfig}.
   */
  public static final class SourceFlowConfig extends Struct<SourceFlowConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.SourceFlowConfig")
        .required("ConnectorType", "SourceConnectorProperties")
        .constrain("ConnectorProfileName", Constraint.of().pattern("[\\w/!@#+=.-]+").minLength(0).maxLength(256))
        .allowed("ConnectorType", "Salesforce", "Marketo", "ServiceNow", "Zendesk", "S3")
        .build();

    public SourceFlowConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon AppFlow connector profile. This name must be unique for each connector
     * profile in the AWS account .
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code [&#92;w/!&#64;#+=.-]+}. CloudFormation
     * property {@code ConnectorProfileName}.
     */
    public SourceFlowConfig connectorProfileName(String value) {
      return set("ConnectorProfileName", Value.of(value));
    }

    /**
     * Sets {@code ConnectorProfileName} to this value; see {@link #connectorProfileName(String)}.
     */
    public SourceFlowConfig connectorProfileName(Value<String> value) {
      return set("ConnectorProfileName", value);
    }

    /**
     * The type of connector, such as Salesforce, Marketo, and so on.
     *
     * <p>Required. Allowed values: {@code Salesforce}, {@code Marketo}, {@code ServiceNow}, {@code
     * Zendesk}, {@code S3}. CloudFormation property {@code ConnectorType}.
     */
    public SourceFlowConfig connectorType(String value) {
      return set("ConnectorType", Value.of(value));
    }

    /** Sets {@code ConnectorType} to this value; see {@link #connectorType(String)}. */
    public SourceFlowConfig connectorType(Value<String> value) {
      return set("ConnectorType", value);
    }

    /**
     * Defines the configuration for a scheduled incremental data pull. If a valid configuration is
     * provided, the fields specified in the configuration are used when querying for the
     * incremental data pull.
     *
     * <p>CloudFormation property {@code IncrementalPullConfig}.
     */
    public SourceFlowConfig incrementalPullConfig(Value<IncrementalPullConfig> value) {
      return set("IncrementalPullConfig", value);
    }

    /**
     * Specifies the information that is required to query a particular source connector.
     *
     * <p>Required. CloudFormation property {@code SourceConnectorProperties}.
     */
    public SourceFlowConfig sourceConnectorProperties(Value<SourceConnectorProperties> value) {
      return set("SourceConnectorProperties", value);
    }
  }

  /**
   * The <code>Task</code> property type specifies the class for modeling different type of tasks.
   * Task implementation varies based on the TaskType.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.Task}.
   */
  public static final class Task extends Struct<Task> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.Task")
        .required("SourceFields", "TaskType")
        .constrain("DestinationField", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("SourceFields", Constraint.of().pattern(".*").minLength(0).maxLength(2048))
        .allowed("TaskType", "Arithmetic", "Filter", "Map", "Mask", "Merge", "Truncate", "Validate")
        .build();

    public Task() {
      super(SCHEMA);
    }

    /**
     * The operation to be performed on the provided source fields.
     *
     * <p>CloudFormation property {@code ConnectorOperator}.
     */
    public Task connectorOperator(Value<ConnectorOperator> value) {
      return set("ConnectorOperator", value);
    }

    /**
     * A field in a destination connector, or a field value against which Amazon AppFlow validates a
     * source field.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * DestinationField}.
     */
    public Task destinationField(String value) {
      return set("DestinationField", Value.of(value));
    }

    /** Sets {@code DestinationField} to this value; see {@link #destinationField(String)}. */
    public Task destinationField(Value<String> value) {
      return set("DestinationField", value);
    }

    /**
     * The source fields to which a particular task is applied.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code .*}. CloudFormation property
     * {@code SourceFields}.
     */
    public Task sourceFields(List<String> value) {
      return set("SourceFields", Value.listOf(value));
    }

    /** Sets {@code SourceFields} to this value; see {@link #sourceFields(List)}. */
    public Task sourceFields(Value<List<String>> value) {
      return set("SourceFields", value);
    }

    /**
     * A map used to store task-related information. The service looks for particular information
     * based on the TaskType.
     *
     * <p>CloudFormation property {@code TaskProperties}.
     */
    public Task taskProperties(List<TaskPropertiesMap> value) {
      return set("TaskProperties", Value.listOf(value));
    }

    /** Sets {@code TaskProperties} to this value; see {@link #taskProperties(List)}. */
    public Task taskProperties(Value<List<TaskPropertiesMap>> value) {
      return set("TaskProperties", value);
    }

    /** Sets {@code TaskProperties} to a list of these; see {@link #taskProperties(List)}. */
    public Task taskProperties(TaskPropertiesMap... values) {
      return set("TaskProperties", Value.list(values));
    }

    /**
     * Specifies the particular task implementation that Amazon AppFlow performs.
     *
     * <p>Required. Allowed values: {@code Arithmetic}, {@code Filter}, {@code Map}, {@code Mask},
     * {@code Merge}, {@code Truncate}, {@code Validate}. CloudFormation property {@code TaskType}.
     */
    public Task taskType(String value) {
      return set("TaskType", Value.of(value));
    }

    /** Sets {@code TaskType} to this value; see {@link #taskType(String)}. */
    public Task taskType(Value<String> value) {
      return set("TaskType", value);
    }
  }

  /**
   * A map used to store task-related information. The execution service looks for particular
   * information based on the <code>TaskType</code> .
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.TaskPropertiesMap}.
   */
  public static final class TaskPropertiesMap extends Struct<TaskPropertiesMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.TaskPropertiesMap")
        .required("OperatorPropertyKey", "Property")
        .allowed("OperatorPropertyKey", "VALUE", "VALUES", "DATA_TYPE", "UPPER_BOUND",
            "LOWER_BOUND", "SOURCE_DATA_TYPE", "DESTINATION_DATA_TYPE", "VALIDATION_ACTION",
            "MASK_VALUE", "MASK_LENGTH", "TRUNCATE_LENGTH", "MATH_OPERATION_FIELDS_ORDER",
            "CONCAT_FORMAT", "SUBFIELD_CATEGORY_MAP")
        .constrain("Property", Constraint.of().pattern(".+").maxLength(2048))
        .build();

    public TaskPropertiesMap() {
      super(SCHEMA);
    }

    /**
     * The task property key.
     *
     * <p>Required. Allowed values: {@code VALUE}, {@code VALUES}, {@code DATA_TYPE}, {@code
     * UPPER_BOUND}, {@code LOWER_BOUND}, {@code SOURCE_DATA_TYPE}, {@code DESTINATION_DATA_TYPE},
     * {@code VALIDATION_ACTION}, {@code MASK_VALUE}, {@code MASK_LENGTH}, {@code TRUNCATE_LENGTH},
     * {@code MATH_OPERATION_FIELDS_ORDER}, {@code CONCAT_FORMAT}, {@code SUBFIELD_CATEGORY_MAP}.
     * CloudFormation property {@code OperatorPropertyKey}.
     */
    public TaskPropertiesMap operatorPropertyKey(String value) {
      return set("OperatorPropertyKey", Value.of(value));
    }

    /** Sets {@code OperatorPropertyKey} to this value; see {@link #operatorPropertyKey(String)}. */
    public TaskPropertiesMap operatorPropertyKey(Value<String> value) {
      return set("OperatorPropertyKey", value);
    }

    /**
     * The task property value.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code .+}. CloudFormation property
     * {@code Property}.
     */
    public TaskPropertiesMap property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public TaskPropertiesMap property(Value<String> value) {
      return set("Property", value);
    }
  }

  /**
   * The trigger settings that determine how and when Amazon AppFlow runs the specified flow.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.TriggerConfig}.
   */
  public static final class TriggerConfig extends Struct<TriggerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.TriggerConfig")
        .required("TriggerType")
        .allowed("TriggerType", "Scheduled", "Event", "OnDemand")
        .build();

    public TriggerConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the configuration details of a schedule-triggered flow that you define. Currently,
     * these settings only apply to the Scheduled trigger type.
     *
     * <p>CloudFormation property {@code TriggerProperties}.
     */
    public TriggerConfig triggerProperties(Value<TriggerProperties> value) {
      return set("TriggerProperties", value);
    }

    /**
     * Specifies the type of flow trigger. It can be OnDemand, Scheduled, or Event.
     *
     * <p>Required. Allowed values: {@code Scheduled}, {@code Event}, {@code OnDemand}.
     * CloudFormation property {@code TriggerType}.
     */
    public TriggerConfig triggerType(String value) {
      return set("TriggerType", Value.of(value));
    }

    /** Sets {@code TriggerType} to this value; see {@link #triggerType(String)}. */
    public TriggerConfig triggerType(Value<String> value) {
      return set("TriggerType", value);
    }
  }

  /**
   * Specifies the configuration details that control the trigger for a flow. Currently, these
   * settings only apply to the Scheduled trigger type.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.TriggerProperties}.
   */
  public static final class TriggerProperties extends Struct<TriggerProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::Integration.TriggerProperties");

    public TriggerProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies the configuration details of a schedule-triggered flow that you define.
     *
     * <p>CloudFormation property {@code Scheduled}.
     */
    public TriggerProperties scheduled(Value<ScheduledTriggerProperties> value) {
      return set("Scheduled", value);
    }
  }

  /**
   * The properties that are applied when using Zendesk as a flow source.
   *
   * <p>Property type {@code AWS::CustomerProfiles::Integration.ZendeskSourceProperties}.
   */
  public static final class ZendeskSourceProperties extends Struct<ZendeskSourceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::Integration.ZendeskSourceProperties")
        .required("Object")
        .constrain("Object", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public ZendeskSourceProperties() {
      super(SCHEMA);
    }

    /**
     * The object specified in the Zendesk flow source.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Object}.
     */
    public ZendeskSourceProperties object(String value) {
      return set("Object", Value.of(value));
    }

    /** Sets {@code Object} to this value; see {@link #object(String)}. */
    public ZendeskSourceProperties object(Value<String> value) {
      return set("Object", value);
    }
  }
}
