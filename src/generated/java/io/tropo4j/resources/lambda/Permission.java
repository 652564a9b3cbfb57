// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cognito.UserPool;
import io.tropo4j.resources.events.Rule;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.iam.User;
import io.tropo4j.resources.iot.TopicRule;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;

/**
 * The <code>AWS::Lambda::Permission</code> resource grants an AWS service or another account
 * permission to use a function. You can apply the policy at the function level, or specify a
 * qualifier to restrict access to a single version or alias. If you use a qualifier, the invoker
 * must use the full Amazon Resource Name (ARN) of that version or alias to invoke the function.
 *
 * <p>To grant permission to another account, specify the account ID as the <code>Principal</code> .
 * To grant permission to an organization defined in AWS Organizations , specify the organization ID
 * as the <code>PrincipalOrgID</code> . For AWS services, the principal is a domain-style identifier
 * defined by the service, like <code>s3.amazonaws.com</code> or <code>sns.amazonaws.com</code> .
 * For AWS services, you can also specify the ARN of the associated resource as the
 * <code>SourceArn</code> . If you grant permission to a service principal without specifying the
 * source, other accounts could potentially configure resources in their account to invoke your
 * Lambda function.
 *
 * <p>If your function has a function URL, you can specify the <code>FunctionUrlAuthType</code>
 * parameter. This adds a condition to your permission that only applies when your function URL's
 * <code>AuthType</code> matches the specified <code>FunctionUrlAuthType</code> . For more
 * information about the <code>AuthType</code> parameter, see <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html">Control access to Lambda
 * function URLs</a> .
 *
 * <p>This resource adds a statement to a resource-based permission policy for the function. For
 * more information about function policies, see <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html">Lambda
 * Function Policies</a> .
 *
 * <p>CloudFormation type {@code AWS::Lambda::Permission}.
 */
