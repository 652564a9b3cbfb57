// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apprunner;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Specify an AWS App Runner service by using the <code>AWS::AppRunner::Service</code> resource in
 * an AWS CloudFormation template.
 *
 * <p>The <code>AWS::AppRunner::Service</code> resource is an AWS App Runner resource type that
 * specifies an App Runner service.
 *
 * <p>CloudFormation type {@code AWS::AppRunner::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service")
      .required("SourceConfiguration")
      .constrain("AutoScalingConfigurationArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}").minLength(1).maxLength(1011))
      .constrain("ServiceName", Constraint.of().pattern("[A-Za-z0-9][A-Za-z0-9-_]{3,39}").minLength(4).maxLength(40))
      .refYields("ServiceArn")
      .attributes("ServiceArn", "ServiceId", "ServiceUrl", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of an App Runner automatic scaling configuration resource that
   * you want to associate with your service. If not provided, App Runner associates the latest
   * revision of a default auto scaling configuration.
   *
   * <p>Specify an ARN with a name and a revision number to associate that revision. For example:
   * <code>arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability/3</code>
   *
   * <p>Specify just the name to associate the latest revision. For example:
   * <code>arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability</code>
   *
   * <p>Length: 1 to 1011 characters. Pattern: {@code
   * arn:aws(-[&#92;w]+)*:[a-z0-9-&#92;&#92;.]{0,63}:[a-z0-9-&#92;&#92;.]{0,63}:[0-9]{12}:(&#92;w|&#92;/|-){1,1011}}.
   * CloudFormation property {@code AutoScalingConfigurationArn}.
   */
  public Service autoScalingConfigurationArn(String value) {
    return set("AutoScalingConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code AutoScalingConfigurationArn} to this value; see {@link
   * #autoScalingConfigurationArn(String)}.
   */
  public Service autoScalingConfigurationArn(Value<String> value) {
    return set("AutoScalingConfigurationArn", value);
  }

  /**
   * An optional custom encryption key that App Runner uses to encrypt the copy of your source
   * repository that it maintains and your service logs. By default, App Runner uses an AWS managed
   * key .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Service encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The settings for the health check that AWS App Runner performs to monitor the health of the App
   * Runner service.
   *
   * <p>CloudFormation property {@code HealthCheckConfiguration}.
   */
  public Service healthCheckConfiguration(Value<HealthCheckConfiguration> value) {
    return set("HealthCheckConfiguration", value);
  }

  /**
   * The runtime configuration of instances (scaling units) of your service.
   *
   * <p>CloudFormation property {@code InstanceConfiguration}.
   */
  public Service instanceConfiguration(Value<InstanceConfiguration> value) {
    return set("InstanceConfiguration", value);
  }

  /**
   * Configuration settings related to network traffic of the web application that the App Runner
   * service runs.
   *
   * <p>CloudFormation property {@code NetworkConfiguration}.
   */
  public Service networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The observability configuration of your service.
   *
   * <p>CloudFormation property {@code ObservabilityConfiguration}.
   */
  public Service observabilityConfiguration(Value<ServiceObservabilityConfiguration> value) {
    return set("ObservabilityConfiguration", value);
  }

  /**
   * A name for the App Runner service. It must be unique across all the running App Runner services
   * in your AWS account in the AWS Region .
   *
   * <p>If you don't specify a name, CloudFormation generates a name for your service.
   *
   * <p>Changing it replaces the resource. Length: 4 to 40 characters. Pattern: {@code
   * [A-Za-z0-9][A-Za-z0-9-_]{3,39}}. CloudFormation property {@code ServiceName}.
   */
  public Service serviceName(String value) {
    return set("ServiceName", Value.of(value));
  }

  /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
  public Service serviceName(Value<String> value) {
    return set("ServiceName", value);
  }

  /**
   * The source to deploy to the App Runner service. It can be a code or an image repository.
   *
   * <p>Required. CloudFormation property {@code SourceConfiguration}.
   */
  public Service sourceConfiguration(Value<SourceConfiguration> value) {
    return set("SourceConfiguration", value);
  }

  /**
   * An optional list of metadata items that you can associate with the App Runner service resource.
   * A tag is a key-value pair.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Service tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Service tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Service tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of this service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceArn}.
   */
  public Value<String> serviceArn() {
    return getAtt("ServiceArn");
  }

  /**
   * An ID that App Runner generated for this service. It's unique within the AWS Region .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceId}.
   */
  public Value<String> serviceId() {
    return getAtt("ServiceId");
  }

  /**
   * A subdomain URL that App Runner generated for this service. You can use this URL to access your
   * service web application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceUrl}.
   */
  public Value<String> serviceUrl() {
    return getAtt("ServiceUrl");
  }

  /**
   * The current state of the App Runner service. These particular values mean the following.
   *
   * <ul> <li><code>CREATE_FAILED</code> – The service failed to create. The failed service isn't
   * usable, and still counts towards your service quota. To troubleshoot this failure, read the
   * failure events and logs, change any parameters that need to be fixed, and rebuild your service
   * using <code>UpdateService</code> . <li><code>DELETE_FAILED</code> – The service failed to
   * delete and can't be successfully recovered. Retry the service deletion call to ensure that all
   * related resources are removed. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Describes resources needed to authenticate access to some source repositories. The specific
   * resource depends on the repository provider.
   *
   * <p>Property type {@code AWS::AppRunner::Service.AuthenticationConfiguration}.
   */
  public static final class AuthenticationConfiguration extends Struct<AuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.AuthenticationConfiguration")
        .constrain("AccessRoleArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:role/[\\w+=,.@-]{1,64}").minLength(29).maxLength(1024).format("AWS::IAM::Role.Arn"))
        .references("AccessRoleArn", "AWS::IAM::Role.Arn")
        .constrain("ConnectionArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}").minLength(1).maxLength(1011))
        .build();

    public AuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that grants the App Runner service access to a
     * source repository. It's required for ECR image repositories (but not for ECR Public
     * repositories).
     *
     * <p>Length: 29 to 1024 characters. Pattern: {@code
     * arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:role/[&#92;w+=,.&#64;-]{1,64}}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code AccessRoleArn}.
     */
    public AuthenticationConfiguration accessRoleArn(String value) {
      return set("AccessRoleArn", Value.of(value));
    }

    /** Sets {@code AccessRoleArn} to this value; see {@link #accessRoleArn(String)}. */
    public AuthenticationConfiguration accessRoleArn(Value<String> value) {
      return set("AccessRoleArn", value);
    }

    /**
     * Sets {@code AccessRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #accessRoleArn(String)}.
     */
    public AuthenticationConfiguration accessRoleArn(Role resource) {
      return set("AccessRoleArn", resource.arn());
    }

    /**
     * The Amazon Resource Name (ARN) of the App Runner connection that enables the App Runner
     * service to connect to a source repository. It's required for GitHub code repositories.
     *
     * <p>Length: 1 to 1011 characters. Pattern: {@code
     * arn:aws(-[&#92;w]+)*:[a-z0-9-&#92;&#92;.]{0,63}:[a-z0-9-&#92;&#92;.]{0,63}:[0-9]{12}:(&#92;w|&#92;/|-){1,1011}}.
     * CloudFormation property {@code ConnectionArn}.
     */
    public AuthenticationConfiguration connectionArn(String value) {
      return set("ConnectionArn", Value.of(value));
    }

    /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
    public AuthenticationConfiguration connectionArn(Value<String> value) {
      return set("ConnectionArn", value);
    }
  }

  /**
   * Describes the configuration that AWS App Runner uses to build and run an App Runner service
   * from a source code repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.CodeConfiguration}.
   */
  public static final class CodeConfiguration extends Struct<CodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.CodeConfiguration")
        .required("ConfigurationSource")
        .allowed("ConfigurationSource", "REPOSITORY", "API")
        .build();

    public CodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The basic configuration for building and running the App Runner service. Use it to quickly
     * launch an App Runner service without providing a <code>apprunner.yaml</code> file in the
     * source code repository (or ignoring the file if it exists).
     *
     * <p>CloudFormation property {@code CodeConfigurationValues}.
     */
    public CodeConfiguration codeConfigurationValues(Value<CodeConfigurationValues> value) {
      return set("CodeConfigurationValues", value);
    }

    /**
     * The source of the App Runner configuration. Values are interpreted as follows:
     *
     * <ul> <li><code>REPOSITORY</code> – App Runner reads configuration values from the
     * <code>apprunner.yaml</code> file in the source code repository and ignores
     * <code>CodeConfigurationValues</code> . <li><code>API</code> – App Runner uses configuration
     * values provided in <code>CodeConfigurationValues</code> and ignores the
     * <code>apprunner.yaml</code> file in the source code repository. </ul>
     *
     * <p>Required. Allowed values: {@code REPOSITORY}, {@code API}. CloudFormation property {@code
     * ConfigurationSource}.
     */
    public CodeConfiguration configurationSource(String value) {
      return set("ConfigurationSource", Value.of(value));
    }

    /** Sets {@code ConfigurationSource} to this value; see {@link #configurationSource(String)}. */
    public CodeConfiguration configurationSource(Value<String> value) {
      return set("ConfigurationSource", value);
    }
  }

  /**
   * Describes the basic configuration needed for building and running an AWS App Runner service.
   * This type doesn't support the full set of possible configuration options. Fur full
   * configuration capabilities, use a <code>apprunner.yaml</code> file in the source code
   * repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.CodeConfigurationValues}.
   */
  public static final class CodeConfigurationValues extends Struct<CodeConfigurationValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.CodeConfigurationValues")
        .required("Runtime")
        .constrain("BuildCommand", Constraint.of().pattern("^[^\\x0a\\x0d]+$"))
        .constrain("Port", Constraint.of().minLength(0).maxLength(51200))
        .allowed("Runtime", "PYTHON_3", "NODEJS_12", "NODEJS_14", "CORRETTO_8", "CORRETTO_11",
            "NODEJS_16", "GO_1", "DOTNET_6", "PHP_81", "RUBY_31", "PYTHON_311", "NODEJS_18",
            "NODEJS_22")
        .constrain("StartCommand", Constraint.of().pattern("^[^\\x0a\\x0d]+$"))
        .build();

    public CodeConfigurationValues() {
      super(SCHEMA);
    }

    /**
     * The command App Runner runs to build your application.
     *
     * <p>Pattern: {@code ^[^&#92;x0a&#92;x0d]+$}. CloudFormation property {@code BuildCommand}.
     */
    public CodeConfigurationValues buildCommand(String value) {
      return set("BuildCommand", Value.of(value));
    }

    /** Sets {@code BuildCommand} to this value; see {@link #buildCommand(String)}. */
    public CodeConfigurationValues buildCommand(Value<String> value) {
      return set("BuildCommand", value);
    }

    /**
     * The port that your application listens to in the container.
     *
     * <p>Default: <code>8080</code>
     *
     * <p>Length: 0 to 51200 characters. CloudFormation property {@code Port}.
     */
    public CodeConfigurationValues port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public CodeConfigurationValues port(Value<String> value) {
      return set("Port", value);
    }

    /**
     * A runtime environment type for building and running an App Runner service. It represents a
     * programming language runtime.
     *
     * <p>Required. Allowed values: {@code PYTHON_3}, {@code NODEJS_12}, {@code NODEJS_14}, {@code
     * CORRETTO_8}, {@code CORRETTO_11}, {@code NODEJS_16}, {@code GO_1}, {@code DOTNET_6}, {@code
     * PHP_81}, {@code RUBY_31}, {@code PYTHON_311}, {@code NODEJS_18}, {@code NODEJS_22}.
     * CloudFormation property {@code Runtime}.
     */
    public CodeConfigurationValues runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public CodeConfigurationValues runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * An array of key-value pairs representing the secrets and parameters that get referenced to
     * your service as an environment variable. The supported values are either the full Amazon
     * Resource Name (ARN) of the AWS Secrets Manager secret or the full ARN of the parameter in the
     * AWS Systems Manager Parameter Store.
     *
     * <p>- If the AWS Systems Manager Parameter Store parameter exists in the same AWS Region as
     * the service that you're launching, you can use either the full ARN or name of the secret. If
     * the parameter exists in a different Region, then the full ARN must be specified. - Currently,
     * cross account referencing of AWS Systems Manager Parameter Store parameter is not supported.
     *
     * <p>CloudFormation property {@code RuntimeEnvironmentSecrets}.
     */
    public CodeConfigurationValues runtimeEnvironmentSecrets(List<KeyValuePair> value) {
      return set("RuntimeEnvironmentSecrets", Value.listOf(value));
    }

    /**
     * Sets {@code RuntimeEnvironmentSecrets} to this value; see {@link
     * #runtimeEnvironmentSecrets(List)}.
     */
    public CodeConfigurationValues runtimeEnvironmentSecrets(Value<List<KeyValuePair>> value) {
      return set("RuntimeEnvironmentSecrets", value);
    }

    /**
     * Sets {@code RuntimeEnvironmentSecrets} to a list of these; see {@link
     * #runtimeEnvironmentSecrets(List)}.
     */
    public CodeConfigurationValues runtimeEnvironmentSecrets(KeyValuePair... values) {
      return set("RuntimeEnvironmentSecrets", Value.list(values));
    }

    /**
     * The environment variables that are available to your running AWS App Runner service. An array
     * of key-value pairs.
     *
     * <p>CloudFormation property {@code RuntimeEnvironmentVariables}.
     */
    public CodeConfigurationValues runtimeEnvironmentVariables(List<KeyValuePair> value) {
      return set("RuntimeEnvironmentVariables", Value.listOf(value));
    }

    /**
     * Sets {@code RuntimeEnvironmentVariables} to this value; see {@link
     * #runtimeEnvironmentVariables(List)}.
     */
    public CodeConfigurationValues runtimeEnvironmentVariables(Value<List<KeyValuePair>> value) {
      return set("RuntimeEnvironmentVariables", value);
    }

    /**
     * Sets {@code RuntimeEnvironmentVariables} to a list of these; see {@link
     * #runtimeEnvironmentVariables(List)}.
     */
    public CodeConfigurationValues runtimeEnvironmentVariables(KeyValuePair... values) {
      return set("RuntimeEnvironmentVariables", Value.list(values));
    }

    /**
     * The command App Runner runs to start your application.
     *
     * <p>Pattern: {@code ^[^&#92;x0a&#92;x0d]+$}. CloudFormation property {@code StartCommand}.
     */
    public CodeConfigurationValues startCommand(String value) {
      return set("StartCommand", Value.of(value));
    }

    /** Sets {@code StartCommand} to this value; see {@link #startCommand(String)}. */
    public CodeConfigurationValues startCommand(Value<String> value) {
      return set("StartCommand", value);
    }
  }

  /**
   * Describes a source code repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.CodeRepository}.
   */
  public static final class CodeRepository extends Struct<CodeRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.CodeRepository")
        .required("RepositoryUrl", "SourceCodeVersion")
        .constrain("RepositoryUrl", Constraint.of().minLength(0).maxLength(51200))
        .constrain("SourceDirectory", Constraint.of().pattern("[^\\x00]+").minLength(1).maxLength(4096))
        .build();

    public CodeRepository() {
      super(SCHEMA);
    }

    /**
     * Configuration for building and running the service from a source code repository.
     *
     * <p><code>CodeConfiguration</code> is required only for <code>CreateService</code> request.
     *
     * <p>CloudFormation property {@code CodeConfiguration}.
     */
    public CodeRepository codeConfiguration(Value<CodeConfiguration> value) {
      return set("CodeConfiguration", value);
    }

    /**
     * The location of the repository that contains the source code.
     *
     * <p>Required. Length: 0 to 51200 characters. CloudFormation property {@code RepositoryUrl}.
     */
    public CodeRepository repositoryUrl(String value) {
      return set("RepositoryUrl", Value.of(value));
    }

    /** Sets {@code RepositoryUrl} to this value; see {@link #repositoryUrl(String)}. */
    public CodeRepository repositoryUrl(Value<String> value) {
      return set("RepositoryUrl", value);
    }

    /**
     * The version that should be used within the source code repository.
     *
     * <p>Required. CloudFormation property {@code SourceCodeVersion}.
     */
    public CodeRepository sourceCodeVersion(Value<SourceCodeVersion> value) {
      return set("SourceCodeVersion", value);
    }

    /**
     * The path of the directory that stores source code and configuration files. The build and
     * start commands also execute from here. The path is absolute from root and, if not specified,
     * defaults to the repository root.
     *
     * <p>Length: 1 to 4096 characters. Pattern: {@code [^&#92;x00]+}. CloudFormation property
     * {@code SourceDirectory}.
     */
    public CodeRepository sourceDirectory(String value) {
      return set("SourceDirectory", Value.of(value));
    }

    /** Sets {@code SourceDirectory} to this value; see {@link #sourceDirectory(String)}. */
    public CodeRepository sourceDirectory(Value<String> value) {
      return set("SourceDirectory", value);
    }
  }

  /**
   * Describes configuration settings related to outbound network traffic of an AWS App Runner
   * service.
   *
   * <p>Property type {@code AWS::AppRunner::Service.EgressConfiguration}.
   */
  public static final class EgressConfiguration extends Struct<EgressConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.EgressConfiguration")
        .required("EgressType")
        .allowed("EgressType", "DEFAULT", "VPC")
        .constrain("VpcConnectorArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:[a-z0-9-\\\\.]{0,63}:[0-9]{12}:(\\w|\\/|-){1,1011}").minLength(44).maxLength(1011))
        .references("VpcConnectorArn", "AWS::AppRunner::VpcConnector.Ref")
        .build();

    public EgressConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of egress configuration.
     *
     * <p>Set to <code>DEFAULT</code> for access to resources hosted on public networks.
     *
     * <p>Set to <code>VPC</code> to associate your service to a custom VPC specified by
     * <code>VpcConnectorArn</code> .
     *
     * <p>Required. Allowed values: {@code DEFAULT}, {@code VPC}. CloudFormation property {@code
     * EgressType}.
     */
    public EgressConfiguration egressType(String value) {
      return set("EgressType", Value.of(value));
    }

    /** Sets {@code EgressType} to this value; see {@link #egressType(String)}. */
    public EgressConfiguration egressType(Value<String> value) {
      return set("EgressType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the App Runner VPC connector that you want to associate
     * with your App Runner service. Only valid when <code>EgressType = VPC</code> .
     *
     * <p>Length: 44 to 1011 characters. Pattern: {@code
     * arn:aws(-[&#92;w]+)*:[a-z0-9-&#92;&#92;.]{0,63}:[a-z0-9-&#92;&#92;.]{0,63}:[0-9]{12}:(&#92;w|&#92;/|-){1,1011}}.
     * CloudFormation property {@code VpcConnectorArn}.
     */
    public EgressConfiguration vpcConnectorArn(String value) {
      return set("VpcConnectorArn", Value.of(value));
    }

    /** Sets {@code VpcConnectorArn} to this value; see {@link #vpcConnectorArn(String)}. */
    public EgressConfiguration vpcConnectorArn(Value<String> value) {
      return set("VpcConnectorArn", value);
    }

    /**
     * Sets {@code VpcConnectorArn} to the Ref of {@code AWS::AppRunner::VpcConnector}; see {@link
     * #vpcConnectorArn(String)}.
     */
    public EgressConfiguration vpcConnectorArn(VpcConnector resource) {
      return set("VpcConnectorArn", resource.ref());
    }
  }

  /**
   * Describes a custom encryption key that AWS App Runner uses to encrypt copies of the source
   * repository and service logs.
   *
   * <p>Property type {@code AWS::AppRunner::Service.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.EncryptionConfiguration")
        .required("KmsKey")
        .constrain("KmsKey", Constraint.of().pattern("arn:aws(-[\\w]+)*:kms:[a-z\\-]+-[0-9]{1}:[0-9]{12}:key\\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").minLength(0).maxLength(256))
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the KMS key that's used for encryption.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * arn:aws(-[&#92;w]+)*:kms:[a-z&#92;-]+-[0-9]{1}:[0-9]{12}:key&#92;/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}.
     * CloudFormation property {@code KmsKey}.
     */
    public EncryptionConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public EncryptionConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }
  }

  /**
   * Describes the settings for the health check that AWS App Runner performs to monitor the health
   * of a service.
   *
   * <p>Property type {@code AWS::AppRunner::Service.HealthCheckConfiguration}.
   */
  public static final class HealthCheckConfiguration extends Struct<HealthCheckConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.HealthCheckConfiguration")
        .constrain("HealthyThreshold", Constraint.of().minimum(1).maximum(20))
        .constrain("Interval", Constraint.of().minimum(1).maximum(20))
        .constrain("Path", Constraint.of().minLength(1))
        .allowed("Protocol", "TCP", "HTTP")
        .constrain("Timeout", Constraint.of().minimum(1).maximum(20))
        .constrain("UnhealthyThreshold", Constraint.of().minimum(1).maximum(20))
        .build();

    public HealthCheckConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive checks that must succeed before App Runner decides that the service
     * is healthy.
     *
     * <p>Default: <code>1</code>
     *
     * <p>Range: 1 to 20. CloudFormation property {@code HealthyThreshold}.
     */
    public HealthCheckConfiguration healthyThreshold(int value) {
      return set("HealthyThreshold", Value.of(value));
    }

    /** Sets {@code HealthyThreshold} to this value; see {@link #healthyThreshold(int)}. */
    public HealthCheckConfiguration healthyThreshold(Value<Integer> value) {
      return set("HealthyThreshold", value);
    }

    /**
     * The time interval, in seconds, between health checks.
     *
     * <p>Default: <code>5</code>
     *
     * <p>Range: 1 to 20. CloudFormation property {@code Interval}.
     */
    public HealthCheckConfiguration interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public HealthCheckConfiguration interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The URL that health check requests are sent to.
     *
     * <p><code>Path</code> is only applicable when you set <code>Protocol</code> to
     * <code>HTTP</code> .
     *
     * <p>Default: <code>"/"</code>
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Path}.
     */
    public HealthCheckConfiguration path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HealthCheckConfiguration path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The IP protocol that App Runner uses to perform health checks for your service.
     *
     * <p>If you set <code>Protocol</code> to <code>HTTP</code> , App Runner sends health check
     * requests to the HTTP path specified by <code>Path</code> .
     *
     * <p>Default: <code>TCP</code>
     *
     * <p>Allowed values: {@code TCP}, {@code HTTP}. CloudFormation property {@code Protocol}.
     */
    public HealthCheckConfiguration protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public HealthCheckConfiguration protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The time, in seconds, to wait for a health check response before deciding it failed.
     *
     * <p>Default: <code>2</code>
     *
     * <p>Range: 1 to 20. CloudFormation property {@code Timeout}.
     */
    public HealthCheckConfiguration timeout(int value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
    public HealthCheckConfiguration timeout(Value<Integer> value) {
      return set("Timeout", value);
    }

    /**
     * The number of consecutive checks that must fail before App Runner decides that the service is
     * unhealthy.
     *
     * <p>Default: <code>5</code>
     *
     * <p>Range: 1 to 20. CloudFormation property {@code UnhealthyThreshold}.
     */
    public HealthCheckConfiguration unhealthyThreshold(int value) {
      return set("UnhealthyThreshold", Value.of(value));
    }

    /** Sets {@code UnhealthyThreshold} to this value; see {@link #unhealthyThreshold(int)}. */
    public HealthCheckConfiguration unhealthyThreshold(Value<Integer> value) {
      return set("UnhealthyThreshold", value);
    }
  }

  /**
   * Describes the configuration that AWS App Runner uses to run an App Runner service using an
   * image pulled from a source image repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.ImageConfiguration}.
   */
  public static final class ImageConfiguration extends Struct<ImageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.ImageConfiguration")
        .constrain("Port", Constraint.of().minLength(0).maxLength(51200))
        .constrain("StartCommand", Constraint.of().pattern("^[^\\x0a\\x0d]+$"))
        .build();

    public ImageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The port that your application listens to in the container.
     *
     * <p>Default: <code>8080</code>
     *
     * <p>Length: 0 to 51200 characters. CloudFormation property {@code Port}.
     */
    public ImageConfiguration port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public ImageConfiguration port(Value<String> value) {
      return set("Port", value);
    }

    /**
     * An array of key-value pairs representing the secrets and parameters that get referenced to
     * your service as an environment variable. The supported values are either the full Amazon
     * Resource Name (ARN) of the AWS Secrets Manager secret or the full ARN of the parameter in the
     * AWS Systems Manager Parameter Store.
     *
     * <p>- If the AWS Systems Manager Parameter Store parameter exists in the same AWS Region as
     * the service that you're launching, you can use either the full ARN or name of the secret. If
     * the parameter exists in a different Region, then the full ARN must be specified. - Currently,
     * cross account referencing of AWS Systems Manager Parameter Store parameter is not supported.
     *
     * <p>CloudFormation property {@code RuntimeEnvironmentSecrets}.
     */
    public ImageConfiguration runtimeEnvironmentSecrets(List<KeyValuePair> value) {
      return set("RuntimeEnvironmentSecrets", Value.listOf(value));
    }

    /**
     * Sets {@code RuntimeEnvironmentSecrets} to this value; see {@link
     * #runtimeEnvironmentSecrets(List)}.
     */
    public ImageConfiguration runtimeEnvironmentSecrets(Value<List<KeyValuePair>> value) {
      return set("RuntimeEnvironmentSecrets", value);
    }

    /**
     * Sets {@code RuntimeEnvironmentSecrets} to a list of these; see {@link
     * #runtimeEnvironmentSecrets(List)}.
     */
    public ImageConfiguration runtimeEnvironmentSecrets(KeyValuePair... values) {
      return set("RuntimeEnvironmentSecrets", Value.list(values));
    }

    /**
     * Environment variables that are available to your running App Runner service. An array of
     * key-value pairs.
     *
     * <p>CloudFormation property {@code RuntimeEnvironmentVariables}.
     */
    public ImageConfiguration runtimeEnvironmentVariables(List<KeyValuePair> value) {
      return set("RuntimeEnvironmentVariables", Value.listOf(value));
    }

    /**
     * Sets {@code RuntimeEnvironmentVariables} to this value; see {@link
     * #runtimeEnvironmentVariables(List)}.
     */
    public ImageConfiguration runtimeEnvironmentVariables(Value<List<KeyValuePair>> value) {
      return set("RuntimeEnvironmentVariables", value);
    }

    /**
     * Sets {@code RuntimeEnvironmentVariables} to a list of these; see {@link
     * #runtimeEnvironmentVariables(List)}.
     */
    public ImageConfiguration runtimeEnvironmentVariables(KeyValuePair... values) {
      return set("RuntimeEnvironmentVariables", Value.list(values));
    }

    /**
     * An optional command that App Runner runs to start the application in the source image. If
     * specified, this command overrides the Docker image’s default start command.
     *
     * <p>Pattern: {@code ^[^&#92;x0a&#92;x0d]+$}. CloudFormation property {@code StartCommand}.
     */
    public ImageConfiguration startCommand(String value) {
      return set("StartCommand", Value.of(value));
    }

    /** Sets {@code StartCommand} to this value; see {@link #startCommand(String)}. */
    public ImageConfiguration startCommand(Value<String> value) {
      return set("StartCommand", value);
    }
  }

  /**
   * Describes a source image repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.ImageRepository}.
   */
  public static final class ImageRepository extends Struct<ImageRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.ImageRepository")
        .required("ImageIdentifier", "ImageRepositoryType")
        .constrain("ImageIdentifier", Constraint.of().pattern("([0-9]{12}.dkr.ecr.[a-z\\-]+-[0-9]{1}.amazonaws.com\\/.*)|(^public\\.ecr\\.aws\\/.+\\/.+)").minLength(1).maxLength(1024))
        .allowed("ImageRepositoryType", "ECR", "ECR_PUBLIC")
        .build();

    public ImageRepository() {
      super(SCHEMA);
    }

    /**
     * Configuration for running the identified image.
     *
     * <p>CloudFormation property {@code ImageConfiguration}.
     */
    public ImageRepository imageConfiguration(Value<ImageConfiguration> value) {
      return set("ImageConfiguration", value);
    }

    /**
     * The identifier of an image.
     *
     * <p>For an image in Amazon Elastic Container Registry (Amazon ECR), this is an image name. For
     * the image name format, see <a
     * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html">Pulling
     * an image</a> in the <em>Amazon ECR User Guide</em> .
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * ([0-9]{12}.dkr.ecr.[a-z&#92;-]+-[0-9]{1}.amazonaws.com&#92;/.*)|(^public&#92;.ecr&#92;.aws&#92;/.+&#92;/.+)}.
     * CloudFormation property {@code ImageIdentifier}.
     */
    public ImageRepository imageIdentifier(String value) {
      return set("ImageIdentifier", Value.of(value));
    }

    /** Sets {@code ImageIdentifier} to this value; see {@link #imageIdentifier(String)}. */
    public ImageRepository imageIdentifier(Value<String> value) {
      return set("ImageIdentifier", value);
    }

    /**
     * The type of the image repository. This reflects the repository provider and whether the
     * repository is private or public.
     *
     * <p>Required. Allowed values: {@code ECR}, {@code ECR_PUBLIC}. CloudFormation property {@code
     * ImageRepositoryType}.
     */
    public ImageRepository imageRepositoryType(String value) {
      return set("ImageRepositoryType", Value.of(value));
    }

    /** Sets {@code ImageRepositoryType} to this value; see {@link #imageRepositoryType(String)}. */
    public ImageRepository imageRepositoryType(Value<String> value) {
      return set("ImageRepositoryType", value);
    }
  }

  /**
   * Network configuration settings for inbound network traffic.
   *
   * <p>Property type {@code AWS::AppRunner::Service.IngressConfiguration}.
   */
  public static final class IngressConfiguration extends Struct<IngressConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.IngressConfiguration")
        .required("IsPubliclyAccessible")
        .build();

    public IngressConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether your App Runner service is publicly accessible. To make the service
     * publicly accessible set it to <code>True</code> . To make the service privately accessible,
     * from only within an Amazon VPC set it to <code>False</code> .
     *
     * <p>Required. CloudFormation property {@code IsPubliclyAccessible}.
     */
    public IngressConfiguration isPubliclyAccessible(boolean value) {
      return set("IsPubliclyAccessible", Value.of(value));
    }

    /**
     * Sets {@code IsPubliclyAccessible} to this value; see {@link #isPubliclyAccessible(boolean)}.
     */
    public IngressConfiguration isPubliclyAccessible(Value<Boolean> value) {
      return set("IsPubliclyAccessible", value);
    }
  }

  /**
   * Describes the runtime configuration of an AWS App Runner service instance (scaling unit).
   *
   * <p>Property type {@code AWS::AppRunner::Service.InstanceConfiguration}.
   */
  public static final class InstanceConfiguration extends Struct<InstanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.InstanceConfiguration")
        .constrain("Cpu", Constraint.of().pattern("256|512|1024|2048|4096|(0.25|0.5|1|2|4) vCPU").minLength(3).maxLength(9))
        .constrain("InstanceRoleArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:role/[\\w+=,.@-]{1,64}").minLength(29).maxLength(1024).format("AWS::IAM::Role.Arn"))
        .references("InstanceRoleArn", "AWS::IAM::Role.Arn")
        .constrain("Memory", Constraint.of().pattern("512|1024|2048|3072|4096|6144|8192|10240|12288|(0.5|1|2|3|4|6|8|10|12) GB").minLength(3).maxLength(6))
        .build();

    public InstanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of CPU units reserved for each instance of your App Runner service.
     *
     * <p>Default: <code>1 vCPU</code>
     *
     * <p>Length: 3 to 9 characters. Pattern: {@code 256|512|1024|2048|4096|(0.25|0.5|1|2|4) vCPU}.
     * CloudFormation property {@code Cpu}.
     */
    public InstanceConfiguration cpu(String value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
    public InstanceConfiguration cpu(Value<String> value) {
      return set("Cpu", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role that provides permissions to your App Runner
     * service. These are permissions that your code needs when it calls any AWS APIs.
     *
     * <p>Length: 29 to 1024 characters. Pattern: {@code
     * arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::[0-9]{12}:role/[&#92;w+=,.&#64;-]{1,64}}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code InstanceRoleArn}.
     */
    public InstanceConfiguration instanceRoleArn(String value) {
      return set("InstanceRoleArn", Value.of(value));
    }

    /** Sets {@code InstanceRoleArn} to this value; see {@link #instanceRoleArn(String)}. */
    public InstanceConfiguration instanceRoleArn(Value<String> value) {
      return set("InstanceRoleArn", value);
    }

    /**
     * Sets {@code InstanceRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #instanceRoleArn(String)}.
     */
    public InstanceConfiguration instanceRoleArn(Role resource) {
      return set("InstanceRoleArn", resource.arn());
    }

    /**
     * The amount of memory, in MB or GB, reserved for each instance of your App Runner service.
     *
     * <p>Default: <code>2 GB</code>
     *
     * <p>Length: 3 to 6 characters. Pattern: {@code
     * 512|1024|2048|3072|4096|6144|8192|10240|12288|(0.5|1|2|3|4|6|8|10|12) GB}. CloudFormation
     * property {@code Memory}.
     */
    public InstanceConfiguration memory(String value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
    public InstanceConfiguration memory(Value<String> value) {
      return set("Memory", value);
    }
  }

  /**
   * Describes a key-value pair, which is a string-to-string mapping.
   *
   * <p>Property type {@code AWS::AppRunner::Service.KeyValuePair}.
   */
  public static final class KeyValuePair extends Struct<KeyValuePair> {
    private static final Schema SCHEMA = Schema.of("AWS::AppRunner::Service.KeyValuePair");

    public KeyValuePair() {
      super(SCHEMA);
    }

    /**
     * The key name string to map to a value.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public KeyValuePair name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public KeyValuePair name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value string to which the key name is mapped.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public KeyValuePair value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeyValuePair value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes configuration settings related to network traffic of an AWS App Runner service.
   * Consists of embedded objects for each configurable network feature.
   *
   * <p>Property type {@code AWS::AppRunner::Service.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.NetworkConfiguration")
        .allowed("IpAddressType", "IPV4", "DUAL_STACK")
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Network configuration settings for outbound message traffic.
     *
     * <p>CloudFormation property {@code EgressConfiguration}.
     */
    public NetworkConfiguration egressConfiguration(Value<EgressConfiguration> value) {
      return set("EgressConfiguration", value);
    }

    /**
     * Network configuration settings for inbound message traffic.
     *
     * <p>CloudFormation property {@code IngressConfiguration}.
     */
    public NetworkConfiguration ingressConfiguration(Value<IngressConfiguration> value) {
      return set("IngressConfiguration", value);
    }

    /**
     * App Runner provides you with the option to choose between <em>IPv4</em> and <em>dual
     * stack</em> (IPv4 and IPv6) for your incoming public network configuration. This is an
     * optional parameter. If you do not specify an <code>IpAddressType</code> , it defaults to
     * select IPv4.
     *
     * <p>Allowed values: {@code IPV4}, {@code DUAL_STACK}. CloudFormation property {@code
     * IpAddressType}.
     */
    public NetworkConfiguration ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public NetworkConfiguration ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }
  }

  /**
   * Describes the observability configuration of an AWS App Runner service. These are additional
   * observability features, like tracing, that you choose to enable. They're configured in a
   * separate resource that you associate with your service.
   *
   * <p>Property type {@code AWS::AppRunner::Service.ServiceObservabilityConfiguration}.
   */
  public static final class ServiceObservabilityConfiguration extends Struct<ServiceObservabilityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.ServiceObservabilityConfiguration")
        .required("ObservabilityEnabled")
        .constrain("ObservabilityConfigurationArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\\w|/|-){1,1011}").minLength(1).maxLength(1011))
        .build();

    public ServiceObservabilityConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the observability configuration that is associated with the
     * service. Specified only when <code>ObservabilityEnabled</code> is <code>true</code> .
     *
     * <p>Specify an ARN with a name and a revision number to associate that revision. For example:
     * <code>arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray-tracing/3</code>
     *
     * <p>Specify just the name to associate the latest revision. For example:
     * <code>arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray-tracing</code>
     *
     * <p>Length: 1 to 1011 characters. Pattern: {@code
     * arn:aws(-[&#92;w]+)*:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[0-9]{12}:(&#92;w|/|-){1,1011}}.
     * CloudFormation property {@code ObservabilityConfigurationArn}.
     */
    public ServiceObservabilityConfiguration observabilityConfigurationArn(String value) {
      return set("ObservabilityConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code ObservabilityConfigurationArn} to this value; see {@link
     * #observabilityConfigurationArn(String)}.
     */
    public ServiceObservabilityConfiguration observabilityConfigurationArn(Value<String> value) {
      return set("ObservabilityConfigurationArn", value);
    }

    /**
     * When <code>true</code> , an observability configuration resource is associated with the
     * service, and an <code>ObservabilityConfigurationArn</code> is specified.
     *
     * <p>Required. CloudFormation property {@code ObservabilityEnabled}.
     */
    public ServiceObservabilityConfiguration observabilityEnabled(boolean value) {
      return set("ObservabilityEnabled", Value.of(value));
    }

    /**
     * Sets {@code ObservabilityEnabled} to this value; see {@link #observabilityEnabled(boolean)}.
     */
    public ServiceObservabilityConfiguration observabilityEnabled(Value<Boolean> value) {
      return set("ObservabilityEnabled", value);
    }
  }

  /**
   * Identifies a version of code that AWS App Runner refers to within a source code repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.SourceCodeVersion}.
   */
  public static final class SourceCodeVersion extends Struct<SourceCodeVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::Service.SourceCodeVersion")
        .required("Type", "Value")
        .allowed("Type", "BRANCH")
        .constrain("Value", Constraint.of().minLength(0).maxLength(51200))
        .build();

    public SourceCodeVersion() {
      super(SCHEMA);
    }

    /**
     * The type of version identifier.
     *
     * <p>For a git-based repository, branches represent versions.
     *
     * <p>Required. Allowed values: {@code BRANCH}. CloudFormation property {@code Type}.
     */
    public SourceCodeVersion type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SourceCodeVersion type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * A source code version.
     *
     * <p>For a git-based repository, a branch name maps to a specific version. App Runner uses the
     * most recent commit to the branch.
     *
     * <p>Required. Length: 0 to 51200 characters. CloudFormation property {@code Value}.
     */
    public SourceCodeVersion value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SourceCodeVersion value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes the source deployed to an AWS App Runner service. It can be a code or an image
   * repository.
   *
   * <p>Property type {@code AWS::AppRunner::Service.SourceConfiguration}.
   */
  public static final class SourceConfiguration extends Struct<SourceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::AppRunner::Service.SourceConfiguration");

    public SourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the resources that are needed to authenticate access to some source repositories.
     *
     * <p>CloudFormation property {@code AuthenticationConfiguration}.
     */
    public SourceConfiguration authenticationConfiguration(Value<AuthenticationConfiguration> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * If <code>true</code> , continuous integration from the source repository is enabled for the
     * App Runner service. Each repository change (including any source code commit or new image
     * version) starts a deployment.
     *
     * <p>Default: App Runner sets to <code>false</code> for a source image that uses an ECR Public
     * repository or an ECR repository that's in an AWS account other than the one that the service
     * is in. App Runner sets to <code>true</code> in all other cases (which currently include a
     * source code repository or a source image using a same-account ECR repository).
     *
     * <p>CloudFormation property {@code AutoDeploymentsEnabled}.
     */
    public SourceConfiguration autoDeploymentsEnabled(boolean value) {
      return set("AutoDeploymentsEnabled", Value.of(value));
    }

    /**
     * Sets {@code AutoDeploymentsEnabled} to this value; see {@link
     * #autoDeploymentsEnabled(boolean)}.
     */
    public SourceConfiguration autoDeploymentsEnabled(Value<Boolean> value) {
      return set("AutoDeploymentsEnabled", value);
    }

    /**
     * The description of a source code repository.
     *
     * <p>You must provide either this member or <code>ImageRepository</code> (but not both).
     *
     * <p>CloudFormation property {@code CodeRepository}.
     */
    public SourceConfiguration codeRepository(Value<CodeRepository> value) {
      return set("CodeRepository", value);
    }

    /**
     * The description of a source image repository.
     *
     * <p>You must provide either this member or <code>CodeRepository</code> (but not both).
     *
     * <p>CloudFormation property {@code ImageRepository}.
     */
    public SourceConfiguration imageRepository(Value<ImageRepository> value) {
      return set("ImageRepository", value);
    }
  }
}
