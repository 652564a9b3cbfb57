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
 * https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlessfunction
 *
 * <p>CloudFormation type {@code AWS::Serverless::Function}.
 */
public final class Function extends Resource<Function> {
  private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Function(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Architectures}. */
  public Function architectures(List<String> value) {
    return set("Architectures", Value.listOf(value));
  }

  /** Sets {@code Architectures} to this value; see {@link #architectures(List)}. */
  public Function architectures(Value<List<String>> value) {
    return set("Architectures", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code AssumeRolePolicyDocument}.
   */
  public Function assumeRolePolicyDocument(Value<Json> value) {
    return set("AssumeRolePolicyDocument", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AutoPublishAlias}. */
  public Function autoPublishAlias(String value) {
    return set("AutoPublishAlias", Value.of(value));
  }

  /** Sets {@code AutoPublishAlias} to this value; see {@link #autoPublishAlias(String)}. */
  public Function autoPublishAlias(Value<String> value) {
    return set("AutoPublishAlias", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AutoPublishCodeSha256}. */
  public Function autoPublishCodeSha256(String value) {
    return set("AutoPublishCodeSha256", Value.of(value));
  }

  /**
   * Sets {@code AutoPublishCodeSha256} to this value; see {@link #autoPublishCodeSha256(String)}.
   */
  public Function autoPublishCodeSha256(Value<String> value) {
    return set("AutoPublishCodeSha256", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CodeSigningConfigArn}. */
  public Function codeSigningConfigArn(String value) {
    return set("CodeSigningConfigArn", Value.of(value));
  }

  /** Sets {@code CodeSigningConfigArn} to this value; see {@link #codeSigningConfigArn(String)}. */
  public Function codeSigningConfigArn(Value<String> value) {
    return set("CodeSigningConfigArn", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code CodeUri}. */
  public Function codeUri(String value) {
    return set("CodeUri", Value.of(value));
  }

  /** Sets {@code CodeUri} to this value; see {@link #codeUri(String)}. */
  public Function codeUri(Value<String> value) {
    return set("CodeUri", value);
  }

  /** Sets {@code CodeUri} to this value; see {@link #codeUri(String)}. */
  public Function codeUri(S3Location value) {
    return set("CodeUri", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DeadLetterQueue}. */
  public Function deadLetterQueue(Value<DeadLetterQueue> value) {
    return set("DeadLetterQueue", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DeploymentPreference}. */
  public Function deploymentPreference(Value<DeploymentPreference> value) {
    return set("DeploymentPreference", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Description}. */
  public Function description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Function description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Environment}. */
  public Function environment(Value<FunctionEnvironment> value) {
    return set("Environment", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code EphemeralStorage}. */
  public Function ephemeralStorage(Value<EphemeralStorage> value) {
    return set("EphemeralStorage", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code EventInvokeConfig}. */
  public Function eventInvokeConfig(Value<EventInvokeConfig> value) {
    return set("EventInvokeConfig", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Events}. */
  public Function events(Map<String, EventSource> value) {
    return set("Events", Value.mapOf(value));
  }

  /** Sets {@code Events} to this value; see {@link #events(Map)}. */
  public Function events(Value<Map<String, EventSource>> value) {
    return set("Events", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code FileSystemConfigs}. */
  public Function fileSystemConfigs(List<FileSystemConfig> value) {
    return set("FileSystemConfigs", Value.listOf(value));
  }

  /** Sets {@code FileSystemConfigs} to this value; see {@link #fileSystemConfigs(List)}. */
  public Function fileSystemConfigs(Value<List<FileSystemConfig>> value) {
    return set("FileSystemConfigs", value);
  }

  /** Sets {@code FileSystemConfigs} to a list of these; see {@link #fileSystemConfigs(List)}. */
  public Function fileSystemConfigs(FileSystemConfig... values) {
    return set("FileSystemConfigs", Value.list(values));
  }

  /** Changing it replaces the resource. CloudFormation property {@code FunctionName}. */
  public Function functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public Function functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code FunctionUrlConfig}. */
  public Function functionUrlConfig(Value<FunctionUrlConfig> value) {
    return set("FunctionUrlConfig", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Handler}. */
  public Function handler(String value) {
    return set("Handler", Value.of(value));
  }

  /** Sets {@code Handler} to this value; see {@link #handler(String)}. */
  public Function handler(Value<String> value) {
    return set("Handler", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ImageConfig}. */
  public Function imageConfig(Value<ImageConfig> value) {
    return set("ImageConfig", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ImageUri}. */
  public Function imageUri(String value) {
    return set("ImageUri", Value.of(value));
  }

  /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
  public Function imageUri(Value<String> value) {
    return set("ImageUri", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code InlineCode}. */
  public Function inlineCode(String value) {
    return set("InlineCode", Value.of(value));
  }

  /** Sets {@code InlineCode} to this value; see {@link #inlineCode(String)}. */
  public Function inlineCode(Value<String> value) {
    return set("InlineCode", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code KmsKeyArn}. */
  public Function kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Function kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Layers}. */
  public Function layers(List<String> value) {
    return set("Layers", Value.listOf(value));
  }

  /** Sets {@code Layers} to this value; see {@link #layers(List)}. */
  public Function layers(Value<List<String>> value) {
    return set("Layers", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code MemorySize}. */
  public Function memorySize(double value) {
    return set("MemorySize", Value.of(value));
  }

  /** Sets {@code MemorySize} to this value; see {@link #memorySize(double)}. */
  public Function memorySize(Value<Double> value) {
    return set("MemorySize", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PackageType}. */
  public Function packageType(String value) {
    return set("PackageType", Value.of(value));
  }

  /** Sets {@code PackageType} to this value; see {@link #packageType(String)}. */
  public Function packageType(Value<String> value) {
    return set("PackageType", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PermissionsBoundary}. */
  public Function permissionsBoundary(String value) {
    return set("PermissionsBoundary", Value.of(value));
  }

  /** Sets {@code PermissionsBoundary} to this value; see {@link #permissionsBoundary(String)}. */
  public Function permissionsBoundary(Value<String> value) {
    return set("PermissionsBoundary", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Policies}. */
  public Function policies(String value) {
    return set("Policies", Value.of(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public Function policies(Value<String> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public Function policies(IAMPolicyDocument value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public Function policies(List<Object> value) {
    return set("Policies", Value.listOf(value));
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code
   * ProvisionedConcurrencyConfig}.
   */
  public Function provisionedConcurrencyConfig(Value<ProvisionedConcurrencyConfig> value) {
    return set("ProvisionedConcurrencyConfig", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code
   * ReservedConcurrentExecutions}.
   */
  public Function reservedConcurrentExecutions(double value) {
    return set("ReservedConcurrentExecutions", Value.of(value));
  }

  /**
   * Sets {@code ReservedConcurrentExecutions} to this value; see {@link
   * #reservedConcurrentExecutions(double)}.
   */
  public Function reservedConcurrentExecutions(Value<Double> value) {
    return set("ReservedConcurrentExecutions", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Role}. */
  public Function role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Function role(Value<String> value) {
    return set("Role", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Runtime}. */
  public Function runtime(String value) {
    return set("Runtime", Value.of(value));
  }

  /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
  public Function runtime(Value<String> value) {
    return set("Runtime", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public Function tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Function tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Function tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Changing it replaces the resource. CloudFormation property {@code Timeout}. */
  public Function timeout(double value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(double)}. */
  public Function timeout(Value<Double> value) {
    return set("Timeout", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tracing}. */
  public Function tracing(String value) {
    return set("Tracing", Value.of(value));
  }

  /** Sets {@code Tracing} to this value; see {@link #tracing(String)}. */
  public Function tracing(Value<String> value) {
    return set("Tracing", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code VersionDescription}. */
  public Function versionDescription(String value) {
    return set("VersionDescription", Value.of(value));
  }

  /** Sets {@code VersionDescription} to this value; see {@link #versionDescription(String)}. */
  public Function versionDescription(Value<String> value) {
    return set("VersionDescription", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code VpcConfig}. */
  public Function vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /** Property type {@code AWS::Serverless::Function.AlexaSkillEvent}. */
  public static final class AlexaSkillEvent extends Struct<AlexaSkillEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.AlexaSkillEvent")
        .required("SkillId")
        .build();

    public AlexaSkillEvent() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code SkillId}. */
    public AlexaSkillEvent skillId(String value) {
      return set("SkillId", Value.of(value));
    }

    /** Sets {@code SkillId} to this value; see {@link #skillId(String)}. */
    public AlexaSkillEvent skillId(Value<String> value) {
      return set("SkillId", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.ApiEvent}. */
  public static final class ApiEvent extends Struct<ApiEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.ApiEvent")
        .required("Method", "Path")
        .build();

    public ApiEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Auth}. */
    public ApiEvent auth(Value<Auth> value) {
      return set("Auth", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Method}. */
    public ApiEvent method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public ApiEvent method(Value<String> value) {
      return set("Method", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Path}. */
    public ApiEvent path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public ApiEvent path(Value<String> value) {
      return set("Path", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code RequestModel}. */
    public ApiEvent requestModel(Value<RequestModel> value) {
      return set("RequestModel", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code RequestParameters}. */
    public ApiEvent requestParameters(List<Object> value) {
      return set("RequestParameters", Value.listOf(value));
    }

    /** Sets {@code RequestParameters} to this value; see {@link #requestParameters(List)}. */
    public ApiEvent requestParameters(Value<List<Object>> value) {
      return set("RequestParameters", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code RestApiId}. */
    public ApiEvent restApiId(String value) {
      return set("RestApiId", Value.of(value));
    }

    /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
    public ApiEvent restApiId(Value<String> value) {
      return set("RestApiId", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.Auth}. */
  public static final class Auth extends Struct<Auth> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.Auth");

    public Auth() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ApiKeyRequired}. */
    public Auth apiKeyRequired(boolean value) {
      return set("ApiKeyRequired", Value.of(value));
    }

    /** Sets {@code ApiKeyRequired} to this value; see {@link #apiKeyRequired(boolean)}. */
    public Auth apiKeyRequired(Value<Boolean> value) {
      return set("ApiKeyRequired", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AuthorizationScopes}. */
    public Auth authorizationScopes(List<String> value) {
      return set("AuthorizationScopes", Value.listOf(value));
    }

    /** Sets {@code AuthorizationScopes} to this value; see {@link #authorizationScopes(List)}. */
    public Auth authorizationScopes(Value<List<String>> value) {
      return set("AuthorizationScopes", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Authorizer}. */
    public Auth authorizer(String value) {
      return set("Authorizer", Value.of(value));
    }

    /** Sets {@code Authorizer} to this value; see {@link #authorizer(String)}. */
    public Auth authorizer(Value<String> value) {
      return set("Authorizer", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ResourcePolicy}. */
    public Auth resourcePolicy(Value<AuthResourcePolicy> value) {
      return set("ResourcePolicy", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.AuthResourcePolicy}. */
  public static final class AuthResourcePolicy extends Struct<AuthResourcePolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.AuthResourcePolicy");

    public AuthResourcePolicy() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AwsAccountBlacklist}. */
    public AuthResourcePolicy awsAccountBlacklist(List<String> value) {
      return set("AwsAccountBlacklist", Value.listOf(value));
    }

    /** Sets {@code AwsAccountBlacklist} to this value; see {@link #awsAccountBlacklist(List)}. */
    public AuthResourcePolicy awsAccountBlacklist(Value<List<String>> value) {
      return set("AwsAccountBlacklist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AwsAccountWhitelist}. */
    public AuthResourcePolicy awsAccountWhitelist(List<String> value) {
      return set("AwsAccountWhitelist", Value.listOf(value));
    }

    /** Sets {@code AwsAccountWhitelist} to this value; see {@link #awsAccountWhitelist(List)}. */
    public AuthResourcePolicy awsAccountWhitelist(Value<List<String>> value) {
      return set("AwsAccountWhitelist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code CustomStatements}. */
    public AuthResourcePolicy customStatements(List<Json> value) {
      return set("CustomStatements", Value.listOf(value));
    }

    /** Sets {@code CustomStatements} to this value; see {@link #customStatements(List)}. */
    public AuthResourcePolicy customStatements(Value<List<Json>> value) {
      return set("CustomStatements", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code IntrinsicVpcBlacklist}. */
    public AuthResourcePolicy intrinsicVpcBlacklist(List<String> value) {
      return set("IntrinsicVpcBlacklist", Value.listOf(value));
    }

    /**
     * Sets {@code IntrinsicVpcBlacklist} to this value; see {@link #intrinsicVpcBlacklist(List)}.
     */
    public AuthResourcePolicy intrinsicVpcBlacklist(Value<List<String>> value) {
      return set("IntrinsicVpcBlacklist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code IntrinsicVpcWhitelist}. */
    public AuthResourcePolicy intrinsicVpcWhitelist(List<String> value) {
      return set("IntrinsicVpcWhitelist", Value.listOf(value));
    }

    /**
     * Sets {@code IntrinsicVpcWhitelist} to this value; see {@link #intrinsicVpcWhitelist(List)}.
     */
    public AuthResourcePolicy intrinsicVpcWhitelist(Value<List<String>> value) {
      return set("IntrinsicVpcWhitelist", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code IntrinsicVpceBlacklist}.
     */
    public AuthResourcePolicy intrinsicVpceBlacklist(List<String> value) {
      return set("IntrinsicVpceBlacklist", Value.listOf(value));
    }

    /**
     * Sets {@code IntrinsicVpceBlacklist} to this value; see {@link #intrinsicVpceBlacklist(List)}.
     */
    public AuthResourcePolicy intrinsicVpceBlacklist(Value<List<String>> value) {
      return set("IntrinsicVpceBlacklist", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code IntrinsicVpceWhitelist}.
     */
    public AuthResourcePolicy intrinsicVpceWhitelist(List<String> value) {
      return set("IntrinsicVpceWhitelist", Value.listOf(value));
    }

    /**
     * Sets {@code IntrinsicVpceWhitelist} to this value; see {@link #intrinsicVpceWhitelist(List)}.
     */
    public AuthResourcePolicy intrinsicVpceWhitelist(Value<List<String>> value) {
      return set("IntrinsicVpceWhitelist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code IpRangeBlacklist}. */
    public AuthResourcePolicy ipRangeBlacklist(List<String> value) {
      return set("IpRangeBlacklist", Value.listOf(value));
    }

    /** Sets {@code IpRangeBlacklist} to this value; see {@link #ipRangeBlacklist(List)}. */
    public AuthResourcePolicy ipRangeBlacklist(Value<List<String>> value) {
      return set("IpRangeBlacklist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code IpRangeWhitelist}. */
    public AuthResourcePolicy ipRangeWhitelist(List<String> value) {
      return set("IpRangeWhitelist", Value.listOf(value));
    }

    /** Sets {@code IpRangeWhitelist} to this value; see {@link #ipRangeWhitelist(List)}. */
    public AuthResourcePolicy ipRangeWhitelist(Value<List<String>> value) {
      return set("IpRangeWhitelist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SourceVpcBlacklist}. */
    public AuthResourcePolicy sourceVpcBlacklist(List<String> value) {
      return set("SourceVpcBlacklist", Value.listOf(value));
    }

    /** Sets {@code SourceVpcBlacklist} to this value; see {@link #sourceVpcBlacklist(List)}. */
    public AuthResourcePolicy sourceVpcBlacklist(Value<List<String>> value) {
      return set("SourceVpcBlacklist", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SourceVpcWhitelist}. */
    public AuthResourcePolicy sourceVpcWhitelist(List<String> value) {
      return set("SourceVpcWhitelist", Value.listOf(value));
    }

    /** Sets {@code SourceVpcWhitelist} to this value; see {@link #sourceVpcWhitelist(List)}. */
    public AuthResourcePolicy sourceVpcWhitelist(Value<List<String>> value) {
      return set("SourceVpcWhitelist", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.BucketSAMPT}. */
  public static final class BucketSAMPT extends Struct<BucketSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.BucketSAMPT")
        .required("BucketName")
        .build();

    public BucketSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code BucketName}. */
    public BucketSAMPT bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public BucketSAMPT bucketName(Value<String> value) {
      return set("BucketName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.CloudWatchEventEvent}. */
  public static final class CloudWatchEventEvent extends Struct<CloudWatchEventEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.CloudWatchEventEvent")
        .required("Pattern")
        .build();

    public CloudWatchEventEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Input}. */
    public CloudWatchEventEvent input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public CloudWatchEventEvent input(Value<String> value) {
      return set("Input", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code InputPath}. */
    public CloudWatchEventEvent inputPath(String value) {
      return set("InputPath", Value.of(value));
    }

    /** Sets {@code InputPath} to this value; see {@link #inputPath(String)}. */
    public CloudWatchEventEvent inputPath(Value<String> value) {
      return set("InputPath", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Pattern}. */
    public CloudWatchEventEvent pattern(Value<Json> value) {
      return set("Pattern", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.CloudWatchLogsEvent}. */
  public static final class CloudWatchLogsEvent extends Struct<CloudWatchLogsEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.CloudWatchLogsEvent")
        .required("FilterPattern", "LogGroupName")
        .build();

    public CloudWatchLogsEvent() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code FilterPattern}.
     */
    public CloudWatchLogsEvent filterPattern(String value) {
      return set("FilterPattern", Value.of(value));
    }

    /** Sets {@code FilterPattern} to this value; see {@link #filterPattern(String)}. */
    public CloudWatchLogsEvent filterPattern(Value<String> value) {
      return set("FilterPattern", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchLogsEvent logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchLogsEvent logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.CognitoEvent}. */
  public static final class CognitoEvent extends Struct<CognitoEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.CognitoEvent")
        .required("Trigger", "UserPool")
        .build();

    public CognitoEvent() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Trigger}. */
    public CognitoEvent trigger(String value) {
      return set("Trigger", Value.of(value));
    }

    /** Sets {@code Trigger} to this value; see {@link #trigger(String)}. */
    public CognitoEvent trigger(Value<String> value) {
      return set("Trigger", value);
    }

    /** Sets {@code Trigger} to this value; see {@link #trigger(String)}. */
    public CognitoEvent trigger(List<String> value) {
      return set("Trigger", Value.listOf(value));
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code UserPool}. */
    public CognitoEvent userPool(String value) {
      return set("UserPool", Value.of(value));
    }

    /** Sets {@code UserPool} to this value; see {@link #userPool(String)}. */
    public CognitoEvent userPool(Value<String> value) {
      return set("UserPool", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.CollectionSAMPT}. */
  public static final class CollectionSAMPT extends Struct<CollectionSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.CollectionSAMPT")
        .required("CollectionId")
        .build();

    public CollectionSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code CollectionId}.
     */
    public CollectionSAMPT collectionId(String value) {
      return set("CollectionId", Value.of(value));
    }

    /** Sets {@code CollectionId} to this value; see {@link #collectionId(String)}. */
    public CollectionSAMPT collectionId(Value<String> value) {
      return set("CollectionId", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.CorsConfiguration}. */
  public static final class CorsConfiguration extends Struct<CorsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.CorsConfiguration")
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

  /** Property type {@code AWS::Serverless::Function.DeadLetterQueue}. */
  public static final class DeadLetterQueue extends Struct<DeadLetterQueue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.DeadLetterQueue")
        .required("TargetArn", "Type")
        .build();

    public DeadLetterQueue() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code TargetArn}. */
    public DeadLetterQueue targetArn(String value) {
      return set("TargetArn", Value.of(value));
    }

    /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
    public DeadLetterQueue targetArn(Value<String> value) {
      return set("TargetArn", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Type}. */
    public DeadLetterQueue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DeadLetterQueue type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.DeploymentPreference}. */
  public static final class DeploymentPreference extends Struct<DeploymentPreference> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.DeploymentPreference");

    public DeploymentPreference() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Alarms}. */
    public DeploymentPreference alarms(List<String> value) {
      return set("Alarms", Value.listOf(value));
    }

    /** Sets {@code Alarms} to this value; see {@link #alarms(List)}. */
    public DeploymentPreference alarms(Value<List<String>> value) {
      return set("Alarms", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Enabled}. */
    public DeploymentPreference enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DeploymentPreference enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Hooks}. */
    public DeploymentPreference hooks(Value<Hooks> value) {
      return set("Hooks", value);
    }

    /** CloudFormation property {@code Role}. */
    public DeploymentPreference role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public DeploymentPreference role(Value<String> value) {
      return set("Role", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Type}. */
    public DeploymentPreference type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DeploymentPreference type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.Destination}. */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.Destination")
        .required("Destination")
        .build();

    public Destination() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Destination}. */
    public Destination destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public Destination destination(Value<String> value) {
      return set("Destination", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Type}. */
    public Destination type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Destination type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.DestinationConfig}. */
  public static final class DestinationConfig extends Struct<DestinationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.DestinationConfig")
        .required("OnFailure")
        .build();

    public DestinationConfig() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code OnFailure}. */
    public DestinationConfig onFailure(Value<Destination> value) {
      return set("OnFailure", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.DomainSAMPT}. */
  public static final class DomainSAMPT extends Struct<DomainSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.DomainSAMPT")
        .required("DomainName")
        .build();

    public DomainSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code DomainName}. */
    public DomainSAMPT domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DomainSAMPT domainName(Value<String> value) {
      return set("DomainName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.DynamoDBEvent}. */
  public static final class DynamoDBEvent extends Struct<DynamoDBEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.DynamoDBEvent")
        .required("StartingPosition", "Stream")
        .build();

    public DynamoDBEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code BatchSize}. */
    public DynamoDBEvent batchSize(double value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(double)}. */
    public DynamoDBEvent batchSize(Value<Double> value) {
      return set("BatchSize", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * BisectBatchOnFunctionError}.
     */
    public DynamoDBEvent bisectBatchOnFunctionError(boolean value) {
      return set("BisectBatchOnFunctionError", Value.of(value));
    }

    /**
     * Sets {@code BisectBatchOnFunctionError} to this value; see {@link
     * #bisectBatchOnFunctionError(boolean)}.
     */
    public DynamoDBEvent bisectBatchOnFunctionError(Value<Boolean> value) {
      return set("BisectBatchOnFunctionError", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DestinationConfig}. */
    public DynamoDBEvent destinationConfig(Value<DestinationConfig> value) {
      return set("DestinationConfig", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Enabled}. */
    public DynamoDBEvent enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DynamoDBEvent enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * MaximumBatchingWindowInSeconds}.
     */
    public DynamoDBEvent maximumBatchingWindowInSeconds(double value) {
      return set("MaximumBatchingWindowInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumBatchingWindowInSeconds} to this value; see {@link
     * #maximumBatchingWindowInSeconds(double)}.
     */
    public DynamoDBEvent maximumBatchingWindowInSeconds(Value<Double> value) {
      return set("MaximumBatchingWindowInSeconds", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code MaximumRecordAgeInSeconds}.
     */
    public DynamoDBEvent maximumRecordAgeInSeconds(double value) {
      return set("MaximumRecordAgeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumRecordAgeInSeconds} to this value; see {@link
     * #maximumRecordAgeInSeconds(double)}.
     */
    public DynamoDBEvent maximumRecordAgeInSeconds(Value<Double> value) {
      return set("MaximumRecordAgeInSeconds", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code MaximumRetryAttempts}. */
    public DynamoDBEvent maximumRetryAttempts(double value) {
      return set("MaximumRetryAttempts", Value.of(value));
    }

    /**
     * Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(double)}.
     */
    public DynamoDBEvent maximumRetryAttempts(Value<Double> value) {
      return set("MaximumRetryAttempts", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ParallelizationFactor}. */
    public DynamoDBEvent parallelizationFactor(double value) {
      return set("ParallelizationFactor", Value.of(value));
    }

    /**
     * Sets {@code ParallelizationFactor} to this value; see {@link #parallelizationFactor(double)}.
     */
    public DynamoDBEvent parallelizationFactor(Value<Double> value) {
      return set("ParallelizationFactor", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * StartingPosition}.
     */
    public DynamoDBEvent startingPosition(String value) {
      return set("StartingPosition", Value.of(value));
    }

    /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
    public DynamoDBEvent startingPosition(Value<String> value) {
      return set("StartingPosition", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Stream}. */
    public DynamoDBEvent stream(String value) {
      return set("Stream", Value.of(value));
    }

    /** Sets {@code Stream} to this value; see {@link #stream(String)}. */
    public DynamoDBEvent stream(Value<String> value) {
      return set("Stream", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.EmptySAMPT}. */
  public static final class EmptySAMPT extends Struct<EmptySAMPT> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.EmptySAMPT");

    public EmptySAMPT() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::Serverless::Function.EphemeralStorage}. */
  public static final class EphemeralStorage extends Struct<EphemeralStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.EphemeralStorage")
        .required("Size")
        .build();

    public EphemeralStorage() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Size}. */
    public EphemeralStorage size(double value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(double)}. */
    public EphemeralStorage size(Value<Double> value) {
      return set("Size", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.EventBridgeRuleEvent}. */
  public static final class EventBridgeRuleEvent extends Struct<EventBridgeRuleEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.EventBridgeRuleEvent")
        .required("Pattern")
        .build();

    public EventBridgeRuleEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EventBusName}. */
    public EventBridgeRuleEvent eventBusName(String value) {
      return set("EventBusName", Value.of(value));
    }

    /** Sets {@code EventBusName} to this value; see {@link #eventBusName(String)}. */
    public EventBridgeRuleEvent eventBusName(Value<String> value) {
      return set("EventBusName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Input}. */
    public EventBridgeRuleEvent input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public EventBridgeRuleEvent input(Value<String> value) {
      return set("Input", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code InputPath}. */
    public EventBridgeRuleEvent inputPath(String value) {
      return set("InputPath", Value.of(value));
    }

    /** Sets {@code InputPath} to this value; see {@link #inputPath(String)}. */
    public EventBridgeRuleEvent inputPath(Value<String> value) {
      return set("InputPath", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Pattern}. */
    public EventBridgeRuleEvent pattern(Value<Json> value) {
      return set("Pattern", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.EventInvokeConfig}. */
  public static final class EventInvokeConfig extends Struct<EventInvokeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.EventInvokeConfig");

    public EventInvokeConfig() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DestinationConfig}. */
    public EventInvokeConfig destinationConfig(Value<EventInvokeDestinationConfig> value) {
      return set("DestinationConfig", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code MaximumEventAgeInSeconds}.
     */
    public EventInvokeConfig maximumEventAgeInSeconds(double value) {
      return set("MaximumEventAgeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumEventAgeInSeconds} to this value; see {@link
     * #maximumEventAgeInSeconds(double)}.
     */
    public EventInvokeConfig maximumEventAgeInSeconds(Value<Double> value) {
      return set("MaximumEventAgeInSeconds", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code MaximumRetryAttempts}. */
    public EventInvokeConfig maximumRetryAttempts(double value) {
      return set("MaximumRetryAttempts", Value.of(value));
    }

    /**
     * Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(double)}.
     */
    public EventInvokeConfig maximumRetryAttempts(Value<Double> value) {
      return set("MaximumRetryAttempts", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.EventInvokeDestinationConfig}. */
  public static final class EventInvokeDestinationConfig extends Struct<EventInvokeDestinationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.EventInvokeDestinationConfig")
        .required("OnFailure", "OnSuccess")
        .build();

    public EventInvokeDestinationConfig() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code OnFailure}. */
    public EventInvokeDestinationConfig onFailure(Value<Destination> value) {
      return set("OnFailure", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code OnSuccess}. */
    public EventInvokeDestinationConfig onSuccess(Value<Destination> value) {
      return set("OnSuccess", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.EventSource}. */
  public static final class EventSource extends Struct<EventSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.EventSource")
        .required("Properties", "Type")
        .build();

    public EventSource() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Properties}. */
    public EventSource propertiesProperty(S3Event value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(SNSEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(SQSEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(KinesisEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(DynamoDBEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(ApiEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(ScheduleEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(CloudWatchEventEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(CloudWatchLogsEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(IoTRuleEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(AlexaSkillEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(EventBridgeRuleEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(HttpApiEvent value) {
      return set("Properties", value);
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(S3Event)}. */
    public EventSource propertiesProperty(CognitoEvent value) {
      return set("Properties", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Type}. */
    public EventSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EventSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.FileSystemConfig}. */
  public static final class FileSystemConfig extends Struct<FileSystemConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.FileSystemConfig");

    public FileSystemConfig() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Arn}. */
    public FileSystemConfig arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public FileSystemConfig arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code LocalMountPath}. */
    public FileSystemConfig localMountPath(String value) {
      return set("LocalMountPath", Value.of(value));
    }

    /** Sets {@code LocalMountPath} to this value; see {@link #localMountPath(String)}. */
    public FileSystemConfig localMountPath(Value<String> value) {
      return set("LocalMountPath", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.FunctionEnvironment}. */
  public static final class FunctionEnvironment extends Struct<FunctionEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.FunctionEnvironment")
        .required("Variables")
        .build();

    public FunctionEnvironment() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Variables}. */
    public FunctionEnvironment variables(Map<String, String> value) {
      return set("Variables", Value.mapOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(Map)}. */
    public FunctionEnvironment variables(Value<Map<String, String>> value) {
      return set("Variables", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.FunctionSAMPT}. */
  public static final class FunctionSAMPT extends Struct<FunctionSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.FunctionSAMPT")
        .required("FunctionName")
        .build();

    public FunctionSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code FunctionName}.
     */
    public FunctionSAMPT functionName(String value) {
      return set("FunctionName", Value.of(value));
    }

    /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
    public FunctionSAMPT functionName(Value<String> value) {
      return set("FunctionName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.FunctionUrlConfig}. */
  public static final class FunctionUrlConfig extends Struct<FunctionUrlConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.FunctionUrlConfig")
        .required("AuthType")
        .build();

    public FunctionUrlConfig() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code AuthType}. */
    public FunctionUrlConfig authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public FunctionUrlConfig authType(Value<String> value) {
      return set("AuthType", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Cors}. */
    public FunctionUrlConfig cors(String value) {
      return set("Cors", Value.of(value));
    }

    /** Sets {@code Cors} to this value; see {@link #cors(String)}. */
    public FunctionUrlConfig cors(Value<String> value) {
      return set("Cors", value);
    }

    /** Sets {@code Cors} to this value; see {@link #cors(String)}. */
    public FunctionUrlConfig cors(CorsConfiguration value) {
      return set("Cors", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code InvokeMode}. */
    public FunctionUrlConfig invokeMode(String value) {
      return set("InvokeMode", Value.of(value));
    }

    /** Sets {@code InvokeMode} to this value; see {@link #invokeMode(String)}. */
    public FunctionUrlConfig invokeMode(Value<String> value) {
      return set("InvokeMode", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.Hooks}. */
  public static final class Hooks extends Struct<Hooks> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.Hooks");

    public Hooks() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code PostTraffic}. */
    public Hooks postTraffic(String value) {
      return set("PostTraffic", Value.of(value));
    }

    /** Sets {@code PostTraffic} to this value; see {@link #postTraffic(String)}. */
    public Hooks postTraffic(Value<String> value) {
      return set("PostTraffic", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code PreTraffic}. */
    public Hooks preTraffic(String value) {
      return set("PreTraffic", Value.of(value));
    }

    /** Sets {@code PreTraffic} to this value; see {@link #preTraffic(String)}. */
    public Hooks preTraffic(Value<String> value) {
      return set("PreTraffic", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.HttpApiEvent}. */
  public static final class HttpApiEvent extends Struct<HttpApiEvent> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.HttpApiEvent");

    public HttpApiEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ApiId}. */
    public HttpApiEvent apiId(String value) {
      return set("ApiId", Value.of(value));
    }

    /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
    public HttpApiEvent apiId(Value<String> value) {
      return set("ApiId", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Auth}. */
    public HttpApiEvent auth(Value<HttpApiFunctionAuth> value) {
      return set("Auth", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Method}. */
    public HttpApiEvent method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public HttpApiEvent method(Value<String> value) {
      return set("Method", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Path}. */
    public HttpApiEvent path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HttpApiEvent path(Value<String> value) {
      return set("Path", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code PayloadFormatVersion}. */
    public HttpApiEvent payloadFormatVersion(String value) {
      return set("PayloadFormatVersion", Value.of(value));
    }

    /**
     * Sets {@code PayloadFormatVersion} to this value; see {@link #payloadFormatVersion(String)}.
     */
    public HttpApiEvent payloadFormatVersion(Value<String> value) {
      return set("PayloadFormatVersion", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code RouteSettings}. */
    public HttpApiEvent routeSettings(Value<RouteSettings> value) {
      return set("RouteSettings", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code TimeoutInMillis}. */
    public HttpApiEvent timeoutInMillis(double value) {
      return set("TimeoutInMillis", Value.of(value));
    }

    /** Sets {@code TimeoutInMillis} to this value; see {@link #timeoutInMillis(double)}. */
    public HttpApiEvent timeoutInMillis(Value<Double> value) {
      return set("TimeoutInMillis", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.HttpApiFunctionAuth}. */
  public static final class HttpApiFunctionAuth extends Struct<HttpApiFunctionAuth> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.HttpApiFunctionAuth");

    public HttpApiFunctionAuth() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AuthorizationScopes}. */
    public HttpApiFunctionAuth authorizationScopes(List<String> value) {
      return set("AuthorizationScopes", Value.listOf(value));
    }

    /** Sets {@code AuthorizationScopes} to this value; see {@link #authorizationScopes(List)}. */
    public HttpApiFunctionAuth authorizationScopes(Value<List<String>> value) {
      return set("AuthorizationScopes", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Authorizer}. */
    public HttpApiFunctionAuth authorizer(String value) {
      return set("Authorizer", Value.of(value));
    }

    /** Sets {@code Authorizer} to this value; see {@link #authorizer(String)}. */
    public HttpApiFunctionAuth authorizer(Value<String> value) {
      return set("Authorizer", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.IAMPolicyDocument}. */
  public static final class IAMPolicyDocument extends Struct<IAMPolicyDocument> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.IAMPolicyDocument")
        .required("Statement")
        .build();

    public IAMPolicyDocument() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Statement}. */
    public IAMPolicyDocument statement(Value<Json> value) {
      return set("Statement", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Version}. */
    public IAMPolicyDocument version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public IAMPolicyDocument version(Value<String> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.IdentitySAMPT}. */
  public static final class IdentitySAMPT extends Struct<IdentitySAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.IdentitySAMPT")
        .required("IdentityName")
        .build();

    public IdentitySAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code IdentityName}.
     */
    public IdentitySAMPT identityName(String value) {
      return set("IdentityName", Value.of(value));
    }

    /** Sets {@code IdentityName} to this value; see {@link #identityName(String)}. */
    public IdentitySAMPT identityName(Value<String> value) {
      return set("IdentityName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.ImageConfig}. */
  public static final class ImageConfig extends Struct<ImageConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.ImageConfig");

    public ImageConfig() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Command}. */
    public ImageConfig command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ImageConfig command(Value<List<String>> value) {
      return set("Command", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EntryPoint}. */
    public ImageConfig entryPoint(List<String> value) {
      return set("EntryPoint", Value.listOf(value));
    }

    /** Sets {@code EntryPoint} to this value; see {@link #entryPoint(List)}. */
    public ImageConfig entryPoint(Value<List<String>> value) {
      return set("EntryPoint", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code WorkingDirectory}. */
    public ImageConfig workingDirectory(String value) {
      return set("WorkingDirectory", Value.of(value));
    }

    /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
    public ImageConfig workingDirectory(Value<String> value) {
      return set("WorkingDirectory", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.IoTRuleEvent}. */
  public static final class IoTRuleEvent extends Struct<IoTRuleEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.IoTRuleEvent")
        .required("Sql")
        .build();

    public IoTRuleEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AwsIotSqlVersion}. */
    public IoTRuleEvent awsIotSqlVersion(String value) {
      return set("AwsIotSqlVersion", Value.of(value));
    }

    /** Sets {@code AwsIotSqlVersion} to this value; see {@link #awsIotSqlVersion(String)}. */
    public IoTRuleEvent awsIotSqlVersion(Value<String> value) {
      return set("AwsIotSqlVersion", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Sql}. */
    public IoTRuleEvent sql(String value) {
      return set("Sql", Value.of(value));
    }

    /** Sets {@code Sql} to this value; see {@link #sql(String)}. */
    public IoTRuleEvent sql(Value<String> value) {
      return set("Sql", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.KeySAMPT}. */
  public static final class KeySAMPT extends Struct<KeySAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.KeySAMPT")
        .required("KeyId")
        .build();

    public KeySAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code KeyId}. */
    public KeySAMPT keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public KeySAMPT keyId(Value<String> value) {
      return set("KeyId", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.KinesisEvent}. */
  public static final class KinesisEvent extends Struct<KinesisEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.KinesisEvent")
        .required("StartingPosition", "Stream")
        .build();

    public KinesisEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code BatchSize}. */
    public KinesisEvent batchSize(double value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(double)}. */
    public KinesisEvent batchSize(Value<Double> value) {
      return set("BatchSize", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Enabled}. */
    public KinesisEvent enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public KinesisEvent enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code FunctionResponseTypes}. */
    public KinesisEvent functionResponseTypes(List<String> value) {
      return set("FunctionResponseTypes", Value.listOf(value));
    }

    /**
     * Sets {@code FunctionResponseTypes} to this value; see {@link #functionResponseTypes(List)}.
     */
    public KinesisEvent functionResponseTypes(Value<List<String>> value) {
      return set("FunctionResponseTypes", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * StartingPosition}.
     */
    public KinesisEvent startingPosition(String value) {
      return set("StartingPosition", Value.of(value));
    }

    /** Sets {@code StartingPosition} to this value; see {@link #startingPosition(String)}. */
    public KinesisEvent startingPosition(Value<String> value) {
      return set("StartingPosition", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Stream}. */
    public KinesisEvent stream(String value) {
      return set("Stream", Value.of(value));
    }

    /** Sets {@code Stream} to this value; see {@link #stream(String)}. */
    public KinesisEvent stream(Value<String> value) {
      return set("Stream", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.LogGroupSAMPT}. */
  public static final class LogGroupSAMPT extends Struct<LogGroupSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.LogGroupSAMPT")
        .required("LogGroupName")
        .build();

    public LogGroupSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code LogGroupName}.
     */
    public LogGroupSAMPT logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public LogGroupSAMPT logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.ParameterNameSAMPT}. */
  public static final class ParameterNameSAMPT extends Struct<ParameterNameSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.ParameterNameSAMPT")
        .required("ParameterName")
        .build();

    public ParameterNameSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code ParameterName}.
     */
    public ParameterNameSAMPT parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public ParameterNameSAMPT parameterName(Value<String> value) {
      return set("ParameterName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.ProvisionedConcurrencyConfig}. */
  public static final class ProvisionedConcurrencyConfig extends Struct<ProvisionedConcurrencyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.ProvisionedConcurrencyConfig")
        .required("ProvisionedConcurrentExecutions")
        .build();

    public ProvisionedConcurrencyConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * ProvisionedConcurrentExecutions}.
     */
    public ProvisionedConcurrencyConfig provisionedConcurrentExecutions(String value) {
      return set("ProvisionedConcurrentExecutions", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedConcurrentExecutions} to this value; see {@link
     * #provisionedConcurrentExecutions(String)}.
     */
    public ProvisionedConcurrencyConfig provisionedConcurrentExecutions(Value<String> value) {
      return set("ProvisionedConcurrentExecutions", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.QueueSAMPT}. */
  public static final class QueueSAMPT extends Struct<QueueSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.QueueSAMPT")
        .required("QueueName")
        .build();

    public QueueSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code QueueName}. */
    public QueueSAMPT queueName(String value) {
      return set("QueueName", Value.of(value));
    }

    /** Sets {@code QueueName} to this value; see {@link #queueName(String)}. */
    public QueueSAMPT queueName(Value<String> value) {
      return set("QueueName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.RequestModel}. */
  public static final class RequestModel extends Struct<RequestModel> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.RequestModel")
        .required("Model")
        .build();

    public RequestModel() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Model}. */
    public RequestModel model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public RequestModel model(Value<String> value) {
      return set("Model", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Required}. */
    public RequestModel required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public RequestModel required(Value<Boolean> value) {
      return set("Required", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ValidateBody}. */
    public RequestModel validateBody(boolean value) {
      return set("ValidateBody", Value.of(value));
    }

    /** Sets {@code ValidateBody} to this value; see {@link #validateBody(boolean)}. */
    public RequestModel validateBody(Value<Boolean> value) {
      return set("ValidateBody", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ValidateParameters}. */
    public RequestModel validateParameters(boolean value) {
      return set("ValidateParameters", Value.of(value));
    }

    /** Sets {@code ValidateParameters} to this value; see {@link #validateParameters(boolean)}. */
    public RequestModel validateParameters(Value<Boolean> value) {
      return set("ValidateParameters", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.RequestParameter}. */
  public static final class RequestParameter extends Struct<RequestParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.RequestParameter");

    public RequestParameter() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Caching}. */
    public RequestParameter caching(boolean value) {
      return set("Caching", Value.of(value));
    }

    /** Sets {@code Caching} to this value; see {@link #caching(boolean)}. */
    public RequestParameter caching(Value<Boolean> value) {
      return set("Caching", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Required}. */
    public RequestParameter required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public RequestParameter required(Value<Boolean> value) {
      return set("Required", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.RouteSettings}. */
  public static final class RouteSettings extends Struct<RouteSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.RouteSettings");

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

  /** Property type {@code AWS::Serverless::Function.S3Event}. */
  public static final class S3Event extends Struct<S3Event> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.S3Event")
        .required("Bucket", "Events")
        .build();

    public S3Event() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Bucket}. */
    public S3Event bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Event bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Events}. */
    public S3Event events(String value) {
      return set("Events", Value.of(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(String)}. */
    public S3Event events(Value<String> value) {
      return set("Events", value);
    }

    /** Sets {@code Events} to this value; see {@link #events(String)}. */
    public S3Event events(List<String> value) {
      return set("Events", Value.listOf(value));
    }

    /** Changing it replaces the resource. CloudFormation property {@code Filter}. */
    public S3Event filter(Value<S3NotificationFilter> value) {
      return set("Filter", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.S3KeyFilter}. */
  public static final class S3KeyFilter extends Struct<S3KeyFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.S3KeyFilter")
        .required("Rules")
        .build();

    public S3KeyFilter() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Rules}. */
    public S3KeyFilter rules(List<S3KeyFilterRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public S3KeyFilter rules(Value<List<S3KeyFilterRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public S3KeyFilter rules(S3KeyFilterRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /** Property type {@code AWS::Serverless::Function.S3KeyFilterRule}. */
  public static final class S3KeyFilterRule extends Struct<S3KeyFilterRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.S3KeyFilterRule")
        .required("Name", "Value")
        .build();

    public S3KeyFilterRule() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Name}. */
    public S3KeyFilterRule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public S3KeyFilterRule name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Value}. */
    public S3KeyFilterRule value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public S3KeyFilterRule value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.S3Location}. */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.S3Location")
        .required("Bucket", "Key")
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

    /** Changing it replaces the resource. CloudFormation property {@code Version}. */
    public S3Location version(double value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(double)}. */
    public S3Location version(Value<Double> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.S3NotificationFilter}. */
  public static final class S3NotificationFilter extends Struct<S3NotificationFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.S3NotificationFilter")
        .required("S3Key")
        .build();

    public S3NotificationFilter() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code S3Key}. */
    public S3NotificationFilter s3Key(Value<S3KeyFilter> value) {
      return set("S3Key", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.SAMPolicyTemplate}. */
  public static final class SAMPolicyTemplate extends Struct<SAMPolicyTemplate> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::Function.SAMPolicyTemplate");

    public SAMPolicyTemplate() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code AMIDescribePolicy}. */
    public SAMPolicyTemplate amiDescribePolicy(Value<EmptySAMPT> value) {
      return set("AMIDescribePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * AWSSecretsManagerGetSecretValuePolicy}.
     */
    public SAMPolicyTemplate awsSecretsManagerGetSecretValuePolicy(Value<SecretArnSAMPT> value) {
      return set("AWSSecretsManagerGetSecretValuePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * CloudFormationDescribeStacksPolicy}.
     */
    public SAMPolicyTemplate cloudFormationDescribeStacksPolicy(Value<EmptySAMPT> value) {
      return set("CloudFormationDescribeStacksPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code CloudWatchPutMetricPolicy}.
     */
    public SAMPolicyTemplate cloudWatchPutMetricPolicy(Value<EmptySAMPT> value) {
      return set("CloudWatchPutMetricPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DynamoDBCrudPolicy}. */
    public SAMPolicyTemplate dynamoDBCrudPolicy(Value<TableSAMPT> value) {
      return set("DynamoDBCrudPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DynamoDBReadPolicy}. */
    public SAMPolicyTemplate dynamoDBReadPolicy(Value<TableSAMPT> value) {
      return set("DynamoDBReadPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code DynamoDBStreamReadPolicy}.
     */
    public SAMPolicyTemplate dynamoDBStreamReadPolicy(Value<TableStreamSAMPT> value) {
      return set("DynamoDBStreamReadPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DynamoDBWritePolicy}. */
    public SAMPolicyTemplate dynamoDBWritePolicy(Value<TableSAMPT> value) {
      return set("DynamoDBWritePolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EC2DescribePolicy}. */
    public SAMPolicyTemplate ec2DescribePolicy(Value<EmptySAMPT> value) {
      return set("EC2DescribePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * ElasticsearchHttpPostPolicy}.
     */
    public SAMPolicyTemplate elasticsearchHttpPostPolicy(Value<DomainSAMPT> value) {
      return set("ElasticsearchHttpPostPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code FilterLogEventsPolicy}. */
    public SAMPolicyTemplate filterLogEventsPolicy(Value<LogGroupSAMPT> value) {
      return set("FilterLogEventsPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code KMSDecryptPolicy}. */
    public SAMPolicyTemplate kmsDecryptPolicy(Value<KeySAMPT> value) {
      return set("KMSDecryptPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code KinesisCrudPolicy}. */
    public SAMPolicyTemplate kinesisCrudPolicy(Value<StreamSAMPT> value) {
      return set("KinesisCrudPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code KinesisStreamReadPolicy}.
     */
    public SAMPolicyTemplate kinesisStreamReadPolicy(Value<StreamSAMPT> value) {
      return set("KinesisStreamReadPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code LambdaInvokePolicy}. */
    public SAMPolicyTemplate lambdaInvokePolicy(Value<FunctionSAMPT> value) {
      return set("LambdaInvokePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * RekognitionDetectOnlyPolicy}.
     */
    public SAMPolicyTemplate rekognitionDetectOnlyPolicy(Value<EmptySAMPT> value) {
      return set("RekognitionDetectOnlyPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code RekognitionLabelsPolicy}.
     */
    public SAMPolicyTemplate rekognitionLabelsPolicy(Value<EmptySAMPT> value) {
      return set("RekognitionLabelsPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * RekognitionNoDataAccessPolicy}.
     */
    public SAMPolicyTemplate rekognitionNoDataAccessPolicy(Value<CollectionSAMPT> value) {
      return set("RekognitionNoDataAccessPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code RekognitionReadPolicy}. */
    public SAMPolicyTemplate rekognitionReadPolicy(Value<CollectionSAMPT> value) {
      return set("RekognitionReadPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * RekognitionWriteOnlyAccessPolicy}.
     */
    public SAMPolicyTemplate rekognitionWriteOnlyAccessPolicy(Value<CollectionSAMPT> value) {
      return set("RekognitionWriteOnlyAccessPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code S3CrudPolicy}. */
    public SAMPolicyTemplate s3CrudPolicy(Value<BucketSAMPT> value) {
      return set("S3CrudPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code S3ReadPolicy}. */
    public SAMPolicyTemplate s3ReadPolicy(Value<BucketSAMPT> value) {
      return set("S3ReadPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code S3WritePolicy}. */
    public SAMPolicyTemplate s3WritePolicy(Value<BucketSAMPT> value) {
      return set("S3WritePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * SESBulkTemplatedCrudPolicy}.
     */
    public SAMPolicyTemplate sesBulkTemplatedCrudPolicy(Value<IdentitySAMPT> value) {
      return set("SESBulkTemplatedCrudPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SESCrudPolicy}. */
    public SAMPolicyTemplate sesCrudPolicy(Value<IdentitySAMPT> value) {
      return set("SESCrudPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * SESEmailTemplateCrudPolicy}.
     */
    public SAMPolicyTemplate sesEmailTemplateCrudPolicy(Value<EmptySAMPT> value) {
      return set("SESEmailTemplateCrudPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SESSendBouncePolicy}. */
    public SAMPolicyTemplate sesSendBouncePolicy(Value<IdentitySAMPT> value) {
      return set("SESSendBouncePolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SNSCrudPolicy}. */
    public SAMPolicyTemplate snsCrudPolicy(Value<TopicSAMPT> value) {
      return set("SNSCrudPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code SNSPublishMessagePolicy}.
     */
    public SAMPolicyTemplate snsPublishMessagePolicy(Value<TopicSAMPT> value) {
      return set("SNSPublishMessagePolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SQSPollerPolicy}. */
    public SAMPolicyTemplate sqsPollerPolicy(Value<QueueSAMPT> value) {
      return set("SQSPollerPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SQSSendMessagePolicy}. */
    public SAMPolicyTemplate sqsSendMessagePolicy(Value<QueueSAMPT> value) {
      return set("SQSSendMessagePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code SSMParameterReadPolicy}.
     */
    public SAMPolicyTemplate ssmParameterReadPolicy(Value<ParameterNameSAMPT> value) {
      return set("SSMParameterReadPolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * StepFunctionsExecutionPolicy}.
     */
    public SAMPolicyTemplate stepFunctionsExecutionPolicy(Value<StateMachineSAMPT> value) {
      return set("StepFunctionsExecutionPolicy", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code VPCAccessPolicy}. */
    public SAMPolicyTemplate vpcAccessPolicy(Value<EmptySAMPT> value) {
      return set("VPCAccessPolicy", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.SNSEvent}. */
  public static final class SNSEvent extends Struct<SNSEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.SNSEvent")
        .required("Topic")
        .build();

    public SNSEvent() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Topic}. */
    public SNSEvent topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public SNSEvent topic(Value<String> value) {
      return set("Topic", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.SQSEvent}. */
  public static final class SQSEvent extends Struct<SQSEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.SQSEvent")
        .required("Queue")
        .build();

    public SQSEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code BatchSize}. */
    public SQSEvent batchSize(double value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(double)}. */
    public SQSEvent batchSize(Value<Double> value) {
      return set("BatchSize", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Enabled}. */
    public SQSEvent enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SQSEvent enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Queue}. */
    public SQSEvent queue(String value) {
      return set("Queue", Value.of(value));
    }

    /** Sets {@code Queue} to this value; see {@link #queue(String)}. */
    public SQSEvent queue(Value<String> value) {
      return set("Queue", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.ScheduleEvent}. */
  public static final class ScheduleEvent extends Struct<ScheduleEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.ScheduleEvent")
        .required("Schedule")
        .build();

    public ScheduleEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Description}. */
    public ScheduleEvent description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ScheduleEvent description(Value<String> value) {
      return set("Description", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Enabled}. */
    public ScheduleEvent enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ScheduleEvent enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Input}. */
    public ScheduleEvent input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public ScheduleEvent input(Value<String> value) {
      return set("Input", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Name}. */
    public ScheduleEvent name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ScheduleEvent name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Schedule}. */
    public ScheduleEvent schedule(String value) {
      return set("Schedule", Value.of(value));
    }

    /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
    public ScheduleEvent schedule(Value<String> value) {
      return set("Schedule", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.SecretArnSAMPT}. */
  public static final class SecretArnSAMPT extends Struct<SecretArnSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.SecretArnSAMPT")
        .required("SecretArn")
        .build();

    public SecretArnSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code SecretArn}. */
    public SecretArnSAMPT secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SecretArnSAMPT secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.StateMachineSAMPT}. */
  public static final class StateMachineSAMPT extends Struct<StateMachineSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.StateMachineSAMPT")
        .required("StateMachineName")
        .build();

    public StateMachineSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * StateMachineName}.
     */
    public StateMachineSAMPT stateMachineName(String value) {
      return set("StateMachineName", Value.of(value));
    }

    /** Sets {@code StateMachineName} to this value; see {@link #stateMachineName(String)}. */
    public StateMachineSAMPT stateMachineName(Value<String> value) {
      return set("StateMachineName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.StreamSAMPT}. */
  public static final class StreamSAMPT extends Struct<StreamSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.StreamSAMPT")
        .required("StreamName")
        .build();

    public StreamSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code StreamName}. */
    public StreamSAMPT streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public StreamSAMPT streamName(Value<String> value) {
      return set("StreamName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.TableSAMPT}. */
  public static final class TableSAMPT extends Struct<TableSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.TableSAMPT")
        .required("TableName")
        .build();

    public TableSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code TableName}. */
    public TableSAMPT tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public TableSAMPT tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.TableStreamSAMPT}. */
  public static final class TableStreamSAMPT extends Struct<TableStreamSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.TableStreamSAMPT")
        .required("StreamName", "TableName")
        .build();

    public TableStreamSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code StreamName}. */
    public TableStreamSAMPT streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public TableStreamSAMPT streamName(Value<String> value) {
      return set("StreamName", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code TableName}. */
    public TableStreamSAMPT tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public TableStreamSAMPT tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.TopicSAMPT}. */
  public static final class TopicSAMPT extends Struct<TopicSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.TopicSAMPT")
        .required("TopicName")
        .build();

    public TopicSAMPT() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code TopicName}. */
    public TopicSAMPT topicName(String value) {
      return set("TopicName", Value.of(value));
    }

    /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
    public TopicSAMPT topicName(Value<String> value) {
      return set("TopicName", value);
    }
  }

  /** Property type {@code AWS::Serverless::Function.VpcConfig}. */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::Function.VpcConfig")
        .required("SecurityGroupIds", "SubnetIds")
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code SubnetIds}. */
    public VpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
