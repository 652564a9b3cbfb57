// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppConfig::DeploymentStrategy</code> resource creates an AWS AppConfig deployment
 * strategy. A deployment strategy defines important criteria for rolling out your configuration to
 * the designated targets. A deployment strategy includes: the overall duration required, a
 * percentage of targets to receive the deployment during each interval, an algorithm that defines
 * how percentage grows, and bake time.
 *
 * <p>AWS AppConfig requires that you create resources and deploy a configuration in the following
 * order:
 *
 * <ul> <li>Create an application <li>Create an environment <li>Create a configuration profile
 * <li>Choose a pre-defined deployment strategy or create your own <li>Deploy the configuration
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html">AWS
 * AppConfig</a> in the <em>AWS AppConfig User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppConfig::DeploymentStrategy}.
 */
public final class DeploymentStrategy extends Resource<DeploymentStrategy> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::DeploymentStrategy")
      .required("DeploymentDurationInMinutes", "GrowthFactor", "Name", "ReplicateTo")
      .constrain("DeploymentDurationInMinutes", Constraint.of().minimum(0).maximum(1440))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("FinalBakeTimeInMinutes", Constraint.of().minimum(0).maximum(1440))
      .constrain("GrowthFactor", Constraint.of().minimum(1).maximum(100))
      .allowed("GrowthType", "EXPONENTIAL", "LINEAR")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .allowed("ReplicateTo", "NONE", "SSM_DOCUMENT")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeploymentStrategy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Total amount of time for a deployment to last.
   *
   * <p>Required. Range: 0 to 1440. CloudFormation property {@code DeploymentDurationInMinutes}.
   */
  public DeploymentStrategy deploymentDurationInMinutes(double value) {
    return set("DeploymentDurationInMinutes", Value.of(value));
  }

  /**
   * Sets {@code DeploymentDurationInMinutes} to this value; see {@link
   * #deploymentDurationInMinutes(double)}.
   */
  public DeploymentStrategy deploymentDurationInMinutes(Value<Double> value) {
    return set("DeploymentDurationInMinutes", value);
  }

  /**
   * A description of the deployment strategy.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public DeploymentStrategy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DeploymentStrategy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies the amount of time AWS AppConfig monitors for Amazon CloudWatch alarms after the
   * configuration has been deployed to 100% of its targets, before considering the deployment to be
   * complete. If an alarm is triggered during this time, AWS AppConfig rolls back the deployment.
   * You must configure permissions for AWS AppConfig to roll back based on CloudWatch alarms. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/appconfig/latest/userguide/getting-started-with-appconfig-cloudwatch-alarms-permissions.html">Configuring
   * permissions for rollback based on Amazon CloudWatch alarms</a> in the <em>AWS AppConfig User
   * Guide</em> .
   *
   * <p>Range: 0 to 1440. CloudFormation property {@code FinalBakeTimeInMinutes}.
   */
  public DeploymentStrategy finalBakeTimeInMinutes(double value) {
    return set("FinalBakeTimeInMinutes", Value.of(value));
  }

  /**
   * Sets {@code FinalBakeTimeInMinutes} to this value; see {@link #finalBakeTimeInMinutes(double)}.
   */
  public DeploymentStrategy finalBakeTimeInMinutes(Value<Double> value) {
    return set("FinalBakeTimeInMinutes", value);
  }

  /**
   * The percentage of targets to receive a deployed configuration during each interval.
   *
   * <p>Required. Range: 1 to 100. CloudFormation property {@code GrowthFactor}.
   */
  public DeploymentStrategy growthFactor(double value) {
    return set("GrowthFactor", Value.of(value));
  }

  /** Sets {@code GrowthFactor} to this value; see {@link #growthFactor(double)}. */
  public DeploymentStrategy growthFactor(Value<Double> value) {
    return set("GrowthFactor", value);
  }

  /**
   * The algorithm used to define how percentage grows over time. AWS AppConfig supports the
   * following growth types:
   *
   * <p><em>Linear</em> : For this type, AWS AppConfig processes the deployment by dividing the
   * total number of targets by the value specified for <code>Step percentage</code> . For example,
   * a linear deployment that uses a <code>Step percentage</code> of 10 deploys the configuration to
   * 10 percent of the hosts. After those deployments are complete, the system deploys the
   * configuration to the next 10 percent. This continues until 100% of the targets have
   * successfully received the configuration.
   *
   * <p><em>Exponential</em> : For this type, AWS AppConfig processes the deployment exponentially
   * using the following formula: <code>G*(2^N)</code> . In this formula, <code>G</code> is the
   * growth factor specified by the user and <code>N</code> is the number of steps until the
   * configuration is deployed to all targets. For example, if you specify a growth factor of 2,
   * then the system rolls out the configuration as follows:
   *
   * <p><code>2*(2^0)</code>
   *
   * <p><code>2*(2^1)</code>
   *
   * <p><code>2*(2^2)</code>
   *
   * <p>Expressed numerically, the deployment rolls out as follows: 2% of the targets, 4% of the
   * targets, 8% of the targets, and continues until the configuration has been deployed to all
   * targets.
   *
   * <p>Allowed values: {@code EXPONENTIAL}, {@code LINEAR}. CloudFormation property {@code
   * GrowthType}.
   */
  public DeploymentStrategy growthType(String value) {
    return set("GrowthType", Value.of(value));
  }

  /** Sets {@code GrowthType} to this value; see {@link #growthType(String)}. */
  public DeploymentStrategy growthType(Value<String> value) {
    return set("GrowthType", value);
  }

  /**
   * A name for the deployment strategy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Name}.
   */
  public DeploymentStrategy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DeploymentStrategy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Save the deployment strategy to a Systems Manager (SSM) document.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code NONE}, {@code
   * SSM_DOCUMENT}. CloudFormation property {@code ReplicateTo}.
   */
  public DeploymentStrategy replicateTo(String value) {
    return set("ReplicateTo", Value.of(value));
  }

  /** Sets {@code ReplicateTo} to this value; see {@link #replicateTo(String)}. */
  public DeploymentStrategy replicateTo(Value<String> value) {
    return set("ReplicateTo", value);
  }

  /**
   * Assigns metadata to an AWS AppConfig resource. Tags help organize and categorize your AWS
   * AppConfig resources. Each tag consists of a key and an optional value, both of which you
   * define. You can specify a maximum of 50 tags for a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeploymentStrategy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeploymentStrategy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeploymentStrategy tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The deployment strategy ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::AppConfig::DeploymentStrategy.Tags}. */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::DeploymentStrategy.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Key}. */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /** CloudFormation property {@code Value}. */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }
}
