// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.guardduty;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * You can use the <code>AWS::GuardDuty::Master</code> resource in a GuardDuty member account to
 * accept an invitation from a GuardDuty administrator account. The invitation to the member account
 * must be sent prior to using the <code>AWS::GuardDuty::Master</code> resource to accept the
 * administrator account's invitation. You can invite a member account by using the
 * <code>InviteMembers</code> operation of the GuardDuty API, or by creating an
 * <code>AWS::GuardDuty::Member</code> resource.
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::Master}.
 */
public final class Master extends Resource<Master> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Master")
      .required("DetectorId", "MasterId")
      .build();

  public Master(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID of the detector of the GuardDuty member account.
   *
   * <p>To find the <code>detectorId</code> in the current Region, see the Settings page in the
   * GuardDuty console, or run the <a
   * href="https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListDetectors.html">ListDetectors</a>
   * API.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DetectorId}.
   */
  public Master detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public Master detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * The ID of the invitation that is sent to the account designated as a member account. You can
   * find the invitation ID by running the <a
   * href="https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListInvitations.html">ListInvitations</a>
   * in the <em>GuardDuty API Reference</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InvitationId}.
   */
  public Master invitationId(String value) {
    return set("InvitationId", Value.of(value));
  }

  /** Sets {@code InvitationId} to this value; see {@link #invitationId(String)}. */
  public Master invitationId(Value<String> value) {
    return set("InvitationId", value);
  }

  /**
   * The AWS account ID of the account designated as the GuardDuty administrator account.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MasterId}.
   */
  public Master masterId(String value) {
    return set("MasterId", Value.of(value));
  }

  /** Sets {@code MasterId} to this value; see {@link #masterId(String)}. */
  public Master masterId(Value<String> value) {
    return set("MasterId", value);
  }
}
