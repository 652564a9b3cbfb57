// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::NetworkFirewall::ContainerAssociation. A container association
 * monitors container lifecycle events in your Amazon ECS or Amazon EKS clusters and resolves
 * running container addresses for use in Network Firewall rules.
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::ContainerAssociation}.
 */
public final class ContainerAssociation extends Resource<ContainerAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::ContainerAssociation")
      .required("ContainerAssociationName", "ContainerMonitoringConfigurations", "Type")
      .constrain("ContainerAssociationName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(0).maxLength(512))
      .allowed("Type", "ECS", "EKS")
      .refYields("ContainerAssociationArn")
      .attributes("ContainerAssociationArn", "ResolvedCidrCount", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ContainerAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The descriptive name of the container association. You can't change the name of a container
   * association after you create it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code ContainerAssociationName}.
   */
  public ContainerAssociation containerAssociationName(String value) {
    return set("ContainerAssociationName", Value.of(value));
  }

  /**
   * Sets {@code ContainerAssociationName} to this value; see {@link
   * #containerAssociationName(String)}.
   */
  public ContainerAssociation containerAssociationName(Value<String> value) {
    return set("ContainerAssociationName", value);
  }

  /**
   * The monitoring configurations for the container association. Each configuration specifies an
   * Amazon ECS or Amazon EKS cluster to monitor and optional attribute filters to narrow which
   * containers are tracked.
   *
   * <p>Required. CloudFormation property {@code ContainerMonitoringConfigurations}.
   */
  public ContainerAssociation containerMonitoringConfigurations(List<ContainerMonitoringConfiguration> value) {
    return set("ContainerMonitoringConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code ContainerMonitoringConfigurations} to this value; see {@link
   * #containerMonitoringConfigurations(List)}.
   */
  public ContainerAssociation containerMonitoringConfigurations(Value<List<ContainerMonitoringConfiguration>> value) {
    return set("ContainerMonitoringConfigurations", value);
  }

  /**
   * Sets {@code ContainerMonitoringConfigurations} to a list of these; see {@link
   * #containerMonitoringConfigurations(List)}.
   */
  public ContainerAssociation containerMonitoringConfigurations(ContainerMonitoringConfiguration... values) {
    return set("ContainerMonitoringConfigurations", Value.list(values));
  }

  /**
   * A description of the container association.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * Description}.
   */
  public ContainerAssociation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContainerAssociation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ContainerAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ContainerAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ContainerAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of containers to monitor. You can't change the container type after creation.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ECS}, {@code EKS}.
   * CloudFormation property {@code Type}.
   */
  public ContainerAssociation typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ContainerAssociation typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the container association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContainerAssociationArn}.
   */
  public Value<String> containerAssociationArn() {
    return getAtt("ContainerAssociationArn");
  }

  /**
   * The number of CIDR blocks resolved from the monitored containers.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolvedCidrCount}.
   */
  public Value<Integer> resolvedCidrCount() {
    return getAtt("ResolvedCidrCount");
  }

  /**
   * The current status of the container association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A key-value filter pair used in container association monitoring configurations to narrow which
   * containers are tracked.
   *
   * <p>Property type {@code AWS::NetworkFirewall::ContainerAssociation.ContainerAttribute}.
   */
  public static final class ContainerAttribute extends Struct<ContainerAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::ContainerAssociation.ContainerAttribute")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
        .build();

    public ContainerAttribute() {
      super(SCHEMA);
    }

    /**
     * The attribute key to filter on.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property
     * {@code Key}.
     */
    public ContainerAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ContainerAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The attribute value to match.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property
     * {@code Value}.
     */
    public ContainerAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ContainerAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Contains the monitoring configuration for a single cluster in a container association.
   * Specifies the cluster ARN and optional attribute filters to narrow which containers are
   * tracked.
   *
   * <p>Property type {@code
   * AWS::NetworkFirewall::ContainerAssociation.ContainerMonitoringConfiguration}.
   */
  public static final class ContainerMonitoringConfiguration extends Struct<ContainerMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::ContainerAssociation.ContainerMonitoringConfiguration")
        .required("ClusterArn")
        .constrain("ClusterArn", Constraint.of().pattern("^arn:aws").minLength(1).maxLength(256))
        .build();

    public ContainerMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Key-value pairs that filter which containers are tracked. For Amazon EKS, you can filter by
     * namespace and Kubernetes labels. For Amazon ECS, you can filter by container instance
     * attributes (EC2 launch type only).
     *
     * <p>CloudFormation property {@code AttributeFilters}.
     */
    public ContainerMonitoringConfiguration attributeFilters(List<ContainerAttribute> value) {
      return set("AttributeFilters", Value.listOf(value));
    }

    /** Sets {@code AttributeFilters} to this value; see {@link #attributeFilters(List)}. */
    public ContainerMonitoringConfiguration attributeFilters(Value<List<ContainerAttribute>> value) {
      return set("AttributeFilters", value);
    }

    /** Sets {@code AttributeFilters} to a list of these; see {@link #attributeFilters(List)}. */
    public ContainerMonitoringConfiguration attributeFilters(ContainerAttribute... values) {
      return set("AttributeFilters", Value.list(values));
    }

    /**
     * The ARN of the Amazon ECS or Amazon EKS cluster to monitor. The cluster must be in the same
     * Region and account as the container association.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^arn:aws}. CloudFormation property
     * {@code ClusterArn}.
     */
    public ContainerMonitoringConfiguration clusterArn(String value) {
      return set("ClusterArn", Value.of(value));
    }

    /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
    public ContainerMonitoringConfiguration clusterArn(Value<String> value) {
      return set("ClusterArn", value);
    }
  }
}
