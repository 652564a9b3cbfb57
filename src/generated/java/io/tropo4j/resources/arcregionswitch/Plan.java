// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.arcregionswitch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Represents a Region switch plan. A plan defines the steps required to shift traffic from one AWS
 * Region to another.
 *
 * <p>CloudFormation type {@code AWS::ARCRegionSwitch::Plan}.
 */
public final class Plan extends Resource<Plan> {
  private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan")
      .required("ExecutionRole", "Name", "RecoveryApproach", "Regions", "Workflows")
      .constrain("ExecutionRole", Constraint.of().pattern("^arn:aws[a-zA-Z0-9-]*:iam::[0-9]{12}:role/.+$"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$").minLength(1).maxLength(32))
      .constrain("PrimaryRegion", Constraint.of().pattern("^[a-z]{2}-[a-z-]+-\\d+$"))
      .allowed("RecoveryApproach", "activeActive", "activePassive")
      .constrain("RecoveryTimeObjectiveMinutes", Constraint.of().minimum(1).maximum(10080))
      .constrain("Regions", Constraint.of().pattern("^[a-z]{2}-[a-z-]+-\\d+$"))
      .refYields("Arn")
      .attributes("Arn", "HealthChecksForPlan", "Owner", "PlanHealthChecks", "Route53HealthChecks",
          "Version")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Plan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The associated application health alarms for a plan.
   *
   * <p>CloudFormation property {@code AssociatedAlarms}.
   */
  public Plan associatedAlarms(Map<String, AssociatedAlarm> value) {
    return set("AssociatedAlarms", Value.mapOf(value));
  }

  /** Sets {@code AssociatedAlarms} to this value; see {@link #associatedAlarms(Map)}. */
  public Plan associatedAlarms(Value<Map<String, AssociatedAlarm>> value) {
    return set("AssociatedAlarms", value);
  }

  /**
   * The description for a plan.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Plan description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Plan description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The execution role for a plan.
   *
   * <p>Required. Pattern: {@code ^arn:aws[a-zA-Z0-9-]*:iam::[0-9]{12}:role/.+$}. CloudFormation
   * property {@code ExecutionRole}.
   */
  public Plan executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public Plan executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * The name for a plan.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$}. CloudFormation property {@code Name}.
   */
  public Plan name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Plan name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The primary Region for a plan.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-z]{2}-[a-z-]+-&#92;d+$}.
   * CloudFormation property {@code PrimaryRegion}.
   */
  public Plan primaryRegion(String value) {
    return set("PrimaryRegion", Value.of(value));
  }

  /** Sets {@code PrimaryRegion} to this value; see {@link #primaryRegion(String)}. */
  public Plan primaryRegion(Value<String> value) {
    return set("PrimaryRegion", value);
  }

  /**
   * The recovery approach for a Region switch plan, which can be active/active (activeActive) or
   * active/passive (activePassive).
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code activeActive}, {@code
   * activePassive}. CloudFormation property {@code RecoveryApproach}.
   */
  public Plan recoveryApproach(String value) {
    return set("RecoveryApproach", Value.of(value));
  }

  /** Sets {@code RecoveryApproach} to this value; see {@link #recoveryApproach(String)}. */
  public Plan recoveryApproach(Value<String> value) {
    return set("RecoveryApproach", value);
  }

  /**
   * The recovery time objective for a plan.
   *
   * <p>Range: 1 to 10080. CloudFormation property {@code RecoveryTimeObjectiveMinutes}.
   */
  public Plan recoveryTimeObjectiveMinutes(double value) {
    return set("RecoveryTimeObjectiveMinutes", Value.of(value));
  }

  /**
   * Sets {@code RecoveryTimeObjectiveMinutes} to this value; see {@link
   * #recoveryTimeObjectiveMinutes(double)}.
   */
  public Plan recoveryTimeObjectiveMinutes(Value<Double> value) {
    return set("RecoveryTimeObjectiveMinutes", value);
  }

