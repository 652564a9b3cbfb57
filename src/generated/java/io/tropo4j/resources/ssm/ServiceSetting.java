// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::SSM::ServiceSetting. ServiceSetting is an account-level setting
 * for an AWS service that defines how a user interacts with or uses a service or feature.
 *
 * <p>CloudFormation type {@code AWS::SSM::ServiceSetting}.
 */
public final class ServiceSetting extends Resource<ServiceSetting> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::ServiceSetting")
      .required("SettingId", "SettingValue")
      .constrain("SettingId", Constraint.of().minLength(1).maxLength(1000))
      .constrain("SettingValue", Constraint.of().minLength(1).maxLength(4096))
      .refYields("Arn")
      .attributes("Arn", "LastModifiedDate", "LastModifiedUser", "Status")
      .build();

  public ServiceSetting(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the service setting, such as /ssm/parameter-store/high-throughput-enabled.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1000 characters. CloudFormation
   * property {@code SettingId}.
   */
  public ServiceSetting settingId(String value) {
    return set("SettingId", Value.of(value));
  }

  /** Sets {@code SettingId} to this value; see {@link #settingId(String)}. */
  public ServiceSetting settingId(Value<String> value) {
    return set("SettingId", value);
  }

  /**
   * The value of the service setting.
   *
   * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code SettingValue}.
   */
  public ServiceSetting settingValue(String value) {
    return set("SettingValue", Value.of(value));
  }

  /** Sets {@code SettingValue} to this value; see {@link #settingValue(String)}. */
  public ServiceSetting settingValue(Value<String> value) {
    return set("SettingValue", value);
  }

  /**
   * The ARN of the service setting.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The last time the service setting was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedDate}.
   */
  public Value<String> lastModifiedDate() {
    return getAtt("LastModifiedDate");
  }

  /**
   * The ARN of the last modified user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedUser}.
   */
  public Value<String> lastModifiedUser() {
    return getAtt("LastModifiedUser");
  }

  /**
   * The status of the service setting. The value can be Default, Customized or PendingUpdate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
