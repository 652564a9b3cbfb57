// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dynamodb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kinesis.Stream;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::DynamoDB::Table</code> resource creates a DynamoDB table. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html">CreateTable</a>
 * in the <em>Amazon DynamoDB API Reference</em> .
 *
 * <p>You should be aware of the following behaviors when working with DynamoDB tables:
 *
 * <ul> <li>AWS CloudFormation typically creates DynamoDB tables in parallel. However, if your
 * template includes multiple DynamoDB tables with indexes, you must declare dependencies so that
 * the tables are created sequentially. Amazon DynamoDB limits the number of tables with secondary
 * indexes that are in the creating state. If you create multiple tables with indexes at the same
 * time, DynamoDB returns an error and the stack operation fails. For an example, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html#aws-resource-dynamodb-table--examples--DynamoDB_Table_with_a_DependsOn_Attribute">DynamoDB
 * Table with a DependsOn Attribute</a> . </ul>
 *
 * <p>Our guidance is to use the latest schema documented for your AWS CloudFormation templates.
 * This schema supports the provisioning of all table settings below. When using this schema in your
 * AWS CloudFormation templates, please ensure that your Identity and Access Management ( IAM )
 * policies are updated with appropriate permissions to allow for the authorization of these setting
 * changes.
 *
 * <p>CloudFormation type {@code AWS::DynamoDB::Table}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Table extends Resource<Table> {
  private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table")
      .required("KeySchema")
      .allowed("BillingMode", "PAY_PER_REQUEST", "PROVISIONED")
      .allowed("TableClass", "STANDARD", "STANDARD_INFREQUENT_ACCESS")
      .constrain("TableName", Constraint.of().minLength(1).maxLength(1024))
      .refYields("TableName")
      .attributes("Arn", "StreamArn")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Table(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of attributes that describe the key schema for the table and indexes.
   *
   * <p>This property is required to create a DynamoDB table.
   *
   * <p>Update requires: <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-some-interrupt">Some
   * interruptions</a> . Replacement if you edit an existing AttributeDefinition.
   *
   * <p>CloudFormation property {@code AttributeDefinitions}.
   */
  public Table attributeDefinitions(List<AttributeDefinition> value) {
    return set("AttributeDefinitions", Value.listOf(value));
  }

  /** Sets {@code AttributeDefinitions} to this value; see {@link #attributeDefinitions(List)}. */
  public Table attributeDefinitions(Value<List<AttributeDefinition>> value) {
    return set("AttributeDefinitions", value);
  }

  /**
   * Sets {@code AttributeDefinitions} to a list of these; see {@link #attributeDefinitions(List)}.
   */
  public Table attributeDefinitions(AttributeDefinition... values) {
    return set("AttributeDefinitions", Value.list(values));
  }

  /**
   * Specify how you are charged for read and write throughput and how you manage capacity.
   *
   * <p>Valid values include:
   *
   * <ul> <li><code>PAY_PER_REQUEST</code> - We recommend using <code>PAY_PER_REQUEST</code> for
   * most DynamoDB workloads. <code>PAY_PER_REQUEST</code> sets the billing mode to <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html">On-demand
   * capacity mode</a> . <li><code>PROVISIONED</code> - We recommend using <code>PROVISIONED</code>
   * for steady workloads with predictable growth where capacity requirements can be reliably
   * forecasted. <code>PROVISIONED</code> sets the billing mode to <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html">Provisioned
   * capacity mode</a> . </ul>
   *
   * <p>If not specified, the default is <code>PROVISIONED</code> .
   *
   * <p>Allowed values: {@code PAY_PER_REQUEST}, {@code PROVISIONED}. CloudFormation property {@code
   * BillingMode}.
   */
  public Table billingMode(String value) {
    return set("BillingMode", Value.of(value));
  }

  /** Sets {@code BillingMode} to this value; see {@link #billingMode(String)}. */
  public Table billingMode(Value<String> value) {
    return set("BillingMode", value);
  }

  /**
   * The settings used to specify whether to enable CloudWatch Contributor Insights for the table
   * and define which events to monitor.
   *
   * <p>CloudFormation property {@code ContributorInsightsSpecification}.
   */
  public Table contributorInsightsSpecification(Value<ContributorInsightsSpecification> value) {
    return set("ContributorInsightsSpecification", value);
  }

  /**
   * Determines if a table is protected from deletion. When enabled, the table cannot be deleted by
   * any user or process. This setting is disabled by default. For more information, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection">Using
   * deletion protection</a> in the <em>Amazon DynamoDB Developer Guide</em> .
   *
   * <p>CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public Table deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public Table deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * Global secondary indexes to be created on the table. You can create up to 20 global secondary
   * indexes.
   *
   * <p>If you update a table to include a new global secondary index, AWS CloudFormation initiates
   * the index creation and then proceeds with the stack update. AWS CloudFormation doesn't wait for
   * the index to complete creation because the backfilling phase can take a long time, depending on
   * the size of the table. You can't use the index or update the table until the index's status is
   * <code>ACTIVE</code> . You can track its status by using the DynamoDB <a
   * href="https://docs.aws.amazon.com/cli/latest/reference/dynamodb/describe-table.html">DescribeTable</a>
   * command. If you add or delete an index during an update, we recommend that you don't update any
   * other resources. If your stack fails to update and is rolled back while adding a new index, you
   * must manually delete the index. Updates are not supported. The following are exceptions: - If
   * you update either the contributor insights specification or the provisioned throughput values
   * of global secondary indexes, you can update the table without interruption. - You can delete or
   * add one global secondary index without interruption. If you do both in the same update (for
   * example, by changing the index's logical ID), the update fails.
   *
   * <p>CloudFormation property {@code GlobalSecondaryIndexes}.
   */
  public Table globalSecondaryIndexes(List<GlobalSecondaryIndex> value) {
    return set("GlobalSecondaryIndexes", Value.listOf(value));
  }

  /**
   * Sets {@code GlobalSecondaryIndexes} to this value; see {@link #globalSecondaryIndexes(List)}.
   */
  public Table globalSecondaryIndexes(Value<List<GlobalSecondaryIndex>> value) {
    return set("GlobalSecondaryIndexes", value);
  }

  /**
   * Sets {@code GlobalSecondaryIndexes} to a list of these; see {@link
   * #globalSecondaryIndexes(List)}.
   */
  public Table globalSecondaryIndexes(GlobalSecondaryIndex... values) {
    return set("GlobalSecondaryIndexes", Value.list(values));
  }

  /**
   * Specifies the properties of data being imported from the S3 bucket source to the" table.
   *
   * <p>If you specify the <code>ImportSourceSpecification</code> property, and also specify either
   * the <code>StreamSpecification</code> , the <code>TableClass</code> property, the
   * <code>DeletionProtectionEnabled</code> property, or the <code>WarmThroughput</code> property,
   * the IAM entity creating/updating stack must have <code>UpdateTable</code> permission.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ImportSourceSpecification}.
   */
  public Table importSourceSpecification(Value<ImportSourceSpecification> value) {
    return set("ImportSourceSpecification", value);
  }

  /**
   * Specifies the attributes that make up the primary key for the table. The attributes in the
   * <code>KeySchema</code> property must also be defined in the <code>AttributeDefinitions</code>
   * property.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KeySchema}.
   */
  public Table keySchema(List<KeySchema> value) {
    return set("KeySchema", Value.listOf(value));
  }

  /** Sets {@code KeySchema} to this value; see {@link #keySchema(List)}. */
  public Table keySchema(Value<List<KeySchema>> value) {
    return set("KeySchema", value);
  }

  /** Sets {@code KeySchema} to a list of these; see {@link #keySchema(List)}. */
  public Table keySchema(KeySchema... values) {
    return set("KeySchema", Value.list(values));
  }

  /** Sets {@code KeySchema} to this value; see {@link #keySchema(List)}. */
  public Table keySchema(Json value) {
    return set("KeySchema", value);
  }

  /**
   * The Kinesis Data Streams configuration for the specified table.
   *
   * <p>CloudFormation property {@code KinesisStreamSpecification}.
   */
  public Table kinesisStreamSpecification(Value<KinesisStreamSpecification> value) {
    return set("KinesisStreamSpecification", value);
  }

  /**
   * Local secondary indexes to be created on the table. You can create up to 5 local secondary
   * indexes. Each index is scoped to a given hash key value. The size of each hash key can be up to
   * 10 gigabytes.
   *
   * <p>CloudFormation property {@code LocalSecondaryIndexes}.
   */
  public Table localSecondaryIndexes(List<LocalSecondaryIndex> value) {
    return set("LocalSecondaryIndexes", Value.listOf(value));
  }

  /** Sets {@code LocalSecondaryIndexes} to this value; see {@link #localSecondaryIndexes(List)}. */
  public Table localSecondaryIndexes(Value<List<LocalSecondaryIndex>> value) {
    return set("LocalSecondaryIndexes", value);
  }

  /**
   * Sets {@code LocalSecondaryIndexes} to a list of these; see {@link
   * #localSecondaryIndexes(List)}.
   */
  public Table localSecondaryIndexes(LocalSecondaryIndex... values) {
    return set("LocalSecondaryIndexes", Value.list(values));
  }

  /**
   * Sets the maximum number of read and write units for the specified on-demand table. If you use
   * this property, you must specify <code>MaxReadRequestUnits</code> ,
   * <code>MaxWriteRequestUnits</code> , or both.
   *
   * <p>CloudFormation property {@code OnDemandThroughput}.
   */
  public Table onDemandThroughput(Value<OnDemandThroughput> value) {
    return set("OnDemandThroughput", value);
  }

  /**
   * The settings used to enable point in time recovery.
   *
   * <p>CloudFormation property {@code PointInTimeRecoverySpecification}.
   */
  public Table pointInTimeRecoverySpecification(Value<PointInTimeRecoverySpecification> value) {
    return set("PointInTimeRecoverySpecification", value);
  }

  /**
   * Throughput for the specified table, which consists of values for <code>ReadCapacityUnits</code>
   * and <code>WriteCapacityUnits</code> . For more information about the contents of a provisioned
   * throughput structure, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html">Amazon
   * DynamoDB Table ProvisionedThroughput</a> .
   *
   * <p>If you set <code>BillingMode</code> as <code>PROVISIONED</code> , you must specify this
   * property. If you set <code>BillingMode</code> as <code>PAY_PER_REQUEST</code> , you cannot
   * specify this property.
   *
   * <p>CloudFormation property {@code ProvisionedThroughput}.
   */
  public Table provisionedThroughput(Value<ProvisionedThroughput> value) {
    return set("ProvisionedThroughput", value);
  }

  /**
   * An AWS resource-based policy document in JSON format that will be attached to the table.
   *
   * <p>When you attach a resource-based policy while creating a table, the policy application is
   * <em>strongly consistent</em> .
   *
   * <p>The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts
   * whitespaces when calculating the size of a policy against this limit. For a full list of all
   * considerations that apply for resource-based policies, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html">Resource-based
   * policy considerations</a> .
   *
   * <p>You need to specify the <code>CreateTable</code> and <code>PutResourcePolicy</code> IAM
   * actions for authorizing a user to create a table with a resource-based policy.
   *
   * <p>CloudFormation property {@code ResourcePolicy}.
   */
  public Table resourcePolicy(Value<ResourcePolicy> value) {
    return set("ResourcePolicy", value);
  }

  /**
   * Specifies the settings to enable server-side encryption.
   *
   * <p>CloudFormation property {@code SSESpecification}.
   */
  public Table sseSpecification(Value<SSESpecification> value) {
    return set("SSESpecification", value);
  }

  /**
   * The settings for the DynamoDB table stream, which captures changes to items stored in the
   * table. Including this property in your AWS CloudFormation template automatically enables
   * streaming.
   *
   * <p>CloudFormation property {@code StreamSpecification}.
   */
  public Table streamSpecification(Value<StreamSpecification> value) {
    return set("StreamSpecification", value);
  }

  /**
   * The table class of the new table. Valid values are <code>STANDARD</code> and
   * <code>STANDARD_INFREQUENT_ACCESS</code> .
   *
   * <p>Allowed values: {@code STANDARD}, {@code STANDARD_INFREQUENT_ACCESS}. CloudFormation
   * property {@code TableClass}.
   */
  public Table tableClass(String value) {
    return set("TableClass", Value.of(value));
  }

  /** Sets {@code TableClass} to this value; see {@link #tableClass(String)}. */
  public Table tableClass(Value<String> value) {
    return set("TableClass", value);
  }

  /**
   * A name for the table. If you don't specify a name, AWS CloudFormation generates a unique
   * physical ID and uses that ID for the table name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code TableName}.
   */
  public Table tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public Table tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Table tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Table tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Table tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the Time to Live (TTL) settings for the table.
   *
   * <p>For detailed information about the limits in DynamoDB, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html">Limits in
   * Amazon DynamoDB</a> in the Amazon DynamoDB Developer Guide.
   *
   * <p>CloudFormation property {@code TimeToLiveSpecification}.
   */
  public Table timeToLiveSpecification(Value<TimeToLiveSpecification> value) {
    return set("TimeToLiveSpecification", value);
  }

  /** CloudFormation property {@code VectorIndexes}. */
  public Table vectorIndexes(List<VectorIndex> value) {
    return set("VectorIndexes", Value.listOf(value));
  }

  /** Sets {@code VectorIndexes} to this value; see {@link #vectorIndexes(List)}. */
  public Table vectorIndexes(Value<List<VectorIndex>> value) {
    return set("VectorIndexes", value);
  }

  /** Sets {@code VectorIndexes} to a list of these; see {@link #vectorIndexes(List)}. */
  public Table vectorIndexes(VectorIndex... values) {
    return set("VectorIndexes", Value.list(values));
  }

  /**
   * Represents the warm throughput (in read units per second and write units per second) for
   * creating a table.
   *
   * <p>CloudFormation property {@code WarmThroughput}.
   */
  public Table warmThroughput(Value<WarmThroughput> value) {
    return set("WarmThroughput", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the DynamoDB table, such as
   * <code>arn:aws:dynamodb:us-east-2:123456789012:table/myDynamoDBTable</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the DynamoDB stream, such as
   * <code>arn:aws:dynamodb:us-east-1:123456789012:table/testddbstack-myDynamoDBTable-012A1SL7SMP5Q/stream/2015-11-30T20:10:00.000</code>
   * .
   *
   * <p>You must specify the <code>StreamSpecification</code> property to use this attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StreamArn}.
   */
  public Value<String> streamArn() {
    return getAtt("StreamArn");
  }

  /**
   * Represents an attribute for describing the schema for the table and indexes.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.AttributeDefinition}.
   */
  public static final class AttributeDefinition extends Struct<AttributeDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.AttributeDefinition")
        .required("AttributeName", "AttributeType")
        .constrain("AttributeName", Constraint.of().minLength(1).maxLength(255))
        .allowed("AttributeType", "B", "N", "S")
        .build();

    public AttributeDefinition() {
      super(SCHEMA);
    }

    /**
     * A name for the attribute.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code AttributeName}.
     */
    public AttributeDefinition attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public AttributeDefinition attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * The data type for the attribute, where:
     *
     * <ul> <li><code>S</code> - the attribute is of type String <li><code>N</code> - the attribute
     * is of type Number <li><code>B</code> - the attribute is of type Binary </ul>
     *
     * <p>Required. Allowed values: {@code B}, {@code N}, {@code S}. CloudFormation property {@code
     * AttributeType}.
     */
    public AttributeDefinition attributeType(String value) {
      return set("AttributeType", Value.of(value));
    }

    /** Sets {@code AttributeType} to this value; see {@link #attributeType(String)}. */
    public AttributeDefinition attributeType(Value<String> value) {
      return set("AttributeType", value);
    }
  }

  /**
   * Configures contributor insights settings for a table or one of its indexes.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.ContributorInsightsSpecification}.
   */
  public static final class ContributorInsightsSpecification extends Struct<ContributorInsightsSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.ContributorInsightsSpecification")
        .required("Enabled")
        .allowed("Mode", "ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS")
        .build();

    public ContributorInsightsSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether CloudWatch Contributor Insights are to be enabled (true) or disabled
     * (false).
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ContributorInsightsSpecification enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ContributorInsightsSpecification enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specifies the CloudWatch Contributor Insights mode for a table. Valid values are
     * <code>ACCESSED_AND_THROTTLED_KEYS</code> (tracks all access and throttled events) or
     * <code>THROTTLED_KEYS</code> (tracks only throttled events). This setting determines what type
     * of contributor insights data is collected for the table.
     *
     * <p>Allowed values: {@code ACCESSED_AND_THROTTLED_KEYS}, {@code THROTTLED_KEYS}.
     * CloudFormation property {@code Mode}.
     */
    public ContributorInsightsSpecification mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ContributorInsightsSpecification mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * The options for imported source files in CSV format. The values are Delimiter and HeaderList.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.Csv}.
   */
  public static final class Csv extends Struct<Csv> {
    private static final Schema SCHEMA = Schema.of("AWS::DynamoDB::Table.Csv");

    public Csv() {
      super(SCHEMA);
    }

    /**
     * The delimiter used for separating items in the CSV file being imported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Delimiter}.
     */
    public Csv delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public Csv delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * List of the headers used to specify a common header for all source CSV files being imported.
     * If this field is specified then the first line of each CSV file is treated as data instead of
     * the header. If this field is not specified the the first line of each CSV file is treated as
     * the header.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code HeaderList}.
     */
    public Csv headerList(List<String> value) {
      return set("HeaderList", Value.listOf(value));
    }

    /** Sets {@code HeaderList} to this value; see {@link #headerList(List)}. */
    public Csv headerList(Value<List<String>> value) {
      return set("HeaderList", value);
    }
  }

  /**
   * Represents the properties of a global secondary index.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.GlobalSecondaryIndex}.
   */
  public static final class GlobalSecondaryIndex extends Struct<GlobalSecondaryIndex> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.GlobalSecondaryIndex")
        .required("IndexName", "KeySchema", "Projection")
        .constrain("IndexName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(3).maxLength(255))
        .build();

    public GlobalSecondaryIndex() {
      super(SCHEMA);
    }

    /**
     * The settings used to specify whether to enable CloudWatch Contributor Insights for the global
     * table and define which events to monitor.
     *
     * <p>CloudFormation property {@code ContributorInsightsSpecification}.
     */
    public GlobalSecondaryIndex contributorInsightsSpecification(Value<ContributorInsightsSpecification> value) {
      return set("ContributorInsightsSpecification", value);
    }

    /**
     * The name of the global secondary index. The name must be unique among all other indexes on
     * this table.
     *
     * <p>Required. Length: 3 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code IndexName}.
     */
    public GlobalSecondaryIndex indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public GlobalSecondaryIndex indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * The complete key schema for a global secondary index, which consists of one or more pairs of
     * attribute names and key types:
     *
     * <ul> <li><code>HASH</code> - partition key <li><code>RANGE</code> - sort key </ul>
     *
     * <p>The partition key of an item is also known as its <em>hash attribute</em> . The term "hash
     * attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute
     * data items across partitions, based on their partition key values. The sort key of an item is
     * also known as its <em>range attribute</em> . The term "range attribute" derives from the way
     * DynamoDB stores items with the same partition key physically close together, in sorted order
     * by the sort key value.
     *
     * <p>Required. CloudFormation property {@code KeySchema}.
     */
    public GlobalSecondaryIndex keySchema(List<KeySchema> value) {
      return set("KeySchema", Value.listOf(value));
    }

    /** Sets {@code KeySchema} to this value; see {@link #keySchema(List)}. */
    public GlobalSecondaryIndex keySchema(Value<List<KeySchema>> value) {
      return set("KeySchema", value);
    }

    /** Sets {@code KeySchema} to a list of these; see {@link #keySchema(List)}. */
    public GlobalSecondaryIndex keySchema(KeySchema... values) {
      return set("KeySchema", Value.list(values));
    }

    /**
     * The maximum number of read and write units for the specified global secondary index. If you
     * use this parameter, you must specify <code>MaxReadRequestUnits</code> ,
     * <code>MaxWriteRequestUnits</code> , or both. You must use either
     * <code>OnDemandThroughput</code> or <code>ProvisionedThroughput</code> based on your table's
     * capacity mode.
     *
     * <p>CloudFormation property {@code OnDemandThroughput}.
     */
    public GlobalSecondaryIndex onDemandThroughput(Value<OnDemandThroughput> value) {
      return set("OnDemandThroughput", value);
    }

    /**
     * Represents attributes that are copied (projected) from the table into the global secondary
     * index. These are in addition to the primary key attributes and index key attributes, which
     * are automatically projected.
     *
     * <p>Required. CloudFormation property {@code Projection}.
     */
    public GlobalSecondaryIndex projection(Value<Projection> value) {
      return set("Projection", value);
    }

    /**
     * Represents the provisioned throughput settings for the specified global secondary index. You
     * must use either <code>OnDemandThroughput</code> or <code>ProvisionedThroughput</code> based
     * on your table's capacity mode.
     *
     * <p>For current minimum and maximum provisioned throughput values, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html">Service,
     * Account, and Table Quotas</a> in the <em>Amazon DynamoDB Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ProvisionedThroughput}.
     */
    public GlobalSecondaryIndex provisionedThroughput(Value<ProvisionedThroughput> value) {
      return set("ProvisionedThroughput", value);
    }

    /**
     * Represents the warm throughput value (in read units per second and write units per second)
     * for the specified secondary index. If you use this parameter, you must specify
     * <code>ReadUnitsPerSecond</code> , <code>WriteUnitsPerSecond</code> , or both.
     *
     * <p>CloudFormation property {@code WarmThroughput}.
     */
    public GlobalSecondaryIndex warmThroughput(Value<WarmThroughput> value) {
      return set("WarmThroughput", value);
    }
  }

  /**
   * Specifies the properties of data being imported from the S3 bucket source to the table.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.ImportSourceSpecification}.
   */
  public static final class ImportSourceSpecification extends Struct<ImportSourceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.ImportSourceSpecification")
        .required("InputFormat", "S3BucketSource")
        .build();

    public ImportSourceSpecification() {
      super(SCHEMA);
    }

    /**
     * Type of compression to be used on the input coming from the imported table.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InputCompressionType}.
     */
    public ImportSourceSpecification inputCompressionType(String value) {
      return set("InputCompressionType", Value.of(value));
    }

    /**
     * Sets {@code InputCompressionType} to this value; see {@link #inputCompressionType(String)}.
     */
    public ImportSourceSpecification inputCompressionType(Value<String> value) {
      return set("InputCompressionType", value);
    }

    /**
     * The format of the source data. Valid values for <code>ImportFormat</code> are
     * <code>CSV</code> , <code>DYNAMODB_JSON</code> or <code>ION</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code InputFormat}.
     */
    public ImportSourceSpecification inputFormat(String value) {
      return set("InputFormat", Value.of(value));
    }

    /** Sets {@code InputFormat} to this value; see {@link #inputFormat(String)}. */
    public ImportSourceSpecification inputFormat(Value<String> value) {
      return set("InputFormat", value);
    }

    /**
     * Additional properties that specify how the input is formatted,
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InputFormatOptions}.
     */
    public ImportSourceSpecification inputFormatOptions(Value<InputFormatOptions> value) {
      return set("InputFormatOptions", value);
    }

    /**
     * The S3 bucket that provides the source for the import.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * S3BucketSource}.
     */
    public ImportSourceSpecification s3BucketSource(Value<S3BucketSource> value) {
      return set("S3BucketSource", value);
    }
  }

  /**
   * The format options for the data that was imported into the target table. There is one value,
   * CsvOption.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.InputFormatOptions}.
   */
  public static final class InputFormatOptions extends Struct<InputFormatOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::DynamoDB::Table.InputFormatOptions");

    public InputFormatOptions() {
      super(SCHEMA);
    }

    /**
     * The options for imported source files in CSV format. The values are Delimiter and HeaderList.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Csv}.
     */
    public InputFormatOptions csv(Value<Csv> value) {
      return set("Csv", value);
    }
  }

  /**
   * Represents <em>a single element</em> of a key schema. A key schema specifies the attributes
   * that make up the primary key of a table, or the key attributes of an index.
   *
   * <p>A <code>KeySchemaElement</code> represents exactly one attribute of the primary key. For
   * example, a simple primary key would be represented by one <code>KeySchemaElement</code> (for
   * the partition key). A composite primary key would require one <code>KeySchemaElement</code> for
   * the partition key, and another <code>KeySchemaElement</code> for the sort key.
   *
   * <p>A <code>KeySchemaElement</code> must be a scalar, top-level attribute (not a nested
   * attribute). The data type must be one of String, Number, or Binary. The attribute cannot be
   * nested within a List or a Map.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.KeySchema}.
   */
  public static final class KeySchema extends Struct<KeySchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.KeySchema")
        .required("AttributeName", "KeyType")
        .build();

    public KeySchema() {
      super(SCHEMA);
    }

    /**
     * The name of a key attribute.
     *
     * <p>Required. CloudFormation property {@code AttributeName}.
     */
    public KeySchema attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public KeySchema attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * The role that this key attribute will assume:
     *
     * <ul> <li><code>HASH</code> - partition key <li><code>RANGE</code> - sort key </ul>
     *
     * <p>The partition key of an item is also known as its <em>hash attribute</em> . The term "hash
     * attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute
     * data items across partitions, based on their partition key values. The sort key of an item is
     * also known as its <em>range attribute</em> . The term "range attribute" derives from the way
     * DynamoDB stores items with the same partition key physically close together, in sorted order
     * by the sort key value.
     *
     * <p>Required. CloudFormation property {@code KeyType}.
     */
    public KeySchema keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public KeySchema keyType(Value<String> value) {
      return set("KeyType", value);
    }
  }

  /**
   * The Kinesis Data Streams configuration for the specified table.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.KinesisStreamSpecification}.
   */
  public static final class KinesisStreamSpecification extends Struct<KinesisStreamSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.KinesisStreamSpecification")
        .required("StreamArn")
        .allowed("ApproximateCreationDateTimePrecision", "MICROSECOND", "MILLISECOND")
        .references("StreamArn", "AWS::Kinesis::Stream.Arn")
        .build();

    public KinesisStreamSpecification() {
      super(SCHEMA);
    }

    /**
     * The precision for the time and date that the stream was created.
     *
     * <p>Allowed values: {@code MICROSECOND}, {@code MILLISECOND}. CloudFormation property {@code
     * ApproximateCreationDateTimePrecision}.
     */
    public KinesisStreamSpecification approximateCreationDateTimePrecision(String value) {
      return set("ApproximateCreationDateTimePrecision", Value.of(value));
    }

    /**
     * Sets {@code ApproximateCreationDateTimePrecision} to this value; see {@link
     * #approximateCreationDateTimePrecision(String)}.
     */
    public KinesisStreamSpecification approximateCreationDateTimePrecision(Value<String> value) {
      return set("ApproximateCreationDateTimePrecision", value);
    }

    /**
     * The ARN for a specific Kinesis data stream.
     *
     * <p>Length Constraints: Minimum length of 37. Maximum length of 1024.
     *
     * <p>Required. CloudFormation property {@code StreamArn}.
     */
    public KinesisStreamSpecification streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public KinesisStreamSpecification streamArn(Value<String> value) {
      return set("StreamArn", value);
    }

    /**
     * Sets {@code StreamArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
     * #streamArn(String)}.
     */
    public KinesisStreamSpecification streamArn(Stream resource) {
      return set("StreamArn", resource.arn());
    }
  }

  /**
   * Represents the properties of a local secondary index. A local secondary index can only be
   * created when its parent table is created.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.LocalSecondaryIndex}.
   */
  public static final class LocalSecondaryIndex extends Struct<LocalSecondaryIndex> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.LocalSecondaryIndex")
        .required("IndexName", "KeySchema", "Projection")
        .constrain("IndexName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(3).maxLength(255))
        .build();

    public LocalSecondaryIndex() {
      super(SCHEMA);
    }

    /**
     * The name of the local secondary index. The name must be unique among all other indexes on
     * this table.
     *
     * <p>Required. Length: 3 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code IndexName}.
     */
    public LocalSecondaryIndex indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public LocalSecondaryIndex indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * The complete key schema for the local secondary index, consisting of one or more pairs of
     * attribute names and key types:
     *
     * <ul> <li><code>HASH</code> - partition key <li><code>RANGE</code> - sort key </ul>
     *
     * <p>The partition key of an item is also known as its <em>hash attribute</em> . The term "hash
     * attribute" derives from DynamoDB's usage of an internal hash function to evenly distribute
     * data items across partitions, based on their partition key values. The sort key of an item is
     * also known as its <em>range attribute</em> . The term "range attribute" derives from the way
     * DynamoDB stores items with the same partition key physically close together, in sorted order
     * by the sort key value.
     *
     * <p>Required. CloudFormation property {@code KeySchema}.
     */
    public LocalSecondaryIndex keySchema(List<KeySchema> value) {
      return set("KeySchema", Value.listOf(value));
    }

    /** Sets {@code KeySchema} to this value; see {@link #keySchema(List)}. */
    public LocalSecondaryIndex keySchema(Value<List<KeySchema>> value) {
      return set("KeySchema", value);
    }

    /** Sets {@code KeySchema} to a list of these; see {@link #keySchema(List)}. */
    public LocalSecondaryIndex keySchema(KeySchema... values) {
      return set("KeySchema", Value.list(values));
    }

    /**
     * Represents attributes that are copied (projected) from the table into the local secondary
     * index. These are in addition to the primary key attributes and index key attributes, which
     * are automatically projected.
     *
     * <p>Required. CloudFormation property {@code Projection}.
     */
    public LocalSecondaryIndex projection(Value<Projection> value) {
      return set("Projection", value);
    }
  }

  /**
   * Sets the maximum number of read and write units for the specified on-demand table. If you use
   * this property, you must specify <code>MaxReadRequestUnits</code> ,
   * <code>MaxWriteRequestUnits</code> , or both.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.OnDemandThroughput}.
   */
  public static final class OnDemandThroughput extends Struct<OnDemandThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.OnDemandThroughput")
        .constrain("MaxReadRequestUnits", Constraint.of().minimum(1))
        .constrain("MaxWriteRequestUnits", Constraint.of().minimum(1))
        .build();

    public OnDemandThroughput() {
      super(SCHEMA);
    }

    /**
     * Maximum number of read request units for the specified table.
     *
     * <p>To specify a maximum <code>OnDemandThroughput</code> on your table, set the value of
     * <code>MaxReadRequestUnits</code> as greater than or equal to 1. To remove the maximum
     * <code>OnDemandThroughput</code> that is currently set on your table, set the value of
     * <code>MaxReadRequestUnits</code> to -1.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxReadRequestUnits}.
     */
    public OnDemandThroughput maxReadRequestUnits(int value) {
      return set("MaxReadRequestUnits", Value.of(value));
    }

    /** Sets {@code MaxReadRequestUnits} to this value; see {@link #maxReadRequestUnits(int)}. */
    public OnDemandThroughput maxReadRequestUnits(Value<Integer> value) {
      return set("MaxReadRequestUnits", value);
    }

    /**
     * Maximum number of write request units for the specified table.
     *
     * <p>To specify a maximum <code>OnDemandThroughput</code> on your table, set the value of
     * <code>MaxWriteRequestUnits</code> as greater than or equal to 1. To remove the maximum
     * <code>OnDemandThroughput</code> that is currently set on your table, set the value of
     * <code>MaxWriteRequestUnits</code> to -1.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxWriteRequestUnits}.
     */
    public OnDemandThroughput maxWriteRequestUnits(int value) {
      return set("MaxWriteRequestUnits", Value.of(value));
    }

    /** Sets {@code MaxWriteRequestUnits} to this value; see {@link #maxWriteRequestUnits(int)}. */
    public OnDemandThroughput maxWriteRequestUnits(Value<Integer> value) {
      return set("MaxWriteRequestUnits", value);
    }
  }

  /**
   * The settings used to enable point in time recovery.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.PointInTimeRecoverySpecification}.
   */
  public static final class PointInTimeRecoverySpecification extends Struct<PointInTimeRecoverySpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.PointInTimeRecoverySpecification")
        .constrain("RecoveryPeriodInDays", Constraint.of().minimum(1).maximum(35))
        .build();

    public PointInTimeRecoverySpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
     *
     * <p>CloudFormation property {@code PointInTimeRecoveryEnabled}.
     */
    public PointInTimeRecoverySpecification pointInTimeRecoveryEnabled(boolean value) {
      return set("PointInTimeRecoveryEnabled", Value.of(value));
    }

    /**
     * Sets {@code PointInTimeRecoveryEnabled} to this value; see {@link
     * #pointInTimeRecoveryEnabled(boolean)}.
     */
    public PointInTimeRecoverySpecification pointInTimeRecoveryEnabled(Value<Boolean> value) {
      return set("PointInTimeRecoveryEnabled", value);
    }

    /**
     * The number of preceding days for which continuous backups are taken and maintained. Your
     * table data is only recoverable to any point-in-time from within the configured recovery
     * period. This parameter is optional. If no value is provided, the value will default to 35.
     *
     * <p>Range: 1 to 35. CloudFormation property {@code RecoveryPeriodInDays}.
     */
    public PointInTimeRecoverySpecification recoveryPeriodInDays(int value) {
      return set("RecoveryPeriodInDays", Value.of(value));
    }

    /** Sets {@code RecoveryPeriodInDays} to this value; see {@link #recoveryPeriodInDays(int)}. */
    public PointInTimeRecoverySpecification recoveryPeriodInDays(Value<Integer> value) {
      return set("RecoveryPeriodInDays", value);
    }
  }

  /**
   * Represents attributes that are copied (projected) from the table into an index. These are in
   * addition to the primary key attributes and index key attributes, which are automatically
   * projected.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.Projection}.
   */
  public static final class Projection extends Struct<Projection> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.Projection")
        .constrain("NonKeyAttributes", Constraint.of().minLength(1).maxLength(255))
        .allowed("ProjectionType", "ALL", "INCLUDE", "KEYS_ONLY")
        .build();

    public Projection() {
      super(SCHEMA);
    }

    /**
     * Represents the non-key attribute names which will be projected into the index.
     *
     * <p>For global and local secondary indexes, the total count of <code>NonKeyAttributes</code>
     * summed across all of the secondary indexes, must not exceed 100. If you project the same
     * attribute into two different indexes, this counts as two distinct attributes when determining
     * the total. This limit only applies when you specify the ProjectionType of
     * <code>INCLUDE</code> . You still can specify the ProjectionType of <code>ALL</code> to
     * project all attributes from the source table, even if the table has more than 100 attributes.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code NonKeyAttributes}.
     */
    public Projection nonKeyAttributes(List<String> value) {
      return set("NonKeyAttributes", Value.listOf(value));
    }

    /** Sets {@code NonKeyAttributes} to this value; see {@link #nonKeyAttributes(List)}. */
    public Projection nonKeyAttributes(Value<List<String>> value) {
      return set("NonKeyAttributes", value);
    }

    /**
     * The set of attributes that are projected into the index:
     *
     * <ul> <li><code>KEYS_ONLY</code> - Only the index and primary keys are projected into the
     * index. <li><code>INCLUDE</code> - In addition to the attributes described in
     * <code>KEYS_ONLY</code> , the secondary index will include other non-key attributes that you
     * specify. <li><code>ALL</code> - All of the table attributes are projected into the index.
     * </ul>
     *
     * <p>When using the DynamoDB console, <code>ALL</code> is selected by default.
     *
     * <p>Allowed values: {@code ALL}, {@code INCLUDE}, {@code KEYS_ONLY}. CloudFormation property
     * {@code ProjectionType}.
     */
    public Projection projectionType(String value) {
      return set("ProjectionType", Value.of(value));
    }

    /** Sets {@code ProjectionType} to this value; see {@link #projectionType(String)}. */
    public Projection projectionType(Value<String> value) {
      return set("ProjectionType", value);
    }
  }

  /**
   * Throughput for the specified table, which consists of values for <code>ReadCapacityUnits</code>
   * and <code>WriteCapacityUnits</code> . For more information about the contents of a provisioned
   * throughput structure, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html">Amazon
   * DynamoDB Table ProvisionedThroughput</a> .
   *
   * <p>Property type {@code AWS::DynamoDB::Table.ProvisionedThroughput}.
   */
  public static final class ProvisionedThroughput extends Struct<ProvisionedThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.ProvisionedThroughput")
        .required("ReadCapacityUnits", "WriteCapacityUnits")
        .constrain("ReadCapacityUnits", Constraint.of().minimum(0))
        .constrain("WriteCapacityUnits", Constraint.of().minimum(0))
        .build();

    public ProvisionedThroughput() {
      super(SCHEMA);
    }

    /**
     * The maximum number of strongly consistent reads consumed per second before DynamoDB returns a
     * <code>ThrottlingException</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html">Specifying
     * Read and Write Requirements</a> in the <em>Amazon DynamoDB Developer Guide</em> .
     *
     * <p>If read/write capacity mode is <code>PAY_PER_REQUEST</code> the value is set to 0.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code ReadCapacityUnits}.
     */
    public ProvisionedThroughput readCapacityUnits(int value) {
      return set("ReadCapacityUnits", Value.of(value));
    }

    /** Sets {@code ReadCapacityUnits} to this value; see {@link #readCapacityUnits(int)}. */
    public ProvisionedThroughput readCapacityUnits(Value<Integer> value) {
      return set("ReadCapacityUnits", value);
    }

    /**
     * The maximum number of writes consumed per second before DynamoDB returns a
     * <code>ThrottlingException</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html">Specifying
     * Read and Write Requirements</a> in the <em>Amazon DynamoDB Developer Guide</em> .
     *
     * <p>If read/write capacity mode is <code>PAY_PER_REQUEST</code> the value is set to 0.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code WriteCapacityUnits}.
     */
    public ProvisionedThroughput writeCapacityUnits(int value) {
      return set("WriteCapacityUnits", Value.of(value));
    }

    /** Sets {@code WriteCapacityUnits} to this value; see {@link #writeCapacityUnits(int)}. */
    public ProvisionedThroughput writeCapacityUnits(Value<Integer> value) {
      return set("WriteCapacityUnits", value);
    }
  }

  /**
   * Creates or updates a resource-based policy document that contains the permissions for DynamoDB
   * resources, such as a table, its indexes, and stream. Resource-based policies let you define
   * access permissions by specifying who has access to each resource, and the actions they are
   * allowed to perform on each resource.
   *
   * <p>In a CloudFormation template, you can provide the policy in JSON or YAML format because
   * CloudFormation converts YAML to JSON before submitting it to DynamoDB . For more information
   * about resource-based policies, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html">Using
   * resource-based policies for DynamoDB</a> and <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-examples.html">Resource-based
   * policy examples</a> .
   *
   * <p>While defining resource-based policies in your CloudFormation templates, the following
   * considerations apply:
   *
   * <ul> <li>The maximum size supported for a resource-based policy document in JSON format is 20
   * KB. DynamoDB counts whitespaces when calculating the size of a policy against this limit.
   * <li>Resource-based policies don't support <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html#">drift
   * detection</a> . If you update a policy outside of the CloudFormation stack template, you'll
   * need to update the CloudFormation stack with the changes. <li>Resource-based policies don't
   * support out-of-band changes. If you add, update, or delete a policy outside of the
   * CloudFormation template, the change won't be overwritten if there are no changes to the policy
   * within the template. </ul>
   *
   * <p>For example, say that your template contains a resource-based policy, which you later update
   * outside of the template. If you don't make any changes to the policy in the template, the
   * updated policy in DynamoDB won’t be synced with the policy in the template.
   *
   * <p>Conversely, say that your template doesn’t contain a resource-based policy, but you add a
   * policy outside of the template. This policy won’t be removed from DynamoDB as long as you don’t
   * add it to the template. When you add a policy to the template and update the stack, the
   * existing policy in DynamoDB will be updated to match the one defined in the template.
   *
   * <p>For a full list of all considerations, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html">Resource-based
   * policy considerations</a> .
   *
   * <p>Property type {@code AWS::DynamoDB::Table.ResourcePolicy}.
   */
  public static final class ResourcePolicy extends Struct<ResourcePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.ResourcePolicy")
        .required("PolicyDocument")
        .constrain("PolicyDocument", Constraint.of().format("json"))
        .build();

    public ResourcePolicy() {
      super(SCHEMA);
    }

    /**
     * A resource-based policy document that contains permissions to add to the specified DynamoDB
     * table, index, or both. In a CloudFormation template, you can provide the policy in JSON or
     * YAML format because CloudFormation converts YAML to JSON before submitting it to DynamoDB .
     * For more information about resource-based policies, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html">Using
     * resource-based policies for DynamoDB</a> and <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-examples.html">Resource-based
     * policy examples</a> .
     *
     * <p>Required. Format: {@code json}. CloudFormation property {@code PolicyDocument}.
     */
    public ResourcePolicy policyDocument(Value<Json> value) {
      return set("PolicyDocument", value);
    }
  }

  /**
   * The S3 bucket that is being imported from.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.S3BucketSource}.
   */
  public static final class S3BucketSource extends Struct<S3BucketSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.S3BucketSource")
        .required("S3Bucket")
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public S3BucketSource() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket that is being imported from.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code S3Bucket}.
     */
    public S3BucketSource s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public S3BucketSource s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The account number of the S3 bucket that is being imported from. If the bucket is owned by
     * the requester this is optional.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code S3BucketOwner}.
     */
    public S3BucketSource s3BucketOwner(String value) {
      return set("S3BucketOwner", Value.of(value));
    }

    /** Sets {@code S3BucketOwner} to this value; see {@link #s3BucketOwner(String)}. */
    public S3BucketSource s3BucketOwner(Value<String> value) {
      return set("S3BucketOwner", value);
    }

    /**
     * The key prefix shared by all S3 Objects that are being imported.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code S3KeyPrefix}.
     */
    public S3BucketSource s3KeyPrefix(String value) {
      return set("S3KeyPrefix", Value.of(value));
    }

    /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
    public S3BucketSource s3KeyPrefix(Value<String> value) {
      return set("S3KeyPrefix", value);
    }
  }

  /**
   * Represents the settings used to enable server-side encryption.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.SSESpecification}.
   */
  public static final class SSESpecification extends Struct<SSESpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.SSESpecification")
        .required("SSEEnabled")
        .references("KMSMasterKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref",
            "AWS::KMS::Alias.Ref")
        .allowed("SSEType", "KMS")
        .build();

    public SSESpecification() {
      super(SCHEMA);
    }

    /**
     * The AWS key that should be used for the AWS encryption. To specify a key, use its key ID,
     * Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this
     * parameter if the key is different from the default DynamoDB key
     * <code>alias/aws/dynamodb</code> .
     *
     * <p>CloudFormation property {@code KMSMasterKeyId}.
     */
    public SSESpecification kmsMasterKeyId(String value) {
      return set("KMSMasterKeyId", Value.of(value));
    }

    /** Sets {@code KMSMasterKeyId} to this value; see {@link #kmsMasterKeyId(String)}. */
    public SSESpecification kmsMasterKeyId(Value<String> value) {
      return set("KMSMasterKeyId", value);
    }

    /**
     * Sets {@code KMSMasterKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
     * #kmsMasterKeyId(String)}.
     */
    public SSESpecification kmsMasterKeyId(Key resource) {
      return set("KMSMasterKeyId", resource.arn());
    }

    /**
     * Sets {@code KMSMasterKeyId} to the Ref of {@code AWS::KMS::Alias}; see {@link
     * #kmsMasterKeyId(String)}.
     */
    public SSESpecification kmsMasterKeyId(Alias resource) {
      return set("KMSMasterKeyId", resource.ref());
    }

    /**
     * Indicates whether server-side encryption is done using an AWS managed key or an AWS owned
     * key. If enabled (true), server-side encryption type is set to <code>KMS</code> and an AWS
     * managed key is used ( AWS charges apply). If disabled (false) or not specified, server-side
     * encryption is set to AWS owned key.
     *
     * <p>Required. CloudFormation property {@code SSEEnabled}.
     */
    public SSESpecification sseEnabled(boolean value) {
      return set("SSEEnabled", Value.of(value));
    }

    /** Sets {@code SSEEnabled} to this value; see {@link #sseEnabled(boolean)}. */
    public SSESpecification sseEnabled(Value<Boolean> value) {
      return set("SSEEnabled", value);
    }

    /**
     * Server-side encryption type. The only supported value is:
     *
     * <ul> <li><code>KMS</code> - Server-side encryption that uses AWS Key Management Service . The
     * key is stored in your account and is managed by AWS ( AWS charges apply). </ul>
     *
     * <p>Allowed values: {@code KMS}. CloudFormation property {@code SSEType}.
     */
    public SSESpecification sseType(String value) {
      return set("SSEType", Value.of(value));
    }

    /** Sets {@code SSEType} to this value; see {@link #sseType(String)}. */
    public SSESpecification sseType(Value<String> value) {
      return set("SSEType", value);
    }
  }

  /** Property type {@code AWS::DynamoDB::Table.SearchSchemaElement}. */
  public static final class SearchSchemaElement extends Struct<SearchSchemaElement> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.SearchSchemaElement")
        .required("AttributeName", "SearchSchemaElementType")
        .constrain("AttributeName", Constraint.of().minLength(0).maxLength(65535))
        .allowed("SearchSchemaElementType", "HASH", "INLINE_FILTER")
        .build();

    public SearchSchemaElement() {
      super(SCHEMA);
    }

    /** Required. Length: 0 to 65535 characters. CloudFormation property {@code AttributeName}. */
    public SearchSchemaElement attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public SearchSchemaElement attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * Required. Allowed values: {@code HASH}, {@code INLINE_FILTER}. CloudFormation property {@code
     * SearchSchemaElementType}.
     */
    public SearchSchemaElement searchSchemaElementType(String value) {
      return set("SearchSchemaElementType", Value.of(value));
    }

    /**
     * Sets {@code SearchSchemaElementType} to this value; see {@link
     * #searchSchemaElementType(String)}.
     */
    public SearchSchemaElement searchSchemaElementType(Value<String> value) {
      return set("SearchSchemaElementType", value);
    }
  }

  /**
   * Represents the DynamoDB Streams configuration for a table in DynamoDB.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.StreamSpecification}.
   */
  public static final class StreamSpecification extends Struct<StreamSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.StreamSpecification")
        .required("StreamViewType")
        .allowed("StreamViewType", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE")
        .build();

    public StreamSpecification() {
      super(SCHEMA);
    }

    /**
     * Creates or updates a resource-based policy document that contains the permissions for
     * DynamoDB resources, such as a table's streams. Resource-based policies let you define access
     * permissions by specifying who has access to each resource, and the actions they are allowed
     * to perform on each resource.
     *
     * <p>When you remove the <code>StreamSpecification</code> property from the template, DynamoDB
     * disables the stream but retains any attached resource policy until the stream is deleted
     * after 24 hours. When you modify the <code>StreamViewType</code> property, DynamoDB creates a
     * new stream and retains the old stream's resource policy. The old stream and its resource
     * policy are deleted after the 24-hour retention period.
     *
     * <p>In a CloudFormation template, you can provide the policy in JSON or YAML format because
     * CloudFormation converts YAML to JSON before submitting it to DynamoDB . For more information
     * about resource-based policies, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html">Using
     * resource-based policies for DynamoDB</a> and <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-examples.html">Resource-based
     * policy examples</a> .
     *
     * <p>CloudFormation property {@code ResourcePolicy}.
     */
    public StreamSpecification resourcePolicy(Value<ResourcePolicy> value) {
      return set("ResourcePolicy", value);
    }

    /**
     * When an item in the table is modified, <code>StreamViewType</code> determines what
     * information is written to the stream for this table. Valid values for
     * <code>StreamViewType</code> are:
     *
     * <ul> <li><code>KEYS_ONLY</code> - Only the key attributes of the modified item are written to
     * the stream. <li><code>NEW_IMAGE</code> - The entire item, as it appears after it was
     * modified, is written to the stream. <li><code>OLD_IMAGE</code> - The entire item, as it
     * appeared before it was modified, is written to the stream.
     * <li><code>NEW_AND_OLD_IMAGES</code> - Both the new and the old item images of the item are
     * written to the stream. </ul>
     *
     * <p>Required. Allowed values: {@code KEYS_ONLY}, {@code NEW_AND_OLD_IMAGES}, {@code
     * NEW_IMAGE}, {@code OLD_IMAGE}. CloudFormation property {@code StreamViewType}.
     */
    public StreamSpecification streamViewType(String value) {
      return set("StreamViewType", Value.of(value));
    }

    /** Sets {@code StreamViewType} to this value; see {@link #streamViewType(String)}. */
    public StreamSpecification streamViewType(Value<String> value) {
      return set("StreamViewType", value);
    }

    /** CloudFormation property {@code Tags}. */
    public StreamSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public StreamSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.TimeToLiveSpecification}.
   */
  public static final class TimeToLiveSpecification extends Struct<TimeToLiveSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.TimeToLiveSpecification")
        .required("Enabled")
        .build();

    public TimeToLiveSpecification() {
      super(SCHEMA);
    }

    /**
     * The name of the TTL attribute used to store the expiration time for items in the table.
     *
     * <p>- The <code>AttributeName</code> property is required when enabling the TTL, or when TTL
     * is already enabled. - To update this property, you must first disable TTL and then enable TTL
     * with the new attribute name.
     *
     * <p>CloudFormation property {@code AttributeName}.
     */
    public TimeToLiveSpecification attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public TimeToLiveSpecification attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public TimeToLiveSpecification enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TimeToLiveSpecification enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /** Property type {@code AWS::DynamoDB::Table.VectorAttribute}. */
  public static final class VectorAttribute extends Struct<VectorAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.VectorAttribute")
        .required("AttributeName")
        .constrain("AttributeName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public VectorAttribute() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 255 characters. CloudFormation property {@code AttributeName}. */
    public VectorAttribute attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public VectorAttribute attributeName(Value<String> value) {
      return set("AttributeName", value);
    }
  }

  /** Property type {@code AWS::DynamoDB::Table.VectorIndex}. */
  public static final class VectorIndex extends Struct<VectorIndex> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.VectorIndex")
        .required("Dimensions", "DistanceFunction", "IndexName", "Projection", "VectorAttribute")
        .constrain("Dimensions", Constraint.of().minimum(1).maximum(4096))
        .allowed("DistanceFunction", "COSINE", "DOT_PRODUCT", "EUCLIDEAN")
        .constrain("IndexName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(3).maxLength(255))
        .build();

    public VectorIndex() {
      super(SCHEMA);
    }

    /** Required. Range: 1 to 4096. CloudFormation property {@code Dimensions}. */
    public VectorIndex dimensions(int value) {
      return set("Dimensions", Value.of(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(int)}. */
    public VectorIndex dimensions(Value<Integer> value) {
      return set("Dimensions", value);
    }

    /**
     * Required. Allowed values: {@code COSINE}, {@code DOT_PRODUCT}, {@code EUCLIDEAN}.
     * CloudFormation property {@code DistanceFunction}.
     */
    public VectorIndex distanceFunction(String value) {
      return set("DistanceFunction", Value.of(value));
    }

    /** Sets {@code DistanceFunction} to this value; see {@link #distanceFunction(String)}. */
    public VectorIndex distanceFunction(Value<String> value) {
      return set("DistanceFunction", value);
    }

    /**
     * Required. Length: 3 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code IndexName}.
     */
    public VectorIndex indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public VectorIndex indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * Represents attributes that are copied (projected) from the table into an index. These are in
     * addition to the primary key attributes and index key attributes, which are automatically
     * projected.
     *
     * <p>Required. CloudFormation property {@code Projection}.
     */
    public VectorIndex projection(Value<Projection> value) {
      return set("Projection", value);
    }

    /** CloudFormation property {@code SearchSchema}. */
    public VectorIndex searchSchema(List<SearchSchemaElement> value) {
      return set("SearchSchema", Value.listOf(value));
    }

    /** Sets {@code SearchSchema} to this value; see {@link #searchSchema(List)}. */
    public VectorIndex searchSchema(Value<List<SearchSchemaElement>> value) {
      return set("SearchSchema", value);
    }

    /** Sets {@code SearchSchema} to a list of these; see {@link #searchSchema(List)}. */
    public VectorIndex searchSchema(SearchSchemaElement... values) {
      return set("SearchSchema", Value.list(values));
    }

    /** Required. CloudFormation property {@code VectorAttribute}. */
    public VectorIndex vectorAttribute(Value<VectorAttribute> value) {
      return set("VectorAttribute", value);
    }
  }

  /**
   * Provides visibility into the number of read and write operations your table or secondary index
   * can instantaneously support. The settings can be modified using the <code>UpdateTable</code>
   * operation to meet the throughput requirements of an upcoming peak event.
   *
   * <p>Property type {@code AWS::DynamoDB::Table.WarmThroughput}.
   */
  public static final class WarmThroughput extends Struct<WarmThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::Table.WarmThroughput")
        .constrain("ReadUnitsPerSecond", Constraint.of().minimum(1))
        .constrain("WriteUnitsPerSecond", Constraint.of().minimum(1))
        .build();

    public WarmThroughput() {
      super(SCHEMA);
    }

    /**
     * Represents the number of read operations your base table can instantaneously support.
     *
     * <p>Range: at least 1. CloudFormation property {@code ReadUnitsPerSecond}.
     */
    public WarmThroughput readUnitsPerSecond(int value) {
      return set("ReadUnitsPerSecond", Value.of(value));
    }

    /** Sets {@code ReadUnitsPerSecond} to this value; see {@link #readUnitsPerSecond(int)}. */
    public WarmThroughput readUnitsPerSecond(Value<Integer> value) {
      return set("ReadUnitsPerSecond", value);
    }

    /**
     * Represents the number of write operations your base table can instantaneously support.
     *
     * <p>Range: at least 1. CloudFormation property {@code WriteUnitsPerSecond}.
     */
    public WarmThroughput writeUnitsPerSecond(int value) {
      return set("WriteUnitsPerSecond", Value.of(value));
    }

    /** Sets {@code WriteUnitsPerSecond} to this value; see {@link #writeUnitsPerSecond(int)}. */
    public WarmThroughput writeUnitsPerSecond(Value<Integer> value) {
      return set("WriteUnitsPerSecond", value);
    }
  }
}
