// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a configured table association. A configured table association links a configured table
 * with a collaboration.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::ConfiguredTableAssociation}.
 */
public final class ConfiguredTableAssociation extends Resource<ConfiguredTableAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTableAssociation")
      .required("ConfiguredTableIdentifier", "MembershipIdentifier", "Name", "RoleArn")
      .constrain("ConfiguredTableIdentifier", Constraint.of().pattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").minLength(36).maxLength(36))
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("MembershipIdentifier", Constraint.of().pattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$").maxLength(128))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws:iam::[\\w]+:role/[\\w+=./@-]+$").minLength(32).maxLength(512).format("AWS::IAM::Role.Arn"))
      .attributes("Arn", "ConfiguredTableAssociationIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfiguredTableAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An analysis rule for a configured table association. This analysis rule specifies how data from
   * the table can be used within its associated collaboration. In the console, the
   * <code>ConfiguredTableAssociationAnalysisRule</code> is referred to as the <em>collaboration
   * analysis rule</em> .
   *
   * <p>CloudFormation property {@code ConfiguredTableAssociationAnalysisRules}.
   */
  public ConfiguredTableAssociation configuredTableAssociationAnalysisRules(List<ConfiguredTableAssociationAnalysisRule> value) {
    return set("ConfiguredTableAssociationAnalysisRules", Value.listOf(value));
  }

  /**
   * Sets {@code ConfiguredTableAssociationAnalysisRules} to this value; see {@link
   * #configuredTableAssociationAnalysisRules(List)}.
   */
  public ConfiguredTableAssociation configuredTableAssociationAnalysisRules(Value<List<ConfiguredTableAssociationAnalysisRule>> value) {
    return set("ConfiguredTableAssociationAnalysisRules", value);
  }

  /**
   * Sets {@code ConfiguredTableAssociationAnalysisRules} to a list of these; see {@link
   * #configuredTableAssociationAnalysisRules(List)}.
   */
  public ConfiguredTableAssociation configuredTableAssociationAnalysisRules(ConfiguredTableAssociationAnalysisRule... values) {
    return set("ConfiguredTableAssociationAnalysisRules", Value.list(values));
  }

  /**
   * A unique identifier for the configured table to be associated to. Currently accepts a
   * configured table ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. CloudFormation property {@code
   * ConfiguredTableIdentifier}.
   */
  public ConfiguredTableAssociation configuredTableIdentifier(String value) {
    return set("ConfiguredTableIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ConfiguredTableIdentifier} to this value; see {@link
   * #configuredTableIdentifier(String)}.
   */
  public ConfiguredTableAssociation configuredTableIdentifier(Value<String> value) {
    return set("ConfiguredTableIdentifier", value);
  }

  /**
   * A description of the configured table association.
   *
   * <p>Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public ConfiguredTableAssociation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfiguredTableAssociation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique ID for the membership this configured table association belongs to.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public ConfiguredTableAssociation membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public ConfiguredTableAssociation membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * The name of the configured table association, in lowercase. The table is identified by this
   * name when running protected queries against the underlying data.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$}. CloudFormation property {@code Name}.
   */
  public ConfiguredTableAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfiguredTableAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The service will assume this role to access catalog metadata and query the table.
   *
   * <p>Required. Length: 32 to 512 characters. Pattern: {@code
   * ^arn:aws:iam::[&#92;w]+:role/[&#92;w+=./&#64;-]+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public ConfiguredTableAssociation roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public ConfiguredTableAssociation roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfiguredTableAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfiguredTableAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfiguredTableAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified configured table association.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:configuredtable/a1b2c3d4-5678-90ab-cdef-EXAMPLE33333</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the unique identifier of the specified configured table association.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE33333</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfiguredTableAssociationIdentifier}.
   */
  public Value<String> configuredTableAssociationIdentifier() {
    return getAtt("ConfiguredTableAssociationIdentifier");
  }

  /**
   * An analysis rule for a configured table association. This analysis rule specifies how data from
   * the table can be used within its associated collaboration. In the console, the
   * <code>ConfiguredTableAssociationAnalysisRule</code> is referred to as the <em>collaboration
   * analysis rule</em> .
   *
   * <p>Property type {@code
   * AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRule}.
   */
  public static final class ConfiguredTableAssociationAnalysisRule extends Struct<ConfiguredTableAssociationAnalysisRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRule")
        .required("Policy", "Type")
        .allowed("Type", "AGGREGATION", "LIST", "CUSTOM")
        .build();

    public ConfiguredTableAssociationAnalysisRule() {
      super(SCHEMA);
    }

    /**
     * The policy of the configured table association analysis rule.
     *
     * <p>Required. CloudFormation property {@code Policy}.
     */
    public ConfiguredTableAssociationAnalysisRule policy(Value<ConfiguredTableAssociationAnalysisRulePolicy> value) {
      return set("Policy", value);
    }

    /**
     * The type of the configured table association analysis rule.
     *
     * <p>Required. Allowed values: {@code AGGREGATION}, {@code LIST}, {@code CUSTOM}.
     * CloudFormation property {@code Type}.
     */
    public ConfiguredTableAssociationAnalysisRule type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ConfiguredTableAssociationAnalysisRule type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The configured table association analysis rule applied to a configured table with the
   * aggregation analysis rule.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRuleAggregation}.
   */
  public static final class ConfiguredTableAssociationAnalysisRuleAggregation extends Struct<ConfiguredTableAssociationAnalysisRuleAggregation> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRuleAggregation");

    public ConfiguredTableAssociationAnalysisRuleAggregation() {
      super(SCHEMA);
    }

    /**
     * The list of resources or wildcards (ARNs) that are allowed to perform additional analysis on
     * query output.
     *
     * <p>The <code>allowedAdditionalAnalyses</code> parameter is currently supported for the list
     * analysis rule ( <code>AnalysisRuleList</code> ) and the custom analysis rule (
     * <code>AnalysisRuleCustom</code> ).
     *
     * <p>CloudFormation property {@code AllowedAdditionalAnalyses}.
     */
    public ConfiguredTableAssociationAnalysisRuleAggregation allowedAdditionalAnalyses(List<String> value) {
      return set("AllowedAdditionalAnalyses", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedAdditionalAnalyses} to this value; see {@link
     * #allowedAdditionalAnalyses(List)}.
     */
    public ConfiguredTableAssociationAnalysisRuleAggregation allowedAdditionalAnalyses(Value<List<String>> value) {
      return set("AllowedAdditionalAnalyses", value);
    }

    /**
     * The list of collaboration members who are allowed to receive results of queries run with this
     * configured table.
     *
     * <p>CloudFormation property {@code AllowedResultReceivers}.
     */
    public ConfiguredTableAssociationAnalysisRuleAggregation allowedResultReceivers(List<String> value) {
      return set("AllowedResultReceivers", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedResultReceivers} to this value; see {@link #allowedResultReceivers(List)}.
     */
    public ConfiguredTableAssociationAnalysisRuleAggregation allowedResultReceivers(Value<List<String>> value) {
      return set("AllowedResultReceivers", value);
    }
  }

  /**
   * The configured table association analysis rule applied to a configured table with the custom
   * analysis rule.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRuleCustom}.
   */
  public static final class ConfiguredTableAssociationAnalysisRuleCustom extends Struct<ConfiguredTableAssociationAnalysisRuleCustom> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRuleCustom");

    public ConfiguredTableAssociationAnalysisRuleCustom() {
      super(SCHEMA);
    }

    /**
     * The list of resources or wildcards (ARNs) that are allowed to perform additional analysis on
     * query output.
     *
     * <p>CloudFormation property {@code AllowedAdditionalAnalyses}.
     */
    public ConfiguredTableAssociationAnalysisRuleCustom allowedAdditionalAnalyses(List<String> value) {
      return set("AllowedAdditionalAnalyses", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedAdditionalAnalyses} to this value; see {@link
     * #allowedAdditionalAnalyses(List)}.
     */
    public ConfiguredTableAssociationAnalysisRuleCustom allowedAdditionalAnalyses(Value<List<String>> value) {
      return set("AllowedAdditionalAnalyses", value);
    }

    /**
     * The list of collaboration members who are allowed to receive results of queries run with this
     * configured table.
     *
     * <p>CloudFormation property {@code AllowedResultReceivers}.
     */
    public ConfiguredTableAssociationAnalysisRuleCustom allowedResultReceivers(List<String> value) {
      return set("AllowedResultReceivers", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedResultReceivers} to this value; see {@link #allowedResultReceivers(List)}.
     */
    public ConfiguredTableAssociationAnalysisRuleCustom allowedResultReceivers(Value<List<String>> value) {
      return set("AllowedResultReceivers", value);
    }
  }

  /**
   * The configured table association analysis rule applied to a configured table with the list
   * analysis rule.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRuleList}.
   */
  public static final class ConfiguredTableAssociationAnalysisRuleList extends Struct<ConfiguredTableAssociationAnalysisRuleList> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRuleList");

    public ConfiguredTableAssociationAnalysisRuleList() {
      super(SCHEMA);
    }

    /**
     * The list of resources or wildcards (ARNs) that are allowed to perform additional analysis on
     * query output.
     *
     * <p>CloudFormation property {@code AllowedAdditionalAnalyses}.
     */
    public ConfiguredTableAssociationAnalysisRuleList allowedAdditionalAnalyses(List<String> value) {
      return set("AllowedAdditionalAnalyses", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedAdditionalAnalyses} to this value; see {@link
     * #allowedAdditionalAnalyses(List)}.
     */
    public ConfiguredTableAssociationAnalysisRuleList allowedAdditionalAnalyses(Value<List<String>> value) {
      return set("AllowedAdditionalAnalyses", value);
    }

    /**
     * The list of collaboration members who are allowed to receive results of queries run with this
     * configured table.
     *
     * <p>CloudFormation property {@code AllowedResultReceivers}.
     */
    public ConfiguredTableAssociationAnalysisRuleList allowedResultReceivers(List<String> value) {
      return set("AllowedResultReceivers", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedResultReceivers} to this value; see {@link #allowedResultReceivers(List)}.
     */
    public ConfiguredTableAssociationAnalysisRuleList allowedResultReceivers(Value<List<String>> value) {
      return set("AllowedResultReceivers", value);
    }
  }

  /**
   * Controls on the query specifications that can be run on an associated configured table.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRulePolicy}.
   */
  public static final class ConfiguredTableAssociationAnalysisRulePolicy extends Struct<ConfiguredTableAssociationAnalysisRulePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRulePolicy")
        .required("V1")
        .build();

    public ConfiguredTableAssociationAnalysisRulePolicy() {
      super(SCHEMA);
    }

    /**
     * The policy for the configured table association analysis rule.
     *
     * <p>Required. CloudFormation property {@code V1}.
     */
    public ConfiguredTableAssociationAnalysisRulePolicy v1(Value<ConfiguredTableAssociationAnalysisRulePolicyV1> value) {
      return set("V1", value);
    }
  }

  /**
   * Controls on the query specifications that can be run on an associated configured table.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRulePolicyV1}.
   */
  public static final class ConfiguredTableAssociationAnalysisRulePolicyV1 extends Struct<ConfiguredTableAssociationAnalysisRulePolicyV1> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRulePolicyV1");

    public ConfiguredTableAssociationAnalysisRulePolicyV1() {
      super(SCHEMA);
    }

    /**
     * Analysis rule type that enables only aggregation queries on a configured table.
     *
     * <p>CloudFormation property {@code Aggregation}.
     */
    public ConfiguredTableAssociationAnalysisRulePolicyV1 aggregation(Value<ConfiguredTableAssociationAnalysisRuleAggregation> value) {
      return set("Aggregation", value);
    }

    /**
     * Analysis rule type that enables the table owner to approve custom SQL queries on their
     * configured tables. It supports differential privacy.
     *
     * <p>CloudFormation property {@code Custom}.
     */
    public ConfiguredTableAssociationAnalysisRulePolicyV1 custom(Value<ConfiguredTableAssociationAnalysisRuleCustom> value) {
      return set("Custom", value);
    }

    /**
     * Analysis rule type that enables only list queries on a configured table.
     *
     * <p>CloudFormation property {@code List}.
     */
    public ConfiguredTableAssociationAnalysisRulePolicyV1 list(Value<ConfiguredTableAssociationAnalysisRuleList> value) {
      return set("List", value);
    }
  }
}
