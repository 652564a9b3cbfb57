// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.guardduty;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * You can use the <code>AWS::GuardDuty::Member</code> resource to add an AWS account as a GuardDuty
 * member account to the current GuardDuty administrator account. If the value of the
 * <code>Status</code> property is not provided or is set to <code>Created</code> , a member account
 * is created but not invited. If the value of the <code>Status</code> property is set to
 * <code>Invited</code> , a member account is created and invited. An
 * <code>AWS::GuardDuty::Member</code> resource must be created with the <code>Status</code>
 * property set to <code>Invited</code> before the <code>AWS::GuardDuty::Master</code> resource can
 * be created in a GuardDuty member account.
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::Member}.
 */
public final class Member extends Resource<Member> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Member")
      .required("Email")
      .constrain("DetectorId", Constraint.of().minLength(1).maxLength(300))
      .allowed("Status", "Created", "Disabled", "Enabled", "Invited", "Removed", "Resigned")
      .build();

  public Member(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the detector associated with the GuardDuty service to add the member to.
   *
   * <p>Changing it replaces the resource. Length: 1 to 300 characters. CloudFormation property
   * {@code DetectorId}.
   */
  public Member detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public Member detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * Specifies whether or not to disable email notification for the member account that you invite.
   *
   * <p>CloudFormation property {@code DisableEmailNotification}.
   */
  public Member disableEmailNotification(boolean value) {
    return set("DisableEmailNotification", Value.of(value));
  }

  /**
   * Sets {@code DisableEmailNotification} to this value; see {@link
   * #disableEmailNotification(boolean)}.
   */
  public Member disableEmailNotification(Value<Boolean> value) {
    return set("DisableEmailNotification", value);
  }

  /**
   * The email address associated with the member account.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Email}.
   */
  public Member email(String value) {
    return set("Email", Value.of(value));
  }

  /** Sets {@code Email} to this value; see {@link #email(String)}. */
  public Member email(Value<String> value) {
    return set("Email", value);
  }

  /**
   * The AWS account ID of the account to designate as a member.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MemberId}.
   */
  public Member memberId(String value) {
    return set("MemberId", Value.of(value));
  }

  /** Sets {@code MemberId} to this value; see {@link #memberId(String)}. */
  public Member memberId(Value<String> value) {
    return set("MemberId", value);
  }

  /**
   * The invitation message that you want to send to the accounts that you're inviting to GuardDuty
   * as members.
   *
   * <p>CloudFormation property {@code Message}.
   */
  public Member message(String value) {
    return set("Message", Value.of(value));
  }

  /** Sets {@code Message} to this value; see {@link #message(String)}. */
  public Member message(Value<String> value) {
    return set("Message", value);
  }

  /**
   * You can use the <code>Status</code> property to update the status of the relationship between
   * the member account and its administrator account. Valid values are <code>Created</code> and
   * <code>Invited</code> when using an <code>AWS::GuardDuty::Member</code> resource. If the value
   * for this property is not provided or set to <code>Created</code> , a member account is created
   * but not invited. If the value of this property is set to <code>Invited</code> , a member
   * account is created and invited.
   *
   * <p>Allowed values: {@code Created}, {@code Disabled}, {@code Enabled}, {@code Invited}, {@code
   * Removed}, {@code Resigned}. CloudFormation property {@code Status}.
   */
  public Member status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Member status(Value<String> value) {
    return set("Status", value);
  }
}
