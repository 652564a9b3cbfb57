// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Location (prefix {@code geo}), as the service authorization reference lists them.
 */
public final class Geo {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "geo";

  /** {@code geo:AssociateTrackerConsumer}: Write; on tracker. */
  public static final Action ASSOCIATE_TRACKER_CONSUMER = Action.of(PREFIX, "AssociateTrackerConsumer");

  /** {@code geo:BatchDeleteDevicePositionHistory}: Write; on tracker. */
  public static final Action BATCH_DELETE_DEVICE_POSITION_HISTORY = Action.of(PREFIX, "BatchDeleteDevicePositionHistory");

  /** {@code geo:BatchDeleteGeofence}: Write; on geofence-collection. */
  public static final Action BATCH_DELETE_GEOFENCE = Action.of(PREFIX, "BatchDeleteGeofence");

  /** {@code geo:BatchEvaluateGeofences}: Write; on geofence-collection. */
  public static final Action BATCH_EVALUATE_GEOFENCES = Action.of(PREFIX, "BatchEvaluateGeofences");

  /** {@code geo:BatchGetDevicePosition}: Read; on tracker. */
  public static final Action BATCH_GET_DEVICE_POSITION = Action.of(PREFIX, "BatchGetDevicePosition");

  /** {@code geo:BatchPutGeofence}: Write; on geofence-collection. */
  public static final Action BATCH_PUT_GEOFENCE = Action.of(PREFIX, "BatchPutGeofence");

  /** {@code geo:BatchUpdateDevicePosition}: Write; on tracker. */
  public static final Action BATCH_UPDATE_DEVICE_POSITION = Action.of(PREFIX, "BatchUpdateDevicePosition");

  /** {@code geo:CalculateRoute}: Read; on route-calculator. */
  public static final Action CALCULATE_ROUTE = Action.of(PREFIX, "CalculateRoute");

  /** {@code geo:CalculateRouteMatrix}: Read; on route-calculator. */
  public static final Action CALCULATE_ROUTE_MATRIX = Action.of(PREFIX, "CalculateRouteMatrix");

  /** {@code geo:CreateGeofenceCollection}: Write; on geofence-collection. */
  public static final Action CREATE_GEOFENCE_COLLECTION = Action.of(PREFIX, "CreateGeofenceCollection");

  /** {@code geo:CreateKey}: Write; on api-key. */
  public static final Action CREATE_KEY = Action.of(PREFIX, "CreateKey");

  /** {@code geo:CreateMap}: Write; on map. */
  public static final Action CREATE_MAP = Action.of(PREFIX, "CreateMap");

  /** {@code geo:CreatePlaceIndex}: Write; on place-index. */
  public static final Action CREATE_PLACE_INDEX = Action.of(PREFIX, "CreatePlaceIndex");

  /** {@code geo:CreateRouteCalculator}: Write; on route-calculator. */
  public static final Action CREATE_ROUTE_CALCULATOR = Action.of(PREFIX, "CreateRouteCalculator");

  /** {@code geo:CreateTracker}: Write; on tracker. */
  public static final Action CREATE_TRACKER = Action.of(PREFIX, "CreateTracker");

  /** {@code geo:DeleteGeofenceCollection}: Write; on geofence-collection. */
  public static final Action DELETE_GEOFENCE_COLLECTION = Action.of(PREFIX, "DeleteGeofenceCollection");

  /** {@code geo:DeleteKey}: Write; on api-key. */
  public static final Action DELETE_KEY = Action.of(PREFIX, "DeleteKey");

  /** {@code geo:DeleteMap}: Write; on map. */
  public static final Action DELETE_MAP = Action.of(PREFIX, "DeleteMap");

  /** {@code geo:DeletePlaceIndex}: Write; on place-index. */
  public static final Action DELETE_PLACE_INDEX = Action.of(PREFIX, "DeletePlaceIndex");

  /** {@code geo:DeleteRouteCalculator}: Write; on route-calculator. */
  public static final Action DELETE_ROUTE_CALCULATOR = Action.of(PREFIX, "DeleteRouteCalculator");

  /** {@code geo:DeleteTracker}: Write; on tracker. */
  public static final Action DELETE_TRACKER = Action.of(PREFIX, "DeleteTracker");

  /** {@code geo:DescribeGeofenceCollection}: Read; on geofence-collection. */
  public static final Action DESCRIBE_GEOFENCE_COLLECTION = Action.of(PREFIX, "DescribeGeofenceCollection");

  /** {@code geo:DescribeKey}: Read; on api-key. */
  public static final Action DESCRIBE_KEY = Action.of(PREFIX, "DescribeKey");

  /** {@code geo:DescribeMap}: Read; on map. */
  public static final Action DESCRIBE_MAP = Action.of(PREFIX, "DescribeMap");

  /** {@code geo:DescribePlaceIndex}: Read; on place-index. */
  public static final Action DESCRIBE_PLACE_INDEX = Action.of(PREFIX, "DescribePlaceIndex");

  /** {@code geo:DescribeRouteCalculator}: Read; on route-calculator. */
  public static final Action DESCRIBE_ROUTE_CALCULATOR = Action.of(PREFIX, "DescribeRouteCalculator");

  /** {@code geo:DescribeTracker}: Read; on tracker. */
  public static final Action DESCRIBE_TRACKER = Action.of(PREFIX, "DescribeTracker");

  /** {@code geo:DisassociateTrackerConsumer}: Write; on tracker. */
  public static final Action DISASSOCIATE_TRACKER_CONSUMER = Action.of(PREFIX, "DisassociateTrackerConsumer");

