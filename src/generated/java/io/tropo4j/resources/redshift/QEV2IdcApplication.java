// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Redshift Query Editor (QEV2) IAM Identity Center application.
 *
 * <p>CloudFormation type {@code AWS::Redshift::QEV2IdcApplication}.
 */
public final class QEV2IdcApplication extends Resource<QEV2IdcApplication> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::QEV2IdcApplication")
      .required("IdcDisplayName", "IdcInstanceArn", "Qev2IdcApplicationName")
      .constrain("IdcDisplayName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(127))
      .constrain("IdcInstanceArn", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("Qev2IdcApplicationName", Constraint.of().pattern("^[a-z][a-z0-9]*(-[a-z0-9]+)*$").minLength(1).maxLength(63))
      .refYields("Qev2IdcApplicationArn")
      .attributes("IdcManagedApplicationArn", "IdcOnboardStatus", "Qev2IdcApplicationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public QEV2IdcApplication(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The display name for the Amazon Redshift Query Editor (QEV2) IAM Identity Center application.
   * It appears in the console.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code ^[&#92;w+=,.&#64;-]+$}.
   * CloudFormation property {@code IdcDisplayName}.
   */
  public QEV2IdcApplication idcDisplayName(String value) {
    return set("IdcDisplayName", Value.of(value));
  }

  /** Sets {@code IdcDisplayName} to this value; see {@link #idcDisplayName(String)}. */
  public QEV2IdcApplication idcDisplayName(Value<String> value) {
    return set("IdcDisplayName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM Identity Center instance used to create the Amazon
   * Redshift Query Editor (QEV2) managed application.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code IdcInstanceArn}.
   */
  public QEV2IdcApplication idcInstanceArn(String value) {
    return set("IdcInstanceArn", Value.of(value));
  }

  /** Sets {@code IdcInstanceArn} to this value; see {@link #idcInstanceArn(String)}. */
  public QEV2IdcApplication idcInstanceArn(Value<String> value) {
    return set("IdcInstanceArn", value);
  }

  /**
   * The name of the Amazon Redshift Query Editor (QEV2) application in IAM Identity Center.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-z][a-z0-9]*(-[a-z0-9]+)*$}. CloudFormation property {@code Qev2IdcApplicationName}.
   */
  public QEV2IdcApplication qev2IdcApplicationName(String value) {
    return set("Qev2IdcApplicationName", Value.of(value));
  }

  /**
   * Sets {@code Qev2IdcApplicationName} to this value; see {@link #qev2IdcApplicationName(String)}.
   */
  public QEV2IdcApplication qev2IdcApplicationName(Value<String> value) {
    return set("Qev2IdcApplicationName", value);
  }

  /**
   * A list of tags associated with the application. Tags are key-value pairs that you can use to
   * organize and identify your resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public QEV2IdcApplication tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public QEV2IdcApplication tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public QEV2IdcApplication tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the Amazon Redshift Query Editor (QEV2) IAM Identity Center
   * managed application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdcManagedApplicationArn}.
   */
  public Value<String> idcManagedApplicationArn() {
    return getAtt("IdcManagedApplicationArn");
  }

  /**
   * The onboarding status for the Amazon Redshift Query Editor (QEV2) IAM Identity Center
   * application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdcOnboardStatus}.
   */
  public Value<String> idcOnboardStatus() {
    return getAtt("IdcOnboardStatus");
  }

  /**
   * The Amazon Resource Name (ARN) for the Amazon Redshift Query Editor (QEV2) application that
   * integrates with IAM Identity Center.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Qev2IdcApplicationArn}.
   */
  public Value<String> qev2IdcApplicationArn() {
    return getAtt("Qev2IdcApplicationArn");
  }
}
