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

/**
 * Specifies an Amazon Connect Customer Profiles Object Type Mapping.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::ObjectType}.
 */
public final class ObjectType extends Resource<ObjectType> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::ObjectType")
      .required("Description", "DomainName", "ObjectTypeName")
      .constrain("Description", Constraint.of().minLength(1).maxLength(10000))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("EncryptionKey", Constraint.of().minLength(0).maxLength(255))
      .constrain("ExpirationDays", Constraint.of().minimum(1).maximum(1098))
      .constrain("MaxProfileObjectCount", Constraint.of().minimum(1))
      .constrain("ObjectTypeName", Constraint.of().pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$").minLength(1).maxLength(255))
      .constrain("SourceLastUpdatedTimestampFormat", Constraint.of().minLength(1).maxLength(255))
      .constrain("SourcePriority", Constraint.of().minimum(1))
      .constrain("TemplateId", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .attributes("CreatedAt", "LastUpdatedAt", "MaxAvailableProfileObjectCount")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ObjectType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether a profile should be created when data is received if one doesn’t exist for an
   * object of this type. The default is <code>FALSE</code> . If the AllowProfileCreation flag is
   * set to <code>FALSE</code> , then the service tries to fetch a standard profile and associate
   * this object with the profile. If it is set to <code>TRUE</code> , and if no match is found,
   * then the service creates a new standard profile.
   *
   * <p>CloudFormation property {@code AllowProfileCreation}.
   */
  public ObjectType allowProfileCreation(boolean value) {
    return set("AllowProfileCreation", Value.of(value));
  }

  /**
   * Sets {@code AllowProfileCreation} to this value; see {@link #allowProfileCreation(boolean)}.
   */
  public ObjectType allowProfileCreation(Value<Boolean> value) {
    return set("AllowProfileCreation", value);
  }

  /**
   * The description of the profile object type mapping.
   *
   * <p>Required. Length: 1 to 10000 characters. CloudFormation property {@code Description}.
   */
  public ObjectType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ObjectType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public ObjectType domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public ObjectType domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The customer-provided key to encrypt the profile object that will be created in this profile
   * object type mapping. If not specified the system will use the encryption key of the domain.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code EncryptionKey}.
   */
  public ObjectType encryptionKey(String value) {
    return set("EncryptionKey", Value.of(value));
  }

  /** Sets {@code EncryptionKey} to this value; see {@link #encryptionKey(String)}. */
  public ObjectType encryptionKey(Value<String> value) {
    return set("EncryptionKey", value);
  }

  /**
   * The number of days until the data of this type expires.
   *
   * <p>Range: 1 to 1098. CloudFormation property {@code ExpirationDays}.
   */
  public ObjectType expirationDays(int value) {
    return set("ExpirationDays", Value.of(value));
  }

  /** Sets {@code ExpirationDays} to this value; see {@link #expirationDays(int)}. */
  public ObjectType expirationDays(Value<Integer> value) {
    return set("ExpirationDays", value);
  }

  /**
   * A list of field definitions for the object type mapping.
   *
   * <p>CloudFormation property {@code Fields}.
   */
  public ObjectType fields(List<FieldMap> value) {
    return set("Fields", Value.listOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
  public ObjectType fields(Value<List<FieldMap>> value) {
    return set("Fields", value);
  }

  /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
  public ObjectType fields(FieldMap... values) {
    return set("Fields", Value.list(values));
  }

  /**
   * A list of keys that can be used to map data to the profile or search for the profile.
   *
   * <p>CloudFormation property {@code Keys}.
   */
  public ObjectType keys(List<KeyMap> value) {
    return set("Keys", Value.listOf(value));
  }

  /** Sets {@code Keys} to this value; see {@link #keys(List)}. */
  public ObjectType keys(Value<List<KeyMap>> value) {
    return set("Keys", value);
  }

  /** Sets {@code Keys} to a list of these; see {@link #keys(List)}. */
  public ObjectType keys(KeyMap... values) {
    return set("Keys", Value.list(values));
  }

  /**
   * The amount of profile object max count assigned to the object type.
   *
   * <p>Range: at least 1. CloudFormation property {@code MaxProfileObjectCount}.
   */
  public ObjectType maxProfileObjectCount(int value) {
    return set("MaxProfileObjectCount", Value.of(value));
  }

  /** Sets {@code MaxProfileObjectCount} to this value; see {@link #maxProfileObjectCount(int)}. */
  public ObjectType maxProfileObjectCount(Value<Integer> value) {
    return set("MaxProfileObjectCount", value);
  }

  /**
   * The name of the profile object type.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z_][a-zA-Z_0-9-]*$}. CloudFormation property {@code ObjectTypeName}.
   */
  public ObjectType objectTypeName(String value) {
    return set("ObjectTypeName", Value.of(value));
  }

  /** Sets {@code ObjectTypeName} to this value; see {@link #objectTypeName(String)}. */
  public ObjectType objectTypeName(Value<String> value) {
    return set("ObjectTypeName", value);
  }

  /**
   * The format of your sourceLastUpdatedTimestamp that was previously set up.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code
   * SourceLastUpdatedTimestampFormat}.
   */
  public ObjectType sourceLastUpdatedTimestampFormat(String value) {
    return set("SourceLastUpdatedTimestampFormat", Value.of(value));
  }

  /**
   * Sets {@code SourceLastUpdatedTimestampFormat} to this value; see {@link
   * #sourceLastUpdatedTimestampFormat(String)}.
   */
  public ObjectType sourceLastUpdatedTimestampFormat(Value<String> value) {
    return set("SourceLastUpdatedTimestampFormat", value);
  }

  /**
   * Defines the priority order of object types. Lower value indicates higher priority.
   *
   * <p>Range: at least 1. CloudFormation property {@code SourcePriority}.
   */
  public ObjectType sourcePriority(int value) {
    return set("SourcePriority", Value.of(value));
  }

  /** Sets {@code SourcePriority} to this value; see {@link #sourcePriority(int)}. */
  public ObjectType sourcePriority(Value<Integer> value) {
    return set("SourcePriority", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ObjectType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ObjectType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ObjectType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique identifier for the template mapping. This can be used instead of specifying the Keys
   * and Fields properties directly.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
   * {@code TemplateId}.
   */
  public ObjectType templateId(String value) {
    return set("TemplateId", Value.of(value));
  }

  /** Sets {@code TemplateId} to this value; see {@link #templateId(String)}. */
  public ObjectType templateId(Value<String> value) {
    return set("TemplateId", value);
  }

  /**
   * The timestamp of when the object type was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp of when the object type was most recently edited.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The amount of provisioned profile object max count available.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaxAvailableProfileObjectCount}.
   */
  public Value<Integer> maxAvailableProfileObjectCount() {
    return getAtt("MaxAvailableProfileObjectCount");
  }

  /**
   * A map of the name and ObjectType field.
   *
   * <p>Property type {@code AWS::CustomerProfiles::ObjectType.FieldMap}.
   */
  public static final class FieldMap extends Struct<FieldMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::ObjectType.FieldMap")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(64))
        .build();

    public FieldMap() {
      super(SCHEMA);
    }

    /**
     * Name of the field.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code Name}.
     */
    public FieldMap name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldMap name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Represents a field in a ProfileObjectType.
     *
     * <p>CloudFormation property {@code ObjectTypeField}.
     */
    public FieldMap objectTypeField(Value<ObjectTypeField> value) {
      return set("ObjectTypeField", value);
    }
  }

  /**
   * A unique key map that can be used to map data to the profile.
   *
   * <p>Property type {@code AWS::CustomerProfiles::ObjectType.KeyMap}.
   */
  public static final class KeyMap extends Struct<KeyMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::ObjectType.KeyMap")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .build();

    public KeyMap() {
      super(SCHEMA);
    }

    /**
     * Name of the key.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code Name}.
     */
    public KeyMap name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public KeyMap name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A list of ObjectTypeKey.
     *
     * <p>CloudFormation property {@code ObjectTypeKeyList}.
     */
    public KeyMap objectTypeKeyList(List<ObjectTypeKey> value) {
      return set("ObjectTypeKeyList", Value.listOf(value));
    }

    /** Sets {@code ObjectTypeKeyList} to this value; see {@link #objectTypeKeyList(List)}. */
    public KeyMap objectTypeKeyList(Value<List<ObjectTypeKey>> value) {
      return set("ObjectTypeKeyList", value);
    }

    /** Sets {@code ObjectTypeKeyList} to a list of these; see {@link #objectTypeKeyList(List)}. */
    public KeyMap objectTypeKeyList(ObjectTypeKey... values) {
      return set("ObjectTypeKeyList", Value.list(values));
    }
  }

  /**
   * Represents a field in a ProfileObjectType.
   *
   * <p>Property type {@code AWS::CustomerProfiles::ObjectType.ObjectTypeField}.
   */
  public static final class ObjectTypeField extends Struct<ObjectTypeField> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::ObjectType.ObjectTypeField")
        .allowed("ContentType", "STRING", "NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "NAME")
        .constrain("Source", Constraint.of().minLength(1).maxLength(1000))
        .constrain("Target", Constraint.of().minLength(1).maxLength(1000))
        .build();

    public ObjectTypeField() {
      super(SCHEMA);
    }

    /**
     * The content type of the field. Used for determining equality when searching.
     *
     * <p>Allowed values: {@code STRING}, {@code NUMBER}, {@code PHONE_NUMBER}, {@code
     * EMAIL_ADDRESS}, {@code NAME}. CloudFormation property {@code ContentType}.
     */
    public ObjectTypeField contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public ObjectTypeField contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * A field of a ProfileObject. For example: _source.FirstName, where “_source” is a
     * ProfileObjectType of a Zendesk user and “FirstName” is a field in that ObjectType.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Source}.
     */
    public ObjectTypeField source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ObjectTypeField source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The location of the data in the standard ProfileObject model. For example:
     * _profile.Address.PostalCode.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Target}.
     */
    public ObjectTypeField target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public ObjectTypeField target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * An object that defines the Key element of a ProfileObject. A Key is a special element that can
   * be used to search for a customer profile.
   *
   * <p>Property type {@code AWS::CustomerProfiles::ObjectType.ObjectTypeKey}.
   */
  public static final class ObjectTypeKey extends Struct<ObjectTypeKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::ObjectType.ObjectTypeKey")
        .constrain("FieldNames", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .allowed("StandardIdentifiers", "PROFILE", "UNIQUE", "SECONDARY", "LOOKUP_ONLY", "NEW_ONLY",
            "ASSET", "CASE", "ORDER", "AIR_PREFERENCE", "AIR_BOOKING", "AIR_SEGMENT",
            "HOTEL_PREFERENCE", "HOTEL_STAY_REVENUE", "HOTEL_RESERVATION", "LOYALTY",
            "LOYALTY_TRANSACTION", "LOYALTY_PROMOTION", "WEB_ANALYTICS", "DEVICE",
            "COMMUNICATION_RECORD")
        .build();

    public ObjectTypeKey() {
      super(SCHEMA);
    }

    /**
     * The reference for the key name of the fields map.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code FieldNames}.
     */
    public ObjectTypeKey fieldNames(List<String> value) {
      return set("FieldNames", Value.listOf(value));
    }

    /** Sets {@code FieldNames} to this value; see {@link #fieldNames(List)}. */
    public ObjectTypeKey fieldNames(Value<List<String>> value) {
      return set("FieldNames", value);
    }

    /**
     * The types of keys that a ProfileObject can have. Each ProfileObject can have only 1 UNIQUE
     * key but multiple PROFILE keys. PROFILE means that this key can be used to tie an object to a
     * PROFILE. UNIQUE means that it can be used to uniquely identify an object. If a key a is
     * marked as SECONDARY, it will be used to search for profiles after all other PROFILE keys have
     * been searched. A LOOKUP_ONLY key is only used to match a profile but is not persisted to be
     * used for searching of the profile. A NEW_ONLY key is only used if the profile does not
     * already exist before the object is ingested, otherwise it is only used for matching objects
     * to profiles.
     *
     * <p>Allowed values: {@code PROFILE}, {@code UNIQUE}, {@code SECONDARY}, {@code LOOKUP_ONLY},
     * {@code NEW_ONLY}, {@code ASSET}, {@code CASE}, {@code ORDER}, {@code AIR_PREFERENCE}, {@code
     * AIR_BOOKING}, {@code AIR_SEGMENT}, {@code HOTEL_PREFERENCE}, {@code HOTEL_STAY_REVENUE},
     * {@code HOTEL_RESERVATION}, {@code LOYALTY}, {@code LOYALTY_TRANSACTION}, {@code
     * LOYALTY_PROMOTION}, {@code WEB_ANALYTICS}, {@code DEVICE}, {@code COMMUNICATION_RECORD}.
     * CloudFormation property {@code StandardIdentifiers}.
     */
    public ObjectTypeKey standardIdentifiers(List<String> value) {
      return set("StandardIdentifiers", Value.listOf(value));
    }

    /** Sets {@code StandardIdentifiers} to this value; see {@link #standardIdentifiers(List)}. */
    public ObjectTypeKey standardIdentifiers(Value<List<String>> value) {
      return set("StandardIdentifiers", value);
    }
  }
}