public final class Permission extends Resource<Permission> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Permission")
      .required("Action", "FunctionName", "Principal")
      .constrain("Action", Constraint.of().pattern("^(lambda:[*]|lambda:[a-zA-Z]+|[*])$").minLength(1).maxLength(256))
      .constrain("EventSourceToken", Constraint.of().pattern("^[a-zA-Z0-9._\\-]+$").minLength(1).maxLength(256))
      .constrain("FunctionName", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$").minLength(1).maxLength(140))
      .references("FunctionName", "AWS::Lambda::Function.Arn", "AWS::Lambda::Version.Ref",
          "AWS::Lambda::Function.Ref")
      .allowed("FunctionUrlAuthType", "AWS_IAM", "NONE")
      .constrain("Principal", Constraint.of().pattern("^.*$").minLength(1).maxLength(256))
      .references("Principal", "AWS::IAM::Role.Arn", "AWS::IAM::User.Arn")
      .constrain("PrincipalOrgID", Constraint.of().pattern("^o-[a-z0-9]{10,32}$").minLength(12).maxLength(34))
      .constrain("SourceAccount", Constraint.of().pattern("^\\d{12}$").minLength(12).maxLength(12))
      .constrain("SourceArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)$").minLength(12).maxLength(1024))
      .references("SourceArn", "AWS::Events::Rule.Arn", "AWS::S3::Bucket.Arn",
          "AWS::SQS::Queue.Arn", "AWS::SNS::Topic.Ref", "AWS::IoT::TopicRule.Arn",
          "AWS::Logs::LogGroup.Arn", "AWS::Cognito::UserPool.Arn", "AWS::Lambda::Function.Arn",
          "AWS::KinesisFirehose::DeliveryStream.Arn", "AWS::IAM::Role.Arn")
      .attributes("Id")
      .build();

  public Permission(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action that the principal can use on the function. For example,
   * <code>lambda:InvokeFunction</code> or <code>lambda:GetFunction</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^(lambda:[*]|lambda:[a-zA-Z]+|[*])$}. CloudFormation property {@code Action}.
   */
  public Permission action(String value) {
    return set("Action", Value.of(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(String)}. */
  public Permission action(Value<String> value) {
    return set("Action", value);
  }

  /**
   * For Alexa Smart Home functions, a token that the invoker must supply.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9._&#92;-]+$}. CloudFormation property {@code EventSourceToken}.
   */
  public Permission eventSourceToken(String value) {
    return set("EventSourceToken", Value.of(value));
  }

  /** Sets {@code EventSourceToken} to this value; see {@link #eventSourceToken(String)}. */
  public Permission eventSourceToken(Value<String> value) {
    return set("EventSourceToken", value);
  }

  /**
   * The name or ARN of the Lambda function, version, or alias.
   *
   * <p><b>Name formats</b> - <em>Function name</em> – <code>my-function</code> (name-only),
   * <code>my-function:v1</code> (with alias).
   *
   * <ul> <li><em>Function ARN</em> –
   * <code>arn:aws:lambda:us-west-2:123456789012:function:my-function</code> . <li><em>Partial
   * ARN</em> – <code>123456789012:function:my-function</code> . </ul>
   *
   * <p>You can append a version number or alias to any of the formats. The length constraint
   * applies only to the full ARN. If you specify only the function name, it is limited to 64
   * characters in length.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:)?(&#92;d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(&#92;$LATEST(&#92;.PUBLISHED)?|[a-zA-Z0-9-_]+))?$}.
   * CloudFormation property {@code FunctionName}.
   */
  public Permission functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public Permission functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * Sets {@code FunctionName} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #functionName(String)}.
   */
  public Permission functionName(Function resource) {
    return set("FunctionName", resource.arn());
  }

  /**
   * Sets {@code FunctionName} to the Ref of {@code AWS::Lambda::Version}; see {@link
   * #functionName(String)}.
   */
  public Permission functionName(Version resource) {
    return set("FunctionName", resource.ref());
  }

  /**
   * The type of authentication that your function URL uses. Set to <code>AWS_IAM</code> if you want
   * to restrict access to authenticated users only. Set to <code>NONE</code> if you want to bypass
   * IAM authentication to create a public endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html">Control access to Lambda
   * function URLs</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code AWS_IAM}, {@code NONE}.
   * CloudFormation property {@code FunctionUrlAuthType}.
   */
  public Permission functionUrlAuthType(String value) {
    return set("FunctionUrlAuthType", Value.of(value));
  }

  /** Sets {@code FunctionUrlAuthType} to this value; see {@link #functionUrlAuthType(String)}. */
  public Permission functionUrlAuthType(Value<String> value) {
    return set("FunctionUrlAuthType", value);
  }

  /**
   * Indicates whether the permission applies when the function is invoked through a function URL.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InvokedViaFunctionUrl}.
   */
  public Permission invokedViaFunctionUrl(boolean value) {
    return set("InvokedViaFunctionUrl", Value.of(value));
  }

  /**
   * Sets {@code InvokedViaFunctionUrl} to this value; see {@link #invokedViaFunctionUrl(boolean)}.
   */
  public Permission invokedViaFunctionUrl(Value<Boolean> value) {
    return set("InvokedViaFunctionUrl", value);
  }

  /**
   * The AWS service , AWS account , IAM user, or IAM role that invokes the function. If you specify
   * a service, use <code>SourceArn</code> or <code>SourceAccount</code> to limit who can invoke the
   * function through that service.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^.*$}. CloudFormation property {@code Principal}.
   */
  public Permission principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public Permission principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * Sets {@code Principal} to the Arn of {@code AWS::IAM::Role}; see {@link #principal(String)}.
   */
  public Permission principal(Role resource) {
    return set("Principal", resource.arn());
  }

  /**
   * Sets {@code Principal} to the Arn of {@code AWS::IAM::User}; see {@link #principal(String)}.
   */
  public Permission principal(User resource) {
    return set("Principal", resource.arn());
  }

  /**
   * The identifier for your organization in AWS Organizations . Use this to grant permissions to
   * all the AWS accounts under this organization.
   *
   * <p>Changing it replaces the resource. Length: 12 to 34 characters. Pattern: {@code
   * ^o-[a-z0-9]{10,32}$}. CloudFormation property {@code PrincipalOrgID}.
   */
  public Permission principalOrgID(String value) {
    return set("PrincipalOrgID", Value.of(value));
  }

  /** Sets {@code PrincipalOrgID} to this value; see {@link #principalOrgID(String)}. */
  public Permission principalOrgID(Value<String> value) {
    return set("PrincipalOrgID", value);
  }

  /**
   * For AWS service , the ID of the AWS account that owns the resource. Use this together with
   * <code>SourceArn</code> to ensure that the specified account owns the resource. It is possible
   * for an Amazon S3 bucket to be deleted by its owner and recreated by another account.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^&#92;d{12}$}. CloudFormation property {@code SourceAccount}.
   */
  public Permission sourceAccount(String value) {
    return set("SourceAccount", Value.of(value));
  }

  /** Sets {@code SourceAccount} to this value; see {@link #sourceAccount(String)}. */
  public Permission sourceAccount(Value<String> value) {
    return set("SourceAccount", value);
  }

  /**
   * For AWS services , the ARN of the AWS resource that invokes the function. For example, an
   * Amazon S3 bucket or Amazon SNS topic.
   *
   * <p>Note that Lambda configures the comparison using the <code>StringLike</code> operator.
   *
   * <p>Changing it replaces the resource. Length: 12 to 1024 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.*)$}.
   * CloudFormation property {@code SourceArn}.
   */
  public Permission sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Permission sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::Events::Rule}; see {@link #sourceArn(String)}.
   */
  public Permission sourceArn(Rule resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::S3::Bucket}; see {@link #sourceArn(String)}.
   */
  public Permission sourceArn(Bucket resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::SQS::Queue}; see {@link #sourceArn(String)}.
   */
  public Permission sourceArn(Queue resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #sourceArn(String)}.
   */
  public Permission sourceArn(Topic resource) {
    return set("SourceArn", resource.ref());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::IoT::TopicRule}; see {@link
   * #sourceArn(String)}.
   */
  public Permission sourceArn(TopicRule resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
   * #sourceArn(String)}.
   */
  public Permission sourceArn(LogGroup resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::Cognito::UserPool}; see {@link
   * #sourceArn(String)}.
   */
  public Permission sourceArn(UserPool resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #sourceArn(String)}.
   */
  public Permission sourceArn(Function resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::KinesisFirehose::DeliveryStream}; see {@link
   * #sourceArn(String)}.
   */
  public Permission sourceArn(DeliveryStream resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::IAM::Role}; see {@link #sourceArn(String)}.
   */
  public Permission sourceArn(Role resource) {
    return set("SourceArn", resource.arn());
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
