// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.directconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::DirectConnect::Lag
 *
 * <p>CloudFormation type {@code AWS::DirectConnect::Lag}.
 */
public final class Lag extends Resource<Lag> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::Lag")
      .required("ConnectionsBandwidth", "LagName", "Location")
      .constrain("ConnectionsBandwidth", Constraint.of().pattern("^[1-9][0-9]*(M|G)bps$"))
      .constrain("LagName", Constraint.of().pattern("^[\\w \\-_,\\/]{1,200}$"))
      .constrain("Location", Constraint.of().pattern("^[a-zA-Z0-9-]+$"))
      .refYields("LagArn")
      .attributes("LagArn", "LagId", "LagState")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Lag(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The bandwidth of the individual physical dedicated connections bundled by the LAG.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[1-9][0-9]*(M|G)bps$}.
   * CloudFormation property {@code ConnectionsBandwidth}.
   */
  public Lag connectionsBandwidth(String value) {
    return set("ConnectionsBandwidth", Value.of(value));
  }

  /** Sets {@code ConnectionsBandwidth} to this value; see {@link #connectionsBandwidth(String)}. */
  public Lag connectionsBandwidth(Value<String> value) {
    return set("ConnectionsBandwidth", value);
  }

  /**
   * The name of the LAG.
   *
   * <p>Required. Pattern: {@code ^[&#92;w &#92;-_,&#92;/]{1,200}$}. CloudFormation property {@code
   * LagName}.
   */
  public Lag lagName(String value) {
    return set("LagName", Value.of(value));
  }

  /** Sets {@code LagName} to this value; see {@link #lagName(String)}. */
  public Lag lagName(Value<String> value) {
    return set("LagName", value);
  }

  /**
   * The location for the LAG.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code Location}.
   */
  public Lag location(String value) {
    return set("Location", Value.of(value));
  }

  /** Sets {@code Location} to this value; see {@link #location(String)}. */
  public Lag location(Value<String> value) {
    return set("Location", value);
  }

  /**
   * The minimum number of physical dedicated connections that must be operational for the LAG
   * itself to be operational.
   *
   * <p>CloudFormation property {@code MinimumLinks}.
   */
  public Lag minimumLinks(int value) {
    return set("MinimumLinks", Value.of(value));
  }

  /** Sets {@code MinimumLinks} to this value; see {@link #minimumLinks(int)}. */
  public Lag minimumLinks(Value<Integer> value) {
    return set("MinimumLinks", value);
  }

  /**
   * The name of the service provider associated with the requested LAG.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProviderName}.
   */
  public Lag providerName(String value) {
    return set("ProviderName", Value.of(value));
  }

  /** Sets {@code ProviderName} to this value; see {@link #providerName(String)}. */
  public Lag providerName(Value<String> value) {
    return set("ProviderName", value);
  }

  /**
   * Indicates whether you want the LAG to support MAC Security (MACsec).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RequestMACSec}.
   */
  public Lag requestMACSec(boolean value) {
    return set("RequestMACSec", Value.of(value));
  }

  /** Sets {@code RequestMACSec} to this value; see {@link #requestMACSec(boolean)}. */
  public Lag requestMACSec(Value<Boolean> value) {
    return set("RequestMACSec", value);
  }

  /**
   * The tags associated with the LAG.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Lag tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Lag tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Lag tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the LAG.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LagArn}.
   */
  public Value<String> lagArn() {
    return getAtt("LagArn");
  }

  /**
   * The ID of the LAG.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LagId}.
   */
  public Value<String> lagId() {
    return getAtt("LagId");
  }

  /**
   * The state of the LAG.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LagState}.
   */
  public Value<String> lagState() {
    return getAtt("LagState");
  }
}
