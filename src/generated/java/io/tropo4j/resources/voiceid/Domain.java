// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.voiceid;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * End of support notice: On May 20, 2026, AWS will end support for Amazon Connect Voice ID. After
 * May 20, 2026, you will no longer be able to access Voice ID on the Amazon Connect console, access
 * Voice ID features on the Amazon Connect admin website or Contact Control Panel, or access Voice
 * ID resources. For more information, visit <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/amazonconnect-voiceid-end-of-support.html">Amazon
 * Connect Voice ID end of support</a> .
 *
 * <p>Creates a domain that contains all Amazon Connect Voice ID data, such as speakers, fraudsters,
 * customer audio, and voiceprints. Every domain is created with a default watchlist that fraudsters
 * can be a part of.
 *
 * <p>CloudFormation type {@code AWS::VoiceID::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::VoiceID::Domain")
      .required("Name", "ServerSideEncryptionConfiguration")
      .constrain("Description", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$").minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(256))
      .refYields("DomainId")
      .attributes("DomainId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the domain.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-%&#64;]*)$}. CloudFormation property {@code
   * Description}.
   */
  public Domain description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Domain description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name for the domain.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code Name}.
   */
  public Domain name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Domain name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The server-side encryption configuration containing the KMS key identifier you want Voice ID to
   * use to encrypt your data.
   *
   * <p>Required. CloudFormation property {@code ServerSideEncryptionConfiguration}.
   */
  public Domain serverSideEncryptionConfiguration(Value<ServerSideEncryptionConfiguration> value) {
    return set("ServerSideEncryptionConfiguration", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The identifier of the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * End of support notice: On May 20, 2026, AWS will end support for Amazon Connect Voice ID. After
   * May 20, 2026, you will no longer be able to access Voice ID on the Amazon Connect console,
   * access Voice ID features on the Amazon Connect admin website or Contact Control Panel, or
   * access Voice ID resources. For more information, visit <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/amazonconnect-voiceid-end-of-support.html">Amazon
   * Connect Voice ID end of support</a> .
   *
   * <p>The configuration containing information about the customer managed key used for encrypting
   * customer data.
   *
   * <p>Property type {@code AWS::VoiceID::Domain.ServerSideEncryptionConfiguration}.
   */
  public static final class ServerSideEncryptionConfiguration extends Struct<ServerSideEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::VoiceID::Domain.ServerSideEncryptionConfiguration")
        .required("KmsKeyId")
        .build();

    public ServerSideEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the KMS key to use to encrypt data stored by Voice ID. Voice ID doesn't
     * support asymmetric customer managed keys.
     *
     * <p>Required. CloudFormation property {@code KmsKeyId}.
     */
    public ServerSideEncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ServerSideEncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }
}
