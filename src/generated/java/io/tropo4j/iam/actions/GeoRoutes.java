// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Location Service Routes (prefix {@code geo-routes}), as the service authorization reference lists them.
 */
public final class GeoRoutes {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "geo-routes";

  /** {@code geo-routes:CalculateIsolines}: Read; on provider. */
  public static final Action CALCULATE_ISOLINES = Action.of(PREFIX, "CalculateIsolines");

  /** {@code geo-routes:CalculateRouteMatrix}: Read; on provider. */
  public static final Action CALCULATE_ROUTE_MATRIX = Action.of(PREFIX, "CalculateRouteMatrix");

  /** {@code geo-routes:CalculateRoutes}: Read; on provider. */
  public static final Action CALCULATE_ROUTES = Action.of(PREFIX, "CalculateRoutes");

  /** {@code geo-routes:OptimizeWaypoints}: Read; on provider. */
  public static final Action OPTIMIZE_WAYPOINTS = Action.of(PREFIX, "OptimizeWaypoints");

  /** {@code geo-routes:SnapToRoads}: Read; on provider. */
  public static final Action SNAP_TO_ROADS = Action.of(PREFIX, "SnapToRoads");

  private GeoRoutes() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
