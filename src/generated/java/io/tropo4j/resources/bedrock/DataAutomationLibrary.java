// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

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
 * Resource Type definition for AWS::Bedrock::DataAutomationLibrary
 *
 * <p>CloudFormation type {@code AWS::Bedrock::DataAutomationLibrary}.
 */
public final class DataAutomationLibrary extends Resource<DataAutomationLibrary> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationLibrary")
      .required("LibraryName")
      .constrain("LibraryDescription", Constraint.of().minLength(0).maxLength(300))
      .constrain("LibraryName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(128))
      .refYields("LibraryArn")
      .attributes("CreationTime", "EntityTypes", "LibraryArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataAutomationLibrary(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * KMS Encryption Configuration
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public DataAutomationLibrary encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * Description of the DataAutomationLibrary
   *
   * <p>Length: 0 to 300 characters. CloudFormation property {@code LibraryDescription}.
   */
  public DataAutomationLibrary libraryDescription(String value) {
    return set("LibraryDescription", Value.of(value));
  }

  /** Sets {@code LibraryDescription} to this value; see {@link #libraryDescription(String)}. */
  public DataAutomationLibrary libraryDescription(Value<String> value) {
    return set("LibraryDescription", value);
  }

  /**
   * Name of the DataAutomationLibrary
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]+$}. CloudFormation property {@code LibraryName}.
   */
  public DataAutomationLibrary libraryName(String value) {
    return set("LibraryName", Value.of(value));
  }

  /** Sets {@code LibraryName} to this value; see {@link #libraryName(String)}. */
  public DataAutomationLibrary libraryName(Value<String> value) {
    return set("LibraryName", value);
  }

  /**
   * List of tags
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataAutomationLibrary tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataAutomationLibrary tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataAutomationLibrary tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Time Stamp
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * List of info for each entity type in the DataAutomationLibrary
   *
   * <p>{@code Fn::GetAtt} attribute {@code EntityTypes}.
   */
  public Value<List<EntityTypeInfo>> entityTypes() {
    return getAtt("EntityTypes");
  }

  /**
   * ARN generated at the server side when a DataAutomationLibrary is created
   *
   * <p>{@code Fn::GetAtt} attribute {@code LibraryArn}.
   */
  public Value<String> libraryArn() {
    return getAtt("LibraryArn");
  }

  /**
   * Status of DataAutomationLibrary
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * KMS Encryption Configuration
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationLibrary.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationLibrary.EncryptionConfiguration")
        .required("KmsKeyId")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * KMS Encryption Context
     *
     * <p>CloudFormation property {@code KmsEncryptionContext}.
     */
    public EncryptionConfiguration kmsEncryptionContext(Map<String, String> value) {
      return set("KmsEncryptionContext", Value.mapOf(value));
    }

    /** Sets {@code KmsEncryptionContext} to this value; see {@link #kmsEncryptionContext(Map)}. */
    public EncryptionConfiguration kmsEncryptionContext(Value<Map<String, String>> value) {
      return set("KmsEncryptionContext", value);
    }

    /**
     * KMS Key Identifier
     *
     * <p>Required. CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Information about an entity type in the DataAutomationLibrary
   *
   * <p>Property type {@code AWS::Bedrock::DataAutomationLibrary.EntityTypeInfo}.
   */
  public static final class EntityTypeInfo extends Struct<EntityTypeInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::DataAutomationLibrary.EntityTypeInfo")
        .required("EntityType")
        .allowed("EntityType", "VOCABULARY")
        .build();

    public EntityTypeInfo() {
      super(SCHEMA);
    }

    /**
     * JSON string representing relevant metadata for the entity type
     *
     * <p>CloudFormation property {@code EntityMetadata}.
     */
    public EntityTypeInfo entityMetadata(String value) {
      return set("EntityMetadata", Value.of(value));
    }

    /** Sets {@code EntityMetadata} to this value; see {@link #entityMetadata(String)}. */
    public EntityTypeInfo entityMetadata(Value<String> value) {
      return set("EntityMetadata", value);
    }

    /**
     * Entity types supported in DataAutomationLibraries
     *
     * <p>Required. Allowed values: {@code VOCABULARY}. CloudFormation property {@code EntityType}.
     */
    public EntityTypeInfo entityType(String value) {
      return set("EntityType", Value.of(value));
    }

    /** Sets {@code EntityType} to this value; see {@link #entityType(String)}. */
    public EntityTypeInfo entityType(Value<String> value) {
      return set("EntityType", value);
    }
  }
}
