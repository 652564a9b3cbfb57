// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * The <code>AWS::CloudWatch::CompositeAlarm</code> type creates or updates a composite alarm. When
 * you create a composite alarm, you specify a rule expression for the alarm that takes into account
 * the alarm states of other alarms that you have created. The composite alarm goes into ALARM state
 * only if all conditions of the rule are met.
 *
 * <p>The alarms specified in a composite alarm's rule expression can include metric alarms and
 * other composite alarms.
 *
 * <p>Using composite alarms can reduce alarm noise. You can create multiple metric alarms, and also
 * create a composite alarm and set up alerts only for the composite alarm. For example, you could
 * create a composite alarm that goes into ALARM state only when more than one of the underlying
 * metric alarms are in ALARM state.
 *
 * <p>When this operation creates an alarm, the alarm state is immediately set to INSUFFICIENT_DATA.
 * The alarm is then evaluated and its state is set appropriately. Any actions associated with the
 * new state are then executed. For a composite alarm, this initial time after creation is the only
 * time that the alarm can be in INSUFFICIENT_DATA state.
 *
 * <p>When you update an existing alarm, its state is left unchanged, but the update completely
 * overwrites the previous configuration of the alarm.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::CompositeAlarm}.
 */
public final class CompositeAlarm extends Resource<CompositeAlarm> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::CompositeAlarm")
      .required("AlarmRule")
      .constrain("ActionsSuppressor", Constraint.of().minLength(1).maxLength(1600))
      .references("ActionsSuppressor", "AWS::CloudWatch::Alarm.Arn",
          "AWS::CloudWatch::CompositeAlarm.Arn")
      .constrain("ActionsSuppressorExtensionPeriod", Constraint.of().minimum(0))
      .constrain("ActionsSuppressorWaitPeriod", Constraint.of().minimum(0))
      .constrain("AlarmActions", Constraint.of().minLength(1).maxLength(1024))
      .references("AlarmActions", "AWS::SNS::Topic.Ref")
      .constrain("AlarmDescription", Constraint.of().minLength(0).maxLength(1024))
      .constrain("AlarmName", Constraint.of().minLength(1).maxLength(255))
      .constrain("AlarmRule", Constraint.of().minLength(1).maxLength(10240))
      .constrain("InsufficientDataActions", Constraint.of().minLength(1).maxLength(1024))
      .constrain("OKActions", Constraint.of().minLength(1).maxLength(1024))
      .references("OKActions", "AWS::SNS::Topic.Ref")
      .refYields("AlarmName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CompositeAlarm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether actions should be executed during any changes to the alarm state of the
   * composite alarm. The default is TRUE.
   *
   * <p>CloudFormation property {@code ActionsEnabled}.
   */
  public CompositeAlarm actionsEnabled(boolean value) {
    return set("ActionsEnabled", Value.of(value));
  }

  /** Sets {@code ActionsEnabled} to this value; see {@link #actionsEnabled(boolean)}. */
  public CompositeAlarm actionsEnabled(Value<Boolean> value) {
    return set("ActionsEnabled", value);
  }

  /**
   * Actions will be suppressed if the suppressor alarm is in the <code>ALARM</code> state.
   * <code>ActionsSuppressor</code> can be an AlarmName or an Amazon Resource Name (ARN) from an
   * existing alarm.
   *
   * <p>Length: 1 to 1600 characters. CloudFormation property {@code ActionsSuppressor}.
   */
  public CompositeAlarm actionsSuppressor(String value) {
    return set("ActionsSuppressor", Value.of(value));
  }

  /** Sets {@code ActionsSuppressor} to this value; see {@link #actionsSuppressor(String)}. */
  public CompositeAlarm actionsSuppressor(Value<String> value) {
    return set("ActionsSuppressor", value);
  }

  /**
   * Sets {@code ActionsSuppressor} to the Arn of {@code AWS::CloudWatch::Alarm}; see {@link
   * #actionsSuppressor(String)}.
   */
  public CompositeAlarm actionsSuppressor(Alarm resource) {
    return set("ActionsSuppressor", resource.arn());
  }

  /**
   * Sets {@code ActionsSuppressor} to the Arn of {@code AWS::CloudWatch::CompositeAlarm}; see
   * {@link #actionsSuppressor(String)}.
   */
  public CompositeAlarm actionsSuppressor(CompositeAlarm resource) {
    return set("ActionsSuppressor", resource.arn());
  }

  /**
   * The maximum time in seconds that the composite alarm waits after suppressor alarm goes out of
   * the <code>ALARM</code> state. After this time, the composite alarm performs its actions.
   *
   * <p><code>ExtensionPeriod</code> is required only when <code>ActionsSuppressor</code> is
   * specified.
   *
   * <p>Range: at least 0. CloudFormation property {@code ActionsSuppressorExtensionPeriod}.
   */
  public CompositeAlarm actionsSuppressorExtensionPeriod(int value) {
    return set("ActionsSuppressorExtensionPeriod", Value.of(value));
  }

  /**
   * Sets {@code ActionsSuppressorExtensionPeriod} to this value; see {@link
   * #actionsSuppressorExtensionPeriod(int)}.
   */
  public CompositeAlarm actionsSuppressorExtensionPeriod(Value<Integer> value) {
    return set("ActionsSuppressorExtensionPeriod", value);
  }

  /**
   * The maximum time in seconds that the composite alarm waits for the suppressor alarm to go into
   * the <code>ALARM</code> state. After this time, the composite alarm performs its actions.
   *
   * <p><code>WaitPeriod</code> is required only when <code>ActionsSuppressor</code> is specified.
   *
   * <p>Range: at least 0. CloudFormation property {@code ActionsSuppressorWaitPeriod}.
   */
  public CompositeAlarm actionsSuppressorWaitPeriod(int value) {
    return set("ActionsSuppressorWaitPeriod", Value.of(value));
  }

  /**
   * Sets {@code ActionsSuppressorWaitPeriod} to this value; see {@link
   * #actionsSuppressorWaitPeriod(int)}.
   */
  public CompositeAlarm actionsSuppressorWaitPeriod(Value<Integer> value) {
    return set("ActionsSuppressorWaitPeriod", value);
  }

  /**
   * The actions to execute when this alarm transitions to the ALARM state from any other state.
   * Each action is specified as an Amazon Resource Name (ARN). For more information about creating
   * alarms and the actions that you can specify, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm</a>
   * in the <em>Amazon CloudWatch API Reference</em> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code AlarmActions}.
   */
  public CompositeAlarm alarmActions(List<String> value) {
    return set("AlarmActions", Value.listOf(value));
  }

  /** Sets {@code AlarmActions} to this value; see {@link #alarmActions(List)}. */
  public CompositeAlarm alarmActions(Value<List<String>> value) {
    return set("AlarmActions", value);
  }

  /**
   * Sets {@code AlarmActions} to the Ref of each {@code AWS::SNS::Topic}; see {@link
   * #alarmActions(List)}.
   */
  public CompositeAlarm alarmActions(Topic... resources) {
    return set("AlarmActions", Value.refs(resources));
  }

  /**
   * The description for the composite alarm.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code AlarmDescription}.
   */
  public CompositeAlarm alarmDescription(String value) {
    return set("AlarmDescription", Value.of(value));
  }

  /** Sets {@code AlarmDescription} to this value; see {@link #alarmDescription(String)}. */
  public CompositeAlarm alarmDescription(Value<String> value) {
    return set("AlarmDescription", value);
  }

  /**
   * The name for the composite alarm. This name must be unique within your AWS account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AlarmName}.
   */
  public CompositeAlarm alarmName(String value) {
    return set("AlarmName", Value.of(value));
  }

  /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
  public CompositeAlarm alarmName(Value<String> value) {
    return set("AlarmName", value);
  }

  /**
   * An expression that specifies which other alarms are to be evaluated to determine this composite
   * alarm's state. For each alarm that you reference, you designate a function that specifies
   * whether that alarm needs to be in ALARM state, OK state, or INSUFFICIENT_DATA state. You can
   * use operators (AND, OR and NOT) to combine multiple functions in a single expression. You can
   * use parenthesis to logically group the functions in your expression.
   *
   * <p>You can use either alarm names or ARNs to reference the other alarms that are to be
   * evaluated.
   *
   * <p>Functions can include the following:
   *
   * <ul> <li>ALARM("alarm-name or alarm-ARN") is TRUE if the named alarm is in ALARM state.
   * <li>OK("alarm-name or alarm-ARN") is TRUE if the named alarm is in OK state.
   * <li>INSUFFICIENT_DATA("alarm-name or alarm-ARN") is TRUE if the named alarm is in
   * INSUFFICIENT_DATA state. <li>TRUE always evaluates to TRUE. <li>FALSE always evaluates to
   * FALSE. </ul>
   *
   * <p>TRUE and FALSE are useful for testing a complex AlarmRule structure, and for testing your
   * alarm actions.
   *
   * <p>For more information about <code>AlarmRule</code> syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm</a>
   * in the <em>Amazon CloudWatch API Reference</em> .
   *
   * <p>Required. Length: 1 to 10240 characters. CloudFormation property {@code AlarmRule}.
   */
  public CompositeAlarm alarmRule(String value) {
    return set("AlarmRule", Value.of(value));
  }

  /** Sets {@code AlarmRule} to this value; see {@link #alarmRule(String)}. */
  public CompositeAlarm alarmRule(Value<String> value) {
    return set("AlarmRule", value);
  }

  /**
   * The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
   * other state. Each action is specified as an Amazon Resource Name (ARN). For more information
   * about creating alarms and the actions that you can specify, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm</a>
   * in the <em>Amazon CloudWatch API Reference</em> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code InsufficientDataActions}.
   */
  public CompositeAlarm insufficientDataActions(List<String> value) {
    return set("InsufficientDataActions", Value.listOf(value));
  }

  /**
   * Sets {@code InsufficientDataActions} to this value; see {@link #insufficientDataActions(List)}.
   */
  public CompositeAlarm insufficientDataActions(Value<List<String>> value) {
    return set("InsufficientDataActions", value);
  }

  /**
   * The actions to execute when this alarm transitions to the OK state from any other state. Each
   * action is specified as an Amazon Resource Name (ARN). For more information about creating
   * alarms and the actions that you can specify, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html">PutCompositeAlarm</a>
   * in the <em>Amazon CloudWatch API Reference</em> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code OKActions}.
   */
  public CompositeAlarm okActions(List<String> value) {
    return set("OKActions", Value.listOf(value));
  }

  /** Sets {@code OKActions} to this value; see {@link #okActions(List)}. */
  public CompositeAlarm okActions(Value<List<String>> value) {
    return set("OKActions", value);
  }

  /**
   * Sets {@code OKActions} to the Ref of each {@code AWS::SNS::Topic}; see {@link
   * #okActions(List)}.
   */
  public CompositeAlarm okActions(Topic... resources) {
    return set("OKActions", Value.refs(resources));
  }

  /**
   * A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags
   * with an alarm. To be able to associate tags with the alarm when you create the alarm, you must
   * have the <code>cloudwatch:TagResource</code> permission.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CompositeAlarm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CompositeAlarm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CompositeAlarm tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the composite alarm, such as
   * <code>arn:aws:cloudwatch:us-west-2:123456789012:alarm/CompositeAlarmName</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
