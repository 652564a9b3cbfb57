// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS App Runner (prefix {@code apprunner}), as the service authorization reference lists them.
 */
public final class Apprunner {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "apprunner";

  /** {@code apprunner:AssociateCustomDomain}: Write; on service. */
  public static final Action ASSOCIATE_CUSTOM_DOMAIN = Action.of(PREFIX, "AssociateCustomDomain");

  /** {@code apprunner:AssociateWebAcl}: Write; on service, webacl. */
  public static final Action ASSOCIATE_WEB_ACL = Action.of(PREFIX, "AssociateWebAcl");

  /** {@code apprunner:CreateAutoScalingConfiguration}: Write; on autoscalingconfiguration. */
  public static final Action CREATE_AUTO_SCALING_CONFIGURATION = Action.of(PREFIX, "CreateAutoScalingConfiguration");

  /** {@code apprunner:CreateConnection}: Write; on connection. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code apprunner:CreateObservabilityConfiguration}: Write; on observabilityconfiguration. */
  public static final Action CREATE_OBSERVABILITY_CONFIGURATION = Action.of(PREFIX, "CreateObservabilityConfiguration");

  /** {@code apprunner:CreateService}: Write; on autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector. */
  public static final Action CREATE_SERVICE = Action.of(PREFIX, "CreateService");

  /** {@code apprunner:CreateVpcConnector}: Write; on vpcconnector. */
  public static final Action CREATE_VPC_CONNECTOR = Action.of(PREFIX, "CreateVpcConnector");

  /** {@code apprunner:CreateVpcIngressConnection}: Write; on vpcingressconnection. */
  public static final Action CREATE_VPC_INGRESS_CONNECTION = Action.of(PREFIX, "CreateVpcIngressConnection");

  /** {@code apprunner:DeleteAutoScalingConfiguration}: Write; on autoscalingconfiguration. */
  public static final Action DELETE_AUTO_SCALING_CONFIGURATION = Action.of(PREFIX, "DeleteAutoScalingConfiguration");

  /** {@code apprunner:DeleteConnection}: Write; on connection. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code apprunner:DeleteObservabilityConfiguration}: Write; on observabilityconfiguration. */
  public static final Action DELETE_OBSERVABILITY_CONFIGURATION = Action.of(PREFIX, "DeleteObservabilityConfiguration");

  /** {@code apprunner:DeleteService}: Write; on service. */
  public static final Action DELETE_SERVICE = Action.of(PREFIX, "DeleteService");

  /** {@code apprunner:DeleteVpcConnector}: Write; on vpcconnector. */
  public static final Action DELETE_VPC_CONNECTOR = Action.of(PREFIX, "DeleteVpcConnector");

  /** {@code apprunner:DeleteVpcIngressConnection}: Write; on vpcingressconnection. */
  public static final Action DELETE_VPC_INGRESS_CONNECTION = Action.of(PREFIX, "DeleteVpcIngressConnection");

  /** {@code apprunner:DescribeAutoScalingConfiguration}: Read; on autoscalingconfiguration. */
  public static final Action DESCRIBE_AUTO_SCALING_CONFIGURATION = Action.of(PREFIX, "DescribeAutoScalingConfiguration");

  /** {@code apprunner:DescribeCustomDomains}: Read; on service. */
  public static final Action DESCRIBE_CUSTOM_DOMAINS = Action.of(PREFIX, "DescribeCustomDomains");

  /** {@code apprunner:DescribeObservabilityConfiguration}: Read; on observabilityconfiguration. */
  public static final Action DESCRIBE_OBSERVABILITY_CONFIGURATION = Action.of(PREFIX, "DescribeObservabilityConfiguration");

  /** {@code apprunner:DescribeOperation}: Read; on service. */
  public static final Action DESCRIBE_OPERATION = Action.of(PREFIX, "DescribeOperation");

  /** {@code apprunner:DescribeService}: Read; on service. */
  public static final Action DESCRIBE_SERVICE = Action.of(PREFIX, "DescribeService");

