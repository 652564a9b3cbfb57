// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Cloud Map (prefix {@code servicediscovery}), as the service authorization reference lists them.
 */
public final class Servicediscovery {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "servicediscovery";

  /** {@code servicediscovery:CreateHttpNamespace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_HTTP_NAMESPACE = Action.of(PREFIX, "CreateHttpNamespace");

  /** {@code servicediscovery:CreatePrivateDnsNamespace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PRIVATE_DNS_NAMESPACE = Action.of(PREFIX, "CreatePrivateDnsNamespace");

  /** {@code servicediscovery:CreatePublicDnsNamespace}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PUBLIC_DNS_NAMESPACE = Action.of(PREFIX, "CreatePublicDnsNamespace");

  /** {@code servicediscovery:CreateService}: Write; on namespace, service. */
  public static final Action CREATE_SERVICE = Action.of(PREFIX, "CreateService");

  /** {@code servicediscovery:DeleteNamespace}: Write; on namespace. */
  public static final Action DELETE_NAMESPACE = Action.of(PREFIX, "DeleteNamespace");

  /** {@code servicediscovery:DeleteResourcePolicy}: Write; on namespace. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code servicediscovery:DeleteService}: Write; on service. */
  public static final Action DELETE_SERVICE = Action.of(PREFIX, "DeleteService");

  /** {@code servicediscovery:DeleteServiceAttributes}: Write; on service. */
  public static final Action DELETE_SERVICE_ATTRIBUTES = Action.of(PREFIX, "DeleteServiceAttributes");

  /** {@code servicediscovery:DeregisterInstance}: Write; on service. */
  public static final Action DEREGISTER_INSTANCE = Action.of(PREFIX, "DeregisterInstance");

  /** {@code servicediscovery:DiscoverInstances}: Read; on namespace, service. */
  public static final Action DISCOVER_INSTANCES = Action.of(PREFIX, "DiscoverInstances");

  /** {@code servicediscovery:DiscoverInstancesRevision}: Read; on namespace, service. */
  public static final Action DISCOVER_INSTANCES_REVISION = Action.of(PREFIX, "DiscoverInstancesRevision");

  /** {@code servicediscovery:GetInstance}: Read; on service. */
  public static final Action GET_INSTANCE = Action.of(PREFIX, "GetInstance");

  /** {@code servicediscovery:GetInstancesHealthStatus}: Read; on service. */
  public static final Action GET_INSTANCES_HEALTH_STATUS = Action.of(PREFIX, "GetInstancesHealthStatus");

  /** {@code servicediscovery:GetNamespace}: Read; on namespace. */
  public static final Action GET_NAMESPACE = Action.of(PREFIX, "GetNamespace");

  /** {@code servicediscovery:GetOperation}: Read; on namespace, service. */
  public static final Action GET_OPERATION = Action.of(PREFIX, "GetOperation");

  /** {@code servicediscovery:GetResourcePolicy}: Read; on namespace. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code servicediscovery:GetService}: Read; on service. */
  public static final Action GET_SERVICE = Action.of(PREFIX, "GetService");

  /** {@code servicediscovery:GetServiceAttributes}: Read; on service. */
  public static final Action GET_SERVICE_ATTRIBUTES = Action.of(PREFIX, "GetServiceAttributes");

  /** {@code servicediscovery:ListInstances}: Read; on service. */
  public static final Action LIST_INSTANCES = Action.of(PREFIX, "ListInstances");

  /** {@code servicediscovery:ListNamespaces}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_NAMESPACES = Action.of(PREFIX, "ListNamespaces");

  /** {@code servicediscovery:ListOperations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPERATIONS = Action.of(PREFIX, "ListOperations");

  /** {@code servicediscovery:ListServices}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICES = Action.of(PREFIX, "ListServices");

  /** {@code servicediscovery:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code servicediscovery:PutResourcePolicy}: Write; on namespace. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code servicediscovery:RegisterInstance}: Write; on service. */
  public static final Action REGISTER_INSTANCE = Action.of(PREFIX, "RegisterInstance");

  /** {@code servicediscovery:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code servicediscovery:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code servicediscovery:UpdateHttpNamespace}: Write; on namespace. */
  public static final Action UPDATE_HTTP_NAMESPACE = Action.of(PREFIX, "UpdateHttpNamespace");

  /** {@code servicediscovery:UpdateInstanceCustomHealthStatus}: Write; on service. */
  public static final Action UPDATE_INSTANCE_CUSTOM_HEALTH_STATUS = Action.of(PREFIX, "UpdateInstanceCustomHealthStatus");

  /** {@code servicediscovery:UpdatePrivateDnsNamespace}: Write; on namespace. */
  public static final Action UPDATE_PRIVATE_DNS_NAMESPACE = Action.of(PREFIX, "UpdatePrivateDnsNamespace");

  /** {@code servicediscovery:UpdatePublicDnsNamespace}: Write; on namespace. */
  public static final Action UPDATE_PUBLIC_DNS_NAMESPACE = Action.of(PREFIX, "UpdatePublicDnsNamespace");

  /** {@code servicediscovery:UpdateService}: Write; on service. */
  public static final Action UPDATE_SERVICE = Action.of(PREFIX, "UpdateService");

  /** {@code servicediscovery:UpdateServiceAttributes}: Write; on service. */
  public static final Action UPDATE_SERVICE_ATTRIBUTES = Action.of(PREFIX, "UpdateServiceAttributes");

  private Servicediscovery() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
