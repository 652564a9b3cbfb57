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
 * The <code>AWS::ODB::CloudVmCluster</code> resource creates a VM cluster on the specified Exadata
 * infrastructure in the Oracle Database. A VM cluster provides the compute resources for Oracle
 * Database workloads.
 *
 * <p>CloudFormation type {@code AWS::ODB::CloudVmCluster}.
 */
public final class CloudVmCluster extends Resource<CloudVmCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudVmCluster")
      .constrain("CloudExadataInfrastructureId", Constraint.of().pattern("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$").minLength(6).maxLength(2048))
      .constrain("ClusterName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-]*$").minLength(1).maxLength(11))
      .constrain("CpuCoreCount", Constraint.of().minimum(0).maximum(368))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$").minLength(1).maxLength(255))
      .constrain("GiVersion", Constraint.of().minLength(1).maxLength(255))
      .constrain("Hostname", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$").minLength(1).maxLength(12))
      .allowed("LicenseModel", "BRING_YOUR_OWN_LICENSE", "LICENSE_INCLUDED")
      .constrain("OdbNetworkId", Constraint.of().pattern("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$").minLength(6).maxLength(2048))
      .constrain("ScanListenerPortTcp", Constraint.of().minimum(1024).maximum(8999))
      .constrain("SystemVersion", Constraint.of().minLength(1).maxLength(255))
      .constrain("TimeZone", Constraint.of().minLength(1).maxLength(255))
      .refYields("CloudVmClusterArn")
      .attributes("CloudVmClusterArn", "CloudVmClusterId", "ComputeModel", "DiskRedundancy",
          "Domain", "ListenerPort", "NodeCount", "OciResourceAnchorName", "OciUrl", "Ocid",
          "ScanDnsName", "ScanIpIds", "Shape", "StorageSizeInGBs", "VipIds")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CloudVmCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the Exadata infrastructure that this VM cluster belongs to.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 6 to 2048 characters. Pattern: {@code
   * ^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$}.
   * CloudFormation property {@code CloudExadataInfrastructureId}.
   */
  public CloudVmCluster cloudExadataInfrastructureId(String value) {
    return set("CloudExadataInfrastructureId", Value.of(value));
  }

  /**
   * Sets {@code CloudExadataInfrastructureId} to this value; see {@link
   * #cloudExadataInfrastructureId(String)}.
   */
  public CloudVmCluster cloudExadataInfrastructureId(Value<String> value) {
    return set("CloudExadataInfrastructureId", value);
  }

  /**
   * The name of the Grid Infrastructure (GI) cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 11 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9-]*$}. CloudFormation property {@code ClusterName}.
   */
  public CloudVmCluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public CloudVmCluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The number of CPU cores enabled on the VM cluster.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. Range: 0 to 368. CloudFormation property {@code
   * CpuCoreCount}.
   */
  public CloudVmCluster cpuCoreCount(int value) {
    return set("CpuCoreCount", Value.of(value));
  }

  /** Sets {@code CpuCoreCount} to this value; see {@link #cpuCoreCount(int)}. */
  public CloudVmCluster cpuCoreCount(Value<Integer> value) {
    return set("CpuCoreCount", value);
  }

  /**
   * The set of diagnostic collection options enabled for the VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataCollectionOptions}.
   */
  public CloudVmCluster dataCollectionOptions(Value<DataCollectionOptions> value) {
    return set("DataCollectionOptions", value);
  }

  /**
   * The size of the data disk group, in terabytes (TB), that's allocated for the VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataStorageSizeInTBs}.
   */
  public CloudVmCluster dataStorageSizeInTBs(double value) {
    return set("DataStorageSizeInTBs", Value.of(value));
  }

  /** Sets {@code DataStorageSizeInTBs} to this value; see {@link #dataStorageSizeInTBs(double)}. */
  public CloudVmCluster dataStorageSizeInTBs(Value<Double> value) {
    return set("DataStorageSizeInTBs", value);
  }

  /**
   * The amount of local node storage, in gigabytes (GB), that's allocated for the VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DbNodeStorageSizeInGBs}.
   */
  public CloudVmCluster dbNodeStorageSizeInGBs(int value) {
    return set("DbNodeStorageSizeInGBs", Value.of(value));
  }

  /**
   * Sets {@code DbNodeStorageSizeInGBs} to this value; see {@link #dbNodeStorageSizeInGBs(int)}.
   */
  public CloudVmCluster dbNodeStorageSizeInGBs(Value<Integer> value) {
    return set("DbNodeStorageSizeInGBs", value);
  }

  /**
   * The DB nodes that are implicitly created and managed as part of this VM Cluster.
   *
   * <p>CloudFormation property {@code DbNodes}.
   */
  public CloudVmCluster dbNodes(List<DbNode> value) {
    return set("DbNodes", Value.listOf(value));
  }

  /** Sets {@code DbNodes} to this value; see {@link #dbNodes(List)}. */
  public CloudVmCluster dbNodes(Value<List<DbNode>> value) {
    return set("DbNodes", value);
  }

  /** Sets {@code DbNodes} to a list of these; see {@link #dbNodes(List)}. */
  public CloudVmCluster dbNodes(DbNode... values) {
    return set("DbNodes", Value.list(values));
  }

  /**
   * The list of database servers for the VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DbServers}.
   */
  public CloudVmCluster dbServers(List<String> value) {
    return set("DbServers", Value.listOf(value));
  }

  /** Sets {@code DbServers} to this value; see {@link #dbServers(List)}. */
  public CloudVmCluster dbServers(Value<List<String>> value) {
    return set("DbServers", value);
  }

  /**
   * The user-friendly name for the VM cluster.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$}. CloudFormation property {@code DisplayName}.
   */
  public CloudVmCluster displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public CloudVmCluster displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The software version of the Oracle Grid Infrastructure (GI) for the VM cluster.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code GiVersion}.
   */
  public CloudVmCluster giVersion(String value) {
    return set("GiVersion", Value.of(value));
  }

  /** Sets {@code GiVersion} to this value; see {@link #giVersion(String)}. */
  public CloudVmCluster giVersion(Value<String> value) {
    return set("GiVersion", value);
  }

  /**
   * The host name for the VM cluster.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 12 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$}. CloudFormation property {@code Hostname}.
   */
  public CloudVmCluster hostname(String value) {
    return set("Hostname", Value.of(value));
  }

  /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
  public CloudVmCluster hostname(Value<String> value) {
    return set("Hostname", value);
  }

  /**
   * The AWS Identity and Access Management (IAM) service roles associated with the VM cluster.
   *
   * <p>CloudFormation property {@code IamRoles}.
   */
  public CloudVmCluster iamRoles(List<IamRole> value) {
    return set("IamRoles", Value.listOf(value));
  }

  /** Sets {@code IamRoles} to this value; see {@link #iamRoles(List)}. */
  public CloudVmCluster iamRoles(Value<List<IamRole>> value) {
    return set("IamRoles", value);
  }

  /** Sets {@code IamRoles} to a list of these; see {@link #iamRoles(List)}. */
  public CloudVmCluster iamRoles(IamRole... values) {
    return set("IamRoles", Value.list(values));
  }

  /**
   * Specifies whether database backups to local Exadata storage are enabled for the VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IsLocalBackupEnabled}.
   */
  public CloudVmCluster isLocalBackupEnabled(boolean value) {
    return set("IsLocalBackupEnabled", Value.of(value));
  }

  /**
   * Sets {@code IsLocalBackupEnabled} to this value; see {@link #isLocalBackupEnabled(boolean)}.
   */
  public CloudVmCluster isLocalBackupEnabled(Value<Boolean> value) {
    return set("IsLocalBackupEnabled", value);
  }

  /**
   * Specifies whether the VM cluster is configured with a sparse disk group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IsSparseDiskgroupEnabled}.
   */
  public CloudVmCluster isSparseDiskgroupEnabled(boolean value) {
    return set("IsSparseDiskgroupEnabled", Value.of(value));
  }

  /**
   * Sets {@code IsSparseDiskgroupEnabled} to this value; see {@link
   * #isSparseDiskgroupEnabled(boolean)}.
   */
  public CloudVmCluster isSparseDiskgroupEnabled(Value<Boolean> value) {
    return set("IsSparseDiskgroupEnabled", value);
  }

  /**
   * The Oracle license model applied to the VM cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code BRING_YOUR_OWN_LICENSE}, {@code
   * LICENSE_INCLUDED}. CloudFormation property {@code LicenseModel}.
   */
  public CloudVmCluster licenseModel(String value) {
    return set("LicenseModel", Value.of(value));
  }

  /** Sets {@code LicenseModel} to this value; see {@link #licenseModel(String)}. */
  public CloudVmCluster licenseModel(Value<String> value) {
    return set("LicenseModel", value);
  }

  /**
   * The amount of memory, in gigabytes (GB), that's allocated for the VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MemorySizeInGBs}.
   */
  public CloudVmCluster memorySizeInGBs(int value) {
    return set("MemorySizeInGBs", Value.of(value));
  }

  /** Sets {@code MemorySizeInGBs} to this value; see {@link #memorySizeInGBs(int)}. */
  public CloudVmCluster memorySizeInGBs(Value<Integer> value) {
    return set("MemorySizeInGBs", value);
  }

  /**
   * The unique identifier of the ODB network for the VM cluster.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 6 to 2048 characters. Pattern: {@code
   * ^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$}.
   * CloudFormation property {@code OdbNetworkId}.
   */
  public CloudVmCluster odbNetworkId(String value) {
    return set("OdbNetworkId", Value.of(value));
  }

  /** Sets {@code OdbNetworkId} to this value; see {@link #odbNetworkId(String)}. */
  public CloudVmCluster odbNetworkId(Value<String> value) {
    return set("OdbNetworkId", value);
  }

  /**
   * The port number for TCP connections to the single client access name (SCAN) listener.
   *
   * <p>Valid values: <code>1024–8999</code> with the following exceptions: <code>2484</code> ,
   * <code>6100</code> , <code>6200</code> , <code>7060</code> , <code>7070</code> ,
   * <code>7085</code> , and <code>7879</code>
   *
   * <p>Default: <code>1521</code>
   *
   * <p>Changing it replaces the resource. Range: 1024 to 8999. CloudFormation property {@code
   * ScanListenerPortTcp}.
   */
  public CloudVmCluster scanListenerPortTcp(int value) {
    return set("ScanListenerPortTcp", Value.of(value));
  }

  /** Sets {@code ScanListenerPortTcp} to this value; see {@link #scanListenerPortTcp(int)}. */
  public CloudVmCluster scanListenerPortTcp(Value<Integer> value) {
    return set("ScanListenerPortTcp", value);
  }

  /**
   * The public key portion of one or more key pairs used for SSH access to the VM cluster.
   *
   * <p>Required when creating a VM cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SshPublicKeys}.
   */
  public CloudVmCluster sshPublicKeys(List<String> value) {
    return set("SshPublicKeys", Value.listOf(value));
  }

  /** Sets {@code SshPublicKeys} to this value; see {@link #sshPublicKeys(List)}. */
  public CloudVmCluster sshPublicKeys(Value<List<String>> value) {
    return set("SshPublicKeys", value);
  }

  /**
   * The operating system version of the image chosen for the VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code SystemVersion}.
   */
  public CloudVmCluster systemVersion(String value) {
    return set("SystemVersion", Value.of(value));
  }

  /** Sets {@code SystemVersion} to this value; see {@link #systemVersion(String)}. */
  public CloudVmCluster systemVersion(Value<String> value) {
    return set("SystemVersion", value);
  }

  /**
   * Tags to assign to the Vm Cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CloudVmCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CloudVmCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CloudVmCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time zone of the VM cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code TimeZone}.
   */
  public CloudVmCluster timeZone(String value) {
    return set("TimeZone", Value.of(value));
  }

  /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
  public CloudVmCluster timeZone(Value<String> value) {
    return set("TimeZone", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudVmClusterArn}.
   */
  public Value<String> cloudVmClusterArn() {
    return getAtt("CloudVmClusterArn");
  }

  /**
   * The unique identifier of the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudVmClusterId}.
   */
  public Value<String> cloudVmClusterId() {
    return getAtt("CloudVmClusterId");
  }

  /**
   * The OCI model compute model used when you create or clone an instance: ECPU or OCPU. An ECPU is
   * an abstracted measure of compute resources. ECPUs are based on the number of cores elastically
   * allocated from a pool of compute and storage servers. An OCPU is a legacy physical measure of
   * compute resources. OCPUs are based on the physical core of a processor with hyper-threading
   * enabled.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComputeModel}.
   */
  public Value<String> computeModel() {
    return getAtt("ComputeModel");
  }

  /**
   * The type of redundancy configured for the VM cluster. <code>NORMAL</code> is 2-way redundancy.
   * <code>HIGH</code> is 3-way redundancy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DiskRedundancy}.
   */
  public Value<String> diskRedundancy() {
    return getAtt("DiskRedundancy");
  }

  /**
   * The domain of the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Domain}.
   */
  public Value<String> domain() {
    return getAtt("Domain");
  }

  /**
   * The port number configured for the listener on the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerPort}.
   */
  public Value<Integer> listenerPort() {
    return getAtt("ListenerPort");
  }

  /**
   * The number of nodes in the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NodeCount}.
   */
  public Value<Integer> nodeCount() {
    return getAtt("NodeCount");
  }

  /**
   * The name of the OCI resource anchor for the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciResourceAnchorName}.
   */
  public Value<String> ociResourceAnchorName() {
    return getAtt("OciResourceAnchorName");
  }

  /**
   * The HTTPS link to the VM cluster in OCI.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciUrl}.
   */
  public Value<String> ociUrl() {
    return getAtt("OciUrl");
  }

  /**
   * The OCID of the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ocid}.
   */
  public Value<String> ocid() {
    return getAtt("Ocid");
  }

  /**
   * The FQDN of the DNS record for the Single Client Access Name (SCAN) IP addresses that are
   * associated with the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScanDnsName}.
   */
  public Value<String> scanDnsName() {
    return getAtt("ScanDnsName");
  }

  /**
   * The OCID of the SCAN IP addresses that are associated with the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScanIpIds}.
   */
  public Value<List<String>> scanIpIds() {
    return getAtt("ScanIpIds");
  }

  /**
   * The hardware model name of the Exadata infrastructure that's running the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Shape}.
   */
  public Value<String> shape() {
    return getAtt("Shape");
  }

  /**
   * The amount of local node storage, in gigabytes (GB), that's allocated to the VM cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageSizeInGBs}.
   */
  public Value<Integer> storageSizeInGBs() {
    return getAtt("StorageSizeInGBs");
  }

  /**
   * The virtual IP (VIP) addresses that are associated with the VM cluster. Oracle's Cluster Ready
   * Services (CRS) creates and maintains one VIP address for each node in the VM cluster to enable
   * failover. If one node fails, the VIP is reassigned to another active node in the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VipIds}.
   */
  public Value<List<String>> vipIds() {
    return getAtt("VipIds");
  }

  /**
   * Information about the data collection options enabled for a VM cluster.
   *
   * <p>Property type {@code AWS::ODB::CloudVmCluster.DataCollectionOptions}.
   */
  public static final class DataCollectionOptions extends Struct<DataCollectionOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::ODB::CloudVmCluster.DataCollectionOptions");

    public DataCollectionOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether diagnostic collection is enabled for the VM cluster.
     *
     * <p>CloudFormation property {@code IsDiagnosticsEventsEnabled}.
     */
    public DataCollectionOptions isDiagnosticsEventsEnabled(boolean value) {
      return set("IsDiagnosticsEventsEnabled", Value.of(value));
    }

    /**
     * Sets {@code IsDiagnosticsEventsEnabled} to this value; see {@link
     * #isDiagnosticsEventsEnabled(boolean)}.
     */
    public DataCollectionOptions isDiagnosticsEventsEnabled(Value<Boolean> value) {
      return set("IsDiagnosticsEventsEnabled", value);
    }

    /**
     * Specifies whether health monitoring is enabled for the VM cluster.
     *
     * <p>CloudFormation property {@code IsHealthMonitoringEnabled}.
     */
    public DataCollectionOptions isHealthMonitoringEnabled(boolean value) {
      return set("IsHealthMonitoringEnabled", Value.of(value));
    }

    /**
     * Sets {@code IsHealthMonitoringEnabled} to this value; see {@link
     * #isHealthMonitoringEnabled(boolean)}.
     */
    public DataCollectionOptions isHealthMonitoringEnabled(Value<Boolean> value) {
      return set("IsHealthMonitoringEnabled", value);
    }

    /**
     * Specifies whether incident logs are enabled for the VM cluster.
     *
     * <p>CloudFormation property {@code IsIncidentLogsEnabled}.
     */
    public DataCollectionOptions isIncidentLogsEnabled(boolean value) {
      return set("IsIncidentLogsEnabled", Value.of(value));
    }

    /**
     * Sets {@code IsIncidentLogsEnabled} to this value; see {@link
     * #isIncidentLogsEnabled(boolean)}.
     */
    public DataCollectionOptions isIncidentLogsEnabled(Value<Boolean> value) {
      return set("IsIncidentLogsEnabled", value);
    }
  }

  /**
   * Information about a DB node.
   *
   * <p>Property type {@code AWS::ODB::CloudVmCluster.DbNode}.
   */
  public static final class DbNode extends Struct<DbNode> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudVmCluster.DbNode")
        .required("DbServerId")
        .build();

    public DbNode() {
      super(SCHEMA);
    }

    /**
     * The Oracle Cloud ID (OCID) of the backup IP address that's associated with the DB node.
     *
     * <p>CloudFormation property {@code BackupIpId}.
     */
    public DbNode backupIpId(String value) {
      return set("BackupIpId", Value.of(value));
    }

    /** Sets {@code BackupIpId} to this value; see {@link #backupIpId(String)}. */
    public DbNode backupIpId(Value<String> value) {
      return set("BackupIpId", value);
    }

    /**
     * The OCID of the second backup VNIC.
     *
     * <p>CloudFormation property {@code BackupVnic2Id}.
     */
    public DbNode backupVnic2Id(String value) {
      return set("BackupVnic2Id", Value.of(value));
    }

    /** Sets {@code BackupVnic2Id} to this value; see {@link #backupVnic2Id(String)}. */
    public DbNode backupVnic2Id(Value<String> value) {
      return set("BackupVnic2Id", value);
    }

    /**
     * Number of CPU cores enabled on the DB node.
     *
     * <p>CloudFormation property {@code CpuCoreCount}.
     */
    public DbNode cpuCoreCount(int value) {
      return set("CpuCoreCount", Value.of(value));
    }

    /** Sets {@code CpuCoreCount} to this value; see {@link #cpuCoreCount(int)}. */
    public DbNode cpuCoreCount(Value<Integer> value) {
      return set("CpuCoreCount", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the DB node.
     *
     * <p>CloudFormation property {@code DbNodeArn}.
     */
    public DbNode dbNodeArn(String value) {
      return set("DbNodeArn", Value.of(value));
    }

    /** Sets {@code DbNodeArn} to this value; see {@link #dbNodeArn(String)}. */
    public DbNode dbNodeArn(Value<String> value) {
      return set("DbNodeArn", value);
    }

    /**
     * The unique identifier of the DB node.
     *
     * <p>CloudFormation property {@code DbNodeId}.
     */
    public DbNode dbNodeId(String value) {
      return set("DbNodeId", Value.of(value));
    }

    /** Sets {@code DbNodeId} to this value; see {@link #dbNodeId(String)}. */
    public DbNode dbNodeId(Value<String> value) {
      return set("DbNodeId", value);
    }

    /**
     * The amount of local node storage, in gigabytes (GBs), that's allocated on the DB node.
     *
     * <p>CloudFormation property {@code DbNodeStorageSizeInGBs}.
     */
    public DbNode dbNodeStorageSizeInGBs(int value) {
      return set("DbNodeStorageSizeInGBs", Value.of(value));
    }

    /**
     * Sets {@code DbNodeStorageSizeInGBs} to this value; see {@link #dbNodeStorageSizeInGBs(int)}.
     */
    public DbNode dbNodeStorageSizeInGBs(Value<Integer> value) {
      return set("DbNodeStorageSizeInGBs", value);
    }

    /**
     * The unique identifier of the Db server that is associated with the DB node.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code DbServerId}.
     */
    public DbNode dbServerId(String value) {
      return set("DbServerId", Value.of(value));
    }

    /** Sets {@code DbServerId} to this value; see {@link #dbServerId(String)}. */
    public DbNode dbServerId(Value<String> value) {
      return set("DbServerId", value);
    }

    /**
     * The OCID of the DB system.
     *
     * <p>CloudFormation property {@code DbSystemId}.
     */
    public DbNode dbSystemId(String value) {
      return set("DbSystemId", Value.of(value));
    }

    /** Sets {@code DbSystemId} to this value; see {@link #dbSystemId(String)}. */
    public DbNode dbSystemId(Value<String> value) {
      return set("DbSystemId", value);
    }

    /**
     * The OCID of the host IP address that's associated with the DB node.
     *
     * <p>CloudFormation property {@code HostIpId}.
     */
    public DbNode hostIpId(String value) {
      return set("HostIpId", Value.of(value));
    }

    /** Sets {@code HostIpId} to this value; see {@link #hostIpId(String)}. */
    public DbNode hostIpId(Value<String> value) {
      return set("HostIpId", value);
    }

    /**
     * The host name for the DB node.
     *
     * <p>CloudFormation property {@code Hostname}.
     */
    public DbNode hostname(String value) {
      return set("Hostname", Value.of(value));
    }

    /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
    public DbNode hostname(Value<String> value) {
      return set("Hostname", value);
    }

    /**
     * The allocated memory in GBs on the DB node.
     *
     * <p>CloudFormation property {@code MemorySizeInGBs}.
     */
    public DbNode memorySizeInGBs(int value) {
      return set("MemorySizeInGBs", Value.of(value));
    }

    /** Sets {@code MemorySizeInGBs} to this value; see {@link #memorySizeInGBs(int)}. */
    public DbNode memorySizeInGBs(Value<Integer> value) {
      return set("MemorySizeInGBs", value);
    }

    /**
     * The OCID of the DB node.
     *
     * <p>CloudFormation property {@code Ocid}.
     */
    public DbNode ocid(String value) {
      return set("Ocid", Value.of(value));
    }

    /** Sets {@code Ocid} to this value; see {@link #ocid(String)}. */
    public DbNode ocid(Value<String> value) {
      return set("Ocid", value);
    }

    /**
     * The current status of the DB node.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public DbNode status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public DbNode status(Value<String> value) {
      return set("Status", value);
    }

    /** CloudFormation property {@code Tags}. */
    public DbNode tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public DbNode tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The OCID of the second VNIC.
     *
     * <p>CloudFormation property {@code Vnic2Id}.
     */
    public DbNode vnic2Id(String value) {
      return set("Vnic2Id", Value.of(value));
    }

    /** Sets {@code Vnic2Id} to this value; see {@link #vnic2Id(String)}. */
    public DbNode vnic2Id(Value<String> value) {
      return set("Vnic2Id", value);
    }

    /**
     * The OCID of the VNIC.
     *
     * <p>CloudFormation property {@code VnicId}.
     */
    public DbNode vnicId(String value) {
      return set("VnicId", Value.of(value));
    }

    /** Sets {@code VnicId} to this value; see {@link #vnicId(String)}. */
    public DbNode vnicId(Value<String> value) {
      return set("VnicId", value);
    }
  }

  /**
   * An AWS Identity and Access Management (IAM) service role associated with the VM cluster.
   *
   * <p>Property type {@code AWS::ODB::CloudVmCluster.IamRole}.
   */
  public static final class IamRole extends Struct<IamRole> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudVmCluster.IamRole")
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
}
