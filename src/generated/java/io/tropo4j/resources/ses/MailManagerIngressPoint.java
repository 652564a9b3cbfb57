// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource to provision an ingress endpoint for receiving email. An ingress endpoint serves as the
 * entry point for incoming emails, allowing you to define how emails are received and processed
 * within your AWS environment.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerIngressPoint}.
 */
public final class MailManagerIngressPoint extends Resource<MailManagerIngressPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerIngressPoint")
      .required("RuleSetId", "TrafficPolicyId", "Type")
      .constrain("IngressPointName", Constraint.of().pattern("^[A-Za-z0-9_\\-]+$").minLength(3).maxLength(63))
      .constrain("RuleSetId", Constraint.of().minLength(1).maxLength(100))
      .allowed("StatusToUpdate", "ACTIVE", "CLOSED")
      .allowed("TlsPolicy", "REQUIRED", "OPTIONAL", "FIPS")
      .constrain("TrafficPolicyId", Constraint.of().minLength(1).maxLength(100))
      .allowed("Type", "OPEN", "AUTH", "MTLS")
      .refYields("IngressPointId")
      .attributes("ARecord", "IngressPointArn", "IngressPointId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerIngressPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration of the ingress endpoint resource.
   *
   * <p>CloudFormation property {@code IngressPointConfiguration}.
   */
  public MailManagerIngressPoint ingressPointConfiguration(Value<IngressPointConfiguration> value) {
    return set("IngressPointConfiguration", value);
  }

  /**
   * A user friendly name for an ingress endpoint resource.
   *
   * <p>Length: 3 to 63 characters. Pattern: {@code ^[A-Za-z0-9_&#92;-]+$}. CloudFormation property
   * {@code IngressPointName}.
   */
  public MailManagerIngressPoint ingressPointName(String value) {
    return set("IngressPointName", Value.of(value));
  }

  /** Sets {@code IngressPointName} to this value; see {@link #ingressPointName(String)}. */
  public MailManagerIngressPoint ingressPointName(Value<String> value) {
    return set("IngressPointName", value);
  }

  /**
   * The network type (IPv4-only, Dual-Stack, PrivateLink) of the ingress endpoint resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkConfiguration}.
   */
  public MailManagerIngressPoint networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The identifier of an existing rule set that you attach to an ingress endpoint resource.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code RuleSetId}.
   */
  public MailManagerIngressPoint ruleSetId(String value) {
    return set("RuleSetId", Value.of(value));
  }

  /** Sets {@code RuleSetId} to this value; see {@link #ruleSetId(String)}. */
  public MailManagerIngressPoint ruleSetId(Value<String> value) {
    return set("RuleSetId", value);
  }

  /**
   * The update status of an ingress endpoint.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code CLOSED}. CloudFormation property {@code
   * StatusToUpdate}.
   */
  public MailManagerIngressPoint statusToUpdate(String value) {
    return set("StatusToUpdate", Value.of(value));
  }

  /** Sets {@code StatusToUpdate} to this value; see {@link #statusToUpdate(String)}. */
  public MailManagerIngressPoint statusToUpdate(Value<String> value) {
    return set("StatusToUpdate", value);
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerIngressPoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerIngressPoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerIngressPoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Allowed values: {@code REQUIRED}, {@code OPTIONAL}, {@code FIPS}. CloudFormation property
   * {@code TlsPolicy}.
   */
  public MailManagerIngressPoint tlsPolicy(String value) {
    return set("TlsPolicy", Value.of(value));
  }

  /** Sets {@code TlsPolicy} to this value; see {@link #tlsPolicy(String)}. */
  public MailManagerIngressPoint tlsPolicy(Value<String> value) {
    return set("TlsPolicy", value);
  }

  /**
   * The identifier of an existing traffic policy that you attach to an ingress endpoint resource.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code TrafficPolicyId}.
   */
  public MailManagerIngressPoint trafficPolicyId(String value) {
    return set("TrafficPolicyId", Value.of(value));
  }

  /** Sets {@code TrafficPolicyId} to this value; see {@link #trafficPolicyId(String)}. */
  public MailManagerIngressPoint trafficPolicyId(Value<String> value) {
    return set("TrafficPolicyId", value);
  }

  /**
   * The type of the ingress endpoint to create.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code OPEN}, {@code AUTH},
   * {@code MTLS}. CloudFormation property {@code Type}.
   */
  public MailManagerIngressPoint typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public MailManagerIngressPoint typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The DNS A Record that identifies your ingress endpoint. Configure your DNS Mail Exchange (MX)
   * record with this value to route emails to Mail Manager.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARecord}.
   */
  public Value<String> aRecord() {
    return getAtt("ARecord");
  }

  /**
   * The Amazon Resource Name (ARN) of the ingress endpoint resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngressPointArn}.
   */
  public Value<String> ingressPointArn() {
    return getAtt("IngressPointArn");
  }

  /**
   * The identifier of the ingress endpoint resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngressPointId}.
   */
  public Value<String> ingressPointId() {
    return getAtt("IngressPointId");
  }

  /**
   * The status of the ingress endpoint resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The configuration of the ingress endpoint resource.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerIngressPoint.IngressPointConfiguration}.
   */
  public static final class IngressPointConfiguration extends Struct<IngressPointConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerIngressPoint.IngressPointConfiguration");

    public IngressPointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The SecretsManager::Secret ARN of the ingress endpoint resource.
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public IngressPointConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public IngressPointConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The password of the ingress endpoint resource.
     *
     * <p>CloudFormation property {@code SmtpPassword}.
     */
    public IngressPointConfiguration smtpPassword(String value) {
      return set("SmtpPassword", Value.of(value));
    }

    /** Sets {@code SmtpPassword} to this value; see {@link #smtpPassword(String)}. */
    public IngressPointConfiguration smtpPassword(Value<String> value) {
      return set("SmtpPassword", value);
    }

    /** CloudFormation property {@code TlsAuthConfiguration}. */
    public IngressPointConfiguration tlsAuthConfiguration(Value<TlsAuthConfiguration> value) {
      return set("TlsAuthConfiguration", value);
    }
  }

  /**
   * The network type (IPv4-only, Dual-Stack, PrivateLink) of the ingress endpoint resource.
   *
   * <p>Property type {@code AWS::SES::MailManagerIngressPoint.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerIngressPoint.NetworkConfiguration");

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the network configuration for the private ingress point.
     *
     * <p>CloudFormation property {@code PrivateNetworkConfiguration}.
     */
    public NetworkConfiguration privateNetworkConfiguration(Value<PrivateNetworkConfiguration> value) {
      return set("PrivateNetworkConfiguration", value);
    }

    /**
     * Specifies the network configuration for the public ingress point.
     *
     * <p>CloudFormation property {@code PublicNetworkConfiguration}.
     */
    public NetworkConfiguration publicNetworkConfiguration(Value<PublicNetworkConfiguration> value) {
      return set("PublicNetworkConfiguration", value);
    }
  }

  /**
   * Specifies the network configuration for the private ingress point.
   *
   * <p>Property type {@code AWS::SES::MailManagerIngressPoint.PrivateNetworkConfiguration}.
   */
  public static final class PrivateNetworkConfiguration extends Struct<PrivateNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerIngressPoint.PrivateNetworkConfiguration")
        .required("VpcEndpointId")
        .build();

    public PrivateNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the VPC endpoint to associate with this private ingress point.
     *
     * <p>Required. CloudFormation property {@code VpcEndpointId}.
     */
    public PrivateNetworkConfiguration vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public PrivateNetworkConfiguration vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }
  }

  /**
   * Specifies the network configuration for the public ingress point.
   *
   * <p>Property type {@code AWS::SES::MailManagerIngressPoint.PublicNetworkConfiguration}.
   */
  public static final class PublicNetworkConfiguration extends Struct<PublicNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerIngressPoint.PublicNetworkConfiguration")
        .required("IpType")
        .allowed("IpType", "IPV4", "DUAL_STACK")
        .build();

    public PublicNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IP address type for the public ingress point. Valid values are IPV4 and DUAL_STACK.
     *
     * <p>Required. Allowed values: {@code IPV4}, {@code DUAL_STACK}. CloudFormation property {@code
     * IpType}.
     */
    public PublicNetworkConfiguration ipType(String value) {
      return set("IpType", Value.of(value));
    }

    /** Sets {@code IpType} to this value; see {@link #ipType(String)}. */
    public PublicNetworkConfiguration ipType(Value<String> value) {
      return set("IpType", value);
    }
  }

  /** Property type {@code AWS::SES::MailManagerIngressPoint.TlsAuthConfiguration}. */
  public static final class TlsAuthConfiguration extends Struct<TlsAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerIngressPoint.TlsAuthConfiguration")
        .required("TrustStore")
        .build();

    public TlsAuthConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code TrustStore}. */
    public TlsAuthConfiguration trustStore(Value<TrustStore> value) {
      return set("TrustStore", value);
    }
  }

  /** Property type {@code AWS::SES::MailManagerIngressPoint.TrustStore}. */
  public static final class TrustStore extends Struct<TrustStore> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerIngressPoint.TrustStore")
        .required("CAContent")
        .build();

    public TrustStore() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code CAContent}. */
    public TrustStore caContent(String value) {
      return set("CAContent", Value.of(value));
    }

    /** Sets {@code CAContent} to this value; see {@link #caContent(String)}. */
    public TrustStore caContent(Value<String> value) {
      return set("CAContent", value);
    }

    /** CloudFormation property {@code CrlContent}. */
    public TrustStore crlContent(String value) {
      return set("CrlContent", Value.of(value));
    }

    /** Sets {@code CrlContent} to this value; see {@link #crlContent(String)}. */
    public TrustStore crlContent(Value<String> value) {
      return set("CrlContent", value);
    }

    /** CloudFormation property {@code KmsKeyArn}. */
    public TrustStore kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public TrustStore kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }
}
