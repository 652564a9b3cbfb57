// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EMR on EKS (EMR Containers) (prefix {@code emr-containers}), as the service authorization reference lists them.
 */
public final class EmrContainers {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "emr-containers";

  /** {@code emr-containers:CancelJobRun}: Write; on jobRun. */
  public static final Action CANCEL_JOB_RUN = Action.of(PREFIX, "CancelJobRun");

  /** {@code emr-containers:CreateCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CERTIFICATE = Action.of(PREFIX, "CreateCertificate");

  /** {@code emr-containers:CreateJobTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_JOB_TEMPLATE = Action.of(PREFIX, "CreateJobTemplate");

  /** {@code emr-containers:CreateManagedEndpoint}: Write; on virtualCluster. */
  public static final Action CREATE_MANAGED_ENDPOINT = Action.of(PREFIX, "CreateManagedEndpoint");

  /** {@code emr-containers:CreateSecurityConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SECURITY_CONFIGURATION = Action.of(PREFIX, "CreateSecurityConfiguration");

  /** {@code emr-containers:CreateVirtualCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VIRTUAL_CLUSTER = Action.of(PREFIX, "CreateVirtualCluster");

  /** {@code emr-containers:DeleteJobTemplate}: Write; on jobTemplate. */
  public static final Action DELETE_JOB_TEMPLATE = Action.of(PREFIX, "DeleteJobTemplate");

  /** {@code emr-containers:DeleteManagedEndpoint}: Write; on managedEndpoint. */
  public static final Action DELETE_MANAGED_ENDPOINT = Action.of(PREFIX, "DeleteManagedEndpoint");

  /** {@code emr-containers:DeleteSecurityConfiguration}: Write; on securityConfiguration. */
  public static final Action DELETE_SECURITY_CONFIGURATION = Action.of(PREFIX, "DeleteSecurityConfiguration");

  /** {@code emr-containers:DeleteVirtualCluster}: Write; on virtualCluster. */
  public static final Action DELETE_VIRTUAL_CLUSTER = Action.of(PREFIX, "DeleteVirtualCluster");

  /** {@code emr-containers:DescribeJobRun}: Read; on jobRun. */
  public static final Action DESCRIBE_JOB_RUN = Action.of(PREFIX, "DescribeJobRun");

  /** {@code emr-containers:DescribeJobTemplate}: Read; on jobTemplate. */
  public static final Action DESCRIBE_JOB_TEMPLATE = Action.of(PREFIX, "DescribeJobTemplate");

  /** {@code emr-containers:DescribeManagedEndpoint}: Read; on managedEndpoint. */
  public static final Action DESCRIBE_MANAGED_ENDPOINT = Action.of(PREFIX, "DescribeManagedEndpoint");

  /** {@code emr-containers:DescribeSecurityConfiguration}: Read; on securityConfiguration. */
  public static final Action DESCRIBE_SECURITY_CONFIGURATION = Action.of(PREFIX, "DescribeSecurityConfiguration");

  /** {@code emr-containers:DescribeVirtualCluster}: Read; on virtualCluster. */
  public static final Action DESCRIBE_VIRTUAL_CLUSTER = Action.of(PREFIX, "DescribeVirtualCluster");

  /** {@code emr-containers:GetManagedEndpointSessionCredentials}: Write; on managedEndpoint. */
  public static final Action GET_MANAGED_ENDPOINT_SESSION_CREDENTIALS = Action.of(PREFIX, "GetManagedEndpointSessionCredentials");

  /** {@code emr-containers:ListJobRuns}: List; on virtualCluster. */
  public static final Action LIST_JOB_RUNS = Action.of(PREFIX, "ListJobRuns");

  /** {@code emr-containers:ListJobTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOB_TEMPLATES = Action.of(PREFIX, "ListJobTemplates");

  /** {@code emr-containers:ListManagedEndpoints}: List; on virtualCluster. */
  public static final Action LIST_MANAGED_ENDPOINTS = Action.of(PREFIX, "ListManagedEndpoints");

  /** {@code emr-containers:ListSecurityConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_CONFIGURATIONS = Action.of(PREFIX, "ListSecurityConfigurations");

  /** {@code emr-containers:ListTagsForResource}: List; on jobRun, jobTemplate, managedEndpoint, securityConfiguration, virtualCluster. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code emr-containers:ListVirtualClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VIRTUAL_CLUSTERS = Action.of(PREFIX, "ListVirtualClusters");

  /** {@code emr-containers:StartJobRun}: Write; on virtualCluster. */
  public static final Action START_JOB_RUN = Action.of(PREFIX, "StartJobRun");

  /** {@code emr-containers:TagResource}: Tagging; on jobRun, jobTemplate, managedEndpoint, securityConfiguration, virtualCluster. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code emr-containers:UntagResource}: Tagging; on jobRun, jobTemplate, managedEndpoint, securityConfiguration, virtualCluster. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private EmrContainers() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
