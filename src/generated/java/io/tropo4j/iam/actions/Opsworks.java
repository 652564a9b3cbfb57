// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS OpsWorks (prefix {@code opsworks}), as the service authorization reference lists them.
 */
public final class Opsworks {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "opsworks";

  /** {@code opsworks:AssignInstance}: Write; on stack. */
  public static final Action ASSIGN_INSTANCE = Action.of(PREFIX, "AssignInstance");

  /** {@code opsworks:AssignVolume}: Write; on stack. */
  public static final Action ASSIGN_VOLUME = Action.of(PREFIX, "AssignVolume");

  /** {@code opsworks:AssociateElasticIp}: Write; on stack. */
  public static final Action ASSOCIATE_ELASTIC_IP = Action.of(PREFIX, "AssociateElasticIp");

  /** {@code opsworks:AttachElasticLoadBalancer}: Write; on stack. */
  public static final Action ATTACH_ELASTIC_LOAD_BALANCER = Action.of(PREFIX, "AttachElasticLoadBalancer");

  /** {@code opsworks:CloneStack}: Write; on stack. */
  public static final Action CLONE_STACK = Action.of(PREFIX, "CloneStack");

  /** {@code opsworks:CreateApp}: Write; on stack. */
  public static final Action CREATE_APP = Action.of(PREFIX, "CreateApp");

  /** {@code opsworks:CreateDeployment}: Write; on stack. */
  public static final Action CREATE_DEPLOYMENT = Action.of(PREFIX, "CreateDeployment");

  /** {@code opsworks:CreateInstance}: Write; on stack. */
  public static final Action CREATE_INSTANCE = Action.of(PREFIX, "CreateInstance");

  /** {@code opsworks:CreateLayer}: Write; on stack. */
  public static final Action CREATE_LAYER = Action.of(PREFIX, "CreateLayer");

