// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dynamodb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::DynamoDB::GlobalTable</code> resource enables you to create and manage a Version
 * 2019.11.21 global table. This resource cannot be used to create or manage a Version 2017.11.29
 * global table. For more information, see <a
 * href="https://docs.aws.amazon.com//amazondynamodb/latest/developerguide/GlobalTables.html">Global
 * tables</a> .
 *
 * <p>You cannot convert a resource of type <code>AWS::DynamoDB::Table</code> into a resource of
 * type <code>AWS::DynamoDB::GlobalTable</code> by changing its type in your template. <em>Doing so
 * might result in the deletion of your DynamoDB table.</em> You can instead use the GlobalTable
 * resource to create a new table in a single Region. This will be billed the same as a single
 * Region table. If you later update the stack to add other Regions then Global Tables pricing will
 * apply.
 *
 * <p>You should be aware of the following behaviors when working with DynamoDB global tables.
 *
 * <ul> <li>The IAM Principal executing the stack operation must have the permissions listed below
 * in all regions where you plan to have a global table replica. The IAM Principal's permissions
 * should not have restrictions based on IP source address. Some global tables operations (for
 * example, adding a replica) are asynchronous, and require that the IAM Principal is valid until
 * they complete. You should not delete the Principal (user or IAM role) until CloudFormation has
 * finished updating your stack. </ul>
 *
 * <ul> <li><code>application-autoscaling:DeleteScalingPolicy</code>
 * <li><code>application-autoscaling:DeleteScheduledAction</code>
 * <li><code>application-autoscaling:DeregisterScalableTarget</code>
 * <li><code>application-autoscaling:DescribeScalableTargets</code>
 * <li><code>application-autoscaling:DescribeScalingPolicies</code>
 * <li><code>application-autoscaling:PutScalingPolicy</code>
 * <li><code>application-autoscaling:PutScheduledAction</code>
 * <li><code>application-autoscaling:RegisterScalableTarget</code>
 * <li><code>dynamodb:BatchWriteItem</code> <li><code>dynamodb:CreateGlobalTableWitness</code>
 * <li><code>dynamodb:CreateTable</code> <li><code>dynamodb:CreateTableReplica</code>
 * <li><code>dynamodb:DeleteGlobalTableWitness</code> <li><code>dynamodb:DeleteItem</code>
 * <li><code>dynamodb:DeleteTable</code> <li><code>dynamodb:DeleteTableReplica</code>
 * <li><code>dynamodb:DescribeContinuousBackups</code>
 * <li><code>dynamodb:DescribeContributorInsights</code> <li><code>dynamodb:DescribeTable</code>
 * <li><code>dynamodb:DescribeTableReplicaAutoScaling</code>
 * <li><code>dynamodb:DescribeTimeToLive</code>
 * <li><code>dynamodb:DisableKinesisStreamingDestination</code>
 * <li><code>dynamodb:EnableKinesisStreamingDestination</code> <li><code>dynamodb:GetItem</code>
 * <li><code>dynamodb:ListTables</code> <li><code>dynamodb:ListTagsOfResource</code>
 * <li><code>dynamodb:PutItem</code> <li><code>dynamodb:Query</code> <li><code>dynamodb:Scan</code>
 * <li><code>dynamodb:TagResource</code> <li><code>dynamodb:UntagResource</code>
 * <li><code>dynamodb:UpdateContinuousBackups</code>
 * <li><code>dynamodb:UpdateContributorInsights</code> <li><code>dynamodb:UpdateItem</code>
 * <li><code>dynamodb:UpdateTable</code> <li><code>dynamodb:UpdateTableReplicaAutoScaling</code>
 * <li><code>dynamodb:UpdateTimeToLive</code> <li><code>iam:CreateServiceLinkedRole</code>
 * <li><code>kms:CreateGrant</code> <li><code>kms:DescribeKey</code> <li>When using provisioned
 * billing mode, CloudFormation will create an auto scaling policy on each of your replicas to
 * control their write capacities. You must configure this policy using the
 * <code>WriteProvisionedThroughputSettings</code> property. CloudFormation will ensure that all
 * replicas have the same write capacity auto scaling property. You cannot directly specify a value
 * for write capacity for a global table. <li>If your table uses provisioned capacity, you must
 * configure auto scaling directly in the <code>AWS::DynamoDB::GlobalTable</code> resource. You
 * should not configure additional auto scaling policies on any of the table replicas or global
 * secondary indexes, either via API or via <code>AWS::ApplicationAutoScaling::ScalableTarget</code>
 * or <code>AWS::ApplicationAutoScaling::ScalingPolicy</code> . Doing so might result in unexpected
 * behavior and is unsupported. <li>In AWS CloudFormation , each global table is controlled by a
 * single stack, in a single region, regardless of the number of replicas. When you deploy your
 * template, CloudFormation will create/update all replicas as part of a single stack operation. You
 * should not deploy the same <code>AWS::DynamoDB::GlobalTable</code> resource in multiple regions.
 * Doing so will result in errors, and is unsupported. If you deploy your application template in
 * multiple regions, you can use conditions to only create the resource in a single region.
 * Alternatively, you can choose to define your <code>AWS::DynamoDB::GlobalTable</code> resources in
 * a stack separate from your application stack, and make sure it is only deployed to a single
 * region. </ul>
 *
 * <p>CloudFormation type {@code AWS::DynamoDB::GlobalTable}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class GlobalTable extends Resource<GlobalTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable")
      .required("Replicas")
      .allowed("BillingMode", "PAY_PER_REQUEST", "PROVISIONED")
      .constrain("GlobalTableSourceArn", Constraint.of().minLength(1).maxLength(1024))
      .allowed("MultiRegionConsistency", "EVENTUAL", "STRONG")
      .constrain("TableName", Constraint.of().minLength(1).maxLength(1024))
      .refYields("TableName")
      .attributes("Arn", "StreamArn", "TableId")
      .stateful()
      .build();

  public GlobalTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of attributes that describe the key schema for the global table and indexes.
   *
   * <p>CloudFormation property {@code AttributeDefinitions}.
   */
  public GlobalTable attributeDefinitions(List<AttributeDefinition> value) {
    return set("AttributeDefinitions", Value.listOf(value));
  }

  /** Sets {@code AttributeDefinitions} to this value; see {@link #attributeDefinitions(List)}. */
  public GlobalTable attributeDefinitions(Value<List<AttributeDefinition>> value) {
    return set("AttributeDefinitions", value);
  }

  /**
   * Sets {@code AttributeDefinitions} to a list of these; see {@link #attributeDefinitions(List)}.
   */
  public GlobalTable attributeDefinitions(AttributeDefinition... values) {
    return set("AttributeDefinitions", Value.list(values));
  }

  /**
   * Specifies how you are charged for read and write throughput and how you manage capacity. Valid
   * values are:
   *
   * <ul> <li><code>PAY_PER_REQUEST</code> <li><code>PROVISIONED</code> </ul>
   *
   * <p>All replicas in your global table will have the same billing mode. If you use
   * <code>PROVISIONED</code> billing mode, you must provide an auto scaling configuration via the
   * <code>WriteProvisionedThroughputSettings</code> property. The default value of this property is
   * <code>PROVISIONED</code> .
   *
   * <p>Allowed values: {@code PAY_PER_REQUEST}, {@code PROVISIONED}. CloudFormation property {@code
   * BillingMode}.
   */
  public GlobalTable billingMode(String value) {
    return set("BillingMode", Value.of(value));
  }

  /** Sets {@code BillingMode} to this value; see {@link #billingMode(String)}. */
  public GlobalTable billingMode(Value<String> value) {
    return set("BillingMode", value);
  }

  /**
   * Global secondary indexes to be created on the global table. You can create up to 20 global
   * secondary indexes. Each replica in your global table will have the same global secondary index
   * settings. You can only create or delete one global secondary index in a single stack operation.
   *
   * <p>Since the backfilling of an index could take a long time, CloudFormation does not wait for
   * the index to become active. If a stack operation rolls back, CloudFormation might not delete an
   * index that has been added. In that case, you will need to delete the index manually.
   *
   * <p>CloudFormation property {@code GlobalSecondaryIndexes}.
   */
  public GlobalTable globalSecondaryIndexes(List<GlobalSecondaryIndex> value) {
    return set("GlobalSecondaryIndexes", Value.listOf(value));
  }

  /**
   * Sets {@code GlobalSecondaryIndexes} to this value; see {@link #globalSecondaryIndexes(List)}.
   */
  public GlobalTable globalSecondaryIndexes(Value<List<GlobalSecondaryIndex>> value) {
    return set("GlobalSecondaryIndexes", value);
  }

  /**
   * Sets {@code GlobalSecondaryIndexes} to a list of these; see {@link
   * #globalSecondaryIndexes(List)}.
   */
  public GlobalTable globalSecondaryIndexes(GlobalSecondaryIndex... values) {
    return set("GlobalSecondaryIndexes", Value.list(values));
  }

  /** Length: 1 to 1024 characters. CloudFormation property {@code GlobalTableSourceArn}. */
  public GlobalTable globalTableSourceArn(String value) {
    return set("GlobalTableSourceArn", Value.of(value));
  }

  /** Sets {@code GlobalTableSourceArn} to this value; see {@link #globalTableSourceArn(String)}. */
  public GlobalTable globalTableSourceArn(Value<String> value) {
    return set("GlobalTableSourceArn", value);
  }

  /**
   * The list of witnesses of the MRSC global table. Only one witness Region can be configured per
   * MRSC global table.
   *
   * <p>CloudFormation property {@code GlobalTableWitnesses}.
   */
  public GlobalTable globalTableWitnesses(List<GlobalTableWitness> value) {
    return set("GlobalTableWitnesses", Value.listOf(value));
  }

  /** Sets {@code GlobalTableWitnesses} to this value; see {@link #globalTableWitnesses(List)}. */
  public GlobalTable globalTableWitnesses(Value<List<GlobalTableWitness>> value) {
    return set("GlobalTableWitnesses", value);
  }

  /**
   * Sets {@code GlobalTableWitnesses} to a list of these; see {@link #globalTableWitnesses(List)}.
   */
  public GlobalTable globalTableWitnesses(GlobalTableWitness... values) {
    return set("GlobalTableWitnesses", Value.list(values));
  }

  /**
   * Specifies the attributes that make up the primary key for the table. The attributes in the
   * <code>KeySchema</code> property must also be defined in the <code>AttributeDefinitions</code>
   * property.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KeySchema}.
   */
  public GlobalTable keySchema(List<KeySchema> value) {
    return set("KeySchema", Value.listOf(value));
  }

  /** Sets {@code KeySchema} to this value; see {@link #keySchema(List)}. */
  public GlobalTable keySchema(Value<List<KeySchema>> value) {
    return set("KeySchema", value);
  }

  /** Sets {@code KeySchema} to a list of these; see {@link #keySchema(List)}. */
  public GlobalTable keySchema(KeySchema... values) {
    return set("KeySchema", Value.list(values));
  }

  /**
   * Local secondary indexes to be created on the table. You can create up to five local secondary
   * indexes. Each index is scoped to a given hash key value. The size of each hash key can be up to
   * 10 gigabytes. Each replica in your global table will have the same local secondary index
   * settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LocalSecondaryIndexes}.
   */
  public GlobalTable localSecondaryIndexes(List<LocalSecondaryIndex> value) {
    return set("LocalSecondaryIndexes", Value.listOf(value));
  }

  /** Sets {@code LocalSecondaryIndexes} to this value; see {@link #localSecondaryIndexes(List)}. */
  public GlobalTable localSecondaryIndexes(Value<List<LocalSecondaryIndex>> value) {
    return set("LocalSecondaryIndexes", value);
  }

  /**
   * Sets {@code LocalSecondaryIndexes} to a list of these; see {@link
   * #localSecondaryIndexes(List)}.
   */
  public GlobalTable localSecondaryIndexes(LocalSecondaryIndex... values) {
    return set("LocalSecondaryIndexes", Value.list(values));
  }

  /**
   * Specifies the consistency mode for a new global table.
   *
   * <p>You can specify one of the following consistency modes:
   *
   * <ul> <li><code>EVENTUAL</code> : Configures a new global table for multi-Region eventual
   * consistency (MREC). <li><code>STRONG</code> : Configures a new global table for multi-Region
   * strong consistency (MRSC). </ul>
   *
   * <p>If you don't specify this field, the global table consistency mode defaults to
   * <code>EVENTUAL</code> . For more information about global tables consistency modes, see <a
   * href="https://docs.aws.amazon.com/V2globaltables_HowItWorks.html#V2globaltables_HowItWorks.consistency-modes">Consistency
   * modes</a> in DynamoDB developer guide.
   *
   * <p>Allowed values: {@code EVENTUAL}, {@code STRONG}. CloudFormation property {@code
   * MultiRegionConsistency}.
   */
  public GlobalTable multiRegionConsistency(String value) {
    return set("MultiRegionConsistency", Value.of(value));
  }

  /**
   * Sets {@code MultiRegionConsistency} to this value; see {@link #multiRegionConsistency(String)}.
   */
  public GlobalTable multiRegionConsistency(Value<String> value) {
    return set("MultiRegionConsistency", value);
  }

  /** CloudFormation property {@code ReadOnDemandThroughputSettings}. */
  public GlobalTable readOnDemandThroughputSettings(Value<ReadOnDemandThroughputSettings> value) {
    return set("ReadOnDemandThroughputSettings", value);
  }

  /** CloudFormation property {@code ReadProvisionedThroughputSettings}. */
  public GlobalTable readProvisionedThroughputSettings(Value<GlobalReadProvisionedThroughputSettings> value) {
    return set("ReadProvisionedThroughputSettings", value);
  }

  /**
   * Specifies the list of replicas for your global table. The list must contain at least one
   * element, the region where the stack defining the global table is deployed. For example, if you
   * define your table in a stack deployed to us-east-1, you must have an entry in
   * <code>Replicas</code> with the region us-east-1. You cannot remove the replica in the stack
   * region.
   *
   * <p>Adding a replica might take a few minutes for an empty table, or up to several hours for
   * large tables. If you want to add or remove a replica, we recommend submitting an
   * <code>UpdateStack</code> operation containing only that change. If you add or delete a replica
   * during an update, we recommend that you don't update any other resources. If your stack fails
   * to update and is rolled back while adding a new replica, you might need to manually delete the
   * replica.
   *
   * <p>You can create a new global table with as many replicas as needed. You can add or remove
   * replicas after table creation, but you can only add or remove a single replica in each update.
   * For Multi-Region Strong Consistency (MRSC), you can add or remove up to 3 replicas, or 2
   * replicas plus a witness Region.
   *
   * <p>Required. CloudFormation property {@code Replicas}.
   */
  public GlobalTable replicas(List<ReplicaSpecification> value) {
    return set("Replicas", Value.listOf(value));
  }

  /** Sets {@code Replicas} to this value; see {@link #replicas(List)}. */
  public GlobalTable replicas(Value<List<ReplicaSpecification>> value) {
    return set("Replicas", value);
  }

  /** Sets {@code Replicas} to a list of these; see {@link #replicas(List)}. */
  public GlobalTable replicas(ReplicaSpecification... values) {
    return set("Replicas", Value.list(values));
  }

  /**
   * Specifies the settings to enable server-side encryption. These settings will be applied to all
   * replicas. If you plan to use customer-managed KMS keys, you must provide a key for each replica
   * using the <code>ReplicaSpecification.ReplicaSSESpecification</code> property.
   *
   * <p>CloudFormation property {@code SSESpecification}.
   */
  public GlobalTable sseSpecification(Value<SSESpecification> value) {
    return set("SSESpecification", value);
  }

  /**
   * Specifies the streams settings on your global table. You must provide a value for this property
   * if your global table contains more than one replica. You can only change the streams settings
   * if your global table has only one replica. For Multi-Region Strong Consistency (MRSC), you do
   * not need to provide a value for this property and can change the settings at any time.
   *
   * <p>CloudFormation property {@code StreamSpecification}.
   */
  public GlobalTable streamSpecification(Value<StreamSpecification> value) {
    return set("StreamSpecification", value);
  }

  /**
   * A name for the global table. If you don't specify a name, AWS CloudFormation generates a unique
   * ID and uses that ID as the table name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code TableName}.
   */
  public GlobalTable tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public GlobalTable tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * Specifies the time to live (TTL) settings for the table. This setting will be applied to all
   * replicas.
   *
   * <p>CloudFormation property {@code TimeToLiveSpecification}.
   */
  public GlobalTable timeToLiveSpecification(Value<TimeToLiveSpecification> value) {
    return set("TimeToLiveSpecification", value);
  }

  /** CloudFormation property {@code VectorIndexes}. */
  public GlobalTable vectorIndexes(List<VectorIndex> value) {
    return set("VectorIndexes", Value.listOf(value));
  }

  /** Sets {@code VectorIndexes} to this value; see {@link #vectorIndexes(List)}. */
  public GlobalTable vectorIndexes(Value<List<VectorIndex>> value) {
    return set("VectorIndexes", value);
  }

  /** Sets {@code VectorIndexes} to a list of these; see {@link #vectorIndexes(List)}. */
  public GlobalTable vectorIndexes(VectorIndex... values) {
    return set("VectorIndexes", Value.list(values));
  }

  /**
   * Provides visibility into the number of read and write operations your table or secondary index
   * can instantaneously support. The settings can be modified using the <code>UpdateTable</code>
   * operation to meet the throughput requirements of an upcoming peak event.
   *
   * <p>CloudFormation property {@code WarmThroughput}.
   */
  public GlobalTable warmThroughput(Value<WarmThroughput> value) {
    return set("WarmThroughput", value);
  }

  /**
   * Sets the write request settings for a global table or a global secondary index. You can only
   * specify this setting if your resource uses the <code>PAY_PER_REQUEST</code>
   * <code>BillingMode</code> .
   *
   * <p>CloudFormation property {@code WriteOnDemandThroughputSettings}.
   */
  public GlobalTable writeOnDemandThroughputSettings(Value<WriteOnDemandThroughputSettings> value) {
    return set("WriteOnDemandThroughputSettings", value);
  }

  /**
   * Specifies an auto scaling policy for write capacity. This policy will be applied to all
   * replicas. This setting must be specified if <code>BillingMode</code> is set to
   * <code>PROVISIONED</code> .
   *
   * <p>CloudFormation property {@code WriteProvisionedThroughputSettings}.
   */
  public GlobalTable writeProvisionedThroughputSettings(Value<WriteProvisionedThroughputSettings> value) {
    return set("WriteProvisionedThroughputSettings", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the DynamoDB table, such as
   * <code>arn:aws:dynamodb:us-east-2:123456789012:table/myDynamoDBTable</code> . The ARN returned
   * is that of the replica in the region the stack is deployed to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the DynamoDB stream, such as
   * <code>arn:aws:dynamodb:us-east-1:123456789012:table/testddbstack-myDynamoDBTable-012A1SL7SMP5Q/stream/2015-11-30T20:10:00.000</code>
   * . The <code>StreamArn</code> returned is that of the replica in the region the stack is
   * deployed to.
   *
   * <p>You must specify the <code>StreamSpecification</code> property to use this attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StreamArn}.
   */
  public Value<String> streamArn() {
    return getAtt("StreamArn");
  }

  /**
   * Unique identifier for the table, such as <code>a123b456-01ab-23cd-123a-111222aaabbb</code> .
   * The <code>TableId</code> returned is that of the replica in the region the stack is deployed
   * to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TableId}.
   */
  public Value<String> tableId() {
    return getAtt("TableId");
  }

  /**
   * Represents an attribute for describing the schema for the table and indexes.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.AttributeDefinition}.
   */
  public static final class AttributeDefinition extends Struct<AttributeDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.AttributeDefinition")
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
   * Configures a scalable target and an autoscaling policy for a table or global secondary index's
   * read or write capacity.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.CapacityAutoScalingSettings}.
   */
  public static final class CapacityAutoScalingSettings extends Struct<CapacityAutoScalingSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.CapacityAutoScalingSettings")
        .required("MaxCapacity", "MinCapacity", "TargetTrackingScalingPolicyConfiguration")
        .constrain("MaxCapacity", Constraint.of().minimum(1))
        .constrain("MinCapacity", Constraint.of().minimum(1))
        .constrain("SeedCapacity", Constraint.of().minimum(1))
        .build();

    public CapacityAutoScalingSettings() {
      super(SCHEMA);
    }

    /**
     * The maximum provisioned capacity units for the global table.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxCapacity}.
     */
    public CapacityAutoScalingSettings maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public CapacityAutoScalingSettings maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum provisioned capacity units for the global table.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MinCapacity}.
     */
    public CapacityAutoScalingSettings minCapacity(int value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
    public CapacityAutoScalingSettings minCapacity(Value<Integer> value) {
      return set("MinCapacity", value);
    }

    /**
     * When switching billing mode from <code>PAY_PER_REQUEST</code> to <code>PROVISIONED</code> ,
     * DynamoDB requires you to specify read and write capacity unit values for the table and for
     * each global secondary index. These values will be applied to all replicas. The table will use
     * these provisioned values until CloudFormation creates the autoscaling policies you configured
     * in your template. CloudFormation cannot determine what capacity the table and its global
     * secondary indexes will require in this time period, since they are application-dependent.
     *
     * <p>If you want to switch a table's billing mode from <code>PAY_PER_REQUEST</code> to
     * <code>PROVISIONED</code> , you must specify a value for this property for each autoscaled
     * resource. If you specify different values for the same resource in different regions,
     * CloudFormation will use the highest value found in either the <code>SeedCapacity</code> or
     * <code>ReadCapacityUnits</code> properties. For example, if your global secondary index
     * <code>myGSI</code> has a <code>SeedCapacity</code> of 10 in us-east-1 and a fixed
     * <code>ReadCapacityUnits</code> of 20 in eu-west-1, CloudFormation will initially set the read
     * capacity for <code>myGSI</code> to 20. Note that if you disable <code>ScaleIn</code> for
     * <code>myGSI</code> in us-east-1, its read capacity units might not be set back to 10.
     *
     * <p>You must also specify a value for <code>SeedCapacity</code> when you plan to switch a
     * table's billing mode from <code>PROVISIONED</code> to <code>PAY_PER_REQUEST</code> , because
     * CloudFormation might need to roll back the operation (reverting the billing mode to
     * <code>PROVISIONED</code> ) and this cannot succeed without specifying a value for
     * <code>SeedCapacity</code> .
     *
     * <p>Range: at least 1. CloudFormation property {@code SeedCapacity}.
     */
    public CapacityAutoScalingSettings seedCapacity(int value) {
      return set("SeedCapacity", Value.of(value));
    }

    /** Sets {@code SeedCapacity} to this value; see {@link #seedCapacity(int)}. */
    public CapacityAutoScalingSettings seedCapacity(Value<Integer> value) {
      return set("SeedCapacity", value);
    }

    /**
     * Defines a target tracking scaling policy.
     *
     * <p>Required. CloudFormation property {@code TargetTrackingScalingPolicyConfiguration}.
     */
    public CapacityAutoScalingSettings targetTrackingScalingPolicyConfiguration(Value<TargetTrackingScalingPolicyConfiguration> value) {
      return set("TargetTrackingScalingPolicyConfiguration", value);
    }
  }

  /**
   * Configures contributor insights settings for a replica or one of its indexes.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ContributorInsightsSpecification}.
   */
  public static final class ContributorInsightsSpecification extends Struct<ContributorInsightsSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ContributorInsightsSpecification")
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
     * Specifies the CloudWatch Contributor Insights mode for a global table. Valid values are
     * <code>ACCESSED_AND_THROTTLED_KEYS</code> (tracks all access and throttled events) or
     * <code>THROTTLED_KEYS</code> (tracks only throttled events). This setting determines what type
     * of contributor insights data is collected for the global table.
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

  /** Property type {@code AWS::DynamoDB::GlobalTable.GlobalReadProvisionedThroughputSettings}. */
  public static final class GlobalReadProvisionedThroughputSettings extends Struct<GlobalReadProvisionedThroughputSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.GlobalReadProvisionedThroughputSettings")
        .constrain("ReadCapacityUnits", Constraint.of().minimum(1))
        .build();

    public GlobalReadProvisionedThroughputSettings() {
      super(SCHEMA);
    }

    /** Range: at least 1. CloudFormation property {@code ReadCapacityUnits}. */
    public GlobalReadProvisionedThroughputSettings readCapacityUnits(int value) {
      return set("ReadCapacityUnits", Value.of(value));
    }

    /** Sets {@code ReadCapacityUnits} to this value; see {@link #readCapacityUnits(int)}. */
    public GlobalReadProvisionedThroughputSettings readCapacityUnits(Value<Integer> value) {
      return set("ReadCapacityUnits", value);
    }
  }

  /**
   * Allows you to specify a global secondary index for the global table. The index will be defined
   * on all replicas.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.GlobalSecondaryIndex}.
   */
  public static final class GlobalSecondaryIndex extends Struct<GlobalSecondaryIndex> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.GlobalSecondaryIndex")
        .required("IndexName", "KeySchema", "Projection")
        .constrain("IndexName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(3).maxLength(255))
        .build();

    public GlobalSecondaryIndex() {
      super(SCHEMA);
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
     * Represents attributes that are copied (projected) from the table into the global secondary
     * index. These are in addition to the primary key attributes and index key attributes, which
     * are automatically projected.
     *
     * <p>Required. CloudFormation property {@code Projection}.
     */
    public GlobalSecondaryIndex projection(Value<Projection> value) {
      return set("Projection", value);
    }

    /** CloudFormation property {@code ReadOnDemandThroughputSettings}. */
    public GlobalSecondaryIndex readOnDemandThroughputSettings(Value<ReadOnDemandThroughputSettings> value) {
      return set("ReadOnDemandThroughputSettings", value);
    }

    /** CloudFormation property {@code ReadProvisionedThroughputSettings}. */
    public GlobalSecondaryIndex readProvisionedThroughputSettings(Value<GlobalReadProvisionedThroughputSettings> value) {
      return set("ReadProvisionedThroughputSettings", value);
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

    /**
     * Sets the write request settings for a global table or a global secondary index. You can only
     * specify this setting if your resource uses the <code>PAY_PER_REQUEST</code>
     * <code>BillingMode</code> .
     *
     * <p>CloudFormation property {@code WriteOnDemandThroughputSettings}.
     */
    public GlobalSecondaryIndex writeOnDemandThroughputSettings(Value<WriteOnDemandThroughputSettings> value) {
      return set("WriteOnDemandThroughputSettings", value);
    }

    /**
     * Defines write capacity settings for the global secondary index. You must specify a value for
     * this property if the table's <code>BillingMode</code> is <code>PROVISIONED</code> . All
     * replicas will have the same write capacity settings for this global secondary index.
     *
     * <p>CloudFormation property {@code WriteProvisionedThroughputSettings}.
     */
    public GlobalSecondaryIndex writeProvisionedThroughputSettings(Value<WriteProvisionedThroughputSettings> value) {
      return set("WriteProvisionedThroughputSettings", value);
    }
  }

  /**
   * The witness Region for the MRSC global table. A MRSC global table can be configured with either
   * three replicas, or with two replicas and one witness.
   *
   * <p>The witness must be in a different Region than the replicas and within the same Region set:
   *
   * <ul> <li>US Region set: US East (N. Virginia), US East (Ohio), US West (Oregon) <li>EU Region
   * set: Europe (Ireland), Europe (London), Europe (Paris), Europe (Frankfurt) <li>AP Region set:
   * Asia Pacific (Tokyo), Asia Pacific (Seoul), Asia Pacific (Osaka) </ul>
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.GlobalTableWitness}.
   */
  public static final class GlobalTableWitness extends Struct<GlobalTableWitness> {
    private static final Schema SCHEMA = Schema.of("AWS::DynamoDB::GlobalTable.GlobalTableWitness");

    public GlobalTableWitness() {
      super(SCHEMA);
    }

    /**
     * The name of the AWS Region that serves as a witness for the MRSC global table.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public GlobalTableWitness region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public GlobalTableWitness region(Value<String> value) {
      return set("Region", value);
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
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.KeySchema}.
   */
  public static final class KeySchema extends Struct<KeySchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.KeySchema")
        .required("AttributeName", "KeyType")
        .constrain("AttributeName", Constraint.of().minLength(1).maxLength(255))
        .allowed("KeyType", "HASH", "RANGE")
        .build();

    public KeySchema() {
      super(SCHEMA);
    }

    /**
     * The name of a key attribute.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 255 characters.
     * CloudFormation property {@code AttributeName}.
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
     * <p>Required. Changing it may replace the resource. Allowed values: {@code HASH}, {@code
     * RANGE}. CloudFormation property {@code KeyType}.
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
   * The Kinesis Data Streams configuration for the specified global table replica.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.KinesisStreamSpecification}.
   */
  public static final class KinesisStreamSpecification extends Struct<KinesisStreamSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.KinesisStreamSpecification")
        .required("StreamArn")
        .allowed("ApproximateCreationDateTimePrecision", "MICROSECOND", "MILLISECOND")
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
     * <p>Required. CloudFormation property {@code StreamArn}.
     */
    public KinesisStreamSpecification streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public KinesisStreamSpecification streamArn(Value<String> value) {
      return set("StreamArn", value);
    }
  }

  /**
   * Represents the properties of a local secondary index. A local secondary index can only be
   * created when its parent table is created.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.LocalSecondaryIndex}.
   */
  public static final class LocalSecondaryIndex extends Struct<LocalSecondaryIndex> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.LocalSecondaryIndex")
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
     * <p>Required. Changing it replaces the resource. Length: 3 to 255 characters. Pattern: {@code
     * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code IndexName}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code KeySchema}.
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
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Projection}.
     */
    public LocalSecondaryIndex projection(Value<Projection> value) {
      return set("Projection", value);
    }
  }

  /**
   * Represents the settings used to enable point in time recovery.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.PointInTimeRecoverySpecification}.
   */
  public static final class PointInTimeRecoverySpecification extends Struct<PointInTimeRecoverySpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.PointInTimeRecoverySpecification")
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
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.Projection}.
   */
  public static final class Projection extends Struct<Projection> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.Projection")
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
     * <p>Changing it may replace the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code NonKeyAttributes}.
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
     * <p>Changing it may replace the resource. Allowed values: {@code ALL}, {@code INCLUDE}, {@code
     * KEYS_ONLY}. CloudFormation property {@code ProjectionType}.
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
   * Sets the read request settings for a replica table or a replica global secondary index. You can
   * only specify this setting if your resource uses the <code>PAY_PER_REQUEST</code>
   * <code>BillingMode</code> .
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ReadOnDemandThroughputSettings}.
   */
  public static final class ReadOnDemandThroughputSettings extends Struct<ReadOnDemandThroughputSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ReadOnDemandThroughputSettings")
        .constrain("MaxReadRequestUnits", Constraint.of().minimum(1))
        .build();

    public ReadOnDemandThroughputSettings() {
      super(SCHEMA);
    }

    /**
     * Maximum number of read request units for the specified replica of a global table.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxReadRequestUnits}.
     */
    public ReadOnDemandThroughputSettings maxReadRequestUnits(int value) {
      return set("MaxReadRequestUnits", Value.of(value));
    }

    /** Sets {@code MaxReadRequestUnits} to this value; see {@link #maxReadRequestUnits(int)}. */
    public ReadOnDemandThroughputSettings maxReadRequestUnits(Value<Integer> value) {
      return set("MaxReadRequestUnits", value);
    }
  }

  /**
   * Allows you to specify the read capacity settings for a replica table or a replica global
   * secondary index when the <code>BillingMode</code> is set to <code>PROVISIONED</code> . You must
   * specify a value for either <code>ReadCapacityUnits</code> or
   * <code>ReadCapacityAutoScalingSettings</code> , but not both. You can switch between fixed
   * capacity and auto scaling.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ReadProvisionedThroughputSettings}.
   */
  public static final class ReadProvisionedThroughputSettings extends Struct<ReadProvisionedThroughputSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ReadProvisionedThroughputSettings")
        .constrain("ReadCapacityUnits", Constraint.of().minimum(1))
        .build();

    public ReadProvisionedThroughputSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies auto scaling settings for the replica table or global secondary index.
     *
     * <p>CloudFormation property {@code ReadCapacityAutoScalingSettings}.
     */
    public ReadProvisionedThroughputSettings readCapacityAutoScalingSettings(Value<CapacityAutoScalingSettings> value) {
      return set("ReadCapacityAutoScalingSettings", value);
    }

    /**
     * Specifies a fixed read capacity for the replica table or global secondary index.
     *
     * <p>Range: at least 1. CloudFormation property {@code ReadCapacityUnits}.
     */
    public ReadProvisionedThroughputSettings readCapacityUnits(int value) {
      return set("ReadCapacityUnits", Value.of(value));
    }

    /** Sets {@code ReadCapacityUnits} to this value; see {@link #readCapacityUnits(int)}. */
    public ReadProvisionedThroughputSettings readCapacityUnits(Value<Integer> value) {
      return set("ReadCapacityUnits", value);
    }
  }

  /**
   * Represents the properties of a global secondary index that can be set on a per-replica basis.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ReplicaGlobalSecondaryIndexSpecification}.
   */
  public static final class ReplicaGlobalSecondaryIndexSpecification extends Struct<ReplicaGlobalSecondaryIndexSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ReplicaGlobalSecondaryIndexSpecification")
        .required("IndexName")
        .constrain("IndexName", Constraint.of().minLength(3).maxLength(255))
        .build();

    public ReplicaGlobalSecondaryIndexSpecification() {
      super(SCHEMA);
    }

    /**
     * Updates the status for contributor insights for a specific table or index. CloudWatch
     * Contributor Insights for DynamoDB graphs display the partition key and (if applicable) sort
     * key of frequently accessed items and frequently throttled items in plaintext. If you require
     * the use of AWS Key Management Service (KMS) to encrypt this table’s partition key and sort
     * key data with an AWS managed key or customer managed key, you should not enable CloudWatch
     * Contributor Insights for DynamoDB for this table.
     *
     * <p>CloudFormation property {@code ContributorInsightsSpecification}.
     */
    public ReplicaGlobalSecondaryIndexSpecification contributorInsightsSpecification(Value<ContributorInsightsSpecification> value) {
      return set("ContributorInsightsSpecification", value);
    }

    /**
     * The name of the global secondary index. The name must be unique among all other indexes on
     * this table.
     *
     * <p>Required. Length: 3 to 255 characters. CloudFormation property {@code IndexName}.
     */
    public ReplicaGlobalSecondaryIndexSpecification indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public ReplicaGlobalSecondaryIndexSpecification indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * Sets the read request settings for a replica global secondary index. You can only specify
     * this setting if your resource uses the <code>PAY_PER_REQUEST</code> <code>BillingMode</code>
     * .
     *
     * <p>CloudFormation property {@code ReadOnDemandThroughputSettings}.
     */
    public ReplicaGlobalSecondaryIndexSpecification readOnDemandThroughputSettings(Value<ReadOnDemandThroughputSettings> value) {
      return set("ReadOnDemandThroughputSettings", value);
    }

    /**
     * Allows you to specify the read capacity settings for a replica global secondary index when
     * the <code>BillingMode</code> is set to <code>PROVISIONED</code> .
     *
     * <p>CloudFormation property {@code ReadProvisionedThroughputSettings}.
     */
    public ReplicaGlobalSecondaryIndexSpecification readProvisionedThroughputSettings(Value<ReadProvisionedThroughputSettings> value) {
      return set("ReadProvisionedThroughputSettings", value);
    }
  }

  /**
   * Allows you to specify a KMS key identifier to be used for server-side encryption. The key can
   * be specified via ARN, key ID, or alias. The key must be created in the same region as the
   * replica.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ReplicaSSESpecification}.
   */
  public static final class ReplicaSSESpecification extends Struct<ReplicaSSESpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ReplicaSSESpecification")
        .required("KMSMasterKeyId")
        .references("KMSMasterKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref",
            "AWS::KMS::Alias.Ref")
        .build();

    public ReplicaSSESpecification() {
      super(SCHEMA);
    }

    /**
     * The AWS key that should be used for the AWS encryption. To specify a key, use its key ID,
     * Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this
     * parameter if the key is different from the default DynamoDB key
     * <code>alias/aws/dynamodb</code> .
     *
     * <p>Required. CloudFormation property {@code KMSMasterKeyId}.
     */
    public ReplicaSSESpecification kmsMasterKeyId(String value) {
      return set("KMSMasterKeyId", Value.of(value));
    }

    /** Sets {@code KMSMasterKeyId} to this value; see {@link #kmsMasterKeyId(String)}. */
    public ReplicaSSESpecification kmsMasterKeyId(Value<String> value) {
      return set("KMSMasterKeyId", value);
    }

    /**
     * Sets {@code KMSMasterKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
     * #kmsMasterKeyId(String)}.
     */
    public ReplicaSSESpecification kmsMasterKeyId(Key resource) {
      return set("KMSMasterKeyId", resource.arn());
    }

    /**
     * Sets {@code KMSMasterKeyId} to the Ref of {@code AWS::KMS::Alias}; see {@link
     * #kmsMasterKeyId(String)}.
     */
    public ReplicaSSESpecification kmsMasterKeyId(Alias resource) {
      return set("KMSMasterKeyId", resource.ref());
    }
  }

  /**
   * Defines settings specific to a single replica of a global table.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ReplicaSpecification}.
   */
  public static final class ReplicaSpecification extends Struct<ReplicaSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ReplicaSpecification")
        .required("Region")
        .allowed("GlobalTableSettingsReplicationMode", "ENABLED", "DISABLED")
        .build();

    public ReplicaSpecification() {
      super(SCHEMA);
    }

    /**
     * The settings used to enable or disable CloudWatch Contributor Insights for the specified
     * replica. When not specified, defaults to contributor insights disabled for the replica.
     *
     * <p>CloudFormation property {@code ContributorInsightsSpecification}.
     */
    public ReplicaSpecification contributorInsightsSpecification(Value<ContributorInsightsSpecification> value) {
      return set("ContributorInsightsSpecification", value);
    }

    /**
     * Determines if a replica is protected from deletion. When enabled, the table cannot be deleted
     * by any user or process. This setting is disabled by default. For more information, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection">Using
     * deletion protection</a> in the <em>Amazon DynamoDB Developer Guide</em> .
     *
     * <p>CloudFormation property {@code DeletionProtectionEnabled}.
     */
    public ReplicaSpecification deletionProtectionEnabled(boolean value) {
      return set("DeletionProtectionEnabled", Value.of(value));
    }

    /**
     * Sets {@code DeletionProtectionEnabled} to this value; see {@link
     * #deletionProtectionEnabled(boolean)}.
     */
    public ReplicaSpecification deletionProtectionEnabled(Value<Boolean> value) {
      return set("DeletionProtectionEnabled", value);
    }

    /**
     * Defines additional settings for the global secondary indexes of this replica.
     *
     * <p>CloudFormation property {@code GlobalSecondaryIndexes}.
     */
    public ReplicaSpecification globalSecondaryIndexes(List<ReplicaGlobalSecondaryIndexSpecification> value) {
      return set("GlobalSecondaryIndexes", Value.listOf(value));
    }

    /**
     * Sets {@code GlobalSecondaryIndexes} to this value; see {@link #globalSecondaryIndexes(List)}.
     */
    public ReplicaSpecification globalSecondaryIndexes(Value<List<ReplicaGlobalSecondaryIndexSpecification>> value) {
      return set("GlobalSecondaryIndexes", value);
    }

    /**
     * Sets {@code GlobalSecondaryIndexes} to a list of these; see {@link
     * #globalSecondaryIndexes(List)}.
     */
    public ReplicaSpecification globalSecondaryIndexes(ReplicaGlobalSecondaryIndexSpecification... values) {
      return set("GlobalSecondaryIndexes", Value.list(values));
    }

    /**
     * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * GlobalTableSettingsReplicationMode}.
     */
    public ReplicaSpecification globalTableSettingsReplicationMode(String value) {
      return set("GlobalTableSettingsReplicationMode", Value.of(value));
    }

    /**
     * Sets {@code GlobalTableSettingsReplicationMode} to this value; see {@link
     * #globalTableSettingsReplicationMode(String)}.
     */
    public ReplicaSpecification globalTableSettingsReplicationMode(Value<String> value) {
      return set("GlobalTableSettingsReplicationMode", value);
    }

    /**
     * Defines the Kinesis Data Streams configuration for the specified replica.
     *
     * <p>CloudFormation property {@code KinesisStreamSpecification}.
     */
    public ReplicaSpecification kinesisStreamSpecification(Value<KinesisStreamSpecification> value) {
      return set("KinesisStreamSpecification", value);
    }

    /**
     * The settings used to enable point in time recovery. When not specified, defaults to point in
     * time recovery disabled for the replica.
     *
     * <p>CloudFormation property {@code PointInTimeRecoverySpecification}.
     */
    public ReplicaSpecification pointInTimeRecoverySpecification(Value<PointInTimeRecoverySpecification> value) {
      return set("PointInTimeRecoverySpecification", value);
    }

    /**
     * Sets read request settings for the replica table.
     *
     * <p>CloudFormation property {@code ReadOnDemandThroughputSettings}.
     */
    public ReplicaSpecification readOnDemandThroughputSettings(Value<ReadOnDemandThroughputSettings> value) {
      return set("ReadOnDemandThroughputSettings", value);
    }

    /**
     * Defines read capacity settings for the replica table.
     *
     * <p>CloudFormation property {@code ReadProvisionedThroughputSettings}.
     */
    public ReplicaSpecification readProvisionedThroughputSettings(Value<ReadProvisionedThroughputSettings> value) {
      return set("ReadProvisionedThroughputSettings", value);
    }

    /**
     * The region in which this replica exists.
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public ReplicaSpecification region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ReplicaSpecification region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * Represents the DynamoDB Streams configuration for a global table replica.
     *
     * <p>CloudFormation property {@code ReplicaStreamSpecification}.
     */
    public ReplicaSpecification replicaStreamSpecification(Value<ReplicaStreamSpecification> value) {
      return set("ReplicaStreamSpecification", value);
    }

    /**
     * A resource-based policy document that contains permissions to add to the specified replica of
     * a DynamoDB global table. Resource-based policies let you define access permissions by
     * specifying who has access to each resource, and the actions they are allowed to perform on
     * each resource.
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
    public ReplicaSpecification resourcePolicy(Value<ResourcePolicy> value) {
      return set("ResourcePolicy", value);
    }

    /**
     * Allows you to specify a customer-managed key for the replica. When using customer-managed
     * keys for server-side encryption, this property must have a value in all replicas.
     *
     * <p>CloudFormation property {@code SSESpecification}.
     */
    public ReplicaSpecification sseSpecification(Value<ReplicaSSESpecification> value) {
      return set("SSESpecification", value);
    }

    /**
     * The table class of the specified table. Valid values are <code>STANDARD</code> and
     * <code>STANDARD_INFREQUENT_ACCESS</code> .
     *
     * <p>CloudFormation property {@code TableClass}.
     */
    public ReplicaSpecification tableClass(String value) {
      return set("TableClass", Value.of(value));
    }

    /** Sets {@code TableClass} to this value; see {@link #tableClass(String)}. */
    public ReplicaSpecification tableClass(Value<String> value) {
      return set("TableClass", value);
    }

    /**
     * An array of key-value pairs to apply to this replica.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
     * .
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ReplicaSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ReplicaSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Represents the DynamoDB Streams configuration for a global table replica.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ReplicaStreamSpecification}.
   */
  public static final class ReplicaStreamSpecification extends Struct<ReplicaStreamSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::DynamoDB::GlobalTable.ReplicaStreamSpecification");

    public ReplicaStreamSpecification() {
      super(SCHEMA);
    }

    /**
     * A resource-based policy document that contains the permissions for the specified stream of a
     * DynamoDB global table replica. Resource-based policies let you define access permissions by
     * specifying who has access to each resource, and the actions they are allowed to perform on
     * each resource.
     *
     * <p>In a CloudFormation template, you can provide the policy in JSON or YAML format because
     * CloudFormation converts YAML to JSON before submitting it to DynamoDB . For more information
     * about resource-based policies, see <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html">Using
     * resource-based policies for DynamoDB</a> and <a
     * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-examples.html">Resource-based
     * policy examples</a> .
     *
     * <p>You can update the <code>ResourcePolicy</code> property if you've specified more than one
     * table using the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-globaltable.html">AWS
     * ::DynamoDB::GlobalTable</a> resource.
     *
     * <p>CloudFormation property {@code ResourcePolicy}.
     */
    public ReplicaStreamSpecification resourcePolicy(Value<ResourcePolicy> value) {
      return set("ResourcePolicy", value);
    }

    /** CloudFormation property {@code Tags}. */
    public ReplicaStreamSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ReplicaStreamSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
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
   * <ul> <li>Within a resource-based policy, if the action for a DynamoDB service-linked role (SLR)
   * to replicate data for a global table is denied, adding or deleting a replica will fail with an
   * error. <li>The <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-globaltable.html">AWS
   * ::DynamoDB::GlobalTable</a> resource doesn't support creating a replica in the same stack
   * update in Regions other than the Region where you deploy the stack update. </ul>
   *
   * <p>For a full list of all considerations, see <a
   * href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-considerations.html">Resource-based
   * policy considerations</a> .
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.ResourcePolicy}.
   */
  public static final class ResourcePolicy extends Struct<ResourcePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.ResourcePolicy")
        .required("PolicyDocument")
        .constrain("PolicyDocument", Constraint.of().format("json"))
        .build();

    public ResourcePolicy() {
      super(SCHEMA);
    }

    /**
     * A resource-based policy document that contains permissions to add to the specified DynamoDB
     * table, its indexes, and stream. In a CloudFormation template, you can provide the policy in
     * JSON or YAML format because CloudFormation converts YAML to JSON before submitting it to
     * DynamoDB . For more information about resource-based policies, see <a
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
   * Represents the settings used to enable server-side encryption.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.SSESpecification}.
   */
  public static final class SSESpecification extends Struct<SSESpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.SSESpecification")
        .required("SSEEnabled")
        .allowed("SSEType", "KMS")
        .build();

    public SSESpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether server-side encryption is performed using an AWS managed key or an AWS
     * owned key. If enabled (true), server-side encryption type is set to KMS and an AWS managed
     * key is used ( AWS charges apply). If disabled (false) or not specified,server-side encryption
     * is set to an AWS owned key. If you choose to use KMS encryption, you can also use customer
     * managed KMS keys by specifying them in the <code>ReplicaSpecification.SSESpecification</code>
     * object. You cannot mix AWS managed and customer managed KMS keys.
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

  /** Property type {@code AWS::DynamoDB::GlobalTable.SearchSchemaElement}. */
  public static final class SearchSchemaElement extends Struct<SearchSchemaElement> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.SearchSchemaElement")
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
   * Represents the DynamoDB Streams configuration for a table in DynamoDB .
   *
   * <p>You can only modify this value for a <code>AWS::DynamoDB::GlobalTable</code> resource
   * configured for multi-Region eventual consistency (MREC, the default) if that resource contains
   * only one entry in <code>Replicas</code> . You must specify a value for this property for a
   * <code>AWS::DynamoDB::GlobalTable</code> resource configured for MREC with more than one entry
   * in <code>Replicas</code> . For Multi-Region Strong Consistency (MRSC), Streams are not required
   * and can be changed for existing tables.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.StreamSpecification}.
   */
  public static final class StreamSpecification extends Struct<StreamSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.StreamSpecification")
        .required("StreamViewType")
        .allowed("StreamViewType", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE")
        .build();

    public StreamSpecification() {
      super(SCHEMA);
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
  }

  /**
   * Defines a target tracking scaling policy.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.TargetTrackingScalingPolicyConfiguration}.
   */
  public static final class TargetTrackingScalingPolicyConfiguration extends Struct<TargetTrackingScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.TargetTrackingScalingPolicyConfiguration")
        .required("TargetValue")
        .constrain("ScaleInCooldown", Constraint.of().minimum(0))
        .constrain("ScaleOutCooldown", Constraint.of().minimum(0))
        .constrain("TargetValue", Constraint.of().format("double"))
        .build();

    public TargetTrackingScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether scale in by the target tracking scaling policy is disabled. The default
     * value is <code>false</code> .
     *
     * <p>CloudFormation property {@code DisableScaleIn}.
     */
    public TargetTrackingScalingPolicyConfiguration disableScaleIn(boolean value) {
      return set("DisableScaleIn", Value.of(value));
    }

    /** Sets {@code DisableScaleIn} to this value; see {@link #disableScaleIn(boolean)}. */
    public TargetTrackingScalingPolicyConfiguration disableScaleIn(Value<Boolean> value) {
      return set("DisableScaleIn", value);
    }

    /**
     * The amount of time, in seconds, after a scale-in activity completes before another scale-in
     * activity can start.
     *
     * <p>Range: at least 0. CloudFormation property {@code ScaleInCooldown}.
     */
    public TargetTrackingScalingPolicyConfiguration scaleInCooldown(int value) {
      return set("ScaleInCooldown", Value.of(value));
    }

    /** Sets {@code ScaleInCooldown} to this value; see {@link #scaleInCooldown(int)}. */
    public TargetTrackingScalingPolicyConfiguration scaleInCooldown(Value<Integer> value) {
      return set("ScaleInCooldown", value);
    }

    /**
     * The amount of time, in seconds, after a scale-out activity completes before another scale-out
     * activity can start.
     *
     * <p>Range: at least 0. CloudFormation property {@code ScaleOutCooldown}.
     */
    public TargetTrackingScalingPolicyConfiguration scaleOutCooldown(int value) {
      return set("ScaleOutCooldown", Value.of(value));
    }

    /** Sets {@code ScaleOutCooldown} to this value; see {@link #scaleOutCooldown(int)}. */
    public TargetTrackingScalingPolicyConfiguration scaleOutCooldown(Value<Integer> value) {
      return set("ScaleOutCooldown", value);
    }

    /**
     * Defines a target value for the scaling policy.
     *
     * <p>Required. Format: {@code double}. CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingScalingPolicyConfiguration targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetTrackingScalingPolicyConfiguration targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }

  /**
   * Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
   * All replicas will have the same time to live configuration.
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.TimeToLiveSpecification}.
   */
  public static final class TimeToLiveSpecification extends Struct<TimeToLiveSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.TimeToLiveSpecification")
        .required("Enabled")
        .build();

    public TimeToLiveSpecification() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute used to store the expiration time for items in the table.
     *
     * <p>Currently, you cannot directly change the attribute name used to evaluate time to live. In
     * order to do so, you must first disable time to live, and then re-enable it with the new
     * attribute name. It can take up to one hour for changes to time to live to take effect. If you
     * attempt to modify time to live within that time window, your stack operation might be
     * delayed.
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

  /** Property type {@code AWS::DynamoDB::GlobalTable.VectorAttribute}. */
  public static final class VectorAttribute extends Struct<VectorAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.VectorAttribute")
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

  /** Property type {@code AWS::DynamoDB::GlobalTable.VectorIndex}. */
  public static final class VectorIndex extends Struct<VectorIndex> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.VectorIndex")
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

    /** Required. CloudFormation property {@code Projection}. */
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
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.WarmThroughput}.
   */
  public static final class WarmThroughput extends Struct<WarmThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.WarmThroughput")
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

  /**
   * Sets the write request settings for a global table or a global secondary index. You can only
   * specify this setting if your resource uses the <code>PAY_PER_REQUEST</code>
   * <code>BillingMode</code> .
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.WriteOnDemandThroughputSettings}.
   */
  public static final class WriteOnDemandThroughputSettings extends Struct<WriteOnDemandThroughputSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DynamoDB::GlobalTable.WriteOnDemandThroughputSettings")
        .constrain("MaxWriteRequestUnits", Constraint.of().minimum(1))
        .build();

    public WriteOnDemandThroughputSettings() {
      super(SCHEMA);
    }

    /**
     * Maximum number of write request settings for the specified replica of a global table.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxWriteRequestUnits}.
     */
    public WriteOnDemandThroughputSettings maxWriteRequestUnits(int value) {
      return set("MaxWriteRequestUnits", Value.of(value));
    }

    /** Sets {@code MaxWriteRequestUnits} to this value; see {@link #maxWriteRequestUnits(int)}. */
    public WriteOnDemandThroughputSettings maxWriteRequestUnits(Value<Integer> value) {
      return set("MaxWriteRequestUnits", value);
    }
  }

  /**
   * Specifies an auto scaling policy for write capacity. This policy will be applied to all
   * replicas. This setting must be specified if <code>BillingMode</code> is set to
   * <code>PROVISIONED</code> .
   *
   * <p>Property type {@code AWS::DynamoDB::GlobalTable.WriteProvisionedThroughputSettings}.
   */
  public static final class WriteProvisionedThroughputSettings extends Struct<WriteProvisionedThroughputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::DynamoDB::GlobalTable.WriteProvisionedThroughputSettings");

    public WriteProvisionedThroughputSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies auto scaling settings for the replica table or global secondary index.
     *
     * <p>CloudFormation property {@code WriteCapacityAutoScalingSettings}.
     */
    public WriteProvisionedThroughputSettings writeCapacityAutoScalingSettings(Value<CapacityAutoScalingSettings> value) {
      return set("WriteCapacityAutoScalingSettings", value);
    }
  }
}
