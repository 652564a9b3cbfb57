// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Location Service Places (prefix {@code geo-places}), as the service authorization reference lists them.
 */
public final class GeoPlaces {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "geo-places";

  /** {@code geo-places:Autocomplete}: Read; on provider. */
  public static final Action AUTOCOMPLETE = Action.of(PREFIX, "Autocomplete");

  /** {@code geo-places:Geocode}: Read; on provider. */
  public static final Action GEOCODE = Action.of(PREFIX, "Geocode");

  /** {@code geo-places:GetPlace}: Read; on provider. */
  public static final Action GET_PLACE = Action.of(PREFIX, "GetPlace");

  /** {@code geo-places:ReverseGeocode}: Read; on provider. */
  public static final Action REVERSE_GEOCODE = Action.of(PREFIX, "ReverseGeocode");

  /** {@code geo-places:SearchNearby}: Read; on provider. */
  public static final Action SEARCH_NEARBY = Action.of(PREFIX, "SearchNearby");

  /** {@code geo-places:SearchText}: Read; on provider. */
  public static final Action SEARCH_TEXT = Action.of(PREFIX, "SearchText");

  /** {@code geo-places:Suggest}: Read; on provider. */
  public static final Action SUGGEST = Action.of(PREFIX, "Suggest");

  private GeoPlaces() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