  /**
   * The AWS Regions for a plan.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-z]{2}-[a-z-]+-&#92;d+$}.
   * CloudFormation property {@code Regions}.
   */
  public Plan regions(List<String> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public Plan regions(Value<List<String>> value) {
    return set("Regions", value);
  }

  /**
   * The report configuration for a plan.
   *
   * <p>CloudFormation property {@code ReportConfiguration}.
   */
  public Plan reportConfiguration(Value<ReportConfiguration> value) {
    return set("ReportConfiguration", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Plan tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Plan tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Plan tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The triggers for a plan.
   *
   * <p>CloudFormation property {@code Triggers}.
   */
  public Plan triggers(List<Trigger> value) {
    return set("Triggers", Value.listOf(value));
  }

  /** Sets {@code Triggers} to this value; see {@link #triggers(List)}. */
  public Plan triggers(Value<List<Trigger>> value) {
    return set("Triggers", value);
  }

  /** Sets {@code Triggers} to a list of these; see {@link #triggers(List)}. */
  public Plan triggers(Trigger... values) {
    return set("Triggers", Value.list(values));
  }

  /**
   * The workflows for a plan.
   *
   * <p>Required. CloudFormation property {@code Workflows}.
   */
  public Plan workflows(List<Workflow> value) {
    return set("Workflows", Value.listOf(value));
  }

  /** Sets {@code Workflows} to this value; see {@link #workflows(List)}. */
  public Plan workflows(Value<List<Workflow>> value) {
    return set("Workflows", value);
  }

  /** Sets {@code Workflows} to a list of these; see {@link #workflows(List)}. */
  public Plan workflows(Workflow... values) {
    return set("Workflows", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code HealthChecksForPlan}. */
  public Value<Map<String, List<HealthCheckState>>> healthChecksForPlan() {
    return getAtt("HealthChecksForPlan");
  }

  /**
   * The owner of a plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /** {@code Fn::GetAtt} attribute {@code PlanHealthChecks}. */
  public Value<List<String>> planHealthChecks() {
    return getAtt("PlanHealthChecks");
  }

  /** {@code Fn::GetAtt} attribute {@code Route53HealthChecks}. */
  public Value<Route53HealthChecks> route53HealthChecks() {
    return getAtt("Route53HealthChecks");
  }

  /**
   * The version for the plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Configuration for ARC routing controls used in a Region switch plan. Routing controls are
   * simple on/off switches that you can use to shift traffic away from an impaired Region.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.ArcRoutingControlConfiguration}.
   */
  public static final class ArcRoutingControlConfiguration extends Struct<ArcRoutingControlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.ArcRoutingControlConfiguration")
        .required("RegionAndRoutingControls")
        .build();

    public ArcRoutingControlConfiguration() {
      super(SCHEMA);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public ArcRoutingControlConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public ArcRoutingControlConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public ArcRoutingControlConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public ArcRoutingControlConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The Region and ARC routing controls for the configuration.
     *
     * <p>Required. CloudFormation property {@code RegionAndRoutingControls}.
     */
    public ArcRoutingControlConfiguration regionAndRoutingControls(Map<String, List<ArcRoutingControlState>> value) {
      return set("RegionAndRoutingControls", Value.mapOf(value));
    }

    /**
     * Sets {@code RegionAndRoutingControls} to this value; see {@link
     * #regionAndRoutingControls(Map)}.
     */
    public ArcRoutingControlConfiguration regionAndRoutingControls(Value<Map<String, List<ArcRoutingControlState>>> value) {
      return set("RegionAndRoutingControls", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public ArcRoutingControlConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public ArcRoutingControlConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.ArcRoutingControlState}. */
  public static final class ArcRoutingControlState extends Struct<ArcRoutingControlState> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.ArcRoutingControlState")
        .required("RoutingControlArn", "State")
        .allowed("State", "On", "Off")
        .build();

    public ArcRoutingControlState() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code RoutingControlArn}. */
    public ArcRoutingControlState routingControlArn(String value) {
      return set("RoutingControlArn", Value.of(value));
    }

    /** Sets {@code RoutingControlArn} to this value; see {@link #routingControlArn(String)}. */
    public ArcRoutingControlState routingControlArn(Value<String> value) {
      return set("RoutingControlArn", value);
    }

    /** Required. Allowed values: {@code On}, {@code Off}. CloudFormation property {@code State}. */
    public ArcRoutingControlState state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ArcRoutingControlState state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Configuration for an Amazon EC2 Auto Scaling group used in a Region switch plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Asg}.
   */
  public static final class Asg extends Struct<Asg> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.Asg");

    public Asg() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the EC2 Auto Scaling group.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Asg arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Asg arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public Asg crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public Asg crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public Asg externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public Asg externalId(Value<String> value) {
      return set("ExternalId", value);
    }
  }

  /**
   * An Amazon CloudWatch alarm associated with a Region switch plan. These alarms can be used to
   * trigger automatic execution of the plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.AssociatedAlarm}.
   */
  public static final class AssociatedAlarm extends Struct<AssociatedAlarm> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.AssociatedAlarm")
        .required("AlarmType", "ResourceIdentifier")
        .allowed("AlarmType", "applicationHealth", "trigger")
        .build();

    public AssociatedAlarm() {
      super(SCHEMA);
    }

    /**
     * The alarm type for an associated alarm. An associated CloudWatch alarm can be an application
     * health alarm or a trigger alarm.
     *
     * <p>Required. Allowed values: {@code applicationHealth}, {@code trigger}. CloudFormation
     * property {@code AlarmType}.
     */
    public AssociatedAlarm alarmType(String value) {
      return set("AlarmType", Value.of(value));
    }

    /** Sets {@code AlarmType} to this value; see {@link #alarmType(String)}. */
    public AssociatedAlarm alarmType(Value<String> value) {
      return set("AlarmType", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public AssociatedAlarm crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public AssociatedAlarm crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public AssociatedAlarm externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AssociatedAlarm externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The resource identifier for alarms that you associate with a plan.
     *
     * <p>Required. CloudFormation property {@code ResourceIdentifier}.
     */
    public AssociatedAlarm resourceIdentifier(String value) {
      return set("ResourceIdentifier", Value.of(value));
    }

    /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
    public AssociatedAlarm resourceIdentifier(Value<String> value) {
      return set("ResourceIdentifier", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.AuroraProvisionedScalingConfiguration}. */
  public static final class AuroraProvisionedScalingConfiguration extends Struct<AuroraProvisionedScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.AuroraProvisionedScalingConfiguration")
        .required("GlobalClusterIdentifier", "InstanceArns", "RegionDatabaseClusterArns")
        .build();

    public AuroraProvisionedScalingConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public AuroraProvisionedScalingConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public AuroraProvisionedScalingConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public AuroraProvisionedScalingConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AuroraProvisionedScalingConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Required. CloudFormation property {@code GlobalClusterIdentifier}. */
    public AuroraProvisionedScalingConfiguration globalClusterIdentifier(String value) {
      return set("GlobalClusterIdentifier", Value.of(value));
    }

    /**
     * Sets {@code GlobalClusterIdentifier} to this value; see {@link
     * #globalClusterIdentifier(String)}.
     */
    public AuroraProvisionedScalingConfiguration globalClusterIdentifier(Value<String> value) {
      return set("GlobalClusterIdentifier", value);
    }

    /** Required. CloudFormation property {@code InstanceArns}. */
    public AuroraProvisionedScalingConfiguration instanceArns(Map<String, String> value) {
      return set("InstanceArns", Value.mapOf(value));
    }

    /** Sets {@code InstanceArns} to this value; see {@link #instanceArns(Map)}. */
    public AuroraProvisionedScalingConfiguration instanceArns(Value<Map<String, String>> value) {
      return set("InstanceArns", value);
    }

    /** Required. CloudFormation property {@code RegionDatabaseClusterArns}. */
    public AuroraProvisionedScalingConfiguration regionDatabaseClusterArns(Map<String, String> value) {
      return set("RegionDatabaseClusterArns", Value.mapOf(value));
    }

    /**
     * Sets {@code RegionDatabaseClusterArns} to this value; see {@link
     * #regionDatabaseClusterArns(Map)}.
     */
    public AuroraProvisionedScalingConfiguration regionDatabaseClusterArns(Value<Map<String, String>> value) {
      return set("RegionDatabaseClusterArns", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public AuroraProvisionedScalingConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public AuroraProvisionedScalingConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.AuroraServerlessScalingConfiguration}. */
  public static final class AuroraServerlessScalingConfiguration extends Struct<AuroraServerlessScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.AuroraServerlessScalingConfiguration")
        .required("GlobalClusterIdentifier", "RegionDatabaseClusterArns")
        .build();

    public AuroraServerlessScalingConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public AuroraServerlessScalingConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public AuroraServerlessScalingConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public AuroraServerlessScalingConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AuroraServerlessScalingConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Required. CloudFormation property {@code GlobalClusterIdentifier}. */
    public AuroraServerlessScalingConfiguration globalClusterIdentifier(String value) {
      return set("GlobalClusterIdentifier", Value.of(value));
    }

    /**
     * Sets {@code GlobalClusterIdentifier} to this value; see {@link
     * #globalClusterIdentifier(String)}.
     */
    public AuroraServerlessScalingConfiguration globalClusterIdentifier(Value<String> value) {
      return set("GlobalClusterIdentifier", value);
    }

    /** Required. CloudFormation property {@code RegionDatabaseClusterArns}. */
    public AuroraServerlessScalingConfiguration regionDatabaseClusterArns(Map<String, String> value) {
      return set("RegionDatabaseClusterArns", Value.mapOf(value));
    }

    /**
     * Sets {@code RegionDatabaseClusterArns} to this value; see {@link
     * #regionDatabaseClusterArns(Map)}.
     */
    public AuroraServerlessScalingConfiguration regionDatabaseClusterArns(Value<Map<String, String>> value) {
      return set("RegionDatabaseClusterArns", value);
    }

    /** Default: {@code 100}. CloudFormation property {@code TargetPercent}. */
    public AuroraServerlessScalingConfiguration targetPercent(double value) {
      return set("TargetPercent", Value.of(value));
    }

    /** Sets {@code TargetPercent} to this value; see {@link #targetPercent(double)}. */
    public AuroraServerlessScalingConfiguration targetPercent(Value<Double> value) {
      return set("TargetPercent", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public AuroraServerlessScalingConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public AuroraServerlessScalingConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /**
   * Configuration for AWS Lambda functions that perform custom actions during a Region switch.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.CustomActionLambdaConfiguration}.
   */
  public static final class CustomActionLambdaConfiguration extends Struct<CustomActionLambdaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.CustomActionLambdaConfiguration")
        .required("Lambdas", "RegionToRun", "RetryIntervalMinutes")
        .allowed("RegionToRun", "activatingRegion", "deactivatingRegion", "activeRegion",
            "inactiveRegion")
        .build();

    public CustomActionLambdaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS Lambda functions for the execution block.
     *
     * <p>Required. CloudFormation property {@code Lambdas}.
     */
    public CustomActionLambdaConfiguration lambdas(List<Lambdas> value) {
      return set("Lambdas", Value.listOf(value));
    }

    /** Sets {@code Lambdas} to this value; see {@link #lambdas(List)}. */
    public CustomActionLambdaConfiguration lambdas(Value<List<Lambdas>> value) {
      return set("Lambdas", value);
    }

    /** Sets {@code Lambdas} to a list of these; see {@link #lambdas(List)}. */
    public CustomActionLambdaConfiguration lambdas(Lambdas... values) {
      return set("Lambdas", Value.list(values));
    }

    /**
     * The AWS Region for the function to run in.
     *
     * <p>Required. Allowed values: {@code activatingRegion}, {@code deactivatingRegion}, {@code
     * activeRegion}, {@code inactiveRegion}. CloudFormation property {@code RegionToRun}.
     */
    public CustomActionLambdaConfiguration regionToRun(String value) {
      return set("RegionToRun", Value.of(value));
    }

    /** Sets {@code RegionToRun} to this value; see {@link #regionToRun(String)}. */
    public CustomActionLambdaConfiguration regionToRun(Value<String> value) {
      return set("RegionToRun", value);
    }

    /**
     * The retry interval specified.
     *
     * <p>Required. CloudFormation property {@code RetryIntervalMinutes}.
     */
    public CustomActionLambdaConfiguration retryIntervalMinutes(double value) {
      return set("RetryIntervalMinutes", Value.of(value));
    }

    /**
     * Sets {@code RetryIntervalMinutes} to this value; see {@link #retryIntervalMinutes(double)}.
     */
    public CustomActionLambdaConfiguration retryIntervalMinutes(Value<Double> value) {
      return set("RetryIntervalMinutes", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public CustomActionLambdaConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public CustomActionLambdaConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>CloudFormation property {@code Ungraceful}.
     */
    public CustomActionLambdaConfiguration ungraceful(Value<LambdaUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for Amazon DocumentDB global clusters used in a Region switch plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.DocumentDbConfiguration}.
   */
  public static final class DocumentDbConfiguration extends Struct<DocumentDbConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.DocumentDbConfiguration")
        .required("Behavior", "DatabaseClusterArns", "GlobalClusterIdentifier")
        .allowed("Behavior", "switchoverOnly", "failover")
        .build();

    public DocumentDbConfiguration() {
      super(SCHEMA);
    }

    /**
     * The behavior for a global cluster, that is, only allow switchover or also allow failover.
     *
     * <p>Required. Allowed values: {@code switchoverOnly}, {@code failover}. CloudFormation
     * property {@code Behavior}.
     */
    public DocumentDbConfiguration behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public DocumentDbConfiguration behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public DocumentDbConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public DocumentDbConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The database cluster Amazon Resource Names (ARNs) for a DocumentDB global cluster.
     *
     * <p>Required. CloudFormation property {@code DatabaseClusterArns}.
     */
    public DocumentDbConfiguration databaseClusterArns(List<String> value) {
      return set("DatabaseClusterArns", Value.listOf(value));
    }

    /** Sets {@code DatabaseClusterArns} to this value; see {@link #databaseClusterArns(List)}. */
    public DocumentDbConfiguration databaseClusterArns(Value<List<String>> value) {
      return set("DatabaseClusterArns", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public DocumentDbConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public DocumentDbConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The global cluster identifier for a DocumentDB global cluster.
     *
     * <p>Required. CloudFormation property {@code GlobalClusterIdentifier}.
     */
    public DocumentDbConfiguration globalClusterIdentifier(String value) {
      return set("GlobalClusterIdentifier", Value.of(value));
    }

    /**
     * Sets {@code GlobalClusterIdentifier} to this value; see {@link
     * #globalClusterIdentifier(String)}.
     */
    public DocumentDbConfiguration globalClusterIdentifier(Value<String> value) {
      return set("GlobalClusterIdentifier", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public DocumentDbConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public DocumentDbConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>CloudFormation property {@code Ungraceful}.
     */
    public DocumentDbConfiguration ungraceful(Value<DocumentDbUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for handling failures when performing operations on DocumentDB global clusters.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.DocumentDbUngraceful}.
   */
  public static final class DocumentDbUngraceful extends Struct<DocumentDbUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.DocumentDbUngraceful")
        .allowed("Ungraceful", "failover")
        .build();

    public DocumentDbUngraceful() {
      super(SCHEMA);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>Allowed values: {@code failover}. CloudFormation property {@code Ungraceful}.
     */
    public DocumentDbUngraceful ungraceful(String value) {
      return set("Ungraceful", Value.of(value));
    }

    /** Sets {@code Ungraceful} to this value; see {@link #ungraceful(String)}. */
    public DocumentDbUngraceful ungraceful(Value<String> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for increasing the capacity of Amazon EC2 Auto Scaling groups during a Region
   * switch.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Ec2AsgCapacityIncreaseConfiguration}.
   */
  public static final class Ec2AsgCapacityIncreaseConfiguration extends Struct<Ec2AsgCapacityIncreaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.Ec2AsgCapacityIncreaseConfiguration")
        .required("Asgs")
        .allowed("CapacityMonitoringApproach", "sampledMaxInLast24Hours",
            "autoscalingMaxInLast24Hours")
        .build();

    public Ec2AsgCapacityIncreaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The EC2 Auto Scaling groups for the configuration.
     *
     * <p>Required. CloudFormation property {@code Asgs}.
     */
    public Ec2AsgCapacityIncreaseConfiguration asgs(List<Asg> value) {
      return set("Asgs", Value.listOf(value));
    }

    /** Sets {@code Asgs} to this value; see {@link #asgs(List)}. */
    public Ec2AsgCapacityIncreaseConfiguration asgs(Value<List<Asg>> value) {
      return set("Asgs", value);
    }

    /** Sets {@code Asgs} to a list of these; see {@link #asgs(List)}. */
    public Ec2AsgCapacityIncreaseConfiguration asgs(Asg... values) {
      return set("Asgs", Value.list(values));
    }

    /**
     * The monitoring approach that you specify EC2 Auto Scaling groups for the configuration.
     *
     * <p>Allowed values: {@code sampledMaxInLast24Hours}, {@code autoscalingMaxInLast24Hours}.
     * CloudFormation property {@code CapacityMonitoringApproach}.
     */
    public Ec2AsgCapacityIncreaseConfiguration capacityMonitoringApproach(String value) {
      return set("CapacityMonitoringApproach", Value.of(value));
    }

    /**
     * Sets {@code CapacityMonitoringApproach} to this value; see {@link
     * #capacityMonitoringApproach(String)}.
     */
    public Ec2AsgCapacityIncreaseConfiguration capacityMonitoringApproach(Value<String> value) {
      return set("CapacityMonitoringApproach", value);
    }

    /**
     * The target percentage that you specify for EC2 Auto Scaling groups.
     *
     * <p>Default: {@code 100}. CloudFormation property {@code TargetPercent}.
     */
    public Ec2AsgCapacityIncreaseConfiguration targetPercent(double value) {
      return set("TargetPercent", Value.of(value));
    }

    /** Sets {@code TargetPercent} to this value; see {@link #targetPercent(double)}. */
    public Ec2AsgCapacityIncreaseConfiguration targetPercent(Value<Double> value) {
      return set("TargetPercent", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public Ec2AsgCapacityIncreaseConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public Ec2AsgCapacityIncreaseConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>CloudFormation property {@code Ungraceful}.
     */
    public Ec2AsgCapacityIncreaseConfiguration ungraceful(Value<Ec2Ungraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for handling failures when performing operations on EC2 resources.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Ec2Ungraceful}.
   */
  public static final class Ec2Ungraceful extends Struct<Ec2Ungraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.Ec2Ungraceful")
        .required("MinimumSuccessPercentage")
        .build();

    public Ec2Ungraceful() {
      super(SCHEMA);
    }

    /**
     * The minimum success percentage that you specify for EC2 Auto Scaling groups.
     *
     * <p>Required. CloudFormation property {@code MinimumSuccessPercentage}.
     */
    public Ec2Ungraceful minimumSuccessPercentage(double value) {
      return set("MinimumSuccessPercentage", Value.of(value));
    }

    /**
     * Sets {@code MinimumSuccessPercentage} to this value; see {@link
     * #minimumSuccessPercentage(double)}.
     */
    public Ec2Ungraceful minimumSuccessPercentage(Value<Double> value) {
      return set("MinimumSuccessPercentage", value);
    }
  }

  /**
   * The configuration for an AWS ECS capacity increase.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.EcsCapacityIncreaseConfiguration}.
   */
  public static final class EcsCapacityIncreaseConfiguration extends Struct<EcsCapacityIncreaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.EcsCapacityIncreaseConfiguration")
        .required("Services")
        .allowed("CapacityMonitoringApproach", "sampledMaxInLast24Hours",
            "containerInsightsMaxInLast24Hours")
        .build();

    public EcsCapacityIncreaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The monitoring approach specified for the configuration, for example,
     * <code>Most_Recent</code> .
     *
     * <p>Allowed values: {@code sampledMaxInLast24Hours}, {@code
     * containerInsightsMaxInLast24Hours}. CloudFormation property {@code
     * CapacityMonitoringApproach}.
     */
    public EcsCapacityIncreaseConfiguration capacityMonitoringApproach(String value) {
      return set("CapacityMonitoringApproach", Value.of(value));
    }

    /**
     * Sets {@code CapacityMonitoringApproach} to this value; see {@link
     * #capacityMonitoringApproach(String)}.
     */
    public EcsCapacityIncreaseConfiguration capacityMonitoringApproach(Value<String> value) {
      return set("CapacityMonitoringApproach", value);
    }

    /**
     * The services specified for the configuration.
     *
     * <p>Required. CloudFormation property {@code Services}.
     */
    public EcsCapacityIncreaseConfiguration services(List<Service> value) {
      return set("Services", Value.listOf(value));
    }

    /** Sets {@code Services} to this value; see {@link #services(List)}. */
    public EcsCapacityIncreaseConfiguration services(Value<List<Service>> value) {
      return set("Services", value);
    }

    /** Sets {@code Services} to a list of these; see {@link #services(List)}. */
    public EcsCapacityIncreaseConfiguration services(Service... values) {
      return set("Services", Value.list(values));
    }

    /**
     * The target percentage specified for the configuration.
     *
     * <p>Default: {@code 100}. CloudFormation property {@code TargetPercent}.
     */
    public EcsCapacityIncreaseConfiguration targetPercent(double value) {
      return set("TargetPercent", Value.of(value));
    }

    /** Sets {@code TargetPercent} to this value; see {@link #targetPercent(double)}. */
    public EcsCapacityIncreaseConfiguration targetPercent(Value<Double> value) {
      return set("TargetPercent", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public EcsCapacityIncreaseConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public EcsCapacityIncreaseConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>CloudFormation property {@code Ungraceful}.
     */
    public EcsCapacityIncreaseConfiguration ungraceful(Value<EcsUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * The settings for ungraceful execution.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.EcsUngraceful}.
   */
  public static final class EcsUngraceful extends Struct<EcsUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.EcsUngraceful")
        .required("MinimumSuccessPercentage")
        .build();

    public EcsUngraceful() {
      super(SCHEMA);
    }

    /**
     * The minimum success percentage specified for the configuration.
     *
     * <p>Required. CloudFormation property {@code MinimumSuccessPercentage}.
     */
    public EcsUngraceful minimumSuccessPercentage(double value) {
      return set("MinimumSuccessPercentage", Value.of(value));
    }

    /**
     * Sets {@code MinimumSuccessPercentage} to this value; see {@link
     * #minimumSuccessPercentage(double)}.
     */
    public EcsUngraceful minimumSuccessPercentage(Value<Double> value) {
      return set("MinimumSuccessPercentage", value);
    }
  }

  /**
   * The AWS EKS cluster execution block configuration.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.EksCluster}.
   */
  public static final class EksCluster extends Struct<EksCluster> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.EksCluster")
        .required("ClusterArn")
        .build();

    public EksCluster() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS EKS cluster.
     *
     * <p>Required. CloudFormation property {@code ClusterArn}.
     */
    public EksCluster clusterArn(String value) {
      return set("ClusterArn", Value.of(value));
    }

    /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
    public EksCluster clusterArn(Value<String> value) {
      return set("ClusterArn", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public EksCluster crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public EksCluster crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public EksCluster externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public EksCluster externalId(Value<String> value) {
      return set("ExternalId", value);
    }
  }

  /**
   * The AWS EKS resource scaling configuration.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.EksResourceScalingConfiguration}.
   */
  public static final class EksResourceScalingConfiguration extends Struct<EksResourceScalingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.EksResourceScalingConfiguration")
        .required("KubernetesResourceType")
        .allowed("CapacityMonitoringApproach", "sampledMaxInLast24Hours")
        .build();

    public EksResourceScalingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The monitoring approach for the configuration, that is, whether it was sampled in the last 24
     * hours or autoscaled in the last 24 hours.
     *
     * <p>Allowed values: {@code sampledMaxInLast24Hours}. CloudFormation property {@code
     * CapacityMonitoringApproach}.
     */
    public EksResourceScalingConfiguration capacityMonitoringApproach(String value) {
      return set("CapacityMonitoringApproach", Value.of(value));
    }

    /**
     * Sets {@code CapacityMonitoringApproach} to this value; see {@link
     * #capacityMonitoringApproach(String)}.
     */
    public EksResourceScalingConfiguration capacityMonitoringApproach(Value<String> value) {
      return set("CapacityMonitoringApproach", value);
    }

    /**
     * The clusters for the configuration.
     *
     * <p>CloudFormation property {@code EksClusters}.
     */
    public EksResourceScalingConfiguration eksClusters(List<EksCluster> value) {
      return set("EksClusters", Value.listOf(value));
    }

    /** Sets {@code EksClusters} to this value; see {@link #eksClusters(List)}. */
    public EksResourceScalingConfiguration eksClusters(Value<List<EksCluster>> value) {
      return set("EksClusters", value);
    }

    /** Sets {@code EksClusters} to a list of these; see {@link #eksClusters(List)}. */
    public EksResourceScalingConfiguration eksClusters(EksCluster... values) {
      return set("EksClusters", Value.list(values));
    }

    /**
     * The Kubernetes resource type for the configuration.
     *
     * <p>Required. CloudFormation property {@code KubernetesResourceType}.
     */
    public EksResourceScalingConfiguration kubernetesResourceType(Value<KubernetesResourceType> value) {
      return set("KubernetesResourceType", value);
    }

    /**
     * The scaling resources for the configuration.
     *
     * <p>CloudFormation property {@code ScalingResources}.
     */
    public EksResourceScalingConfiguration scalingResources(List<Map<String, Map<String, KubernetesScalingResource>>> value) {
      return set("ScalingResources", Value.listOf(value));
    }

    /** Sets {@code ScalingResources} to this value; see {@link #scalingResources(List)}. */
    public EksResourceScalingConfiguration scalingResources(Value<List<Map<String, Map<String, KubernetesScalingResource>>>> value) {
      return set("ScalingResources", value);
    }

    /**
     * The target percentage for the configuration.
     *
     * <p>Default: {@code 100}. CloudFormation property {@code TargetPercent}.
     */
    public EksResourceScalingConfiguration targetPercent(double value) {
      return set("TargetPercent", Value.of(value));
    }

    /** Sets {@code TargetPercent} to this value; see {@link #targetPercent(double)}. */
    public EksResourceScalingConfiguration targetPercent(Value<Double> value) {
      return set("TargetPercent", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public EksResourceScalingConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public EksResourceScalingConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>CloudFormation property {@code Ungraceful}.
     */
    public EksResourceScalingConfiguration ungraceful(Value<EksResourceScalingUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * The ungraceful settings for AWS EKS resource scaling.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.EksResourceScalingUngraceful}.
   */
  public static final class EksResourceScalingUngraceful extends Struct<EksResourceScalingUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.EksResourceScalingUngraceful")
        .required("MinimumSuccessPercentage")
        .build();

    public EksResourceScalingUngraceful() {
      super(SCHEMA);
    }

    /**
     * The minimum success percentage for the configuration.
     *
     * <p>Required. CloudFormation property {@code MinimumSuccessPercentage}.
     */
    public EksResourceScalingUngraceful minimumSuccessPercentage(double value) {
      return set("MinimumSuccessPercentage", Value.of(value));
    }

    /**
     * Sets {@code MinimumSuccessPercentage} to this value; see {@link
     * #minimumSuccessPercentage(double)}.
     */
    public EksResourceScalingUngraceful minimumSuccessPercentage(Value<Double> value) {
      return set("MinimumSuccessPercentage", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.EventSourceMapping}. */
  public static final class EventSourceMapping extends Struct<EventSourceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.EventSourceMapping")
        .required("Arn")
        .build();

    public EventSourceMapping() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Arn}. */
    public EventSourceMapping arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public EventSourceMapping arn(Value<String> value) {
      return set("Arn", value);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public EventSourceMapping crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public EventSourceMapping crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public EventSourceMapping externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public EventSourceMapping externalId(Value<String> value) {
      return set("ExternalId", value);
    }
  }

  /**
   * Configuration for approval steps in a Region switch plan execution. Approval steps require
   * manual intervention before the execution can proceed.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.ExecutionApprovalConfiguration}.
   */
  public static final class ExecutionApprovalConfiguration extends Struct<ExecutionApprovalConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.ExecutionApprovalConfiguration")
        .required("ApprovalRole")
        .build();

    public ExecutionApprovalConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IAM approval role for the configuration.
     *
     * <p>Required. CloudFormation property {@code ApprovalRole}.
     */
    public ExecutionApprovalConfiguration approvalRole(String value) {
      return set("ApprovalRole", Value.of(value));
    }

    /** Sets {@code ApprovalRole} to this value; see {@link #approvalRole(String)}. */
    public ExecutionApprovalConfiguration approvalRole(Value<String> value) {
      return set("ApprovalRole", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public ExecutionApprovalConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public ExecutionApprovalConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /**
   * Execution block configurations for a workflow in a Region switch plan. An execution block
   * represents a specific type of action to perform during a Region switch.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.ExecutionBlockConfiguration}.
   */
  public static final class ExecutionBlockConfiguration extends Struct<ExecutionBlockConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.ExecutionBlockConfiguration");

    public ExecutionBlockConfiguration() {
      super(SCHEMA);
    }

    /**
     * An ARC routing control execution block.
     *
     * <p>CloudFormation property {@code ArcRoutingControlConfig}.
     */
    public ExecutionBlockConfiguration arcRoutingControlConfig(Value<ArcRoutingControlConfiguration> value) {
      return set("ArcRoutingControlConfig", value);
    }

    /** CloudFormation property {@code AuroraProvisionedScalingConfig}. */
    public ExecutionBlockConfiguration auroraProvisionedScalingConfig(Value<AuroraProvisionedScalingConfiguration> value) {
      return set("AuroraProvisionedScalingConfig", value);
    }

    /** CloudFormation property {@code AuroraServerlessScalingConfig}. */
    public ExecutionBlockConfiguration auroraServerlessScalingConfig(Value<AuroraServerlessScalingConfiguration> value) {
      return set("AuroraServerlessScalingConfig", value);
    }

    /**
     * An AWS Lambda execution block.
     *
     * <p>CloudFormation property {@code CustomActionLambdaConfig}.
     */
    public ExecutionBlockConfiguration customActionLambdaConfig(Value<CustomActionLambdaConfiguration> value) {
      return set("CustomActionLambdaConfig", value);
    }

    /** CloudFormation property {@code DocumentDbConfig}. */
    public ExecutionBlockConfiguration documentDbConfig(Value<DocumentDbConfiguration> value) {
      return set("DocumentDbConfig", value);
    }

    /**
     * An EC2 Auto Scaling group execution block.
     *
     * <p>CloudFormation property {@code Ec2AsgCapacityIncreaseConfig}.
     */
    public ExecutionBlockConfiguration ec2AsgCapacityIncreaseConfig(Value<Ec2AsgCapacityIncreaseConfiguration> value) {
      return set("Ec2AsgCapacityIncreaseConfig", value);
    }

    /**
     * The capacity increase specified for the configuration.
     *
     * <p>CloudFormation property {@code EcsCapacityIncreaseConfig}.
     */
    public ExecutionBlockConfiguration ecsCapacityIncreaseConfig(Value<EcsCapacityIncreaseConfiguration> value) {
      return set("EcsCapacityIncreaseConfig", value);
    }

    /**
     * An AWS EKS resource scaling execution block.
     *
     * <p>CloudFormation property {@code EksResourceScalingConfig}.
     */
    public ExecutionBlockConfiguration eksResourceScalingConfig(Value<EksResourceScalingConfiguration> value) {
      return set("EksResourceScalingConfig", value);
    }

    /**
     * A manual approval execution block.
     *
     * <p>CloudFormation property {@code ExecutionApprovalConfig}.
     */
    public ExecutionBlockConfiguration executionApprovalConfig(Value<ExecutionApprovalConfiguration> value) {
      return set("ExecutionApprovalConfig", value);
    }

    /**
     * An Aurora Global Database execution block.
     *
     * <p>CloudFormation property {@code GlobalAuroraConfig}.
     */
    public ExecutionBlockConfiguration globalAuroraConfig(Value<GlobalAuroraConfiguration> value) {
      return set("GlobalAuroraConfig", value);
    }

    /** CloudFormation property {@code LambdaEventSourceMappingConfig}. */
    public ExecutionBlockConfiguration lambdaEventSourceMappingConfig(Value<LambdaEventSourceMappingConfiguration> value) {
      return set("LambdaEventSourceMappingConfig", value);
    }

    /** CloudFormation property {@code NeptuneGlobalDatabaseConfig}. */
    public ExecutionBlockConfiguration neptuneGlobalDatabaseConfig(Value<NeptuneGlobalDatabaseConfiguration> value) {
      return set("NeptuneGlobalDatabaseConfig", value);
    }

    /**
     * A parallel configuration execution block.
     *
     * <p>CloudFormation property {@code ParallelConfig}.
     */
    public ExecutionBlockConfiguration parallelConfig(Value<ParallelExecutionBlockConfiguration> value) {
      return set("ParallelConfig", value);
    }

    /** CloudFormation property {@code RdsCreateCrossRegionReadReplicaConfig}. */
    public ExecutionBlockConfiguration rdsCreateCrossRegionReadReplicaConfig(Value<RdsCreateCrossRegionReplicaConfiguration> value) {
      return set("RdsCreateCrossRegionReadReplicaConfig", value);
    }

    /** CloudFormation property {@code RdsPromoteReadReplicaConfig}. */
    public ExecutionBlockConfiguration rdsPromoteReadReplicaConfig(Value<RdsPromoteReadReplicaConfiguration> value) {
      return set("RdsPromoteReadReplicaConfig", value);
    }

    /** CloudFormation property {@code RdsSwitchoverReadReplicaConfig}. */
    public ExecutionBlockConfiguration rdsSwitchoverReadReplicaConfig(Value<RdsSwitchoverReadReplicaConfiguration> value) {
      return set("RdsSwitchoverReadReplicaConfig", value);
    }

    /**
     * A Region switch plan execution block.
     *
     * <p>CloudFormation property {@code RegionSwitchPlanConfig}.
     */
    public ExecutionBlockConfiguration regionSwitchPlanConfig(Value<RegionSwitchPlanConfiguration> value) {
      return set("RegionSwitchPlanConfig", value);
    }

    /**
     * The Amazon Route 53 health check configuration.
     *
     * <p>CloudFormation property {@code Route53HealthCheckConfig}.
     */
    public ExecutionBlockConfiguration route53HealthCheckConfig(Value<Route53HealthCheckConfiguration> value) {
      return set("Route53HealthCheckConfig", value);
    }
  }

  /**
   * Configuration for Amazon Aurora global databases used in a Region switch plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.GlobalAuroraConfiguration}.
   */
  public static final class GlobalAuroraConfiguration extends Struct<GlobalAuroraConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.GlobalAuroraConfiguration")
        .required("Behavior", "DatabaseClusterArns", "GlobalClusterIdentifier")
        .allowed("Behavior", "switchoverOnly", "failover")
        .build();

    public GlobalAuroraConfiguration() {
      super(SCHEMA);
    }

    /**
     * The behavior for a global database, that is, only allow switchover or also allow failover.
     *
     * <p>Required. Allowed values: {@code switchoverOnly}, {@code failover}. CloudFormation
     * property {@code Behavior}.
     */
    public GlobalAuroraConfiguration behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public GlobalAuroraConfiguration behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public GlobalAuroraConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public GlobalAuroraConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The database cluster Amazon Resource Names (ARNs) for a global database.
     *
     * <p>Required. CloudFormation property {@code DatabaseClusterArns}.
     */
    public GlobalAuroraConfiguration databaseClusterArns(List<String> value) {
      return set("DatabaseClusterArns", Value.listOf(value));
    }

    /** Sets {@code DatabaseClusterArns} to this value; see {@link #databaseClusterArns(List)}. */
    public GlobalAuroraConfiguration databaseClusterArns(Value<List<String>> value) {
      return set("DatabaseClusterArns", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public GlobalAuroraConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public GlobalAuroraConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The global cluster identifier for a global database.
     *
     * <p>Required. CloudFormation property {@code GlobalClusterIdentifier}.
     */
    public GlobalAuroraConfiguration globalClusterIdentifier(String value) {
      return set("GlobalClusterIdentifier", Value.of(value));
    }

    /**
     * Sets {@code GlobalClusterIdentifier} to this value; see {@link
     * #globalClusterIdentifier(String)}.
     */
    public GlobalAuroraConfiguration globalClusterIdentifier(Value<String> value) {
      return set("GlobalClusterIdentifier", value);
    }

    /**
     * The timeout value specified for the configuration.
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public GlobalAuroraConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public GlobalAuroraConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>CloudFormation property {@code Ungraceful}.
     */
    public GlobalAuroraConfiguration ungraceful(Value<GlobalAuroraUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for handling failures when performing operations on Aurora global databases.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.GlobalAuroraUngraceful}.
   */
  public static final class GlobalAuroraUngraceful extends Struct<GlobalAuroraUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.GlobalAuroraUngraceful")
        .allowed("Ungraceful", "failover")
        .build();

    public GlobalAuroraUngraceful() {
      super(SCHEMA);
    }

    /**
     * The settings for ungraceful execution.
     *
     * <p>Allowed values: {@code failover}. CloudFormation property {@code Ungraceful}.
     */
    public GlobalAuroraUngraceful ungraceful(String value) {
      return set("Ungraceful", Value.of(value));
    }

    /** Sets {@code Ungraceful} to this value; see {@link #ungraceful(String)}. */
    public GlobalAuroraUngraceful ungraceful(Value<String> value) {
      return set("Ungraceful", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.HealthCheckState}. */
  public static final class HealthCheckState extends Struct<HealthCheckState> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.HealthCheckState");

    public HealthCheckState() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code HealthCheckId}. */
    public HealthCheckState healthCheckId(String value) {
      return set("HealthCheckId", Value.of(value));
    }

    /** Sets {@code HealthCheckId} to this value; see {@link #healthCheckId(String)}. */
    public HealthCheckState healthCheckId(Value<String> value) {
      return set("HealthCheckId", value);
    }

    /** CloudFormation property {@code Region}. */
    public HealthCheckState region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public HealthCheckState region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Defines the type of Kubernetes resource to scale in an Amazon EKS cluster.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.KubernetesResourceType}.
   */
  public static final class KubernetesResourceType extends Struct<KubernetesResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.KubernetesResourceType")
        .required("ApiVersion", "Kind")
        .build();

    public KubernetesResourceType() {
      super(SCHEMA);
    }

    /**
     * The API version type for the Kubernetes resource.
     *
     * <p>Required. CloudFormation property {@code ApiVersion}.
     */
    public KubernetesResourceType apiVersion(String value) {
      return set("ApiVersion", Value.of(value));
    }

    /** Sets {@code ApiVersion} to this value; see {@link #apiVersion(String)}. */
    public KubernetesResourceType apiVersion(Value<String> value) {
      return set("ApiVersion", value);
    }

    /**
     * The kind for the Kubernetes resource.
     *
     * <p>Required. CloudFormation property {@code Kind}.
     */
    public KubernetesResourceType kind(String value) {
      return set("Kind", Value.of(value));
    }

    /** Sets {@code Kind} to this value; see {@link #kind(String)}. */
    public KubernetesResourceType kind(Value<String> value) {
      return set("Kind", value);
    }
  }

  /**
   * Defines a Kubernetes resource to scale in an Amazon EKS cluster.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.KubernetesScalingResource}.
   */
  public static final class KubernetesScalingResource extends Struct<KubernetesScalingResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.KubernetesScalingResource")
        .required("Name", "Namespace")
        .build();

    public KubernetesScalingResource() {
      super(SCHEMA);
    }

    /**
     * The hpaname for the Kubernetes resource.
     *
     * <p>CloudFormation property {@code HpaName}.
     */
    public KubernetesScalingResource hpaName(String value) {
      return set("HpaName", Value.of(value));
    }

    /** Sets {@code HpaName} to this value; see {@link #hpaName(String)}. */
    public KubernetesScalingResource hpaName(Value<String> value) {
      return set("HpaName", value);
    }

    /**
     * The name for the Kubernetes resource.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public KubernetesScalingResource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public KubernetesScalingResource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The namespace for the Kubernetes resource.
     *
     * <p>Required. CloudFormation property {@code Namespace}.
     */
    public KubernetesScalingResource namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public KubernetesScalingResource namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.LambdaEventSourceMappingConfiguration}. */
  public static final class LambdaEventSourceMappingConfiguration extends Struct<LambdaEventSourceMappingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.LambdaEventSourceMappingConfiguration")
        .required("Action", "RegionEventSourceMappings")
        .allowed("Action", "enable", "disable")
        .build();

    public LambdaEventSourceMappingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
     * Action}.
     */
    public LambdaEventSourceMappingConfiguration action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public LambdaEventSourceMappingConfiguration action(Value<String> value) {
      return set("Action", value);
    }

    /** Required. CloudFormation property {@code RegionEventSourceMappings}. */
    public LambdaEventSourceMappingConfiguration regionEventSourceMappings(Map<String, EventSourceMapping> value) {
      return set("RegionEventSourceMappings", Value.mapOf(value));
    }

    /**
     * Sets {@code RegionEventSourceMappings} to this value; see {@link
     * #regionEventSourceMappings(Map)}.
     */
    public LambdaEventSourceMappingConfiguration regionEventSourceMappings(Value<Map<String, EventSourceMapping>> value) {
      return set("RegionEventSourceMappings", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public LambdaEventSourceMappingConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public LambdaEventSourceMappingConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /** CloudFormation property {@code Ungraceful}. */
    public LambdaEventSourceMappingConfiguration ungraceful(Value<LambdaEventSourceMappingUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.LambdaEventSourceMappingUngraceful}. */
  public static final class LambdaEventSourceMappingUngraceful extends Struct<LambdaEventSourceMappingUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.LambdaEventSourceMappingUngraceful")
        .allowed("Behavior", "skip")
        .build();

    public LambdaEventSourceMappingUngraceful() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code skip}. Default: {@code "skip"}. CloudFormation property {@code
     * Behavior}.
     */
    public LambdaEventSourceMappingUngraceful behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public LambdaEventSourceMappingUngraceful behavior(Value<String> value) {
      return set("Behavior", value);
    }
  }

  /**
   * Configuration for handling failures when invoking Lambda functions.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.LambdaUngraceful}.
   */
  public static final class LambdaUngraceful extends Struct<LambdaUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.LambdaUngraceful")
        .allowed("Behavior", "skip")
        .build();

    public LambdaUngraceful() {
      super(SCHEMA);
    }

    /**
     * The ungraceful behavior for a Lambda function, which must be set to <code>skip</code> .
     *
     * <p>Allowed values: {@code skip}. CloudFormation property {@code Behavior}.
     */
    public LambdaUngraceful behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public LambdaUngraceful behavior(Value<String> value) {
      return set("Behavior", value);
    }
  }

  /**
   * Configuration for AWS Lambda functions used in a Region switch plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Lambdas}.
   */
  public static final class Lambdas extends Struct<Lambdas> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.Lambdas");

    public Lambdas() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public Lambdas arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Lambdas arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public Lambdas crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public Lambdas crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public Lambdas externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public Lambdas externalId(Value<String> value) {
      return set("ExternalId", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.NeptuneGlobalDatabaseConfiguration}. */
  public static final class NeptuneGlobalDatabaseConfiguration extends Struct<NeptuneGlobalDatabaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.NeptuneGlobalDatabaseConfiguration")
        .required("Behavior", "GlobalClusterIdentifier", "RegionDatabaseClusterArns")
        .allowed("Behavior", "failover", "switchoverOnly")
        .build();

    public NeptuneGlobalDatabaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code failover}, {@code switchoverOnly}. CloudFormation property
     * {@code Behavior}.
     */
    public NeptuneGlobalDatabaseConfiguration behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public NeptuneGlobalDatabaseConfiguration behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public NeptuneGlobalDatabaseConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public NeptuneGlobalDatabaseConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public NeptuneGlobalDatabaseConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public NeptuneGlobalDatabaseConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Required. CloudFormation property {@code GlobalClusterIdentifier}. */
    public NeptuneGlobalDatabaseConfiguration globalClusterIdentifier(String value) {
      return set("GlobalClusterIdentifier", Value.of(value));
    }

    /**
     * Sets {@code GlobalClusterIdentifier} to this value; see {@link
     * #globalClusterIdentifier(String)}.
     */
    public NeptuneGlobalDatabaseConfiguration globalClusterIdentifier(Value<String> value) {
      return set("GlobalClusterIdentifier", value);
    }

    /** Required. CloudFormation property {@code RegionDatabaseClusterArns}. */
    public NeptuneGlobalDatabaseConfiguration regionDatabaseClusterArns(Map<String, String> value) {
      return set("RegionDatabaseClusterArns", Value.mapOf(value));
    }

    /**
     * Sets {@code RegionDatabaseClusterArns} to this value; see {@link
     * #regionDatabaseClusterArns(Map)}.
     */
    public NeptuneGlobalDatabaseConfiguration regionDatabaseClusterArns(Value<Map<String, String>> value) {
      return set("RegionDatabaseClusterArns", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public NeptuneGlobalDatabaseConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public NeptuneGlobalDatabaseConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /** CloudFormation property {@code Ungraceful}. */
    public NeptuneGlobalDatabaseConfiguration ungraceful(Value<NeptuneUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.NeptuneUngraceful}. */
  public static final class NeptuneUngraceful extends Struct<NeptuneUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.NeptuneUngraceful")
        .allowed("Ungraceful", "failover")
        .build();

    public NeptuneUngraceful() {
      super(SCHEMA);
    }

    /** Allowed values: {@code failover}. CloudFormation property {@code Ungraceful}. */
    public NeptuneUngraceful ungraceful(String value) {
      return set("Ungraceful", Value.of(value));
    }

    /** Sets {@code Ungraceful} to this value; see {@link #ungraceful(String)}. */
    public NeptuneUngraceful ungraceful(Value<String> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for steps that should be executed in parallel during a Region switch.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.ParallelExecutionBlockConfiguration}.
   */
  public static final class ParallelExecutionBlockConfiguration extends Struct<ParallelExecutionBlockConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.ParallelExecutionBlockConfiguration")
        .required("Steps")
        .build();

    public ParallelExecutionBlockConfiguration() {
      super(SCHEMA);
    }

    /**
     * The steps for a parallel execution block.
     *
     * <p>Required. CloudFormation property {@code Steps}.
     */
    public ParallelExecutionBlockConfiguration steps(List<Step> value) {
      return set("Steps", Value.listOf(value));
    }

    /** Sets {@code Steps} to this value; see {@link #steps(List)}. */
    public ParallelExecutionBlockConfiguration steps(Value<List<Step>> value) {
      return set("Steps", value);
    }

    /** Sets {@code Steps} to a list of these; see {@link #steps(List)}. */
    public ParallelExecutionBlockConfiguration steps(Step... values) {
      return set("Steps", Value.list(values));
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.RdsCreateCrossRegionReplicaConfiguration}. */
  public static final class RdsCreateCrossRegionReplicaConfiguration extends Struct<RdsCreateCrossRegionReplicaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.RdsCreateCrossRegionReplicaConfiguration")
        .required("DbInstanceArnMap")
        .build();

    public RdsCreateCrossRegionReplicaConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public RdsCreateCrossRegionReplicaConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public RdsCreateCrossRegionReplicaConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** Required. CloudFormation property {@code DbInstanceArnMap}. */
    public RdsCreateCrossRegionReplicaConfiguration dbInstanceArnMap(Map<String, String> value) {
      return set("DbInstanceArnMap", Value.mapOf(value));
    }

    /** Sets {@code DbInstanceArnMap} to this value; see {@link #dbInstanceArnMap(Map)}. */
    public RdsCreateCrossRegionReplicaConfiguration dbInstanceArnMap(Value<Map<String, String>> value) {
      return set("DbInstanceArnMap", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public RdsCreateCrossRegionReplicaConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public RdsCreateCrossRegionReplicaConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public RdsCreateCrossRegionReplicaConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public RdsCreateCrossRegionReplicaConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.RdsPromoteReadReplicaConfiguration}. */
  public static final class RdsPromoteReadReplicaConfiguration extends Struct<RdsPromoteReadReplicaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.RdsPromoteReadReplicaConfiguration")
        .required("DbInstanceArnMap")
        .build();

    public RdsPromoteReadReplicaConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public RdsPromoteReadReplicaConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public RdsPromoteReadReplicaConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** Required. CloudFormation property {@code DbInstanceArnMap}. */
    public RdsPromoteReadReplicaConfiguration dbInstanceArnMap(Map<String, String> value) {
      return set("DbInstanceArnMap", Value.mapOf(value));
    }

    /** Sets {@code DbInstanceArnMap} to this value; see {@link #dbInstanceArnMap(Map)}. */
    public RdsPromoteReadReplicaConfiguration dbInstanceArnMap(Value<Map<String, String>> value) {
      return set("DbInstanceArnMap", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public RdsPromoteReadReplicaConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public RdsPromoteReadReplicaConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public RdsPromoteReadReplicaConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public RdsPromoteReadReplicaConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.RdsSwitchoverReadReplicaConfiguration}. */
  public static final class RdsSwitchoverReadReplicaConfiguration extends Struct<RdsSwitchoverReadReplicaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.RdsSwitchoverReadReplicaConfiguration")
        .required("DbInstanceArnMap")
        .build();

    public RdsSwitchoverReadReplicaConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CrossAccountRole}. */
    public RdsSwitchoverReadReplicaConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public RdsSwitchoverReadReplicaConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /** Required. CloudFormation property {@code DbInstanceArnMap}. */
    public RdsSwitchoverReadReplicaConfiguration dbInstanceArnMap(Map<String, String> value) {
      return set("DbInstanceArnMap", Value.mapOf(value));
    }

    /** Sets {@code DbInstanceArnMap} to this value; see {@link #dbInstanceArnMap(Map)}. */
    public RdsSwitchoverReadReplicaConfiguration dbInstanceArnMap(Value<Map<String, String>> value) {
      return set("DbInstanceArnMap", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public RdsSwitchoverReadReplicaConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public RdsSwitchoverReadReplicaConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}. */
    public RdsSwitchoverReadReplicaConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public RdsSwitchoverReadReplicaConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }

    /** CloudFormation property {@code Ungraceful}. */
    public RdsSwitchoverReadReplicaConfiguration ungraceful(Value<RdsUngraceful> value) {
      return set("Ungraceful", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.RdsUngraceful}. */
  public static final class RdsUngraceful extends Struct<RdsUngraceful> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.RdsUngraceful")
        .allowed("Ungraceful", "promoteReadReplica")
        .build();

    public RdsUngraceful() {
      super(SCHEMA);
    }

    /** Allowed values: {@code promoteReadReplica}. CloudFormation property {@code Ungraceful}. */
    public RdsUngraceful ungraceful(String value) {
      return set("Ungraceful", Value.of(value));
    }

    /** Sets {@code Ungraceful} to this value; see {@link #ungraceful(String)}. */
    public RdsUngraceful ungraceful(Value<String> value) {
      return set("Ungraceful", value);
    }
  }

  /**
   * Configuration for nested Region switch plans. This allows one Region switch plan to trigger
   * another plan as part of its execution.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.RegionSwitchPlanConfiguration}.
   */
  public static final class RegionSwitchPlanConfiguration extends Struct<RegionSwitchPlanConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.RegionSwitchPlanConfiguration")
        .required("Arn")
        .build();

    public RegionSwitchPlanConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the plan configuration.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public RegionSwitchPlanConfiguration arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public RegionSwitchPlanConfiguration arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public RegionSwitchPlanConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public RegionSwitchPlanConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public RegionSwitchPlanConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public RegionSwitchPlanConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }
  }

  /**
   * Configuration for automatic report generation for plan executions. When configured, Region
   * switch automatically generates a report after each plan execution that includes execution
   * events, plan configuration, and CloudWatch alarm states.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.ReportConfiguration}.
   */
  public static final class ReportConfiguration extends Struct<ReportConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.ReportConfiguration");

    public ReportConfiguration() {
      super(SCHEMA);
    }

    /**
     * The output configuration for the report.
     *
     * <p>CloudFormation property {@code ReportOutput}.
     */
    public ReportConfiguration reportOutput(List<ReportOutputConfiguration> value) {
      return set("ReportOutput", Value.listOf(value));
    }

    /** Sets {@code ReportOutput} to this value; see {@link #reportOutput(List)}. */
    public ReportConfiguration reportOutput(Value<List<ReportOutputConfiguration>> value) {
      return set("ReportOutput", value);
    }

    /** Sets {@code ReportOutput} to a list of these; see {@link #reportOutput(List)}. */
    public ReportConfiguration reportOutput(ReportOutputConfiguration... values) {
      return set("ReportOutput", Value.list(values));
    }
  }

  /**
   * Configuration for report output destinations used in a Region switch plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.ReportOutputConfiguration}.
   */
  public static final class ReportOutputConfiguration extends Struct<ReportOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.ReportOutputConfiguration")
        .required("S3Configuration")
        .build();

    public ReportOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for delivering reports to an Amazon S3 bucket.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public ReportOutputConfiguration s3Configuration(Value<S3ReportOutputConfiguration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * The Amazon Route 53 health check configuration.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Route53HealthCheckConfiguration}.
   */
  public static final class Route53HealthCheckConfiguration extends Struct<Route53HealthCheckConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.Route53HealthCheckConfiguration")
        .required("HostedZoneId", "RecordName")
        .build();

    public Route53HealthCheckConfiguration() {
      super(SCHEMA);
    }

    /**
     * The cross account role for the configuration.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public Route53HealthCheckConfiguration crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public Route53HealthCheckConfiguration crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the configuration.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public Route53HealthCheckConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public Route53HealthCheckConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The Amazon Route 53 health check configuration hosted zone ID.
     *
     * <p>Required. CloudFormation property {@code HostedZoneId}.
     */
    public Route53HealthCheckConfiguration hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public Route53HealthCheckConfiguration hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }

    /**
     * The Amazon Route 53 health check configuration record name.
     *
     * <p>Required. CloudFormation property {@code RecordName}.
     */
    public Route53HealthCheckConfiguration recordName(String value) {
      return set("RecordName", Value.of(value));
    }

    /** Sets {@code RecordName} to this value; see {@link #recordName(String)}. */
    public Route53HealthCheckConfiguration recordName(Value<String> value) {
      return set("RecordName", value);
    }

    /**
     * The Amazon Route 53 health check configuration record sets.
     *
     * <p>CloudFormation property {@code RecordSets}.
     */
    public Route53HealthCheckConfiguration recordSets(List<Route53ResourceRecordSet> value) {
      return set("RecordSets", Value.listOf(value));
    }

    /** Sets {@code RecordSets} to this value; see {@link #recordSets(List)}. */
    public Route53HealthCheckConfiguration recordSets(Value<List<Route53ResourceRecordSet>> value) {
      return set("RecordSets", value);
    }

    /** Sets {@code RecordSets} to a list of these; see {@link #recordSets(List)}. */
    public Route53HealthCheckConfiguration recordSets(Route53ResourceRecordSet... values) {
      return set("RecordSets", Value.list(values));
    }

    /**
     * The Amazon Route 53 health check configuration time out (in minutes).
     *
     * <p>Default: {@code 60}. CloudFormation property {@code TimeoutMinutes}.
     */
    public Route53HealthCheckConfiguration timeoutMinutes(double value) {
      return set("TimeoutMinutes", Value.of(value));
    }

    /** Sets {@code TimeoutMinutes} to this value; see {@link #timeoutMinutes(double)}. */
    public Route53HealthCheckConfiguration timeoutMinutes(Value<Double> value) {
      return set("TimeoutMinutes", value);
    }
  }

  /** Property type {@code AWS::ARCRegionSwitch::Plan.Route53HealthChecks}. */
  public static final class Route53HealthChecks extends Struct<Route53HealthChecks> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.Route53HealthChecks");

    public Route53HealthChecks() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code HealthCheckIds}. */
    public Route53HealthChecks healthCheckIds(List<String> value) {
      return set("HealthCheckIds", Value.listOf(value));
    }

    /** Sets {@code HealthCheckIds} to this value; see {@link #healthCheckIds(List)}. */
    public Route53HealthChecks healthCheckIds(Value<List<String>> value) {
      return set("HealthCheckIds", value);
    }

    /** CloudFormation property {@code HostedZoneIds}. */
    public Route53HealthChecks hostedZoneIds(List<String> value) {
      return set("HostedZoneIds", Value.listOf(value));
    }

    /** Sets {@code HostedZoneIds} to this value; see {@link #hostedZoneIds(List)}. */
    public Route53HealthChecks hostedZoneIds(Value<List<String>> value) {
      return set("HostedZoneIds", value);
    }

    /** CloudFormation property {@code RecordNames}. */
    public Route53HealthChecks recordNames(List<String> value) {
      return set("RecordNames", Value.listOf(value));
    }

    /** Sets {@code RecordNames} to this value; see {@link #recordNames(List)}. */
    public Route53HealthChecks recordNames(Value<List<String>> value) {
      return set("RecordNames", value);
    }

    /** CloudFormation property {@code Regions}. */
    public Route53HealthChecks regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public Route53HealthChecks regions(Value<List<String>> value) {
      return set("Regions", value);
    }
  }

  /**
   * The Amazon Route 53 record set.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Route53ResourceRecordSet}.
   */
  public static final class Route53ResourceRecordSet extends Struct<Route53ResourceRecordSet> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.Route53ResourceRecordSet");

    public Route53ResourceRecordSet() {
      super(SCHEMA);
    }

    /**
     * The Amazon Route 53 record set identifier.
     *
     * <p>CloudFormation property {@code RecordSetIdentifier}.
     */
    public Route53ResourceRecordSet recordSetIdentifier(String value) {
      return set("RecordSetIdentifier", Value.of(value));
    }

    /** Sets {@code RecordSetIdentifier} to this value; see {@link #recordSetIdentifier(String)}. */
    public Route53ResourceRecordSet recordSetIdentifier(Value<String> value) {
      return set("RecordSetIdentifier", value);
    }

    /**
     * The Amazon Route 53 record set Region.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public Route53ResourceRecordSet region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public Route53ResourceRecordSet region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Configuration for delivering generated reports to an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.S3ReportOutputConfiguration}.
   */
  public static final class S3ReportOutputConfiguration extends Struct<S3ReportOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.S3ReportOutputConfiguration");

    public S3ReportOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS account ID that owns the S3 bucket. Required to ensure the bucket is still owned by
     * the same expected owner at generation time.
     *
     * <p>CloudFormation property {@code BucketOwner}.
     */
    public S3ReportOutputConfiguration bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3ReportOutputConfiguration bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * The S3 bucket name and optional prefix where reports are stored. Format: bucket-name or
     * bucket-name/prefix.
     *
     * <p>CloudFormation property {@code BucketPath}.
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
   * The service for a cross account role.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Service}.
   */
  public static final class Service extends Struct<Service> {
    private static final Schema SCHEMA = Schema.of("AWS::ARCRegionSwitch::Plan.Service");

    public Service() {
      super(SCHEMA);
    }

    /**
     * The cluster Amazon Resource Name (ARN) for a service.
     *
     * <p>CloudFormation property {@code ClusterArn}.
     */
    public Service clusterArn(String value) {
      return set("ClusterArn", Value.of(value));
    }

    /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
    public Service clusterArn(Value<String> value) {
      return set("ClusterArn", value);
    }

    /**
     * The cross account role for a service.
     *
     * <p>CloudFormation property {@code CrossAccountRole}.
     */
    public Service crossAccountRole(String value) {
      return set("CrossAccountRole", Value.of(value));
    }

    /** Sets {@code CrossAccountRole} to this value; see {@link #crossAccountRole(String)}. */
    public Service crossAccountRole(Value<String> value) {
      return set("CrossAccountRole", value);
    }

    /**
     * The external ID (secret key) for the service.
     *
     * <p>CloudFormation property {@code ExternalId}.
     */
    public Service externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public Service externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The Amazon Resource Name (ARN) for a service.
     *
     * <p>CloudFormation property {@code ServiceArn}.
     */
    public Service serviceArn(String value) {
      return set("ServiceArn", Value.of(value));
    }

    /** Sets {@code ServiceArn} to this value; see {@link #serviceArn(String)}. */
    public Service serviceArn(Value<String> value) {
      return set("ServiceArn", value);
    }
  }

  /**
   * Represents a step in a Region switch plan workflow. Each step performs a specific action during
   * the Region switch process.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Step}.
   */
  public static final class Step extends Struct<Step> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.Step")
        .required("ExecutionBlockConfiguration", "ExecutionBlockType", "Name")
        .allowed("ExecutionBlockType", "ARCRegionSwitchPlan", "ARCRoutingControl",
            "AuroraGlobalDatabase", "AuroraProvisionedScaling", "AuroraServerlessScaling",
            "CustomActionLambda", "DocumentDb", "EC2AutoScaling", "ECSServiceScaling",
            "EKSResourceScaling", "LambdaEventSourceMapping", "ManualApproval",
            "NeptuneGlobalDatabase", "Parallel", "RdsCreateCrossRegionReplica",
            "RdsPromoteReadReplica", "RdsSwitchoverReadReplica", "Route53HealthCheck")
        .build();

    public Step() {
      super(SCHEMA);
    }

    /**
     * The description of a step in a workflow.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Step description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Step description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The configuration for an execution block in a workflow.
     *
     * <p>Required. CloudFormation property {@code ExecutionBlockConfiguration}.
     */
    public Step executionBlockConfiguration(Value<ExecutionBlockConfiguration> value) {
      return set("ExecutionBlockConfiguration", value);
    }

    /**
     * The type of an execution block in a workflow.
     *
     * <p>Required. Allowed values: {@code ARCRegionSwitchPlan}, {@code ARCRoutingControl}, {@code
     * AuroraGlobalDatabase}, {@code AuroraProvisionedScaling}, {@code AuroraServerlessScaling},
     * {@code CustomActionLambda}, {@code DocumentDb}, {@code EC2AutoScaling}, {@code
     * ECSServiceScaling}, {@code EKSResourceScaling}, {@code LambdaEventSourceMapping}, {@code
     * ManualApproval}, {@code NeptuneGlobalDatabase}, {@code Parallel}, {@code
     * RdsCreateCrossRegionReplica}, {@code RdsPromoteReadReplica}, {@code
     * RdsSwitchoverReadReplica}, {@code Route53HealthCheck}. CloudFormation property {@code
     * ExecutionBlockType}.
     */
    public Step executionBlockType(String value) {
      return set("ExecutionBlockType", Value.of(value));
    }

    /** Sets {@code ExecutionBlockType} to this value; see {@link #executionBlockType(String)}. */
    public Step executionBlockType(Value<String> value) {
      return set("ExecutionBlockType", value);
    }

    /**
     * The name of a step in a workflow.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Step name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Step name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Defines a condition that can automatically trigger the execution of a Region switch plan.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Trigger}.
   */
  public static final class Trigger extends Struct<Trigger> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.Trigger")
        .required("Action", "Conditions", "MinDelayMinutesBetweenExecutions", "TargetRegion")
        .allowed("Action", "activate", "deactivate", "postRecovery")
        .constrain("TargetRegion", Constraint.of().pattern("^[a-z]{2}-[a-z-]+-\\d+$"))
        .build();

    public Trigger() {
      super(SCHEMA);
    }

    /**
     * The action to perform when the trigger fires. Valid values include ACTIVATE and DEACTIVATE.
     *
     * <p>Required. Allowed values: {@code activate}, {@code deactivate}, {@code postRecovery}.
     * CloudFormation property {@code Action}.
     */
    public Trigger action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public Trigger action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The conditions that must be met for the trigger to fire.
     *
     * <p>Required. CloudFormation property {@code Conditions}.
     */
    public Trigger conditions(List<TriggerCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public Trigger conditions(Value<List<TriggerCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public Trigger conditions(TriggerCondition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * The description for a trigger.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Trigger description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Trigger description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The minimum time, in minutes, that must elapse between automatic executions of the plan.
     *
     * <p>Required. CloudFormation property {@code MinDelayMinutesBetweenExecutions}.
     */
    public Trigger minDelayMinutesBetweenExecutions(double value) {
      return set("MinDelayMinutesBetweenExecutions", Value.of(value));
    }

    /**
     * Sets {@code MinDelayMinutesBetweenExecutions} to this value; see {@link
     * #minDelayMinutesBetweenExecutions(double)}.
     */
    public Trigger minDelayMinutesBetweenExecutions(Value<Double> value) {
      return set("MinDelayMinutesBetweenExecutions", value);
    }

    /**
     * The AWS Region for a trigger.
     *
     * <p>Required. Pattern: {@code ^[a-z]{2}-[a-z-]+-&#92;d+$}. CloudFormation property {@code
     * TargetRegion}.
     */
    public Trigger targetRegion(String value) {
      return set("TargetRegion", Value.of(value));
    }

    /** Sets {@code TargetRegion} to this value; see {@link #targetRegion(String)}. */
    public Trigger targetRegion(Value<String> value) {
      return set("TargetRegion", value);
    }
  }

  /**
   * Defines a condition that must be met for a trigger to fire.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.TriggerCondition}.
   */
  public static final class TriggerCondition extends Struct<TriggerCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.TriggerCondition")
        .required("AssociatedAlarmName", "Condition")
        .allowed("Condition", "red", "green")
        .build();

    public TriggerCondition() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch alarm associated with the condition.
     *
     * <p>Required. CloudFormation property {@code AssociatedAlarmName}.
     */
    public TriggerCondition associatedAlarmName(String value) {
      return set("AssociatedAlarmName", Value.of(value));
    }

    /** Sets {@code AssociatedAlarmName} to this value; see {@link #associatedAlarmName(String)}. */
    public TriggerCondition associatedAlarmName(Value<String> value) {
      return set("AssociatedAlarmName", value);
    }

    /**
     * The condition that must be met. Valid values include ALARM and OK.
     *
     * <p>Required. Allowed values: {@code red}, {@code green}. CloudFormation property {@code
     * Condition}.
     */
    public TriggerCondition condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public TriggerCondition condition(Value<String> value) {
      return set("Condition", value);
    }
  }

  /**
   * Represents a workflow in a Region switch plan. A workflow defines a sequence of steps to
   * execute during a Region switch.
   *
   * <p>Property type {@code AWS::ARCRegionSwitch::Plan.Workflow}.
   */
  public static final class Workflow extends Struct<Workflow> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCRegionSwitch::Plan.Workflow")
        .required("WorkflowTargetAction")
        .allowed("WorkflowTargetAction", "activate", "deactivate", "postRecovery")
        .constrain("WorkflowTargetRegion", Constraint.of().pattern("^[a-z]{2}-[a-z-]+-\\d+$"))
        .build();

    public Workflow() {
      super(SCHEMA);
    }

    /**
     * The steps that make up the workflow.
     *
     * <p>CloudFormation property {@code Steps}.
     */
    public Workflow steps(List<Step> value) {
      return set("Steps", Value.listOf(value));
    }

    /** Sets {@code Steps} to this value; see {@link #steps(List)}. */
    public Workflow steps(Value<List<Step>> value) {
      return set("Steps", value);
    }

    /** Sets {@code Steps} to a list of these; see {@link #steps(List)}. */
    public Workflow steps(Step... values) {
      return set("Steps", Value.list(values));
    }

    /**
     * The description of the workflow.
     *
     * <p>CloudFormation property {@code WorkflowDescription}.
     */
    public Workflow workflowDescription(String value) {
      return set("WorkflowDescription", Value.of(value));
    }

    /** Sets {@code WorkflowDescription} to this value; see {@link #workflowDescription(String)}. */
    public Workflow workflowDescription(Value<String> value) {
      return set("WorkflowDescription", value);
    }

    /**
     * The action that the workflow performs. Valid values include ACTIVATE and DEACTIVATE.
     *
     * <p>Required. Allowed values: {@code activate}, {@code deactivate}, {@code postRecovery}.
     * CloudFormation property {@code WorkflowTargetAction}.
     */
    public Workflow workflowTargetAction(String value) {
      return set("WorkflowTargetAction", Value.of(value));
    }

    /**
     * Sets {@code WorkflowTargetAction} to this value; see {@link #workflowTargetAction(String)}.
     */
    public Workflow workflowTargetAction(Value<String> value) {
      return set("WorkflowTargetAction", value);
    }

    /**
     * The AWS Region that the workflow targets.
     *
     * <p>Pattern: {@code ^[a-z]{2}-[a-z-]+-&#92;d+$}. CloudFormation property {@code
     * WorkflowTargetRegion}.
     */
    public Workflow workflowTargetRegion(String value) {
      return set("WorkflowTargetRegion", Value.of(value));
    }

    /**
     * Sets {@code WorkflowTargetRegion} to this value; see {@link #workflowTargetRegion(String)}.
     */
    public Workflow workflowTargetRegion(Value<String> value) {
      return set("WorkflowTargetRegion", value);
    }
  }
}
