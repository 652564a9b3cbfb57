// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a version for the specified customer-managed view within the specified instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::ViewVersion}.
 */
public final class ViewVersion extends Resource<ViewVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ViewVersion")
      .required("ViewArn")
      .constrain("VersionDescription", Constraint.of().pattern("^([\\p{L}\\p{N}_.:\\/=+\\-@,()']+[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@,()']*)$").minLength(1).maxLength(4096))
      .constrain("ViewArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/view/[-:a-zA-Z0-9]*$").minLength(1).maxLength(255))
      .references("ViewArn", "AWS::Connect::View.Ref")
      .constrain("ViewContentSha256", Constraint.of().pattern("^[a-zA-Z0-9]{64}$").minLength(1).maxLength(64))
      .refYields("ViewVersionArn")
      .attributes("Version", "ViewVersionArn")
      .build();

  public ViewVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the view version.
   *
   * <p>Changing it replaces the resource. Length: 1 to 4096 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{N}_.:&#92;/=+&#92;-&#64;,()']+[&#92;p{L}&#92;p{Z}&#92;p{N}_.:&#92;/=+&#92;-&#64;,()']*)$}.
   * CloudFormation property {@code VersionDescription}.
   */
  public ViewVersion versionDescription(String value) {
    return set("VersionDescription", Value.of(value));
  }

  /** Sets {@code VersionDescription} to this value; see {@link #versionDescription(String)}. */
  public ViewVersion versionDescription(Value<String> value) {
    return set("VersionDescription", value);
  }

  /**
   * The unqualified Amazon Resource Name (ARN) of the view.
   *
   * <p>For example:
   *
   * <p><code>arn:&lt;partition&gt;:connect:&lt;region&gt;:&lt;accountId&gt;:instance/00000000-0000-0000-0000-000000000000/view/00000000-0000-0000-0000-000000000000</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;view/[-:a-zA-Z0-9]*$}.
   * CloudFormation property {@code ViewArn}.
   */
  public ViewVersion viewArn(String value) {
    return set("ViewArn", Value.of(value));
  }

  /** Sets {@code ViewArn} to this value; see {@link #viewArn(String)}. */
  public ViewVersion viewArn(Value<String> value) {
    return set("ViewArn", value);
  }

  /**
   * Sets {@code ViewArn} to the Ref of {@code AWS::Connect::View}; see {@link #viewArn(String)}.
   */
  public ViewVersion viewArn(View resource) {
    return set("ViewArn", resource.ref());
  }

  /**
   * Indicates the checksum value of the latest published view content.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9]{64}$}. CloudFormation property {@code ViewContentSha256}.
   */
  public ViewVersion viewContentSha256(String value) {
    return set("ViewContentSha256", Value.of(value));
  }

  /** Sets {@code ViewContentSha256} to this value; see {@link #viewContentSha256(String)}. */
  public ViewVersion viewContentSha256(Value<String> value) {
    return set("ViewContentSha256", value);
  }

  /**
   * Current version of the view.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }

  /**
   * The Amazon Resource Name (ARN) of the view version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ViewVersionArn}.
   */
  public Value<String> viewVersionArn() {
    return getAtt("ViewVersionArn");
  }
}
