// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Systems Manager Incident Manager Contacts (prefix {@code ssm-contacts}), as the service authorization reference lists them.
 */
public final class SsmContacts {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ssm-contacts";

  /** {@code ssm-contacts:AcceptPage}: Write; on page. */
  public static final Action ACCEPT_PAGE = Action.of(PREFIX, "AcceptPage");

  /** {@code ssm-contacts:ActivateContactChannel}: Write; on contactchannel. */
  public static final Action ACTIVATE_CONTACT_CHANNEL = Action.of(PREFIX, "ActivateContactChannel");

  /** {@code ssm-contacts:AssociateContact}: Permissions management; on contact. */
  public static final Action ASSOCIATE_CONTACT = Action.of(PREFIX, "AssociateContact");

  /** {@code ssm-contacts:CreateContact}: Write; on contact. */
  public static final Action CREATE_CONTACT = Action.of(PREFIX, "CreateContact");

  /** {@code ssm-contacts:CreateContactChannel}: Write; on contact. */
  public static final Action CREATE_CONTACT_CHANNEL = Action.of(PREFIX, "CreateContactChannel");

  /** {@code ssm-contacts:CreateRotation}: Write; on rotation. */
  public static final Action CREATE_ROTATION = Action.of(PREFIX, "CreateRotation");

  /** {@code ssm-contacts:CreateRotationOverride}: Write; on rotation. */
  public static final Action CREATE_ROTATION_OVERRIDE = Action.of(PREFIX, "CreateRotationOverride");

  /** {@code ssm-contacts:DeactivateContactChannel}: Write; on contactchannel. */
  public static final Action DEACTIVATE_CONTACT_CHANNEL = Action.of(PREFIX, "DeactivateContactChannel");

  /** {@code ssm-contacts:DeleteContact}: Write; on contact. */
  public static final Action DELETE_CONTACT = Action.of(PREFIX, "DeleteContact");

  /** {@code ssm-contacts:DeleteContactChannel}: Write; on contactchannel. */
  public static final Action DELETE_CONTACT_CHANNEL = Action.of(PREFIX, "DeleteContactChannel");

  /** {@code ssm-contacts:DeleteRotation}: Write; on rotation. */
  public static final Action DELETE_ROTATION = Action.of(PREFIX, "DeleteRotation");

  /** {@code ssm-contacts:DeleteRotationOverride}: Write; on rotation. */
  public static final Action DELETE_ROTATION_OVERRIDE = Action.of(PREFIX, "DeleteRotationOverride");

  /** {@code ssm-contacts:DescribeEngagement}: Read; on engagement. */
  public static final Action DESCRIBE_ENGAGEMENT = Action.of(PREFIX, "DescribeEngagement");

  /** {@code ssm-contacts:DescribePage}: Read; on page. */
  public static final Action DESCRIBE_PAGE = Action.of(PREFIX, "DescribePage");

  /** {@code ssm-contacts:GetContact}: Read; on contact. */
  public static final Action GET_CONTACT = Action.of(PREFIX, "GetContact");

  /** {@code ssm-contacts:GetContactChannel}: Read; on contactchannel. */
  public static final Action GET_CONTACT_CHANNEL = Action.of(PREFIX, "GetContactChannel");

  /** {@code ssm-contacts:GetContactPolicy}: Read; on contact. */
  public static final Action GET_CONTACT_POLICY = Action.of(PREFIX, "GetContactPolicy");

  /** {@code ssm-contacts:GetRotation}: Read; on rotation. */
  public static final Action GET_ROTATION = Action.of(PREFIX, "GetRotation");

  /** {@code ssm-contacts:GetRotationOverride}: Read; on rotation. */
  public static final Action GET_ROTATION_OVERRIDE = Action.of(PREFIX, "GetRotationOverride");

  /** {@code ssm-contacts:ListContactChannels}: List; on contact. */
  public static final Action LIST_CONTACT_CHANNELS = Action.of(PREFIX, "ListContactChannels");

  /** {@code ssm-contacts:ListContacts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTACTS = Action.of(PREFIX, "ListContacts");

  /** {@code ssm-contacts:ListEngagements}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENTS = Action.of(PREFIX, "ListEngagements");

  /** {@code ssm-contacts:ListPageReceipts}: List; on page. */
  public static final Action LIST_PAGE_RECEIPTS = Action.of(PREFIX, "ListPageReceipts");

  /** {@code ssm-contacts:ListPageResolutions}: List; on page. */
  public static final Action LIST_PAGE_RESOLUTIONS = Action.of(PREFIX, "ListPageResolutions");

  /** {@code ssm-contacts:ListPagesByContact}: List; on contact. */
  public static final Action LIST_PAGES_BY_CONTACT = Action.of(PREFIX, "ListPagesByContact");

  /** {@code ssm-contacts:ListPagesByEngagement}: List; on engagement. */
  public static final Action LIST_PAGES_BY_ENGAGEMENT = Action.of(PREFIX, "ListPagesByEngagement");

  /** {@code ssm-contacts:ListPreviewRotationShifts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PREVIEW_ROTATION_SHIFTS = Action.of(PREFIX, "ListPreviewRotationShifts");

  /** {@code ssm-contacts:ListRotationOverrides}: List; on rotation. */
  public static final Action LIST_ROTATION_OVERRIDES = Action.of(PREFIX, "ListRotationOverrides");

  /** {@code ssm-contacts:ListRotationShifts}: List; on rotation. */
  public static final Action LIST_ROTATION_SHIFTS = Action.of(PREFIX, "ListRotationShifts");

  /** {@code ssm-contacts:ListRotations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROTATIONS = Action.of(PREFIX, "ListRotations");

  /** {@code ssm-contacts:ListTagsForResource}: Read; on contact, rotation. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ssm-contacts:PutContactPolicy}: Write; on contact. */
  public static final Action PUT_CONTACT_POLICY = Action.of(PREFIX, "PutContactPolicy");

  /** {@code ssm-contacts:SendActivationCode}: Write; on contactchannel. */
  public static final Action SEND_ACTIVATION_CODE = Action.of(PREFIX, "SendActivationCode");

  /** {@code ssm-contacts:StartEngagement}: Write; on contact. */
  public static final Action START_ENGAGEMENT = Action.of(PREFIX, "StartEngagement");

  /** {@code ssm-contacts:StopEngagement}: Write; on engagement. */
  public static final Action STOP_ENGAGEMENT = Action.of(PREFIX, "StopEngagement");

  /** {@code ssm-contacts:TagResource}: Tagging; on contact, rotation. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ssm-contacts:UntagResource}: Tagging; on contact, rotation. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ssm-contacts:UpdateContact}: Write; on contact. */
  public static final Action UPDATE_CONTACT = Action.of(PREFIX, "UpdateContact");

  /** {@code ssm-contacts:UpdateContactChannel}: Write; on contactchannel. */
  public static final Action UPDATE_CONTACT_CHANNEL = Action.of(PREFIX, "UpdateContactChannel");

  /** {@code ssm-contacts:UpdateRotation}: Write; on rotation. */
  public static final Action UPDATE_ROTATION = Action.of(PREFIX, "UpdateRotation");

  private SsmContacts() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
