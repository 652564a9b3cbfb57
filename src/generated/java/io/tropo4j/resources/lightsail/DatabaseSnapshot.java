// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Lightsail::DatabaseSnapshot
 *
 * <p>CloudFormation type {@code AWS::Lightsail::DatabaseSnapshot}.
 */
public final class DatabaseSnapshot extends Resource<DatabaseSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::DatabaseSnapshot")
      .required("RelationalDatabaseName", "RelationalDatabaseSnapshotName")
      .constrain("RelationalDatabaseName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .constrain("RelationalDatabaseSnapshotName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$").minLength(2).maxLength(255))
      .refYields("RelationalDatabaseSnapshotName")
      .attributes("Arn", "CreatedAt", "Engine", "EngineVersion", "FromRelationalDatabaseArn",
          "FromRelationalDatabaseBlueprintId", "FromRelationalDatabaseBundleId",
          "FromRelationalDatabaseName", "Location", "Name", "ResourceType", "SizeInGb", "State",
          "SupportCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DatabaseSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the database on which to base your new snapshot.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code RelationalDatabaseName}.
   */
  public DatabaseSnapshot relationalDatabaseName(String value) {
    return set("RelationalDatabaseName", Value.of(value));
  }

  /**
   * Sets {@code RelationalDatabaseName} to this value; see {@link #relationalDatabaseName(String)}.
   */
  public DatabaseSnapshot relationalDatabaseName(Value<String> value) {
    return set("RelationalDatabaseName", value);
  }

  /**
   * The name for your new database snapshot.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 255 characters. Pattern: {@code
   * ^&#92;w[&#92;w&#92;-]*&#92;w$}. CloudFormation property {@code RelationalDatabaseSnapshotName}.
   */
  public DatabaseSnapshot relationalDatabaseSnapshotName(String value) {
    return set("RelationalDatabaseSnapshotName", Value.of(value));
  }

  /**
   * Sets {@code RelationalDatabaseSnapshotName} to this value; see {@link
   * #relationalDatabaseSnapshotName(String)}.
   */
  public DatabaseSnapshot relationalDatabaseSnapshotName(Value<String> value) {
    return set("RelationalDatabaseSnapshotName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DatabaseSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DatabaseSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DatabaseSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the database snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the database snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The software of the database snapshot (for example, MySQL).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Engine}.
   */
  public Value<String> engine() {
    return getAtt("Engine");
  }

  /**
   * The database engine version for the database snapshot (for example, 5.7.23).
   *
   * <p>{@code Fn::GetAtt} attribute {@code EngineVersion}.
   */
  public Value<String> engineVersion() {
    return getAtt("EngineVersion");
  }

  /**
   * The Amazon Resource Name (ARN) of the database from which the database snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromRelationalDatabaseArn}.
   */
  public Value<String> fromRelationalDatabaseArn() {
    return getAtt("FromRelationalDatabaseArn");
  }

  /**
   * The blueprint ID of the database from which the database snapshot was created. A blueprint
   * describes the major engine version of a database.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromRelationalDatabaseBlueprintId}.
   */
  public Value<String> fromRelationalDatabaseBlueprintId() {
    return getAtt("FromRelationalDatabaseBlueprintId");
  }

  /**
   * The bundle ID of the database from which the database snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromRelationalDatabaseBundleId}.
   */
  public Value<String> fromRelationalDatabaseBundleId() {
    return getAtt("FromRelationalDatabaseBundleId");
  }

  /**
   * The name of the source database from which the database snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromRelationalDatabaseName}.
   */
  public Value<String> fromRelationalDatabaseName() {
    return getAtt("FromRelationalDatabaseName");
  }

  /**
   * The Region name and Availability Zone where the database snapshot is located.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location}.
   */
  public Value<Location> location() {
    return getAtt("Location");
  }

  /**
   * The name of the database snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The Lightsail resource type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The size of the disk in GB (for example, 32) for the database snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SizeInGb}.
   */
  public Value<Integer> sizeInGb() {
    return getAtt("SizeInGb");
  }

  /**
   * The state of the database snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The support code for the database snapshot. Include this code in your email to support when you
   * have questions about a database snapshot in Lightsail. This code enables our support team to
   * look up your Lightsail information more easily.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }

  /**
   * The Region name and Availability Zone where the database snapshot is located.
   *
   * <p>Property type {@code AWS::Lightsail::DatabaseSnapshot.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::DatabaseSnapshot.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone where the database snapshot was created.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public Location availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Location availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The AWS Region where the database snapshot was created.
     *
     * <p>CloudFormation property {@code RegionName}.
     */
    public Location regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public Location regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }
}
