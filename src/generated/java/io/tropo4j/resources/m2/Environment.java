// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.m2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Specifies a runtime environment for a given runtime engine.
 *
 * <p>CloudFormation type {@code AWS::M2::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::M2::Environment")
      .required("EngineType", "InstanceType", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .allowed("EngineType", "microfocus", "bluage")
      .constrain("EngineVersion", Constraint.of().pattern("^\\S{1,10}$"))
      .constrain("InstanceType", Constraint.of().pattern("^\\S{1,20}$"))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .allowed("NetworkType", "ipv4", "dual")
      .constrain("PreferredMaintenanceWindow", Constraint.of().pattern("^\\S{1,50}$"))
      .constrain("SecurityGroupIds", Constraint.of().pattern("^\\S{1,50}$").format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetIds", Constraint.of().pattern("^\\S{1,50}$"))
      .refYields("EnvironmentArn")
      .attributes("EnvironmentArn", "EnvironmentId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the runtime environment.
   *
   * <p>Changing it replaces the resource. Length: 0 to 500 characters. CloudFormation property
   * {@code Description}.
   */
  public Environment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Environment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The target platform for the runtime environment.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code microfocus}, {@code
   * bluage}. CloudFormation property {@code EngineType}.
   */
  public Environment engineType(String value) {
    return set("EngineType", Value.of(value));
  }

  /** Sets {@code EngineType} to this value; see {@link #engineType(String)}. */
  public Environment engineType(Value<String> value) {
    return set("EngineType", value);
  }

  /**
   * The version of the runtime engine.
   *
   * <p>Pattern: {@code ^&#92;S{1,10}$}. CloudFormation property {@code EngineVersion}.
   */
  public Environment engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public Environment engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
   * open to new customers starting on November 7, 2025. If you would like to use the service,
   * please sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe
   * Modernization Service (Managed Runtime Environment experience) explore AWS Mainframe
   * Modernization Service (Self-Managed Experience). Existing customers can continue to use the
   * service as normal. For more information, see <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
   * Mainframe Modernization availability change</a> .
   *
   * <p>Defines the details of a high availability configuration.
   *
   * <p>CloudFormation property {@code HighAvailabilityConfig}.
   */
  public Environment highAvailabilityConfig(Value<HighAvailabilityConfig> value) {
    return set("HighAvailabilityConfig", value);
  }

  /**
   * The instance type of the runtime environment.
   *
   * <p>Required. Pattern: {@code ^&#92;S{1,20}$}. CloudFormation property {@code InstanceType}.
   */
  public Environment instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Environment instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The identifier of a customer managed key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Environment kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Environment kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the runtime environment.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network type supported by the runtime environment.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ipv4}, {@code dual}.
   * CloudFormation property {@code NetworkType}.
   */
  public Environment networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Environment networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Configures the maintenance window that you want for the runtime environment. The maintenance
   * window must have the format <code>ddd:hh24:mi-ddd:hh24:mi</code> and must be less than 24
   * hours. The following two examples are valid maintenance windows:
   * <code>sun:23:45-mon:00:15</code> or <code>sat:01:00-sat:03:00</code> .
   *
   * <p>If you do not provide a value, a random system-generated value will be assigned.
   *
   * <p>Pattern: {@code ^&#92;S{1,50}$}. CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public Environment preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public Environment preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * Specifies whether the runtime environment is publicly accessible.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PubliclyAccessible}.
   */
  public Environment publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public Environment publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The list of security groups for the VPC associated with this runtime environment.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^&#92;S{1,50}$}. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public Environment securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public Environment securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
   * open to new customers starting on November 7, 2025. If you would like to use the service,
   * please sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe
   * Modernization Service (Managed Runtime Environment experience) explore AWS Mainframe
   * Modernization Service (Self-Managed Experience). Existing customers can continue to use the
   * service as normal. For more information, see <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
   * Mainframe Modernization availability change</a> .
   *
   * <p>Defines the storage configuration for a runtime environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageConfigurations}.
   */
  public Environment storageConfigurations(List<StorageConfiguration> value) {
    return set("StorageConfigurations", Value.listOf(value));
  }

  /** Sets {@code StorageConfigurations} to this value; see {@link #storageConfigurations(List)}. */
  public Environment storageConfigurations(Value<List<StorageConfiguration>> value) {
    return set("StorageConfigurations", value);
  }

  /**
   * Sets {@code StorageConfigurations} to a list of these; see {@link
   * #storageConfigurations(List)}.
   */
  public Environment storageConfigurations(StorageConfiguration... values) {
    return set("StorageConfigurations", Value.list(values));
  }

  /**
   * The list of subnets associated with the VPC for this runtime environment.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^&#92;S{1,50}$}. CloudFormation property
   * {@code SubnetIds}.
   */
  public Environment subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Environment subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
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
  public Environment tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Environment tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the runtime environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentArn}.
   */
  public Value<String> environmentArn() {
    return getAtt("EnvironmentArn");
  }

  /**
   * The unique identifier of the runtime environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
   * open to new customers starting on November 7, 2025. If you would like to use the service,
   * please sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe
   * Modernization Service (Managed Runtime Environment experience) explore AWS Mainframe
   * Modernization Service (Self-Managed Experience). Existing customers can continue to use the
   * service as normal. For more information, see <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
   * Mainframe Modernization availability change</a> .
   *
   * <p>Defines the storage configuration for an Amazon EFS file system.
   *
   * <p>Property type {@code AWS::M2::Environment.EfsStorageConfiguration}.
   */
  public static final class EfsStorageConfiguration extends Struct<EfsStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::M2::Environment.EfsStorageConfiguration")
        .required("FileSystemId", "MountPoint")
        .build();

    public EfsStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The file system identifier.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code FileSystemId}.
     */
    public EfsStorageConfiguration fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public EfsStorageConfiguration fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The mount point for the file system.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code MountPoint}.
     */
    public EfsStorageConfiguration mountPoint(String value) {
      return set("MountPoint", Value.of(value));
    }

    /** Sets {@code MountPoint} to this value; see {@link #mountPoint(String)}. */
    public EfsStorageConfiguration mountPoint(Value<String> value) {
      return set("MountPoint", value);
    }
  }

  /**
   * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
   * open to new customers starting on November 7, 2025. If you would like to use the service,
   * please sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe
   * Modernization Service (Managed Runtime Environment experience) explore AWS Mainframe
   * Modernization Service (Self-Managed Experience). Existing customers can continue to use the
   * service as normal. For more information, see <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
   * Mainframe Modernization availability change</a> .
   *
   * <p>Defines the storage configuration for an Amazon FSx file system.
   *
   * <p>Property type {@code AWS::M2::Environment.FsxStorageConfiguration}.
   */
  public static final class FsxStorageConfiguration extends Struct<FsxStorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::M2::Environment.FsxStorageConfiguration")
        .required("FileSystemId", "MountPoint")
        .build();

    public FsxStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The file system identifier.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code FileSystemId}.
     */
    public FsxStorageConfiguration fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public FsxStorageConfiguration fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The mount point for the file system.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code MountPoint}.
     */
    public FsxStorageConfiguration mountPoint(String value) {
      return set("MountPoint", Value.of(value));
    }

    /** Sets {@code MountPoint} to this value; see {@link #mountPoint(String)}. */
    public FsxStorageConfiguration mountPoint(Value<String> value) {
      return set("MountPoint", value);
    }
  }

  /**
   * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
   * open to new customers starting on November 7, 2025. If you would like to use the service,
   * please sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe
   * Modernization Service (Managed Runtime Environment experience) explore AWS Mainframe
   * Modernization Service (Self-Managed Experience). Existing customers can continue to use the
   * service as normal. For more information, see <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
   * Mainframe Modernization availability change</a> .
   *
   * <p>Defines the details of a high availability configuration.
   *
   * <p>Property type {@code AWS::M2::Environment.HighAvailabilityConfig}.
   */
  public static final class HighAvailabilityConfig extends Struct<HighAvailabilityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::M2::Environment.HighAvailabilityConfig")
        .required("DesiredCapacity")
        .constrain("DesiredCapacity", Constraint.of().minimum(1).maximum(100))
        .build();

    public HighAvailabilityConfig() {
      super(SCHEMA);
    }

    /**
     * The number of instances in a high availability configuration. The minimum possible value is 1
     * and the maximum is 100.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code DesiredCapacity}.
     */
    public HighAvailabilityConfig desiredCapacity(int value) {
      return set("DesiredCapacity", Value.of(value));
    }

    /** Sets {@code DesiredCapacity} to this value; see {@link #desiredCapacity(int)}. */
    public HighAvailabilityConfig desiredCapacity(Value<Integer> value) {
      return set("DesiredCapacity", value);
    }
  }

  /**
   * AWS Mainframe Modernization Service (Managed Runtime Environment experience) will no longer be
   * open to new customers starting on November 7, 2025. If you would like to use the service,
   * please sign up prior to November 7, 2025. For capabilities similar to AWS Mainframe
   * Modernization Service (Managed Runtime Environment experience) explore AWS Mainframe
   * Modernization Service (Self-Managed Experience). Existing customers can continue to use the
   * service as normal. For more information, see <a
   * href="https://docs.aws.amazon.com/m2/latest/userguide/mainframe-modernization-availability-change.html">AWS
   * Mainframe Modernization availability change</a> .
   *
   * <p>Defines the storage configuration for a runtime environment.
   *
   * <p>Property type {@code AWS::M2::Environment.StorageConfiguration}.
   */
  public static final class StorageConfiguration extends Struct<StorageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::M2::Environment.StorageConfiguration");

    public StorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines the storage configuration for an Amazon EFS file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Efs}.
     */
    public StorageConfiguration efs(Value<EfsStorageConfiguration> value) {
      return set("Efs", value);
    }

    /**
     * Defines the storage configuration for an Amazon FSx file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Fsx}.
     */
    public StorageConfiguration fsx(Value<FsxStorageConfiguration> value) {
      return set("Fsx", value);
    }
  }
}
