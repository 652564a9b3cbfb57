// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * AgentCore Browser tool provides a fast, secure, cloud-based browser runtime to enable AI agents
 * to interact with websites at scale.
 *
 * <p>For more information about using the custom browser, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/browser-tool.html">Interact
 * with web applications using Amazon Bedrock AgentCore Browser</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::BrowserCustom}.
 */
public final class BrowserCustom extends Resource<BrowserCustom> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom")
      .required("Name", "NetworkConfiguration")
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):iam::[0-9]{12}:role/.+$").format("AWS::IAM::Role.Arn"))
      .refYields("BrowserId")
      .attributes("BrowserArn", "BrowserId", "CreatedAt", "FailureReason", "LastUpdatedAt",
          "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public BrowserCustom(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Browser signing configuration
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BrowserSigning}.
   */
  public BrowserCustom browserSigning(Value<BrowserSigning> value) {
    return set("BrowserSigning", value);
  }

  /**
   * List of root CA certificates.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Certificates}.
   */
  public BrowserCustom certificates(List<Certificate> value) {
    return set("Certificates", Value.listOf(value));
  }

  /** Sets {@code Certificates} to this value; see {@link #certificates(List)}. */
  public BrowserCustom certificates(Value<List<Certificate>> value) {
    return set("Certificates", value);
  }

  /** Sets {@code Certificates} to a list of these; see {@link #certificates(List)}. */
  public BrowserCustom certificates(Certificate... values) {
    return set("Certificates", Value.list(values));
  }

  /**
   * The custom browser.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public BrowserCustom description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public BrowserCustom description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * List of browser enterprise policies.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnterprisePolicies}.
   */
  public BrowserCustom enterprisePolicies(List<BrowserEnterprisePolicy> value) {
    return set("EnterprisePolicies", Value.listOf(value));
  }

  /** Sets {@code EnterprisePolicies} to this value; see {@link #enterprisePolicies(List)}. */
  public BrowserCustom enterprisePolicies(Value<List<BrowserEnterprisePolicy>> value) {
    return set("EnterprisePolicies", value);
  }

  /** Sets {@code EnterprisePolicies} to a list of these; see {@link #enterprisePolicies(List)}. */
  public BrowserCustom enterprisePolicies(BrowserEnterprisePolicy... values) {
    return set("EnterprisePolicies", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the execution role.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):iam::[0-9]{12}:role/.+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public BrowserCustom executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public BrowserCustom executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of the custom browser.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public BrowserCustom name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BrowserCustom name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network configuration for a code interpreter. This structure defines how the code
   * interpreter connects to the network.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkConfiguration}.
   */
  public BrowserCustom networkConfiguration(Value<BrowserNetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * THe custom browser configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RecordingConfig}.
   */
  public BrowserCustom recordingConfig(Value<RecordingConfig> value) {
    return set("RecordingConfig", value);
  }

  /**
   * The tags for the custom browser.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BrowserCustom tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public BrowserCustom tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public BrowserCustom tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN for the custom browser.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrowserArn}.
   */
  public Value<String> browserArn() {
    return getAtt("BrowserArn");
  }

  /**
   * The ID for the custom browser.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrowserId}.
   */
  public Value<String> browserId() {
    return getAtt("BrowserId");
  }

  /**
   * The time at which the custom browser was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The reason for failure if the browser creation or operation failed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The time at which the custom browser was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The status of the custom browser.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Browser enterprise policy configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.BrowserEnterprisePolicy}.
   */
  public static final class BrowserEnterprisePolicy extends Struct<BrowserEnterprisePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom.BrowserEnterprisePolicy")
        .required("Location", "Type")
        .allowed("Type", "MANAGED", "RECOMMENDED")
        .build();

    public BrowserEnterprisePolicy() {
      super(SCHEMA);
    }

    /**
     * S3 Location Configuration
     *
     * <p>Required. CloudFormation property {@code Location}.
     */
    public BrowserEnterprisePolicy location(Value<S3Location> value) {
      return set("Location", value);
    }

    /**
     * The type of browser enterprise policy.
     *
     * <p>Required. Allowed values: {@code MANAGED}, {@code RECOMMENDED}. CloudFormation property
     * {@code Type}.
     */
    public BrowserEnterprisePolicy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BrowserEnterprisePolicy type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The network configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.BrowserNetworkConfiguration}.
   */
  public static final class BrowserNetworkConfiguration extends Struct<BrowserNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom.BrowserNetworkConfiguration")
        .required("NetworkMode")
        .allowed("NetworkMode", "PUBLIC", "VPC")
        .build();

    public BrowserNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The network mode.
     *
     * <p>Required. Allowed values: {@code PUBLIC}, {@code VPC}. CloudFormation property {@code
     * NetworkMode}.
     */
    public BrowserNetworkConfiguration networkMode(String value) {
      return set("NetworkMode", Value.of(value));
    }

    /** Sets {@code NetworkMode} to this value; see {@link #networkMode(String)}. */
    public BrowserNetworkConfiguration networkMode(Value<String> value) {
      return set("NetworkMode", value);
    }

    /**
     * Network mode configuration for VPC
     *
     * <p>CloudFormation property {@code VpcConfig}.
     */
    public BrowserNetworkConfiguration vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * Browser signing configuration
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.BrowserSigning}.
   */
  public static final class BrowserSigning extends Struct<BrowserSigning> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::BrowserCustom.BrowserSigning");

    public BrowserSigning() {
      super(SCHEMA);
    }

    /** Default: {@code false}. CloudFormation property {@code Enabled}. */
    public BrowserSigning enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public BrowserSigning enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * A root CA certificate configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.Certificate}.
   */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom.Certificate")
        .required("CertificateLocation")
        .build();

    public Certificate() {
      super(SCHEMA);
    }

    /**
     * Certificate location in Secrets Manager.
     *
     * <p>Required. CloudFormation property {@code CertificateLocation}.
     */
    public Certificate certificateLocation(Value<CertificateLocation> value) {
      return set("CertificateLocation", value);
    }
  }

  /**
   * Certificate location in Secrets Manager.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.CertificateLocation}.
   */
  public static final class CertificateLocation extends Struct<CertificateLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom.CertificateLocation")
        .required("SecretArn")
        .constrain("SecretArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):secretsmanager:[a-z0-9-]+:\\d{12}:secret:[a-zA-Z0-9/_+=.@-]+$"))
        .build();

    public CertificateLocation() {
      super(SCHEMA);
    }

    /**
     * Secrets Manager secret ARN.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):secretsmanager:[a-z0-9-]+:&#92;d{12}:secret:[a-zA-Z0-9/_+=.&#64;-]+$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CertificateLocation secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CertificateLocation secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * The recording configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.RecordingConfig}.
   */
  public static final class RecordingConfig extends Struct<RecordingConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::BrowserCustom.RecordingConfig");

    public RecordingConfig() {
      super(SCHEMA);
    }

    /**
     * The recording configuration for a browser. This structure defines how browser sessions are
     * recorded.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Enabled}.
     */
    public RecordingConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public RecordingConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The S3 location.
     *
     * <p>CloudFormation property {@code S3Location}.
     */
    public RecordingConfig s3Location(Value<S3Location> value) {
      return set("S3Location", value);
    }
  }

  /**
   * The S3 location.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom.S3Location")
        .required("Bucket", "Prefix")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"))
        .constrain("Prefix", Constraint.of().minLength(1))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 location bucket name.
     *
     * <p>Required. Pattern: {@code ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$}. CloudFormation property
     * {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The S3 location object prefix.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Prefix}.
     */
    public S3Location prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3Location prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Network mode configuration for VPC
   *
   * <p>Property type {@code AWS::BedrockAgentCore::BrowserCustom.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserCustom.VpcConfig")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-zA-Z]{8,17}$").format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Security groups for VPC
     *
     * <p>Required. Pattern: {@code ^sg-[0-9a-zA-Z]{8,17}$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
     */
    public VpcConfig securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public VpcConfig securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Subnets for VPC
     *
     * <p>Required. Pattern: {@code ^subnet-[0-9a-zA-Z]{8,17}$}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
