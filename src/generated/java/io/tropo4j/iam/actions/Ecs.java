// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic Container Service (prefix {@code ecs}), as the service authorization reference lists them.
 */
public final class Ecs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ecs";

  /** {@code ecs:CreateCapacityProvider}: Write; on capacity-provider. */
  public static final Action CREATE_CAPACITY_PROVIDER = Action.of(PREFIX, "CreateCapacityProvider");

  /** {@code ecs:CreateCluster}: Write; on cluster. */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code ecs:CreateExpressGatewayService}: Write; on service. */
  public static final Action CREATE_EXPRESS_GATEWAY_SERVICE = Action.of(PREFIX, "CreateExpressGatewayService");

  /** {@code ecs:CreateService}: Write; on service. */
  public static final Action CREATE_SERVICE = Action.of(PREFIX, "CreateService");

  /** {@code ecs:CreateTaskSet}: Write; on task-set. */
  public static final Action CREATE_TASK_SET = Action.of(PREFIX, "CreateTaskSet");

  /** {@code ecs:DeleteAccountSetting}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_SETTING = Action.of(PREFIX, "DeleteAccountSetting");

  /** {@code ecs:DeleteAttributes}: Write; on container-instance. */
  public static final Action DELETE_ATTRIBUTES = Action.of(PREFIX, "DeleteAttributes");

  /** {@code ecs:DeleteCapacityProvider}: Write; on capacity-provider. */
  public static final Action DELETE_CAPACITY_PROVIDER = Action.of(PREFIX, "DeleteCapacityProvider");

  /** {@code ecs:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code ecs:DeleteExpressGatewayService}: Write; on service. */
  public static final Action DELETE_EXPRESS_GATEWAY_SERVICE = Action.of(PREFIX, "DeleteExpressGatewayService");

  /** {@code ecs:DeleteService}: Write; on service. */
  public static final Action DELETE_SERVICE = Action.of(PREFIX, "DeleteService");

  /** {@code ecs:DeleteTaskDefinitions}: Write; on task-definition. */
  public static final Action DELETE_TASK_DEFINITIONS = Action.of(PREFIX, "DeleteTaskDefinitions");

  /** {@code ecs:DeleteTaskSet}: Write; on task-set. */
  public static final Action DELETE_TASK_SET = Action.of(PREFIX, "DeleteTaskSet");

  /** {@code ecs:DeregisterContainerInstance}: Write; on cluster. */
  public static final Action DEREGISTER_CONTAINER_INSTANCE = Action.of(PREFIX, "DeregisterContainerInstance");

  /** {@code ecs:DeregisterTaskDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_TASK_DEFINITION = Action.of(PREFIX, "DeregisterTaskDefinition");

  /** {@code ecs:DescribeCapacityProviders}: Read; on capacity-provider. */
  public static final Action DESCRIBE_CAPACITY_PROVIDERS = Action.of(PREFIX, "DescribeCapacityProviders");

  /** {@code ecs:DescribeClusters}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTERS = Action.of(PREFIX, "DescribeClusters");

  /** {@code ecs:DescribeContainerInstances}: Read; on container-instance. */
  public static final Action DESCRIBE_CONTAINER_INSTANCES = Action.of(PREFIX, "DescribeContainerInstances");

  /** {@code ecs:DescribeExpressGatewayService}: Read; on service. */
  public static final Action DESCRIBE_EXPRESS_GATEWAY_SERVICE = Action.of(PREFIX, "DescribeExpressGatewayService");

  /** {@code ecs:DescribeServiceDeployments}: Read; on service, service-deployment. */
  public static final Action DESCRIBE_SERVICE_DEPLOYMENTS = Action.of(PREFIX, "DescribeServiceDeployments");

  /** {@code ecs:DescribeServiceRevisions}: Read; on service, service-revision. */
  public static final Action DESCRIBE_SERVICE_REVISIONS = Action.of(PREFIX, "DescribeServiceRevisions");

  /** {@code ecs:DescribeServices}: Read; on service. */
  public static final Action DESCRIBE_SERVICES = Action.of(PREFIX, "DescribeServices");

  /** {@code ecs:DescribeTaskDefinition}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TASK_DEFINITION = Action.of(PREFIX, "DescribeTaskDefinition");

  /** {@code ecs:DescribeTaskSets}: Read; on task-set. */
  public static final Action DESCRIBE_TASK_SETS = Action.of(PREFIX, "DescribeTaskSets");

  /** {@code ecs:DescribeTasks}: Read; on task. */
  public static final Action DESCRIBE_TASKS = Action.of(PREFIX, "DescribeTasks");

  /** {@code ecs:DiscoverPollEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action DISCOVER_POLL_ENDPOINT = Action.of(PREFIX, "DiscoverPollEndpoint");

  /** {@code ecs:ExecuteCommand}: Write; on cluster, task. */
  public static final Action EXECUTE_COMMAND = Action.of(PREFIX, "ExecuteCommand");

  /** {@code ecs:GetTaskProtection}: Read; on task. */
  public static final Action GET_TASK_PROTECTION = Action.of(PREFIX, "GetTaskProtection");

  /** {@code ecs:ListAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_SETTINGS = Action.of(PREFIX, "ListAccountSettings");

  /** {@code ecs:ListAttributes}: List; on cluster. */
  public static final Action LIST_ATTRIBUTES = Action.of(PREFIX, "ListAttributes");

  /** {@code ecs:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code ecs:ListContainerInstances}: List; on cluster. */
  public static final Action LIST_CONTAINER_INSTANCES = Action.of(PREFIX, "ListContainerInstances");

  /** {@code ecs:ListServiceDeployments}: List; on service. */
  public static final Action LIST_SERVICE_DEPLOYMENTS = Action.of(PREFIX, "ListServiceDeployments");

  /** {@code ecs:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code ecs:ListServicesByNamespace}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES_BY_NAMESPACE = Action.of(PREFIX, "ListServicesByNamespace");

  /** {@code ecs:ListTagsForResource}: Read; on capacity-provider, cluster, container-instance, service, task, task-definition, task-set. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code ecs:ListTaskDefinitionFamilies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TASK_DEFINITION_FAMILIES = Action.of(PREFIX, "ListTaskDefinitionFamilies");

  /** {@code ecs:ListTaskDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TASK_DEFINITIONS = Action.of(PREFIX, "ListTaskDefinitions");

  /** {@code ecs:ListTasks}: List; on container-instance. */
  public static final Action LIST_TASKS = Action.of(PREFIX, "ListTasks");

  /** {@code ecs:Poll}: Write; on container-instance. */
  public static final Action POLL = Action.of(PREFIX, "Poll");

  /** {@code ecs:PutAccountSetting}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SETTING = Action.of(PREFIX, "PutAccountSetting");

  /** {@code ecs:PutAccountSettingDefault}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SETTING_DEFAULT = Action.of(PREFIX, "PutAccountSettingDefault");

  /** {@code ecs:PutAttributes}: Write; on container-instance. */
  public static final Action PUT_ATTRIBUTES = Action.of(PREFIX, "PutAttributes");

  /** {@code ecs:PutClusterCapacityProviders}: Write; on cluster. */
  public static final Action PUT_CLUSTER_CAPACITY_PROVIDERS = Action.of(PREFIX, "PutClusterCapacityProviders");

  /** {@code ecs:PutSystemLogEvents}: Write; on cluster, container-instance. */
  public static final Action PUT_SYSTEM_LOG_EVENTS = Action.of(PREFIX, "PutSystemLogEvents");

  /** {@code ecs:RegisterContainerInstance}: Write; on cluster. */
  public static final Action REGISTER_CONTAINER_INSTANCE = Action.of(PREFIX, "RegisterContainerInstance");

  /** {@code ecs:RegisterTaskDefinition}: Write; on task-definition. */
  public static final Action REGISTER_TASK_DEFINITION = Action.of(PREFIX, "RegisterTaskDefinition");

  /** {@code ecs:RunTask}: Write; on task-definition. */
  public static final Action RUN_TASK = Action.of(PREFIX, "RunTask");

  /** {@code ecs:StartTask}: Write; on task-definition. */
  public static final Action START_TASK = Action.of(PREFIX, "StartTask");

  /** {@code ecs:StartTelemetrySession}: Write; on container-instance. */
  public static final Action START_TELEMETRY_SESSION = Action.of(PREFIX, "StartTelemetrySession");

  /** {@code ecs:StopServiceDeployment}: Write; on service, service-deployment. */
  public static final Action STOP_SERVICE_DEPLOYMENT = Action.of(PREFIX, "StopServiceDeployment");

  /** {@code ecs:StopTask}: Write; on task. */
  public static final Action STOP_TASK = Action.of(PREFIX, "StopTask");

  /** {@code ecs:SubmitAttachmentStateChanges}: Write; on cluster. */
  public static final Action SUBMIT_ATTACHMENT_STATE_CHANGES = Action.of(PREFIX, "SubmitAttachmentStateChanges");

  /** {@code ecs:SubmitContainerStateChange}: Write; on cluster. */
  public static final Action SUBMIT_CONTAINER_STATE_CHANGE = Action.of(PREFIX, "SubmitContainerStateChange");

  /** {@code ecs:SubmitTaskStateChange}: Write; on cluster. */
  public static final Action SUBMIT_TASK_STATE_CHANGE = Action.of(PREFIX, "SubmitTaskStateChange");

  /** {@code ecs:TagResource}: Tagging; on capacity-provider, cluster, container-instance, service, task, task-definition, task-set. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code ecs:UntagResource}: Tagging; on capacity-provider, cluster, container-instance, service, task, task-definition, task-set. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code ecs:UpdateCapacityProvider}: Write; on capacity-provider. */
  public static final Action UPDATE_CAPACITY_PROVIDER = Action.of(PREFIX, "UpdateCapacityProvider");

  /** {@code ecs:UpdateCluster}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code ecs:UpdateClusterSettings}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER_SETTINGS = Action.of(PREFIX, "UpdateClusterSettings");

  /** {@code ecs:UpdateContainerAgent}: Write; on container-instance. */
  public static final Action UPDATE_CONTAINER_AGENT = Action.of(PREFIX, "UpdateContainerAgent");

  /** {@code ecs:UpdateContainerInstancesState}: Write; on container-instance. */
  public static final Action UPDATE_CONTAINER_INSTANCES_STATE = Action.of(PREFIX, "UpdateContainerInstancesState");

  /** {@code ecs:UpdateExpressGatewayService}: Write; on service. */
  public static final Action UPDATE_EXPRESS_GATEWAY_SERVICE = Action.of(PREFIX, "UpdateExpressGatewayService");

  /** {@code ecs:UpdateService}: Write; on service. */
  public static final Action UPDATE_SERVICE = Action.of(PREFIX, "UpdateService");

  /** {@code ecs:UpdateServicePrimaryTaskSet}: Write; on service. */
  public static final Action UPDATE_SERVICE_PRIMARY_TASK_SET = Action.of(PREFIX, "UpdateServicePrimaryTaskSet");

  /** {@code ecs:UpdateTaskProtection}: Write; on task. */
  public static final Action UPDATE_TASK_PROTECTION = Action.of(PREFIX, "UpdateTaskProtection");

  /** {@code ecs:UpdateTaskSet}: Write; on task-set. */
  public static final Action UPDATE_TASK_SET = Action.of(PREFIX, "UpdateTaskSet");

  private Ecs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
