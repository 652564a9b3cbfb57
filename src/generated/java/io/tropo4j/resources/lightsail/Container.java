// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::Container</code> resource specifies a container service.
 *
 * <p>A Lightsail container service is a compute resource to which you can deploy containers.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Container}.
 */
public final class Container extends Resource<Container> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Container")
      .required("Power", "Scale", "ServiceName")
      .allowed("Power", "large", "medium", "micro", "nano", "small", "xlarge")
      .constrain("Scale", Constraint.of().minimum(1).maximum(20))
      .constrain("ServiceName", Constraint.of().pattern("^[a-z0-9]{1,2}|[a-z0-9][a-z0-9-]+[a-z0-9]$").minLength(1).maxLength(63))
      .refYields("ServiceName")
      .attributes("ContainerArn", "PrincipalArn",
          "PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Container(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that describes the current container deployment of the container service.
   *
   * <p>CloudFormation property {@code ContainerServiceDeployment}.
   */
  public Container containerServiceDeployment(Value<ContainerServiceDeployment> value) {
    return set("ContainerServiceDeployment", value);
  }

  /**
   * A Boolean value indicating whether the container service is disabled.
   *
   * <p>CloudFormation property {@code IsDisabled}.
   */
  public Container isDisabled(boolean value) {
    return set("IsDisabled", Value.of(value));
  }

  /** Sets {@code IsDisabled} to this value; see {@link #isDisabled(boolean)}. */
  public Container isDisabled(Value<Boolean> value) {
    return set("IsDisabled", value);
  }

  /**
   * The power specification of the container service.
   *
   * <p>The power specifies the amount of RAM, the number of vCPUs, and the base price of the
   * container service.
   *
   * <p>Required. Allowed values: {@code large}, {@code medium}, {@code micro}, {@code nano}, {@code
   * small}, {@code xlarge}. CloudFormation property {@code Power}.
   */
  public Container power(String value) {
    return set("Power", Value.of(value));
  }

  /** Sets {@code Power} to this value; see {@link #power(String)}. */
  public Container power(Value<String> value) {
    return set("Power", value);
  }

  /**
   * An object that describes the configuration for the container service to access private
   * container image repositories, such as ( Amazon ECR ) private repositories.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access">Configuring
   * access to an Amazon ECR private repository for an Amazon Lightsail container service</a> in the
   * <em>Amazon Lightsail Developer Guide</em> .
   *
   * <p>CloudFormation property {@code PrivateRegistryAccess}.
   */
  public Container privateRegistryAccess(Value<PrivateRegistryAccess> value) {
    return set("PrivateRegistryAccess", value);
  }

  /**
   * The public domain name of the container service, such as <code>example.com</code> and
   * <code>www.example.com</code> .
   *
   * <p>You can specify up to four public domain names for a container service. The domain names
   * that you specify are used when you create a deployment with a container that is configured as
   * the public endpoint of your container service.
   *
   * <p>If you don't specify public domain names, then you can use the default domain of the
   * container service.
   *
   * <p>You must create and validate an SSL/TLS certificate before you can use public domain names
   * with your container service. Use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-certificate.html">AWS::Lightsail::Certificate</a>
   * resource to create a certificate for the public domain names that you want to use with your
   * container service.
   *
   * <p>CloudFormation property {@code PublicDomainNames}.
   */
  public Container publicDomainNames(List<PublicDomainName> value) {
    return set("PublicDomainNames", Value.listOf(value));
  }

  /** Sets {@code PublicDomainNames} to this value; see {@link #publicDomainNames(List)}. */
  public Container publicDomainNames(Value<List<PublicDomainName>> value) {
    return set("PublicDomainNames", value);
  }

  /** Sets {@code PublicDomainNames} to a list of these; see {@link #publicDomainNames(List)}. */
  public Container publicDomainNames(PublicDomainName... values) {
    return set("PublicDomainNames", Value.list(values));
  }

  /**
   * The scale specification of the container service.
   *
   * <p>The scale specifies the allocated compute nodes of the container service.
   *
   * <p>Required. Range: 1 to 20. CloudFormation property {@code Scale}.
   */
  public Container scale(int value) {
    return set("Scale", Value.of(value));
  }

  /** Sets {@code Scale} to this value; see {@link #scale(int)}. */
  public Container scale(Value<Integer> value) {
    return set("Scale", value);
  }

  /**
   * The name of the container service.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-z0-9]{1,2}|[a-z0-9][a-z0-9-]+[a-z0-9]$}. CloudFormation property {@code ServiceName}.
   */
  public Container serviceName(String value) {
    return set("ServiceName", Value.of(value));
  }

  /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
  public Container serviceName(Value<String> value) {
    return set("ServiceName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Container tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Container tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Container tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the container.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContainerArn}.
   */
  public Value<String> containerArn() {
    return getAtt("ContainerArn");
  }

  /**
   * The principle Amazon Resource Name (ARN) of the role.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrincipalArn}.
   */
  public Value<String> principalArn() {
    return getAtt("PrincipalArn");
  }

  /**
   * The principle Amazon Resource Name (ARN) of the role.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn}.
   */
  public Value<String> privateRegistryAccessEcrImagePullerRolePrincipalArn() {
    return getAtt("PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn");
  }

  /**
   * The publicly accessible URL of the container service.
   *
   * <p>If no public endpoint is specified in the current deployment, this URL returns a 404
   * response.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }

  /**
   * <code>Container</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-container-containerservicedeployment.html">ContainerServiceDeployment</a>
   * property. It describes the settings of a container that will be launched, or that is launched,
   * to an Amazon Lightsail container service.
   *
   * <p>Property type {@code AWS::Lightsail::Container.Container}.
   */
  public static final class ContainerProperty extends Struct<ContainerProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.Container");

    public ContainerProperty() {
      super(SCHEMA);
    }

    /**
     * The launch command for the container.
     *
     * <p>CloudFormation property {@code Command}.
     */
    public ContainerProperty command(List<String> value) {
      return set("Command", Value.listOf(value));
    }

    /** Sets {@code Command} to this value; see {@link #command(List)}. */
    public ContainerProperty command(Value<List<String>> value) {
      return set("Command", value);
    }

    /**
     * The name of the container.
     *
     * <p>CloudFormation property {@code ContainerName}.
     */
    public ContainerProperty containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public ContainerProperty containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * The environment variables of the container.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public ContainerProperty environment(List<EnvironmentVariable> value) {
      return set("Environment", Value.listOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
    public ContainerProperty environment(Value<List<EnvironmentVariable>> value) {
      return set("Environment", value);
    }

    /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
    public ContainerProperty environment(EnvironmentVariable... values) {
      return set("Environment", Value.list(values));
    }

    /**
     * The name of the image used for the container.
     *
     * <p>Container images that are sourced from (registered and stored on) your container service
     * start with a colon ( <code>:</code> ). For example, if your container service name is
     * <code>container-service-1</code> , the container image label is <code>mystaticsite</code> ,
     * and you want to use the third version ( <code>3</code> ) of the registered container image,
     * then you should specify <code>:container-service-1.mystaticsite.3</code> . To use the latest
     * version of a container image, specify <code>latest</code> instead of a version number (for
     * example, <code>:container-service-1.mystaticsite.latest</code> ). Your container service will
     * automatically use the highest numbered version of the registered container image.
     *
     * <p>Container images that are sourced from a public registry like Docker Hub don’t start with
     * a colon. For example, <code>nginx:latest</code> or <code>nginx</code> .
     *
     * <p>CloudFormation property {@code Image}.
     */
    public ContainerProperty image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ContainerProperty image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * An object that describes the open firewall ports and protocols of the container.
     *
     * <p>CloudFormation property {@code Ports}.
     */
    public ContainerProperty ports(List<PortInfo> value) {
      return set("Ports", Value.listOf(value));
    }

    /** Sets {@code Ports} to this value; see {@link #ports(List)}. */
    public ContainerProperty ports(Value<List<PortInfo>> value) {
      return set("Ports", value);
    }

    /** Sets {@code Ports} to a list of these; see {@link #ports(List)}. */
    public ContainerProperty ports(PortInfo... values) {
      return set("Ports", Value.list(values));
    }
  }

  /**
   * <code>ContainerServiceDeployment</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-container.html">AWS::Lightsail::Container</a>
   * resource. It describes a container deployment configuration of a container service.
   *
   * <p>A deployment specifies the settings, such as the ports and launch command, of containers
   * that are deployed to your container service.
   *
   * <p>Property type {@code AWS::Lightsail::Container.ContainerServiceDeployment}.
   */
  public static final class ContainerServiceDeployment extends Struct<ContainerServiceDeployment> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.ContainerServiceDeployment");

    public ContainerServiceDeployment() {
      super(SCHEMA);
    }

    /**
     * An object that describes the configuration for the containers of the deployment.
     *
     * <p>CloudFormation property {@code Containers}.
     */
    public ContainerServiceDeployment containers(List<ContainerProperty> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public ContainerServiceDeployment containers(Value<List<ContainerProperty>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public ContainerServiceDeployment containers(ContainerProperty... values) {
      return set("Containers", Value.list(values));
    }

    /**
     * An object that describes the endpoint of the deployment.
     *
     * <p>CloudFormation property {@code PublicEndpoint}.
     */
    public ContainerServiceDeployment publicEndpoint(Value<PublicEndpoint> value) {
      return set("PublicEndpoint", value);
    }
  }

  /**
   * Describes the IAM role that you can use to grant a Lightsail container service access to Amazon
   * ECR private repositories.
   *
   * <p>Property type {@code AWS::Lightsail::Container.EcrImagePullerRole}.
   */
  public static final class EcrImagePullerRole extends Struct<EcrImagePullerRole> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.EcrImagePullerRole");

    public EcrImagePullerRole() {
      super(SCHEMA);
    }

    /**
     * A boolean value that indicates whether the <code>ECRImagePullerRole</code> is active.
     *
     * <p>CloudFormation property {@code IsActive}.
     */
    public EcrImagePullerRole isActive(boolean value) {
      return set("IsActive", Value.of(value));
    }

    /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
    public EcrImagePullerRole isActive(Value<Boolean> value) {
      return set("IsActive", value);
    }

    /**
     * The principle Amazon Resource Name (ARN) of the role. This property is read-only.
     *
     * <p>CloudFormation property {@code PrincipalArn}.
     */
    public EcrImagePullerRole principalArn(String value) {
      return set("PrincipalArn", Value.of(value));
    }

    /** Sets {@code PrincipalArn} to this value; see {@link #principalArn(String)}. */
    public EcrImagePullerRole principalArn(Value<String> value) {
      return set("PrincipalArn", value);
    }
  }

  /**
   * <code>EnvironmentVariable</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-container-container.html">Container</a>
   * property. It describes the environment variables of a container on a container service which
   * are key-value parameters that provide dynamic configuration of the application or script run by
   * the container.
   *
   * <p>Property type {@code AWS::Lightsail::Container.EnvironmentVariable}.
   */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.EnvironmentVariable");

    public EnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The environment variable value.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * The environment variable key.
     *
     * <p>CloudFormation property {@code Variable}.
     */
    public EnvironmentVariable variable(String value) {
      return set("Variable", Value.of(value));
    }

    /** Sets {@code Variable} to this value; see {@link #variable(String)}. */
    public EnvironmentVariable variable(Value<String> value) {
      return set("Variable", value);
    }
  }

  /**
   * <code>HealthCheckConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-container-publicendpoint.html">PublicEndpoint</a>
   * property. It describes the healthcheck configuration of a container deployment on a container
   * service.
   *
   * <p>Property type {@code AWS::Lightsail::Container.HealthCheckConfig}.
   */
  public static final class HealthCheckConfig extends Struct<HealthCheckConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.HealthCheckConfig");

    public HealthCheckConfig() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive health check successes required before moving the container to the
     * <code>Healthy</code> state. The default value is <code>2</code> .
     *
     * <p>CloudFormation property {@code HealthyThreshold}.
     */
    public HealthCheckConfig healthyThreshold(int value) {
      return set("HealthyThreshold", Value.of(value));
    }

    /** Sets {@code HealthyThreshold} to this value; see {@link #healthyThreshold(int)}. */
    public HealthCheckConfig healthyThreshold(Value<Integer> value) {
      return set("HealthyThreshold", value);
    }

    /**
     * The approximate interval, in seconds, between health checks of an individual container. You
     * can specify between <code>5</code> and <code>300</code> seconds. The default value is
     * <code>5</code> .
     *
     * <p>CloudFormation property {@code IntervalSeconds}.
     */
    public HealthCheckConfig intervalSeconds(int value) {
      return set("IntervalSeconds", Value.of(value));
    }

    /** Sets {@code IntervalSeconds} to this value; see {@link #intervalSeconds(int)}. */
    public HealthCheckConfig intervalSeconds(Value<Integer> value) {
      return set("IntervalSeconds", value);
    }

    /**
     * The path on the container on which to perform the health check. The default value is
     * <code>/</code> .
     *
     * <p>CloudFormation property {@code Path}.
     */
    public HealthCheckConfig path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HealthCheckConfig path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The HTTP codes to use when checking for a successful response from a container. You can
     * specify values between <code>200</code> and <code>499</code> . You can specify multiple
     * values (for example, <code>200,202</code> ) or a range of values (for example,
     * <code>200-299</code> ).
     *
     * <p>CloudFormation property {@code SuccessCodes}.
     */
    public HealthCheckConfig successCodes(String value) {
      return set("SuccessCodes", Value.of(value));
    }

    /** Sets {@code SuccessCodes} to this value; see {@link #successCodes(String)}. */
    public HealthCheckConfig successCodes(Value<String> value) {
      return set("SuccessCodes", value);
    }

    /**
     * The amount of time, in seconds, during which no response means a failed health check. You can
     * specify between <code>2</code> and <code>60</code> seconds. The default value is
     * <code>2</code> .
     *
     * <p>CloudFormation property {@code TimeoutSeconds}.
     */
    public HealthCheckConfig timeoutSeconds(int value) {
      return set("TimeoutSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutSeconds} to this value; see {@link #timeoutSeconds(int)}. */
    public HealthCheckConfig timeoutSeconds(Value<Integer> value) {
      return set("TimeoutSeconds", value);
    }

    /**
     * The number of consecutive health check failures required before moving the container to the
     * <code>Unhealthy</code> state. The default value is <code>2</code> .
     *
     * <p>CloudFormation property {@code UnhealthyThreshold}.
     */
    public HealthCheckConfig unhealthyThreshold(int value) {
      return set("UnhealthyThreshold", Value.of(value));
    }

    /** Sets {@code UnhealthyThreshold} to this value; see {@link #unhealthyThreshold(int)}. */
    public HealthCheckConfig unhealthyThreshold(Value<Integer> value) {
      return set("UnhealthyThreshold", value);
    }
  }

  /**
   * <code>PortInfo</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-container-container.html">Container</a>
   * property. It describes the ports to open and the protocols to use for a container on a Amazon
   * Lightsail container service.
   *
   * <p>Property type {@code AWS::Lightsail::Container.PortInfo}.
   */
  public static final class PortInfo extends Struct<PortInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.PortInfo");

    public PortInfo() {
      super(SCHEMA);
    }

    /**
     * The open firewall ports of the container.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public PortInfo port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public PortInfo port(Value<String> value) {
      return set("Port", value);
    }

    /**
     * The protocol name for the open ports.
     *
     * <p><em>Allowed values</em> : <code>HTTP</code> | <code>HTTPS</code> | <code>TCP</code> |
     * <code>UDP</code>
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public PortInfo protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public PortInfo protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * Describes the configuration for an Amazon Lightsail container service to access private
   * container image repositories, such as ( Amazon ECR ) private repositories.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access">Configuring
   * access to an Amazon ECR private repository for an Amazon Lightsail container service</a> in the
   * <em>Amazon Lightsail Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Lightsail::Container.PrivateRegistryAccess}.
   */
  public static final class PrivateRegistryAccess extends Struct<PrivateRegistryAccess> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.PrivateRegistryAccess");

    public PrivateRegistryAccess() {
      super(SCHEMA);
    }

    /**
     * An object that describes the activation status of the role that you can use to grant a
     * Lightsail container service access to Amazon ECR private repositories. If the role is
     * activated, the Amazon Resource Name (ARN) of the role is also listed.
     *
     * <p>CloudFormation property {@code EcrImagePullerRole}.
     */
    public PrivateRegistryAccess ecrImagePullerRole(Value<EcrImagePullerRole> value) {
      return set("EcrImagePullerRole", value);
    }
  }

  /**
   * <code>PublicDomainName</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-container.html">AWS::Lightsail::Container</a>
   * resource. It describes the public domain names to use with a container service, such as
   * <code>example.com</code> and <code>www.example.com</code> . It also describes the certificates
   * to use with a container service.
   *
   * <p>Property type {@code AWS::Lightsail::Container.PublicDomainName}.
   */
  public static final class PublicDomainName extends Struct<PublicDomainName> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.PublicDomainName");

    public PublicDomainName() {
      super(SCHEMA);
    }

    /**
     * The name of the certificate for the public domains.
     *
     * <p>CloudFormation property {@code CertificateName}.
     */
    public PublicDomainName certificateName(String value) {
      return set("CertificateName", Value.of(value));
    }

    /** Sets {@code CertificateName} to this value; see {@link #certificateName(String)}. */
    public PublicDomainName certificateName(Value<String> value) {
      return set("CertificateName", value);
    }

    /**
     * The public domain names to use with the container service.
     *
     * <p>CloudFormation property {@code DomainNames}.
     */
    public PublicDomainName domainNames(List<String> value) {
      return set("DomainNames", Value.listOf(value));
    }

    /** Sets {@code DomainNames} to this value; see {@link #domainNames(List)}. */
    public PublicDomainName domainNames(Value<List<String>> value) {
      return set("DomainNames", value);
    }
  }

  /**
   * <code>PublicEndpoint</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-container-containerservicedeployment.html">ContainerServiceDeployment</a>
   * property. It describes describes the settings of the public endpoint of a container on a
   * container service.
   *
   * <p>Property type {@code AWS::Lightsail::Container.PublicEndpoint}.
   */
  public static final class PublicEndpoint extends Struct<PublicEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Container.PublicEndpoint");

    public PublicEndpoint() {
      super(SCHEMA);
    }

    /**
     * The name of the container entry of the deployment that the endpoint configuration applies to.
     *
     * <p>CloudFormation property {@code ContainerName}.
     */
    public PublicEndpoint containerName(String value) {
      return set("ContainerName", Value.of(value));
    }

    /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
    public PublicEndpoint containerName(Value<String> value) {
      return set("ContainerName", value);
    }

    /**
     * The port of the specified container to which traffic is forwarded to.
     *
     * <p>CloudFormation property {@code ContainerPort}.
     */
    public PublicEndpoint containerPort(int value) {
      return set("ContainerPort", Value.of(value));
    }

    /** Sets {@code ContainerPort} to this value; see {@link #containerPort(int)}. */
    public PublicEndpoint containerPort(Value<Integer> value) {
      return set("ContainerPort", value);
    }

    /**
     * An object that describes the health check configuration of the container.
     *
     * <p>CloudFormation property {@code HealthCheckConfig}.
     */
    public PublicEndpoint healthCheckConfig(Value<HealthCheckConfig> value) {
      return set("HealthCheckConfig", value);
    }
  }
}
