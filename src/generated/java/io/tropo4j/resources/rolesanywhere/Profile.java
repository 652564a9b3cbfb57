// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rolesanywhere;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Creates a Profile.
 *
 * <p>CloudFormation type {@code AWS::RolesAnywhere::Profile}.
 */
public final class Profile extends Resource<Profile> {
  private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::Profile")
      .required("Name", "RoleArns")
      .constrain("DurationSeconds", Constraint.of().minimum(900).maximum(43200))
      .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9-_]*$").minLength(1).maxLength(255))
      .constrain("RoleArns", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)$").minLength(1).maxLength(1011))
      .references("RoleArns", "AWS::IAM::Role.Arn")
      .refYields("ProfileId")
      .attributes("ProfileArn", "ProfileId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Profile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Used to determine if a custom role session name will be accepted in a temporary credential
   * request.
   *
   * <p>CloudFormation property {@code AcceptRoleSessionName}.
   */
  public Profile acceptRoleSessionName(boolean value) {
    return set("AcceptRoleSessionName", Value.of(value));
  }

  /**
   * Sets {@code AcceptRoleSessionName} to this value; see {@link #acceptRoleSessionName(boolean)}.
   */
  public Profile acceptRoleSessionName(Value<Boolean> value) {
    return set("AcceptRoleSessionName", value);
  }

  /**
   * A mapping applied to the authenticating end-entity certificate.
   *
   * <p>CloudFormation property {@code AttributeMappings}.
   */
  public Profile attributeMappings(List<AttributeMapping> value) {
    return set("AttributeMappings", Value.listOf(value));
  }

  /** Sets {@code AttributeMappings} to this value; see {@link #attributeMappings(List)}. */
  public Profile attributeMappings(Value<List<AttributeMapping>> value) {
    return set("AttributeMappings", value);
  }

  /** Sets {@code AttributeMappings} to a list of these; see {@link #attributeMappings(List)}. */
  public Profile attributeMappings(AttributeMapping... values) {
    return set("AttributeMappings", Value.list(values));
  }

  /**
   * The number of seconds vended session credentials will be valid for
   *
   * <p>Range: 900 to 43200. CloudFormation property {@code DurationSeconds}.
   */
  public Profile durationSeconds(double value) {
    return set("DurationSeconds", Value.of(value));
  }

  /** Sets {@code DurationSeconds} to this value; see {@link #durationSeconds(double)}. */
  public Profile durationSeconds(Value<Double> value) {
    return set("DurationSeconds", value);
  }

  /**
   * The enabled status of the resource.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public Profile enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public Profile enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * A list of managed policy ARNs. Managed policies identified by this list will be applied to the
   * vended session credentials.
   *
   * <p>CloudFormation property {@code ManagedPolicyArns}.
   */
  public Profile managedPolicyArns(List<String> value) {
    return set("ManagedPolicyArns", Value.listOf(value));
  }

  /** Sets {@code ManagedPolicyArns} to this value; see {@link #managedPolicyArns(List)}. */
  public Profile managedPolicyArns(Value<List<String>> value) {
    return set("ManagedPolicyArns", value);
  }

  /**
   * The customer specified name of the resource.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[ a-zA-Z0-9-_]*$}. CloudFormation
   * property {@code Name}.
   */
  public Profile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Profile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies whether instance properties are required in CreateSession requests with this profile.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * RequireInstanceProperties}.
   */
  public Profile requireInstanceProperties(boolean value) {
    return set("RequireInstanceProperties", Value.of(value));
  }

  /**
   * Sets {@code RequireInstanceProperties} to this value; see {@link
   * #requireInstanceProperties(boolean)}.
   */
  public Profile requireInstanceProperties(Value<Boolean> value) {
    return set("RequireInstanceProperties", value);
  }

  /**
   * A list of IAM role ARNs that can be assumed when this profile is specified in a CreateSession
   * request.
   *
   * <p>Required. Length: 1 to 1011 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)$}. CloudFormation property {@code RoleArns}.
   */
  public Profile roleArns(List<String> value) {
    return set("RoleArns", Value.listOf(value));
  }

  /** Sets {@code RoleArns} to this value; see {@link #roleArns(List)}. */
  public Profile roleArns(Value<List<String>> value) {
    return set("RoleArns", value);
  }

  /**
   * Sets {@code RoleArns} to the Arn of each {@code AWS::IAM::Role}; see {@link #roleArns(List)}.
   */
  public Profile roleArns(Role... resources) {
    return set("RoleArns", Value.attributes("Arn", resources));
  }

  /**
   * A session policy that will applied to the trust boundary of the vended session credentials.
   *
   * <p>CloudFormation property {@code SessionPolicy}.
   */
  public Profile sessionPolicy(String value) {
    return set("SessionPolicy", Value.of(value));
  }

  /** Sets {@code SessionPolicy} to this value; see {@link #sessionPolicy(String)}. */
  public Profile sessionPolicy(Value<String> value) {
    return set("SessionPolicy", value);
  }

  /**
   * A list of Tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Profile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Profile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Profile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileArn}.
   */
  public Value<String> profileArn() {
    return getAtt("ProfileArn");
  }

  /**
   * The unique primary identifier of the Profile
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileId}.
   */
  public Value<String> profileId() {
    return getAtt("ProfileId");
  }

  /**
   * A mapping applied to the authenticating end-entity certificate.
   *
   * <p>Property type {@code AWS::RolesAnywhere::Profile.AttributeMapping}.
   */
  public static final class AttributeMapping extends Struct<AttributeMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::Profile.AttributeMapping")
        .required("CertificateField", "MappingRules")
        .allowed("CertificateField", "x509Subject", "x509Issuer", "x509SAN")
        .build();

    public AttributeMapping() {
      super(SCHEMA);
    }

    /**
     * Fields (x509Subject, x509Issuer and x509SAN) within X.509 certificates.
     *
     * <p>Required. Allowed values: {@code x509Subject}, {@code x509Issuer}, {@code x509SAN}.
     * CloudFormation property {@code CertificateField}.
     */
    public AttributeMapping certificateField(String value) {
      return set("CertificateField", Value.of(value));
    }

    /** Sets {@code CertificateField} to this value; see {@link #certificateField(String)}. */
    public AttributeMapping certificateField(Value<String> value) {
      return set("CertificateField", value);
    }

    /**
     * A list of mapping entries for every supported specifier or sub-field.
     *
     * <p>Required. CloudFormation property {@code MappingRules}.
     */
    public AttributeMapping mappingRules(List<MappingRule> value) {
      return set("MappingRules", Value.listOf(value));
    }

    /** Sets {@code MappingRules} to this value; see {@link #mappingRules(List)}. */
    public AttributeMapping mappingRules(Value<List<MappingRule>> value) {
      return set("MappingRules", value);
    }

    /** Sets {@code MappingRules} to a list of these; see {@link #mappingRules(List)}. */
    public AttributeMapping mappingRules(MappingRule... values) {
      return set("MappingRules", Value.list(values));
    }
  }

  /**
   * A single mapping entry for each supported specifier or sub-field.
   *
   * <p>Property type {@code AWS::RolesAnywhere::Profile.MappingRule}.
   */
  public static final class MappingRule extends Struct<MappingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::Profile.MappingRule")
        .required("Specifier")
        .build();

    public MappingRule() {
      super(SCHEMA);
    }

    /**
     * Specifier within a certificate field, such as CN, OU, or UID from the Subject field.
     *
     * <p>Required. CloudFormation property {@code Specifier}.
     */
    public MappingRule specifier(String value) {
      return set("Specifier", Value.of(value));
    }

    /** Sets {@code Specifier} to this value; see {@link #specifier(String)}. */
    public MappingRule specifier(Value<String> value) {
      return set("Specifier", value);
    }
  }
}
