// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityagent;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SecurityAgent::AgentSpace
 *
 * <p>CloudFormation type {@code AWS::SecurityAgent::AgentSpace}.
 */
public final class AgentSpace extends Resource<AgentSpace> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::AgentSpace")
      .required("Name")
      .refYields("AgentSpaceId")
      .attributes("AgentSpaceId", "CreatedAt", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AgentSpace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * AWS resource configuration
   *
   * <p>CloudFormation property {@code AwsResources}.
   */
  public AgentSpace awsResources(Value<AWSResources> value) {
    return set("AwsResources", value);
  }

  /**
   * Details of code review settings
   *
   * <p>CloudFormation property {@code CodeReviewSettings}.
   */
  public AgentSpace codeReviewSettings(Value<CodeReviewSettings> value) {
    return set("CodeReviewSettings", value);
  }

  /**
   * Description of the agent space
   *
   * <p>CloudFormation property {@code Description}.
   */
  public AgentSpace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AgentSpace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Integrated Resources configuration
   *
   * <p>CloudFormation property {@code IntegratedResources}.
   */
  public AgentSpace integratedResources(List<IntegratedResource> value) {
    return set("IntegratedResources", Value.listOf(value));
  }

  /** Sets {@code IntegratedResources} to this value; see {@link #integratedResources(List)}. */
  public AgentSpace integratedResources(Value<List<IntegratedResource>> value) {
    return set("IntegratedResources", value);
  }

  /**
   * Sets {@code IntegratedResources} to a list of these; see {@link #integratedResources(List)}.
   */
  public AgentSpace integratedResources(IntegratedResource... values) {
    return set("IntegratedResources", Value.list(values));
  }

  /**
   * Identifier of the KMS key used to encrypt data. Can be a key ID, key ARN, alias name, or alias
   * ARN. If not specified, an AWS managed key is used.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public AgentSpace kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public AgentSpace kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Name of the agent space
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public AgentSpace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AgentSpace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags for the agent space
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AgentSpace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AgentSpace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AgentSpace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * List of target domain identifiers registered with the agent space
   *
   * <p>CloudFormation property {@code TargetDomainIds}.
   */
  public AgentSpace targetDomainIds(List<String> value) {
    return set("TargetDomainIds", Value.listOf(value));
  }

  /** Sets {@code TargetDomainIds} to this value; see {@link #targetDomainIds(List)}. */
  public AgentSpace targetDomainIds(Value<List<String>> value) {
    return set("TargetDomainIds", value);
  }

  /**
   * Unique identifier of the agent space
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentSpaceId}.
   */
  public Value<String> agentSpaceId() {
    return getAtt("AgentSpaceId");
  }

  /**
   * Timestamp when the agent space was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Timestamp when the agent space was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * AWS resource configuration
   *
   * <p>Property type {@code AWS::SecurityAgent::AgentSpace.AWSResources}.
   */
  public static final class AWSResources extends Struct<AWSResources> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityAgent::AgentSpace.AWSResources");

    public AWSResources() {
      super(SCHEMA);
    }

    /**
     * IAM role ARNs
     *
     * <p>CloudFormation property {@code IamRoles}.
     */
    public AWSResources iamRoles(List<String> value) {
      return set("IamRoles", Value.listOf(value));
    }

    /** Sets {@code IamRoles} to this value; see {@link #iamRoles(List)}. */
    public AWSResources iamRoles(Value<List<String>> value) {
      return set("IamRoles", value);
    }

    /**
     * Lambda function ARNs used to retrieve tester credentials for pentests
     *
     * <p>CloudFormation property {@code LambdaFunctionArns}.
     */
    public AWSResources lambdaFunctionArns(List<String> value) {
      return set("LambdaFunctionArns", Value.listOf(value));
    }

    /** Sets {@code LambdaFunctionArns} to this value; see {@link #lambdaFunctionArns(List)}. */
    public AWSResources lambdaFunctionArns(Value<List<String>> value) {
      return set("LambdaFunctionArns", value);
    }

    /**
     * CloudWatch log group ARNs
     *
     * <p>CloudFormation property {@code LogGroups}.
     */
    public AWSResources logGroups(List<String> value) {
      return set("LogGroups", Value.listOf(value));
    }

    /** Sets {@code LogGroups} to this value; see {@link #logGroups(List)}. */
    public AWSResources logGroups(Value<List<String>> value) {
      return set("LogGroups", value);
    }

    /**
     * S3 bucket ARNs
     *
     * <p>CloudFormation property {@code S3Buckets}.
     */
    public AWSResources s3Buckets(List<String> value) {
      return set("S3Buckets", Value.listOf(value));
    }

    /** Sets {@code S3Buckets} to this value; see {@link #s3Buckets(List)}. */
    public AWSResources s3Buckets(Value<List<String>> value) {
      return set("S3Buckets", value);
    }

    /**
     * SecretsManager secret ARNs used to store tester credentials for pentests
     *
     * <p>CloudFormation property {@code SecretArns}.
     */
    public AWSResources secretArns(List<String> value) {
      return set("SecretArns", Value.listOf(value));
    }

    /** Sets {@code SecretArns} to this value; see {@link #secretArns(List)}. */
    public AWSResources secretArns(Value<List<String>> value) {
      return set("SecretArns", value);
    }

    /**
     * VPC configurations
     *
     * <p>CloudFormation property {@code Vpcs}.
     */
    public AWSResources vpcs(List<VpcConfig> value) {
      return set("Vpcs", Value.listOf(value));
    }

    /** Sets {@code Vpcs} to this value; see {@link #vpcs(List)}. */
    public AWSResources vpcs(Value<List<VpcConfig>> value) {
      return set("Vpcs", value);
    }

    /** Sets {@code Vpcs} to a list of these; see {@link #vpcs(List)}. */
    public AWSResources vpcs(VpcConfig... values) {
      return set("Vpcs", Value.list(values));
    }
  }

  /**
   * Details of code review settings
   *
   * <p>Property type {@code AWS::SecurityAgent::AgentSpace.CodeReviewSettings}.
   */
  public static final class CodeReviewSettings extends Struct<CodeReviewSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::AgentSpace.CodeReviewSettings")
        .required("ControlsScanning", "GeneralPurposeScanning")
        .build();

    public CodeReviewSettings() {
      super(SCHEMA);
    }

    /**
     * Whether Controls are utilized for code review analysis
     *
     * <p>Required. CloudFormation property {@code ControlsScanning}.
     */
    public CodeReviewSettings controlsScanning(boolean value) {
      return set("ControlsScanning", Value.of(value));
    }

    /** Sets {@code ControlsScanning} to this value; see {@link #controlsScanning(boolean)}. */
    public CodeReviewSettings controlsScanning(Value<Boolean> value) {
      return set("ControlsScanning", value);
    }

    /**
     * Whether general purpose analysis is performed for code review
     *
     * <p>Required. CloudFormation property {@code GeneralPurposeScanning}.
     */
    public CodeReviewSettings generalPurposeScanning(boolean value) {
      return set("GeneralPurposeScanning", Value.of(value));
    }

    /**
     * Sets {@code GeneralPurposeScanning} to this value; see {@link
     * #generalPurposeScanning(boolean)}.
     */
    public CodeReviewSettings generalPurposeScanning(Value<Boolean> value) {
      return set("GeneralPurposeScanning", value);
    }
  }

  /**
   * Integrated Resource details
   *
   * <p>Property type {@code AWS::SecurityAgent::AgentSpace.IntegratedResource}.
   */
  public static final class IntegratedResource extends Struct<IntegratedResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::AgentSpace.IntegratedResource")
        .required("Integration")
        .build();

    public IntegratedResource() {
      super(SCHEMA);
    }

    /**
     * Unique identifier of the Provider Integration
     *
     * <p>Required. CloudFormation property {@code Integration}.
     */
    public IntegratedResource integration(String value) {
      return set("Integration", Value.of(value));
    }

    /** Sets {@code Integration} to this value; see {@link #integration(String)}. */
    public IntegratedResource integration(Value<String> value) {
      return set("Integration", value);
    }
  }

  /**
   * Customer VPC configuration that the security testing environment accesses
   *
   * <p>Property type {@code AWS::SecurityAgent::AgentSpace.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityAgent::AgentSpace.VpcConfig");

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * List of security group ARNs in the customer VPC
     *
     * <p>CloudFormation property {@code SecurityGroupArns}.
     */
    public VpcConfig securityGroupArns(List<String> value) {
      return set("SecurityGroupArns", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
    public VpcConfig securityGroupArns(Value<List<String>> value) {
      return set("SecurityGroupArns", value);
    }

    /**
     * List of subnet ARNs in the customer VPC
     *
     * <p>CloudFormation property {@code SubnetArns}.
     */
    public VpcConfig subnetArns(List<String> value) {
      return set("SubnetArns", Value.listOf(value));
    }

    /** Sets {@code SubnetArns} to this value; see {@link #subnetArns(List)}. */
    public VpcConfig subnetArns(Value<List<String>> value) {
      return set("SubnetArns", value);
    }

    /**
     * ARN of the customer VPC
     *
     * <p>CloudFormation property {@code VpcArn}.
     */
    public VpcConfig vpcArn(String value) {
      return set("VpcArn", Value.of(value));
    }

    /** Sets {@code VpcArn} to this value; see {@link #vpcArn(String)}. */
    public VpcConfig vpcArn(Value<String> value) {
      return set("VpcArn", value);
    }
  }
}
