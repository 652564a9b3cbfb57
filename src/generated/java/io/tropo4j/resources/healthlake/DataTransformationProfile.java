// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.healthlake;

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
 * Creates a Data Transformation Profile in AWS HealthLake that converts healthcare data from a
 * source format (such as C-CDA or CSV) into FHIR R4. A profile is immutable once created; to change
 * its template content, replace the resource. Only its tags can be updated in place.
 *
 * <p>CloudFormation type {@code AWS::HealthLake::DataTransformationProfile}.
 */
public final class DataTransformationProfile extends Resource<DataTransformationProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::DataTransformationProfile")
      .required("ProfileName", "SourceFormat")
      .constrain("ProfileDescription", Constraint.of().minLength(0).maxLength(1000))
      .constrain("ProfileName", Constraint.of().minLength(1).maxLength(256))
      .allowed("SourceFormat", "CCDA", "CSV")
      .refYields("Arn")
      .attributes("Arn", "ProfileId", "TargetFormat")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataTransformationProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier (key ID or ARN) of a customer-managed KMS key used to encrypt the profile's
   * template content at rest. If omitted, an AWS owned key is used.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public DataTransformationProfile kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public DataTransformationProfile kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * A human-readable description of the profile's purpose.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code ProfileDescription}.
   */
  public DataTransformationProfile profileDescription(String value) {
    return set("ProfileDescription", Value.of(value));
  }

  /** Sets {@code ProfileDescription} to this value; see {@link #profileDescription(String)}. */
  public DataTransformationProfile profileDescription(Value<String> value) {
    return set("ProfileDescription", value);
  }

  /**
   * The human-readable name of the profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code ProfileName}.
   */
  public DataTransformationProfile profileName(String value) {
    return set("ProfileName", Value.of(value));
  }

  /** Sets {@code ProfileName} to this value; see {@link #profileName(String)}. */
  public DataTransformationProfile profileName(Value<String> value) {
    return set("ProfileName", value);
  }

  /**
   * The source from which to create the profile's initial template content. Exactly one of the
   * members must be specified. Use StarterProfile (C-CDA only), ProfileMapping (C-CDA or CSV), or
   * ExistingVersionedProfileId to clone an existing profile. Each produces a published profile.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public DataTransformationProfile source(Value<Source> value) {
    return set("Source", value);
  }

  /**
   * The source format that this profile converts from.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CCDA}, {@code CSV}.
   * CloudFormation property {@code SourceFormat}.
   */
  public DataTransformationProfile sourceFormat(String value) {
    return set("SourceFormat", Value.of(value));
  }

  /** Sets {@code SourceFormat} to this value; see {@link #sourceFormat(String)}. */
  public DataTransformationProfile sourceFormat(Value<String> value) {
    return set("SourceFormat", value);
  }

  /**
   * An array of key-value pairs to apply to this profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataTransformationProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataTransformationProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataTransformationProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the data transformation profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique, server-generated identifier of the profile (32-character lowercase hexadecimal).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileId}.
   */
  public Value<String> profileId() {
    return getAtt("ProfileId");
  }

  /**
   * The target format that this profile converts to. Always FHIR_R4.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetFormat}.
   */
  public Value<String> targetFormat() {
    return getAtt("TargetFormat");
  }

  /**
   * Create the profile by cloning a specific version of an existing profile.
   *
   * <p>Property type {@code
   * AWS::HealthLake::DataTransformationProfile.ExistingVersionedProfileSource}.
   */
  public static final class ExistingVersionedProfileSource extends Struct<ExistingVersionedProfileSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::DataTransformationProfile.ExistingVersionedProfileSource")
        .required("ProfileId", "Version")
        .build();

    public ExistingVersionedProfileSource() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the source profile to clone.
     *
     * <p>Required. CloudFormation property {@code ProfileId}.
     */
    public ExistingVersionedProfileSource profileId(String value) {
      return set("ProfileId", Value.of(value));
    }

    /** Sets {@code ProfileId} to this value; see {@link #profileId(String)}. */
    public ExistingVersionedProfileSource profileId(Value<String> value) {
      return set("ProfileId", value);
    }

    /**
     * The version number of the source profile to clone.
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public ExistingVersionedProfileSource version(int value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(int)}. */
    public ExistingVersionedProfileSource version(Value<Integer> value) {
      return set("Version", value);
    }
  }

  /**
   * Create the profile from raw Velocity template mapping content.
   *
   * <p>Property type {@code AWS::HealthLake::DataTransformationProfile.ProfileMappingSource}.
   */
  public static final class ProfileMappingSource extends Struct<ProfileMappingSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::DataTransformationProfile.ProfileMappingSource")
        .required("ProfileMapping")
        .build();

    public ProfileMappingSource() {
      super(SCHEMA);
    }

    /**
     * Map of template file paths to their Velocity template content.
     *
     * <p>Required. CloudFormation property {@code ProfileMapping}.
     */
    public ProfileMappingSource profileMapping(Map<String, String> value) {
      return set("ProfileMapping", Value.mapOf(value));
    }

    /** Sets {@code ProfileMapping} to this value; see {@link #profileMapping(Map)}. */
    public ProfileMappingSource profileMapping(Value<Map<String, String>> value) {
      return set("ProfileMapping", value);
    }
  }

  /**
   * The source from which to create the profile's initial template content. Exactly one of the
   * members must be specified. Use StarterProfile (C-CDA only), ProfileMapping (C-CDA or CSV), or
   * ExistingVersionedProfileId to clone an existing profile. Each produces a published profile.
   *
   * <p>Property type {@code AWS::HealthLake::DataTransformationProfile.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.of("AWS::HealthLake::DataTransformationProfile.Source");

    public Source() {
      super(SCHEMA);
    }

    /**
     * Create the profile by cloning a specific version of an existing profile.
     *
     * <p>CloudFormation property {@code ExistingVersionedProfileId}.
     */
    public Source existingVersionedProfileId(Value<ExistingVersionedProfileSource> value) {
      return set("ExistingVersionedProfileId", value);
    }

    /**
     * Create the profile from raw Velocity template mapping content.
     *
     * <p>CloudFormation property {@code ProfileMapping}.
     */
    public Source profileMapping(Value<ProfileMappingSource> value) {
      return set("ProfileMapping", value);
    }

    /**
     * Create the profile from a predefined starter profile of transformation templates.
     *
     * <p>CloudFormation property {@code StarterProfile}.
     */
    public Source starterProfile(Value<StarterProfileSource> value) {
      return set("StarterProfile", value);
    }
  }

  /**
   * Create the profile from a predefined starter profile of transformation templates.
   *
   * <p>Property type {@code AWS::HealthLake::DataTransformationProfile.StarterProfileSource}.
   */
  public static final class StarterProfileSource extends Struct<StarterProfileSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::DataTransformationProfile.StarterProfileSource")
        .required("StarterProfileName")
        .build();

    public StarterProfileSource() {
      super(SCHEMA);
    }

    /**
     * The name of the starter profile to seed the profile from.
     *
     * <p>Required. CloudFormation property {@code StarterProfileName}.
     */
    public StarterProfileSource starterProfileName(String value) {
      return set("StarterProfileName", Value.of(value));
    }

    /** Sets {@code StarterProfileName} to this value; see {@link #starterProfileName(String)}. */
    public StarterProfileSource starterProfileName(Value<String> value) {
      return set("StarterProfileName", value);
    }
  }
}
