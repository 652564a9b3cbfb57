// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes information about the ID mapping table.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::IdMappingTable}.
 */
public final class IdMappingTable extends Resource<IdMappingTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdMappingTable")
      .required("InputReferenceConfig", "MembershipIdentifier", "Name")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws:kms:[\\w]{2}-[\\w]{4,9}-[\\d]:[\\d]{12}:key/[a-zA-Z0-9-]+$").minLength(4).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("MembershipIdentifier", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$").maxLength(128))
      .attributes("Arn", "CollaborationArn", "CollaborationIdentifier", "IdMappingTableIdentifier",
          "InputReferenceProperties", "MembershipArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdMappingTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the ID mapping table.
   *
   * <p>Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public IdMappingTable description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IdMappingTable description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The input reference configuration for the ID mapping table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InputReferenceConfig}.
   */
  public IdMappingTable inputReferenceConfig(Value<IdMappingTableInputReferenceConfig> value) {
    return set("InputReferenceConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS KMS key.
   *
   * <p>Length: 4 to 2048 characters. Pattern: {@code
   * ^arn:aws:kms:[&#92;w]{2}-[&#92;w]{4,9}-[&#92;d]:[&#92;d]{12}:key/[a-zA-Z0-9-]+$}. Format:
   * {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public IdMappingTable kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public IdMappingTable kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The unique identifier of the membership resource for the ID mapping table.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public IdMappingTable membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public IdMappingTable membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * The name of the ID mapping table.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$}. CloudFormation property {@code Name}.
   */
  public IdMappingTable name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public IdMappingTable name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IdMappingTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdMappingTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdMappingTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the ID mapping table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name (ARN) of the collaboration that contains this ID mapping table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationArn}.
   */
  public Value<String> collaborationArn() {
    return getAtt("CollaborationArn");
  }

  /**
   * The unique identifier of the collaboration that contains this ID mapping table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationIdentifier}.
   */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /**
   * The unique identifier of the ID mapping table identifier that you want to retrieve.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdMappingTableIdentifier}.
   */
  public Value<String> idMappingTableIdentifier() {
    return getAtt("IdMappingTableIdentifier");
  }

  /** {@code Fn::GetAtt} attribute {@code InputReferenceProperties}. */
  public Value<IdMappingTableInputReferenceProperties> inputReferenceProperties() {
    return getAtt("InputReferenceProperties");
  }

  /**
   * The Amazon Resource Name (ARN) of the membership resource for the ID mapping table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MembershipArn}.
   */
  public Value<String> membershipArn() {
    return getAtt("MembershipArn");
  }

  /**
   * Provides the input reference configuration for the ID mapping table.
   *
   * <p>Property type {@code AWS::CleanRooms::IdMappingTable.IdMappingTableInputReferenceConfig}.
   */
  public static final class IdMappingTableInputReferenceConfig extends Struct<IdMappingTableInputReferenceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdMappingTable.IdMappingTableInputReferenceConfig")
        .required("InputReferenceArn", "ManageResourcePolicies")
        .constrain("InputReferenceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(idmappingworkflow/.*)$").minLength(20).maxLength(2048))
        .build();

    public IdMappingTableInputReferenceConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the referenced resource in AWS Entity Resolution . Valid
     * values are ID mapping workflow ARNs.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn):entityresolution:.*:[0-9]+:(idmappingworkflow/.*)$}.
     * CloudFormation property {@code InputReferenceArn}.
     */
    public IdMappingTableInputReferenceConfig inputReferenceArn(String value) {
      return set("InputReferenceArn", Value.of(value));
    }

    /** Sets {@code InputReferenceArn} to this value; see {@link #inputReferenceArn(String)}. */
    public IdMappingTableInputReferenceConfig inputReferenceArn(Value<String> value) {
      return set("InputReferenceArn", value);
    }

    /**
     * When <code>TRUE</code> , AWS Clean Rooms manages permissions for the ID mapping table
     * resource.
     *
     * <p>When <code>FALSE</code> , the resource owner manages permissions for the ID mapping table
     * resource.
     *
     * <p>Required. CloudFormation property {@code ManageResourcePolicies}.
     */
    public IdMappingTableInputReferenceConfig manageResourcePolicies(boolean value) {
      return set("ManageResourcePolicies", Value.of(value));
    }

    /**
     * Sets {@code ManageResourcePolicies} to this value; see {@link
     * #manageResourcePolicies(boolean)}.
     */
    public IdMappingTableInputReferenceConfig manageResourcePolicies(Value<Boolean> value) {
      return set("ManageResourcePolicies", value);
    }
  }

  /**
   * The input reference properties for the ID mapping table.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::IdMappingTable.IdMappingTableInputReferenceProperties}.
   */
  public static final class IdMappingTableInputReferenceProperties extends Struct<IdMappingTableInputReferenceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdMappingTable.IdMappingTableInputReferenceProperties")
        .required("IdMappingTableInputSource")
        .build();

    public IdMappingTableInputReferenceProperties() {
      super(SCHEMA);
    }

    /**
     * The input source of the ID mapping table.
     *
     * <p>Required. CloudFormation property {@code IdMappingTableInputSource}.
     */
    public IdMappingTableInputReferenceProperties idMappingTableInputSource(List<IdMappingTableInputSource> value) {
      return set("IdMappingTableInputSource", Value.listOf(value));
    }

    /**
     * Sets {@code IdMappingTableInputSource} to this value; see {@link
     * #idMappingTableInputSource(List)}.
     */
    public IdMappingTableInputReferenceProperties idMappingTableInputSource(Value<List<IdMappingTableInputSource>> value) {
      return set("IdMappingTableInputSource", value);
    }

    /**
     * Sets {@code IdMappingTableInputSource} to a list of these; see {@link
     * #idMappingTableInputSource(List)}.
     */
    public IdMappingTableInputReferenceProperties idMappingTableInputSource(IdMappingTableInputSource... values) {
      return set("IdMappingTableInputSource", Value.list(values));
    }
  }

  /**
   * The input source of the ID mapping table.
   *
   * <p>Property type {@code AWS::CleanRooms::IdMappingTable.IdMappingTableInputSource}.
   */
  public static final class IdMappingTableInputSource extends Struct<IdMappingTableInputSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdMappingTable.IdMappingTableInputSource")
        .required("IdNamespaceAssociationId", "Type")
        .allowed("Type", "SOURCE", "TARGET")
        .build();

    public IdMappingTableInputSource() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the ID namespace association.
     *
     * <p>Required. CloudFormation property {@code IdNamespaceAssociationId}.
     */
    public IdMappingTableInputSource idNamespaceAssociationId(String value) {
      return set("IdNamespaceAssociationId", Value.of(value));
    }

    /**
     * Sets {@code IdNamespaceAssociationId} to this value; see {@link
     * #idNamespaceAssociationId(String)}.
     */
    public IdMappingTableInputSource idNamespaceAssociationId(Value<String> value) {
      return set("IdNamespaceAssociationId", value);
    }

    /**
     * The type of the input source of the ID mapping table.
     *
     * <p>Required. Allowed values: {@code SOURCE}, {@code TARGET}. CloudFormation property {@code
     * Type}.
     */
    public IdMappingTableInputSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IdMappingTableInputSource type(Value<String> value) {
      return set("Type", value);
    }
  }
}
