// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.stepfunctions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a state machine <a
 * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html">alias</a>
 * . An alias routes traffic to one or two versions of the same state machine.
 *
 * <p>You can create up to 100 aliases for each state machine.
 *
 * <p>CloudFormation type {@code AWS::StepFunctions::StateMachineAlias}.
 */
public final class StateMachineAlias extends Resource<StateMachineAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachineAlias")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$").minLength(1).maxLength(80))
      .constrain("StateMachineArn", Constraint.of().minLength(1).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public StateMachineAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The settings that enable gradual state machine deployments. These settings include <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachinealias-deploymentpreference.html#cfn-stepfunctions-statemachinealias-deploymentpreference-alarms">Alarms</a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachinealias-deploymentpreference.html#cfn-stepfunctions-statemachinealias-deploymentpreference-interval">Interval</a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachinealias-deploymentpreference.html#cfn-stepfunctions-statemachinealias-deploymentpreference-percentage">Percentage</a>
   * , <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachinealias-deploymentpreference.html#cfn-stepfunctions-statemachinealias-deploymentpreference-statemachineversionarn">StateMachineVersionArn</a>
   * , and <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachinealias-deploymentpreference.html#cfn-stepfunctions-statemachinealias-deploymentpreference-type">Type</a>
   * .
   *
   * <p>CloudFormation automatically shifts traffic from the version an alias currently points to,
   * to a new state machine version that you specify.
   *
   * <p><code>RoutingConfiguration</code> and <code>DeploymentPreference</code> are mutually
   * exclusive properties. You must define only one of these properties.
   *
   * <p>Based on the type of deployment you want to perform, you can specify one of the following
   * settings:
   *
   * <ul> <li><code>LINEAR</code> - Shifts traffic to the new version in equal increments with an
   * equal number of minutes between each increment. </ul>
   *
   * <p>For example, if you specify the increment percent as <code>20</code> with an interval of
   * <code>600</code> minutes, this deployment increases traffic by 20 percent every 600 minutes
   * until the new version receives 100 percent of the traffic. This deployment immediately rolls
   * back the new version if any Amazon CloudWatch alarms are triggered.
   *
   * <ul> <li><code>ALL_AT_ONCE</code> - Shifts 100 percent of traffic to the new version
   * immediately. CloudFormation monitors the new version and rolls it back automatically to the
   * previous version if any CloudWatch alarms are triggered. <li><code>CANARY</code> - Shifts
   * traffic in two increments. </ul>
   *
   * <p>In the first increment, a small percentage of traffic, for example, 10 percent is shifted to
   * the new version. In the second increment, before a specified time interval in seconds gets
   * over, the remaining traffic is shifted to the new version. The shift to the new version for the
   * remaining traffic takes place only if no CloudWatch alarms are triggered during the specified
   * time interval.
   *
   * <p>CloudFormation property {@code DeploymentPreference}.
   */
  public StateMachineAlias deploymentPreference(Value<DeploymentPreference> value) {
    return set("DeploymentPreference", value);
  }

  /**
   * An optional description of the state machine alias.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public StateMachineAlias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StateMachineAlias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the state machine alias. If you don't provide a name, it uses an automatically
   * generated name based on the logical ID.
   *
   * <p>Changing it replaces the resource. Length: 1 to 80 characters. Pattern: {@code
   * ^(?=.*[a-zA-Z_&#92;-&#92;.])[a-zA-Z0-9_&#92;-&#92;.]+$}. CloudFormation property {@code Name}.
   */
  public StateMachineAlias name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StateMachineAlias name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The routing configuration of an alias. Routing configuration splits <a
   * href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html">StartExecution</a>
   * requests between one or two versions of the same state machine.
   *
   * <p>Use <code>RoutingConfiguration</code> if you want to explicitly set the alias <a
   * href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_RoutingConfigurationListItem.html#StepFunctions-Type-RoutingConfigurationListItem-weight">weights</a>
   * . Weight is the percentage of traffic you want to route to a state machine version.
   *
   * <p><code>RoutingConfiguration</code> and <code>DeploymentPreference</code> are mutually
   * exclusive properties. You must define only one of these properties.
   *
   * <p>CloudFormation property {@code RoutingConfiguration}.
   */
  public StateMachineAlias routingConfiguration(List<RoutingConfigurationVersion> value) {
    return set("RoutingConfiguration", Value.listOf(value));
  }

  /** Sets {@code RoutingConfiguration} to this value; see {@link #routingConfiguration(List)}. */
  public StateMachineAlias routingConfiguration(Value<List<RoutingConfigurationVersion>> value) {
    return set("RoutingConfiguration", value);
  }

  /**
   * Sets {@code RoutingConfiguration} to a list of these; see {@link #routingConfiguration(List)}.
   */
  public StateMachineAlias routingConfiguration(RoutingConfigurationVersion... values) {
    return set("RoutingConfiguration", Value.list(values));
  }

  /** Length: 1 to 2048 characters. CloudFormation property {@code StateMachineArn}. */
  public StateMachineAlias stateMachineArn(String value) {
    return set("StateMachineArn", Value.of(value));
  }

  /** Sets {@code StateMachineArn} to this value; see {@link #stateMachineArn(String)}. */
  public StateMachineAlias stateMachineArn(Value<String> value) {
    return set("StateMachineArn", value);
  }

  /**
   * Returns the ARN of the state machine alias. For example,
   * <code>arn:aws:states:us-east-1:123456789012:stateMachine:myStateMachine:PROD</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Enables gradual state machine deployments. CloudFormation automatically shifts traffic from the
   * version the alias currently points to, to a new state machine version that you specify.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachineAlias.DeploymentPreference}.
   */
  public static final class DeploymentPreference extends Struct<DeploymentPreference> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachineAlias.DeploymentPreference")
        .required("StateMachineVersionArn", "Type")
        .constrain("Alarms", Constraint.of().minLength(1).maxLength(256))
        .constrain("Interval", Constraint.of().minimum(1).maximum(2100))
        .constrain("Percentage", Constraint.of().minimum(1).maximum(99))
        .constrain("StateMachineVersionArn", Constraint.of().minLength(1).maxLength(2048))
        .allowed("Type", "LINEAR", "ALL_AT_ONCE", "CANARY")
        .build();

    public DeploymentPreference() {
      super(SCHEMA);
    }

    /**
     * A list of Amazon CloudWatch alarm names to be monitored during the deployment. The deployment
     * fails and rolls back if any of these alarms go into the <code>ALARM</code> state.
     *
     * <p>Amazon CloudWatch considers nonexistent alarms to have an <code>OK</code> state. If you
     * provide an invalid alarm name or provide the ARN of an alarm instead of its name, your
     * deployment may not roll back correctly.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Alarms}.
     */
    public DeploymentPreference alarms(List<String> value) {
      return set("Alarms", Value.listOf(value));
    }

    /** Sets {@code Alarms} to this value; see {@link #alarms(List)}. */
    public DeploymentPreference alarms(Value<List<String>> value) {
      return set("Alarms", value);
    }

    /**
     * The time in minutes between each traffic shifting increment.
     *
     * <p>Range: 1 to 2100. CloudFormation property {@code Interval}.
     */
    public DeploymentPreference interval(int value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(int)}. */
    public DeploymentPreference interval(Value<Integer> value) {
      return set("Interval", value);
    }

    /**
     * The percentage of traffic to shift to the new version in each increment.
     *
     * <p>Range: 1 to 99. CloudFormation property {@code Percentage}.
     */
    public DeploymentPreference percentage(int value) {
      return set("Percentage", Value.of(value));
    }

    /** Sets {@code Percentage} to this value; see {@link #percentage(int)}. */
    public DeploymentPreference percentage(Value<Integer> value) {
      return set("Percentage", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachineversion.html"><code>AWS::StepFunctions::StateMachineVersion</code></a>
     * resource that will be the final version to which the alias points to when the traffic
     * shifting is complete.
     *
     * <p>While performing gradual deployments, you can only provide a single state machine version
     * ARN. To explicitly set version weights in a CloudFormation template, use
     * <code>RoutingConfiguration</code> instead.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code
     * StateMachineVersionArn}.
     */
    public DeploymentPreference stateMachineVersionArn(String value) {
      return set("StateMachineVersionArn", Value.of(value));
    }

    /**
     * Sets {@code StateMachineVersionArn} to this value; see {@link
     * #stateMachineVersionArn(String)}.
     */
    public DeploymentPreference stateMachineVersionArn(Value<String> value) {
      return set("StateMachineVersionArn", value);
    }

    /**
     * The type of deployment you want to perform. You can specify one of the following types:
     *
     * <ul> <li><code>LINEAR</code> - Shifts traffic to the new version in equal increments with an
     * equal number of minutes between each increment. </ul>
     *
     * <p>For example, if you specify the increment percent as <code>20</code> with an interval of
     * <code>600</code> minutes, this deployment increases traffic by 20 percent every 600 minutes
     * until the new version receives 100 percent of the traffic. This deployment immediately rolls
     * back the new version if any CloudWatch alarms are triggered.
     *
     * <ul> <li><code>ALL_AT_ONCE</code> - Shifts 100 percent of traffic to the new version
     * immediately. CloudFormation monitors the new version and rolls it back automatically to the
     * previous version if any CloudWatch alarms are triggered. <li><code>CANARY</code> - Shifts
     * traffic in two increments. </ul>
     *
     * <p>In the first increment, a small percentage of traffic, for example, 10 percent is shifted
     * to the new version. In the second increment, before a specified time interval in seconds gets
     * over, the remaining traffic is shifted to the new version. The shift to the new version for
     * the remaining traffic takes place only if no CloudWatch alarms are triggered during the
     * specified time interval.
     *
     * <p>Required. Allowed values: {@code LINEAR}, {@code ALL_AT_ONCE}, {@code CANARY}.
     * CloudFormation property {@code Type}.
     */
    public DeploymentPreference type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DeploymentPreference type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The state machine version to which you want to route the execution traffic.
   *
   * <p>Property type {@code AWS::StepFunctions::StateMachineAlias.RoutingConfigurationVersion}.
   */
  public static final class RoutingConfigurationVersion extends Struct<RoutingConfigurationVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachineAlias.RoutingConfigurationVersion")
        .required("StateMachineVersionArn", "Weight")
        .constrain("StateMachineVersionArn", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Weight", Constraint.of().minimum(0).maximum(100))
        .build();

    public RoutingConfigurationVersion() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) that identifies one or two state machine versions defined in
     * the routing configuration.
     *
     * <p>If you specify the ARN of a second version, it must belong to the same state machine as
     * the first version.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code
     * StateMachineVersionArn}.
     */
    public RoutingConfigurationVersion stateMachineVersionArn(String value) {
      return set("StateMachineVersionArn", Value.of(value));
    }

    /**
     * Sets {@code StateMachineVersionArn} to this value; see {@link
     * #stateMachineVersionArn(String)}.
     */
    public RoutingConfigurationVersion stateMachineVersionArn(Value<String> value) {
      return set("StateMachineVersionArn", value);
    }

    /**
     * The percentage of traffic you want to route to the state machine version. The sum of the
     * weights in the routing configuration must be equal to 100.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code Weight}.
     */
    public RoutingConfigurationVersion weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public RoutingConfigurationVersion weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }
}
