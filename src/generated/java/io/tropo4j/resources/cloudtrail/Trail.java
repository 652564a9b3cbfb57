// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudtrail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * Creates a trail that specifies the settings for delivery of log data to an Amazon S3 bucket.
 *
 * <p>CloudFormation type {@code AWS::CloudTrail::Trail}.
 */
public final class Trail extends Resource<Trail> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail")
      .required("IsLogging", "S3BucketName")
      .references("CloudWatchLogsLogGroupArn", "AWS::Logs::LogGroup.Arn")
      .constrain("CloudWatchLogsRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("CloudWatchLogsRoleArn", "AWS::IAM::Role.Arn")
      .references("KMSKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Alias.Ref", "AWS::KMS::Key.Ref")
      .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
      .references("S3BucketName", "AWS::S3::Bucket.Ref")
      .constrain("S3KeyPrefix", Constraint.of().maxLength(200))
      .constrain("SnsTopicName", Constraint.of().maxLength(256))
      .references("SnsTopicName", "AWS::SNS::Topic.TopicName")
      .constrain("TrailName", Constraint.of().pattern("(^[a-zA-Z0-9]$)|(^[a-zA-Z0-9]([a-zA-Z0-9\\._-])*[a-zA-Z0-9]$)").minLength(3).maxLength(128))
      .refYields("TrailName")
      .attributes("Arn", "SnsTopicArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Trail(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the settings for advanced event selectors. You can use advanced event selectors to
   * log management events, data events for all resource types, and network activity events.
   *
   * <p>You can add advanced event selectors, and conditions for your advanced event selectors, up
   * to a maximum of 500 values for all conditions and selectors on a trail. You can use either
   * <code>AdvancedEventSelectors</code> or <code>EventSelectors</code> , but not both. If you apply
   * <code>AdvancedEventSelectors</code> to a trail, any existing <code>EventSelectors</code> are
   * overwritten. For more information about advanced event selectors, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html">Logging
   * data events</a> and <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-network-events-with-cloudtrail.html">Logging
   * network activity events</a> in the <em>AWS CloudTrail User Guide</em> .
   *
   * <p>CloudFormation property {@code AdvancedEventSelectors}.
   */
  public Trail advancedEventSelectors(List<AdvancedEventSelector> value) {
    return set("AdvancedEventSelectors", Value.listOf(value));
  }

  /**
   * Sets {@code AdvancedEventSelectors} to this value; see {@link #advancedEventSelectors(List)}.
   */
  public Trail advancedEventSelectors(Value<List<AdvancedEventSelector>> value) {
    return set("AdvancedEventSelectors", value);
  }

  /**
   * Sets {@code AdvancedEventSelectors} to a list of these; see {@link
   * #advancedEventSelectors(List)}.
   */
  public Trail advancedEventSelectors(AdvancedEventSelector... values) {
    return set("AdvancedEventSelectors", Value.list(values));
  }

  /**
   * Specifies the aggregation configuration to aggregate CloudTrail Events. A maximum of 1
   * aggregation configuration is allowed.
   *
   * <p>CloudFormation property {@code AggregationConfigurations}.
   */
  public Trail aggregationConfigurations(List<AggregationConfiguration> value) {
    return set("AggregationConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code AggregationConfigurations} to this value; see {@link
   * #aggregationConfigurations(List)}.
   */
  public Trail aggregationConfigurations(Value<List<AggregationConfiguration>> value) {
    return set("AggregationConfigurations", value);
  }

  /**
   * Sets {@code AggregationConfigurations} to a list of these; see {@link
   * #aggregationConfigurations(List)}.
   */
  public Trail aggregationConfigurations(AggregationConfiguration... values) {
    return set("AggregationConfigurations", Value.list(values));
  }

  /**
   * Specifies a log group name using an Amazon Resource Name (ARN), a unique identifier that
   * represents the log group to which CloudTrail logs are delivered. You must use a log group that
   * exists in your account.
   *
   * <p>To enable CloudWatch Logs delivery, you must provide values for
   * <code>CloudWatchLogsLogGroupArn</code> and <code>CloudWatchLogsRoleArn</code> .
   *
   * <p>If you previously enabled CloudWatch Logs delivery and want to disable CloudWatch Logs
   * delivery, you must set the values of the <code>CloudWatchLogsRoleArn</code> and
   * <code>CloudWatchLogsLogGroupArn</code> fields to <code>""</code> .
   *
   * <p>CloudFormation property {@code CloudWatchLogsLogGroupArn}.
   */
  public Trail cloudWatchLogsLogGroupArn(String value) {
    return set("CloudWatchLogsLogGroupArn", Value.of(value));
  }

  /**
   * Sets {@code CloudWatchLogsLogGroupArn} to this value; see {@link
   * #cloudWatchLogsLogGroupArn(String)}.
   */
  public Trail cloudWatchLogsLogGroupArn(Value<String> value) {
    return set("CloudWatchLogsLogGroupArn", value);
  }

  /**
   * Sets {@code CloudWatchLogsLogGroupArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
   * #cloudWatchLogsLogGroupArn(String)}.
   */
  public Trail cloudWatchLogsLogGroupArn(LogGroup resource) {
    return set("CloudWatchLogsLogGroupArn", resource.arn());
  }

  /**
   * Specifies the role for the CloudWatch Logs endpoint to assume to write to a user's log group.
   * You must use a role that exists in your account.
   *
   * <p>To enable CloudWatch Logs delivery, you must provide values for
   * <code>CloudWatchLogsLogGroupArn</code> and <code>CloudWatchLogsRoleArn</code> .
   *
   * <p>If you previously enabled CloudWatch Logs delivery and want to disable CloudWatch Logs
   * delivery, you must set the values of the <code>CloudWatchLogsRoleArn</code> and
   * <code>CloudWatchLogsLogGroupArn</code> fields to <code>""</code> .
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code CloudWatchLogsRoleArn}.
   */
  public Trail cloudWatchLogsRoleArn(String value) {
    return set("CloudWatchLogsRoleArn", Value.of(value));
  }

  /**
   * Sets {@code CloudWatchLogsRoleArn} to this value; see {@link #cloudWatchLogsRoleArn(String)}.
   */
  public Trail cloudWatchLogsRoleArn(Value<String> value) {
    return set("CloudWatchLogsRoleArn", value);
  }

  /**
   * Sets {@code CloudWatchLogsRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #cloudWatchLogsRoleArn(String)}.
   */
  public Trail cloudWatchLogsRoleArn(Role resource) {
    return set("CloudWatchLogsRoleArn", resource.arn());
  }

  /**
   * Specifies whether log file validation is enabled. The default is false.
   *
   * <p>When you disable log file integrity validation, the chain of digest files is broken after
   * one hour. CloudTrail does not create digest files for log files that were delivered during a
   * period in which log file integrity validation was disabled. For example, if you enable log file
   * integrity validation at noon on January 1, disable it at noon on January 2, and re-enable it at
   * noon on January 10, digest files will not be created for the log files delivered from noon on
   * January 2 to noon on January 10. The same applies whenever you stop CloudTrail logging or
   * delete a trail.
   *
   * <p>CloudFormation property {@code EnableLogFileValidation}.
   */
  public Trail enableLogFileValidation(boolean value) {
    return set("EnableLogFileValidation", Value.of(value));
  }

  /**
   * Sets {@code EnableLogFileValidation} to this value; see {@link
   * #enableLogFileValidation(boolean)}.
   */
  public Trail enableLogFileValidation(Value<Boolean> value) {
    return set("EnableLogFileValidation", value);
  }

  /**
   * Use event selectors to further specify the management and data event settings for your trail.
   * By default, trails created without specific event selectors will be configured to log all read
   * and write management events, and no data events. When an event occurs in your account,
   * CloudTrail evaluates the event selector for all trails. For each trail, if the event matches
   * any event selector, the trail processes and logs the event. If the event doesn't match any
   * event selector, the trail doesn't log the event.
   *
   * <p>You can configure up to five event selectors for a trail.
   *
   * <p>You cannot apply both event selectors and advanced event selectors to a trail.
   *
   * <p>CloudFormation property {@code EventSelectors}.
   */
  public Trail eventSelectors(List<EventSelector> value) {
    return set("EventSelectors", Value.listOf(value));
  }

  /** Sets {@code EventSelectors} to this value; see {@link #eventSelectors(List)}. */
  public Trail eventSelectors(Value<List<EventSelector>> value) {
    return set("EventSelectors", value);
  }

  /** Sets {@code EventSelectors} to a list of these; see {@link #eventSelectors(List)}. */
  public Trail eventSelectors(EventSelector... values) {
    return set("EventSelectors", Value.list(values));
  }

  /**
   * Specifies whether the trail is publishing events from global services such as IAM to the log
   * files.
   *
   * <p>CloudFormation property {@code IncludeGlobalServiceEvents}.
   */
  public Trail includeGlobalServiceEvents(boolean value) {
    return set("IncludeGlobalServiceEvents", Value.of(value));
  }

  /**
   * Sets {@code IncludeGlobalServiceEvents} to this value; see {@link
   * #includeGlobalServiceEvents(boolean)}.
   */
  public Trail includeGlobalServiceEvents(Value<Boolean> value) {
    return set("IncludeGlobalServiceEvents", value);
  }

  /**
   * A JSON string that contains the Insights types you want to log on a trail.
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
  public Trail insightSelectors(List<InsightSelector> value) {
    return set("InsightSelectors", Value.listOf(value));
  }

  /** Sets {@code InsightSelectors} to this value; see {@link #insightSelectors(List)}. */
  public Trail insightSelectors(Value<List<InsightSelector>> value) {
    return set("InsightSelectors", value);
  }

  /** Sets {@code InsightSelectors} to a list of these; see {@link #insightSelectors(List)}. */
  public Trail insightSelectors(InsightSelector... values) {
    return set("InsightSelectors", Value.list(values));
  }

  /**
   * Whether the CloudTrail trail is currently logging AWS API calls.
   *
   * <p>Required. CloudFormation property {@code IsLogging}.
   */
  public Trail isLogging(boolean value) {
    return set("IsLogging", Value.of(value));
  }

  /** Sets {@code IsLogging} to this value; see {@link #isLogging(boolean)}. */
  public Trail isLogging(Value<Boolean> value) {
    return set("IsLogging", value);
  }

  /**
   * Specifies whether the trail applies only to the current Region or to all Regions. The default
   * is false. If the trail exists only in the current Region and this value is set to true, shadow
   * trails (replications of the trail) will be created in the other Regions. If the trail exists in
   * all Regions and this value is set to false, the trail will remain in the Region where it was
   * created, and its shadow trails in other Regions will be deleted. As a best practice, consider
   * using trails that log events in all Regions.
   *
   * <p>CloudFormation property {@code IsMultiRegionTrail}.
   */
  public Trail isMultiRegionTrail(boolean value) {
    return set("IsMultiRegionTrail", Value.of(value));
  }

  /** Sets {@code IsMultiRegionTrail} to this value; see {@link #isMultiRegionTrail(boolean)}. */
  public Trail isMultiRegionTrail(Value<Boolean> value) {
    return set("IsMultiRegionTrail", value);
  }

  /**
   * Specifies whether the trail is applied to all accounts in an organization in AWS Organizations
   * , or only for the current AWS account . The default is false, and cannot be true unless the
   * call is made on behalf of an AWS account that is the management account for an organization in
   * AWS Organizations . If the trail is not an organization trail and this is set to
   * <code>true</code> , the trail will be created in all AWS accounts that belong to the
   * organization. If the trail is an organization trail and this is set to <code>false</code> , the
   * trail will remain in the current AWS account but be deleted from all member accounts in the
   * organization.
   *
   * <p>Only the management account for the organization can convert an organization trail to a
   * non-organization trail, or convert a non-organization trail to an organization trail.
   *
   * <p>CloudFormation property {@code IsOrganizationTrail}.
   */
  public Trail isOrganizationTrail(boolean value) {
    return set("IsOrganizationTrail", Value.of(value));
  }

  /** Sets {@code IsOrganizationTrail} to this value; see {@link #isOrganizationTrail(boolean)}. */
  public Trail isOrganizationTrail(Value<Boolean> value) {
    return set("IsOrganizationTrail", value);
  }

  /**
   * Specifies the AWS key ID to use to encrypt the logs and digest files delivered by CloudTrail.
   * The value can be an alias name prefixed by "alias/", a fully specified ARN to an alias, a fully
   * specified ARN to a key, or a globally unique identifier.
   *
   * <p>CloudTrail also supports AWS multi-Region keys. For more information about multi-Region
   * keys, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Using
   * multi-Region keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Examples:
   *
   * <ul> <li>alias/MyAliasName <li>arn:aws:kms:us-east-2:123456789012:alias/MyAliasName
   * <li>arn:aws:kms:us-east-2:123456789012:key/12345678-1234-1234-1234-123456789012
   * <li>12345678-1234-1234-1234-123456789012 </ul>
   *
   * <p>CloudFormation property {@code KMSKeyId}.
   */
  public Trail kmsKeyId(String value) {
    return set("KMSKeyId", Value.of(value));
  }

  /** Sets {@code KMSKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Trail kmsKeyId(Value<String> value) {
    return set("KMSKeyId", value);
  }

  /** Sets {@code KMSKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public Trail kmsKeyId(Key resource) {
    return set("KMSKeyId", resource.arn());
  }

  /** Sets {@code KMSKeyId} to the Ref of {@code AWS::KMS::Alias}; see {@link #kmsKeyId(String)}. */
  public Trail kmsKeyId(Alias resource) {
    return set("KMSKeyId", resource.ref());
  }

  /**
   * Specifies the name of the Amazon S3 bucket designated for publishing log files. See <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">Amazon S3
   * Bucket naming rules</a> .
   *
   * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
   * S3BucketName}.
   */
  public Trail s3BucketName(String value) {
    return set("S3BucketName", Value.of(value));
  }

  /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
  public Trail s3BucketName(Value<String> value) {
    return set("S3BucketName", value);
  }

  /**
   * Sets {@code S3BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
   * #s3BucketName(String)}.
   */
  public Trail s3BucketName(Bucket resource) {
    return set("S3BucketName", resource.ref());
  }

  /**
   * Specifies the Amazon S3 key prefix that comes after the name of the bucket you have designated
   * for log file delivery. For more information, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html#cloudtrail-find-log-files">Finding
   * Your CloudTrail Log Files</a> . The maximum length is 200 characters.
   *
   * <p>Length: at most 200 characters. CloudFormation property {@code S3KeyPrefix}.
   */
  public Trail s3KeyPrefix(String value) {
    return set("S3KeyPrefix", Value.of(value));
  }

  /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
  public Trail s3KeyPrefix(Value<String> value) {
    return set("S3KeyPrefix", value);
  }

  /**
   * Specifies the name or ARN of the Amazon SNS topic defined for notification of log file
   * delivery. The maximum length is 256 characters.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code SnsTopicName}.
   */
  public Trail snsTopicName(String value) {
    return set("SnsTopicName", Value.of(value));
  }

  /** Sets {@code SnsTopicName} to this value; see {@link #snsTopicName(String)}. */
  public Trail snsTopicName(Value<String> value) {
    return set("SnsTopicName", value);
  }

  /**
   * Sets {@code SnsTopicName} to the TopicName of {@code AWS::SNS::Topic}; see {@link
   * #snsTopicName(String)}.
   */
  public Trail snsTopicName(Topic resource) {
    return set("SnsTopicName", resource.topicName());
  }

  /**
   * A custom set of tags (key-value pairs) for this trail.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Trail tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Trail tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Trail tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the name of the trail. The name must meet the following requirements:
   *
   * <ul> <li>Contain only ASCII letters (a-z, A-Z), numbers (0-9), periods (.), underscores (_), or
   * dashes (-) <li>Start with a letter or number, and end with a letter or number <li>Be between 3
   * and 128 characters <li>Have no adjacent periods, underscores or dashes. Names like
   * <code>my-_namespace</code> and <code>my--namespace</code> are not valid. <li>Not be in IP
   * address format (for example, 192.168.5.4) </ul>
   *
   * <p>Changing it replaces the resource. Length: 3 to 128 characters. Pattern: {@code
   * (^[a-zA-Z0-9]$)|(^[a-zA-Z0-9]([a-zA-Z0-9&#92;._-])*[a-zA-Z0-9]$)}. CloudFormation property
   * {@code TrailName}.
   */
  public Trail trailName(String value) {
    return set("TrailName", Value.of(value));
  }

  /** Sets {@code TrailName} to this value; see {@link #trailName(String)}. */
  public Trail trailName(Value<String> value) {
    return set("TrailName", value);
  }

  /**
   * <code>Ref</code> returns the ARN of the CloudTrail trail, such as
   * <code>arn:aws:cloudtrail:us-east-2:123456789012:trail/myCloudTrail</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * <code>Ref</code> returns the ARN of the Amazon topic that's associated with the CloudTrail
   * trail, such as <code>arn:aws:sns:us-east-2:123456789012:mySNSTopic</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnsTopicArn}.
   */
  public Value<String> snsTopicArn() {
    return getAtt("SnsTopicArn");
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
   * <p>Property type {@code AWS::CloudTrail::Trail.AdvancedEventSelector}.
   */
  public static final class AdvancedEventSelector extends Struct<AdvancedEventSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail.AdvancedEventSelector")
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
   * <p>Property type {@code AWS::CloudTrail::Trail.AdvancedFieldSelector}.
   */
  public static final class AdvancedFieldSelector extends Struct<AdvancedFieldSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail.AdvancedFieldSelector")
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
   * An object that contains configuration settings for aggregating events.
   *
   * <p>Property type {@code AWS::CloudTrail::Trail.AggregationConfiguration}.
   */
  public static final class AggregationConfiguration extends Struct<AggregationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail.AggregationConfiguration")
        .required("EventCategory", "Templates")
        .allowed("EventCategory", "Data")
        .allowed("Templates", "API_ACTIVITY", "RESOURCE_ACCESS", "USER_ACTIONS")
        .build();

    public AggregationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the event category for which aggregation should be performed.
     *
     * <p>Required. Allowed values: {@code Data}. CloudFormation property {@code EventCategory}.
     */
    public AggregationConfiguration eventCategory(String value) {
      return set("EventCategory", Value.of(value));
    }

    /** Sets {@code EventCategory} to this value; see {@link #eventCategory(String)}. */
    public AggregationConfiguration eventCategory(Value<String> value) {
      return set("EventCategory", value);
    }

    /**
     * A list of aggregation templates that can be used to configure event aggregation.
     *
     * <p>Required. Allowed values: {@code API_ACTIVITY}, {@code RESOURCE_ACCESS}, {@code
     * USER_ACTIONS}. CloudFormation property {@code Templates}.
     */
    public AggregationConfiguration templates(List<String> value) {
      return set("Templates", Value.listOf(value));
    }

    /** Sets {@code Templates} to this value; see {@link #templates(List)}. */
    public AggregationConfiguration templates(Value<List<String>> value) {
      return set("Templates", value);
    }
  }

  /**
   * You can configure the <code>DataResource</code> in an <code>EventSelector</code> to log data
   * events for the following three resource types:
   *
   * <ul> <li><code>AWS::DynamoDB::Table</code> <li><code>AWS::Lambda::Function</code>
   * <li><code>AWS::S3::Object</code> </ul>
   *
   * <p>To log data events for all other resource types including objects stored in <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html">directory
   * buckets</a> , you must use <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedEventSelector.html">AdvancedEventSelectors</a>
   * . You must also use <code>AdvancedEventSelectors</code> if you want to filter on the
   * <code>eventName</code> field.
   *
   * <p>Configure the <code>DataResource</code> to specify the resource type and resource ARNs for
   * which you want to log data events.
   *
   * <p>The total number of allowed data resources is 250. This number can be distributed between 1
   * and 5 event selectors, but the total cannot exceed 250 across all selectors for the trail.
   *
   * <p>The following example demonstrates how logging works when you configure logging of all data
   * events for a general purpose bucket named <code>amzn-s3-demo-bucket1</code> . In this example,
   * the CloudTrail user specified an empty prefix, and the option to log both <code>Read</code> and
   * <code>Write</code> data events.
   *
   * <ul> <li>A user uploads an image file to <code>amzn-s3-demo-bucket1</code> . <li>The
   * <code>PutObject</code> API operation is an Amazon S3 object-level API. It is recorded as a data
   * event in CloudTrail. Because the CloudTrail user specified an S3 bucket with an empty prefix,
   * events that occur on any object in that bucket are logged. The trail processes and logs the
   * event. <li>A user uploads an object to an Amazon S3 bucket named
   * <code>arn:aws:s3:::amzn-s3-demo-bucket1</code> . <li>The <code>PutObject</code> API operation
   * occurred for an object in an S3 bucket that the CloudTrail user didn't specify for the trail.
   * The trail doesn’t log the event. </ul>
   *
   * <p>The following example demonstrates how logging works when you configure logging of AWS
   * Lambda data events for a Lambda function named <em>MyLambdaFunction</em> , but not for all
   * Lambda functions.
   *
   * <ul> <li>A user runs a script that includes a call to the <em>MyLambdaFunction</em> function
   * and the <em>MyOtherLambdaFunction</em> function. <li>The <code>Invoke</code> API operation on
   * <em>MyLambdaFunction</em> is an Lambda API. It is recorded as a data event in CloudTrail.
   * Because the CloudTrail user specified logging data events for <em>MyLambdaFunction</em> , any
   * invocations of that function are logged. The trail processes and logs the event. <li>The
   * <code>Invoke</code> API operation on <em>MyOtherLambdaFunction</em> is an Lambda API. Because
   * the CloudTrail user did not specify logging data events for all Lambda functions, the
   * <code>Invoke</code> operation for <em>MyOtherLambdaFunction</em> does not match the function
   * specified for the trail. The trail doesn’t log the event. </ul>
   *
   * <p>Property type {@code AWS::CloudTrail::Trail.DataResource}.
   */
  public static final class DataResource extends Struct<DataResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail.DataResource")
        .required("Type")
        .allowed("Type", "AWS::Lambda::Function", "AWS::S3::Object", "AWS::DynamoDB::Table",
            "AWS::S3Outposts::Object", "AWS::ManagedBlockchain::Node",
            "AWS::S3ObjectLambda::AccessPoint", "AWS::EC2::Snapshot", "AWS::S3::AccessPoint",
            "AWS::DynamoDB::Stream")
        .references("Values", "AWS::Lambda::Function.Arn")
        .build();

    public DataResource() {
      super(SCHEMA);
    }

    /**
     * The resource type in which you want to log data events. You can specify the following
     * <em>basic</em> event selector resource types:
     *
     * <ul> <li><code>AWS::DynamoDB::Table</code> <li><code>AWS::Lambda::Function</code>
     * <li><code>AWS::S3::Object</code> </ul>
     *
     * <p>Additional resource types are available through <em>advanced</em> event selectors. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedEventSelector.html">AdvancedEventSelector</a>
     * .
     *
     * <p>Required. Allowed values: {@code AWS::Lambda::Function}, {@code AWS::S3::Object}, {@code
     * AWS::DynamoDB::Table}, {@code AWS::S3Outposts::Object}, {@code AWS::ManagedBlockchain::Node},
     * {@code AWS::S3ObjectLambda::AccessPoint}, {@code AWS::EC2::Snapshot}, {@code
     * AWS::S3::AccessPoint}, {@code AWS::DynamoDB::Stream}. CloudFormation property {@code Type}.
     */
    public DataResource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataResource type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * An array of Amazon Resource Name (ARN) strings or partial ARN strings for the specified
     * resource type.
     *
     * <ul> <li>To log data events for all objects in all S3 buckets in your AWS account , specify
     * the prefix as <code>arn:aws:s3</code> . </ul>
     *
     * <p>This also enables logging of data event activity performed by any user or role in your AWS
     * account , even if that activity is performed on a bucket that belongs to another AWS account
     * .
     *
     * <ul> <li>To log data events for all objects in an S3 bucket, specify the bucket and an empty
     * object prefix such as <code>arn:aws:s3:::amzn-s3-demo-bucket1/</code> . The trail logs data
     * events for all objects in this S3 bucket. <li>To log data events for specific objects,
     * specify the S3 bucket and object prefix such as
     * <code>arn:aws:s3:::amzn-s3-demo-bucket1/example-images</code> . The trail logs data events
     * for objects in this S3 bucket that match the prefix. <li>To log data events for all Lambda
     * functions in your AWS account , specify the prefix as <code>arn:aws:lambda</code> . </ul>
     *
     * <p>This also enables logging of <code>Invoke</code> activity performed by any user or role in
     * your AWS account , even if that activity is performed on a function that belongs to another
     * AWS account .
     *
     * <ul> <li>To log data events for a specific Lambda function, specify the function ARN. </ul>
     *
     * <p>Lambda function ARNs are exact. For example, if you specify a function ARN
     * <em>arn:aws:lambda:us-west-2:111111111111:function:helloworld</em> , data events will only be
     * logged for <em>arn:aws:lambda:us-west-2:111111111111:function:helloworld</em> . They will not
     * be logged for <em>arn:aws:lambda:us-west-2:111111111111:function:helloworld2</em> .
     *
     * <ul> <li>To log data events for all DynamoDB tables in your AWS account , specify the prefix
     * as <code>arn:aws:dynamodb</code> . </ul>
     *
     * <p>CloudFormation property {@code Values}.
     */
    public DataResource values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public DataResource values(Value<List<String>> value) {
      return set("Values", value);
    }

    /**
     * Sets {@code Values} to the Arn of each {@code AWS::Lambda::Function}; see {@link
     * #values(List)}.
     */
    public DataResource values(Function... resources) {
      return set("Values", Value.attributes("Arn", resources));
    }
  }

  /**
   * Use event selectors to further specify the management and data event settings for your trail.
   * By default, trails created without specific event selectors will be configured to log all read
   * and write management events, and no data events. When an event occurs in your account,
   * CloudTrail evaluates the event selector for all trails. For each trail, if the event matches
   * any event selector, the trail processes and logs the event. If the event doesn't match any
   * event selector, the trail doesn't log the event.
   *
   * <p>You can configure up to five event selectors for a trail.
   *
   * <p>You cannot apply both event selectors and advanced event selectors to a trail.
   *
   * <p>Property type {@code AWS::CloudTrail::Trail.EventSelector}.
   */
  public static final class EventSelector extends Struct<EventSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail.EventSelector")
        .allowed("ReadWriteType", "All", "ReadOnly", "WriteOnly")
        .build();

    public EventSelector() {
      super(SCHEMA);
    }

    /**
     * CloudTrail supports data event logging for Amazon S3 objects in standard S3 buckets, AWS
     * Lambda functions, and Amazon DynamoDB tables with basic event selectors. You can specify up
     * to 250 resources for an individual event selector, but the total number of data resources
     * cannot exceed 250 across all event selectors in a trail. This limit does not apply if you
     * configure resource logging for all data events.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html">Data
     * Events</a> and <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html">Limits
     * in AWS CloudTrail</a> in the <em>AWS CloudTrail User Guide</em> .
     *
     * <p>To log data events for all other resource types including objects stored in <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html">directory
     * buckets</a> , you must use <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedEventSelector.html">AdvancedEventSelectors</a>
     * . You must also use <code>AdvancedEventSelectors</code> if you want to filter on the
     * <code>eventName</code> field.
     *
     * <p>CloudFormation property {@code DataResources}.
     */
    public EventSelector dataResources(List<DataResource> value) {
      return set("DataResources", Value.listOf(value));
    }

    /** Sets {@code DataResources} to this value; see {@link #dataResources(List)}. */
    public EventSelector dataResources(Value<List<DataResource>> value) {
      return set("DataResources", value);
    }

    /** Sets {@code DataResources} to a list of these; see {@link #dataResources(List)}. */
    public EventSelector dataResources(DataResource... values) {
      return set("DataResources", Value.list(values));
    }

    /**
     * An optional list of service event sources from which you do not want management events to be
     * logged on your trail. In this release, the list can be empty (disables the filter), or it can
     * filter out AWS Key Management Service or Amazon RDS Data API events by containing
     * <code>kms.amazonaws.com</code> or <code>rdsdata.amazonaws.com</code> . By default,
     * <code>ExcludeManagementEventSources</code> is empty, and AWS and Amazon RDS Data API events
     * are logged to your trail. You can exclude management event sources only in Regions that
     * support the event source.
     *
     * <p>CloudFormation property {@code ExcludeManagementEventSources}.
     */
    public EventSelector excludeManagementEventSources(List<String> value) {
      return set("ExcludeManagementEventSources", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludeManagementEventSources} to this value; see {@link
     * #excludeManagementEventSources(List)}.
     */
    public EventSelector excludeManagementEventSources(Value<List<String>> value) {
      return set("ExcludeManagementEventSources", value);
    }

    /**
     * Specify if you want your event selector to include management events for your trail.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html">Management
     * Events</a> in the <em>AWS CloudTrail User Guide</em> .
     *
     * <p>By default, the value is <code>true</code> .
     *
     * <p>The first copy of management events is free. You are charged for additional copies of
     * management events that you are logging on any subsequent trail in the same Region. For more
     * information about CloudTrail pricing, see <a
     * href="https://docs.aws.amazon.com/cloudtrail/pricing/">AWS CloudTrail Pricing</a> .
     *
     * <p>CloudFormation property {@code IncludeManagementEvents}.
     */
    public EventSelector includeManagementEvents(boolean value) {
      return set("IncludeManagementEvents", Value.of(value));
    }

    /**
     * Sets {@code IncludeManagementEvents} to this value; see {@link
     * #includeManagementEvents(boolean)}.
     */
    public EventSelector includeManagementEvents(Value<Boolean> value) {
      return set("IncludeManagementEvents", value);
    }

    /**
     * Specify if you want your trail to log read-only events, write-only events, or all. For
     * example, the EC2 <code>GetConsoleOutput</code> is a read-only API operation and
     * <code>RunInstances</code> is a write-only API operation.
     *
     * <p>By default, the value is <code>All</code> .
     *
     * <p>Allowed values: {@code All}, {@code ReadOnly}, {@code WriteOnly}. CloudFormation property
     * {@code ReadWriteType}.
     */
    public EventSelector readWriteType(String value) {
      return set("ReadWriteType", Value.of(value));
    }

    /** Sets {@code ReadWriteType} to this value; see {@link #readWriteType(String)}. */
    public EventSelector readWriteType(Value<String> value) {
      return set("ReadWriteType", value);
    }
  }

  /**
   * A JSON string that contains a list of Insights types that are logged on a trail.
   *
   * <p>Property type {@code AWS::CloudTrail::Trail.InsightSelector}.
   */
  public static final class InsightSelector extends Struct<InsightSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Trail.InsightSelector")
        .allowed("EventCategories", "Management", "Data")
        .allowed("InsightType", "ApiCallRateInsight", "ApiErrorRateInsight")
        .build();

    public InsightSelector() {
      super(SCHEMA);
    }

    /**
     * Select the event category on which Insights should be enabled.
     *
     * <ul> <li>If EventCategories is not provided, the specified Insights types are enabled on
     * management API calls by default. <li>If EventCategories is provided, the given event
     * categories will overwrite the existing ones. For example, if a trail already has Insights
     * enabled on management events, and then a PutInsightSelectors request is made with only data
     * events specified in EventCategories, Insights on management events will be disabled. </ul>
     *
     * <p>Allowed values: {@code Management}, {@code Data}. CloudFormation property {@code
     * EventCategories}.
     */
    public InsightSelector eventCategories(List<String> value) {
      return set("EventCategories", Value.listOf(value));
    }

    /** Sets {@code EventCategories} to this value; see {@link #eventCategories(List)}. */
    public InsightSelector eventCategories(Value<List<String>> value) {
      return set("EventCategories", value);
    }

    /**
     * The type of Insights events to log on a trail. <code>ApiCallRateInsight</code> and
     * <code>ApiErrorRateInsight</code> are valid Insight types.
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
