// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Retrieves the encryption configuration for resources and data of your AWS account in AWS IoT Core
 * . For more information, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/encryption-at-rest.html">Data
 * encryption at rest</a> in the <em>AWS IoT Core Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::EncryptionConfiguration}.
 */
public final class EncryptionConfiguration extends Resource<EncryptionConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::EncryptionConfiguration")
      .required("EncryptionType")
      .allowed("EncryptionType", "CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KMS_KEY")
      .constrain("KmsAccessRoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("KmsKeyArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .refYields("AccountId")
      .attributes("AccountId", "ConfigurationDetails", "LastModifiedDate")
      .build();

  public EncryptionConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of the KMS key.
   *
   * <p>Required. Allowed values: {@code CUSTOMER_MANAGED_KMS_KEY}, {@code AWS_OWNED_KMS_KEY}.
   * CloudFormation property {@code EncryptionType}.
   */
  public EncryptionConfiguration encryptionType(String value) {
    return set("EncryptionType", Value.of(value));
  }

  /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
  public EncryptionConfiguration encryptionType(Value<String> value) {
    return set("EncryptionType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role assumed by AWS IoT Core to call AWS on behalf of
   * the customer.
   *
   * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code KmsAccessRoleArn}.
   */
  public EncryptionConfiguration kmsAccessRoleArn(String value) {
    return set("KmsAccessRoleArn", Value.of(value));
  }

  /** Sets {@code KmsAccessRoleArn} to this value; see {@link #kmsAccessRoleArn(String)}. */
  public EncryptionConfiguration kmsAccessRoleArn(Value<String> value) {
    return set("KmsAccessRoleArn", value);
  }

  /**
   * The ARN of the customer managed KMS key.
   *
   * <p>Length: 20 to 2048 characters. Format: {@code AWS::KMS::Key.Arn}. CloudFormation property
   * {@code KmsKeyArn}.
   */
  public EncryptionConfiguration kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public EncryptionConfiguration kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The unique identifier (ID) of an AWS account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /** {@code Fn::GetAtt} attribute {@code ConfigurationDetails}. */
  public Value<ConfigurationDetails> configurationDetails() {
    return getAtt("ConfigurationDetails");
  }

  /**
   * The date when encryption configuration is last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedDate}.
   */
  public Value<String> lastModifiedDate() {
    return getAtt("LastModifiedDate");
  }

  /**
   * The encryption configuration details that include the status information of the AWS Key
   * Management Service ( AWS ) key and the AWS access role.
   *
   * <p>Property type {@code AWS::IoT::EncryptionConfiguration.ConfigurationDetails}.
   */
  public static final class ConfigurationDetails extends Struct<ConfigurationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::EncryptionConfiguration.ConfigurationDetails")
        .allowed("ConfigurationStatus", "HEALTHY", "UNHEALTHY")
        .build();

    public ConfigurationDetails() {
      super(SCHEMA);
    }

    /**
     * The health status of KMS key and AWS access role. If either KMS key or AWS access role is
     * <code>UNHEALTHY</code> , the return value will be <code>UNHEALTHY</code> . To use a customer
     * managed KMS key, the value of <code>configurationStatus</code> must be <code>HEALTHY</code> .
     *
     * <p>Allowed values: {@code HEALTHY}, {@code UNHEALTHY}. CloudFormation property {@code
     * ConfigurationStatus}.
     */
    public ConfigurationDetails configurationStatus(String value) {
      return set("ConfigurationStatus", Value.of(value));
    }

    /** Sets {@code ConfigurationStatus} to this value; see {@link #configurationStatus(String)}. */
    public ConfigurationDetails configurationStatus(Value<String> value) {
      return set("ConfigurationStatus", value);
    }

    /**
     * The error code that indicates either the KMS key or the AWS access role is
     * <code>UNHEALTHY</code> . Valid values: <code>KMS_KEY_VALIDATION_ERROR</code> and
     * <code>ROLE_VALIDATION_ERROR</code> .
     *
     * <p>CloudFormation property {@code ErrorCode}.
     */
    public ConfigurationDetails errorCode(String value) {
      return set("ErrorCode", Value.of(value));
    }

    /** Sets {@code ErrorCode} to this value; see {@link #errorCode(String)}. */
    public ConfigurationDetails errorCode(Value<String> value) {
      return set("ErrorCode", value);
    }

    /**
     * The detailed error message that corresponds to the <code>errorCode</code> .
     *
     * <p>CloudFormation property {@code ErrorMessage}.
     */
    public ConfigurationDetails errorMessage(String value) {
      return set("ErrorMessage", Value.of(value));
    }

    /** Sets {@code ErrorMessage} to this value; see {@link #errorMessage(String)}. */
    public ConfigurationDetails errorMessage(Value<String> value) {
      return set("ErrorMessage", value);
    }
  }
}
