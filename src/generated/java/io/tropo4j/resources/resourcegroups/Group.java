// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resourcegroups;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a resource group with the specified name and description. You can optionally include
 * either a resource query or a service configuration. For more information about constructing a
 * resource query, see <a
 * href="https://docs.aws.amazon.com//ARG/latest/userguide/getting_started-query.html">Build queries
 * and groups in Resource Groups</a> in the <em>Resource Groups User Guide</em> . For more
 * information about service-linked groups and service configurations, see <a
 * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html">Service configurations
 * for Resource Groups</a> .
 *
 * <p><em>Minimum permissions</em>
 *
 * <p>To run this command, you must have the following permissions:
 *
 * <ul> <li><code>resource-groups:CreateGroup</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::ResourceGroups::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResourceGroups::Group")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("^[\\sa-zA-Z0-9_\\.-]*$").minLength(0).maxLength(512))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\.-]+$").minLength(1).maxLength(128))
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The service configuration currently associated with the resource group and in effect for the
   * members of the resource group. A <code>Configuration</code> consists of one or more
   * <code>ConfigurationItem</code> entries. For information about service configurations for
   * resource groups and how to construct them, see <a
   * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html">Service
   * configurations for resource groups</a> in the <em>Resource Groups User Guide</em> .
   *
   * <p>You can include either a <code>Configuration</code> or a <code>ResourceQuery</code> , but
   * not both.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public Group configuration(List<ConfigurationItem> value) {
    return set("Configuration", Value.listOf(value));
  }

  /** Sets {@code Configuration} to this value; see {@link #configuration(List)}. */
  public Group configuration(Value<List<ConfigurationItem>> value) {
    return set("Configuration", value);
  }

  /** Sets {@code Configuration} to a list of these; see {@link #configuration(List)}. */
  public Group configuration(ConfigurationItem... values) {
    return set("Configuration", Value.list(values));
  }

  /**
   * The description of the resource group.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code ^[&#92;sa-zA-Z0-9_&#92;.-]*$}. CloudFormation
   * property {@code Description}.
   */
  public Group description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Group description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of a resource group. The name must be unique within the AWS Region in which you create
   * the resource. To create multiple resource groups based on the same CloudFormation stack, you
   * must generate unique names for each.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;.-]+$}. CloudFormation property {@code Name}.
   */
  public Group name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Group name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The resource query structure that is used to dynamically determine which AWS resources are
   * members of the associated resource group. For more information about queries and how to
   * construct them, see <a
   * href="https://docs.aws.amazon.com//ARG/latest/userguide/gettingstarted-query.html">Build
   * queries and groups in Resource Groups</a> in the <em>Resource Groups User Guide</em>
   *
   * <p>- You can include either a <code>ResourceQuery</code> or a <code>Configuration</code> , but
   * not both. - You can specify the group's membership either by using a <code>ResourceQuery</code>
   * or by using a list of <code>Resources</code> , but not both.
   *
   * <p>CloudFormation property {@code ResourceQuery}.
   */
  public Group resourceQuery(Value<ResourceQuery> value) {
    return set("ResourceQuery", value);
  }

  /**
   * A list of the Amazon Resource Names (ARNs) of AWS resources that you want to add to the
   * specified group.
   *
   * <p>- You can specify the group membership either by using a list of <code>Resources</code> or
   * by using a <code>ResourceQuery</code> , but not both. - You can include a
   * <code>Resources</code> property only if you also specify a <code>Configuration</code> property.
   *
   * <p>CloudFormation property {@code Resources}.
   */
  public Group resources(List<String> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public Group resources(Value<List<String>> value) {
    return set("Resources", value);
  }

  /**
   * The tag key and value pairs that are attached to the resource group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Group tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Group tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Group tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the new resource group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * One of the items in the service configuration assigned to a resource group. A service
   * configuration can consist of one or more items. For details service configurations and how to
   * construct them, see <a
   * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html">Service
   * configurations for resource groups</a> in the <em>Resource Groups User Guide</em> .
   *
   * <p>Property type {@code AWS::ResourceGroups::Group.ConfigurationItem}.
   */
  public static final class ConfigurationItem extends Struct<ConfigurationItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResourceGroups::Group.ConfigurationItem")
        .constrain("Type", Constraint.of().pattern("^AWS::[a-zA-Z0-9]+::[a-zA-Z0-9]+$").minLength(0).maxLength(40))
        .build();

    public ConfigurationItem() {
      super(SCHEMA);
    }

    /**
     * A collection of parameters for this configuration item. For the list of parameters that you
     * can use with each configuration item <code>Type</code> , see <a
     * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html#about-slg-types">Supported
     * resource types and parameters</a> in the <em>Resource Groups User Guide</em> .
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public ConfigurationItem parameters(List<ConfigurationParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public ConfigurationItem parameters(Value<List<ConfigurationParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public ConfigurationItem parameters(ConfigurationParameter... values) {
      return set("Parameters", Value.list(values));
    }

    /**
     * Specifies the type of configuration item. Each item must have a unique value for type. For
     * the list of the types that you can specify for a configuration item, see <a
     * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html#about-slg-types">Supported
     * resource types and parameters</a> in the <em>Resource Groups User Guide</em> .
     *
     * <p>Length: 0 to 40 characters. Pattern: {@code ^AWS::[a-zA-Z0-9]+::[a-zA-Z0-9]+$}.
     * CloudFormation property {@code Type}.
     */
    public ConfigurationItem type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ConfigurationItem type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * One parameter for a group configuration item. For details about service configurations and how
   * to construct them, see <a
   * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html">Service
   * configurations for resource groups</a> in the <em>Resource Groups User Guide</em> .
   *
   * <p>Property type {@code AWS::ResourceGroups::Group.ConfigurationParameter}.
   */
  public static final class ConfigurationParameter extends Struct<ConfigurationParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResourceGroups::Group.ConfigurationParameter")
        .constrain("Name", Constraint.of().pattern("^[a-z-]+$").minLength(1).maxLength(80))
        .constrain("Values", Constraint.of().pattern("^[a-zA-Z0-9:\\/\\._-]+$").minLength(1).maxLength(256))
        .build();

    public ConfigurationParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the group configuration parameter. For the list of parameters that you can use
     * with each configuration item type, see <a
     * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html#about-slg-types">Supported
     * resource types and parameters</a> in the <em>Resource Groups User Guide</em> .
     *
     * <p>Length: 1 to 80 characters. Pattern: {@code ^[a-z-]+$}. CloudFormation property {@code
     * Name}.
     */
    public ConfigurationParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ConfigurationParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value or values to be used for the specified parameter. For the list of values you can
     * use with each parameter, see <a
     * href="https://docs.aws.amazon.com//ARG/latest/APIReference/about-slg.html#about-slg-types">Supported
     * resource types and parameters</a> .
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9:&#92;/&#92;._-]+$}.
     * CloudFormation property {@code Values}.
     */
    public ConfigurationParameter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ConfigurationParameter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Specifies details within a <code>ResourceQuery</code> structure that determines the membership
   * of the resource group. The contents required in the <code>Query</code> structure are determined
   * by the <code>Type</code> property of the containing <code>ResourceQuery</code> structure.
   *
   * <p>Property type {@code AWS::ResourceGroups::Group.Query}.
   */
  public static final class Query extends Struct<Query> {
    private static final Schema SCHEMA = Schema.of("AWS::ResourceGroups::Group.Query");

    public Query() {
      super(SCHEMA);
    }

    /**
     * Specifies limits to the types of resources that can be included in the resource group. For
     * example, if <code>ResourceTypeFilters</code> is <code>["AWS::EC2::Instance",
     * "AWS::DynamoDB::Table"]</code> , only EC2 instances or DynamoDB tables can be members of this
     * resource group. The default value is <code>["AWS::AllSupported"]</code> .
     *
     * <p>CloudFormation property {@code ResourceTypeFilters}.
     */
    public Query resourceTypeFilters(List<String> value) {
      return set("ResourceTypeFilters", Value.listOf(value));
    }

    /** Sets {@code ResourceTypeFilters} to this value; see {@link #resourceTypeFilters(List)}. */
    public Query resourceTypeFilters(Value<List<String>> value) {
      return set("ResourceTypeFilters", value);
    }

    /**
     * Specifies the ARN of a CloudFormation stack. All supported resources of the CloudFormation
     * stack are members of the resource group. If you don't specify an ARN, this parameter defaults
     * to the current stack that you are defining, which means that all the resources of the current
     * stack are grouped.
     *
     * <p>You can specify a value for <code>StackIdentifier</code> only when the
     * <code>ResourceQuery.Type</code> property is <code>CLOUDFORMATION_STACK_1_0.</code>
     *
     * <p>CloudFormation property {@code StackIdentifier}.
     */
    public Query stackIdentifier(String value) {
      return set("StackIdentifier", Value.of(value));
    }

    /** Sets {@code StackIdentifier} to this value; see {@link #stackIdentifier(String)}. */
    public Query stackIdentifier(Value<String> value) {
      return set("StackIdentifier", value);
    }

    /**
     * A list of key-value pair objects that limit which resources can be members of the resource
     * group. This property is required when the <code>ResourceQuery.Type</code> property is
     * <code>TAG_FILTERS_1_0</code> .
     *
     * <p>A resource must have a tag that matches every filter that is provided in the
     * <code>TagFilters</code> list.
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public Query tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public Query tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public Query tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }
  }

  /**
   * The query used to dynamically define the members of a group. For more information about how to
   * construct a query, see <a
   * href="https://docs.aws.amazon.com//ARG/latest/userguide/gettingstarted-query.html">Build
   * queries and groups in Resource Groups</a> .
   *
   * <p>Property type {@code AWS::ResourceGroups::Group.ResourceQuery}.
   */
  public static final class ResourceQuery extends Struct<ResourceQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResourceGroups::Group.ResourceQuery")
        .constrain("Query", Constraint.of().minLength(0).maxLength(4096))
        .allowed("Type", "TAG_FILTERS_1_0", "CLOUDFORMATION_STACK_1_0")
        .build();

    public ResourceQuery() {
      super(SCHEMA);
    }

    /**
     * The query that defines the membership of the group. This is a structure with properties that
     * depend on the <code>Type</code> .
     *
     * <p>The <code>Query</code> structure must be included in the following scenarios:
     *
     * <ul> <li>When the <code>Type</code> is <code>TAG_FILTERS_1_0</code> , you must specify a
     * <code>Query</code> structure that contains a <code>TagFilters</code> list of tags. Resources
     * with tags that match those in the <code>TagFilter</code> list become members of the resource
     * group. <li>When the <code>Type</code> is <code>CLOUDFORMATION_STACK_1_0</code> then this
     * field is required only when you must specify a CloudFormation stack other than the one you
     * are defining. To do this, the <code>Query</code> structure must contain the
     * <code>StackIdentifier</code> property. If you don't specify either a <code>Query</code>
     * structure or a <code>StackIdentifier</code> within that <code>Query</code> , then it defaults
     * to the CloudFormation stack that you're currently constructing. </ul>
     *
     * <p>Length: 0 to 4096 characters. CloudFormation property {@code Query}.
     */
    public ResourceQuery query(Value<Query> value) {
      return set("Query", value);
    }

    /**
     * Specifies the type of resource query that determines this group's membership. There are two
     * valid query types:
     *
     * <ul> <li><code>TAG_FILTERS_1_0</code> indicates that the group is a tag-based group. To
     * complete the group membership, you must include the <code>TagFilters</code> property to
     * specify the tag filters to use in the query. <li><code>CLOUDFORMATION_STACK_1_0</code> , the
     * default, indicates that the group is a CloudFormation stack-based group. Group membership is
     * based on the CloudFormation stack. You must specify the <code>StackIdentifier</code> property
     * in the query to define which stack to associate the group with, or leave it empty to default
     * to the stack where the group is defined. </ul>
     *
     * <p>Allowed values: {@code TAG_FILTERS_1_0}, {@code CLOUDFORMATION_STACK_1_0}. CloudFormation
     * property {@code Type}.
     */
    public ResourceQuery type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ResourceQuery type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies a single tag key and optional values that you can use to specify membership in a
   * tag-based group. An AWS resource that doesn't have a matching tag key and value is rejected as
   * a member of the group.
   *
   * <p>A <code>TagFilter</code> object includes two properties: <code>Key</code> (a string) and
   * <code>Values</code> (a list of strings). Only resources in the account that are tagged with a
   * matching key-value pair are members of the group. The <code>Values</code> property of
   * <code>TagFilter</code> is optional, but specifying it narrows the query results.
   *
   * <p>As an example, suppose the <code>TagFilters</code> string is <code>[{"Key": "Stage",
   * "Values": ["Test", "Beta"]}, {"Key": "Storage"}]</code> . In this case, only resources with all
   * of the following tags are members of the group:
   *
   * <ul> <li><code>Stage</code> tag key with a value of either <code>Test</code> or
   * <code>Beta</code> <li><code>Storage</code> tag key with any value </ul>
   *
   * <p>Property type {@code AWS::ResourceGroups::Group.TagFilter}.
   */
  public static final class TagFilter extends Struct<TagFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::ResourceGroups::Group.TagFilter");

    public TagFilter() {
      super(SCHEMA);
    }

    /**
     * A string that defines a tag key. Only resources in the account that are tagged with a
     * specified tag key are members of the tag-based resource group.
     *
     * <p>This field is required when the <code>ResourceQuery</code> structure's <code>Type</code>
     * property is <code>TAG_FILTERS_1_0</code> . You must specify at least one tag key.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public TagFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * A list of tag values that can be included in the tag-based resource group. This is optional.
     * If you don't specify a value or values for a key, then an AWS resource with any value for
     * that key is a member.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public TagFilter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public TagFilter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
