// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS PCS cluster resource. For more information, see <a
 * href="https://docs.aws.amazon.com/pcs/latest/userguide/working-with_clusters_create.html">Creating
 * a cluster in Parallel Computing Service</a> in the <em>AWS PCS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::PCS::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster")
      .required("Networking", "Scheduler", "Size")
      .allowed("Size", "SMALL", "MEDIUM", "LARGE")
      .refYields("Arn")
      .attributes("Arn", "Endpoints", "ErrorInfo", "Id", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name that identifies the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Cluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Cluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The networking configuration for the cluster's control plane.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Networking}.
   */
  public Cluster networking(Value<Networking> value) {
    return set("Networking", value);
  }

  /**
   * The cluster management and job scheduling software associated with the cluster.
   *
   * <p>Required. CloudFormation property {@code Scheduler}.
   */
  public Cluster scheduler(Value<Scheduler> value) {
    return set("Scheduler", value);
  }

  /**
   * The size of the cluster.
   *
   * <ul> <li><code>SMALL</code> : 32 compute nodes and 256 jobs <li><code>MEDIUM</code> : 512
   * compute nodes and 8192 jobs <li><code>LARGE</code> : 2048 compute nodes and 16,384 jobs </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SMALL}, {@code MEDIUM},
   * {@code LARGE}. CloudFormation property {@code Size}.
   */
  public Cluster size(String value) {
    return set("Size", Value.of(value));
  }

  /** Sets {@code Size} to this value; see {@link #size(String)}. */
  public Cluster size(Value<String> value) {
    return set("Size", value);
  }

  /**
   * Additional options related to the Slurm scheduler.
   *
   * <p>CloudFormation property {@code SlurmConfiguration}.
   */
  public Cluster slurmConfiguration(Value<SlurmConfiguration> value) {
    return set("SlurmConfiguration", value);
  }

  /**
   * 1 or more tags added to the resource. Each tag consists of a tag key and tag value. The tag
   * value is optional and can be an empty string.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Cluster tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The unique Amazon Resource Name (ARN) of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The list of endpoints available for interaction with the scheduler.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoints}.
   */
  public Value<List<Endpoint>> endpoints() {
    return getAtt("Endpoints");
  }

  /**
   * The list of errors that occurred during cluster provisioning.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorInfo}.
   */
  public Value<List<ErrorInfo>> errorInfo() {
    return getAtt("ErrorInfo");
  }

  /**
   * The generated unique ID of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The provisioning status of the cluster.
   *
   * <p>The provisioning status doesn't indicate the overall health of the cluster. &gt; The
   * resource enters the <code>SUSPENDING</code> and <code>SUSPENDED</code> states when the
   * scheduler is beyond end of life and we have suspended the cluster. When in these states, you
   * can't use the cluster. The cluster controller is down and all compute instances are terminated.
   * The resources still count toward your service quotas. You can delete a resource if its status
   * is <code>SUSPENDED</code> . For more information, see <a
   * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-versions_faq.html">Frequently
   * asked questions about Slurm versions in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The accounting configuration includes configurable settings for Slurm accounting.
   *
   * <p>Property type {@code AWS::PCS::Cluster.Accounting}.
   */
  public static final class Accounting extends Struct<Accounting> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.Accounting")
        .required("Mode")
        .constrain("DefaultPurgeTimeInDays", Constraint.of().minimum(-1).maximum(10000))
        .allowed("Mode", "STANDARD", "NONE")
        .build();

    public Accounting() {
      super(SCHEMA);
    }

    /**
     * The default value for all purge settings for <code>slurmdbd.conf</code> . For more
     * information, see the <a
     * href="https://docs.aws.amazon.com/https://slurm.schedmd.com/slurmdbd.conf.html">slurmdbd.conf
     * documentation at SchedMD</a> .
     *
     * <p>The default value for <code>defaultPurgeTimeInDays</code> is <code>-1</code> .
     *
     * <p>A value of <code>-1</code> means there is no purge time and records persist as long as the
     * cluster exists.
     *
     * <p><code>0</code> isn't a valid value.
     *
     * <p>Range: -1 to 10000. Default: {@code -1}. CloudFormation property {@code
     * DefaultPurgeTimeInDays}.
     */
    public Accounting defaultPurgeTimeInDays(int value) {
      return set("DefaultPurgeTimeInDays", Value.of(value));
    }

    /**
     * Sets {@code DefaultPurgeTimeInDays} to this value; see {@link #defaultPurgeTimeInDays(int)}.
     */
    public Accounting defaultPurgeTimeInDays(Value<Integer> value) {
      return set("DefaultPurgeTimeInDays", value);
    }

    /**
     * The default value for <code>mode</code> is <code>NONE</code> . A value of
     * <code>STANDARD</code> means Slurm accounting is enabled.
     *
     * <p>Required. Allowed values: {@code STANDARD}, {@code NONE}. Default: {@code "NONE"}.
     * CloudFormation property {@code Mode}.
     */
    public Accounting mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public Accounting mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * The shared Slurm key for authentication, also known as the <em>cluster secret</em> .
   *
   * <p>Property type {@code AWS::PCS::Cluster.AuthKey}.
   */
  public static final class AuthKey extends Struct<AuthKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.AuthKey")
        .required("SecretArn", "SecretVersion")
        .build();

    public AuthKey() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the shared Slurm key.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public AuthKey secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public AuthKey secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The version of the shared Slurm key.
     *
     * <p>Required. CloudFormation property {@code SecretVersion}.
     */
    public AuthKey secretVersion(String value) {
      return set("SecretVersion", Value.of(value));
    }

    /** Sets {@code SecretVersion} to this value; see {@link #secretVersion(String)}. */
    public AuthKey secretVersion(Value<String> value) {
      return set("SecretVersion", value);
    }
  }

  /**
   * Additional cgroup configuration settings.
   *
   * <p>Property type {@code AWS::PCS::Cluster.CgroupCustomSetting}.
   */
  public static final class CgroupCustomSetting extends Struct<CgroupCustomSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.CgroupCustomSetting")
        .required("ParameterName", "ParameterValue")
        .build();

    public CgroupCustomSetting() {
      super(SCHEMA);
    }

    /**
     * The cgroup.conf parameter name.
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public CgroupCustomSetting parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public CgroupCustomSetting parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The value for the cgroup.conf parameter.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public CgroupCustomSetting parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public CgroupCustomSetting parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * An endpoint available for interaction with the scheduler.
   *
   * <p>Property type {@code AWS::PCS::Cluster.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.Endpoint")
        .required("Port", "PrivateIpAddress", "Type")
        .allowed("Type", "SLURMCTLD", "SLURMDBD", "SLURMRESTD")
        .build();

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * The endpoint's IPv6 address.
     *
     * <p>Example: <code>2001:db8::1</code>
     *
     * <p>CloudFormation property {@code Ipv6Address}.
     */
    public Endpoint ipv6Address(String value) {
      return set("Ipv6Address", Value.of(value));
    }

    /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
    public Endpoint ipv6Address(Value<String> value) {
      return set("Ipv6Address", value);
    }

    /**
     * The endpoint's connection port number.
     *
     * <p>Example: <code>1234</code>
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public Endpoint port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public Endpoint port(Value<String> value) {
      return set("Port", value);
    }

    /**
     * For clusters that use IPv4, this is the endpoint's private IP address.
     *
     * <p>Example: <code>10.1.2.3</code>
     *
     * <p>For clusters configured to use IPv6, this is an empty string.
     *
     * <p>Required. CloudFormation property {@code PrivateIpAddress}.
     */
    public Endpoint privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public Endpoint privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }

    /**
     * The endpoint's public IP address.
     *
     * <p>Example: <code>192.0.2.1</code>
     *
     * <p>CloudFormation property {@code PublicIpAddress}.
     */
    public Endpoint publicIpAddress(String value) {
      return set("PublicIpAddress", Value.of(value));
    }

    /** Sets {@code PublicIpAddress} to this value; see {@link #publicIpAddress(String)}. */
    public Endpoint publicIpAddress(Value<String> value) {
      return set("PublicIpAddress", value);
    }

    /**
     * Indicates the type of endpoint running at the specific IP address.
     *
     * <p>Required. Allowed values: {@code SLURMCTLD}, {@code SLURMDBD}, {@code SLURMRESTD}.
     * CloudFormation property {@code Type}.
     */
    public Endpoint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Endpoint type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An error that occurred during resource creation.
   *
   * <p>Property type {@code AWS::PCS::Cluster.ErrorInfo}.
   */
  public static final class ErrorInfo extends Struct<ErrorInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::Cluster.ErrorInfo");

    public ErrorInfo() {
      super(SCHEMA);
    }

    /**
     * The short-form error code.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public ErrorInfo code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public ErrorInfo code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The detailed error information.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public ErrorInfo message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public ErrorInfo message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * The JWT authentication configuration for Slurm REST API access.
   *
   * <p>Property type {@code AWS::PCS::Cluster.JwtAuth}.
   */
  public static final class JwtAuth extends Struct<JwtAuth> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::Cluster.JwtAuth");

    public JwtAuth() {
      super(SCHEMA);
    }

    /**
     * The JWT key for Slurm REST API authentication.
     *
     * <p>CloudFormation property {@code JwtKey}.
     */
    public JwtAuth jwtKey(Value<JwtKey> value) {
      return set("JwtKey", value);
    }
  }

  /**
   * The JWT key stored in AWS Secrets Manager for Slurm REST API authentication.
   *
   * <p>Property type {@code AWS::PCS::Cluster.JwtKey}.
   */
  public static final class JwtKey extends Struct<JwtKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.JwtKey")
        .required("SecretArn", "SecretVersion")
        .build();

    public JwtKey() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret containing the JWT key.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public JwtKey secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public JwtKey secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The version of the AWS Secrets Manager secret containing the JWT key.
     *
     * <p>Required. CloudFormation property {@code SecretVersion}.
     */
    public JwtKey secretVersion(String value) {
      return set("SecretVersion", Value.of(value));
    }

    /** Sets {@code SecretVersion} to this value; see {@link #secretVersion(String)}. */
    public JwtKey secretVersion(Value<String> value) {
      return set("SecretVersion", value);
    }
  }

  /**
   * The networking configuration for the cluster's control plane.
   *
   * <p>Property type {@code AWS::PCS::Cluster.Networking}.
   */
  public static final class Networking extends Struct<Networking> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.Networking")
        .allowed("NetworkType", "IPV4", "IPV6")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-\\w{8,17}$").format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-\\w{8,17}$"))
        .build();

    public Networking() {
      super(SCHEMA);
    }

    /**
     * The IP address version the cluster uses. The default is <code>IPV4</code> .
     *
     * <p>Allowed values: {@code IPV4}, {@code IPV6}. CloudFormation property {@code NetworkType}.
     */
    public Networking networkType(String value) {
      return set("NetworkType", Value.of(value));
    }

    /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
    public Networking networkType(Value<String> value) {
      return set("NetworkType", value);
    }

    /**
     * The list of security group IDs associated with the Elastic Network Interface (ENI) created in
     * subnets.
     *
     * <p>The following rules are required:
     *
     * <ul> <li>Inbound rule 1 </ul>
     *
     * <ul> <li>Protocol: All <li>Ports: All <li>Source: Self <li>Outbound rule 1 </ul>
     *
     * <ul> <li>Protocol: All <li>Ports: All <li>Destination: 0.0.0.0/0 (IPv4) or ::/0 (IPv6)
     * <li>Outbound rule 2 </ul>
     *
     * <ul> <li>Protocol: All <li>Ports: All <li>Destination: Self </ul>
     *
     * <p>Pattern: {@code ^sg-&#92;w{8,17}$}. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public Networking securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public Networking securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID of the subnet where AWS PCS creates an Elastic Network Interface (ENI) to enable
     * communication between managed controllers and AWS PCS resources. The subnet must have an
     * available IP address, cannot reside in AWS Outposts , AWS Wavelength , or an AWS Local Zone.
     *
     * <p>Example: <code>subnet-abcd1234</code>
     *
     * <p>Pattern: {@code ^subnet-&#92;w{8,17}$}. CloudFormation property {@code SubnetIds}.
     */
    public Networking subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public Networking subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The cluster management and job scheduling software associated with the cluster.
   *
   * <p>Property type {@code AWS::PCS::Cluster.Scheduler}.
   */
  public static final class Scheduler extends Struct<Scheduler> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.Scheduler")
        .required("Type", "Version")
        .allowed("Type", "SLURM")
        .build();

    public Scheduler() {
      super(SCHEMA);
    }

    /**
     * The software AWS PCS uses to manage cluster scaling and job scheduling.
     *
     * <p>Required. Allowed values: {@code SLURM}. CloudFormation property {@code Type}.
     */
    public Scheduler type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Scheduler type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The version of the specified scheduling software that AWS PCS uses to manage cluster scaling
     * and job scheduling. For more information, see <a
     * href="https://docs.aws.amazon.com/pcs/latest/userguide/slurm-versions.html">Slurm versions in
     * AWS PCS</a> in the <em>AWS PCS User Guide</em> .
     *
     * <p>Valid Values: <code>23.11 | 24.05 | 24.11</code>
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public Scheduler version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public Scheduler version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Additional options related to the Slurm scheduler.
   *
   * <p>Property type {@code AWS::PCS::Cluster.SlurmConfiguration}.
   */
  public static final class SlurmConfiguration extends Struct<SlurmConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.SlurmConfiguration")
        .constrain("ScaleDownIdleTimeInSeconds", Constraint.of().minimum(1))
        .build();

    public SlurmConfiguration() {
      super(SCHEMA);
    }

    /**
     * The accounting configuration includes configurable settings for Slurm accounting.
     *
     * <p>CloudFormation property {@code Accounting}.
     */
    public SlurmConfiguration accounting(Value<Accounting> value) {
      return set("Accounting", value);
    }

    /**
     * The shared Slurm key for authentication, also known as the <em>cluster secret</em> .
     *
     * <p>CloudFormation property {@code AuthKey}.
     */
    public SlurmConfiguration authKey(Value<AuthKey> value) {
      return set("AuthKey", value);
    }

    /**
     * Additional cgroup-specific configuration that directly maps to cgroup.conf settings.
     *
     * <p>CloudFormation property {@code CgroupCustomSettings}.
     */
    public SlurmConfiguration cgroupCustomSettings(List<CgroupCustomSetting> value) {
      return set("CgroupCustomSettings", Value.listOf(value));
    }

    /** Sets {@code CgroupCustomSettings} to this value; see {@link #cgroupCustomSettings(List)}. */
    public SlurmConfiguration cgroupCustomSettings(Value<List<CgroupCustomSetting>> value) {
      return set("CgroupCustomSettings", value);
    }

    /**
     * Sets {@code CgroupCustomSettings} to a list of these; see {@link
     * #cgroupCustomSettings(List)}.
     */
    public SlurmConfiguration cgroupCustomSettings(CgroupCustomSetting... values) {
      return set("CgroupCustomSettings", Value.list(values));
    }

    /**
     * The JWT authentication configuration for Slurm REST API access.
     *
     * <p>CloudFormation property {@code JwtAuth}.
     */
    public SlurmConfiguration jwtAuth(Value<JwtAuth> value) {
      return set("JwtAuth", value);
    }

    /**
     * The time (in seconds) before an idle node is scaled down.
     *
     * <p>Default: <code>600</code>
     *
     * <p>Range: at least 1. CloudFormation property {@code ScaleDownIdleTimeInSeconds}.
     */
    public SlurmConfiguration scaleDownIdleTimeInSeconds(int value) {
      return set("ScaleDownIdleTimeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ScaleDownIdleTimeInSeconds} to this value; see {@link
     * #scaleDownIdleTimeInSeconds(int)}.
     */
    public SlurmConfiguration scaleDownIdleTimeInSeconds(Value<Integer> value) {
      return set("ScaleDownIdleTimeInSeconds", value);
    }

    /**
     * Additional Slurm-specific configuration that directly maps to Slurm settings.
     *
     * <p>CloudFormation property {@code SlurmCustomSettings}.
     */
    public SlurmConfiguration slurmCustomSettings(List<SlurmCustomSetting> value) {
      return set("SlurmCustomSettings", Value.listOf(value));
    }

    /** Sets {@code SlurmCustomSettings} to this value; see {@link #slurmCustomSettings(List)}. */
    public SlurmConfiguration slurmCustomSettings(Value<List<SlurmCustomSetting>> value) {
      return set("SlurmCustomSettings", value);
    }

    /**
     * Sets {@code SlurmCustomSettings} to a list of these; see {@link #slurmCustomSettings(List)}.
     */
    public SlurmConfiguration slurmCustomSettings(SlurmCustomSetting... values) {
      return set("SlurmCustomSettings", Value.list(values));
    }

    /**
     * The Slurm REST API configuration for the cluster.
     *
     * <p>CloudFormation property {@code SlurmRest}.
     */
    public SlurmConfiguration slurmRest(Value<SlurmRest> value) {
      return set("SlurmRest", value);
    }

    /**
     * Additional slurmdbd-specific configuration that directly maps to slurmdbd.conf settings.
     *
     * <p>CloudFormation property {@code SlurmdbdCustomSettings}.
     */
    public SlurmConfiguration slurmdbdCustomSettings(List<SlurmdbdCustomSetting> value) {
      return set("SlurmdbdCustomSettings", Value.listOf(value));
    }

    /**
     * Sets {@code SlurmdbdCustomSettings} to this value; see {@link #slurmdbdCustomSettings(List)}.
     */
    public SlurmConfiguration slurmdbdCustomSettings(Value<List<SlurmdbdCustomSetting>> value) {
      return set("SlurmdbdCustomSettings", value);
    }

    /**
     * Sets {@code SlurmdbdCustomSettings} to a list of these; see {@link
     * #slurmdbdCustomSettings(List)}.
     */
    public SlurmConfiguration slurmdbdCustomSettings(SlurmdbdCustomSetting... values) {
      return set("SlurmdbdCustomSettings", Value.list(values));
    }
  }

  /**
   * Additional settings that directly map to Slurm settings.
   *
   * <p>AWS PCS supports a subset of Slurm settings. For more information, see <a
   * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-custom-settings.html">Configuring
   * custom Slurm settings in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
   *
   * <p>Property type {@code AWS::PCS::Cluster.SlurmCustomSetting}.
   */
  public static final class SlurmCustomSetting extends Struct<SlurmCustomSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.SlurmCustomSetting")
        .required("ParameterName", "ParameterValue")
        .build();

    public SlurmCustomSetting() {
      super(SCHEMA);
    }

    /**
     * AWS PCS supports custom Slurm settings for clusters, compute node groups, and queues. For
     * more information, see <a
     * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-custom-settings.html">Configuring
     * custom Slurm settings in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public SlurmCustomSetting parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public SlurmCustomSetting parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The values for the configured Slurm settings.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public SlurmCustomSetting parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public SlurmCustomSetting parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * The Slurm REST API configuration includes settings for enabling and configuring the Slurm REST
   * API. It's a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-pcs-cluster-slurmconfiguration.html">ClusterSlurmConfiguration</a>
   * object.
   *
   * <p>Property type {@code AWS::PCS::Cluster.SlurmRest}.
   */
  public static final class SlurmRest extends Struct<SlurmRest> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.SlurmRest")
        .required("Mode")
        .allowed("Mode", "STANDARD", "NONE")
        .build();

    public SlurmRest() {
      super(SCHEMA);
    }

    /**
     * The default value for <code>mode</code> is <code>NONE</code> . A value of
     * <code>STANDARD</code> means the Slurm REST API is enabled.
     *
     * <p>Required. Allowed values: {@code STANDARD}, {@code NONE}. Default: {@code "NONE"}.
     * CloudFormation property {@code Mode}.
     */
    public SlurmRest mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public SlurmRest mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * Additional slurmdbd configuration settings.
   *
   * <p>Property type {@code AWS::PCS::Cluster.SlurmdbdCustomSetting}.
   */
  public static final class SlurmdbdCustomSetting extends Struct<SlurmdbdCustomSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Cluster.SlurmdbdCustomSetting")
        .required("ParameterName", "ParameterValue")
        .build();

    public SlurmdbdCustomSetting() {
      super(SCHEMA);
    }

    /**
     * The slurmdbd.conf parameter name.
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public SlurmdbdCustomSetting parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public SlurmdbdCustomSetting parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The value for the slurmdbd.conf parameter.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public SlurmdbdCustomSetting parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public SlurmdbdCustomSetting parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }
}
