// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotwireless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A partner account. If <code>PartnerAccountId</code> and <code>PartnerType</code> are
 * <code>null</code> , returns all partner accounts.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::PartnerAccount}.
 */
public final class PartnerAccount extends Resource<PartnerAccount> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::PartnerAccount")
      .constrain("PartnerAccountId", Constraint.of().maxLength(256))
      .allowed("PartnerType", "Sidewalk")
      .refYields("PartnerAccountId")
      .attributes("Arn", "Fingerprint")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PartnerAccount(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether the partner account is linked to the AWS account.
   *
   * <p>CloudFormation property {@code AccountLinked}.
   */
  public PartnerAccount accountLinked(boolean value) {
    return set("AccountLinked", Value.of(value));
  }

  /** Sets {@code AccountLinked} to this value; see {@link #accountLinked(boolean)}. */
  public PartnerAccount accountLinked(Value<Boolean> value) {
    return set("AccountLinked", value);
  }

  /**
   * The ID of the partner account to update.
   *
   * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
   * {@code PartnerAccountId}.
   */
  public PartnerAccount partnerAccountId(String value) {
    return set("PartnerAccountId", Value.of(value));
  }

  /** Sets {@code PartnerAccountId} to this value; see {@link #partnerAccountId(String)}. */
  public PartnerAccount partnerAccountId(Value<String> value) {
    return set("PartnerAccountId", value);
  }

  /**
   * The partner type.
   *
   * <p>Allowed values: {@code Sidewalk}. CloudFormation property {@code PartnerType}.
   */
  public PartnerAccount partnerType(String value) {
    return set("PartnerType", Value.of(value));
  }

  /** Sets {@code PartnerType} to this value; see {@link #partnerType(String)}. */
  public PartnerAccount partnerType(Value<String> value) {
    return set("PartnerType", value);
  }

  /**
   * The Sidewalk account credentials.
   *
   * <p>CloudFormation property {@code Sidewalk}.
   */
  public PartnerAccount sidewalk(Value<SidewalkAccountInfo> value) {
    return set("Sidewalk", value);
  }

  /**
   * Information about a Sidewalk account.
   *
   * <p>CloudFormation property {@code SidewalkResponse}.
   */
  public PartnerAccount sidewalkResponse(Value<SidewalkAccountInfoWithFingerprint> value) {
    return set("SidewalkResponse", value);
  }

  /**
   * Sidewalk update.
   *
   * <p>CloudFormation property {@code SidewalkUpdate}.
   */
  public PartnerAccount sidewalkUpdate(Value<SidewalkUpdateAccount> value) {
    return set("SidewalkUpdate", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PartnerAccount tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PartnerAccount tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PartnerAccount tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The fingerprint of the Sidewalk application server private key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Fingerprint}.
   */
  public Value<String> fingerprint() {
    return getAtt("Fingerprint");
  }

  /**
   * Information about a Sidewalk account.
   *
   * <p>Property type {@code AWS::IoTWireless::PartnerAccount.SidewalkAccountInfo}.
   */
  public static final class SidewalkAccountInfo extends Struct<SidewalkAccountInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::PartnerAccount.SidewalkAccountInfo")
        .required("AppServerPrivateKey")
        .constrain("AppServerPrivateKey", Constraint.of().pattern("[a-fA-F0-9]{64}").minLength(1).maxLength(4096))
        .build();

    public SidewalkAccountInfo() {
      super(SCHEMA);
    }

    /**
     * The Sidewalk application server private key. The application server private key is a secret
     * key, which you should handle in a similar way as you would an application password. You can
     * protect the application server private key by storing the value in the AWS Secrets Manager
     * and use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">secretsmanager</a>
     * to reference this value.
     *
     * <p>Required. Length: 1 to 4096 characters. Pattern: {@code [a-fA-F0-9]{64}}. CloudFormation
     * property {@code AppServerPrivateKey}.
     */
    public SidewalkAccountInfo appServerPrivateKey(String value) {
      return set("AppServerPrivateKey", Value.of(value));
    }

    /** Sets {@code AppServerPrivateKey} to this value; see {@link #appServerPrivateKey(String)}. */
    public SidewalkAccountInfo appServerPrivateKey(Value<String> value) {
      return set("AppServerPrivateKey", value);
    }
  }

  /**
   * Information about a Sidewalk account.
   *
   * <p>Property type {@code AWS::IoTWireless::PartnerAccount.SidewalkAccountInfoWithFingerprint}.
   */
  public static final class SidewalkAccountInfoWithFingerprint extends Struct<SidewalkAccountInfoWithFingerprint> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::PartnerAccount.SidewalkAccountInfoWithFingerprint")
        .constrain("AmazonId", Constraint.of().maxLength(2048))
        .constrain("Fingerprint", Constraint.of().pattern("[a-fA-F0-9]{64}").minLength(64).maxLength(64))
        .build();

    public SidewalkAccountInfoWithFingerprint() {
      super(SCHEMA);
    }

    /**
     * The Sidewalk Amazon ID.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code AmazonId}.
     */
    public SidewalkAccountInfoWithFingerprint amazonId(String value) {
      return set("AmazonId", Value.of(value));
    }

    /** Sets {@code AmazonId} to this value; see {@link #amazonId(String)}. */
    public SidewalkAccountInfoWithFingerprint amazonId(Value<String> value) {
      return set("AmazonId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public SidewalkAccountInfoWithFingerprint arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public SidewalkAccountInfoWithFingerprint arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The fingerprint of the Sidewalk application server private key.
     *
     * <p>Length: 64 to 64 characters. Pattern: {@code [a-fA-F0-9]{64}}. CloudFormation property
     * {@code Fingerprint}.
     */
    public SidewalkAccountInfoWithFingerprint fingerprint(String value) {
      return set("Fingerprint", Value.of(value));
    }

    /** Sets {@code Fingerprint} to this value; see {@link #fingerprint(String)}. */
    public SidewalkAccountInfoWithFingerprint fingerprint(Value<String> value) {
      return set("Fingerprint", value);
    }
  }

  /**
   * Sidewalk update.
   *
   * <p>Property type {@code AWS::IoTWireless::PartnerAccount.SidewalkUpdateAccount}.
   */
  public static final class SidewalkUpdateAccount extends Struct<SidewalkUpdateAccount> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::PartnerAccount.SidewalkUpdateAccount")
        .constrain("AppServerPrivateKey", Constraint.of().pattern("[a-fA-F0-9]{64}").minLength(1).maxLength(4096))
        .build();

    public SidewalkUpdateAccount() {
      super(SCHEMA);
    }

    /**
     * The new Sidewalk application server private key.
     *
     * <p>Length: 1 to 4096 characters. Pattern: {@code [a-fA-F0-9]{64}}. CloudFormation property
     * {@code AppServerPrivateKey}.
     */
    public SidewalkUpdateAccount appServerPrivateKey(String value) {
      return set("AppServerPrivateKey", Value.of(value));
    }

    /** Sets {@code AppServerPrivateKey} to this value; see {@link #appServerPrivateKey(String)}. */
    public SidewalkUpdateAccount appServerPrivateKey(Value<String> value) {
      return set("AppServerPrivateKey", value);
    }
  }
}
