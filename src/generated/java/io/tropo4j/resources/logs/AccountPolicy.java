// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates or updates an account-level data protection policy or subscription filter policy that
 * applies to all log groups or a subset of log groups in the account.
 *
 * <p><em>Data protection policy</em>
 *
 * <p>A data protection policy can help safeguard sensitive data that's ingested by your log groups
 * by auditing and masking the sensitive log data. Each account can have only one account-level data
 * protection policy.
 *
 * <p>Sensitive data is detected and masked when it is ingested into a log group. When you set a
 * data protection policy, log events ingested into the log groups before that time are not masked.
 *
 * <p>If you create a data protection policy for your whole account, it applies to both existing log
 * groups and all log groups that are created later in this account. The account policy is applied
 * to existing log groups with eventual consistency. It might take up to 5 minutes before sensitive
 * data in existing log groups begins to be masked.
 *
 * <p>By default, when a user views a log event that includes masked data, the sensitive data is
 * replaced by asterisks. A user who has the <code>logs:Unmask</code> permission can use a <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html">GetLogEvents</a>
 * or <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html">FilterLogEvents</a>
 * operation with the <code>unmask</code> parameter set to <code>true</code> to view the unmasked
 * log events. Users with the <code>logs:Unmask</code> can also view unmasked data in the CloudWatch
 * Logs console by running a CloudWatch Logs Insights query with the <code>unmask</code> query
 * command.
 *
 * <p>For more information, including a list of types of data that can be audited and masked, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html">Protect
 * sensitive log data with masking</a> .
 *
 * <p>To create an account-level policy, you must be signed on with the
 * <code>logs:PutDataProtectionPolicy</code> and <code>logs:PutAccountPolicy</code> permissions.
 *
 * <p>An account-level policy applies to all log groups in the account. You can also create a data
 * protection policy that applies to just one log group. If a log group has its own data protection
 * policy and the account also has an account-level data protection policy, then the two policies
 * are cumulative. Any sensitive term specified in either policy is masked.
 *
 * <p><em>Subscription filter policy</em>
 *
 * <p>A subscription filter policy sets up a real-time feed of log events from CloudWatch Logs to
 * other AWS services. Account-level subscription filter policies apply to both existing log groups
 * and log groups that are created later in this account. Supported destinations are Kinesis Data
 * Streams , Firehose , and Lambda . When log events are sent to the receiving service, they are
 * Base64 encoded and compressed with the GZIP format.
 *
 * <p>The following destinations are supported for subscription filters:
 *
 * <ul> <li>An Kinesis Data Streams data stream in the same account as the subscription policy, for
 * same-account delivery. <li>An Firehose data stream in the same account as the subscription
 * policy, for same-account delivery. <li>A Lambda function in the same account as the subscription
 * policy, for same-account delivery. <li>A logical destination in a different account created with
 * <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestination.html">PutDestination</a>
 * , for cross-account delivery. Kinesis Data Streams and Firehose are supported as logical
 * destinations. </ul>
 *
 * <p>Each account can have one account-level subscription filter policy. If you are updating an
 * existing filter, you must specify the correct name in <code>PolicyName</code> . To perform a
 * <code>PutAccountPolicy</code> subscription filter operation for any destination except a Lambda
 * function, you must also have the <code>iam:PassRole</code> permission.
 *
 * <p><em>Field index policy</em>
 *
 * <p>You can use field index policies to create indexes on fields found in log events in the log
 * group. Creating field indexes lowers the scan volume for CloudWatch Logs Insights queries that
 * reference those fields, because these queries attempt to skip the processing of log events that
 * are known to not match the indexed field. Good fields to index are fields that you often need to
 * query for. Common examples of indexes include request ID, session ID, user IDs, or instance IDs.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-Field-Indexing.html">Create
 * field indexes to improve query performance and reduce costs</a>
 *
 * <p>For example, suppose you have created a field index for <code>requestId</code> . Then, any
 * CloudWatch Logs Insights query on that log group that includes <code>requestId =
 * <em>value</em></code> or <code>requestId IN [ <em>value</em> , <em>value</em> , ...]</code> will
 * attempt to process only the log events where the indexed field matches the specified value.
 *
 * <p>Matches of log events to the names of indexed fields are case-sensitive. For example, an
 * indexed field of <code>RequestId</code> won't match a log event containing <code>requestId</code>
 * .
 *
 * <p>You can have one account-level field index policy that applies to all log groups in the
 * account. Or you can create as many as 20 account-level field index policies that are each scoped
 * to a subset of log groups with the <code>SelectionCriteria</code> parameter. If you have multiple
 * account-level index policies with selection criteria, no two of them can use the same or
 * overlapping log group name prefixes. For example, if you have one policy filtered to log groups
 * that start with <code>my-log</code> , you can't have another field index policy filtered to
 * <code>my-logpprod</code> or <code>my-logging</code> .
 *
 * <p><em>Transformer policy</em>
 *
 * <p>A <em>log transformer policy</em> transforms ingested log events into a different format,
 * making them easier for you to process and analyze. You can also transform logs from different
 * sources into standardized formats that contain relevant, source-specific information. After you
 * have created a transformer, CloudWatch Logs performs this transformation at the time of log
 * ingestion. You can then refer to the transformed versions of the logs during operations such as
 * querying with CloudWatch Logs Insights or creating metric filters or subscription filters.
 *
 * <p>You can also use a transformer to copy metadata from metadata keys into the log events
 * themselves. This metadata can include log group name, log stream name, account ID and Region.
 *
 * <p>A transformer for a log group is a series of processors, where each processor applies one type
 * of transformation to the log events ingested into this log group. For more information about the
 * available processors to use in a transformer, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-Processors">Processors
 * that you can use</a> .
 *
 * <p>Having log events in standardized format enables visibility across your applications for your
 * log analysis, reporting, and alarming needs. CloudWatch Logs provides transformation for common
 * log types with out-of-the-box transformation templates for major AWS log sources such as VPC flow
 * logs, Lambda , and Amazon RDS . You can use pre-built transformation templates or create custom
 * transformation policies.
 *
 * <p>You can create transformers only for the log groups in the Standard log class.
 *
 * <p>You can have one account-level transformer policy that applies to all log groups in the
 * account. Or you can create as many as 20 account-level transformer policies that are each scoped
 * to a subset of log groups with the <code>selectionCriteria</code> parameter. If you have multiple
 * account-level transformer policies with selection criteria, no two of them can use the same or
 * overlapping log group name prefixes. For example, if you have one policy filtered to log groups
 * that start with <code>my-log</code> , you can't have another field index policy filtered to
 * <code>my-logpprod</code> or <code>my-logging</code> .
 *
 * <p>You can also set up a transformer at the log-group level. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-transformer.html">AWS::Logs::Transformer</a>
 * . If there is both a log-group level transformer created with <code>PutTransformer</code> and an
 * account-level transformer that could apply to the same log group, the log group uses only the
 * log-group level transformer. It ignores the account-level transformer.
 *
 * <p>CloudFormation type {@code AWS::Logs::AccountPolicy}.
 */
