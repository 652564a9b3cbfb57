// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.certificatemanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::CertificateManager::AcmeExternalAccountBinding
 *
 * <p>CloudFormation type {@code AWS::CertificateManager::AcmeExternalAccountBinding}.
 */
public final class AcmeExternalAccountBinding extends Resource<AcmeExternalAccountBinding> {
  private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeExternalAccountBinding")
      .required("AcmeEndpointArn", "RoleArn")
      .constrain("AcmeEndpointArn", Constraint.of().pattern("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:acme-endpoint/[a-zA-Z0-9-]+$").minLength(1).maxLength(200))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("AcmeExternalAccountBindingArn")
      .attributes("AcmeExternalAccountBindingArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AcmeExternalAccountBinding(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the ACME endpoint this binding is associated with.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:acme-endpoint/[a-zA-Z0-9-]+$}. CloudFormation property
   * {@code AcmeEndpointArn}.
   */
  public AcmeExternalAccountBinding acmeEndpointArn(String value) {
    return set("AcmeEndpointArn", Value.of(value));
  }

  /** Sets {@code AcmeEndpointArn} to this value; see {@link #acmeEndpointArn(String)}. */
  public AcmeExternalAccountBinding acmeEndpointArn(Value<String> value) {
    return set("AcmeEndpointArn", value);
  }

  /**
   * The expiration configuration for the external account binding.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Expiration}.
   */
  public AcmeExternalAccountBinding expiration(Value<Expiration> value) {
    return set("Expiration", value);
  }

  /**
   * The IAM role ARN for cross-account access.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public AcmeExternalAccountBinding roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public AcmeExternalAccountBinding roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Tags associated with the external account binding.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AcmeExternalAccountBinding tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AcmeExternalAccountBinding tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public AcmeExternalAccountBinding tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AcmeExternalAccountBinding tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the external account binding.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AcmeExternalAccountBindingArn}.
   */
  public Value<String> acmeExternalAccountBindingArn() {
    return getAtt("AcmeExternalAccountBindingArn");
  }

  /**
   * The expiration configuration for the external account binding.
   *
   * <p>Property type {@code AWS::CertificateManager::AcmeExternalAccountBinding.Expiration}.
   */
  public static final class Expiration extends Struct<Expiration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeExternalAccountBinding.Expiration")
        .required("Type", "Value")
        .allowed("Type", "DAYS", "HOURS", "MINUTES")
        .build();

    public Expiration() {
      super(SCHEMA);
    }

    /**
     * The time unit for the expiration value.
     *
     * <p>Required. Allowed values: {@code DAYS}, {@code HOURS}, {@code MINUTES}. CloudFormation
     * property {@code Type}.
     */
    public Expiration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Expiration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The expiration value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Expiration value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Expiration value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::CertificateManager::AcmeExternalAccountBinding.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::CertificateManager::AcmeExternalAccountBinding.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
