// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.licensemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::LicenseManager::LicenseAssetRuleSet.
 *
 * <p>CloudFormation type {@code AWS::LicenseManager::LicenseAssetRuleSet}.
 */
public final class LicenseAssetRuleSet extends Resource<LicenseAssetRuleSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::LicenseAssetRuleSet")
      .required("Name", "Rules")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(0).maxLength(128))
      .refYields("LicenseAssetRulesetArn")
      .attributes("LicenseAssetRulesetArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LicenseAssetRuleSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * License asset ruleset description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public LicenseAssetRuleSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LicenseAssetRuleSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * License asset ruleset name.
   *
   * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code Name}.
   */
  public LicenseAssetRuleSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LicenseAssetRuleSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * License asset rules.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public LicenseAssetRuleSet rules(List<LicenseAssetRule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public LicenseAssetRuleSet rules(Value<List<LicenseAssetRule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public LicenseAssetRuleSet rules(LicenseAssetRule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * Tags to add to the license asset ruleset.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LicenseAssetRuleSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LicenseAssetRuleSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LicenseAssetRuleSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name (ARN) of the license asset ruleset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LicenseAssetRulesetArn}.
   */
  public Value<String> licenseAssetRulesetArn() {
    return getAtt("LicenseAssetRulesetArn");
  }

  /**
   * AND rule statement.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.AndRuleStatement}.
   */
  public static final class AndRuleStatement extends Struct<AndRuleStatement> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetRuleSet.AndRuleStatement");

    public AndRuleStatement() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MatchingRuleStatements}. */
    public AndRuleStatement matchingRuleStatements(List<MatchingRuleStatement> value) {
      return set("MatchingRuleStatements", Value.listOf(value));
    }

    /**
     * Sets {@code MatchingRuleStatements} to this value; see {@link #matchingRuleStatements(List)}.
     */
    public AndRuleStatement matchingRuleStatements(Value<List<MatchingRuleStatement>> value) {
      return set("MatchingRuleStatements", value);
    }

    /**
     * Sets {@code MatchingRuleStatements} to a list of these; see {@link
     * #matchingRuleStatements(List)}.
     */
    public AndRuleStatement matchingRuleStatements(MatchingRuleStatement... values) {
      return set("MatchingRuleStatements", Value.list(values));
    }
  }

  /**
   * Instance rule statement.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.InstanceRuleStatement}.
   */
  public static final class InstanceRuleStatement extends Struct<InstanceRuleStatement> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetRuleSet.InstanceRuleStatement");

    public InstanceRuleStatement() {
      super(SCHEMA);
    }

    /**
     * AND rule statement.
     *
     * <p>CloudFormation property {@code AndRuleStatement}.
     */
    public InstanceRuleStatement andRuleStatement(Value<AndRuleStatement> value) {
      return set("AndRuleStatement", value);
    }

    /**
     * Matching rule statement.
     *
     * <p>CloudFormation property {@code MatchingRuleStatement}.
     */
    public InstanceRuleStatement matchingRuleStatement(Value<MatchingRuleStatement> value) {
      return set("MatchingRuleStatement", value);
    }

    /**
     * OR rule statement.
     *
     * <p>CloudFormation property {@code OrRuleStatement}.
     */
    public InstanceRuleStatement orRuleStatement(Value<OrRuleStatement> value) {
      return set("OrRuleStatement", value);
    }
  }

  /**
   * License asset rule.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.LicenseAssetRule}.
   */
  public static final class LicenseAssetRule extends Struct<LicenseAssetRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::LicenseAssetRuleSet.LicenseAssetRule")
        .required("RuleStatement")
        .build();

    public LicenseAssetRule() {
      super(SCHEMA);
    }

    /**
     * Rule statement. Specify exactly one of InstanceRuleStatement, LicenseRuleStatement, or
     * LicenseConfigurationRuleStatement.
     *
     * <p>Required. CloudFormation property {@code RuleStatement}.
     */
    public LicenseAssetRule ruleStatement(Value<RuleStatement> value) {
      return set("RuleStatement", value);
    }
  }

  /**
   * License configuration rule statement.
   *
   * <p>Property type {@code
   * AWS::LicenseManager::LicenseAssetRuleSet.LicenseConfigurationRuleStatement}.
   */
  public static final class LicenseConfigurationRuleStatement extends Struct<LicenseConfigurationRuleStatement> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetRuleSet.LicenseConfigurationRuleStatement");

    public LicenseConfigurationRuleStatement() {
      super(SCHEMA);
    }

    /**
     * AND rule statement.
     *
     * <p>CloudFormation property {@code AndRuleStatement}.
     */
    public LicenseConfigurationRuleStatement andRuleStatement(Value<AndRuleStatement> value) {
      return set("AndRuleStatement", value);
    }

    /**
     * Matching rule statement.
     *
     * <p>CloudFormation property {@code MatchingRuleStatement}.
     */
    public LicenseConfigurationRuleStatement matchingRuleStatement(Value<MatchingRuleStatement> value) {
      return set("MatchingRuleStatement", value);
    }

    /**
     * OR rule statement.
     *
     * <p>CloudFormation property {@code OrRuleStatement}.
     */
    public LicenseConfigurationRuleStatement orRuleStatement(Value<OrRuleStatement> value) {
      return set("OrRuleStatement", value);
    }
  }

  /**
   * License rule statement.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.LicenseRuleStatement}.
   */
  public static final class LicenseRuleStatement extends Struct<LicenseRuleStatement> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetRuleSet.LicenseRuleStatement");

    public LicenseRuleStatement() {
      super(SCHEMA);
    }

    /**
     * AND rule statement.
     *
     * <p>CloudFormation property {@code AndRuleStatement}.
     */
    public LicenseRuleStatement andRuleStatement(Value<AndRuleStatement> value) {
      return set("AndRuleStatement", value);
    }

    /**
     * Matching rule statement.
     *
     * <p>CloudFormation property {@code MatchingRuleStatement}.
     */
    public LicenseRuleStatement matchingRuleStatement(Value<MatchingRuleStatement> value) {
      return set("MatchingRuleStatement", value);
    }

    /**
     * OR rule statement.
     *
     * <p>CloudFormation property {@code OrRuleStatement}.
     */
    public LicenseRuleStatement orRuleStatement(Value<OrRuleStatement> value) {
      return set("OrRuleStatement", value);
    }
  }

  /**
   * Matching rule statement.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.MatchingRuleStatement}.
   */
  public static final class MatchingRuleStatement extends Struct<MatchingRuleStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::LicenseManager::LicenseAssetRuleSet.MatchingRuleStatement")
        .required("Constraint", "KeyToMatch", "ValueToMatch")
        .build();

    public MatchingRuleStatement() {
      super(SCHEMA);
    }

    /**
     * Constraint (e.g. Equals, Not_Equals).
     *
     * <p>Required. CloudFormation property {@code Constraint}.
     */
    public MatchingRuleStatement constraint(String value) {
      return set("Constraint", Value.of(value));
    }

    /** Sets {@code Constraint} to this value; see {@link #constraint(String)}. */
    public MatchingRuleStatement constraint(Value<String> value) {
      return set("Constraint", value);
    }

    /**
     * Key to match.
     *
     * <p>Required. CloudFormation property {@code KeyToMatch}.
     */
    public MatchingRuleStatement keyToMatch(String value) {
      return set("KeyToMatch", Value.of(value));
    }

    /** Sets {@code KeyToMatch} to this value; see {@link #keyToMatch(String)}. */
    public MatchingRuleStatement keyToMatch(Value<String> value) {
      return set("KeyToMatch", value);
    }

    /**
     * Values to match.
     *
     * <p>Required. CloudFormation property {@code ValueToMatch}.
     */
    public MatchingRuleStatement valueToMatch(List<String> value) {
      return set("ValueToMatch", Value.listOf(value));
    }

    /** Sets {@code ValueToMatch} to this value; see {@link #valueToMatch(List)}. */
    public MatchingRuleStatement valueToMatch(Value<List<String>> value) {
      return set("ValueToMatch", value);
    }
  }

  /**
   * OR rule statement.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.OrRuleStatement}.
   */
  public static final class OrRuleStatement extends Struct<OrRuleStatement> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetRuleSet.OrRuleStatement");

    public OrRuleStatement() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MatchingRuleStatements}. */
    public OrRuleStatement matchingRuleStatements(List<MatchingRuleStatement> value) {
      return set("MatchingRuleStatements", Value.listOf(value));
    }

    /**
     * Sets {@code MatchingRuleStatements} to this value; see {@link #matchingRuleStatements(List)}.
     */
    public OrRuleStatement matchingRuleStatements(Value<List<MatchingRuleStatement>> value) {
      return set("MatchingRuleStatements", value);
    }

    /**
     * Sets {@code MatchingRuleStatements} to a list of these; see {@link
     * #matchingRuleStatements(List)}.
     */
    public OrRuleStatement matchingRuleStatements(MatchingRuleStatement... values) {
      return set("MatchingRuleStatements", Value.list(values));
    }
  }

  /**
   * Rule statement. Specify exactly one of InstanceRuleStatement, LicenseRuleStatement, or
   * LicenseConfigurationRuleStatement.
   *
   * <p>Property type {@code AWS::LicenseManager::LicenseAssetRuleSet.RuleStatement}.
   */
  public static final class RuleStatement extends Struct<RuleStatement> {
    private static final Schema SCHEMA = Schema.of("AWS::LicenseManager::LicenseAssetRuleSet.RuleStatement");

    public RuleStatement() {
      super(SCHEMA);
    }

    /**
     * Instance rule statement.
     *
     * <p>CloudFormation property {@code InstanceRuleStatement}.
     */
    public RuleStatement instanceRuleStatement(Value<InstanceRuleStatement> value) {
      return set("InstanceRuleStatement", value);
    }

    /**
     * License configuration rule statement.
     *
     * <p>CloudFormation property {@code LicenseConfigurationRuleStatement}.
     */
    public RuleStatement licenseConfigurationRuleStatement(Value<LicenseConfigurationRuleStatement> value) {
      return set("LicenseConfigurationRuleStatement", value);
    }

    /**
     * License rule statement.
     *
     * <p>CloudFormation property {@code LicenseRuleStatement}.
     */
    public RuleStatement licenseRuleStatement(Value<LicenseRuleStatement> value) {
      return set("LicenseRuleStatement", value);
    }
  }
}
