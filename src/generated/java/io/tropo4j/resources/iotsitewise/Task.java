// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource schema for AWS::IoTSiteWise::Task. A task defines a reusable containerized compute
 * workload that can be referenced by one or more pipeline compute nodes.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Task}.
 */
public final class Task extends Resource<Task> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task")
      .required("TaskConfiguration", "TaskName", "WorkspaceName")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(0).maxLength(2048))
      .constrain("TaskName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .constrain("WorkspaceName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .refYields("TaskArn")
      .attributes("Status", "TaskArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Task(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the task.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public Task description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Task description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Task tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Task tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Task tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The task execution configuration.
   *
   * <p>Required. CloudFormation property {@code TaskConfiguration}.
   */
  public Task taskConfiguration(Value<TaskConfiguration> value) {
    return set("TaskConfiguration", value);
  }

  /**
   * The name of the task. Must be unique within the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code TaskName}.
   */
  public Task taskName(String value) {
    return set("TaskName", Value.of(value));
  }

  /** Sets {@code TaskName} to this value; see {@link #taskName(String)}. */
  public Task taskName(Value<String> value) {
    return set("TaskName", value);
  }

  /**
   * The name of the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code WorkspaceName}.
   */
  public Task workspaceName(String value) {
    return set("WorkspaceName", Value.of(value));
  }

  /** Sets {@code WorkspaceName} to this value; see {@link #workspaceName(String)}. */
  public Task workspaceName(Value<String> value) {
    return set("WorkspaceName", value);
  }

  /**
   * The current lifecycle status of the task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The ARN of the task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TaskArn}.
   */
  public Value<String> taskArn() {
    return getAtt("TaskArn");
  }

  /**
   * Configuration for running a custom container image on managed compute.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Task.ContainerTaskConfiguration}.
   */
  public static final class ContainerTaskConfiguration extends Struct<ContainerTaskConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task.ContainerTaskConfiguration")
        .required("EcrUri", "ProcessingType", "ProcessingUnit", "TaskExecutionRole")
        .constrain("EcrUri", Constraint.of().pattern("^((\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.[a-z.]+)|public\\.ecr\\.aws/[a-z][a-z0-9]+([._-][a-z0-9]+)*)/[a-z0-9]+((\\.||__|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.||__|__|-+)[a-z0-9]+)*)*(:[a-zA-Z0-9._-]+|@sha256:[a-f0-9]{64})?$").minLength(1).maxLength(1024))
        .allowed("ProcessingType", "GENERIC_COMPUTE_PROCESSING", "HARDWARE_ACCELERATED_PROCESSING")
        .allowed("ProcessingUnit", "UNITS_2", "UNITS_4", "UNITS_8", "UNITS_12", "UNITS_16",
            "UNITS_24", "UNITS_32", "UNITS_36", "UNITS_48", "UNITS_60", "UNITS_64", "UNITS_72",
            "UNITS_84", "UNITS_96")
        .constrain("TaskExecutionRole", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:iam::[0-9]+:role/[\\w+=,.@/-]+$").minLength(20).maxLength(2048))
        .constrain("TimeoutSeconds", Constraint.of().minimum(60).maximum(86400))
        .build();

    public ContainerTaskConfiguration() {
      super(SCHEMA);
    }

    /**
     * The command to execute in the container.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public ContainerTaskConfiguration command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ContainerTaskConfiguration command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The Amazon ECR image URI for the task container.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^((&#92;d{12}&#92;.dkr&#92;.ecr&#92;.[a-z0-9-]+&#92;.[a-z.]+)|public&#92;.ecr&#92;.aws/[a-z][a-z0-9]+([._-][a-z0-9]+)*)/[a-z0-9]+((&#92;.||__|__|-+)[a-z0-9]+)*(/[a-z0-9]+((&#92;.||__|__|-+)[a-z0-9]+)*)*(:[a-zA-Z0-9._-]+|&#64;sha256:[a-f0-9]{64})?$}.
     * CloudFormation property {@code EcrUri}.
     */
    public ContainerTaskConfiguration ecrUri(String value) {
      return set("EcrUri", Value.of(value));
    }

    /** Sets {@code EcrUri} to this value; see {@link #ecrUri(String)}. */
    public ContainerTaskConfiguration ecrUri(Value<String> value) {
      return set("EcrUri", value);
    }

    /**
     * A map of environment variable key-value pairs.
     *
     * <p>CloudFormation property {@code EnvironmentVariables}.
     */
    public ContainerTaskConfiguration environmentVariables(Map<String, String> value) {
      return set("EnvironmentVariables", Value.mapOf(value));
    }

    /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(Map)}. */
    public ContainerTaskConfiguration environmentVariables(Value<Map<String, String>> value) {
      return set("EnvironmentVariables", value);
    }

    /**
     * Configuration for ephemeral storage attached to the container task.
     *
     * <p>CloudFormation property {@code EphemeralStorageConfiguration}.
     */
    public ContainerTaskConfiguration ephemeralStorageConfiguration(Value<EphemeralStorageConfiguration> value) {
      return set("EphemeralStorageConfiguration", value);
    }

    /**
     * Mounts attached to the container filesystem. Each mount exposes an external data source as a
     * local directory inside the container.
     *
     * <p>CloudFormation property {@code Mounts}.
     */
    public ContainerTaskConfiguration mounts(List<Mount> value) {
      return set("Mounts", Value.listOf(value));
    }

    /** Sets {@code Mounts} to this value; see {@link #mounts(List)}. */
    public ContainerTaskConfiguration mounts(Value<List<Mount>> value) {
      return set("Mounts", value);
    }

    /** Sets {@code Mounts} to a list of these; see {@link #mounts(List)}. */
    public ContainerTaskConfiguration mounts(Mount... values) {
      return set("Mounts", Value.list(values));
    }

    /**
     * The processing type for compute resources.
     *
     * <p>Required. Allowed values: {@code GENERIC_COMPUTE_PROCESSING}, {@code
     * HARDWARE_ACCELERATED_PROCESSING}. CloudFormation property {@code ProcessingType}.
     */
    public ContainerTaskConfiguration processingType(String value) {
      return set("ProcessingType", Value.of(value));
    }

    /** Sets {@code ProcessingType} to this value; see {@link #processingType(String)}. */
    public ContainerTaskConfiguration processingType(Value<String> value) {
      return set("ProcessingType", value);
    }

    /**
     * The processing unit allocation that determines vCPU, memory, and GPU resources.
     *
     * <p>Required. Allowed values: {@code UNITS_2}, {@code UNITS_4}, {@code UNITS_8}, {@code
     * UNITS_12}, {@code UNITS_16}, {@code UNITS_24}, {@code UNITS_32}, {@code UNITS_36}, {@code
     * UNITS_48}, {@code UNITS_60}, {@code UNITS_64}, {@code UNITS_72}, {@code UNITS_84}, {@code
     * UNITS_96}. CloudFormation property {@code ProcessingUnit}.
     */
    public ContainerTaskConfiguration processingUnit(String value) {
      return set("ProcessingUnit", Value.of(value));
    }

    /** Sets {@code ProcessingUnit} to this value; see {@link #processingUnit(String)}. */
    public ContainerTaskConfiguration processingUnit(Value<String> value) {
      return set("ProcessingUnit", value);
    }

    /**
     * The ARN of the IAM role that grants the containerized workload permissions to access AWS
     * resources.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=&#92;/,.&#64;-]+:iam::[0-9]+:role/[&#92;w+=,.&#64;/-]+$}. CloudFormation
     * property {@code TaskExecutionRole}.
     */
    public ContainerTaskConfiguration taskExecutionRole(String value) {
      return set("TaskExecutionRole", Value.of(value));
    }

    /** Sets {@code TaskExecutionRole} to this value; see {@link #taskExecutionRole(String)}. */
    public ContainerTaskConfiguration taskExecutionRole(Value<String> value) {
      return set("TaskExecutionRole", value);
    }

    /**
     * The timeout in seconds for task execution. Default: 3600 (1 hour).
     *
     * <p>Range: 60 to 86400. CloudFormation property {@code TimeoutSeconds}.
     */
    public ContainerTaskConfiguration timeoutSeconds(int value) {
      return set("TimeoutSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutSeconds} to this value; see {@link #timeoutSeconds(int)}. */
    public ContainerTaskConfiguration timeoutSeconds(Value<Integer> value) {
      return set("TimeoutSeconds", value);
    }
  }

  /**
   * Configuration for ephemeral storage attached to the container task.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Task.EphemeralStorageConfiguration}.
   */
  public static final class EphemeralStorageConfiguration extends Struct<EphemeralStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task.EphemeralStorageConfiguration")
        .required("StorageClass", "StorageSizeInGiB")
        .allowed("StorageClass", "STANDARD_1", "STANDARD_2", "THROUGHPUT_1", "THROUGHPUT_2")
        .constrain("StorageSizeInGiB", Constraint.of().minimum(1).maximum(16384))
        .build();

    public EphemeralStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The storage type that determines I/O performance characteristics. Family name indicates
     * workload pattern, level number indicates performance within that family.
     *
     * <p>Required. Allowed values: {@code STANDARD_1}, {@code STANDARD_2}, {@code THROUGHPUT_1},
     * {@code THROUGHPUT_2}. CloudFormation property {@code StorageClass}.
     */
    public EphemeralStorageConfiguration storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public EphemeralStorageConfiguration storageClass(Value<String> value) {
      return set("StorageClass", value);
    }

    /**
     * Storage volume size in GiB.
     *
     * <p>Required. Range: 1 to 16384. CloudFormation property {@code StorageSizeInGiB}.
     */
    public EphemeralStorageConfiguration storageSizeInGiB(int value) {
      return set("StorageSizeInGiB", Value.of(value));
    }

    /** Sets {@code StorageSizeInGiB} to this value; see {@link #storageSizeInGiB(int)}. */
    public EphemeralStorageConfiguration storageSizeInGiB(Value<Integer> value) {
      return set("StorageSizeInGiB", value);
    }
  }

  /**
   * Attaches a data source to the container filesystem for a task at a customer-supplied relative
   * path under the service-owned mount root.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Task.Mount}.
   */
  public static final class Mount extends Struct<Mount> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task.Mount")
        .required("Name", "RelativePath", "Source", "StorageType")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .constrain("RelativePath", Constraint.of().pattern("^((?!.*(^|/)\\.\\.?(/|$))(?!.*//)[a-zA-Z0-9._-][a-zA-Z0-9._/-]*[a-zA-Z0-9._-]|[a-zA-Z0-9_-])$").minLength(1).maxLength(1024))
        .allowed("StorageType", "SHARED_STORAGE")
        .build();

    public Mount() {
      super(SCHEMA);
    }

    /**
     * A unique name for the mount within the task.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code Name}.
     */
    public Mount name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Mount name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The relative path under the service-owned mount root where this mount is attached inside the
     * container.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^((?!.*(^|/)&#92;.&#92;.?(/|$))(?!.*&#47;/)[a-zA-Z0-9._-][a-zA-Z0-9._/-]*[a-zA-Z0-9._-]|[a-zA-Z0-9_-])$}.
     * CloudFormation property {@code RelativePath}.
     */
    public Mount relativePath(String value) {
      return set("RelativePath", Value.of(value));
    }

    /** Sets {@code RelativePath} to this value; see {@link #relativePath(String)}. */
    public Mount relativePath(Value<String> value) {
      return set("RelativePath", value);
    }

    /**
     * The data source configuration for a mount.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public Mount source(Value<MountSource> value) {
      return set("Source", value);
    }

    /**
     * The type of storage used for the mount inside the container.
     *
     * <p>Required. Allowed values: {@code SHARED_STORAGE}. CloudFormation property {@code
     * StorageType}.
     */
    public Mount storageType(String value) {
      return set("StorageType", Value.of(value));
    }

    /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
    public Mount storageType(Value<String> value) {
      return set("StorageType", value);
    }
  }

  /**
   * The data source configuration for a mount.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Task.MountSource}.
   */
  public static final class MountSource extends Struct<MountSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task.MountSource")
        .required("S3AccessPoint")
        .build();

    public MountSource() {
      super(SCHEMA);
    }

    /**
     * Configures a mount that reads from an Amazon S3 access point.
     *
     * <p>Required. CloudFormation property {@code S3AccessPoint}.
     */
    public MountSource s3AccessPoint(Value<S3AccessPointSource> value) {
      return set("S3AccessPoint", value);
    }
  }

  /**
   * Configures a mount that reads from an Amazon S3 access point.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Task.S3AccessPointSource}.
   */
  public static final class S3AccessPointSource extends Struct<S3AccessPointSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task.S3AccessPointSource")
        .required("AccessPointArn")
        .constrain("AccessPointArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:s3:[a-z0-9-]*:\\d{12}:accesspoint[/:][a-zA-Z0-9._-]+$").minLength(4).maxLength(128))
        .constrain("Prefix", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3AccessPointSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 access point. The mount reads objects from
     * the bucket associated with this access point. Access is governed by the access point policy
     * and the task execution role's IAM permissions.
     *
     * <p>Required. Length: 4 to 128 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:s3:[a-z0-9-]*:&#92;d{12}:accesspoint[/:][a-zA-Z0-9._-]+$}.
     * CloudFormation property {@code AccessPointArn}.
     */
    public S3AccessPointSource accessPointArn(String value) {
      return set("AccessPointArn", Value.of(value));
    }

    /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
    public S3AccessPointSource accessPointArn(Value<String> value) {
      return set("AccessPointArn", value);
    }

    /**
     * An object key name prefix. If specified, the mount includes only objects whose keys begin
     * with this prefix. To include all objects at the access point, omit this field.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Prefix}.
     */
    public S3AccessPointSource prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3AccessPointSource prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * The task execution configuration.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Task.TaskConfiguration}.
   */
  public static final class TaskConfiguration extends Struct<TaskConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Task.TaskConfiguration")
        .required("ContainerTaskConfiguration")
        .build();

    public TaskConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for running a custom container image on managed compute.
     *
     * <p>Required. CloudFormation property {@code ContainerTaskConfiguration}.
     */
    public TaskConfiguration containerTaskConfiguration(Value<ContainerTaskConfiguration> value) {
      return set("ContainerTaskConfiguration", value);
    }
  }
}
