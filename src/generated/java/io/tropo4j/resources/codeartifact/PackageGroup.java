// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codeartifact;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a package group. For more information about creating package groups, including example
 * CLI commands, see <a
 * href="https://docs.aws.amazon.com/codeartifact/latest/ug/create-package-group.html">Create a
 * package group</a> in the <em>CodeArtifact User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CodeArtifact::PackageGroup}.
 */
public final class PackageGroup extends Resource<PackageGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeArtifact::PackageGroup")
      .required("DomainName", "Pattern")
      .constrain("ContactInfo", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("DomainName", Constraint.of().pattern("^([a-z][a-z0-9\\-]{0,48}[a-z0-9])$").minLength(2).maxLength(50))
      .constrain("DomainOwner", Constraint.of().pattern("[0-9]{12}").minLength(12).maxLength(12))
      .constrain("Pattern", Constraint.of().minLength(2).maxLength(520))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PackageGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The contact information of the package group.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * ContactInfo}.
   */
  public PackageGroup contactInfo(String value) {
    return set("ContactInfo", Value.of(value));
  }

  /** Sets {@code ContactInfo} to this value; see {@link #contactInfo(String)}. */
  public PackageGroup contactInfo(Value<String> value) {
    return set("ContactInfo", value);
  }

  /**
   * The description of the package group.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public PackageGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PackageGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The domain that contains the package group.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 50 characters. Pattern: {@code
   * ^([a-z][a-z0-9&#92;-]{0,48}[a-z0-9])$}. CloudFormation property {@code DomainName}.
   */
  public PackageGroup domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public PackageGroup domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The 12-digit account number of the AWS account that owns the domain. It does not include dashes
   * or spaces.
   *
   * <p>Length: 12 to 12 characters. Pattern: {@code [0-9]{12}}. CloudFormation property {@code
   * DomainOwner}.
   */
  public PackageGroup domainOwner(String value) {
    return set("DomainOwner", Value.of(value));
  }

  /** Sets {@code DomainOwner} to this value; see {@link #domainOwner(String)}. */
  public PackageGroup domainOwner(Value<String> value) {
    return set("DomainOwner", value);
  }

  /**
   * Details about the package origin configuration of a package group.
   *
   * <p>CloudFormation property {@code OriginConfiguration}.
   */
  public PackageGroup originConfiguration(Value<OriginConfiguration> value) {
    return set("OriginConfiguration", value);
  }

  /**
   * The pattern of the package group. The pattern determines which packages are associated with the
   * package group.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 520 characters. CloudFormation
   * property {@code Pattern}.
   */
  public PackageGroup pattern(String value) {
    return set("Pattern", Value.of(value));
  }

  /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
  public PackageGroup pattern(Value<String> value) {
    return set("Pattern", value);
  }

  /**
   * An array of key-value pairs to apply to the package group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PackageGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PackageGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PackageGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the package group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** Property type {@code AWS::CodeArtifact::PackageGroup.OriginConfiguration}. */
  public static final class OriginConfiguration extends Struct<OriginConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeArtifact::PackageGroup.OriginConfiguration")
        .required("Restrictions")
        .build();

    public OriginConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Restrictions}. */
    public OriginConfiguration restrictions(Value<Restrictions> value) {
      return set("Restrictions", value);
    }
  }

  /** Property type {@code AWS::CodeArtifact::PackageGroup.RestrictionType}. */
  public static final class RestrictionType extends Struct<RestrictionType> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeArtifact::PackageGroup.RestrictionType")
        .required("RestrictionMode")
        .allowed("RestrictionMode", "ALLOW", "BLOCK", "ALLOW_SPECIFIC_REPOSITORIES", "INHERIT")
        .build();

    public RestrictionType() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Repositories}. */
    public RestrictionType repositories(List<String> value) {
      return set("Repositories", Value.listOf(value));
    }

    /** Sets {@code Repositories} to this value; see {@link #repositories(List)}. */
    public RestrictionType repositories(Value<List<String>> value) {
      return set("Repositories", value);
    }

    /**
     * Required. Allowed values: {@code ALLOW}, {@code BLOCK}, {@code ALLOW_SPECIFIC_REPOSITORIES},
     * {@code INHERIT}. CloudFormation property {@code RestrictionMode}.
     */
    public RestrictionType restrictionMode(String value) {
      return set("RestrictionMode", Value.of(value));
    }

    /** Sets {@code RestrictionMode} to this value; see {@link #restrictionMode(String)}. */
    public RestrictionType restrictionMode(Value<String> value) {
      return set("RestrictionMode", value);
    }
  }

  /** Property type {@code AWS::CodeArtifact::PackageGroup.Restrictions}. */
  public static final class Restrictions extends Struct<Restrictions> {
    private static final Schema SCHEMA = Schema.of("AWS::CodeArtifact::PackageGroup.Restrictions");

    public Restrictions() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ExternalUpstream}. */
    public Restrictions externalUpstream(Value<RestrictionType> value) {
      return set("ExternalUpstream", value);
    }

    /** CloudFormation property {@code InternalUpstream}. */
    public Restrictions internalUpstream(Value<RestrictionType> value) {
      return set("InternalUpstream", value);
    }

    /** CloudFormation property {@code Publish}. */
    public Restrictions publish(Value<RestrictionType> value) {
      return set("Publish", value);
    }
  }
}