  /** {@code opsworks:CreateStack}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STACK = Action.of(PREFIX, "CreateStack");

  /** {@code opsworks:CreateUserProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER_PROFILE = Action.of(PREFIX, "CreateUserProfile");

  /** {@code opsworks:DeleteApp}: Write; on stack. */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code opsworks:DeleteInstance}: Write; on stack. */
  public static final Action DELETE_INSTANCE = Action.of(PREFIX, "DeleteInstance");

  /** {@code opsworks:DeleteLayer}: Write; on stack. */
  public static final Action DELETE_LAYER = Action.of(PREFIX, "DeleteLayer");

  /** {@code opsworks:DeleteStack}: Write; on stack. */
  public static final Action DELETE_STACK = Action.of(PREFIX, "DeleteStack");

  /** {@code opsworks:DeleteUserProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_USER_PROFILE = Action.of(PREFIX, "DeleteUserProfile");

  /** {@code opsworks:DeregisterEcsCluster}: Write; on stack. */
  public static final Action DEREGISTER_ECS_CLUSTER = Action.of(PREFIX, "DeregisterEcsCluster");

  /** {@code opsworks:DeregisterElasticIp}: Write; on stack. */
  public static final Action DEREGISTER_ELASTIC_IP = Action.of(PREFIX, "DeregisterElasticIp");

  /** {@code opsworks:DeregisterInstance}: Write; on stack. */
  public static final Action DEREGISTER_INSTANCE = Action.of(PREFIX, "DeregisterInstance");

  /** {@code opsworks:DeregisterRdsDbInstance}: Write; on stack. */
  public static final Action DEREGISTER_RDS_DB_INSTANCE = Action.of(PREFIX, "DeregisterRdsDbInstance");

  /** {@code opsworks:DeregisterVolume}: Write; on stack. */
  public static final Action DEREGISTER_VOLUME = Action.of(PREFIX, "DeregisterVolume");

  /** {@code opsworks:DescribeAgentVersions}: List; on stack. */
  public static final Action DESCRIBE_AGENT_VERSIONS = Action.of(PREFIX, "DescribeAgentVersions");

  /** {@code opsworks:DescribeApps}: List; on stack. */
  public static final Action DESCRIBE_APPS = Action.of(PREFIX, "DescribeApps");

  /** {@code opsworks:DescribeCommands}: List; on stack. */
  public static final Action DESCRIBE_COMMANDS = Action.of(PREFIX, "DescribeCommands");

  /** {@code opsworks:DescribeDeployments}: List; on stack. */
  public static final Action DESCRIBE_DEPLOYMENTS = Action.of(PREFIX, "DescribeDeployments");

  /** {@code opsworks:DescribeEcsClusters}: List; on stack. */
  public static final Action DESCRIBE_ECS_CLUSTERS = Action.of(PREFIX, "DescribeEcsClusters");

  /** {@code opsworks:DescribeElasticIps}: List; on stack. */
  public static final Action DESCRIBE_ELASTIC_IPS = Action.of(PREFIX, "DescribeElasticIps");

  /** {@code opsworks:DescribeElasticLoadBalancers}: List; on stack. */
  public static final Action DESCRIBE_ELASTIC_LOAD_BALANCERS = Action.of(PREFIX, "DescribeElasticLoadBalancers");

  /** {@code opsworks:DescribeInstances}: List; on stack. */
  public static final Action DESCRIBE_INSTANCES = Action.of(PREFIX, "DescribeInstances");

  /** {@code opsworks:DescribeLayers}: List; on stack. */
  public static final Action DESCRIBE_LAYERS = Action.of(PREFIX, "DescribeLayers");

  /** {@code opsworks:DescribeLoadBasedAutoScaling}: List; on stack. */
  public static final Action DESCRIBE_LOAD_BASED_AUTO_SCALING = Action.of(PREFIX, "DescribeLoadBasedAutoScaling");

  /** {@code opsworks:DescribeMyUserProfile}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MY_USER_PROFILE = Action.of(PREFIX, "DescribeMyUserProfile");

  /** {@code opsworks:DescribeOperatingSystems}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OPERATING_SYSTEMS = Action.of(PREFIX, "DescribeOperatingSystems");

  /** {@code opsworks:DescribePermissions}: List; on stack. */
  public static final Action DESCRIBE_PERMISSIONS = Action.of(PREFIX, "DescribePermissions");

  /** {@code opsworks:DescribeRaidArrays}: List; on stack. */
  public static final Action DESCRIBE_RAID_ARRAYS = Action.of(PREFIX, "DescribeRaidArrays");

  /** {@code opsworks:DescribeRdsDbInstances}: List; on stack. */
  public static final Action DESCRIBE_RDS_DB_INSTANCES = Action.of(PREFIX, "DescribeRdsDbInstances");

  /** {@code opsworks:DescribeServiceErrors}: List; on stack. */
  public static final Action DESCRIBE_SERVICE_ERRORS = Action.of(PREFIX, "DescribeServiceErrors");

  /** {@code opsworks:DescribeStackProvisioningParameters}: List; on stack. */
  public static final Action DESCRIBE_STACK_PROVISIONING_PARAMETERS = Action.of(PREFIX, "DescribeStackProvisioningParameters");

  /** {@code opsworks:DescribeStackSummary}: List; on stack. */
  public static final Action DESCRIBE_STACK_SUMMARY = Action.of(PREFIX, "DescribeStackSummary");

  /** {@code opsworks:DescribeStacks}: List; on stack. */
  public static final Action DESCRIBE_STACKS = Action.of(PREFIX, "DescribeStacks");

  /** {@code opsworks:DescribeTimeBasedAutoScaling}: List; on stack. */
  public static final Action DESCRIBE_TIME_BASED_AUTO_SCALING = Action.of(PREFIX, "DescribeTimeBasedAutoScaling");

  /** {@code opsworks:DescribeUserProfiles}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_USER_PROFILES = Action.of(PREFIX, "DescribeUserProfiles");

  /** {@code opsworks:DescribeVolumes}: List; on stack. */
  public static final Action DESCRIBE_VOLUMES = Action.of(PREFIX, "DescribeVolumes");

  /** {@code opsworks:DetachElasticLoadBalancer}: Write; on stack. */
  public static final Action DETACH_ELASTIC_LOAD_BALANCER = Action.of(PREFIX, "DetachElasticLoadBalancer");

  /** {@code opsworks:DisassociateElasticIp}: Write; on stack. */
  public static final Action DISASSOCIATE_ELASTIC_IP = Action.of(PREFIX, "DisassociateElasticIp");

  /** {@code opsworks:GetHostnameSuggestion}: Read; on stack. */
  public static final Action GET_HOSTNAME_SUGGESTION = Action.of(PREFIX, "GetHostnameSuggestion");

  /** {@code opsworks:GrantAccess}: Write; on stack. */
  public static final Action GRANT_ACCESS = Action.of(PREFIX, "GrantAccess");

  /** {@code opsworks:ListTags}: List; on stack. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code opsworks:RebootInstance}: Write; on stack. */
  public static final Action REBOOT_INSTANCE = Action.of(PREFIX, "RebootInstance");

  /** {@code opsworks:RegisterEcsCluster}: Write; on stack. */
  public static final Action REGISTER_ECS_CLUSTER = Action.of(PREFIX, "RegisterEcsCluster");

  /** {@code opsworks:RegisterElasticIp}: Write; on stack. */
  public static final Action REGISTER_ELASTIC_IP = Action.of(PREFIX, "RegisterElasticIp");

  /** {@code opsworks:RegisterInstance}: Write; on stack. */
  public static final Action REGISTER_INSTANCE = Action.of(PREFIX, "RegisterInstance");

  /** {@code opsworks:RegisterRdsDbInstance}: Write; on stack. */
  public static final Action REGISTER_RDS_DB_INSTANCE = Action.of(PREFIX, "RegisterRdsDbInstance");

  /** {@code opsworks:RegisterVolume}: Write; on stack. */
  public static final Action REGISTER_VOLUME = Action.of(PREFIX, "RegisterVolume");

  /** {@code opsworks:SetLoadBasedAutoScaling}: Write; on stack. */
  public static final Action SET_LOAD_BASED_AUTO_SCALING = Action.of(PREFIX, "SetLoadBasedAutoScaling");

  /** {@code opsworks:SetPermission}: Permissions management; on stack. */
  public static final Action SET_PERMISSION = Action.of(PREFIX, "SetPermission");

  /** {@code opsworks:SetTimeBasedAutoScaling}: Write; on stack. */
  public static final Action SET_TIME_BASED_AUTO_SCALING = Action.of(PREFIX, "SetTimeBasedAutoScaling");

  /** {@code opsworks:StartInstance}: Write; on stack. */
  public static final Action START_INSTANCE = Action.of(PREFIX, "StartInstance");

  /** {@code opsworks:StartStack}: Write; on stack. */
  public static final Action START_STACK = Action.of(PREFIX, "StartStack");

  /** {@code opsworks:StopInstance}: Write; on stack. */
  public static final Action STOP_INSTANCE = Action.of(PREFIX, "StopInstance");

  /** {@code opsworks:StopStack}: Write; on stack. */
  public static final Action STOP_STACK = Action.of(PREFIX, "StopStack");

  /** {@code opsworks:TagResource}: Tagging; on stack. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code opsworks:UnassignInstance}: Write; on stack. */
  public static final Action UNASSIGN_INSTANCE = Action.of(PREFIX, "UnassignInstance");

  /** {@code opsworks:UnassignVolume}: Write; on stack. */
  public static final Action UNASSIGN_VOLUME = Action.of(PREFIX, "UnassignVolume");

  /** {@code opsworks:UntagResource}: Tagging; on stack. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code opsworks:UpdateApp}: Write; on stack. */
  public static final Action UPDATE_APP = Action.of(PREFIX, "UpdateApp");

  /** {@code opsworks:UpdateElasticIp}: Write; on stack. */
  public static final Action UPDATE_ELASTIC_IP = Action.of(PREFIX, "UpdateElasticIp");

  /** {@code opsworks:UpdateInstance}: Write; on stack. */
  public static final Action UPDATE_INSTANCE = Action.of(PREFIX, "UpdateInstance");

  /** {@code opsworks:UpdateLayer}: Write; on stack. */
  public static final Action UPDATE_LAYER = Action.of(PREFIX, "UpdateLayer");

  /** {@code opsworks:UpdateMyUserProfile}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_MY_USER_PROFILE = Action.of(PREFIX, "UpdateMyUserProfile");

  /** {@code opsworks:UpdateRdsDbInstance}: Write; on stack. */
  public static final Action UPDATE_RDS_DB_INSTANCE = Action.of(PREFIX, "UpdateRdsDbInstance");

  /** {@code opsworks:UpdateStack}: Write; on stack. */
  public static final Action UPDATE_STACK = Action.of(PREFIX, "UpdateStack");

  /** {@code opsworks:UpdateUserProfile}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_PROFILE = Action.of(PREFIX, "UpdateUserProfile");

  /** {@code opsworks:UpdateVolume}: Write; on stack. */
  public static final Action UPDATE_VOLUME = Action.of(PREFIX, "UpdateVolume");

  private Opsworks() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
