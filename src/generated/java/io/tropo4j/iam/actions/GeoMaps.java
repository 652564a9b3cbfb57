// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Location Service Maps (prefix {@code geo-maps}), as the service authorization reference lists them.
 */
public final class GeoMaps {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "geo-maps";

  /** {@code geo-maps:GetStaticMap}: Read; on provider. */
  public static final Action GET_STATIC_MAP = Action.of(PREFIX, "GetStaticMap");

  /** {@code geo-maps:GetTile}: Read; on provider. */
  public static final Action GET_TILE = Action.of(PREFIX, "GetTile");

  private GeoMaps() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
