// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates an AWS Identity and Access Management (IAM) role with an Certificate Manager (ACM)
 * certificate. This enables the certificate to be used by the ACM for Nitro Enclaves application
 * inside an enclave. For more information, see <a
 * href="https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-refapp.html">Certificate
 * Manager for Nitro Enclaves</a> in the <em>AWS Nitro Enclaves User Guide</em> .
 *
 * <p>When the IAM role is associated with the ACM certificate, the certificate, certificate chain,
 * and encrypted private key are placed in an Amazon S3 location that only the associated IAM role
 * can access. The private key of the certificate is encrypted with an AWS managed key that has an
 * attached attestation-based key policy.
 *
 * <p>To enable the IAM role to access the Amazon S3 object, you must grant it permission to call
 * <code>s3:GetObject</code> on the Amazon S3 bucket returned by the command. To enable the IAM role
 * to access the KMS key, you must grant it permission to call <code>kms:Decrypt</code> on the KMS
 * key returned by the command. For more information, see <a
 * href="https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-refapp.html#add-policy">Grant
 * the role permission to access the certificate and encryption key</a> in the <em>AWS Nitro
 * Enclaves User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::EnclaveCertificateIamRoleAssociation}.
 */
public final class EnclaveCertificateIamRoleAssociation extends Resource<EnclaveCertificateIamRoleAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::EnclaveCertificateIamRoleAssociation")
      .required("CertificateArn", "RoleArn")
      .constrain("CertificateArn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:acm:[A-Za-z0-9-]{1,64}:([0-9]{12})?:certificate/.+$").minLength(1).maxLength(1283).format("AWS::ACM::Certificate.Arn"))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:iam:.*:([0-9]{12})?:role/.+$").minLength(1).maxLength(1283).format("AWS::IAM::Role.Arn"))
      .attributes("CertificateS3BucketName", "CertificateS3ObjectKey", "EncryptionKmsKeyId")
      .build();

  public EnclaveCertificateIamRoleAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the ACM certificate with which to associate the IAM role.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1283 characters. Pattern: {@code
   * ^arn:aws[A-Za-z0-9-]{0,64}:acm:[A-Za-z0-9-]{1,64}:([0-9]{12})?:certificate/.+$}. Format: {@code
   * AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
   */
  public EnclaveCertificateIamRoleAssociation certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public EnclaveCertificateIamRoleAssociation certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The ARN of the IAM role to associate with the ACM certificate. You can associate up to 16 IAM
   * roles with an ACM certificate.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1283 characters. Pattern: {@code
   * ^arn:aws[A-Za-z0-9-]{0,64}:iam:.*:([0-9]{12})?:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public EnclaveCertificateIamRoleAssociation roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public EnclaveCertificateIamRoleAssociation roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The name of the Amazon S3 bucket to which the certificate was uploaded.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateS3BucketName}.
   */
  public Value<String> certificateS3BucketName() {
    return getAtt("CertificateS3BucketName");
  }

  /**
   * The Amazon S3 object key where the certificate, certificate chain, and encrypted private key
   * bundle are stored. The object key is formatted as follows: <code>role_arn</code> /
   * <code>certificate_arn</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateS3ObjectKey}.
   */
  public Value<String> certificateS3ObjectKey() {
    return getAtt("CertificateS3ObjectKey");
  }

  /**
   * The ID of the AWS KMS key used to encrypt the private key of the certificate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptionKmsKeyId}.
   */
  public Value<String> encryptionKmsKeyId() {
    return getAtt("EncryptionKmsKeyId");
  }
}