  /** {@code apprunner:DescribeVpcConnector}: Read; on vpcconnector. */
  public static final Action DESCRIBE_VPC_CONNECTOR = Action.of(PREFIX, "DescribeVpcConnector");

  /** {@code apprunner:DescribeVpcIngressConnection}: Read; on vpcingressconnection. */
  public static final Action DESCRIBE_VPC_INGRESS_CONNECTION = Action.of(PREFIX, "DescribeVpcIngressConnection");

  /** {@code apprunner:DescribeWebAclForService}: Read; on service. */
  public static final Action DESCRIBE_WEB_ACL_FOR_SERVICE = Action.of(PREFIX, "DescribeWebAclForService");

  /** {@code apprunner:DisassociateCustomDomain}: Write; on service. */
  public static final Action DISASSOCIATE_CUSTOM_DOMAIN = Action.of(PREFIX, "DisassociateCustomDomain");

  /** {@code apprunner:DisassociateWebAcl}: Write; on service. */
  public static final Action DISASSOCIATE_WEB_ACL = Action.of(PREFIX, "DisassociateWebAcl");

  /** {@code apprunner:ListAssociatedServicesForWebAcl}: List; on webacl. */
  public static final Action LIST_ASSOCIATED_SERVICES_FOR_WEB_ACL = Action.of(PREFIX, "ListAssociatedServicesForWebAcl");

  /** {@code apprunner:ListAutoScalingConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTO_SCALING_CONFIGURATIONS = Action.of(PREFIX, "ListAutoScalingConfigurations");

  /** {@code apprunner:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code apprunner:ListObservabilityConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OBSERVABILITY_CONFIGURATIONS = Action.of(PREFIX, "ListObservabilityConfigurations");

  /** {@code apprunner:ListOperations}: List; on service. */
  public static final Action LIST_OPERATIONS = Action.of(PREFIX, "ListOperations");

  /** {@code apprunner:ListServices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code apprunner:ListServicesForAutoScalingConfiguration}: List; on autoscalingconfiguration. */
  public static final Action LIST_SERVICES_FOR_AUTO_SCALING_CONFIGURATION = Action.of(PREFIX, "ListServicesForAutoScalingConfiguration");

  /** {@code apprunner:ListTagsForResource}: Read; on autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code apprunner:ListVpcConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_CONNECTORS = Action.of(PREFIX, "ListVpcConnectors");

  /** {@code apprunner:ListVpcIngressConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_INGRESS_CONNECTIONS = Action.of(PREFIX, "ListVpcIngressConnections");

  /** {@code apprunner:PauseService}: Write; on service. */
  public static final Action PAUSE_SERVICE = Action.of(PREFIX, "PauseService");

  /** {@code apprunner:ResumeService}: Write; on service. */
  public static final Action RESUME_SERVICE = Action.of(PREFIX, "ResumeService");

  /** {@code apprunner:StartDeployment}: Write; on service. */
  public static final Action START_DEPLOYMENT = Action.of(PREFIX, "StartDeployment");

  /** {@code apprunner:TagResource}: Tagging; on autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector, vpcingressconnection. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code apprunner:UntagResource}: Tagging; on autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector, vpcingressconnection. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code apprunner:UpdateDefaultAutoScalingConfiguration}: Write; on autoscalingconfiguration. */
  public static final Action UPDATE_DEFAULT_AUTO_SCALING_CONFIGURATION = Action.of(PREFIX, "UpdateDefaultAutoScalingConfiguration");

  /** {@code apprunner:UpdateService}: Write; on autoscalingconfiguration, connection, observabilityconfiguration, service, vpcconnector. */
  public static final Action UPDATE_SERVICE = Action.of(PREFIX, "UpdateService");

  /** {@code apprunner:UpdateVpcIngressConnection}: Write; on vpcingressconnection. */
  public static final Action UPDATE_VPC_INGRESS_CONNECTION = Action.of(PREFIX, "UpdateVpcIngressConnection");

  private Apprunner() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
