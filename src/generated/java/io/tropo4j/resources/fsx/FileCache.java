// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fsx;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::FSx::FileCache
 *
 * <p>CloudFormation type {@code AWS::FSx::FileCache}.
 */
public final class FileCache extends Resource<FileCache> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileCache")
      .required("FileCacheType", "FileCacheTypeVersion", "StorageCapacity", "SubnetIds")
      .allowed("FileCacheType", "LUSTRE")
      .constrain("FileCacheTypeVersion", Constraint.of().pattern("^[0-9](\\.[0-9]*)*$").minLength(1).maxLength(20))
      .constrain("SecurityGroupIds", Constraint.of().pattern("^(sg-[0-9a-f]{8,})$").minLength(11).maxLength(20).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("StorageCapacity", Constraint.of().minimum(0).maximum(2147483647))
      .constrain("SubnetIds", Constraint.of().pattern("^(subnet-[0-9a-f]{8,})$").minLength(15).maxLength(24))
      .refYields("ResourceARN")
      .attributes("CreationTime", "DNSName", "DataRepositoryAssociationIds", "FileCacheId",
          "Lifecycle", "LustreConfiguration.LogConfiguration", "LustreConfiguration.MountName",
          "NetworkInterfaceIds", "OwnerId", "ResourceARN", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FileCache(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether tags should be copied to data repository associations
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * CopyTagsToDataRepositoryAssociations}.
   */
  public FileCache copyTagsToDataRepositoryAssociations(boolean value) {
    return set("CopyTagsToDataRepositoryAssociations", Value.of(value));
  }

  /**
   * Sets {@code CopyTagsToDataRepositoryAssociations} to this value; see {@link
   * #copyTagsToDataRepositoryAssociations(boolean)}.
   */
  public FileCache copyTagsToDataRepositoryAssociations(Value<Boolean> value) {
    return set("CopyTagsToDataRepositoryAssociations", value);
  }

  /**
   * Data repository associations for the cache
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DataRepositoryAssociations}.
   */
  public FileCache dataRepositoryAssociations(List<DataRepositoryAssociation> value) {
    return set("DataRepositoryAssociations", Value.listOf(value));
  }

  /**
   * Sets {@code DataRepositoryAssociations} to this value; see {@link
   * #dataRepositoryAssociations(List)}.
   */
  public FileCache dataRepositoryAssociations(Value<List<DataRepositoryAssociation>> value) {
    return set("DataRepositoryAssociations", value);
  }

  /**
   * Sets {@code DataRepositoryAssociations} to a list of these; see {@link
   * #dataRepositoryAssociations(List)}.
   */
  public FileCache dataRepositoryAssociations(DataRepositoryAssociation... values) {
    return set("DataRepositoryAssociations", Value.list(values));
  }

  /**
   * The type of cache, which must be LUSTRE
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code LUSTRE}. CloudFormation
   * property {@code FileCacheType}.
   */
  public FileCache fileCacheType(String value) {
    return set("FileCacheType", Value.of(value));
  }

  /** Sets {@code FileCacheType} to this value; see {@link #fileCacheType(String)}. */
  public FileCache fileCacheType(Value<String> value) {
    return set("FileCacheType", value);
  }

  /**
   * The Lustre version of the cache, which must be 2.12
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 20 characters. Pattern: {@code
   * ^[0-9](&#92;.[0-9]*)*$}. CloudFormation property {@code FileCacheTypeVersion}.
   */
  public FileCache fileCacheTypeVersion(String value) {
    return set("FileCacheTypeVersion", Value.of(value));
  }

  /** Sets {@code FileCacheTypeVersion} to this value; see {@link #fileCacheTypeVersion(String)}. */
  public FileCache fileCacheTypeVersion(Value<String> value) {
    return set("FileCacheTypeVersion", value);
  }

  /**
   * The KMS key ID for encrypting data
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public FileCache kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public FileCache kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** CloudFormation property {@code LustreConfiguration}. */
  public FileCache lustreConfiguration(Value<LustreConfiguration> value) {
    return set("LustreConfiguration", value);
  }

  /**
   * A list of security group IDs for the cache
   *
   * <p>Changing it replaces the resource. Length: 11 to 20 characters. Pattern: {@code
   * ^(sg-[0-9a-f]{8,})$}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property
   * {@code SecurityGroupIds}.
   */
  public FileCache securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public FileCache securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The storage capacity of the cache in gibibytes (GiB)
   *
   * <p>Required. Changing it replaces the resource. Range: 0 to 2147483647. CloudFormation property
   * {@code StorageCapacity}.
   */
  public FileCache storageCapacity(int value) {
    return set("StorageCapacity", Value.of(value));
  }

  /** Sets {@code StorageCapacity} to this value; see {@link #storageCapacity(int)}. */
  public FileCache storageCapacity(Value<Integer> value) {
    return set("StorageCapacity", value);
  }

  /**
   * A list of subnet IDs for the cache
   *
   * <p>Required. Changing it replaces the resource. Length: 15 to 24 characters. Pattern: {@code
   * ^(subnet-[0-9a-f]{8,})$}. CloudFormation property {@code SubnetIds}.
   */
  public FileCache subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public FileCache subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Tags to associate with the file cache
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FileCache tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FileCache tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FileCache tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time the cache was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The DNS name for the cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code DNSName}.
   */
  public Value<String> dnsName() {
    return getAtt("DNSName");
  }

  /**
   * A list of IDs of data repository associations that are associated with this cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataRepositoryAssociationIds}.
   */
  public Value<List<String>> dataRepositoryAssociationIds() {
    return getAtt("DataRepositoryAssociationIds");
  }

  /**
   * The ID of the file cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code FileCacheId}.
   */
  public Value<String> fileCacheId() {
    return getAtt("FileCacheId");
  }

  /**
   * The lifecycle status of the cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code Lifecycle}.
   */
  public Value<String> lifecycle() {
    return getAtt("Lifecycle");
  }

  /** {@code Fn::GetAtt} attribute {@code LustreConfiguration.LogConfiguration}. */
  public Value<LogConfiguration> lustreConfigurationLogConfiguration() {
    return getAtt("LustreConfiguration.LogConfiguration");
  }

  /** {@code Fn::GetAtt} attribute {@code LustreConfiguration.MountName}. */
  public Value<String> lustreConfigurationMountName() {
    return getAtt("LustreConfiguration.MountName");
  }

  /**
   * Network interface IDs for the cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInterfaceIds}.
   */
  public Value<List<String>> networkInterfaceIds() {
    return getAtt("NetworkInterfaceIds");
  }

  /**
   * The AWS account ID of the cache owner
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The Amazon Resource Name (ARN) of the file cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * The VPC ID of the cache
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /** Property type {@code AWS::FSx::FileCache.DataRepositoryAssociation}. */
  public static final class DataRepositoryAssociation extends Struct<DataRepositoryAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileCache.DataRepositoryAssociation")
        .required("DataRepositoryPath", "FileCachePath")
        .constrain("DataRepositoryPath", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{3,4357}$").minLength(3).maxLength(4357))
        .constrain("FileCachePath", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,4096}$").minLength(1).maxLength(4096))
        .build();

    public DataRepositoryAssociation() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 3 to 4357 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{3,4357}$}. CloudFormation property
     * {@code DataRepositoryPath}.
     */
    public DataRepositoryAssociation dataRepositoryPath(String value) {
      return set("DataRepositoryPath", Value.of(value));
    }

    /** Sets {@code DataRepositoryPath} to this value; see {@link #dataRepositoryPath(String)}. */
    public DataRepositoryAssociation dataRepositoryPath(Value<String> value) {
      return set("DataRepositoryPath", value);
    }

    /**
     * Required. Length: 1 to 4096 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,4096}$}. CloudFormation property
     * {@code FileCachePath}.
     */
    public DataRepositoryAssociation fileCachePath(String value) {
      return set("FileCachePath", Value.of(value));
    }

    /** Sets {@code FileCachePath} to this value; see {@link #fileCachePath(String)}. */
    public DataRepositoryAssociation fileCachePath(Value<String> value) {
      return set("FileCachePath", value);
    }
  }

  /** Property type {@code AWS::FSx::FileCache.LogConfiguration}. */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileCache.LogConfiguration")
        .required("Level")
        .constrain("Destination", Constraint.of().minLength(8).maxLength(1024))
        .allowed("Level", "DISABLED", "WARN_ONLY", "ERROR_ONLY", "WARN_ERROR")
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /** Length: 8 to 1024 characters. CloudFormation property {@code Destination}. */
    public LogConfiguration destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public LogConfiguration destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Required. Allowed values: {@code DISABLED}, {@code WARN_ONLY}, {@code ERROR_ONLY}, {@code
     * WARN_ERROR}. CloudFormation property {@code Level}.
     */
    public LogConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public LogConfiguration level(Value<String> value) {
      return set("Level", value);
    }
  }

  /** Property type {@code AWS::FSx::FileCache.LustreConfiguration}. */
  public static final class LustreConfiguration extends Struct<LustreConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileCache.LustreConfiguration")
        .required("DeploymentType", "MetadataConfiguration", "PerUnitStorageThroughput")
        .allowed("DeploymentType", "CACHE_1")
        .constrain("MountName", Constraint.of().pattern("^([A-Za-z0-9_-]{1,8})$").minLength(1).maxLength(8))
        .constrain("PerUnitStorageThroughput", Constraint.of().minimum(12).maximum(1000))
        .constrain("WeeklyMaintenanceStartTime", Constraint.of().pattern("^[1-7]:([01]\\d|2[0-3]):?([0-5]\\d)$").minLength(7).maxLength(7))
        .build();

    public LustreConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. Allowed values: {@code CACHE_1}. CloudFormation
     * property {@code DeploymentType}.
     */
    public LustreConfiguration deploymentType(String value) {
      return set("DeploymentType", Value.of(value));
    }

    /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
    public LustreConfiguration deploymentType(Value<String> value) {
      return set("DeploymentType", value);
    }

    /** CloudFormation property {@code LogConfiguration}. */
    public LustreConfiguration logConfiguration(Value<LogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * MetadataConfiguration}.
     */
    public LustreConfiguration metadataConfiguration(Value<MetadataConfiguration> value) {
      return set("MetadataConfiguration", value);
    }

    /**
     * Length: 1 to 8 characters. Pattern: {@code ^([A-Za-z0-9_-]{1,8})$}. CloudFormation property
     * {@code MountName}.
     */
    public LustreConfiguration mountName(String value) {
      return set("MountName", Value.of(value));
    }

    /** Sets {@code MountName} to this value; see {@link #mountName(String)}. */
    public LustreConfiguration mountName(Value<String> value) {
      return set("MountName", value);
    }

    /**
     * Required. Changing it replaces the resource. Range: 12 to 1000. CloudFormation property
     * {@code PerUnitStorageThroughput}.
     */
    public LustreConfiguration perUnitStorageThroughput(int value) {
      return set("PerUnitStorageThroughput", Value.of(value));
    }

    /**
     * Sets {@code PerUnitStorageThroughput} to this value; see {@link
     * #perUnitStorageThroughput(int)}.
     */
    public LustreConfiguration perUnitStorageThroughput(Value<Integer> value) {
      return set("PerUnitStorageThroughput", value);
    }

    /**
     * Length: 7 to 7 characters. Pattern: {@code ^[1-7]:([01]&#92;d|2[0-3]):?([0-5]&#92;d)$}.
     * CloudFormation property {@code WeeklyMaintenanceStartTime}.
     */
    public LustreConfiguration weeklyMaintenanceStartTime(String value) {
      return set("WeeklyMaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code WeeklyMaintenanceStartTime} to this value; see {@link
     * #weeklyMaintenanceStartTime(String)}.
     */
    public LustreConfiguration weeklyMaintenanceStartTime(Value<String> value) {
      return set("WeeklyMaintenanceStartTime", value);
    }
  }

  /** Property type {@code AWS::FSx::FileCache.MetadataConfiguration}. */
  public static final class MetadataConfiguration extends Struct<MetadataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::FileCache.MetadataConfiguration")
        .required("StorageCapacity")
        .constrain("StorageCapacity", Constraint.of().minimum(0).maximum(2147483647))
        .build();

    public MetadataConfiguration() {
      super(SCHEMA);
    }

    /** Required. Range: 0 to 2147483647. CloudFormation property {@code StorageCapacity}. */
    public MetadataConfiguration storageCapacity(int value) {
      return set("StorageCapacity", Value.of(value));
    }

    /** Sets {@code StorageCapacity} to this value; see {@link #storageCapacity(int)}. */
    public MetadataConfiguration storageCapacity(Value<Integer> value) {
      return set("StorageCapacity", value);
    }
  }
}
