// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * https://github.com/aws/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlesshttpapi
 *
 * <p>CloudFormation type {@code AWS::Serverless::HttpApi}.
 */
public final class HttpApi extends Resource<HttpApi> {
  private static final Schema SCHEMA = Schema.builder("AWS::Serverless::HttpApi")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public HttpApi(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AccessLogSetting}. */
  public HttpApi accessLogSetting(Value<AccessLogSetting> value) {
    return set("AccessLogSetting", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Auth}. */
  public HttpApi auth(Value<HttpApiAuth> value) {
    return set("Auth", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CorsConfiguration}. */
  public HttpApi corsConfiguration(boolean value) {
    return set("CorsConfiguration", Value.of(value));
  }

  /** Sets {@code CorsConfiguration} to this value; see {@link #corsConfiguration(boolean)}. */
  public HttpApi corsConfiguration(Value<Boolean> value) {
    return set("CorsConfiguration", value);
  }

  /** Sets {@code CorsConfiguration} to this value; see {@link #corsConfiguration(boolean)}. */
  public HttpApi corsConfiguration(CorsConfigurationObject value) {
    return set("CorsConfiguration", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefaultRouteSettings}. */
  public HttpApi defaultRouteSettings(Value<RouteSettings> value) {
    return set("DefaultRouteSettings", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefinitionBody}. */
  public HttpApi definitionBody(Value<Json> value) {
    return set("DefinitionBody", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefinitionUri}. */
  public HttpApi definitionUri(String value) {
    return set("DefinitionUri", Value.of(value));
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public HttpApi definitionUri(Value<String> value) {
    return set("DefinitionUri", value);
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public HttpApi definitionUri(S3Location value) {
    return set("DefinitionUri", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Description}. */
  public HttpApi description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public HttpApi description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code DisableExecuteApiEndpoint}.
   */
  public HttpApi disableExecuteApiEndpoint(boolean value) {
    return set("DisableExecuteApiEndpoint", Value.of(value));
  }

  /**
   * Sets {@code DisableExecuteApiEndpoint} to this value; see {@link
   * #disableExecuteApiEndpoint(boolean)}.
   */
  public HttpApi disableExecuteApiEndpoint(Value<Boolean> value) {
    return set("DisableExecuteApiEndpoint", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Domain}. */
  public HttpApi domain(Value<HttpApiDomainConfiguration> value) {
    return set("Domain", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code FailOnWarnings}. */
  public HttpApi failOnWarnings(boolean value) {
    return set("FailOnWarnings", Value.of(value));
  }

  /** Sets {@code FailOnWarnings} to this value; see {@link #failOnWarnings(boolean)}. */
  public HttpApi failOnWarnings(Value<Boolean> value) {
    return set("FailOnWarnings", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code RouteSettings}. */
  public HttpApi routeSettings(Value<RouteSettings> value) {
    return set("RouteSettings", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code StageName}. */
  public HttpApi stageName(String value) {
    return set("StageName", Value.of(value));
  }

  /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
  public HttpApi stageName(Value<String> value) {
    return set("StageName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code StageVariables}. */
  public HttpApi stageVariables(Map<String, String> value) {
    return set("StageVariables", Value.mapOf(value));
  }

  /** Sets {@code StageVariables} to this value; see {@link #stageVariables(Map)}. */
  public HttpApi stageVariables(Value<Map<String, String>> value) {
    return set("StageVariables", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public HttpApi tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public HttpApi tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public HttpApi tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Property type {@code AWS::Serverless::HttpApi.AccessLogSetting}. */
  public static final class AccessLogSetting extends Struct<AccessLogSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::HttpApi.AccessLogSetting");

    public AccessLogSetting() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DestinationArn}. */
    public AccessLogSetting destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public AccessLogSetting destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Format}. */
    public AccessLogSetting format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public AccessLogSetting format(Value<String> value) {
      return set("Format", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.CorsConfigurationObject}. */
  public static final class CorsConfigurationObject extends Struct<CorsConfigurationObject> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::HttpApi.CorsConfigurationObject");

    public CorsConfigurationObject() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowCredentials}. */
    public CorsConfigurationObject allowCredentials(boolean value) {
      return set("AllowCredentials", Value.of(value));
    }

    /** Sets {@code AllowCredentials} to this value; see {@link #allowCredentials(boolean)}. */
    public CorsConfigurationObject allowCredentials(Value<Boolean> value) {
      return set("AllowCredentials", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowHeaders}. */
    public CorsConfigurationObject allowHeaders(List<String> value) {
      return set("AllowHeaders", Value.listOf(value));
    }

    /** Sets {@code AllowHeaders} to this value; see {@link #allowHeaders(List)}. */
    public CorsConfigurationObject allowHeaders(Value<List<String>> value) {
      return set("AllowHeaders", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowMethods}. */
    public CorsConfigurationObject allowMethods(List<String> value) {
      return set("AllowMethods", Value.listOf(value));
    }

    /** Sets {@code AllowMethods} to this value; see {@link #allowMethods(List)}. */
    public CorsConfigurationObject allowMethods(Value<List<String>> value) {
      return set("AllowMethods", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowOrigins}. */
    public CorsConfigurationObject allowOrigins(List<String> value) {
      return set("AllowOrigins", Value.listOf(value));
    }

    /** Sets {@code AllowOrigins} to this value; see {@link #allowOrigins(List)}. */
    public CorsConfigurationObject allowOrigins(Value<List<String>> value) {
      return set("AllowOrigins", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ExposeHeaders}. */
    public CorsConfigurationObject exposeHeaders(List<String> value) {
      return set("ExposeHeaders", Value.listOf(value));
    }

    /** Sets {@code ExposeHeaders} to this value; see {@link #exposeHeaders(List)}. */
    public CorsConfigurationObject exposeHeaders(Value<List<String>> value) {
      return set("ExposeHeaders", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code MaxAge}. */
    public CorsConfigurationObject maxAge(double value) {
      return set("MaxAge", Value.of(value));
    }

    /** Sets {@code MaxAge} to this value; see {@link #maxAge(double)}. */
    public CorsConfigurationObject maxAge(Value<Double> value) {
      return set("MaxAge", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.HttpApiAuth}. */
  public static final class HttpApiAuth extends Struct<HttpApiAuth> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::HttpApi.HttpApiAuth");

    public HttpApiAuth() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Authorizers}. */
    public HttpApiAuth authorizers(Value<Json> value) {
      return set("Authorizers", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DefaultAuthorizer}. */
    public HttpApiAuth defaultAuthorizer(String value) {
      return set("DefaultAuthorizer", Value.of(value));
    }

    /** Sets {@code DefaultAuthorizer} to this value; see {@link #defaultAuthorizer(String)}. */
    public HttpApiAuth defaultAuthorizer(Value<String> value) {
      return set("DefaultAuthorizer", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.HttpApiDomainConfiguration}. */
  public static final class HttpApiDomainConfiguration extends Struct<HttpApiDomainConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::HttpApi.HttpApiDomainConfiguration")
        .required("CertificateArn", "DomainName")
        .build();

    public HttpApiDomainConfiguration() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code BasePath}. */
    public HttpApiDomainConfiguration basePath(String value) {
      return set("BasePath", Value.of(value));
    }

    /** Sets {@code BasePath} to this value; see {@link #basePath(String)}. */
    public HttpApiDomainConfiguration basePath(Value<String> value) {
      return set("BasePath", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code CertificateArn}.
     */
    public HttpApiDomainConfiguration certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public HttpApiDomainConfiguration certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code DomainName}. */
    public HttpApiDomainConfiguration domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public HttpApiDomainConfiguration domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EndpointConfiguration}. */
    public HttpApiDomainConfiguration endpointConfiguration(String value) {
      return set("EndpointConfiguration", Value.of(value));
    }

    /**
     * Sets {@code EndpointConfiguration} to this value; see {@link #endpointConfiguration(String)}.
     */
    public HttpApiDomainConfiguration endpointConfiguration(Value<String> value) {
      return set("EndpointConfiguration", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code MutualTlsAuthentication}.
     */
    public HttpApiDomainConfiguration mutualTlsAuthentication(Value<MutualTlsAuthentication> value) {
      return set("MutualTlsAuthentication", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Route53}. */
    public HttpApiDomainConfiguration route53(Value<Route53Configuration> value) {
      return set("Route53", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SecurityPolicy}. */
    public HttpApiDomainConfiguration securityPolicy(String value) {
      return set("SecurityPolicy", Value.of(value));
    }

    /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
    public HttpApiDomainConfiguration securityPolicy(Value<String> value) {
      return set("SecurityPolicy", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.MutualTlsAuthentication}. */
  public static final class MutualTlsAuthentication extends Struct<MutualTlsAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::HttpApi.MutualTlsAuthentication");

    public MutualTlsAuthentication() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code TruststoreUri}. */
    public MutualTlsAuthentication truststoreUri(String value) {
      return set("TruststoreUri", Value.of(value));
    }

    /** Sets {@code TruststoreUri} to this value; see {@link #truststoreUri(String)}. */
    public MutualTlsAuthentication truststoreUri(Value<String> value) {
      return set("TruststoreUri", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code TruststoreVersion}. */
    public MutualTlsAuthentication truststoreVersion(boolean value) {
      return set("TruststoreVersion", Value.of(value));
    }

    /** Sets {@code TruststoreVersion} to this value; see {@link #truststoreVersion(boolean)}. */
    public MutualTlsAuthentication truststoreVersion(Value<Boolean> value) {
      return set("TruststoreVersion", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.Route53Configuration}. */
  public static final class Route53Configuration extends Struct<Route53Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::HttpApi.Route53Configuration");

    public Route53Configuration() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DistributedDomainName}. */
    public Route53Configuration distributedDomainName(String value) {
      return set("DistributedDomainName", Value.of(value));
    }

    /**
     * Sets {@code DistributedDomainName} to this value; see {@link #distributedDomainName(String)}.
     */
    public Route53Configuration distributedDomainName(Value<String> value) {
      return set("DistributedDomainName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EvaluateTargetHealth}. */
    public Route53Configuration evaluateTargetHealth(boolean value) {
      return set("EvaluateTargetHealth", Value.of(value));
    }

    /**
     * Sets {@code EvaluateTargetHealth} to this value; see {@link #evaluateTargetHealth(boolean)}.
     */
    public Route53Configuration evaluateTargetHealth(Value<Boolean> value) {
      return set("EvaluateTargetHealth", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code HostedZoneId}. */
    public Route53Configuration hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public Route53Configuration hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code HostedZoneName}. */
    public Route53Configuration hostedZoneName(String value) {
      return set("HostedZoneName", Value.of(value));
    }

    /** Sets {@code HostedZoneName} to this value; see {@link #hostedZoneName(String)}. */
    public Route53Configuration hostedZoneName(Value<String> value) {
      return set("HostedZoneName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code IpV6}. */
    public Route53Configuration ipV6(boolean value) {
      return set("IpV6", Value.of(value));
    }

    /** Sets {@code IpV6} to this value; see {@link #ipV6(boolean)}. */
    public Route53Configuration ipV6(Value<Boolean> value) {
      return set("IpV6", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.RouteSettings}. */
  public static final class RouteSettings extends Struct<RouteSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::HttpApi.RouteSettings");

    public RouteSettings() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DataTraceEnabled}. */
    public RouteSettings dataTraceEnabled(boolean value) {
      return set("DataTraceEnabled", Value.of(value));
    }

    /** Sets {@code DataTraceEnabled} to this value; see {@link #dataTraceEnabled(boolean)}. */
    public RouteSettings dataTraceEnabled(Value<Boolean> value) {
      return set("DataTraceEnabled", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code DetailedMetricsEnabled}.
     */
    public RouteSettings detailedMetricsEnabled(boolean value) {
      return set("DetailedMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code DetailedMetricsEnabled} to this value; see {@link
     * #detailedMetricsEnabled(boolean)}.
     */
    public RouteSettings detailedMetricsEnabled(Value<Boolean> value) {
      return set("DetailedMetricsEnabled", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code LoggingLevel}. */
    public RouteSettings loggingLevel(String value) {
      return set("LoggingLevel", Value.of(value));
    }

    /** Sets {@code LoggingLevel} to this value; see {@link #loggingLevel(String)}. */
    public RouteSettings loggingLevel(Value<String> value) {
      return set("LoggingLevel", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ThrottlingBurstLimit}. */
    public RouteSettings throttlingBurstLimit(double value) {
      return set("ThrottlingBurstLimit", Value.of(value));
    }

    /**
     * Sets {@code ThrottlingBurstLimit} to this value; see {@link #throttlingBurstLimit(double)}.
     */
    public RouteSettings throttlingBurstLimit(Value<Double> value) {
      return set("ThrottlingBurstLimit", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ThrottlingRateLimit}. */
    public RouteSettings throttlingRateLimit(double value) {
      return set("ThrottlingRateLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingRateLimit} to this value; see {@link #throttlingRateLimit(double)}. */
    public RouteSettings throttlingRateLimit(Value<Double> value) {
      return set("ThrottlingRateLimit", value);
    }
  }

  /** Property type {@code AWS::Serverless::HttpApi.S3Location}. */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::HttpApi.S3Location")
        .required("Bucket", "Key", "Version")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Bucket}. */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Key}. */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Version}. */
    public S3Location version(double value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(double)}. */
    public S3Location version(Value<Double> value) {
      return set("Version", value);
    }
  }
}
