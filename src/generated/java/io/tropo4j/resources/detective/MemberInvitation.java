// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.detective;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Detective::MemberInvitation</code> resource is an Amazon Detective resource type
 * that creates an invitation to join a Detective behavior graph. The administrator account can
 * choose whether to send an email notification of the invitation to the root user email address of
 * the AWS account.
 *
 * <p>CloudFormation type {@code AWS::Detective::MemberInvitation}.
 */
public final class MemberInvitation extends Resource<MemberInvitation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Detective::MemberInvitation")
      .required("GraphArn", "MemberEmailAddress", "MemberId")
      .constrain("GraphArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:detective:(([a-z]+-)+[0-9]+):[0-9]{12}:graph:[0-9a-f]{32}"))
      .constrain("MemberEmailAddress", Constraint.of().pattern(".*@.*"))
      .constrain("MemberId", Constraint.of().pattern("[0-9]{12}"))
      .constrain("Message", Constraint.of().minLength(1).maxLength(1000))
      .build();

  public MemberInvitation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to send an invitation email to the member account. If set to true, the member account
   * does not receive an invitation email.
   *
   * <p>Default: {@code false}. CloudFormation property {@code DisableEmailNotification}.
   */
  public MemberInvitation disableEmailNotification(boolean value) {
    return set("DisableEmailNotification", Value.of(value));
  }

  /**
   * Sets {@code DisableEmailNotification} to this value; see {@link
   * #disableEmailNotification(boolean)}.
   */
  public MemberInvitation disableEmailNotification(Value<Boolean> value) {
    return set("DisableEmailNotification", value);
  }

  /**
   * The ARN of the behavior graph to invite the account to contribute data to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:aws(-[&#92;w]+)*:detective:(([a-z]+-)+[0-9]+):[0-9]{12}:graph:[0-9a-f]{32}}. CloudFormation
   * property {@code GraphArn}.
   */
  public MemberInvitation graphArn(String value) {
    return set("GraphArn", Value.of(value));
  }

  /** Sets {@code GraphArn} to this value; see {@link #graphArn(String)}. */
  public MemberInvitation graphArn(Value<String> value) {
    return set("GraphArn", value);
  }

  /**
   * The root user email address of the invited account. If the email address provided is not the
   * root user email address for the provided account, the invitation creation fails.
   *
   * <p>Required. Pattern: {@code .*&#64;.*}. CloudFormation property {@code MemberEmailAddress}.
   */
  public MemberInvitation memberEmailAddress(String value) {
    return set("MemberEmailAddress", Value.of(value));
  }

  /** Sets {@code MemberEmailAddress} to this value; see {@link #memberEmailAddress(String)}. */
  public MemberInvitation memberEmailAddress(Value<String> value) {
    return set("MemberEmailAddress", value);
  }

  /**
   * The AWS account identifier of the invited account
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [0-9]{12}}. CloudFormation
   * property {@code MemberId}.
   */
  public MemberInvitation memberId(String value) {
    return set("MemberId", Value.of(value));
  }

  /** Sets {@code MemberId} to this value; see {@link #memberId(String)}. */
  public MemberInvitation memberId(Value<String> value) {
    return set("MemberId", value);
  }

  /**
   * Customized text to include in the invitation email message.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Message}.
   */
  public MemberInvitation message(String value) {
    return set("Message", Value.of(value));
  }

  /** Sets {@code Message} to this value; see {@link #message(String)}. */
  public MemberInvitation message(Value<String> value) {
    return set("Message", value);
  }
}