  /** {@code geo:ForecastGeofenceEvents}: Read; on geofence-collection. */
  public static final Action FORECAST_GEOFENCE_EVENTS = Action.of(PREFIX, "ForecastGeofenceEvents");

  /** {@code geo:GetDevicePosition}: Read; on tracker. */
  public static final Action GET_DEVICE_POSITION = Action.of(PREFIX, "GetDevicePosition");

  /** {@code geo:GetDevicePositionHistory}: Read; on tracker. */
  public static final Action GET_DEVICE_POSITION_HISTORY = Action.of(PREFIX, "GetDevicePositionHistory");

  /** {@code geo:GetGeofence}: Read; on geofence-collection. */
  public static final Action GET_GEOFENCE = Action.of(PREFIX, "GetGeofence");

  /** {@code geo:GetMapGlyphs}: Read; on map. */
  public static final Action GET_MAP_GLYPHS = Action.of(PREFIX, "GetMapGlyphs");

  /** {@code geo:GetMapSprites}: Read; on map. */
  public static final Action GET_MAP_SPRITES = Action.of(PREFIX, "GetMapSprites");

  /** {@code geo:GetMapStyleDescriptor}: Read; on map. */
  public static final Action GET_MAP_STYLE_DESCRIPTOR = Action.of(PREFIX, "GetMapStyleDescriptor");

  /** {@code geo:GetMapTile}: Read; on map. */
  public static final Action GET_MAP_TILE = Action.of(PREFIX, "GetMapTile");

  /** {@code geo:GetPlace}: Read; on place-index. */
  public static final Action GET_PLACE = Action.of(PREFIX, "GetPlace");

  /** {@code geo:ListDevicePositions}: Read; on tracker. */
  public static final Action LIST_DEVICE_POSITIONS = Action.of(PREFIX, "ListDevicePositions");

  /** {@code geo:ListGeofenceCollections}: List; on geofence-collection. */
  public static final Action LIST_GEOFENCE_COLLECTIONS = Action.of(PREFIX, "ListGeofenceCollections");

  /** {@code geo:ListGeofences}: Read; on geofence-collection. */
  public static final Action LIST_GEOFENCES = Action.of(PREFIX, "ListGeofences");

  /** {@code geo:ListKeys}: List; on api-key. */
  public static final Action LIST_KEYS = Action.of(PREFIX, "ListKeys");

  /** {@code geo:ListMaps}: List; on map. */
  public static final Action LIST_MAPS = Action.of(PREFIX, "ListMaps");

  /** {@code geo:ListPlaceIndexes}: List; on place-index. */
  public static final Action LIST_PLACE_INDEXES = Action.of(PREFIX, "ListPlaceIndexes");

  /** {@code geo:ListRouteCalculators}: List; on route-calculator. */
  public static final Action LIST_ROUTE_CALCULATORS = Action.of(PREFIX, "ListRouteCalculators");

  /** {@code geo:ListTagsForResource}: Read; on api-key, geofence-collection, map, place-index, route-calculator, tracker. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code geo:ListTrackerConsumers}: Read; on tracker. */
  public static final Action LIST_TRACKER_CONSUMERS = Action.of(PREFIX, "ListTrackerConsumers");

  /** {@code geo:ListTrackers}: List; on tracker. */
  public static final Action LIST_TRACKERS = Action.of(PREFIX, "ListTrackers");

  /** {@code geo:PutGeofence}: Write; on geofence-collection. */
  public static final Action PUT_GEOFENCE = Action.of(PREFIX, "PutGeofence");

  /** {@code geo:SearchPlaceIndexForPosition}: Read; on place-index. */
  public static final Action SEARCH_PLACE_INDEX_FOR_POSITION = Action.of(PREFIX, "SearchPlaceIndexForPosition");

  /** {@code geo:SearchPlaceIndexForSuggestions}: Read; on place-index. */
  public static final Action SEARCH_PLACE_INDEX_FOR_SUGGESTIONS = Action.of(PREFIX, "SearchPlaceIndexForSuggestions");

  /** {@code geo:SearchPlaceIndexForText}: Read; on place-index. */
  public static final Action SEARCH_PLACE_INDEX_FOR_TEXT = Action.of(PREFIX, "SearchPlaceIndexForText");

  /** {@code geo:TagResource}: Tagging; on api-key, geofence-collection, map, place-index, route-calculator, tracker. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code geo:UntagResource}: Tagging; on api-key, geofence-collection, map, place-index, route-calculator, tracker. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code geo:UpdateGeofenceCollection}: Write; on geofence-collection. */
  public static final Action UPDATE_GEOFENCE_COLLECTION = Action.of(PREFIX, "UpdateGeofenceCollection");

  /** {@code geo:UpdateKey}: Write; on api-key. */
  public static final Action UPDATE_KEY = Action.of(PREFIX, "UpdateKey");

  /** {@code geo:UpdateMap}: Write; on map. */
  public static final Action UPDATE_MAP = Action.of(PREFIX, "UpdateMap");

  /** {@code geo:UpdatePlaceIndex}: Write; on place-index. */
  public static final Action UPDATE_PLACE_INDEX = Action.of(PREFIX, "UpdatePlaceIndex");

  /** {@code geo:UpdateRouteCalculator}: Write; on route-calculator. */
  public static final Action UPDATE_ROUTE_CALCULATOR = Action.of(PREFIX, "UpdateRouteCalculator");

  /** {@code geo:UpdateTracker}: Write; on tracker. */
  public static final Action UPDATE_TRACKER = Action.of(PREFIX, "UpdateTracker");

  /** {@code geo:VerifyDevicePosition}: Read; on tracker. */
  public static final Action VERIFY_DEVICE_POSITION = Action.of(PREFIX, "VerifyDevicePosition");

  private Geo() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
