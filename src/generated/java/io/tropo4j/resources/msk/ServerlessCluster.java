// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;
import java.util.Map;

/**
 * Specifies the properties required for creating a serverless cluster.
 *
 * <p>CloudFormation type {@code AWS::MSK::ServerlessCluster}.
 */
public final class ServerlessCluster extends Resource<ServerlessCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::ServerlessCluster")
      .required("ClientAuthentication", "ClusterName", "VpcConfigs")
      .constrain("ClusterName", Constraint.of().minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ServerlessCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Includes all client authentication related information.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ClientAuthentication}.
   */
  public ServerlessCluster clientAuthentication(Value<ClientAuthentication> value) {
    return set("ClientAuthentication", value);
  }

  /**
   * The name of the cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public ServerlessCluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public ServerlessCluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ServerlessCluster tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ServerlessCluster tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ServerlessCluster tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * VPC configuration information for the serverless cluster.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcConfigs}.
   */
  public ServerlessCluster vpcConfigs(List<VpcConfig> value) {
    return set("VpcConfigs", Value.listOf(value));
  }

  /** Sets {@code VpcConfigs} to this value; see {@link #vpcConfigs(List)}. */
  public ServerlessCluster vpcConfigs(Value<List<VpcConfig>> value) {
    return set("VpcConfigs", value);
  }

  /** Sets {@code VpcConfigs} to a list of these; see {@link #vpcConfigs(List)}. */
  public ServerlessCluster vpcConfigs(VpcConfig... values) {
    return set("VpcConfigs", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the MSK cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Includes all client authentication information.
   *
   * <p>Property type {@code AWS::MSK::ServerlessCluster.ClientAuthentication}.
   */
  public static final class ClientAuthentication extends Struct<ClientAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::ServerlessCluster.ClientAuthentication")
        .required("Sasl")
        .build();

    public ClientAuthentication() {
      super(SCHEMA);
    }

    /**
     * Details for client authentication using SASL. To turn on SASL, you must also turn on
     * <code>EncryptionInTransit</code> by setting <code>inCluster</code> to true. You must set
     * <code>clientBroker</code> to either <code>TLS</code> or <code>TLS_PLAINTEXT</code> . If you
     * choose <code>TLS_PLAINTEXT</code> , then you must also set <code>unauthenticated</code> to
     * true.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Sasl}.
     */
    public ClientAuthentication sasl(Value<Sasl> value) {
      return set("Sasl", value);
    }
  }

  /**
   * Details for SASL/IAM client authentication.
   *
   * <p>Property type {@code AWS::MSK::ServerlessCluster.Iam}.
   */
  public static final class Iam extends Struct<Iam> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::ServerlessCluster.Iam")
        .required("Enabled")
        .build();

    public Iam() {
      super(SCHEMA);
    }

    /**
     * SASL/IAM authentication is enabled or not.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Enabled}.
     */
    public Iam enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Iam enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Details for client authentication using SASL. To turn on SASL, you must also turn on
   * <code>EncryptionInTransit</code> by setting <code>inCluster</code> to true. You must set
   * <code>clientBroker</code> to either <code>TLS</code> or <code>TLS_PLAINTEXT</code> . If you
   * choose <code>TLS_PLAINTEXT</code> , then you must also set <code>unauthenticated</code> to
   * true.
   *
   * <p>Property type {@code AWS::MSK::ServerlessCluster.Sasl}.
   */
  public static final class Sasl extends Struct<Sasl> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::ServerlessCluster.Sasl")
        .required("Iam")
        .build();

    public Sasl() {
      super(SCHEMA);
    }

    /**
     * Details for ClientAuthentication using IAM.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Iam}.
     */
    public Sasl iam(Value<Iam> value) {
      return set("Iam", value);
    }
  }

  /** Property type {@code AWS::MSK::ServerlessCluster.VpcConfig}. */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::ServerlessCluster.VpcConfig")
        .required("SubnetIds")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroups", "AWS::EC2::SecurityGroup.Ref")
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
     * property {@code SecurityGroups}.
     */
    public VpcConfig securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public VpcConfig securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Sets {@code SecurityGroups} to the Ref of each {@code AWS::EC2::SecurityGroup}; see {@link
     * #securityGroups(List)}.
     */
    public VpcConfig securityGroups(SecurityGroup... resources) {
      return set("SecurityGroups", Value.refs(resources));
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code SubnetIds}. */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public VpcConfig subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }
  }
}
