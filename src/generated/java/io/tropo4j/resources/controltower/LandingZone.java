// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.controltower;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new landing zone. This API call starts an asynchronous operation that creates and
 * configures a landing zone, based on the parameters specified in the manifest JSON file.
 *
 * <p>CloudFormation type {@code AWS::ControlTower::LandingZone}.
 */
public final class LandingZone extends Resource<LandingZone> {
  private static final Schema SCHEMA = Schema.builder("AWS::ControlTower::LandingZone")
      .required("Manifest", "Version")
      .constrain("Manifest", Constraint.of().format("json"))
      .allowed("RemediationTypes", "INHERITANCE_DRIFT")
      .constrain("Version", Constraint.of().pattern("\\d+.\\d+").minLength(3).maxLength(10))
      .refYields("LandingZoneIdentifier")
      .attributes("Arn", "DriftStatus", "LandingZoneIdentifier", "LatestAvailableVersion", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LandingZone(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The landing zone manifest JSON text file that specifies the landing zone configurations.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Manifest}.
   */
  public LandingZone manifest(Value<Json> value) {
    return set("Manifest", value);
  }

  /**
   * The types of remediation actions configured for the landing zone, such as automatic drift
   * correction or compliance enforcement.
   *
   * <p>Allowed values: {@code INHERITANCE_DRIFT}. CloudFormation property {@code RemediationTypes}.
   */
  public LandingZone remediationTypes(List<String> value) {
    return set("RemediationTypes", Value.listOf(value));
  }

  /** Sets {@code RemediationTypes} to this value; see {@link #remediationTypes(List)}. */
  public LandingZone remediationTypes(Value<List<String>> value) {
    return set("RemediationTypes", value);
  }

  /**
   * Tags to be applied to the landing zone.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LandingZone tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LandingZone tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LandingZone tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The landing zone's current deployed version.
   *
   * <p>Required. Length: 3 to 10 characters. Pattern: {@code &#92;d+.&#92;d+}. CloudFormation
   * property {@code Version}.
   */
  public LandingZone version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public LandingZone version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The ARN of the landing zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The drift status of the landing zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DriftStatus}.
   */
  public Value<String> driftStatus() {
    return getAtt("DriftStatus");
  }

  /**
   * The unique identifier of the landing zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LandingZoneIdentifier}.
   */
  public Value<String> landingZoneIdentifier() {
    return getAtt("LandingZoneIdentifier");
  }

  /**
   * The latest available version of the landing zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestAvailableVersion}.
   */
  public Value<String> latestAvailableVersion() {
    return getAtt("LatestAvailableVersion");
  }

  /**
   * The landing zone deployment status. One of <code>ACTIVE</code> , <code>PROCESSING</code> ,
   * <code>FAILED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
