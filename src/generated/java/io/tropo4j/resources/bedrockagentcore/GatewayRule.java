// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::BedrockAgentCore::GatewayRule
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::GatewayRule}.
 */
public final class GatewayRule extends Resource<GatewayRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule")
      .required("Actions", "Priority")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("GatewayIdentifier", Constraint.of().pattern("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"))
      .constrain("Priority", Constraint.of().minimum(1).maximum(1000000))
      .attributes("CreatedAt", "GatewayArn", "RuleId", "Status", "System", "UpdatedAt")
      .build();

  public GatewayRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. CloudFormation property {@code Actions}. */
  public GatewayRule actions(List<Action> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public GatewayRule actions(Value<List<Action>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public GatewayRule actions(Action... values) {
    return set("Actions", Value.list(values));
  }

  /** CloudFormation property {@code Conditions}. */
  public GatewayRule conditions(List<Condition> value) {
    return set("Conditions", Value.listOf(value));
  }

  /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
  public GatewayRule conditions(Value<List<Condition>> value) {
    return set("Conditions", value);
  }

  /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
  public GatewayRule conditions(Condition... values) {
    return set("Conditions", Value.list(values));
  }

  /** Length: 1 to 256 characters. CloudFormation property {@code Description}. */
  public GatewayRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GatewayRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Changing it replaces the resource. Pattern: {@code ^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$}.
   * CloudFormation property {@code GatewayIdentifier}.
   */
  public GatewayRule gatewayIdentifier(String value) {
    return set("GatewayIdentifier", Value.of(value));
  }

  /** Sets {@code GatewayIdentifier} to this value; see {@link #gatewayIdentifier(String)}. */
  public GatewayRule gatewayIdentifier(Value<String> value) {
    return set("GatewayIdentifier", value);
  }

  /** Required. Range: 1 to 1000000. CloudFormation property {@code Priority}. */
  public GatewayRule priority(double value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(double)}. */
  public GatewayRule priority(Value<Double> value) {
    return set("Priority", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code GatewayArn}. */
  public Value<String> gatewayArn() {
    return getAtt("GatewayArn");
  }

  /** {@code Fn::GetAtt} attribute {@code RuleId}. */
  public Value<String> ruleId() {
    return getAtt("RuleId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code System}. */
  public Value<SystemManagedBlock> system() {
    return getAtt("System");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.Action}. */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayRule.Action");

    public Action() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ConfigurationBundle}. */
    public Action configurationBundle(Value<ConfigurationBundleAction> value) {
      return set("ConfigurationBundle", value);
    }

    /** CloudFormation property {@code RouteToTarget}. */
    public Action routeToTarget(Value<RouteToTargetAction> value) {
      return set("RouteToTarget", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.Condition}. */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayRule.Condition");

    public Condition() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MatchPaths}. */
    public Condition matchPaths(Value<MatchPaths> value) {
      return set("MatchPaths", value);
    }

    /** CloudFormation property {@code MatchPrincipals}. */
    public Condition matchPrincipals(Value<MatchPrincipals> value) {
      return set("MatchPrincipals", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.ConfigurationBundleAction}. */
  public static final class ConfigurationBundleAction extends Struct<ConfigurationBundleAction> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayRule.ConfigurationBundleAction");

    public ConfigurationBundleAction() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code StaticOverride}. */
    public ConfigurationBundleAction staticOverride(Value<StaticOverride> value) {
      return set("StaticOverride", value);
    }

    /** CloudFormation property {@code WeightedOverride}. */
    public ConfigurationBundleAction weightedOverride(Value<WeightedOverride> value) {
      return set("WeightedOverride", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.ConfigurationBundleReference}. */
  public static final class ConfigurationBundleReference extends Struct<ConfigurationBundleReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.ConfigurationBundleReference")
        .required("BundleArn", "BundleVersion")
        .build();

    public ConfigurationBundleReference() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code BundleArn}. */
    public ConfigurationBundleReference bundleArn(String value) {
      return set("BundleArn", Value.of(value));
    }

    /** Sets {@code BundleArn} to this value; see {@link #bundleArn(String)}. */
    public ConfigurationBundleReference bundleArn(Value<String> value) {
      return set("BundleArn", value);
    }

    /** Required. CloudFormation property {@code BundleVersion}. */
    public ConfigurationBundleReference bundleVersion(String value) {
      return set("BundleVersion", Value.of(value));
    }

    /** Sets {@code BundleVersion} to this value; see {@link #bundleVersion(String)}. */
    public ConfigurationBundleReference bundleVersion(Value<String> value) {
      return set("BundleVersion", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.IamPrincipal}. */
  public static final class IamPrincipal extends Struct<IamPrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.IamPrincipal")
        .required("Arn")
        .allowed("Operator", "StringEquals", "StringLike")
        .build();

    public IamPrincipal() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Arn}. */
    public IamPrincipal arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IamPrincipal arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Allowed values: {@code StringEquals}, {@code StringLike}. CloudFormation property {@code
     * Operator}.
     */
    public IamPrincipal operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public IamPrincipal operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.MatchPaths}. */
  public static final class MatchPaths extends Struct<MatchPaths> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.MatchPaths")
        .required("AnyOf")
        .build();

    public MatchPaths() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AnyOf}. */
    public MatchPaths anyOf(List<String> value) {
      return set("AnyOf", Value.listOf(value));
    }

    /** Sets {@code AnyOf} to this value; see {@link #anyOf(List)}. */
    public MatchPaths anyOf(Value<List<String>> value) {
      return set("AnyOf", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.MatchPrincipalEntry}. */
  public static final class MatchPrincipalEntry extends Struct<MatchPrincipalEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.MatchPrincipalEntry")
        .required("IamPrincipal")
        .build();

    public MatchPrincipalEntry() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code IamPrincipal}. */
    public MatchPrincipalEntry iamPrincipal(Value<IamPrincipal> value) {
      return set("IamPrincipal", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.MatchPrincipals}. */
  public static final class MatchPrincipals extends Struct<MatchPrincipals> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.MatchPrincipals")
        .required("AnyOf")
        .build();

    public MatchPrincipals() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AnyOf}. */
    public MatchPrincipals anyOf(List<MatchPrincipalEntry> value) {
      return set("AnyOf", Value.listOf(value));
    }

    /** Sets {@code AnyOf} to this value; see {@link #anyOf(List)}. */
    public MatchPrincipals anyOf(Value<List<MatchPrincipalEntry>> value) {
      return set("AnyOf", value);
    }

    /** Sets {@code AnyOf} to a list of these; see {@link #anyOf(List)}. */
    public MatchPrincipals anyOf(MatchPrincipalEntry... values) {
      return set("AnyOf", Value.list(values));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.RouteToTargetAction}. */
  public static final class RouteToTargetAction extends Struct<RouteToTargetAction> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::GatewayRule.RouteToTargetAction");

    public RouteToTargetAction() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code StaticRoute}. */
    public RouteToTargetAction staticRoute(Value<StaticRoute> value) {
      return set("StaticRoute", value);
    }

    /** CloudFormation property {@code WeightedRoute}. */
    public RouteToTargetAction weightedRoute(Value<WeightedRoute> value) {
      return set("WeightedRoute", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.StaticOverride}. */
  public static final class StaticOverride extends Struct<StaticOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.StaticOverride")
        .required("BundleArn", "BundleVersion")
        .build();

    public StaticOverride() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code BundleArn}. */
    public StaticOverride bundleArn(String value) {
      return set("BundleArn", Value.of(value));
    }

    /** Sets {@code BundleArn} to this value; see {@link #bundleArn(String)}. */
    public StaticOverride bundleArn(Value<String> value) {
      return set("BundleArn", value);
    }

    /** Required. CloudFormation property {@code BundleVersion}. */
    public StaticOverride bundleVersion(String value) {
      return set("BundleVersion", Value.of(value));
    }

    /** Sets {@code BundleVersion} to this value; see {@link #bundleVersion(String)}. */
    public StaticOverride bundleVersion(Value<String> value) {
      return set("BundleVersion", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.StaticRoute}. */
  public static final class StaticRoute extends Struct<StaticRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.StaticRoute")
        .required("TargetName")
        .build();

    public StaticRoute() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code TargetName}. */
    public StaticRoute targetName(String value) {
      return set("TargetName", Value.of(value));
    }

    /** Sets {@code TargetName} to this value; see {@link #targetName(String)}. */
    public StaticRoute targetName(Value<String> value) {
      return set("TargetName", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.SystemManagedBlock}. */
  public static final class SystemManagedBlock extends Struct<SystemManagedBlock> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.SystemManagedBlock")
        .required("ManagedBy")
        .build();

    public SystemManagedBlock() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ManagedBy}. */
    public SystemManagedBlock managedBy(String value) {
      return set("ManagedBy", Value.of(value));
    }

    /** Sets {@code ManagedBy} to this value; see {@link #managedBy(String)}. */
    public SystemManagedBlock managedBy(Value<String> value) {
      return set("ManagedBy", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.TargetTrafficSplitEntry}. */
  public static final class TargetTrafficSplitEntry extends Struct<TargetTrafficSplitEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.TargetTrafficSplitEntry")
        .required("Name", "TargetName", "Weight")
        .build();

    public TargetTrafficSplitEntry() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Description}. */
    public TargetTrafficSplitEntry description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TargetTrafficSplitEntry description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code Metadata}. */
    public TargetTrafficSplitEntry metadata(Map<String, String> value) {
      return set("Metadata", Value.mapOf(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(Map)}. */
    public TargetTrafficSplitEntry metadata(Value<Map<String, String>> value) {
      return set("Metadata", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public TargetTrafficSplitEntry name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TargetTrafficSplitEntry name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code TargetName}. */
    public TargetTrafficSplitEntry targetName(String value) {
      return set("TargetName", Value.of(value));
    }

    /** Sets {@code TargetName} to this value; see {@link #targetName(String)}. */
    public TargetTrafficSplitEntry targetName(Value<String> value) {
      return set("TargetName", value);
    }

    /** Required. CloudFormation property {@code Weight}. */
    public TargetTrafficSplitEntry weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public TargetTrafficSplitEntry weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.TrafficSplitEntry}. */
  public static final class TrafficSplitEntry extends Struct<TrafficSplitEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.TrafficSplitEntry")
        .required("ConfigurationBundle", "Name", "Weight")
        .build();

    public TrafficSplitEntry() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ConfigurationBundle}. */
    public TrafficSplitEntry configurationBundle(Value<ConfigurationBundleReference> value) {
      return set("ConfigurationBundle", value);
    }

    /** CloudFormation property {@code Description}. */
    public TrafficSplitEntry description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TrafficSplitEntry description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code Metadata}. */
    public TrafficSplitEntry metadata(Map<String, String> value) {
      return set("Metadata", Value.mapOf(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(Map)}. */
    public TrafficSplitEntry metadata(Value<Map<String, String>> value) {
      return set("Metadata", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public TrafficSplitEntry name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TrafficSplitEntry name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code Weight}. */
    public TrafficSplitEntry weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public TrafficSplitEntry weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.WeightedOverride}. */
  public static final class WeightedOverride extends Struct<WeightedOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.WeightedOverride")
        .required("TrafficSplit")
        .build();

    public WeightedOverride() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code TrafficSplit}. */
    public WeightedOverride trafficSplit(List<TrafficSplitEntry> value) {
      return set("TrafficSplit", Value.listOf(value));
    }

    /** Sets {@code TrafficSplit} to this value; see {@link #trafficSplit(List)}. */
    public WeightedOverride trafficSplit(Value<List<TrafficSplitEntry>> value) {
      return set("TrafficSplit", value);
    }

    /** Sets {@code TrafficSplit} to a list of these; see {@link #trafficSplit(List)}. */
    public WeightedOverride trafficSplit(TrafficSplitEntry... values) {
      return set("TrafficSplit", Value.list(values));
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::GatewayRule.WeightedRoute}. */
  public static final class WeightedRoute extends Struct<WeightedRoute> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::GatewayRule.WeightedRoute")
        .required("TrafficSplit")
        .build();

    public WeightedRoute() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code TrafficSplit}. */
    public WeightedRoute trafficSplit(List<TargetTrafficSplitEntry> value) {
      return set("TrafficSplit", Value.listOf(value));
    }

    /** Sets {@code TrafficSplit} to this value; see {@link #trafficSplit(List)}. */
    public WeightedRoute trafficSplit(Value<List<TargetTrafficSplitEntry>> value) {
      return set("TrafficSplit", value);
    }

    /** Sets {@code TrafficSplit} to a list of these; see {@link #trafficSplit(List)}. */
    public WeightedRoute trafficSplit(TargetTrafficSplitEntry... values) {
      return set("TrafficSplit", Value.list(values));
    }
  }
}
