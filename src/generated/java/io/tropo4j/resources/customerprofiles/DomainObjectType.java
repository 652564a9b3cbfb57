// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.customerprofiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::CustomerProfiles::DomainObjectType
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::DomainObjectType}.
 */
public final class DomainObjectType extends Resource<DomainObjectType> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::DomainObjectType")
      .required("DomainName", "Fields", "ObjectTypeName")
      .constrain("Description", Constraint.of().minLength(1).maxLength(10000))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("EncryptionKey", Constraint.of().minLength(0).maxLength(255))
      .constrain("ObjectTypeName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .attributes("CreatedAt", "LastUpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainObjectType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Description of the domain object type.
   *
   * <p>Length: 1 to 10000 characters. CloudFormation property {@code Description}.
   */
  public DomainObjectType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DomainObjectType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public DomainObjectType domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainObjectType domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The default encryption key
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code EncryptionKey}.
   */
  public DomainObjectType encryptionKey(String value) {
    return set("EncryptionKey", Value.of(value));
  }

  /** Sets {@code EncryptionKey} to this value; see {@link #encryptionKey(String)}. */
  public DomainObjectType encryptionKey(Value<String> value) {
    return set("EncryptionKey", value);
  }

  /**
   * A map of the name and ObjectType field.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Fields}.
   */
  public DomainObjectType fields(Map<String, DomainObjectTypeField> value) {
    return set("Fields", Value.mapOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(Map)}. */
  public DomainObjectType fields(Value<Map<String, DomainObjectTypeField>> value) {
    return set("Fields", value);
  }

  /**
   * The name of the domain object type.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_][a-zA-Z_0-9-]*$}. CloudFormation property {@code ObjectTypeName}.
   */
  public DomainObjectType objectTypeName(String value) {
    return set("ObjectTypeName", Value.of(value));
  }

  /** Sets {@code ObjectTypeName} to this value; see {@link #objectTypeName(String)}. */
  public DomainObjectType objectTypeName(Value<String> value) {
    return set("ObjectTypeName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainObjectType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainObjectType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainObjectType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp of when the domain object type was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp of when the domain object type was most recently edited.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * Represents a field in a DomainObjectType.
   *
   * <p>Property type {@code AWS::CustomerProfiles::DomainObjectType.DomainObjectTypeField}.
   */
  public static final class DomainObjectTypeField extends Struct<DomainObjectTypeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::DomainObjectType.DomainObjectTypeField")
        .required("Source", "Target")
        .allowed("ContentType", "STRING", "NUMBER")
        .allowed("FeatureType", "TEXTUAL", "CATEGORICAL")
        .build();

    public DomainObjectTypeField() {
      super(SCHEMA);
    }

    /**
     * The content type of the field.
     *
     * <p>Allowed values: {@code STRING}, {@code NUMBER}. CloudFormation property {@code
     * ContentType}.
     */
    public DomainObjectTypeField contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public DomainObjectTypeField contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * The feature type of the field.
     *
     * <p>Allowed values: {@code TEXTUAL}, {@code CATEGORICAL}. CloudFormation property {@code
     * FeatureType}.
     */
    public DomainObjectTypeField featureType(String value) {
      return set("FeatureType", Value.of(value));
    }

    /** Sets {@code FeatureType} to this value; see {@link #featureType(String)}. */
    public DomainObjectTypeField featureType(Value<String> value) {
      return set("FeatureType", value);
    }

    /**
     * The source field name.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public DomainObjectTypeField source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public DomainObjectTypeField source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The target field name.
     *
     * <p>Required. CloudFormation property {@code Target}.
     */
    public DomainObjectTypeField target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public DomainObjectTypeField target(Value<String> value) {
      return set("Target", value);
    }
  }
}
