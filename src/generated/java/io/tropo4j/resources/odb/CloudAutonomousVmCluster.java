// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.odb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ODB::CloudAutonomousVmCluster</code> resource creates an Autonomous VM cluster. An
 * Autonomous VM cluster provides the infrastructure for running Autonomous Databases.
 *
 * <p>CloudFormation type {@code AWS::ODB::CloudAutonomousVmCluster}.
 */
public final class CloudAutonomousVmCluster extends Resource<CloudAutonomousVmCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudAutonomousVmCluster")
      .constrain("CloudExadataInfrastructureId", Constraint.of().pattern("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$").minLength(6).maxLength(2048))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$").minLength(1).maxLength(255))
      .allowed("LicenseModel", "BRING_YOUR_OWN_LICENSE", "LICENSE_INCLUDED")
      .constrain("OdbNetworkId", Constraint.of().pattern("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$").minLength(6).maxLength(2048))
      .constrain("ScanListenerPortNonTls", Constraint.of().minimum(1024).maximum(8999))
      .constrain("ScanListenerPortTls", Constraint.of().minimum(1024).maximum(8999))
      .constrain("TimeZone", Constraint.of().minLength(1).maxLength(255))
      .refYields("CloudAutonomousVmClusterArn")
      .attributes("AutonomousDataStoragePercentage", "AvailableAutonomousDataStorageSizeInTBs",
          "AvailableContainerDatabases", "AvailableCpus", "CloudAutonomousVmClusterArn",
          "CloudAutonomousVmClusterId", "ComputeModel", "CpuCoreCount", "CpuPercentage",
          "DataStorageSizeInGBs", "DataStorageSizeInTBs", "DbNodeStorageSizeInGBs", "Domain",
          "ExadataStorageInTBsLowestScaledValue", "Hostname", "MaxAcdsLowestScaledValue",
          "MemorySizeInGBs", "NodeCount", "NonProvisionableAutonomousContainerDatabases",
          "OciResourceAnchorName", "OciUrl", "Ocid", "ProvisionableAutonomousContainerDatabases",
          "ProvisionedAutonomousContainerDatabases", "ProvisionedCpus", "ReclaimableCpus",
          "ReservedCpus", "Shape")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CloudAutonomousVmCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The data storage size allocated for Autonomous Databases in the Autonomous VM cluster, in TB.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AutonomousDataStorageSizeInTBs}.
   */
  public CloudAutonomousVmCluster autonomousDataStorageSizeInTBs(double value) {
    return set("AutonomousDataStorageSizeInTBs", Value.of(value));
  }

  /**
   * Sets {@code AutonomousDataStorageSizeInTBs} to this value; see {@link
   * #autonomousDataStorageSizeInTBs(double)}.
   */
  public CloudAutonomousVmCluster autonomousDataStorageSizeInTBs(Value<Double> value) {
    return set("AutonomousDataStorageSizeInTBs", value);
  }

  /**
   * The unique identifier of the Cloud Exadata Infrastructure containing this Autonomous VM
   * cluster.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 6 to 2048 characters. Pattern: {@code
   * ^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$}.
   * CloudFormation property {@code CloudExadataInfrastructureId}.
   */
  public CloudAutonomousVmCluster cloudExadataInfrastructureId(String value) {
    return set("CloudExadataInfrastructureId", Value.of(value));
  }

  /**
   * Sets {@code CloudExadataInfrastructureId} to this value; see {@link
   * #cloudExadataInfrastructureId(String)}.
   */
  public CloudAutonomousVmCluster cloudExadataInfrastructureId(Value<String> value) {
    return set("CloudExadataInfrastructureId", value);
  }

  /**
   * The number of CPU cores enabled per node in the Autonomous VM cluster.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CpuCoreCountPerNode}.
   */
  public CloudAutonomousVmCluster cpuCoreCountPerNode(int value) {
    return set("CpuCoreCountPerNode", Value.of(value));
  }

  /** Sets {@code CpuCoreCountPerNode} to this value; see {@link #cpuCoreCountPerNode(int)}. */
  public CloudAutonomousVmCluster cpuCoreCountPerNode(Value<Integer> value) {
    return set("CpuCoreCountPerNode", value);
  }

  /**
   * The list of database servers associated with the Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DbServers}.
   */
  public CloudAutonomousVmCluster dbServers(List<String> value) {
    return set("DbServers", Value.listOf(value));
  }

  /** Sets {@code DbServers} to this value; see {@link #dbServers(List)}. */
  public CloudAutonomousVmCluster dbServers(Value<List<String>> value) {
    return set("DbServers", value);
  }

  /**
   * The user-provided description of the Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public CloudAutonomousVmCluster description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CloudAutonomousVmCluster description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the Autonomous VM cluster.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$}. CloudFormation property {@code DisplayName}.
   */
  public CloudAutonomousVmCluster displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public CloudAutonomousVmCluster displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The AWS Identity and Access Management (IAM) service roles associated with the Autonomous VM
   * cluster.
   *
   * <p>CloudFormation property {@code IamRoles}.
   */
  public CloudAutonomousVmCluster iamRoles(List<IamRole> value) {
    return set("IamRoles", Value.listOf(value));
  }

  /** Sets {@code IamRoles} to this value; see {@link #iamRoles(List)}. */
  public CloudAutonomousVmCluster iamRoles(Value<List<IamRole>> value) {
    return set("IamRoles", value);
  }

  /** Sets {@code IamRoles} to a list of these; see {@link #iamRoles(List)}. */
  public CloudAutonomousVmCluster iamRoles(IamRole... values) {
    return set("IamRoles", Value.list(values));
  }

  /**
   * Specifies whether mutual TLS (mTLS) authentication is enabled for the Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IsMtlsEnabledVmCluster}.
   */
  public CloudAutonomousVmCluster isMtlsEnabledVmCluster(boolean value) {
    return set("IsMtlsEnabledVmCluster", Value.of(value));
  }

  /**
   * Sets {@code IsMtlsEnabledVmCluster} to this value; see {@link
   * #isMtlsEnabledVmCluster(boolean)}.
   */
  public CloudAutonomousVmCluster isMtlsEnabledVmCluster(Value<Boolean> value) {
    return set("IsMtlsEnabledVmCluster", value);
  }

  /**
   * The Oracle license model that applies to the Autonomous VM cluster. Valid values are
   * <code>LICENSE_INCLUDED</code> or <code>BRING_YOUR_OWN_LICENSE</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code BRING_YOUR_OWN_LICENSE}, {@code
   * LICENSE_INCLUDED}. CloudFormation property {@code LicenseModel}.
   */
  public CloudAutonomousVmCluster licenseModel(String value) {
    return set("LicenseModel", Value.of(value));
  }

  /** Sets {@code LicenseModel} to this value; see {@link #licenseModel(String)}. */
  public CloudAutonomousVmCluster licenseModel(Value<String> value) {
    return set("LicenseModel", value);
  }

  /**
   * The scheduling details for the maintenance window. Patching and system updates take place
   * during the maintenance window.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MaintenanceWindow}.
   */
  public CloudAutonomousVmCluster maintenanceWindow(Value<MaintenanceWindow> value) {
    return set("MaintenanceWindow", value);
  }

  /**
   * The amount of memory allocated per Oracle Compute Unit, in GB.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * MemoryPerOracleComputeUnitInGBs}.
   */
  public CloudAutonomousVmCluster memoryPerOracleComputeUnitInGBs(int value) {
    return set("MemoryPerOracleComputeUnitInGBs", Value.of(value));
  }

  /**
   * Sets {@code MemoryPerOracleComputeUnitInGBs} to this value; see {@link
   * #memoryPerOracleComputeUnitInGBs(int)}.
   */
  public CloudAutonomousVmCluster memoryPerOracleComputeUnitInGBs(Value<Integer> value) {
    return set("MemoryPerOracleComputeUnitInGBs", value);
  }

  /**
   * The unique identifier of the ODB network associated with this Autonomous VM cluster.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 6 to 2048 characters. Pattern: {@code
   * ^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$}.
   * CloudFormation property {@code OdbNetworkId}.
   */
  public CloudAutonomousVmCluster odbNetworkId(String value) {
    return set("OdbNetworkId", Value.of(value));
  }

  /** Sets {@code OdbNetworkId} to this value; see {@link #odbNetworkId(String)}. */
  public CloudAutonomousVmCluster odbNetworkId(Value<String> value) {
    return set("OdbNetworkId", value);
  }

  /**
   * The SCAN listener port for non-TLS (TCP) protocol. The default is 1521.
   *
   * <p>Changing it replaces the resource. Range: 1024 to 8999. CloudFormation property {@code
   * ScanListenerPortNonTls}.
   */
  public CloudAutonomousVmCluster scanListenerPortNonTls(int value) {
    return set("ScanListenerPortNonTls", Value.of(value));
  }

  /**
   * Sets {@code ScanListenerPortNonTls} to this value; see {@link #scanListenerPortNonTls(int)}.
   */
  public CloudAutonomousVmCluster scanListenerPortNonTls(Value<Integer> value) {
    return set("ScanListenerPortNonTls", value);
  }

  /**
   * The SCAN listener port for TLS (TCP) protocol. The default is 2484.
   *
   * <p>Changing it replaces the resource. Range: 1024 to 8999. CloudFormation property {@code
   * ScanListenerPortTls}.
   */
  public CloudAutonomousVmCluster scanListenerPortTls(int value) {
    return set("ScanListenerPortTls", Value.of(value));
  }

  /** Sets {@code ScanListenerPortTls} to this value; see {@link #scanListenerPortTls(int)}. */
  public CloudAutonomousVmCluster scanListenerPortTls(Value<Integer> value) {
    return set("ScanListenerPortTls", value);
  }

  /**
   * Tags to assign to the Autonomous Vm Cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CloudAutonomousVmCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CloudAutonomousVmCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CloudAutonomousVmCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time zone of the Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code TimeZone}.
   */
  public CloudAutonomousVmCluster timeZone(String value) {
    return set("TimeZone", Value.of(value));
  }

  /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
  public CloudAutonomousVmCluster timeZone(Value<String> value) {
    return set("TimeZone", value);
  }

  /**
   * The total number of Autonomous Container Databases that can be created with the allocated local
   * storage.
   *
   * <p>Required when creating an Autonomous VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TotalContainerDatabases}.
   */
  public CloudAutonomousVmCluster totalContainerDatabases(int value) {
    return set("TotalContainerDatabases", Value.of(value));
  }

  /**
   * Sets {@code TotalContainerDatabases} to this value; see {@link #totalContainerDatabases(int)}.
   */
  public CloudAutonomousVmCluster totalContainerDatabases(Value<Integer> value) {
    return set("TotalContainerDatabases", value);
  }

  /**
   * The percentage of data storage currently in use for Autonomous Databases in the Autonomous VM
   * cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutonomousDataStoragePercentage}.
   */
  public Value<Double> autonomousDataStoragePercentage() {
    return getAtt("AutonomousDataStoragePercentage");
  }

  /**
   * The available data storage space for Autonomous Databases in the Autonomous VM cluster, in TB.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailableAutonomousDataStorageSizeInTBs}.
   */
  public Value<Double> availableAutonomousDataStorageSizeInTBs() {
    return getAtt("AvailableAutonomousDataStorageSizeInTBs");
  }

  /**
   * The number of Autonomous CDBs that you can create with the currently available storage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailableContainerDatabases}.
   */
  public Value<Integer> availableContainerDatabases() {
    return getAtt("AvailableContainerDatabases");
  }

  /**
   * The number of CPU cores available for allocation to Autonomous Databases.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailableCpus}.
   */
  public Value<Double> availableCpus() {
    return getAtt("AvailableCpus");
  }

  /**
   * The Amazon Resource Name (ARN) for the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudAutonomousVmClusterArn}.
   */
  public Value<String> cloudAutonomousVmClusterArn() {
    return getAtt("CloudAutonomousVmClusterArn");
  }

  /**
   * The unique identifier of the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudAutonomousVmClusterId}.
   */
  public Value<String> cloudAutonomousVmClusterId() {
    return getAtt("CloudAutonomousVmClusterId");
  }

  /**
   * The compute model of the Autonomous VM cluster: ECPU or OCPU.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComputeModel}.
   */
  public Value<String> computeModel() {
    return getAtt("ComputeModel");
  }

  /**
   * The total number of CPU cores in the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CpuCoreCount}.
   */
  public Value<Integer> cpuCoreCount() {
    return getAtt("CpuCoreCount");
  }

  /**
   * The percentage of total CPU cores currently in use in the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CpuPercentage}.
   */
  public Value<Double> cpuPercentage() {
    return getAtt("CpuPercentage");
  }

  /**
   * The total data storage allocated to the Autonomous VM cluster, in GB.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataStorageSizeInGBs}.
   */
  public Value<Double> dataStorageSizeInGBs() {
    return getAtt("DataStorageSizeInGBs");
  }

  /**
   * The total data storage allocated to the Autonomous VM cluster, in TB.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataStorageSizeInTBs}.
   */
  public Value<Double> dataStorageSizeInTBs() {
    return getAtt("DataStorageSizeInTBs");
  }

  /**
   * The local node storage allocated to the Autonomous VM cluster, in gigabytes (GB).
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbNodeStorageSizeInGBs}.
   */
  public Value<Integer> dbNodeStorageSizeInGBs() {
    return getAtt("DbNodeStorageSizeInGBs");
  }

  /**
   * The domain name for the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Domain}.
   */
  public Value<String> domain() {
    return getAtt("Domain");
  }

  /**
   * The minimum value to which you can scale down the Exadata storage, in TB.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExadataStorageInTBsLowestScaledValue}.
   */
  public Value<Double> exadataStorageInTBsLowestScaledValue() {
    return getAtt("ExadataStorageInTBsLowestScaledValue");
  }

  /**
   * The hostname for the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Hostname}.
   */
  public Value<String> hostname() {
    return getAtt("Hostname");
  }

  /**
   * The minimum value to which you can scale down the maximum number of Autonomous CDBs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxAcdsLowestScaledValue}.
   */
  public Value<Integer> maxAcdsLowestScaledValue() {
    return getAtt("MaxAcdsLowestScaledValue");
  }

  /**
   * The total amount of memory allocated to the Autonomous VM cluster, in gigabytes (GB).
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemorySizeInGBs}.
   */
  public Value<Integer> memorySizeInGBs() {
    return getAtt("MemorySizeInGBs");
  }

  /**
   * The number of database server nodes in the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCount}.
   */
  public Value<Integer> nodeCount() {
    return getAtt("NodeCount");
  }

  /**
   * The number of Autonomous CDBs that can't be provisioned because of resource constraints.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NonProvisionableAutonomousContainerDatabases}.
   */
  public Value<Integer> nonProvisionableAutonomousContainerDatabases() {
    return getAtt("NonProvisionableAutonomousContainerDatabases");
  }

  /**
   * The name of the OCI resource anchor associated with this Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciResourceAnchorName}.
   */
  public Value<String> ociResourceAnchorName() {
    return getAtt("OciResourceAnchorName");
  }

  /**
   * The URL for accessing the OCI console page for this Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciUrl}.
   */
  public Value<String> ociUrl() {
    return getAtt("OciUrl");
  }

  /**
   * The Oracle Cloud Identifier (OCID) of the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ocid}.
   */
  public Value<String> ocid() {
    return getAtt("Ocid");
  }

  /**
   * The number of Autonomous CDBs that can be provisioned in the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisionableAutonomousContainerDatabases}.
   */
  public Value<Integer> provisionableAutonomousContainerDatabases() {
    return getAtt("ProvisionableAutonomousContainerDatabases");
  }

  /**
   * The number of Autonomous CDBs currently provisioned in the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisionedAutonomousContainerDatabases}.
   */
  public Value<Integer> provisionedAutonomousContainerDatabases() {
    return getAtt("ProvisionedAutonomousContainerDatabases");
  }

  /**
   * The number of CPU cores currently provisioned in the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisionedCpus}.
   */
  public Value<Double> provisionedCpus() {
    return getAtt("ProvisionedCpus");
  }

  /**
   * The number of CPU cores that can be reclaimed from terminated or scaled-down Autonomous
   * Databases.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReclaimableCpus}.
   */
  public Value<Double> reclaimableCpus() {
    return getAtt("ReclaimableCpus");
  }

  /**
   * The number of CPU cores reserved for system operations and redundancy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReservedCpus}.
   */
  public Value<Double> reservedCpus() {
    return getAtt("ReservedCpus");
  }

  /**
   * The shape of the Exadata infrastructure for the Autonomous VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Shape}.
   */
  public Value<String> shape() {
    return getAtt("Shape");
  }

  /**
   * An AWS Identity and Access Management (IAM) service role associated with the Autonomous VM
   * cluster.
   *
   * <p>Property type {@code AWS::ODB::CloudAutonomousVmCluster.IamRole}.
   */
  public static final class IamRole extends Struct<IamRole> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudAutonomousVmCluster.IamRole")
        .constrain("IamRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public IamRole() {
      super(SCHEMA);
    }

    /**
     * The AWS integration configuration settings for the AWS Identity and Access Management (IAM)
     * service role.
     *
     * <p>CloudFormation property {@code AwsIntegration}.
     */
    public IamRole awsIntegration(String value) {
      return set("AwsIntegration", Value.of(value));
    }

    /** Sets {@code AwsIntegration} to this value; see {@link #awsIntegration(String)}. */
    public IamRole awsIntegration(Value<String> value) {
      return set("AwsIntegration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) service role.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
     */
    public IamRole iamRoleArn(String value) {
      return set("IamRoleArn", Value.of(value));
    }

    /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
    public IamRole iamRoleArn(Value<String> value) {
      return set("IamRoleArn", value);
    }

    /**
     * The current status of the AWS Identity and Access Management (IAM) service role.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public IamRole status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public IamRole status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The scheduling details for the maintenance window. Patching and system updates take place
   * during the maintenance window.
   *
   * <p>Property type {@code AWS::ODB::CloudAutonomousVmCluster.MaintenanceWindow}.
   */
  public static final class MaintenanceWindow extends Struct<MaintenanceWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudAutonomousVmCluster.MaintenanceWindow")
        .allowed("DaysOfWeek", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY")
        .constrain("LeadTimeInWeeks", Constraint.of().minLength(1).maxLength(4))
        .allowed("Months", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER")
        .allowed("Preference", "NO_PREFERENCE", "CUSTOM_PREFERENCE")
        .build();

    public MaintenanceWindow() {
      super(SCHEMA);
    }

    /**
     * The days of the week when maintenance can be performed.
     *
     * <p>Allowed values: {@code MONDAY}, {@code TUESDAY}, {@code WEDNESDAY}, {@code THURSDAY},
     * {@code FRIDAY}, {@code SATURDAY}, {@code SUNDAY}. CloudFormation property {@code DaysOfWeek}.
     */
    public MaintenanceWindow daysOfWeek(List<String> value) {
      return set("DaysOfWeek", Value.listOf(value));
    }

    /** Sets {@code DaysOfWeek} to this value; see {@link #daysOfWeek(List)}. */
    public MaintenanceWindow daysOfWeek(Value<List<String>> value) {
      return set("DaysOfWeek", value);
    }

    /**
     * The hours of the day when maintenance can be performed.
     *
     * <p>CloudFormation property {@code HoursOfDay}.
     */
    public MaintenanceWindow hoursOfDay(List<Integer> value) {
      return set("HoursOfDay", Value.listOf(value));
    }

    /** Sets {@code HoursOfDay} to this value; see {@link #hoursOfDay(List)}. */
    public MaintenanceWindow hoursOfDay(Value<List<Integer>> value) {
      return set("HoursOfDay", value);
    }

    /**
     * The lead time in weeks before the maintenance window.
     *
     * <p>Length: 1 to 4 characters. CloudFormation property {@code LeadTimeInWeeks}.
     */
    public MaintenanceWindow leadTimeInWeeks(int value) {
      return set("LeadTimeInWeeks", Value.of(value));
    }

    /** Sets {@code LeadTimeInWeeks} to this value; see {@link #leadTimeInWeeks(int)}. */
    public MaintenanceWindow leadTimeInWeeks(Value<Integer> value) {
      return set("LeadTimeInWeeks", value);
    }

    /**
     * The months when maintenance can be performed.
     *
     * <p>Allowed values: {@code JANUARY}, {@code FEBRUARY}, {@code MARCH}, {@code APRIL}, {@code
     * MAY}, {@code JUNE}, {@code JULY}, {@code AUGUST}, {@code SEPTEMBER}, {@code OCTOBER}, {@code
     * NOVEMBER}, {@code DECEMBER}. CloudFormation property {@code Months}.
     */
    public MaintenanceWindow months(List<String> value) {
      return set("Months", Value.listOf(value));
    }

    /** Sets {@code Months} to this value; see {@link #months(List)}. */
    public MaintenanceWindow months(Value<List<String>> value) {
      return set("Months", value);
    }

    /**
     * The preference for the maintenance window scheduling.
     *
     * <p>Allowed values: {@code NO_PREFERENCE}, {@code CUSTOM_PREFERENCE}. CloudFormation property
     * {@code Preference}.
     */
    public MaintenanceWindow preference(String value) {
      return set("Preference", Value.of(value));
    }

    /** Sets {@code Preference} to this value; see {@link #preference(String)}. */
    public MaintenanceWindow preference(Value<String> value) {
      return set("Preference", value);
    }

    /**
     * The weeks of the month when maintenance can be performed.
     *
     * <p>CloudFormation property {@code WeeksOfMonth}.
     */
    public MaintenanceWindow weeksOfMonth(List<Integer> value) {
      return set("WeeksOfMonth", Value.listOf(value));
    }

    /** Sets {@code WeeksOfMonth} to this value; see {@link #weeksOfMonth(List)}. */
    public MaintenanceWindow weeksOfMonth(Value<List<Integer>> value) {
      return set("WeeksOfMonth", value);
    }
  }
}
