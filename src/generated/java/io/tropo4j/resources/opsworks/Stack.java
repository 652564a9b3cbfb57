// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-stack.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::Stack}.
 */
public final class Stack extends Resource<Stack> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::Stack")
      .required("DefaultInstanceProfileArn", "Name", "ServiceRoleArn")
      .build();

  public Stack(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The default OpsWorks Stacks agent version. You have the following options:
   *
   * <ul> <li>Auto-update - Set this parameter to <code>LATEST</code> . OpsWorks Stacks
   * automatically installs new agent versions on the stack's instances as soon as they are
   * available. <li>Fixed version - Set this parameter to your preferred agent version. To update
   * the agent version, you must edit the stack configuration and specify a new version. OpsWorks
   * Stacks installs that version on the stack's instances. </ul>
   *
   * <p>The default setting is the most recent release of the agent. To specify an agent version,
   * you must use the complete version number, not the abbreviated number shown on the console. For
   * a list of available agent version numbers, call <code>DescribeAgentVersions</code> .
   * AgentVersion cannot be set to Chef 12.2.
   *
   * <p>You can also specify an agent version when you create or update an instance, which overrides
   * the stack's default setting.
   *
   * <p>CloudFormation property {@code AgentVersion}.
   */
  public Stack agentVersion(String value) {
    return set("AgentVersion", Value.of(value));
  }

  /** Sets {@code AgentVersion} to this value; see {@link #agentVersion(String)}. */
  public Stack agentVersion(Value<String> value) {
    return set("AgentVersion", value);
  }

  /**
   * One or more user-defined key-value pairs to be added to the stack attributes.
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public Stack attributes(Map<String, String> value) {
    return set("Attributes", Value.mapOf(value));
  }

  /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
  public Stack attributes(Value<Map<String, String>> value) {
    return set("Attributes", value);
  }

  /**
   * A <code>ChefConfiguration</code> object that specifies whether to enable Berkshelf and the
   * Berkshelf version on Chef 11.10 stacks. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingstacks-creating.html">Create
   * a New Stack</a> .
   *
   * <p>CloudFormation property {@code ChefConfiguration}.
   */
  public Stack chefConfiguration(Value<ChefConfiguration> value) {
    return set("ChefConfiguration", value);
  }

  /**
   * If you're cloning an OpsWorks stack, a list of OpsWorks application stack IDs from the source
   * stack to include in the cloned stack.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CloneAppIds}.
   */
  public Stack cloneAppIds(List<String> value) {
    return set("CloneAppIds", Value.listOf(value));
  }

  /** Sets {@code CloneAppIds} to this value; see {@link #cloneAppIds(List)}. */
  public Stack cloneAppIds(Value<List<String>> value) {
    return set("CloneAppIds", value);
  }

  /**
   * If you're cloning an OpsWorks stack, indicates whether to clone the source stack's permissions.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClonePermissions}.
   */
  public Stack clonePermissions(boolean value) {
    return set("ClonePermissions", Value.of(value));
  }

  /** Sets {@code ClonePermissions} to this value; see {@link #clonePermissions(boolean)}. */
  public Stack clonePermissions(Value<Boolean> value) {
    return set("ClonePermissions", value);
  }

  /**
   * The configuration manager. When you create a stack we recommend that you use the configuration
   * manager to specify the Chef version: 12, 11.10, or 11.4 for Linux stacks, or 12.2 for Windows
   * stacks. The default value for Linux stacks is currently 12.
   *
   * <p>CloudFormation property {@code ConfigurationManager}.
   */
  public Stack configurationManager(Value<StackConfigurationManager> value) {
    return set("ConfigurationManager", value);
  }

  /**
   * Contains the information required to retrieve an app or cookbook from a repository. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingapps-creating.html">Adding
   * Apps</a> or <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingcookbook.html">Cookbooks and
   * Recipes</a> .
   *
   * <p>CloudFormation property {@code CustomCookbooksSource}.
   */
  public Stack customCookbooksSource(Value<Source> value) {
    return set("CustomCookbooksSource", value);
  }

  /**
   * A string that contains user-defined, custom JSON. It can be used to override the corresponding
   * default stack configuration attribute values or to pass data to recipes. The string should be
   * in the following format:
   *
   * <p><code>"{&#92;"key1&#92;": &#92;"value1&#92;", &#92;"key2&#92;":
   * &#92;"value2&#92;",...}"</code>
   *
   * <p>For more information about custom JSON, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingstacks-json.html">Use Custom
   * JSON to Modify the Stack Configuration Attributes</a> .
   *
   * <p>CloudFormation property {@code CustomJson}.
   */
  public Stack customJson(Value<Json> value) {
    return set("CustomJson", value);
  }

  /**
   * The stack's default Availability Zone, which must be in the specified region. For more
   * information, see <a href="https://docs.aws.amazon.com/general/latest/gr/rande.html">Regions and
   * Endpoints</a> . If you also specify a value for <code>DefaultSubnetId</code> , the subnet must
   * be in the same zone. For more information, see the <code>VpcId</code> parameter description.
   *
   * <p>CloudFormation property {@code DefaultAvailabilityZone}.
   */
  public Stack defaultAvailabilityZone(String value) {
    return set("DefaultAvailabilityZone", Value.of(value));
  }

  /**
   * Sets {@code DefaultAvailabilityZone} to this value; see {@link
   * #defaultAvailabilityZone(String)}.
   */
  public Stack defaultAvailabilityZone(Value<String> value) {
    return set("DefaultAvailabilityZone", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM profile that is the default profile for all of the
   * stack's EC2 instances. For more information about IAM ARNs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">Using
   * Identifiers</a> .
   *
   * <p>Required. CloudFormation property {@code DefaultInstanceProfileArn}.
   */
  public Stack defaultInstanceProfileArn(String value) {
    return set("DefaultInstanceProfileArn", Value.of(value));
  }

  /**
   * Sets {@code DefaultInstanceProfileArn} to this value; see {@link
   * #defaultInstanceProfileArn(String)}.
   */
  public Stack defaultInstanceProfileArn(Value<String> value) {
    return set("DefaultInstanceProfileArn", value);
  }

  /**
   * The stack's default operating system, which is installed on every instance unless you specify a
   * different operating system when you create the instance. You can specify one of the following.
   *
   * <ul> <li>A supported Linux operating system: An Amazon Linux version, such as <code>Amazon
   * Linux 2</code> , <code>Amazon Linux 2018.03</code> , <code>Amazon Linux 2017.09</code> ,
   * <code>Amazon Linux 2017.03</code> , <code>Amazon Linux 2016.09</code> , <code>Amazon Linux
   * 2016.03</code> , <code>Amazon Linux 2015.09</code> , or <code>Amazon Linux 2015.03</code> .
   * <li>A supported Ubuntu operating system, such as <code>Ubuntu 18.04 LTS</code> , <code>Ubuntu
   * 16.04 LTS</code> , <code>Ubuntu 14.04 LTS</code> , or <code>Ubuntu 12.04 LTS</code> .
   * <li><code>CentOS Linux 7</code> <li><code>Red Hat Enterprise Linux 7</code> <li>A supported
   * Windows operating system, such as <code>Microsoft Windows Server 2012 R2 Base</code> ,
   * <code>Microsoft Windows Server 2012 R2 with SQL Server Express</code> , <code>Microsoft Windows
   * Server 2012 R2 with SQL Server Standard</code> , or <code>Microsoft Windows Server 2012 R2 with
   * SQL Server Web</code> . <li>A custom AMI: <code>Custom</code> . You specify the custom AMI you
   * want to use when you create instances. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-custom-ami.html">Using
   * Custom AMIs</a> . </ul>
   *
   * <p>The default option is the current Amazon Linux version. Not all operating systems are
   * supported with all versions of Chef. For more information about supported operating systems,
   * see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-os.html">OpsWorks
   * Stacks Operating Systems</a> .
   *
   * <p>CloudFormation property {@code DefaultOs}.
   */
  public Stack defaultOs(String value) {
    return set("DefaultOs", Value.of(value));
  }

  /** Sets {@code DefaultOs} to this value; see {@link #defaultOs(String)}. */
  public Stack defaultOs(Value<String> value) {
    return set("DefaultOs", value);
  }

  /**
   * The default root device type. This value is the default for all instances in the stack, but you
   * can override it when you create an instance. The default option is <code>instance-store</code>
   * . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ComponentsAMIs.html#storage-for-the-root-device">Storage
   * for the Root Device</a> .
   *
   * <p>CloudFormation property {@code DefaultRootDeviceType}.
   */
  public Stack defaultRootDeviceType(String value) {
    return set("DefaultRootDeviceType", Value.of(value));
  }

  /**
   * Sets {@code DefaultRootDeviceType} to this value; see {@link #defaultRootDeviceType(String)}.
   */
  public Stack defaultRootDeviceType(Value<String> value) {
    return set("DefaultRootDeviceType", value);
  }

  /**
   * A default Amazon EC2 key pair name. The default value is none. If you specify a key pair name,
   * OpsWorks installs the public key on the instance and you can use the private key with an SSH
   * client to log in to the instance. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-ssh.html">Using
   * SSH to Communicate with an Instance</a> and <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/security-ssh-access.html">Managing
   * SSH Access</a> . You can override this setting by specifying a different key pair, or no key
   * pair, when you <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-add.html">create
   * an instance</a> .
   *
   * <p>CloudFormation property {@code DefaultSshKeyName}.
   */
  public Stack defaultSshKeyName(String value) {
    return set("DefaultSshKeyName", Value.of(value));
  }

  /** Sets {@code DefaultSshKeyName} to this value; see {@link #defaultSshKeyName(String)}. */
  public Stack defaultSshKeyName(Value<String> value) {
    return set("DefaultSshKeyName", value);
  }

  /**
   * The stack's default subnet ID. All instances are launched into this subnet unless you specify
   * another subnet ID when you create the instance. This parameter is required if you specify a
   * value for the <code>VpcId</code> parameter. If you also specify a value for
   * <code>DefaultAvailabilityZone</code> , the subnet must be in that zone.
   *
   * <p>CloudFormation property {@code DefaultSubnetId}.
   */
  public Stack defaultSubnetId(String value) {
    return set("DefaultSubnetId", Value.of(value));
  }

  /** Sets {@code DefaultSubnetId} to this value; see {@link #defaultSubnetId(String)}. */
  public Stack defaultSubnetId(Value<String> value) {
    return set("DefaultSubnetId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the ( Amazon ECS ) cluster to register with the OpsWorks
   * stack.
   *
   * <p>If you specify a cluster that's registered with another OpsWorks stack, CloudFormation
   * deregisters the existing association before registering the cluster.
   *
   * <p>CloudFormation property {@code EcsClusterArn}.
   */
  public Stack ecsClusterArn(String value) {
    return set("EcsClusterArn", Value.of(value));
  }

  /** Sets {@code EcsClusterArn} to this value; see {@link #ecsClusterArn(String)}. */
  public Stack ecsClusterArn(Value<String> value) {
    return set("EcsClusterArn", value);
  }

  /**
   * A list of Elastic IP addresses to register with the OpsWorks stack.
   *
   * <p>If you specify an IP address that's registered with another OpsWorks stack, CloudFormation
   * deregisters the existing association before registering the IP address.
   *
   * <p>CloudFormation property {@code ElasticIps}.
   */
  public Stack elasticIps(List<ElasticIp> value) {
    return set("ElasticIps", Value.listOf(value));
  }

  /** Sets {@code ElasticIps} to this value; see {@link #elasticIps(List)}. */
  public Stack elasticIps(Value<List<ElasticIp>> value) {
    return set("ElasticIps", value);
  }

  /** Sets {@code ElasticIps} to a list of these; see {@link #elasticIps(List)}. */
  public Stack elasticIps(ElasticIp... values) {
    return set("ElasticIps", Value.list(values));
  }

  /**
   * The stack's host name theme, with spaces replaced by underscores. The theme is used to generate
   * host names for the stack's instances. By default, <code>HostnameTheme</code> is set to
   * <code>Layer_Dependent</code> , which creates host names by appending integers to the layer's
   * short name. The other themes are:
   *
   * <ul> <li><code>Baked_Goods</code> <li><code>Clouds</code> <li><code>Europe_Cities</code>
   * <li><code>Fruits</code> <li><code>Greek_Deities_and_Titans</code>
   * <li><code>Legendary_creatures_from_Japan</code> <li><code>Planets_and_Moons</code>
   * <li><code>Roman_Deities</code> <li><code>Scottish_Islands</code> <li><code>US_Cities</code>
   * <li><code>Wild_Cats</code> </ul>
   *
   * <p>To obtain a generated host name, call <code>GetHostNameSuggestion</code> , which returns a
   * host name based on the current theme.
   *
   * <p>CloudFormation property {@code HostnameTheme}.
   */
  public Stack hostnameTheme(String value) {
    return set("HostnameTheme", Value.of(value));
  }

  /** Sets {@code HostnameTheme} to this value; see {@link #hostnameTheme(String)}. */
  public Stack hostnameTheme(Value<String> value) {
    return set("HostnameTheme", value);
  }

  /**
   * The stack name. Stack names can be a maximum of 64 characters.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Stack name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Stack name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Relational Database Service ( Amazon RDS ) database instance to register with the
   * OpsWorks stack.
   *
   * <p>If you specify a database instance that's registered with another OpsWorks stack,
   * CloudFormation deregisters the existing association before registering the database instance.
   *
   * <p>CloudFormation property {@code RdsDbInstances}.
   */
  public Stack rdsDbInstances(List<RdsDbInstance> value) {
    return set("RdsDbInstances", Value.listOf(value));
  }

  /** Sets {@code RdsDbInstances} to this value; see {@link #rdsDbInstances(List)}. */
  public Stack rdsDbInstances(Value<List<RdsDbInstance>> value) {
    return set("RdsDbInstances", value);
  }

  /** Sets {@code RdsDbInstances} to a list of these; see {@link #rdsDbInstances(List)}. */
  public Stack rdsDbInstances(RdsDbInstance... values) {
    return set("RdsDbInstances", Value.list(values));
  }

  /**
   * The stack's IAM role, which allows OpsWorks Stacks to work with AWS resources on your behalf.
   * You must set this parameter to the Amazon Resource Name (ARN) for an existing IAM role. For
   * more information about IAM ARNs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">Using
   * Identifiers</a> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServiceRoleArn}.
   */
  public Stack serviceRoleArn(String value) {
    return set("ServiceRoleArn", Value.of(value));
  }

  /** Sets {@code ServiceRoleArn} to this value; see {@link #serviceRoleArn(String)}. */
  public Stack serviceRoleArn(Value<String> value) {
    return set("ServiceRoleArn", value);
  }

  /**
   * If you're cloning an OpsWorks stack, the stack ID of the source OpsWorks stack to clone.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceStackId}.
   */
  public Stack sourceStackId(String value) {
    return set("SourceStackId", Value.of(value));
  }

  /** Sets {@code SourceStackId} to this value; see {@link #sourceStackId(String)}. */
  public Stack sourceStackId(Value<String> value) {
    return set("SourceStackId", value);
  }

  /**
   * A map that contains tag keys and tag values that are attached to a stack or layer.
   *
   * <ul> <li>The key cannot be empty. <li>The key can be a maximum of 127 characters, and can
   * contain only Unicode letters, numbers, or separators, or the following special characters:
   * <code>+ - = . _ : /</code> <li>The value can be a maximum 255 characters, and contain only
   * Unicode letters, numbers, or separators, or the following special characters: <code>+ - = . _ :
   * /</code> <li>Leading and trailing white spaces are trimmed from both the key and value. <li>A
   * maximum of 40 tags is allowed for any resource. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stack tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stack tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * Whether the stack uses custom cookbooks.
   *
   * <p>CloudFormation property {@code UseCustomCookbooks}.
   */
  public Stack useCustomCookbooks(boolean value) {
    return set("UseCustomCookbooks", Value.of(value));
  }

  /** Sets {@code UseCustomCookbooks} to this value; see {@link #useCustomCookbooks(boolean)}. */
  public Stack useCustomCookbooks(Value<Boolean> value) {
    return set("UseCustomCookbooks", value);
  }

  /**
   * Whether to associate the OpsWorks Stacks built-in security groups with the stack's layers.
   *
   * <p>OpsWorks Stacks provides a standard set of built-in security groups, one for each layer,
   * which are associated with layers by default. With <code>UseOpsworksSecurityGroups</code> you
   * can instead provide your own custom security groups. <code>UseOpsworksSecurityGroups</code> has
   * the following settings:
   *
   * <ul> <li>True - OpsWorks Stacks automatically associates the appropriate built-in security
   * group with each layer (default setting). You can associate additional security groups with a
   * layer after you create it, but you cannot delete the built-in security group. <li>False -
   * OpsWorks Stacks does not associate built-in security groups with layers. You must create
   * appropriate EC2 security groups and associate a security group with each layer that you create.
   * However, you can still manually associate a built-in security group with a layer on creation;
   * custom security groups are required only for those layers that need custom settings. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingstacks-creating.html">Create
   * a New Stack</a> .
   *
   * <p>CloudFormation property {@code UseOpsworksSecurityGroups}.
   */
  public Stack useOpsworksSecurityGroups(boolean value) {
    return set("UseOpsworksSecurityGroups", Value.of(value));
  }

  /**
   * Sets {@code UseOpsworksSecurityGroups} to this value; see {@link
   * #useOpsworksSecurityGroups(boolean)}.
   */
  public Stack useOpsworksSecurityGroups(Value<Boolean> value) {
    return set("UseOpsworksSecurityGroups", value);
  }

  /**
   * The ID of the VPC that the stack is to be launched into. The VPC must be in the stack's region.
   * All instances are launched into this VPC. You cannot change the ID later.
   *
   * <ul> <li>If your account supports EC2-Classic, the default value is <code>no VPC</code> .
   * <li>If your account does not support EC2-Classic, the default value is the default VPC for the
   * specified region. </ul>
   *
   * <p>If the VPC ID corresponds to a default VPC and you have specified either the
   * <code>DefaultAvailabilityZone</code> or the <code>DefaultSubnetId</code> parameter only,
   * OpsWorks Stacks infers the value of the other parameter. If you specify neither parameter,
   * OpsWorks Stacks sets these parameters to the first valid Availability Zone for the specified
   * region and the corresponding default VPC subnet ID, respectively.
   *
   * <p>If you specify a nondefault VPC ID, note the following:
   *
   * <ul> <li>It must belong to a VPC in your account that is in the specified region. <li>You must
   * specify a value for <code>DefaultSubnetId</code> . </ul>
   *
   * <p>For more information about how to use OpsWorks Stacks with a VPC, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingstacks-vpc.html">Running a
   * Stack in a VPC</a> . For more information about default VPC and EC2-Classic, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-supported-platforms.html">Supported
   * Platforms</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcId}.
   */
  public Stack vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Stack vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Property type {@code AWS::OpsWorks::Stack.ChefConfiguration}. */
  public static final class ChefConfiguration extends Struct<ChefConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Stack.ChefConfiguration");

    public ChefConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Berkshelf version.
     *
     * <p>CloudFormation property {@code BerkshelfVersion}.
     */
    public ChefConfiguration berkshelfVersion(String value) {
      return set("BerkshelfVersion", Value.of(value));
    }

    /** Sets {@code BerkshelfVersion} to this value; see {@link #berkshelfVersion(String)}. */
    public ChefConfiguration berkshelfVersion(Value<String> value) {
      return set("BerkshelfVersion", value);
    }

    /**
     * Whether to enable Berkshelf.
     *
     * <p>CloudFormation property {@code ManageBerkshelf}.
     */
    public ChefConfiguration manageBerkshelf(boolean value) {
      return set("ManageBerkshelf", Value.of(value));
    }

    /** Sets {@code ManageBerkshelf} to this value; see {@link #manageBerkshelf(boolean)}. */
    public ChefConfiguration manageBerkshelf(Value<Boolean> value) {
      return set("ManageBerkshelf", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Stack.ElasticIp}. */
  public static final class ElasticIp extends Struct<ElasticIp> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::Stack.ElasticIp")
        .required("Ip")
        .build();

    public ElasticIp() {
      super(SCHEMA);
    }

    /**
     * The IP address.
     *
     * <p>Required. CloudFormation property {@code Ip}.
     */
    public ElasticIp ip(String value) {
      return set("Ip", Value.of(value));
    }

    /** Sets {@code Ip} to this value; see {@link #ip(String)}. */
    public ElasticIp ip(Value<String> value) {
      return set("Ip", value);
    }

    /**
     * The name, which can be a maximum of 32 characters.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public ElasticIp name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ElasticIp name(Value<String> value) {
      return set("Name", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Stack.RdsDbInstance}. */
  public static final class RdsDbInstance extends Struct<RdsDbInstance> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::Stack.RdsDbInstance")
        .required("DbPassword", "DbUser", "RdsDbInstanceArn")
        .build();

    public RdsDbInstance() {
      super(SCHEMA);
    }

    /**
     * OpsWorks Stacks returns <code>***<b>FILTERED</b>***</code> instead of the actual value.
     *
     * <p>Required. CloudFormation property {@code DbPassword}.
     */
    public RdsDbInstance dbPassword(String value) {
      return set("DbPassword", Value.of(value));
    }

    /** Sets {@code DbPassword} to this value; see {@link #dbPassword(String)}. */
    public RdsDbInstance dbPassword(Value<String> value) {
      return set("DbPassword", value);
    }

    /**
     * The master user name.
     *
     * <p>Required. CloudFormation property {@code DbUser}.
     */
    public RdsDbInstance dbUser(String value) {
      return set("DbUser", Value.of(value));
    }

    /** Sets {@code DbUser} to this value; see {@link #dbUser(String)}. */
    public RdsDbInstance dbUser(Value<String> value) {
      return set("DbUser", value);
    }

    /**
     * The instance's ARN.
     *
     * <p>Required. CloudFormation property {@code RdsDbInstanceArn}.
     */
    public RdsDbInstance rdsDbInstanceArn(String value) {
      return set("RdsDbInstanceArn", Value.of(value));
    }

    /** Sets {@code RdsDbInstanceArn} to this value; see {@link #rdsDbInstanceArn(String)}. */
    public RdsDbInstance rdsDbInstanceArn(Value<String> value) {
      return set("RdsDbInstanceArn", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Stack.Source}. */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Stack.Source");

    public Source() {
      super(SCHEMA);
    }

    /**
     * When included in a request, the parameter depends on the repository type.
     *
     * <ul> <li>For Amazon S3 bundles, set <code>Password</code> to the appropriate IAM secret
     * access key. <li>For HTTP bundles and Subversion repositories, set <code>Password</code> to
     * the password. </ul>
     *
     * <p>For more information on how to safely handle IAM credentials, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-access-keys-best-practices.html"></a>
     * .
     *
     * <p>In responses, OpsWorks Stacks returns <code>***<b>FILTERED</b>***</code> instead of the
     * actual value.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public Source password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public Source password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The application's version. OpsWorks Stacks enables you to easily deploy new versions of an
     * application. One of the simplest approaches is to have branches or revisions in your
     * repository that represent different versions that can potentially be deployed.
     *
     * <p>CloudFormation property {@code Revision}.
     */
    public Source revision(String value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(String)}. */
    public Source revision(Value<String> value) {
      return set("Revision", value);
    }

    /**
     * The repository's SSH key. For more information, see <a
     * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingapps-deploykeys.html">Using
     * Git Repository SSH Keys</a> in the <em>OpsWorks User Guide</em> . To pass in an SSH key as a
     * parameter, see the following example:
     *
     * <p><code>"Parameters" : { "GitSSHKey" : { "Description" : "Change SSH key newlines to
     * commas.", "Type" : "CommaDelimitedList", "NoEcho" : "true" }, ... "CustomCookbooksSource": {
     * "Revision" : { "Ref": "GitRevision"}, "SshKey" : { "Fn::Join" : [ "&#92;n", { "Ref":
     * "GitSSHKey"} ] }, "Type": "git", "Url": { "Ref": "GitURL"} } ...</code>
     *
     * <p>CloudFormation property {@code SshKey}.
     */
    public Source sshKey(String value) {
      return set("SshKey", Value.of(value));
    }

    /** Sets {@code SshKey} to this value; see {@link #sshKey(String)}. */
    public Source sshKey(Value<String> value) {
      return set("SshKey", value);
    }

    /**
     * The repository type.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public Source type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Source type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The source URL. The following is an example of an Amazon S3 source URL:
     * <code>https://s3.amazonaws.com/opsworks-demo-bucket/opsworks_cookbook_demo.tar.gz</code> .
     *
     * <p>CloudFormation property {@code Url}.
     */
    public Source url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public Source url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * This parameter depends on the repository type.
     *
     * <ul> <li>For Amazon S3 bundles, set <code>Username</code> to the appropriate IAM access key
     * ID. <li>For HTTP bundles, Git repositories, and Subversion repositories, set
     * <code>Username</code> to the user name. </ul>
     *
     * <p>CloudFormation property {@code Username}.
     */
    public Source username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public Source username(Value<String> value) {
      return set("Username", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Stack.StackConfigurationManager}. */
  public static final class StackConfigurationManager extends Struct<StackConfigurationManager> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Stack.StackConfigurationManager");

    public StackConfigurationManager() {
      super(SCHEMA);
    }

    /**
     * The name. This parameter must be set to <code>Chef</code> .
     *
     * <p>CloudFormation property {@code Name}.
     */
    public StackConfigurationManager name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public StackConfigurationManager name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The Chef version. This parameter must be set to 12, 11.10, or 11.4 for Linux stacks, and to
     * 12.2 for Windows stacks. The default value for Linux stacks is 12.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public StackConfigurationManager version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public StackConfigurationManager version(Value<String> value) {
      return set("Version", value);
    }
  }
}
