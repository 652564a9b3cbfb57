// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;

/**
 * The <code>AWS::ApiGateway::Account</code> resource specifies the IAM role that Amazon API Gateway
 * uses to write API logs to Amazon CloudWatch Logs. To avoid overwriting other roles, you should
 * only have one <code>AWS::ApiGateway::Account</code> resource per region per account.
 *
 * <p>When you delete a stack containing this resource, API Gateway can still assume the provided
 * IAM role to write API logs to CloudWatch Logs. To deny API Gateway access to write API logs to
 * CloudWatch logs, update the permissions policies or change the IAM role to deny access.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::Account}.
 */
public final class Account extends Resource<Account> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Account")
      .constrain("CloudWatchRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("CloudWatchRoleArn", "AWS::IAM::Role.Arn")
      .refYields("Id")
      .attributes("Id")
      .build();

  public Account(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of an Amazon CloudWatch role for the current Account.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code CloudWatchRoleArn}.
   */
  public Account cloudWatchRoleArn(String value) {
    return set("CloudWatchRoleArn", Value.of(value));
  }

  /** Sets {@code CloudWatchRoleArn} to this value; see {@link #cloudWatchRoleArn(String)}. */
  public Account cloudWatchRoleArn(Value<String> value) {
    return set("CloudWatchRoleArn", value);
  }

  /**
   * Sets {@code CloudWatchRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #cloudWatchRoleArn(String)}.
   */
  public Account cloudWatchRoleArn(Role resource) {
    return set("CloudWatchRoleArn", resource.arn());
  }

  /**
   * The ID for the account. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
