// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mwaaserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::MWAAServerless::Workflow resource
 *
 * <p>CloudFormation type {@code AWS::MWAAServerless::Workflow}.
 */
public final class Workflow extends Resource<Workflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::MWAAServerless::Workflow")
      .required("DefinitionS3Location", "RoleArn")
      .constrain("Description", Constraint.of().pattern("^.+$").minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$").minLength(1).maxLength(255))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:iam::[0-9]{12}:role(/[a-zA-Z0-9+=,.@_-]{1,512})*?/[a-zA-Z0-9+=,.@_-]{1,64}$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("TriggerMode", Constraint.of().minLength(1).maxLength(255))
      .refYields("WorkflowArn")
      .attributes("CodeSnapshottedAt", "CreatedAt", "ModifiedAt", "ScheduleConfiguration",
          "WorkflowArn", "WorkflowStatus", "WorkflowVersion")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Workflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The location of code artifacts in Amazon S3 for the workflow. Modeled as a single-member
   * container so it stays extensible to future artifact types (e.g. OCI images).
   *
   * <p>CloudFormation property {@code Code}.
   */
  public Workflow code(Value<Code> value) {
    return set("Code", value);
  }

  /** Required. CloudFormation property {@code DefinitionS3Location}. */
  public Workflow definitionS3Location(Value<S3Location> value) {
    return set("DefinitionS3Location", value);
  }

  /**
   * Length: 1 to 1024 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * Description}.
   */
  public Workflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workflow description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}. */
  public Workflow encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /** CloudFormation property {@code LoggingConfiguration}. */
  public Workflow loggingConfiguration(Value<LoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9]+[a-zA-Z0-9&#92;.&#92;-_]*$}. CloudFormation property {@code Name}.
   */
  public Workflow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workflow name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code NetworkConfiguration}. */
  public Workflow networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:iam::[0-9]{12}:role(/[a-zA-Z0-9+=,.&#64;_-]{1,512})*?/[a-zA-Z0-9+=,.&#64;_-]{1,64}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Workflow roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Workflow roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A map of key-value pairs to be applied as tags
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workflow tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Workflow tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Workflow tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Length: 1 to 255 characters. CloudFormation property {@code TriggerMode}. */
  public Workflow triggerMode(String value) {
    return set("TriggerMode", Value.of(value));
  }

  /** Sets {@code TriggerMode} to this value; see {@link #triggerMode(String)}. */
  public Workflow triggerMode(Value<String> value) {
    return set("TriggerMode", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CodeSnapshottedAt}. */
  public Value<String> codeSnapshottedAt() {
    return getAtt("CodeSnapshottedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code ModifiedAt}. */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code ScheduleConfiguration}. */
  public Value<ScheduleConfiguration> scheduleConfiguration() {
    return getAtt("ScheduleConfiguration");
  }

  /** {@code Fn::GetAtt} attribute {@code WorkflowArn}. */
  public Value<String> workflowArn() {
    return getAtt("WorkflowArn");
  }

  /** {@code Fn::GetAtt} attribute {@code WorkflowStatus}. */
  public Value<String> workflowStatus() {
    return getAtt("WorkflowStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code WorkflowVersion}. */
  public Value<String> workflowVersion() {
    return getAtt("WorkflowVersion");
  }

  /**
   * The location of code artifacts in Amazon S3 for the workflow. Modeled as a single-member
   * container so it stays extensible to future artifact types (e.g. OCI images).
   *
   * <p>Property type {@code AWS::MWAAServerless::Workflow.Code}.
   */
  public static final class Code extends Struct<Code> {
    private static final Schema SCHEMA = Schema.of("AWS::MWAAServerless::Workflow.Code");

    public Code() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code S3Location}. */
    public Code s3Location(Value<CodeS3Location> value) {
      return set("S3Location", value);
    }
  }

  /** Property type {@code AWS::MWAAServerless::Workflow.CodeS3Location}. */
  public static final class CodeS3Location extends Struct<CodeS3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAAServerless::Workflow.CodeS3Location")
        .required("Bucket", "ObjectKey")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .constrain("ObjectKey", Constraint.of().minLength(1).maxLength(1024))
        .constrain("VersionId", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public CodeS3Location() {
      super(SCHEMA);
    }

    /** Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}. */
    public CodeS3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public CodeS3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Required. Length: 1 to 1024 characters. CloudFormation property {@code ObjectKey}. */
    public CodeS3Location objectKey(String value) {
      return set("ObjectKey", Value.of(value));
    }

    /** Sets {@code ObjectKey} to this value; see {@link #objectKey(String)}. */
    public CodeS3Location objectKey(Value<String> value) {
      return set("ObjectKey", value);
    }

    /** Length: 1 to 1024 characters. CloudFormation property {@code VersionId}. */
    public CodeS3Location versionId(String value) {
      return set("VersionId", Value.of(value));
    }

    /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
    public CodeS3Location versionId(Value<String> value) {
      return set("VersionId", value);
    }
  }

  /** Property type {@code AWS::MWAAServerless::Workflow.EncryptionConfiguration}. */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAAServerless::Workflow.EncryptionConfiguration")
        .required("Type")
        .allowed("Type", "AWS_MANAGED_KEY", "CUSTOMER_MANAGED_KEY")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code KmsKeyId}. */
    public EncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Required. Allowed values: {@code AWS_MANAGED_KEY}, {@code CUSTOMER_MANAGED_KEY}.
     * CloudFormation property {@code Type}.
     */
    public EncryptionConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EncryptionConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::MWAAServerless::Workflow.LoggingConfiguration}. */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAAServerless::Workflow.LoggingConfiguration")
        .required("LogGroupName")
        .constrain("LogGroupName", Constraint.of().minLength(1).format("AWS::Logs::LogGroup.Name"))
        .build();

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: at least 1 characters. Format: {@code AWS::Logs::LogGroup.Name}.
     * CloudFormation property {@code LogGroupName}.
     */
    public LoggingConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public LoggingConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }

  /** Property type {@code AWS::MWAAServerless::Workflow.NetworkConfiguration}. */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAAServerless::Workflow.NetworkConfiguration")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[a-z0-9]*$").minLength(1).maxLength(255).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[a-z0-9]*$").minLength(1).maxLength(255))
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^sg-[a-z0-9]*$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public NetworkConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public NetworkConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^subnet-[a-z0-9]*$}. CloudFormation property
     * {@code SubnetIds}.
     */
    public NetworkConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public NetworkConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /** Property type {@code AWS::MWAAServerless::Workflow.S3Location}. */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAAServerless::Workflow.S3Location")
        .required("Bucket", "ObjectKey")
        .constrain("Bucket", Constraint.of().minLength(1))
        .constrain("ObjectKey", Constraint.of().minLength(1))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /** Required. Length: at least 1 characters. CloudFormation property {@code Bucket}. */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Required. Length: at least 1 characters. CloudFormation property {@code ObjectKey}. */
    public S3Location objectKey(String value) {
      return set("ObjectKey", Value.of(value));
    }

    /** Sets {@code ObjectKey} to this value; see {@link #objectKey(String)}. */
    public S3Location objectKey(Value<String> value) {
      return set("ObjectKey", value);
    }

    /** CloudFormation property {@code VersionId}. */
    public S3Location versionId(String value) {
      return set("VersionId", Value.of(value));
    }

    /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
    public S3Location versionId(Value<String> value) {
      return set("VersionId", value);
    }
  }

  /** Property type {@code AWS::MWAAServerless::Workflow.ScheduleConfiguration}. */
  public static final class ScheduleConfiguration extends Struct<ScheduleConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MWAAServerless::Workflow.ScheduleConfiguration");

    public ScheduleConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CronExpression}. */
    public ScheduleConfiguration cronExpression(String value) {
      return set("CronExpression", Value.of(value));
    }

    /** Sets {@code CronExpression} to this value; see {@link #cronExpression(String)}. */
    public ScheduleConfiguration cronExpression(Value<String> value) {
      return set("CronExpression", value);
    }
  }
}
