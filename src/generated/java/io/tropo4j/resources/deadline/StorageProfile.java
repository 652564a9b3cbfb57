// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a storage profile that specifies the operating system, file type, and file location of
 * resources used on a farm.
 *
 * <p>CloudFormation type {@code AWS::Deadline::StorageProfile}.
 */
public final class StorageProfile extends Resource<StorageProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::StorageProfile")
      .required("DisplayName", "FarmId", "OsFamily")
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .allowed("OsFamily", "WINDOWS", "LINUX", "MACOS")
      .attributes("StorageProfileId")
      .build();

  public StorageProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The display name of the storage profile summary to update.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public StorageProfile displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public StorageProfile displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The unique identifier of the farm that contains the storage profile.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public StorageProfile farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public StorageProfile farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * Operating system specific file system path to the storage location.
   *
   * <p>CloudFormation property {@code FileSystemLocations}.
   */
  public StorageProfile fileSystemLocations(List<FileSystemLocation> value) {
    return set("FileSystemLocations", Value.listOf(value));
  }

  /** Sets {@code FileSystemLocations} to this value; see {@link #fileSystemLocations(List)}. */
  public StorageProfile fileSystemLocations(Value<List<FileSystemLocation>> value) {
    return set("FileSystemLocations", value);
  }

  /**
   * Sets {@code FileSystemLocations} to a list of these; see {@link #fileSystemLocations(List)}.
   */
  public StorageProfile fileSystemLocations(FileSystemLocation... values) {
    return set("FileSystemLocations", Value.list(values));
  }

  /**
   * The operating system (OS) family.
   *
   * <p>Required. Allowed values: {@code WINDOWS}, {@code LINUX}, {@code MACOS}. CloudFormation
   * property {@code OsFamily}.
   */
  public StorageProfile osFamily(String value) {
    return set("OsFamily", Value.of(value));
  }

  /** Sets {@code OsFamily} to this value; see {@link #osFamily(String)}. */
  public StorageProfile osFamily(Value<String> value) {
    return set("OsFamily", value);
  }

  /**
   * The storage profile ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageProfileId}.
   */
  public Value<String> storageProfileId() {
    return getAtt("StorageProfileId");
  }

  /**
   * The details of the file system location for the resource.
   *
   * <p>Property type {@code AWS::Deadline::StorageProfile.FileSystemLocation}.
   */
  public static final class FileSystemLocation extends Struct<FileSystemLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Deadline::StorageProfile.FileSystemLocation")
        .required("Name", "Path", "Type")
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z ]*$").minLength(1).maxLength(64))
        .constrain("Path", Constraint.of().minLength(0).maxLength(1024))
        .allowed("Type", "SHARED", "LOCAL")
        .build();

    public FileSystemLocation() {
      super(SCHEMA);
    }

    /**
     * The location name.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[0-9A-Za-z ]*$}. CloudFormation
     * property {@code Name}.
     */
    public FileSystemLocation name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FileSystemLocation name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The file path.
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Path}.
     */
    public FileSystemLocation path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public FileSystemLocation path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The type of file.
     *
     * <p>Required. Allowed values: {@code SHARED}, {@code LOCAL}. CloudFormation property {@code
     * Type}.
     */
    public FileSystemLocation type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FileSystemLocation type(Value<String> value) {
      return set("Type", value);
    }
  }
}
