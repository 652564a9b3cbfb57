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
 * Creates a certificate provider. AWS IoT Core certificate provider lets you customize how to sign
 * a certificate signing request (CSR) in fleet provisioning. For more information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/provisioning-cert-provider.html">Self-managed
 * certificate signing using AWS IoT Core certificate provider</a> from the <em>AWS IoT Core
 * Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::CertificateProvider}.
 */
public final class CertificateProvider extends Resource<CertificateProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::CertificateProvider")
      .required("AccountDefaultForOperations", "LambdaFunctionArn")
      .allowed("AccountDefaultForOperations", "CreateCertificateFromCsr")
      .constrain("CertificateProviderName", Constraint.of().pattern("[\\w=,@-]+").minLength(1).maxLength(128))
      .constrain("LambdaFunctionArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(170).format("AWS::Lambda::Function.Arn"))
      .refYields("CertificateProviderName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CertificateProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of the operations that the certificate provider will use to generate certificates. Valid
   * value: <code>CreateCertificateFromCsr</code> .
   *
   * <p>Required. Allowed values: {@code CreateCertificateFromCsr}. CloudFormation property {@code
   * AccountDefaultForOperations}.
   */
  public CertificateProvider accountDefaultForOperations(List<String> value) {
    return set("AccountDefaultForOperations", Value.listOf(value));
  }

  /**
   * Sets {@code AccountDefaultForOperations} to this value; see {@link
   * #accountDefaultForOperations(List)}.
   */
  public CertificateProvider accountDefaultForOperations(Value<List<String>> value) {
    return set("AccountDefaultForOperations", value);
  }

  /**
   * The name of the certificate provider.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w=,&#64;-]+}. CloudFormation property {@code CertificateProviderName}.
   */
  public CertificateProvider certificateProviderName(String value) {
    return set("CertificateProviderName", Value.of(value));
  }

  /**
   * Sets {@code CertificateProviderName} to this value; see {@link
   * #certificateProviderName(String)}.
   */
  public CertificateProvider certificateProviderName(Value<String> value) {
    return set("CertificateProviderName", value);
  }

  /**
   * The ARN of the Lambda function.
   *
   * <p>Required. Length: 1 to 170 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. Format: {@code
   * AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaFunctionArn}.
   */
  public CertificateProvider lambdaFunctionArn(String value) {
    return set("LambdaFunctionArn", Value.of(value));
  }

  /** Sets {@code LambdaFunctionArn} to this value; see {@link #lambdaFunctionArn(String)}. */
  public CertificateProvider lambdaFunctionArn(Value<String> value) {
    return set("LambdaFunctionArn", value);
  }

  /**
   * Metadata that can be used to manage the certificate provider.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CertificateProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CertificateProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CertificateProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the certificate. For example:
   *
   * <p><code>{ "Fn::GetAtt": ["MyCertificateProvider", "Arn"] }</code>
   *
   * <p>A value similar to the following is returned:
   *
   * <p><code>arn:aws:iot:ap-southeast-2:123456789012:certprovider/my-certificate-provider</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
