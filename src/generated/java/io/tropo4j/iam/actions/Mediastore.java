// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental MediaStore (prefix {@code mediastore}), as the service authorization reference lists them.
 */
public final class Mediastore {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediastore";

  /** {@code mediastore:CreateContainer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTAINER = Action.of(PREFIX, "CreateContainer");

  /** {@code mediastore:DeleteContainer}: Write; on container. */
  public static final Action DELETE_CONTAINER = Action.of(PREFIX, "DeleteContainer");

  /** {@code mediastore:DeleteContainerPolicy}: Permissions management; on container. */
  public static final Action DELETE_CONTAINER_POLICY = Action.of(PREFIX, "DeleteContainerPolicy");

  /** {@code mediastore:DeleteCorsPolicy}: Write; on container. */
  public static final Action DELETE_CORS_POLICY = Action.of(PREFIX, "DeleteCorsPolicy");

  /** {@code mediastore:DeleteLifecyclePolicy}: Write; on container. */
  public static final Action DELETE_LIFECYCLE_POLICY = Action.of(PREFIX, "DeleteLifecyclePolicy");

  /** {@code mediastore:DeleteMetricPolicy}: Write; on container. */
  public static final Action DELETE_METRIC_POLICY = Action.of(PREFIX, "DeleteMetricPolicy");

  /** {@code mediastore:DeleteObject}: Write; on object. */
  public static final Action DELETE_OBJECT = Action.of(PREFIX, "DeleteObject");

  /** {@code mediastore:DescribeContainer}: List; on container. */
  public static final Action DESCRIBE_CONTAINER = Action.of(PREFIX, "DescribeContainer");

  /** {@code mediastore:DescribeObject}: List; on object. */
  public static final Action DESCRIBE_OBJECT = Action.of(PREFIX, "DescribeObject");

  /** {@code mediastore:GetContainerPolicy}: Read; on container. */
  public static final Action GET_CONTAINER_POLICY = Action.of(PREFIX, "GetContainerPolicy");

  /** {@code mediastore:GetCorsPolicy}: Read; on container. */
  public static final Action GET_CORS_POLICY = Action.of(PREFIX, "GetCorsPolicy");

  /** {@code mediastore:GetLifecyclePolicy}: Read; on container. */
  public static final Action GET_LIFECYCLE_POLICY = Action.of(PREFIX, "GetLifecyclePolicy");

  /** {@code mediastore:GetMetricPolicy}: Read; on container. */
  public static final Action GET_METRIC_POLICY = Action.of(PREFIX, "GetMetricPolicy");

  /** {@code mediastore:GetObject}: Read; on object. */
  public static final Action GET_OBJECT = Action.of(PREFIX, "GetObject");

  /** {@code mediastore:ListContainers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTAINERS = Action.of(PREFIX, "ListContainers");

  /** {@code mediastore:ListItems}: List; on folder. */
  public static final Action LIST_ITEMS = Action.of(PREFIX, "ListItems");

  /** {@code mediastore:ListTagsForResource}: Read; on container. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mediastore:PutContainerPolicy}: Permissions management; on container. */
  public static final Action PUT_CONTAINER_POLICY = Action.of(PREFIX, "PutContainerPolicy");

  /** {@code mediastore:PutCorsPolicy}: Write; on container. */
  public static final Action PUT_CORS_POLICY = Action.of(PREFIX, "PutCorsPolicy");

  /** {@code mediastore:PutLifecyclePolicy}: Write; on container. */
  public static final Action PUT_LIFECYCLE_POLICY = Action.of(PREFIX, "PutLifecyclePolicy");

  /** {@code mediastore:PutMetricPolicy}: Write; on container. */
  public static final Action PUT_METRIC_POLICY = Action.of(PREFIX, "PutMetricPolicy");

  /** {@code mediastore:PutObject}: Write; on object. */
  public static final Action PUT_OBJECT = Action.of(PREFIX, "PutObject");

  /** {@code mediastore:StartAccessLogging}: Write; on container. */
  public static final Action START_ACCESS_LOGGING = Action.of(PREFIX, "StartAccessLogging");

  /** {@code mediastore:StopAccessLogging}: Write; on container. */
  public static final Action STOP_ACCESS_LOGGING = Action.of(PREFIX, "StopAccessLogging");

  /** {@code mediastore:TagResource}: Tagging; on container. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mediastore:UntagResource}: Tagging; on container. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Mediastore() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
