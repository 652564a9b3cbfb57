// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EC2 Auto Scaling (prefix {@code autoscaling}), as the service authorization reference lists them.
 */
public final class Autoscaling {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "autoscaling";

  /** {@code autoscaling:AttachInstances}: Write; on autoScalingGroup. */
  public static final Action ATTACH_INSTANCES = Action.of(PREFIX, "AttachInstances");

  /** {@code autoscaling:AttachLoadBalancerTargetGroups}: Write; on autoScalingGroup. */
  public static final Action ATTACH_LOAD_BALANCER_TARGET_GROUPS = Action.of(PREFIX, "AttachLoadBalancerTargetGroups");

  /** {@code autoscaling:AttachLoadBalancers}: Write; on autoScalingGroup. */
  public static final Action ATTACH_LOAD_BALANCERS = Action.of(PREFIX, "AttachLoadBalancers");

  /** {@code autoscaling:AttachTrafficSources}: Write; on autoScalingGroup. */
  public static final Action ATTACH_TRAFFIC_SOURCES = Action.of(PREFIX, "AttachTrafficSources");

  /** {@code autoscaling:BatchDeleteScheduledAction}: Write; on autoScalingGroup. */
  public static final Action BATCH_DELETE_SCHEDULED_ACTION = Action.of(PREFIX, "BatchDeleteScheduledAction");

  /** {@code autoscaling:BatchPutScheduledUpdateGroupAction}: Write; on autoScalingGroup. */
  public static final Action BATCH_PUT_SCHEDULED_UPDATE_GROUP_ACTION = Action.of(PREFIX, "BatchPutScheduledUpdateGroupAction");

  /** {@code autoscaling:CancelInstanceRefresh}: Write; on autoScalingGroup. */
  public static final Action CANCEL_INSTANCE_REFRESH = Action.of(PREFIX, "CancelInstanceRefresh");

  /** {@code autoscaling:CompleteLifecycleAction}: Write; on autoScalingGroup. */
  public static final Action COMPLETE_LIFECYCLE_ACTION = Action.of(PREFIX, "CompleteLifecycleAction");

  /** {@code autoscaling:CreateAutoScalingGroup}: Write; on autoScalingGroup. */
  public static final Action CREATE_AUTO_SCALING_GROUP = Action.of(PREFIX, "CreateAutoScalingGroup");

  /** {@code autoscaling:CreateLaunchConfiguration}: Write; on launchConfiguration. */
  public static final Action CREATE_LAUNCH_CONFIGURATION = Action.of(PREFIX, "CreateLaunchConfiguration");

  /** {@code autoscaling:CreateOrUpdateTags}: Tagging; on autoScalingGroup. */
  public static final Action CREATE_OR_UPDATE_TAGS = Action.of(PREFIX, "CreateOrUpdateTags");

  /** {@code autoscaling:DeleteAutoScalingGroup}: Write; on autoScalingGroup. */
  public static final Action DELETE_AUTO_SCALING_GROUP = Action.of(PREFIX, "DeleteAutoScalingGroup");

  /** {@code autoscaling:DeleteLaunchConfiguration}: Write; on launchConfiguration. */
  public static final Action DELETE_LAUNCH_CONFIGURATION = Action.of(PREFIX, "DeleteLaunchConfiguration");

  /** {@code autoscaling:DeleteLifecycleHook}: Write; on autoScalingGroup. */
  public static final Action DELETE_LIFECYCLE_HOOK = Action.of(PREFIX, "DeleteLifecycleHook");