public final class AccountPolicy extends Resource<AccountPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::AccountPolicy")
      .required("PolicyDocument", "PolicyName", "PolicyType")
      .constrain("PolicyDocument", Constraint.of().minLength(1).maxLength(30720))
      .constrain("PolicyName", Constraint.of().pattern("^[^:*]{1,256}$").minLength(1).maxLength(256))
      .allowed("PolicyType", "DATA_PROTECTION_POLICY", "SUBSCRIPTION_FILTER_POLICY",
          "FIELD_INDEX_POLICY", "TRANSFORMER_POLICY", "METRIC_EXTRACTION_POLICY")
      .allowed("Scope", "ALL")
      .attributes("AccountId")
      .build();

  public AccountPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify the policy, in JSON.
   *
   * <p><em>Data protection policy</em>
   *
   * <p>A data protection policy must include two JSON blocks:
   *
   * <ul> <li>The first block must include both a <code>DataIdentifer</code> array and an
   * <code>Operation</code> property with an <code>Audit</code> action. The
   * <code>DataIdentifer</code> array lists the types of sensitive data that you want to mask. For
   * more information about the available options, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data-types.html">Types
   * of data that you can mask</a> . </ul>
   *
   * <p>The <code>Operation</code> property with an <code>Audit</code> action is required to find
   * the sensitive data terms. This <code>Audit</code> action must contain a
   * <code>FindingsDestination</code> object. You can optionally use that
   * <code>FindingsDestination</code> object to list one or more destinations to send audit findings
   * to. If you specify destinations such as log groups, Firehose streams, and S3 buckets, they must
   * already exist.
   *
   * <ul> <li>The second block must include both a <code>DataIdentifer</code> array and an
   * <code>Operation</code> property with an <code>Deidentify</code> action. The
   * <code>DataIdentifer</code> array must exactly match the <code>DataIdentifer</code> array in the
   * first block of the policy. </ul>
   *
   * <p>The <code>Operation</code> property with the <code>Deidentify</code> action is what actually
   * masks the data, and it must contain the <code>"MaskConfig": {}</code> object. The
   * <code>"MaskConfig": {}</code> object must be empty.
   *
   * <p>The contents of the two <code>DataIdentifer</code> arrays must match exactly.
   *
   * <p>In addition to the two JSON blocks, the <code>policyDocument</code> can also include
   * <code>Name</code> , <code>Description</code> , and <code>Version</code> fields. The
   * <code>Name</code> is different than the operation's <code>policyName</code> parameter, and is
   * used as a dimension when CloudWatch Logs reports audit findings metrics to CloudWatch .
   *
   * <p>The JSON specified in <code>policyDocument</code> can be up to 30,720 characters long.
   *
   * <p><em>Subscription filter policy</em>
   *
   * <p>A subscription filter policy can include the following attributes in a JSON block:
   *
   * <ul> <li><em>DestinationArn</em> The ARN of the destination to deliver log events to. Supported
   * destinations are: </ul>
   *
   * <ul> <li>An Kinesis Data Streams data stream in the same account as the subscription policy,
   * for same-account delivery. <li>An Firehose data stream in the same account as the subscription
   * policy, for same-account delivery. <li>A Lambda function in the same account as the
   * subscription policy, for same-account delivery. <li>A logical destination in a different
   * account created with <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestination.html">PutDestination</a>
   * , for cross-account delivery. Kinesis Data Streams and Firehose are supported as logical
   * destinations. <li><em>RoleArn</em> The ARN of an IAM role that grants CloudWatch Logs
   * permissions to deliver ingested log events to the destination stream. You don't need to provide
   * the ARN when you are working with a logical destination for cross-account delivery.
   * <li><em>FilterPattern</em> A filter pattern for subscribing to a filtered stream of log events.
   * <li><em>Distribution</em> The method used to distribute log data to the destination. By
   * default, log data is grouped by log stream, but the grouping can be set to <code>Random</code>
   * for a more even distribution. This property is only applicable when the destination is an
   * Kinesis Data Streams data stream. </ul>
   *
   * <p><em>Field index policy</em>
   *
   * <p>A field index filter policy can include the following attribute in a JSON block:
   *
   * <ul> <li><em>Fields</em> The array of field indexes to create. </ul>
   *
   * <p>The following is an example of an index policy document that creates two indexes,
   * <code>RequestId</code> and <code>TransactionId</code> .
   *
   * <p><code>"policyDocument": "{ &#92;"Fields&#92;": [ &#92;"RequestId&#92;",
   * &#92;"TransactionId&#92;" ] }"</code>
   *
   * <p><em>Transformer policy</em>
   *
   * <p>A transformer policy must include one JSON block with the array of processors and their
   * configurations. For more information about available processors, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-Processors">Processors
   * that you can use</a> .
   *
   * <p>Required. Length: 1 to 30720 characters. CloudFormation property {@code PolicyDocument}.
   */
  public AccountPolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public AccountPolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /**
   * A name for the policy. This must be unique within the account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[^:*]{1,256}$}. CloudFormation property {@code PolicyName}.
   */
  public AccountPolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public AccountPolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * The type of policy that you're creating or updating.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DATA_PROTECTION_POLICY},
   * {@code SUBSCRIPTION_FILTER_POLICY}, {@code FIELD_INDEX_POLICY}, {@code TRANSFORMER_POLICY},
   * {@code METRIC_EXTRACTION_POLICY}. CloudFormation property {@code PolicyType}.
   */
  public AccountPolicy policyType(String value) {
    return set("PolicyType", Value.of(value));
  }

  /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
  public AccountPolicy policyType(Value<String> value) {
    return set("PolicyType", value);
  }

  /**
   * Currently the only valid value for this parameter is <code>ALL</code> , which specifies that
   * the policy applies to all log groups in the account. If you omit this parameter, the default of
   * <code>ALL</code> is used. To scope down a subscription filter policy to a subset of log groups,
   * use the <code>SelectionCriteria</code> parameter.
   *
   * <p>Allowed values: {@code ALL}. CloudFormation property {@code Scope}.
   */
  public AccountPolicy scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public AccountPolicy scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * Use this parameter to apply the new policy to a subset of log groups in the account.
   *
   * <p>You need to specify <code>SelectionCriteria</code> only when you specify
   * <code>SUBSCRIPTION_FILTER_POLICY</code> , <code>FIELD_INDEX_POLICY</code> or
   * <code>TRANSFORMER_POLICY</code> for <code>PolicyType</code> .
   *
   * <p>If <code>PolicyType</code> is <code>SUBSCRIPTION_FILTER_POLICY</code> , the only supported
   * <code>SelectionCriteria</code> filter is <code>LogGroupName NOT IN []</code>
   *
   * <p>If <code>PolicyType</code> is <code>FIELD_INDEX_POLICY</code> or
   * <code>TRANSFORMER_POLICY</code> , the only supported <code>SelectionCriteria</code> filter is
   * <code>LogGroupNamePrefix</code>
   *
   * <p>The <code>SelectionCriteria</code> string can be up to 25KB in length. The length is
   * determined by using its UTF-8 bytes.
   *
   * <p>Using the <code>SelectionCriteria</code> parameter with
   * <code>SUBSCRIPTION_FILTER_POLICY</code> is useful to help prevent infinite loops. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions-recursion-prevention.html">Log
   * recursion prevention</a> .
   *
   * <p>CloudFormation property {@code SelectionCriteria}.
   */
  public AccountPolicy selectionCriteria(String value) {
    return set("SelectionCriteria", Value.of(value));
  }

  /** Sets {@code SelectionCriteria} to this value; see {@link #selectionCriteria(String)}. */
  public AccountPolicy selectionCriteria(Value<String> value) {
    return set("SelectionCriteria", value);
  }

  /**
   * The account ID of the account where this policy was created. For example,
   * <code>123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
