// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.osis;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::OSIS::Pipeline resource creates an Amazon OpenSearch Ingestion pipeline.
 *
 * <p>CloudFormation type {@code AWS::OSIS::Pipeline}.
 */
public final class Pipeline extends Resource<Pipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline")
      .required("MaxUnits", "MinUnits", "PipelineConfigurationBody", "PipelineName")
      .constrain("MaxUnits", Constraint.of().minimum(1).maximum(384))
      .constrain("MinUnits", Constraint.of().minimum(1).maximum(384))
      .constrain("PipelineConfigurationBody", Constraint.of().minLength(1).maxLength(100000))
      .constrain("PipelineName", Constraint.of().pattern("[a-z][a-z0-9\\-]+").minLength(3).maxLength(28))
      .constrain("PipelineRoleArn", Constraint.of().pattern("^arn:(aws|aws\\-cn|aws\\-us\\-gov|aws\\-iso|aws\\-iso\\-b|aws\\-iso\\-e|aws\\-iso\\-f):iam::[0-9]+:role\\/.*$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("PipelineArn")
      .attributes("IngestEndpointUrls", "PipelineArn", "VpcEndpointService", "VpcEndpoints")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Pipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Options that specify the configuration of a persistent buffer. To configure how OpenSearch
   * Ingestion encrypts this data, set the <code>EncryptionAtRestOptions</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/osis-features-overview.html#persistent-buffering">Persistent
   * buffering</a> .
   *
   * <p>CloudFormation property {@code BufferOptions}.
   */
  public Pipeline bufferOptions(Value<BufferOptions> value) {
    return set("BufferOptions", value);
  }

  /**
   * Options to control how OpenSearch encrypts buffer data.
   *
   * <p>CloudFormation property {@code EncryptionAtRestOptions}.
   */
  public Pipeline encryptionAtRestOptions(Value<EncryptionAtRestOptions> value) {
    return set("EncryptionAtRestOptions", value);
  }

  /**
   * Key-value pairs that represent log publishing settings.
   *
   * <p>CloudFormation property {@code LogPublishingOptions}.
   */
  public Pipeline logPublishingOptions(Value<LogPublishingOptions> value) {
    return set("LogPublishingOptions", value);
  }

  /**
   * The maximum pipeline capacity, in Ingestion Compute Units (ICUs).
   *
   * <p>Required. Range: 1 to 384. CloudFormation property {@code MaxUnits}.
   */
  public Pipeline maxUnits(int value) {
    return set("MaxUnits", Value.of(value));
  }

  /** Sets {@code MaxUnits} to this value; see {@link #maxUnits(int)}. */
  public Pipeline maxUnits(Value<Integer> value) {
    return set("MaxUnits", value);
  }

  /**
   * The minimum pipeline capacity, in Ingestion Compute Units (ICUs).
   *
   * <p>Required. Range: 1 to 384. CloudFormation property {@code MinUnits}.
   */
  public Pipeline minUnits(int value) {
    return set("MinUnits", Value.of(value));
  }

  /** Sets {@code MinUnits} to this value; see {@link #minUnits(int)}. */
  public Pipeline minUnits(Value<Integer> value) {
    return set("MinUnits", value);
  }

  /**
   * The Data Prepper pipeline configuration in YAML format.
   *
   * <p>Required. Length: 1 to 100000 characters. CloudFormation property {@code
   * PipelineConfigurationBody}.
   */
  public Pipeline pipelineConfigurationBody(String value) {
    return set("PipelineConfigurationBody", Value.of(value));
  }

  /**
   * Sets {@code PipelineConfigurationBody} to this value; see {@link
   * #pipelineConfigurationBody(String)}.
   */
  public Pipeline pipelineConfigurationBody(Value<String> value) {
    return set("PipelineConfigurationBody", value);
  }

  /**
   * The name of the pipeline.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 28 characters. Pattern: {@code
   * [a-z][a-z0-9&#92;-]+}. CloudFormation property {@code PipelineName}.
   */
  public Pipeline pipelineName(String value) {
    return set("PipelineName", Value.of(value));
  }

  /** Sets {@code PipelineName} to this value; see {@link #pipelineName(String)}. */
  public Pipeline pipelineName(Value<String> value) {
    return set("PipelineName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that the pipeline uses to access AWS resources.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:(aws|aws&#92;-cn|aws&#92;-us&#92;-gov|aws&#92;-iso|aws&#92;-iso&#92;-b|aws&#92;-iso&#92;-e|aws&#92;-iso&#92;-f):iam::[0-9]+:role&#92;/.*$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code PipelineRoleArn}.
   */
  public Pipeline pipelineRoleArn(String value) {
    return set("PipelineRoleArn", Value.of(value));
  }

  /** Sets {@code PipelineRoleArn} to this value; see {@link #pipelineRoleArn(String)}. */
  public Pipeline pipelineRoleArn(Value<String> value) {
    return set("PipelineRoleArn", value);
  }

  /** CloudFormation property {@code ResourcePolicy}. */
  public Pipeline resourcePolicy(Value<ResourcePolicy> value) {
    return set("ResourcePolicy", value);
  }

  /**
   * List of tags to add to the pipeline upon creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pipeline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Pipeline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Pipeline tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Options that specify the subnets and security groups for an OpenSearch Ingestion VPC endpoint.
   *
   * <p>CloudFormation property {@code VpcOptions}.
   */
  public Pipeline vpcOptions(Value<VpcOptions> value) {
    return set("VpcOptions", value);
  }

  /**
   * A list of the ingestion endpoints for the pipeline that you can send data to. Currently, only a
   * single ingestion endpoint is supported for a pipeline. For example,
   * <code>my-pipeline-123456789012.us-east-1.osis.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngestEndpointUrls}.
   */
  public Value<List<String>> ingestEndpointUrls() {
    return getAtt("IngestEndpointUrls");
  }

  /**
   * The Amazon Resource Name (ARN) of the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PipelineArn}.
   */
  public Value<String> pipelineArn() {
    return getAtt("PipelineArn");
  }

  /**
   * The VPC endpoint service name for the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpointService}.
   */
  public Value<String> vpcEndpointService() {
    return getAtt("VpcEndpointService");
  }

  /**
   * The VPC interface endpoints that have access to the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpoints}.
   */
  public Value<List<VpcEndpoint>> vpcEndpoints() {
    return getAtt("VpcEndpoints");
  }

  /**
   * Options that specify the configuration of a persistent buffer. To configure how OpenSearch
   * Ingestion encrypts this data, set the <code>EncryptionAtRestOptions</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/osis-features-overview.html#persistent-buffering">Persistent
   * buffering</a> .
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.BufferOptions}.
   */
  public static final class BufferOptions extends Struct<BufferOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline.BufferOptions")
        .required("PersistentBufferEnabled")
        .build();

    public BufferOptions() {
      super(SCHEMA);
    }

    /**
     * Whether persistent buffering should be enabled.
     *
     * <p>Required. CloudFormation property {@code PersistentBufferEnabled}.
     */
    public BufferOptions persistentBufferEnabled(boolean value) {
      return set("PersistentBufferEnabled", Value.of(value));
    }

    /**
     * Sets {@code PersistentBufferEnabled} to this value; see {@link
     * #persistentBufferEnabled(boolean)}.
     */
    public BufferOptions persistentBufferEnabled(Value<Boolean> value) {
      return set("PersistentBufferEnabled", value);
    }
  }

  /**
   * The destination for OpenSearch Ingestion logs sent to Amazon CloudWatch.
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.CloudWatchLogDestination}.
   */
  public static final class CloudWatchLogDestination extends Struct<CloudWatchLogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline.CloudWatchLogDestination")
        .required("LogGroup")
        .constrain("LogGroup", Constraint.of().pattern("\\/aws\\/vendedlogs\\/[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(512))
        .build();

    public CloudWatchLogDestination() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch Logs group to send pipeline logs to. You can specify an existing
     * log group or create a new one. For example,
     * <code>/aws/vendedlogs/OpenSearchService/pipelines</code> .
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code
     * &#92;/aws&#92;/vendedlogs&#92;/[&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation property {@code
     * LogGroup}.
     */
    public CloudWatchLogDestination logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogDestination logGroup(Value<String> value) {
      return set("LogGroup", value);
    }
  }

  /**
   * Options to control how OpenSearch encrypts buffer data.
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.EncryptionAtRestOptions}.
   */
  public static final class EncryptionAtRestOptions extends Struct<EncryptionAtRestOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline.EncryptionAtRestOptions")
        .required("KmsKeyArn")
        .constrain("KmsKeyArn", Constraint.of().minLength(7).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .build();

    public EncryptionAtRestOptions() {
      super(SCHEMA);
    }

    /**
     * The ARN of the KMS key used to encrypt buffer data. By default, data is encrypted using an
     * AWS owned key.
     *
     * <p>Required. Length: 7 to 2048 characters. Format: {@code AWS::KMS::Key.Arn}. CloudFormation
     * property {@code KmsKeyArn}.
     */
    public EncryptionAtRestOptions kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionAtRestOptions kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Container for the values required to configure logging for the pipeline. If you don't specify
   * these values, OpenSearch Ingestion will not publish logs from your application to CloudWatch
   * Logs.
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.LogPublishingOptions}.
   */
  public static final class LogPublishingOptions extends Struct<LogPublishingOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OSIS::Pipeline.LogPublishingOptions");

    public LogPublishingOptions() {
      super(SCHEMA);
    }

    /**
     * The destination for OpenSearch Ingestion logs sent to Amazon CloudWatch Logs. This parameter
     * is required if <code>IsLoggingEnabled</code> is set to <code>true</code> .
     *
     * <p>CloudFormation property {@code CloudWatchLogDestination}.
     */
    public LogPublishingOptions cloudWatchLogDestination(Value<CloudWatchLogDestination> value) {
      return set("CloudWatchLogDestination", value);
    }

    /**
     * Whether logs should be published.
     *
     * <p>CloudFormation property {@code IsLoggingEnabled}.
     */
    public LogPublishingOptions isLoggingEnabled(boolean value) {
      return set("IsLoggingEnabled", Value.of(value));
    }

    /** Sets {@code IsLoggingEnabled} to this value; see {@link #isLoggingEnabled(boolean)}. */
    public LogPublishingOptions isLoggingEnabled(Value<Boolean> value) {
      return set("IsLoggingEnabled", value);
    }
  }

  /** Property type {@code AWS::OSIS::Pipeline.ResourcePolicy}. */
  public static final class ResourcePolicy extends Struct<ResourcePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline.ResourcePolicy")
        .required("Policy")
        .build();

    public ResourcePolicy() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Policy}. */
    public ResourcePolicy policy(Value<Json> value) {
      return set("Policy", value);
    }
  }

  /**
   * Options for attaching a VPC to pipeline.
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.VpcAttachmentOptions}.
   */
  public static final class VpcAttachmentOptions extends Struct<VpcAttachmentOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline.VpcAttachmentOptions")
        .required("AttachToVpc", "CidrBlock")
        .constrain("CidrBlock", Constraint.of().pattern("^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[12]?[0-9])$").format("ipv4-network"))
        .build();

    public VpcAttachmentOptions() {
      super(SCHEMA);
    }

    /**
     * Whether a VPC is attached to the pipeline.
     *
     * <p>Required. CloudFormation property {@code AttachToVpc}.
     */
    public VpcAttachmentOptions attachToVpc(boolean value) {
      return set("AttachToVpc", Value.of(value));
    }

    /** Sets {@code AttachToVpc} to this value; see {@link #attachToVpc(boolean)}. */
    public VpcAttachmentOptions attachToVpc(Value<Boolean> value) {
      return set("AttachToVpc", value);
    }

    /**
     * The CIDR block to be reserved for OpenSearch Ingestion to create elastic network interfaces
     * (ENIs).
     *
     * <p>Required. Pattern: {@code
     * ^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)&#92;.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[12]?[0-9])$}.
     * Format: {@code ipv4-network}. CloudFormation property {@code CidrBlock}.
     */
    public VpcAttachmentOptions cidrBlock(String value) {
      return set("CidrBlock", Value.of(value));
    }

    /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
    public VpcAttachmentOptions cidrBlock(Value<String> value) {
      return set("CidrBlock", value);
    }
  }

  /**
   * An OpenSearch Ingestion-managed VPC endpoint that will access one or more pipelines.
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.VpcEndpoint}.
   */
  public static final class VpcEndpoint extends Struct<VpcEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::OSIS::Pipeline.VpcEndpoint");

    public VpcEndpoint() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the endpoint.
     *
     * <p>CloudFormation property {@code VpcEndpointId}.
     */
    public VpcEndpoint vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public VpcEndpoint vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }

    /**
     * The ID for your VPC. AWS PrivateLink generates this value when you create a VPC.
     *
     * <p>CloudFormation property {@code VpcId}.
     */
    public VpcEndpoint vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcEndpoint vpcId(Value<String> value) {
      return set("VpcId", value);
    }

    /**
     * Information about the VPC, including associated subnets and security groups.
     *
     * <p>CloudFormation property {@code VpcOptions}.
     */
    public VpcEndpoint vpcOptions(Value<VpcOptions> value) {
      return set("VpcOptions", value);
    }
  }

  /**
   * Options that specify the subnets and security groups for an OpenSearch Ingestion VPC endpoint.
   *
   * <p>Property type {@code AWS::OSIS::Pipeline.VpcOptions}.
   */
  public static final class VpcOptions extends Struct<VpcOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OSIS::Pipeline.VpcOptions")
        .required("SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().pattern("sg-\\w{8}(\\w{9})?").minLength(11).maxLength(20).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("subnet-\\w{8}(\\w{9})?").minLength(15).maxLength(24))
        .allowed("VpcEndpointManagement", "CUSTOMER", "SERVICE")
        .build();

    public VpcOptions() {
      super(SCHEMA);
    }

    /**
     * A list of security groups associated with the VPC endpoint.
     *
     * <p>Length: 11 to 20 characters. Pattern: {@code sg-&#92;w{8}(&#92;w{9})?}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcOptions securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcOptions securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of subnet IDs associated with the VPC endpoint.
     *
     * <p>Required. Length: 15 to 24 characters. Pattern: {@code subnet-&#92;w{8}(&#92;w{9})?}.
     * CloudFormation property {@code SubnetIds}.
     */
    public VpcOptions subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcOptions subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Options for attaching a VPC to a pipeline.
     *
     * <p>CloudFormation property {@code VpcAttachmentOptions}.
     */
    public VpcOptions vpcAttachmentOptions(Value<VpcAttachmentOptions> value) {
      return set("VpcAttachmentOptions", value);
    }

    /**
     * Defines whether you or Amazon OpenSearch Ingestion service create and manage the VPC endpoint
     * configured for the pipeline.
     *
     * <p>Allowed values: {@code CUSTOMER}, {@code SERVICE}. CloudFormation property {@code
     * VpcEndpointManagement}.
     */
    public VpcOptions vpcEndpointManagement(String value) {
      return set("VpcEndpointManagement", Value.of(value));
    }

    /**
     * Sets {@code VpcEndpointManagement} to this value; see {@link #vpcEndpointManagement(String)}.
     */
    public VpcOptions vpcEndpointManagement(Value<String> value) {
      return set("VpcEndpointManagement", value);
    }
  }
}
