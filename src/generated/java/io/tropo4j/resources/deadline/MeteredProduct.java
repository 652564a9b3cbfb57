// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Adds a metered product.
 *
 * <p>CloudFormation type {@code AWS::Deadline::MeteredProduct}.
 */
public final class MeteredProduct extends Resource<MeteredProduct> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::MeteredProduct")
      .constrain("LicenseEndpointId", Constraint.of().pattern("^le-[0-9a-f]{32}$"))
      .constrain("ProductId", Constraint.of().pattern("^[0-9a-z]{1,32}-[.0-9a-z]{1,32}$"))
      .refYields("Arn")
      .attributes("Arn", "Family", "Port", "Vendor")
      .build();

  public MeteredProduct(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon EC2 identifier of the license endpoint.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^le-[0-9a-f]{32}$}. CloudFormation
   * property {@code LicenseEndpointId}.
   */
  public MeteredProduct licenseEndpointId(String value) {
    return set("LicenseEndpointId", Value.of(value));
  }

  /** Sets {@code LicenseEndpointId} to this value; see {@link #licenseEndpointId(String)}. */
  public MeteredProduct licenseEndpointId(Value<String> value) {
    return set("LicenseEndpointId", value);
  }

  /**
   * The product ID.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9a-z]{1,32}-[.0-9a-z]{1,32}$}.
   * CloudFormation property {@code ProductId}.
   */
  public MeteredProduct productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public MeteredProduct productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the metered product.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The family to which the metered product belongs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Family}.
   */
  public Value<String> family() {
    return getAtt("Family");
  }

  /**
   * The port on which the metered product should run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<Integer> port() {
    return getAtt("Port");
  }

  /**
   * The vendor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Vendor}.
   */
  public Value<String> vendor() {
    return getAtt("Vendor");
  }
}
