// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudFront KeyValueStore (prefix {@code cloudfront-keyvaluestore}), as the service authorization reference lists them.
 */
public final class CloudfrontKeyvaluestore {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudfront-keyvaluestore";

  /** {@code cloudfront-keyvaluestore:DeleteKey}: Write; on key-value-store. */
  public static final Action DELETE_KEY = Action.of(PREFIX, "DeleteKey");

  /** {@code cloudfront-keyvaluestore:DescribeKeyValueStore}: Read; on key-value-store. */
  public static final Action DESCRIBE_KEY_VALUE_STORE = Action.of(PREFIX, "DescribeKeyValueStore");

  /** {@code cloudfront-keyvaluestore:GetKey}: Read; on key-value-store. */
  public static final Action GET_KEY = Action.of(PREFIX, "GetKey");

  /** {@code cloudfront-keyvaluestore:ListKeys}: List; on key-value-store. */
  public static final Action LIST_KEYS = Action.of(PREFIX, "ListKeys");

  /** {@code cloudfront-keyvaluestore:PutKey}: Write; on key-value-store. */
  public static final Action PUT_KEY = Action.of(PREFIX, "PutKey");

  /** {@code cloudfront-keyvaluestore:UpdateKeys}: Write; on key-value-store. */
  public static final Action UPDATE_KEYS = Action.of(PREFIX, "UpdateKeys");

  private CloudfrontKeyvaluestore() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