  /** {@code autoscaling:DeleteNotificationConfiguration}: Write; on autoScalingGroup. */
  public static final Action DELETE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "DeleteNotificationConfiguration");

  /** {@code autoscaling:DeletePolicy}: Write; on autoScalingGroup. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code autoscaling:DeleteScheduledAction}: Write; on autoScalingGroup. */
  public static final Action DELETE_SCHEDULED_ACTION = Action.of(PREFIX, "DeleteScheduledAction");

  /** {@code autoscaling:DeleteTags}: Tagging; on autoScalingGroup. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code autoscaling:DeleteWarmPool}: Write; on autoScalingGroup. */
  public static final Action DELETE_WARM_POOL = Action.of(PREFIX, "DeleteWarmPool");

  /** {@code autoscaling:DescribeAccountLimits}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_LIMITS = Action.of(PREFIX, "DescribeAccountLimits");

  /** {@code autoscaling:DescribeAccountSettings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_SETTINGS = Action.of(PREFIX, "DescribeAccountSettings");

  /** {@code autoscaling:DescribeAdjustmentTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADJUSTMENT_TYPES = Action.of(PREFIX, "DescribeAdjustmentTypes");

  /** {@code autoscaling:DescribeAutoScalingGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUTO_SCALING_GROUPS = Action.of(PREFIX, "DescribeAutoScalingGroups");

  /** {@code autoscaling:DescribeAutoScalingInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUTO_SCALING_INSTANCES = Action.of(PREFIX, "DescribeAutoScalingInstances");

  /** {@code autoscaling:DescribeAutoScalingNotificationTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUTO_SCALING_NOTIFICATION_TYPES = Action.of(PREFIX, "DescribeAutoScalingNotificationTypes");

  /** {@code autoscaling:DescribeInstanceRefreshes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_REFRESHES = Action.of(PREFIX, "DescribeInstanceRefreshes");

  /** {@code autoscaling:DescribeLaunchConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LAUNCH_CONFIGURATIONS = Action.of(PREFIX, "DescribeLaunchConfigurations");

  /** {@code autoscaling:DescribeLifecycleHookTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LIFECYCLE_HOOK_TYPES = Action.of(PREFIX, "DescribeLifecycleHookTypes");

  /** {@code autoscaling:DescribeLifecycleHooks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LIFECYCLE_HOOKS = Action.of(PREFIX, "DescribeLifecycleHooks");

  /** {@code autoscaling:DescribeLoadBalancerTargetGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOAD_BALANCER_TARGET_GROUPS = Action.of(PREFIX, "DescribeLoadBalancerTargetGroups");

  /** {@code autoscaling:DescribeLoadBalancers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOAD_BALANCERS = Action.of(PREFIX, "DescribeLoadBalancers");

  /** {@code autoscaling:DescribeMetricCollectionTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_METRIC_COLLECTION_TYPES = Action.of(PREFIX, "DescribeMetricCollectionTypes");

  /** {@code autoscaling:DescribeNotificationConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NOTIFICATION_CONFIGURATIONS = Action.of(PREFIX, "DescribeNotificationConfigurations");

  /** {@code autoscaling:DescribePolicies}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_POLICIES = Action.of(PREFIX, "DescribePolicies");

  /** {@code autoscaling:DescribeScalingActivities}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALING_ACTIVITIES = Action.of(PREFIX, "DescribeScalingActivities");

  /** {@code autoscaling:DescribeScalingProcessTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCALING_PROCESS_TYPES = Action.of(PREFIX, "DescribeScalingProcessTypes");

  /** {@code autoscaling:DescribeScheduledActions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCHEDULED_ACTIONS = Action.of(PREFIX, "DescribeScheduledActions");

  /** {@code autoscaling:DescribeTags}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code autoscaling:DescribeTerminationPolicyTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TERMINATION_POLICY_TYPES = Action.of(PREFIX, "DescribeTerminationPolicyTypes");

  /** {@code autoscaling:DescribeTrafficSources}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRAFFIC_SOURCES = Action.of(PREFIX, "DescribeTrafficSources");

  /** {@code autoscaling:DescribeWarmPool}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_WARM_POOL = Action.of(PREFIX, "DescribeWarmPool");

  /** {@code autoscaling:DetachInstances}: Write; on autoScalingGroup. */
  public static final Action DETACH_INSTANCES = Action.of(PREFIX, "DetachInstances");

  /** {@code autoscaling:DetachLoadBalancerTargetGroups}: Write; on autoScalingGroup. */
  public static final Action DETACH_LOAD_BALANCER_TARGET_GROUPS = Action.of(PREFIX, "DetachLoadBalancerTargetGroups");

  /** {@code autoscaling:DetachLoadBalancers}: Write; on autoScalingGroup. */
  public static final Action DETACH_LOAD_BALANCERS = Action.of(PREFIX, "DetachLoadBalancers");

  /** {@code autoscaling:DetachTrafficSources}: Write; on autoScalingGroup. */
  public static final Action DETACH_TRAFFIC_SOURCES = Action.of(PREFIX, "DetachTrafficSources");

  /** {@code autoscaling:DisableMetricsCollection}: Write; on autoScalingGroup. */
  public static final Action DISABLE_METRICS_COLLECTION = Action.of(PREFIX, "DisableMetricsCollection");

  /** {@code autoscaling:EnableMetricsCollection}: Write; on autoScalingGroup. */
  public static final Action ENABLE_METRICS_COLLECTION = Action.of(PREFIX, "EnableMetricsCollection");

  /** {@code autoscaling:EnterStandby}: Write; on autoScalingGroup. */
  public static final Action ENTER_STANDBY = Action.of(PREFIX, "EnterStandby");

  /** {@code autoscaling:ExecutePolicy}: Write; on autoScalingGroup. */
  public static final Action EXECUTE_POLICY = Action.of(PREFIX, "ExecutePolicy");

  /** {@code autoscaling:ExitStandby}: Write; on autoScalingGroup. */
  public static final Action EXIT_STANDBY = Action.of(PREFIX, "ExitStandby");

  /** {@code autoscaling:GetPredictiveScalingForecast}: List; on no resource type (give {@code *}). */
  public static final Action GET_PREDICTIVE_SCALING_FORECAST = Action.of(PREFIX, "GetPredictiveScalingForecast");

  /** {@code autoscaling:LaunchInstances}: Write; on autoScalingGroup. */
  public static final Action LAUNCH_INSTANCES = Action.of(PREFIX, "LaunchInstances");

  /** {@code autoscaling:PutAccountSetting}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SETTING = Action.of(PREFIX, "PutAccountSetting");

  /** {@code autoscaling:PutLifecycleHook}: Write; on autoScalingGroup. */
  public static final Action PUT_LIFECYCLE_HOOK = Action.of(PREFIX, "PutLifecycleHook");

  /** {@code autoscaling:PutNotificationConfiguration}: Write; on autoScalingGroup. */
  public static final Action PUT_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "PutNotificationConfiguration");

  /** {@code autoscaling:PutScalingPolicy}: Write; on autoScalingGroup. */
  public static final Action PUT_SCALING_POLICY = Action.of(PREFIX, "PutScalingPolicy");

  /** {@code autoscaling:PutScheduledUpdateGroupAction}: Write; on autoScalingGroup. */
  public static final Action PUT_SCHEDULED_UPDATE_GROUP_ACTION = Action.of(PREFIX, "PutScheduledUpdateGroupAction");

  /** {@code autoscaling:PutWarmPool}: Write; on autoScalingGroup. */
  public static final Action PUT_WARM_POOL = Action.of(PREFIX, "PutWarmPool");

  /** {@code autoscaling:RecordLifecycleActionHeartbeat}: Write; on autoScalingGroup. */
  public static final Action RECORD_LIFECYCLE_ACTION_HEARTBEAT = Action.of(PREFIX, "RecordLifecycleActionHeartbeat");

  /** {@code autoscaling:ResumeProcesses}: Write; on autoScalingGroup. */
  public static final Action RESUME_PROCESSES = Action.of(PREFIX, "ResumeProcesses");

  /** {@code autoscaling:RollbackInstanceRefresh}: Write; on autoScalingGroup. */
  public static final Action ROLLBACK_INSTANCE_REFRESH = Action.of(PREFIX, "RollbackInstanceRefresh");

  /** {@code autoscaling:SetDesiredCapacity}: Write; on autoScalingGroup. */
  public static final Action SET_DESIRED_CAPACITY = Action.of(PREFIX, "SetDesiredCapacity");

  /** {@code autoscaling:SetInstanceHealth}: Write; on autoScalingGroup. */
  public static final Action SET_INSTANCE_HEALTH = Action.of(PREFIX, "SetInstanceHealth");

  /** {@code autoscaling:SetInstanceProtection}: Write; on autoScalingGroup. */
  public static final Action SET_INSTANCE_PROTECTION = Action.of(PREFIX, "SetInstanceProtection");

  /** {@code autoscaling:StartInstanceRefresh}: Write; on autoScalingGroup. */
  public static final Action START_INSTANCE_REFRESH = Action.of(PREFIX, "StartInstanceRefresh");

  /** {@code autoscaling:SuspendProcesses}: Write; on autoScalingGroup. */
  public static final Action SUSPEND_PROCESSES = Action.of(PREFIX, "SuspendProcesses");

  /** {@code autoscaling:TerminateInstanceInAutoScalingGroup}: Write; on autoScalingGroup. */
  public static final Action TERMINATE_INSTANCE_IN_AUTO_SCALING_GROUP = Action.of(PREFIX, "TerminateInstanceInAutoScalingGroup");

  /** {@code autoscaling:UpdateAutoScalingGroup}: Write; on autoScalingGroup. */
  public static final Action UPDATE_AUTO_SCALING_GROUP = Action.of(PREFIX, "UpdateAutoScalingGroup");

  private Autoscaling() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
