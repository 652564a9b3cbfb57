// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Activate (prefix {@code activate}), as the service authorization reference lists them.
 */
public final class Activate {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "activate";

  /** {@code activate:CreateForm}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FORM = Action.of(PREFIX, "CreateForm");

  /** {@code activate:GetAccountContact}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_CONTACT = Action.of(PREFIX, "GetAccountContact");

  /** {@code activate:GetContentInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTENT_INFO = Action.of(PREFIX, "GetContentInfo");

  /** {@code activate:GetCosts}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COSTS = Action.of(PREFIX, "GetCosts");

  /** {@code activate:GetCredits}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CREDITS = Action.of(PREFIX, "GetCredits");

  /** {@code activate:GetMemberInfo}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEMBER_INFO = Action.of(PREFIX, "GetMemberInfo");

  /** {@code activate:GetProgram}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROGRAM = Action.of(PREFIX, "GetProgram");

  /** {@code activate:PutMemberInfo}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_MEMBER_INFO = Action.of(PREFIX, "PutMemberInfo");

  private Activate() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
