// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Definition of AWS::BedrockAgentCore::GatewayRateLimit Resource Type
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::GatewayRateLimit}.
 */
public final class GatewayRateLimit extends Resource<GatewayRateLimit> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRateLimit")
      .required("DimensionKeys", "Entries")
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("DimensionKeys", Constraint.of().pattern("^(targetName|toolName|qualifiedModelId|\\$\\.context\\.iam\\.principal|\\$\\.context\\.iam\\.sourceIdentity|\\$\\.context\\.jwt\\.[a-zA-Z_][a-zA-Z0-9_\\-\\.]{0,61}[a-zA-Z0-9_])$").minLength(1).maxLength(80))
      .constrain("GatewayIdentifier", Constraint.of().pattern("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"))
      .constrain("RateLimitId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_\\.]{0,62}[a-zA-Z0-9]$").minLength(2).maxLength(64))
      .attributes("CreatedAt", "Status", "UpdatedAt")
      .build();

  public GatewayRateLimit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional human-readable description for this limit.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public GatewayRateLimit description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GatewayRateLimit description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Ordered list of dimension names defining the scope of this limit. Unique per gateway — no two
   * limits can share the same dimensionKeys.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 80 characters. Pattern: {@code
   * ^(targetName|toolName|qualifiedModelId|&#92;$&#92;.context&#92;.iam&#92;.principal|&#92;$&#92;.context&#92;.iam&#92;.sourceIdentity|&#92;$&#92;.context&#92;.jwt&#92;.[a-zA-Z_][a-zA-Z0-9_&#92;-&#92;.]{0,61}[a-zA-Z0-9_])$}.
   * CloudFormation property {@code DimensionKeys}.
   */
  public GatewayRateLimit dimensionKeys(List<String> value) {
    return set("DimensionKeys", Value.listOf(value));
  }

  /** Sets {@code DimensionKeys} to this value; see {@link #dimensionKeys(List)}. */
  public GatewayRateLimit dimensionKeys(Value<List<String>> value) {
    return set("DimensionKeys", value);
  }

  /**
   * Rule entries mapping dimension values to rate configurations.
   *
   * <p>Required. CloudFormation property {@code Entries}.
   */
  public GatewayRateLimit entries(List<LimitEntry> value) {
    return set("Entries", Value.listOf(value));
  }

  /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
  public GatewayRateLimit entries(Value<List<LimitEntry>> value) {
    return set("Entries", value);
  }

  /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
  public GatewayRateLimit entries(LimitEntry... values) {
    return set("Entries", Value.list(values));
  }

  /**
   * Changing it replaces the resource. Pattern: {@code ^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$}.
   * CloudFormation property {@code GatewayIdentifier}.
   */
  public GatewayRateLimit gatewayIdentifier(String value) {
    return set("GatewayIdentifier", Value.of(value));
  }

  /** Sets {@code GatewayIdentifier} to this value; see {@link #gatewayIdentifier(String)}. */
  public GatewayRateLimit gatewayIdentifier(Value<String> value) {
    return set("GatewayIdentifier", value);
  }

  /**
   * Limit identifier. Optional on Create (system-generates if not provided by customer). Always
   * present in responses.
   *
   * <p>Changing it replaces the resource. Length: 2 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_&#92;.]{0,62}[a-zA-Z0-9]$}. CloudFormation property {@code
   * RateLimitId}.
   */
  public GatewayRateLimit rateLimitId(String value) {
    return set("RateLimitId", Value.of(value));
  }

  /** Sets {@code RateLimitId} to this value; see {@link #rateLimitId(String)}. */
  public GatewayRateLimit rateLimitId(Value<String> value) {
    return set("RateLimitId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Status of a gateway limit
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * A single rule entry within a limit, mapping dimension values to rate configurations
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayRateLimit.LimitEntry}.
   */
  public static final class LimitEntry extends Struct<LimitEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRateLimit.LimitEntry")
        .required("Dimensions")
        .build();

    public LimitEntry() {
      super(SCHEMA);
    }

    /**
     * Connection rate limits (per second only). Limited to 1 entry for now. — P2
     *
     * <p>CloudFormation property {@code Connections}.
     */
    public LimitEntry connections(List<RateConfig> value) {
      return set("Connections", Value.listOf(value));
    }

    /** Sets {@code Connections} to this value; see {@link #connections(List)}. */
    public LimitEntry connections(Value<List<RateConfig>> value) {
      return set("Connections", value);
    }

    /** Sets {@code Connections} to a list of these; see {@link #connections(List)}. */
    public LimitEntry connections(RateConfig... values) {
      return set("Connections", Value.list(values));
    }

    /**
     * Map of dimension name to dimension value for a rule entry
     *
     * <p>Required. CloudFormation property {@code Dimensions}.
     */
    public LimitEntry dimensions(Map<String, String> value) {
      return set("Dimensions", Value.mapOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(Map)}. */
    public LimitEntry dimensions(Value<Map<String, String>> value) {
      return set("Dimensions", value);
    }

    /**
     * Request rate limits (RPS or RPM). Limited to 1 entry for now.
     *
     * <p>CloudFormation property {@code Requests}.
     */
    public LimitEntry requests(List<RateConfig> value) {
      return set("Requests", Value.listOf(value));
    }

    /** Sets {@code Requests} to this value; see {@link #requests(List)}. */
    public LimitEntry requests(Value<List<RateConfig>> value) {
      return set("Requests", value);
    }

    /** Sets {@code Requests} to a list of these; see {@link #requests(List)}. */
    public LimitEntry requests(RateConfig... values) {
      return set("Requests", Value.list(values));
    }

    /**
     * Token rate limits (TPM). Limited to 1 entry for now. — P1
     *
     * <p>CloudFormation property {@code Tokens}.
     */
    public LimitEntry tokens(List<RateConfig> value) {
      return set("Tokens", Value.listOf(value));
    }

    /** Sets {@code Tokens} to this value; see {@link #tokens(List)}. */
    public LimitEntry tokens(Value<List<RateConfig>> value) {
      return set("Tokens", value);
    }

    /** Sets {@code Tokens} to a list of these; see {@link #tokens(List)}. */
    public LimitEntry tokens(RateConfig... values) {
      return set("Tokens", Value.list(values));
    }
  }

  /**
   * Rate configuration for a metric (requests or tokens)
   *
   * <p>Property type {@code AWS::BedrockAgentCore::GatewayRateLimit.RateConfig}.
   */
  public static final class RateConfig extends Struct<RateConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRateLimit.RateConfig")
        .required("Period", "Rate")
        .allowed("Period", "second", "minute")
        .constrain("Rate", Constraint.of().minimum(0).maximum(10000000))
        .build();

    public RateConfig() {
      super(SCHEMA);
    }

    /**
     * Time period for rate limiting
     *
     * <p>Required. Allowed values: {@code second}, {@code minute}. CloudFormation property {@code
     * Period}.
     */
    public RateConfig period(String value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(String)}. */
    public RateConfig period(Value<String> value) {
      return set("Period", value);
    }

    /** Required. Range: 0 to 10000000. CloudFormation property {@code Rate}. */
    public RateConfig rate(double value) {
      return set("Rate", Value.of(value));
    }

    /** Sets {@code Rate} to this value; see {@link #rate(double)}. */
    public RateConfig rate(Value<Double> value) {
      return set("Rate", value);
    }
  }
}
