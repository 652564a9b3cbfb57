// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.outposts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::Outposts::Outpost Resource Type
 *
 * <p>CloudFormation type {@code AWS::Outposts::Outpost}.
 */
public final class Outpost extends Resource<Outpost> {
  private static final Schema SCHEMA = Schema.builder("AWS::Outposts::Outpost")
      .required("Name", "SiteId")
      .constrain("AvailabilityZone", Constraint.of().pattern("^([a-zA-Z]+-){1,3}([a-zA-Z]+)?(\\d+[a-zA-Z]?)?$").minLength(1).maxLength(1000))
      .constrain("AvailabilityZoneId", Constraint.of().pattern("^[a-zA-Z]+\\d-[a-zA-Z]+\\d$").minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().pattern("^[\\S ]*$").minLength(1).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[\\S ]+$").minLength(1).maxLength(255))
      .constrain("SiteId", Constraint.of().pattern("^os-[a-f0-9]{17}$").minLength(1).maxLength(255))
      .allowed("SupportedHardwareType", "RACK", "SERVER")
      .refYields("OutpostArn")
      .attributes("LifeCycleStatus", "OutpostArn", "OutpostId", "OwnerId", "SiteArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Outpost(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
   * ^([a-zA-Z]+-){1,3}([a-zA-Z]+)?(&#92;d+[a-zA-Z]?)?$}. CloudFormation property {@code
   * AvailabilityZone}.
   */
  public Outpost availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Outpost availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z]+&#92;d-[a-zA-Z]+&#92;d$}. CloudFormation property {@code AvailabilityZoneId}.
   */
  public Outpost availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public Outpost availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * Length: 1 to 1000 characters. Pattern: {@code ^[&#92;S ]*$}. CloudFormation property {@code
   * Description}.
   */
  public Outpost description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Outpost description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Required. Length: 1 to 255 characters. Pattern: {@code ^[&#92;S ]+$}. CloudFormation property
   * {@code Name}.
   */
  public Outpost name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Outpost name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^os-[a-f0-9]{17}$}. CloudFormation property {@code SiteId}.
   */
  public Outpost siteId(String value) {
    return set("SiteId", Value.of(value));
  }

  /** Sets {@code SiteId} to this value; see {@link #siteId(String)}. */
  public Outpost siteId(Value<String> value) {
    return set("SiteId", value);
  }

  /**
   * Allowed values: {@code RACK}, {@code SERVER}. CloudFormation property {@code
   * SupportedHardwareType}.
   */
  public Outpost supportedHardwareType(String value) {
    return set("SupportedHardwareType", Value.of(value));
  }

  /**
   * Sets {@code SupportedHardwareType} to this value; see {@link #supportedHardwareType(String)}.
   */
  public Outpost supportedHardwareType(Value<String> value) {
    return set("SupportedHardwareType", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Outpost tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Outpost tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Outpost tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code LifeCycleStatus}. */
  public Value<String> lifeCycleStatus() {
    return getAtt("LifeCycleStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code OutpostArn}. */
  public Value<String> outpostArn() {
    return getAtt("OutpostArn");
  }

  /** {@code Fn::GetAtt} attribute {@code OutpostId}. */
  public Value<String> outpostId() {
    return getAtt("OutpostId");
  }

  /** {@code Fn::GetAtt} attribute {@code OwnerId}. */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /** {@code Fn::GetAtt} attribute {@code SiteArn}. */
  public Value<String> siteArn() {
    return getAtt("SiteArn");
  }
}
