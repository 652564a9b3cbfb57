// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.grafana;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Specifies a <em>workspace</em> . In a workspace, you can create Grafana dashboards and
 * visualizations to analyze your metrics, logs, and traces. You don't have to build, package, or
 * deploy any hardware to run the Grafana server.
 *
 * <p>CloudFormation type {@code AWS::Grafana::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace")
      .required("AccountAccessType", "AuthenticationProviders", "PermissionType")
      .allowed("AccountAccessType", "CURRENT_ACCOUNT", "ORGANIZATION")
      .allowed("AuthenticationProviders", "AWS_SSO", "SAML")
      .constrain("ClientToken", Constraint.of().pattern("^[!-~]{1,64}$"))
      .allowed("DataSources", "AMAZON_OPENSEARCH_SERVICE", "CLOUDWATCH", "PROMETHEUS", "XRAY",
          "TIMESTREAM", "SITEWISE", "ATHENA", "REDSHIFT")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("GrafanaVersion", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-._~]{1,255}$"))
      .allowed("NotificationDestinations", "SNS")
      .constrain("OrganizationRoleName", Constraint.of().minLength(1).maxLength(2048))
      .allowed("PermissionType", "CUSTOMER_MANAGED", "SERVICE_MANAGED")
      .constrain("RoleArn", Constraint.of().minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("Id")
      .attributes("CreationTimestamp", "Endpoint", "GrafanaVersion", "Id", "ModificationTimestamp",
          "SamlConfigurationStatus", "SsoClientId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether the workspace can access AWS resources in this AWS account only, or whether
   * it can also access AWS resources in other accounts in the same organization. If this is
   * <code>ORGANIZATION</code> , the <code>OrganizationalUnits</code> parameter specifies which
   * organizational units the workspace can access.
   *
   * <p>Required. Allowed values: {@code CURRENT_ACCOUNT}, {@code ORGANIZATION}. CloudFormation
   * property {@code AccountAccessType}.
   */
  public Workspace accountAccessType(String value) {
    return set("AccountAccessType", Value.of(value));
  }

  /** Sets {@code AccountAccessType} to this value; see {@link #accountAccessType(String)}. */
  public Workspace accountAccessType(Value<String> value) {
    return set("AccountAccessType", value);
  }

  /**
   * Specifies whether this workspace uses SAML 2.0, SSOlong , or both to authenticate users for
   * using the Grafana console within a workspace. For more information, see <a
   * href="https://docs.aws.amazon.com/grafana/latest/userguide/authentication-in-AMG.html">User
   * authentication in Amazon Managed Grafana</a> .
   *
   * <p><em>Allowed Values</em> : <code>AWS_SSO | SAML</code>
   *
   * <p>Required. Allowed values: {@code AWS_SSO}, {@code SAML}. CloudFormation property {@code
   * AuthenticationProviders}.
   */
  public Workspace authenticationProviders(List<String> value) {
    return set("AuthenticationProviders", Value.listOf(value));
  }

  /**
   * Sets {@code AuthenticationProviders} to this value; see {@link #authenticationProviders(List)}.
   */
  public Workspace authenticationProviders(Value<List<String>> value) {
    return set("AuthenticationProviders", value);
  }

  /**
   * A unique, case-sensitive, user-provided identifier to ensure the idempotency of the request.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[!-~]{1,64}$}. CloudFormation property
   * {@code ClientToken}.
   */
  public Workspace clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public Workspace clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Specifies the AWS data sources that have been configured to have IAM roles and permissions
   * created to allow Amazon Managed Grafana to read data from these sources.
   *
   * <p>This list is only used when the workspace was created through the AWS console, and the
   * <code>permissionType</code> is <code>SERVICE_MANAGED</code> .
   *
   * <p>Allowed values: {@code AMAZON_OPENSEARCH_SERVICE}, {@code CLOUDWATCH}, {@code PROMETHEUS},
   * {@code XRAY}, {@code TIMESTREAM}, {@code SITEWISE}, {@code ATHENA}, {@code REDSHIFT}.
   * CloudFormation property {@code DataSources}.
   */
  public Workspace dataSources(List<String> value) {
    return set("DataSources", Value.listOf(value));
  }

  /** Sets {@code DataSources} to this value; see {@link #dataSources(List)}. */
  public Workspace dataSources(Value<List<String>> value) {
    return set("DataSources", value);
  }

  /**
   * The user-defined description of the workspace.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public Workspace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workspace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies the version of Grafana to support in the workspace. Defaults to the latest version on
   * create (for example, 9.4), or the current version of the workspace on update.
   *
   * <p>Can only be used to upgrade (for example, from 8.4 to 9.4), not downgrade (for example, from
   * 9.4 to 8.4).
   *
   * <p>To know what versions are available to upgrade to for a specific workspace, see the <a
   * href="https://docs.aws.amazon.com/grafana/latest/APIReference/API_ListVersions.html">ListVersions</a>
   * operation.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code GrafanaVersion}.
   */
  public Workspace grafanaVersion(String value) {
    return set("GrafanaVersion", Value.of(value));
  }

  /** Sets {@code GrafanaVersion} to this value; see {@link #grafanaVersion(String)}. */
  public Workspace grafanaVersion(Value<String> value) {
    return set("GrafanaVersion", value);
  }

  /**
   * The name of the workspace.
   *
   * <p>Pattern: {@code ^[a-zA-Z0-9-._~]{1,255}$}. CloudFormation property {@code Name}.
   */
  public Workspace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workspace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The configuration settings for network access to your workspace.
   *
   * <p>CloudFormation property {@code NetworkAccessControl}.
   */
  public Workspace networkAccessControl(Value<NetworkAccessControl> value) {
    return set("NetworkAccessControl", value);
  }

  /**
   * The AWS notification channels that Amazon Managed Grafana can automatically create IAM roles
   * and permissions for, to allow Amazon Managed Grafana to use these channels.
   *
   * <p><em>AllowedValues</em> : <code>SNS</code>
   *
   * <p>Allowed values: {@code SNS}. CloudFormation property {@code NotificationDestinations}.
   */
  public Workspace notificationDestinations(List<String> value) {
    return set("NotificationDestinations", Value.listOf(value));
  }

  /**
   * Sets {@code NotificationDestinations} to this value; see {@link
   * #notificationDestinations(List)}.
   */
  public Workspace notificationDestinations(Value<List<String>> value) {
    return set("NotificationDestinations", value);
  }

  /**
   * The name of the IAM role that is used to access resources through Organizations.
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code OrganizationRoleName}.
   */
  public Workspace organizationRoleName(String value) {
    return set("OrganizationRoleName", Value.of(value));
  }

  /** Sets {@code OrganizationRoleName} to this value; see {@link #organizationRoleName(String)}. */
  public Workspace organizationRoleName(Value<String> value) {
    return set("OrganizationRoleName", value);
  }

  /**
   * Specifies the organizational units that this workspace is allowed to use data sources from, if
   * this workspace is in an account that is part of an organization.
   *
   * <p>CloudFormation property {@code OrganizationalUnits}.
   */
  public Workspace organizationalUnits(List<String> value) {
    return set("OrganizationalUnits", Value.listOf(value));
  }

  /** Sets {@code OrganizationalUnits} to this value; see {@link #organizationalUnits(List)}. */
  public Workspace organizationalUnits(Value<List<String>> value) {
    return set("OrganizationalUnits", value);
  }

  /**
   * If this is <code>SERVICE_MANAGED</code> , and the workplace was created through the Amazon
   * Managed Grafana console, then Amazon Managed Grafana automatically creates the IAM roles and
   * provisions the permissions that the workspace needs to use AWS data sources and notification
   * channels.
   *
   * <p>If this is <code>CUSTOMER_MANAGED</code> , you must manage those roles and permissions
   * yourself.
   *
   * <p>If you are working with a workspace in a member account of an organization and that account
   * is not a delegated administrator account, and you want the workspace to access data sources in
   * other AWS accounts in the organization, this parameter must be set to
   * <code>CUSTOMER_MANAGED</code> .
   *
   * <p>For more information about converting between customer and service managed, see <a
   * href="https://docs.aws.amazon.com/grafana/latest/userguide/AMG-datasource-and-notification.html">Managing
   * permissions for data sources and notification channels</a> . For more information about the
   * roles and permissions that must be managed for customer managed workspaces, see <a
   * href="https://docs.aws.amazon.com/grafana/latest/userguide/AMG-manage-permissions.html">Amazon
   * Managed Grafana permissions and policies for AWS data sources and notification channels</a>
   *
   * <p>Required. Allowed values: {@code CUSTOMER_MANAGED}, {@code SERVICE_MANAGED}. CloudFormation
   * property {@code PermissionType}.
   */
  public Workspace permissionType(String value) {
    return set("PermissionType", Value.of(value));
  }

  /** Sets {@code PermissionType} to this value; see {@link #permissionType(String)}. */
  public Workspace permissionType(Value<String> value) {
    return set("PermissionType", value);
  }

  /**
   * Whether plugin administration is enabled in the workspace. Setting to <code>true</code> allows
   * workspace admins to install, uninstall, and update plugins from within the Grafana workspace.
   *
   * <p>This option is only valid for workspaces that support Grafana version 9 or newer.
   *
   * <p>CloudFormation property {@code PluginAdminEnabled}.
   */
  public Workspace pluginAdminEnabled(boolean value) {
    return set("PluginAdminEnabled", Value.of(value));
  }

  /** Sets {@code PluginAdminEnabled} to this value; see {@link #pluginAdminEnabled(boolean)}. */
  public Workspace pluginAdminEnabled(Value<Boolean> value) {
    return set("PluginAdminEnabled", value);
  }

  /**
   * The IAM role that grants permissions to the AWS resources that the workspace will view data
   * from. This role must already exist.
   *
   * <p>Length: 1 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleArn}.
   */
  public Workspace roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Workspace roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Workspace roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * If the workspace uses SAML, use this structure to map SAML assertion attributes to workspace
   * user information and define which groups in the assertion attribute are to have the
   * <code>Admin</code> and <code>Editor</code> roles in the workspace.
   *
   * <p>CloudFormation property {@code SamlConfiguration}.
   */
  public Workspace samlConfiguration(Value<SamlConfiguration> value) {
    return set("SamlConfiguration", value);
  }

  /**
   * The name of the AWS CloudFormation stack set that is used to generate IAM roles to be used for
   * this workspace.
   *
   * <p>CloudFormation property {@code StackSetName}.
   */
  public Workspace stackSetName(String value) {
    return set("StackSetName", Value.of(value));
  }

  /** Sets {@code StackSetName} to this value; see {@link #stackSetName(String)}. */
  public Workspace stackSetName(Value<String> value) {
    return set("StackSetName", value);
  }

  /**
   * The list of tags associated with the workspace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workspace tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workspace tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Workspace tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration settings for an Amazon VPC that contains data sources for your Grafana
   * workspace to connect to.
   *
   * <p>Connecting to a private VPC is not yet available in the Asia Pacific (Seoul) Region
   * (ap-northeast-2).
   *
   * <p>CloudFormation property {@code VpcConfiguration}.
   */
  public Workspace vpcConfiguration(Value<VpcConfiguration> value) {
    return set("VpcConfiguration", value);
  }

  /**
   * The date that the workspace was created.
   *
   * <p>Type: Timestamp
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTimestamp}.
   */
  public Value<String> creationTimestamp() {
    return getAtt("CreationTimestamp");
  }

  /**
   * The URL that users can use to access the Grafana console in the workspace.
   *
   * <p>Type: String
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * Specifies the version of Grafana supported by this workspace.
   *
   * <p>Type: String
   *
   * <p>{@code Fn::GetAtt} attribute {@code GrafanaVersion}.
   */
  public Value<String> grafanaVersion() {
    return getAtt("GrafanaVersion");
  }

  /**
   * The unique ID of this workspace.
   *
   * <p>Type: String
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The most recent date that the workspace was modified.
   *
   * <p>Type: Timestamp
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModificationTimestamp}.
   */
  public Value<String> modificationTimestamp() {
    return getAtt("ModificationTimestamp");
  }

  /**
   * Specifies whether the workspace's SAML configuration is complete.
   *
   * <p>Valid values: <code>CONFIGURED | NOT_CONFIGURED</code>
   *
   * <p>Type: String
   *
   * <p>{@code Fn::GetAtt} attribute {@code SamlConfigurationStatus}.
   */
  public Value<String> samlConfigurationStatus() {
    return getAtt("SamlConfigurationStatus");
  }

  /**
   * The ID of the IAM Identity Center-managed application that is created by Amazon Managed Grafana
   * .
   *
   * <p>Type: String
   *
   * <p>{@code Fn::GetAtt} attribute {@code SsoClientId}.
   */
  public Value<String> ssoClientId() {
    return getAtt("SsoClientId");
  }

  /**
   * The current status of the workspace.
   *
   * <p>Valid values: <code>ACTIVE | CREATING | DELETING | FAILED | UPDATING | UPGRADING |
   * DELETION_FAILED | CREATION_FAILED | UPDATE_FAILED | UPGRADE_FAILED |
   * LICENSE_REMOVAL_FAILED</code>
   *
   * <p>Type: String
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A structure that defines which attributes in the IdP assertion are to be used to define
   * information about the users authenticated by the IdP to use the workspace.
   *
   * <p>Property type {@code AWS::Grafana::Workspace.AssertionAttributes}.
   */
  public static final class AssertionAttributes extends Struct<AssertionAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.AssertionAttributes")
        .constrain("Email", Constraint.of().minLength(1).maxLength(256))
        .constrain("Groups", Constraint.of().minLength(1).maxLength(256))
        .constrain("Login", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(256))
        .constrain("Org", Constraint.of().minLength(1).maxLength(256))
        .constrain("Role", Constraint.of().minLength(1).maxLength(256))
        .build();

    public AssertionAttributes() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute within the SAML assertion to use as the email names for SAML users.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Email}.
     */
    public AssertionAttributes email(String value) {
      return set("Email", Value.of(value));
    }

    /** Sets {@code Email} to this value; see {@link #email(String)}. */
    public AssertionAttributes email(Value<String> value) {
      return set("Email", value);
    }

    /**
     * The name of the attribute within the SAML assertion to use as the user full "friendly" names
     * for user groups.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Groups}.
     */
    public AssertionAttributes groups(String value) {
      return set("Groups", Value.of(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(String)}. */
    public AssertionAttributes groups(Value<String> value) {
      return set("Groups", value);
    }

    /**
     * The name of the attribute within the SAML assertion to use as the login names for SAML users.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Login}.
     */
    public AssertionAttributes login(String value) {
      return set("Login", Value.of(value));
    }

    /** Sets {@code Login} to this value; see {@link #login(String)}. */
    public AssertionAttributes login(Value<String> value) {
      return set("Login", value);
    }

    /**
     * The name of the attribute within the SAML assertion to use as the user full "friendly" names
     * for SAML users.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Name}.
     */
    public AssertionAttributes name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AssertionAttributes name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The name of the attribute within the SAML assertion to use as the user full "friendly" names
     * for the users' organizations.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Org}.
     */
    public AssertionAttributes org(String value) {
      return set("Org", Value.of(value));
    }

    /** Sets {@code Org} to this value; see {@link #org(String)}. */
    public AssertionAttributes org(Value<String> value) {
      return set("Org", value);
    }

    /**
     * The name of the attribute within the SAML assertion to use as the user roles.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Role}.
     */
    public AssertionAttributes role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public AssertionAttributes role(Value<String> value) {
      return set("Role", value);
    }
  }

  /**
   * A structure containing the identity provider (IdP) metadata used to integrate the identity
   * provider with this workspace. You can specify the metadata either by providing a URL to its
   * location in the <code>url</code> parameter, or by specifying the full metadata in XML format in
   * the <code>xml</code> parameter. Specifying both will cause an error.
   *
   * <p>Property type {@code AWS::Grafana::Workspace.IdpMetadata}.
   */
  public static final class IdpMetadata extends Struct<IdpMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.IdpMetadata")
        .constrain("Url", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public IdpMetadata() {
      super(SCHEMA);
    }

    /**
     * The URL of the location containing the IdP metadata.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Url}.
     */
    public IdpMetadata url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public IdpMetadata url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * The full IdP metadata, in XML format.
     *
     * <p>CloudFormation property {@code Xml}.
     */
    public IdpMetadata xml(String value) {
      return set("Xml", Value.of(value));
    }

    /** Sets {@code Xml} to this value; see {@link #xml(String)}. */
    public IdpMetadata xml(Value<String> value) {
      return set("Xml", value);
    }
  }

  /**
   * The configuration settings for in-bound network access to your workspace.
   *
   * <p>When this is configured, only listed IP addresses and VPC endpoints will be able to access
   * your workspace. Standard Grafana authentication and authorization are still required.
   *
   * <p>Access is granted to a caller that is in either the IP address list or the VPC endpoint list
   * - they do not need to be in both.
   *
   * <p>If this is not configured, or is removed, then all IP addresses and VPC endpoints are
   * allowed. Standard Grafana authentication and authorization are still required.
   *
   * <p>While both <code>prefixListIds</code> and <code>vpceIds</code> are required, you can pass in
   * an empty array of strings for either parameter if you do not want to allow any of that type. If
   * both are passed as empty arrays, no traffic is allowed to the workspace, because only
   * <em>explicitly</em> allowed connections are accepted.
   *
   * <p>Property type {@code AWS::Grafana::Workspace.NetworkAccessControl}.
   */
  public static final class NetworkAccessControl extends Struct<NetworkAccessControl> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.NetworkAccessControl")
        .constrain("PrefixListIds", Constraint.of().minLength(1).maxLength(100))
        .constrain("VpceIds", Constraint.of().minLength(1).maxLength(100))
        .build();

    public NetworkAccessControl() {
      super(SCHEMA);
    }

    /**
     * An array of prefix list IDs. A prefix list is a list of CIDR ranges of IP addresses. The IP
     * addresses specified are allowed to access your workspace. If the list is not included in the
     * configuration (passed an empty array) then no IP addresses are allowed to access the
     * workspace. You create a prefix list using the Amazon VPC console.
     *
     * <p>Prefix list IDs have the format <code>pl- <em>1a2b3c4d</em></code> .
     *
     * <p>For more information about prefix lists, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html">Group CIDR
     * blocks using managed prefix lists</a> in the <em>Amazon Virtual Private Cloud User Guide</em>
     * .
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code PrefixListIds}.
     */
    public NetworkAccessControl prefixListIds(List<String> value) {
      return set("PrefixListIds", Value.listOf(value));
    }

    /** Sets {@code PrefixListIds} to this value; see {@link #prefixListIds(List)}. */
    public NetworkAccessControl prefixListIds(Value<List<String>> value) {
      return set("PrefixListIds", value);
    }

    /**
     * An array of Amazon VPC endpoint IDs for the workspace. You can create VPC endpoints to your
     * Amazon Managed Grafana workspace for access from within a VPC. If a
     * <code>NetworkAccessConfiguration</code> is specified then only VPC endpoints specified here
     * are allowed to access the workspace. If you pass in an empty array of strings, then no VPCs
     * are allowed to access the workspace.
     *
     * <p>VPC endpoint IDs have the format <code>vpce- <em>1a2b3c4d</em></code> .
     *
     * <p>For more information about creating an interface VPC endpoint, see <a
     * href="https://docs.aws.amazon.com/grafana/latest/userguide/VPC-endpoints">Interface VPC
     * endpoints</a> in the <em>Amazon Managed Grafana User Guide</em> .
     *
     * <p>The only VPC endpoints that can be specified here are interface VPC endpoints for Grafana
     * workspaces (using the <code>com.amazonaws.[region].grafana-workspace</code> service
     * endpoint). Other VPC endpoints are ignored.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code VpceIds}.
     */
    public NetworkAccessControl vpceIds(List<String> value) {
      return set("VpceIds", Value.listOf(value));
    }

    /** Sets {@code VpceIds} to this value; see {@link #vpceIds(List)}. */
    public NetworkAccessControl vpceIds(Value<List<String>> value) {
      return set("VpceIds", value);
    }
  }

  /**
   * This structure defines which groups defined in the SAML assertion attribute are to be mapped to
   * the Grafana <code>Admin</code> and <code>Editor</code> roles in the workspace. SAML
   * authenticated users not part of <code>Admin</code> or <code>Editor</code> role groups have
   * <code>Viewer</code> permission over the workspace.
   *
   * <p>Property type {@code AWS::Grafana::Workspace.RoleValues}.
   */
  public static final class RoleValues extends Struct<RoleValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.RoleValues")
        .constrain("Admin", Constraint.of().minLength(1).maxLength(256))
        .constrain("Editor", Constraint.of().minLength(1).maxLength(256))
        .build();

    public RoleValues() {
      super(SCHEMA);
    }

    /**
     * A list of groups from the SAML assertion attribute to grant the Grafana <code>Admin</code>
     * role to.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Admin}.
     */
    public RoleValues admin(List<String> value) {
      return set("Admin", Value.listOf(value));
    }

    /** Sets {@code Admin} to this value; see {@link #admin(List)}. */
    public RoleValues admin(Value<List<String>> value) {
      return set("Admin", value);
    }

    /**
     * A list of groups from the SAML assertion attribute to grant the Grafana <code>Editor</code>
     * role to.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Editor}.
     */
    public RoleValues editor(List<String> value) {
      return set("Editor", Value.listOf(value));
    }

    /** Sets {@code Editor} to this value; see {@link #editor(List)}. */
    public RoleValues editor(Value<List<String>> value) {
      return set("Editor", value);
    }
  }

  /**
   * A structure containing information about how this workspace works with SAML.
   *
   * <p>Property type {@code AWS::Grafana::Workspace.SamlConfiguration}.
   */
  public static final class SamlConfiguration extends Struct<SamlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.SamlConfiguration")
        .required("IdpMetadata")
        .constrain("AllowedOrganizations", Constraint.of().minLength(1).maxLength(256))
        .build();

    public SamlConfiguration() {
      super(SCHEMA);
    }

    /**
     * Lists which organizations defined in the SAML assertion are allowed to use the Amazon Managed
     * Grafana workspace. If this is empty, all organizations in the assertion attribute have
     * access.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code AllowedOrganizations}.
     */
    public SamlConfiguration allowedOrganizations(List<String> value) {
      return set("AllowedOrganizations", Value.listOf(value));
    }

    /** Sets {@code AllowedOrganizations} to this value; see {@link #allowedOrganizations(List)}. */
    public SamlConfiguration allowedOrganizations(Value<List<String>> value) {
      return set("AllowedOrganizations", value);
    }

    /**
     * A structure that defines which attributes in the SAML assertion are to be used to define
     * information about the users authenticated by that IdP to use the workspace.
     *
     * <p>CloudFormation property {@code AssertionAttributes}.
     */
    public SamlConfiguration assertionAttributes(Value<AssertionAttributes> value) {
      return set("AssertionAttributes", value);
    }

    /**
     * A structure containing the identity provider (IdP) metadata used to integrate the identity
     * provider with this workspace.
     *
     * <p>Required. CloudFormation property {@code IdpMetadata}.
     */
    public SamlConfiguration idpMetadata(Value<IdpMetadata> value) {
      return set("IdpMetadata", value);
    }

    /**
     * How long a sign-on session by a SAML user is valid, before the user has to sign on again.
     *
     * <p>CloudFormation property {@code LoginValidityDuration}.
     */
    public SamlConfiguration loginValidityDuration(double value) {
      return set("LoginValidityDuration", Value.of(value));
    }

    /**
     * Sets {@code LoginValidityDuration} to this value; see {@link #loginValidityDuration(double)}.
     */
    public SamlConfiguration loginValidityDuration(Value<Double> value) {
      return set("LoginValidityDuration", value);
    }

    /**
     * A structure containing arrays that map group names in the SAML assertion to the Grafana
     * <code>Admin</code> and <code>Editor</code> roles in the workspace.
     *
     * <p>CloudFormation property {@code RoleValues}.
     */
    public SamlConfiguration roleValues(Value<RoleValues> value) {
      return set("RoleValues", value);
    }
  }

  /** Property type {@code AWS::Grafana::Workspace.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration settings for an Amazon VPC that contains data sources for your Grafana
   * workspace to connect to.
   *
   * <p>Provided <code>securityGroupIds</code> and <code>subnetIds</code> must be part of the same
   * VPC. Connecting to a private VPC is not yet available in the Asia Pacific (Seoul) Region
   * (ap-northeast-2).
   *
   * <p>Property type {@code AWS::Grafana::Workspace.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Grafana::Workspace.VpcConfiguration")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().minLength(1).maxLength(255).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().minLength(1).maxLength(255))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of Amazon EC2 security group IDs attached to the Amazon VPC for your Grafana
     * workspace to connect. Duplicates not allowed.
     *
     * <p><em>Array Members</em> : Minimum number of 1 items. Maximum number of 5 items.
     *
     * <p><em>Length</em> : Minimum length of 0. Maximum length of 255.
     *
     * <p>Required. Length: 1 to 255 characters. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The list of Amazon EC2 subnet IDs created in the Amazon VPC for your Grafana workspace to
     * connect. Duplicates not allowed.
     *
     * <p><em>Array Members</em> : Minimum number of 2 items. Maximum number of 6 items.
     *
     * <p><em>Length</em> : Minimum length of 0. Maximum length of 255.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }
}
