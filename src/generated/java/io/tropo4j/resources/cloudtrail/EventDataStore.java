// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudtrail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new event data store.
 *
 * <p>CloudFormation type {@code AWS::CloudTrail::EventDataStore}.
 */
public final class EventDataStore extends Resource<EventDataStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::EventDataStore")
      .allowed("BillingMode", "EXTENDABLE_RETENTION_PRICING", "FIXED_RETENTION_PRICING")
      .constrain("FederationRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("InsightsDestination", Constraint.of().pattern("^[a-zA-Z0-9._/\\-:]+$").minLength(3).maxLength(256))
      .allowed("MaxEventSize", "Standard", "Large")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9._\\-]+$").minLength(3).maxLength(128))
      .constrain("RetentionPeriod", Constraint.of().minimum(7).maximum(3653))
      .refYields("EventDataStoreArn")
      .attributes("CreatedTimestamp", "EventDataStoreArn", "Status", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventDataStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The advanced event selectors to use to select the events for the data store. You can configure
   * up to five advanced event selectors for each event data store.
   *
   * <p>For more information about how to use advanced event selectors to log CloudTrail events, see
   * <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html#creating-data-event-selectors-advanced">Log
   * events by using advanced event selectors</a> in the CloudTrail User Guide.
   *
   * <p>For more information about how to use advanced event selectors to include AWS Config
   * configuration items in your event data store, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/lake-eds-cli.html#lake-cli-create-eds-config">Create
   * an event data store for AWS Config configuration items</a> in the CloudTrail User Guide.
   *
   * <p>For more information about how to use advanced event selectors to include events outside of
   * AWS events in your event data store, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/lake-integrations-cli.html#lake-cli-create-integration">Create
   * an integration to log events from outside AWS</a> in the CloudTrail User Guide.
   *
   * <p>CloudFormation property {@code AdvancedEventSelectors}.
   */
  public EventDataStore advancedEventSelectors(List<AdvancedEventSelector> value) {
    return set("AdvancedEventSelectors", Value.listOf(value));
  }

  /**
   * Sets {@code AdvancedEventSelectors} to this value; see {@link #advancedEventSelectors(List)}.
   */
  public EventDataStore advancedEventSelectors(Value<List<AdvancedEventSelector>> value) {
    return set("AdvancedEventSelectors", value);
  }

  /**
   * Sets {@code AdvancedEventSelectors} to a list of these; see {@link
   * #advancedEventSelectors(List)}.
   */
  public EventDataStore advancedEventSelectors(AdvancedEventSelector... values) {
    return set("AdvancedEventSelectors", Value.list(values));
  }

  /**
   * The billing mode for the event data store determines the cost for ingesting events and the
   * default and maximum retention period for the event data store.
   *
   * <p>The following are the possible values:
   *
   * <ul> <li><code>EXTENDABLE_RETENTION_PRICING</code> - This billing mode is generally recommended
   * if you want a flexible retention period of up to 3653 days (about 10 years). The default
   * retention period for this billing mode is 366 days. <li><code>FIXED_RETENTION_PRICING</code> -
   * This billing mode is recommended if you expect to ingest more than 25 TB of event data per
   * month and need a retention period of up to 2557 days (about 7 years). The default retention
   * period for this billing mode is 2557 days. </ul>
   *
   * <p>The default value is <code>EXTENDABLE_RETENTION_PRICING</code> .
   *
   * <p>For more information about CloudTrail pricing, see <a
   * href="https://docs.aws.amazon.com/cloudtrail/pricing/">AWS CloudTrail Pricing</a> and <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-lake-manage-costs.html">Managing
   * CloudTrail Lake costs</a> .
   *
   * <p>Allowed values: {@code EXTENDABLE_RETENTION_PRICING}, {@code FIXED_RETENTION_PRICING}.
   * CloudFormation property {@code BillingMode}.
   */
  public EventDataStore billingMode(String value) {
    return set("BillingMode", Value.of(value));
  }

  /** Sets {@code BillingMode} to this value; see {@link #billingMode(String)}. */
  public EventDataStore billingMode(Value<String> value) {
    return set("BillingMode", value);
  }

  /**
   * The list of context key selectors that are configured for the event data store.
   *
   * <p>CloudFormation property {@code ContextKeySelectors}.
   */
  public EventDataStore contextKeySelectors(List<ContextKeySelector> value) {
    return set("ContextKeySelectors", Value.listOf(value));
  }

  /** Sets {@code ContextKeySelectors} to this value; see {@link #contextKeySelectors(List)}. */
  public EventDataStore contextKeySelectors(Value<List<ContextKeySelector>> value) {
    return set("ContextKeySelectors", value);
  }

  /**
   * Sets {@code ContextKeySelectors} to a list of these; see {@link #contextKeySelectors(List)}.
   */
  public EventDataStore contextKeySelectors(ContextKeySelector... values) {
    return set("ContextKeySelectors", Value.list(values));
  }

  /**
   * Indicates if <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-federation.html">Lake
   * query federation</a> is enabled. By default, Lake query federation is disabled. You cannot
   * delete an event data store if Lake query federation is enabled.
   *
   * <p>CloudFormation property {@code FederationEnabled}.
   */
  public EventDataStore federationEnabled(boolean value) {
    return set("FederationEnabled", Value.of(value));
  }

  /** Sets {@code FederationEnabled} to this value; see {@link #federationEnabled(boolean)}. */
  public EventDataStore federationEnabled(Value<Boolean> value) {
    return set("FederationEnabled", value);
  }

  /**
   * If Lake query federation is enabled, provides the ARN of the federation role used to access the
   * resources for the federated event data store.
   *
   * <p>The federation role must exist in your account and provide the <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-federation.html#query-federation-permissions-role">required
   * minimum permissions</a> .
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code FederationRoleArn}.
   */
  public EventDataStore federationRoleArn(String value) {
    return set("FederationRoleArn", Value.of(value));
  }

  /** Sets {@code FederationRoleArn} to this value; see {@link #federationRoleArn(String)}. */
  public EventDataStore federationRoleArn(Value<String> value) {
    return set("FederationRoleArn", value);
  }

  /**
   * Specifies whether the event data store should start ingesting live events. The default is true.
   *
   * <p>CloudFormation property {@code IngestionEnabled}.
   */
  public EventDataStore ingestionEnabled(boolean value) {
    return set("IngestionEnabled", Value.of(value));
  }

  /** Sets {@code IngestionEnabled} to this value; see {@link #ingestionEnabled(boolean)}. */
  public EventDataStore ingestionEnabled(Value<Boolean> value) {
    return set("IngestionEnabled", value);
  }

  /**
   * A JSON string that contains the Insights types you want to log on an event data store.
   * <code>ApiCallRateInsight</code> and <code>ApiErrorRateInsight</code> are valid Insight types.
   *
   * <p>The <code>ApiCallRateInsight</code> Insights type analyzes write-only management API calls
   * that are aggregated per minute against a baseline API call volume.
   *
   * <p>The <code>ApiErrorRateInsight</code> Insights type analyzes management API calls that result
   * in error codes. The error is shown if the API call is unsuccessful.
   *
   * <p>CloudFormation property {@code InsightSelectors}.
   */
  public EventDataStore insightSelectors(List<InsightSelector> value) {
    return set("InsightSelectors", Value.listOf(value));
  }

  /** Sets {@code InsightSelectors} to this value; see {@link #insightSelectors(List)}. */
  public EventDataStore insightSelectors(Value<List<InsightSelector>> value) {
    return set("InsightSelectors", value);
  }

  /** Sets {@code InsightSelectors} to a list of these; see {@link #insightSelectors(List)}. */
  public EventDataStore insightSelectors(InsightSelector... values) {
    return set("InsightSelectors", Value.list(values));
  }

  /**
   * The ARN (or ID suffix of the ARN) of the destination event data store that logs Insights
   * events. For more information, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-event-data-store-insights.html">Create
   * an event data store for CloudTrail Insights events</a> .
   *
   * <p>Length: 3 to 256 characters. Pattern: {@code ^[a-zA-Z0-9._/&#92;-:]+$}. CloudFormation
   * property {@code InsightsDestination}.
   */
  public EventDataStore insightsDestination(String value) {
    return set("InsightsDestination", Value.of(value));
  }

  /** Sets {@code InsightsDestination} to this value; see {@link #insightsDestination(String)}. */
  public EventDataStore insightsDestination(Value<String> value) {
    return set("InsightsDestination", value);
  }

  /**
   * Specifies the AWS key ID to use to encrypt the events delivered by CloudTrail. The value can be
   * an alias name prefixed by <code>alias/</code> , a fully specified ARN to an alias, a fully
   * specified ARN to a key, or a globally unique identifier.
   *
   * <p>Disabling or deleting the KMS key, or removing CloudTrail permissions on the key, prevents
   * CloudTrail from logging events to the event data store, and prevents users from querying the
   * data in the event data store that was encrypted with the key. After you associate an event data
   * store with a KMS key, the KMS key cannot be removed or changed. Before you disable or delete a
   * KMS key that you are using with an event data store, delete or back up your event data store.
   *
   * <p>CloudTrail also supports AWS multi-Region keys. For more information about multi-Region
   * keys, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Using
   * multi-Region keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Examples:
   *
   * <ul> <li><code>alias/MyAliasName</code>
   * <li><code>arn:aws:kms:us-east-2:123456789012:alias/MyAliasName</code>
   * <li><code>arn:aws:kms:us-east-2:123456789012:key/12345678-1234-1234-1234-123456789012</code>
   * <li><code>12345678-1234-1234-1234-123456789012</code> </ul>
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public EventDataStore kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public EventDataStore kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The maximum allowed size for events to be stored in the specified event data store. If you are
   * using context key selectors, MaxEventSize must be set to Large.
   *
   * <p>Allowed values: {@code Standard}, {@code Large}. CloudFormation property {@code
   * MaxEventSize}.
   */
  public EventDataStore maxEventSize(String value) {
    return set("MaxEventSize", Value.of(value));
  }

  /** Sets {@code MaxEventSize} to this value; see {@link #maxEventSize(String)}. */
  public EventDataStore maxEventSize(Value<String> value) {
    return set("MaxEventSize", value);
  }

  /**
   * Specifies whether the event data store includes events from all Regions, or only from the
   * Region in which the event data store is created.
   *
   * <p>CloudFormation property {@code MultiRegionEnabled}.
   */
  public EventDataStore multiRegionEnabled(boolean value) {
    return set("MultiRegionEnabled", Value.of(value));
  }

  /** Sets {@code MultiRegionEnabled} to this value; see {@link #multiRegionEnabled(boolean)}. */
  public EventDataStore multiRegionEnabled(Value<Boolean> value) {
    return set("MultiRegionEnabled", value);
  }

  /**
   * The name of the event data store.
   *
   * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9._&#92;-]+$}. CloudFormation
   * property {@code Name}.
   */
  public EventDataStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventDataStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies whether an event data store collects events logged for an organization in AWS
   * Organizations .
   *
   * <p>CloudFormation property {@code OrganizationEnabled}.
   */
  public EventDataStore organizationEnabled(boolean value) {
    return set("OrganizationEnabled", Value.of(value));
  }

  /** Sets {@code OrganizationEnabled} to this value; see {@link #organizationEnabled(boolean)}. */
  public EventDataStore organizationEnabled(Value<Boolean> value) {
    return set("OrganizationEnabled", value);
  }

  /**
   * The retention period of the event data store, in days. If <code>BillingMode</code> is set to
   * <code>EXTENDABLE_RETENTION_PRICING</code> , you can set a retention period of up to 3653 days,
   * the equivalent of 10 years. If <code>BillingMode</code> is set to
   * <code>FIXED_RETENTION_PRICING</code> , you can set a retention period of up to 2557 days, the
   * equivalent of seven years.
   *
   * <p>CloudTrail Lake determines whether to retain an event by checking if the
   * <code>eventTime</code> of the event is within the specified retention period. For example, if
   * you set a retention period of 90 days, CloudTrail will remove events when the
   * <code>eventTime</code> is older than 90 days.
   *
   * <p>If you plan to copy trail events to this event data store, we recommend that you consider
   * both the age of the events that you want to copy as well as how long you want to keep the
   * copied events in your event data store. For example, if you copy trail events that are 5 years
   * old and specify a retention period of 7 years, the event data store will retain those events
   * for two years.
   *
   * <p>Range: 7 to 3653. CloudFormation property {@code RetentionPeriod}.
   */
  public EventDataStore retentionPeriod(int value) {
    return set("RetentionPeriod", Value.of(value));
  }

  /** Sets {@code RetentionPeriod} to this value; see {@link #retentionPeriod(int)}. */
  public EventDataStore retentionPeriod(Value<Integer> value) {
    return set("RetentionPeriod", value);
  }

  /**
   * A list of tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventDataStore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventDataStore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventDataStore tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies whether termination protection is enabled for the event data store. If termination
   * protection is enabled, you cannot delete the event data store until termination protection is
   * disabled.
   *
   * <p>CloudFormation property {@code TerminationProtectionEnabled}.
   */
  public EventDataStore terminationProtectionEnabled(boolean value) {
    return set("TerminationProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code TerminationProtectionEnabled} to this value; see {@link
   * #terminationProtectionEnabled(boolean)}.
   */
  public EventDataStore terminationProtectionEnabled(Value<Boolean> value) {
    return set("TerminationProtectionEnabled", value);
  }

  /**
   * <code>Ref</code> returns the time stamp of the creation of the event data store, such as
   * <code>1248496624</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * <code>Ref</code> returns the ARN of the CloudTrail event data store, such as
   * <code>arn:aws:cloudtrail:us-east-1:12345678910:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventDataStoreArn}.
   */
  public Value<String> eventDataStoreArn() {
    return getAtt("EventDataStoreArn");
  }

  /**
   * <code>Ref</code> returns the status of the event data store, such as <code>ENABLED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * <code>Ref</code> returns the time stamp that updates were made to an event data store, such as
   * <code>1598296624</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedTimestamp}.
   */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * Advanced event selectors let you create fine-grained selectors for AWS CloudTrail management,
   * data, and network activity events. They help you control costs by logging only those events
   * that are important to you. For more information about configuring advanced event selectors, see
   * the <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html">Logging
   * data events</a> , <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-network-events-with-cloudtrail.html">Logging
   * network activity events</a> , and <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html">Logging
   * management events</a> topics in the <em>AWS CloudTrail User Guide</em> .
   *
   * <p>You cannot apply both event selectors and advanced event selectors to a trail.
   *
   * <p><em>Supported CloudTrail event record fields for management events</em>
   *
   * <ul> <li><code>eventCategory</code> (required) <li><code>eventSource</code>
   * <li><code>readOnly</code> </ul>
   *
   * <p>The following additional fields are available for event data stores:
   *
   * <ul> <li><code>eventName</code> <li><code>eventType</code>
   * <li><code>sessionCredentialFromConsole</code> <li><code>userIdentity.arn</code> </ul>
   *
   * <p><em>Supported CloudTrail event record fields for data events</em>
   *
   * <ul> <li><code>eventCategory</code> (required) <li><code>eventName</code>
   * <li><code>eventSource</code> <li><code>eventType</code> <li><code>resources.ARN</code>
   * <li><code>resources.type</code> (required) <li><code>readOnly</code>
   * <li><code>sessionCredentialFromConsole</code> <li><code>userIdentity.arn</code> </ul>
   *
   * <p><em>Supported CloudTrail event record fields for network activity events</em>
   *
   * <ul> <li><code>eventCategory</code> (required) <li><code>eventSource</code> (required)
   * <li><code>eventName</code> <li><code>errorCode</code> - The only valid value for
   * <code>errorCode</code> is <code>VpceAccessDenied</code> . <li><code>vpcEndpointId</code> </ul>
   *
   * <p>For event data stores for CloudTrail Insights events, AWS Config configuration items, Audit
   * Manager evidence, or events outside of AWS , the only supported field is
   * <code>eventCategory</code> .
   *
   * <p>Property type {@code AWS::CloudTrail::EventDataStore.AdvancedEventSelector}.
   */
  public static final class AdvancedEventSelector extends Struct<AdvancedEventSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::EventDataStore.AdvancedEventSelector")
        .required("FieldSelectors")
        .constrain("Name", Constraint.of().minLength(1).maxLength(1000))
        .build();

    public AdvancedEventSelector() {
      super(SCHEMA);
    }

    /**
     * Contains all selector statements in an advanced event selector.
     *
     * <p>Required. CloudFormation property {@code FieldSelectors}.
     */
    public AdvancedEventSelector fieldSelectors(List<AdvancedFieldSelector> value) {
      return set("FieldSelectors", Value.listOf(value));
    }

    /** Sets {@code FieldSelectors} to this value; see {@link #fieldSelectors(List)}. */
    public AdvancedEventSelector fieldSelectors(Value<List<AdvancedFieldSelector>> value) {
      return set("FieldSelectors", value);
    }

    /** Sets {@code FieldSelectors} to a list of these; see {@link #fieldSelectors(List)}. */
    public AdvancedEventSelector fieldSelectors(AdvancedFieldSelector... values) {
      return set("FieldSelectors", Value.list(values));
    }

    /**
     * An optional, descriptive name for an advanced event selector, such as "Log data events for
     * only two S3 buckets".
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Name}.
     */
    public AdvancedEventSelector name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AdvancedEventSelector name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A single selector statement in an advanced event selector.
   *
   * <p>Property type {@code AWS::CloudTrail::EventDataStore.AdvancedFieldSelector}.
   */
  public static final class AdvancedFieldSelector extends Struct<AdvancedFieldSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::EventDataStore.AdvancedFieldSelector")
        .required("Field")
        .constrain("EndsWith", Constraint.of().pattern("(.+)").minLength(1).maxLength(2048))
        .constrain("Equals", Constraint.of().pattern("(.+)").minLength(1).maxLength(2048))
        .constrain("Field", Constraint.of().pattern("([\\w|\\d|\\.|_]+)").minLength(1).maxLength(1000))
        .constrain("NotEndsWith", Constraint.of().pattern("(.+)").minLength(1).maxLength(2048))
        .constrain("NotEquals", Constraint.of().pattern("(.+)").minLength(1).maxLength(2048))
        .constrain("NotStartsWith", Constraint.of().pattern("(.+)").minLength(1).maxLength(2048))
        .constrain("StartsWith", Constraint.of().pattern("(.+)").minLength(1).maxLength(2048))
        .build();

    public AdvancedFieldSelector() {
      super(SCHEMA);
    }

    /**
     * An operator that includes events that match the last few characters of the event record field
     * specified as the value of <code>Field</code> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code (.+)}. CloudFormation property {@code
     * EndsWith}.
     */
    public AdvancedFieldSelector endsWith(List<String> value) {
      return set("EndsWith", Value.listOf(value));
    }

    /** Sets {@code EndsWith} to this value; see {@link #endsWith(List)}. */
    public AdvancedFieldSelector endsWith(Value<List<String>> value) {
      return set("EndsWith", value);
    }

    /**
     * An operator that includes events that match the exact value of the event record field
     * specified as the value of <code>Field</code> . This is the only valid operator that you can
     * use with the <code>readOnly</code> , <code>eventCategory</code> , and
     * <code>resources.type</code> fields.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code (.+)}. CloudFormation property {@code
     * Equals}.
     */
    public AdvancedFieldSelector equalsProperty(List<String> value) {
      return set("Equals", Value.listOf(value));
    }

    /** Sets {@code Equals} to this value; see {@link #equalsProperty(List)}. */
    public AdvancedFieldSelector equalsProperty(Value<List<String>> value) {
      return set("Equals", value);
    }

    /**
     * A field in a CloudTrail event record on which to filter events to be logged. For event data
     * stores for CloudTrail Insights events, AWS Config configuration items, Audit Manager
     * evidence, or events outside of AWS , the field is used only for selecting events as filtering
     * is not supported.
     *
     * <p>For CloudTrail management events, supported fields include <code>eventCategory</code>
     * (required), <code>eventSource</code> , and <code>readOnly</code> . The following additional
     * fields are available for event data stores: <code>eventName</code> , <code>eventType</code> ,
     * <code>sessionCredentialFromConsole</code> , and <code>userIdentity.arn</code> .
     *
     * <p>For CloudTrail data events, supported fields include <code>eventCategory</code>
     * (required), <code>eventName</code> , <code>eventSource</code> , <code>eventType</code> ,
     * <code>resources.type</code> (required), <code>readOnly</code> , <code>resources.ARN</code> ,
     * <code>sessionCredentialFromConsole</code> , and <code>userIdentity.arn</code> .
     *
     * <p>For CloudTrail network activity events, supported fields include
     * <code>eventCategory</code> (required), <code>eventSource</code> (required),
     * <code>eventName</code> , <code>errorCode</code> , and <code>vpcEndpointId</code> .
     *
     * <p>For event data stores for CloudTrail Insights events, AWS Config configuration items,
     * Audit Manager evidence, or events outside of AWS , the only supported field is
     * <code>eventCategory</code> .
     *
     * <p>Selectors don't support the use of wildcards like <code>*</code> . To match multiple
     * values with a single condition, you may use <code>StartsWith</code> , <code>EndsWith</code> ,
     * <code>NotStartsWith</code> , or <code>NotEndsWith</code> to explicitly match the beginning or
     * end of the event field.
     *
     * <ul> <li><em><code>readOnly</code></em> - This is an optional field that is only used for
     * management events and data events. This field can be set to <code>Equals</code> with a value
     * of <code>true</code> or <code>false</code> . If you do not add this field, CloudTrail logs
     * both <code>read</code> and <code>write</code> events. A value of <code>true</code> logs only
     * <code>read</code> events. A value of <code>false</code> logs only <code>write</code> events.
     * <li><em><code>eventSource</code></em> - This field is only used for management events, data
     * events, and network activity events. </ul>
     *
     * <p>For management events for trails, this is an optional field that can be set to
     * <code>NotEquals</code> <code>kms.amazonaws.com</code> to exclude KMS management events, or
     * <code>NotEquals</code> <code>rdsdata.amazonaws.com</code> to exclude RDS management events.
     *
     * <p>For data events for trails, this is an optional field that you can use to include or
     * exclude any event source and can use any operator.
     *
     * <p>For management and data events for event data stores, this is an optional field that you
     * can use to include or exclude any event source and can use any operator.
     *
     * <p>For network activity events, this is a required field that only uses the
     * <code>Equals</code> operator. Set this field to the event source for which you want to log
     * network activity events. If you want to log network activity events for multiple event
     * sources, you must create a separate field selector for each event source. For a list of
     * services supporting network activity events, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-network-events-with-cloudtrail.html">Logging
     * network activity events</a> in the <em>AWS CloudTrail User Guide</em> .
     *
     * <ul> <li><em><code>eventName</code></em> - This is an optional field that is only used for
     * data events, management events (for event data stores only), and network activity events. You
     * can use any operator with <code>eventName</code> . You can use it to ﬁlter in or ﬁlter out
     * specific events. You can have multiple values for this ﬁeld, separated by commas.
     * <li><em><code>eventCategory</code></em> - This field is required and must be set to
     * <code>Equals</code> . </ul>
     *
     * <ul> <li>For CloudTrail management events, the value must be <code>Management</code> .
     * <li>For CloudTrail data events, the value must be <code>Data</code> . <li>For CloudTrail
     * network activity events, the value must be <code>NetworkActivity</code> . </ul>
     *
     * <p>The following are used only for event data stores:
     *
     * <ul> <li>For CloudTrail Insights events, the value must be <code>Insight</code> . <li>For AWS
     * Config configuration items, the value must be <code>ConfigurationItem</code> . <li>For Audit
     * Manager evidence, the value must be <code>Evidence</code> . <li>For events outside of AWS ,
     * the value must be <code>ActivityAuditLog</code> . <li><em><code>eventType</code></em> - For
     * event data stores, this is an optional field available for event data stores to filter
     * management and data events on the event type. For trails, this is an optional field to filter
     * data events on the event type. For information about available event types, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html#ct-event-type">CloudTrail
     * record contents</a> in the <em>AWS CloudTrail user guide</em> .
     * <li><em><code>errorCode</code></em> - This ﬁeld is only used to filter CloudTrail network
     * activity events and is optional. This is the error code to filter on. Currently, the only
     * valid <code>errorCode</code> is <code>VpceAccessDenied</code> . <code>errorCode</code> can
     * only use the <code>Equals</code> operator.
     * <li><em><code>sessionCredentialFromConsole</code></em> - For event data stores, this is an
     * optional field used to filter management and data events based on whether the events
     * originated from an AWS Management Console session. For trails, this is an optional field used
     * to filter data events. <code>sessionCredentialFromConsole</code> can only use the
     * <code>Equals</code> and <code>NotEquals</code> operators.
     * <li><em><code>resources.type</code></em> - This ﬁeld is required for CloudTrail data events.
     * <code>resources.type</code> can only use the <code>Equals</code> operator. </ul>
     *
     * <p>For a list of available resource types for data events, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html#logging-data-events">Data
     * events</a> in the <em>AWS CloudTrail User Guide</em> .
     *
     * <p>You can have only one <code>resources.type</code> ﬁeld per selector. To log events on more
     * than one resource type, add another selector.
     *
     * <ul> <li><em><code>resources.ARN</code></em> - The <code>resources.ARN</code> is an optional
     * field for data events. You can use any operator with <code>resources.ARN</code> , but if you
     * use <code>Equals</code> or <code>NotEquals</code> , the value must exactly match the ARN of a
     * valid resource of the type you've speciﬁed in the template as the value of resources.type. To
     * log all data events for all objects in a specific S3 bucket, use the <code>StartsWith</code>
     * operator, and include only the bucket ARN as the matching value. </ul>
     *
     * <p>For more information about the ARN formats of data event resources, see <a
     * href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Actions,
     * resources, and condition keys for AWS services</a> in the <em>Service Authorization
     * Reference</em> .
     *
     * <p>You can't use the <code>resources.ARN</code> field to filter resource types that do not
     * have ARNs.
     *
     * <ul> <li><em><code>userIdentity.arn</code></em> - For event data stores, this is an optional
     * field used to filter management and data events for actions taken by specific IAM identities.
     * For trails, this is an optional field used to filter data events. You can use any operator
     * with <code>userIdentity.arn</code> . For more information on the userIdentity element, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html">CloudTrail
     * userIdentity element</a> in the <em>AWS CloudTrail User Guide</em> .
     * <li><em><code>vpcEndpointId</code></em> - This ﬁeld is only used to filter CloudTrail network
     * activity events and is optional. This field identifies the VPC endpoint that the request
     * passed through. You can use any operator with <code>vpcEndpointId</code> . </ul>
     *
     * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ([&#92;w|&#92;d|&#92;.|_]+)}.
     * CloudFormation property {@code Field}.
     */
    public AdvancedFieldSelector field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public AdvancedFieldSelector field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * An operator that excludes events that match the last few characters of the event record field
     * specified as the value of <code>Field</code> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code (.+)}. CloudFormation property {@code
     * NotEndsWith}.
     */
    public AdvancedFieldSelector notEndsWith(List<String> value) {
      return set("NotEndsWith", Value.listOf(value));
    }

    /** Sets {@code NotEndsWith} to this value; see {@link #notEndsWith(List)}. */
    public AdvancedFieldSelector notEndsWith(Value<List<String>> value) {
      return set("NotEndsWith", value);
    }

    /**
     * An operator that excludes events that match the exact value of the event record field
     * specified as the value of <code>Field</code> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code (.+)}. CloudFormation property {@code
     * NotEquals}.
     */
    public AdvancedFieldSelector notEquals(List<String> value) {
      return set("NotEquals", Value.listOf(value));
    }

    /** Sets {@code NotEquals} to this value; see {@link #notEquals(List)}. */
    public AdvancedFieldSelector notEquals(Value<List<String>> value) {
      return set("NotEquals", value);
    }

    /**
     * An operator that excludes events that match the first few characters of the event record
     * field specified as the value of <code>Field</code> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code (.+)}. CloudFormation property {@code
     * NotStartsWith}.
     */
    public AdvancedFieldSelector notStartsWith(List<String> value) {
      return set("NotStartsWith", Value.listOf(value));
    }

    /** Sets {@code NotStartsWith} to this value; see {@link #notStartsWith(List)}. */
    public AdvancedFieldSelector notStartsWith(Value<List<String>> value) {
      return set("NotStartsWith", value);
    }

    /**
     * An operator that includes events that match the first few characters of the event record
     * field specified as the value of <code>Field</code> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code (.+)}. CloudFormation property {@code
     * StartsWith}.
     */
    public AdvancedFieldSelector startsWith(List<String> value) {
      return set("StartsWith", Value.listOf(value));
    }

    /** Sets {@code StartsWith} to this value; see {@link #startsWith(List)}. */
    public AdvancedFieldSelector startsWith(Value<List<String>> value) {
      return set("StartsWith", value);
    }
  }

  /**
   * An object that contains information types to be included in CloudTrail enriched events.
   *
   * <p>Property type {@code AWS::CloudTrail::EventDataStore.ContextKeySelector}.
   */
  public static final class ContextKeySelector extends Struct<ContextKeySelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::EventDataStore.ContextKeySelector")
        .required("Equals", "Type")
        .constrain("Equals", Constraint.of().pattern("(.+)").minLength(1).maxLength(128))
        .allowed("Type", "RequestContext", "TagContext")
        .build();

    public ContextKeySelector() {
      super(SCHEMA);
    }

    /**
     * A list of keys defined by Type to be included in CloudTrail enriched events.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code (.+)}. CloudFormation property
     * {@code Equals}.
     */
    public ContextKeySelector equalsProperty(List<String> value) {
      return set("Equals", Value.listOf(value));
    }

    /** Sets {@code Equals} to this value; see {@link #equalsProperty(List)}. */
    public ContextKeySelector equalsProperty(Value<List<String>> value) {
      return set("Equals", value);
    }

    /**
     * Specifies the type of the event record field in ContextKeySelector. Valid values include
     * RequestContext, TagContext.
     *
     * <p>Required. Allowed values: {@code RequestContext}, {@code TagContext}. CloudFormation
     * property {@code Type}.
     */
    public ContextKeySelector type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContextKeySelector type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A JSON string that contains a list of Insights types that are logged on an event data store.
   *
   * <p>Property type {@code AWS::CloudTrail::EventDataStore.InsightSelector}.
   */
  public static final class InsightSelector extends Struct<InsightSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::EventDataStore.InsightSelector")
        .allowed("InsightType", "ApiCallRateInsight", "ApiErrorRateInsight")
        .build();

    public InsightSelector() {
      super(SCHEMA);
    }

    /**
     * The type of Insights events to log on an event data store. <code>ApiCallRateInsight</code>
     * and <code>ApiErrorRateInsight</code> are valid Insight types.
     *
     * <p>The <code>ApiCallRateInsight</code> Insights type analyzes write-only management API calls
     * that are aggregated per minute against a baseline API call volume.
     *
     * <p>The <code>ApiErrorRateInsight</code> Insights type analyzes management API calls that
     * result in error codes. The error is shown if the API call is unsuccessful.
     *
     * <p>Allowed values: {@code ApiCallRateInsight}, {@code ApiErrorRateInsight}. CloudFormation
     * property {@code InsightType}.
     */
    public InsightSelector insightType(String value) {
      return set("InsightType", Value.of(value));
    }

    /** Sets {@code InsightType} to this value; see {@link #insightType(String)}. */
    public InsightSelector insightType(Value<String> value) {
      return set("InsightType", value);
    }
  }
}
