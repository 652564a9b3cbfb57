// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.healthagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::HealthAgent::Domain. Creates and manages a HealthAgent Domain
 * resource.
 *
 * <p>CloudFormation type {@code AWS::HealthAgent::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::HealthAgent::Domain")
      .required("Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "DomainId", "EncryptionContext", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Name}.
   */
  public Domain name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Domain name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags associated with the Domain.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Domain tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the Domain was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the Domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * Encryption context for the Domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptionContext}.
   */
  public Value<EncryptionContext> encryptionContext() {
    return getAtt("EncryptionContext");
  }

  /**
   * The status of the Domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Encryption context for the Domain.
   *
   * <p>Property type {@code AWS::HealthAgent::Domain.EncryptionContext}.
   */
  public static final class EncryptionContext extends Struct<EncryptionContext> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthAgent::Domain.EncryptionContext")
        .required("EncryptionType")
        .allowed("EncryptionType", "AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY")
        .build();

    public EncryptionContext() {
      super(SCHEMA);
    }

    /**
     * The type of encryption key used.
     *
     * <p>Required. Allowed values: {@code AWS_OWNED_KEY}, {@code CUSTOMER_MANAGED_KEY}.
     * CloudFormation property {@code EncryptionType}.
     */
    public EncryptionContext encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionContext encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }
  }

  /** Property type {@code AWS::HealthAgent::Domain.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthAgent::Domain.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
