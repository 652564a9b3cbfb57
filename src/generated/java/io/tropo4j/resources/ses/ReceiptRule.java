// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a receipt rule.
 *
 * <p>CloudFormation type {@code AWS::SES::ReceiptRule}.
 */
public final class ReceiptRule extends Resource<ReceiptRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule")
      .required("Rule", "RuleSetName")
      .attributes("Id", "RuleName")
      .build();

  public ReceiptRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of an existing rule after which the new rule is placed. If this parameter is null, the
   * new rule is inserted at the beginning of the rule list.
   *
   * <p>CloudFormation property {@code After}.
   */
  public ReceiptRule after(String value) {
    return set("After", Value.of(value));
  }

  /** Sets {@code After} to this value; see {@link #after(String)}. */
  public ReceiptRule after(Value<String> value) {
    return set("After", value);
  }

  /**
   * A data structure that contains the specified rule's name, actions, recipients, domains, enabled
   * status, scan status, and TLS policy.
   *
   * <p>Required. CloudFormation property {@code Rule}.
   */
  public ReceiptRule rule(Value<Rule> value) {
    return set("Rule", value);
  }

  /**
   * The name of the rule set where the receipt rule is added.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RuleSetName}.
   */
  public ReceiptRule ruleSetName(String value) {
    return set("RuleSetName", Value.of(value));
  }

  /** Sets {@code RuleSetName} to this value; see {@link #ruleSetName(String)}. */
  public ReceiptRule ruleSetName(Value<String> value) {
    return set("RuleSetName", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the rule
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleName}.
   */
  public Value<String> ruleName() {
    return getAtt("RuleName");
  }

  /**
   * An action that Amazon SES can take when it receives an email on behalf of one or more email
   * addresses or domains that you own. An instance of this data type can represent only one action.
   *
   * <p>For information about setting up receipt rules, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-receipt-rules-console-walkthrough.html">Amazon
   * SES Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::ReceiptRule.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * Adds a header to the received email.
     *
     * <p>CloudFormation property {@code AddHeaderAction}.
     */
    public Action addHeaderAction(Value<AddHeaderAction> value) {
      return set("AddHeaderAction", value);
    }

    /**
     * Rejects the received email by returning a bounce response to the sender and, optionally,
     * publishes a notification to Amazon Simple Notification Service (Amazon SNS).
     *
     * <p>CloudFormation property {@code BounceAction}.
     */
    public Action bounceAction(Value<BounceAction> value) {
      return set("BounceAction", value);
    }

    /**
     * The action that informs a traffic policy resource to either allow or block the email if it
     * matches a condition in the policy statement.
     *
     * <p>CloudFormation property {@code ConnectAction}.
     */
    public Action connectAction(Value<ConnectAction> value) {
      return set("ConnectAction", value);
    }

    /**
     * Calls an AWS Lambda function, and optionally, publishes a notification to Amazon SNS.
     *
     * <p>CloudFormation property {@code LambdaAction}.
     */
    public Action lambdaAction(Value<LambdaAction> value) {
      return set("LambdaAction", value);
    }

    /**
     * Saves the received message to an Amazon Simple Storage Service (Amazon S3) bucket and,
     * optionally, publishes a notification to Amazon SNS.
     *
     * <p>CloudFormation property {@code S3Action}.
     */
    public Action s3Action(Value<S3Action> value) {
      return set("S3Action", value);
    }

    /**
     * Publishes the email content within a notification to Amazon SNS.
     *
     * <p>CloudFormation property {@code SNSAction}.
     */
    public Action snsAction(Value<SNSAction> value) {
      return set("SNSAction", value);
    }

    /**
     * Terminates the evaluation of the receipt rule set and optionally publishes a notification to
     * Amazon SNS.
     *
     * <p>CloudFormation property {@code StopAction}.
     */
    public Action stopAction(Value<StopAction> value) {
      return set("StopAction", value);
    }

    /**
     * Calls Amazon WorkMail and, optionally, publishes a notification to Amazon SNS.
     *
     * <p>CloudFormation property {@code WorkmailAction}.
     */
    public Action workmailAction(Value<WorkmailAction> value) {
      return set("WorkmailAction", value);
    }
  }

  /**
   * When included in a receipt rule, this action adds a header to the received email.
   *
   * <p>For information about adding a header using a receipt rule, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-receipt-rules-console-walkthrough.html">Amazon
   * SES Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.AddHeaderAction}.
   */
  public static final class AddHeaderAction extends Struct<AddHeaderAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.AddHeaderAction")
        .required("HeaderName", "HeaderValue")
        .build();

    public AddHeaderAction() {
      super(SCHEMA);
    }

    /**
     * The name of the header to add to the incoming message. The name must contain at least one
     * character, and can contain up to 50 characters. It consists of alphanumeric ( <code>a–z, A–Z,
     * 0–9</code> ) characters and dashes.
     *
     * <p>Required. CloudFormation property {@code HeaderName}.
     */
    public AddHeaderAction headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public AddHeaderAction headerName(Value<String> value) {
      return set("HeaderName", value);
    }

    /**
     * The content to include in the header. This value can contain up to 2048 characters. It can't
     * contain newline ( <code>&#92;n</code> ) or carriage return ( <code>&#92;r</code> )
     * characters.
     *
     * <p>Required. CloudFormation property {@code HeaderValue}.
     */
    public AddHeaderAction headerValue(String value) {
      return set("HeaderValue", Value.of(value));
    }

    /** Sets {@code HeaderValue} to this value; see {@link #headerValue(String)}. */
    public AddHeaderAction headerValue(Value<String> value) {
      return set("HeaderValue", value);
    }
  }

  /**
   * When included in a receipt rule, this action rejects the received email by returning a bounce
   * response to the sender and, optionally, publishes a notification to Amazon Simple Notification
   * Service (Amazon SNS).
   *
   * <p>For information about sending a bounce message in response to a received email, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-bounce.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.BounceAction}.
   */
  public static final class BounceAction extends Struct<BounceAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.BounceAction")
        .required("Message", "Sender", "SmtpReplyCode")
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public BounceAction() {
      super(SCHEMA);
    }

    /**
     * Human-readable text to include in the bounce message.
     *
     * <p>Required. CloudFormation property {@code Message}.
     */
    public BounceAction message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public BounceAction message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * The email address of the sender of the bounced email. This is the address from which the
     * bounce message is sent.
     *
     * <p>Required. CloudFormation property {@code Sender}.
     */
    public BounceAction sender(String value) {
      return set("Sender", Value.of(value));
    }

    /** Sets {@code Sender} to this value; see {@link #sender(String)}. */
    public BounceAction sender(Value<String> value) {
      return set("Sender", value);
    }

    /**
     * The SMTP reply code, as defined by <a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc5321">RFC 5321</a> .
     *
     * <p>Required. CloudFormation property {@code SmtpReplyCode}.
     */
    public BounceAction smtpReplyCode(String value) {
      return set("SmtpReplyCode", Value.of(value));
    }

    /** Sets {@code SmtpReplyCode} to this value; see {@link #smtpReplyCode(String)}. */
    public BounceAction smtpReplyCode(Value<String> value) {
      return set("SmtpReplyCode", value);
    }

    /**
     * The SMTP enhanced status code, as defined by <a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc3463">RFC 3463</a> .
     *
     * <p>CloudFormation property {@code StatusCode}.
     */
    public BounceAction statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public BounceAction statusCode(Value<String> value) {
      return set("StatusCode", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the bounce action is
     * taken. You can find the ARN of a topic by using the <a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html">ListTopics</a>
     * operation in Amazon SNS.
     *
     * <p>For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public BounceAction topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public BounceAction topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /**
   * When included in a receipt rule, this action parses the received message and starts an email
   * contact in Amazon Connect on your behalf.
   *
   * <p>When you receive emails, the maximum email size (including headers) is 40 MB. Additionally,
   * emails may only have up to 10 attachments. Emails larger than 40 MB or with more than 10
   * attachments will be bounced.
   *
   * <p>We recommend that you configure this action via Amazon Connect.
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.ConnectAction}.
   */
  public static final class ConnectAction extends Struct<ConnectAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.ConnectAction")
        .required("IAMRoleARN", "InstanceARN")
        .constrain("IAMRoleARN", Constraint.of().pattern("^arn:[\\w-]+:iam::[0-9]+:role(\\u002F)([\\u0021-\\u007E]+\\u002F)?([\\w+=,.@-]+)$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("InstanceARN", Constraint.of().pattern("^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"))
        .build();

    public ConnectAction() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to be used by Amazon Simple Email Service
     * while starting email contacts to the Amazon Connect instance. This role should have
     * permission to invoke <code>connect:StartEmailContact</code> for the given Amazon Connect
     * instance.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w-]+:iam::[0-9]+:role(&#92;u002F)([&#92;u0021-&#92;u007E]+&#92;u002F)?([&#92;w+=,.&#64;-]+)$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IAMRoleARN}.
     */
    public ConnectAction iamRoleARN(String value) {
      return set("IAMRoleARN", Value.of(value));
    }

    /** Sets {@code IAMRoleARN} to this value; see {@link #iamRoleARN(String)}. */
    public ConnectAction iamRoleARN(Value<String> value) {
      return set("IAMRoleARN", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the Amazon Connect instance that Amazon SES integrates
     * with for starting email contacts.
     *
     * <p>For more information about Amazon Connect instances, see the <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-instances.html">Amazon
     * Connect Administrator Guide</a>
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
     * CloudFormation property {@code InstanceARN}.
     */
    public ConnectAction instanceARN(String value) {
      return set("InstanceARN", Value.of(value));
    }

    /** Sets {@code InstanceARN} to this value; see {@link #instanceARN(String)}. */
    public ConnectAction instanceARN(Value<String> value) {
      return set("InstanceARN", value);
    }
  }

  /**
   * When included in a receipt rule, this action calls an AWS Lambda function and, optionally,
   * publishes a notification to Amazon Simple Notification Service (Amazon SNS).
   *
   * <p>To enable Amazon SES to call your AWS Lambda function or to publish to an Amazon SNS topic
   * of another account, Amazon SES must have permission to access those resources. For information
   * about giving permissions, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-permissions.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>For information about using AWS Lambda actions in receipt rules, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.LambdaAction}.
   */
  public static final class LambdaAction extends Struct<LambdaAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.LambdaAction")
        .required("FunctionArn")
        .constrain("FunctionArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .allowed("InvocationType", "Event", "RequestResponse")
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public LambdaAction() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Lambda function. An example of an AWS Lambda
     * function ARN is <code>arn:aws:lambda:us-west-2:account-id:function:MyFunction</code> . For
     * more information about AWS Lambda, see the <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/welcome.html">AWS Lambda Developer
     * Guide</a> .
     *
     * <p>Required. Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code
     * FunctionArn}.
     */
    public LambdaAction functionArn(String value) {
      return set("FunctionArn", Value.of(value));
    }

    /** Sets {@code FunctionArn} to this value; see {@link #functionArn(String)}. */
    public LambdaAction functionArn(Value<String> value) {
      return set("FunctionArn", value);
    }

    /**
     * The invocation type of the AWS Lambda function. An invocation type of
     * <code>RequestResponse</code> means that the execution of the function immediately results in
     * a response, and a value of <code>Event</code> means that the function is invoked
     * asynchronously. The default value is <code>Event</code> . For information about AWS Lambda
     * invocation types, see the <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html">AWS Lambda Developer
     * Guide</a> .
     *
     * <p>There is a 30-second timeout on <code>RequestResponse</code> invocations. You should use
     * <code>Event</code> invocation in most cases. Use <code>RequestResponse</code> only to make a
     * mail flow decision, such as whether to stop the receipt rule or the receipt rule set.
     *
     * <p>Allowed values: {@code Event}, {@code RequestResponse}. CloudFormation property {@code
     * InvocationType}.
     */
    public LambdaAction invocationType(String value) {
      return set("InvocationType", Value.of(value));
    }

    /** Sets {@code InvocationType} to this value; see {@link #invocationType(String)}. */
    public LambdaAction invocationType(Value<String> value) {
      return set("InvocationType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the Lambda action is
     * executed. You can find the ARN of a topic by using the <a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html">ListTopics</a>
     * operation in Amazon SNS.
     *
     * <p>For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public LambdaAction topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public LambdaAction topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /**
   * Receipt rules enable you to specify which actions Amazon SES should take when it receives mail
   * on behalf of one or more email addresses or domains that you own.
   *
   * <p>Each receipt rule defines a set of email addresses or domains that it applies to. If the
   * email addresses or domains match at least one recipient address of the message, Amazon SES
   * executes all of the receipt rule's actions on the message.
   *
   * <p>For information about setting up receipt rules, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-receipt-rules-console-walkthrough.html">Amazon
   * SES Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.Rule")
        .allowed("TlsPolicy", "Optional", "Require")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * An ordered list of actions to perform on messages that match at least one of the recipient
     * email addresses or domains specified in the receipt rule.
     *
     * <p>CloudFormation property {@code Actions}.
     */
    public Rule actions(List<Action> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public Rule actions(Value<List<Action>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public Rule actions(Action... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * If <code>true</code> , the receipt rule is active. The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public Rule enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Rule enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The name of the receipt rule. The name must meet the following requirements:
     *
     * <ul> <li>Contain only ASCII letters (a-z, A-Z), numbers (0-9), underscores (_), dashes (-),
     * or periods (.). <li>Start and end with a letter or number. <li>Contain 64 characters or
     * fewer. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Rule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Rule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The recipient domains and email addresses that the receipt rule applies to. If this field is
     * not specified, this rule matches all recipients on all verified domains.
     *
     * <p>CloudFormation property {@code Recipients}.
     */
    public Rule recipients(List<String> value) {
      return set("Recipients", Value.listOf(value));
    }

    /** Sets {@code Recipients} to this value; see {@link #recipients(List)}. */
    public Rule recipients(Value<List<String>> value) {
      return set("Recipients", value);
    }

    /**
     * If <code>true</code> , then messages that this receipt rule applies to are scanned for spam
     * and viruses. The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code ScanEnabled}.
     */
    public Rule scanEnabled(boolean value) {
      return set("ScanEnabled", Value.of(value));
    }

    /** Sets {@code ScanEnabled} to this value; see {@link #scanEnabled(boolean)}. */
    public Rule scanEnabled(Value<Boolean> value) {
      return set("ScanEnabled", value);
    }

    /**
     * Specifies whether Amazon SES should require that incoming email is delivered over a
     * connection encrypted with Transport Layer Security (TLS). If this parameter is set to
     * <code>Require</code> , Amazon SES bounces emails that are not received over TLS. The default
     * is <code>Optional</code> .
     *
     * <p>Valid Values: <code>Require | Optional</code>
     *
     * <p>Allowed values: {@code Optional}, {@code Require}. CloudFormation property {@code
     * TlsPolicy}.
     */
    public Rule tlsPolicy(String value) {
      return set("TlsPolicy", Value.of(value));
    }

    /** Sets {@code TlsPolicy} to this value; see {@link #tlsPolicy(String)}. */
    public Rule tlsPolicy(Value<String> value) {
      return set("TlsPolicy", value);
    }
  }

  /**
   * When included in a receipt rule, this action saves the received message to an Amazon Simple
   * Storage Service (Amazon S3) bucket and, optionally, publishes a notification to Amazon Simple
   * Notification Service (Amazon SNS).
   *
   * <p>To enable Amazon SES to write emails to your Amazon S3 bucket, use an AWS KMS key to encrypt
   * your emails, or publish to an Amazon SNS topic of another account, Amazon SES must have
   * permission to access those resources. For information about granting permissions, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-permissions.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>When you save your emails to an Amazon S3 bucket, the maximum email size (including headers)
   * is 30 MB. Emails larger than that bounces.
   *
   * <p>For information about specifying Amazon S3 actions in receipt rules, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-s3.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.S3Action}.
   */
  public static final class S3Action extends Struct<S3Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.S3Action")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .constrain("IamRoleArn", Constraint.of().pattern("^arn:[\\w-]+:iam::[0-9]+:role(\\u002F)([\\u0021-\\u007E]+\\u002F)?([\\w+=,.@-]+)$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public S3Action() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket for incoming email.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * BucketName}.
     */
    public S3Action bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Action bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The ARN of the IAM role to be used by Amazon Simple Email Service while writing to the Amazon
     * S3 bucket, optionally encrypting your mail via the provided customer managed key, and
     * publishing to the Amazon SNS topic. This role should have access to the following APIs:
     *
     * <ul> <li><code>s3:PutObject</code> , <code>kms:Encrypt</code> and
     * <code>kms:GenerateDataKey</code> for the given Amazon S3 bucket.
     * <li><code>kms:GenerateDataKey</code> for the given AWS KMS customer managed key.
     * <li><code>sns:Publish</code> for the given Amazon SNS topic. </ul>
     *
     * <p>If an IAM role ARN is provided, the role (and only the role) is used to access all the
     * given resources (Amazon S3 bucket, AWS KMS customer managed key and Amazon SNS topic).
     * Therefore, setting up individual resource access permissions is not required.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w-]+:iam::[0-9]+:role(&#92;u002F)([&#92;u0021-&#92;u007E]+&#92;u002F)?([&#92;w+=,.&#64;-]+)$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
     */
    public S3Action iamRoleArn(String value) {
      return set("IamRoleArn", Value.of(value));
    }

    /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
    public S3Action iamRoleArn(Value<String> value) {
      return set("IamRoleArn", value);
    }

    /**
     * The customer managed key that Amazon SES should use to encrypt your emails before saving them
     * to the Amazon S3 bucket. You can use the AWS managed key or a customer managed key that you
     * created in AWS KMS as follows:
     *
     * <ul> <li>To use the AWS managed key, provide an ARN in the form of
     * <code>arn:aws:kms:REGION:ACCOUNT-ID-WITHOUT-HYPHENS:alias/aws/ses</code> . For example, if
     * your AWS account ID is 123456789012 and you want to use the AWS managed key in the US West
     * (Oregon) Region, the ARN of the AWS managed key would be
     * <code>arn:aws:kms:us-west-2:123456789012:alias/aws/ses</code> . If you use the AWS managed
     * key, you don't need to perform any extra steps to give Amazon SES permission to use the key.
     * <li>To use a customer managed key that you created in AWS KMS, provide the ARN of the
     * customer managed key and ensure that you add a statement to your key's policy to give Amazon
     * SES permission to use it. For more information about giving permissions, see the <a
     * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-permissions.html">Amazon SES
     * Developer Guide</a> . </ul>
     *
     * <p>For more information about key policies, see the <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html">AWS KMS Developer
     * Guide</a> . If you do not specify an AWS KMS key, Amazon SES does not encrypt your emails.
     *
     * <p>Your mail is encrypted by Amazon SES using the Amazon S3 encryption client before the mail
     * is submitted to Amazon S3 for storage. It is not encrypted using Amazon S3 server-side
     * encryption. This means that you must use the Amazon S3 encryption client to decrypt the email
     * after retrieving it from Amazon S3, as the service has no access to use your AWS KMS keys for
     * decryption. This encryption client is currently available with the <a
     * href="https://docs.aws.amazon.com/sdk-for-java/">AWS SDK for Java</a> and <a
     * href="https://docs.aws.amazon.com/sdk-for-ruby/">AWS SDK for Ruby</a> only. For more
     * information about client-side encryption using AWS KMS managed keys, see the <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html">Amazon
     * S3 Developer Guide</a> .
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public S3Action kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public S3Action kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The key prefix of the Amazon S3 bucket. The key prefix is similar to a directory name that
     * enables you to store similar data under the same directory in a bucket.
     *
     * <p>CloudFormation property {@code ObjectKeyPrefix}.
     */
    public S3Action objectKeyPrefix(String value) {
      return set("ObjectKeyPrefix", Value.of(value));
    }

    /** Sets {@code ObjectKeyPrefix} to this value; see {@link #objectKeyPrefix(String)}. */
    public S3Action objectKeyPrefix(Value<String> value) {
      return set("ObjectKeyPrefix", value);
    }

    /**
     * The ARN of the Amazon SNS topic to notify when the message is saved to the Amazon S3 bucket.
     * You can find the ARN of a topic by using the <a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html">ListTopics</a>
     * operation in Amazon SNS.
     *
     * <p>For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public S3Action topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public S3Action topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /**
   * The action to publish the email content to an Amazon SNS topic. When executed, this action will
   * send the email as a notification to the specified SNS topic.
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.SNSAction}.
   */
  public static final class SNSAction extends Struct<SNSAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.SNSAction")
        .allowed("Encoding", "Base64", "UTF-8")
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public SNSAction() {
      super(SCHEMA);
    }

    /**
     * The encoding to use for the email within the Amazon SNS notification. The default value is
     * <code>UTF-8</code> . Use <code>BASE64</code> if you need to preserve all special characters,
     * especially when the original message uses a different encoding format.
     *
     * <p>Allowed values: {@code Base64}, {@code UTF-8}. CloudFormation property {@code Encoding}.
     */
    public SNSAction encoding(String value) {
      return set("Encoding", Value.of(value));
    }

    /** Sets {@code Encoding} to this value; see {@link #encoding(String)}. */
    public SNSAction encoding(Value<String> value) {
      return set("Encoding", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS Topic to which notification for the email
     * received will be published.
     *
     * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public SNSAction topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public SNSAction topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /**
   * When included in a receipt rule, this action terminates the evaluation of the receipt rule set
   * and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
   *
   * <p>For information about setting a stop action in a receipt rule, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-stop.html">Amazon SES
   * Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.StopAction}.
   */
  public static final class StopAction extends Struct<StopAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.StopAction")
        .required("Scope")
        .allowed("Scope", "RuleSet")
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public StopAction() {
      super(SCHEMA);
    }

    /**
     * The scope of the StopAction. The only acceptable value is <code>RuleSet</code> .
     *
     * <p>Required. Allowed values: {@code RuleSet}. CloudFormation property {@code Scope}.
     */
    public StopAction scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public StopAction scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the stop action is
     * taken. You can find the ARN of a topic by using the <a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html">ListTopics</a> Amazon
     * SNS operation.
     *
     * <p>For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public StopAction topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public StopAction topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }

  /**
   * When included in a receipt rule, this action calls Amazon WorkMail and, optionally, publishes a
   * notification to Amazon Simple Notification Service (Amazon SNS). It usually isn't necessary to
   * set this up manually, because Amazon WorkMail adds the rule automatically during its setup
   * procedure.
   *
   * <p>For information using a receipt rule to call Amazon WorkMail, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-workmail.html">Amazon
   * SES Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptRule.WorkmailAction}.
   */
  public static final class WorkmailAction extends Struct<WorkmailAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRule.WorkmailAction")
        .required("OrganizationArn")
        .constrain("TopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public WorkmailAction() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon WorkMail organization. Amazon WorkMail ARNs use
     * the following format:
     *
     * <p><code>arn:aws:workmail:&lt;region&gt;:&lt;awsAccountId&gt;:organization/&lt;workmailOrganizationId&gt;</code>
     *
     * <p>You can find the ID of your organization by using the <a
     * href="https://docs.aws.amazon.com/workmail/latest/APIReference/API_ListOrganizations.html">ListOrganizations</a>
     * operation in Amazon WorkMail. Amazon WorkMail organization IDs begin with " <code>m-</code>
     * ", followed by a string of alphanumeric characters.
     *
     * <p>For information about Amazon WorkMail organizations, see the <a
     * href="https://docs.aws.amazon.com/workmail/latest/adminguide/organizations_overview.html">Amazon
     * WorkMail Administrator Guide</a> .
     *
     * <p>Required. CloudFormation property {@code OrganizationArn}.
     */
    public WorkmailAction organizationArn(String value) {
      return set("OrganizationArn", Value.of(value));
    }

    /** Sets {@code OrganizationArn} to this value; see {@link #organizationArn(String)}. */
    public WorkmailAction organizationArn(Value<String> value) {
      return set("OrganizationArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the WorkMail action is
     * called. You can find the ARN of a topic by using the <a
     * href="https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html">ListTopics</a>
     * operation in Amazon SNS.
     *
     * <p>For more information about Amazon SNS topics, see the <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Amazon SNS Developer
     * Guide</a> .
     *
     * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code TopicArn}.
     */
    public WorkmailAction topicArn(String value) {
      return set("TopicArn", Value.of(value));
    }

    /** Sets {@code TopicArn} to this value; see {@link #topicArn(String)}. */
    public WorkmailAction topicArn(Value<String> value) {
      return set("TopicArn", value);
    }
  }
}
