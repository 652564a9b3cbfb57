// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.signer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a signing profile. A signing profile is a code-signing template that can be used to carry
 * out a pre-defined signing job.
 *
 * <p>CloudFormation type {@code AWS::Signer::SigningProfile}.
 */
public final class SigningProfile extends Resource<SigningProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Signer::SigningProfile")
      .required("PlatformId")
      .allowed("PlatformId", "AWSLambda-SHA384-ECDSA", "Notation-OCI-SHA384-ECDSA")
      .constrain("ProfileName", Constraint.of().pattern("^[0-9a-zA-Z_]{2,64}$").minLength(2).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "ProfileName", "ProfileVersion", "ProfileVersionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SigningProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of a platform that is available for use by a signing profile.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code AWSLambda-SHA384-ECDSA},
   * {@code Notation-OCI-SHA384-ECDSA}. CloudFormation property {@code PlatformId}.
   */
  public SigningProfile platformId(String value) {
    return set("PlatformId", Value.of(value));
  }

  /** Sets {@code PlatformId} to this value; see {@link #platformId(String)}. */
  public SigningProfile platformId(Value<String> value) {
    return set("PlatformId", value);
  }

  /**
   * The name of the signing profile.
   *
   * <p>Changing it replaces the resource. Length: 2 to 64 characters. Pattern: {@code
   * ^[0-9a-zA-Z_]{2,64}$}. CloudFormation property {@code ProfileName}.
   */
  public SigningProfile profileName(String value) {
    return set("ProfileName", Value.of(value));
  }

  /** Sets {@code ProfileName} to this value; see {@link #profileName(String)}. */
  public SigningProfile profileName(Value<String> value) {
    return set("ProfileName", value);
  }

  /**
   * The validity period override for any signature generated using this signing profile. If
   * unspecified, the default is 135 months.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SignatureValidityPeriod}.
   */
  public SigningProfile signatureValidityPeriod(Value<SignatureValidityPeriod> value) {
    return set("SignatureValidityPeriod", value);
  }

  /**
   * A list of tags associated with the signing profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SigningProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SigningProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SigningProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the signing profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the signing profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileName}.
   */
  public Value<String> profileName() {
    return getAtt("ProfileName");
  }

  /**
   * The version of the signing profile created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileVersion}.
   */
  public Value<String> profileVersion() {
    return getAtt("ProfileVersion");
  }

  /**
   * The signing profile ARN, including the profile version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileVersionArn}.
   */
  public Value<String> profileVersionArn() {
    return getAtt("ProfileVersionArn");
  }

  /**
   * The validity period for the signing job.
   *
   * <p>Property type {@code AWS::Signer::SigningProfile.SignatureValidityPeriod}.
   */
  public static final class SignatureValidityPeriod extends Struct<SignatureValidityPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::Signer::SigningProfile.SignatureValidityPeriod")
        .allowed("Type", "DAYS", "MONTHS", "YEARS")
        .build();

    public SignatureValidityPeriod() {
      super(SCHEMA);
    }

    /**
     * The time unit for signature validity: DAYS | MONTHS | YEARS.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code DAYS}, {@code MONTHS}, {@code
     * YEARS}. CloudFormation property {@code Type}.
     */
    public SignatureValidityPeriod type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SignatureValidityPeriod type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The numerical value of the time unit for signature validity.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public SignatureValidityPeriod value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public SignatureValidityPeriod value(Value<Integer> value) {
      return set("Value", value);
    }
  }
}
