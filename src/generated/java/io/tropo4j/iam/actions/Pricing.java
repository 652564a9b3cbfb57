// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Price List (prefix {@code pricing}), as the service authorization reference lists them.
 */
public final class Pricing {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pricing";

  /** {@code pricing:DescribeServices}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICES = Action.of(PREFIX, "DescribeServices");

  /** {@code pricing:GetAttributeValues}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ATTRIBUTE_VALUES = Action.of(PREFIX, "GetAttributeValues");

  /** {@code pricing:GetPriceListFileUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PRICE_LIST_FILE_URL = Action.of(PREFIX, "GetPriceListFileUrl");

  /** {@code pricing:GetProducts}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PRODUCTS = Action.of(PREFIX, "GetProducts");

  /** {@code pricing:ListPriceLists}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PRICE_LISTS = Action.of(PREFIX, "ListPriceLists");

  private Pricing() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
