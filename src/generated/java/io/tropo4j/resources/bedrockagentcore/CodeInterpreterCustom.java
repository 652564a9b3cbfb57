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
 * The AgentCore Code Interpreter tool enables agents to securely execute code in isolated sandbox
 * environments. It offers advanced configuration support and seamless integration with popular
 * frameworks.
 *
 * <p>For more information about using the custom code interpreter, see <a
 * href="https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/code-interpreter-tool.html">Execute
 * code and analyze data using Amazon Bedrock AgentCore Code Interpreter</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::CodeInterpreterCustom}.
 */
public final class CodeInterpreterCustom extends Resource<CodeInterpreterCustom> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CodeInterpreterCustom")
      .required("Name", "NetworkConfiguration")
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):iam::[0-9]{12}:role/.+$").format("AWS::IAM::Role.Arn"))
      .refYields("CodeInterpreterId")
      .attributes("CodeInterpreterArn", "CodeInterpreterId", "CreatedAt", "FailureReason",
          "LastUpdatedAt", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public CodeInterpreterCustom(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of root CA certificates.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Certificates}.
   */
  public CodeInterpreterCustom certificates(List<Certificate> value) {
    return set("Certificates", Value.listOf(value));
  }

  /** Sets {@code Certificates} to this value; see {@link #certificates(List)}. */
  public CodeInterpreterCustom certificates(Value<List<Certificate>> value) {
    return set("Certificates", value);
  }

  /** Sets {@code Certificates} to a list of these; see {@link #certificates(List)}. */
  public CodeInterpreterCustom certificates(Certificate... values) {
    return set("Certificates", Value.list(values));
  }

  /**
   * The code interpreter description.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public CodeInterpreterCustom description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CodeInterpreterCustom description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the execution role.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws(?:-cn|-us-gov|-iso(?:-[bef])?)?):iam::[0-9]{12}:role/.+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public CodeInterpreterCustom executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public CodeInterpreterCustom executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of the code interpreter.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public CodeInterpreterCustom name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CodeInterpreterCustom name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network configuration for a code interpreter. This structure defines how the code
   * interpreter connects to the network.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkConfiguration}.
   */
  public CodeInterpreterCustom networkConfiguration(Value<CodeInterpreterNetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The tags for the code interpreter.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CodeInterpreterCustom tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public CodeInterpreterCustom tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public CodeInterpreterCustom tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The code interpreter Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CodeInterpreterArn}.
   */
  public Value<String> codeInterpreterArn() {
    return getAtt("CodeInterpreterArn");
  }

  /**
   * The ID of the code interpreter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CodeInterpreterId}.
   */
  public Value<String> codeInterpreterId() {
    return getAtt("CodeInterpreterId");
  }

  /**
   * The time at which the code interpreter was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The reason for failure if the code interpreter creation or operation failed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The time at which the code interpreter was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The status of the custom code interpreter.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A root CA certificate configuration.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CodeInterpreterCustom.Certificate}.
   */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CodeInterpreterCustom.Certificate")
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
   * <p>Property type {@code AWS::BedrockAgentCore::CodeInterpreterCustom.CertificateLocation}.
   */
  public static final class CertificateLocation extends Struct<CertificateLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CodeInterpreterCustom.CertificateLocation")
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
   * The network configuration.
   *
   * <p>Property type {@code
   * AWS::BedrockAgentCore::CodeInterpreterCustom.CodeInterpreterNetworkConfiguration}.
   */
  public static final class CodeInterpreterNetworkConfiguration extends Struct<CodeInterpreterNetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CodeInterpreterCustom.CodeInterpreterNetworkConfiguration")
        .required("NetworkMode")
        .allowed("NetworkMode", "PUBLIC", "SANDBOX", "VPC")
        .build();

    public CodeInterpreterNetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The network mode.
     *
     * <p>Required. Allowed values: {@code PUBLIC}, {@code SANDBOX}, {@code VPC}. CloudFormation
     * property {@code NetworkMode}.
     */
    public CodeInterpreterNetworkConfiguration networkMode(String value) {
      return set("NetworkMode", Value.of(value));
    }

    /** Sets {@code NetworkMode} to this value; see {@link #networkMode(String)}. */
    public CodeInterpreterNetworkConfiguration networkMode(Value<String> value) {
      return set("NetworkMode", value);
    }

    /**
     * Network mode configuration for VPC
     *
     * <p>CloudFormation property {@code VpcConfig}.
     */
    public CodeInterpreterNetworkConfiguration vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * Network mode configuration for VPC
   *
   * <p>Property type {@code AWS::BedrockAgentCore::CodeInterpreterCustom.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::CodeInterpreterCustom.VpcConfig")
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
