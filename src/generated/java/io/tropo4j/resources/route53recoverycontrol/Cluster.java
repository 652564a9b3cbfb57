// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoverycontrol;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a cluster in Amazon Route 53 Application Recovery Controller. A cluster is a set of
 * redundant Regional endpoints that you can run Route 53 ARC API calls against to update or get the
 * state of one or more routing controls.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryControl::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::Cluster")
      .required("Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .allowed("NetworkType", "IPV4", "DUALSTACK")
      .refYields("ClusterArn")
      .attributes("ClusterArn", "ClusterEndpoints", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Name of the cluster. You can use any non-white space character in the name except the
   * following: &amp; &gt; &lt; ' (single quote) " (double quote) ; (semicolon).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Name}.
   */
  public Cluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Cluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network-type can either be IPV4 or DUALSTACK.
   *
   * <p>Allowed values: {@code IPV4}, {@code DUALSTACK}. CloudFormation property {@code
   * NetworkType}.
   */
  public Cluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Cluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The tags associated with the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterArn}.
   */
  public Value<String> clusterArn() {
    return getAtt("ClusterArn");
  }

  /**
   * An array of endpoints for the cluster. You specify one of these endpoints when you want to set
   * or retrieve a routing control state in the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterEndpoints}.
   */
  public Value<List<ClusterEndpoint>> clusterEndpoints() {
    return getAtt("ClusterEndpoints");
  }

  /**
   * The deployment status of the cluster. Status can be one of the following: PENDING, DEPLOYED,
   * PENDING_DELETION.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A cluster endpoint. You specify one of the five cluster endpoints, which consists of an
   * endpoint URL and an AWS Region, when you want to get or update a routing control state in the
   * cluster.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/r53recovery/latest/dg/service_code_examples.html">Code
   * examples</a> in the Amazon Route 53 Application Recovery Controller Developer Guide.
   *
   * <p>Property type {@code AWS::Route53RecoveryControl::Cluster.ClusterEndpoint}.
   */
  public static final class ClusterEndpoint extends Struct<ClusterEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53RecoveryControl::Cluster.ClusterEndpoint");

    public ClusterEndpoint() {
      super(SCHEMA);
    }

    /**
     * A cluster endpoint URL for one of the five redundant clusters that you specify to set or
     * retrieve a routing control state.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public ClusterEndpoint endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public ClusterEndpoint endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The AWS Region for a cluster endpoint.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public ClusterEndpoint region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ClusterEndpoint region(Value<String> value) {
      return set("Region", value);
    }
  }
}
