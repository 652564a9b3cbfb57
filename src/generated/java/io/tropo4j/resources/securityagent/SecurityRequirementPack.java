// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SecurityAgent::SecurityRequirementPack
 *
 * <p>CloudFormation type {@code AWS::SecurityAgent::SecurityRequirementPack}.
 */
public final class SecurityRequirementPack extends Resource<SecurityRequirementPack> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::SecurityRequirementPack")
      .required("Name")
      .constrain("Description", Constraint.of().maxLength(500))
      .constrain("Name", Constraint.of().minLength(1).maxLength(120))
      .allowed("Status", "ENABLED", "DISABLED")
      .refYields("PackId")
      .attributes("PackId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SecurityRequirementPack(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Description of the pack
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code Description}.
   */
  public SecurityRequirementPack description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityRequirementPack description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * KMS key for client-side encryption of pack contents
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public SecurityRequirementPack kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public SecurityRequirementPack kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Name of the security requirement pack
   *
   * <p>Required. Length: 1 to 120 characters. CloudFormation property {@code Name}.
   */
  public SecurityRequirementPack name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SecurityRequirementPack name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Security requirements within this pack
   *
   * <p>CloudFormation property {@code SecurityRequirements}.
   */
  public SecurityRequirementPack securityRequirements(List<SecurityRequirement> value) {
    return set("SecurityRequirements", Value.listOf(value));
  }

  /** Sets {@code SecurityRequirements} to this value; see {@link #securityRequirements(List)}. */
  public SecurityRequirementPack securityRequirements(Value<List<SecurityRequirement>> value) {
    return set("SecurityRequirements", value);
  }

  /**
   * Sets {@code SecurityRequirements} to a list of these; see {@link #securityRequirements(List)}.
   */
  public SecurityRequirementPack securityRequirements(SecurityRequirement... values) {
    return set("SecurityRequirements", Value.list(values));
  }

  /**
   * Whether the pack is enabled or disabled
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
   */
  public SecurityRequirementPack status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public SecurityRequirementPack status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Tags for the security requirement pack
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SecurityRequirementPack tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SecurityRequirementPack tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SecurityRequirementPack tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Unique identifier of the security requirement pack
   *
   * <p>{@code Fn::GetAtt} attribute {@code PackId}.
   */
  public Value<String> packId() {
    return getAtt("PackId");
  }

  /** Property type {@code AWS::SecurityAgent::SecurityRequirementPack.SecurityRequirement}. */
  public static final class SecurityRequirement extends Struct<SecurityRequirement> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityAgent::SecurityRequirementPack.SecurityRequirement")
        .required("Description", "Domain", "Evaluation", "Name")
        .constrain("Description", Constraint.of().maxLength(500))
        .constrain("Domain", Constraint.of().maxLength(10000))
        .constrain("Evaluation", Constraint.of().maxLength(10000))
        .constrain("Name", Constraint.of().maxLength(80))
        .constrain("Remediation", Constraint.of().maxLength(10000))
        .build();

    public SecurityRequirement() {
      super(SCHEMA);
    }

    /**
     * Description of the security requirement
     *
     * <p>Required. Length: at most 500 characters. CloudFormation property {@code Description}.
     */
    public SecurityRequirement description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public SecurityRequirement description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Security domain this requirement belongs to
     *
     * <p>Required. Length: at most 10000 characters. CloudFormation property {@code Domain}.
     */
    public SecurityRequirement domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public SecurityRequirement domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * How to evaluate compliance with this requirement
     *
     * <p>Required. Length: at most 10000 characters. CloudFormation property {@code Evaluation}.
     */
    public SecurityRequirement evaluation(String value) {
      return set("Evaluation", Value.of(value));
    }

    /** Sets {@code Evaluation} to this value; see {@link #evaluation(String)}. */
    public SecurityRequirement evaluation(Value<String> value) {
      return set("Evaluation", value);
    }

    /**
     * Name of the security requirement
     *
     * <p>Required. Length: at most 80 characters. CloudFormation property {@code Name}.
     */
    public SecurityRequirement name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SecurityRequirement name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * How to remediate non-compliance
     *
     * <p>Length: at most 10000 characters. CloudFormation property {@code Remediation}.
     */
    public SecurityRequirement remediation(String value) {
      return set("Remediation", Value.of(value));
    }

    /** Sets {@code Remediation} to this value; see {@link #remediation(String)}. */
    public SecurityRequirement remediation(Value<String> value) {
      return set("Remediation", value);
    }
  }
}
