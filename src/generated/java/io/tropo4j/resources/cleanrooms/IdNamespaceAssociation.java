// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Provides information to create the ID namespace association.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::IdNamespaceAssociation}.
 */
public final class IdNamespaceAssociation extends Resource<IdNamespaceAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdNamespaceAssociation")
      .required("InputReferenceConfig", "MembershipIdentifier", "Name")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("MembershipIdentifier", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(100))
      .attributes("Arn", "CollaborationArn", "CollaborationIdentifier",
          "IdNamespaceAssociationIdentifier", "InputReferenceProperties", "MembershipArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdNamespaceAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the ID namespace association.
   *
   * <p>Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public IdNamespaceAssociation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IdNamespaceAssociation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration settings for the ID mapping table.
   *
   * <p>CloudFormation property {@code IdMappingConfig}.
   */
  public IdNamespaceAssociation idMappingConfig(Value<IdMappingConfig> value) {
    return set("IdMappingConfig", value);
  }

  /**
   * The input reference configuration for the ID namespace association.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InputReferenceConfig}.
   */
  public IdNamespaceAssociation inputReferenceConfig(Value<IdNamespaceAssociationInputReferenceConfig> value) {
    return set("InputReferenceConfig", value);
  }

  /**
   * The unique identifier of the membership that contains the ID namespace association.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public IdNamespaceAssociation membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public IdNamespaceAssociation membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * The name of this ID namespace association.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public IdNamespaceAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public IdNamespaceAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IdNamespaceAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdNamespaceAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdNamespaceAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the ID namespace association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name (ARN) of the collaboration that contains this ID namespace
   * association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationArn}.
   */
  public Value<String> collaborationArn() {
    return getAtt("CollaborationArn");
  }

  /**
   * The unique identifier of the collaboration that contains this ID namespace association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationIdentifier}.
   */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /**
   * The unique identifier of the ID namespace association that you want to retrieve.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdNamespaceAssociationIdentifier}.
   */
  public Value<String> idNamespaceAssociationIdentifier() {
    return getAtt("IdNamespaceAssociationIdentifier");
  }

  /** {@code Fn::GetAtt} attribute {@code InputReferenceProperties}. */
  public Value<IdNamespaceAssociationInputReferenceProperties> inputReferenceProperties() {
    return getAtt("InputReferenceProperties");
  }

  /**
   * The Amazon Resource Name (ARN) of the membership resource for this ID namespace association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MembershipArn}.
   */
  public Value<String> membershipArn() {
    return getAtt("MembershipArn");
  }

  /**
   * The configuration settings for the ID mapping table.
   *
   * <p>Property type {@code AWS::CleanRooms::IdNamespaceAssociation.IdMappingConfig}.
   */
  public static final class IdMappingConfig extends Struct<IdMappingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdNamespaceAssociation.IdMappingConfig")
        .required("AllowUseAsDimensionColumn")
        .build();

    public IdMappingConfig() {
      super(SCHEMA);
    }

    /**
     * An indicator as to whether you can use your column as a dimension column in the ID mapping
     * table ( <code>TRUE</code> ) or not ( <code>FALSE</code> ).
     *
     * <p>Default is <code>FALSE</code> .
     *
     * <p>Required. CloudFormation property {@code AllowUseAsDimensionColumn}.
     */
    public IdMappingConfig allowUseAsDimensionColumn(boolean value) {
      return set("AllowUseAsDimensionColumn", Value.of(value));
    }

    /**
     * Sets {@code AllowUseAsDimensionColumn} to this value; see {@link
     * #allowUseAsDimensionColumn(boolean)}.
     */
    public IdMappingConfig allowUseAsDimensionColumn(Value<Boolean> value) {
      return set("AllowUseAsDimensionColumn", value);
    }
  }

  /**
   * Provides the information for the ID namespace association input reference configuration.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::IdNamespaceAssociation.IdNamespaceAssociationInputReferenceConfig}.
   */
  public static final class IdNamespaceAssociationInputReferenceConfig extends Struct<IdNamespaceAssociationInputReferenceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdNamespaceAssociation.IdNamespaceAssociationInputReferenceConfig")
        .required("InputReferenceArn", "ManageResourcePolicies")
        .constrain("InputReferenceArn", Constraint.of().pattern("^arn:aws:entityresolution:[\\w]{2}-[\\w]{4,9}-[\\d]:[\\d]{12}:idnamespace/[\\d\\w-]+$").maxLength(256))
        .build();

    public IdNamespaceAssociationInputReferenceConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Entity Resolution resource that is being associated
     * to the collaboration. Valid resource ARNs are from the ID namespaces that you own.
     *
     * <p>Required. Length: at most 256 characters. Pattern: {@code
     * ^arn:aws:entityresolution:[&#92;w]{2}-[&#92;w]{4,9}-[&#92;d]:[&#92;d]{12}:idnamespace/[&#92;d&#92;w-]+$}.
     * CloudFormation property {@code InputReferenceArn}.
     */
    public IdNamespaceAssociationInputReferenceConfig inputReferenceArn(String value) {
      return set("InputReferenceArn", Value.of(value));
    }

    /** Sets {@code InputReferenceArn} to this value; see {@link #inputReferenceArn(String)}. */
    public IdNamespaceAssociationInputReferenceConfig inputReferenceArn(Value<String> value) {
      return set("InputReferenceArn", value);
    }

    /**
     * When <code>TRUE</code> , AWS Clean Rooms manages permissions for the ID namespace association
     * resource.
     *
     * <p>When <code>FALSE</code> , the resource owner manages permissions for the ID namespace
     * association resource.
     *
     * <p>Required. CloudFormation property {@code ManageResourcePolicies}.
     */
    public IdNamespaceAssociationInputReferenceConfig manageResourcePolicies(boolean value) {
      return set("ManageResourcePolicies", Value.of(value));
    }

    /**
     * Sets {@code ManageResourcePolicies} to this value; see {@link
     * #manageResourcePolicies(boolean)}.
     */
    public IdNamespaceAssociationInputReferenceConfig manageResourcePolicies(Value<Boolean> value) {
      return set("ManageResourcePolicies", value);
    }
  }

  /**
   * Provides the information for the ID namespace association input reference properties.
   *
   * <p>Property type {@code
   * AWS::CleanRooms::IdNamespaceAssociation.IdNamespaceAssociationInputReferenceProperties}.
   */
  public static final class IdNamespaceAssociationInputReferenceProperties extends Struct<IdNamespaceAssociationInputReferenceProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IdNamespaceAssociation.IdNamespaceAssociationInputReferenceProperties")
        .allowed("IdNamespaceType", "SOURCE", "TARGET")
        .build();

    public IdNamespaceAssociationInputReferenceProperties() {
      super(SCHEMA);
    }

    /**
     * Defines how ID mapping workflows are supported for this ID namespace association.
     *
     * <p>CloudFormation property {@code IdMappingWorkflowsSupported}.
     */
    public IdNamespaceAssociationInputReferenceProperties idMappingWorkflowsSupported(List<Json> value) {
      return set("IdMappingWorkflowsSupported", Value.listOf(value));
    }

    /**
     * Sets {@code IdMappingWorkflowsSupported} to this value; see {@link
     * #idMappingWorkflowsSupported(List)}.
     */
    public IdNamespaceAssociationInputReferenceProperties idMappingWorkflowsSupported(Value<List<Json>> value) {
      return set("IdMappingWorkflowsSupported", value);
    }

    /**
     * The ID namespace type for this ID namespace association.
     *
     * <p>Allowed values: {@code SOURCE}, {@code TARGET}. CloudFormation property {@code
     * IdNamespaceType}.
     */
    public IdNamespaceAssociationInputReferenceProperties idNamespaceType(String value) {
      return set("IdNamespaceType", Value.of(value));
    }

    /** Sets {@code IdNamespaceType} to this value; see {@link #idNamespaceType(String)}. */
    public IdNamespaceAssociationInputReferenceProperties idNamespaceType(Value<String> value) {
      return set("IdNamespaceType", value);
    }
  }
}
