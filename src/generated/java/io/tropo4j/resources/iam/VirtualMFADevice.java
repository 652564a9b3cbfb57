// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new virtual MFA device for the AWS account . After creating the virtual MFA, use <a
 * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html">EnableMFADevice</a>
 * to attach the MFA device to an IAM user. For more information about creating and working with
 * virtual MFA devices, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_VirtualMFA.html">Using a virtual MFA
 * device</a> in the <em>IAM User Guide</em> .
 *
 * <p>For information about the maximum number of MFA devices you can create, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 * quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>The seed information contained in the QR code and the Base32 string should be treated like any
 * other secret access information. In other words, protect the seed information as you would your
 * AWS access keys or your passwords. After you provision your virtual device, you should ensure
 * that the information is destroyed following secure procedures.
 *
 * <p>CloudFormation type {@code AWS::IAM::VirtualMFADevice}.
 */
public final class VirtualMFADevice extends Resource<VirtualMFADevice> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::VirtualMFADevice")
      .required("Users")
      .constrain("Path", Constraint.of().pattern("(\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)").minLength(1).maxLength(512))
      .constrain("VirtualMfaDeviceName", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(226))
      .refYields("SerialNumber")
      .attributes("SerialNumber")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VirtualMFADevice(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The path for the virtual MFA device. For more information about paths, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>This parameter is optional. If it is not included, it defaults to a slash (/).
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of either a forward slash (/) by itself or a string that must begin
   * and end with forward slashes. In addition, it can contain any ASCII character from the ! (
   * <code>&#92;u0021</code> ) through the DEL character ( <code>&#92;u007F</code> ), including most
   * punctuation characters, digits, and upper and lowercased letters.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * (&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007F]+&#92;u002F)}. CloudFormation property {@code
   * Path}.
   */
  public VirtualMFADevice path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public VirtualMFADevice path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * A list of tags that you want to attach to the new IAM virtual MFA device. Each tag consists of
   * a key name and an associated value. For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
   * in the <em>IAM User Guide</em> .
   *
   * <p>If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then
   * the entire request fails and the resource is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VirtualMFADevice tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VirtualMFADevice tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VirtualMFADevice tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The IAM user associated with this virtual MFA device.
   *
   * <p>Required. CloudFormation property {@code Users}.
   */
  public VirtualMFADevice users(List<String> value) {
    return set("Users", Value.listOf(value));
  }

  /** Sets {@code Users} to this value; see {@link #users(List)}. */
  public VirtualMFADevice users(Value<List<String>> value) {
    return set("Users", value);
  }

  /**
   * The name of the virtual MFA device, which must be unique. Use with path to uniquely identify a
   * virtual MFA device.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Changing it replaces the resource. Length: 1 to 226 characters. Pattern: {@code
   * [&#92;w+=,.&#64;-]+}. CloudFormation property {@code VirtualMfaDeviceName}.
   */
  public VirtualMFADevice virtualMfaDeviceName(String value) {
    return set("VirtualMfaDeviceName", Value.of(value));
  }

  /** Sets {@code VirtualMfaDeviceName} to this value; see {@link #virtualMfaDeviceName(String)}. */
  public VirtualMFADevice virtualMfaDeviceName(Value<String> value) {
    return set("VirtualMfaDeviceName", value);
  }

  /**
   * Returns the serial number for the specified <code>AWS::IAM::VirtualMFADevice</code> resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SerialNumber}.
   */
  public Value<String> serialNumber() {
    return getAtt("SerialNumber");
  }
}
