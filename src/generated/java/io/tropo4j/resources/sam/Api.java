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
 * https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlessapi
 *
 * <p>CloudFormation type {@code AWS::Serverless::Api}.
 */
public final class Api extends Resource<Api> {
  private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Api")
      .required("StageName")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Api(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AccessLogSetting}. */
  public Api accessLogSetting(Value<AccessLogSetting> value) {
    return set("AccessLogSetting", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AlwaysDeploy}. */
  public Api alwaysDeploy(boolean value) {
    return set("AlwaysDeploy", Value.of(value));
  }

  /** Sets {@code AlwaysDeploy} to this value; see {@link #alwaysDeploy(boolean)}. */
  public Api alwaysDeploy(Value<Boolean> value) {
    return set("AlwaysDeploy", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Auth}. */
  public Api auth(Value<Auth> value) {
    return set("Auth", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code BinaryMediaTypes}. */
  public Api binaryMediaTypes(List<String> value) {
    return set("BinaryMediaTypes", Value.listOf(value));
  }

  /** Sets {@code BinaryMediaTypes} to this value; see {@link #binaryMediaTypes(List)}. */
  public Api binaryMediaTypes(Value<List<String>> value) {
    return set("BinaryMediaTypes", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CacheClusterEnabled}. */
  public Api cacheClusterEnabled(boolean value) {
    return set("CacheClusterEnabled", Value.of(value));
  }

  /** Sets {@code CacheClusterEnabled} to this value; see {@link #cacheClusterEnabled(boolean)}. */
  public Api cacheClusterEnabled(Value<Boolean> value) {
    return set("CacheClusterEnabled", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CacheClusterSize}. */
  public Api cacheClusterSize(String value) {
    return set("CacheClusterSize", Value.of(value));
  }

  /** Sets {@code CacheClusterSize} to this value; see {@link #cacheClusterSize(String)}. */
  public Api cacheClusterSize(Value<String> value) {
    return set("CacheClusterSize", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CanarySetting}. */
  public Api canarySetting(Value<CanarySetting> value) {
    return set("CanarySetting", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Cors}. */
  public Api cors(String value) {
    return set("Cors", Value.of(value));
  }

  /** Sets {@code Cors} to this value; see {@link #cors(String)}. */
  public Api cors(Value<String> value) {
    return set("Cors", value);
  }

  /** Sets {@code Cors} to this value; see {@link #cors(String)}. */
  public Api cors(CorsConfiguration value) {
    return set("Cors", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefinitionBody}. */
  public Api definitionBody(Value<Json> value) {
    return set("DefinitionBody", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefinitionUri}. */
  public Api definitionUri(String value) {
    return set("DefinitionUri", Value.of(value));
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public Api definitionUri(Value<String> value) {
    return set("DefinitionUri", value);
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public Api definitionUri(S3Location value) {
    return set("DefinitionUri", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Description}. */
  public Api description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Api description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code DisableExecuteApiEndpoint}.
   */
  public Api disableExecuteApiEndpoint(boolean value) {
    return set("DisableExecuteApiEndpoint", Value.of(value));
  }

  /**
   * Sets {@code DisableExecuteApiEndpoint} to this value; see {@link
   * #disableExecuteApiEndpoint(boolean)}.
   */
  public Api disableExecuteApiEndpoint(Value<Boolean> value) {
    return set("DisableExecuteApiEndpoint", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Domain}. */
  public Api domain(Value<DomainConfiguration> value) {
    return set("Domain", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code EndpointConfiguration}. */
  public Api endpointConfiguration(String value) {
    return set("EndpointConfiguration", Value.of(value));
  }

  /**
   * Sets {@code EndpointConfiguration} to this value; see {@link #endpointConfiguration(String)}.
   */
  public Api endpointConfiguration(Value<String> value) {
    return set("EndpointConfiguration", value);
  }

  /**
   * Sets {@code EndpointConfiguration} to this value; see {@link #endpointConfiguration(String)}.
   */
  public Api endpointConfiguration(EndpointConfiguration value) {
    return set("EndpointConfiguration", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code GatewayResponses}. */
  public Api gatewayResponses(Value<Json> value) {
    return set("GatewayResponses", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code MethodSettings}. */
  public Api methodSettings(List<Json> value) {
    return set("MethodSettings", Value.listOf(value));
  }

  /** Sets {@code MethodSettings} to this value; see {@link #methodSettings(List)}. */
  public Api methodSettings(Value<List<Json>> value) {
    return set("MethodSettings", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code MinimumCompressionSize}. */
  public Api minimumCompressionSize(double value) {
    return set("MinimumCompressionSize", Value.of(value));
  }

  /**
   * Sets {@code MinimumCompressionSize} to this value; see {@link #minimumCompressionSize(double)}.
   */
  public Api minimumCompressionSize(Value<Double> value) {
    return set("MinimumCompressionSize", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Models}. */
  public Api models(Value<Json> value) {
    return set("Models", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Name}. */
  public Api name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Api name(Value<String> value) {
    return set("Name", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code OpenApiVersion}. */
  public Api openApiVersion(String value) {
    return set("OpenApiVersion", Value.of(value));
  }

  /** Sets {@code OpenApiVersion} to this value; see {@link #openApiVersion(String)}. */
  public Api openApiVersion(Value<String> value) {
    return set("OpenApiVersion", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code StageName}. */
  public Api stageName(String value) {
    return set("StageName", Value.of(value));
  }

  /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
  public Api stageName(Value<String> value) {
    return set("StageName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public Api tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Api tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Api tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Changing it replaces the resource. CloudFormation property {@code TracingEnabled}. */
  public Api tracingEnabled(boolean value) {
    return set("TracingEnabled", Value.of(value));
  }

  /** Sets {@code TracingEnabled} to this value; see {@link #tracingEnabled(boolean)}. */
  public Api tracingEnabled(Value<Boolean> value) {
    return set("TracingEnabled", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Variables}. */
  public Api variables(Map<String, String> value) {
    return set("Variables", Value.mapOf(value));
  }

  /** Sets {@code Variables} to this value; see {@link #variables(Map)}. */
  public Api variables(Value<Map<String, String>> value) {
    return set("Variables", value);
  }

  /** Property type {@code AWS::Serverless::Api.AccessLogSetting}. */
  public static final class AccessLogSetting extends Struct<AccessLogSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Api.AccessLogSetting");

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

  /** Property type {@code AWS::Serverless::Api.Auth}. */
  public static final class Auth extends Struct<Auth> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Api.Auth");

    public Auth() {
      super(SCHEMA);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * AddDefaultAuthorizerToCorsPreflight}.
     */
    public Auth addDefaultAuthorizerToCorsPreflight(boolean value) {
      return set("AddDefaultAuthorizerToCorsPreflight", Value.of(value));
    }

    /**
     * Sets {@code AddDefaultAuthorizerToCorsPreflight} to this value; see {@link
     * #addDefaultAuthorizerToCorsPreflight(boolean)}.
     */
    public Auth addDefaultAuthorizerToCorsPreflight(Value<Boolean> value) {
      return set("AddDefaultAuthorizerToCorsPreflight", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Authorizers}. */
    public Auth authorizers(Value<Json> value) {
      return set("Authorizers", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DefaultAuthorizer}. */
    public Auth defaultAuthorizer(String value) {
      return set("DefaultAuthorizer", Value.of(value));
    }

    /** Sets {@code DefaultAuthorizer} to this value; see {@link #defaultAuthorizer(String)}. */
    public Auth defaultAuthorizer(Value<String> value) {
      return set("DefaultAuthorizer", value);
    }
  }

  /** Property type {@code AWS::Serverless::Api.CanarySetting}. */
  public static final class CanarySetting extends Struct<CanarySetting> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Api.CanarySetting");

    public CanarySetting() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DeploymentId}. */
    public CanarySetting deploymentId(String value) {
      return set("DeploymentId", Value.of(value));
    }

    /** Sets {@code DeploymentId} to this value; see {@link #deploymentId(String)}. */
    public CanarySetting deploymentId(Value<String> value) {
      return set("DeploymentId", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code PercentTraffic}. */
    public CanarySetting percentTraffic(double value) {
      return set("PercentTraffic", Value.of(value));
    }

    /** Sets {@code PercentTraffic} to this value; see {@link #percentTraffic(double)}. */
    public CanarySetting percentTraffic(Value<Double> value) {
      return set("PercentTraffic", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code StageVariableOverrides}.
     */
    public CanarySetting stageVariableOverrides(Map<String, String> value) {
      return set("StageVariableOverrides", Value.mapOf(value));
    }

    /**
     * Sets {@code StageVariableOverrides} to this value; see {@link #stageVariableOverrides(Map)}.
     */
    public CanarySetting stageVariableOverrides(Value<Map<String, String>> value) {
      return set("StageVariableOverrides", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code UseStageCache}. */
    public CanarySetting useStageCache(boolean value) {
      return set("UseStageCache", Value.of(value));
    }

    /** Sets {@code UseStageCache} to this value; see {@link #useStageCache(boolean)}. */
    public CanarySetting useStageCache(Value<Boolean> value) {
      return set("UseStageCache", value);
    }
  }

  /** Property type {@code AWS::Serverless::Api.CorsConfiguration}. */
  public static final class CorsConfiguration extends Struct<CorsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Api.CorsConfiguration")
        .required("AllowOrigin")
        .build();

    public CorsConfiguration() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowCredentials}. */
    public CorsConfiguration allowCredentials(boolean value) {
      return set("AllowCredentials", Value.of(value));
    }

    /** Sets {@code AllowCredentials} to this value; see {@link #allowCredentials(boolean)}. */
    public CorsConfiguration allowCredentials(Value<Boolean> value) {
      return set("AllowCredentials", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowHeaders}. */
    public CorsConfiguration allowHeaders(String value) {
      return set("AllowHeaders", Value.of(value));
    }

    /** Sets {@code AllowHeaders} to this value; see {@link #allowHeaders(String)}. */
    public CorsConfiguration allowHeaders(Value<String> value) {
      return set("AllowHeaders", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AllowMethods}. */
    public CorsConfiguration allowMethods(String value) {
      return set("AllowMethods", Value.of(value));
    }

    /** Sets {@code AllowMethods} to this value; see {@link #allowMethods(String)}. */
    public CorsConfiguration allowMethods(Value<String> value) {
      return set("AllowMethods", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code AllowOrigin}. */
    public CorsConfiguration allowOrigin(String value) {
      return set("AllowOrigin", Value.of(value));
    }

    /** Sets {@code AllowOrigin} to this value; see {@link #allowOrigin(String)}. */
    public CorsConfiguration allowOrigin(Value<String> value) {
      return set("AllowOrigin", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code MaxAge}. */
    public CorsConfiguration maxAge(String value) {
      return set("MaxAge", Value.of(value));
    }

    /** Sets {@code MaxAge} to this value; see {@link #maxAge(String)}. */
    public CorsConfiguration maxAge(Value<String> value) {
      return set("MaxAge", value);
    }
  }

  /** Property type {@code AWS::Serverless::Api.DomainConfiguration}. */
  public static final class DomainConfiguration extends Struct<DomainConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Api.DomainConfiguration")
        .required("CertificateArn", "DomainName")
        .build();

    public DomainConfiguration() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code BasePath}. */
    public DomainConfiguration basePath(List<String> value) {
      return set("BasePath", Value.listOf(value));
    }

    /** Sets {@code BasePath} to this value; see {@link #basePath(List)}. */
    public DomainConfiguration basePath(Value<List<String>> value) {
      return set("BasePath", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code CertificateArn}.
     */
    public DomainConfiguration certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public DomainConfiguration certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code DomainName}. */
    public DomainConfiguration domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DomainConfiguration domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EndpointConfiguration}. */
    public DomainConfiguration endpointConfiguration(String value) {
      return set("EndpointConfiguration", Value.of(value));
    }

    /**
     * Sets {@code EndpointConfiguration} to this value; see {@link #endpointConfiguration(String)}.
     */
    public DomainConfiguration endpointConfiguration(Value<String> value) {
      return set("EndpointConfiguration", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code MutualTlsAuthentication}.
     */
    public DomainConfiguration mutualTlsAuthentication(Value<MutualTlsAuthentication> value) {
      return set("MutualTlsAuthentication", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * OwnershipVerificationCertificateArn}.
     */
    public DomainConfiguration ownershipVerificationCertificateArn(String value) {
      return set("OwnershipVerificationCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code OwnershipVerificationCertificateArn} to this value; see {@link
     * #ownershipVerificationCertificateArn(String)}.
     */
    public DomainConfiguration ownershipVerificationCertificateArn(Value<String> value) {
      return set("OwnershipVerificationCertificateArn", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Route53}. */
    public DomainConfiguration route53(Value<Route53Configuration> value) {
      return set("Route53", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SecurityPolicy}. */
    public DomainConfiguration securityPolicy(String value) {
      return set("SecurityPolicy", Value.of(value));
    }

    /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
    public DomainConfiguration securityPolicy(Value<String> value) {
      return set("SecurityPolicy", value);
    }
  }

  /** Property type {@code AWS::Serverless::Api.EndpointConfiguration}. */
  public static final class EndpointConfiguration extends Struct<EndpointConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Api.EndpointConfiguration");

    public EndpointConfiguration() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Type}. */
    public EndpointConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EndpointConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code VpcEndpointIds}. */
    public EndpointConfiguration vpcEndpointIds(List<String> value) {
      return set("VpcEndpointIds", Value.listOf(value));
    }

    /** Sets {@code VpcEndpointIds} to this value; see {@link #vpcEndpointIds(List)}. */
    public EndpointConfiguration vpcEndpointIds(Value<List<String>> value) {
      return set("VpcEndpointIds", value);
    }
  }

  /** Property type {@code AWS::Serverless::Api.MutualTlsAuthentication}. */
  public static final class MutualTlsAuthentication extends Struct<MutualTlsAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Api.MutualTlsAuthentication");

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
    public MutualTlsAuthentication truststoreVersion(String value) {
      return set("TruststoreVersion", Value.of(value));
    }

    /** Sets {@code TruststoreVersion} to this value; see {@link #truststoreVersion(String)}. */
    public MutualTlsAuthentication truststoreVersion(Value<String> value) {
      return set("TruststoreVersion", value);
    }
  }

  /** Property type {@code AWS::Serverless::Api.Route53Configuration}. */
  public static final class Route53Configuration extends Struct<Route53Configuration> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Api.Route53Configuration");

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

  /** Property type {@code AWS::Serverless::Api.S3Location}. */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Api.S3Location")
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
