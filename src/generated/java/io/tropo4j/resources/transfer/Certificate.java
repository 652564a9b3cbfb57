// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Imports the signing and encryption certificates that you need to create local (AS2) profiles and
 * partner profiles.
 *
 * <p>You can import both the certificate and its chain in the <code>Certificate</code> parameter.
 *
 * <p>After importing a certificate, AWS Transfer Family automatically creates a Amazon CloudWatch
 * metric called <code>DaysUntilExpiry</code> that tracks the number of days until the certificate
 * expires. The metric is based on the <code>InactiveDate</code> parameter and is published daily in
 * the <code>AWS/Transfer</code> namespace.
 *
 * <p>It can take up to a full day after importing a certificate for Transfer Family to emit the
 * <code>DaysUntilExpiry</code> metric to your account. &gt; If you use the <code>Certificate</code>
 * parameter to upload both the certificate and its chain, don't use the
 * <code>CertificateChain</code> parameter.
 *
 * <p><em>CloudWatch monitoring</em>
 *
 * <p>The <code>DaysUntilExpiry</code> metric includes the following specifications:
 *
 * <ul> <li><em>Units:</em> Count (days) <li><em>Dimensions:</em> <code>CertificateId</code> (always
 * present), <code>Description</code> (if provided during certificate import)
 * <li><em>Statistics:</em> Minimum, Maximum, Average <li><em>Frequency:</em> Published daily </ul>
 *
 * <p>CloudFormation type {@code AWS::Transfer::Certificate}.
 */
public final class Certificate extends Resource<Certificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Certificate")
      .required("Certificate", "Usage")
      .constrain("Certificate", Constraint.of().pattern("^[\\t\\n\\r\\u0020-\\u00FF]+$").minLength(1).maxLength(16384))
      .constrain("CertificateChain", Constraint.of().pattern("^[\\t\\n\\r\\u0020-\\u00FF]+$").minLength(1).maxLength(2097152))
      .constrain("Description", Constraint.of().pattern("^[\\u0021-\\u007E]+$").minLength(1).maxLength(200))
      .constrain("PrivateKey", Constraint.of().pattern("^[\\t\\n\\r\\u0020-\\u00FF]+$").minLength(1).maxLength(16384))
      .allowed("Usage", "SIGNING", "ENCRYPTION", "TLS")
      .refYields("CertificateId")
      .attributes("Arn", "CertificateId", "NotAfterDate", "NotBeforeDate", "Serial", "Status",
          "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Certificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional date that specifies when the certificate becomes active. If you do not specify a
   * value, <code>ActiveDate</code> takes the same value as <code>NotBeforeDate</code> , which is
   * specified by the CA.
   *
   * <p>CloudFormation property {@code ActiveDate}.
   */
  public Certificate activeDate(String value) {
    return set("ActiveDate", Value.of(value));
  }

  /** Sets {@code ActiveDate} to this value; see {@link #activeDate(String)}. */
  public Certificate activeDate(Value<String> value) {
    return set("ActiveDate", value);
  }

  /**
   * The file name for the certificate.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 16384 characters. Pattern: {@code
   * ^[&#92;t&#92;n&#92;r&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code Certificate}.
   */
  public Certificate certificate(String value) {
    return set("Certificate", Value.of(value));
  }

  /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
  public Certificate certificate(Value<String> value) {
    return set("Certificate", value);
  }

  /**
   * The list of certificates that make up the chain for the certificate.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2097152 characters. Pattern: {@code
   * ^[&#92;t&#92;n&#92;r&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code
   * CertificateChain}.
   */
  public Certificate certificateChain(String value) {
    return set("CertificateChain", Value.of(value));
  }

  /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
  public Certificate certificateChain(Value<String> value) {
    return set("CertificateChain", value);
  }

  /**
   * The name or description that's used to identity the certificate.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code ^[&#92;u0021-&#92;u007E]+$}. CloudFormation
   * property {@code Description}.
   */
  public Certificate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Certificate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An optional date that specifies when the certificate becomes inactive. If you do not specify a
   * value, <code>InactiveDate</code> takes the same value as <code>NotAfterDate</code> , which is
   * specified by the CA.
   *
   * <p>CloudFormation property {@code InactiveDate}.
   */
  public Certificate inactiveDate(String value) {
    return set("InactiveDate", Value.of(value));
  }

  /** Sets {@code InactiveDate} to this value; see {@link #inactiveDate(String)}. */
  public Certificate inactiveDate(Value<String> value) {
    return set("InactiveDate", value);
  }

  /**
   * The file that contains the private key for the certificate that's being imported.
   *
   * <p>Changing it replaces the resource. Length: 1 to 16384 characters. Pattern: {@code
   * ^[&#92;t&#92;n&#92;r&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code PrivateKey}.
   */
  public Certificate privateKey(String value) {
    return set("PrivateKey", Value.of(value));
  }

  /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
  public Certificate privateKey(Value<String> value) {
    return set("PrivateKey", value);
  }

  /**
   * Key-value pairs that can be used to group and search for certificates.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Certificate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Certificate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Certificate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies how this certificate is used. It can be used in the following ways:
   *
   * <ul> <li><code>SIGNING</code> : For signing AS2 messages <li><code>ENCRYPTION</code> : For
   * encrypting AS2 messages <li><code>TLS</code> : For securing AS2 communications sent over HTTPS
   * </ul>
   *
   * <p>Required. Allowed values: {@code SIGNING}, {@code ENCRYPTION}, {@code TLS}. CloudFormation
   * property {@code Usage}.
   */
  public Certificate usage(String value) {
    return set("Usage", Value.of(value));
  }

  /** Sets {@code Usage} to this value; see {@link #usage(String)}. */
  public Certificate usage(Value<String> value) {
    return set("Usage", value);
  }

  /**
   * The unique Amazon Resource Name (ARN) for the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An array of identifiers for the imported certificates. You use this identifier for working with
   * profiles and partner profiles.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateId}.
   */
  public Value<String> certificateId() {
    return getAtt("CertificateId");
  }

  /**
   * The final date that the certificate is valid.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotAfterDate}.
   */
  public Value<String> notAfterDate() {
    return getAtt("NotAfterDate");
  }

  /**
   * The earliest date that the certificate is valid.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotBeforeDate}.
   */
  public Value<String> notBeforeDate() {
    return getAtt("NotBeforeDate");
  }

  /**
   * The serial number for the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Serial}.
   */
  public Value<String> serial() {
    return getAtt("Serial");
  }

  /**
   * The certificate can be either <code>ACTIVE</code> , <code>PENDING_ROTATION</code> , or
   * <code>INACTIVE</code> . <code>PENDING_ROTATION</code> means that this certificate will replace
   * the current certificate when it expires.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * If a private key has been specified for the certificate, its type is
   * <code>CERTIFICATE_WITH_PRIVATE_KEY</code> . If there is no private key, the type is
   * <code>CERTIFICATE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }
}
