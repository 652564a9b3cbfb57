// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.other;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A zone.
 *
 * <p>CloudFormation type {@code AWS::Other::Zone}.
 */
public final class Zone extends Resource<Zone> {
  private static final Schema SCHEMA = Schema.builder("AWS::Other::Zone")
      .refYields("ZoneId")
      .attributes("Arn", "ZoneId")
      .build();

  public Zone(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code ZoneId}. */
  public Zone zoneId(String value) {
    return set("ZoneId", Value.of(value));
  }

  /** Sets {@code ZoneId} to this value; see {@link #zoneId(String)}. */
  public Zone zoneId(Value<String> value) {
    return set("ZoneId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code ZoneId}. */
  public Value<String> zoneId() {
    return getAtt("ZoneId");
  }
}
