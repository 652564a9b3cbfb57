// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.arczonalshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The zonal autoshift configuration for a resource includes the practice run configuration and the
 * status for running autoshifts, zonal autoshift status. When a resource has a practice run
 * configuation, ARC starts weekly zonal shifts for the resource, to shift traffic away from an
 * Availability Zone. Weekly practice runs help you to make sure that your application can continue
 * to operate normally with the loss of one Availability Zone.
 *
 * <p>You can update the zonal autoshift autoshift status to enable or disable zonal autoshift. When
 * zonal autoshift is <code>ENABLED</code> , you authorize AWS to shift away resource traffic for an
 * application from an Availability Zone during events, on your behalf, to help reduce time to
 * recovery. Traffic is also shifted away for the required weekly practice runs.
 *
 * <p>CloudFormation type {@code AWS::ARCZonalShift::ZonalAutoshiftConfiguration}.
 */
public final class ZonalAutoshiftConfiguration extends Resource<ZonalAutoshiftConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ARCZonalShift::ZonalAutoshiftConfiguration")
      .required("ResourceIdentifier")
      .constrain("ResourceIdentifier", Constraint.of().minLength(8).maxLength(1024))
      .allowed("ZonalAutoshiftStatus", "ENABLED")
      .refYields("ResourceIdentifier")
      .build();

  public ZonalAutoshiftConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A practice run configuration for a resource includes the Amazon CloudWatch alarms that you've
   * specified for a practice run, as well as any blocked dates or blocked windows for the practice
   * run. When a resource has a practice run configuration, ARC shifts traffic for the resource
   * weekly for practice runs.
   *
   * <p>Practice runs are required for zonal autoshift. The zonal shifts that ARC starts for
   * practice runs help you to ensure that shifting away traffic from an Availability Zone during an
   * autoshift is safe for your application.
   *
   * <p>You can update or delete a practice run configuration. Before you delete a practice run
   * configuration, you must disable zonal autoshift for the resource. A practice run configuration
   * is required when zonal autoshift is enabled.
   *
   * <p>CloudFormation property {@code PracticeRunConfiguration}.
   */
  public ZonalAutoshiftConfiguration practiceRunConfiguration(Value<PracticeRunConfiguration> value) {
    return set("PracticeRunConfiguration", value);
  }

  /**
   * The identifier for the resource that AWS shifts traffic for. The identifier is the Amazon
   * Resource Name (ARN) for the resource.
   *
   * <p>At this time, supported resources are Network Load Balancers and Application Load Balancers.
   *
   * <p>Required. Changing it replaces the resource. Length: 8 to 1024 characters. CloudFormation
   * property {@code ResourceIdentifier}.
   */
  public ZonalAutoshiftConfiguration resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public ZonalAutoshiftConfiguration resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * When zonal autoshift is <code>ENABLED</code> , you authorize AWS to shift away resource traffic
   * for an application from an Availability Zone during events, on your behalf, to help reduce time
   * to recovery. Traffic is also shifted away for the required weekly practice runs.
   *
   * <p>Allowed values: {@code ENABLED}. CloudFormation property {@code ZonalAutoshiftStatus}.
   */
  public ZonalAutoshiftConfiguration zonalAutoshiftStatus(String value) {
    return set("ZonalAutoshiftStatus", Value.of(value));
  }

  /** Sets {@code ZonalAutoshiftStatus} to this value; see {@link #zonalAutoshiftStatus(String)}. */
  public ZonalAutoshiftConfiguration zonalAutoshiftStatus(Value<String> value) {
    return set("ZonalAutoshiftStatus", value);
  }

  /**
   * A control condition is an alarm that you specify for a practice run. When you configure
   * practice runs with zonal autoshift for a resource, you specify Amazon CloudWatch alarms, which
   * you create in CloudWatch to use with the practice run. The alarms that you specify are an
   * <em>outcome alarm</em> , to monitor application health during practice runs and, optionally, a
   * <em>blocking alarm</em> , to block practice runs from starting or to interrupt a practice run
   * in progress.
   *
   * <p>Control condition alarms do not apply for autoshifts.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/r53recovery/latest/dg/arc-zonal-autoshift.considerations.html">Considerations
   * when you configure zonal autoshift</a> in the ARC Developer Guide.
   *
   * <p>Property type {@code AWS::ARCZonalShift::ZonalAutoshiftConfiguration.ControlCondition}.
   */
  public static final class ControlCondition extends Struct<ControlCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCZonalShift::ZonalAutoshiftConfiguration.ControlCondition")
        .required("AlarmIdentifier", "Type")
        .constrain("AlarmIdentifier", Constraint.of().pattern("^.*$").minLength(8).maxLength(1024))
        .constrain("Type", Constraint.of().pattern("^[a-zA-Z]*$").minLength(8).maxLength(10))
        .build();

    public ControlCondition() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for an Amazon CloudWatch alarm that you specify as a control
     * condition for a practice run.
     *
     * <p>Required. Length: 8 to 1024 characters. Pattern: {@code ^.*$}. CloudFormation property
     * {@code AlarmIdentifier}.
     */
    public ControlCondition alarmIdentifier(String value) {
      return set("AlarmIdentifier", Value.of(value));
    }

    /** Sets {@code AlarmIdentifier} to this value; see {@link #alarmIdentifier(String)}. */
    public ControlCondition alarmIdentifier(Value<String> value) {
      return set("AlarmIdentifier", value);
    }

    /**
     * The type of alarm specified for a practice run. You can only specify Amazon CloudWatch alarms
     * for practice runs, so the only valid value is <code>CLOUDWATCH</code> .
     *
     * <p>Required. Length: 8 to 10 characters. Pattern: {@code ^[a-zA-Z]*$}. CloudFormation
     * property {@code Type}.
     */
    public ControlCondition type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ControlCondition type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A practice run configuration for a resource includes the Amazon CloudWatch alarms that you've
   * specified for a practice run, as well as any blocked dates or blocked windows for the practice
   * run.
   *
   * <p>When a resource has a practice run configuation, ARC starts weekly zonal shifts for the
   * resource, to shift traffic away from an Availability Zone. Weekly practice runs help you to
   * make sure that your application can continue to operate normally with the loss of one
   * Availability Zone.
   *
   * <p>You can update or delete a practice run configuration. When you delete a practice run
   * configuration, zonal autoshift is disabled for the resource. A practice run configuration is
   * required when zonal autoshift is enabled.
   *
   * <p>Property type {@code
   * AWS::ARCZonalShift::ZonalAutoshiftConfiguration.PracticeRunConfiguration}.
   */
  public static final class PracticeRunConfiguration extends Struct<PracticeRunConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ARCZonalShift::ZonalAutoshiftConfiguration.PracticeRunConfiguration")
        .required("OutcomeAlarms")
        .constrain("BlockedDates", Constraint.of().pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$").minLength(10).maxLength(10))
        .constrain("BlockedWindows", Constraint.of().pattern("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):[0-9]{2}:[0-9]{2}-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):[0-9]{2}:[0-9]{2}$").minLength(19).maxLength(19))
        .build();

    public PracticeRunConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of one or more dates that you can specify when AWS does not start practice runs for
     * a resource. Dates are in UTC.
     *
     * <p>Specify blocked dates in the format <code>YYYY-MM-DD</code> , separated by spaces.
     *
     * <p>Length: 10 to 10 characters. Pattern: {@code ^[0-9]{4}-[0-9]{2}-[0-9]{2}$}. CloudFormation
     * property {@code BlockedDates}.
     */
    public PracticeRunConfiguration blockedDates(List<String> value) {
      return set("BlockedDates", Value.listOf(value));
    }

    /** Sets {@code BlockedDates} to this value; see {@link #blockedDates(List)}. */
    public PracticeRunConfiguration blockedDates(Value<List<String>> value) {
      return set("BlockedDates", value);
    }

    /**
     * An array of one or more days and times that you can specify when ARC does not start practice
     * runs for a resource. Days and times are in UTC.
     *
     * <p>Specify blocked windows in the format <code>DAY:HH:MM-DAY:HH:MM</code> , separated by
     * spaces. For example, <code>MON:18:30-MON:19:30 TUE:18:30-TUE:19:30</code> .
     *
     * <p>Blocked windows have to start and end on the same day. Windows that span multiple days
     * aren't supported.
     *
     * <p>Length: 19 to 19 characters. Pattern: {@code
     * ^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):[0-9]{2}:[0-9]{2}-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):[0-9]{2}:[0-9]{2}$}.
     * CloudFormation property {@code BlockedWindows}.
     */
    public PracticeRunConfiguration blockedWindows(List<String> value) {
      return set("BlockedWindows", Value.listOf(value));
    }

    /** Sets {@code BlockedWindows} to this value; see {@link #blockedWindows(List)}. */
    public PracticeRunConfiguration blockedWindows(Value<List<String>> value) {
      return set("BlockedWindows", value);
    }

    /**
     * An optional alarm that you can specify that blocks practice runs when the alarm is in an
     * <code>ALARM</code> state. When a blocking alarm goes into an <code>ALARM</code> state, it
     * prevents practice runs from being started, and ends practice runs that are in progress.
     *
     * <p>CloudFormation property {@code BlockingAlarms}.
     */
    public PracticeRunConfiguration blockingAlarms(List<ControlCondition> value) {
      return set("BlockingAlarms", Value.listOf(value));
    }

    /** Sets {@code BlockingAlarms} to this value; see {@link #blockingAlarms(List)}. */
    public PracticeRunConfiguration blockingAlarms(Value<List<ControlCondition>> value) {
      return set("BlockingAlarms", value);
    }

    /** Sets {@code BlockingAlarms} to a list of these; see {@link #blockingAlarms(List)}. */
    public PracticeRunConfiguration blockingAlarms(ControlCondition... values) {
      return set("BlockingAlarms", Value.list(values));
    }

    /**
     * The alarm that you specify to monitor the health of your application during practice runs.
     * When the outcome alarm goes into an <code>ALARM</code> state, the practice run is ended and
     * the outcome is set to <code>FAILED</code> .
     *
     * <p>Required. CloudFormation property {@code OutcomeAlarms}.
     */
    public PracticeRunConfiguration outcomeAlarms(List<ControlCondition> value) {
      return set("OutcomeAlarms", Value.listOf(value));
    }

    /** Sets {@code OutcomeAlarms} to this value; see {@link #outcomeAlarms(List)}. */
    public PracticeRunConfiguration outcomeAlarms(Value<List<ControlCondition>> value) {
      return set("OutcomeAlarms", value);
    }

    /** Sets {@code OutcomeAlarms} to a list of these; see {@link #outcomeAlarms(List)}. */
    public PracticeRunConfiguration outcomeAlarms(ControlCondition... values) {
      return set("OutcomeAlarms", Value.list(values));
    }
  }
}
