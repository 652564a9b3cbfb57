// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehubv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a resilience-managed service with associated systems, input sources, assertions, and
 * service functions.
 *
 * <p>CloudFormation type {@code AWS::ResilienceHubV2::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service")
      .required("Name", "Regions")
      .allowed("DependencyDiscovery", "ENABLED", "DISABLED", "INITIALIZING")
      .constrain("Description", Constraint.of().maxLength(615))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .constrain("PolicyArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"))
      .constrain("Regions", Constraint.of().pattern("^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]$").minLength(6))
      .refYields("ServiceArn")
      .attributes("CreatedAt", "EffectivePolicyValues", "ServiceArn", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Assertions associated with this service.
   *
   * <p>CloudFormation property {@code Assertions}.
   */
  public Service assertions(List<AssertionDefinition> value) {
    return set("Assertions", Value.listOf(value));
  }

  /** Sets {@code Assertions} to this value; see {@link #assertions(List)}. */
  public Service assertions(Value<List<AssertionDefinition>> value) {
    return set("Assertions", value);
  }

  /** Sets {@code Assertions} to a list of these; see {@link #assertions(List)}. */
  public Service assertions(AssertionDefinition... values) {
    return set("Assertions", Value.list(values));
  }

  /**
   * Systems associated with this service.
   *
   * <p>CloudFormation property {@code AssociatedSystems}.
   */
  public Service associatedSystems(List<AssociatedSystem> value) {
    return set("AssociatedSystems", Value.listOf(value));
  }

  /** Sets {@code AssociatedSystems} to this value; see {@link #associatedSystems(List)}. */
  public Service associatedSystems(Value<List<AssociatedSystem>> value) {
    return set("AssociatedSystems", value);
  }

  /** Sets {@code AssociatedSystems} to a list of these; see {@link #associatedSystems(List)}. */
  public Service associatedSystems(AssociatedSystem... values) {
    return set("AssociatedSystems", Value.list(values));
  }

  /**
   * Dependency discovery state.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}, {@code INITIALIZING}. CloudFormation
   * property {@code DependencyDiscovery}.
   */
  public Service dependencyDiscovery(String value) {
    return set("DependencyDiscovery", Value.of(value));
  }

  /** Sets {@code DependencyDiscovery} to this value; see {@link #dependencyDiscovery(String)}. */
  public Service dependencyDiscovery(Value<String> value) {
    return set("DependencyDiscovery", value);
  }

  /**
   * The description of the service.
   *
   * <p>Length: at most 615 characters. CloudFormation property {@code Description}.
   */
  public Service description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Service description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Input sources for this service.
   *
   * <p>CloudFormation property {@code InputSources}.
   */
  public Service inputSources(List<InputSourceDefinition> value) {
    return set("InputSources", Value.listOf(value));
  }

  /** Sets {@code InputSources} to this value; see {@link #inputSources(List)}. */
  public Service inputSources(Value<List<InputSourceDefinition>> value) {
    return set("InputSources", value);
  }

  /** Sets {@code InputSources} to a list of these; see {@link #inputSources(List)}. */
  public Service inputSources(InputSourceDefinition... values) {
    return set("InputSources", Value.list(values));
  }

  /**
   * The KMS key ID for encrypting service data.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Service kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Service kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the service.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public Service name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Service name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code PermissionModel}. */
  public Service permissionModel(Value<PermissionModel> value) {
    return set("PermissionModel", value);
  }

  /**
   * The ARN of the resilience policy to associate.
   *
   * <p>Pattern: {@code
   * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
   * CloudFormation property {@code PolicyArn}.
   */
  public Service policyArn(String value) {
    return set("PolicyArn", Value.of(value));
  }

  /** Sets {@code PolicyArn} to this value; see {@link #policyArn(String)}. */
  public Service policyArn(Value<String> value) {
    return set("PolicyArn", value);
  }

  /**
   * AWS regions for the service.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 6 characters. Pattern: {@code
   * ^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]$}. CloudFormation property {@code
   * Regions}.
   */
  public Service regions(List<String> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public Service regions(Value<List<String>> value) {
    return set("Regions", value);
  }

  /**
   * Configuration for automatic report generation on a Service.
   *
   * <p>CloudFormation property {@code ReportConfiguration}.
   */
  public Service reportConfiguration(Value<ServiceReportConfiguration> value) {
    return set("ReportConfiguration", value);
  }

  /**
   * Tags assigned to the service.
   *
   * <p>CloudFormation property {@code Tags}.
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
   * The timestamp when the service was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Effective policy values computed from the associated policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EffectivePolicyValues}.
   */
  public Value<EffectivePolicyValues> effectivePolicyValues() {
    return getAtt("EffectivePolicyValues");
  }

  /**
   * The ARN of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceArn}.
   */
  public Value<String> serviceArn() {
    return getAtt("ServiceArn");
  }

  /**
   * The timestamp when the service was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * An assertion about the service's resilience posture.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.AssertionDefinition}.
   */
  public static final class AssertionDefinition extends Struct<AssertionDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.AssertionDefinition")
        .required("Text")
        .constrain("Text", Constraint.of().minLength(1).maxLength(1000))
        .build();

    public AssertionDefinition() {
      super(SCHEMA);
    }

    /**
     * The text of the assertion.
     *
     * <p>Required. Length: 1 to 1000 characters. CloudFormation property {@code Text}.
     */
    public AssertionDefinition text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public AssertionDefinition text(Value<String> value) {
      return set("Text", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.AssociatedSystem}. */
  public static final class AssociatedSystem extends Struct<AssociatedSystem> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.AssociatedSystem")
        .required("SystemArn")
        .constrain("SystemArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"))
        .constrain("UserJourneyIds", Constraint.of().pattern("^\\S{1,255}$"))
        .build();

    public AssociatedSystem() {
      super(SCHEMA);
    }

    /**
     * The system ARN.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
     * CloudFormation property {@code SystemArn}.
     */
    public AssociatedSystem systemArn(String value) {
      return set("SystemArn", Value.of(value));
    }

    /** Sets {@code SystemArn} to this value; see {@link #systemArn(String)}. */
    public AssociatedSystem systemArn(Value<String> value) {
      return set("SystemArn", value);
    }

    /**
     * User journey IDs associated with this system.
     *
     * <p>Pattern: {@code ^&#92;S{1,255}$}. CloudFormation property {@code UserJourneyIds}.
     */
    public AssociatedSystem userJourneyIds(List<String> value) {
      return set("UserJourneyIds", Value.listOf(value));
    }

    /** Sets {@code UserJourneyIds} to this value; see {@link #userJourneyIds(List)}. */
    public AssociatedSystem userJourneyIds(Value<List<String>> value) {
      return set("UserJourneyIds", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.CrossAccountRoleConfiguration}. */
  public static final class CrossAccountRoleConfiguration extends Struct<CrossAccountRoleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.CrossAccountRoleConfiguration")
        .required("CrossAccountRoleArn")
        .constrain("CrossAccountRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):iam::[0-9]{12}:role\\/(([^\\/][\\x21-\\x7E]+\\/){1,511})?[A-Za-z0-9_+=,.@-]{1,64}$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public CrossAccountRoleConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of the cross-account IAM role.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):iam::[0-9]{12}:role&#92;/(([^&#92;/][&#92;x21-&#92;x7E]+&#92;/){1,511})?[A-Za-z0-9_+=,.&#64;-]{1,64}$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code CrossAccountRoleArn}.
     */
    public CrossAccountRoleConfiguration crossAccountRoleArn(String value) {
      return set("CrossAccountRoleArn", Value.of(value));
    }

    /** Sets {@code CrossAccountRoleArn} to this value; see {@link #crossAccountRoleArn(String)}. */
    public CrossAccountRoleConfiguration crossAccountRoleArn(Value<String> value) {
      return set("CrossAccountRoleArn", value);
    }

    /**
     * External ID for cross-account access.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public CrossAccountRoleConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public CrossAccountRoleConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.DisasterRecoverySource}. */
  public static final class DisasterRecoverySource extends Struct<DisasterRecoverySource> {
    private static final Schema SCHEMA = Schema.of("AWS::ResilienceHubV2::Service.DisasterRecoverySource");

    public DisasterRecoverySource() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PolicyName}. */
    public DisasterRecoverySource policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public DisasterRecoverySource policyName(Value<String> value) {
      return set("PolicyName", value);
    }

    /** CloudFormation property {@code Value}. */
    public DisasterRecoverySource value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public DisasterRecoverySource value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Effective policy values computed from the associated policy.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.EffectivePolicyValues}.
   */
  public static final class EffectivePolicyValues extends Struct<EffectivePolicyValues> {
    private static final Schema SCHEMA = Schema.of("AWS::ResilienceHubV2::Service.EffectivePolicyValues");

    public EffectivePolicyValues() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AvailabilitySlo}. */
    public EffectivePolicyValues availabilitySlo(Value<SloSource> value) {
      return set("AvailabilitySlo", value);
    }

    /** CloudFormation property {@code MultiAzDrApproach}. */
    public EffectivePolicyValues multiAzDrApproach(Value<DisasterRecoverySource> value) {
      return set("MultiAzDrApproach", value);
    }

    /** CloudFormation property {@code MultiAzRpo}. */
    public EffectivePolicyValues multiAzRpo(Value<TargetSource> value) {
      return set("MultiAzRpo", value);
    }

    /** CloudFormation property {@code MultiAzRto}. */
    public EffectivePolicyValues multiAzRto(Value<TargetSource> value) {
      return set("MultiAzRto", value);
    }

    /** CloudFormation property {@code MultiRegionDrApproach}. */
    public EffectivePolicyValues multiRegionDrApproach(Value<DisasterRecoverySource> value) {
      return set("MultiRegionDrApproach", value);
    }

    /** CloudFormation property {@code MultiRegionRpo}. */
    public EffectivePolicyValues multiRegionRpo(Value<TargetSource> value) {
      return set("MultiRegionRpo", value);
    }

    /** CloudFormation property {@code MultiRegionRto}. */
    public EffectivePolicyValues multiRegionRto(Value<TargetSource> value) {
      return set("MultiRegionRto", value);
    }
  }

  /**
   * Kubernetes label selector that scopes discovery to matching objects in the specified
   * namespaces. An object must satisfy both MatchLabels and MatchExpressions. Specify at least one
   * of them; a selector carrying neither is treated as though no selector were supplied, and all
   * supported objects in the specified namespaces are discovered.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.EksLabelSelector}.
   */
  public static final class EksLabelSelector extends Struct<EksLabelSelector> {
    private static final Schema SCHEMA = Schema.of("AWS::ResilienceHubV2::Service.EksLabelSelector");

    public EksLabelSelector() {
      super(SCHEMA);
    }

    /**
     * Label selector requirements an object must satisfy to be discovered. Up to 20 requirements,
     * all of which must match.
     *
     * <p>CloudFormation property {@code MatchExpressions}.
     */
    public EksLabelSelector matchExpressions(List<EksLabelSelectorRequirement> value) {
      return set("MatchExpressions", Value.listOf(value));
    }

    /** Sets {@code MatchExpressions} to this value; see {@link #matchExpressions(List)}. */
    public EksLabelSelector matchExpressions(Value<List<EksLabelSelectorRequirement>> value) {
      return set("MatchExpressions", value);
    }

    /** Sets {@code MatchExpressions} to a list of these; see {@link #matchExpressions(List)}. */
    public EksLabelSelector matchExpressions(EksLabelSelectorRequirement... values) {
      return set("MatchExpressions", Value.list(values));
    }

    /**
     * Label key/value pairs an object must carry to be discovered. Up to 20 pairs.
     *
     * <p>CloudFormation property {@code MatchLabels}.
     */
    public EksLabelSelector matchLabels(Map<String, String> value) {
      return set("MatchLabels", Value.mapOf(value));
    }

    /** Sets {@code MatchLabels} to this value; see {@link #matchLabels(Map)}. */
    public EksLabelSelector matchLabels(Value<Map<String, String>> value) {
      return set("MatchLabels", value);
    }
  }

  /**
   * A single label selector requirement. Specify Values when Operator is IN or NOT_IN, and omit
   * Values when Operator is EXISTS or DOES_NOT_EXIST.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.EksLabelSelectorRequirement}.
   */
  public static final class EksLabelSelectorRequirement extends Struct<EksLabelSelectorRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.EksLabelSelectorRequirement")
        .required("Key", "Operator")
        .constrain("Key", Constraint.of().pattern("^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,61}[a-zA-Z0-9])?$").minLength(1).maxLength(317))
        .allowed("Operator", "IN", "NOT_IN", "EXISTS", "DOES_NOT_EXIST")
        .constrain("Values", Constraint.of().minLength(0).maxLength(63))
        .build();

    public EksLabelSelectorRequirement() {
      super(SCHEMA);
    }

    /**
     * Label key the requirement applies to.
     *
     * <p>Required. Length: 1 to 317 characters. Pattern: {@code
     * ^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,61}[a-zA-Z0-9])?$}.
     * CloudFormation property {@code Key}.
     */
    public EksLabelSelectorRequirement key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public EksLabelSelectorRequirement key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Operator applied to the label key.
     *
     * <p>Required. Allowed values: {@code IN}, {@code NOT_IN}, {@code EXISTS}, {@code
     * DOES_NOT_EXIST}. CloudFormation property {@code Operator}.
     */
    public EksLabelSelectorRequirement operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public EksLabelSelectorRequirement operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * Label values the requirement compares against. Up to 20 values. Required for IN and NOT_IN;
     * omit for EXISTS and DOES_NOT_EXIST.
     *
     * <p>Length: 0 to 63 characters. CloudFormation property {@code Values}.
     */
    public EksLabelSelectorRequirement values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public EksLabelSelectorRequirement values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.EksSource}. */
  public static final class EksSource extends Struct<EksSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.EksSource")
        .required("ClusterArn", "Namespaces")
        .constrain("ClusterArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"))
        .build();

    public EksSource() {
      super(SCHEMA);
    }

    /**
     * ARN of the EKS cluster.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
     * CloudFormation property {@code ClusterArn}.
     */
    public EksSource clusterArn(String value) {
      return set("ClusterArn", Value.of(value));
    }

    /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
    public EksSource clusterArn(Value<String> value) {
      return set("ClusterArn", value);
    }

    /**
     * Kubernetes label selector that scopes discovery to matching objects in the specified
     * namespaces. An object must satisfy both MatchLabels and MatchExpressions. Specify at least
     * one of them; a selector carrying neither is treated as though no selector were supplied, and
     * all supported objects in the specified namespaces are discovered.
     *
     * <p>CloudFormation property {@code LabelSelector}.
     */
    public EksSource labelSelector(Value<EksLabelSelector> value) {
      return set("LabelSelector", value);
    }

    /**
     * EKS namespaces.
     *
     * <p>Required. CloudFormation property {@code Namespaces}.
     */
    public EksSource namespaces(List<String> value) {
      return set("Namespaces", Value.listOf(value));
    }

    /** Sets {@code Namespaces} to this value; see {@link #namespaces(List)}. */
    public EksSource namespaces(Value<List<String>> value) {
      return set("Namespaces", value);
    }
  }

  /**
   * An input source for the service.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.InputSourceDefinition}.
   */
  public static final class InputSourceDefinition extends Struct<InputSourceDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.InputSourceDefinition")
        .required("ResourceConfiguration")
        .build();

    public InputSourceDefinition() {
      super(SCHEMA);
    }

    /**
     * Resource configuration for an input source. Provide exactly one field.
     *
     * <p>Required. CloudFormation property {@code ResourceConfiguration}.
     */
    public InputSourceDefinition resourceConfiguration(Value<ResourceConfiguration> value) {
      return set("ResourceConfiguration", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.PermissionModel}. */
  public static final class PermissionModel extends Struct<PermissionModel> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.PermissionModel")
        .required("InvokerRoleName")
        .constrain("InvokerRoleName", Constraint.of().pattern("^(([A-Za-z0-9_+=,.@\\-]+/){1,511})?[A-Za-z0-9_+=,.@\\-]{1,64}$"))
        .build();

    public PermissionModel() {
      super(SCHEMA);
    }

    /**
     * Cross-account role ARNs.
     *
     * <p>CloudFormation property {@code CrossAccountRoleArns}.
     */
    public PermissionModel crossAccountRoleArns(List<CrossAccountRoleConfiguration> value) {
      return set("CrossAccountRoleArns", Value.listOf(value));
    }

    /** Sets {@code CrossAccountRoleArns} to this value; see {@link #crossAccountRoleArns(List)}. */
    public PermissionModel crossAccountRoleArns(Value<List<CrossAccountRoleConfiguration>> value) {
      return set("CrossAccountRoleArns", value);
    }

    /**
     * Sets {@code CrossAccountRoleArns} to a list of these; see {@link
     * #crossAccountRoleArns(List)}.
     */
    public PermissionModel crossAccountRoleArns(CrossAccountRoleConfiguration... values) {
      return set("CrossAccountRoleArns", Value.list(values));
    }

    /**
     * Name of the invoker IAM role.
     *
     * <p>Required. Pattern: {@code
     * ^(([A-Za-z0-9_+=,.&#64;&#92;-]+/){1,511})?[A-Za-z0-9_+=,.&#64;&#92;-]{1,64}$}. CloudFormation
     * property {@code InvokerRoleName}.
     */
    public PermissionModel invokerRoleName(String value) {
      return set("InvokerRoleName", Value.of(value));
    }

    /** Sets {@code InvokerRoleName} to this value; see {@link #invokerRoleName(String)}. */
    public PermissionModel invokerRoleName(Value<String> value) {
      return set("InvokerRoleName", value);
    }
  }

  /**
   * Configuration for a report output destination.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.ReportOutputConfiguration}.
   */
  public static final class ReportOutputConfiguration extends Struct<ReportOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.ReportOutputConfiguration")
        .required("S3")
        .build();

    public ReportOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * S3 configuration for report output.
     *
     * <p>Required. CloudFormation property {@code S3}.
     */
    public ReportOutputConfiguration s3(Value<S3ReportOutputConfiguration> value) {
      return set("S3", value);
    }
  }

  /**
   * Resource configuration for an input source. Provide exactly one field.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.ResourceConfiguration}.
   */
  public static final class ResourceConfiguration extends Struct<ResourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.ResourceConfiguration")
        .constrain("CfnStackArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"))
        .build();

    public ResourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * ARN of a CloudFormation stack.
     *
     * <p>Pattern: {@code
     * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
     * CloudFormation property {@code CfnStackArn}.
     */
    public ResourceConfiguration cfnStackArn(String value) {
      return set("CfnStackArn", Value.of(value));
    }

    /** Sets {@code CfnStackArn} to this value; see {@link #cfnStackArn(String)}. */
    public ResourceConfiguration cfnStackArn(Value<String> value) {
      return set("CfnStackArn", value);
    }

    /**
     * S3 URL of a design file.
     *
     * <p>CloudFormation property {@code DesignFileS3Url}.
     */
    public ResourceConfiguration designFileS3Url(String value) {
      return set("DesignFileS3Url", Value.of(value));
    }

    /** Sets {@code DesignFileS3Url} to this value; see {@link #designFileS3Url(String)}. */
    public ResourceConfiguration designFileS3Url(Value<String> value) {
      return set("DesignFileS3Url", value);
    }

    /** CloudFormation property {@code Eks}. */
    public ResourceConfiguration eks(Value<EksSource> value) {
      return set("Eks", value);
    }

    /**
     * Resource tags to discover resources.
     *
     * <p>CloudFormation property {@code ResourceTags}.
     */
    public ResourceConfiguration resourceTags(List<ResourceTag> value) {
      return set("ResourceTags", Value.listOf(value));
    }

    /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
    public ResourceConfiguration resourceTags(Value<List<ResourceTag>> value) {
      return set("ResourceTags", value);
    }

    /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
    public ResourceConfiguration resourceTags(ResourceTag... values) {
      return set("ResourceTags", Value.list(values));
    }

    /**
     * URL of a Terraform state file.
     *
     * <p>CloudFormation property {@code TfStateFileUrl}.
     */
    public ResourceConfiguration tfStateFileUrl(String value) {
      return set("TfStateFileUrl", Value.of(value));
    }

    /** Sets {@code TfStateFileUrl} to this value; see {@link #tfStateFileUrl(String)}. */
    public ResourceConfiguration tfStateFileUrl(Value<String> value) {
      return set("TfStateFileUrl", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.ResourceTag}. */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.ResourceTag")
        .required("Key", "Values")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * Tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Tag values.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public ResourceTag values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ResourceTag values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * S3 configuration for report output.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.S3ReportOutputConfiguration}.
   */
  public static final class S3ReportOutputConfiguration extends Struct<S3ReportOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.S3ReportOutputConfiguration")
        .required("BucketOwner", "BucketPath")
        .constrain("BucketOwner", Constraint.of().pattern("^\\d{12}$"))
        .constrain("BucketPath", Constraint.of().pattern("^(s3://)?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$").minLength(3).maxLength(512))
        .build();

    public S3ReportOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Account ID of the bucket owner.
     *
     * <p>Required. Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code BucketOwner}.
     */
    public S3ReportOutputConfiguration bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3ReportOutputConfiguration bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * S3 bucket path where reports will be written.
     *
     * <p>Required. Length: 3 to 512 characters. Pattern: {@code
     * ^(s3://)?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * BucketPath}.
     */
    public S3ReportOutputConfiguration bucketPath(String value) {
      return set("BucketPath", Value.of(value));
    }

    /** Sets {@code BucketPath} to this value; see {@link #bucketPath(String)}. */
    public S3ReportOutputConfiguration bucketPath(Value<String> value) {
      return set("BucketPath", value);
    }
  }

  /**
   * Configuration for automatic report generation on a Service.
   *
   * <p>Property type {@code AWS::ResilienceHubV2::Service.ServiceReportConfiguration}.
   */
  public static final class ServiceReportConfiguration extends Struct<ServiceReportConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::Service.ServiceReportConfiguration")
        .required("ReportOutput")
        .build();

    public ServiceReportConfiguration() {
      super(SCHEMA);
    }

    /**
     * Output destinations for generated reports.
     *
     * <p>Required. CloudFormation property {@code ReportOutput}.
     */
    public ServiceReportConfiguration reportOutput(List<ReportOutputConfiguration> value) {
      return set("ReportOutput", Value.listOf(value));
    }

    /** Sets {@code ReportOutput} to this value; see {@link #reportOutput(List)}. */
    public ServiceReportConfiguration reportOutput(Value<List<ReportOutputConfiguration>> value) {
      return set("ReportOutput", value);
    }

    /** Sets {@code ReportOutput} to a list of these; see {@link #reportOutput(List)}. */
    public ServiceReportConfiguration reportOutput(ReportOutputConfiguration... values) {
      return set("ReportOutput", Value.list(values));
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.SloSource}. */
  public static final class SloSource extends Struct<SloSource> {
    private static final Schema SCHEMA = Schema.of("AWS::ResilienceHubV2::Service.SloSource");

    public SloSource() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PolicyName}. */
    public SloSource policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public SloSource policyName(Value<String> value) {
      return set("PolicyName", value);
    }

    /** CloudFormation property {@code Value}. */
    public SloSource value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public SloSource value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::ResilienceHubV2::Service.TargetSource}. */
  public static final class TargetSource extends Struct<TargetSource> {
    private static final Schema SCHEMA = Schema.of("AWS::ResilienceHubV2::Service.TargetSource");

    public TargetSource() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PolicyName}. */
    public TargetSource policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public TargetSource policyName(Value<String> value) {
      return set("PolicyName", value);
    }

    /** CloudFormation property {@code Value}. */
    public TargetSource value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public TargetSource value(Value<Integer> value) {
      return set("Value", value);
    }
  }
}
