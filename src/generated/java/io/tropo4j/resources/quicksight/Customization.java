// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of the AWS::QuickSight::Customization Resource Type.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Customization}.
 */
public final class Customization extends Resource<Customization> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Customization")
      .required("DefaultTheme", "Namespace")
      .constrain("Namespace", Constraint.of().pattern("^[a-zA-Z0-9._-]*$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "AwsAccountId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Customization(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the theme applied by default in the QuickSight console for this namespace. May be an
   * AWS-managed starter theme such as arn:{Partition}:quicksight::aws:theme/MIDNIGHT or a theme
   * owned by this account.
   *
   * <p>Required. CloudFormation property {@code DefaultTheme}.
   */
  public Customization defaultTheme(String value) {
    return set("DefaultTheme", Value.of(value));
  }

  /** Sets {@code DefaultTheme} to this value; see {@link #defaultTheme(String)}. */
  public Customization defaultTheme(Value<String> value) {
    return set("DefaultTheme", value);
  }

  /**
   * The QuickSight namespace the customization applies to. One customization exists per (account,
   * region, namespace), so this is create-only: changing it addresses a different resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9._-]*$}. CloudFormation property {@code Namespace}.
   */
  public Customization namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Customization namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * Tags applied to the customization. QuickSight rejects any key prefixed aws: or quicksight:, so
   * CloudFormation system tags are not propagated.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Customization tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Customization tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Customization tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name of the namespace-scoped account customization,
   * arn:{Partition}:quicksight:{Region}:{AccountId}:customization/namespace/{Namespace}. Returned
   * by the service and used as the primary identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The AWS account that owns the customization. Supplied by CloudFormation from the invoking
   * account rather than by the template, so it is read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountId}.
   */
  public Value<String> awsAccountId() {
    return getAtt("AwsAccountId");
  }
}
