// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Snowball (prefix {@code snowball}), as the service authorization reference lists them.
 */
public final class Snowball {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "snowball";

  /** {@code snowball:CancelCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_CLUSTER = Action.of(PREFIX, "CancelCluster");

  /** {@code snowball:CancelJob}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code snowball:CreateAddress}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDRESS = Action.of(PREFIX, "CreateAddress");

  /** {@code snowball:CreateCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code snowball:CreateJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code snowball:CreateLongTermPricing}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LONG_TERM_PRICING = Action.of(PREFIX, "CreateLongTermPricing");

  /** {@code snowball:CreateReturnShippingLabel}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RETURN_SHIPPING_LABEL = Action.of(PREFIX, "CreateReturnShippingLabel");

  /** {@code snowball:DescribeAddress}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDRESS = Action.of(PREFIX, "DescribeAddress");

  /** {@code snowball:DescribeAddresses}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDRESSES = Action.of(PREFIX, "DescribeAddresses");

  /** {@code snowball:DescribeCluster}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code snowball:DescribeJob}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_JOB = Action.of(PREFIX, "DescribeJob");

  /** {@code snowball:DescribeReturnShippingLabel}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RETURN_SHIPPING_LABEL = Action.of(PREFIX, "DescribeReturnShippingLabel");

  /** {@code snowball:GetJobManifest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_JOB_MANIFEST = Action.of(PREFIX, "GetJobManifest");

  /** {@code snowball:GetJobUnlockCode}: Read; on no resource type (give {@code *}). */
  public static final Action GET_JOB_UNLOCK_CODE = Action.of(PREFIX, "GetJobUnlockCode");

  /** {@code snowball:GetSnowballUsage}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SNOWBALL_USAGE = Action.of(PREFIX, "GetSnowballUsage");

  /** {@code snowball:GetSoftwareUpdates}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SOFTWARE_UPDATES = Action.of(PREFIX, "GetSoftwareUpdates");

  /** {@code snowball:ListClusterJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTER_JOBS = Action.of(PREFIX, "ListClusterJobs");

  /** {@code snowball:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code snowball:ListCompatibleImages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPATIBLE_IMAGES = Action.of(PREFIX, "ListCompatibleImages");

  /** {@code snowball:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code snowball:ListLongTermPricing}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LONG_TERM_PRICING = Action.of(PREFIX, "ListLongTermPricing");

  /** {@code snowball:ListPickupLocations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PICKUP_LOCATIONS = Action.of(PREFIX, "ListPickupLocations");

  /** {@code snowball:ListServiceVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_VERSIONS = Action.of(PREFIX, "ListServiceVersions");

  /** {@code snowball:UpdateCluster}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code snowball:UpdateJob}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_JOB = Action.of(PREFIX, "UpdateJob");

  /** {@code snowball:UpdateJobShipmentState}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_JOB_SHIPMENT_STATE = Action.of(PREFIX, "UpdateJobShipmentState");

  /** {@code snowball:UpdateLongTermPricing}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LONG_TERM_PRICING = Action.of(PREFIX, "UpdateLongTermPricing");

  private Snowball() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
