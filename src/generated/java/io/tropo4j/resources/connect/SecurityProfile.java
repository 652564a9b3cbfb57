// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a security profile.
 *
 * <p>For information about security profiles, see <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/connect-security-profiles.html">Security
 * Profiles</a> in the <em>Amazon Connect Administrator Guide</em> . For a mapping of the API name
 * and user interface name of the security profile permissions, see <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html">List of
 * security profile permissions</a> .
 *
 * <p>CloudFormation type {@code AWS::Connect::SecurityProfile}.
 */
public final class SecurityProfile extends Resource<SecurityProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::SecurityProfile")
      .required("InstanceArn", "SecurityProfileName")
      .constrain("AllowedAccessControlHierarchyGroupId", Constraint.of().pattern("^[a-zA-Z0-9-]*$").minLength(0).maxLength(127))
      .constrain("Description", Constraint.of().minLength(0).maxLength(250))
      .constrain("HierarchyRestrictedResources", Constraint.of().minLength(1).maxLength(128))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Permissions", Constraint.of().minLength(1).maxLength(128))
      .constrain("SecurityProfileName", Constraint.of().pattern("^[ a-zA-Z0-9_@-]+$").minLength(1).maxLength(127))
      .constrain("TagRestrictedResources", Constraint.of().minLength(1).maxLength(128))
      .refYields("SecurityProfileArn")
      .attributes("LastModifiedRegion", "LastModifiedTime", "SecurityProfileArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SecurityProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the hierarchy group that a security profile uses to restrict access to
   * resources in Amazon Connect.
   *
   * <p>Length: 0 to 127 characters. Pattern: {@code ^[a-zA-Z0-9-]*$}. CloudFormation property
   * {@code AllowedAccessControlHierarchyGroupId}.
   */
  public SecurityProfile allowedAccessControlHierarchyGroupId(String value) {
    return set("AllowedAccessControlHierarchyGroupId", Value.of(value));
  }

  /**
   * Sets {@code AllowedAccessControlHierarchyGroupId} to this value; see {@link
   * #allowedAccessControlHierarchyGroupId(String)}.
   */
  public SecurityProfile allowedAccessControlHierarchyGroupId(Value<String> value) {
    return set("AllowedAccessControlHierarchyGroupId", value);
  }

  /**
   * The list of tags that a security profile uses to restrict access to resources in Amazon
   * Connect.
   *
   * <p>CloudFormation property {@code AllowedAccessControlTags}.
   */
  public SecurityProfile allowedAccessControlTags(List<Tag> value) {
    return set("AllowedAccessControlTags", Value.listOf(value));
  }

  /**
   * Sets {@code AllowedAccessControlTags} to this value; see {@link
   * #allowedAccessControlTags(List)}.
   */
  public SecurityProfile allowedAccessControlTags(Value<List<Tag>> value) {
    return set("AllowedAccessControlTags", value);
  }

  /**
   * The list of flow-module resources to be linked to a security profile in Amazon Connect.
   *
   * <p>CloudFormation property {@code AllowedFlowModules}.
   */
  public SecurityProfile allowedFlowModules(List<FlowModule> value) {
    return set("AllowedFlowModules", Value.listOf(value));
  }

  /** Sets {@code AllowedFlowModules} to this value; see {@link #allowedFlowModules(List)}. */
  public SecurityProfile allowedFlowModules(Value<List<FlowModule>> value) {
    return set("AllowedFlowModules", value);
  }

  /** Sets {@code AllowedFlowModules} to a list of these; see {@link #allowedFlowModules(List)}. */
  public SecurityProfile allowedFlowModules(FlowModule... values) {
    return set("AllowedFlowModules", Value.list(values));
  }

  /**
   * A list of third-party applications that the security profile will give access to.
   *
   * <p>CloudFormation property {@code Applications}.
   */
  public SecurityProfile applications(List<Application> value) {
    return set("Applications", Value.listOf(value));
  }

  /** Sets {@code Applications} to this value; see {@link #applications(List)}. */
  public SecurityProfile applications(Value<List<Application>> value) {
    return set("Applications", value);
  }

  /** Sets {@code Applications} to a list of these; see {@link #applications(List)}. */
  public SecurityProfile applications(Application... values) {
    return set("Applications", Value.list(values));
  }

  /**
   * The description of the security profile.
   *
   * <p>Length: 0 to 250 characters. CloudFormation property {@code Description}.
   */
  public SecurityProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The granular access control configuration for the security profile, including data table
   * permissions.
   *
   * <p>CloudFormation property {@code GranularAccessControlConfiguration}.
   */
  public SecurityProfile granularAccessControlConfiguration(Value<GranularAccessControlConfiguration> value) {
    return set("GranularAccessControlConfiguration", value);
  }

  /**
   * The list of resources that a security profile applies hierarchy restrictions to in Amazon
   * Connect. Following are acceptable ResourceNames: <code>User</code> .
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code HierarchyRestrictedResources}.
   */
  public SecurityProfile hierarchyRestrictedResources(List<String> value) {
    return set("HierarchyRestrictedResources", Value.listOf(value));
  }

  /**
   * Sets {@code HierarchyRestrictedResources} to this value; see {@link
   * #hierarchyRestrictedResources(List)}.
   */
  public SecurityProfile hierarchyRestrictedResources(Value<List<String>> value) {
    return set("HierarchyRestrictedResources", value);
  }

  /**
   * The identifier of the Connect Customer instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public SecurityProfile instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public SecurityProfile instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public SecurityProfile instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * Permissions assigned to the security profile. For a list of valid permissions, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html">List of
   * security profile permissions</a> .
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Permissions}.
   */
  public SecurityProfile permissions(List<String> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public SecurityProfile permissions(Value<List<String>> value) {
    return set("Permissions", value);
  }

  /**
   * The name for the security profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code ^[
   * a-zA-Z0-9_&#64;-]+$}. CloudFormation property {@code SecurityProfileName}.
   */
  public SecurityProfile securityProfileName(String value) {
    return set("SecurityProfileName", Value.of(value));
  }

  /** Sets {@code SecurityProfileName} to this value; see {@link #securityProfileName(String)}. */
  public SecurityProfile securityProfileName(Value<String> value) {
    return set("SecurityProfileName", value);
  }

  /**
   * The list of resources that a security profile applies tag restrictions to in Amazon Connect.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code TagRestrictedResources}.
   */
  public SecurityProfile tagRestrictedResources(List<String> value) {
    return set("TagRestrictedResources", Value.listOf(value));
  }

  /**
   * Sets {@code TagRestrictedResources} to this value; see {@link #tagRestrictedResources(List)}.
   */
  public SecurityProfile tagRestrictedResources(Value<List<String>> value) {
    return set("TagRestrictedResources", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "Tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SecurityProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SecurityProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SecurityProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The AWS Region where this resource was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * The timestamp when this resource was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the security profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecurityProfileArn}.
   */
  public Value<String> securityProfileArn() {
    return getAtt("SecurityProfileArn");
  }

  /**
   * This API is in preview release for Amazon Connect and is subject to change.
   *
   * <p>A third-party application's metadata.
   *
   * <p>Property type {@code AWS::Connect::SecurityProfile.Application}.
   */
  public static final class Application extends Struct<Application> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::SecurityProfile.Application")
        .constrain("ApplicationPermissions", Constraint.of().minLength(1).maxLength(128))
        .constrain("Namespace", Constraint.of().minLength(1).maxLength(128))
        .allowed("Type", "MCP", "THIRD_PARTY_APPLICATION")
        .build();

    public Application() {
      super(SCHEMA);
    }

    /**
     * The permissions that the agent is granted on the application. For third-party applications,
     * only the <code>ACCESS</code> permission is supported. For MCP Servers, the permissions are
     * tool Identifiers accepted by MCP Server.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code ApplicationPermissions}.
     */
    public Application applicationPermissions(List<String> value) {
      return set("ApplicationPermissions", Value.listOf(value));
    }

    /**
     * Sets {@code ApplicationPermissions} to this value; see {@link #applicationPermissions(List)}.
     */
    public Application applicationPermissions(Value<List<String>> value) {
      return set("ApplicationPermissions", value);
    }

    /**
     * Namespace of the application that you want to give access to.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Namespace}.
     */
    public Application namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public Application namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The type of the application.
     *
     * <p>Allowed values: {@code MCP}, {@code THIRD_PARTY_APPLICATION}. CloudFormation property
     * {@code Type}.
     */
    public Application type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Application type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A data table access control configuration.
   *
   * <p>Property type {@code AWS::Connect::SecurityProfile.DataTableAccessControlConfiguration}.
   */
  public static final class DataTableAccessControlConfiguration extends Struct<DataTableAccessControlConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::SecurityProfile.DataTableAccessControlConfiguration");

    public DataTableAccessControlConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration's primary attribute access control configuration.
     *
     * <p>CloudFormation property {@code PrimaryAttributeAccessControlConfiguration}.
     */
    public DataTableAccessControlConfiguration primaryAttributeAccessControlConfiguration(Value<PrimaryAttributeAccessControlConfigurationItem> value) {
      return set("PrimaryAttributeAccessControlConfiguration", value);
    }
  }

  /**
   * A first-party application's metadata.
   *
   * <p>Property type {@code AWS::Connect::SecurityProfile.FlowModule}.
   */
  public static final class FlowModule extends Struct<FlowModule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::SecurityProfile.FlowModule")
        .constrain("FlowModuleId", Constraint.of().minLength(1).maxLength(128))
        .allowed("Type", "MCP")
        .constrain("Type", Constraint.of().minLength(1).maxLength(128))
        .build();

    public FlowModule() {
      super(SCHEMA);
    }

    /**
     * The identifier of the application that you want to give access to.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code FlowModuleId}.
     */
    public FlowModule flowModuleId(String value) {
      return set("FlowModuleId", Value.of(value));
    }

    /** Sets {@code FlowModuleId} to this value; see {@link #flowModuleId(String)}. */
    public FlowModule flowModuleId(Value<String> value) {
      return set("FlowModuleId", value);
    }

    /**
     * The type of the first-party application
     *
     * <p>Allowed values: {@code MCP}. Length: 1 to 128 characters. CloudFormation property {@code
     * Type}.
     */
    public FlowModule type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FlowModule type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains granular access control configuration for security profiles, including data table
   * access permissions.
   *
   * <p>Property type {@code AWS::Connect::SecurityProfile.GranularAccessControlConfiguration}.
   */
  public static final class GranularAccessControlConfiguration extends Struct<GranularAccessControlConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::SecurityProfile.GranularAccessControlConfiguration");

    public GranularAccessControlConfiguration() {
      super(SCHEMA);
    }

    /**
     * The access control configuration for data tables.
     *
     * <p>CloudFormation property {@code DataTableAccessControlConfiguration}.
     */
    public GranularAccessControlConfiguration dataTableAccessControlConfiguration(Value<DataTableAccessControlConfiguration> value) {
      return set("DataTableAccessControlConfiguration", value);
    }
  }

  /**
   * A primary attribute access control configuration item.
   *
   * <p>Property type {@code
   * AWS::Connect::SecurityProfile.PrimaryAttributeAccessControlConfigurationItem}.
   */
  public static final class PrimaryAttributeAccessControlConfigurationItem extends Struct<PrimaryAttributeAccessControlConfigurationItem> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::SecurityProfile.PrimaryAttributeAccessControlConfigurationItem");

    public PrimaryAttributeAccessControlConfigurationItem() {
      super(SCHEMA);
    }

    /**
     * The item's primary attribute values.
     *
     * <p>CloudFormation property {@code PrimaryAttributeValues}.
     */
    public PrimaryAttributeAccessControlConfigurationItem primaryAttributeValues(List<PrimaryAttributeValue> value) {
      return set("PrimaryAttributeValues", Value.listOf(value));
    }

    /**
     * Sets {@code PrimaryAttributeValues} to this value; see {@link #primaryAttributeValues(List)}.
     */
    public PrimaryAttributeAccessControlConfigurationItem primaryAttributeValues(Value<List<PrimaryAttributeValue>> value) {
      return set("PrimaryAttributeValues", value);
    }

    /**
     * Sets {@code PrimaryAttributeValues} to a list of these; see {@link
     * #primaryAttributeValues(List)}.
     */
    public PrimaryAttributeAccessControlConfigurationItem primaryAttributeValues(PrimaryAttributeValue... values) {
      return set("PrimaryAttributeValues", Value.list(values));
    }
  }

  /**
   * A primary attribute value.
   *
   * <p>Property type {@code AWS::Connect::SecurityProfile.PrimaryAttributeValue}.
   */
  public static final class PrimaryAttributeValue extends Struct<PrimaryAttributeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::SecurityProfile.PrimaryAttributeValue")
        .allowed("AccessType", "ALLOW")
        .constrain("AttributeName", Constraint.of().pattern("^(?!aws:|connect:)[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$").minLength(1).maxLength(127))
        .constrain("Values", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$").minLength(1).maxLength(1000))
        .build();

    public PrimaryAttributeValue() {
      super(SCHEMA);
    }

    /**
     * The value's access type.
     *
     * <p>Allowed values: {@code ALLOW}. CloudFormation property {@code AccessType}.
     */
    public PrimaryAttributeValue accessType(String value) {
      return set("AccessType", Value.of(value));
    }

    /** Sets {@code AccessType} to this value; see {@link #accessType(String)}. */
    public PrimaryAttributeValue accessType(Value<String> value) {
      return set("AccessType", value);
    }

    /**
     * The value's attribute name.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code
     * ^(?!aws:|connect:)[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;-_.:=&#64;'|]+$}. CloudFormation property
     * {@code AttributeName}.
     */
    public PrimaryAttributeValue attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public PrimaryAttributeValue attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * The value's values.
     *
     * <p>Length: 1 to 1000 characters. Pattern: {@code
     * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]+$}.
     * CloudFormation property {@code Values}.
     */
    public PrimaryAttributeValue values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public PrimaryAttributeValue values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
