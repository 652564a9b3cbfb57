// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a CA certificate.
 *
 * <p>CloudFormation type {@code AWS::IoT::CACertificate}.
 */
public final class CACertificate extends Resource<CACertificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::CACertificate")
      .required("CACertificatePem", "Status")
      .allowed("AutoRegistrationStatus", "ENABLE", "DISABLE")
      .constrain("CACertificatePem", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(65536))
      .allowed("CertificateMode", "DEFAULT", "SNI_ONLY")
      .allowed("Status", "ACTIVE", "INACTIVE")
      .constrain("VerificationCertificatePem", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(65536))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CACertificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether the CA certificate is configured for auto registration of device certificates. Valid
   * values are "ENABLE" and "DISABLE".
   *
   * <p>Allowed values: {@code ENABLE}, {@code DISABLE}. CloudFormation property {@code
   * AutoRegistrationStatus}.
   */
  public CACertificate autoRegistrationStatus(String value) {
    return set("AutoRegistrationStatus", Value.of(value));
  }

  /**
   * Sets {@code AutoRegistrationStatus} to this value; see {@link #autoRegistrationStatus(String)}.
   */
  public CACertificate autoRegistrationStatus(Value<String> value) {
    return set("AutoRegistrationStatus", value);
  }

  /**
   * The certificate data in PEM format.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 65536 characters. Pattern: {@code
   * [&#92;s&#92;S]*}. CloudFormation property {@code CACertificatePem}.
   */
  public CACertificate caCertificatePem(String value) {
    return set("CACertificatePem", Value.of(value));
  }

  /** Sets {@code CACertificatePem} to this value; see {@link #caCertificatePem(String)}. */
  public CACertificate caCertificatePem(Value<String> value) {
    return set("CACertificatePem", value);
  }

  /**
   * The mode of the CA.
   *
   * <p>All the device certificates that are registered using this CA will be registered in the same
   * mode as the CA. For more information about certificate mode for device certificates, see <a
   * href="https://docs.aws.amazon.com//iot/latest/apireference/API_CertificateDescription.html#iot-Type-CertificateDescription-certificateMode">certificate
   * mode</a> .
   *
   * <p>Valid values are "DEFAULT" and "SNI_ONLY".
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DEFAULT}, {@code SNI_ONLY}.
   * CloudFormation property {@code CertificateMode}.
   */
  public CACertificate certificateMode(String value) {
    return set("CertificateMode", Value.of(value));
  }

  /** Sets {@code CertificateMode} to this value; see {@link #certificateMode(String)}. */
  public CACertificate certificateMode(Value<String> value) {
    return set("CertificateMode", value);
  }

  /**
   * Information about the registration configuration.
   *
   * <p>CloudFormation property {@code RegistrationConfig}.
   */
  public CACertificate registrationConfig(Value<RegistrationConfig> value) {
    return set("RegistrationConfig", value);
  }

  /**
   * If true, removes auto registration.
   *
   * <p>CloudFormation property {@code RemoveAutoRegistration}.
   */
  public CACertificate removeAutoRegistration(boolean value) {
    return set("RemoveAutoRegistration", Value.of(value));
  }

  /**
   * Sets {@code RemoveAutoRegistration} to this value; see {@link
   * #removeAutoRegistration(boolean)}.
   */
  public CACertificate removeAutoRegistration(Value<Boolean> value) {
    return set("RemoveAutoRegistration", value);
  }

  /**
   * The status of the CA certificate.
   *
   * <p>Valid values are "ACTIVE" and "INACTIVE".
   *
   * <p>Required. Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code
   * Status}.
   */
  public CACertificate status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public CACertificate status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CACertificate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CACertificate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CACertificate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The private key verification certificate.
   *
   * <p>Changing it replaces the resource. Length: 1 to 65536 characters. Pattern: {@code
   * [&#92;s&#92;S]*}. CloudFormation property {@code VerificationCertificatePem}.
   */
  public CACertificate verificationCertificatePem(String value) {
    return set("VerificationCertificatePem", Value.of(value));
  }

  /**
   * Sets {@code VerificationCertificatePem} to this value; see {@link
   * #verificationCertificatePem(String)}.
   */
  public CACertificate verificationCertificatePem(Value<String> value) {
    return set("VerificationCertificatePem", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the CA certificate. For example:
   *
   * <p><code>{ "Fn::GetAtt": ["MyCACertificate", "Arn"] }</code>
   *
   * <p>A value similar to the following is returned:
   *
   * <p><code>arn:aws:iot:us-east-1:123456789012:cacert/a6be6b84559801927e35a8f901fae08b5971d78d1562e29504ff9663b276a5f5</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The CA certificate ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The registration configuration.
   *
   * <p>Property type {@code AWS::IoT::CACertificate.RegistrationConfig}.
   */
  public static final class RegistrationConfig extends Struct<RegistrationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::CACertificate.RegistrationConfig")
        .constrain("RoleArn", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("TemplateBody", Constraint.of().pattern("[\\s\\S]*").minLength(0).maxLength(10240))
        .constrain("TemplateName", Constraint.of().pattern("^[0-9A-Za-z_-]+$").minLength(1).maxLength(36))
        .build();

    public RegistrationConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the role.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public RegistrationConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RegistrationConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The template body.
     *
     * <p>Length: 0 to 10240 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation property
     * {@code TemplateBody}.
     */
    public RegistrationConfig templateBody(String value) {
      return set("TemplateBody", Value.of(value));
    }

    /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
    public RegistrationConfig templateBody(Value<String> value) {
      return set("TemplateBody", value);
    }

    /**
     * The name of the provisioning template.
     *
     * <p>Length: 1 to 36 characters. Pattern: {@code ^[0-9A-Za-z_-]+$}. CloudFormation property
     * {@code TemplateName}.
     */
    public RegistrationConfig templateName(String value) {
      return set("TemplateName", Value.of(value));
    }

    /** Sets {@code TemplateName} to this value; see {@link #templateName(String)}. */
    public RegistrationConfig templateName(Value<String> value) {
      return set("TemplateName", value);
    }
  }
}
