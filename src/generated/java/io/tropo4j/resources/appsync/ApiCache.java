// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppSync::ApiCache</code> resource represents the input of a
 * <code>CreateApiCache</code> operation.
 *
 * <p>CloudFormation type {@code AWS::AppSync::ApiCache}.
 */
public final class ApiCache extends Resource<ApiCache> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ApiCache")
      .required("ApiCachingBehavior", "ApiId", "Ttl", "Type")
      .allowed("ApiCachingBehavior", "FULL_REQUEST_CACHING", "OPERATION_LEVEL_CACHING",
          "PER_RESOLVER_CACHING")
      .allowed("HealthMetricsConfig", "DISABLED", "ENABLED")
      .allowed("Type", "LARGE", "LARGE_12X", "LARGE_2X", "LARGE_4X", "LARGE_8X", "MEDIUM",
          "R4_2XLARGE", "R4_4XLARGE", "R4_8XLARGE", "R4_LARGE", "R4_XLARGE", "SMALL", "T2_MEDIUM",
          "T2_SMALL", "XLARGE")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApiCache(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Caching behavior.
   *
   * <ul> <li><em>FULL_REQUEST_CACHING</em> : All requests from the same user are cached. Individual
   * resolvers are automatically cached. All API calls will try to return responses from the cache.
   * <li><em>PER_RESOLVER_CACHING</em> : Individual resolvers that you specify are cached.
   * <li><em>OPERATION_LEVEL_CACHING</em> : Full requests are cached together and returned without
   * executing resolvers. </ul>
   *
   * <p>Required. Allowed values: {@code FULL_REQUEST_CACHING}, {@code OPERATION_LEVEL_CACHING},
   * {@code PER_RESOLVER_CACHING}. CloudFormation property {@code ApiCachingBehavior}.
   */
  public ApiCache apiCachingBehavior(String value) {
    return set("ApiCachingBehavior", Value.of(value));
  }

  /** Sets {@code ApiCachingBehavior} to this value; see {@link #apiCachingBehavior(String)}. */
  public ApiCache apiCachingBehavior(Value<String> value) {
    return set("ApiCachingBehavior", value);
  }

  /**
   * The GraphQL API ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public ApiCache apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public ApiCache apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * <em>This parameter has been deprecated</em> .
   *
   * <p>At-rest encryption flag for cache. You cannot update this setting after creation.
   *
   * <p>CloudFormation property {@code AtRestEncryptionEnabled}.
   */
  public ApiCache atRestEncryptionEnabled(boolean value) {
    return set("AtRestEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code AtRestEncryptionEnabled} to this value; see {@link
   * #atRestEncryptionEnabled(boolean)}.
   */
  public ApiCache atRestEncryptionEnabled(Value<Boolean> value) {
    return set("AtRestEncryptionEnabled", value);
  }

  /**
   * Controls how cache health metrics will be emitted to CloudWatch. Cache health metrics include:
   *
   * <ul> <li><em>NetworkBandwidthOutAllowanceExceeded</em> : The network packets dropped because
   * the throughput exceeded the aggregated bandwidth limit. This is useful for diagnosing
   * bottlenecks in a cache configuration. <li><em>EngineCPUUtilization</em> : The CPU utilization
   * (percentage) allocated to the Redis process. This is useful for diagnosing bottlenecks in a
   * cache configuration. </ul>
   *
   * <p>Metrics will be recorded by API ID. You can set the value to <code>ENABLED</code> or
   * <code>DISABLED</code> .
   *
   * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code
   * HealthMetricsConfig}.
   */
  public ApiCache healthMetricsConfig(String value) {
    return set("HealthMetricsConfig", Value.of(value));
  }

  /** Sets {@code HealthMetricsConfig} to this value; see {@link #healthMetricsConfig(String)}. */
  public ApiCache healthMetricsConfig(Value<String> value) {
    return set("HealthMetricsConfig", value);
  }

  /**
   * <em>This parameter has been deprecated</em> .
   *
   * <p>Transit encryption flag when connecting to cache. You cannot update this setting after
   * creation.
   *
   * <p>CloudFormation property {@code TransitEncryptionEnabled}.
   */
  public ApiCache transitEncryptionEnabled(boolean value) {
    return set("TransitEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code TransitEncryptionEnabled} to this value; see {@link
   * #transitEncryptionEnabled(boolean)}.
   */
  public ApiCache transitEncryptionEnabled(Value<Boolean> value) {
    return set("TransitEncryptionEnabled", value);
  }

  /**
   * TTL in seconds for cache entries.
   *
   * <p>Valid values are 1–3,600 seconds.
   *
   * <p>Required. CloudFormation property {@code Ttl}.
   */
  public ApiCache ttl(double value) {
    return set("Ttl", Value.of(value));
  }

  /** Sets {@code Ttl} to this value; see {@link #ttl(double)}. */
  public ApiCache ttl(Value<Double> value) {
    return set("Ttl", value);
  }

  /**
   * The cache instance type. Valid values are
   *
   * <ul> <li><code>SMALL</code> <li><code>MEDIUM</code> <li><code>LARGE</code>
   * <li><code>XLARGE</code> <li><code>LARGE_2X</code> <li><code>LARGE_4X</code>
   * <li><code>LARGE_8X</code> (not available in all regions) <li><code>LARGE_12X</code> </ul>
   *
   * <p>Historically, instance types were identified by an EC2-style value. As of July 2020, this is
   * deprecated, and the generic identifiers above should be used.
   *
   * <p>The following legacy instance types are available, but their use is discouraged:
   *
   * <ul> <li><em>T2_SMALL</em> : A t2.small instance type. <li><em>T2_MEDIUM</em> : A t2.medium
   * instance type. <li><em>R4_LARGE</em> : A r4.large instance type. <li><em>R4_XLARGE</em> : A
   * r4.xlarge instance type. <li><em>R4_2XLARGE</em> : A r4.2xlarge instance type.
   * <li><em>R4_4XLARGE</em> : A r4.4xlarge instance type. <li><em>R4_8XLARGE</em> : A r4.8xlarge
   * instance type. </ul>
   *
   * <p>Required. Allowed values: {@code LARGE}, {@code LARGE_12X}, {@code LARGE_2X}, {@code
   * LARGE_4X}, {@code LARGE_8X}, {@code MEDIUM}, {@code R4_2XLARGE}, {@code R4_4XLARGE}, {@code
   * R4_8XLARGE}, {@code R4_LARGE}, {@code R4_XLARGE}, {@code SMALL}, {@code T2_MEDIUM}, {@code
   * T2_SMALL}, {@code XLARGE}. CloudFormation property {@code Type}.
   */
  public ApiCache typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ApiCache typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
