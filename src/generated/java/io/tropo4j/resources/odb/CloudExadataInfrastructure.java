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
 * The <code>AWS::ODB::CloudExadataInfrastructure</code> resource creates an Exadata infrastructure.
 * An Exadata infrastructure provides the underlying compute and storage resources for Oracle
 * Database workloads.
 *
 * <p>CloudFormation type {@code AWS::ODB::CloudExadataInfrastructure}.
 */
public final class CloudExadataInfrastructure extends Resource<CloudExadataInfrastructure> {
  private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudExadataInfrastructure")
      .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(255))
      .constrain("AvailabilityZoneId", Constraint.of().minLength(1).maxLength(255))
      .constrain("DatabaseServerType", Constraint.of().pattern("^[a-zA-Z0-9_\\/.=-]+$").minLength(1).maxLength(255))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$").minLength(1).maxLength(255))
      .constrain("Shape", Constraint.of().pattern("^[a-zA-Z0-9_\\/.=-]+$").minLength(1).maxLength(255))
      .constrain("StorageServerType", Constraint.of().pattern("^[a-zA-Z0-9_\\/.=-]+$").minLength(1).maxLength(255))
      .refYields("CloudExadataInfrastructureArn")
      .attributes("ActivatedStorageCount", "AdditionalStorageCount", "AvailableStorageSizeInGBs",
          "CloudExadataInfrastructureArn", "CloudExadataInfrastructureId", "ComputeModel",
          "CpuCount", "DataStorageSizeInTBs", "DbNodeStorageSizeInGBs", "DbServerIds",
          "DbServerVersion", "MaxCpuCount", "MaxDataStorageInTBs", "MaxDbNodeStorageSizeInGBs",
          "MaxMemoryInGBs", "MemorySizeInGBs", "OciResourceAnchorName", "OciUrl", "Ocid",
          "StorageServerVersion", "TotalStorageSizeInGBs")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CloudExadataInfrastructure(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Availability Zone (AZ) where the Exadata infrastructure is located.
   *
   * <p>Required when creating an Exadata infrastructure. Specify either AvailabilityZone or
   * AvailabilityZoneId to define the location of the infrastructure.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AvailabilityZone}.
   */
  public CloudExadataInfrastructure availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public CloudExadataInfrastructure availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The AZ ID of the AZ where the Exadata infrastructure is located.
   *
   * <p>Required when creating an Exadata infrastructure. Specify either AvailabilityZone or
   * AvailabilityZoneId to define the location of the infrastructure.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AvailabilityZoneId}.
   */
  public CloudExadataInfrastructure availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public CloudExadataInfrastructure availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * The number of database servers for the Exadata infrastructure.
   *
   * <p>Required when creating an Exadata infrastructure.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ComputeCount}.
   */
  public CloudExadataInfrastructure computeCount(int value) {
    return set("ComputeCount", Value.of(value));
  }

  /** Sets {@code ComputeCount} to this value; see {@link #computeCount(int)}. */
  public CloudExadataInfrastructure computeCount(Value<Integer> value) {
    return set("ComputeCount", value);
  }

  /**
   * The email addresses of contacts to receive notification from Oracle about maintenance updates
   * for the Exadata infrastructure.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * CustomerContactsToSendToOCI}.
   */
  public CloudExadataInfrastructure customerContactsToSendToOCI(List<CustomerContact> value) {
    return set("CustomerContactsToSendToOCI", Value.listOf(value));
  }

  /**
   * Sets {@code CustomerContactsToSendToOCI} to this value; see {@link
   * #customerContactsToSendToOCI(List)}.
   */
  public CloudExadataInfrastructure customerContactsToSendToOCI(Value<List<CustomerContact>> value) {
    return set("CustomerContactsToSendToOCI", value);
  }

  /**
   * Sets {@code CustomerContactsToSendToOCI} to a list of these; see {@link
   * #customerContactsToSendToOCI(List)}.
   */
  public CloudExadataInfrastructure customerContactsToSendToOCI(CustomerContact... values) {
    return set("CustomerContactsToSendToOCI", Value.list(values));
  }

  /**
   * The database server model type of the Exadata infrastructure. For the list of valid model
   * names, use the <code>ListDbSystemShapes</code> operation.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;/.=-]+$}. CloudFormation property {@code DatabaseServerType}.
   */
  public CloudExadataInfrastructure databaseServerType(String value) {
    return set("DatabaseServerType", Value.of(value));
  }

  /** Sets {@code DatabaseServerType} to this value; see {@link #databaseServerType(String)}. */
  public CloudExadataInfrastructure databaseServerType(Value<String> value) {
    return set("DatabaseServerType", value);
  }

  /**
   * The user-friendly name for the Exadata infrastructure.
   *
   * <p>Required when creating an Exadata infrastructure.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$}. CloudFormation property {@code DisplayName}.
   */
  public CloudExadataInfrastructure displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public CloudExadataInfrastructure displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The scheduling details for the maintenance window. Patching and system updates take place
   * during the maintenance window.
   *
   * <p>CloudFormation property {@code MaintenanceWindow}.
   */
  public CloudExadataInfrastructure maintenanceWindow(Value<MaintenanceWindow> value) {
    return set("MaintenanceWindow", value);
  }

  /**
   * The model name of the Exadata infrastructure.
   *
   * <p>Required when creating an Exadata infrastructure.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;/.=-]+$}. CloudFormation property {@code Shape}.
   */
  public CloudExadataInfrastructure shape(String value) {
    return set("Shape", Value.of(value));
  }

  /** Sets {@code Shape} to this value; see {@link #shape(String)}. */
  public CloudExadataInfrastructure shape(Value<String> value) {
    return set("Shape", value);
  }

  /**
   * The number of storage servers that are activated for the Exadata infrastructure.
   *
   * <p>Required when creating an Exadata infrastructure.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageCount}.
   */
  public CloudExadataInfrastructure storageCount(int value) {
    return set("StorageCount", Value.of(value));
  }

  /** Sets {@code StorageCount} to this value; see {@link #storageCount(int)}. */
  public CloudExadataInfrastructure storageCount(Value<Integer> value) {
    return set("StorageCount", value);
  }

  /**
   * The storage server model type of the Exadata infrastructure. For the list of valid model names,
   * use the <code>ListDbSystemShapes</code> operation.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;/.=-]+$}. CloudFormation property {@code StorageServerType}.
   */
  public CloudExadataInfrastructure storageServerType(String value) {
    return set("StorageServerType", Value.of(value));
  }

  /** Sets {@code StorageServerType} to this value; see {@link #storageServerType(String)}. */
  public CloudExadataInfrastructure storageServerType(Value<String> value) {
    return set("StorageServerType", value);
  }

  /**
   * Tags to assign to the Exadata Infrastructure.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CloudExadataInfrastructure tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CloudExadataInfrastructure tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CloudExadataInfrastructure tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The number of storage servers requested for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActivatedStorageCount}.
   */
  public Value<Integer> activatedStorageCount() {
    return getAtt("ActivatedStorageCount");
  }

  /**
   * The number of storage servers requested for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AdditionalStorageCount}.
   */
  public Value<Integer> additionalStorageCount() {
    return getAtt("AdditionalStorageCount");
  }

  /**
   * The amount of available storage, in gigabytes (GB), for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailableStorageSizeInGBs}.
   */
  public Value<Integer> availableStorageSizeInGBs() {
    return getAtt("AvailableStorageSizeInGBs");
  }

  /**
   * The Amazon Resource Name (ARN) for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudExadataInfrastructureArn}.
   */
  public Value<String> cloudExadataInfrastructureArn() {
    return getAtt("CloudExadataInfrastructureArn");
  }

  /**
   * The unique identifier for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudExadataInfrastructureId}.
   */
  public Value<String> cloudExadataInfrastructureId() {
    return getAtt("CloudExadataInfrastructureId");
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
   * The total number of CPU cores that are allocated to the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CpuCount}.
   */
  public Value<Integer> cpuCount() {
    return getAtt("CpuCount");
  }

  /**
   * The size of the Exadata infrastructure's data disk group, in terabytes (TB).
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataStorageSizeInTBs}.
   */
  public Value<Double> dataStorageSizeInTBs() {
    return getAtt("DataStorageSizeInTBs");
  }

  /**
   * The size of the Exadata infrastructure's local node storage, in gigabytes (GB).
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbNodeStorageSizeInGBs}.
   */
  public Value<Integer> dbNodeStorageSizeInGBs() {
    return getAtt("DbNodeStorageSizeInGBs");
  }

  /**
   * The list of database server identifiers for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbServerIds}.
   */
  public Value<List<String>> dbServerIds() {
    return getAtt("DbServerIds");
  }

  /**
   * The software version of the database servers (dom0) in the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DbServerVersion}.
   */
  public Value<String> dbServerVersion() {
    return getAtt("DbServerVersion");
  }

  /**
   * The total number of CPU cores available on the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxCpuCount}.
   */
  public Value<Integer> maxCpuCount() {
    return getAtt("MaxCpuCount");
  }

  /**
   * The total amount of data disk group storage, in terabytes (TB), that's available on the Exadata
   * infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxDataStorageInTBs}.
   */
  public Value<Double> maxDataStorageInTBs() {
    return getAtt("MaxDataStorageInTBs");
  }

  /**
   * The total amount of local node storage, in gigabytes (GB), that's available on the Exadata
   * infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxDbNodeStorageSizeInGBs}.
   */
  public Value<Integer> maxDbNodeStorageSizeInGBs() {
    return getAtt("MaxDbNodeStorageSizeInGBs");
  }

  /**
   * The total amount of memory, in gigabytes (GB), that's available on the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxMemoryInGBs}.
   */
  public Value<Integer> maxMemoryInGBs() {
    return getAtt("MaxMemoryInGBs");
  }

  /**
   * The amount of memory, in gigabytes (GB), that's allocated on the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemorySizeInGBs}.
   */
  public Value<Integer> memorySizeInGBs() {
    return getAtt("MemorySizeInGBs");
  }

  /**
   * The name of the OCI resource anchor for the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciResourceAnchorName}.
   */
  public Value<String> ociResourceAnchorName() {
    return getAtt("OciResourceAnchorName");
  }

  /**
   * The HTTPS link to the Exadata infrastructure in OCI.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciUrl}.
   */
  public Value<String> ociUrl() {
    return getAtt("OciUrl");
  }

  /**
   * The OCID of the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ocid}.
   */
  public Value<String> ocid() {
    return getAtt("Ocid");
  }

  /**
   * The software version of the storage servers on the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageServerVersion}.
   */
  public Value<String> storageServerVersion() {
    return getAtt("StorageServerVersion");
  }

  /**
   * The total amount of storage, in gigabytes (GB), on the the Exadata infrastructure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalStorageSizeInGBs}.
   */
  public Value<Integer> totalStorageSizeInGBs() {
    return getAtt("TotalStorageSizeInGBs");
  }

  /**
   * A contact to receive notification from Oracle about maintenance updates for a specific Exadata
   * infrastructure.
   *
   * <p>Property type {@code AWS::ODB::CloudExadataInfrastructure.CustomerContact}.
   */
  public static final class CustomerContact extends Struct<CustomerContact> {
    private static final Schema SCHEMA = Schema.of("AWS::ODB::CloudExadataInfrastructure.CustomerContact");

    public CustomerContact() {
      super(SCHEMA);
    }

    /**
     * The email address of the contact.
     *
     * <p>CloudFormation property {@code Email}.
     */
    public CustomerContact email(String value) {
      return set("Email", Value.of(value));
    }

    /** Sets {@code Email} to this value; see {@link #email(String)}. */
    public CustomerContact email(Value<String> value) {
      return set("Email", value);
    }
  }

  /**
   * The scheduling details for the maintenance window. Patching and system updates take place
   * during the maintenance window.
   *
   * <p>Property type {@code AWS::ODB::CloudExadataInfrastructure.MaintenanceWindow}.
   */
  public static final class MaintenanceWindow extends Struct<MaintenanceWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::CloudExadataInfrastructure.MaintenanceWindow")
        .constrain("CustomActionTimeoutInMins", Constraint.of().minimum(15).maximum(120))
        .allowed("DaysOfWeek", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY")
        .constrain("LeadTimeInWeeks", Constraint.of().minimum(1).maximum(4))
        .allowed("Months", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER")
        .allowed("PatchingMode", "NONROLLING", "ROLLING")
        .allowed("Preference", "CUSTOM_PREFERENCE", "NO_PREFERENCE")
        .build();

    public MaintenanceWindow() {
      super(SCHEMA);
    }

    /**
     * The custom action timeout in minutes for the maintenance window.
     *
     * <p>Range: 15 to 120. CloudFormation property {@code CustomActionTimeoutInMins}.
     */
    public MaintenanceWindow customActionTimeoutInMins(int value) {
      return set("CustomActionTimeoutInMins", Value.of(value));
    }

    /**
     * Sets {@code CustomActionTimeoutInMins} to this value; see {@link
     * #customActionTimeoutInMins(int)}.
     */
    public MaintenanceWindow customActionTimeoutInMins(Value<Integer> value) {
      return set("CustomActionTimeoutInMins", value);
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
     * Indicates whether custom action timeout is enabled for the maintenance window.
     *
     * <p>CloudFormation property {@code IsCustomActionTimeoutEnabled}.
     */
    public MaintenanceWindow isCustomActionTimeoutEnabled(boolean value) {
      return set("IsCustomActionTimeoutEnabled", Value.of(value));
    }

    /**
     * Sets {@code IsCustomActionTimeoutEnabled} to this value; see {@link
     * #isCustomActionTimeoutEnabled(boolean)}.
     */
    public MaintenanceWindow isCustomActionTimeoutEnabled(Value<Boolean> value) {
      return set("IsCustomActionTimeoutEnabled", value);
    }

    /**
     * The lead time in weeks before the maintenance window.
     *
     * <p>Range: 1 to 4. CloudFormation property {@code LeadTimeInWeeks}.
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
     * The patching mode for the maintenance window.
     *
     * <p>Allowed values: {@code NONROLLING}, {@code ROLLING}. CloudFormation property {@code
     * PatchingMode}.
     */
    public MaintenanceWindow patchingMode(String value) {
      return set("PatchingMode", Value.of(value));
    }

    /** Sets {@code PatchingMode} to this value; see {@link #patchingMode(String)}. */
    public MaintenanceWindow patchingMode(Value<String> value) {
      return set("PatchingMode", value);
    }

    /**
     * The preference for the maintenance window scheduling.
     *
     * <p>Allowed values: {@code CUSTOM_PREFERENCE}, {@code NO_PREFERENCE}. CloudFormation property
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
