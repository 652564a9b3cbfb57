// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cloudwatch.Alarm;
import io.tropo4j.resources.cloudwatch.CompositeAlarm;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::AppConfig::Environment</code> resource creates an environment, which is a logical
 * deployment group of AWS AppConfig targets, such as applications in a <code>Beta</code> or
 * <code>Production</code> environment. You define one or more environments for each AWS AppConfig
 * application. You can also define environments for application subcomponents such as the
 * <code>Web</code> , <code>Mobile</code> and <code>Back-end</code> components for your application.
 * You can configure Amazon CloudWatch alarms for each environment. The system monitors alarms
 * during a configuration deployment. If an alarm is triggered, the system rolls back the
 * configuration.
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
 * <p>CloudFormation type {@code AWS::AppConfig::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Environment")
      .required("ApplicationId", "Name")
      .constrain("ApplicationId", Constraint.of().pattern("[a-z0-9]{4,7}"))
      .references("ApplicationId", "AWS::AppConfig::Application.Ref")
      .allowed("DeletionProtectionCheck", "ACCOUNT_DEFAULT", "APPLY", "BYPASS")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .refYields("EnvironmentId")
      .attributes("EnvironmentId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z0-9]{4,7}}. CloudFormation
   * property {@code ApplicationId}.
   */
  public Environment applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Environment applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Sets {@code ApplicationId} to the Ref of {@code AWS::AppConfig::Application}; see {@link
   * #applicationId(String)}.
   */
  public Environment applicationId(Application resource) {
    return set("ApplicationId", resource.ref());
  }

  /**
   * A parameter to configure deletion protection. Deletion protection prevents a user from deleting
   * an environment if your application called either <a
   * href="https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_appconfigdata_GetLatestConfiguration.html">GetLatestConfiguration</a>
   * or <a
   * href="https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetConfiguration.html">GetConfiguration</a>
   * in the environment during the specified interval.
   *
   * <p>This parameter supports the following values:
   *
   * <ul> <li><code>BYPASS</code> : Instructs AWS AppConfig to bypass the deletion protection check
   * and delete a configuration profile even if deletion protection would have otherwise prevented
   * it. <li><code>APPLY</code> : Instructs the deletion protection check to run, even if deletion
   * protection is disabled at the account level. <code>APPLY</code> also forces the deletion
   * protection check to run against resources created in the past hour, which are normally excluded
   * from deletion protection checks. <li><code>ACCOUNT_DEFAULT</code> : The default setting, which
   * instructs AWS AppConfig to implement the deletion protection value specified in the
   * <code>UpdateAccountSettings</code> API. </ul>
   *
   * <p>Allowed values: {@code ACCOUNT_DEFAULT}, {@code APPLY}, {@code BYPASS}. CloudFormation
   * property {@code DeletionProtectionCheck}.
   */
  public Environment deletionProtectionCheck(String value) {
    return set("DeletionProtectionCheck", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionCheck} to this value; see {@link
   * #deletionProtectionCheck(String)}.
   */
  public Environment deletionProtectionCheck(Value<String> value) {
    return set("DeletionProtectionCheck", value);
  }

  /**
   * A description of the environment.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Environment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Environment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Amazon CloudWatch alarms to monitor during the deployment process.
   *
   * <p>CloudFormation property {@code Monitors}.
   */
  public Environment monitors(List<Monitor> value) {
    return set("Monitors", Value.listOf(value));
  }

  /** Sets {@code Monitors} to this value; see {@link #monitors(List)}. */
  public Environment monitors(Value<List<Monitor>> value) {
    return set("Monitors", value);
  }

  /** Sets {@code Monitors} to a list of these; see {@link #monitors(List)}. */
  public Environment monitors(Monitor... values) {
    return set("Monitors", Value.list(values));
  }

  /**
   * A name for the environment.
   *
   * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Metadata to assign to the environment. Tags help organize and categorize your AWS AppConfig
   * resources. Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Environment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Environment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Environment tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The environment ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * Amazon CloudWatch alarms to monitor during the deployment process.
   *
   * <p>Property type {@code AWS::AppConfig::Environment.Monitor}.
   */
  public static final class Monitor extends Struct<Monitor> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Environment.Monitor")
        .required("AlarmArn")
        .constrain("AlarmArn", Constraint.of().minLength(1).maxLength(2048))
        .references("AlarmArn", "AWS::CloudWatch::Alarm.Arn", "AWS::CloudWatch::CompositeAlarm.Arn")
        .constrain("AlarmRoleArn", Constraint.of().pattern("^((arn):(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov|aws-eusc):(iam)::\\d{12}:role[/].*)$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .references("AlarmRoleArn", "AWS::IAM::Role.Arn")
        .build();

    public Monitor() {
      super(SCHEMA);
    }

    /**
     * Amazon Resource Name (ARN) of the Amazon CloudWatch alarm.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code AlarmArn}.
     */
    public Monitor alarmArn(String value) {
      return set("AlarmArn", Value.of(value));
    }

    /** Sets {@code AlarmArn} to this value; see {@link #alarmArn(String)}. */
    public Monitor alarmArn(Value<String> value) {
      return set("AlarmArn", value);
    }

    /**
     * Sets {@code AlarmArn} to the Arn of {@code AWS::CloudWatch::Alarm}; see {@link
     * #alarmArn(String)}.
     */
    public Monitor alarmArn(Alarm resource) {
      return set("AlarmArn", resource.arn());
    }

    /**
     * Sets {@code AlarmArn} to the Arn of {@code AWS::CloudWatch::CompositeAlarm}; see {@link
     * #alarmArn(String)}.
     */
    public Monitor alarmArn(CompositeAlarm resource) {
      return set("AlarmArn", resource.arn());
    }

    /**
     * ARN of an AWS Identity and Access Management (IAM) role for AWS AppConfig to monitor
     * <code>AlarmArn</code> .
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^((arn):(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov|aws-eusc):(iam)::&#92;d{12}:role[/].*)$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code AlarmRoleArn}.
     */
    public Monitor alarmRoleArn(String value) {
      return set("AlarmRoleArn", Value.of(value));
    }

    /** Sets {@code AlarmRoleArn} to this value; see {@link #alarmRoleArn(String)}. */
    public Monitor alarmRoleArn(Value<String> value) {
      return set("AlarmRoleArn", value);
    }

    /**
     * Sets {@code AlarmRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #alarmRoleArn(String)}.
     */
    public Monitor alarmRoleArn(Role resource) {
      return set("AlarmRoleArn", resource.arn());
    }
  }

  /** Property type {@code AWS::AppConfig::Environment.Monitors}. */
  public static final class Monitors extends Struct<Monitors> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Environment.Monitors")
        .references("AlarmArn", "AWS::CloudWatch::Alarm.Arn", "AWS::CloudWatch::CompositeAlarm.Arn")
        .references("AlarmRoleArn", "AWS::IAM::Role.Arn")
        .build();

    public Monitors() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AlarmArn}. */
    public Monitors alarmArn(String value) {
      return set("AlarmArn", Value.of(value));
    }

    /** Sets {@code AlarmArn} to this value; see {@link #alarmArn(String)}. */
    public Monitors alarmArn(Value<String> value) {
      return set("AlarmArn", value);
    }

    /**
     * Sets {@code AlarmArn} to the Arn of {@code AWS::CloudWatch::Alarm}; see {@link
     * #alarmArn(String)}.
     */
    public Monitors alarmArn(Alarm resource) {
      return set("AlarmArn", resource.arn());
    }

    /**
     * Sets {@code AlarmArn} to the Arn of {@code AWS::CloudWatch::CompositeAlarm}; see {@link
     * #alarmArn(String)}.
     */
    public Monitors alarmArn(CompositeAlarm resource) {
      return set("AlarmArn", resource.arn());
    }

    /** CloudFormation property {@code AlarmRoleArn}. */
    public Monitors alarmRoleArn(String value) {
      return set("AlarmRoleArn", Value.of(value));
    }

    /** Sets {@code AlarmRoleArn} to this value; see {@link #alarmRoleArn(String)}. */
    public Monitors alarmRoleArn(Value<String> value) {
      return set("AlarmRoleArn", value);
    }

    /**
     * Sets {@code AlarmRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #alarmRoleArn(String)}.
     */
    public Monitors alarmRoleArn(Role resource) {
      return set("AlarmRoleArn", resource.arn());
    }
  }

  /** Property type {@code AWS::AppConfig::Environment.Tags}. */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::Environment.Tags");

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
