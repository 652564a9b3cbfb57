// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::IoT::ScheduledAudit</code> resource to create a scheduled audit that is run at
 * a specified time interval. For API reference, see <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreateScheduledAudit.html">CreateScheduleAudit</a>
 * and for general information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/device-defender-audit.html">Audit</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::IoT::ScheduledAudit}.
 */
public final class ScheduledAudit extends Resource<ScheduledAudit> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::ScheduledAudit")
      .required("Frequency", "TargetCheckNames")
      .constrain("DayOfMonth", Constraint.of().pattern("^([1-9]|[12][0-9]|3[01])$|^LAST$|^UNSET_VALUE$"))
      .allowed("DayOfWeek", "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "UNSET_VALUE")
      .allowed("Frequency", "DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY")
      .constrain("ScheduledAuditName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .refYields("ScheduledAuditName")
      .attributes("ScheduledAuditArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ScheduledAudit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The day of the month on which the scheduled audit is run (if the <code>frequency</code> is
   * "MONTHLY"). If days 29-31 are specified, and the month does not have that many days, the audit
   * takes place on the "LAST" day of the month.
   *
   * <p>Pattern: {@code ^([1-9]|[12][0-9]|3[01])$|^LAST$|^UNSET_VALUE$}. CloudFormation property
   * {@code DayOfMonth}.
   */
  public ScheduledAudit dayOfMonth(String value) {
    return set("DayOfMonth", Value.of(value));
  }

  /** Sets {@code DayOfMonth} to this value; see {@link #dayOfMonth(String)}. */
  public ScheduledAudit dayOfMonth(Value<String> value) {
    return set("DayOfMonth", value);
  }

  /**
   * The day of the week on which the scheduled audit is run (if the <code>frequency</code> is
   * "WEEKLY" or "BIWEEKLY").
   *
   * <p>Allowed values: {@code SUN}, {@code MON}, {@code TUE}, {@code WED}, {@code THU}, {@code
   * FRI}, {@code SAT}, {@code UNSET_VALUE}. CloudFormation property {@code DayOfWeek}.
   */
  public ScheduledAudit dayOfWeek(String value) {
    return set("DayOfWeek", Value.of(value));
  }

  /** Sets {@code DayOfWeek} to this value; see {@link #dayOfWeek(String)}. */
  public ScheduledAudit dayOfWeek(Value<String> value) {
    return set("DayOfWeek", value);
  }

  /**
   * How often the scheduled audit occurs.
   *
   * <p>Required. Allowed values: {@code DAILY}, {@code WEEKLY}, {@code BIWEEKLY}, {@code MONTHLY}.
   * CloudFormation property {@code Frequency}.
   */
  public ScheduledAudit frequency(String value) {
    return set("Frequency", Value.of(value));
  }

  /** Sets {@code Frequency} to this value; see {@link #frequency(String)}. */
  public ScheduledAudit frequency(Value<String> value) {
    return set("Frequency", value);
  }

  /**
   * The name of the scheduled audit.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code ScheduledAuditName}.
   */
  public ScheduledAudit scheduledAuditName(String value) {
    return set("ScheduledAuditName", Value.of(value));
  }

  /** Sets {@code ScheduledAuditName} to this value; see {@link #scheduledAuditName(String)}. */
  public ScheduledAudit scheduledAuditName(Value<String> value) {
    return set("ScheduledAuditName", value);
  }

  /**
   * Metadata that can be used to manage the scheduled audit.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ScheduledAudit tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ScheduledAudit tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ScheduledAudit tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Which checks are performed during the scheduled audit. Checks must be enabled for your account.
   * (Use <code>DescribeAccountAuditConfiguration</code> to see the list of all checks, including
   * those that are enabled or use <code>UpdateAccountAuditConfiguration</code> to select which
   * checks are enabled.)
   *
   * <p>The following checks are currently available:
   *
   * <ul> <li><code>AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK</code>
   * <li><code>CA_CERTIFICATE_EXPIRING_CHECK</code>
   * <li><code>CA_CERTIFICATE_KEY_QUALITY_CHECK</code> <li><code>CONFLICTING_CLIENT_IDS_CHECK</code>
   * <li><code>DEVICE_CERTIFICATE_EXPIRING_CHECK</code>
   * <li><code>DEVICE_CERTIFICATE_KEY_QUALITY_CHECK</code>
   * <li><code>DEVICE_CERTIFICATE_SHARED_CHECK</code>
   * <li><code>IOT_POLICY_OVERLY_PERMISSIVE_CHECK</code>
   * <li><code>IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK</code>
   * <li><code>IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK</code> <li><code>LOGGING_DISABLED_CHECK</code>
   * <li><code>REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK</code>
   * <li><code>REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK</code>
   * <li><code>UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK</code> </ul>
   *
   * <p>Required. CloudFormation property {@code TargetCheckNames}.
   */
  public ScheduledAudit targetCheckNames(List<String> value) {
    return set("TargetCheckNames", Value.listOf(value));
  }

  /** Sets {@code TargetCheckNames} to this value; see {@link #targetCheckNames(List)}. */
  public ScheduledAudit targetCheckNames(Value<List<String>> value) {
    return set("TargetCheckNames", value);
  }

  /**
   * The ARN of the scheduled audit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScheduledAuditArn}.
   */
  public Value<String> scheduledAuditArn() {
    return getAtt("ScheduledAuditArn");
  }
}
