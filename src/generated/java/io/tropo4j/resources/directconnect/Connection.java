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
 * Resource Type definition for AWS::DirectConnect::Connection
 *
 * <p>CloudFormation type {@code AWS::DirectConnect::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::Connection")
      .required("Bandwidth", "ConnectionName", "Location")
      .constrain("Bandwidth", Constraint.of().pattern("^[1-9][0-9]*(M|G)bps$"))
      .constrain("ConnectionName", Constraint.of().pattern("^[\\w \\-_,\\/]{1,200}$"))
      .references("LagId", "AWS::DirectConnect::Lag.LagId")
      .constrain("Location", Constraint.of().pattern("^[a-zA-Z0-9-]+$"))
      .refYields("ConnectionArn")
      .attributes("ConnectionArn", "ConnectionId", "ConnectionState")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The bandwidth of the connection.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[1-9][0-9]*(M|G)bps$}.
   * CloudFormation property {@code Bandwidth}.
   */
  public Connection bandwidth(String value) {
    return set("Bandwidth", Value.of(value));
  }

  /** Sets {@code Bandwidth} to this value; see {@link #bandwidth(String)}. */
  public Connection bandwidth(Value<String> value) {
    return set("Bandwidth", value);
  }

  /**
   * The name of the connection.
   *
   * <p>Required. Pattern: {@code ^[&#92;w &#92;-_,&#92;/]{1,200}$}. CloudFormation property {@code
   * ConnectionName}.
   */
  public Connection connectionName(String value) {
    return set("ConnectionName", Value.of(value));
  }

  /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
  public Connection connectionName(Value<String> value) {
    return set("ConnectionName", value);
  }

  /** CloudFormation property {@code LagId}. */
  public Connection lagId(String value) {
    return set("LagId", Value.of(value));
  }

  /** Sets {@code LagId} to this value; see {@link #lagId(String)}. */
  public Connection lagId(Value<String> value) {
    return set("LagId", value);
  }

  /**
   * Sets {@code LagId} to the LagId of {@code AWS::DirectConnect::Lag}; see {@link #lagId(String)}.
   */
  public Connection lagId(Lag resource) {
    return set("LagId", resource.lagId());
  }

  /**
   * The location of the connection.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code Location}.
   */
  public Connection location(String value) {
    return set("Location", Value.of(value));
  }

  /** Sets {@code Location} to this value; see {@link #location(String)}. */
  public Connection location(Value<String> value) {
    return set("Location", value);
  }

  /**
   * The name of the service provider associated with the requested connection.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProviderName}.
   */
  public Connection providerName(String value) {
    return set("ProviderName", Value.of(value));
  }

  /** Sets {@code ProviderName} to this value; see {@link #providerName(String)}. */
  public Connection providerName(Value<String> value) {
    return set("ProviderName", value);
  }

  /**
   * Indicates whether you want the connection to support MAC Security (MACsec).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RequestMACSec}.
   */
  public Connection requestMACSec(boolean value) {
    return set("RequestMACSec", Value.of(value));
  }

  /** Sets {@code RequestMACSec} to this value; see {@link #requestMACSec(boolean)}. */
  public Connection requestMACSec(Value<Boolean> value) {
    return set("RequestMACSec", value);
  }

  /**
   * The tags associated with the connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionArn}.
   */
  public Value<String> connectionArn() {
    return getAtt("ConnectionArn");
  }

  /**
   * The ID of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionId}.
   */
  public Value<String> connectionId() {
    return getAtt("ConnectionId");
  }

  /**
   * The state of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionState}.
   */
  public Value<String> connectionState() {
    return getAtt("ConnectionState");
  }
}
