// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * The <code>AWS::Logs::LogGroup</code> resource specifies a log group. A log group defines common
 * properties for log streams, such as their retention and access control rules. Each log stream
 * must belong to one log group.
 *
 * <p>You can create up to 1,000,000 log groups per Region per account. You must use the following
 * guidelines when naming a log group:
 *
 * <ul> <li>Log group names must be unique within a Region for an AWS account. <li>Log group names
 * can be between 1 and 512 characters long. <li>Log group names consist of the following
 * characters: a-z, A-Z, 0-9, '_' (underscore), '-' (hyphen), '/' (forward slash), and '.' (period).
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::Logs::LogGroup}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class LogGroup extends Resource<LogGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::LogGroup")
      .constrain("DataProtectionPolicy", Constraint.of().format("json"))
      .references("KmsKeyId", "AWS::KMS::Key.Arn")
      .allowed("LogGroupClass", "STANDARD", "INFREQUENT_ACCESS", "DELIVERY")
      .constrain("LogGroupName", Constraint.of().pattern("^[.\\-_/#A-Za-z0-9]{1,512}\\Z").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
      .references("LogGroupName", "AWS::Lambda::Function.Ref")
      .allowed("RetentionInDays", "1", "3", "5", "7", "14", "30", "60", "90", "120", "150", "180",
          "365", "400", "545", "731", "1096", "1827", "2192", "2557", "2922", "3288", "3653")
      .refYields("LogGroupName")
      .attributes("Arn")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LogGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether bearer token authentication is enabled for this log group. When enabled,
   * bearer token authentication is allowed on operations until it is explicitly disabled.
   *
   * <p>Default: {@code false}. CloudFormation property {@code BearerTokenAuthenticationEnabled}.
   */
  public LogGroup bearerTokenAuthenticationEnabled(boolean value) {
    return set("BearerTokenAuthenticationEnabled", Value.of(value));
  }

  /**
   * Sets {@code BearerTokenAuthenticationEnabled} to this value; see {@link
   * #bearerTokenAuthenticationEnabled(boolean)}.
   */
  public LogGroup bearerTokenAuthenticationEnabled(Value<Boolean> value) {
    return set("BearerTokenAuthenticationEnabled", value);
  }

  /**
   * Creates a data protection policy and assigns it to the log group. A data protection policy can
   * help safeguard sensitive data that's ingested by the log group by auditing and masking the
   * sensitive log data. When a user who does not have permission to view masked data views a log
   * event that includes masked data, the sensitive data is replaced by asterisks.
   *
   * <p>Format: {@code json}. CloudFormation property {@code DataProtectionPolicy}.
   */
  public LogGroup dataProtectionPolicy(Value<Json> value) {
    return set("DataProtectionPolicy", value);
  }

  /**
   * Indicates whether deletion protection is enabled for this log group. When enabled, deletion
   * protection blocks all deletion operations until it is explicitly disabled.
   *
   * <p>Default: {@code false}. CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public LogGroup deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public LogGroup deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * Creates or updates a <em>field index policy</em> for the specified log group. Only log groups
   * in the Standard log class support field index policies. For more information about log classes,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html">Log
   * classes</a> .
   *
   * <p>You can use field index policies to create <em>field indexes</em> on fields found in log
   * events in the log group. Creating field indexes lowers the costs for CloudWatch Logs Insights
   * queries that reference those field indexes, because these queries attempt to skip the
   * processing of log events that are known to not match the indexed field. Good fields to index
   * are fields that you often need to query for and fields that have high cardinality of values
   * Common examples of indexes include request ID, session ID, userID, and instance IDs. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Field-Indexing.html">Create
   * field indexes to improve query performance and reduce costs</a> .
   *
   * <p>Currently, this array supports only one field index policy object.
   *
   * <p>CloudFormation property {@code FieldIndexPolicies}.
   */
  public LogGroup fieldIndexPolicies(List<Json> value) {
    return set("FieldIndexPolicies", Value.listOf(value));
  }

  /** Sets {@code FieldIndexPolicies} to this value; see {@link #fieldIndexPolicies(List)}. */
  public LogGroup fieldIndexPolicies(Value<List<Json>> value) {
    return set("FieldIndexPolicies", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS key to use when encrypting log data.
   *
   * <p>To associate an AWS key with the log group, specify the ARN of that KMS key here. If you do
   * so, ingested data is encrypted using this key. This association is stored as long as the data
   * encrypted with the KMS key is still within CloudWatch Logs . This enables CloudWatch Logs to
   * decrypt this data whenever it is requested.
   *
   * <p>If you attempt to associate a KMS key with the log group but the KMS key doesn't exist or is
   * deactivated, you will receive an <code>InvalidParameterException</code> error.
   *
   * <p>Log group data is always encrypted in CloudWatch Logs . If you omit this key, the encryption
   * does not use AWS . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html">Encrypt
   * log data in CloudWatch Logs using AWS Key Management Service</a>
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public LogGroup kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public LogGroup kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public LogGroup kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.arn());
  }

  /**
   * Specifies the log group class for this log group. There are two classes:
   *
   * <ul> <li>The <code>Standard</code> log class supports all CloudWatch Logs features. <li>The
   * <code>Infrequent Access</code> log class supports a subset of CloudWatch Logs features and
   * incurs lower costs. </ul>
   *
   * <p>For details about the features supported by each class, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html">Log
   * classes</a>
   *
   * <p>Allowed values: {@code STANDARD}, {@code INFREQUENT_ACCESS}, {@code DELIVERY}. Default:
   * {@code "STANDARD"}. CloudFormation property {@code LogGroupClass}.
   */
  public LogGroup logGroupClass(String value) {
    return set("LogGroupClass", Value.of(value));
  }

  /** Sets {@code LogGroupClass} to this value; see {@link #logGroupClass(String)}. */
  public LogGroup logGroupClass(Value<String> value) {
    return set("LogGroupClass", value);
  }

  /**
   * The name of the log group. If you don't specify a name, AWS CloudFormation generates a unique
   * ID for the log group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[.&#92;-_/#A-Za-z0-9]{1,512}&#92;Z}. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation
   * property {@code LogGroupName}.
   */
  public LogGroup logGroupName(String value) {
    return set("LogGroupName", Value.of(value));
  }

  /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
  public LogGroup logGroupName(Value<String> value) {
    return set("LogGroupName", value);
  }

  /**
   * Sets {@code LogGroupName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #logGroupName(String)}.
   */
  public LogGroup logGroupName(Function resource) {
    return set("LogGroupName", resource.ref());
  }

  /**
   * Creates or updates a resource policy for the specified log group that allows other services to
   * put log events to this account. A LogGroup can have 1 resource policy.
   *
   * <p>CloudFormation property {@code ResourcePolicyDocument}.
   */
  public LogGroup resourcePolicyDocument(Value<Json> value) {
    return set("ResourcePolicyDocument", value);
  }

  /**
   * The number of days to retain the log events in the specified log group. Possible values are: 1,
   * 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
   * and 3653.
   *
   * <p>To set a log group so that its log events do not expire, do not specify this property.
   *
   * <p>Allowed values: {@code 1}, {@code 3}, {@code 5}, {@code 7}, {@code 14}, {@code 30}, {@code
   * 60}, {@code 90}, {@code 120}, {@code 150}, {@code 180}, {@code 365}, {@code 400}, {@code 545},
   * {@code 731}, {@code 1096}, {@code 1827}, {@code 2192}, {@code 2557}, {@code 2922}, {@code
   * 3288}, {@code 3653}. CloudFormation property {@code RetentionInDays}.
   */
  public LogGroup retentionInDays(int value) {
    return set("RetentionInDays", Value.of(value));
  }

  /** Sets {@code RetentionInDays} to this value; see {@link #retentionInDays(int)}. */
  public LogGroup retentionInDays(Value<Integer> value) {
    return set("RetentionInDays", value);
  }

  /**
   * An array of key-value pairs to apply to the log group.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LogGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LogGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LogGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the log group, such as
   * <code>arn:aws:logs:us-west-1:123456789012:log-group:/mystack-testgroup-12ABC1AB12A1:*</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
