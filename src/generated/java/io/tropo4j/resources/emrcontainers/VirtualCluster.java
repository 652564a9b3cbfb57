// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emrcontainers;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::EMRContainers::VirtualCluster</code> resource specifies a virtual cluster. A
 * virtual cluster is a managed entity on Amazon EMR on EKS. You can create, describe, list, and
 * delete virtual clusters. They do not consume any additional resources in your system. A single
 * virtual cluster maps to a single Kubernetes namespace. Given this relationship, you can model
 * virtual clusters the same way you model Kubernetes namespaces to meet your requirements.
 *
 * <p>CloudFormation type {@code AWS::EMRContainers::VirtualCluster}.
 */
public final class VirtualCluster extends Resource<VirtualCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::VirtualCluster")
      .required("ContainerProvider", "Name")
      .constrain("Name", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(64))
      .constrain("SecurityConfigurationId", Constraint.of().pattern("[0-9a-z]+").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VirtualCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The container provider of the virtual cluster.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ContainerProvider}.
   */
  public VirtualCluster containerProvider(Value<ContainerProvider> value) {
    return set("ContainerProvider", value);
  }

  /**
   * The name of the virtual cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation property {@code Name}.
   */
  public VirtualCluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public VirtualCluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ID of the security configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code [0-9a-z]+}.
   * CloudFormation property {@code SecurityConfigurationId}.
   */
  public VirtualCluster securityConfigurationId(String value) {
    return set("SecurityConfigurationId", Value.of(value));
  }

  /**
   * Sets {@code SecurityConfigurationId} to this value; see {@link
   * #securityConfigurationId(String)}.
   */
  public VirtualCluster securityConfigurationId(Value<String> value) {
    return set("SecurityConfigurationId", value);
  }

  /**
   * Whether the virtual cluster is session-enabled for Spark Connect.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SessionEnabled}.
   */
  public VirtualCluster sessionEnabled(boolean value) {
    return set("SessionEnabled", Value.of(value));
  }

  /** Sets {@code SessionEnabled} to this value; see {@link #sessionEnabled(boolean)}. */
  public VirtualCluster sessionEnabled(Value<Boolean> value) {
    return set("SessionEnabled", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VirtualCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VirtualCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VirtualCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the project, such as
   * <code>arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/ab4rp1abcs8xz47n3x0example</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the virtual cluster, such as <code>ab4rp1abcs8xz47n3x0example</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The information about the container used for a job run or a managed endpoint.
   *
   * <p>Property type {@code AWS::EMRContainers::VirtualCluster.ContainerInfo}.
   */
  public static final class ContainerInfo extends Struct<ContainerInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::VirtualCluster.ContainerInfo")
        .required("EksInfo")
        .build();

    public ContainerInfo() {
      super(SCHEMA);
    }

    /**
     * The information about the Amazon EKS cluster.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code EksInfo}.
     */
    public ContainerInfo eksInfo(Value<EksInfo> value) {
      return set("EksInfo", value);
    }
  }

  /**
   * The information about the container provider.
   *
   * <p>Property type {@code AWS::EMRContainers::VirtualCluster.ContainerProvider}.
   */
  public static final class ContainerProvider extends Struct<ContainerProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::VirtualCluster.ContainerProvider")
        .required("Id", "Info", "Type")
        .constrain("Id", Constraint.of().pattern("^[0-9A-Za-z][A-Za-z0-9\\-_]*").minLength(1).maxLength(100))
        .allowed("Type", "EKS")
        .build();

    public ContainerProvider() {
      super(SCHEMA);
    }

    /**
     * The ID of the container cluster.
     *
     * <p><em>Minimum</em> : 1
     *
     * <p><em>Maximum</em> : 100
     *
     * <p><em>Pattern</em> : <code>^[0-9A-Za-z][A-Za-z0-9&#92;-_]*</code>
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^[0-9A-Za-z][A-Za-z0-9&#92;-_]*}. CloudFormation property {@code Id}.
     */
    public ContainerProvider id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ContainerProvider id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The information about the container cluster.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Info}.
     */
    public ContainerProvider info(Value<ContainerInfo> value) {
      return set("Info", value);
    }

    /**
     * The type of the container provider. Amazon EKS is the only supported type as of now.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code EKS}. CloudFormation
     * property {@code Type}.
     */
    public ContainerProvider type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContainerProvider type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The information about the Amazon EKS cluster.
   *
   * <p>Property type {@code AWS::EMRContainers::VirtualCluster.EksInfo}.
   */
  public static final class EksInfo extends Struct<EksInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::VirtualCluster.EksInfo")
        .required("Namespace")
        .constrain("Namespace", Constraint.of().pattern("[a-z0-9]([-a-z0-9]*[a-z0-9])?").minLength(1).maxLength(63))
        .build();

    public EksInfo() {
      super(SCHEMA);
    }

    /**
     * The namespaces of the EKS cluster.
     *
     * <p><em>Minimum</em> : 1
     *
     * <p><em>Maximum</em> : 63
     *
     * <p><em>Pattern</em> : <code>[a-z0-9]([-a-z0-9]*[a-z0-9])?</code>
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * [a-z0-9]([-a-z0-9]*[a-z0-9])?}. CloudFormation property {@code Namespace}.
     */
    public EksInfo namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public EksInfo namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }
}
