// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Account Management (prefix {@code account}), as the service authorization reference lists them.
 */
public final class Account {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "account";

  /** {@code account:AcceptPrimaryEmailUpdate}: Write; on accountInOrganization. */
  public static final Action ACCEPT_PRIMARY_EMAIL_UPDATE = Action.of(PREFIX, "AcceptPrimaryEmailUpdate");

  /** {@code account:CloseAccount}: Write; on account. */
  public static final Action CLOSE_ACCOUNT = Action.of(PREFIX, "CloseAccount");

  /** {@code account:DeleteAlternateContact}: Write; on account, accountInOrganization. */
  public static final Action DELETE_ALTERNATE_CONTACT = Action.of(PREFIX, "DeleteAlternateContact");

  /** {@code account:DisableRegion}: Write; on account, accountInOrganization. */
  public static final Action DISABLE_REGION = Action.of(PREFIX, "DisableRegion");

  /** {@code account:EnableRegion}: Write; on account, accountInOrganization. */
  public static final Action ENABLE_REGION = Action.of(PREFIX, "EnableRegion");

  /** {@code account:GetAccountInformation}: Read; on account, accountInOrganization. */
  public static final Action GET_ACCOUNT_INFORMATION = Action.of(PREFIX, "GetAccountInformation");

  /** {@code account:GetAlternateContact}: Read; on account, accountInOrganization. */
  public static final Action GET_ALTERNATE_CONTACT = Action.of(PREFIX, "GetAlternateContact");

  /** {@code account:GetContactInformation}: Read; on account, accountInOrganization. */
  public static final Action GET_CONTACT_INFORMATION = Action.of(PREFIX, "GetContactInformation");

  /** {@code account:GetGovCloudAccountInformation}: Read; on account, accountInOrganization. */
  public static final Action GET_GOV_CLOUD_ACCOUNT_INFORMATION = Action.of(PREFIX, "GetGovCloudAccountInformation");

  /** {@code account:GetPrimaryEmail}: Read; on accountInOrganization. */
  public static final Action GET_PRIMARY_EMAIL = Action.of(PREFIX, "GetPrimaryEmail");

  /** {@code account:GetRegionOptStatus}: Read; on account, accountInOrganization. */
  public static final Action GET_REGION_OPT_STATUS = Action.of(PREFIX, "GetRegionOptStatus");

  /** {@code account:ListRegions}: List; on account, accountInOrganization. */
  public static final Action LIST_REGIONS = Action.of(PREFIX, "ListRegions");

  /** {@code account:PutAccountName}: Write; on account, accountInOrganization. */
  public static final Action PUT_ACCOUNT_NAME = Action.of(PREFIX, "PutAccountName");

  /** {@code account:PutAlternateContact}: Write; on account, accountInOrganization. */
  public static final Action PUT_ALTERNATE_CONTACT = Action.of(PREFIX, "PutAlternateContact");

  /** {@code account:PutContactInformation}: Write; on account, accountInOrganization. */
  public static final Action PUT_CONTACT_INFORMATION = Action.of(PREFIX, "PutContactInformation");

  /** {@code account:StartPrimaryEmailUpdate}: Write; on accountInOrganization. */
  public static final Action START_PRIMARY_EMAIL_UPDATE = Action.of(PREFIX, "StartPrimaryEmailUpdate");

  private Account() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
