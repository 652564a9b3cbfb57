// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.detective;

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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GraphArn}.
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
   * <p>Required. CloudFormation property {@code MemberEmailAddress}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MemberId}.
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
   * <p>CloudFormation property {@code Message}.
   */
  public MemberInvitation message(String value) {
    return set("Message", Value.of(value));
  }

  /** Sets {@code Message} to this value; see {@link #message(String)}. */
  public MemberInvitation message(Value<String> value) {
    return set("Message", value);
  }
}
