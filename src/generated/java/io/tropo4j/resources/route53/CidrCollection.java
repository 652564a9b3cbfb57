// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a CIDR collection in the current AWS account.
 *
 * <p>CloudFormation type {@code AWS::Route53::CidrCollection}.
 */
public final class CidrCollection extends Resource<CidrCollection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::CidrCollection")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_\\-]+$").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "Id")
      .build();

  public CidrCollection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A complex type that contains information about the list of CIDR locations.
   *
   * <p>CloudFormation property {@code Locations}.
   */
  public CidrCollection locations(List<Location> value) {
    return set("Locations", Value.listOf(value));
  }

  /** Sets {@code Locations} to this value; see {@link #locations(List)}. */
  public CidrCollection locations(Value<List<Location>> value) {
    return set("Locations", value);
  }

  /** Sets {@code Locations} to a list of these; see {@link #locations(List)}. */
  public CidrCollection locations(Location... values) {
    return set("Locations", Value.list(values));
  }

  /**
   * The name of a CIDR collection.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9A-Za-z_&#92;-]+$}. CloudFormation property {@code Name}.
   */
  public CidrCollection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CidrCollection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * "The Amazon resource name (ARN) to uniquely identify the AWS resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The UUID of the CIDR collection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies the list of CIDR blocks for a CIDR location.
   *
   * <p>Property type {@code AWS::Route53::CidrCollection.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::CidrCollection.Location")
        .required("CidrList", "LocationName")
        .constrain("CidrList", Constraint.of().format("ipv4-network"))
        .constrain("LocationName", Constraint.of().minLength(1).maxLength(16))
        .build();

    public Location() {
      super(SCHEMA);
    }

    /**
     * List of CIDR blocks.
     *
     * <p>Required. Format: {@code ipv4-network}. CloudFormation property {@code CidrList}.
     */
    public Location cidrList(List<String> value) {
      return set("CidrList", Value.listOf(value));
    }

    /** Sets {@code CidrList} to this value; see {@link #cidrList(List)}. */
    public Location cidrList(Value<List<String>> value) {
      return set("CidrList", value);
    }

    /**
     * The CIDR collection location name.
     *
     * <p>Required. Length: 1 to 16 characters. CloudFormation property {@code LocationName}.
     */
    public Location locationName(String value) {
      return set("LocationName", Value.of(value));
    }

    /** Sets {@code LocationName} to this value; see {@link #locationName(String)}. */
    public Location locationName(Value<String> value) {
      return set("LocationName", value);
    }
  }
}
