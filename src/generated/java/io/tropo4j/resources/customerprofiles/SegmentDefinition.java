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
 * A segment definition resource of Amazon Connect Customer Profiles.
 *
 * <p>CloudFormation type {@code AWS::CustomerProfiles::SegmentDefinition}.
 */
public final class SegmentDefinition extends Resource<SegmentDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition")
      .required("DisplayName", "DomainName", "SegmentDefinitionName")
      .constrain("Description", Constraint.of().minLength(1).maxLength(4000))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(255))
      .constrain("DomainName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("SegmentDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("SegmentSqlQuery", Constraint.of().minLength(1).maxLength(50000))
      .attributes("CreatedAt", "SegmentDefinitionArn", "SegmentType")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SegmentDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the segment definition.
   *
   * <p>Length: 1 to 4000 characters. CloudFormation property {@code Description}.
   */
  public SegmentDefinition description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SegmentDefinition description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Display name of the segment definition.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code DisplayName}.
   */
  public SegmentDefinition displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public SegmentDefinition displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code DomainName}.
   */
  public SegmentDefinition domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public SegmentDefinition domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Name of the segment definition.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code SegmentDefinitionName}.
   */
  public SegmentDefinition segmentDefinitionName(String value) {
    return set("SegmentDefinitionName", Value.of(value));
  }

  /**
   * Sets {@code SegmentDefinitionName} to this value; see {@link #segmentDefinitionName(String)}.
   */
  public SegmentDefinition segmentDefinitionName(Value<String> value) {
    return set("SegmentDefinitionName", value);
  }

  /**
   * Contains all groups of the segment definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SegmentGroups}.
   */
  public SegmentDefinition segmentGroups(Value<SegmentGroup> value) {
    return set("SegmentGroups", value);
  }

  /**
   * Defines how segments should be sorted and ordered in the results.
   *
   * <p>CloudFormation property {@code SegmentSort}.
   */
  public SegmentDefinition segmentSort(Value<SegmentSort> value) {
    return set("SegmentSort", value);
  }

  /**
   * The SQL query that defines the segment criteria.
   *
   * <p>Changing it replaces the resource. Length: 1 to 50000 characters. CloudFormation property
   * {@code SegmentSqlQuery}.
   */
  public SegmentDefinition segmentSqlQuery(String value) {
    return set("SegmentSqlQuery", Value.of(value));
  }

  /** Sets {@code SegmentSqlQuery} to this value; see {@link #segmentSqlQuery(String)}. */
  public SegmentDefinition segmentSqlQuery(Value<String> value) {
    return set("SegmentSqlQuery", value);
  }

  /**
   * The tags belonging to the segment definition.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SegmentDefinition tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SegmentDefinition tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SegmentDefinition tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When the segment definition was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The arn of the segment definition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentDefinitionArn}.
   */
  public Value<String> segmentDefinitionArn() {
    return getAtt("SegmentDefinitionArn");
  }

  /**
   * The segment type.
   *
   * <p>Classic : Segments created using traditional SegmentGroup structure
   *
   * <p>Enhanced : Segments created using SQL queries
   *
   * <p>{@code Fn::GetAtt} attribute {@code SegmentType}.
   */
  public Value<String> segmentType() {
    return getAtt("SegmentType");
  }

  /**
   * Object that segments on Customer Profile's address object.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.AddressDimension}.
   */
  public static final class AddressDimension extends Struct<AddressDimension> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::SegmentDefinition.AddressDimension");

    public AddressDimension() {
      super(SCHEMA);
    }

    /**
     * The city belonging to the address.
     *
     * <p>CloudFormation property {@code City}.
     */
    public AddressDimension city(Value<ProfileDimension> value) {
      return set("City", value);
    }

    /**
     * The country belonging to the address.
     *
     * <p>CloudFormation property {@code Country}.
     */
    public AddressDimension country(Value<ProfileDimension> value) {
      return set("Country", value);
    }

    /**
     * The county belonging to the address.
     *
     * <p>CloudFormation property {@code County}.
     */
    public AddressDimension county(Value<ProfileDimension> value) {
      return set("County", value);
    }

    /**
     * The postal code belonging to the address.
     *
     * <p>CloudFormation property {@code PostalCode}.
     */
    public AddressDimension postalCode(Value<ProfileDimension> value) {
      return set("PostalCode", value);
    }

    /**
     * The province belonging to the address.
     *
     * <p>CloudFormation property {@code Province}.
     */
    public AddressDimension province(Value<ProfileDimension> value) {
      return set("Province", value);
    }

    /**
     * The state belonging to the address.
     *
     * <p>CloudFormation property {@code State}.
     */
    public AddressDimension state(Value<ProfileDimension> value) {
      return set("State", value);
    }
  }

  /**
   * Object that defines how to filter the incoming objects for the calculated attribute.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.AttributeDimension}.
   */
  public static final class AttributeDimension extends Struct<AttributeDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.AttributeDimension")
        .required("DimensionType", "Values")
        .allowed("DimensionType", "INCLUSIVE", "EXCLUSIVE", "CONTAINS", "BEGINS_WITH", "ENDS_WITH",
            "BEFORE", "AFTER", "BETWEEN", "NOT_BETWEEN", "ON", "GREATER_THAN", "LESS_THAN",
            "GREATER_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL", "EQUAL")
        .build();

    public AttributeDimension() {
      super(SCHEMA);
    }

    /**
     * The action to segment with.
     *
     * <p>Required. Allowed values: {@code INCLUSIVE}, {@code EXCLUSIVE}, {@code CONTAINS}, {@code
     * BEGINS_WITH}, {@code ENDS_WITH}, {@code BEFORE}, {@code AFTER}, {@code BETWEEN}, {@code
     * NOT_BETWEEN}, {@code ON}, {@code GREATER_THAN}, {@code LESS_THAN}, {@code
     * GREATER_THAN_OR_EQUAL}, {@code LESS_THAN_OR_EQUAL}, {@code EQUAL}. CloudFormation property
     * {@code DimensionType}.
     */
    public AttributeDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public AttributeDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The values to apply the DimensionType on.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public AttributeDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public AttributeDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Object that segments on Customer Profile's Calculated Attributes.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.CalculatedAttributeDimension}.
   */
  public static final class CalculatedAttributeDimension extends Struct<CalculatedAttributeDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.CalculatedAttributeDimension")
        .required("DimensionType", "Values")
        .allowed("DimensionType", "INCLUSIVE", "EXCLUSIVE", "CONTAINS", "BEGINS_WITH", "ENDS_WITH",
            "BEFORE", "AFTER", "BETWEEN", "NOT_BETWEEN", "ON", "GREATER_THAN", "LESS_THAN",
            "GREATER_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL", "EQUAL")
        .build();

    public CalculatedAttributeDimension() {
      super(SCHEMA);
    }

    /**
     * Applies the given condition over the initial Calculated Attribute's definition.
     *
     * <p>CloudFormation property {@code ConditionOverrides}.
     */
    public CalculatedAttributeDimension conditionOverrides(Value<ConditionOverrides> value) {
      return set("ConditionOverrides", value);
    }

    /**
     * The action to segment with.
     *
     * <p>Required. Allowed values: {@code INCLUSIVE}, {@code EXCLUSIVE}, {@code CONTAINS}, {@code
     * BEGINS_WITH}, {@code ENDS_WITH}, {@code BEFORE}, {@code AFTER}, {@code BETWEEN}, {@code
     * NOT_BETWEEN}, {@code ON}, {@code GREATER_THAN}, {@code LESS_THAN}, {@code
     * GREATER_THAN_OR_EQUAL}, {@code LESS_THAN_OR_EQUAL}, {@code EQUAL}. CloudFormation property
     * {@code DimensionType}.
     */
    public CalculatedAttributeDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public CalculatedAttributeDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The values to apply the DimensionType with.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public CalculatedAttributeDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public CalculatedAttributeDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * An object to override the original condition block of a calculated attribute.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.ConditionOverrides}.
   */
  public static final class ConditionOverrides extends Struct<ConditionOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::SegmentDefinition.ConditionOverrides");

    public ConditionOverrides() {
      super(SCHEMA);
    }

    /**
     * The relative time period over which data is included in the aggregation for this override.
     *
     * <p>CloudFormation property {@code Range}.
     */
    public ConditionOverrides range(Value<RangeOverride> value) {
      return set("Range", value);
    }
  }

  /**
   * Object that segments on various Customer Profile's date fields.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.DateDimension}.
   */
  public static final class DateDimension extends Struct<DateDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.DateDimension")
        .required("DimensionType", "Values")
        .allowed("DimensionType", "BEFORE", "AFTER", "BETWEEN", "NOT_BETWEEN", "ON")
        .build();

    public DateDimension() {
      super(SCHEMA);
    }

    /**
     * The action to segment on.
     *
     * <p>Required. Allowed values: {@code BEFORE}, {@code AFTER}, {@code BETWEEN}, {@code
     * NOT_BETWEEN}, {@code ON}. CloudFormation property {@code DimensionType}.
     */
    public DateDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public DateDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The values to apply the DimensionType on.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public DateDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public DateDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Defines the attribute to segment on.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::SegmentDefinition.Dimension");

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * Object that holds the calculated attributes to segment on.
     *
     * <p>CloudFormation property {@code CalculatedAttributes}.
     */
    public Dimension calculatedAttributes(Map<String, CalculatedAttributeDimension> value) {
      return set("CalculatedAttributes", Value.mapOf(value));
    }

    /** Sets {@code CalculatedAttributes} to this value; see {@link #calculatedAttributes(Map)}. */
    public Dimension calculatedAttributes(Value<Map<String, CalculatedAttributeDimension>> value) {
      return set("CalculatedAttributes", value);
    }

    /**
     * Object that holds the profile attributes to segment on.
     *
     * <p>CloudFormation property {@code ProfileAttributes}.
     */
    public Dimension profileAttributes(Value<ProfileAttributes> value) {
      return set("ProfileAttributes", value);
    }
  }

  /**
   * Object that segments on various Customer profile's fields that are larger than normal.
   *
   * <p>Property type {@code
   * AWS::CustomerProfiles::SegmentDefinition.ExtraLengthValueProfileDimension}.
   */
  public static final class ExtraLengthValueProfileDimension extends Struct<ExtraLengthValueProfileDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.ExtraLengthValueProfileDimension")
        .required("DimensionType", "Values")
        .allowed("DimensionType", "INCLUSIVE", "EXCLUSIVE", "CONTAINS", "BEGINS_WITH", "ENDS_WITH")
        .build();

    public ExtraLengthValueProfileDimension() {
      super(SCHEMA);
    }

    /**
     * The action to segment with.
     *
     * <p>Required. Allowed values: {@code INCLUSIVE}, {@code EXCLUSIVE}, {@code CONTAINS}, {@code
     * BEGINS_WITH}, {@code ENDS_WITH}. CloudFormation property {@code DimensionType}.
     */
    public ExtraLengthValueProfileDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public ExtraLengthValueProfileDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The values to apply the DimensionType on.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public ExtraLengthValueProfileDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ExtraLengthValueProfileDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Contains dimensions that determine what to segment on.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.Group}.
   */
  public static final class Group extends Struct<Group> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.Group")
        .allowed("SourceType", "ALL", "ANY", "NONE")
        .allowed("Type", "ALL", "ANY", "NONE")
        .build();

    public Group() {
      super(SCHEMA);
    }

    /**
     * Defines the attributes to segment on.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public Group dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public Group dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public Group dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * Defines the starting source of data.
     *
     * <p>CloudFormation property {@code SourceSegments}.
     */
    public Group sourceSegments(List<SourceSegment> value) {
      return set("SourceSegments", Value.listOf(value));
    }

    /** Sets {@code SourceSegments} to this value; see {@link #sourceSegments(List)}. */
    public Group sourceSegments(Value<List<SourceSegment>> value) {
      return set("SourceSegments", value);
    }

    /** Sets {@code SourceSegments} to a list of these; see {@link #sourceSegments(List)}. */
    public Group sourceSegments(SourceSegment... values) {
      return set("SourceSegments", Value.list(values));
    }

    /**
     * Defines how to interact with the source data.
     *
     * <p>Allowed values: {@code ALL}, {@code ANY}, {@code NONE}. CloudFormation property {@code
     * SourceType}.
     */
    public Group sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public Group sourceType(Value<String> value) {
      return set("SourceType", value);
    }

    /**
     * Defines how to interact with the profiles found in the current filtering.
     *
     * <p>Allowed values: {@code ALL}, {@code ANY}, {@code NONE}. CloudFormation property {@code
     * Type}.
     */
    public Group type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Group type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The object used to segment on attributes within the customer profile.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.ProfileAttributes}.
   */
  public static final class ProfileAttributes extends Struct<ProfileAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::CustomerProfiles::SegmentDefinition.ProfileAttributes");

    public ProfileAttributes() {
      super(SCHEMA);
    }

    /**
     * A field to describe values to segment on within account number.
     *
     * <p>CloudFormation property {@code AccountNumber}.
     */
    public ProfileAttributes accountNumber(Value<ProfileDimension> value) {
      return set("AccountNumber", value);
    }

    /**
     * A field to describe values to segment on within additional information.
     *
     * <p>CloudFormation property {@code AdditionalInformation}.
     */
    public ProfileAttributes additionalInformation(Value<ExtraLengthValueProfileDimension> value) {
      return set("AdditionalInformation", value);
    }

    /**
     * A field to describe values to segment on within address.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public ProfileAttributes address(Value<AddressDimension> value) {
      return set("Address", value);
    }

    /**
     * A field to describe values to segment on within attributes.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public ProfileAttributes attributes(Map<String, AttributeDimension> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public ProfileAttributes attributes(Value<Map<String, AttributeDimension>> value) {
      return set("Attributes", value);
    }

    /**
     * A field to describe values to segment on within billing address.
     *
     * <p>CloudFormation property {@code BillingAddress}.
     */
    public ProfileAttributes billingAddress(Value<AddressDimension> value) {
      return set("BillingAddress", value);
    }

    /**
     * A field to describe values to segment on within birthDate.
     *
     * <p>CloudFormation property {@code BirthDate}.
     */
    public ProfileAttributes birthDate(Value<DateDimension> value) {
      return set("BirthDate", value);
    }

    /**
     * A field to describe values to segment on within business email address.
     *
     * <p>CloudFormation property {@code BusinessEmailAddress}.
     */
    public ProfileAttributes businessEmailAddress(Value<ProfileDimension> value) {
      return set("BusinessEmailAddress", value);
    }

    /**
     * A field to describe values to segment on within business name.
     *
     * <p>CloudFormation property {@code BusinessName}.
     */
    public ProfileAttributes businessName(Value<ProfileDimension> value) {
      return set("BusinessName", value);
    }

    /**
     * A field to describe values to segment on within business phone number.
     *
     * <p>CloudFormation property {@code BusinessPhoneNumber}.
     */
    public ProfileAttributes businessPhoneNumber(Value<ProfileDimension> value) {
      return set("BusinessPhoneNumber", value);
    }

    /**
     * A field to describe values to segment on within email address.
     *
     * <p>CloudFormation property {@code EmailAddress}.
     */
    public ProfileAttributes emailAddress(Value<ProfileDimension> value) {
      return set("EmailAddress", value);
    }

    /**
     * A field to describe values to segment on within first name.
     *
     * <p>CloudFormation property {@code FirstName}.
     */
    public ProfileAttributes firstName(Value<ProfileDimension> value) {
      return set("FirstName", value);
    }

    /**
     * A field to describe values to segment on within genderString.
     *
     * <p>CloudFormation property {@code GenderString}.
     */
    public ProfileAttributes genderString(Value<ProfileDimension> value) {
      return set("GenderString", value);
    }

    /**
     * A field to describe values to segment on within home phone number.
     *
     * <p>CloudFormation property {@code HomePhoneNumber}.
     */
    public ProfileAttributes homePhoneNumber(Value<ProfileDimension> value) {
      return set("HomePhoneNumber", value);
    }

    /**
     * A field to describe values to segment on within last name.
     *
     * <p>CloudFormation property {@code LastName}.
     */
    public ProfileAttributes lastName(Value<ProfileDimension> value) {
      return set("LastName", value);
    }

    /**
     * A field to describe values to segment on within mailing address.
     *
     * <p>CloudFormation property {@code MailingAddress}.
     */
    public ProfileAttributes mailingAddress(Value<AddressDimension> value) {
      return set("MailingAddress", value);
    }

    /**
     * A field to describe values to segment on within middle name.
     *
     * <p>CloudFormation property {@code MiddleName}.
     */
    public ProfileAttributes middleName(Value<ProfileDimension> value) {
      return set("MiddleName", value);
    }

    /**
     * A field to describe values to segment on within mobile phone number.
     *
     * <p>CloudFormation property {@code MobilePhoneNumber}.
     */
    public ProfileAttributes mobilePhoneNumber(Value<ProfileDimension> value) {
      return set("MobilePhoneNumber", value);
    }

    /**
     * A field to describe values to segment on within partyTypeString.
     *
     * <p>CloudFormation property {@code PartyTypeString}.
     */
    public ProfileAttributes partyTypeString(Value<ProfileDimension> value) {
      return set("PartyTypeString", value);
    }

    /**
     * A field to describe values to segment on within personal email address.
     *
     * <p>CloudFormation property {@code PersonalEmailAddress}.
     */
    public ProfileAttributes personalEmailAddress(Value<ProfileDimension> value) {
      return set("PersonalEmailAddress", value);
    }

    /**
     * A field to describe values to segment on within phone number.
     *
     * <p>CloudFormation property {@code PhoneNumber}.
     */
    public ProfileAttributes phoneNumber(Value<ProfileDimension> value) {
      return set("PhoneNumber", value);
    }

    /**
     * The type of profile.
     *
     * <p>CloudFormation property {@code ProfileType}.
     */
    public ProfileAttributes profileType(Value<ProfileTypeDimension> value) {
      return set("ProfileType", value);
    }

    /**
     * A field to describe values to segment on within shipping address.
     *
     * <p>CloudFormation property {@code ShippingAddress}.
     */
    public ProfileAttributes shippingAddress(Value<AddressDimension> value) {
      return set("ShippingAddress", value);
    }
  }

  /**
   * Object that segments on various Customer profile's fields that are larger than normal.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.ProfileDimension}.
   */
  public static final class ProfileDimension extends Struct<ProfileDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.ProfileDimension")
        .required("DimensionType", "Values")
        .allowed("DimensionType", "INCLUSIVE", "EXCLUSIVE", "CONTAINS", "BEGINS_WITH", "ENDS_WITH")
        .build();

    public ProfileDimension() {
      super(SCHEMA);
    }

    /**
     * The action to segment on.
     *
     * <p>Required. Allowed values: {@code INCLUSIVE}, {@code EXCLUSIVE}, {@code CONTAINS}, {@code
     * BEGINS_WITH}, {@code ENDS_WITH}. CloudFormation property {@code DimensionType}.
     */
    public ProfileDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public ProfileDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /** Required. CloudFormation property {@code Values}. */
    public ProfileDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ProfileDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Specifies profile type based criteria for a segment.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.ProfileTypeDimension}.
   */
  public static final class ProfileTypeDimension extends Struct<ProfileTypeDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.ProfileTypeDimension")
        .required("DimensionType", "Values")
        .allowed("DimensionType", "INCLUSIVE", "EXCLUSIVE")
        .allowed("Values", "ACCOUNT_PROFILE", "PROFILE")
        .build();

    public ProfileTypeDimension() {
      super(SCHEMA);
    }

    /**
     * The action to segment on.
     *
     * <p>Required. Allowed values: {@code INCLUSIVE}, {@code EXCLUSIVE}. CloudFormation property
     * {@code DimensionType}.
     */
    public ProfileTypeDimension dimensionType(String value) {
      return set("DimensionType", Value.of(value));
    }

    /** Sets {@code DimensionType} to this value; see {@link #dimensionType(String)}. */
    public ProfileTypeDimension dimensionType(Value<String> value) {
      return set("DimensionType", value);
    }

    /**
     * The values to apply the DimensionType on.
     *
     * <p>Required. Allowed values: {@code ACCOUNT_PROFILE}, {@code PROFILE}. CloudFormation
     * property {@code Values}.
     */
    public ProfileTypeDimension values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ProfileTypeDimension values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Overrides the original range on a calculated attribute definition.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.RangeOverride}.
   */
  public static final class RangeOverride extends Struct<RangeOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.RangeOverride")
        .required("Start", "Unit")
        .allowed("Unit", "DAYS")
        .build();

    public RangeOverride() {
      super(SCHEMA);
    }

    /**
     * The end time of when to include objects.
     *
     * <p>CloudFormation property {@code End}.
     */
    public RangeOverride end(int value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(int)}. */
    public RangeOverride end(Value<Integer> value) {
      return set("End", value);
    }

    /**
     * The start time of when to include objects.
     *
     * <p>Required. CloudFormation property {@code Start}.
     */
    public RangeOverride start(int value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(int)}. */
    public RangeOverride start(Value<Integer> value) {
      return set("Start", value);
    }

    /**
     * The unit for start and end.
     *
     * <p>Required. Allowed values: {@code DAYS}. CloudFormation property {@code Unit}.
     */
    public RangeOverride unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public RangeOverride unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * Contains all groups of the segment definition.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.SegmentGroup}.
   */
  public static final class SegmentGroup extends Struct<SegmentGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.SegmentGroup")
        .allowed("Include", "ALL", "ANY", "NONE")
        .build();

    public SegmentGroup() {
      super(SCHEMA);
    }

    /**
     * Holds the list of groups within the segment definition.
     *
     * <p>CloudFormation property {@code Groups}.
     */
    public SegmentGroup groups(List<Group> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public SegmentGroup groups(Value<List<Group>> value) {
      return set("Groups", value);
    }

    /** Sets {@code Groups} to a list of these; see {@link #groups(List)}. */
    public SegmentGroup groups(Group... values) {
      return set("Groups", Value.list(values));
    }

    /**
     * Defines whether to include or exclude the profiles that fit the segment criteria.
     *
     * <p>Allowed values: {@code ALL}, {@code ANY}, {@code NONE}. CloudFormation property {@code
     * Include}.
     */
    public SegmentGroup include(String value) {
      return set("Include", Value.of(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(String)}. */
    public SegmentGroup include(Value<String> value) {
      return set("Include", value);
    }
  }

  /**
   * Defines how segments should be sorted and ordered in the results.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.SegmentSort}.
   */
  public static final class SegmentSort extends Struct<SegmentSort> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.SegmentSort")
        .required("Attributes")
        .build();

    public SegmentSort() {
      super(SCHEMA);
    }

    /**
     * A list of attributes used to sort the segments and their ordering preferences.
     *
     * <p>Required. CloudFormation property {@code Attributes}.
     */
    public SegmentSort attributes(List<SortAttribute> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public SegmentSort attributes(Value<List<SortAttribute>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public SegmentSort attributes(SortAttribute... values) {
      return set("Attributes", Value.list(values));
    }
  }

  /**
   * Defines the characteristics and rules for sorting by a specific attribute.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.SortAttribute}.
   */
  public static final class SortAttribute extends Struct<SortAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.SortAttribute")
        .required("Name", "Order")
        .allowed("DataType", "STRING", "NUMBER", "DATE")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(255))
        .allowed("Order", "ASC", "DESC")
        .allowed("Type", "PROFILE", "CALCULATED")
        .build();

    public SortAttribute() {
      super(SCHEMA);
    }

    /**
     * The data type of the sort attribute (e.g., string, number, date).
     *
     * <p>Allowed values: {@code STRING}, {@code NUMBER}, {@code DATE}. CloudFormation property
     * {@code DataType}.
     */
    public SortAttribute dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public SortAttribute dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * The name of the attribute to sort by.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code Name}.
     */
    public SortAttribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SortAttribute name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The sort order for the attribute (ascending or descending).
     *
     * <p>Required. Allowed values: {@code ASC}, {@code DESC}. CloudFormation property {@code
     * Order}.
     */
    public SortAttribute order(String value) {
      return set("Order", Value.of(value));
    }

    /** Sets {@code Order} to this value; see {@link #order(String)}. */
    public SortAttribute order(Value<String> value) {
      return set("Order", value);
    }

    /**
     * The type of attribute (e.g., profile, calculated).
     *
     * <p>Allowed values: {@code PROFILE}, {@code CALCULATED}. CloudFormation property {@code Type}.
     */
    public SortAttribute type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SortAttribute type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The source segments to build off of.
   *
   * <p>Property type {@code AWS::CustomerProfiles::SegmentDefinition.SourceSegment}.
   */
  public static final class SourceSegment extends Struct<SourceSegment> {
    private static final Schema SCHEMA = Schema.builder("AWS::CustomerProfiles::SegmentDefinition.SourceSegment")
        .constrain("SegmentDefinitionName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .build();

    public SourceSegment() {
      super(SCHEMA);
    }

    /**
     * The name of the source segment.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code SegmentDefinitionName}.
     */
    public SourceSegment segmentDefinitionName(String value) {
      return set("SegmentDefinitionName", Value.of(value));
    }

    /**
     * Sets {@code SegmentDefinitionName} to this value; see {@link #segmentDefinitionName(String)}.
     */
    public SourceSegment segmentDefinitionName(Value<String> value) {
      return set("SegmentDefinitionName", value);
    }
  }
}
